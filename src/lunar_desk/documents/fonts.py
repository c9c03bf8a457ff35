"""The bundled fonts, registered with ReportLab once, and script-aware markup.

Every PDF of Lunar Desk uses these fonts only (never the officer's system
fonts, never ReportLab's unembedded standard fonts), so each PDF embeds
TrueType subsets of what it shows.

:func:`markup` turns any text into ReportLab ``Paragraph`` markup, giving
each script run its own font:

========================  =========================================
Han (Chinese), CJK punct  DroidSansFallbackFull (no bold cut)
Arabic script (fa, ur)    Noto Naskh Arabic, shaped and right-to-left
Thai                      Noto Sans Thai, shaped (marks positioned)
everything else           Noto Sans (Latin with diacritics, Cyrillic)
========================  =========================================

How Arabic script comes out joined and right-to-left
-----------------------------------------------------
ReportLab 5 shapes TTFont text with HarfBuzz (``uharfbuzz``) word by word.
HarfBuzz joins the letters and, for a right-to-left buffer, returns the
glyphs in *visual* order; it does not run the Unicode bidi algorithm, and
ReportLab's own bidi needs ``rlbidi``, which is not on PyPI.  So:

* each Arabic-script run ("زهرا حسینی") is kept as one unbreakable word
  (spaces inside it become no-break spaces), so HarfBuzz gets the whole
  run and lays its words out right to left;
* numbers inside such a run are reversed beforehand, so HarfBuzz's reversal
  puts their digits back left to right (as the bidi algorithm would);
* neutral characters at the run's edges (brackets, spaces) stay in the
  surrounding left-to-right text, so "Zahra Hosseini (زهرا حسینی)" keeps
  its brackets around the Persian name.

ReportLab shapes a whole "word" (text between spaces) with the font of its
first fragment, which garbles words that mix fonts ("(زهرا" or "CE-5样品").
:func:`register_fonts` therefore installs a small wrapper around
``reportlab.platypus.paragraph.shapeFragWord`` that shapes each same-font
part of a word on its own; only the Arabic and Thai fonts are shaped (Latin,
Cyrillic and Chinese need no shaping, and leaving them unshaped keeps their
text extractable exactly as written).

Text whose base direction is right-to-left (it starts with Persian or Urdu)
goes through :func:`rtl_line_markup` instead (via
``styles.RTLParagraph``): its logical words are broken into lines by their
shaped widths first, then each line's runs are laid out right to left
(Latin words inside keep their own order, brackets are mirrored).

Known limit: inside left-to-right text, an Arabic-script run longer than a
line cannot wrap (it is one word); names and institution names fit.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from lunar_desk.config import resources_dir

SANS = "LunarDesk-Sans"
SANS_BOLD = "LunarDesk-Sans-Bold"
NASKH = "LunarDesk-Naskh"
NASKH_BOLD = "LunarDesk-Naskh-Bold"
THAI = "LunarDesk-Thai"
THAI_BOLD = "LunarDesk-Thai-Bold"
CJK = "LunarDesk-CJK"

LATIN = "latin"  # Latin, Cyrillic, Greek and anything else Noto Sans covers
ARABIC = "arabic"
THAI_SCRIPT = "thai"
HAN = "han"

FONT_FILES: dict[str, str] = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    NASKH: "NotoNaskhArabic-Regular.ttf",
    NASKH_BOLD: "NotoNaskhArabic-Bold.ttf",
    THAI: "NotoSansThai-Regular.ttf",
    THAI_BOLD: "NotoSansThai-Bold.ttf",
    CJK: "DroidSansFallbackFull.ttf",
}

#: (regular, bold) font per script
SCRIPT_FONTS: dict[str, tuple[str, str]] = {
    LATIN: (SANS, SANS_BOLD),
    ARABIC: (NASKH, NASKH_BOLD),
    THAI_SCRIPT: (THAI, THAI_BOLD),
    HAN: (CJK, CJK),
}

#: fonts whose text goes through HarfBuzz
SHAPED_FONTS = frozenset({NASKH, NASKH_BOLD, THAI, THAI_BOLD})

NBSP = "\u00a0"

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def register_fonts() -> None:
    """Register the bundled fonts with ReportLab (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if _registered:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        directory = fonts_dir()
        for name, filename in FONT_FILES.items():
            path = directory / filename
            if not path.is_file():
                raise FileNotFoundError(f"Bundled font missing: {path}")
            cls = _ShapedTTFont if name in SHAPED_FONTS else TTFont
            pdfmetrics.registerFont(cls(name, str(path)))
        for regular, bold in SCRIPT_FONTS.values():
            # so <b> inside a run picks the bold cut of the same script
            addMapping(regular, 0, 0, regular)
            addMapping(regular, 1, 0, bold)
            addMapping(regular, 0, 1, regular)
            addMapping(regular, 1, 1, bold)
            if bold != regular:
                addMapping(bold, 0, 0, regular)
                addMapping(bold, 1, 0, bold)
                addMapping(bold, 0, 1, regular)
                addMapping(bold, 1, 1, bold)
        _install_shaping_by_font()
        _install_private_glyph_text()
        _registered = True


def shaping_available() -> bool:
    """True when ReportLab can shape (``uharfbuzz`` importable)."""
    try:
        import uharfbuzz  # noqa: F401
    except ImportError:
        return False
    return True


def _install_shaping_by_font() -> None:
    """Make ReportLab shape each same-font part of a word separately (see module doc)."""
    from reportlab.pdfbase import ttfonts
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.platypus import paragraph

    if getattr(paragraph.shapeFragWord, "_lunar_desk", False):
        return
    original = ttfonts.shapeFragWord
    if not shaping_available():
        return  # ReportLab's stand-in returns words unchanged

    def shape_by_font(w, *args, **kwargs):
        parts = w[1:]
        if not parts or isinstance(w, ttfonts.ShapedFragWord):
            return w
        if any(hasattr(f, "cbDefn") or not hasattr(f, "fontName") for f, _ in parts):
            fonts = {getattr(f, "fontName", None) for f, _ in parts if not hasattr(f, "cbDefn")}
            if len(fonts) == 1 and fonts <= SHAPED_FONTS:
                return original(w, *args, **kwargs)
            return w
        groups: list[list] = []
        for part in parts:
            if groups and groups[-1][0][0].fontName == part[0].fontName:
                groups[-1].append(part)
            else:
                groups.append([part])
        if not any(g[0][0].fontName in SHAPED_FONTS for g in groups):
            return w
        if len(groups) == 1:
            return original(w, *args, **kwargs)
        new = ttfonts.makeShapedFragWord(w)([])
        total = 0.0
        changed = False
        for group in groups:
            sub = [sum(stringWidth(s, f.fontName, f.fontSize) for f, s in group), *group]
            if group[0][0].fontName in SHAPED_FONTS:
                shaped = original(sub, *args, **kwargs)
                changed = changed or shaped is not sub
                sub = shaped
            total += sub[0]
            new.extend(sub[1:])
        if not changed:
            return w
        new.insert(0, total)
        return new

    shape_by_font._lunar_desk = True  # type: ignore[attr-defined]
    paragraph.shapeFragWord = shape_by_font


# --- text of shaped glyphs ------------------------------------------------------------
#
# A glyph that shaping produces and that the font's cmap does not reach (a
# Thai tone mark lowered over a short consonant, an Arabic contextual form
# without a presentation-form code point) gets a private-use code from
# ReportLab, and its PDF ToUnicode entry says so: copy-paste and search would
# lose the character.  The glyph names of the bundled fonts say what the glyph
# is ("uni0E49.small", "uni0755.init", "nikhahit_maiThothai"), so the
# ToUnicode entries of those codes are given that text instead.

_THAI_GLYPH_NAMES = {
    "nikhahit": "\u0e4d",
    "maiEkthai": "\u0e48",
    "maiThothai": "\u0e49",
    "maiTrithai": "\u0e4a",
    "maiChattawathai": "\u0e4b",
}
_UNI_NAME = re.compile(r"^(?:uni((?:[0-9A-F]{4})+)|u([0-9A-F]{4,6}))$")
_private_text: dict[tuple[str, int], str] = {}


def glyph_name_text(name: str | bytes) -> str:
    """The Unicode text a glyph name stands for ("uni0E49.small" → "\u0e49"), or ""."""
    if isinstance(name, bytes):
        name = name.decode("ascii", "replace")
    base = name.split(".", 1)[0]
    parts = base.split("_")
    out = []
    for part in parts:
        m = _UNI_NAME.match(part)
        if m and m.group(1):
            out.extend(chr(int(m.group(1)[i:i + 4], 16)) for i in range(0, len(m.group(1)), 4))
        elif m:
            out.append(chr(int(m.group(2), 16)))
        elif part in _THAI_GLYPH_NAMES:
            out.append(_THAI_GLYPH_NAMES[part])
        else:
            return ""
    text = "".join(out)
    # a nikhahit ligated with a tone mark: give the canonical (NFKC of SARA AM) order
    if len(text) == 2 and text[0] == "\u0e4d" and "\u0e48" <= text[1] <= "\u0e4b":
        text = text[1] + text[0]
    return text


def _face_name(font) -> str:
    name = font.face.name
    return name.decode("latin-1") if isinstance(name, bytes) else str(name)


try:
    from reportlab.pdfbase.ttfonts import TTFont as _RLTTFont
except ImportError:  # pragma: no cover - reportlab is a dependency
    _RLTTFont = object  # type: ignore[misc,assignment]


class _ShapedTTFont(_RLTTFont):  # type: ignore[misc,valid-type]
    """A TTFont that remembers the text of the private-use codes shaping gives its glyphs."""

    def hbFont(self, fontSize=10):  # noqa: N802,N803 - ReportLab's names
        font = super().hbFont(fontSize)
        add_private = self.hbAddPrivate
        if not getattr(add_private, "_lunar_desk", False):
            face = _face_name(self)

            def add(name, gid, advance):
                code = add_private(name, gid, advance)
                text = glyph_name_text(name)
                if text:
                    _private_text[(face, code)] = text
                return code

            add._lunar_desk = True  # type: ignore[attr-defined]
            self.hbAddPrivate = add
        return font


def _install_private_glyph_text() -> None:
    from reportlab.pdfbase import ttfonts

    original = ttfonts.makeToUnicodeCMap
    if getattr(original, "_lunar_desk", False):
        return

    def make_cmap(fontname, subset):
        text = original(fontname, subset)
        face = str(fontname).split("+", 1)[-1]
        for i, code in enumerate(subset):
            actual = _private_text.get((face, code)) if 0xE000 <= code <= 0xF8FF else None
            if actual:
                utf16 = actual.encode("utf-16-be").hex().upper()
                text = text.replace("<%02X> <%04X>" % (i, code), "<%02X> <%s>" % (i, utf16), 1)
        return text

    make_cmap._lunar_desk = True  # type: ignore[attr-defined]
    ttfonts.makeToUnicodeCMap = make_cmap


# --- scripts -------------------------------------------------------------------------

_ARABIC_RANGES = ((0x0600, 0x06FF), (0x0750, 0x077F), (0x0870, 0x08FF), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))
_HAN_RANGES = (
    (0x2E80, 0x2FDF),  # radicals
    (0x3000, 0x303F),  # CJK symbols and punctuation
    (0x3040, 0x30FF),  # kana (Droid covers it)
    (0x3100, 0x312F),  # bopomofo
    (0x3190, 0x31FF),
    (0x3200, 0x33FF),  # enclosed, compatibility
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF),
    (0xFE30, 0xFE4F),  # CJK compatibility forms
    (0xFF00, 0xFFEF),  # full-width forms (（），：)
    (0x20000, 0x3FFFF),
)
_BIDI_STRONG_R = frozenset({"R", "AL"})
_ARABIC_NUMBER = re.compile(r"[0-9\u0660-\u0669\u06F0-\u06F9]+(?:[.,:/\u066B\u066C][0-9\u0660-\u0669\u06F0-\u06F9]+)*")
_JOINERS = frozenset("\u200c\u200d")


