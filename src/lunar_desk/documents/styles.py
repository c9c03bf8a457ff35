"""Common look of Lunar Desk PDFs: page size, paragraph styles, tables,
and a document template whose pages carry a header and "Page X of Y".

Every style uses the bundled fonts (see :mod:`.fonts`) with HarfBuzz shaping
on, and every text goes through :func:`fonts.markup`, so any script renders.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Paragraph,
    Table,
    TableStyle,
)

from lunar_desk.documents.fonts import (
    SANS,
    SANS_BOLD,
    is_rtl,
    markup,
    register_fonts,
    rtl_line_markup,
)
from lunar_desk.filenames import replace_file

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 24 * mm
MARGIN_BOTTOM = 20 * mm
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#666666")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#e8edf3")
HEAD_SHADE = colors.HexColor("#d5dee9")

EMPTY = "—"


def _style(name: str, *, font: str = SANS, size: float = 9.5, leading: float | None = None, **kw) -> ParagraphStyle:
    return ParagraphStyle(
        name,
        fontName=font,
        fontSize=size,
        leading=leading or round(size * 1.45, 1),
        textColor=kw.pop("textColor", INK),
        shaping=1,
        **kw,
    )


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    body_rtl: ParagraphStyle
    muted: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    annex: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    cell: ParagraphStyle
    cell_rtl: ParagraphStyle
    cell_right: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    small: ParagraphStyle
    small_right: ParagraphStyle


_styles: Styles | None = None


def styles() -> Styles:
    """The shared paragraph styles (fonts registered on first use)."""
    global _styles
    if _styles is None:
        register_fonts()
        _styles = Styles(
            body=_style("body", spaceAfter=4),
            body_rtl=_style("body_rtl", spaceAfter=4, alignment=TA_RIGHT),
            muted=_style("muted", textColor=MUTED),
            title=_style("title", font=SANS_BOLD, size=14, leading=18, alignment=TA_CENTER),
            subtitle=_style("subtitle", font=SANS_BOLD, size=13, leading=19, alignment=TA_CENTER, spaceAfter=2),
            annex=_style("annex", size=9, alignment=TA_CENTER, textColor=MUTED, spaceAfter=2),
            heading=_style("heading", font=SANS_BOLD, size=11, leading=15, spaceBefore=10, spaceAfter=5, keepWithNext=1),
            subheading=_style("subheading", font=SANS_BOLD, size=9.5, spaceBefore=4, spaceAfter=2),
            cell=_style("cell", size=8.5),
            cell_rtl=_style("cell_rtl", size=8.5, alignment=TA_RIGHT),
            cell_right=_style("cell_right", size=8.5, alignment=TA_RIGHT),
            cell_center=_style("cell_center", size=8.5, alignment=TA_CENTER),
            cell_head=_style("cell_head", font=SANS_BOLD, size=8, leading=11),
            cell_label=_style("cell_label", font=SANS_BOLD, size=8.5, alignment=TA_LEFT),
            small=_style("small", size=7.5, textColor=MUTED),
            small_right=_style("small_right", size=7.5, textColor=MUTED, alignment=TA_RIGHT),
        )
    return _styles


class WrapOnceParagraph(Paragraph):
    """A Paragraph that breaks its lines once per width.

    ReportLab wraps a paragraph again every time it is measured (a
    ``KeepTogether`` measures its content, then the frame measures it again;
    a table measures its cells, then splits or draws them); line breaking of
    multi-font and Chinese text is the costly part of a document, and the
    result depends only on the width.
    """

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        cache = self.__dict__.setdefault("_wrap_cache", {})
        hit = cache.get(availWidth)
        if hit is not None:
            self.blPara, self._wrapWidths, self.width, self.height = hit
            return self.width, self.height
        width, height = super().wrap(availWidth, availHeight)
        if hasattr(self, "blPara"):
            cache[availWidth] = (self.blPara, self._wrapWidths, width, height)
        return width, height


class RTLParagraph(Flowable):
    """A paragraph whose base direction is right-to-left (Persian, Urdu).

    Lines are broken by :func:`fonts.rtl_line_markup` for the width the
    paragraph gets, then set by an ordinary Paragraph (one unbreakable line
    each), so it wraps, aligns and splits across pages like any paragraph.
    """

    def __init__(self, text: str, style: ParagraphStyle, *, bold: bool = False) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self.bold = bold
        self._para: Paragraph | None = None
        self._para_width: float | None = None

    def _paragraph(self, avail_width: float) -> Paragraph:
        if self._para is None or self._para_width != avail_width:
            width = avail_width - self.style.leftIndent - self.style.rightIndent
            lines = rtl_line_markup(self.text, width, self.style.fontSize, bold=self.bold)
            self._para = Paragraph("<br/>".join(lines), self.style)
            self._para_width = avail_width
        return self._para

    def wrap(self, availWidth, availHeight):  # noqa: N803 - ReportLab's names
        self.width, self.height = self._paragraph(availWidth).wrap(availWidth, availHeight)
        return self.width, self.height

    def split(self, availWidth, availHeight):  # noqa: N803
        return self._paragraph(availWidth).split(availWidth, availHeight)

    def draw(self):
        assert self._para is not None
        self._para.drawOn(self.canv, 0, 0)

    def getSpaceBefore(self):  # noqa: N802
        return self.style.spaceBefore

    def getSpaceAfter(self):  # noqa: N802
        return self.style.spaceAfter

    def minWidth(self):  # noqa: N802
        return 0


def para(text: str | None, style: ParagraphStyle, *, bold: bool = False, empty: str = EMPTY) -> Flowable:
    """One paragraph of any text in any script; ``empty`` shows in grey when there is no text.

    Text that starts right-to-left becomes an :class:`RTLParagraph` (same style).
    """
    if not text or not text.strip():
        return WrapOnceParagraph(f'<font color="#888888">{markup(empty)}</font>', style)
    text = text.strip()
    if is_rtl(text):
        return RTLParagraph(text, style, bold=bold)
    if style.shaping and not _needs_shaping(text):
        # only the Arabic-script and Thai fonts are shaped: without them the result is the same, faster
        style = style_variant(style, "unshaped", shaping=0)
    return WrapOnceParagraph(markup(text, bold=bold), style)


def _needs_shaping(text: str) -> bool:
    from lunar_desk.documents.fonts import ARABIC, THAI_SCRIPT, char_script

    return any(char_script(c) in (ARABIC, THAI_SCRIPT) for c in set(text))


def cell_para(text: str | None, *, bold: bool = False, empty: str = EMPTY) -> Flowable:
    """A table cell; right-aligned when the text starts right-to-left (a Persian or Urdu name)."""
    s = styles()
    style = s.cell_rtl if text and is_rtl(text) else s.cell
    return para(text, style, bold=bold, empty=empty)


def lines_cell(*lines: str | None, empty: str = EMPTY) -> list[Flowable]:
    """A cell of several lines (a name in Latin, then in its own script…), one paragraph each.

    Lines stay left-aligned with the Latin ones they translate; a cell holding
    only right-to-left text (:func:`cell_para`) is right-aligned instead.
    """
    present = [line for line in lines if line and line.strip()]
    if not present:
        return [para(None, styles().cell, empty=empty)]
    return [para(line, styles().cell) for line in present]


def text_block(text: str | None, *, empty: str = "Not provided / 未填写") -> list[Flowable]:
    """A long free text: one paragraph per blank-line-separated block, line breaks kept."""
    s = styles()
    if not text or not text.strip():
        return [para(None, s.body, empty=empty)]
    blocks = [b.strip() for b in text.replace("\r\n", "\n").split("\n\n")]
    return [para(b, s.body_rtl if is_rtl(b) else s.body) for b in blocks if b]


def bilingual(en: str, zh: str) -> str:
    return f"{en} / {zh}" if zh else en


def fmt_date(d: date | None) -> str:
    return d.isoformat() if d else ""


def grid_table(
    rows: list[list],
    widths: Iterable[float],
    *,
    header_rows: int = 1,
    extra: Iterable[tuple] = (),
) -> Table:
    """A ruled table with a shaded header row that repeats on every page and rows that may split."""
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows, splitInRow=1, hAlign="LEFT")
    cmds = [
        ("FONT", (0, 0), (-1, -1), SANS, 8.5),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        cmds.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), HEAD_SHADE))
    cmds.extend(extra)
    table.setStyle(TableStyle(cmds))
    return table


def label_table(rows: list[tuple[str, list | Paragraph]], label_width: float = 48 * mm) -> Table:
    """Label | value rows (the top of a paper form)."""
    s = styles()
    data = [[Paragraph(markup(label, bold=True), s.cell_label), value] for label, value in rows]
    return grid_table(
        data,
        [label_width, CONTENT_WIDTH - label_width],
        header_rows=0,
        extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)],
    )


PageDecorator = Callable[[Canvas, int, int], None]


def numbered_canvas(decorate: PageDecorator, font_name: str = SANS) -> type[Canvas]:
    """A Canvas class that, when saved, calls ``decorate(canvas, page, page_count)`` on every page."""

    class _NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font_name
            super().__init__(*args, **kwargs)
            self._page_states: list[dict] = []

        def showPage(self):  # noqa: N802 - ReportLab's name
            self._page_states.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._page_states)
            for number, state in enumerate(self._page_states, start=1):
                self.__dict__.update(state)
                decorate(self, number, total)
                Canvas.showPage(self)
            Canvas.save(self)

    return _NumberedCanvas


def draw_paragraph(canvas: Canvas, text_markup: str, style: ParagraphStyle, x: float, y_top: float, width: float) -> float:
    """Draw already-built markup with its top at ``y_top``; returns its height."""
    p = Paragraph(text_markup, style)
    _, h = p.wrapOn(canvas, width, 1000)
    p.drawOn(canvas, x, y_top - h)
    return h


class PageText:
    """Text of any script drawn at the same place on many pages (a running header or footer):
    built and wrapped once, drawn on each page with :meth:`draw`."""

    def __init__(self, text: str, style: ParagraphStyle, width: float) -> None:
        self.flowable = para(text, style, empty="")
        _, self.height = self.flowable.wrap(width, 1000)

    def draw(self, canvas: Canvas, x: float, y_top: float) -> float:
        """Draw with the top at ``y_top``; returns the height."""
        self.flowable.drawOn(canvas, x, y_top - self.height)
        return self.height


def build_pdf(
    out: Path,
    story: list,
    *,
    title: str,
    subject: str,
    decorate: PageDecorator,
    author: str = "APSCO Secretariat",
    pagesize: tuple[float, float] = PAGE_SIZE,
    margins: tuple[float, float, float] = (MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
) -> Path:
    """Lay out ``story`` on pages (A4 portrait with the shared margins unless ``pagesize`` and
    ``margins`` = (left/right, top, bottom) say otherwise); write ``out`` atomically."""
    register_fonts()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    margin_x, margin_top, margin_bottom = margins
    doc = BaseDocTemplate(
        str(tmp),
        pagesize=pagesize,
        leftMargin=margin_x,
        rightMargin=margin_x,
        topMargin=margin_top,
        bottomMargin=margin_bottom,
        title=title,
        subject=subject,
        author=author,
        creator="Lunar Desk",
        initialFontName=SANS,
    )
    frame = Frame(margin_x, margin_bottom, pagesize[0] - 2 * margin_x, pagesize[1] - margin_top - margin_bottom,
                  id="body",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    try:
        doc.build(story, canvasmaker=numbered_canvas(decorate))
        replace_file(tmp, out)  # Windows: refused while the file is open in a reader or Excel
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


# --- small helpers shared by the documents -------------------------------------------------

#: an unruled layout table: the bundled font (never ReportLab's unembedded Helvetica) and no padding
PLAIN_TABLE = (
    ("FONT", (0, 0), (-1, -1), SANS, 8.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)

_variants: weakref.WeakKeyDictionary[ParagraphStyle, dict[str, ParagraphStyle]] = weakref.WeakKeyDictionary()


def style_variant(style: ParagraphStyle, suffix: str, **changes) -> ParagraphStyle:
    """A variant of ``style`` with ``changes``, cached per style object and ``suffix`` (same suffix,
    same changes); the cache entry goes when ``style`` does."""
    per_style = _variants.get(style)
    if per_style is None:
        per_style = _variants[style] = {}
    variant = per_style.get(suffix)
    if variant is None:
        variant = ParagraphStyle(f"{style.name}_{suffix}", parent=style, **changes)
        variant.parent = None  # attributes are copied; no reference back keeps ``style`` alive
        per_style[suffix] = variant
    return variant


def needs_cjk_wrap(text: str) -> bool:
    """True for text with Chinese and without Thai or Arabic script: it may break between characters."""
    from lunar_desk.documents.fonts import ARABIC, HAN, THAI_SCRIPT, char_script

    scripts = {char_script(c) for c in set(text)}
    return HAN in scripts and not scripts & {THAI_SCRIPT, ARABIC}


def text_para(text: str | None, style: ParagraphStyle, *, bold: bool = False, empty: str = EMPTY) -> Flowable:
    """:func:`para` in ``style``'s bold cut when ``bold`` (Latin runs of bold markup keep the style's
    font), wrapping between Chinese characters when the text is Chinese (``wordWrap="CJK"``;
    Thai clusters and right-to-left runs are never split that way)."""
    if bold and style.fontName == SANS:
        style = style_variant(style, "bold", fontName=SANS_BOLD)
    if text and needs_cjk_wrap(text):
        style = style_variant(style, "cjk", wordWrap="CJK")
    return para(text, style, bold=bold, empty=empty)


def text_cell(text: str | None, *, bold: bool = False, empty: str = EMPTY, align: str = "left") -> Flowable:
    """A table cell of any text (:func:`text_para` in the cell style, aligned "left", "right" or "center")."""
    s = styles()
    style = {"left": s.cell, "right": s.cell_right, "center": s.cell_center}[align]
    return text_para(text, style, bold=bold, empty=empty)


def text_lines(*lines: str | None, bold_first: bool = False, empty: str = EMPTY) -> list[Flowable]:
    """A cell of several lines (a name in Latin, then in its own script…), one :func:`text_cell` each;
    blank and repeated lines are left out."""
    seen: list[str] = []
    for line in lines:
        line = (line or "").strip()
        if line and line not in seen:
            seen.append(line)
    if not seen:
        return [text_cell(None, empty=empty)]
    return [text_cell(line, bold=bold_first and i == 0) for i, line in enumerate(seen)]


def head_cell(en: str, zh: str, align: str = "left") -> Paragraph:
    """A bilingual column heading: English over Chinese, bold."""
    s = styles()
    style = s.cell_head
    if align != "left":
        style = style_variant(style, align, alignment={"right": TA_RIGHT, "center": TA_CENTER}[align])
    return Paragraph(markup(f"{en}\n{zh}", bold=True), style)


def text_pair(en: str, zh: str, style: ParagraphStyle | None = None) -> list[Flowable]:
    """An English paragraph with its Chinese version right under it (blank texts left out)."""
    style = style or styles().body
    out = []
    if en.strip():
        out.append(text_para(en, style_variant(style, "tight", spaceAfter=1) if zh.strip() else style))
    if zh.strip():
        out.append(text_para(zh, style))
    return out


class Sections:
    """Numbers the section headings of a document: "1. Parties / 协议双方"."""

    def __init__(self) -> None:
        self.n = 0

    def heading(self, en: str, zh: str) -> Paragraph:
        self.n += 1
        return Paragraph(markup(f"{self.n}. {en} / {zh}", bold=True), styles().heading)


# --- certificates: a landscape page in a navy and gold double frame -------------------------------

CERTIFICATE_PAGE = landscape(A4)
NAVY = colors.HexColor("#1f3a5f")
GOLD = colors.HexColor("#8a6d2b")


@dataclass(frozen=True)
class CertificateStyles:
    """The centred styles every certificate shares: issuing organisation, titles, lines of text."""

    org: ParagraphStyle
    title_zh: ParagraphStyle
    title_en: ParagraphStyle
    line: ParagraphStyle
    lead: ParagraphStyle


def certificate_style(prefix: str, name: str, base: ParagraphStyle, **changes) -> ParagraphStyle:
    """A centred variant of ``base`` for the certificate family ``prefix``."""
    return style_variant(base, f"{prefix}_{name}", alignment=TA_CENTER, **changes)


def certificate_styles(prefix: str, *, title_space_before: float, **org_changes) -> CertificateStyles:
    s = styles()
    return CertificateStyles(
        org=certificate_style(prefix, "org", s.body, fontSize=10.5, leading=14, textColor=NAVY, **org_changes),
        title_zh=certificate_style(prefix, "title_zh", s.title, fontSize=26, leading=34, textColor=NAVY,
                                   spaceBefore=title_space_before),
        title_en=certificate_style(prefix, "title_en", s.title, fontSize=17, leading=22, textColor=NAVY),
        line=certificate_style(prefix, "line", s.body, fontSize=10, leading=14, spaceAfter=1),
        lead=certificate_style(prefix, "lead", s.body, fontSize=9.5, leading=13.5, textColor=s.muted.textColor,
                               spaceAfter=1),
    )


def draw_certificate_frame(canvas: Canvas) -> None:
    """The double frame of a certificate page: a heavy navy rule outside, a thin gold one inside."""
    w, h = CERTIFICATE_PAGE
    canvas.saveState()
    canvas.setStrokeColor(NAVY)
    canvas.setLineWidth(2.2)
    canvas.rect(9 * mm, 9 * mm, w - 18 * mm, h - 18 * mm)
    canvas.setStrokeColor(GOLD)
    canvas.setLineWidth(0.7)
    canvas.rect(12 * mm, 12 * mm, w - 24 * mm, h - 24 * mm)
    canvas.restoreState()
