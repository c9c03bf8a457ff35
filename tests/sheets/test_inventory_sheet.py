"""The borrower's inventory sheet: exported per loan, filled in Excel, imported back with every problem
located (file, sheet, row, column) and nothing saved until the whole sheet is right."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from stewardship_world import MG, TODAY, build, counts

from lunar_desk.services import inventory
from lunar_desk.sheets.inventory_import import (
    InventorySheetError,
    import_inventory_sheet,
)
from lunar_desk.sheets.inventory_template import (
    FIRST_ROW,
    INVENTORY_SHEET,
    META_SHEET,
    write_inventory_template,
)


@pytest.fixture
def w(db):
    return build(db)


def export(db, loan_id, tmp_path, name="template.xlsx"):
    with db.read() as s:
        view = inventory.template_view(s, loan_id, TODAY)
    return write_inventory_template(view, tmp_path / name)


def fill(path, rows: dict[int, tuple], *, counted=datetime(2026, 1, 8), by="Zahra Hosseini", out=None):
    """Fill the template as a borrower does: {row offset: (remaining, consumed, state)}."""
    wb = load_workbook(path)
    ws = wb[INVENTORY_SHEET]
    ws["B6"] = counted
    ws["B7"] = by
    for offset, (remaining, consumed, state) in rows.items():
        ws.cell(row=FIRST_ROW + offset, column=5, value=remaining)
        ws.cell(row=FIRST_ROW + offset, column=6, value=consumed)
        ws.cell(row=FIRST_ROW + offset, column=7, value=state)
    out = out or path.with_name("filled.xlsx")
    wb.save(out)
    return out


def do_import(db, path, loan_id):
    with db.action() as s:
        return import_inventory_sheet(s, path, loan_id, TODAY).id


def test_template_carries_the_loan_and_locks_all_but_the_input_cells(db, w, tmp_path):
    path = export(db, w.loan_a, tmp_path)
    wb = load_workbook(path)
    assert wb.sheetnames == [INVENTORY_SHEET, "Instructions", META_SHEET]
    ws = wb[INVENTORY_SHEET]
    assert (ws["B2"].value, ws["B3"].value, ws["B4"].value) == (
        "LSA-2025-001", "Iranian Space Agency (سازمان فضایی ایران)", "Mohammad Rezaei")
    assert ws["B5"].value.date() == date(2025, 12, 31) and ws["B5"].number_format == "yyyy-mm-dd"
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=FIRST_ROW, max_row=FIRST_ROW + 1)]
    assert [r[:4] for r in rows] == [[1, "CE5C0400YJFM00406", 100.0, 100.0], [2, "CE5C0400YJYX00007", 90.0, 90.0]]
    assert [r[7] for r in rows] == [str(w.a_powder), str(w.a_chip)]
    assert ws.protection.sheet and ws.cell(row=FIRST_ROW, column=8).protection.locked  # the id column
    assert ws.cell(row=FIRST_ROW, column=3).protection.locked  # the lent mass
    assert not any(ws.cell(row=FIRST_ROW, column=c).protection.locked for c in (5, 6, 7))  # the input columns
    assert not ws["B6"].protection.locked
    meta = wb[META_SHEET]
    assert meta.sheet_state == "hidden" and (meta["B1"].value, meta["B2"].value) == (str(w.loan_a), "LSA-2025-001")
    assert set(wb.defined_names) >= {"LoanId", "AgreementNumber", "InventoryDue"}
    texts = [c.value for c in wb["Instructions"]["A"] if c.value]
    assert "2. For every item, weigh what remains and enter it in 'Remaining now (mg)'." in texts
    assert "2. 逐项称量剩余样品，填入“现剩余质量（毫克）”。" in texts


def test_round_trip_records_the_borrowers_inventory(db, w, tmp_path):
    filled = fill(export(db, w.loan_a, tmp_path), {0: (95.5, "4,5", "Sealed vial"), 1: (90, None, "Intact")})
    inv_id = do_import(db, filled, w.loan_a)
    with db.read() as s:
        (v,) = inventory.inventories(s, w.loan_a)
    assert (v.id, v.due_on, v.reported_on, v.source, v.file_name, v.discrepancy, v.notes) == (
        inv_id, date(2025, 12, 31), date(2026, 1, 8), "borrower_sheet", "filled.xlsx", False, "Counted by Zahra Hosseini.")
    assert [(x.remaining_ug, x.consumed_since_ug, x.state) for x in v.lines] == [
        (95_500, 4_500, "Sealed vial"), (90 * MG, 0, "Intact")]
    # the same sheet a second time is refused: its inventory date is answered
    before = counts(db)
    with pytest.raises(Exception, match="was already recorded"):
        do_import(db, filled, w.loan_a)
    assert counts(db) == before


def test_a_malformed_sheet_lists_every_problem_located_and_saves_nothing(db, w, tmp_path):
    path = export(db, w.loan_a, tmp_path)
    filled = fill(path, {0: ("about 95", -2, ""), 1: (120, 0, "")}, counted="next week")
    before = counts(db)
    with pytest.raises(InventorySheetError) as exc:
        do_import(db, filled, w.loan_a)
    assert counts(db) == before
    found = {(p.location.sheet, p.location.row, p.location.column): p.problem for p in exc.value.problems}
    assert all(p.location.file == str(filled) for p in exc.value.problems)
    assert found[(INVENTORY_SHEET, 6, "B")] == "'next week' is not a date (write it as 2026-12-31)."
    assert "'about 95' is not a mass" in found[(INVENTORY_SHEET, FIRST_ROW, "Remaining now (mg)")]
    assert "cannot be negative" in found[(INVENTORY_SHEET, FIRST_ROW, "Consumed since last inventory (mg)")]
    assert found[(INVENTORY_SHEET, FIRST_ROW + 1, "Remaining now (mg)")] == (
        "120 mg is more than the 90 mg of CE5C0400YJYX00007 lent.")
    message = str(exc.value)
    assert message.startswith("4 problems in filled.xlsx; nothing was imported:")
    assert "filled.xlsx, sheet 'Inventory', row 12, column 'Remaining now (mg)': 120 mg is more than" in message


def test_a_sheet_of_another_loan_is_refused(db, w, tmp_path):
    filled = fill(export(db, w.loan_b, tmp_path, "b.xlsx"), {0: (40, 0, "")})
    before = counts(db)
    with pytest.raises(InventorySheetError) as exc:
        do_import(db, filled, w.loan_a)
    (p,) = exc.value.problems
    assert (p.location.sheet, p.location.row, p.location.column) == (META_SHEET, 1, "B")
    assert p.problem == "this sheet is for loan LSA-2026-002, not for LSA-2025-001; import it on its own loan."
    assert counts(db) == before


def test_missing_and_unknown_rows_are_refused(db, w, tmp_path):
    filled = fill(export(db, w.loan_a, tmp_path), {0: (95, 5, ""), 1: (90, 0, "")})
    wb = load_workbook(filled)
    ws = wb[INVENTORY_SHEET]
    ws.cell(row=FIRST_ROW + 1, column=8, value=str(uuid.uuid4()))  # the chip's id overwritten
    wb.save(filled)
    with pytest.raises(InventorySheetError) as exc:
        do_import(db, filled, w.loan_a)
    assert len(exc.value.problems) == 2
    assert any(p.problem == "the row of item 2 (CE5C0400YJYX00007) is missing." for p in exc.value.problems)
    assert any(p.location.row == FIRST_ROW + 1 and p.location.column == "Item id (do not change)"
               for p in exc.value.problems)
    # a workbook that is not a template at all
    plain = tmp_path / "plain.xlsx"
    from openpyxl import Workbook

    Workbook().save(plain)
    with pytest.raises(InventorySheetError, match="no loan identification"):
        do_import(db, plain, w.loan_a)
    (tmp_path / "notes.xlsx").write_text("not a workbook", encoding="utf-8")
    with pytest.raises(InventorySheetError, match="not an Excel workbook"):
        do_import(db, tmp_path / "notes.xlsx", w.loan_a)
