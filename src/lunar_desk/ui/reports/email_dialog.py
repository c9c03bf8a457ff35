"""Reports → Prepare email to CLEP…: recipients (from the settings, editable
and remembered), the period, the files to attach (the summary just exported
is offered), and a folder; writes a ``.eml`` draft there and shows the
folder.  Nothing is sent: the officer opens the draft in Outlook or
Thunderbird and sends it when online."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.errors import ValidationError
from lunar_desk.services import email_draft, reporting
from lunar_desk.services import settings as db_settings
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.reports.common import (
    FOLDER_KEY,
    SUMMARY_PDF_KEY,
    WORKBOOK_KEY,
    PeriodEdit,
    batch_numbers,
    reports_folder,
    reveal_folder,
)
from lunar_desk.ui.widgets import CheckedDialog
from lunar_desk.ui.i18n import tr_error


class EmailDraftDialog(CheckedDialog):
    """OK writes the draft; ``written`` is its path once done."""

    def __init__(self, db: Database, parent: QWidget | None = None, settings: QSettings | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(QCoreApplication.translate("EmailDraftDialog", "Prepare email to CLEP"), parent, min_width=620)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.today = today
        self.operation: Operation | None = None
        self.written: Path | None = None
        with db.read() as session:
            self.saved = db_settings.clep_recipients(session)
            self.sender = email_draft.sender_for(session, db.officer_id)

        self.to = QLineEdit(", ".join(self.saved.to))
        self.to.setPlaceholderText(self.tr("name@example.org, Name <other@example.org>"))
        self.cc = QLineEdit(", ".join(self.saved.cc))
        self.remember = QCheckBox(self.tr("&Remember these recipients for this database"))
        self.remember.setChecked(True)
        self.period = PeriodEdit(batch_numbers(db), today(), self)
        self.files = QListWidget()
        self.files.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.files.setMinimumHeight(90)
        self.files.setMaximumHeight(140)
        self.add_button = QPushButton(self.tr("A&dd files…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        buttons = QVBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(buttons)
        self.folder = QLineEdit(str(reports_folder(self.settings)))
        self.choose_folder_button = QPushButton(self.tr("C&hoose…"))
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.choose_folder_button)

        self.form.addRow(self.tr("&To:"), self.to)
        self.form.addRow(self.tr("&Cc:"), self.cc)
        self.form.addRow("", self.remember)
        self.form.addRow(self.tr("&Period:"), self.period)
        for text, row, buddy in ((self.tr("&Attach:"), files_row, self.files),
                                 (self.tr("Save draft &in:"), folder_row, self.folder)):
            label = QLabel(text)
            label.setBuddy(buddy)
            self.form.addRow(label, row)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Write draft"))

        offered = [Path(str(v)) for v in (self.settings.value(WORKBOOK_KEY), self.settings.value(SUMMARY_PDF_KEY)) if v]
        self.add_files([p for p in offered if p.is_file()])
        self.add_button.clicked.connect(self.choose_files)
        self.remove_button.clicked.connect(self.remove_selected)
        self.choose_folder_button.clicked.connect(self.choose_folder)
        for edit in (self.to, self.cc, self.folder):
            edit.textChanged.connect(self._check)
        self.period.changed.connect(self._check)
        self.files.itemSelectionChanged.connect(self._check)
        self._check()

    # --- the form ---------------------------------------------------------------------------------

    def attachments(self) -> list[Path]:
        return [Path(self.files.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.files.count())]

    def add_files(self, paths: list[Path]) -> None:
        present = set(self.attachments())
        for path in paths:
            if path in present:
                continue
            item = QListWidgetItem(path.name)
            item.setData(Qt.ItemDataRole.UserRole, str(path))
            item.setToolTip(str(path))
            self.files.addItem(item)
            present.add(path)
        self._check()

    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Attach files"), self.folder.text(),
            self.tr("Reports (*.pdf *.xlsx);;All files (*)"))
        self.add_files([Path(n) for n in names])

    def remove_selected(self) -> None:
        for item in self.files.selectedItems():
            self.files.takeItem(self.files.row(item))
        self._check()

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, self.tr("Save the draft in"), self.folder.text())
        if name:
            self.folder.setText(name)

    def recipients(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The To and Cc addresses, checked (raises ValidationError naming the field)."""
        return email_draft.parse_addresses(self.to.text(), "to"), email_draft.parse_addresses(self.cc.text(), "cc")

    def _check(self) -> None:
        self.remove_button.setEnabled(bool(self.files.selectedItems()))
        problem = self.period.problem()
        if problem is None:
            try:
                to, _ = self.recipients()
                if not to:
                    problem = self.tr("Give at least one recipient (To).")
            except ValidationError as exc:
                problem = tr_error(exc)
        if problem is None and not self.folder.text().strip():
            problem = self.tr("Choose the folder to save the draft in.")
        if problem is None:
            missing = [p.name for p in self.attachments() if not p.is_file()]
            if missing:
                problem = self.tr("Not found any more: {files}. Remove them or add them again.").format(
                    files=", ".join(missing))
        self.set_problem(problem)

    # --- writing ---------------------------------------------------------------------------------------

    def accept(self) -> None:  # OK writes the draft; the dialog closes when it is written
        self.write_draft()

    def write_draft(self) -> Operation | None:
        try:
            to, cc = self.recipients()
        except ValidationError as exc:
            show_error(self, exc)
            return None
        if self.remember.isChecked() and (to, cc) != (self.saved.to, self.saved.cc):
            try:
                with self.db.action(note="CLEP recipients") as session:
                    self.saved = db_settings.set_clep_recipients(session, to, cc)
            except ValidationError as exc:
                show_error(self, exc)
                return None
        start, end, batch = self.period.values()
        db, officer, sender, today = self.db, self.db.officer_name, self.sender, self.today()
        files, folder = self.attachments(), Path(self.folder.text().strip()).expanduser()

        def work(report):
            period = reporting.make_period(start, end, batch)
            with db.read() as session:
                draft = email_draft.compose(session, period, today, to=to, cc=cc, attachments=files,
                                            officer=officer, sender=sender)
            return email_draft.write_draft(draft, folder, email_draft.draft_file_name(period))

        self.buttons.setEnabled(False)
        self.operation = (
            Operation(work, owner=self)
            .on_success(self._written)
            .on_failure(self._failed)
            .with_progress(self, self.tr("Writing the email draft…"))
            .start()
        )
        return self.operation

    def _written(self, path: Path) -> None:
        self.written = path
        self.settings.setValue(FOLDER_KEY, str(path.parent))
        reveal_folder(path.parent)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)
