"""Pick a sample from the catalogue with the catalogue's own filter bar (for requested items, decisions)."""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QDialogButtonBox, QTableView, QVBoxLayout, QWidget

from lunar_desk.db.engine import Database
from lunar_desk.services import catalogue
from lunar_desk.ui.catalogue.model import ID_ROLE, SampleTableModel
from lunar_desk.ui.catalogue.tab import FilterBar
from lunar_desk.ui.widgets import find_data


class SamplePickerDialog(QDialog):
    """Filter the catalogue and choose one sample (double-click or Enter)."""

    def __init__(self, db: Database, parent: QWidget | None = None, *, only_available: bool = True) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pick a sample from the catalogue"))
        self.resize(1000, 560)
        self.filter_bar = FilterBar()
        with db.read() as s:
            self.filter_bar.set_choices([(m.code, m.id) for m in catalogue.missions(s)],
                                        [(self.tr("Batch {number}").format(number=b.number), b.id)
                                         for b in catalogue.batches(s)])
        if only_available:
            self.filter_bar.status.setCurrentIndex(find_data(self.filter_bar.status, catalogue.SampleStatus.AVAILABLE.value))
        self.model = SampleTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (arrows move in it), as in every list
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        for i, width in enumerate([190, 60, 55, 80, 95, 90, 90, 55, 110, 200]):
            self.table.setColumnWidth(i, width)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Pick"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self.filter_bar.changed.connect(lambda: self.model.set_filter(self.filter_bar.value()))
        self.table.doubleClicked.connect(lambda *_: self.accept())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._check())
        self.model.modelReset.connect(self._check)
        self.model.set_filter(self.filter_bar.value())
        self.model.set_database(db)
        self.filter_bar.text.setFocus()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.selected_number() is not None)

    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def selected_number(self) -> str | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.rows[index.row()].sample_number

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Enter in the filter picks the first match
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_number() is None and self.model.rows:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        super().keyPressEvent(event)
