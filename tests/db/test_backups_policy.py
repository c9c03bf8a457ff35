"""The backups folder: rotation, the daily backup, listing and restoring."""

from __future__ import annotations

import hashlib
import io
import shutil
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from lunar_desk.cli import main
from lunar_desk.config import Paths, resolve_paths
from lunar_desk.db import migrate
from lunar_desk.db.backup import backup_name, make_backup
from lunar_desk.db.engine import connect
from lunar_desk.db.models import MemberState
from lunar_desk.db.startup import open_database
from lunar_desk.errors import UserError
from lunar_desk.services.backups import (
    daily_backup_if_due,
    list_backups,
    restore_backup,
    rotate_backups,
)

NOW = datetime(2025, 6, 15, 12, 0)  # a Sunday


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fake(paths: Paths, when: datetime, reason: str = "daily") -> Path:
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    p = paths.backups_dir / backup_name(reason, when)
    p.write_bytes(b"x")
    return p


def names(paths: Paths) -> set[str]:
    return {p.name for p in paths.backups_dir.iterdir()}


def test_rotation_keeps_daily_weekly_monthly_and_leaves_foreign_files(paths: Paths):
    made = {}
    for i in range(400):
        day = NOW.date() - timedelta(days=i)
        for hour in (1, 2):
            when = datetime(day.year, day.month, day.day, hour)
            made[when] = fake(paths, when)
    foreign = ["notes.txt", "my-copy.sqlite", backup_name("manual", NOW) + ".part", "lunar-desk-latest.sqlite"]
    for name in foreign:
        (paths.backups_dir / name).write_text("mine")

    removed = rotate_backups(paths, now=NOW)

    def at(y, m, d):
        return backup_name("daily", datetime(y, m, d, 2))

    expected = {at(2025, 6, d) for d in range(9, 16)}  # the last 7 days
    expected |= {at(2025, 6, 8), at(2025, 6, 1), at(2025, 5, 25)}  # the last 4 ISO weeks
    month_ends = [(2025, 5, 31), (2025, 4, 30), (2025, 3, 31), (2025, 2, 28), (2025, 1, 31), (2024, 12, 31),
                  (2024, 11, 30), (2024, 10, 31), (2024, 9, 30), (2024, 8, 31), (2024, 7, 31)]
    expected |= {at(*d) for d in month_ends}  # the last 12 months
    assert names(paths) == expected | set(foreign)
    assert len(removed) == 800 - len(expected)
    assert all(p.parent == paths.backups_dir for p in removed)


def test_rotation_never_deletes_the_newest_backup(paths: Paths):
    old = [fake(paths, NOW - timedelta(days=900 + i)) for i in range(5)]
    rotate_backups(paths, now=NOW)
    assert names(paths) == {old[0].name}


def test_daily_backup_is_made_once_per_day(migrated_file: Path, paths: Paths):
    first = daily_backup_if_due(paths, now=NOW)
    assert first is not None and first.exists() and first.name.endswith("-daily.sqlite")
    assert daily_backup_if_due(paths, now=NOW + timedelta(hours=5)) is None
    second = daily_backup_if_due(paths, now=NOW + timedelta(days=1))
    assert second is not None and second != first
    assert [b.reason for b in list_backups(paths)] == ["daily", "daily"]


def test_opening_an_existing_database_makes_the_daily_backup(paths: Paths):
    db, report = open_database(paths)  # a new database: nothing to back up
    db.dispose()
    assert report.created
    assert list_backups(paths) == []
    db, _ = open_database(paths)
    db.dispose()
    db, _ = open_database(paths)
    db.dispose()
    backups = list_backups(paths)
    assert [b.reason for b in backups] == ["daily"]
    assert backups[0].record_counts["sample"] == 0 and "audit_log" in backups[0].record_counts


def test_a_failing_daily_backup_does_not_stop_the_start(migrated_file: Path, paths: Paths, monkeypatch, caplog):
    from lunar_desk.services import backups

    def boom(*a, **k):
        raise OSError("disk full")

    monkeypatch.setattr(backups, "make_backup", boom)
    db, _ = open_database(paths)
    db.dispose()
    assert "daily backup" in caplog.text


def add_state(db, name: str, iso3: str) -> None:
    with db.action() as s:
        s.add(MemberState(name=name, iso3=iso3, name_zh=name))


def state_names(paths: Paths) -> list[str]:
    db, _ = open_database(paths)
    try:
        with db.read() as s:
            return sorted(s.scalars(select(MemberState.name)))
    finally:
        db.dispose()


