"""Help → Audit log: who changed what and when, filtered by record, officer and date."""

from __future__ import annotations

import json

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from lunar_desk.clock import local_time
from lunar_desk.services import audit
from lunar_desk.ui.i18n import format_count, tr_label
from lunar_desk.ui.widgets import find_data, refill_combo

PAGE = 500
NO_DATE = QDate(2000, 1, 1)  # the date edits' "any" value


TABLE_LABELS = {  # the record types as officers name them
    "application": QT_TRANSLATE_NOOP("AuditDialog", "Application"),
    "application_method": QT_TRANSLATE_NOOP("AuditDialog", "Method"),
    "application_status_change": QT_TRANSLATE_NOOP("AuditDialog", "Application status change"),
    "assignment": QT_TRANSLATE_NOOP("AuditDialog", "Review assignment"),
    "attachment": QT_TRANSLATE_NOOP("AuditDialog", "Attachment"),
    "audit_log": QT_TRANSLATE_NOOP("AuditDialog", "Audit log"),
    "calendar_day": QT_TRANSLATE_NOOP("AuditDialog", "Calendar day"),
    "conflict_of_interest": QT_TRANSLATE_NOOP("AuditDialog", "Declared conflict"),
    "criterion": QT_TRANSLATE_NOOP("AuditDialog", "Review criterion"),
    "custody_event": QT_TRANSLATE_NOOP("AuditDialog", "Custody movement"),
    "deleted_record": QT_TRANSLATE_NOOP("AuditDialog", "Recycle bin"),
    "demo": QT_TRANSLATE_NOOP("AuditDialog", "Demo data"),
    "exchange_key": QT_TRANSLATE_NOOP("AuditDialog", "Exchange key"),
    "exchange_alias": QT_TRANSLATE_NOOP("AuditDialog", "Exchange number mapping"),
    "exchange_log": QT_TRANSLATE_NOOP("AuditDialog", "Exchange log"),
    "exchange_peer": QT_TRANSLATE_NOOP("AuditDialog", "Exchange partner"),
    "exchange_row": QT_TRANSLATE_NOOP("AuditDialog", "Exchanged record"),
    "hold_override": QT_TRANSLATE_NOOP("AuditDialog", "Hold override"),
    "incident": QT_TRANSLATE_NOOP("AuditDialog", "Incident"),
    "institution": QT_TRANSLATE_NOOP("AuditDialog", "Institution"),
    "inventory": QT_TRANSLATE_NOOP("AuditDialog", "Inventory"),
    "inventory_line": QT_TRANSLATE_NOOP("AuditDialog", "Inventory line"),
    "item_decision": QT_TRANSLATE_NOOP("AuditDialog", "Item decision"),
    "loan": QT_TRANSLATE_NOOP("AuditDialog", "Loan"),
    "loan_extension": QT_TRANSLATE_NOOP("AuditDialog", "Loan extension"),
    "loan_item": QT_TRANSLATE_NOOP("AuditDialog", "Loan item"),
    "loan_transfer": QT_TRANSLATE_NOOP("AuditDialog", "Loan transfer"),
    "member_state": QT_TRANSLATE_NOOP("AuditDialog", "Member State"),
    "mission": QT_TRANSLATE_NOOP("AuditDialog", "Mission"),
    "officer": QT_TRANSLATE_NOOP("AuditDialog", "Officer"),
    "person": QT_TRANSLATE_NOOP("AuditDialog", "Person"),
    "recommendation": QT_TRANSLATE_NOOP("AuditDialog", "Recommendation"),
    "release_batch": QT_TRANSLATE_NOOP("AuditDialog", "Release batch"),
    "release_batch_mission": QT_TRANSLATE_NOOP("AuditDialog", "Release batch mission"),
    "requested_item": QT_TRANSLATE_NOOP("AuditDialog", "Requested sample"),
    "research_team": QT_TRANSLATE_NOOP("AuditDialog", "Research team"),
    "research_team_link": QT_TRANSLATE_NOOP("AuditDialog", "Research team link"),
    "research_team_member": QT_TRANSLATE_NOOP("AuditDialog", "Research team member"),
    "result_report": QT_TRANSLATE_NOOP("AuditDialog", "Result report"),
    "result_report_loan": QT_TRANSLATE_NOOP("AuditDialog", "Result-loan link"),
    "return_line": QT_TRANSLATE_NOOP("AuditDialog", "Return line"),
    "return_record": QT_TRANSLATE_NOOP("AuditDialog", "Return"),
    "review_round": QT_TRANSLATE_NOOP("AuditDialog", "Review round"),
    "reviewer": QT_TRANSLATE_NOOP("AuditDialog", "Reviewer"),
    "sample": QT_TRANSLATE_NOOP("AuditDialog", "Sample"),
    "score": QT_TRANSLATE_NOOP("AuditDialog", "Score"),
    "setting": QT_TRANSLATE_NOOP("AuditDialog", "Setting"),
    "team_member": QT_TRANSLATE_NOOP("AuditDialog", "Team member"),
    "training_activity": QT_TRANSLATE_NOOP("AuditDialog", "Training activity"),
    "training_participant": QT_TRANSLATE_NOOP("AuditDialog", "Training participant"),
}


