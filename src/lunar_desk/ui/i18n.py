"""Interface languages: English (the source text) and Simplified Chinese.

Translations are Qt's: ``resources/translations/lunar_desk_<code>.ts`` is kept in
the repository (``tools/update_translations.py`` refreshes it with lupdate) and
compiled to ``.qm`` with lrelease, never committed:

- a PyInstaller bundle ships ``resources/translations/*.qm`` written at build time
  by :func:`compile_translations`;
- a source or editable install compiles the ``.ts`` on first use into the user
  cache folder (one file per ``.ts`` content, so an edited ``.ts`` is compiled
  again), with the lrelease that ships in PySide6.

If that fails the window stays English and the log says why.  The choice lives in
the Qt setting ``ui/language`` ("en" or "zh_CN"); without it, a Chinese system
locale gets Chinese and any other English.  It applies at start, before the
window is built (``lunar-desk --lang zh_CN`` overrides it for one run).

Texts that come from the services (status and kind labels, workflow steps,
error titles) are English data there; :func:`tr_label` translates them for display
under the ``ServiceText`` context, whose source list
``lunar_desk/ui/service_texts.py`` is generated from the services.
"""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QSettings,
    QTranslator,
)

from lunar_desk import APP_AUTHOR, APP_NAME
from lunar_desk.config import resources_dir
from lunar_desk.errors import UserError
from lunar_desk.messages import Msg, MsgList, fill

log = logging.getLogger("lunar_desk")

LANGUAGES = {"en": "English", "zh_CN": "中文（简体）"}
SOURCE_LANGUAGE = "en"
SETTINGS_KEY = "ui/language"
CATALOGUE = "lunar_desk"  # lunar_desk_<code>.ts / .qm
QT_CATALOGUES = ("qtbase",)  # Qt's own strings: standard dialog buttons, context menus
SERVICE_CONTEXT = "ServiceText"
CJK_FONT = "DroidSansFallbackFull.ttf"

_installed: list[QTranslator] = []
_state = {"code": SOURCE_LANGUAGE}
_fonts: dict[str, int] = {}


class TranslationError(Exception):
    """A translation could not be compiled or loaded (the window then stays English)."""


# --- the choice --------------------------------------------------------------------


def normalise(code: str | None) -> str | None:
    """``"zh"``, ``"zh-CN"``, ``"zh_Hans_CN"`` → ``"zh_CN"``; ``"en_GB"`` → ``"en"``; unknown → None."""
    if not code:
        return None
    text = str(code).strip().replace("-", "_")
    if text in LANGUAGES:
        return text
    language = text.split("_")[0].lower()
    if language == "zh":
        return "zh_CN"
    if language == "en":
        return "en"
    return None


def system_language() -> str:
    """Chinese if the system locale is Chinese, else English."""
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else SOURCE_LANGUAGE


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    """The language to start in: ``override`` (``--lang``), the stored setting, or the system's."""
    for candidate in (override, settings.value(SETTINGS_KEY)):
        code = normalise(candidate)
        if code is not None:
            return code
        if candidate:
            log.warning("unknown interface language %r; choose one of %s", candidate, ", ".join(LANGUAGES))
    return system_language()


def set_language(settings: QSettings, code: str) -> str:
    """Store the interface language (applies at the next start); returns the stored code."""
    normal = normalise(code)
    if normal is None:
        raise ValueError(f"unknown interface language {code!r}; choose one of {', '.join(LANGUAGES)}")
    settings.setValue(SETTINGS_KEY, normal)
    settings.sync()
    return normal


def current_language() -> str:
    """The language installed in this process (``"en"`` when no translator is installed)."""
    return _state["code"]


# --- files -------------------------------------------------------------------------------


def translations_dir() -> Path:
    return resources_dir() / "translations"


def ts_file(code: str) -> Path:
    return translations_dir() / f"{CATALOGUE}_{code}.ts"


def available_ts() -> list[Path]:
    return sorted(translations_dir().glob(f"{CATALOGUE}_*.ts"))


def cache_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / "translations"


def qt_tool(name: str) -> Path | None:
    """Qt's ``lrelease`` / ``lupdate`` as shipped inside the PySide6 package (or on PATH)."""
    import PySide6

    exe = name + (".exe" if sys.platform == "win32" else "")
    candidate = Path(PySide6.__file__).resolve().parent / exe
    if candidate.is_file():
        return candidate
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    return Path(found) if found else None


