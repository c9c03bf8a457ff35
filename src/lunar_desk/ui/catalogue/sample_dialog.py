"""Add or edit a sample; validates as the officer types."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SampleData
from lunar_desk.services.mass import MassUnit
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.i18n import tr_error, tr_label
from lunar_desk.ui.widgets import KeepsEdits, MassEdit, find_data, form_state


def _fill(combo: QComboBox, labels: dict) -> None:
    for key, text in labels.items():
        combo.addItem(tr_label(text), key.value)


class SampleDialog(KeepsEdits, QDialog):
    def __init__(self, db: Database, sample_id: uuid.UUID | None, unit: MassUnit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.sample_id = sample_id
        self.saved_id: uuid.UUID | None = None
        self.setWindowTitle(self.tr("Edit sample") if sample_id else self.tr("Add sample"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("e.g. CE5C0400YJFM00406"))
        self.number_hint = QLabel()
        self.number_hint.setWordWrap(True)
        self.number_hint.setStyleSheet("color: #8a5a00;")
        self.mission = QComboBox()
        self.batch = QComboBox()
        self.batch.addItem(self.tr("(none)"), None)
        with db.read() as s:
            for m in catalogue.missions(s):
                self.mission.addItem(f"{m.code} — {m.name}", m.code)
            for b in catalogue.batches(s):
                self.batch.addItem(self.tr("Batch {number}").format(number=b.number), b.number)
            detail = catalogue.sample_detail(s, sample_id) if sample_id else None
        self.sampling = QComboBox()
        _fill(self.sampling, catalogue.SAMPLING_LABELS)
        self.preparation = QComboBox()
        _fill(self.preparation, catalogue.PREPARATION_LABELS)
        self.use_class = QComboBox()
        _fill(self.use_class, catalogue.USE_CLASS_LABELS)
        self.mass = MassEdit(default_unit=unit)
        self.pieces = QSpinBox()
        self.pieces.setRange(0, 100_000)
        self.pieces.setSpecialValueText("—")
        self.pieces.setToolTip(self.tr("Whole pieces (rock chips, thin sections); leave at — for powder"))
        self.location = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")

        form = QFormLayout()
        form.addRow(self.tr("Sample &number:"), self.number)
        form.addRow("", self.number_hint)
        form.addRow(self.tr("&Mission:"), self.mission)
        form.addRow(self.tr("Release &batch:"), self.batch)
        form.addRow(self.tr("&Sampling:"), self.sampling)
        form.addRow(self.tr("&Preparation:"), self.preparation)
        form.addRow(self.tr("&Use class:"), self.use_class)
        form.addRow(self.tr("M&ass:"), self.mass)
        form.addRow(self.tr("P&ieces:"), self.pieces)
        form.addRow(self.tr("Storage / &location:"), self.location)
        form.addRow(self.tr("N&otes:"), self.notes)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)

        self.version = detail.version if detail is not None else None
        if detail is not None:
            self._show(detail)
        self.number.textChanged.connect(self.revalidate)
        self.mass.changed.connect(self.revalidate)
        self.preparation.currentIndexChanged.connect(self.revalidate)
        self.pieces.valueChanged.connect(self.revalidate)
        self.revalidate()

    def _show(self, detail) -> None:
        """Fill the fields from a sample as read from the database."""
        self.number.setText(detail.sample_number)
        self.mission.setCurrentIndex(max(find_data(self.mission, detail.mission), 0))
        self.batch.setCurrentIndex(max(find_data(self.batch, detail.batch), 0))
        self.sampling.setCurrentIndex(max(find_data(self.sampling, detail.sampling_mode), 0))
        self.preparation.setCurrentIndex(max(find_data(self.preparation, detail.preparation), 0))
        self.use_class.setCurrentIndex(max(find_data(self.use_class, detail.use_class), 0))
        self.mass.set_value(detail.mass_ug)
        self.pieces.setValue(detail.pieces or 0)
        self.location.setText(detail.location)
        self.notes.setPlainText(detail.notes)

    def reload(self) -> None:
        """Show the sample as it is now (after someone else saved it); the officer then edits again."""
        with self.db.read() as s:
            detail = catalogue.sample_detail(s, self.sample_id)
        self.version = detail.version
        self._show(detail)
        self.revalidate()
        self._shown_state = None  # the form now shows the saved sample: edits count from here
        if self.isVisible():
            self._shown_state = form_state(self)

    def data(self) -> SampleData:
        return SampleData(
            sample_number=self.number.text(),
            mission_code=self.mission.currentData(),
            mass_ug=self.mass.value(),
            batch_number=self.batch.currentData(),
            sampling_mode=self.sampling.currentData(),
            preparation=self.preparation.currentData(),
            use_class=self.use_class.currentData(),
            pieces=self.pieces.value() or None,
            location=self.location.text(),
            notes=self.notes.toPlainText(),
        )

    def revalidate(self) -> None:
        """Field-level checks as the officer types; the service re-checks everything on save."""
        problem = None
        hint = ""
        if not self.number.text().strip():
            problem = self.tr("Give the sample number.")
        else:
            try:
                _, warning = catalogue.check_sample_number(self.number.text())
                hint = tr_label(warning) if warning else ""
            except ValidationError as exc:
                problem = tr_error(exc)
        if problem is None and self.mass.error():
            problem = self.mass.error()
        if problem is None and self.preparation.currentData() in ("rock_chip", "thin_section") and not self.pieces.value():
            problem = self.tr("Rock chips and thin sections are lent as whole pieces: give the piece count.")
        self.number_hint.setText(hint)
        self.number_hint.setVisible(bool(hint))
        self.error.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(problem is None)

    def save(self) -> None:
        try:
            with self.db.action() as s:
                if self.sample_id is None:
                    sample = catalogue.create_sample(s, self.data())
                else:
                    sample = catalogue.update_sample(s, self.sample_id, self.data(), expected_version=self.version)
                self.saved_id = sample.id
        except UserError as exc:
            if isinstance(exc, ValidationError):
                self.error.setText(tr_error(exc))
            show_error(self, exc, reload=self.reload if self.sample_id is not None else None)
            return
        self.accept()
