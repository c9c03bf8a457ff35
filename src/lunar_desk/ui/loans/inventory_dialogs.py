"""The "Record inventory…" dialog: one row per item still with the borrower."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from lunar_desk.errors import ValidationError
from lunar_desk.services.inventory import InventoryLineData, InventoryTemplateView
from lunar_desk.services.mass import format_mass, parse_mass
from lunar_desk.ui.loans.dialogs import date_edit, text_edit
from lunar_desk.ui.keyboard import leave_grid_on_tab
from lunar_desk.ui.widgets import CheckedDialog, KeepsEdits
from lunar_desk.ui.i18n import tr_error

SAMPLE, LENT, EXPECTED, REMAINING, CONSUMED, STATE = range(6)
WARN = QColor("#fff3cd")


class InventoryDialog(KeepsEdits, CheckedDialog):
    """Remaining mass, consumption since the last inventory and state per item; a row that does not add up
    is marked (it will open an incident), a row reporting more than was lent blocks the dialog."""

    SAVE_OFFERED = False  # an inventory is recorded only with the form's own button

    def __init__(self, template: InventoryTemplateView, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record inventory: {agreement}").format(agreement=template.agreement_number), parent,
                         min_width=820)
        self.template = template
        self.today = today
        intro = QLabel(self.tr("The inventory due {due}. Bare numbers are in mg; 'Expected remaining' is what the "
                               "ledger and earlier inventories leave, before the consumption declared now.").format(
            due=template.due_on.isoformat()))
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.table = QTableWidget(len(template.items), 6)
        self.table.setHorizontalHeaderLabels([self.tr("Sample"), self.tr("Lent"), self.tr("Expected remaining"),
                                              self.tr("Remaining now (mg)"), self.tr("Consumed since last (mg)"),
                                              self.tr("State")])
        self.table.horizontalHeader().setSectionResizeMode(STATE, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        leave_grid_on_tab(self.table)
        for row, item in enumerate(template.items):
            for col, text in ((SAMPLE, item.sample_number), (LENT, format_mass(item.lent_ug)),
                              (EXPECTED, format_mass(item.expected_ug))):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
            for col in (REMAINING, CONSUMED, STATE):
                self.table.setItem(row, col, QTableWidgetItem("0" if col == CONSUMED else ""))
        self.table.resizeColumnsToContents()
        self.table.setMinimumHeight(60 + 30 * max(len(template.items), 2))
        self.layout_.insertWidget(1, self.table, 1)
        self.reported_on = date_edit(today)
        self.notes = text_edit()
        self.form.addRow(self.tr("Counted &on:"), self.reported_on)
        self.form.addRow(self.tr("&Notes:"), self.notes)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.layout_.insertWidget(self.layout_.indexOf(self.error), self.summary)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record inventory"))
        self.table.itemChanged.connect(lambda *_: self._check())
        self.reported_on.dateChanged.connect(lambda *_: self._check())
        self.resize(900, 480)
        self._check()

    def set_row(self, row: int, remaining: str, consumed: str = "0", state: str = "") -> None:
        for col, text in ((REMAINING, remaining), (CONSUMED, consumed), (STATE, state)):
            self.table.item(row, col).setText(text)

    def _mass(self, row: int, col: int, required: bool) -> int:
        text = self.table.item(row, col).text().strip()
        name = self.template.items[row].sample_number
        header = self.table.horizontalHeaderItem(col).text()
        if not text:
            if required:
                raise ValidationError(self.tr("{sample}: give the mass remaining (0 if none).").format(sample=name))
            return 0
        try:
            return parse_mass(text, default_unit="mg")
        except ValidationError as exc:
            raise ValidationError(f"{name}, {header}: {exc}") from None

    def lines(self) -> list[InventoryLineData]:
        return [InventoryLineData(item.loan_item_id, self._mass(row, REMAINING, True), self._mass(row, CONSUMED, False),
                                  self.table.item(row, STATE).text().strip())
                for row, item in enumerate(self.template.items)]

    def _check(self) -> None:
        self.table.blockSignals(True)
        try:
            problem, off = None, []
            for row, item in enumerate(self.template.items):
                colour = QColor(Qt.GlobalColor.transparent)
                try:
                    remaining, consumed = self._mass(row, REMAINING, True), self._mass(row, CONSUMED, False)
                except ValidationError as exc:
                    problem = problem or tr_error(exc)
                    continue
                if remaining + consumed > item.lent_ug:
                    problem = problem or self.tr("{sample}: {total} remaining and consumed is more than the {lent} "
                                                 "lent.").format(sample=item.sample_number,
                                                                 total=format_mass(remaining + consumed),
                                                                 lent=format_mass(item.lent_ug))
                elif remaining != item.expected_ug - consumed:
                    colour = WARN
                    off.append(item.sample_number)
                for col in (REMAINING, CONSUMED):
                    self.table.item(row, col).setBackground(colour)
            if self.reported_on.date().toPython() > self.today:
                problem = problem or self.tr("The day counted is in the future.")
        finally:
            self.table.blockSignals(False)
        self.summary.setText(self.tr("Does not add up (an incident will be opened unless within the mass tolerance): "
                                     "{samples}.").format(samples=", ".join(off)) if off else "")
        self.set_problem(problem)

    def values(self) -> dict:
        return {"reported_on": self.reported_on.date().toPython(), "lines": self.lines(),
                "due_on": self.template.due_on, "notes": self.notes.toPlainText().strip()}
