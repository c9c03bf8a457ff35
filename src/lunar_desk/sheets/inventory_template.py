"""The annual-inventory sheet a borrower fills in, one workbook per loan.

Sheets:

* **Inventory** — the loan (agreement number, borrower, responsible person,
  the inventory date answered), two input cells (the day counted, who
  counted) and one row per item still with the borrower: item number, sample
  number, lent mass, expected remaining mass (before consumption since the
  last inventory), then the three input columns — remaining now, consumed
  since the last inventory, state — and the item's id.  The sheet is
  protected (no password: it prevents slips, not fraud); only the input cells
  are unlocked, and they accept only numbers ≥ 0 where masses go.
* **Instructions** — what to fill in, in English and Chinese.
* **_loan** (hidden) — the loan's id, agreement number and inventory date,
  also reachable as the defined names ``LoanId``, ``AgreementNumber`` and
  ``InventoryDue``; the import checks them, so a sheet from another loan is
  refused.

Masses are numbers in mg with three decimals (to the microgram); dates are
dates.  Written atomically.
"""

from __future__ import annotations

from pathlib import Path

from lunar_desk.filenames import name_part, replace_file, safe_file_name
from lunar_desk.services.inventory import InventoryTemplateView
from lunar_desk.services.mass import mass_in_unit

INVENTORY_SHEET = "Inventory"
INSTRUCTIONS_SHEET = "Instructions"
META_SHEET = "_loan"
MASS_FORMAT = "#,##0.000"
DATE_FORMAT = "yyyy-mm-dd"

# Cells of the Inventory sheet
AGREEMENT_CELL = "B2"
DUE_CELL = "B5"
REPORTED_CELL = "B6"  # input: the day the borrower counted
COUNTED_BY_CELL = "B7"  # input
HEADER_ROW = 9  # English headers; Chinese on the next row
FIRST_ROW = 11

# (English, Chinese, width)
COLUMNS = (
    ("Item", "序号", 6),
    ("Sample number", "样品编号", 26),
    ("Lent (mg)", "借出质量（毫克）", 14),
    ("Expected remaining (mg)", "应剩余质量（毫克）", 16),
    ("Remaining now (mg)", "现剩余质量（毫克）", 16),
    ("Consumed since last inventory (mg)", "上次清查以来消耗（毫克）", 18),
    ("State / condition", "状态", 36),
    ("Item id (do not change)", "项目编号（请勿修改）", 38),
)
ITEM, SAMPLE, LENT, EXPECTED, REMAINING, CONSUMED, STATE, ITEM_ID = range(1, 9)
INPUT_COLUMNS = (REMAINING, CONSUMED, STATE)

INSTRUCTIONS = (
    ("Annual inventory of lent lunar samples", "借出月球样品年度清查"),
    ("", ""),
    ("1. On the sheet 'Inventory', fill in the day you counted (cell B6) and who counted (cell B7).",
     "1. 在“Inventory”工作表中填写清查日期（B6）和清查人（B7）。"),
    ("2. For every item, weigh what remains and enter it in 'Remaining now (mg)'.",
     "2. 逐项称量剩余样品，填入“现剩余质量（毫克）”。"),
    (("3. Enter the mass used up since the last inventory (or since collection) in 'Consumed since last inventory (mg)';"
      " 0 if none."), "3. 在“上次清查以来消耗（毫克）”中填写自上次清查（或领取）以来消耗的质量；无消耗填 0。"),
    (("4. 'Remaining now' should equal 'Expected remaining' minus the consumption you declare. Any difference is"
      " investigated with you."), "4. “现剩余质量”应等于“应剩余质量”减去申报的消耗；如有差异，秘书处将与您核实。"),
    ("5. Describe the state of each item (sealed vial, mounted grains, thin section intact…).",
     "5. 描述每项样品的状态（密封瓶、颗粒已制靶、薄片完好等）。"),
    ("6. Masses are in milligrams; use a dot or a comma for decimals. Do not change the other cells, add or delete rows.",
     "6. 质量单位为毫克。请勿修改其他单元格，勿增删行。"),
    ("7. Return this file to the APSCO Secretariat.", "7. 请将本文件发回亚太空间合作组织秘书处。"),
)


def _mg(ug: int) -> float:
    return float(mass_in_unit(ug, "mg"))


