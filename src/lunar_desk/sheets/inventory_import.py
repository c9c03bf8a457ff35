"""Import of a borrower's filled inventory sheet (made by :mod:`.inventory_template`).

:func:`read_inventory_sheet` checks the whole file against the loan and
collects every problem with its place (file, sheet, row, column): a sheet of
another loan, a missing sheet or header, a missing, unknown or doubled item
row, text or a negative number in a mass cell, more mass than was lent, a
missing or impossible date.  Any problem raises :class:`InventorySheetError`
listing them all; nothing is written.  :func:`import_inventory_sheet` then
records the inventory through :func:`lunar_desk.services.inventory.record_inventory`
(which reconciles it and may open incidents) in the caller's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy.orm import Session

from lunar_desk.db.models_stewardship import Inventory, InventorySource
from lunar_desk.errors import InputFileError, Location, ValidationError
from lunar_desk.services import inventory
from lunar_desk.services.inventory import InventoryLineData, InventoryTemplateView
from lunar_desk.services.mass import MassUnit, format_mass, parse_mass
from lunar_desk.sheets.inventory_template import (
    COLUMNS,
    CONSUMED,
    COUNTED_BY_CELL,
    FIRST_ROW,
    HEADER_ROW,
    INVENTORY_SHEET,
    ITEM_ID,
    META_SHEET,
    REMAINING,
    REPORTED_CELL,
    SAMPLE,
    STATE,
)
from lunar_desk.messages import Msg

MAX_ROWS = 2000


class InventorySheetError(InputFileError):
    """Every problem found in a returned sheet (``problems``), each with its place."""

    def __init__(self, problems: list[InputFileError]) -> None:
        first = problems[0]
        super().__init__(first.location, first.problem)
        self.problems = problems
        if len(problems) > 1:
            self.message = (f"{len(problems)} problems in {Path(first.location.file or '').name}; nothing was imported:\n"
                            + "\n".join(f"• {p.message}" for p in problems))
        else:
            self.message = f"{first.message} Nothing was imported."
        self.args = (self.message,)


@dataclass(frozen=True)
class ParsedInventory:
    loan_id: uuid.UUID
    due_on: date
    reported_on: date
    counted_by: str
    lines: tuple[InventoryLineData, ...]
    file_name: str


def _date(value) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def _mass(value) -> int | None:
    """Micrograms from a cell (a number in mg, or text such as '12,5' or '12.5 mg'); None when empty."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValidationError(Msg("'{value}' is not a mass.", value=value))
    if isinstance(value, float):
        value = Decimal(repr(value))
    return parse_mass(value, default_unit=MassUnit.MG)


