"""``lunar-desk --smoke-test``: open the real window, use it once, quit by itself.

A hidden flag for the bundle's smoke test (``tests/test_bundle.py``) and for
support: it proves that what a build packed is complete.  It

1. starts like ``lunar-desk`` does (application, icon, interface language as
   ``--lang`` asks, main window) and waits for the first paint;
2. registers every bundled font and checks each one loaded;
3. opens the database (creating and migrating it; filling it with demo data with
   ``--demo``), builds the four tabs and waits for their background loads;
4. shows every tab in turn and renders it (``--smoke-test-shots DIR`` saves the
   renders as PNG);
5. writes the loan agreement PDF of the first loan, if there is one (bundled
   fonts for ReportLab, the editable clause template), into the same folder or
   a temporary one;

and exits 0, or 1 after printing what failed: an exception anywhere, a message
box (an error shown to the officer), a tab that stayed disabled, or no result
within five minutes.  Window settings go to a throwaway file, never to the
officer's own.
"""

from __future__ import annotations

import sys
import tempfile
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QProgressDialog

from lunar_desk.config import Paths, resources_dir

POLL_MS = 100


class SmokeTest:
    def __init__(self, paths: Paths, shots: Path | None, timeout: float, lang: str | None = None) -> None:
        self.paths = paths
        self.lang = lang
        self.shots = shots
        self.deadline = time.monotonic() + timeout
        self.failures: list[str] = []
        self.facts: list[str] = []
        self.window = None
        self.settings_dir: tempfile.TemporaryDirectory | None = None
        self.opened = False
        self.done = False
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def fail(self, what: str) -> None:
        self.failures.append(what)

    def excepthook(self, exc_type, exc, tb) -> None:
        self.fail("unhandled exception:\n" + "".join(traceback.format_exception(exc_type, exc, tb)))

    # --- steps -------------------------------------------------------------------

    def start(self) -> None:
        from lunar_desk.ui import i18n
        from lunar_desk.ui.app import after_first_paint
        from lunar_desk.ui.main_window import MainWindow

        self.settings_dir = tempfile.TemporaryDirectory(prefix="lunar-desk-smoke-settings-")
        settings = QSettings(str(Path(self.settings_dir.name) / "settings.ini"), QSettings.Format.IniFormat)
        language = i18n.apply_language(QApplication.instance(), settings, self.lang)
        if self.lang and language != i18n.normalise(self.lang):
            self.fail(f"the interface language {self.lang!r} did not load (see the log above)")
        self.facts.append(f"language: {language}")
        self.window = MainWindow(self.paths, settings)
        sizes = QApplication.windowIcon().availableSizes()
        if not sizes:
            self.fail(f"no application icon in {resources_dir() / 'icons'}")
        self.facts.append(f"icon sizes: {', '.join(str(s.width()) for s in sizes)}")
        after_first_paint(self.window, self.after_paint)
        self.window.show()
        self.timer.start()

    def after_paint(self) -> None:
        self.facts.append("window painted")
        try:
            self.check_fonts()
            from lunar_desk.ui.app import open_into

            self.opened = open_into(self.window, self.paths, interactive=False)
            if not self.opened:
                self.fail(f"the database did not open: {self.window.db_label.text()}")
        except Exception:  # noqa: BLE001 - any failure is the smoke test's finding
            self.fail("opening failed:\n" + traceback.format_exc())

    def check_fonts(self) -> None:
        from lunar_desk.ui.app import load_fonts

        files = sorted((resources_dir() / "fonts").glob("*.ttf"))
        families = load_fonts()
        if not files:
            self.fail(f"no fonts in {resources_dir() / 'fonts'}")
        elif len(families) != len(files):
            self.fail(f"only {len(families)} of {len(files)} bundled fonts loaded")
        self.facts.append(f"fonts: {len(files)} files, families {', '.join(sorted(set(families)))}")

    def poll(self) -> None:
        if self.done:
            return
        self.close_message_boxes()
        if time.monotonic() > self.deadline:
            self.fail("timed out waiting for the window to open the database and load its tabs")
        if self.failures:
            self.finish()
            return
        if not self.opened or self.window.db is None or not self.idle():
            return
        try:
            self.render_tabs()
            self.close_message_boxes()
            self.write_pdf()
            self.facts.append(f"database: {self.paths.describe_database()} (schema {self.schema()})")
        except Exception:  # noqa: BLE001 - any failure is the smoke test's finding
            self.fail("rendering failed:\n" + traceback.format_exc())
        self.finish()

    def idle(self) -> bool:
        from lunar_desk.ui.operations import Operation

        QApplication.processEvents()
        return not Operation._running and QThreadPool.globalInstance().activeThreadCount() == 0

    def wait_idle(self) -> None:
        while not self.idle():
            if time.monotonic() > self.deadline:
                raise TimeoutError("background work did not finish")
            QThreadPool.globalInstance().waitForDone(POLL_MS)

    def render_tabs(self) -> None:
        tabs = self.window.tabs
        if len(self.window.data_tabs) != tabs.count():
            raise AssertionError(f"{len(self.window.data_tabs)} of {tabs.count()} tabs were built")
        rendered = []
        for index in range(tabs.count()):
            tabs.setCurrentIndex(index)
            self.wait_idle()
            page = tabs.widget(index)
            if not page.isEnabled():
                raise AssertionError(f"tab {page.objectName()!r} is disabled")
            image = self.window.grab()
            if image.isNull() or image.width() < 100:
                raise AssertionError(f"tab {page.objectName()!r} did not render")
            if self.shots is not None:
                image.save(str(self.shots / f"tab-{index + 1}-{page.objectName()}.png"))
            rendered.append(page.objectName())
        self.facts.append(f"tabs rendered: {', '.join(rendered)}")
        self.facts.append(f"tab labels: {' | '.join(tabs.tabText(i).replace('&', '') for i in range(tabs.count()))}")

    def write_pdf(self) -> None:
        from datetime import date

        from lunar_desk.documents.loan_agreement import render_loan_agreement
        from lunar_desk.services import loans

        today = date.today()
        with self.window.db.read() as s:
            rows = loans.list_loans(s, loans.LoanFilter(), today)
            view = loans.loan_view(s, rows[0].id, today) if rows else None
        if view is None:
            self.facts.append("no loan in the database: no PDF written")
            return
        folder = self.shots if self.shots is not None else Path(tempfile.mkdtemp(prefix="lunar-desk-smoke-"))
        out = render_loan_agreement(view, folder / "loan-agreement.pdf")
        self.facts.append(f"PDF written: {out} ({out.stat().st_size:,} bytes)")

    def schema(self) -> str | None:
        from lunar_desk.services.maintenance import database_info

        return database_info(self.window.db).schema

    def close_message_boxes(self) -> None:
        """A message box is an error shown to the officer: record it and close it."""
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                detail = f"\n{widget.detailedText()}" if widget.detailedText() else ""
                self.fail(f"message box {widget.windowTitle()!r}: {widget.text()}{detail}")
                widget.done(0)
            elif widget.isModal() and widget.isVisible() and not isinstance(widget, QProgressDialog):
                self.fail(f"unexpected dialog {widget.windowTitle()!r}")
                widget.close()

    def finish(self) -> None:
        self.done = True
        self.timer.stop()
        if self.window is not None:
            self.window.close()
        QApplication.instance().exit(1 if self.failures else 0)


def run_smoke_test(paths: Paths, shots: Path | None = None, timeout: float = 300, lang: str | None = None) -> int:
    """Open, use and close the window; print what was checked; 0 if everything worked."""
    from lunar_desk.logs import setup_logging
    from lunar_desk.ui.app import log_qt_messages, make_app

    log_file = setup_logging(paths.logs_dir)  # as the application does: no console in LunarDesk.exe
    log_qt_messages()
    app = make_app()
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    smoke = SmokeTest(paths, shots, timeout, lang)
    smoke.facts.append(f"log file: {log_file or 'none (the data folder cannot be written)'}")
    smoke.facts.append(f"utf-8 mode: {sys.flags.utf8_mode}")
    previous = sys.excepthook
    sys.excepthook = smoke.excepthook
    try:
        smoke.start()
        code = app.exec()
    finally:
        sys.excepthook = previous
        if smoke.settings_dir is not None:
            smoke.settings_dir.cleanup()
    for fact in smoke.facts:
        print(f"  {fact}")
    for failure in smoke.failures:
        print(f"SMOKE TEST FAILED: {failure}", file=sys.stderr)
    if code == 0 and not smoke.failures:
        print("Smoke test passed.")
        return 0
    return 1