@pytest.fixture
def backed_up(db, paths: Paths) -> Path:
    """A backup holding Pakistan; the live database then also holds Peru (and is closed)."""
    add_state(db, "Pakistan", "PAK")
    backup = make_backup(paths, reason="manual")
    add_state(db, "Peru", "PER")
    db.dispose()
    return backup


def test_restore_brings_the_data_back_and_keeps_the_current_database(backed_up: Path, paths: Paths):
    pre = restore_backup(paths, backed_up)
    assert pre is not None and pre.exists() and "before-restore" in pre.name
    assert not Path(f"{paths.db_file}-wal").exists() or Path(f"{paths.db_file}-wal").stat().st_size == 0
    assert state_names(paths) == ["Pakistan"]
    # the pre-restore backup holds what was replaced
    restore_backup(paths, pre)
    assert state_names(paths) == ["Pakistan", "Peru"]


def test_a_damaged_backup_is_refused_and_nothing_changes(backed_up: Path, paths: Paths):
    damaged = paths.backups_dir / backup_name("manual", NOW)
    data = bytearray(backed_up.read_bytes())
    data[100:4000] = b"\xff" * 3900
    damaged.write_bytes(bytes(data))
    before = sha256(paths.db_file)
    existing = names(paths)
    with pytest.raises(UserError) as err:
        restore_backup(paths, damaged)
    assert str(damaged) in str(err.value)
    assert sha256(paths.db_file) == before
    assert names(paths) == existing  # no pre-restore backup either


def test_a_backup_from_a_newer_version_is_refused(backed_up: Path, paths: Paths):
    newer = paths.backups_dir / backup_name("manual", NOW)
    shutil.copy(backed_up, newer)
    conn = sqlite3.connect(newer)
    conn.execute("UPDATE alembic_version SET version_num = '9999'")
    conn.commit()
    conn.close()
    before = sha256(paths.db_file)
    with pytest.raises(UserError, match="newer Lunar Desk"):
        restore_backup(paths, newer)
    assert sha256(paths.db_file) == before


def test_an_older_backup_is_migrated_when_opened(db, tmp_path: Path, paths: Paths):
    db.dispose()
    old_paths = resolve_paths(tmp_path / "old")
    old = connect(old_paths)
    migrate.upgrade(old.engine, "0001")
    old.dispose()
    restore_backup(paths, old_paths.db_file)
    db2, report = open_database(paths)
    try:
        assert report.migrated_from == "0001"
        assert migrate.current_revision(db2.engine) == migrate.SCHEMA_HEAD
    finally:
        db2.dispose()


# --- CLI ---------------------------------------------------------------------


def test_cli_restore_needs_yes_without_a_terminal(backed_up: Path, paths: Paths, monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    before = sha256(paths.db_file)
    assert main(["restore", str(backed_up), "--data-dir", str(paths.data_dir)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert sha256(paths.db_file) == before


def test_cli_restore_with_yes(backed_up: Path, paths: Paths, capsys):
    assert main(["restore", backed_up.name, "--yes", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert "Restored" in out and "before-restore" in out
    assert state_names(paths) == ["Pakistan"]


def test_cli_restore_asks_at_a_terminal(backed_up: Path, paths: Paths, monkeypatch, capsys):
    class Tty(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr("sys.stdin", Tty(""))
    monkeypatch.setattr("builtins.input", lambda prompt="": "n")
    before = sha256(paths.db_file)
    assert main(["restore", str(backed_up), "--data-dir", str(paths.data_dir)]) == 1
    assert sha256(paths.db_file) == before
    monkeypatch.setattr("builtins.input", lambda prompt="": "y")
    assert main(["restore", str(backed_up), "--data-dir", str(paths.data_dir)]) == 0


def test_cli_restore_refuses_a_damaged_file(backed_up: Path, paths: Paths, tmp_path: Path, capsys):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 100)
    assert main(["restore", str(bad), "--yes", "--data-dir", str(paths.data_dir)]) == 1
    assert str(bad) in capsys.readouterr().err


def test_cli_backups_lists_them(backed_up: Path, paths: Paths, capsys):
    assert main(["backups", "--data-dir", str(paths.data_dir)]) == 0
    out = capsys.readouterr().out
    assert backed_up.name in out and "manual" in out and "samples" in out
    assert main(["backups", "--data-dir", str(paths.data_dir / "none")]) == 0
    assert "No backups" in capsys.readouterr().out
