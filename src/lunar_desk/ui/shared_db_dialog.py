"""Settings → Shared database…: point this laptop at the office's PostgreSQL
server.  "Test connection" runs off the GUI thread and says, in plain words,
what it found; the URL is saved in the Qt settings and used from the next start
(``--db-url`` and ``--data-dir`` on the command line still win)."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.errors import UserError
from lunar_desk.ui.exchange import inform
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.i18n import tr_error
from lunar_desk.ui.startup_choices import DATABASE_URL_KEY, saved_database_url

OK_STYLE = "color: #1b5e20;"
BAD_STYLE = "color: #b00020;"


class SharedDatabaseDialog(QDialog):
    def __init__(self, settings: QSettings, current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Shared database"))
        self.operation: Operation | None = None
        self.report = None
        intro = QLabel(self.tr(
            "Officers in the office can work on one PostgreSQL database on the office server. Enter its address; "
            "Lunar Desk uses it from the next start. Laptops that were offline bring their changes with "
            "Export changes… and Import changes… in the File menu."))
        intro.setWordWrap(True)
        self.url = QLineEdit(saved_database_url(settings) or "")
        self.url.setPlaceholderText("postgresql+psycopg://officer@office-server/lunar_desk")
        self.url.setMinimumWidth(460)
        self.test_button = QPushButton(self.tr("&Test connection"))
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        note = QLabel(self.tr("Now using: {where}").format(where=current) if current else "")
        note.setWordWrap(True)
        hint = QLabel(self.tr("A password in the address is stored in this user's settings; a pgpass file on the "
                              "laptop keeps it out of them."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        self.local_button = QPushButton(self.tr("Use this laptop's own database"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.local_button, QDialogButtonBox.ButtonRole.ResetRole)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(self.test_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addWidget(self.result)
        layout.addWidget(hint)
        layout.addWidget(note)
        layout.addWidget(self.buttons)
        for label in (intro, self.result, hint, note):  # wrapped labels: reserve their height at this width
            label.setMinimumWidth(560)
            label.setMinimumHeight(max(label.heightForWidth(560), 0))
        self.result.setMinimumHeight(3 * self.result.fontMetrics().lineSpacing())
        self.test_button.clicked.connect(self.test_connection)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.local_button.clicked.connect(self.use_local)
        self.url.textChanged.connect(lambda: self._show("", OK_STYLE))

    def _show(self, text: str, style: str) -> None:
        self.result.setText(text)
        self.result.setStyleSheet(style)

    def test_connection(self) -> Operation:
        from lunar_desk.services.shared_db import test_connection

        url = self.url.text()
        self.test_button.setEnabled(False)
        self._show(self.tr("Connecting…"), "color: #555;")

        def done(report) -> None:
            self.test_button.setEnabled(True)
            self.report = report
            self._show(("✓ " if report.ready else "✗ ") + report.message, OK_STYLE if report.ready else BAD_STYLE)

        def failed(exc: BaseException) -> None:
            self.test_button.setEnabled(True)
            self.report = None
            message = tr_error(exc) if isinstance(exc, UserError) else self.tr("The test failed: {error}").format(error=exc)
            self._show("✗ " + message, BAD_STYLE)

        self.operation = Operation(lambda _report: test_connection(url), owner=self).on_success(done).on_failure(failed)
        return self.operation.start()

    def save(self) -> None:
        from lunar_desk.services.shared_db import check_url, describe

        try:
            url = check_url(self.url.text())
        except UserError as exc:
            self._show("✗ " + tr_error(exc), BAD_STYLE)
            return
        self.settings.setValue(DATABASE_URL_KEY, url)
        self.settings.sync()
        inform(self, self.tr("Shared database"), self.tr(
            "Lunar Desk will use {where} the next time it starts.").format(where=describe(url)))
        self.accept()

    def use_local(self) -> None:
        self.settings.remove(DATABASE_URL_KEY)
        self.settings.sync()
        inform(self, self.tr("Shared database"), self.tr(
            "Lunar Desk will use this laptop's own database the next time it starts."))
        self.accept()
