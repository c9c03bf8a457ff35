"""The Committee Review tab: a round's applications, assignments and
conflicts, a keyboard score grid, and the decision on every requested item."""

from __future__ import annotations

import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.db.models import ConflictKind, DecisionOutcome, RoundStatus
from lunar_desk.services import applications as apps
from lunar_desk.services import review
from lunar_desk.services.changes import Changes
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.applications.dialogs import ReasonDialog
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.i18n import tr_error, tr_label
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.review.dialogs import AssignDialog, DecisionDialog, NewRoundDialog, ReviewersDialog
from lunar_desk.ui.keyboard import DELETE, EDIT, NEW, button_keys, leave_grid_on_tab
from lunar_desk.ui.widgets import EmptyState, confirm, find_data, list_page, make_tree, say_binned

TABLES = ("review_round", "criterion", "assignment", "conflict_of_interest", "score", "recommendation",
          "item_decision", "reviewer", "application", "sample")
ROW_ID = Qt.ItemDataRole.UserRole


class ScoreTable(QTableWidget):
    """A spreadsheet-like grid: type a digit to score, Enter to save, Delete to clear."""

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        item = self.currentItem()
        if (event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and item is not None
                and item.flags() & Qt.ItemFlag.ItemIsEditable and self.state() != QAbstractItemView.State.EditingState):
            item.setText("")
            return
        super().keyPressEvent(event)


def _fmt(value: float | None) -> str:
    return "" if value is None else f"{value:.2f}"