def read_inventory_sheet(path: Path, view: InventoryTemplateView, today: date) -> ParsedInventory:
    """Check a returned sheet against the loan of ``view``; every problem is reported, located."""
    from openpyxl import load_workbook
    from openpyxl.utils import get_column_letter

    path = Path(path)
    problems: list[InputFileError] = []

    def problem(text: str, sheet: str | None = None, row: int | None = None, column: str | None = None) -> None:
        problems.append(InputFileError(Location(str(path), sheet, row, column), text))

    def fail():
        raise InventorySheetError(problems)

    try:
        wb = load_workbook(path, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a file that is not a workbook
        problem(Msg("this is not an Excel workbook (.xlsx) Lunar Desk can read ({name__}).", name__=exc.__class__.__name__))
        fail()
    if META_SHEET not in wb.sheetnames:
        problem(Msg(
            "the file carries no loan identification (its hidden sheet '_loan' is missing): export the inventory "
            "template from Lunar Desk and fill that file in."))
        fail()
    meta = wb[META_SHEET]
    loan_text, agreement = str(meta["B1"].value or "").strip(), str(meta["B2"].value or "").strip()
    if loan_text != str(view.loan_id):
        problem(Msg(
            "this sheet is for loan {value}, not for {agreement_number}; import it on its own loan.",
            value=agreement or '(unknown)', agreement_number=view.agreement_number), META_SHEET, 1, "B")
        fail()
    due_on = _date(meta["B3"].value)
    if due_on is None:
        problem(Msg("the inventory date of the template is missing."), META_SHEET, 3, "B")
    if INVENTORY_SHEET not in wb.sheetnames:
        problem(Msg("the sheet '{INVENTORY_SHEET}' is missing.", INVENTORY_SHEET=INVENTORY_SHEET))
        fail()
    ws = wb[INVENTORY_SHEET]
    for col, (en, _zh, _w) in enumerate(COLUMNS, start=1):
        if str(ws.cell(row=HEADER_ROW, column=col).value or "").strip() != en:
            problem(Msg("the header '{en}' is missing or changed: the table's columns must stay as exported.", en=en),
                    INVENTORY_SHEET, HEADER_ROW, get_column_letter(col))
    if problems:
        fail()

    reported_cell = ws[REPORTED_CELL].value
    reported_on = _date(reported_cell)
    where = (INVENTORY_SHEET, ws[REPORTED_CELL].row, ws[REPORTED_CELL].column_letter)
    if reported_cell in (None, ""):
        problem(Msg("fill in the day the samples were counted."), *where)
    elif reported_on is None:
        problem(Msg("'{reported_cell}' is not a date (write it as 2026-12-31).", reported_cell=reported_cell), *where)
    elif reported_on > today:
        problem(Msg("the day counted, {reported_on}, is in the future.", reported_on=reported_on), *where)
    counted_by = " ".join(str(ws[COUNTED_BY_CELL].value or "").split())

    items = {str(i.loan_item_id): i for i in view.items}
    header = {col: en for col, (en, _zh, _w) in enumerate(COLUMNS, start=1)}
    lines: dict[str, InventoryLineData] = {}
    for row in range(FIRST_ROW, FIRST_ROW + MAX_ROWS):
        cells = {col: ws.cell(row=row, column=col).value for col in (SAMPLE, REMAINING, CONSUMED, STATE, ITEM_ID)}
        if all(v in (None, "") for v in cells.values()):
            break
        item_key = str(cells[ITEM_ID] or "").strip()
        item = items.get(item_key)
        if item is None:
            problem(Msg(
                "'{value}' is not an item of {agreement_number} still with the borrower; keep the item ids as "
                "exported.",
                value=item_key or '(empty)', agreement_number=view.agreement_number), INVENTORY_SHEET, row, header[ITEM_ID])
            continue
        if item_key in lines:
            problem(Msg("item {position} ({sample_number}) is listed twice.", position=item.position, sample_number=item.sample_number), INVENTORY_SHEET, row, header[ITEM_ID])
            continue
        masses: dict[int, int] = {}
        for col in (REMAINING, CONSUMED):
            value = cells[col]
            try:
                ug = _mass(value)
            except ValidationError as exc:
                problem(Msg("{message}", message=exc.message), INVENTORY_SHEET, row, header[col])
                continue
            if ug is None:
                if col == REMAINING:
                    problem(Msg("give the mass of {sample_number} remaining now (0 if none).", sample_number=item.sample_number), INVENTORY_SHEET, row,
                            header[col])
                    continue
                ug = 0
            if ug > item.lent_ug:
                problem(Msg("{ug} is more than the {lent_ug} of {sample_number} lent.", ug=format_mass(ug), lent_ug=format_mass(item.lent_ug), sample_number=item.sample_number),
                        INVENTORY_SHEET, row, header[col])
                continue
            masses[col] = ug
        if REMAINING in masses and CONSUMED in masses and masses[REMAINING] + masses[CONSUMED] > item.lent_ug:
            problem(Msg(
                "{masses} remaining + {masses_2} consumed is more than the {lent_ug} of {sample_number} lent.",
                masses=format_mass(masses[REMAINING]), masses_2=format_mass(masses[CONSUMED]), lent_ug=format_mass(item.lent_ug), sample_number=item.sample_number), INVENTORY_SHEET, row, header[REMAINING])
            continue
        if len(masses) == 2:
            lines[item_key] = InventoryLineData(item.loan_item_id, masses[REMAINING], masses[CONSUMED],
                                                str(cells[STATE] or "").strip())
        else:
            lines[item_key] = InventoryLineData(item.loan_item_id, 0)  # placeholder; a problem is already listed
    for key, item in items.items():
        if key not in lines:
            problem(Msg("the row of item {position} ({sample_number}) is missing.", position=item.position, sample_number=item.sample_number), INVENTORY_SHEET)
    if problems:
        fail()
    return ParsedInventory(view.loan_id, due_on, reported_on, counted_by,
                           tuple(lines[str(i.loan_item_id)] for i in view.items), path.name)


def import_inventory_sheet(session: Session, path: Path, loan_id: uuid.UUID, today: date) -> Inventory:
    """Check the returned sheet and record its inventory for ``loan_id`` (one transaction: the caller's)."""
    view = inventory.template_view(session, loan_id, today)
    parsed = read_inventory_sheet(path, view, today)
    return record_parsed(session, parsed, today)


def record_parsed(session: Session, parsed: ParsedInventory, today: date) -> Inventory:
    """Record an inventory read by :func:`read_inventory_sheet` (e.g. off the GUI thread)."""
    notes = f"Counted by {parsed.counted_by}." if parsed.counted_by else ""
    return inventory.record_inventory(session, parsed.loan_id, reported_on=parsed.reported_on, lines=list(parsed.lines),
                                      today=today, due_on=parsed.due_on, source=InventorySource.BORROWER_SHEET.value,
                                      file_name=parsed.file_name, notes=notes)
