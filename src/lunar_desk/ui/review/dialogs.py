"""Dialogs of the Committee Review tab: new round, reviewers, assignment, decision."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import catalogue, reference, review
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.applications.form_page import DateField
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.widgets import CheckedDialog, MassEdit


class NewRoundDialog(CheckedDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New review round"), parent)
        self.batch = QComboBox()
        with db.read() as s:
            choices = review.batch_choices(s)
        for c in choices:
            text = self.tr("Batch {number} — {title}").format(number=c.number, title=c.title)
            if c.round_name is not None:  # a batch is reviewed in one round: shown, not offered
                text += " · " + self.tr("already reviewed in {round}").format(round=c.round_name)
            elif c.forwarded:
                text += " · " + self.tr("{n} forwarded application(s) waiting").format(n=c.forwarded)
            self.batch.addItem(text, c.number)
            if c.round_name is not None:
                self.batch.model().item(self.batch.count() - 1).setEnabled(False)
        suggested = review.batch_for_new_round(choices)
        self.batch.setCurrentIndex(self.batch.findData(suggested) if suggested is not None else self.batch.count() - 1)
        self.name = QLineEdit()
        self.per_app = QSpinBox()
        self.per_app.setRange(1, 20)
        self.per_app.setValue(3)
        self.scale = QSpinBox()
        self.scale.setRange(2, 10)
        self.scale.setValue(5)
        self.same_country = QCheckBox(self.tr("A reviewer from the applicant's country is conflicted"))
        self.start = DateField()
        self.end = DateField()
        self.form.addRow(self.tr("Release &batch:"), self.batch)
        self.form.addRow(self.tr("&Name:"), self.name)
        self.form.addRow(self.tr("&Reviewers per application:"), self.per_app)
        self.form.addRow(self.tr("Score s&cale: 1 to"), self.scale)
        self.form.addRow("", self.same_country)
        self.form.addRow(self.tr("Meeting &starts:"), self.start)
        self.form.addRow(self.tr("Meeting &ends:"), self.end)
        criteria = QLabel(self.tr("Criteria: scientific merit 40 %, feasibility, team capability and "
                                  "efficient use of sample mass 20 % each."))
        criteria.setWordWrap(True)  # one line ran past the dialog's edge and was cut off
        self.form.addRow("", criteria)
        self.batch.currentIndexChanged.connect(self._default_name)
        self.name.textChanged.connect(lambda: self.set_problem(None if self.name.text().strip() else self.tr("Name the round.")))
        self._default_name()

    def _default_name(self) -> None:
        self.name.setText(self.tr("Expert committee review, batch {number}").format(number=self.batch.currentData()))

    def create(self, db: Database) -> uuid.UUID | None:
        made = []

        def action():
            with db.action() as s:
                made.append(review.create_round(
                    s, self.batch.currentData(), self.name.text().strip(),
                    reviewers_per_application=self.per_app.value(), scale_max=self.scale.value(),
                    same_country_conflict=self.same_country.isChecked(),
                    meeting_start=self.start.value(), meeting_end=self.end.value(),
                ).id)

        return made[0] if run_guarded(self, action) else None


class ReviewersDialog(QDialog):
    """The committee's reviewers: add from the people list, expertise keywords, active flag."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.changed = False
        self.setWindowTitle(self.tr("Reviewers"))
        self.resize(820, 460)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Name"), self.tr("Own script"), self.tr("Institution"), self.tr("Member State"),
                                   self.tr("Expertise"), self.tr("Active"), self.tr("Open assignments")])
        self.person = QComboBox()
        self.expertise = QLineEdit()
        self.expertise.setPlaceholderText(self.tr("Keywords, comma separated: e.g. TEM, space weathering, isotopes"))
        add = self.add_button = QPushButton(self.tr("&Add reviewer"))
        add.setToolTip(self.tr("Add the person chosen on the left as a reviewer, with the expertise typed beside it"))
        add.setDefault(True)  # Enter in the expertise box adds the reviewer
        self.toggle = QPushButton(self.tr("Activate / &deactivate"))
        self.toggle.setToolTip(self.tr("Inactive reviewers are kept but no longer assigned"))
        self.save_expertise = QPushButton(self.tr("Save &expertise"))
        self.save_expertise.setToolTip(self.tr("Save the expertise typed below for the reviewer selected in the list"))
        for button in (self.toggle, self.save_expertise):
            button.setAutoDefault(False)  # they act on the selected reviewer; Enter must not press them
        row = QHBoxLayout()
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person)
        expertise_label = QLabel(self.tr("Expertise &keywords:"))
        expertise_label.setBuddy(self.expertise)
        row.addWidget(person_label)
        row.addWidget(self.person, 2)
        row.addWidget(expertise_label)
        row.addWidget(self.expertise, 3)
        row.addWidget(add)
        row2 = QHBoxLayout()
        row2.addWidget(self.save_expertise)
        row2.addWidget(self.toggle)
        row2.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addLayout(row2)
        layout.addLayout(row)
        layout.addWidget(close)
        add.clicked.connect(self.add)
        self.toggle.clicked.connect(self.toggle_active)
        self.save_expertise.clicked.connect(self.update_expertise)
        self.tree.currentItemChanged.connect(self._selected)
        self.reload()
        self.person.setFocus()

    def _selected(self, item, _previous=None) -> None:
        """The buttons that act on a reviewer are offered only while one is selected."""
        if item is not None:
            self.expertise.setText(item.text(4))
        for button in (self.toggle, self.save_expertise):
            button.setEnabled(item is not None)

    def reload(self) -> None:
        self.tree.clear()
        self.person.clear()
        with self.db.read() as s:
            rows = review.reviewers(s)
            taken = {r.person_id for r in rows}
            for p in reference.people(s):
                if p.id not in taken:
                    self.person.addItem(reference.person_label(p), p.id)
        for r in rows:
            item = QTreeWidgetItem([r.name_latin, r.name_native, r.institution, r.member_state, r.expertise,
                                    self.tr("yes") if r.active else self.tr("no"), str(r.open_assignments)])
            item.setData(0, Qt.ItemDataRole.UserRole, r.id)
            item.setData(5, Qt.ItemDataRole.UserRole, r.active)
            self.tree.addTopLevelItem(item)
        for c in range(7):
            self.tree.resizeColumnToContents(c)
        self._selected(self.tree.currentItem())

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        if run_guarded(self, action):
            self.changed = True
            self.reload()
            return True
        return False

    def add(self) -> None:
        person_id, expertise = self.person.currentData(), self.expertise.text()
        if person_id is not None:
            if self._write(lambda s: review.add_reviewer(s, person_id, expertise=expertise)):
                self.expertise.clear()  # ready for the next reviewer
                self.person.setFocus()

    def toggle_active(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            rid, active = item.data(0, Qt.ItemDataRole.UserRole), item.data(5, Qt.ItemDataRole.UserRole)
            self._write(lambda s: review.update_reviewer(s, rid, active=not active))

    def update_expertise(self) -> None:
        item = self.tree.currentItem()
        if item is not None:
            rid, text = item.data(0, Qt.ItemDataRole.UserRole), self.expertise.text()
            self._write(lambda s: review.update_reviewer(s, rid, expertise=text))


class AssignDialog(CheckedDialog):
    """Pick a reviewer for an application; conflicted reviewers are listed with the reason and cannot be picked."""

    def __init__(self, db: Database, round_id: uuid.UUID, app_id: uuid.UUID, reference_text: str, parent=None) -> None:
        super().__init__(self.tr("Assign a reviewer to {reference}").format(reference=reference_text), parent)
        self.list = QListWidget()
        with db.read() as s:
            assigned = {a.reviewer_id for a in review.assignments(s, round_id) if a.application_id == app_id}
            for r in review.reviewers(s, active_only=True):
                if r.id in assigned:
                    continue
                reasons = review.conflict_reasons(s, round_id, app_id, r.id)
                label = f"{r.name_latin} ({r.name_native})" if r.name_native else r.name_latin
                label += " — " + self.tr("{institution}; load {n}").format(institution=r.institution, n=r.open_assignments)
                if reasons:
                    label += "  " + self.tr("✗ conflicted: {reasons}").format(reasons="; ".join(tr_label(r) for r in reasons))
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, r.id)
                if reasons:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
                self.list.addItem(item)
        self.form.addRow(self.list)
        self.list.currentItemChanged.connect(lambda *_: self._check())
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self._check()

    def _check(self) -> None:
        self.set_problem(None if self.reviewer_id() is not None else self.tr("Choose a reviewer who has no conflict."))

    def reviewer_id(self):
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled else None


