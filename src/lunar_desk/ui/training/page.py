"""Capacity building: training activities with CLEP, their participants
(attendance ticked in the list), participation certificates, attendance
list and certificate PDFs, materials, and counts per Member State."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import training_view
from lunar_desk.services.changes import Changes
from lunar_desk.services.training_view import ActivityView
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.selection import ID_ROLE, selected_data
from lunar_desk.ui.training.actions import ATTENDED_COLUMN, TABLES, TrainingActions
from lunar_desk.ui.keyboard import DELETE, EDIT, NEW, button_keys
from lunar_desk.ui.widgets import EmptyState, list_page, make_tree

WATCHED = (*TABLES, "person", "institution", "member_state")


def _d(value) -> str:
    return value.isoformat() if value else ""


def _names(latin: str, native: str) -> str:
    return f"{latin} ({native})" if native and native != latin else latin


class TrainingPage(TrainingActions, QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.view: ActivityView | None = None
        self.today = date.today
        self.list = make_tree([self.tr("Activity"), self.tr("Kind"), self.tr("Dates"), self.tr("Attended"),
                               self.tr("Certificates")])
        for c, width in enumerate((190, 110, 150, 60)):
            self.list.setColumnWidth(c, width)
        self.new_button = QPushButton(self.tr("&New activity…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.header = QLabel()
        self.header.setWordWrap(True)
        self.people = make_tree([self.tr("Name"), self.tr("Member State"), self.tr("Attended"), self.tr("Certificate"),
                                 self.tr("Issued"), self.tr("Institution")])
        self.add_button = QPushButton(self.tr("&Add participants…"))
        self.remove_button = QPushButton(self.tr("Re&move"))
        self.certify_button = QPushButton(self.tr("Issue &certificates…"))
        self.certify_button.setToolTip(self.tr("Give a certificate to every participant who attended and has none yet"))
        self.attendance_pdf = QPushButton(self.tr("Attendance &list PDF…"))
        self.certificates_pdf = QPushButton(self.tr("Certificates &PDF…"))
        self.materials = make_tree([self.tr("Material"), self.tr("Size")])
        self.attach_button = QPushButton(self.tr("A&ttach material…"))
        self.open_button = QPushButton(self.tr("&Open"))
        self.remove_material_button = QPushButton(self.tr("Remove material"))
        self.scope = QComboBox()
        self.scope.addItem(self.tr("This activity"), "activity")
        self.scope.addItem(self.tr("All activities"), "all")
        self.counts = make_tree([self.tr("Member State"), self.tr("Participants"), self.tr("Attended"),
                                 self.tr("Certificates")])
        counts_page = QWidget()
        cl = QVBoxLayout(counts_page)
        cl.addWidget(self.scope)
        cl.addWidget(self.counts, 1)
        self.details = QTabWidget()
        self.details.addTab(list_page(self.people, self.add_button, self.remove_button, self.certify_button,
                                      self.attendance_pdf, self.certificates_pdf), self.tr("Participants"))
        self.details.addTab(list_page(self.materials, self.attach_button, self.open_button,
                                      self.remove_material_button), self.tr("Materials"))
        self.details.addTab(counts_page, self.tr("Per Member State"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(list_page(self.list, self.new_button, self.edit_button, self.delete_button))
        self.splitter.addWidget(right)
        self.splitter.setSizes([420, 780])
        self.empty = EmptyState(self.tr("No training activities yet"), self.tr(
            "Training on apparatus and data analysis, workshops and online courses organised with CLEP are recorded "
            "here, with participants, attendance, certificates and materials."))
        self.empty_new = self.empty.add_button(self.tr("Record a training activity…"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)

        self.list.currentItemChanged.connect(lambda *_: self.load(selected_data(self.list)))
        self.list.itemActivated.connect(lambda *_: QTimer.singleShot(0, self.edit_activity))  # after the activation
        self.people.itemChanged.connect(self._attendance_changed)
        self.scope.currentIndexChanged.connect(lambda *_: self.show_counts())
        for button, slot in ((self.new_button, self.new_activity), (self.empty_new, self.new_activity),
                             (self.edit_button, self.edit_activity), (self.delete_button, self.delete_activity),
                             (self.add_button, self.add_participants), (self.remove_button, self.remove_participant),
                             (self.certify_button, self.issue_certificates),
                             (self.attendance_pdf, lambda: self.export("attendance")),
                             (self.certificates_pdf, lambda: self.export("certificates")),
                             (self.attach_button, self.attach_material), (self.open_button, self.open_material),
                             (self.remove_material_button, self.remove_material)):
            button.clicked.connect(lambda _=False, f=slot: f())
        button_keys((self.new_button, self.empty_new), self, NEW, tab_wide=True)
        button_keys(self.edit_button, self.list, EDIT)
        button_keys(self.delete_button, self.list, DELETE)
        button_keys(self.remove_button, self.people, DELETE)
        button_keys(self.open_button, self.materials, EDIT)

    # --- data -------------------------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab): the list of
        activities (no search box; typing the start of a name jumps to it)."""
        return self.list

    def attach(self, db: Database) -> None:
        self.db = db
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.db is not None and changes.touches(*WATCHED):
            self.refresh()

    def refresh(self) -> None:
        if self.db is None:
            return
        selected = selected_data(self.list)
        with self.db.read() as s:
            rows = training_view.list_activities(s)
        self.list.clear()
        for r in rows:
            dates = _d(r.starts_on) + (f" – {_d(r.ends_on)}" if r.ends_on and r.ends_on != r.starts_on else "")
            item = QTreeWidgetItem([r.title, tr_label(r.kind_label), dates, f"{r.attended}/{r.participants}", str(r.certificates)])
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(0, r.title)
            self.list.addTopLevelItem(item)
            if r.id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and rows:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.stack.setCurrentIndex(0 if rows else 1)
        self.load(selected_data(self.list))

    def load(self, activity_id: uuid.UUID | None) -> None:
        self.view = None
        if activity_id is not None:
            with self.db.read() as s:
                self.view = training_view.activity_view(s, activity_id)
        v = self.view
        self.people.blockSignals(True)
        self.people.clear()
        self.materials.clear()
        for b in (self.edit_button, self.delete_button, self.add_button, self.remove_button, self.certify_button,
                  self.attendance_pdf, self.attach_button):
            b.setEnabled(v is not None)
        self.certificates_pdf.setEnabled(v is not None and any(p.certificate_number for p in v.participants))
        if v is not None:
            d = v.data
            dates = _d(d.starts_on) + (f" – {_d(d.ends_on)}" if d.ends_on else "")
            self.header.setText(f"<b>{d.title}</b><br>{tr_label(v.kind_label)} · {dates} · {d.place} · {d.organisers}")
            for p in v.participants:
                item = QTreeWidgetItem([_names(p.name_latin, p.name_native), p.member_state, "", p.certificate_number,
                                        _d(p.certificate_issued_on), _names(p.institution, p.institution_local)])
                item.setData(0, ID_ROLE, p.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(ATTENDED_COLUMN, Qt.CheckState.Checked if p.attended else Qt.CheckState.Unchecked)
                self.people.addTopLevelItem(item)
            for att_id, name, size in v.materials:
                item = QTreeWidgetItem([name, f"{size / 1024:.0f} KB"])
                item.setData(0, ID_ROLE, att_id)
                self.materials.addTopLevelItem(item)
            for c in range(5):
                self.people.resizeColumnToContents(c)
        else:
            self.header.setText("")
        self.people.blockSignals(False)
        self.show_counts()

    def show_counts(self) -> None:
        self.counts.clear()
        if self.db is None:
            return
        activity_id = self.view.id if self.view is not None and self.scope.currentData() == "activity" else None
        if activity_id is None and self.scope.currentData() == "activity":
            return
        with self.db.read() as s:
            rows = training_view.counts_per_member_state(s, activity_id=activity_id)
        for r in rows:
            name = f"{r.member_state} / {r.member_state_zh}" if r.member_state_zh else (r.member_state or "—")
            self.counts.addTopLevelItem(QTreeWidgetItem([name, str(r.participants), str(r.attended),
                                                         str(r.certificates)]))
        self.counts.resizeColumnToContents(0)
        self.counts.addTopLevelItem(QTreeWidgetItem([self.tr("Total"), *(str(sum(getattr(r, k) for r in rows))
                                                                         for k in ("participants", "attended",
                                                                                   "certificates"))]))
