"""The Applications tab: filterable list with counts per status, and the editor."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.db.models import ApplicationKind
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, reference
from lunar_desk.services.applications import ApplicationFilter
from lunar_desk.services.changes import Changes
from lunar_desk.ui.applications.editor import TABLES, ApplicationEditor
from lunar_desk.ui.applications.model import ID_ROLE, ApplicationTableModel
from lunar_desk.ui.errors import run_guarded
from lunar_desk.ui.i18n import format_count, tr_label
from lunar_desk.ui.keyboard import NEW, button_keys
from lunar_desk.ui.widgets import EmptyState, NoMatches, find_data, refill_combo


class ApplicationsTab(QWidget):
    changed = Signal(object)

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db: Database | None = None
        self.editor: ApplicationEditor | None = None
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search reference, title, institution, investigator (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.batch = QComboBox()
        self.kind = QComboBox()
        self.status = QComboBox()
        self.member_state = QComboBox()
        self.kind.addItem(self.tr("All kinds"), None)
        for key, label in apps.KIND_LABELS.items():
            self.kind.addItem(tr_label(label), key.value)
        self.status.addItem(self.tr("All statuses"), None)
        for key, label in apps.STATUS_LABELS.items():
            self.status.addItem(tr_label(label), key.value)
        self.new_button = QPushButton(self.tr("&New application"))
        menu = QMenu(self.new_button)
        menu.addAction(self.tr("Research application (Annex 2)"), lambda: self.new_application(ApplicationKind.RESEARCH.value))
        menu.addAction(self.tr("Public-benefit application (Annex 3)"),
                       lambda: self.new_application(ApplicationKind.PUBLIC_BENEFIT.value))
        self.new_button.setMenu(menu)
        bar = QHBoxLayout()
        bar.addWidget(self.text, 3)
        for w in (self.batch, self.kind, self.status, self.member_state):
            bar.addWidget(w, 1)
        bar.addWidget(self.new_button)
        self.counts = QLabel()
        self.counts.setWordWrap(True)

        self.model = ApplicationTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.no_matches = NoMatches(self.table, lambda: self.apply_filter())  # the filter hides every record: say so
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), as in every list
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        for i, width in enumerate([140, 100, 170, 50, 300, 90, 200, 200, 45]):
            self.table.setColumnWidth(i, width)
        self.editor_holder = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.editor_holder)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([280, 520])

        self.empty = EmptyState(
            self.tr("No applications yet"),
            self.tr("Research (Annex 2) and public-benefit (Annex 3) applications from Member-State scientists will be "
                    "listed here, from draft through the Secretariat's pre-check to forwarding to CLEP."),
        )
        self.empty_new = self.empty.add_button(self.tr("New research application"))
        self.empty_new.clicked.connect(lambda: self.new_application(ApplicationKind.RESEARCH.value))
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addLayout(bar)
        list_layout.addWidget(self.counts)
        list_layout.addWidget(self.splitter, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self.text.textChanged.connect(self.refresh)
        for combo in (self.batch, self.kind, self.status, self.member_state):
            combo.currentIndexChanged.connect(self.refresh)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._selection_changed())
        button_keys((self.new_button, self.empty_new), self, NEW, tab_wide=True)  # the button's menu: which kind
        self.setEnabled(False)

    # --- database -----------------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab)."""
        return self.text

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        if self.editor is not None:  # another database: the old editor goes with the old one
            self.editor_holder.removeWidget(self.editor)
            self.editor.setParent(None)
            self.editor.deleteLater()
        self.editor = ApplicationEditor(db, self, self.settings)
        self.editor.changed.connect(self._editor_changed)
        self.editor_holder.addWidget(self.editor)
        self._reload_choices()
        self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.db is None:
            return
        if changes.touches("release_batch", "member_state"):
            self._reload_choices()
        if changes.touches(*TABLES, "sample", "person", "institution"):
            self.refresh()

    def _editor_changed(self, changes: Changes) -> None:
        self.refresh()
        self.changed.emit(changes)

    def _reload_choices(self) -> None:
        with self.db.read() as s:
            batches = [(self.tr("Batch {number}").format(number=b.number), b.id) for b in catalogue.batches(s)]
            states = [(m.name, m.id) for m in reference.member_states(s)]
        refill_combo(self.batch, batches, self.tr("All batches"))
        refill_combo(self.member_state, states, self.tr("All Member States"))

    def current_filter(self) -> ApplicationFilter:
        return ApplicationFilter(
            batch_id=self.batch.currentData(), kind=self.kind.currentData(), status=self.status.currentData(),
            member_state_id=self.member_state.currentData(), text=self.text.text(),
        )

    def apply_filter(self, *, batch_id=None, kind: str | None = None, status: str | None = None,
                     member_state_id=None, text: str = "") -> None:
        """List only the applications matching these (None: any); every other filter is cleared."""
        if self.db is not None:
            self._reload_choices()  # a Member State or batch added since
        for widget, value in ((self.batch, batch_id), (self.kind, kind), (self.status, status),
                              (self.member_state, member_state_id), (self.text, text)):
            widget.blockSignals(True)
            if widget is self.text:
                widget.setText(value)
            else:
                widget.setCurrentIndex(max(find_data(widget, value), 0))
            widget.blockSignals(False)
        self.refresh()

    def refresh(self) -> None:
        if self.db is None:
            return
        selected = self.selected_id()
        f = self.current_filter()
        with self.db.read() as s:
            rows = apps.list_applications(s, f)
            counts = apps.status_counts(s, f)
            total = sum(apps.status_counts(s, ApplicationFilter()).values())
        self.model.set_rows(rows)
        parts = [f"{tr_label(apps.status_label(k))} {n}" for k, n in counts.items() if n]
        self.counts.setText(self.tr("Showing {shown} of {total} applications").format(shown=format_count(len(rows)), total=format_count(total))
                            + (" · " + " · ".join(parts) if parts else ""))
        self.stack.setCurrentIndex(1 if total == 0 else 0)
        self.no_matches.show_for(len(rows), total)
        if selected is not None and self.select(selected):
            return
        if rows:
            self.table.selectRow(0)
        else:
            self.editor.load(None)

    # --- selection ---------------------------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select(self, app_id: uuid.UUID) -> bool:
        row = self.model.row_of(app_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        self.editor.load(app_id)
        return True

    def _selection_changed(self) -> None:
        if self.editor is None:
            return
        app_id = self.selected_id()
        if app_id != self.editor.app_id:
            if not self.editor.settle_unsaved():  # the officer chose to stay: select the edited one again
                row = self.model.row_of(self.editor.app_id)
                self.table.selectionModel().blockSignals(True)
                self.table.selectRow(row)
                self.table.setCurrentIndex(self.model.index(row, 0))
                self.table.selectionModel().blockSignals(False)
                return
            self.editor.load(app_id)

    def new_application(self, kind: str) -> uuid.UUID | None:
        if self.db is None:
            return None
        created = []

        def action():
            with self.db.action() as s:
                created.append(apps.create_application(s, kind, today=date.today()).id)

        if not run_guarded(self, action):
            return None
        self.changed.emit(Changes.of("application", ids=created))
        self.refresh()
        self.select(created[0])
        self.editor.tabs.setCurrentIndex(0)
        self.editor.form.title.setFocus()
        return created[0]
