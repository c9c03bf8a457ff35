"""The Loans tab: every loan from signature to return, with deadline and overdue badges."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services import loans, review
from lunar_desk.services.changes import Changes
from lunar_desk.services.loan_view import LoanView
from lunar_desk.services.loans import LoanFilter, LoanRow
from lunar_desk.services.mass import format_mass
from lunar_desk.services.results_view import loan_results
from lunar_desk.ui.errors import run_guarded, show_error
from lunar_desk.ui.i18n import format_count, tr_label
from lunar_desk.ui.loans.dialogs import ActionDialog, ReturnDialog, date_edit, incident_kinds, text_edit
from lunar_desk.ui.loans.stewardship_pages import StewardshipPanel
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.selection import ID_ROLE, RecordSelection, RecordTableModel
from lunar_desk.ui.keyboard import NEW, button_keys, place_in_tab_order
from lunar_desk.ui.widgets import EmptyState, MassEdit, NoMatches, confirm, find_data, make_tree

TABLES = ("loan", "loan_item", "return_record", "return_line", "incident", "loan_extension", "sample",
          "custody_event", "inventory", "inventory_line", "loan_transfer", "person")
RESULT_TABLES = ("result_report", "result_report_loan")  # the Results column
RED, AMBER, GREY, ORANGE = QColor("#f8d7da"), QColor("#fff3cd"), QColor("#e2e3e5"), QColor("#ffe5cc")
PURPLE, BLUE = QColor("#e8daef"), QColor("#d6eaf8")  # inventory overdue, custody stale


def _d(value) -> str:
    return value.isoformat() if value else ""


def _status(r: LoanRow) -> str:
    return (tr_label(r.status_label) + (" · " + QCoreApplication.translate("LoanTableModel", "overdue") if r.overdue else "")
            + (" · " + QCoreApplication.translate("LoanTableModel", "incident") if r.incident_open else "")
            + (" · " + QCoreApplication.translate("LoanTableModel", "inventory overdue") if r.inventory_overdue else "")
            + (" · " + QCoreApplication.translate("LoanTableModel", "custody stale") if r.stale_custody else ""))


def _deadline(r: LoanRow) -> str:
    text = _d(r.signing_deadline) + (" " + QCoreApplication.translate("LoanTableModel", "(provisional)") if r.deadline_provisional else "")
    if r.deadline_soon and r.working_days_left is not None:
        text += " · " + QCoreApplication.translate("LoanTableModel", "{n} working days left").format(n=r.working_days_left)
    return text


def _results(r: LoanRow) -> str:
    """The Results column: reports reported / linked, overdue, due soon, or none yet when one is owed."""
    x = r.results
    if x is None:
        return ""
    # QCoreApplication.translate spelled out (not aliased): lupdate only recognises it by name
    parts = [QCoreApplication.translate("LoanTableModel", "{reported}/{reports} reported").format(
        reported=x.reported, reports=x.reports)] if x.reports else []
    if x.owed_since is not None:
        parts.append(QCoreApplication.translate("LoanTableModel", "none reported (due {day})").format(
            day=x.owed_since.isoformat()))
    elif x.overdue:
        parts.append(QCoreApplication.translate("LoanTableModel", "{n} overdue").format(n=x.overdue))
    if x.due_soon:
        parts.append(QCoreApplication.translate("LoanTableModel", "{n} due soon").format(n=x.due_soon))
    return " · ".join(parts)


# (header, cell text); headers are translated in headerData
COLUMNS = [
    (QT_TRANSLATE_NOOP("LoanTableModel", "Agreement"), lambda r: r.agreement_number),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Application"), lambda r: r.application_reference),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Institution"), lambda r: f"{r.institution} ({r.institution_local})" if r.institution_local else r.institution),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Responsible person"), lambda r: f"{r.responsible_person} ({r.responsible_person_native})"
     if r.responsible_person_native else r.responsible_person),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Status"), _status),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Signing deadline"), _deadline),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Due"), lambda r: _d(r.due_date)),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Items"), lambda r: str(r.items_count)),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Lent"), lambda r: format_mass(r.loaned_ug)),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Outstanding"), lambda r: format_mass(r.outstanding_ug)),
    (QT_TRANSLATE_NOOP("LoanTableModel", "Results"), _results),
]


def badge(row: LoanRow) -> QColor | None:
    """Colour of a loan's row: overdue or lapsed red/grey, open incident orange, inventory overdue purple,
    custody stale blue, deadline soon amber."""
    if row.overdue:
        return RED
    if row.lapsed:
        return GREY
    if row.incident_open:
        return ORANGE
    if row.inventory_overdue:
        return PURPLE
    if row.stale_custody:
        return BLUE
    if row.deadline_soon:
        return AMBER
    return None


class LoanTableModel(RecordTableModel):
    columns = COLUMNS
    rows: list[LoanRow]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[index.column()][1](row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return badge(row)
        if role == ID_ROLE:
            return row.id
        return None


class LoansTab(RecordSelection, QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.view: LoanView | None = None
        self.today = date.today
        self._emitting = False

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search agreement, application, institution, person or sample number (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for key, label in loans.STATUS_LABELS.items():
            self.status.addItem(tr_label(label), key.value)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.soon_only = QCheckBox(self.tr("Signing deadline within 5 working days"))
        self.create_button = QPushButton(self.tr("Create loans from a closed round…"))
        self.batch_button = QPushButton(self.tr("Agreements for a round…"))
        self.batch_button.setToolTip(self.tr("Write the loan agreement PDFs of every loan of a review round into a folder"))
        bar = QHBoxLayout()
        bar.addWidget(self.text, 3)
        bar.addWidget(self.status, 1)
        bar.addWidget(self.overdue_only)
        bar.addWidget(self.soon_only)
        bar.addWidget(self.create_button)
        bar.addWidget(self.batch_button)
        self.counts = QLabel()

        self.model = LoanTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.no_matches = NoMatches(self.table, lambda: self.apply_filter())  # the filter hides every record: say so
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), as in every list
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, width in enumerate([110, 140, 260, 220, 170, 260, 90, 50, 90]):
            self.table.setColumnWidth(i, width)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.actions_row = QHBoxLayout()
        self.action_buttons: list[QPushButton] = []
        self.agreement_button = QPushButton(self.tr("Agreement PDF…"))
        self.certificate_button = QPushButton(self.tr("Certificate PDF…"))
        self.return_form_button = QPushButton(self.tr("Return form PDF…"))
        self.items = make_tree([self.tr("Sample"), self.tr("Mission"), self.tr("Preparation"), self.tr("Lent"), self.tr("Returned"),
                                self.tr("Consumed"), self.tr("Lost"), self.tr("Outstanding"), self.tr("Now")])
        self.dates = make_tree(["", ""])
        self.dates.setHeaderHidden(True)
        self.returns = make_tree([self.tr("Returned on"), self.tr("Received by"), self.tr("Returned"), self.tr("Consumed"),
                                  self.tr("Lost"), self.tr("Notes")])
        self.incidents = make_tree([self.tr("Date"), self.tr("Kind"), self.tr("Description"), self.tr("Mass"), self.tr("Status"),
                                    self.tr("Reported to CLEP")])
        self.close_incident_button = QPushButton(self.tr("Close incident…"))
        self.close_incident_button.setToolTip(self.tr("Record how the selected incident was resolved"))
        self.details = QTabWidget()
        self.details.addTab(self.items, self.tr("Items"))
        self.details.addTab(self.dates, self.tr("Dates and deadline"))
        self.details.addTab(self.returns, self.tr("Returns"))
        incident_page = QWidget()
        il = QVBoxLayout(incident_page)
        il.addWidget(self.incidents, 1)
        row = QHBoxLayout()
        row.addWidget(self.close_incident_button)
        row.addStretch(1)
        il.addLayout(row)
        self.details.addTab(incident_page, self.tr("Incidents"))
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.header, 1)
        top.addLayout(self.actions_row)
        dl.addLayout(top)
        docs = QHBoxLayout()
        self.stewardship = StewardshipPanel(self)
        self.stewardship.add_to(self.details, docs)  # custody, inventory, history; transfer and recall buttons
        docs.addStretch(1)
        for b in (self.agreement_button, self.certificate_button, self.return_form_button):
            docs.addWidget(b)
        dl.addLayout(docs)
        dl.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([300, 450])

        self.empty = EmptyState(
            self.tr("No loans yet"),
            self.tr("Loan agreements, certificates, signing deadlines, collections and returns will be tracked here, until "
                    "every loaned milligram is returned, consumed or explained. Loans are created from a closed review round."),
        )
        self.empty_create = self.empty.add_button(self.tr("Create loans from a closed round…"))
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(bar)
        pl.addWidget(self.counts)
        pl.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.text.textChanged.connect(self.refresh)
        self.status.currentIndexChanged.connect(self.refresh)
        self.overdue_only.toggled.connect(self.refresh)
        self.soon_only.toggled.connect(self.refresh)
        self.create_button.clicked.connect(self.create_from_round)
        self.empty_create.clicked.connect(self.create_from_round)
        self.batch_button.clicked.connect(lambda: self.agreements_for_round())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.load(self.selected_id()))
        self.agreement_button.clicked.connect(lambda: self.export("agreement"))
        self.certificate_button.clicked.connect(lambda: self.export("certificate"))
        self.return_form_button.clicked.connect(lambda: self.export("return_form"))
        self.close_incident_button.clicked.connect(self.close_incident)
        button_keys((self.create_button, self.empty_create), self, NEW, tab_wide=True)  # loans are made from a round
        self.setEnabled(False)

    # --- database and refresh -------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab)."""
        return self.text

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        with db.action(note="signing deadlines checked at start") as s:
            loans.check_lapsed(s, self.today())
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.db is not None and not self._emitting and changes.touches(*TABLES, *RESULT_TABLES, "application", "item_decision"):
            self.refresh()

    def _emit(self, changes: Changes) -> None:
        self._emitting = True
        try:
            self.changed.emit(changes)
        finally:
            self._emitting = False

    def current_filter(self) -> LoanFilter:
        return LoanFilter(status=self.status.currentData(), text=self.text.text(),
                          overdue_only=self.overdue_only.isChecked(), soon_only=self.soon_only.isChecked())

    def apply_filter(self, *, status: str | None = None, overdue_only: bool = False, soon_only: bool = False,
                     text: str = "") -> None:
        """List only the loans matching these (None / False: any); every other filter is cleared."""
        widgets = (self.status, self.overdue_only, self.soon_only, self.text)
        for w in widgets:
            w.blockSignals(True)
        self.status.setCurrentIndex(max(find_data(self.status, status), 0))
        self.overdue_only.setChecked(overdue_only)
        self.soon_only.setChecked(soon_only)
        self.text.setText(text)
        for w in widgets:
            w.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.db is None:
            return
        selected = self.selected_id()
        with self.db.read() as s:
            rows = loans.list_loans(s, self.current_filter(), self.today())
            everything = loans.list_loans(s, LoanFilter(), self.today())
            by_loan = loan_results(s, self.today())
        rows = [dataclasses.replace(r, results=by_loan[r.id]) if r.id in by_loan else r for r in rows]
        self.model.set_rows(rows)
        overdue = sum(r.overdue for r in everything)
        soon = sum(r.deadline_soon for r in everything)
        lapsed = sum(r.lapsed for r in everything)
        self.counts.setText(self.tr("Showing {shown} of {total} loans · {overdue} overdue · "
                                    "{soon} with the signing deadline within 5 working days · {lapsed} lapsed").format(
            shown=format_count(len(rows)), total=format_count(len(everything)), overdue=overdue, soon=soon, lapsed=lapsed)
            + self.tr(" · {inventory} inventory overdue · {stale} with stale custody").format(
                inventory=sum(r.inventory_overdue for r in everything), stale=sum(r.stale_custody for r in everything)))
        self.stack.setCurrentIndex(1 if not everything else 0)
        self.no_matches.show_for(len(rows), len(everything))
        self.reselect(selected)

    # --- detail -------------------------------------------------------------------------

    def load(self, loan_id: uuid.UUID | None) -> None:
        for b in self.action_buttons:
            self.actions_row.removeWidget(b)
            b.hide()
            b.setParent(None)
            b.deleteLater()
        self.action_buttons = []
        for tree in (self.items, self.dates, self.returns, self.incidents):
            tree.clear()
        if loan_id is None:
            self.view = None
            self.header.setText("")
            self.stewardship.load(None)
            for button in (self.agreement_button, self.certificate_button, self.return_form_button):
                button.setEnabled(False)  # no loan shown: nothing to print
            return
        with self.db.read() as s:
            v = self.view = loans.loan_view(s, loan_id, self.today())
        person = v.responsible_person
        who = ""
        if person is not None:
            who = person.name_latin + (f" ({person.name_native})" if person.name_native else "")
        flags = [f for f, on in ((self.tr("OVERDUE"), v.overdue), (self.tr("LAPSED"), v.lapsed),
                                 (self.tr("INCIDENT OPEN"), v.incident_open),
                                 (self.tr("signing deadline soon"), v.deadline_soon)) if on]
        self.header.setText(
            f"<b>{v.agreement_number}</b> · {tr_label(v.status_label)}{' · ' + ', '.join(flags) if flags else ''}<br>"
            f"{v.application_reference} — {v.purpose}<br>{v.borrower.name}"
            + (f" ({v.borrower.name_local})" if v.borrower.name_local else "") + f", {v.borrower.member_state} · {who}"
        )
        labels = {step.label: step for step in loans.STEPS}
        for label in v.allowed_actions:
            step = labels.get(label)
            if step is None:
                continue
            button = QPushButton(tr_label(label))
            button.setObjectName(f"loan-{step.action}")
            button.clicked.connect(lambda _=False, a=step.action: self.run_action(a))
            self.actions_row.addWidget(button)
            self.action_buttons.append(button)
        place_in_tab_order(self.action_buttons, after=self.table)  # the steps sit right under the list
        for it in v.items:
            self.items.addTopLevelItem(QTreeWidgetItem([
                it.sample_number, it.mission, tr_label(it.preparation_label), format_mass(it.mass_ug), format_mass(it.returned_ug),
                format_mass(it.consumed_ug), format_mass(it.lost_ug), format_mass(it.outstanding_ug),
                tr_label(it.sample_status_label),
            ]))
        for c in range(9):
            self.items.resizeColumnToContents(c)
        dates = [
            (self.tr("Decision"), _d(v.decision_date)),
            (self.tr("Signing deadline"), _d(v.signing_deadline) + (f" — {tr_label(v.deadline_note)}" if v.deadline_note else "")),
            (self.tr("How it was counted"),
             self.tr("{n} Chinese working days after the decision").format(n=v.deadline_working_days)),
        ]
        dates += [("", line) for line in tr_label(v.deadline_explanation).splitlines()]
        collected_by = " " + self.tr("by {name}").format(name=v.collected_by) if v.collected_by else ""
        dates += [(self.tr("Signed"), _d(v.signed_on)),
                  (self.tr("Certificate"), f"{v.certificate_number} {_d(v.certificate_date)}".strip()),
                  (self.tr("Collected"), f"{_d(v.collected_on)}{collected_by}".strip()),
                  (self.tr("Loan period"), self.tr("{n} months").format(n=v.loan_months)), (self.tr("Due"), _d(v.due_date))]
        dates += [(self.tr("Extended"), f"{_d(e.old_due_date)} → {_d(e.new_due_date)}: {e.reason}") for e in v.extensions]
        dates += [(self.tr("Closed"), _d(v.closed_on)), (self.tr("Reserved mass released"), _d(v.released_on))]
        for key, value in dates:
            if value:
                self.dates.addTopLevelItem(QTreeWidgetItem([key, value]))
        self.dates.resizeColumnToContents(0)
        for r in v.returns:
            self.returns.addTopLevelItem(QTreeWidgetItem([
                _d(r.returned_on), r.received_by, format_mass(r.returned_ug), format_mass(r.consumed_ug),
                format_mass(r.lost_ug), r.notes,
            ]))
        for i in v.incidents:
            item = QTreeWidgetItem([_d(i.occurred_on), tr_label(i.kind_label), i.description,
                                    format_mass(i.mass_affected_ug) if i.mass_affected_ug else "", tr_label(i.status_label),
                                    _d(i.reported_to_clep_on)])
            item.setData(0, ID_ROLE, i.id)
            self.incidents.addTopLevelItem(item)
        self.agreement_button.setEnabled(True)
        self.return_form_button.setEnabled(True)
        self.certificate_button.setEnabled(bool(v.certificate_number))
        self.stewardship.load(v)

    # --- actions --------------------------------------------------------------------------

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        ok = run_guarded(self, action, reload=self.refresh)  # refresh reloads the loan shown
        if ok:
            self._emit(Changes.of(*TABLES))
            self.refresh()
        return ok

    def dialog_for(self, action: str):
        """The form an action needs, or None when a confirmation is enough."""
        v = self.view
        today = self.today()
        if action == "sign":
            return ActionDialog(self.tr("Record signature"),
                                self.tr("The borrower signed {agreement}.").format(agreement=v.agreement_number),
                                {"signed_on": (self.tr("Signed on:"), date_edit(today))}, ok=self.tr("Record signature"),
                                parent=self)
        if action == "certificate":
            return ActionDialog(self.tr("Issue certificate"), self.tr("The lunar sample certificate issued for this loan."),
                                {"number": (self.tr("Certificate number:"), QLineEdit()),
                                 "on": (self.tr("Issued on:"), date_edit(today))},
                                ok=self.tr("Issue"), required=("number",), parent=self)
        if action == "collect":
            months = QSpinBox()
            months.setRange(1, 120)
            months.setValue(v.loan_months or 12)
            return ActionDialog(self.tr("Record collection"),
                                self.tr("The samples were collected at CLEP's lunar sample laboratory."),
                                {"on": (self.tr("Collected on:"), date_edit(today)),
                                 "collected_by": (self.tr("Collected by:"), QLineEdit()),
                                 "loan_months": (self.tr("Loan period (months):"), months)},
                                ok=self.tr("Record collection"), required=("collected_by",), parent=self)
        if action == "return":
            return ReturnDialog(v, self)
        if action == "incident":
            return ActionDialog(self.tr("Report incident"),
                                self.tr("Loss, damage, contamination, unauthorised transfer or a late report."),
                                {"occurred_on": (self.tr("Date:"), date_edit(today)), "kind": (self.tr("Kind:"), incident_kinds()),
                                 "description": (self.tr("What happened:"), text_edit()),
                                 "mass_affected_ug": (self.tr("Mass affected:"), MassEdit(allow_empty=True))},
                                ok=self.tr("Report"), required=("description",), parent=self)
        if action == "extend":
            base = v.due_date or today
            return ActionDialog(self.tr("Extend due date"), self.tr("Currently due {date}.").format(date=_d(v.due_date)),
                                {"new_due_date": (self.tr("New due date:"), date_edit(base.replace(year=base.year + 1)
                                                                                       if not (base.month == 2 and base.day == 29)
                                                                                       else base)),
                                 "reason": (self.tr("Reason:"), text_edit())}, ok=self.tr("Extend"), required=("reason",),
                                parent=self)
        if action == "close":
            return ActionDialog(self.tr("Close loan"),
                                self.tr("Close {agreement}? Every lent milligram must be returned, consumed or lost. A closed "
                                        "loan cannot be reopened; incidents can still be reported on it.").format(
                                    agreement=v.agreement_number),
                                {"on": (self.tr("Closed on:"), date_edit(today))}, ok=self.tr("Close loan"),
                                safe_default=True, parent=self)
        return None

    def run_action(self, action: str, values: dict | None = None) -> bool:
        """Perform ``action`` on the selected loan; without ``values`` the officer is asked first."""
        if self.view is None:
            return False
        loan_id, today = self.view.id, self.today()
        if values is None:
            if action == "release":
                if not confirm(self, self.tr("Release reserved mass"),
                               self.tr("{agreement} lapsed unsigned. Release its reserved samples back to the "
                                       "catalogue? The loan can then no longer be signed.").format(
                                   agreement=self.view.agreement_number), self.tr("Release")):
                    return False
                values = {}
            else:
                if action == "close":  # say why it cannot be closed yet before asking to confirm
                    with self.db.read() as s:
                        refusal = loans.close_refusal(s, loan_id)
                    if refusal is not None:
                        show_error(self, refusal)
                        return False
                dialog = self.dialog_for(action)
                if dialog is None or not dialog.exec():
                    return False
                values = dialog.values()
        v = self.view.version  # what the officer saw: refused if someone changed the loan meanwhile
        calls = {
            "sign": lambda s: loans.record_signature(s, loan_id, values["signed_on"], expected_version=v),
            "certificate": lambda s: loans.issue_certificate(s, loan_id, values["number"], values["on"],
                                                             expected_version=v),
            "collect": lambda s: loans.record_collection(s, loan_id, values["on"], values["collected_by"],
                                                         loan_months=values.get("loan_months"), expected_version=v),
            "return": lambda s: loans.record_return(s, loan_id, values["returned_on"], values["lines"],
                                                    values["received_by"], values.get("notes", ""), expected_version=v),
            "incident": lambda s: loans.report_incident(s, loan_id, values["occurred_on"], values["kind"],
                                                        values["description"], values.get("mass_affected_ug"),
                                                        expected_version=v),
            "extend": lambda s: loans.extend(s, loan_id, values["new_due_date"], values["reason"], expected_version=v),
            "close": lambda s: loans.close_loan(s, loan_id, values["on"], expected_version=v),
            "release": lambda s: loans.release_lapsed(s, loan_id, today, expected_version=v),
        }
        return self._write(calls[action])

    def close_incident(self) -> None:
        item = self.incidents.currentItem()
        if item is None:
            return
        incident_id = item.data(0, ID_ROLE)
        dialog = ActionDialog(self.tr("Close incident"), item.text(2), {"resolution": (self.tr("Resolution:"), text_edit())},
                              ok=self.tr("Close incident"), required=("resolution",), parent=self)
        if dialog.exec():
            resolution = dialog.values()["resolution"]
            self._write(lambda s: loans.close_incident(s, incident_id, resolution))

    def create_from_round(self) -> None:
        with self.db.read() as s:
            closed = [(r.name, r.id) for r in review.rounds(s) if r.status == "closed"]
        if not closed:
            from lunar_desk.errors import UserError
            from lunar_desk.ui.errors import show_error

            show_error(self, UserError(self.tr("There is no closed review round yet: loans are made from the committee's decisions.")))
            return
        combo = QComboBox()
        for text, rid in closed:
            combo.addItem(text, rid)
        dialog = ActionDialog(self.tr("Create loans"), self.tr("One loan per approved application of the round, with the samples "
                                                               "the committee reserved and the 10-working-day signing deadline."),
                              {"round_id": (self.tr("Round:"), combo)}, ok=self.tr("Create loans"), parent=self)
        if dialog.exec():
            round_id, name = dialog.values()["round_id"], combo.currentText()
            made = []
            if self._write(lambda s: made.extend(loans.create_loans_for_round(s, round_id, today=self.today()))):
                self._say(self.tr("{n} loan(s) created from {round}, awaiting signature.").format(n=len(made), round=name)
                          if made else
                          self.tr("No loan created: every application {round} approved already has its loan.").format(
                              round=name))

    def _say(self, text: str) -> None:
        """Tell the officer what an action did, in the window's status bar."""
        if hasattr(self.window(), "statusBar"):
            self.window().statusBar().showMessage(text, 30_000)

    def agreements_for_round(self, round_id=None, folder: Path | None = None) -> Operation | None:
        """Batch: the agreements of every loan made from one review round, written off the GUI thread."""
        if round_id is None:
            with self.db.read() as s:
                rounds = [(r.name, r.id) for r in review.rounds(s) if r.status == "closed"]
            combo = QComboBox()
            for text, rid in rounds:
                combo.addItem(text, rid)
            dialog = ActionDialog(self.tr("Agreements for a round"), self.tr("One agreement PDF per loan of the round."),
                                  {"round_id": (self.tr("Round:"), combo)}, ok=self.tr("Choose folder…"), required=("round_id",),
                                  parent=self)
            if not dialog.exec():
                return None
            round_id = dialog.values()["round_id"]
        if folder is None:
            name = QFileDialog.getExistingDirectory(self, self.tr("Folder for the agreements"), str(Path.home()))
            if not name:
                return None
            folder = Path(name)
        today = self.today()
        with self.db.read() as s:
            app_ids = {a.id for a in review.round_applications(s, round_id)}
            views = [loans.loan_view(s, r.id, today) for r in loans.list_loans(s, LoanFilter(), today)
                     if r.application_id in app_ids]
        if not views:
            from lunar_desk.errors import UserError
            from lunar_desk.ui.errors import show_error

            show_error(self, UserError(self.tr("No loans were made from that round yet; create them first.")))
            return None

        def work(report):
            from lunar_desk.documents.loan_agreement import render_agreements

            folder.mkdir(parents=True, exist_ok=True)
            return render_agreements(views, folder, progress=report)

        return (Operation(work)
                .on_success(lambda paths: self.counts.setText(
                    self.tr("{n} agreement(s) written to {folder}").format(n=len(paths), folder=folder)))
                .with_progress(self, self.tr("Writing {n} agreement(s)…").format(n=len(views))).start())

    def export(self, kind: str, out: Path | None = None) -> Operation | None:
        if self.view is None:
            return None
        names = {"agreement": "agreement", "certificate": "certificate", "return_form": "return-form"}
        if out is None:
            default = Path(self.settings.value("loans/pdf-folder", str(Path.home()))) / safe_file_name(
                f"{name_part(self.view.agreement_number, 'loan')}-{names[kind]}.pdf")
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the PDF"), str(default), self.tr("PDF (*.pdf)"))
            if not name:
                return None
            out = Path(name)
            self.settings.setValue("loans/pdf-folder", str(out.parent))
        view = self.view

        def work(report):
            if kind == "agreement":
                from lunar_desk.documents.loan_agreement import render_loan_agreement

                return render_loan_agreement(view, out)
            if kind == "certificate":
                from lunar_desk.documents.certificate import render_certificate

                return render_certificate(view, out)
            from lunar_desk.documents.return_form import render_return_form

            return render_return_form(view, out)

        return (Operation(work)
                .on_success(lambda p: self.window().statusBar().showMessage(self.tr("Written: {path}").format(path=p), 10_000)
                            if hasattr(self.window(), "statusBar") else None)
                .with_progress(self, self.tr("Writing the PDF…")).start())
