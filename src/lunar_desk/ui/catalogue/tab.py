"""The Catalogue tab: filter bar, sample table, detail pane, actions."""

from __future__ import annotations

import uuid
from datetime import date

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.clock import local_time
from lunar_desk.db.engine import Database
from lunar_desk.errors import UserError
from lunar_desk.services import catalogue, custody
from lunar_desk.services.audit import history
from lunar_desk.services.catalogue import SampleFilter
from lunar_desk.services.changes import Changes
from lunar_desk.services.mass import MassUnit, format_mass
from lunar_desk.ui.catalogue.model import COLUMNS, ID_ROLE, SampleTableModel
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.i18n import format_count, tr_error, tr_label
from lunar_desk.ui.keyboard import EDIT, NEW, button_keys
from lunar_desk.ui.widgets import EmptyState, MassEdit, NoMatches, refill_combo

COUNT_DELAY_MS = 120


def _combo(items: list[tuple[str, object]]) -> QComboBox:
    combo = QComboBox()
    for text, value in items:
        combo.addItem(text, value)
    return combo


class FilterBar(QWidget):
    """Free text, mission, batch, preparation, status and mass range."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit()
        self.text.setPlaceholderText(self.tr("Search sample number or notes (Ctrl+F)"))
        self.text.setClearButtonEnabled(True)
        self.mission = _combo([(self.tr("All missions"), None)])
        self.batch = _combo([(self.tr("All batches"), None)])
        self.preparation = _combo([(self.tr("All preparations"), None)]
                                  + [(tr_label(v), k.value) for k, v in catalogue.PREPARATION_LABELS.items()])
        self.status = _combo([(self.tr("All statuses"), None)] + [(tr_label(v), k.value) for k, v in catalogue.STATUS_LABELS.items()])
        self.min_mass = MassEdit(allow_empty=True)
        self.max_mass = MassEdit(allow_empty=True)
        for edit, text in ((self.min_mass, self.tr("min, e.g. 10 mg")), (self.max_mass, self.tr("max, e.g. 1 g"))):
            edit.edit.setPlaceholderText(text)
            edit.setMaximumWidth(150)
        self.unit = _combo([("mg", MassUnit.MG), ("g", MassUnit.G)])
        self.unit.setToolTip(self.tr("Unit for masses shown in the table"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 3)
        for w in (self.mission, self.batch, self.preparation, self.status):
            layout.addWidget(w, 1)
        layout.addWidget(QLabel(self.tr("Mass")))
        layout.addWidget(self.min_mass)
        layout.addWidget(QLabel("–"))
        layout.addWidget(self.max_mass)
        layout.addWidget(QLabel(self.tr("Show in")))
        layout.addWidget(self.unit)
        self.text.textChanged.connect(self.changed)
        for combo in (self.mission, self.batch, self.preparation, self.status):
            combo.currentIndexChanged.connect(self.changed)
        self.min_mass.changed.connect(self.changed)
        self.max_mass.changed.connect(self.changed)

    def clear_filter(self) -> None:
        """Every sample again: empty search, every choice back to "All", no mass range (the unit stays)."""
        widgets = (self.text, self.mission, self.batch, self.preparation, self.status, self.min_mass, self.max_mass)
        for w in widgets:
            w.blockSignals(True)
        self.text.clear()
        for combo in (self.mission, self.batch, self.preparation, self.status):
            combo.setCurrentIndex(0)
        self.min_mass.setText("")
        self.max_mass.setText("")
        for w in widgets:
            w.blockSignals(False)
        self.changed.emit()

    def set_choices(self, missions: list[tuple[str, uuid.UUID]], batches: list[tuple[str, uuid.UUID]]) -> None:
        refill_combo(self.mission, missions, self.tr("All missions"))
        refill_combo(self.batch, batches, self.tr("All batches"))

    def current_unit(self) -> MassUnit:
        return MassUnit(self.unit.currentData())

    def value(self) -> SampleFilter:
        return SampleFilter(
            text=self.text.text(),
            mission_id=self.mission.currentData(),
            batch_id=self.batch.currentData(),
            preparation=self.preparation.currentData(),
            status=self.status.currentData(),
            min_ug=self.min_mass.value(),
            max_ug=self.max_mass.value(),
        )


class DetailPane(QTabWidget):
    """Fields, lineage tree and history of the selected sample."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.labels: dict[str, QLabel] = {}
        for key, title in [
            ("sample_number", self.tr("Sample number:")), ("mission", self.tr("Mission:")),
            ("batch", self.tr("Release batch:")), ("use_class", self.tr("Use class:")),
            ("sampling_mode", self.tr("Sampling:")), ("preparation", self.tr("Preparation:")),
            ("mass", self.tr("Mass:")), ("held", self.tr("Held now:")), ("consumed", self.tr("Consumed:")),
            ("lost", self.tr("Lost:")), ("pieces", self.tr("Pieces:")), ("status", self.tr("Status:")),
            ("location", self.tr("Storage / location:")), ("custody", self.tr("Custody (loans):")),
            ("parent", self.tr("Split from:")),
            ("notes", self.tr("Notes:")), ("updated", self.tr("Last changed:")),
        ]:
            label = QLabel()
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.form.addRow(title, label)
        self.lineage = QTreeWidget()
        self.lineage.setHeaderLabels([self.tr("Sample"), self.tr("Mass"), self.tr("Held"), self.tr("Status")])
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Officer"), self.tr("Change")])
        self.addTab(self.fields, self.tr("Details"))
        self.addTab(self.lineage, self.tr("Lineage"))
        self.addTab(self.history, self.tr("History"))
        self.setMinimumWidth(320)

    def _custody_text(self, held: custody.ItemCustodyView | None) -> str:
        """Where the sample is on its latest loan: holder and place of the last custody entry."""
        if held is None or held.current is None:
            return ""
        now = held.current
        text = self.tr("{agreement}: {kind} {day}, held by {holder}").format(
            agreement=held.agreement_number, kind=tr_label(now.kind_label).lower(), day=now.occurred_on.isoformat(),
            holder=now.holder or "—") + (f", {now.place}" if now.place else "")
        return text + (" — " + self.tr("no custody entry for too long") if held.stale else "")

    def clear(self) -> None:
        for label in self.labels.values():
            label.clear()
        self.lineage.clear()
        self.history.clear()

    def show_sample(self, detail: catalogue.SampleDetail, entries, unit: MassUnit,
                    held: custody.ItemCustodyView | None = None) -> None:
        def lbl(labels, value):
            return next((tr_label(v) for k, v in labels.items() if k.value == value), value)

        values = {
            "sample_number": detail.sample_number, "mission": detail.mission,
            "batch": "" if detail.batch is None else str(detail.batch),
            "use_class": lbl(catalogue.USE_CLASS_LABELS, detail.use_class),
            "sampling_mode": lbl(catalogue.SAMPLING_LABELS, detail.sampling_mode),
            "preparation": lbl(catalogue.PREPARATION_LABELS, detail.preparation),
            "mass": format_mass(detail.mass_ug, unit), "held": format_mass(detail.held_ug, unit),
            "consumed": format_mass(detail.consumed_ug, unit), "lost": format_mass(detail.lost_ug, unit),
            "pieces": "" if detail.pieces is None else str(detail.pieces),
            "status": lbl(catalogue.STATUS_LABELS, detail.status), "location": detail.location,
            "parent": detail.parent_number or "", "notes": detail.notes,
            "updated": local_time(detail.updated_at),
            "custody": self._custody_text(held),
        }
        for key, value in values.items():
            self.labels[key].setText(value)
        self.lineage.clear()

        def add(node: catalogue.LineageNode, parent_item):
            item = QTreeWidgetItem([
                node.sample_number, format_mass(node.mass_ug, unit), format_mass(node.held_ug, unit),
                lbl(catalogue.STATUS_LABELS, node.status),
            ])
            if node.id == detail.id:
                font = item.font(0)
                font.setBold(True)
                for c in range(4):
                    item.setFont(c, font)
            if parent_item is None:
                self.lineage.addTopLevelItem(item)
            else:
                parent_item.addChild(item)
            for child in node.children:
                add(child, item)

        add(detail.lineage, None)
        self.lineage.expandAll()
        for c in range(4):
            self.lineage.resizeColumnToContents(c)
        self.history.clear()
        for e in entries:
            text = e.summary + (f" ({e.note})" if e.note else "")
            self.history.addTopLevelItem(QTreeWidgetItem([local_time(e.at), e.officer, text]))
        self.history.resizeColumnToContents(0)