def table_label(table: str) -> str:
    text = TABLE_LABELS.get(table)
    return QCoreApplication.translate("AuditDialog", text) if text else table.replace("_", " ").capitalize()


class AuditDialog(QDialog):
    def __init__(self, db, parent=None, *, table: str = "", record: str = "") -> None:
        super().__init__(parent)
        self.db = db
        self.rows: list[audit.AuditRow] = []
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 620)

        self.table_combo = QComboBox()
        self.officer_combo = QComboBox()
        self.record_edit = QLineEdit(record)
        self.record_edit.setPlaceholderText(self.tr("Record id, sample number, name…"))
        self.record_edit.setClearButtonEnabled(True)
        self.since_edit, self.until_edit = self._date_edit(), self._date_edit()
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setDefault(True)
        with self.db.read() as s:
            refill_combo(self.table_combo, [(table_label(t), t) for t in audit.tables(s)], self.tr("All records"))
            refill_combo(self.officer_combo, [(n, n) for n in audit.officers(s)], self.tr("All officers"))
        if table:
            self.table_combo.setCurrentIndex(max(find_data(self.table_combo, table), 0))

        bar = QHBoxLayout()
        for label, widget in ((self.tr("Record t&ype:"), self.table_combo), (self.tr("&Find:"), self.record_edit),
                              (self.tr("&Officer:"), self.officer_combo), (self.tr("F&rom:"), self.since_edit),
                              (self.tr("&To:"), self.until_edit)):
            caption = QLabel(label)
            caption.setBuddy(widget)
            bar.addWidget(caption)
            bar.addWidget(widget, 2 if widget is self.record_edit else 0)
        bar.addWidget(self.search_button)

        self.list = QTableWidget(0, 6)
        self.list.setHorizontalHeaderLabels([self.tr("When"), self.tr("Officer"), self.tr("Action"),
                                             self.tr("Record type"), self.tr("What changed"), self.tr("Note")])
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.verticalHeader().hide()
        self.list.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.list)
        split.addWidget(self.detail)
        split.setSizes([420, 160])

        self.count_label = QLabel()
        self.more_button = QPushButton(self.tr("Show &more"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        foot = QHBoxLayout()
        foot.addWidget(self.count_label, 1)
        foot.addWidget(self.more_button)
        foot.addWidget(buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        layout.addLayout(foot)

        self.search_button.clicked.connect(self.search)
        self.record_edit.returnPressed.connect(self.search)
        self.more_button.clicked.connect(self.show_more)
        self.list.itemSelectionChanged.connect(self._show_detail)
        self.search()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit()
        edit.setCalendarPopup(True)
        edit.setMinimumDate(NO_DATE)
        edit.setSpecialValueText(self.tr("any"))
        edit.setDate(NO_DATE)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def current_filter(self) -> audit.AuditFilter:
        def day(edit: QDateEdit):
            return None if edit.date() == NO_DATE else edit.date().toPython()

        return audit.AuditFilter(table=self.table_combo.currentData() or "", record=self.record_edit.text(),
                                 officer=self.officer_combo.currentData() or "",
                                 since=day(self.since_edit), until=day(self.until_edit))

    def search(self) -> None:
        self.rows = []
        self.list.setRowCount(0)
        self.show_more()

    def show_more(self) -> None:
        with self.db.read() as s:
            page = audit.search(s, self.current_filter(), limit=PAGE, offset=len(self.rows))
        first = len(self.rows)
        self.rows.extend(page)
        self.list.setRowCount(len(self.rows))
        for r, row in enumerate(page, start=first):
            when = local_time(row.at, seconds=True)
            for c, text in enumerate((when, row.officer, self._action_label(row.action), table_label(row.table),
                                      tr_label(row.summary), row.note)):
                self.list.setItem(r, c, QTableWidgetItem(text))
        self.more_button.setEnabled(len(page) == PAGE)
        if not self.rows:
            self.count_label.setText(self.tr("Nothing in the audit log matches these filters."))
        else:
            self.count_label.setText(self.tr("{n} entries shown, newest first").format(n=format_count(len(self.rows))))
        if first == 0:
            self.list.resizeColumnsToContents()

    def _action_label(self, action: str) -> str:
        return {"insert": self.tr("created"), "update": self.tr("changed"), "delete": self.tr("deleted")}.get(action,
                                                                                                           action)

    def _show_detail(self) -> None:
        rows = self.list.selectionModel().selectedRows()
        if not rows:
            self.detail.clear()
            return
        row = self.rows[rows[0].row()]
        lines = [self.tr("{table} {id}").format(table=table_label(row.table), id=row.row_id)]
        for key, pair in row.changes.items():
            old, new = pair if isinstance(pair, list) and len(pair) == 2 else (None, pair)
            lines.append(f"  {key}: {json.dumps(old, ensure_ascii=False)} → {json.dumps(new, ensure_ascii=False)}")
        self.detail.setPlainText("\n".join(lines))
