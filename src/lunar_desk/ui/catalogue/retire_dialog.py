"""Retire a sample (consumed, returned to CLEP, lost) with a reason; confirmed first."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from lunar_desk.db.engine import Database
from lunar_desk.errors import UserError
from lunar_desk.services import catalogue
from lunar_desk.services.mass import MassUnit, format_mass
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.widgets import confirm


class RetireDialog(QDialog):
    def __init__(self, db: Database, sample_id: uuid.UUID, unit: MassUnit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sample_id = sample_id
        with db.read() as s:
            catalogue.check_retirable(s, sample_id)  # refused before the officer fills anything in
            self.detail = catalogue.sample_detail(s, sample_id)
        self.setWindowTitle(self.tr("Retire {number}").format(number=self.detail.sample_number))
        info = QLabel(
            self.tr("<b>{number}</b> holds {mass}. Retiring ends its life in the catalogue; the reason is kept in its history.")
            .format(number=self.detail.sample_number, mass=format_mass(self.detail.held_ug, unit))
        )
        info.setWordWrap(True)
        self.status = QComboBox()
        for status in catalogue.RETIRE_STATUSES:
            self.status.addItem(tr_label(catalogue.STATUS_LABELS[status]), status.value)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Required, e.g. returned to CLEP with form A5-2026-014"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Retire"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Retire &as:"), self.status)
        form.addRow(self.tr("R&eason:"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(info)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.reason.textChanged.connect(self._revalidate)
        self._revalidate()

    def _revalidate(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason.text().strip()))

    def save(self, *, ask: bool = True) -> None:
        status_text = self.status.currentText().lower()
        if ask and not confirm(
            self, self.tr("Retire sample"),
            self.tr("Mark {number} as {status}? This cannot be undone here.").format(
                number=self.detail.sample_number, status=status_text),
            self.tr("Retire"),
        ):
            return
        try:
            with self.db.action(note=self.reason.text().strip()) as s:
                catalogue.retire_sample(s, self.sample_id, self.status.currentData(), self.reason.text())
        except UserError as exc:
            show_error(self, exc)
            return
        self.accept()
