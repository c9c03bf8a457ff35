"""Small dialogs of the Applications tab: a reason, a method, a requested item, a team member."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QPushButton,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, reference
from lunar_desk.services.applications import ItemData, MethodData
from lunar_desk.services.mass import MassUnit, format_mass
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.widgets import CheckedDialog, KeepsEdits, MassEdit, find_data


def _text_edit(height: int = 70) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(height)
    return edit


class ReasonDialog(CheckedDialog):
    """Asks the reason a backward (or rejecting / withdrawing) step needs; it goes into the history."""

    def __init__(self, action: str, reference: str, parent: QWidget | None = None, *, final: bool = False) -> None:
        super().__init__(f"{action}: {reference}", parent)
        self.reason = _text_edit()
        self.form.addRow(self.tr("&Reason:"), self.reason)
        if final:  # withdrawing or rejecting closes the application for good
            note = QLabel(self.tr("This step closes {reference} for good: it cannot be taken back.").format(reference=reference))
            note.setWordWrap(True)
            self.layout_.insertWidget(0, note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(action)
        self.reason.textChanged.connect(
            lambda: self.set_problem(None if self.text() else self.tr("Give the reason; it is kept in the history.")))
        self.set_problem(self.tr("Give the reason; it is kept in the history."))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


class MethodDialog(KeepsEdits, CheckedDialog):
    def __init__(self, data: MethodData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Method of analysis"), parent)
        self.name = QLineEdit()
        self.instruments = _text_edit(50)
        self.destructive = QCheckBox(self.tr("Destructive: the method consumes sample mass"))
        self.justification = _text_edit()
        self.justification.setPlaceholderText(self.tr("Why the destructive method is needed, and how much mass it consumes"))
        self.form.addRow(self.tr("&Method:"), self.name)
        self.form.addRow(self.tr("&Instruments:"), self.instruments)
        self.form.addRow("", self.destructive)
        self.form.addRow(self.tr("&Justification:"), self.justification)
        if data is not None:
            self.name.setText(data.name)
            self.instruments.setPlainText(data.instruments)
            self.destructive.setChecked(data.destructive)
            self.justification.setPlainText(data.justification)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.set_problem(None if self.name.text().strip() else self.tr("Name the method."))

    def data(self) -> MethodData:
        return MethodData(
            name=self.name.text().strip(),
            instruments=self.instruments.toPlainText().strip(),
            destructive=self.destructive.isChecked(),
            justification=self.justification.toPlainText().strip(),
        )


class ItemDialog(KeepsEdits, CheckedDialog):
    """A requested sample: a specific catalogue sample, or a kind with a mass or piece count."""

    def __init__(self, db: Database, data: ItemData | None = None, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Requested sample"), parent)
        self.db = db
        self.specific = QRadioButton(self.tr("A specific catalogue sample"))
        self.by_kind = QRadioButton(self.tr("Any sample of a kind"))
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Sample number, e.g. CE5C0400YJFM00406"))
        self.found = QLabel()
        self.found.setWordWrap(True)
        self.pick = QPushButton(self.tr("Pick from the &catalogue…"))
        self.pick.clicked.connect(self.pick_from_catalogue)
        self.mission = QComboBox()
        self.preparation = QComboBox()
        with db.read() as s:
            for m in catalogue.missions(s):
                self.mission.addItem(m.code, m.code)
        for key, label in catalogue.PREPARATION_LABELS.items():
            self.preparation.addItem(tr_label(label), key.value)
        self.mass = MassEdit(default_unit=MassUnit.MG, allow_empty=True)
        self.pieces = QSpinBox()
        self.pieces.setRange(0, 10_000)
        self.pieces.setSpecialValueText("—")
        self.preferred = QLineEdit()
        self.preferred.setPlaceholderText(self.tr("Preferred sample numbers, if any"))
        self.justification = _text_edit()
        self.form.addRow(self.specific)
        self.form.addRow(self.tr("Sample &number:"), self.number)
        self.form.addRow("", self.pick)
        self.form.addRow("", self.found)
        self.form.addRow(self.by_kind)
        self.form.addRow(self.tr("&Mission:"), self.mission)
        self.form.addRow(self.tr("&Preparation:"), self.preparation)
        self.form.addRow(self.tr("M&ass:"), self.mass)
        self.form.addRow(self.tr("P&ieces:"), self.pieces)
        self.form.addRow(self.tr("Pre&ferred numbers:"), self.preferred)
        self.form.addRow(self.tr("&Justification:"), self.justification)
        self._sample_id = None
        self.specific.setChecked(True)
        if data is not None:
            if data.sample_id is None:
                self.by_kind.setChecked(True)
                self.mission.setCurrentIndex(max(find_data(self.mission, data.mission_code), 0))
                self.preparation.setCurrentIndex(max(find_data(self.preparation, data.preparation), 0))
            else:
                with db.read() as s:
                    self.number.setText(catalogue.get_sample(s, data.sample_id).sample_number)
            self.mass.set_value(data.mass_ug)
            self.pieces.setValue(data.pieces or 0)
            self.preferred.setText(data.preferred_numbers)
            self.justification.setPlainText(data.justification)
        for signal in (self.specific.toggled, self.number.textChanged, self.mass.changed, self.pieces.valueChanged,
                       self.justification.textChanged):
            signal.connect(self._check)
        self._check()

    def pick_from_catalogue(self, *, picker=None) -> bool:
        """Choose the sample with the catalogue's filter bar instead of typing its number."""
        from lunar_desk.ui.catalogue.picker import SamplePickerDialog

        picker = picker or SamplePickerDialog(self.db, self)
        if picker.exec() and picker.selected_number():
            self.specific.setChecked(True)
            self.number.setText(picker.selected_number())
            return True
        return False

    def _check(self) -> None:
        specific = self.specific.isChecked()
        for w in (self.number, self.pick):
            w.setEnabled(specific)
        for w in (self.mission, self.preparation, self.preferred):
            w.setEnabled(not specific)
        problem = None
        self._sample_id = None
        if specific:
            with self.db.read() as s:
                sample = catalogue.find_sample(s, self.number.text())
                if sample is None:
                    self.found.setText("")
                    problem = self.tr("Type a sample number from the catalogue.") if not self.number.text().strip() else \
                        self.tr("{number} is not in the catalogue.").format(number=self.number.text().strip())
                else:
                    self._sample_id = sample.id
                    prep = catalogue.PREPARATION_LABELS.get(catalogue.Preparation(sample.preparation), sample.preparation)
                    self.found.setText(self.tr("{preparation}, holds {mass}, {status}").format(
                        preparation=tr_label(prep), mass=format_mass(catalogue.held_ug(sample)),
                        status=tr_label(catalogue.STATUS_LABELS[catalogue.SampleStatus(sample.status)]).lower(),
                    ))
        if problem is None and self.mass.error():
            problem = self.mass.error()
        if problem is None and self.mass.value() is None and not self.pieces.value():
            problem = self.tr("Give the mass or the number of pieces wanted.")
        self.set_problem(problem)

    def data(self) -> ItemData:
        specific = self.specific.isChecked()
        return ItemData(
            sample_id=self._sample_id if specific else None,
            mission_code=None if specific else self.mission.currentData(),
            preparation=None if specific else self.preparation.currentData(),
            mass_ug=self.mass.value(),
            pieces=self.pieces.value() or None,
            preferred_numbers="" if specific else self.preferred.text().strip(),
            justification=self.justification.toPlainText().strip(),
        )


class MemberDialog(CheckedDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add team member"), parent)
        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        with db.read() as s:
            for p in reference.people(s):
                self.person.addItem(reference.person_label(p), p.id)
        self.role = QComboBox()
        for key, label in apps.ROLE_LABELS.items():
            self.role.addItem(tr_label(label), key.value)
        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.person.currentIndexChanged.connect(self._check)
        # The person box is typed in, and its completer keeps the Enter that picks the name: Enter
        # there must still press Add, as it does in every other field of a dialog.
        self.person.lineEdit().returnPressed.connect(self._enter_on_person)
        self._check()

    def _check(self) -> None:
        self.set_problem(None if self.person.currentData() is not None else self.tr("Choose a person."))

    def _enter_on_person(self) -> None:
        index = self.person.findText(self.person.currentText())
        if index >= 0:
            self.person.setCurrentIndex(index)
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            self.accept()

    def values(self):
        return self.person.currentData(), self.role.currentData()
