"""Settings → Holiday calendar: the State Council's arrangement, entered by an officer.

The calendar library knows announced years exactly and later years only
approximately; what an officer enters here overrides it, and provisional
signing deadlines are counted again in the same action.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import loans, workdays
from lunar_desk.services.changes import Changes
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.loans.dialogs import date_edit
from lunar_desk.ui.widgets import confirm

DAY_ROLE = Qt.ItemDataRole.UserRole


class HolidayCalendarDialog(QDialog):
    changed = Signal(object)  # Changes

    def __init__(self, db: Database, parent: QWidget | None = None, year: int | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.setWindowTitle(self.tr("Holiday calendar (Chinese working days)"))
        self.resize(760, 520)
        self.year = QSpinBox()
        self.year.setRange(2020, 2100)
        self.year.setValue(year or date.today().year)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.days = QTreeWidget()
        self.days.setRootIsDecorated(False)
        self.days.setHeaderLabels([self.tr("Date"), self.tr("Day"), self.tr("Kind"), self.tr("Name"), self.tr("Source")])
        self.day = date_edit()
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Holiday (day off)"), "holiday")
        self.kind.addItem(self.tr("Make-up working day"), "workday")
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. Spring Festival 2027, State Council notice of 2026-11-20"))
        self.add = QPushButton(self.tr("&Enter day"))
        self.remove = QPushButton(self.tr("&Remove officer entry"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Year:")))
        top.addWidget(self.year)
        top.addWidget(self.status, 1)
        entry = QHBoxLayout()
        entry.addWidget(self.day)
        entry.addWidget(self.kind)
        entry.addWidget(self.note, 1)
        entry.addWidget(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.days, 1)
        layout.addLayout(entry)
        row = QHBoxLayout()
        row.addWidget(self.remove)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.year.valueChanged.connect(lambda *_: self.reload())
        self.add.clicked.connect(self.enter_day)
        self.remove.clicked.connect(self.remove_entry)
        self.note.textChanged.connect(lambda: self.add.setEnabled(bool(self.note.text().strip())))
        self.add.setEnabled(False)
        self.reload()

    def reload(self) -> None:
        with self.db.read() as s:
            overview = workdays.year_overview(s, self.year.value())
        self.status.setText(
            self.tr("{year}: announced ({by})").format(year=overview.year, by=self._who(overview.announced_by))
            if overview.announced
            else self.tr("{year}: not announced yet — {note}").format(
                year=overview.year, note=tr_label(overview.note) or self.tr("deadlines counted through it are provisional"))
        )
        self.days.clear()
        for d in overview.days:
            kind = self.tr("Holiday") if d.kind == "holiday" else self.tr("Make-up working day")
            if d.source == "officer":
                source = self.tr("Officer (overrides the library)") if d.overrides_library else self.tr("Officer")
            else:
                source = self.tr("Library")
            weekday = QLocale().dayName(d.day.isoweekday())
            name = tr_label(d.name)  # a festival the library names is translated; an officer's note stays as written
            if d.name_zh and d.name_zh not in name:
                name += f" / {d.name_zh}"
            item = QTreeWidgetItem([d.day.isoformat(), weekday, kind, name, source])
            item.setData(0, DAY_ROLE, (d.day, d.source))
            self.days.addTopLevelItem(item)
        for c in range(5):
            self.days.resizeColumnToContents(c)

    def _who(self, announced_by: str) -> str:
        """ "library", "officer", "library and officer" as the officer reads it."""
        who = {"library": self.tr("calendar library"), "officer": self.tr("entered by an officer"),
               "library and officer": self.tr("calendar library and an officer")}
        return who.get(announced_by, announced_by)

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)
                loans.recompute_deadlines(s)  # provisional deadlines follow the official arrangement

        ok = run_guarded(self, action)
        if ok:
            self.changed.emit(Changes.of("calendar_day", "loan"))
            self.reload()
        return ok

    def enter_day(self) -> bool:
        day, kind, note = self.day.date().toPython(), self.kind.currentData(), self.note.text()
        if self._write(lambda s: workdays.set_calendar_day(s, day, kind, note)):
            self.note.clear()
            return True
        return False

    def remove_entry(self) -> None:
        item = self.days.currentItem()
        if item is None:
            return
        day, source = item.data(0, DAY_ROLE)
        if source != "officer":
            from lunar_desk.errors import UserError
            from lunar_desk.ui.errors import show_error

            show_error(self, UserError(self.tr("Only days an officer entered can be removed; enter a day to override the library.")))
            return
        if confirm(self, self.tr("Remove entry"),
                   self.tr("Remove the entry for {day}? The library applies again.").format(day=day.isoformat()), self.tr("Remove")):
            self._write(lambda s: workdays.remove_calendar_day(s, day))
