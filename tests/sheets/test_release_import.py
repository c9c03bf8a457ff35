"""Import of CLEP release lists: reading, planning (preview) and applying, all or nothing."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from lunar_desk.db.models import AuditLog, ReleaseBatch, ReleaseBatchMission, Sample
from lunar_desk.errors import InputFileError, UserError
from lunar_desk.services import catalogue
from lunar_desk.sheets.release_import import (
    FieldChange,
    ImportCancelled,
    apply_import,
    match_header,
    parse_batch,
    plan_import,
    read_release_file,
)

HEADER = ["Sample number", "Mission", "Type", "Sampling", "Mass (mg)", "Pieces", "Location", "Notes"]
GOOD_ROWS = [
    ["CE5C0400YJFM00406", "CE-5", "powder", "scooped", 12.5, None, "NAOC Beijing, vault A", "first"],
    ["CE5Z0100YJYX00001", "CE-5", "rock chip", "drilled", "0.8 g", 2, "NAOC Beijing, vault B", None],
    ["CE6C0100YJBP00002", "CE-6", "thin section", "scooped", 300, 1, None, None],
]


def plan_file(db, path, **kw):
    parsed = read_release_file(path, mapping=kw.pop("mapping", None), sheet=kw.pop("sheet", None))
    with db.read() as s:
        return plan_import(s, parsed, **kw)


def import_file(db, path, **kw):
    plan = plan_file(db, path, **kw)
    assert plan.ok, [str(e) for e in plan.errors]
    with db.action(note="test import") as s:
        return plan, apply_import(s, plan)


def samples_by_number(db) -> dict[str, Sample]:
    with db.read() as s:
        return {x.sample_number: x for x in s.scalars(select(Sample))}


# --- reading ------------------------------------------------------------------------


def test_good_xlsx_is_imported_with_its_values_and_audited(catalogue_db, xlsx, db_counts):
    path = xlsx("batch7.xlsx", [HEADER, *GOOD_ROWS])
    parsed = read_release_file(path)
    assert parsed.header_row == 1 and parsed.sheet == "Samples"
    assert parsed.columns["mass"] == "Mass (mg)" and parsed.mass_unit == "mg"
    assert [r.row for r in parsed.rows] == [2, 3, 4]
    before = db_counts(catalogue_db)

    plan, result = import_file(catalogue_db, path, batch_number=7)

    assert (result.added, result.changed, result.unchanged, result.batch_created) == (3, 0, 0, True)
    got = samples_by_number(catalogue_db)
    first, chip, section = got["CE5C0400YJFM00406"], got["CE5Z0100YJYX00001"], got["CE6C0100YJBP00002"]
    assert (first.mass_ug, first.preparation, first.sampling_mode, first.location, first.notes) == (
        12_500, "powder", "scooped", "NAOC Beijing, vault A", "first")
    assert (chip.mass_ug, chip.preparation, chip.sampling_mode, chip.pieces) == (800_000, "rock_chip", "drilled", 2)
    assert (section.mass_ug, section.preparation, section.pieces) == (300_000, "thin_section", 1)
    with catalogue_db.read() as s:
        batch = catalogue.batch_by_number(s, 7)
        assert {x.batch_id for x in got.values()} == {batch.id}
        assert [m.code for m in catalogue.batch_missions(s, batch.id)] == ["CE-5", "CE-6"]
        assert {x.mission_id for x in got.values()} == {m.id for m in catalogue.missions(s)}
        entries = list(s.scalars(select(AuditLog).where(AuditLog.table_name == "sample")))
    after = db_counts(catalogue_db)
    assert after["sample"] == before["sample"] + 3
    # one audit row per sample, plus the batch and its two mission links (through the ORM hook)
    assert after["audit_log"] == before["audit_log"] + 3 + 1 + 2
    assert sorted(e.row_id for e in entries) == sorted(str(x.id) for x in got.values())
    assert all(e.action == "insert" and e.note == "test import" and e.officer_name == "import-tester" for e in entries)


def test_bulk_audit_rows_look_exactly_like_the_hooks_rows(catalogue_db, xlsx):
    """Samples created by the import and by the sample form have the same audit record."""
    import_file(catalogue_db, xlsx("a.xlsx", [HEADER, GOOD_ROWS[0]]))
    with catalogue_db.action(note="test import") as s:
        manual = catalogue.create_sample(s, catalogue.SampleData(
            "CE5C0400YJFM00999", "CE-5", 12_500, sampling_mode="scooped", location="NAOC Beijing, vault A", notes="first"))
        manual_id = str(manual.id)
    with catalogue_db.read() as s:
        imported = samples_by_number(catalogue_db)["CE5C0400YJFM00406"]
        a = s.scalars(select(AuditLog).where(AuditLog.row_id == str(imported.id))).one()
        b = s.scalars(select(AuditLog).where(AuditLog.row_id == manual_id)).one()
        raw_a = s.execute(text("SELECT changes FROM audit_log WHERE row_id = :r"), {"r": str(imported.id)}).scalar()
        stored = s.execute(text("SELECT id, mission_id, created_at FROM sample WHERE sample_number = 'CE5C0400YJFM00406'")).one()
        stored_manual = s.execute(text("SELECT id, mission_id, created_at FROM sample WHERE sample_number = 'CE5C0400YJFM00999'")).one()
    assert list(a.changes) == list(b.changes)
    assert {k: v for k, v in a.changes.items() if k not in ("id", "sample_number")} == {
        k: v for k, v in b.changes.items() if k not in ("id", "sample_number")
    }
    assert a.changes["id"] == [None, str(imported.id)]
    assert raw_a == json.dumps(a.changes)  # the same text the JSON column type writes
    # stored formats match the ORM's (hex ids, naive UTC timestamps)
    assert len(stored[0]) == len(stored_manual[0]) == 32 and stored[1] == stored_manual[1]
    assert len(str(stored[2])) == len(str(stored_manual[2]))
    assert imported.created_at.tzinfo is not None and imported.origin == catalogue_db.installation


def test_csv_utf8_with_bom(catalogue_db, csv_file):
    path = csv_file("list.csv", [HEADER, *GOOD_ROWS], encoding="utf-8-sig")
    parsed = read_release_file(path)
    assert parsed.encoding == "utf-8-sig" and parsed.delimiter == ","
    assert parsed.columns["sample_number"] == "Sample number"  # the BOM is not part of the header
    plan, result = import_file(catalogue_db, path)
    assert result.added == 3 and samples_by_number(catalogue_db)["CE5Z0100YJYX00001"].mass_ug == 800_000


def test_csv_saved_by_excel_on_a_western_windows_laptop_keeps_its_accents(catalogue_db, csv_file):
    """Excel's plain "CSV (Comma delimited)" on a Western laptop writes Windows-1252, whose accented letters
    GB18030 would read, without any error, as Chinese characters ("Comisión" → "Comisi贸n")."""
    rows = [HEADER,
            ["CE5C0400YJFM00406", "CE-5", "powder", "scooped", 12.5, None, "Comisión Nacional, Lima", "Öztürk"],
            ["CE5Z0100YJYX00001", "CE-5", "rock chip", "drilled", "0.8 g", 2, "Peñalolén", None]]
    path = csv_file("list.csv", rows, encoding="cp1252")
    assert path.read_bytes().decode("gb18030")  # the trap: a Chinese reading exists and raises nothing
    parsed = read_release_file(path)
    assert parsed.encoding == "cp1252"
    plan, result = import_file(catalogue_db, path)
    got = samples_by_number(catalogue_db)
    assert got["CE5C0400YJFM00406"].location == "Comisión Nacional, Lima"
    assert got["CE5C0400YJFM00406"].notes == "Öztürk"
    assert got["CE5Z0100YJYX00001"].location == "Peñalolén"


def test_a_chinese_file_with_latin_words_stays_chinese(catalogue_db, csv_file):
    rows = [["样品编号", "任务", "质量（毫克）", "存放位置", "备注"],
            ["CE5C0400YJFM00406", "嫦娥五号", "12.5", "国家天文台 vault A", "样品a样品"]]
    path = csv_file("清单.csv", rows, encoding="gb18030")
    parsed = read_release_file(path)
    assert parsed.encoding == "gb18030"


def test_csv_gb18030_with_chinese_headers_and_semicolons(catalogue_db, csv_file):
    rows = [
        ["样品编号", "任务", "批次", "样品类型", "采样方式", "质量（毫克）", "块数", "存放位置", "备注"],
        ["CE5C0400YJFM00406", "嫦娥五号", "第7批", "粉末", "表取", "12.5", "", "国家天文台", "首批"],
        ["CE5Z0100YJYX00001", "CE5", "7", "岩屑", "钻取", "800", "2块", "", ""],
        ["CE6C0100YJBP00002", "嫦娥六号", "第七批", "薄片", "铲取", "0.3 克", "1", "", ""],
    ]
    path = csv_file("清单.csv", rows, encoding="gb18030", delimiter=";")
    parsed = read_release_file(path)
    assert parsed.encoding == "gb18030" and parsed.delimiter == ";"
    assert parsed.mass_unit == "mg" and parsed.unmapped == []
    with catalogue_db.action() as s:
        catalogue.create_batch(s, 7)
    plan, result = import_file(catalogue_db, path)
    assert result.added == 3
    got = samples_by_number(catalogue_db)
    assert (got["CE5C0400YJFM00406"].location, got["CE5C0400YJFM00406"].notes) == ("国家天文台", "首批")
    assert got["CE5Z0100YJYX00001"].pieces == 2 and got["CE5Z0100YJYX00001"].sampling_mode == "drilled"
    assert got["CE6C0100YJBP00002"].mass_ug == 300_000
    with catalogue_db.read() as s:
        ce6 = catalogue.mission_by_code(s, "CE-6")
    assert got["CE6C0100YJBP00002"].mission_id == ce6.id


def test_header_found_below_title_rows_and_rows_numbered_as_in_the_file(catalogue_db, xlsx):
    path = xlsx("titled.xlsx", [
        ["嫦娥五号月球样品第七批发布清单"],
        ["Seventh release of Chang'e-5 samples", None, None, "2023-09-01"],
        [],
        ["样品编号 Sample No.", "质量 Mass (mg)", "类型 Type"],
        ["CE5C0400YJFM00406", 12.5, "粉末"],
        [],
        ["CE5C0400YJFM00407", "x", "粉末"],
    ])
    parsed = read_release_file(path)
    assert parsed.header_row == 4
    assert parsed.mapping == {"样品编号 Sample No.": "sample_number", "质量 Mass (mg)": "mass", "类型 Type": "preparation"}
    assert [r.row for r in parsed.rows] == [5, 7] and parsed.blank_rows == 1
    plan = plan_file(catalogue_db, path)
    assert len(plan.adds) == 1 and plan.adds[0].row == 5
    (error,) = plan.errors
    assert (error.location.row, error.location.column, error.location.sheet) == (7, "质量 Mass (mg)", "Samples")
    assert str(error).startswith("titled.xlsx, sheet 'Samples', row 7, column '质量 Mass (mg)': ")


def test_the_first_sheet_with_a_header_is_read_unless_one_is_named(catalogue_db, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    wb.active.title = "说明"
    wb.active.append(["This workbook lists the samples of batch 7."])
    ce5 = wb.create_sheet("CE-5")
    ce5.append(["Sample number", "Mass (mg)"])
    ce5.append(["CE5C0400YJFM00406", 1])
    ce6 = wb.create_sheet("CE-6")
    ce6.append(["Sample number", "Mass (mg)"])
    ce6.append(["CE6C0400YJFM00406", 2])
    ce6.append(["CE6C0400YJFM00407", 3])
    wb.save(tmp_path / "multi.xlsx")
    parsed = read_release_file(tmp_path / "multi.xlsx")
    assert parsed.sheet == "CE-5" and parsed.sheet_names == ["说明", "CE-5", "CE-6"] and len(parsed.rows) == 1
    assert len(read_release_file(tmp_path / "multi.xlsx", sheet="CE-6").rows) == 2
    with pytest.raises(InputFileError, match="no sheet 'CE-7'"):
        read_release_file(tmp_path / "multi.xlsx", sheet="CE-7")


def test_mixed_units_from_header_unit_column_and_cells(catalogue_db, xlsx):
    path = xlsx("units.xlsx", [
        ["Sample number", "Weight (mg)"],
        ["CE5C0400YJFM00001", 12.5],
        ["CE5C0400YJFM00002", "0.8 g"],
        ["CE5C0400YJFM00003", "350 µg"],
        ["CE5C0400YJFM00004", "12.5毫克"],
        ["CE5C0400YJFM00005", "3 克"],
        ["CE5C0400YJFM00006", "1 200"],
    ])
    plan = plan_file(catalogue_db, path)
    assert plan.ok
    assert [a.values["mass_ug"] for a in plan.adds] == [12_500, 800_000, 350, 12_500, 3_000_000, 1_200_000]

    grams = xlsx("grams.xlsx", [["样品编号", "质量/g"], ["CE5C0400YJFM00001", 1.5], ["CE5C0400YJFM00002", "20 mg"]])
    assert [a.values["mass_ug"] for a in plan_file(catalogue_db, grams).adds] == [1_500_000, 20_000]

    unit_column = xlsx("unitcol.xlsx", [
        ["Sample number", "Mass", "Unit"],
        ["CE5C0400YJFM00001", 2, "g"],
        ["CE5C0400YJFM00002", 2, "毫克"],
        ["CE5C0400YJFM00003", 2, "kg"],
        ["CE5C0400YJFM00004", 2, None],
    ])
    plan = plan_file(catalogue_db, unit_column)
    assert [a.values["mass_ug"] for a in plan.adds] == [2_000_000, 2_000]
    assert [(e.location.row, e.location.column) for e in plan.errors] == [(4, "Unit"), (5, "Mass")]
    assert "'kg' is not a mass unit" in str(plan.errors[0]) and "has no unit" in str(plan.errors[1])


@pytest.mark.parametrize(
    ("header", "field", "unit"),
    [
        ("Mass (mg)", "mass", "mg"),
        ("质量（毫克）", "mass", "mg"),
        ("质量/g", "mass", "g"),
        ("Mass in g", "mass", "g"),
        ("重量", "mass", None),
        ("Sample ID", "sample_number", None),
        ("样品名称", "sample_number", None),
        ("编号", "sample_number", None),
        ("样品编号\nSample number", "sample_number", None),
        ("Preparation", "preparation", None),
        ("批次 Batch", "batch", None),
        ("块数", "pieces", None),
        ("Count (pcs)", "pieces", None),
        ("备注 Remarks", "notes", None),
        ("序号", None, None),
    ],
)
def test_header_names_in_english_and_chinese(header, field, unit):
    hit = match_header(header)
    assert (hit[0] if hit else None) == field
    if hit:
        assert hit[2] == unit


@pytest.mark.parametrize(("cell", "number"), [(7, 7), (7.0, 7), ("7", 7), ("第7批", 7), ("第七批", 7), ("第十二批", 12), ("Batch 12", 12)])
def test_batch_numbers_as_written(cell, number):
    assert parse_batch(cell) == number


def test_duplicates_in_the_file_are_errors_naming_the_first_row(catalogue_db, xlsx, db_counts):
    path = xlsx("dup.xlsx", [
        HEADER,
        GOOD_ROWS[0],
        GOOD_ROWS[1],
        [" CE5C0400YJFM00406 ", "CE-5", "powder", None, 1, None, None, None],
    ])
    before = db_counts(catalogue_db)
    plan = plan_file(catalogue_db, path)
    (error,) = plan.errors
    assert (error.location.row, error.location.column) == (4, "Sample number")
    assert "also on row 2" in error.problem
    with pytest.raises(UserError, match="1 error"), catalogue_db.action() as s:
        apply_import(s, plan)
    assert db_counts(catalogue_db) == before


def test_blank_and_malformed_rows_are_located_and_nothing_is_written(catalogue_db, xlsx, db_counts):
    path = xlsx("bad.xlsx", [
        HEADER,
        GOOD_ROWS[0],
        [None, None, None, None, None, None, None, None],  # blank: skipped silently
        [None, "CE-5", "powder", None, 3, None, None, "no number"],  # row 4
        ["CE5C0400YJFM00500", "CE-5", "powder", None, "12.5.0 g", None, None, None],  # row 5
        ["CE5C0400YJFM00501", "CE-7", "banana", "sideways", 5, None, None, None],  # row 6
        ["CE5C0400YJFM00502", "CE-5", "rock chip", None, 5, None, None, None],  # row 7: chips need pieces
        ["CE5C0400YJFM00503", "CE-5", "powder", None, None, None, None, None],  # row 8: no mass
        ["CE5C0400YJFM00504", "CE-5", "powder", None, -4, None, None, None],  # row 9
        ["CE5 C04", "CE-5", "powder", None, 4, None, None, None],  # row 10: spaces
        [None, None, None, None, None, None, None, None],
    ])
    before = db_counts(catalogue_db)
    plan = plan_file(catalogue_db, path)
    located = sorted((e.location.row, e.location.column) for e in plan.errors)
    assert located == [
        (4, "Sample number"),
        (5, "Mass (mg)"),
        (6, "Mission"),
        (6, "Sampling"),
        (6, "Type"),
        (7, "Pieces"),
        (8, "Mass (mg)"),
        (9, "Mass (mg)"),
        (10, "Sample number"),
    ]
    for e in plan.errors:
        assert e.location.file == str(path) and e.location.sheet == "Samples"
        assert str(e).startswith(f"bad.xlsx, sheet 'Samples', row {e.location.row}, column '{e.location.column}': ")
    messages = {(e.location.row, e.location.column): e.problem for e in plan.errors}
    assert "not a number" in messages[(5, "Mass (mg)")]
    assert "'CE-7' is not a known mission" in messages[(6, "Mission")]
    assert "'banana' is not a known type" in messages[(6, "Type")]
    assert "negative" in messages[(9, "Mass (mg)")]
    assert len(plan.adds) == 1 and plan.blank_rows == 2

    with pytest.raises(UserError, match=r"9 errors; nothing was imported"), catalogue_db.action() as s:
        apply_import(s, plan)
    assert db_counts(catalogue_db) == before


def test_a_file_without_a_sample_number_column_says_so(catalogue_db, xlsx):
    path = xlsx("nohead.xlsx", [["Gewicht (mg)", "Typ"], [1, "powder"]])
    parsed = read_release_file(path)
    assert parsed.problems and parsed.header_row is None
    plan = plan_file(catalogue_db, path)
    assert not plan.ok and "no header row found" in str(plan.errors[0]) and "nohead.xlsx" in str(plan.errors[0])

    no_mass = xlsx("nomass.xlsx", [["Sample number", "Type"], ["CE5C0400YJFM00406", "powder"]])
    plan = plan_file(catalogue_db, no_mass)
    assert len(plan.errors) == 1 and "no column for Mass" in str(plan.errors[0]) and "row 1" in str(plan.errors[0])


def test_unreadable_files_raise_located_errors(tmp_path):
    (tmp_path / "x.xls").write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(InputFileError, match="save it as .xlsx"):
        read_release_file(tmp_path / "x.xls")
    (tmp_path / "broken.xlsx").write_bytes(b"not a zip")
    with pytest.raises(InputFileError, match="broken.xlsx: this is not a readable Excel workbook"):
        read_release_file(tmp_path / "broken.xlsx")
    with pytest.raises(InputFileError, match="there is no file"):
        read_release_file(tmp_path / "missing.csv")


def test_unfamiliar_sample_numbers_are_warnings_and_mission_comes_from_the_prefix(catalogue_db, xlsx):
    path = xlsx("w.xlsx", [
        ["Sample number", "Mass (mg)"],
        ["CE6Z0100YJFM00001", 5],
        ["CE5-special-1", 5],
        ["LAB-42", 5],
    ])
    plan = plan_file(catalogue_db, path)
    assert [a.sample_number for a in plan.adds] == ["CE6Z0100YJFM00001", "CE5-special-1"]
    assert plan.adds[0].values["mission"] == "CE-6" and plan.adds[0].values["sampling_mode"] == "drilled"
    assert plan.adds[1].values["mission"] == "CE-5" and plan.adds[1].values["sampling_mode"] == "unknown"
    assert [(w.location.row, "does not look like a CLEP sample number" in w.problem) for w in plan.warnings] == [
        (3, True), (4, True)]
    (error,) = plan.errors
    assert error.location.row == 4 and "does not start with a known mission prefix" in error.problem


def test_batch_given_and_in_the_file_must_agree(catalogue_db, xlsx):
    path = xlsx("b.xlsx", [["Sample number", "Mass (mg)", "批次"], ["CE5C0400YJFM00001", 5, "第7批"], ["CE5C0400YJFM00002", 5, 8]])
    plan = plan_file(catalogue_db, path, batch_number=7)
    (error,) = plan.errors
    assert error.location.row == 3 and "says batch 8, but the import is into batch 7" in error.problem
    plan = plan_file(catalogue_db, path)
    assert {e.location.row for e in plan.errors} == {2, 3} and "does not exist" in plan.errors[0].problem


# --- re-import and changes -----------------------------------------------------------


def test_reimporting_the_same_file_changes_nothing(catalogue_db, xlsx, db_counts):
    path = xlsx("same.xlsx", [HEADER, *GOOD_ROWS])
    import_file(catalogue_db, path, batch_number=7)
    before = db_counts(catalogue_db)
    plan = plan_file(catalogue_db, path, batch_number=7)
    assert (len(plan.adds), len(plan.changes), len(plan.unchanged), plan.create_batch) == (0, 0, 3, False)
    with catalogue_db.action() as s:
        result = apply_import(s, plan)
    assert (result.added, result.changed, result.unchanged) == (0, 0, 3)
    assert db_counts(catalogue_db) == before
    # the same list saved as CSV is the same list
    assert len(plan_file(catalogue_db, path, batch_number=7).unchanged) == 3


def test_changes_to_existing_samples_are_shown_old_to_new_and_audited(catalogue_db, xlsx):
    import_file(catalogue_db, xlsx("v1.xlsx", [HEADER, *GOOD_ROWS]))
    v2 = xlsx("v2.xlsx", [
        ["Sample number", "Mass (mg)", "Location", "Type", "Pieces"],
        ["CE5C0400YJFM00406", "13 mg", "NAOC Beijing, vault A", None, None],  # mass changes
        ["CE5Z0100YJYX00001", None, "Backup storage site", None, 3],  # location and pieces; blank mass kept
        ["CE6C0100YJBP00002", "0.3 g", None, "薄片", None],  # unchanged
        ["CE5C0400YJFM00999", "1 mg", None, None, None],  # new
    ])
    plan = plan_file(catalogue_db, v2)
    assert len(plan.adds) == 1 and plan.unchanged == [4]
    first, second = plan.changes
    assert first.changes == (FieldChange("mass", 12_500, 13_000),)
    assert first.describe() == "row 2, CE5C0400YJFM00406: mass: 12.5 mg → 13 mg"
    assert second.changes == (FieldChange("pieces", 2, 3), FieldChange("location", "NAOC Beijing, vault B", "Backup storage site"))
    assert "location: NAOC Beijing, vault B → Backup storage site" in second.describe()

    with catalogue_db.action(note="v2") as s:
        result = apply_import(s, plan)
    assert (result.added, result.changed, result.unchanged) == (1, 2, 1)
    got = samples_by_number(catalogue_db)
    assert got["CE5C0400YJFM00406"].mass_ug == 13_000
    assert (got["CE5Z0100YJYX00001"].location, got["CE5Z0100YJYX00001"].pieces, got["CE5Z0100YJYX00001"].mass_ug) == (
        "Backup storage site", 3, 800_000)
    with catalogue_db.read() as s:
        update = s.scalars(
            select(AuditLog).where(AuditLog.row_id == str(got["CE5C0400YJFM00406"].id), AuditLog.action == "update")
        ).one()
    assert update.changes == {"mass_ug": [12_500, 13_000]} and update.note == "v2"


def test_a_mass_change_that_breaks_a_split_ledger_is_an_error(catalogue_db, xlsx, db_counts):
    import_file(catalogue_db, xlsx("v1.xlsx", [HEADER, GOOD_ROWS[0]]))
    with catalogue_db.action() as s:
        parent = catalogue.find_sample(s, "CE5C0400YJFM00406")
        catalogue.split_sample(s, parent.id, [
            catalogue.SplitPart("CE5C0400YJFM00406-01", 10_000), catalogue.SplitPart("CE5C0400YJFM00406-02", 2_500)])
    before = db_counts(catalogue_db)
    path = xlsx("v2.xlsx", [
        ["Sample number", "Mass (mg)"],
        ["CE5C0400YJFM00406", 13],  # the parent: children still hold 12.5 mg
        ["CE5C0400YJFM00406-01", 9],  # a child: the parent would no longer balance
        ["CE5C0400YJFM00406-02", 2.5],  # unchanged
    ])
    plan = plan_file(catalogue_db, path)
    assert [(e.location.row, e.location.column) for e in plan.errors] == [(2, "Mass (mg)"), (3, "Mass (mg)")]
    assert "is split" in plan.errors[0].problem and "is a split of CE5C0400YJFM00406" in plan.errors[1].problem
    assert plan.unchanged == [4]
    assert db_counts(catalogue_db) == before


def test_mapping_override_picks_and_ignores_columns(catalogue_db, xlsx):
    path = xlsx("odd.xlsx", [
        ["Nr.", "Gewicht (mg)", "Notes", "Remarks"],
        ["CE5C0400YJFM00406", 12.5, "internal", "from CLEP"],
    ])
    plain = read_release_file(path)
    assert "sample_number" not in plain.columns and plain.problems
    parsed = read_release_file(path, mapping={"Nr.": "sample_number", "Gewicht (mg)": "mass", "Notes": "", "Remarks": "notes"})
    assert parsed.problems == [] and parsed.header_row == 1
    assert parsed.mapping == {"Nr.": "sample_number", "Gewicht (mg)": "mass", "Remarks": "notes"}
    assert parsed.unmapped == ["Notes"] and parsed.mass_unit == "mg"
    with catalogue_db.read() as s:
        plan = plan_import(s, parsed)
    assert plan.ok and plan.adds[0].values["mass_ug"] == 12_500 and plan.adds[0].values["notes"] == "from CLEP"
    with pytest.raises(UserError, match="not a field"):
        read_release_file(path, mapping={"Nr.": "serial"})


# --- all or nothing ---------------------------------------------------------------


def test_cancelling_mid_apply_rolls_everything_back(catalogue_db, xlsx, db_counts):
    rows = [["Sample number", "Mass (mg)"]] + [[f"CE5C0400YJFM{i:05d}", i + 1] for i in range(40)]
    import_file(catalogue_db, xlsx("first.xlsx", rows[:6]))  # 5 existing samples
    rows[1][1] = 99  # changes (the batch of all five, one mass), so both writing paths run
    plan = plan_file(catalogue_db, xlsx("all.xlsx", rows), batch_number=9)
    assert (len(plan.adds), len(plan.changes)) == (35, 5)
    before = db_counts(catalogue_db)
    seen = []

    def progress(done, total):
        seen.append((done, total))

    with pytest.raises(ImportCancelled), catalogue_db.action() as s:
        apply_import(s, plan, progress=progress, cancelled=lambda: len(seen) >= 3, chunk=10)
    assert 0 < seen[-1][0] < 40  # it stopped part-way, after writing some rows
    assert db_counts(catalogue_db) == before
    with catalogue_db.read() as s:
        assert catalogue.batch_by_number(s, 9) is None
        assert catalogue.find_sample(s, "CE5C0400YJFM00000").mass_ug == 1_000
    # and the same plan still applies afterwards
    with catalogue_db.action() as s:
        result = apply_import(s, plan, chunk=10)
    assert (result.added, result.changed, result.batch_created) == (35, 5, True)


def test_a_plan_made_stale_by_someone_else_is_refused(catalogue_db, xlsx, db_counts):
    path = xlsx("a.xlsx", [HEADER, *GOOD_ROWS])
    plan = plan_file(catalogue_db, path)
    with catalogue_db.action() as s:  # meanwhile, an officer adds one of the samples by hand
        catalogue.create_sample(s, catalogue.SampleData("CE6C0100YJBP00002", "CE-6", 5_000, preparation="thin_section", pieces=1))
    before = db_counts(catalogue_db)
    with pytest.raises(UserError, match="since the preview"), catalogue_db.action() as s:
        apply_import(s, plan)
    assert db_counts(catalogue_db) == before

    import_file(catalogue_db, xlsx("b.xlsx", [HEADER, GOOD_ROWS[0]]))
    plan = plan_file(catalogue_db, xlsx("c.xlsx", [["Sample number", "Mass (mg)"], ["CE5C0400YJFM00406", 20]]))
    with catalogue_db.action() as s:
        sample = catalogue.find_sample(s, "CE5C0400YJFM00406")
        sample.mass_ug = 15_000
    with pytest.raises(UserError, match="changed by someone else"), catalogue_db.action() as s:
        apply_import(s, plan)


def test_samples_and_batches_tables_only_change_through_the_import(catalogue_db, xlsx):
    """The batch is created once, linked to the missions of its rows."""
    import_file(catalogue_db, xlsx("a.xlsx", [HEADER, GOOD_ROWS[0]]), batch_number=11)
    with catalogue_db.read() as s:
        assert [b.number for b in s.scalars(select(ReleaseBatch))] == [11]
        assert len(list(s.scalars(select(ReleaseBatchMission)))) == 1


def test_a_column_without_header_text_can_be_chosen_by_its_letter(catalogue_db, xlsx):
    path = xlsx("nohdr.xlsx", [["Sample number", None, "Mass (mg)"], ["CE5C0400YJFM00406", "vault C", 4]])
    parsed = read_release_file(path)
    assert parsed.headers == ["Sample number", "Column B", "Mass (mg)"] and parsed.unmapped == ["Column B"]
    parsed = read_release_file(path, mapping={"Column B": "location"})
    assert parsed.mapping["Column B"] == "location" and parsed.unmapped == []
    with catalogue_db.read() as s:
        plan = plan_import(s, parsed)
    assert plan.adds[0].values["location"] == "vault C"


def test_import_on_postgresql(pg_paths, xlsx):
    """The server database takes the Core path: same values, same audit rows, same idempotence."""
    from lunar_desk.db.startup import open_database

    db, _ = open_database(pg_paths, officer_login="import-tester")
    try:
        path = xlsx("pg.xlsx", [HEADER, *GOOD_ROWS])
        plan, result = import_file(db, path, batch_number=7)
        assert (result.added, result.batch_created) == (3, True)
        got = samples_by_number(db)
        assert got["CE5Z0100YJYX00001"].mass_ug == 800_000 and got["CE5Z0100YJYX00001"].created_at.tzinfo is not None
        with db.read() as s:
            entries = list(s.scalars(select(AuditLog).where(AuditLog.table_name == "sample")))
        assert sorted(e.row_id for e in entries) == sorted(str(x.id) for x in got.values())
        assert entries[0].changes["id"] == [None, entries[0].row_id]
        plan = plan_file(db, path, batch_number=7)
        assert (len(plan.adds), len(plan.changes), len(plan.unchanged)) == (0, 0, 3)
    finally:
        db.dispose()