class ReviewTab(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.round_id: uuid.UUID | None = None
        self._loading = False
        self._emitting = False

        self.round = QComboBox()
        self.round.setMinimumWidth(320)
        self.round.setToolTip(self.tr("The review round shown (Ctrl+F)"))
        self.new_round = QPushButton(self.tr("&New round…"))
        self.reviewers_button = QPushButton(self.tr("Re&viewers…"))
        self.status = QLabel()
        self.start_button = QPushButton(self.tr("S&tart review"))
        self.start_button.setToolTip(self.tr("Put the batch's forwarded applications under committee review"))
        self.detect_button = QPushButton(self.tr("Detect c&onflicts"))
        self.detect_button.setToolTip(self.tr("Check every reviewer against every application of the round for conflicts "
                                              "of interest; declared conflicts are kept"))
        self.auto_button = QPushButton(self.tr("&Auto-assign"))
        self.auto_button.setToolTip(self.tr("Assign active reviewers without a conflict to the applications that still "
                                            "need reviewers, balancing the load; existing assignments stay"))
        self.close_button = QPushButton(self.tr("C&lose round"))
        self.close_button.setToolTip(self.tr("End the round: every application under review gets its decided state, and "
                                             "scores and decisions can no longer change"))
        self.summary_button = QPushButton(self.tr("Round summary (&Excel)…"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Round:")))
        top.addWidget(self.round)
        top.addWidget(self.status, 1)
        for b in (self.new_round, self.reviewers_button):
            top.addWidget(b)
        actions = QHBoxLayout()
        for b in (self.start_button, self.detect_button, self.auto_button, self.close_button, self.summary_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)

        self.overview = make_tree([
            self.tr("Application"), self.tr("Title"), self.tr("Member State"), self.tr("Reviewers"), self.tr("Conflicts"),
            self.tr("Scores"), self.tr("Weighted mean"), self.tr("Spread"), self.tr("Rank"), self.tr("Recommendation"),
            self.tr("Outcome"), self.tr("Requested"), self.tr("Approved"),
        ])
        self.overview.setRootIsDecorated(False)
        self.assignments = make_tree([self.tr("Application / reviewer"), self.tr("Institution"), self.tr("Note")], flat=False)
        self.assign_button = QPushButton(self.tr("Assi&gn reviewer…"))
        self.unassign_button = QPushButton(self.tr("&Unassign"))
        self.unassign_button.setToolTip(self.tr("Take the selected reviewer off the application (to the recycle bin, with "
                                                "any scores)"))
        self.declare_button = QPushButton(self.tr("Declare &conflict…"))
        self.declare_button.setToolTip(self.tr("Record a conflict of interest a reviewer declared, or that you learnt of, "
                                               "for the selected application"))
        self.scores = ScoreTable()
        self.scores.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed | QAbstractItemView.EditTrigger.DoubleClicked
                                    | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.scores.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        leave_grid_on_tab(self.scores)
        self.score_hint = QLabel()
        self.decision_app = QComboBox()
        self.decisions = make_tree([self.tr("Requested"), self.tr("Requested amount"), self.tr("Decision"),
                                    self.tr("Sample to lend"), self.tr("Approved"), self.tr("Reason")])
        self.decisions.setRootIsDecorated(False)
        self.decide_button = QPushButton(self.tr("&Decide…"))
        self.decide_button.setToolTip(self.tr("Record the committee's decision on the selected requested sample"))
        self.recommend = QComboBox()
        self.recommend.addItem(self.tr("(no recommendation)"), None)
        for key, label in review.RECOMMENDATION_LABELS.items():
            self.recommend.addItem(tr_label(label), key.value)
        self.letter_button = QPushButton(self.tr("Decision letter &PDF…"))

        self.pages = QTabWidget()
        self.pages.addTab(self.overview, self.tr("Applications"))
        self.pages.addTab(list_page(self.assignments, self.assign_button, self.unassign_button, self.declare_button),
                          self.tr("Assignments"))
        score_page = QWidget()
        score_layout = QVBoxLayout(score_page)
        score_layout.addWidget(self.scores, 1)
        score_layout.addWidget(self.score_hint)
        self.pages.addTab(score_page, self.tr("Scores"))
        decision_page = QWidget()
        dl = QVBoxLayout(decision_page)
        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Application:")))
        head.addWidget(self.decision_app, 1)
        head.addWidget(QLabel(self.tr("Committee recommendation:")))
        head.addWidget(self.recommend)
        dl.addLayout(head)
        dl.addWidget(self.decisions, 1)
        row = QHBoxLayout()
        row.addWidget(self.decide_button)
        row.addStretch(1)
        row.addWidget(self.letter_button)
        dl.addLayout(row)
        self.pages.addTab(decision_page, self.tr("Decisions"))

        round_page = QWidget()
        rl = QVBoxLayout(round_page)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addLayout(actions)
        rl.addWidget(self.message)
        rl.addWidget(self.pages, 1)
        self.empty = EmptyState(
            self.tr("No review rounds yet"),
            self.tr("CLEP's expert committee reviews the applications of a release batch in a round. Create a round for a "
                    "batch to assign reviewers, check conflicts of interest, enter scores and record the decisions."),
        )
        self.empty_new = self.empty.add_button(self.tr("New round…"))
        self.stack = QStackedWidget()
        self.stack.addWidget(round_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

        self.round.currentIndexChanged.connect(lambda *_: self._round_chosen())
        self.new_round.clicked.connect(self.create_round)
        self.empty_new.clicked.connect(self.create_round)
        self.reviewers_button.clicked.connect(self.edit_reviewers)
        self.start_button.clicked.connect(self.start_review)
        self.detect_button.clicked.connect(self.detect_conflicts)
        self.auto_button.clicked.connect(self.auto_assign)
        self.close_button.clicked.connect(self.close_round)
        self.summary_button.clicked.connect(lambda: self.export_summary())
        self.assign_button.clicked.connect(self.assign)
        self.unassign_button.clicked.connect(self.unassign)
        self.declare_button.clicked.connect(self.declare_conflict)
        self.scores.itemChanged.connect(self._score_edited)
        self.decision_app.currentIndexChanged.connect(lambda *_: self._fill_decisions())
        self.decide_button.clicked.connect(self.decide)
        self.decisions.itemDoubleClicked.connect(lambda *_: self.decide())
        self.recommend.activated.connect(lambda *_: self._save_recommendation())
        self.letter_button.clicked.connect(lambda: self.export_letter())
        button_keys((self.new_round, self.empty_new), self, NEW, tab_wide=True)
        button_keys(self.unassign_button, self.assignments, DELETE)
        button_keys(self.decide_button, self.decisions, EDIT)
        self.setEnabled(False)

    # --- database and refresh -----------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab): the round
        selector, since a round is what this tab is filtered by."""
        return self.round

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        self.reload_rounds()

    def _emit(self, changes: Changes) -> None:
        """Tell the other tabs; this tab has already refreshed itself."""
        self._emitting = True
        try:
            self.changed.emit(changes)
        finally:
            self._emitting = False

    def on_changes(self, changes: Changes) -> None:
        if self._emitting:
            return
        if self.db is not None and changes.touches(*TABLES, "requested_item", "team_member", "release_batch"):
            self.reload_rounds()

    def reload_rounds(self, select: uuid.UUID | None = None) -> None:
        with self.db.read() as s:
            rounds = [(f"{r.name} ({tr_label(review.ROUND_STATUS_LABELS.get(RoundStatus(r.status), r.status))})", r.id)
                      for r in review.rounds(s)]
        current = select or self.round_id
        self._loading = True
        self.round.clear()
        for text, rid in rounds:
            self.round.addItem(text, rid)
        index = find_data(self.round, current)
        self.round.setCurrentIndex(index if index >= 0 else max(self.round.count() - 1, 0))
        self._loading = False
        self.stack.setCurrentIndex(0 if rounds else 1)
        self.load_round(self.round.currentData())

    def _round_chosen(self) -> None:
        if not self._loading:
            self.message.clear()  # it spoke of the round shown before
        self.load_round(self.round.currentData())

    def load_round(self, round_id: uuid.UUID | None) -> None:
        if self._loading:
            return
        self.round_id = round_id
        if round_id is None:
            return
        with self.db.read() as s:
            rnd = review.get_round(s, round_id)
            summary = review.round_summary(s, round_id)
            conflicts = review.conflicts(s, round_id)
            assigns = review.assignments(s, round_id)
            grid = review.score_grid(s, round_id)
            reviewer_rows = {r.id: r for r in review.reviewers(s)}
            apps_in_round = review.round_applications(s, round_id)
        self.open = rnd.status == RoundStatus.OPEN.value
        self.status.setText(
            self.tr("Batch {batch} · {state} · scores 1–{top} · {per} reviewers per application").format(
                batch=summary.batch_number, state=self.tr("open") if self.open else self.tr("closed"), top=rnd.scale_max,
                per=rnd.reviewers_per_application)
        )
        for b in (self.start_button, self.detect_button, self.auto_button, self.close_button, self.assign_button,
                  self.unassign_button, self.declare_button, self.decide_button, self.recommend):
            b.setEnabled(self.open)
        self._fill_overview(summary, conflicts)
        self._fill_assignments(apps_in_round, assigns, conflicts, reviewer_rows)
        self._fill_scores(grid)
        current = self.decision_app.currentData()
        self.decision_app.blockSignals(True)
        self.decision_app.clear()
        for a in apps_in_round:
            self.decision_app.addItem(f"{a.reference} — {tr_label(apps.status_label(a.status))} — {a.title}", a.id)
        self.decision_app.setCurrentIndex(max(find_data(self.decision_app, current), 0))
        self.decision_app.blockSignals(False)
        self._fill_decisions()

    def _fill_overview(self, summary, conflicts) -> None:
        self.overview.clear()
        per_app: dict[uuid.UUID, int] = {}
        for c in conflicts:
            per_app[c.application_id] = per_app.get(c.application_id, 0) + 1
        for a in sorted(summary.applications, key=lambda a: (a.rank is None, a.rank or 0, a.reference)):
            item = QTreeWidgetItem([
                a.reference, a.title, a.member_state, str(a.reviewers_assigned), str(per_app.get(a.application_id, 0)),
                f"{a.scores_entered}/{a.scores_expected}", _fmt(a.weighted_mean), _fmt(a.spread),
                "" if a.rank is None else str(a.rank), self._recommendation_text(a.recommendation),
                tr_label(apps.status_label(a.outcome)) if a.outcome else "",
                format_mass(a.requested_ug), format_mass(a.approved_ug),
            ])
            item.setData(0, ROW_ID, a.application_id)
            self.overview.addTopLevelItem(item)
        for c in range(self.overview.columnCount()):
            self.overview.resizeColumnToContents(c)
        self.overview.setColumnWidth(1, min(self.overview.columnWidth(1), 320))

    @staticmethod
    def _recommendation_text(value: str) -> str:
        return next((tr_label(text) for k, text in review.RECOMMENDATION_LABELS.items() if k.value == value), value or "")

    def _fill_assignments(self, apps_in_round, assigns, conflicts, reviewer_rows) -> None:
        self.assignments.clear()
        for a in apps_in_round:
            top = QTreeWidgetItem([f"{a.reference} — {a.title}", "", tr_label(apps.status_label(a.status))])
            top.setData(0, ROW_ID, ("application", a.id))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            self.assignments.addTopLevelItem(top)
            for asg in (x for x in assigns if x.application_id == a.id):
                r = reviewer_rows.get(asg.reviewer_id)
                name = f"{r.name_latin} ({r.name_native})" if r and r.name_native else (r.name_latin if r else "?")
                child = QTreeWidgetItem([f"✓ {name}", r.institution if r else "", self.tr("assigned")])
                child.setData(0, ROW_ID, ("assignment", asg.id))
                top.addChild(child)
            for c in (x for x in conflicts if x.application_id == a.id):
                r = reviewer_rows.get(c.reviewer_id)
                child = QTreeWidgetItem([f"✗ {r.name_latin if r else '?'}", r.institution if r else "",
                                         self.tr("conflict: {kind}").format(
                                             kind=tr_label(review.CONFLICT_LABELS.get(ConflictKind(c.kind), c.kind)))
                                         + (f" — {tr_label(c.note)}" if c.note else "")])
                child.setForeground(0, Qt.GlobalColor.red)
                child.setForeground(2, Qt.GlobalColor.red)
                child.setData(0, ROW_ID, ("conflict", c.id))
                top.addChild(child)
        self.assignments.expandAll()
        self.assignments.resizeColumnToContents(0)

    def _fill_scores(self, grid) -> None:
        self.scores.blockSignals(True)
        self.grid = grid
        headers = ([self.tr("Application"), self.tr("Reviewer")] + [f"{tr_label(c.name)} (×{c.weight:g})" for c in grid.criteria]
                   + [self.tr("Weighted")])
        self.scores.clear()
        self.scores.setColumnCount(len(headers))
        self.scores.setHorizontalHeaderLabels(headers)
        self.scores.setRowCount(len(grid.rows))
        for r, row in enumerate(grid.rows):
            for c, text in enumerate([row.reference, f"{row.reviewer_name} ({row.reviewer_name_native})"
                                      if row.reviewer_name_native else row.reviewer_name]):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.scores.setItem(r, c, item)
            for c, crit in enumerate(grid.criteria, start=2):
                value = row.values.get(crit.id)
                item = QTableWidgetItem("" if value is None else str(value))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(ROW_ID, (row.assignment_id, crit.id))
                if not self.open:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.scores.setItem(r, c, item)
            weighted = QTableWidgetItem(_fmt(row.weighted))
            weighted.setFlags(weighted.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.scores.setItem(r, len(headers) - 1, weighted)
        self.scores.resizeColumnsToContents()
        self.scores.blockSignals(False)
        self.score_hint.setText(
            self.tr("Type a score from 1 to {top} and press Enter; arrow keys move between cells; "
                    "Delete clears a score.").format(top=grid.scale_max) if self.open
            else self.tr("The round is closed: scores can no longer change.")
        )

    def _fill_decisions(self) -> None:
        self.decisions.clear()
        app_id = self.decision_app.currentData()
        if app_id is None or self.db is None:
            return
        with self.db.read() as s:
            items = apps.requested_items(s, app_id)
            decided = review.decisions(s, app_id)
            labels = {i.id: review.item_label(s, i) for i in items}
            lent = {d.reserved_sample_id: n for d in decided.values() if d.reserved_sample_id
                    for n in [self._sample_number(s, d.reserved_sample_id)]}
            rec = next((r for r in review.round_summary(s, self.round_id).applications if r.application_id == app_id), None)
        for i in items:
            d = decided.get(i.id)
            amount = format_mass(i.mass_ug) if i.mass_ug else ""
            if i.pieces:
                amount += (", " if amount else "") + self.tr("{n} pc").format(n=i.pieces)
            row = QTreeWidgetItem([
                tr_label(labels[i.id]), amount,
                tr_label(review.OUTCOME_LABELS.get(DecisionOutcome(d.outcome), d.outcome)) if d else self.tr("undecided"),
                lent.get(d.reserved_sample_id, "") if d else "",
                format_mass(d.approved_mass_ug) if d and d.approved_mass_ug else "", d.reason if d else "",
            ])
            if d is None:
                row.setForeground(2, Qt.GlobalColor.darkYellow)
            row.setData(0, ROW_ID, i.id)
            self.decisions.addTopLevelItem(row)
        for c in range(6):
            self.decisions.resizeColumnToContents(c)
        if rec is not None:
            index = find_data(self.recommend, rec.recommendation)
            if index < 0:
                index = self.recommend.findText(rec.recommendation)
            self.recommend.setCurrentIndex(max(index, 0))

    @staticmethod
    def _sample_number(session, sample_id) -> str:
        from lunar_desk.services import catalogue

        return catalogue.get_sample(session, sample_id).sample_number

    # --- writes --------------------------------------------------------------------------------

    def _write(self, fn) -> bool:
        result = []

        def action():
            with self.db.action() as s:
                result.append(fn(s))

        self.message.clear()  # the line says what the last action did, never an earlier one
        ok = run_guarded(self, action)
        if ok:
            self._emit(Changes.of(*TABLES))
            self.reload_rounds()
        self.last_result = result[0] if result else None
        return ok

    def create_round(self) -> None:
        dialog = NewRoundDialog(self.db, self)
        if dialog.exec():
            rid = dialog.create(self.db)
            if rid is not None:
                self._emit(Changes.of("review_round"))
                self.reload_rounds(select=rid)

    def edit_reviewers(self) -> None:
        dialog = ReviewersDialog(self.db, self)
        dialog.exec()
        if dialog.changed:
            self._emit(Changes.of("reviewer"))
            self.reload_rounds()

    def start_review(self) -> None:
        if self._write(lambda s: review.start_review(s, self.round_id, today=date.today())):
            self.message.setText(self.tr("{n} forwarded application(s) put under committee review.").format(
                n=len(self.last_result)))

    def detect_conflicts(self) -> None:
        if self._write(lambda s: review.detect_conflicts(s, self.round_id)):
            self.message.setText(self.tr("{n} conflict(s) of interest on record for this round.").format(n=len(self.last_result)))

    def auto_assign(self) -> None:
        if self._write(lambda s: review.auto_assign(s, self.round_id)):
            result = self.last_result
            text = self.tr("{n} new assignment(s).").format(n=len(result.assigned))
            if result.uncovered:
                text += " " + self.tr("Not fully covered: {list}").format(
                    list="; ".join(tr_label(why) for _ref, why in result.uncovered))  # each says its reference
            self.message.setText(text)

    def close_round(self) -> None:
        if confirm(self, self.tr("Close round"), self.tr("Close the round {round}? Every application under review moves to its "
                                                        "decided state, and scores and decisions can no longer change. A "
                                                        "closed round cannot be reopened.").format(round=self.round.currentText()),
                   self.tr("Close round")):
            if self._write(lambda s: review.close_round(s, self.round_id, today=date.today())):
                self.message.setText(self.tr("Round closed: the decisions are final, and loans can now be created "
                                             "on the Loans tab."))

    def _selected_assignment_row(self):
        item = self.assignments.currentItem()
        return item.data(0, ROW_ID) if item is not None else None

    def _selected_application(self) -> tuple[uuid.UUID, str] | None:
        item = self.assignments.currentItem()
        while item is not None and item.parent() is not None:
            item = item.parent()
        if item is None:
            return None
        return item.data(0, ROW_ID)[1], item.text(0).split(" — ")[0]

    def assign(self) -> None:
        picked = self._selected_application()
        if picked is None:
            return
        app_id, ref = picked
        dialog = AssignDialog(self.db, self.round_id, app_id, ref, self)
        if dialog.exec() and dialog.reviewer_id() is not None:
            rid = dialog.reviewer_id()
            self._write(lambda s: review.assign(s, self.round_id, app_id, rid))

    def unassign(self) -> None:
        data = self._selected_assignment_row()
        if not data or data[0] != "assignment":
            return
        item = self.assignments.currentItem()
        who, reference = item.text(0).removeprefix("\u2713 "), item.parent().text(0).split(" \u2014 ")[0]
        with self.db.read() as s:
            scores = review.assignment_score_count(s, data[1])
        text = self.tr("Take {who} off {reference}?").format(who=who, reference=reference)
        if scores:
            text += " " + self.tr("The {n} score(s) they entered go with the assignment.").format(n=scores)
        if confirm(self, self.tr("Unassign reviewer"), text, self.tr("Unassign"), binned=True):
            if self._write(lambda s: review.unassign(s, data[1], with_scores=bool(scores))):
                say_binned(self, self.tr("The assignment of {who} to {reference}").format(who=who, reference=reference))

    def declare_conflict(self) -> None:
        picked = self._selected_application()
        if picked is None:
            return
        app_id, ref = picked
        dialog = AssignDialog(self.db, self.round_id, app_id, ref, self)
        dialog.setWindowTitle(self.tr("Declare a conflict of interest on {reference}").format(reference=ref))
        if not dialog.exec() or dialog.reviewer_id() is None:
            return
        rid = dialog.reviewer_id()
        note = ReasonDialog(self.tr("Declare conflict"), ref, self)
        if note.exec():
            text = note.text()
            self._write(lambda s: review.declare_conflict(s, self.round_id, app_id, rid, text))

    def _score_edited(self, item: QTableWidgetItem) -> None:
        key = item.data(ROW_ID)
        if not key or self.db is None:
            return
        assignment_id, criterion_id = key
        text = item.text().strip()
        ok = self.enter_score(assignment_id, criterion_id, text)
        if not ok:
            self.scores.blockSignals(True)
            item.setText("")
            self.scores.blockSignals(False)

    def enter_score(self, assignment_id, criterion_id, text: str) -> bool:
        """Save one cell; a value out of scale is refused in the hint line (no dialog: keep typing)."""
        from lunar_desk.errors import UserError

        try:
            with self.db.action() as s:
                if text == "":
                    review.clear_score(s, assignment_id, criterion_id)
                else:
                    if not text.isdigit():
                        from lunar_desk.errors import ValidationError

                        raise ValidationError(self.tr("'{text}' is not a whole number from 1 to {top}.").format(
                            text=text, top=self.grid.scale_max))
                    review.set_score(s, assignment_id, criterion_id, int(text))
        except UserError as exc:
            self.score_hint.setText(self.tr("Not saved: {error}").format(error=tr_error(exc)))
            self.score_hint.setStyleSheet("color: #b00020;")
            return False
        row, col = self.scores.currentRow(), self.scores.currentColumn()
        with self.db.read() as s:
            grid = review.score_grid(s, self.round_id)
            summary = review.round_summary(s, self.round_id)
            conflicts = review.conflicts(s, self.round_id)
        self._fill_scores(grid)
        self._fill_overview(summary, conflicts)  # scores entered, means and ranks move with each score
        self.scores.setCurrentCell(row, col)
        self.score_hint.setStyleSheet("")
        self.score_hint.setText(self.tr("Saved."))
        self._emit(Changes.of("score"))
        return True

    def decide(self) -> None:
        item = self.decisions.currentItem()
        app_id = self.decision_app.currentData()
        if item is None or app_id is None:
            return
        item_id = item.data(0, ROW_ID)
        with self.db.read() as s:
            it = next(i for i in apps.requested_items(s, app_id) if i.id == item_id)
            current = review.decisions(s, app_id).get(item_id)
        dialog = DecisionDialog(self.db, item.text(0), it.mass_ug, it.pieces, it.sample_id is None, current, self)
        if dialog.exec():
            values = dialog.values()
            self._write(lambda s: review.decide_item(s, self.round_id, item_id, app_id=app_id, **values))

    def _save_recommendation(self) -> None:
        app_id, value = self.decision_app.currentData(), self.recommend.currentData()
        if app_id is not None and value is not None:
            self._write(lambda s: review.set_recommendation(s, self.round_id, app_id, value))

    def export_summary(self, out: Path | None = None) -> Operation | None:
        if self.round_id is None:
            return None
        if out is None:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the round summary"), str(Path.home() / "round-summary.xlsx"),
                                                  self.tr("Excel workbooks (*.xlsx)"))
            if not name:
                return None
            out = Path(name)
        from lunar_desk.sheets.round_summary import write_round_summary

        with self.db.read() as s:
            view = review.round_summary(s, self.round_id)
        return (Operation(lambda report: write_round_summary(view, out))
                .on_success(lambda p: self.message.setText(self.tr("Round summary written: {path}").format(path=p)))
                .with_progress(self, self.tr("Writing the round summary…")).start())

    def export_letter(self, out: Path | None = None) -> Operation | None:
        app_id = self.decision_app.currentData()
        if app_id is None:
            return None
        found = []

        def read() -> None:  # refused while an item still waits for its decision: said, not raised
            with self.db.read() as s:
                found.append(review.decision_letter_view(s, app_id))

        if not run_guarded(self, read):
            return None
        view = found[0]
        if out is None:
            from lunar_desk.documents.decision_letter import letter_filename

            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the decision letter"),
                                                  str(Path.home() / letter_filename(view)), self.tr("PDF (*.pdf)"))
            if not name:
                return None
            out = Path(name)
        from lunar_desk.documents.decision_letter import render_decision_letter

        return (Operation(lambda report: render_decision_letter(view, out))
                .on_success(lambda p: self.message.setText(self.tr("Decision letter written: {path}").format(path=p)))
                .with_progress(self, self.tr("Writing the decision letter…")).start())
