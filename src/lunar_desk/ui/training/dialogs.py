"""Forms of the training page: an activity, participants to add, a date."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from lunar_desk.services.training import (
    KIND_LABELS,
    ORGANISER_CHOICES,
    ActivityData,
    ParticipantData,
)
from lunar_desk.ui.form_dialog import SaveDialog, combo, text_box
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.optional_date import OptionalDate


def date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(value)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class ActivityDialog(SaveDialog):
    def __init__(self, data: ActivityData | None, *, today: date, save, parent: QWidget | None = None) -> None:
        title = (QT_TRANSLATE_NOOP("TrainingDialogs", "New training activity") if data is None
                 else QT_TRANSLATE_NOOP("TrainingDialogs", "Edit training activity"))
        super().__init__(QCoreApplication.translate("TrainingDialogs", title), save, parent)
        self.data_in = d = data or ActivityData(starts_on=today)
        self.title = QLineEdit(d.title)
        self.kind = combo([(tr_label(v), k.value) for k, v in KIND_LABELS.items()], d.kind)
        self.organisers = QComboBox()
        self.organisers.setEditable(True)
        self.organisers.addItems(list(ORGANISER_CHOICES))
        self.organisers.setCurrentText(d.organisers)
        self.starts = date_edit(d.starts_on or today)
        self.ends = OptionalDate(d.ends_on, label=self.tr("until"), default=d.starts_on or today)
        self.place = QLineEdit(d.place)
        self.notes = text_box(48, d.notes)
        for label, widget in ((self.tr("&Title:"), self.title), (self.tr("&Kind:"), self.kind),
                              (self.tr("&Organisers:"), self.organisers), (self.tr("&Starts:"), self.starts),
                              (self.tr("&Ends:"), self.ends), (self.tr("&Place:"), self.place),
                              (self.tr("&Notes:"), self.notes)):
            self.form.addRow(label, widget)
        self.fields = {"title": self.title, "kind": self.kind, "organisers": self.organisers,
                       "starts_on": self.starts, "ends_on": self.ends}

    def values(self) -> ActivityData:
        return ActivityData(self.title.text(), self.kind.currentData(), self.organisers.currentText(),
                            self.starts.date().toPython(), self.ends.value(), self.place.text(),
                            self.notes.toPlainText(), self.data_in.version)


class ParticipantsDialog(SaveDialog):
    """Tick the people who take part (each one's Member State comes from their institution)."""

    def __init__(self, people: list[tuple[str, uuid.UUID]], taken: set[uuid.UUID], save,
                 parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("TrainingDialogs", "Add participants"), save, parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter names"))
        self.filter.setClearButtonEnabled(True)
        self.attended = QComboBox()
        self.attended.addItem(self.tr("Not yet known"), False)
        self.attended.addItem(self.tr("Attended"), True)
        self.people = QListWidget()
        self.people.setMinimumHeight(260)
        for label, person_id in people:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, person_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            if person_id in taken:
                item.setText(self.tr("{name} — already a participant").format(name=label))
            self.people.addItem(item)
        self.form.addRow(self.tr("&Find:"), self.filter)
        self.form.addRow(self.tr("&People:"), self.people)
        self.form.addRow(self.tr("Attendance:"), self.attended)
        self.fields = {"participants": self.people}
        self.filter.textChanged.connect(self._filter)

    def _filter(self, text: str) -> None:
        text = text.strip().casefold()
        for i in range(self.people.count()):
            item = self.people.item(i)
            item.setHidden(bool(text) and text not in item.text().casefold())

    def check(self, person_id: uuid.UUID) -> None:
        for i in range(self.people.count()):
            if self.people.item(i).data(Qt.ItemDataRole.UserRole) == person_id:
                self.people.item(i).setCheckState(Qt.CheckState.Checked)

    def values(self) -> list[ParticipantData]:
        attended = bool(self.attended.currentData())
        return [ParticipantData(self.people.item(i).data(Qt.ItemDataRole.UserRole), attended=attended)
                for i in range(self.people.count())
                if self.people.item(i).checkState() == Qt.CheckState.Checked]


class DateDialog(SaveDialog):
    """One date (the certificates' date of issue)."""

    SAVE_OFFERED = False  # OK issues the certificates: only the form's own button does it

    def __init__(self, title: str, label: str, value: date, save, parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.date = date_edit(value)
        self.form.addRow(label, self.date)
        self.fields = {"issued_on": self.date}

    def values(self) -> date:
        return self.date.date().toPython()
