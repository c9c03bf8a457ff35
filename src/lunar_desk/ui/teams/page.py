"""Research teams: the committee's joint teams, their members' participation
(invited → joined → visit to China → left), linked applications and loans,
and each expert's history across teams."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services import (
    teams_view,
)
from lunar_desk.services.changes import Changes
from lunar_desk.services.teams_view import TeamView
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.selection import ID_ROLE, selected_data
from lunar_desk.ui.teams.actions import TABLES, TeamActions, names
from lunar_desk.ui.keyboard import DELETE, EDIT, NEW, button_keys
from lunar_desk.ui.widgets import EmptyState, list_page, make_tree

WATCHED = (*TABLES, "person", "institution", "member_state", "application", "loan", "review_round")


def _d(value) -> str:
    return value.isoformat() if value else ""


class TeamsPage(TeamActions, QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.view: TeamView | None = None
        self.today = date.today
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search team, topic or lead (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.list = make_tree([self.tr("Team"), self.tr("Lead"), self.tr("Members"), self.tr("Starts")])
        for c, width in enumerate((190, 150, 60)):
            self.list.setColumnWidth(c, width)
        self.new_button = QPushButton(self.tr("&New team…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        ll.addWidget(self.text)
        ll.addWidget(list_page(self.list, self.new_button, self.edit_button, self.delete_button), 1)

        self.header = QLabel()
        self.header.setWordWrap(True)
        self.members = make_tree([self.tr("Name"), self.tr("Now"), self.tr("Role"), self.tr("Member State"),
                                  self.tr("Invited"), self.tr("Joined"), self.tr("Visit to China"), self.tr("Left"),
                                  self.tr("Institution")])
        self.add_member_button = QPushButton(self.tr("&Add member…"))
        self.edit_member_button = QPushButton(self.tr("Edit &member…"))
        self.remove_member_button = QPushButton(self.tr("Remo&ve member"))
        self.links = make_tree([self.tr("Linked"), self.tr("Reference"), self.tr("Title or purpose")])
        self.link_app_button = QPushButton(self.tr("Link application…"))
        self.link_loan_button = QPushButton(self.tr("Link loan…"))
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setToolTip(self.tr("Remove the link between the team and the selected application or loan"))
        self.history = make_tree([self.tr("Team"), self.tr("Role"), self.tr("Invited"), self.tr("Joined"),
                                  self.tr("Visit to China"), self.tr("Left"), self.tr("Now")])
        self.history_label = QLabel(self.tr("Select a member to see their participation in every team."))
        history_page = QWidget()
        hl = QVBoxLayout(history_page)
        hl.addWidget(self.history_label)
        hl.addWidget(self.history, 1)
        self.details = QTabWidget()
        self.details.addTab(list_page(self.members, self.add_member_button, self.edit_member_button,
                                      self.remove_member_button), self.tr("Members"))
        self.details.addTab(list_page(self.links, self.link_app_button, self.link_loan_button, self.unlink_button),
                            self.tr("Applications and loans"))
        self.details.addTab(history_page, self.tr("Participation history"))
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.header)
        rl.addWidget(self.details, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([380, 820])

        self.empty = EmptyState(self.tr("No research teams yet"), self.tr(
            "Joint research teams formed by CLEP's expert committee are recorded here: their lead, the Member-State "
            "experts with their institution and role, invitations, visits to China and departures."))
        self.empty_new = self.empty.add_button(self.tr("Record a research team…"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.splitter)
        self.stack.addWidget(self.empty)
        QVBoxLayout(self).addWidget(self.stack)

        self.text.textChanged.connect(self.refresh)
        self.list.currentItemChanged.connect(lambda *_: self.load(selected_data(self.list)))
        # edits open after the activation is over: saving rebuilds the lists the activated item lives in
        self.list.itemActivated.connect(lambda *_: QTimer.singleShot(0, self.edit_team))
        self.members.currentItemChanged.connect(lambda *_: self.show_history())
        self.members.itemActivated.connect(lambda *_: QTimer.singleShot(0, self.edit_member))
        for button, slot in ((self.new_button, self.new_team), (self.empty_new, self.new_team),
                             (self.edit_button, self.edit_team), (self.delete_button, self.delete_team),
                             (self.add_member_button, self.add_member), (self.edit_member_button, self.edit_member),
                             (self.remove_member_button, self.remove_member),
                             (self.link_app_button, lambda: self.link("application")),
                             (self.link_loan_button, lambda: self.link("loan")), (self.unlink_button, self.unlink)):
            button.clicked.connect(lambda _=False, f=slot: f())
        button_keys((self.new_button, self.empty_new), self, NEW, tab_wide=True)
        button_keys(self.edit_button, self.list, EDIT)
        button_keys(self.delete_button, self.list, DELETE)
        button_keys(self.edit_member_button, self.members, EDIT)
        button_keys(self.remove_member_button, self.members, DELETE)

    # --- data -----------------------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab)."""
        return self.text

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
            rows = teams_view.list_teams(s, self.text.text())
            anything = bool(rows) or bool(teams_view.list_teams(s))
        self.list.clear()
        for r in rows:
            item = QTreeWidgetItem([r.name, names(r.lead, r.lead_native), str(r.members), _d(r.starts_on)])
            item.setData(0, ID_ROLE, r.id)
            item.setToolTip(0, r.topic)
            self.list.addTopLevelItem(item)
            if r.id == selected:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.stack.setCurrentIndex(0 if anything else 1)
        self.load(selected_data(self.list))

    def load(self, team_id: uuid.UUID | None) -> None:
        member = selected_data(self.members)
        self.members.clear()
        self.links.clear()
        self.view = None
        if team_id is not None:
            with self.db.read() as s:
                self.view = teams_view.team_view(s, team_id, self.today())
        v = self.view
        for b in (self.edit_button, self.delete_button, self.add_member_button, self.link_app_button,
                  self.link_loan_button):
            b.setEnabled(v is not None)
        if v is None:
            self.header.setText("")
            self.show_history()
            return
        d = v.data
        lead = self.tr("lead: {name}").format(name=names(v.lead, v.lead_native) or "—")
        self.header.setText(f"<b>{d.name}</b> · {lead}"
                            + (f" · {v.round_name}" if v.round_name else "") + (f"<br>{d.topic}" if d.topic else ""))
        for m in v.members:
            visit = f"{_d(m.visit_from)} – {_d(m.visit_to)}" if m.visit_from else ""
            state = m.member_state
            item = QTreeWidgetItem([names(m.name_latin, m.name_native), tr_label(m.status), tr_label(m.role), state, _d(m.invited_on),
                                    _d(m.joined_on), visit, _d(m.left_on), names(m.institution, m.institution_local)])
            item.setData(0, ID_ROLE, m.id)
            item.setData(1, ID_ROLE, m.person_id)
            item.setToolTip(8, item.text(8))
            self.members.addTopLevelItem(item)
            if m.id == member:
                self.members.setCurrentItem(item)
        for c in range(8):  # the institution, last, takes what is left (its full name in the tooltip)
            self.members.resizeColumnToContents(c)
        self.members.setColumnWidth(0, min(self.members.columnWidth(0), 260))
        for link in v.links:
            item = QTreeWidgetItem([self.tr("Application") if link.kind == "application" else self.tr("Loan"),
                                    link.reference, link.title])
            item.setData(0, ID_ROLE, link.id)
            self.links.addTopLevelItem(item)
        self.show_history()

    def show_history(self) -> None:
        self.history.clear()
        item = self.members.currentItem()
        for b in (self.edit_member_button, self.remove_member_button):
            b.setEnabled(item is not None)
        if item is None or self.db is None:
            return
        self.history_label.setText(self.tr("Participation of {name}").format(name=item.text(0)))
        with self.db.read() as s:
            history = teams_view.membership_history(s, item.data(1, ID_ROLE), self.today())
        for h in history:
            m = h.member
            visit = f"{_d(m.visit_from)} – {_d(m.visit_to)}" if m.visit_from else ""
            self.history.addTopLevelItem(QTreeWidgetItem([h.team_name, tr_label(m.role), _d(m.invited_on), _d(m.joined_on),
                                                          visit, _d(m.left_on), tr_label(m.status)]))
        for c in range(7):
            self.history.resizeColumnToContents(c)
