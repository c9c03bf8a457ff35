"""The Stewardship tab: who holds lunar samples now, who is on hold and why, inventories due and overdue,
and items whose custody log has gone silent.

Everything shown is computed by the services (:mod:`~lunar_desk.services.reassignment`,
:mod:`~lunar_desk.services.holds`, :mod:`~lunar_desk.services.inventory`,
:mod:`~lunar_desk.services.custody`) in one read, off the GUI thread.  While the tab is hidden a
change only marks it stale; it refreshes when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import custody, holds, inventory, reassignment
from lunar_desk.services.changes import Changes
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.loans.transfer_dialogs import DepartureDialog
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.widgets import EmptyOr, list_page, make_tree
from lunar_desk.ui.selection import ID_ROLE

TABLES = ("loan", "loan_item", "return_record", "return_line", "incident", "loan_extension", "custody_event",
          "inventory", "inventory_line", "loan_transfer", "person", "institution", "setting", "result_report",
          "result_report_loan", "hold_override")
DUE_ROLE = Qt.ItemDataRole.UserRole + 2
LATE, LEFT = QColor("#f8d7da"), QColor("#fff3cd")


def _d(value) -> str:
    return value.isoformat() if value else ""


@dataclass(frozen=True)
class Snapshot:
    """Everything the tab shows, read in one session off the GUI thread."""

    people: list
    holds: list
    owed: list
    stale: list
    months: int


class StewardshipTab(QWidget):
    changed = Signal(object)
    refreshed = Signal()  # the lists show the latest figures

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.today = date.today
        self.stale = True
        self._generation = 0
        self._emitting = False

        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.settings_button = QPushButton(self.tr("Settings…"))
        self.settings_button.setToolTip(self.tr("Stale-custody period, yearly inventory day, recall period"))
        bar = QHBoxLayout()
        bar.addWidget(self.counts, 1)
        bar.addWidget(self.settings_button)

        self.people = make_tree([self.tr("Person / loan / sample"), self.tr("Institution / role / held by"),
                                 self.tr("Status / place"), self.tr("Items"), self.tr("Remaining")], flat=False)
        self.departure_button = QPushButton(self.tr("Record departure…"))
        self.departure_button.setToolTip(self.tr("The person retired, moved or died: their loans then need a "
                                                 "transfer or a recall (Loans tab)"))
        self.holds = make_tree([self.tr("Who / why"), self.tr("Person or institution"), self.tr("Since"),
                                self.tr("Details")], flat=False)
        self.inventories = make_tree([self.tr("Agreement"), self.tr("Institution"), self.tr("Responsible person"),
                                      self.tr("Inventory due"), self.tr("State")])
        self.template_button = QPushButton(self.tr("Export template…"))
        self.stale_items = make_tree([self.tr("Agreement"), self.tr("Sample"), self.tr("Institution"), self.tr("Held by"),
                                      self.tr("Place"), self.tr("Last entry"), self.tr("Months silent")])
        self.people_page = EmptyOr(list_page(self.people, self.departure_button), self.tr("Nobody holds lunar samples now"), self.tr(
            "The people responsible for a loan, and those with custody of its samples, are listed here once the samples "
            "are collected (Loans tab \u2192 Record collection), until every milligram is returned or accounted for."))
        self.holds_page = EmptyOr(self.holds, self.tr("Nobody is on hold"), self.tr(
            "A person or institution goes on hold while a loan they answer for is overdue, its yearly inventory is "
            "late, or a result was not reported to CLEP in time. Forwarding their applications then needs a reason."))
        self.inventories_page = EmptyOr(list_page(self.inventories, self.template_button), self.tr("No inventories due"),
                                        self.tr("Every collected loan owes an inventory on the programme's inventory day "
                                                "(Settings\u2026 above) each year while it holds mass; the loans that owe "
                                                "one are listed here."))
        self.stale_page = EmptyOr(self.stale_items, self.tr("No silent custody logs"), self.tr(
            "Samples on loan whose custody log has had no entry for the stale-custody period (Settings\u2026 above) "
            "are listed here, so that the holder can be asked where they are."))
        self.pages = QTabWidget()
        self.pages.addTab(self.people_page, self.tr("People who hold samples"))
        self.pages.addTab(self.holds_page, self.tr("Holds"))
        self.pages.addTab(self.inventories_page, self.tr("Inventories due"))
        self.pages.addTab(self.stale_page, self.tr("Stale custody"))
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.pages, 1)

        self.settings_button.clicked.connect(lambda: self.edit_settings())
        self.departure_button.clicked.connect(lambda: self.record_departure())
        self.template_button.clicked.connect(lambda: self.export_template())
        self.people.currentItemChanged.connect(lambda *_: self._enable())
        self.inventories.currentItemChanged.connect(lambda *_: self._enable())
        self.setEnabled(False)

    # --- database and refresh ----------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab): the list
        on the page shown (no search box; typing the start of a name jumps to it)."""
        page = self.pages.currentWidget()
        return page if isinstance(page, QTreeWidget) else page.findChild(QTreeWidget)

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        self.stale = True
        if self.isVisible():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.db is None or self._emitting or not changes.touches(*TABLES):
            return
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale and self.db is not None:
            QTimer.singleShot(0, self.refresh)

    def _emit(self, changes: Changes) -> None:
        self._emitting = True  # our own change: refreshed once, below, not again through the window
        try:
            self.changed.emit(changes)
        finally:
            self._emitting = False

    def refresh(self) -> Operation | None:
        """Read the figures off the GUI thread, then show them (a later refresh supersedes this one)."""
        if self.db is None:
            return None
        self.stale = False
        self._generation += 1
        generation, db, today = self._generation, self.db, self.today()

        def work(_report):
            with db.read() as s:
                return Snapshot(reassignment.holders(s), holds.all_holds(s, today), inventory.owed(s, today),
                                custody.stale_items(s, today), custody.stale_months(s))

        return Operation(work, owner=self).on_success(lambda snap: self._show(snap, generation)).start()

    def _show(self, snap: Snapshot, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        people, on_hold, owed, stale, months = snap.people, snap.holds, snap.owed, snap.stale, snap.months
        self._fill_people(people)
        self._fill_holds(on_hold)
        self._fill_inventories(owed)
        self._fill_stale(stale, months)
        for page, rows in ((self.people_page, people), (self.holds_page, on_hold), (self.inventories_page, owed),
                           (self.stale_page, stale)):
            page.set_empty(not rows)
        held = {(h.subject_kind, h.subject_id) for h in on_hold}
        mass = {i.loan_item_id: i.remaining_ug for p in people for h in p.loans for i in h.items}
        self.counts.setText(self.tr(
            "Holding samples: {people} people ({mass} in all) · on hold: {holds} · inventories overdue: {late} · "
            "items with custody silent {months} months or more: {stale}").format(
            people=len(people), mass=format_mass(sum(mass.values())), holds=len(held),
            late=sum(d.overdue for d in owed), stale=len(stale), months=months))
        self.pages.setTabText(1, self.tr("Holds ({n})").format(n=len(held)))
        self._enable()
        self.refreshed.emit()

    def _fill_people(self, people) -> None:
        self.people.clear()
        for p in people:
            status = tr_label(p.status_label) + (f" {_d(p.left_on)}" if p.left_on else "")
            if p.needs_decision:
                status += " — " + self.tr("transfer or recall the loan")
            top = QTreeWidgetItem([p.name, p.institution, status, str(p.items_count), format_mass(p.remaining_ug)])
            top.setData(0, ID_ROLE, p.person_id)
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if p.status != "active":
                for c in range(5):
                    top.setBackground(c, LEFT)
            for h in p.loans:
                role = " + ".join(self._role(r) for r in h.role.split(", "))
                loan = QTreeWidgetItem([h.agreement_number, role, "", str(len(h.items)), format_mass(h.remaining_ug)])
                for i in h.items:
                    loan.addChild(QTreeWidgetItem([i.sample_number, i.holder, i.place, "", format_mass(i.remaining_ug)]))
                top.addChild(loan)
            self.people.addTopLevelItem(top)
        self.people.expandAll()
        for c in range(5):
            self.people.resizeColumnToContents(c)

    def _role(self, role: str) -> str:
        return self.tr("responsible") if role == "responsible" else self.tr("custody")

    def _fill_holds(self, on_hold) -> None:
        """One row per person or institution on hold (since its oldest reason), its reasons under it."""
        self.holds.clear()
        subjects: dict = {}
        for h in on_hold:
            subjects.setdefault((h.subject_kind, h.subject_id), []).append(h)
        for reasons in sorted(subjects.values(), key=lambda rs: (min(r.since for r in rs), rs[0].subject_name)):
            first = reasons[0]
            kind = self.tr("Person") if first.subject_kind == holds.PERSON else self.tr("Institution")
            top = QTreeWidgetItem([first.subject_name, kind, _d(min(r.since for r in reasons)),
                                   ", ".join(dict.fromkeys(tr_label(r.reason_label) for r in reasons))])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for r in reasons:
                child = QTreeWidgetItem([tr_label(r.reason_label), "", _d(r.since), tr_label(r.detail)])
                child.setToolTip(3, tr_label(r.detail))
                top.addChild(child)
            self.holds.addTopLevelItem(top)
        self.holds.expandAll()
        for c in range(3):
            self.holds.resizeColumnToContents(c)

    def _fill_inventories(self, owed) -> None:
        self.inventories.clear()
        for d in owed:
            state = (self.tr("overdue by {n} days").format(n=d.days) if d.overdue
                     else self.tr("due in {n} days").format(n=d.days))
            item = QTreeWidgetItem([d.agreement_number, d.institution, d.responsible_person, _d(d.due_on), state])
            item.setData(0, ID_ROLE, d.loan_id)
            item.setData(0, DUE_ROLE, d.due_on)
            if d.overdue:
                for c in range(5):
                    item.setBackground(c, LATE)
            self.inventories.addTopLevelItem(item)
        for c in range(4):
            self.inventories.resizeColumnToContents(c)

    def _fill_stale(self, stale, months: int) -> None:
        self.stale_items.clear()
        for x in stale:
            self.stale_items.addTopLevelItem(QTreeWidgetItem([x.agreement_number, x.sample_number, x.institution, x.holder,
                                                              x.place, _d(x.last_entry_on), str(x.months_without_entry)]))
        for c in range(6):
            self.stale_items.resizeColumnToContents(c)
        self.pages.setTabText(3, self.tr("Stale custody ({n})").format(n=len(stale)))

    def _enable(self) -> None:
        person = self.people.currentItem()
        self.departure_button.setEnabled(person is not None and person.data(0, ID_ROLE) is not None)
        self.template_button.setEnabled(self.inventories.currentItem() is not None)

    # --- actions ---------------------------------------------------------------------------------------

    def _write(self, fn) -> bool:
        def action():
            with self.db.action() as s:
                fn(s)

        ok = run_guarded(self, action)
        if ok:
            self._emit(Changes.of(*TABLES))
            self.refresh()
        return ok

    def select_person(self, person_id) -> bool:
        for i in range(self.people.topLevelItemCount()):
            item = self.people.topLevelItem(i)
            if item.data(0, ID_ROLE) == person_id:
                self.people.setCurrentItem(item)
                return True
        return False

    def record_departure(self, values: dict | None = None) -> bool:
        item = self.people.currentItem()
        if item is None or item.data(0, ID_ROLE) is None:
            return False
        person_id, today = item.data(0, ID_ROLE), self.today()
        if values is None:
            dialog = DepartureDialog(item.text(0), "active", today, self)
            if not dialog.exec():
                return False
            values = dialog.values()
        return self._write(lambda s: reassignment.record_departure(s, person_id, today=today, **values))

    def edit_settings(self, values: dict | None = None) -> bool:
        from lunar_desk.ui.stewardship.settings_dialog import (
            StewardshipSettingsDialog,
            save_settings,
        )

        if values is None:
            with self.db.read() as s:
                dialog = StewardshipSettingsDialog(custody.stale_months(s), inventory.inventory_day(s),
                                                   reassignment.recall_days(s), self)
            if not dialog.exec():
                return False
            values = dialog.values()
        return self._write(lambda s: save_settings(s, values))

    def export_template(self, out: Path | None = None) -> Operation | None:
        item = self.inventories.currentItem()
        if item is None:
            return None
        from lunar_desk.sheets.inventory_template import (
            default_file_name,
            write_inventory_template,
        )

        with self.db.read() as s:
            template = inventory.template_view(s, item.data(0, ID_ROLE), self.today(), due_on=item.data(0, DUE_ROLE))
        if out is None:
            folder = Path(self.settings.value("loans/inventory-folder", str(Path.home())))
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the inventory template"),
                                                  str(folder / default_file_name(template)), self.tr("Excel (*.xlsx)"))
            if not name:
                return None
            out = Path(name)
            self.settings.setValue("loans/inventory-folder", str(out.parent))
        return (Operation(lambda report: write_inventory_template(template, out))
                .on_success(lambda p: self.counts.setText(self.tr("Template written: {path}").format(path=p)))
                .with_progress(self, self.tr("Writing the inventory template…")).start())
