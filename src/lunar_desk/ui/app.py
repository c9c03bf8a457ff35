"""Starting the GUI: the window paints first, then the database opens."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QtMsgType, QTimer, QUrl, qInstallMessageHandler
from PySide6.QtGui import QDesktopServices, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from lunar_desk import APP_AUTHOR, APP_NAME
from lunar_desk.config import Paths, resources_dir
from lunar_desk.errors import DatabaseProblem, UserError
from lunar_desk.logs import has_console, setup_logging
from lunar_desk.ui import i18n

log = logging.getLogger("lunar_desk")


def load_fonts() -> list[str]:
    """Register the bundled fonts so every script shows, whatever the laptop has installed."""
    families: list[str] = []
    folder = resources_dir() / "fonts"
    for path in sorted(folder.glob("*.ttf")):
        font_id = i18n.register_font(path)  # once per file: Chinese registers the CJK font before the first paint
        if font_id >= 0:
            families.extend(QFontDatabase.applicationFontFamilies(font_id))
        else:
            log.warning("could not load font %s", path)
    i18n.register_cjk_font()  # Chinese names show in the English interface too, without system CJK fonts
    return families


def app_icon() -> QIcon:
    """The moon-and-sample icon in every size drawn (``resources/icons/make_icons.py``)."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("lunar-desk-*.png")):
        icon.addFile(str(path))
    return icon


def log_qt_messages() -> None:
    """Without a console (the windowed LunarDesk.exe), Qt's own warnings go to the log file too;
    with one, Qt prints them there itself."""
    if has_console(sys.stderr):
        return
    qt_log = logging.getLogger("qt")
    levels = {QtMsgType.QtDebugMsg: logging.DEBUG, QtMsgType.QtInfoMsg: logging.INFO,
              QtMsgType.QtWarningMsg: logging.WARNING, QtMsgType.QtCriticalMsg: logging.ERROR,
              QtMsgType.QtFatalMsg: logging.CRITICAL}
    qInstallMessageHandler(lambda kind, _context, text: qt_log.log(levels.get(kind, logging.WARNING), "%s", text))


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName("Lunar Desk")
    app.setWindowIcon(app_icon())
    return app


def open_into(window, paths: Paths, *, interactive: bool = True) -> bool:
    """Open (and if needed create, migrate, fill with demo data) the database into ``window``."""
    from lunar_desk.db.startup import open_database
    from lunar_desk.ui.data_folder import paths_to_open

    window.build_tabs()
    if interactive:  # a chosen data folder on a drive that is not connected: ask, never create an empty one
        chosen = paths_to_open(window, paths, window.settings)
        if chosen is None:
            window.show_no_database(QCoreApplication.translate("app", "the data folder {folder} is not available").format(
                folder=paths.data_dir))
            return False
        paths = window.paths = chosen
    try:
        db, report = open_database(paths)
    except DatabaseProblem as exc:
        window.show_no_database(i18n.tr_error(exc))
        if interactive:
            report_database_problem(window, exc, paths)
        return False
    except UserError as exc:
        window.show_no_database(i18n.tr_error(exc))
        if interactive:
            from lunar_desk.ui.errors import show_error

            show_error(window, exc)
        return False
    if paths.demo:
        from lunar_desk.services import demo

        with db.read() as s:
            empty = demo.is_empty(s)
        if empty:
            def fill(report=None):
                with db.action(note="demo data") as s:
                    demo.generate(s, demo.DEFAULT_SIZE, attachments_dir=paths.attachments_dir, progress=report)

            if not interactive:
                fill()
            else:  # first demo start: fill in the background, with progress, then show it
                from lunar_desk.ui.operations import Operation

                window.statusBar().showMessage(QCoreApplication.translate("app", "Preparing the demo database…"))
                Operation(fill).on_success(lambda _: window.attach(db)).with_progress(
                    window, QCoreApplication.translate("app", "Preparing the demo database (first start only)…")
                ).start()
                return True
    window.attach(db)
    if report.backup is not None:
        window.statusBar().showMessage(QCoreApplication.translate(
            "app", "Database upgraded from schema {version}; backup kept at {backup}").format(
            version=report.migrated_from, backup=report.backup), 15_000)
    return True


def report_database_problem(parent, exc: DatabaseProblem, paths: Paths) -> None:
    box = QMessageBox(QMessageBox.Icon.Critical, i18n.tr_label(exc.title), i18n.tr_error(exc), QMessageBox.StandardButton.Close, parent)
    if exc.details:
        box.setDetailedText(exc.details)
    restore = None
    if paths.db_file is not None and hasattr(parent, "show_backups"):
        # Nothing is written to a database that failed its check; a verified backup is the way back.
        restore = box.addButton(QCoreApplication.translate("app", "Restore a backup…"), QMessageBox.ButtonRole.ActionRole)
        box.setDefaultButton(restore)
    backups = box.addButton(QCoreApplication.translate("app", "Open backups folder"), QMessageBox.ButtonRole.ActionRole)
    box.exec()
    if restore is not None and box.clickedButton() is restore:
        parent.show_backups()
    elif box.clickedButton() is backups:
        paths.backups_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.backups_dir)))


def run(paths: Paths, lang: str | None = None) -> int:
    app, _window = start(paths, lang)
    return app.exec()


def start(paths: Paths, lang: str | None = None):
    """Everything ``lunar-desk`` does before entering the event loop (benchmarks call this too).
    ``lang`` ("en", "zh_CN") overrides the Settings → Language choice for this run."""
    setup_logging(paths.logs_dir)  # the windowed LunarDesk.exe has no console: its log is a file
    log_qt_messages()
    app = make_app()
    i18n.apply_language(app, QSettings(), lang)  # before any widget exists: every text is created translated
    from lunar_desk.ui.errors import install_excepthook
    from lunar_desk.ui.main_window import MainWindow

    install_excepthook()
    window = MainWindow(paths)
    # Paint the window first, then register the bundled fonts, build the tabs and
    # open the database: the officer sees the application at once, and
    # "Opening database…" while it opens (no record is shown before the fonts).
    after_first_paint(window, lambda: (load_fonts(), open_into(window, paths)))
    window.show()
    return app, window


class _FirstPaint(QObject):
    def __init__(self, target, callback) -> None:
        super().__init__(target)
        self.callback = callback

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint and self.callback is not None:
            callback, self.callback = self.callback, None
            obj.removeEventFilter(self)
            QTimer.singleShot(0, callback)
        return False


def after_first_paint(window, callback) -> None:
    """Run ``callback`` once the window has painted for the first time."""
    window.installEventFilter(_FirstPaint(window, callback))