class DecisionDialog(CheckedDialog):
    """The committee's decision on one requested item."""

    def __init__(self, db: Database, label: str, requested_ug: int | None, requested_pieces: int | None,
                 needs_sample: bool, current=None, parent=None) -> None:
        super().__init__(self.tr("Decision on {item}").format(item=label), parent)
        self.db = db
        self.requested_ug = requested_ug
        self.outcome = QComboBox()
        for key, text in review.OUTCOME_LABELS.items():
            self.outcome.addItem(tr_label(text), key.value)
        self.mass = MassEdit(allow_empty=True)
        self.pieces = QSpinBox()
        self.pieces.setRange(0, 10_000)
        self.pieces.setSpecialValueText("—")
        self.sample = QLineEdit()
        self.sample.setPlaceholderText(self.tr("Sample number to lend (needed for a request of a kind)"))
        self.sample_info = QLabel()
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(60)
        asked = format_mass(requested_ug) if requested_ug else ""
        if requested_pieces:
            asked += (", " if asked else "") + self.tr("{n} piece(s)").format(n=requested_pieces)
        self.form.addRow(self.tr("Requested:"), QLabel(asked or "—"))
        self.form.addRow(self.tr("&Decision:"), self.outcome)
        self.form.addRow(self.tr("Approved &mass:"), self.mass)
        self.form.addRow(self.tr("Approved &pieces:"), self.pieces)
        self.form.addRow(self.tr("&Sample to lend:"), self.sample)
        self.form.addRow("", self.sample_info)
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.sample.setEnabled(True)
        self.needs_sample = needs_sample
        if current is not None:
            self.outcome.setCurrentIndex(max(self.outcome.findData(current.outcome), 0))
            self.mass.set_value(current.approved_mass_ug)
            self.pieces.setValue(current.approved_pieces or 0)
            self.reason.setPlainText(current.reason)
        elif requested_ug:
            self.mass.set_value(requested_ug)
        for signal in (self.outcome.currentIndexChanged, self.mass.changed, self.sample.textChanged, self.reason.textChanged):
            signal.connect(self._check)
        self._check()

    def _check(self) -> None:
        outcome = self.outcome.currentData()
        rejected = outcome == "rejected"
        for w in (self.mass, self.pieces, self.sample):
            w.setEnabled(not rejected)
        problem = None
        self._sample_id = None
        if not rejected and self.sample.text().strip():
            with self.db.read() as s:
                found = catalogue.find_sample(s, self.sample.text())
                if found is None:
                    problem = self.tr("{number} is not in the catalogue.").format(number=self.sample.text().strip())
                    self.sample_info.setText("")
                else:
                    self._sample_id = found.id
                    self.sample_info.setText(self.tr("holds {mass}").format(mass=format_mass(catalogue.held_ug(found))))
        elif not rejected and self.needs_sample:
            problem = self.tr("This request names a kind of sample: give the sample number to lend.")
        if problem is None and not rejected and self.mass.error():
            problem = self.mass.error()
        if problem is None and rejected and not self.reason.toPlainText().strip():
            problem = self.tr("Give the committee's reason for rejecting the item.")
        self.set_problem(problem)

    def values(self) -> dict:
        rejected = self.outcome.currentData() == "rejected"
        return dict(
            outcome=self.outcome.currentData(),
            approved_mass_ug=None if rejected else self.mass.value(),
            approved_pieces=None if rejected else (self.pieces.value() or None),
            sample_id=None if rejected else self._sample_id,
            reason=self.reason.toPlainText().strip(),
            today=date.today(),
        )
