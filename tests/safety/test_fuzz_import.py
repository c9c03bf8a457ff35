"""Malformed release lists (hypothesis): whatever the file, the import gives
either errors located in the file (file, sheet, row, column) or a clean import;
never another exception, and a refused file leaves the database exactly as it
was (row counts of every table, audit trail included).

The importers are those of ``lunar_desk.sheets`` that read files; today that is
``release_import`` (the other sheet modules write workbooks).  Every example
imports into the same database and rolls its import back afterwards, so the
examples are independent of each other.
"""

from __future__ import annotations

import csv
import io
import math
import zipfile
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from safety_world import open_copy, table_counts

from lunar_desk.errors import InputFileError, UserError
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SampleData
from lunar_desk.sheets.release_import import (
    MAX_COLUMNS,
    apply_import,
    plan_import,
    read_release_file,
)

EXISTING = "CE5C0400YJFM00406"
NUMBERS = [EXISTING, "CE5C0400YJFM00407", "CE6Z0100YJYX00001", "CE5C0400YJBP00002", "LAB-12/3", "ce5c0400yjfm00406"]
HEADERS = ["Sample number", "样品编号", "Mass (mg)", "质量/g", "Mass", "Unit", "Type", "类型", "Pieces", "块数", "Batch",
           "批次", "Mission", "任务", "Location", "Notes", "Use", "Sampling", "Sample No.", "质量（毫克）"]
WORDS = ["=SUM(A1:A3)", "=1/0", "+cmd|' /C calc'!A0", "@SUM(1)", "#DIV/0!", "2026-01-02", "02/01/2026", "2026年1月2日",
         "1,5", "12,5 mg", "0.8 g", "1e400", "99999999999999999999999 g", "nan", "inf", "-0", "", " ", "\x00", "\ufeff",
         "第七批", "第99999999999批", "岩屑", "powder", "rock chip", "thin section", "3块", "嫦娥五号", "CE-6", "µg", "克",
         "钻取", "public benefit", "0.0005 mg", "-12 mg", "12 kg", "١٢٫٥", "١٢", "１２．５"]
CELLS = st.one_of(
    st.sampled_from(NUMBERS), st.sampled_from(WORDS), st.text(max_size=20),
    st.integers(min_value=-(10**30), max_value=10**30), st.floats(allow_nan=True, allow_infinity=True),
    st.dates(), st.datetimes(), st.booleans(), st.none(),
)
HEADER_CELLS = st.one_of(st.sampled_from(HEADERS), st.text(max_size=12), st.none())


@st.composite
def tables(draw) -> list[list]:
    """Title rows, a header row (usually with the required columns) and data rows of any cells."""
    if draw(st.booleans()):  # a list that is mostly right: unique numbers, masses, a few more columns of anything
        header = ["Sample number", "Mass (mg)", *draw(st.lists(st.sampled_from(HEADERS[4:]), max_size=3, unique=True))]
        numbers = draw(st.lists(st.integers(500, 99_999), unique=True, max_size=8))
        masses = st.one_of(st.integers(1, 10**6), st.floats(0.001, 1e6), st.sampled_from(["12.5", "0.8 g", "12,5", "3 mg"]))
        return [header, *[[f"CE5C0400YJFM{n:05d}", draw(masses), *draw(st.lists(CELLS, max_size=len(header) - 2))]
                          for n in numbers]]
    header = draw(st.lists(HEADER_CELLS, max_size=8))
    if draw(st.booleans()):
        header = [draw(st.sampled_from(HEADERS[:2])), draw(st.sampled_from(HEADERS[2:4])), *header]
        header = draw(st.permutations(header))
    titles = draw(st.lists(st.lists(CELLS, max_size=3), max_size=2))
    rows = draw(st.lists(st.lists(CELLS, max_size=len(header) + 2), max_size=10))
    return [*titles, list(header), *rows]


def _text(value) -> str:
    return "" if value is None else str(value)


@st.composite
def csv_files(draw) -> bytes:
    table = draw(tables())
    out = io.StringIO()
    writer = csv.writer(out, delimiter=draw(st.sampled_from([",", ";", "\t", "|"])),
                        lineterminator=draw(st.sampled_from(["\r\n", "\n", "\r"])),
                        quoting=draw(st.sampled_from([csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC])))
    for row in table:
        writer.writerow([_text(v) for v in row])
    text = out.getvalue()
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "latin-1",
                                     "cp1252", "shift_jis", "koi8-r"]))
    return _mutate(draw, text.encode(encoding, errors="replace"))


def _cell(value):
    """A value openpyxl can write (the XML of a workbook cannot hold control characters)."""
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    if isinstance(value, float) and not math.isfinite(value):
        return str(value)
    return value