def _in(cp: int, ranges) -> bool:
    return any(lo <= cp <= hi for lo, hi in ranges)


@lru_cache(maxsize=8192)
def char_script(ch: str) -> str | None:
    """The script run a character starts or joins; None for neutrals (spaces, punctuation, digits).

    Cached: documents ask about the same few hundred characters thousands of times.
    """
    cp = ord(ch)
    if _in(cp, _ARABIC_RANGES):
        return ARABIC
    if 0x0E00 <= cp <= 0x0E7F:
        return THAI_SCRIPT
    if _in(cp, _HAN_RANGES):
        return HAN
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        return LATIN
    return None


@lru_cache(maxsize=None)
def _cmap(font_name: str) -> frozenset[int]:
    register_fonts()
    from reportlab.pdfbase import pdfmetrics

    return frozenset(pdfmetrics.getFont(font_name).face.charToGlyph)


def _covers(script: str, ch: str) -> bool:
    return ord(ch) in _cmap(SCRIPT_FONTS[script][0])


def _fallback(ch: str) -> str:
    for script in (LATIN, HAN, ARABIC, THAI_SCRIPT):
        if _covers(script, ch):
            return script
    return LATIN


def script_runs(text: str) -> list[tuple[str, str]]:
    """Split ``text`` into ``(script, text)`` runs in logical order.

    Combining marks stay with their base; neutrals (spaces, punctuation,
    digits) join the run on both sides of them when that font has them,
    else go to Noto Sans.
    """
    text = unicodedata.normalize("NFC", text)
    n = len(text)
    scripts: list[str | None] = [None] * n
    for i, ch in enumerate(text):
        s = char_script(ch)
        if s is None and (unicodedata.category(ch) in ("Mn", "Me") or ch in _JOINERS) and i:
            s = scripts[i - 1]
        scripts[i] = s
    # resolve neutrals: runs of None between two strong scripts
    i = 0
    while i < n:
        if scripts[i] is not None:
            i += 1
            continue
        j = i
        while j < n and scripts[j] is None:
            j += 1
        before = scripts[i - 1] if i else None
        after = scripts[j] if j < n else None
        span = text[i:j]
        if before is not None and before == after and all(_covers(before, c) for c in span):
            fill = [before] * (j - i)
        else:
            fill = [LATIN if _covers(LATIN, c) else _fallback(c) for c in span]
        scripts[i:j] = fill
        i = j
    # a character the chosen font lacks goes to a font that has it
    for i, ch in enumerate(text):
        s = scripts[i]
        if s is not None and ch not in "\n\r\t" and not _covers(s, ch) and unicodedata.category(ch)[0] != "M":
            scripts[i] = _fallback(ch)
    runs: list[tuple[str, str]] = []
    for ch, s in zip(text, scripts):
        s = s or LATIN
        if runs and runs[-1][0] == s:
            runs[-1] = (s, runs[-1][1] + ch)
        else:
            runs.append((s, ch))
    return runs