class CatalogueTab(QWidget):
    changed = Signal(object)  # Changes made from this tab
    counts_updated = Signal()

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.db: Database | None = None
        self.model = SampleTableModel(self)
        self.filter_bar = FilterBar()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), as in every list
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        for i, width in enumerate([190, 60, 55, 80, 95, 90, 90, 55, 110, 200, 170]):
            self.table.setColumnWidth(i, width)
        self.no_matches = NoMatches(self.table, self.filter_bar.clear_filter)
        self.detail = DetailPane()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)

        self.add_button = QPushButton(self.tr("&Add sample…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.split_button = QPushButton(self.tr("S&plit…"))
        self.split_button.setToolTip(self.tr("Divide the selected sample into subsamples whose masses add up to it"))
        self.retire_button = QPushButton(self.tr("Re&tire…"))
        self.retire_button.setToolTip(self.tr("Record that the selected sample was consumed, returned to CLEP or lost "
                                              "(with a reason)"))
        self.import_button = QPushButton(self.tr("&Import release list…"))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.split_button, self.retire_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.count_label = QLabel()
        buttons.addWidget(self.count_label)
        buttons.addSpacing(12)
        buttons.addWidget(self.import_button)

        self.empty = EmptyState(
            self.tr("The catalogue is empty"),
            self.tr("Samples that CLEP releases will be listed here with their masses, splits and history. "
                    "Import a CLEP release list (File → Import release list…, Ctrl+I) or add a sample by hand."),
        )
        self.empty_import = self.empty.add_button(self.tr("Import release list…"))
        self.empty_add = self.empty.add_button(self.tr("Add sample…"))
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.filter_bar)
        list_layout.addWidget(self.splitter, 1)
        list_layout.addLayout(buttons)
        self.stack = QStackedWidget()
        self.stack.addWidget(list_page)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)

        self._count_timer = QTimer(self)
        self._count_timer.setSingleShot(True)
        self._count_timer.setInterval(COUNT_DELAY_MS)
        self._count_timer.timeout.connect(lambda: self.update_counts(background=True))
        self._count_generation = 0
        self.filter_bar.changed.connect(self.apply_filter)
        self.filter_bar.unit.currentIndexChanged.connect(self._unit_changed)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.model.modelReset.connect(self._after_reset)
        self.table.doubleClicked.connect(lambda *_: self.edit_sample())
        self.add_button.clicked.connect(self.add_sample)
        self.empty_add.clicked.connect(self.add_sample)
        self.edit_button.clicked.connect(self.edit_sample)
        self.split_button.clicked.connect(self.split_sample)
        self.retire_button.clicked.connect(self.retire_sample)
        self.import_button.clicked.connect(self.import_release_list)
        self.empty_import.clicked.connect(self.import_release_list)
        button_keys((self.add_button, self.empty_add), self, NEW, tab_wide=True)
        button_keys(self.edit_button, self.table, EDIT)
        self._total = 0
        self._detail_shown = False
        self._update_buttons()

    # --- database and refresh -------------------------------------------------

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        self._refresh_choices()
        self.model.set_database(db)

    def on_changes(self, changes: Changes) -> None:
        if self.db is None or not changes.touches("sample", "release_batch", "mission"):
            return
        selected = self.selected_id()
        if changes.touches("release_batch", "mission"):
            self._refresh_choices()
        self.model.reload()
        if selected is not None:
            self.select(selected)

    def _refresh_choices(self) -> None:
        with self.db.read() as s:
            missions = [(m.code, m.id) for m in catalogue.missions(s)]
            batches = [(self.tr("Batch {number}").format(number=b.number), b.id) for b in catalogue.batches(s)]
        self.filter_bar.set_choices(missions, batches)

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab)."""
        return self.filter_bar.text

    def apply_filter(self) -> None:
        """Re-query the table for the filter bar's values (the count follows shortly after)."""
        self.model.set_filter(self.filter_bar.value())

    def _after_reset(self) -> None:
        self._count_generation += 1  # a count still running is for the old filter: drop it
        self._count_timer.start()
        self.show_selected()

    def update_counts(self, *, background: bool = False):
        """The "Showing N of M · X held" line.  With ``background`` the counting
        query runs on a worker thread and a result for an outdated filter is dropped."""
        if self.db is None:
            return None
        db, f = self.db, self.model.filter
        self._count_generation += 1
        generation = self._count_generation

        def count(_report=None):
            with db.read() as s:
                shown, held = catalogue.count_samples(s, f)
                return shown, held, catalogue.total_samples(s)

        def show(result) -> None:
            if generation != self._count_generation:
                return  # the filter changed meanwhile; a newer count is on its way
            shown, held, self._total = result
            unit = self.filter_bar.current_unit()
            self.count_label.setText(self.tr("Showing {shown} of {total} samples · {held} held").format(
                shown=format_count(shown), total=format_count(self._total), held=format_mass(held, unit)))
            self.stack.setCurrentIndex(1 if self._total == 0 else 0)
            self.no_matches.show_for(shown, self._total)
            self.counts_updated.emit()

        if not background:
            show(count())
            return None
        from lunar_desk.ui.operations import Operation

        return Operation(count, owner=self).on_success(show).on_failure(
            lambda exc: self.count_label.setText(self.tr("Count failed: {error}").format(error=tr_error(exc)))).start()

    def _unit_changed(self) -> None:
        unit = self.filter_bar.current_unit()
        self.model.set_unit(unit)
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self.show_selected()
        self._count_timer.start()

    # --- selection ----------------------------------------------------------------

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select(self, sample_id: uuid.UUID) -> bool:
        row = self.model.row_of(sample_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.model.index(row, 0))
        return True

    def show_selected(self) -> None:
        sample_id = self.selected_id()
        self._update_buttons()
        if sample_id is None or self.db is None:
            if self._detail_shown:  # clearing an empty pane still repaints the whole tab
                self.detail.clear()
                self._detail_shown = False
            return
        try:
            with self.db.read() as s:
                detail = catalogue.sample_detail(s, sample_id)
                entries = history(s, "sample", str(sample_id))
                held = custody.current_for_sample(s, sample_id, date.today())
        except UserError:
            self.detail.clear()
            return
        self.detail.show_sample(detail, entries, self.filter_bar.current_unit(), held)
        self._detail_shown = True

    def _update_buttons(self) -> None:
        has = self.selected_id() is not None
        for b in (self.edit_button, self.split_button, self.retire_button):
            b.setEnabled(has)

    # --- actions (each one transaction through a service) ---------------------------

    def _saved(self, sample_ids) -> None:
        ids = list(sample_ids)
        self.changed.emit(Changes.of("sample", ids=ids))
        if ids:
            self.select(ids[0])

    def add_sample(self) -> None:
        if self.db is None:
            return
        from lunar_desk.ui.catalogue.sample_dialog import SampleDialog

        dialog = SampleDialog(self.db, None, self.filter_bar.current_unit(), self)
        if dialog.exec():
            self._saved([dialog.saved_id])

    def edit_sample(self) -> None:
        sample_id = self.selected_id()
        if self.db is None or sample_id is None:
            return
        from lunar_desk.ui.catalogue.sample_dialog import SampleDialog

        try:
            dialog = SampleDialog(self.db, sample_id, self.filter_bar.current_unit(), self)
        except UserError as exc:
            show_error(self, exc)
            return
        if dialog.exec():
            self._saved([sample_id])

    def split_sample(self) -> None:
        sample_id = self.selected_id()
        if self.db is None or sample_id is None:
            return
        from lunar_desk.ui.catalogue.split_dialog import SplitDialog

        try:
            dialog = SplitDialog(self.db, sample_id, self.filter_bar.current_unit(), self)
        except UserError as exc:
            show_error(self, exc)
            return
        if dialog.exec():
            self._saved([sample_id, *dialog.created_ids])

    def retire_sample(self) -> None:
        sample_id = self.selected_id()
        if self.db is None or sample_id is None:
            return
        from lunar_desk.ui.catalogue.retire_dialog import RetireDialog

        try:
            dialog = RetireDialog(self.db, sample_id, self.filter_bar.current_unit(), self)
        except UserError as exc:
            show_error(self, exc)
            return
        if dialog.exec():
            self._saved([sample_id])

    def import_release_list(self) -> None:
        if self.db is None:
            return
        from lunar_desk.ui.catalogue.import_dialog import ImportDialog

        dialog = ImportDialog(self.db, self, self.settings)
        dialog.imported.connect(lambda: self.changed.emit(Changes.of("sample", "release_batch")))
        dialog.exec()

    # --- remembered layout ------------------------------------------------------------

    def restore_state(self, settings: QSettings) -> None:
        header = settings.value("catalogue/header")
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value("catalogue/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        unit = settings.value("catalogue/unit")
        if unit:
            i = self.filter_bar.unit.findText(str(unit))
            if i >= 0:
                self.filter_bar.unit.setCurrentIndex(i)

    def save_state(self, settings: QSettings) -> None:
        settings.setValue("catalogue/header", self.table.horizontalHeader().saveState())
        settings.setValue("catalogue/splitter", self.splitter.saveState())
        settings.setValue("catalogue/unit", self.filter_bar.unit.currentText())
