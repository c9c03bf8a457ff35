"""The applications list: a few hundred rows a year, loaded whole per filter."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from lunar_desk.services import applications as apps
from lunar_desk.services.applications import ApplicationRow
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.selection import ID_ROLE, RecordTableModel



@dataclass(frozen=True)
class Column:
    header: str  # English; translated in headerData
    text: Callable[[ApplicationRow], str]
    sort: Callable[[ApplicationRow], object]
    numeric: bool = False


def _kind(row: ApplicationRow) -> str:
    return next((tr_label(v) for k, v in apps.KIND_LABELS.items() if k.value == row.kind), row.kind)


COLUMNS = [
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Reference"), lambda r: r.reference, lambda r: r.reference),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Kind"), _kind, _kind),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Status"), lambda r: tr_label(apps.status_label(r.status)), lambda r: tr_label(apps.status_label(r.status))),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Batch"), lambda r: "" if r.batch_number is None else str(r.batch_number), lambda r: r.batch_number or 0,
           True),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Title"), lambda r: r.title, lambda r: r.title.lower()),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Member State"), lambda r: r.member_state, lambda r: r.member_state),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Institution"), lambda r: r.institution, lambda r: r.institution),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Principal investigator"),
           lambda r: f"{r.pi_name} ({r.pi_name_native})" if r.pi_name_native else r.pi_name, lambda r: r.pi_name),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Items"), lambda r: str(r.items_count), lambda r: r.items_count, True),
    Column(QT_TRANSLATE_NOOP("ApplicationTableModel", "Requested"), lambda r: format_mass(r.requested_ug), lambda r: r.requested_ug, True),
]


class ApplicationTableModel(RecordTableModel):
    columns = COLUMNS
    rows: list[ApplicationRow]

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._sort = (0, Qt.SortOrder.AscendingOrder)

    def arrange(self) -> None:
        column, order = self._sort
        self.rows.sort(key=COLUMNS[column].sort, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self.arrange()
        self.layoutChanged.emit()

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section].header)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 4:
            return row.title
        return None
