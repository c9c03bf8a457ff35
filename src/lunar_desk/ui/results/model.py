"""The Results tab's table: one row per result report, with its three
compliance ticks (acknowledgement, sample numbers, reported in time)."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    Qt,
)
from PySide6.QtGui import QColor

from lunar_desk.services.result_compliance import DeadlineCheck
from lunar_desk.services.results import kind_label
from lunar_desk.services.results_view import ResultRow
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.selection import ID_ROLE, RecordTableModel

TICK, CROSS, WAIT = "\u2713", "\u2717", "\u2026"
GREEN, RED_TEXT, GREY_TEXT = QColor("#1e7b34"), QColor("#b00020"), QColor("#6c757d")
RED, AMBER = QColor("#f8d7da"), QColor("#fff3cd")


def tick(ok: bool | None) -> str:
    return TICK if ok else WAIT if ok is None else CROSS


def tick_colour(ok: bool | None) -> QColor:
    return GREEN if ok else GREY_TEXT if ok is None else RED_TEXT


def deadline_text(rep: DeadlineCheck) -> str:
    """The third tick with what matters: "✓", "✗ 12 days late", "✗ overdue 5 days", "… due in 10 days"."""
    if rep.state == "late":
        return f"{CROSS} " + QCoreApplication.translate("ResultTableModel", "{n} days late").format(n=rep.days_late)
    if rep.state == "overdue":
        return f"{CROSS} " + QCoreApplication.translate("ResultTableModel", "overdue {n} days").format(n=rep.days_overdue)
    if rep.state == "pending":
        return f"{WAIT} " + QCoreApplication.translate("ResultTableModel", "due in {n} days").format(n=rep.days_left)
    if rep.state == "no_date":
        return f"{WAIT} " + QCoreApplication.translate("ResultTableModel", "not published")
    return TICK


def _names(latin: str, native: str) -> str:
    return f"{latin} ({native})" if native and native != latin else latin


def _d(value) -> str:
    return value.isoformat() if value else ""


# (header, cell text, check for colour and tooltip or None)
COLUMNS = [
    (QT_TRANSLATE_NOOP("ResultTableModel", "Kind"), lambda r: tr_label(kind_label(r.kind)), None),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Title"), lambda r: r.title, None),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Published"), lambda r: _d(r.published_on), None),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Reported to CLEP"), lambda r: _d(r.reported_on), None),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Loans"), lambda r: ", ".join(r.loans), None),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Institution"), lambda r: _names(r.institution, r.institution_local), None),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Acknowledgement"), lambda r: tick(r.compliance.acknowledgement.ok),
     lambda r: r.compliance.acknowledgement),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Sample numbers"), lambda r: tick(r.compliance.samples.ok),
     lambda r: r.compliance.samples),
    (QT_TRANSLATE_NOOP("ResultTableModel", "Reported in time"), lambda r: deadline_text(r.compliance.reporting),
     lambda r: r.compliance.reporting),
]
TICK_COLUMNS = [i for i, c in enumerate(COLUMNS) if c[2] is not None]


def badge(row: ResultRow) -> QColor | None:
    """Row colour: overdue red, due soon amber."""
    if row.overdue:
        return RED
    if row.due_soon:
        return AMBER
    return None


class ResultTableModel(RecordTableModel):
    columns = COLUMNS
    rows: list[ResultRow]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section][0])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        _title, text, check = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text(row)
        if role == Qt.ItemDataRole.BackgroundRole:
            return badge(row)
        if role == ID_ROLE:
            return row.id
        if check is not None:
            if role == Qt.ItemDataRole.ForegroundRole:
                return tick_colour(check(row).ok)
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr_label(check(row).text)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignCenter) if index.column() != TICK_COLUMNS[-1] else None
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return row.title
        return None
