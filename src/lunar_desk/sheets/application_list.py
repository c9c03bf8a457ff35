"""The list of applications as an Excel workbook (for CLEP and for officers).

Two sheets, one table each:

* **Applications** — one row per application;
* **Requested items** — one row per requested sample or kind.

Row 1 holds the English headers, row 2 the Chinese ones; both are frozen and
the autofilter sits on row 2.  Cells are typed: counts and masses are
numbers (mass in mg with a three-decimal number format, i.e. to the
microgram), dates are dates.  The file is written atomically.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from lunar_desk.filenames import replace_file
from lunar_desk.services.application_view import ApplicationView
from lunar_desk.services.mass import mass_in_unit

APPLICATIONS_SHEET = "Applications"
ITEMS_SHEET = "Requested items"
HEADER_ROWS = 2
MASS_FORMAT = "#,##0.000"
COUNT_FORMAT = "0"
DATE_FORMAT = "yyyy-mm-dd"


@dataclass(frozen=True)
class Column:
    en: str
    zh: str
    number_format: str | None = None
    max_width: int = 50


APPLICATION_COLUMNS = (
    Column("Reference", "编号"),
    Column("Kind", "类型"),
    Column("Institution", "申请单位"),
    Column("Member State", "成员国"),
    Column("Principal investigator", "项目负责人"),
    Column("Title", "题目", max_width=60),
    Column("Status", "状态"),
    Column("Batch", "批次", COUNT_FORMAT),
    Column("Submitted on", "提交日期", DATE_FORMAT),
    Column("Items", "样品项数", COUNT_FORMAT),
    Column("Requested mass (mg)", "申请质量（毫克）", MASS_FORMAT),
)

ITEM_COLUMNS = (
    Column("Reference", "编号"),
    Column("Sample number / kind", "样品编号/类型"),
    Column("Mission", "任务"),
    Column("Mass (mg)", "质量（毫克）", MASS_FORMAT),
    Column("Pieces", "块数", COUNT_FORMAT),
    Column("Preferred sample numbers", "优先样品编号"),
    Column("Justification", "申请理由", max_width=70),
)


def _mg(ug: int | None) -> float | None:
    return None if ug is None else float(mass_in_unit(ug, "mg"))


def _person(view: ApplicationView) -> str:
    pi = view.pi
    if pi is None:
        return ""
    if pi.name_native and pi.name_native != pi.name_latin:
        return f"{pi.name_latin} ({pi.name_native})"
    return pi.name_latin


def _institution(view: ApplicationView) -> str:
    if view.institution_local and view.institution_local != view.institution:
        return f"{view.institution} ({view.institution_local})"
    return view.institution


def _member_state(view: ApplicationView) -> str:
    return f"{view.member_state} ({view.member_state_zh})" if view.member_state_zh else view.member_state


def application_rows(views: Sequence[ApplicationView]) -> list[list[Any]]:
    rows = []
    for v in views:
        total = sum(i.mass_ug or 0 for i in v.items)
        has_mass = any(i.mass_ug is not None for i in v.items)
        rows.append(
            [
                v.reference,
                v.kind_label,
                _institution(v),
                _member_state(v),
                _person(v),
                v.title,
                v.status_label,
                v.batch_number,
                v.submitted_on,
                len(v.items),
                _mg(total) if has_mass else None,
            ]
        )
    return rows


def item_rows(views: Sequence[ApplicationView]) -> list[list[Any]]:
    rows = []
    for v in views:
        for item in v.items:
            what = item.sample_number or item.preparation_label or item.preparation
            rows.append(
                [
                    v.reference,
                    what,
                    item.mission,
                    _mg(item.mass_ug),
                    item.pieces,
                    item.preferred_numbers,
                    item.justification,
                ]
            )
    return rows


def _display_width(value: Any) -> int:
    if value is None:
        return 0
    if isinstance(value, float):
        return len(f"{value:,.3f}")
    if isinstance(value, date):
        return 10
    text = str(value)
    longest = max((len(line) + sum(1 for c in line if unicodedata.east_asian_width(c) in "WF")
                   for line in text.splitlines() or [""]), default=0)
    return longest


def _write_sheet(ws, columns: Sequence[Column], rows: list[list[Any]]) -> None:
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    fill = PatternFill("solid", fgColor="D5DEE9")
    rule = Border(bottom=Side(style="thin", color="808080"))
    ws.append([c.en for c in columns])
    ws.append([c.zh for c in columns])
    for row in ws.iter_rows(min_row=1, max_row=HEADER_ROWS):
        for cell in row:
            cell.font = bold
            cell.fill = fill
            cell.alignment = Alignment(vertical="top", wrap_text=False)
    for cell in ws[HEADER_ROWS]:
        cell.border = rule
    for values in rows:
        ws.append(values)
    for idx, column in enumerate(columns, start=1):
        letter = get_column_letter(idx)
        if column.number_format:
            for (cell,) in ws.iter_rows(min_row=HEADER_ROWS + 1, min_col=idx, max_col=idx):
                if cell.value is not None:
                    cell.number_format = column.number_format
        widths = [_display_width(column.en), _display_width(column.zh)]
        widths += [_display_width(r[idx - 1]) for r in rows]
        ws.column_dimensions[letter].width = min(max(widths) + 2, column.max_width)
    last_col = get_column_letter(len(columns))
    ws.freeze_panes = f"A{HEADER_ROWS + 1}"
    ws.auto_filter.ref = f"A{HEADER_ROWS}:{last_col}{max(HEADER_ROWS + len(rows), HEADER_ROWS + 1)}"
    ws.print_title_rows = f"1:{HEADER_ROWS}"


def write_application_list(views: list[ApplicationView], out: Path) -> Path:
    """Write the two-sheet application list to ``out`` (.xlsx, atomically); returns ``out``."""
    from openpyxl import Workbook

    out = Path(out)
    wb = Workbook()
    ws = wb.active
    ws.title = APPLICATIONS_SHEET
    _write_sheet(ws, APPLICATION_COLUMNS, application_rows(views))
    _write_sheet(wb.create_sheet(ITEMS_SHEET), ITEM_COLUMNS, item_rows(views))
    wb.properties.creator = "Lunar Desk (APSCO Secretariat)"
    wb.properties.title = "Lunar sample applications"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    try:
        wb.save(tmp)
        replace_file(tmp, out)  # Windows: refused while the file is open in a reader or Excel
    finally:
        if tmp.exists():
            tmp.unlink()
    return out
