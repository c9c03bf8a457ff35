"""What both report dialogs share: the period row, the output folder, revealing a folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QSettings, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from lunar_desk.db.engine import Database
from lunar_desk.services import catalogue, reporting

FOLDER_KEY = "reports/folder"  # last folder a report was written to
WORKBOOK_KEY = "reports/last_workbook"  # the last CLEP summary exported (offered for the email)
SUMMARY_PDF_KEY = "reports/last_summary_pdf"  # the last one-page summary PDF written (offered for the email too)


def batch_numbers(db: Database) -> list[int]:
    with db.read() as session:
        return [b.number for b in catalogue.batches(session)]


def reports_folder(settings: QSettings) -> Path:
    saved = settings.value(FOLDER_KEY)
    if saved and Path(str(saved)).is_dir():
        return Path(str(saved))
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents else Path.home()


def reveal_folder(folder: Path) -> bool:
    """Show ``folder`` in the system's file manager (Explorer, Finder, …)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


class PeriodEdit(QWidget):
    """From [date] to [date], batch [all / N]; starts on the current quarter."""

    changed = Signal()

    def __init__(self, batches: list[int], today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start, end = reporting.quarter(today)
        self.start = self._date_edit(start)
        self.end = self._date_edit(end)
        self.batch = QComboBox()
        self.batch.addItem(self.tr("All batches"), None)
        for number in batches:
            self.batch.addItem(self.tr("Batch {n}").format(n=number), number)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.start)
        layout.addWidget(QLabel(self.tr("to")))
        layout.addWidget(self.end)
        layout.addSpacing(12)
        layout.addWidget(self.batch)
        layout.addStretch(1)
        for edit in (self.start, self.end):
            edit.dateChanged.connect(self.changed)
        self.batch.currentIndexChanged.connect(self.changed)

    @staticmethod
    def _date_edit(value: date) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setDate(_qdate(value))
        return edit

    def set_period(self, start: date, end: date, batch: int | None = None) -> None:
        self.start.setDate(_qdate(start))
        self.end.setDate(_qdate(end))
        index = self.batch.findData(batch) if batch is not None else 0
        self.batch.setCurrentIndex(max(index, 0))

    def values(self) -> tuple[date, date, int | None]:
        return self.start.date().toPython(), self.end.date().toPython(), self.batch.currentData()

    def problem(self) -> str | None:
        start, end, _ = self.values()
        if start > end:
            return self.tr("The period starts after its last day; swap the dates.")
        return None

    def label(self) -> str:
        """The period in the interface language (part of a suggested file name)."""
        start, end, batch = self.values()
        text = self.tr("{start} to {end}").format(start=start.isoformat(), end=end.isoformat())
        return text + (self.tr(" batch {n}").format(n=batch) if batch is not None else "")