def build_workbook(view: InventoryTemplateView):
    """The template as an openpyxl Workbook (not saved)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill, Protection
    from openpyxl.utils import get_column_letter
    from openpyxl.workbook.defined_name import DefinedName
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    ws = wb.active
    ws.title = INVENTORY_SHEET
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="D5DEE9")
    input_fill = PatternFill("solid", fgColor="FFF8DC")
    unlocked = Protection(locked=False)

    ws["A1"] = "Annual inventory of lent lunar samples / 借出月球样品年度清查"
    ws["A1"].font = Font(bold=True, size=13)
    inst = f"{view.institution} ({view.institution_local})" if view.institution_local else view.institution
    for row, (label, value) in enumerate((
        ("Agreement / 协议编号", view.agreement_number),
        ("Borrower / 借用单位", inst),
        ("Responsible person / 负责人", view.responsible_person),
        ("Inventory due / 清查日期", view.due_on),
        ("Counted on (fill in) / 实际清查日期", None),
        ("Counted by (fill in) / 清查人", None),
    ), start=2):
        ws.cell(row=row, column=1, value=label).font = bold
        cell = ws.cell(row=row, column=2, value=value)
        if row == 5:
            cell.number_format = DATE_FORMAT
    for ref in (REPORTED_CELL, COUNTED_BY_CELL):
        ws[ref].protection = unlocked
        ws[ref].fill = input_fill
    ws[REPORTED_CELL].number_format = DATE_FORMAT
    dates = DataValidation(type="date", operator="greaterThan", formula1="DATE(2000,1,1)", allow_blank=True,
                           showErrorMessage=True, errorTitle="Date", error="Enter a date, e.g. 2026-12-31.")
    ws.add_data_validation(dates)
    dates.add(REPORTED_CELL)

    for col, (en, zh, width) in enumerate(COLUMNS, start=1):
        for row, text in ((HEADER_ROW, en), (HEADER_ROW + 1, zh)):
            cell = ws.cell(row=row, column=col, value=text)
            cell.font = bold
            cell.fill = header_fill
            cell.alignment = Alignment(wrap_text=True, vertical="top")
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.column_dimensions["A"].width = 34  # the labels above the table
    masses = DataValidation(type="decimal", operator="greaterThanOrEqual", formula1="0", allow_blank=True,
                            showErrorMessage=True, errorTitle="Mass", error="Enter a mass in mg: a number, 0 or more.")
    ws.add_data_validation(masses)
    for n, item in enumerate(view.items):
        row = FIRST_ROW + n
        values = {ITEM: item.position, SAMPLE: item.sample_number, LENT: _mg(item.lent_ug),
                  EXPECTED: _mg(item.expected_ug), ITEM_ID: str(item.loan_item_id)}
        for col, value in values.items():
            ws.cell(row=row, column=col, value=value)
        for col in (LENT, EXPECTED, REMAINING, CONSUMED):
            ws.cell(row=row, column=col).number_format = MASS_FORMAT
        for col in INPUT_COLUMNS:
            cell = ws.cell(row=row, column=col)
            cell.protection = unlocked
            cell.fill = input_fill
        ws.cell(row=row, column=ITEM_ID).font = Font(color="808080")
    if view.items:
        last = FIRST_ROW + len(view.items) - 1
        masses.add(f"{get_column_letter(REMAINING)}{FIRST_ROW}:{get_column_letter(CONSUMED)}{last}")
    ws.freeze_panes = f"A{FIRST_ROW}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False  # widths may be changed
    ws.print_title_rows = f"{HEADER_ROW}:{HEADER_ROW + 1}"

    guide = wb.create_sheet(INSTRUCTIONS_SHEET)
    guide.column_dimensions["A"].width = 110
    for row, (en, zh) in enumerate(INSTRUCTIONS, start=1):
        guide.cell(row=2 * row - 1, column=1, value=en).alignment = Alignment(wrap_text=True)
        guide.cell(row=2 * row, column=1, value=zh).alignment = Alignment(wrap_text=True)
    guide["A1"].font = Font(bold=True, size=13)
    guide["A2"].font = Font(bold=True, size=13)
    guide.protection.sheet = True

    meta = wb.create_sheet(META_SHEET)
    for row, (key, value) in enumerate((("loan_id", str(view.loan_id)), ("agreement_number", view.agreement_number),
                                        ("inventory_due", view.due_on), ("items", len(view.items))), start=1):
        meta.cell(row=row, column=1, value=key)
        meta.cell(row=row, column=2, value=value)
    meta["B3"].number_format = DATE_FORMAT
    meta.sheet_state = "hidden"
    meta.protection.sheet = True
    for name, ref in (("LoanId", "$B$1"), ("AgreementNumber", "$B$2"), ("InventoryDue", "$B$3")):
        wb.defined_names[name] = DefinedName(name, attr_text=f"'{META_SHEET}'!{ref}")
    wb.active = 0
    wb.properties.creator = "Lunar Desk (APSCO Secretariat)"
    wb.properties.title = f"Inventory {view.agreement_number} {view.due_on.isoformat()}"
    return wb


def write_inventory_template(view: InventoryTemplateView, out: Path) -> Path:
    """Write the template for ``view`` to ``out`` (.xlsx, atomically); returns ``out``."""
    out = Path(out)
    wb = build_workbook(view)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    try:
        wb.save(tmp)
        replace_file(tmp, out)  # Windows: refused while the file is open in a reader or Excel
    finally:
        if tmp.exists():
            tmp.unlink()
    return out


def default_file_name(view: InventoryTemplateView) -> str:
    return safe_file_name(f"{name_part(view.agreement_number, 'loan')}-inventory-{view.due_on.isoformat()}.xlsx")
