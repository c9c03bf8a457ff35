"""Selecting records by id in a list tab, the same way in every tab.

A tab that mixes in :class:`RecordSelection` has ``self.table`` (a view over
``self.model``, whose rows have an ``id``, with ``row_of(id)`` and the id under
:data:`ID_ROLE`) and ``self.load(id)``, which shows one record (or none) in the
detail pane.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt

ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
