"""Transfer of responsibility, recall, and a person's departure."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QLabel, QWidget

from lunar_desk.services import reassignment
from lunar_desk.services.loan_view import LoanView
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.loans.dialogs import date_edit, text_edit
from lunar_desk.ui.widgets import CheckedDialog


class _ReasonDialog(CheckedDialog):
    """A dated step with a required reason (kept in the loan's history); subclasses set the texts."""

    def __init__(self, today: date, parent: QWidget | None) -> None:
        super().__init__("", parent, min_width=520)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.layout_.insertWidget(0, self.intro)
        self.today = today
        self.on = date_edit(today)
        self.reason = text_edit()
        self.reason.textChanged.connect(self._check)
        self.on.dateChanged.connect(self._check)

    def _texts(self, title: str, intro: str, ok: str) -> None:
        self.setWindowTitle(title)
        self.intro.setText(intro)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)

    def _problem(self) -> str | None:
        if self.on.date().toPython() > self.today:
            return self.tr("The date is in the future.")
        if not self.reason.toPlainText().strip():
            return self.tr("Give the reason; it is kept in the loan's history.")
        return None

    def _check(self, *_args) -> None:
        self.set_problem(self._problem())


class TransferDialog(_ReasonDialog):
    def __init__(self, view: LoanView, people: list[tuple[str, uuid.UUID]], today: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        now = view.responsible_person.name_latin if view.responsible_person else "—"
        self._texts(self.tr("Transfer responsibility: {agreement}").format(agreement=view.agreement_number),
                    self.tr("Responsibility for {agreement} passes from {person} to someone at {institution}.").format(
                        agreement=view.agreement_number, person=now, institution=view.borrower.name),
                    self.tr("Transfer"))
        self.person = QComboBox()
        for label, pid in people:
            self.person.addItem(label, pid)
        self.form.addRow(self.tr("&New responsible person:"), self.person)
        self.form.addRow(self.tr("&From:"), self.on)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self._check()

    def _problem(self) -> str | None:
        if self.person.count() == 0:
            return self.tr("Nobody else active at the borrowing institution is in the list of people; add them first, "
                           "or start a recall.")
        return super()._problem()

    def values(self) -> dict:
        return {"to_person_id": self.person.currentData(), "effective_on": self.on.date().toPython(),
                "reason": self.reason.toPlainText().strip()}


class RecallDialog(_ReasonDialog):
    def __init__(self, view: LoanView, days: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(today, parent)
        self._texts(self.tr("Recall: {agreement}").format(agreement=view.agreement_number),
                    self.tr("The samples of {agreement} are to be returned within {days} days of the recall (the due "
                            "date {due} stays if it is earlier). The loan stays open until they are back.").format(
                        agreement=view.agreement_number, days=days,
                        due=view.due_date.isoformat() if view.due_date else "—"),
                    self.tr("Start recall"))
        self.form.addRow(self.tr("Recall &date:"), self.on)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self._check()

    def values(self) -> dict:
        return {"effective_on": self.on.date().toPython(), "reason": self.reason.toPlainText().strip()}


class DepartureDialog(CheckedDialog):
    """A person retired, moved or died (or is active again, to correct a mistake)."""

    def __init__(self, name: str, status: str, today: date, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Departure: {name}").format(name=name), parent)
        self.today = today
        self.status = QComboBox()
        for key, label in reassignment.STATUS_LABELS.items():
            self.status.addItem(tr_label(label), key.value)
        self.status.setCurrentIndex(max(self.status.findData(status if status != "active" else "retired"), 0))
        self.on = date_edit(today)
        self.form.addRow(self.tr("&Status:"), self.status)
        self.form.addRow(self.tr("Si&nce:"), self.on)
        note = QLabel(self.tr("Their open loans then need a new responsible person at the same institution, or a recall."))
        note.setWordWrap(True)
        self.layout_.insertWidget(1, note)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record"))
        self.on.dateChanged.connect(self._check)
        self.status.currentIndexChanged.connect(self._check)
        self._check()

    def _check(self, *_args) -> None:
        future = self.status.currentData() != "active" and self.on.date().toPython() > self.today
        self.set_problem(self.tr("The date is in the future.") if future else None)

    def values(self) -> dict:
        active = self.status.currentData() == "active"
        return {"status": self.status.currentData(), "left_on": None if active else self.on.date().toPython()}
