"""Split a sample into parts; shows as you type how much is still unaccounted for."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SplitPart
from lunar_desk.services.mass import MassUnit, format_mass, parse_mass
from lunar_desk.services.settings import ledger_tolerance_ug
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.keyboard import leave_grid_on_tab
from lunar_desk.ui.widgets import KeepsEdits, MassEdit
from lunar_desk.ui.i18n import tr_error

NUMBER, MASS, PIECES = range(3)


class SplitDialog(KeepsEdits, QDialog):
    SAVE_OFFERED = False  # a split is not taken back: closing only asks whether to drop the parts typed

    def __init__(self, db: Database, sample_id: uuid.UUID, unit: MassUnit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sample_id = sample_id
        unit = self.unit = MassUnit(unit)
        self.created_ids: list[uuid.UUID] = []
        with db.read() as s:
            self.detail = catalogue.sample_detail(s, sample_id)
            self.tolerance = ledger_tolerance_ug(s)
        self.available = self.detail.mass_ug - self.detail.consumed_ug - self.detail.lost_ug
        self.setWindowTitle(self.tr("Split {number}").format(number=self.detail.sample_number))
        intro = QLabel(
            self.tr("<b>{number}</b> holds <b>{mass}</b>. The parts and any split loss must account for all of it.")
            .format(number=self.detail.sample_number, mass=format_mass(self.available, unit))
        )
        intro.setWordWrap(True)
        self.parts = QTableWidget(0, 3)
        self.parts.setHorizontalHeaderLabels([self.tr("Sample number"), self.tr("Mass ({unit})").format(unit=unit.value),
                                              self.tr("Pieces")])
        self.parts.horizontalHeaderItem(MASS).setToolTip(
            self.tr("Type e.g. '12.5 mg' or '0.8 g'; a bare number is in {unit}").format(unit=unit.value))
        self.parts.horizontalHeader().setSectionResizeMode(NUMBER, QHeaderView.ResizeMode.Stretch)
        self.parts.setColumnWidth(MASS, 130)
        self.parts.setColumnWidth(PIECES, 70)
        leave_grid_on_tab(self.parts)
        self.add_part = QPushButton(self.tr("Add &part"))
        self.remove_part = QPushButton(self.tr("&Remove part"))
        self.loss = MassEdit(default_unit=unit, allow_empty=True)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. prepared for loan to …"))
        self.balance = QLabel()
        self.balance.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Split"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        part_buttons = QHBoxLayout()
        part_buttons.addWidget(self.add_part)
        part_buttons.addWidget(self.remove_part)
        part_buttons.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Split &loss:"), self.loss)
        form.addRow(self.tr("R&eason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.parts)
        layout.addLayout(part_buttons)
        layout.addLayout(form)
        layout.addWidget(self.balance)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self.add_part.clicked.connect(self.append_part)
        self.remove_part.clicked.connect(self.remove_current)
        self.parts.itemChanged.connect(lambda *_: self.revalidate())
        self.loss.changed.connect(self.revalidate)
        self.append_part()
        self.append_part()

    def append_part(self) -> None:
        row = self.parts.rowCount()
        self.parts.blockSignals(True)
        self.parts.insertRow(row)
        self.parts.setItem(row, NUMBER, QTableWidgetItem(f"{self.detail.sample_number}-{row + 1:02d}"))
        self.parts.setItem(row, MASS, QTableWidgetItem(""))
        self.parts.setItem(row, PIECES, QTableWidgetItem(""))
        self.parts.blockSignals(False)
        self.revalidate()

    def remove_current(self) -> None:
        row = self.parts.currentRow()
        if row >= 0 and self.parts.rowCount() > 1:
            self.parts.removeRow(row)
            self.revalidate()

    def _text(self, row: int, col: int) -> str:
        item = self.parts.item(row, col)
        return item.text().strip() if item else ""

    def collect(self, *, allow_blank_mass: bool = False) -> tuple[list[SplitPart], int]:
        """The parts as typed; raises ValidationError naming the row and column.

        With ``allow_blank_mass`` a part whose mass is not typed yet counts as 0
        (for the running balance while the officer is still typing).
        """
        parts = []
        for row in range(self.parts.rowCount()):
            number = self._text(row, NUMBER)
            if allow_blank_mass and not self._text(row, MASS):
                parts.append(SplitPart(number, 0))
                continue
            try:
                mass = parse_mass(self._text(row, MASS), default_unit=self.unit)
            except ValidationError as exc:
                raise ValidationError(self.tr("Part {n}, mass: {error}").format(n=row + 1, error=tr_error(exc)),
                                      field="mass") from None
            pieces_text = self._text(row, PIECES)
            if pieces_text and not pieces_text.isdigit():
                raise ValidationError(self.tr("Part {n}, pieces: '{text}' is not a whole number.").format(n=row + 1, text=pieces_text),
                                      field="pieces")
            parts.append(SplitPart(number, mass, int(pieces_text) if pieces_text else None))
        if self.loss.error():
            raise ValidationError(self.tr("Split loss: {error}").format(error=self.loss.error()), field="lost")
        return parts, self.loss.value() or 0

    def revalidate(self) -> None:
        ok = False
        try:
            parts, loss = self.collect(allow_blank_mass=True)
            difference = self.available - sum(p.mass_ug for p in parts) - loss
            blank = [str(i + 1) for i, p in enumerate(parts) if p.mass_ug == 0]
            if blank:
                text = self.tr("Still unaccounted for: {mass}. Part {parts} has no mass yet.").format(
                    mass=format_mass(difference, self.unit), parts=", ".join(blank))
            elif abs(difference) <= self.tolerance:
                text, ok = self.tr("Balanced: the parts and loss account for all the mass."), True
            elif difference > 0:
                text = self.tr("Still unaccounted for: {mass}.").format(mass=format_mass(difference, self.unit))
            else:
                text = self.tr("Too much: the parts and loss exceed what the sample holds by {mass}.").format(
                    mass=format_mass(-difference, self.unit))
        except ValidationError as exc:
            text = tr_error(exc)
        self.balance.setText(text)
        self.balance.setStyleSheet("" if ok else "color: #b00020;")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def save(self) -> None:
        try:
            parts, loss = self.collect()
            with self.db.action(note=self.reason.text().strip()) as s:
                created = catalogue.split_sample(s, self.sample_id, parts, lost_ug=loss, reason=self.reason.text().strip())
                self.created_ids = [c.id for c in created]
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()