def _visualise_arabic_run(run: str) -> str:
    """Prepare an Arabic-script run for HarfBuzz: one word, numbers pre-reversed."""
    run = _ARABIC_NUMBER.sub(lambda m: m.group(0)[::-1], run)
    return re.sub(r"[ \t]+", NBSP, run)


_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def _run_width(script: str, run: str, font_size: float, bold: bool) -> float:
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfbase.ttfonts import shapeStr

    font = SCRIPT_FONTS[script][1 if bold else 0]
    if font in SHAPED_FONTS and shaping_available():
        shaped = shapeStr(run, font, font_size)
        data = getattr(shaped, "__shapeData__", None)
        if data:
            return sum(d.x_advance for d in data) * font_size / 1000
    return stringWidth(run, font, font_size)


def text_width(text: str, font_size: float, *, bold: bool = False) -> float:
    """The width of one line of ``text`` in points, as :func:`markup` would set it (shaped)."""
    register_fonts()
    total = 0.0
    for script, run in script_runs(text):
        if script == ARABIC:
            run = _visualise_arabic_run(run)
        total += _run_width(script, run, font_size, bold)
    return total


def _is_neutral(ch: str) -> bool:
    return char_script(ch) is None and not ch.isdigit()


def _rtl_line(line: str, bold: bool) -> str:
    """One line of a right-to-left paragraph, in visual order (left to right).

    A simplified bidi algorithm for a right-to-left base: Arabic-script runs
    are right-to-left (HarfBuzz reverses them); a stretch of other text
    (Latin, digits, Chinese, Thai and the neutrals between them) is one
    left-to-right segment kept in its own order; neutrals at the edges of
    such a stretch take the base direction, so they are reversed and
    mirrored along with the Arabic text around them.
    """
    segments: list[tuple[str, list[tuple[str, str]]]] = []  # ("rtl"|"ltr"|"neutral", runs)
    for script, run in script_runs(line):
        kind = "rtl" if script == ARABIC else "ltr"
        if segments and segments[-1][0] == kind == "ltr":
            segments[-1][1].append((script, run))
        else:
            segments.append((kind, [(script, run)]))
    visual: list[tuple[str, list[tuple[str, str]]]] = []
    for kind, runs in segments:
        if kind == "rtl":
            visual.append((kind, runs))
            continue
        chars = [(script, ch) for script, run in runs for ch in run]
        i, j = 0, len(chars)
        while i < j and _is_neutral(chars[i][1]):
            i += 1
        while j > i and _is_neutral(chars[j - 1][1]):
            j -= 1
        for part_kind, part in (("neutral", chars[:i]), ("ltr", chars[i:j]), ("neutral", chars[j:])):
            if not part:
                continue
            merged: list[tuple[str, str]] = []
            for script, ch in part:
                if merged and merged[-1][0] == script:
                    merged[-1] = (script, merged[-1][1] + ch)
                else:
                    merged.append((script, ch))
            visual.append((part_kind, merged))
    out = []
    for kind, runs in reversed(visual):
        if kind == "neutral":
            runs = [(script, run[::-1].translate(_MIRROR)) for script, run in reversed(runs)]
        for script, run in runs:
            if script == ARABIC:
                run = _visualise_arabic_run(run)
            run = re.sub(r"[ \t]", NBSP, run)
            font = SCRIPT_FONTS[script][1 if bold else 0]
            out.append(f'<font name="{font}">{escape(run)}</font>')
    return "".join(out)