def compile_ts(ts: Path, qm: Path) -> Path:
    """Compile one ``.ts`` into ``qm`` with lrelease (written atomically); raises TranslationError."""
    lrelease = qt_tool("lrelease")
    if lrelease is None:
        raise TranslationError("lrelease was not found (it ships with PySide6-Essentials)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=qm.stem + "-", suffix=".qm.tmp", dir=qm.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        # Qt's tools write messages in the system's code page on Windows: decoded leniently, never raising.
        done = subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(tmp)], stdin=subprocess.DEVNULL,
                              capture_output=True, encoding="utf-8", errors="replace", timeout=120, check=False,
                              **_no_window())
        if done.returncode != 0 or tmp.stat().st_size == 0:
            raise TranslationError(f"lrelease failed on {ts.name}: {(done.stderr or done.stdout).strip()}")
        os.replace(tmp, qm)
    except OSError as exc:
        raise TranslationError(f"could not compile {ts.name}: {exc}") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return qm


def _no_window() -> dict:
    if sys.platform == "win32":  # no console window flashing up from a windowed app
        return {"creationflags": getattr(subprocess, "CREATE_NO_WINDOW", 0)}
    return {}


def compile_translations(out_dir: Path | str) -> list[Path]:
    """Build step: compile every ``lunar_desk_*.ts`` into ``out_dir`` and copy Qt's own
    ``qtbase_<code>.qm`` beside it.  The bundle ships ``out_dir`` as ``resources/translations``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for ts in available_ts():
        code = ts.stem.removeprefix(CATALOGUE + "_")
        written.append(compile_ts(ts, out / f"{CATALOGUE}_{code}.qm"))
        for catalogue in QT_CATALOGUES:
            qt_qm = qt_dir / f"{catalogue}_{code}.qm"
            if qt_qm.is_file():
                written.append(Path(shutil.copy2(qt_qm, out / qt_qm.name)))
            else:
                log.warning("Qt's %s is not in %s; standard buttons stay English", qt_qm.name, qt_dir)
    if not written:
        raise TranslationError(f"no .ts file in {translations_dir()}")
    return written


def compiled_translation(code: str, cache: Path | None = None) -> Path:
    """The ``.qm`` for ``code``: the bundled one, else one compiled from the current ``.ts``
    into the cache (compiled now if missing).  Raises TranslationError."""
    bundled = translations_dir() / f"{CATALOGUE}_{code}.qm"
    ts = ts_file(code)
    if getattr(sys, "frozen", False) or not ts.is_file():
        if bundled.is_file():
            return bundled
        raise TranslationError(f"{bundled.name} is missing from {bundled.parent}")
    digest = hashlib.sha256(ts.read_bytes()).hexdigest()[:16]
    folder = cache or cache_dir()
    target = folder / f"{CATALOGUE}_{code}-{digest}.qm"
    if target.is_file() and target.stat().st_size > 0:
        return target
    log.info("compiling %s into %s", ts.name, folder)
    compile_ts(ts, target)
    for old in folder.glob(f"{CATALOGUE}_{code}-*.qm"):
        if old != target:
            try:
                old.unlink(missing_ok=True)
            except OSError:  # Windows: another running Lunar Desk has it loaded; removed at a later start
                pass
    return target


# --- installing ------------------------------------------------------------------------


def locale_for(code: str) -> QLocale:
    if code == "zh_CN":
        return QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedHanScript, QLocale.Country.China)
    system = QLocale.system()
    if system.language() == QLocale.Language.English:
        return system
    return QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)


def remove_translators(app: QCoreApplication | None = None) -> None:
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    _state["code"] = SOURCE_LANGUAGE


def install_translators(app: QCoreApplication, code: str, *, cache: Path | None = None) -> str:
    """Install Lunar Desk's and Qt's translators for ``code`` and make its locale the default
    (dates, numbers, calendar popups).  Returns the language now in effect: English when the
    translation could not be loaded (with a logged warning)."""
    remove_translators(app)
    code = normalise(code) or SOURCE_LANGUAGE
    if code != SOURCE_LANGUAGE:
        translator = QTranslator(app)
        try:
            qm = compiled_translation(code, cache)
            if not translator.load(str(qm)):
                raise TranslationError(f"{qm} is not a translation file Qt can load")
        except TranslationError as exc:
            log.warning("interface stays in English: %s", exc)
            code = SOURCE_LANGUAGE
        else:
            app.installTranslator(translator)
            _installed.append(translator)
            _install_qt_translators(app, code, qm.parent)
            register_cjk_font()
    QLocale.setDefault(locale_for(code))
    _state["code"] = code
    log.info("interface language: %s", LANGUAGES[code])
    return code


def _install_qt_translators(app: QCoreApplication, code: str, beside: Path) -> None:
    folders = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), translations_dir(), beside]
    for catalogue in QT_CATALOGUES:
        translator = QTranslator(app)
        if any(translator.load(f"{catalogue}_{code}", str(folder)) for folder in folders):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("Qt's %s_%s.qm was not found; standard buttons stay English", catalogue, code)


def apply_language(app: QCoreApplication, settings: QSettings, override: str | None = None) -> str:
    """At start, before the window is built: install the chosen language; returns it."""
    return install_translators(app, chosen_language(settings, override))


# --- fonts ---------------------------------------------------------------------------------


def register_font(path: Path) -> int:
    """``QFontDatabase.addApplicationFont`` once per file (the CJK font may be registered early)."""
    from PySide6.QtGui import QFontDatabase

    key = str(path)
    if key not in _fonts:
        _fonts[key] = QFontDatabase.addApplicationFont(key)
    return _fonts[key]


def register_cjk_font() -> str | None:
    """Register the bundled CJK font and make it the fallback of the interface font, so Chinese
    shows on a laptop without Chinese fonts.  Returns its family, or None if it did not load."""
    from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

    font_id = register_font(resources_dir() / "fonts" / CJK_FONT)
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        log.warning("could not load the bundled CJK font %s", CJK_FONT)
        return None
    family = families[0]
    if QGuiApplication.instance() is not None:
        ui_family = QGuiApplication.font().family()
        if family not in QFont.substitutes(ui_family):
            QFont.insertSubstitution(ui_family, family)
    return family


# --- numbers --------------------------------------------------------------------------------


def format_count(n: int) -> str:
    """A count for the officer ("Showing 2,012 of 2,012 samples"), grouped the way the
    interface locale groups digits.  Record dates stay ISO and masses keep their SI
    grouping (:func:`lunar_desk.services.mass.format_mass`); both are deliberate."""
    return QLocale().toString(int(n))


class _Count(int):
    """An integer a service put into a sentence: ``{n:,}`` groups it through the interface locale."""

    def __format__(self, spec: str) -> str:
        return format_count(self) if spec == "," else int.__format__(self, spec)


# --- texts from the services ---------------------------------------------------------------


def tr_label(text: str) -> str:
    """A label, title or sentence that comes from the services (English data), in the interface language.

    A :class:`~lunar_desk.messages.Msg` is translated by its template and filled with its values
    (translated too when they are service texts); if a translation's placeholders do not fit,
    the English sentence is shown rather than nothing.
    """
    if not text:
        return text
    if isinstance(text, MsgList):
        return text.separator.join(tr_label(part) if isinstance(part, str) else str(part) for part in text.parts)
    if isinstance(text, Msg):
        template = QCoreApplication.translate(SERVICE_CONTEXT, text.template)
        if not text.values:
            return template
        # values that are service texts themselves (a status, a kind, a part of the sentence) are
        # translated too; anything else (names, numbers, masses) has no translation and stays as it is,
        # except that a count written {n:,} is grouped the interface locale's way
        values = {k: tr_label(v) if isinstance(v, str) else _Count(v) if type(v) is int else v
                  for k, v in text.values.items()}
        try:
            return fill(template, values)
        except (KeyError, IndexError, ValueError):
            log.warning("translation of %r does not fit its values", text.template)
            return str(text)
    return QCoreApplication.translate(SERVICE_CONTEXT, text)


def tr_error(exc: BaseException) -> str:
    """The message of ``exc`` for the officer, in the interface language."""
    if isinstance(exc, UserError):
        return tr_label(exc.message)
    return str(exc)
