"""The "Record movement…" dialog of a lent item's custody log."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QLineEdit, QWidget

from lunar_desk.services import custody
from lunar_desk.services.custody import ItemCustodyView
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.loans.dialogs import date_edit, text_edit
from lunar_desk.ui.widgets import CheckedDialog, find_data


def kind_combo(kind: str | None = None) -> QComboBox:
    combo = QComboBox()
    for key, label in custody.KIND_LABELS.items():
        if key != custody.CustodyKind.COLLECTED:  # recorded by the collection itself
            combo.addItem(tr_label(label), key.value)
    if kind is not None:
        combo.setCurrentIndex(max(find_data(combo, kind), 0))
    return combo


class MovementDialog(CheckedDialog):
    """Who holds the item from which day, and where; ``values()`` gives the service's keyword arguments."""

    def __init__(self, item: ItemCustodyView, people: list[tuple[str, uuid.UUID]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Record movement: {sample}").format(sample=tr_label(item.sample_number)), parent, min_width=520)
        self.item = item
        now = item.current
        intro = QLabel(self.tr("{agreement}, item {n}: now {where}.").format(
            agreement=item.agreement_number, n=item.position,
            where=(self.tr("held by {holder}{place}").format(holder=now.holder or "—",
                                                              place=f", {now.place}" if now.place else "")
                   if now else self.tr("no custody entry yet"))))
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        self.occurred_on = date_edit(today)
        self.kind = kind_combo(custody.CustodyKind.MOVED.value)
        self.person = QComboBox()
        self.person.addItem(self.tr("(not in the list: type a name below)"), None)
        for label, pid in people:
            self.person.addItem(label, pid)
        if now is not None and now.holder_person_id is not None:
            self.person.setCurrentIndex(max(find_data(self.person, now.holder_person_id), 0))
        self.holder_name = QLineEdit()
        self.holder_name.setPlaceholderText(self.tr("e.g. courier, museum, a person not in the list"))
        self.place = QLineEdit(now.place if now else "")
        self.place.setPlaceholderText(self.tr("building, room, safe or exhibition"))
        self.note = text_edit()
        self.form.addRow(self.tr("&Date:"), self.occurred_on)
        self.form.addRow(self.tr("&Movement:"), self.kind)
        self.form.addRow(self.tr("&Held by:"), self.person)
        self.form.addRow(self.tr("or &name:"), self.holder_name)
        self.form.addRow(self.tr("&Place:"), self.place)
        self.form.addRow(self.tr("N&ote:"), self.note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record movement"))
        self.person.currentIndexChanged.connect(self._check)
        self.holder_name.textChanged.connect(self._check)
        self.occurred_on.dateChanged.connect(self._check)
        self.today = today
        self._check()

    def _check(self, *_args) -> None:
        on = self.occurred_on.date().toPython()
        if self.person.currentData() is None and not self.holder_name.text().strip():
            problem = self.tr("Say who holds it: choose a person or type a name.")
        elif on > self.today:
            problem = self.tr("The date is in the future.")
        elif self.item.history and on < self.item.history[0].occurred_on:
            problem = self.tr("The date is before the collection ({day}).").format(
                day=self.item.history[0].occurred_on.isoformat())
        else:
            problem = None
        self.set_problem(problem)

    def values(self) -> dict:
        return {"occurred_on": self.occurred_on.date().toPython(), "kind": self.kind.currentData(),
                "holder_person_id": self.person.currentData(), "holder_name": self.holder_name.text().strip(),
                "place": self.place.text().strip(), "note": self.note.toPlainText().strip()}