@st.composite
def xlsx_files(draw) -> bytes:
    wb = Workbook()
    for k in range(draw(st.integers(1, 3))):
        ws = wb.active if k == 0 else wb.create_sheet()
        ws.title = draw(st.sampled_from(["Samples", "样品清单", "Sheet", "发布清单 Release list", "x" * 28, f"S{k}"])) + (
            f" {k}" if k else "")
        table = draw(st.one_of(tables(), st.just([])))  # an empty sheet now and then
        for row in table:
            ws.append([_cell(v) for v in row])
        height, width = max(len(table), 1), max((len(r) for r in table), default=1) or 1
        for _ in range(draw(st.integers(0, 3))):  # merged cells, overlapping or not
            r1, c1 = draw(st.integers(1, height)), draw(st.integers(1, width))
            ws.merge_cells(start_row=r1, start_column=c1, end_row=r1 + draw(st.integers(0, 2)),
                           end_column=c1 + draw(st.integers(0, 2)))
    buf = io.BytesIO()
    wb.save(buf)
    data = buf.getvalue()
    part = draw(st.sampled_from([None] * 6 + ["xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/workbook.xml",
                                              "xl/styles.xml", "[Content_Types].xml"]))
    if part is not None:
        data = _damage_part(draw, data, part)
    return _mutate(draw, data)