def rtl_line_markup(text: str, width: float, font_size: float, *, bold: bool = False) -> list[str]:
    """Markup lines for a right-to-left paragraph set in ``width`` points.

    Logical words are filled greedily by their shaped width; each line is
    then laid out right to left as one unbreakable unit.  Explicit line
    breaks in ``text`` are kept.
    """
    register_fonts()
    text = unicodedata.normalize("NFC", text)
    lines: list[str] = []
    for source in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        words = source.split()
        current: list[str] = []
        for word in words:
            candidate = [*current, word]
            if current and text_width(" ".join(candidate), font_size, bold=bold) > width:
                lines.append(" ".join(current))
                current = [word]
            else:
                current = candidate
        lines.append(" ".join(current))
    return [_rtl_line(line, bold) if line else "" for line in lines]


def has_rtl(text: str) -> bool:
    return any(unicodedata.bidirectional(c) in _BIDI_STRONG_R for c in text)


def is_rtl(text: str) -> bool:
    """True when the first strong character is right-to-left (the text's base direction)."""
    for c in text:
        d = unicodedata.bidirectional(c)
        if d in _BIDI_STRONG_R:
            return True
        if d == "L":
            return False
    return False


def markup(text: str | None, *, bold: bool = False) -> str:
    """ReportLab Paragraph markup for ``text``: escaped, one ``<font>`` per script run.

    Line breaks become ``<br/>``.  Use with a paragraph style whose font is
    :data:`SANS` (or :data:`SANS_BOLD` with ``bold=True``) and ``shaping=1``.
    """
    if not text:
        return ""
    register_fonts()
    base = SCRIPT_FONTS[LATIN][1 if bold else 0]
    out: list[str] = []
    for script, run in script_runs(text.replace("\r\n", "\n").replace("\r", "\n")):
        font = SCRIPT_FONTS[script][1 if bold else 0]
        lines = run.split("\n")
        if script == ARABIC:
            lines = [_visualise_arabic_run(line) for line in lines]
        body = "<br/>".join(escape(line) for line in lines)
        if font == base:
            out.append(body)
        else:
            out.append(f'<font name="{font}">{body}</font>')
    return "".join(out)
