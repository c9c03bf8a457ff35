"""The catalogue table model: pages of rows from an indexed SQL query.

Only the rows scrolled into view are loaded (fetch-more in pages), so the
tab stays light and responsive at 150,000 samples.  Columns are data, not
branches in ``data()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt

from lunar_desk.db.engine import Database
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SampleFilter, SampleRow
from lunar_desk.services.mass import MassUnit, format_mass
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.selection import ID_ROLE

PAGE = 100


@dataclass(frozen=True)
class Column:
    key: str  # also the service's sort key
    header: str  # English; translated in headerData (context SampleTableModel)
    text: Callable[[SampleRow, MassUnit], str]
    numeric: bool = False
    tip: str = ""


def _label(labels: dict, value: str) -> str:
    for k, v in labels.items():
        if k.value == value:
            return tr_label(v)
    return value


COLUMNS: list[Column] = [
    Column("sample_number", QT_TRANSLATE_NOOP("SampleTableModel", "Sample number"), lambda r, u: r.sample_number),
    Column("mission", QT_TRANSLATE_NOOP("SampleTableModel", "Mission"), lambda r, u: r.mission),
    Column("batch", QT_TRANSLATE_NOOP("SampleTableModel", "Batch"), lambda r, u: "" if r.batch is None else str(r.batch), numeric=True),
    Column("sampling_mode", QT_TRANSLATE_NOOP("SampleTableModel", "Sampling"), lambda r, u: _label(catalogue.SAMPLING_LABELS, r.sampling_mode)),
    Column("preparation", QT_TRANSLATE_NOOP("SampleTableModel", "Preparation"), lambda r, u: _label(catalogue.PREPARATION_LABELS, r.preparation)),
    Column("mass_ug", QT_TRANSLATE_NOOP("SampleTableModel", "Mass"), lambda r, u: format_mass(r.mass_ug, u), numeric=True,
           tip=QT_TRANSLATE_NOOP("SampleTableModel", "Mass recorded for the sample")),
    Column("held_ug", QT_TRANSLATE_NOOP("SampleTableModel", "Held"), lambda r, u: format_mass(r.held_ug, u), numeric=True,
           tip=QT_TRANSLATE_NOOP("SampleTableModel", "Mass this record still holds (not consumed, lost, returned, or passed to its splits)")),
    Column("pieces", QT_TRANSLATE_NOOP("SampleTableModel", "Pieces"), lambda r, u: "" if r.pieces is None else str(r.pieces), numeric=True),
    Column("status", QT_TRANSLATE_NOOP("SampleTableModel", "Status"), lambda r, u: _label(catalogue.STATUS_LABELS, r.status)),
    Column("location", QT_TRANSLATE_NOOP("SampleTableModel", "Storage / location"), lambda r, u: r.location),
    Column("parent", QT_TRANSLATE_NOOP("SampleTableModel", "Split from"), lambda r, u: r.parent_number or ""),
]


class SampleTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.db: Database | None = None
        self.filter = SampleFilter()
        self.sort_key = "sample_number"
        self.descending = False
        self.unit = MassUnit.MG
        self.rows: list[SampleRow] = []
        self._more = False

    # --- query --------------------------------------------------------------

    def set_database(self, db: Database | None) -> None:
        self.db = db
        self.reload()

    def set_filter(self, f: SampleFilter) -> None:
        self.filter = f
        self.reload()

    def set_unit(self, unit: MassUnit) -> None:
        self.unit = MassUnit(unit)
        if self.rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.rows) - 1, len(COLUMNS) - 1))

    def reload(self) -> None:
        self.beginResetModel()
        self.rows = self._fetch(0)
        self._more = len(self.rows) == PAGE
        self.endResetModel()

    def _fetch(self, offset: int) -> list[SampleRow]:
        if self.db is None:
            return []
        with self.db.read() as session:
            return catalogue.sample_page(
                session, self.filter, sort=self.sort_key, descending=self.descending, offset=offset, limit=PAGE
            )

    def canFetchMore(self, parent=QModelIndex()) -> bool:  # noqa: N802
        return not parent.isValid() and self._more

    def fetchMore(self, parent=QModelIndex()) -> None:  # noqa: N802
        if parent.isValid() or not self._more:
            return
        more = self._fetch(len(self.rows))
        self._more = len(more) == PAGE
        if more:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.sort_key = COLUMNS[column].key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # --- Qt model ------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(column.header) + (f" ({self.unit.value})" if column.key in ("mass_ug", "held_ug") else "")
        if role == Qt.ItemDataRole.ToolTipRole and column.tip:
            return self.tr(column.tip)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column.key in ("mass_ug", "held_ug"):
                ug = row.mass_ug if column.key == "mass_ug" else row.held_ug
                return format_mass(ug, self.unit, with_unit=False)
            return column.text(row, self.unit)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        return None

    def row_of(self, sample_id) -> int:
        for i, row in enumerate(self.rows):
            if row.id == sample_id:
                return i
        return -1