def _damage_part(draw, data: bytes, part: str) -> bytes:
    """Replace one part of the zip by a damaged version (NUL bytes, cut short, not XML, empty)."""
    how = draw(st.sampled_from(["nul", "cut", "garbage", "empty"]))
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as out:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == part:
                content = {"nul": content.replace(b"<c ", b"<c\x00 ", 1).replace(b"<t>", b"<t>\x00"),
                           "cut": content[: len(content) // 2], "garbage": b"<<not xml\x00", "empty": b""}[how]
            out.writestr(info, content)
    return buf.getvalue()


def _mutate(draw, data: bytes) -> bytes:
    """Usually the file as written; sometimes cut short, with bytes flipped or inserted, or behind a BOM."""
    how = draw(st.sampled_from(["keep"] * 5 + ["cut", "flip", "insert", "bom"]))
    # positions are drawn independently of the data's length (a saved workbook's length varies with its timestamps)
    at = draw(st.integers(0, 2**20)) % (len(data) + 1)
    if how == "cut" and data:
        return data[: min(at, len(data) - 1)]
    if how == "flip" and data:
        at = min(at, len(data) - 1)
        return data[:at] + bytes([data[at] ^ draw(st.integers(1, 255))]) + data[at + 1:]
    if how == "insert":
        return data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
    if how == "bom":
        return draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"])) + data
    return data


# --- the database and the check -------------------------------------------------------------


@pytest.fixture(scope="module")
def fuzz_db(template_db, tmp_path_factory):
    """One database for every example (each import is rolled back): batch 2 and one existing sample."""
    db = open_copy(template_db, tmp_path_factory.mktemp("fuzz") / "data")
    with db.action("fuzz setup") as s:
        catalogue.create_batch(s, 2, mission_codes=["CE-5"])
        catalogue.create_sample(s, SampleData(EXISTING, "CE-5", 12_500, batch_number=2, location="NAOC"))
    yield db
    db.dispose()


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return tmp_path_factory.mktemp("fuzz-files")


class _RolledBack(Exception):
    """Ends a clean import's transaction without committing it."""


def import_outcome(db, path, batch: int | None) -> str:
    """Import ``path`` as the application does (read, plan, apply in one action) and check the rules; the outcome."""
    before = table_counts(db)
    plan = None
    try:
        parsed = read_release_file(path)
        with db.read() as s:
            plan = plan_import(s, parsed, batch_number=batch)
        for problem in [*plan.errors, *plan.warnings]:
            assert problem.location.file == str(path), problem
        assert all(isinstance(e, InputFileError) for e in plan.errors)
        with db.action("fuzz import") as s:
            result = apply_import(s, plan)
            assert (result.added, result.changed) == (len(plan.adds), len(plan.changes))
            raise _RolledBack
    except _RolledBack:
        outcome = "imported"
    except InputFileError as exc:
        assert exc.location.file == str(path), exc
        outcome = "file refused"
    except UserError as exc:
        assert plan is not None and plan.errors, f"refused without a located error: {exc}"
        outcome = "rows refused"
    assert table_counts(db) == before, "the database changed"
    return outcome


FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FUZZ
@given(data=csv_files(), suffix=st.sampled_from([".csv", ".csv", ".txt", ".tsv", ".xlsx"]), batch=st.sampled_from([None, 2, 3]))
def test_any_csv_gives_located_errors_or_a_clean_import(fuzz_db, files, data, suffix, batch):
    path = files / f"list{suffix}"
    path.write_bytes(data)
    event(import_outcome(fuzz_db, path, batch))


@FUZZ
@given(data=xlsx_files(), batch=st.sampled_from([None, 2]))
def test_any_workbook_gives_located_errors_or_a_clean_import(fuzz_db, files, data, batch):
    path = files / "list.xlsx"
    path.write_bytes(data)
    event(import_outcome(fuzz_db, path, batch))


@settings(max_examples=40, deadline=None)
@given(data=st.binary(max_size=2048), suffix=st.sampled_from([".xlsx", ".xlsm", ".csv", ".xls", ".pdf"]))
def test_any_bytes_under_any_name_are_refused_with_the_file_named_or_read(fuzz_db, files, data, suffix):
    path = files / f"noise{suffix}"
    path.write_bytes(data)
    event(import_outcome(fuzz_db, path, None))


# --- the extremes, once each ------------------------------------------------------------------


def test_the_widest_workbook_excel_allows_imports(fuzz_db, tmp_path):
    """16,384 columns (A to XFD): the sample number in the first, the mass in the last."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Wide")
    ws.append(["Sample number", *[f"Reading {i}" for i in range(MAX_COLUMNS - 2)], "Mass (mg)"])
    ws.append(["CE5C0400YJFM00500", *[i for i in range(MAX_COLUMNS - 2)], 3.5])
    path = tmp_path / "wide.xlsx"
    wb.save(path)
    parsed = read_release_file(path)
    assert len(parsed.headers) == MAX_COLUMNS and parsed.columns["mass"] == "Mass (mg)"
    assert import_outcome(fuzz_db, path, 2) == "imported"


def test_a_csv_line_of_a_million_fields_imports_its_named_columns(fuzz_db, tmp_path):
    path = tmp_path / "million.csv"
    path.write_bytes(b"Sample number,Mass (mg)" + b",x" * 1_000_000 + b"\nCE5C0400YJFM00501,12" + b",1" * 1_000_000 + b"\n")
    parsed = read_release_file(path)
    assert [r.cells for r in parsed.rows] == [("CE5C0400YJFM00501", "12")]
    assert import_outcome(fuzz_db, path, 2) == "imported"


def test_a_header_beyond_the_widest_sheet_is_not_looked_for(fuzz_db, tmp_path):
    path = tmp_path / "far.csv"
    path.write_bytes(b"," * 1_000_000 + b"Sample number,Mass (mg)\n" + b"," * 1_000_000 + b"CE5C0400YJFM00502,12\n")
    (problem,) = read_release_file(path).problems
    assert "no header row" in problem.problem
    assert import_outcome(fuzz_db, path, 2) == "rows refused"


@pytest.mark.parametrize("content, where", [
    (b"Sample number,Mass (mg)\nCE5C0400YJFM00503," + b"1" * 200_000 + b"\n", 2),  # a field past the CSV module's limit
    (b'Sample number,Mass (mg)\nCE5C0400YJFM00504,"12\n', None),
])
def test_a_csv_the_csv_module_refuses_is_reported_with_its_line(fuzz_db, tmp_path, content, where):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    outcome = import_outcome(fuzz_db, path, 2)
    if where is not None:
        assert outcome == "file refused"
        with pytest.raises(InputFileError) as exc:
            read_release_file(path)
        assert exc.value.location.row == where


def test_a_damaged_sheet_is_reported_with_the_sheet(fuzz_db, tmp_path):
    wb = Workbook()
    wb.active.title = "Samples"
    wb.active.append(["Sample number", "Mass (mg)"])
    wb.active.append(["CE5C0400YJFM00505", 1])
    buf = io.BytesIO()
    wb.save(buf)
    src, out = zipfile.ZipFile(io.BytesIO(buf.getvalue())), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            content = src.read(info.filename)
            z.writestr(info, content[: len(content) // 2] if info.filename == "xl/worksheets/sheet1.xml" else content)
    path = tmp_path / "damaged.xlsx"
    path.write_bytes(out.getvalue())
    with pytest.raises(InputFileError) as exc:
        read_release_file(path)
    assert exc.value.location.sheet == "Samples" and "damaged" in exc.value.problem
    assert import_outcome(fuzz_db, path, 2) == "file refused"


@pytest.mark.parametrize("mass, pieces", [("99999999999999999999999 g", None), ("12 mg", 10**12)])
def test_numbers_too_large_to_store_are_row_errors(fuzz_db, tmp_path, mass, pieces):
    path = tmp_path / "huge.csv"
    path.write_text(f"Sample number,Mass,Type,Pieces\nCE5C0400YJYX00506,{mass},rock chip,{pieces or 2}\n", encoding="utf-8")
    parsed = read_release_file(path)
    with fuzz_db.read() as s:
        plan = plan_import(s, parsed, batch_number=2)
    assert [(e.location.row, e.location.column) for e in plan.errors] == [(2, "Mass" if pieces is None else "Pieces")]
    assert import_outcome(fuzz_db, path, 2) == "rows refused"


def test_dates_and_times_in_cells_are_located_errors(fuzz_db, tmp_path):
    wb = Workbook()
    wb.active.append(["Sample number", "Mass (mg)", "Batch"])
    wb.active.append([datetime(2026, 1, 2, 3, 4), 12, 2])
    wb.active.append(["CE5C0400YJFM00507", date(2026, 1, 2), 2])
    wb.active.append(["CE5C0400YJFM00508", 12, datetime(2026, 1, 2)])
    path = tmp_path / "dates.xlsx"
    wb.save(path)
    with fuzz_db.read() as s:
        plan = plan_import(s, read_release_file(path), batch_number=None)
    assert sorted((e.location.row, e.location.column) for e in plan.errors) == [
        (2, "Sample number"), (3, "Mass (mg)"), (4, "Batch")]
