"""The CLEP summary workbook read back with openpyxl, as CLEP would open it:
sheets and bilingual headers, typed cells (dates, masses in mg to the
microgram), frozen headers and autofilters, totals that are formulas over
exactly the table's rows and equal the service's figures, names in every
script intact, empty sections that say so — and the command line."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from demo_data import build_demo_paths
from openpyxl import load_workbook
from openpyxl.utils import column_index_from_string

from lunar_desk.cli import main
from lunar_desk.db.startup import open_database
from lunar_desk.services import reporting
from lunar_desk.services.reporting import Period
from lunar_desk.sheets import clep_summary
from lunar_desk.sheets.clep_summary import Section, write_clep_summary
from lunar_desk.sheets.table_writer import (
    COUNT,
    DATE_FORMAT,
    MASS_FORMAT,
    Column,
    Figure,
    Table,
    countif,
)

TODAY = date(2026, 11, 25)
PERIOD = Period(date(2025, 1, 1), date(2026, 12, 31))
NOW = datetime(2026, 11, 25, 16, 45)
OFFICER = "Wang Lei 王磊"
TABLE_SHEETS = ["Applications", "Applications by group", "Requested vs approved", "Loans outstanding", "Returns",
                "Reconciliation", "Incidents", "Custody movements", "Stale custody", "Inventories",
                "Inventories overdue", "Holds", "Catalogue"]
FORMULA = re.compile(r"^=(SUM|COUNT|COUNTIF)\('((?:[^']|'')+)'!([A-Z]+)(\d+):([A-Z]+)(\d+)(?:,\"(.*)\")?\)$")


@pytest.fixture(scope="module")
def demo_paths(tmp_path_factory, template_db):
    """A data folder holding the demo dataset (demo.generate), built once per module."""
    return build_demo_paths(tmp_path_factory.mktemp("summary-demo"), template_db, size=200, seed=5, today=TODAY)


@pytest.fixture(scope="module")
def demo_db(demo_paths):
    db, _ = open_database(demo_paths, officer_login="test-officer")
    try:
        yield db
    finally:
        db.dispose()


@pytest.fixture(scope="module")
def exported(demo_db, tmp_path_factory):
    """The workbook of PERIOD, its service figures, and the workbook read back."""
    out = tmp_path_factory.mktemp("summary") / "CLEP summary 2025–2026 月球样品.xlsx"
    with demo_db.read() as s:
        result = write_clep_summary(s, PERIOD, out, officer=OFFICER, today=TODAY, now=NOW)
        figures = {
            "applications": reporting.applications(s, PERIOD),
            "masses": reporting.requested_vs_approved(s, PERIOD),
            "loans": reporting.loans_outstanding(s, PERIOD, TODAY),
            "returns": reporting.returns(s, PERIOD, TODAY),
            "reconciliation": reporting.reconciliation(s, PERIOD, TODAY),
            "incidents": reporting.incidents(s, PERIOD, TODAY),
            "catalogue": list(reporting.catalogue_rows(s, PERIOD)),
            "totals": reporting.totals(s, PERIOD, TODAY),
        }
    return result, figures, load_workbook(out)


# --- reading back ------------------------------------------------------------------------------------


def mg_exact(value) -> int:
    """A mass cell back in integer micrograms, failing if it is not an exact number of µg."""
    assert isinstance(value, (int, float)) and not isinstance(value, bool), value
    ug = Decimal(repr(value)) * 1000
    assert ug == ug.to_integral_value(), value
    return int(ug)


def header(ws) -> dict[str, int]:
    return {cell.value: cell.column for cell in ws[1]}


def data_rows(ws, n: int) -> list[tuple]:
    return [tuple(c.value for c in row) for row in ws.iter_rows(min_row=3, max_row=2 + n)]


def evaluate(wb, formula: str) -> tuple[float, str, int, int, str]:
    """Value of a cover formula (SUM / COUNT / COUNTIF over one column range), with what it covers."""
    m = FORMULA.match(formula)
    assert m, formula
    func, sheet, col, first, col2, last, criterion = m.groups()
    assert col == col2
    ws = wb[sheet.replace("''", "'")]
    cells = [ws.cell(row=r, column=column_index_from_string(col)).value for r in range(int(first), int(last) + 1)]
    numbers = [v for v in cells if isinstance(v, (int, float, datetime)) and not isinstance(v, bool)]
    if func == "SUM":
        value = sum(Decimal(repr(v)) for v in numbers)
    elif func == "COUNT":
        value = len(numbers)
    elif criterion.startswith(">"):
        value = sum(1 for v in numbers if v > float(criterion[1:]))
    else:
        value = sum(1 for v in cells if v == criterion)
    return value, sheet, int(first), int(last), col


def display_width(text) -> int:
    text = str(text)
    return max(len(line) + sum(unicodedata.east_asian_width(c) in "WF" for c in line) for line in text.splitlines())


# --- the tests ---------------------------------------------------------------------------------------------


def test_sheets_headers_panes_and_filters(exported):
    """These sheets, in this order, between the cover and the catalogue; every table sheet (sections
    added later too) with English and Chinese headers, frozen, filtered over exactly its rows."""
    result, figures, wb = exported
    assert wb.sheetnames == result.sheets
    assert wb.sheetnames[0] == "Cover" and wb.sheetnames[-1] == "Catalogue"
    assert [n for n in wb.sheetnames if n in TABLE_SHEETS] == TABLE_SHEETS
    for name in wb.sheetnames[1:]:
        ws = wb[name]
        en = [c.value for c in ws[1]]
        zh = [c.value for c in ws[2]]
        assert all(isinstance(x, str) and x.isascii() for x in en), name
        assert all(any(unicodedata.east_asian_width(c) == "W" for c in x) for x in zh), name
        assert ws.freeze_panes in ("A3", "B3")
        n = result.rows[name]
        last_col = ws.cell(row=1, column=len(en)).column_letter
        assert ws.auto_filter.ref == f"A2:{last_col}{2 + max(n, 1)}"
        assert ws[1][0].font.b and ws[2][0].font.b
    assert result.rows["Applications"] == len(figures["applications"])
    assert result.rows["Catalogue"] == len(figures["catalogue"])


def test_application_cells_are_typed_and_names_intact(exported):
    _result, figures, wb = exported
    ws = wb["Applications"]
    col = header(ws)
    lines = figures["applications"]
    for line, row in zip(lines, ws.iter_rows(min_row=3, max_row=2 + len(lines)), strict=True):
        cells = {name: row[i - 1] for name, i in col.items()}
        assert cells["Reference"].value == line.reference
        assert cells["Member State"].value == line.member_state
        assert cells["Institution"].value == line.institution
        assert cells["Principal investigator"].value == line.principal_investigator
        assert cells["Batch"].value == line.batch_number
        assert isinstance(cells["Items"].value, int) and cells["Items"].value == line.items
        submitted = cells["Submitted on"]
        assert isinstance(submitted.value, datetime) and submitted.value.date() == line.submitted_on
        assert submitted.number_format == DATE_FORMAT
        requested = cells["Requested (mg)"]
        assert mg_exact(requested.value) == line.requested_ug and requested.number_format == MASS_FORMAT
        if line.approved_ug is None:
            assert cells["Approved (mg)"].value is None
        else:
            assert mg_exact(cells["Approved (mg)"].value) == line.approved_ug
    text = " ".join(str(c.value) for row in ws.iter_rows(min_row=3) for c in row if c.value)
    for name in ("伊朗", "سازمان فضایی ایران", "Türkiye", "ШУА-ийн", "สำนักงานพัฒนาเทคโนโลยีอวกาศ"):
        assert name in text, name


def test_masses_and_dates_in_the_loan_sheets(exported):
    _result, figures, wb = exported
    ws = wb["Reconciliation"]
    col = header(ws)
    lines = figures["reconciliation"]
    assert lines
    for line, row in zip(lines, data_rows(ws, len(lines)), strict=True):
        lent, returned, consumed, lost, outstanding = (mg_exact(row[col[k] - 1]) for k in (
            "Lent (mg)", "Returned (mg)", "Consumed (mg)", "Lost (mg)", "Outstanding (mg)"))
        assert (lent, returned, consumed, lost, outstanding) == (
            line.lent_ug, line.returned_ug, line.consumed_ug, line.lost_ug, line.outstanding_ug)
        assert lent == returned + consumed + lost + outstanding
    ws = wb["Loans outstanding"]
    col = header(ws)
    for line, row in zip(figures["loans"], data_rows(ws, len(figures["loans"])), strict=True):
        assert row[col["Agreement"] - 1] == line.agreement_number
        due = row[col["Due on"] - 1]
        assert (due.date() if due else None) == line.due_date
        assert row[col["Days overdue"] - 1] == line.days_overdue
        assert mg_exact(row[col["Outstanding (mg)"] - 1]) == line.outstanding_ug
    assert ws.cell(row=3, column=col["Due on"]).number_format == DATE_FORMAT or figures["loans"][0].due_date is None


def test_totals_rows_are_sums_over_the_rows(exported):
    result, figures, wb = exported
    for name in ("Applications", "Requested vs approved", "Loans outstanding", "Returns", "Reconciliation"):
        ws = wb[name]
        n = result.rows[name]
        assert n > 0, name
        total_row = 3 + n
        assert ws.cell(row=total_row, column=1).value == "Total / 合计"
        sums = [c for c in ws[total_row] if isinstance(c.value, str) and c.value.startswith("=SUM(")]
        assert sums, name
        for cell in sums:
            letter = cell.column_letter
            assert cell.value == f"=SUM({letter}3:{letter}{2 + n})"
    masses = figures["masses"]
    ws = wb["Requested vs approved"]
    col = header(ws)
    assert sum(mg_exact(r[col["Requested (mg)"] - 1]) for r in data_rows(ws, len(masses))
               if r[col["Requested (mg)"] - 1] is not None) == sum(m.requested_ug or 0 for m in masses)


def test_cover_totals_are_formulas_equal_to_the_service_figures(exported):
    result, figures, wb = exported
    t = figures["totals"]
    cover = wb["Cover"]
    facts = {row[0].value: row[2].value for row in cover.iter_rows(max_row=12) if row[0].value}
    assert facts["Period from / 起始日期"].date() == PERIOD.start
    assert facts["Period to / 截止日期"].date() == PERIOD.end
    assert facts["Generating officer / 编制人"] == OFFICER
    assert facts["Generated at (local time) / 生成时间（本地时间）"] == NOW
    assert facts["Release batch / 批次"] == "All batches / 全部批次"
    lines = {}
    sheet_of = {}
    for row in cover.iter_rows(min_row=12):
        label, formula_cell = row[0].value, row[2]
        if isinstance(formula_cell.value, str) and formula_cell.value.startswith("="):
            value, sheet, first, last, _ = evaluate(wb, formula_cell.value)
            # the range is exactly the table's data rows
            assert first == 3 and last == 2 + max(result.rows[sheet], 1), formula_cell.value
            key = (sheet, label.strip())
            lines[key] = value
            sheet_of[key] = formula_cell
            assert formula_cell.number_format in (MASS_FORMAT, "0")
    expected = {
        ("Applications", "Applications active in the period"): t.applications,
        ("Applications", "of which forwarded to CLEP"): t.forwarded,
        ("Requested vs approved", "Requested mass"): Decimal(t.requested_ug) / 1000,
        ("Requested vs approved", "Approved mass"): Decimal(t.approved_ug) / 1000,
        ("Loans outstanding", "Loans outstanding"): t.loans_outstanding,
        ("Loans outstanding", "of which overdue"): t.loans_overdue,
        ("Loans outstanding", "Mass with borrowers"): Decimal(t.outstanding_ug) / 1000,
        ("Returns", "Return lines"): t.return_lines,
        ("Returns", "Returned"): Decimal(t.returned_ug) / 1000,
        ("Returns", "Consumed"): Decimal(t.consumed_ug) / 1000,
        ("Reconciliation", "Lent (= returned + consumed + lost + outstanding)"): Decimal(t.lent_ug) / 1000,
        ("Reconciliation", "Outstanding"): Decimal(t.reconciled_outstanding_ug) / 1000,
        ("Incidents", "Incidents"): t.incidents,
        ("Incidents", "of which open"): t.incidents_open,
        ("Catalogue", "Samples"): t.samples,
    }
    for key, value in expected.items():
        assert lines[key] == value, key
    for label, n in t.applications_by_status:
        assert lines[("Applications", f"of which: {label}")] == n
    assert sheet_of[("Requested vs approved", "Requested mass")].number_format == MASS_FORMAT


def test_catalogue_sheet_lists_every_sample_exactly(exported):
    _result, figures, wb = exported
    rows = figures["catalogue"]
    ws = wb["Catalogue"]
    assert [c.value for c in ws[1]] == ["Sample number", "Mission", "Batch", "Mass (mg)", "Status (today)", "Split from"]
    for expected, cells in zip(rows, ws.iter_rows(min_row=3, max_row=2 + len(rows)), strict=True):
        number, mission, batch, mass, status, parent = (c.value for c in cells)
        assert (number, mission, batch, status, parent) == (expected[0], expected[1], expected[2], expected[4],
                                                           expected[5])
        assert mg_exact(mass) == expected[3]
        assert cells[3].number_format == MASS_FORMAT
    assert ws.max_row == 2 + len(rows)


def test_widths_fit_the_content_with_chinese_counted_double(exported):
    """Text columns are as wide as their longest text (capped at 40 or more), not wider."""
    result, _figures, wb = exported
    checked = 0
    for name in TABLE_SHEETS:
        ws = wb[name]
        if result.rows[name] == 0:
            continue
        for cells in ws.iter_cols(min_row=1, max_row=2 + result.rows[name]):
            letter = cells[0].column_letter
            values = [c.value for c in cells if c.value is not None]
            if not all(isinstance(v, str) for v in values):
                continue  # numbers and dates: measured as formatted
            needed = max(display_width(v) for v in values) + 2
            width = ws.column_dimensions[letter].width
            assert width >= min(needed, 40), (name, letter, width, needed)
            if name != "Catalogue":  # streamed: widths from the catalogue's longest values overall
                assert width <= needed, (name, letter, width, needed)
            checked += 1
    assert checked > 30
    ws = wb["Applications"]
    assert ws.column_dimensions["K"].width >= display_width("决定或撤回日期") == 14


def test_a_period_with_no_data_says_so_on_every_table(demo_db, tmp_path):
    out = tmp_path / "empty.xlsx"
    with demo_db.read() as s:
        result = write_clep_summary(s, Period(date(2001, 1, 1), date(2001, 3, 31)), out, officer=OFFICER,
                                    today=TODAY, now=NOW)
    wb = load_workbook(out)
    for name in TABLE_SHEETS[:-1]:
        ws = wb[name]
        assert result.rows[name] == 0
        message = ws["A3"].value
        assert message.startswith("No ") and " / " in message and ws.max_row == 3, name
    assert wb["Applications"]["A3"].value == "No applications in this period / 本期无申请"
    assert result.rows["Catalogue"] > 0
    checked = 0
    for row in wb["Cover"].iter_rows(min_row=12):
        cell = row[2]
        if isinstance(cell.value, str) and cell.value.startswith("="):
            value, sheet, *_ = evaluate(wb, cell.value)
            if sheet in TABLE_SHEETS:
                assert value == (result.rows["Catalogue"] if sheet == "Catalogue" else 0), cell.value
                checked += 1
    assert checked >= 20


def test_a_batch_restricts_every_table(demo_db, tmp_path):
    out = tmp_path / "batch10.xlsx"
    period = Period(date(2025, 1, 1), date(2026, 12, 31), 10)
    with demo_db.read() as s:
        result = write_clep_summary(s, period, out, officer=OFFICER, today=TODAY)
    wb = load_workbook(out)
    assert wb["Cover"]["C5"].value == 10
    for name, column in (("Applications", 2), ("Loans outstanding", 3), ("Catalogue", 3)):
        values = {wb[name].cell(row=r, column=column).value for r in range(3, 3 + result.rows[name])}
        assert values == {10}, name


def test_cancelling_leaves_no_file(demo_db, tmp_path):
    out = tmp_path / "cancelled.xlsx"

    class Stop(Exception):
        pass

    def progress(done, total):
        if done > 0:
            raise Stop

    with demo_db.read() as s, pytest.raises(Stop):
        write_clep_summary(s, PERIOD, out, officer=OFFICER, today=TODAY, progress=progress)
    assert list(tmp_path.iterdir()) == []


def test_an_added_section_gets_its_sheet_and_cover_figures(demo_db, tmp_path):
    """The documented way to add a section: a function returning tables, listed with the others."""
    columns = (Column("day", "Held on", "日期", "date"), Column("people", "Participants", "参加人数", "int", total=True),
               Column("state", "Member State", "成员国"))

    def training(ctx):
        return [Table("Training", "培训", columns, [(date(2026, 9, 1), 12, "Iran (伊朗)"), (date(2026, 9, 8), 7, "Peru")],
                      empty="No training in this period / 本期无培训",
                      cover=(Figure("Sessions", "场次", "day", COUNT), Figure("Participants", "参加人次", "people"),
                             Figure("from Peru", "来自秘鲁", "state", countif("Peru"))))]

    out = tmp_path / "extended.xlsx"
    sections = [*clep_summary.SECTIONS[:-1], Section("training", training), clep_summary.SECTIONS[-1]]
    with demo_db.read() as s:
        result = write_clep_summary(s, PERIOD, out, officer=OFFICER, today=TODAY, sections=sections)
    wb = load_workbook(out)
    assert wb.sheetnames[-2:] == ["Training", "Catalogue"]
    assert wb["Training"]["B5"].value == "=SUM(B3:B4)"
    values = [evaluate(wb, line.formula)[0] for line in result.cover if "'Training'" in line.formula]
    assert values == [2, 19, 1]


def test_the_file_name_must_be_xlsx(demo_db, tmp_path):
    from lunar_desk.errors import ValidationError

    with demo_db.read() as s, pytest.raises(ValidationError, match=r"\.xlsx"):
        write_clep_summary(s, PERIOD, tmp_path / "summary.csv", officer=OFFICER, today=TODAY)


# --- the command line -------------------------------------------------------------------------------------


def test_cli_exports_the_summary(demo_paths, tmp_path, capsys):
    out = tmp_path / "q.xlsx"
    code = main(["export", "clep-summary", "--data-dir", str(demo_paths.data_dir), "--from", "2026-01-01",
                 "--to", "2026-12-31", "--batch", "11", "--out", str(out)])
    assert code == 0, capsys.readouterr().err
    assert str(out) in capsys.readouterr().out
    wb = load_workbook(out)
    assert wb["Cover"]["C3"].value.date() == date(2026, 1, 1) and wb["Cover"]["C5"].value == 11


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--from", "2026-13-01", "--to", "2026-12-31"], 2, "'2026-13-01' is not a date"),
    (["--from", "2026-10-01", "--to", "2026-09-30"], 1, "after its last day"),
    (["--from", "2026-01-01", "--to", "2026-03-31", "--batch", "99"], 1, "no release batch 99"),
])
def test_cli_refuses_bad_periods(demo_paths, tmp_path, capsys, args, code, message):
    argv = ["export", "clep-summary", "--data-dir", str(demo_paths.data_dir), *args, "--out", str(tmp_path / "x.xlsx")]
    if code == 2:
        with pytest.raises(SystemExit) as info:
            main(argv)
        assert info.value.code == 2
    else:
        assert main(argv) == 1
    assert message in capsys.readouterr().err
    assert not Path(tmp_path / "x.xlsx").exists()
