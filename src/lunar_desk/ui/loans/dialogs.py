"""Dialogs of the Loans tab: one small form per action, and the return form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.errors import ValidationError
from lunar_desk.services import loans
from lunar_desk.services.loan_view import LoanView
from lunar_desk.services.loans import ReturnLineData
from lunar_desk.services.mass import format_mass, parse_mass
from lunar_desk.ui.i18n import tr_error, tr_label
from lunar_desk.ui.keyboard import keyboard_ready, leave_grid_on_tab
from lunar_desk.ui.widgets import KeepsEdits, MassEdit


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    value = value or date.today()
    edit.setDate(QDate(value.year, value.month, value.day))
    return edit


class ActionDialog(QDialog):
    """A small form: ``fields`` maps a key to (label, widget); ``values()`` reads them back.

    ``required`` keys must not be empty; the OK button stays disabled until they are filled.
    """

    def __init__(self, title: str, intro: str, fields: dict[str, tuple[str, QWidget]], *, ok: str | None = None,
                 required: tuple[str, ...] = (), safe_default: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.fields = fields
        self.required = required
        layout = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            layout.addWidget(label)
        form = QFormLayout()
        for label, widget in fields.values():
            form.addRow(label, widget)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        if ok:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if safe_default:  # an action that cannot be taken back: Enter cancels, the action needs its own click
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setAutoDefault(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)
        for _label, widget in fields.values():
            for signal in ("textChanged", "dateChanged", "valueChanged", "currentIndexChanged", "changed"):
                if hasattr(widget, signal):
                    getattr(widget, signal).connect(self._check)
                    break
        self._check()

    def _value(self, widget: QWidget):
        if isinstance(widget, QDateEdit):
            return widget.date().toPython()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText().strip()
        if isinstance(widget, QLineEdit):
            return widget.text().strip()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QComboBox):
            return widget.currentData()
        if isinstance(widget, MassEdit):
            return widget.value()
        raise TypeError(widget)

    def values(self) -> dict:
        return {key: self._value(widget) for key, (_label, widget) in self.fields.items()}

    def _check(self, *_args) -> None:
        problem = None
        for key in self.required:
            label, widget = self.fields[key]
            if self._value(widget) in ("", None):
                problem = self.tr("{field} is required.").format(field=label.rstrip(":：").replace("&", ""))
                break
        for _label, widget in self.fields.values():
            if problem is None and isinstance(widget, MassEdit) and widget.error():
                problem = widget.error()
        self.error.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)


def text_edit() -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(70)
    return edit


def incident_kinds() -> QComboBox:
    combo = QComboBox()
    for key, label in loans.INCIDENT_KIND_LABELS.items():
        combo.addItem(tr_label(label), key.value)
    return combo


RETURNED, CONSUMED, LOST, CONDITION = 3, 4, 5, 6


class ReturnDialog(KeepsEdits, QDialog):
    """The Sample Return form: per item, mass returned now, consumed and destroyed or lost."""

    SAVE_OFFERED = False  # recording a return changes the mass ledger: only the form's own button does it

    def __init__(self, view: LoanView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view
        self.setWindowTitle(self.tr("Record a return: {agreement}").format(agreement=view.agreement_number))
        self.returned_on = date_edit(view.today)
        self.received_by = QLineEdit()
        self.notes = text_edit()
        self.items = [i for i in view.items if not i.fully_accounted]
        self.table = QTableWidget(len(self.items), 7)
        self.table.setHorizontalHeaderLabels([self.tr("Sample"), self.tr("Lent"), self.tr("Outstanding"),
                                              self.tr("Returned now (mg)"), self.tr("Consumed (mg)"),
                                              self.tr("Destroyed or lost (mg)"), self.tr("Condition")])
        self.table.horizontalHeader().setSectionResizeMode(CONDITION, QHeaderView.ResizeMode.Stretch)
        leave_grid_on_tab(self.table)
        for row, item in enumerate(self.items):
            for col, text in enumerate((item.sample_number, format_mass(item.mass_ug), format_mass(item.outstanding_ug))):
                cell = QTableWidgetItem(text)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, col, cell)
            for col in (RETURNED, CONSUMED, LOST, CONDITION):
                self.table.setItem(row, col, QTableWidgetItem(""))
        self.table.resizeColumnsToContents()
        if self.items:  # the keyboard starts where the officer types: the first "Returned now" cell
            self.table.setCurrentCell(0, RETURNED)
        form = QFormLayout()
        form.addRow(self.tr("&Returned on:"), self.returned_on)
        form.addRow(self.tr("Received &by:"), self.received_by)
        form.addRow(self.tr("&Notes:"), self.notes)
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Enter what came back (partial returns are fine). Bare numbers are in mg.")))
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addWidget(self.balance)
        layout.addWidget(self.buttons)
        self.resize(860, 420)
        self.table.itemChanged.connect(lambda *_: self._check())
        self.received_by.textChanged.connect(self._check)
        self._check()
        keyboard_ready(self)  # opens in the grid, buttons last in the Tab order

    def _mass(self, row: int, col: int) -> int:
        item = self.table.item(row, col)
        text = item.text().strip() if item else ""
        if not text:
            return 0
        try:
            return parse_mass(text, default_unit="mg")
        except ValidationError as exc:
            header = self.table.horizontalHeaderItem(col).text()
            raise ValidationError(f"{self.items[row].sample_number}, {header}: {exc}") from None

    def lines(self) -> list[ReturnLineData]:
        out = []
        for row, item in enumerate(self.items):
            returned, consumed, lost = (self._mass(row, c) for c in (RETURNED, CONSUMED, LOST))
            condition = self.table.item(row, CONDITION).text().strip()
            if returned or consumed or lost or condition:
                out.append(ReturnLineData(item.id, returned, None, consumed, lost, condition))
        return out

    def _check(self) -> None:
        ok = False
        try:
            lines = self.lines()
            over = []
            for line in lines:
                item = next(i for i in self.items if i.id == line.loan_item_id)
                if line.returned_ug + line.consumed_ug + line.lost_ug > item.outstanding_ug:
                    over.append(self.tr("{number}: {mass} is more than the {outstanding} outstanding").format(
                        number=item.sample_number, mass=format_mass(line.returned_ug + line.consumed_ug + line.lost_ug),
                        outstanding=format_mass(item.outstanding_ug)))
            if not lines:
                text = self.tr("Nothing entered yet.")
            elif over:
                text = "; ".join(over) + "."
            elif not self.received_by.text().strip():
                text = self.tr("Say who received the samples.")
            else:
                text, ok = self.tr("{n} item(s) in this return.").format(n=len(lines)), True
        except ValidationError as exc:
            text = tr_error(exc)
        self.balance.setText(text)
        self.balance.setStyleSheet("" if ok else "color: #b00020;")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def values(self) -> dict:
        return dict(returned_on=self.returned_on.date().toPython(), lines=self.lines(),
                    received_by=self.received_by.text().strip(), notes=self.notes.toPlainText().strip())
