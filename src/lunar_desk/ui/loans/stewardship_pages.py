"""The stewardship parts of a loan's detail: custody per item, inventories, history, transfer and recall.

:class:`StewardshipPanel` builds the pages and the two action buttons, fills
them for the loan the Loans tab shows, and writes through the tab's
``_write`` (one transaction per action; the tab broadcasts the changes).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.services import custody, inventory, reassignment, reference
from lunar_desk.services.loan_view import LoanView
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.loans.custody_dialogs import MovementDialog
from lunar_desk.ui.loans.inventory_dialogs import InventoryDialog
from lunar_desk.ui.loans.transfer_dialogs import RecallDialog, TransferDialog
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.keyboard import EDIT, button_keys
from lunar_desk.ui.widgets import list_page, make_tree

ITEM_ROLE = Qt.ItemDataRole.UserRole + 2
HOLDING = ("collected", "partly_returned")
STALE = QColor("#d6eaf8")
DISCREPANT = QColor("#ffe5cc")


def _d(value) -> str:
    return value.isoformat() if value else ""


class StewardshipPanel(QObject):
    def __init__(self, tab) -> None:
        super().__init__(tab)
        self.tab = tab
        self.view: LoanView | None = None
        self.custody_items: dict = {}
        self.custody = make_tree([self.tr("Sample / date"), self.tr("Movement"), self.tr("Held by"), self.tr("Place"),
                                  self.tr("Note")], flat=False)
        self.move_button = QPushButton(self.tr("Record movement…"))
        self.inventory_status = QLabel()
        self.inventory_status.setWordWrap(True)
        self.inventories = make_tree([self.tr("Inventory due / sample"), self.tr("Counted on / remaining"),
                                      self.tr("Consumed since"), self.tr("Expected"), self.tr("Result / state"),
                                      self.tr("Source")], flat=False)
        self.record_button = QPushButton(self.tr("Record inventory…"))
        self.export_button = QPushButton(self.tr("Export template…"))
        self.import_button = QPushButton(self.tr("Import filled sheet…"))
        self.history = make_tree([self.tr("Date"), self.tr("Event")])
        self.transfer_button = QPushButton(self.tr("Transfer responsibility…"))
        self.transfer_button.setToolTip(self.tr("Pass responsibility for the loan to another person at the borrowing institution"))
        self.transfer_button.setObjectName("loan-transfer")
        self.recall_button = QPushButton(self.tr("Recall…"))
        self.recall_button.setToolTip(self.tr("Ask for the samples back before the due date; the loan stays open until they return"))
        self.recall_button.setObjectName("loan-recall")
        self.move_button.clicked.connect(lambda: self.record_movement())
        self.record_button.clicked.connect(lambda: self.record_inventory())
        self.export_button.clicked.connect(lambda: self.export_template())
        self.import_button.clicked.connect(lambda: self.import_sheet())
        self.transfer_button.clicked.connect(lambda: self.transfer())
        self.recall_button.clicked.connect(lambda: self.recall())
        self.custody.itemDoubleClicked.connect(lambda *_: self.record_movement())
        button_keys(self.move_button, self.custody, EDIT)  # Enter / F2 as the double-click

    def add_to(self, details: QTabWidget, actions) -> None:
        """Put the pages into the detail tabs and the transfer/recall buttons into ``actions`` (a layout)."""
        details.addTab(list_page(self.custody, self.move_button), self.tr("Custody"))
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.inventory_status)
        layout.addWidget(list_page(self.inventories, self.record_button, self.export_button, self.import_button), 1)
        details.addTab(page, self.tr("Inventory"))
        details.addTab(self.history, self.tr("History"))
        actions.addWidget(self.transfer_button)
        actions.addWidget(self.recall_button)

    # --- filling ---------------------------------------------------------------------------

    def load(self, view: LoanView | None) -> None:
        self.view = view
        for tree in (self.custody, self.inventories, self.history):
            tree.clear()
        self.inventory_status.setText("")
        holding = view is not None and view.status in HOLDING
        is_open = view is not None and view.status != "closed" and view.released_on is None
        for button in (self.record_button, self.export_button, self.import_button, self.recall_button):
            button.setEnabled(holding)
        self.move_button.setEnabled(view is not None and view.collected_on is not None)
        self.transfer_button.setEnabled(is_open)
        if view is None:
            return
        today = self.tab.today()
        with self.tab.db.read() as s:
            items = custody.loan_custody(s, view.id, today) if view.collected_on else []
            invs = inventory.inventories(s, view.id)
            owed = inventory.owed_by_loan(s, view.id, today) if holding else []
        self._fill_custody(items)
        self._fill_inventories(invs, owed, today)
        for line in view.history:
            self.history.addTopLevelItem(QTreeWidgetItem([_d(line.on), tr_label(line.text)]))
        self.history.resizeColumnToContents(0)

    def _fill_custody(self, items) -> None:
        self.custody_items = {i.loan_item_id: i for i in items}
        for i in items:
            now = i.current
            flag = self.tr("STALE: no entry since {day}").format(day=_d(i.last_entry_on)) if i.stale else ""
            top = QTreeWidgetItem([f"{i.position}. {tr_label(i.sample_number)}", tr_label(now.kind_label) if now else "",
                                   now.holder if now else "", now.place if now else "", flag])
            top.setData(0, ITEM_ROLE, i.loan_item_id)
            if i.stale:
                for c in range(5):
                    top.setBackground(c, STALE)
            for e in reversed(i.history):
                child = QTreeWidgetItem([_d(e.occurred_on), tr_label(e.kind_label), e.holder, e.place, e.note])
                child.setData(0, ITEM_ROLE, i.loan_item_id)
                top.addChild(child)
            self.custody.addTopLevelItem(top)
        self.custody.expandAll()
        for c in range(4):
            self.custody.resizeColumnToContents(c)
        if items:
            self.custody.setCurrentItem(self.custody.topLevelItem(0))

    def _fill_inventories(self, invs, owed: list[date], today: date) -> None:
        late = [d for d in owed if d < today]
        parts = []
        if late:
            parts.append(self.tr("OVERDUE: the inventory due {days} has not been received.").format(
                days=", ".join(_d(d) for d in late)))
        upcoming = [d for d in owed if d >= today]
        if upcoming:
            parts.append(self.tr("Next inventory due {day}.").format(day=_d(upcoming[0])))
        if not parts and self.view is not None and self.view.status not in HOLDING:
            parts.append(self.tr("No inventory is owed: the samples are not with the borrower."))
        self.inventory_status.setText(" ".join(parts))
        self.inventory_status.setStyleSheet("color: #b00020;" if late else "")
        for v in reversed(invs):
            verdict = self.tr("discrepancy: incident opened") if v.discrepancy else self.tr("reconciled")
            top = QTreeWidgetItem([_d(v.due_on), _d(v.reported_on), "", "", verdict,
                                   tr_label(v.source_label) + (f" ({v.file_name})" if v.file_name else "")])
            for line in v.lines:
                child = QTreeWidgetItem([line.sample_number, format_mass(line.remaining_ug),
                                         format_mass(line.consumed_since_ug), format_mass(line.expected_ug),
                                         line.state, ""])
                if line.incident_id is not None:
                    child.setText(5, self.tr("difference {mass}").format(mass=format_mass(line.difference_ug)))
                    for c in range(6):
                        child.setBackground(c, DISCREPANT)
                top.addChild(child)
            self.inventories.addTopLevelItem(top)
        self.inventories.expandAll()
        for c in range(5):
            self.inventories.resizeColumnToContents(c)

    # --- actions ---------------------------------------------------------------------------------

    def selected_item_id(self):
        item = self.custody.currentItem()
        return item.data(0, ITEM_ROLE) if item is not None else None

    def movement_dialog(self) -> MovementDialog | None:
        item_id = self.selected_item_id()
        if item_id is None or item_id not in self.custody_items:
            return None
        with self.tab.db.read() as s:
            people = [(reference.person_label(p), p.id) for p in reference.people(s)]
        return MovementDialog(self.custody_items[item_id], people, self.tab.today(), self.tab)

    def record_movement(self, values: dict | None = None) -> bool:
        item_id = self.selected_item_id()
        if item_id is None:
            return False
        if values is None:
            dialog = self.movement_dialog()
            if dialog is None or not dialog.exec():
                return False
            values = dialog.values()
        today = self.tab.today()
        return self.tab._write(lambda s: custody.record_movement(s, item_id, today=today, **values))

    def inventory_dialog(self) -> InventoryDialog | None:
        if self.view is None:
            return None
        today = self.tab.today()
        with self.tab.db.read() as s:
            template = inventory.template_view(s, self.view.id, today)
        return InventoryDialog(template, today, self.tab)

    def record_inventory(self, values: dict | None = None) -> bool:
        if self.view is None:
            return False
        if values is None:
            dialog = self.inventory_dialog()
            if dialog is None or not dialog.exec():
                return False
            values = dialog.values()
        loan_id, today = self.view.id, self.tab.today()
        return self.tab._write(lambda s: inventory.record_inventory(s, loan_id, today=today, **values))

    def export_template(self, out: Path | None = None) -> Operation | None:
        if self.view is None:
            return None
        from lunar_desk.sheets.inventory_template import (
            default_file_name,
            write_inventory_template,
        )

        with self.tab.db.read() as s:
            template = inventory.template_view(s, self.view.id, self.tab.today())
        if out is None:
            folder = Path(self.tab.settings.value("loans/inventory-folder", str(Path.home())))
            name, _ = QFileDialog.getSaveFileName(self.tab, self.tr("Save the inventory template"),
                                                  str(folder / default_file_name(template)), self.tr("Excel (*.xlsx)"))
            if not name:
                return None
            out = Path(name)
            self.tab.settings.setValue("loans/inventory-folder", str(out.parent))
        return (Operation(lambda report: write_inventory_template(template, out))
                .on_success(lambda p: self.inventory_status.setText(self.tr("Template written: {path}").format(path=p)))
                .with_progress(self.tab, self.tr("Writing the inventory template…")).start())

    def import_sheet(self, path: Path | None = None) -> Operation | None:
        if self.view is None:
            return None
        from lunar_desk.sheets.inventory_import import (
            read_inventory_sheet,
            record_parsed,
        )

        if path is None:
            folder = self.tab.settings.value("loans/inventory-folder", str(Path.home()))
            name, _ = QFileDialog.getOpenFileName(self.tab, self.tr("Import the filled inventory sheet"), str(folder),
                                                  self.tr("Excel (*.xlsx)"))
            if not name:
                return None
            path = Path(name)
        today = self.tab.today()
        with self.tab.db.read() as s:
            template = inventory.template_view(s, self.view.id, today)
        return (Operation(lambda report: read_inventory_sheet(path, template, today))
                .on_success(lambda parsed: self.tab._write(lambda s: record_parsed(s, parsed, today)))
                .with_progress(self.tab, self.tr("Reading the inventory sheet…")).start())

    def transfer_dialog(self) -> TransferDialog | None:
        if self.view is None:
            return None
        with self.tab.db.read() as s:
            people = [(reference.person_label(p), p.id) for p in reassignment.candidates(s, self.view.id)]
        return TransferDialog(self.view, people, self.tab.today(), self.tab)

    def transfer(self, values: dict | None = None) -> bool:
        if self.view is None:
            return False
        if values is None:
            dialog = self.transfer_dialog()
            if dialog is None or not dialog.exec():
                return False
            values = dialog.values()
        loan_id, today = self.view.id, self.tab.today()
        return self.tab._write(lambda s: reassignment.transfer(s, loan_id, today=today, **values))

    def recall(self, values: dict | None = None) -> bool:
        if self.view is None:
            return False
        if values is None:
            with self.tab.db.read() as s:
                days = reassignment.recall_days(s)
            dialog = RecallDialog(self.view, days, self.tab.today(), self.tab)
            if not dialog.exec():
                return False
            values = dialog.values()
        loan_id, today = self.view.id, self.tab.today()
        return self.tab._write(lambda s: reassignment.recall(s, loan_id, today=today, **values))
