"""The Results tab: papers, patents and other outputs made with loaned
samples, each with its three compliance ticks; what is due soon and
overdue per loan and institution; reminder e-mail drafts."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import reference, results, results_view
from lunar_desk.services.changes import Changes
from lunar_desk.services.result_overdue import overdue_by_loan
from lunar_desk.services.results import KIND_LABELS, ResultFilter
from lunar_desk.services.results_view import STATE_LABELS, results_by_institution
from lunar_desk.ui.i18n import format_count, tr_label
from lunar_desk.ui.results.actions import TABLES, ResultActions, both_names
from lunar_desk.ui.results.detail import ComplianceView, InstitutionView, OverdueView
from lunar_desk.ui.results.model import ResultTableModel
from lunar_desk.ui.selection import RecordSelection
from lunar_desk.ui.keyboard import DELETE, EDIT, NEW, button_keys
from lunar_desk.ui.widgets import EmptyState, NoMatches, refill_combo

WATCHED = (*TABLES, "loan", "loan_item", "sample", "person", "institution", "setting")


class ResultsTab(RecordSelection, ResultActions, QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.today = date.today
        self._emitting = False
        self.everything: list = []  # every report's row, as of the last refresh
        self.overdue_lines: list = []

        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search title, authors, DOI, sample number, institution, person or loan (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for key, label in KIND_LABELS.items():
            self.kind.addItem(tr_label(label), key.value)
        self.state = QComboBox()
        self.state.addItem(self.tr("All results"), None)
        for key, label in STATE_LABELS.items():
            self.state.addItem(tr_label(label), key)
        self.institution = QComboBox()
        self.institution.addItem(self.tr("All institutions"), None)
        self.new_button = QPushButton(self.tr("&New result…"))
        bar = QHBoxLayout()
        for widget, stretch in ((self.text, 3), (self.kind, 1), (self.state, 1), (self.institution, 2),
                                (self.new_button, 0)):
            bar.addWidget(widget, stretch)
        self.counts = QLabel()

        self.model = ResultTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.no_matches = NoMatches(self.table, self.clear_filter)  # the filter hides every record: say so
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), as in every list
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, width in enumerate([120, 330, 90, 110, 110, 220, 115, 115]):
            self.table.setColumnWidth(i, width)

        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.attach_button = QPushButton(self.tr("Attach &PDF…"))
        self.open_button = QPushButton(self.tr("&Open PDF"))
        self.remove_pdf_button = QPushButton(self.tr("Remo&ve PDF"))
        self.remove_pdf_button.setToolTip(self.tr("Take the selected PDF off the report (to the recycle bin)"))
        self.reminder_button = QPushButton(self.tr("Re&minder e-mail…"))
        self.reminder_button.setToolTip(self.tr("Write an e-mail draft (.eml) to the responsible person of the loan"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        actions = QHBoxLayout()
        for b in (self.edit_button, self.attach_button, self.open_button, self.remove_pdf_button, self.reminder_button,
                  self.delete_button):
            actions.addWidget(b)
        actions.addStretch(1)
        self.compliance = ComplianceView()
        self.overdue = OverdueView()
        self.by_institution = InstitutionView()
        # named: their place in the window keys the remembered column widths (ui/view_state.py)
        for widget, name in ((self.compliance, "compliance"), (self.overdue, "overdue"),
                             (self.by_institution, "by-institution")):
            widget.setObjectName(name)
        self.details = QTabWidget()
        self.details.addTab(self.compliance, self.tr("Compliance"))
        self.details.addTab(self.overdue, self.tr("Overdue by loan"))
        self.details.addTab(self.by_institution, self.tr("By institution"))
        detail = QWidget()
        dl = QVBoxLayout(detail)
        dl.setContentsMargins(0, 0, 0, 0)
        dl.addLayout(actions)
        dl.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(detail)
        self.splitter.setSizes([330, 400])

        self.empty = EmptyState(
            self.tr("No result reports yet"),
            self.tr("Papers, patents, theses, datasets and public activity reports made with loaned samples are "
                    "recorded here, with three checks each: the CNSA acknowledgement, the cited sample numbers, and "
                    "reporting to CLEP within three months of publication."))
        self.empty_new = self.empty.add_button(self.tr("Record a result…"))
        page = QWidget()
        pl = QVBoxLayout(page)
        pl.setContentsMargins(0, 0, 0, 0)
        pl.addLayout(bar)
        pl.addWidget(self.counts)
        pl.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(page)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)

        self.text.textChanged.connect(self.apply_filter)
        for combo in (self.kind, self.state, self.institution):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.new_button.clicked.connect(lambda: self.new_result())
        self.empty_new.clicked.connect(lambda: self.new_result())
        self.edit_button.clicked.connect(lambda: self.edit_result())
        self.table.doubleClicked.connect(lambda *_: QTimer.singleShot(0, self.edit_result))  # after the click
        self.attach_button.clicked.connect(lambda: self.attach_pdf())
        self.open_button.clicked.connect(self.open_pdf)
        self.remove_pdf_button.clicked.connect(lambda: self.remove_pdf())
        self.reminder_button.clicked.connect(lambda: self.write_reminders())
        self.overdue.reminder_button.clicked.connect(
            lambda: self.overdue.selected_loan() is not None and self.write_reminders(self.overdue.selected_loan()))
        self.delete_button.clicked.connect(lambda: self.delete_result())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.load(self.selected_id()))
        button_keys((self.new_button, self.empty_new), self, NEW, tab_wide=True)
        button_keys(self.edit_button, self.table, EDIT)
        button_keys(self.delete_button, self.table, DELETE)
        self.setEnabled(False)

    # --- database and refresh ---------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab)."""
        return self.text

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.db is not None and not self._emitting and changes.touches(*WATCHED):
            self.refresh()

    def _emit(self, changes: Changes) -> None:
        self._emitting = True
        try:
            self.changed.emit(changes)
        finally:
            self._emitting = False

    def clear_filter(self) -> None:
        """Every report again: empty search, every choice back to "All"."""
        widgets = (self.text, self.kind, self.state, self.institution)
        for w in widgets:
            w.blockSignals(True)
        self.text.clear()
        for combo in widgets[1:]:
            combo.setCurrentIndex(0)
        for w in widgets:
            w.blockSignals(False)
        self.apply_filter()

    def current_filter(self) -> ResultFilter:
        return ResultFilter(text=self.text.text(), kind=self.kind.currentData(), state=self.state.currentData(),
                            institution_id=self.institution.currentData())

    def refresh(self) -> None:
        """Check every report again (after a change anywhere), then show those the filter keeps."""
        if self.db is None:
            return
        today = self.today()
        with self.db.read() as s:
            self.everything = results.list_results(s, ResultFilter(), today)
            overdue = overdue_by_loan(s, today)
            per_institution = results_by_institution(s, today, self.everything)
            insts = [(both_names(i.name, i.name_local), i.id) for i in reference.institutions(s)]
        refill_combo(self.institution, insts, self.tr("All institutions"))
        self.overdue_lines = overdue
        self.overdue.show_lines(overdue)
        self.by_institution.show_rows(per_institution)
        self.stack.setCurrentIndex(1 if not self.everything and not overdue else 0)
        self.apply_filter()

    def apply_filter(self) -> None:
        """Show the reports the filter keeps (a keystroke re-checks nothing)."""
        if self.db is None:
            return
        selected, everything = self.selected_id(), self.everything
        with self.db.read() as s:
            rows = results_view.filter_rows(s, everything, self.current_filter())
        self.model.set_rows(rows)
        owing = sum(1 for o in self.overdue_lines if o.result_id is None)
        self.counts.setText(self.tr("Showing {shown} of {total} results · {overdue} overdue · {soon} due within 30 days "
                                    "· loans owing a first result: {owing}").format(
            shown=format_count(len(rows)), total=format_count(len(everything)), overdue=sum(r.overdue for r in everything),
            soon=sum(r.due_soon for r in everything), owing=owing))
        self.no_matches.show_for(len(rows), len(everything))
        self.reselect(selected)

    def load(self, result_id: uuid.UUID | None) -> None:
        row = next((r for r in self.model.rows if r.id == result_id), None)
        files, full = [], None
        if row is not None:
            with self.db.read() as s:
                files = [(a.id, a.name, a.size) for a in results.result_files(s, row.id)]
                # the list checks without suggestions for unknown numbers: the selected report gets them
                full = results.compliance(s, row.id, self.today()) if row.compliance.samples.unknown else None
        self.compliance.show_row(row, files, full)
        for b in (self.edit_button, self.attach_button, self.delete_button):
            b.setEnabled(row is not None)
        self.open_button.setEnabled(bool(files))
        self.remove_pdf_button.setEnabled(bool(files))
        self.reminder_button.setEnabled(row is not None and bool(row.loans))
