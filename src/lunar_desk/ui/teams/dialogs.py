"""Forms of the research teams page: a team, a membership, a link."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from lunar_desk.services.teams import (
    LEAD_KIND_LABELS,
    TEAM_ROLE_LABELS,
    MemberData,
    TeamData,
)
from lunar_desk.ui.form_dialog import SaveDialog, combo, text_box
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.optional_date import OptionalDate

Items = list[tuple[str, uuid.UUID]]


@dataclass
class TeamChoices:
    people: Items = field(default_factory=list)
    rounds: Items = field(default_factory=list)
    institutions: Items = field(default_factory=list)
    states: Items = field(default_factory=list)


def _title(new: bool, new_text: str, edit_text: str) -> str:
    return QCoreApplication.translate("TeamDialogs", new_text if new else edit_text)


class TeamDialog(SaveDialog):
    def __init__(self, choices: TeamChoices, data: TeamData | None, *, today: date, save,
                 parent: QWidget | None = None) -> None:
        super().__init__(_title(data is None, QT_TRANSLATE_NOOP("TeamDialogs", "New research team"),
                                QT_TRANSLATE_NOOP("TeamDialogs", "Edit research team")), save, parent)
        self.data_in = d = data or TeamData()
        self.name = QLineEdit(d.name)
        self.topic = text_box(56, d.topic)
        self.round = combo(choices.rounds, d.round_id, self.tr("No particular round"))
        self.lead = combo(choices.people, d.lead_person_id, self.tr("Not chosen yet"))
        self.lead_kind = combo([(tr_label(v), k.value) for k, v in LEAD_KIND_LABELS.items()], d.lead_kind)
        self.starts = OptionalDate(d.starts_on, label=self.tr("from"), default=today)
        self.ends = OptionalDate(d.ends_on, label=self.tr("until"), default=today)
        self.notes = text_box(48, d.notes)
        for label, widget in ((self.tr("&Name:"), self.name), (self.tr("&Topic:"), self.topic),
                              (self.tr("Review &round:"), self.round), (self.tr("&Lead:"), self.lead),
                              (self.tr("Lead is a:"), self.lead_kind), (self.tr("&Starts:"), self.starts),
                              (self.tr("&Ends:"), self.ends), (self.tr("N&otes:"), self.notes)):
            self.form.addRow(label, widget)
        self.fields = {"name": self.name, "lead_kind": self.lead_kind, "person": self.lead, "ends_on": self.ends}

    def values(self) -> TeamData:
        return TeamData(self.name.text(), self.topic.toPlainText(), self.round.currentData(), self.lead.currentData(),
                        self.lead_kind.currentData(), self.starts.value(), self.ends.value(), self.notes.toPlainText(),
                        self.data_in.version)


class MemberDialog(SaveDialog):
    """A membership: who, role, institution and Member State (defaulting to the person's), and the
    participation dates in their order."""

    def __init__(self, choices: TeamChoices, data: MemberData | None, *, today: date, save,
                 parent: QWidget | None = None) -> None:
        super().__init__(_title(data is None, QT_TRANSLATE_NOOP("TeamDialogs", "Add team member"),
                                QT_TRANSLATE_NOOP("TeamDialogs", "Edit team member")), save, parent)
        self.data_in = d = data or MemberData()
        self.person = combo(choices.people, d.person_id, self.tr("Choose a person"))
        self.role = combo([(tr_label(v), k) for k, v in TEAM_ROLE_LABELS.items()], d.role)
        self.institution = combo(choices.institutions, d.institution_id, self.tr("The person's institution"))
        self.state = combo(choices.states, d.member_state_id, self.tr("The institution's Member State"))
        labels = (("invited_on", self.tr("Invited:")), ("joined_on", self.tr("Joined:")),
                  ("visit_from", self.tr("Visit to China from:")), ("visit_to", self.tr("Visit to China until:")),
                  ("left_on", self.tr("Left:")))
        self.dates = {key: OptionalDate(getattr(d, key), default=today) for key, _ in labels}
        self.notes = text_box(48, d.notes)
        self.form.addRow(self.tr("&Person:"), self.person)
        self.form.addRow(self.tr("&Role:"), self.role)
        self.form.addRow(self.tr("&Institution:"), self.institution)
        self.form.addRow(self.tr("&Member State:"), self.state)
        for key, label in labels:
            self.form.addRow(label, self.dates[key])
        self.form.addRow(self.tr("N&otes:"), self.notes)
        self.fields = {"person": self.person, "role": self.role, **self.dates}

    def values(self) -> MemberData:
        dates = {k: w.value() for k, w in self.dates.items()}
        return MemberData(self.person.currentData(), self.role.currentData(), self.institution.currentData(),
                          self.state.currentData(), notes=self.notes.toPlainText(), version=self.data_in.version,
                          **dates)


class ChoiceDialog(SaveDialog):
    """Pick one of ``items`` (an application or a loan to link)."""

    SAVE_OFFERED = False  # a pick from a list: nothing worth saving from the question

    def __init__(self, title: str, label: str, items: Items, save, parent: QWidget | None = None) -> None:
        super().__init__(title, save, parent)
        self.choice = combo(items)
        self.form.addRow(label, self.choice)
        self.fields = {"application": self.choice, "loan": self.choice}

    def values(self):
        return self.choice.currentData()
