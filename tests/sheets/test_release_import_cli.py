"""`lunar-desk import-samples FILE [--batch N] [--dry-run] [--sheet NAME]`: exit codes and what is written."""

from __future__ import annotations

from pathlib import Path

import pytest

from lunar_desk.cli import main

HEADER = ["样品编号", "质量（毫克）", "类型", "块数"]
ROWS = [
    ["CE5C0400YJFM00406", 12.5, "粉末", None],
    ["CE5Z0100YJYX00001", "0.8 g", "岩屑", 2],
]


@pytest.fixture
def data_dir(tmp_path: Path, catalogue_db) -> Path:
    """The data folder of a migrated database that already knows the OS user the CLI acts as."""
    from lunar_desk.db.startup import open_database

    db, _ = open_database(catalogue_db.paths)  # the CLI's officer profile, created once here
    db.dispose()
    return catalogue_db.paths.data_dir


def backups(data_dir: Path) -> list[Path]:
    return sorted((data_dir / "backups").glob("*before-import*")) if (data_dir / "backups").exists() else []


def test_import_exits_0_writes_the_samples_and_backs_up_first(data_dir, catalogue_db, xlsx, db_counts, capsys):
    path = xlsx("batch7.xlsx", [HEADER, *ROWS])
    before = db_counts(catalogue_db)
    assert main(["import-samples", str(path), "--batch", "7", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "2 to add, 0 to change, 0 unchanged, 0 errors." in out and "Release batch 7 will be created." in out
    assert "Imported: 2 samples added" in out
    after = db_counts(catalogue_db)
    assert after["sample"] == before["sample"] + 2 and after["release_batch"] == before["release_batch"] + 1
    assert len(backups(data_dir)) == 1

    # the same file again: nothing to do, still success, nothing written
    assert main(["import-samples", str(path), "--batch", "7", "--data-dir", str(data_dir)]) == 0
    assert "0 to add, 0 to change, 2 unchanged" in capsys.readouterr().out
    assert db_counts(catalogue_db) == after


def test_errors_exit_1_name_the_place_and_write_nothing(data_dir, catalogue_db, xlsx, db_counts, capsys):
    path = xlsx("bad.xlsx", [HEADER, *ROWS, ["CE5C0400YJFM00407", "a lot", "粉末", None]])
    before = db_counts(catalogue_db)
    assert main(["import-samples", str(path), "--data-dir", str(data_dir)]) == 1
    out = capsys.readouterr().out
    assert "2 to add, 0 to change, 0 unchanged, 1 error." in out
    assert "ERROR: bad.xlsx, sheet 'Samples', row 4, column '质量（毫克）': " in out
    assert "Nothing was imported" in out
    assert db_counts(catalogue_db) == before and backups(data_dir) == []


def test_dry_run_shows_changes_and_writes_nothing(data_dir, catalogue_db, xlsx, db_counts, capsys):
    assert main(["import-samples", str(xlsx("v1.xlsx", [HEADER, *ROWS])), "--data-dir", str(data_dir)]) == 0
    capsys.readouterr()
    before = db_counts(catalogue_db)
    v2 = xlsx("v2.xlsx", [HEADER, ["CE5C0400YJFM00406", 13, "粉末", None], ROWS[1], ["CE5C0400YJFM00500", 1, "粉末", None]])
    assert main(["import-samples", str(v2), "--dry-run", "--batch", "8", "--data-dir", str(data_dir)]) == 0
    out = capsys.readouterr().out
    assert "1 to add, 2 to change, 0 unchanged, 0 errors." in out
    assert "CHANGE: row 2, CE5C0400YJFM00406: batch: (blank) → 8; mass: 12.5 mg → 13 mg" in out
    assert "Dry run: nothing was written." in out
    assert db_counts(catalogue_db) == before and len(backups(data_dir)) == 1  # only the first import's


def test_sheet_option_and_unreadable_file(data_dir, xlsx, capsys):
    path = xlsx("two.xlsx", [["note"]], sheet="Cover", extra_sheets={"List": [HEADER, *ROWS]})
    assert main(["import-samples", str(path), "--sheet", "List", "--dry-run", "--data-dir", str(data_dir)]) == 0
    assert "two.xlsx, sheet 'List': 2 to add" in capsys.readouterr().out
    assert main(["import-samples", str(path), "--sheet", "Nope", "--data-dir", str(data_dir)]) == 1
    assert "no sheet 'Nope'" in capsys.readouterr().err
    assert main(["import-samples", str(path.with_name("missing.xlsx")), "--data-dir", str(data_dir)]) == 1
    assert "there is no file" in capsys.readouterr().err
