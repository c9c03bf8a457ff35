"""Reports → Export CLEP summary…: a period (the current quarter to start
with), an optional release batch and a file; the workbook is written off the
GUI thread with progress and Cancel, then its folder is shown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.filenames import safe_file_name
from lunar_desk.sheets.clep_summary import SummaryResult, export_summary
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.reports.common import (
    FOLDER_KEY,
    WORKBOOK_KEY,
    PeriodEdit,
    batch_numbers,
    reports_folder,
    reveal_folder,
)
from lunar_desk.ui.widgets import CheckedDialog


class ExportSummaryDialog(CheckedDialog):
    """Choose the period and the file; OK exports.  ``result`` holds the export once done."""

    def __init__(self, db: Database, parent: QWidget | None = None, settings: QSettings | None = None,
                 today: Callable[[], date] = date.today) -> None:
        super().__init__(QCoreApplication.translate("ExportSummaryDialog", "Export CLEP summary"), parent,
                         min_width=560)
        self.db = db
        self.settings = settings if settings is not None else QSettings()
        self.today = today
        self.operation: Operation | None = None
        self.result: SummaryResult | None = None
        self._named_by_hand = False

        self.period = PeriodEdit(batch_numbers(db), today(), self)
        self.file = QLineEdit()
        self.file.setPlaceholderText(self.tr("the workbook to write (.xlsx)"))
        self.choose = QPushButton(self.tr("&Choose…"))
        row = QHBoxLayout()
        row.addWidget(self.file, 1)
        row.addWidget(self.choose)
        self.form.addRow(self.tr("&Period:"), self.period)
        label = QLabel(self.tr("&File:"))
        label.setBuddy(self.file)
        self.form.addRow(label, row)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Export"))

        self.folder = reports_folder(self.settings)
        self._suggest_name()
        self.period.changed.connect(self._period_changed)
        self.file.textEdited.connect(self._file_edited)
        self.choose.clicked.connect(self.choose_file)
        self._check()

    # --- the form -----------------------------------------------------------------------------

    def default_name(self) -> str:
        return safe_file_name(self.tr("CLEP summary {period}.xlsx").format(period=self.period.label()), "CLEP summary.xlsx")

    def _suggest_name(self) -> None:
        self.file.setText(str(self.folder / self.default_name()))

    def _period_changed(self) -> None:
        if not self._named_by_hand:
            self._suggest_name()
        self._check()

    def _file_edited(self, _text: str) -> None:
        self._named_by_hand = True
        self._check()

    def out_path(self) -> Path | None:
        text = self.file.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")

    def _check(self) -> None:
        problem = self.period.problem()
        if problem is None and self.out_path() is None:
            problem = self.tr("Choose the file to write.")
        self.set_problem(problem)

    def choose_file(self) -> None:
        current = self.out_path() or self.folder / self.default_name()
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the CLEP summary as"), str(current),
                                              self.tr("Excel workbook (*.xlsx)"))
        if name:
            self.file.setText(name)
            self._named_by_hand = True
            self._check()

    # --- the export -------------------------------------------------------------------------------

    def accept(self) -> None:  # OK starts the export; the dialog closes when it is done
        self.start_export()

    def start_export(self) -> Operation | None:
        out = self.out_path()
        if out is None or self.period.problem():
            return None
        start, end, batch = self.period.values()
        db, officer, today = self.db, self.db.officer_name, self.today()

        def work(report):
            with db.read() as session:
                return export_summary(session, start, end, batch, out, officer=officer, today=today, progress=report)

        self.buttons.setEnabled(False)
        self.operation = (
            Operation(work, owner=self)
            .on_success(self._exported)
            .on_failure(self._failed)
            .with_progress(self, self.tr("Writing the CLEP summary…"))
            .start()
        )
        return self.operation

    def _exported(self, result: SummaryResult) -> None:
        self.result = result
        self.settings.setValue(FOLDER_KEY, str(result.path.parent))
        self.settings.setValue(WORKBOOK_KEY, str(result.path))
        reveal_folder(result.path.parent)
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        show_error(self, exc)
