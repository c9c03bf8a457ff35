"""Selecting records by id in a list tab, the same way in every tab: the id of a row is
stored under :data:`ID_ROLE`.

A tab that mixes in :class:`RecordSelection` has ``self.table`` (a view over
``self.model``, whose rows have an ``id``, with ``row_of(id)`` and the id under
:data:`ID_ROLE`) and ``self.load(id)``, which shows one record (or none) in the
detail pane.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the record id of a row, in every list and tree of the window


def selected_data(tree):
    """The record id of a tree's current item (column 0, :data:`ID_ROLE`), or None."""
    item = tree.currentItem()
    return item.data(0, ID_ROLE) if item is not None else None


class RecordSelection:
    def selected_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        return self.model.data(index, ID_ROLE) if index.isValid() else None

    def select(self, record_id: uuid.UUID) -> bool:
        """Select and show ``record_id`` if the list shows it (the filter may hide it)."""
        row = self.model.row_of(record_id)
        if row >= 0:
            self.table.selectRow(row)
            self.load(record_id)
        return row >= 0

    def reselect(self, previous: uuid.UUID | None) -> None:
        """After the list was filled again: keep the record the officer had selected if it is still
        listed, else select the first row, else show nothing."""
        rows = self.model.rows
        row = self.model.row_of(previous) if previous is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            self.table.selectRow(row)
        self.load(rows[row].id if row >= 0 else None)


class RecordTableModel(QAbstractTableModel):
    """The rows of a list tab, each a record view with an ``id``; a subclass names its ``columns``
    and answers ``headerData`` and ``data`` (with the id under :data:`ID_ROLE`)."""

    columns: Sequence = ()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.arrange()
        self.endResetModel()

    def arrange(self) -> None:
        """Put ``self.rows`` in display order (a model that sorts itself overrides this)."""

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 - Qt's signature
        return 0 if parent.isValid() else len(self.columns)

    def row_of(self, record_id) -> int:
        return next((i for i, r in enumerate(self.rows) if r.id == record_id), -1)
