"""Backups: taken before every migration of an existing database and on
request; each one is a complete, verified, self-contained copy."""

from __future__ import annotations

import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import select, text

from lunar_desk.config import Paths, resolve_paths
from lunar_desk.db import migrate
from lunar_desk.db.backup import backup_sqlite, make_backup
from lunar_desk.db.engine import connect
from lunar_desk.db.models import MemberState, Person
from lunar_desk.db.startup import check_sqlite_file, open_database
from lunar_desk.errors import DatabaseUnreadable, UserError


def query(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def make_old_database(paths: Paths) -> None:
    """A database last used by a Lunar Desk whose schema was 0001, holding records.

    Written with plain SQL: today's models describe today's schema, not 0001's."""
    db = connect(paths)
    try:
        migrate.upgrade(db.engine, "0001")
        now = "2025-01-06 09:00:00.000000"
        common = "created_at, updated_at, origin"
        with db.engine.begin() as conn:
            iran, inst, person = (uuid.uuid4().hex for _ in range(3))
            conn.execute(text(f"INSERT INTO member_state (id, {common}, name, name_zh, iso3, status, notes) "
                              "VALUES (:id, :t, :t, '', 'Iran', '伊朗', 'IRN', 'member', '')"), {"id": iran, "t": now})
            conn.execute(text(f"INSERT INTO institution (id, {common}, name, name_local, city, member_state_id, notes) "
                              "VALUES (:id, :t, :t, '', 'Iranian Space Agency', 'سازمان فضایی ایران', '', :ms, '')"),
                         {"id": inst, "t": now, "ms": iran})
            conn.execute(text(f"INSERT INTO person (id, {common}, name_latin, name_native, email, phone, position, "
                              "institution_id, notes) VALUES (:id, :t, :t, '', 'Reza Karimi', 'رضا کریمی', '', '', '', "
                              ":inst, '')"), {"id": person, "t": now, "inst": inst})
    finally:
        db.dispose()


def test_migrating_an_existing_database_backs_it_up_first(paths: Paths):
    make_old_database(paths)
    assert query(paths.db_file, "SELECT version_num FROM alembic_version") == [("0001",)]

    db, report = open_database(paths, officer_login="amina")
    try:
        assert report.migrated_from == "0001"
        assert not report.created
        assert report.backup is not None
        assert report.backup.parent == paths.backups_dir
        assert "before-migration-0001" in report.backup.name
        assert migrate.current_revision(db.engine) == migrate.SCHEMA_HEAD
        with db.read() as s:  # the data survived the migration
            assert s.scalars(select(Person.name_native)).one() == "رضا کریمی"
    finally:
        db.dispose()

    backup = report.backup
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == [backup.name]  # no .part left behind
    # The backup is a healthy, self-contained file at the old schema with the data.
    assert query(backup, "PRAGMA integrity_check") == [("ok",)]
    assert query(backup, "PRAGMA journal_mode") == [("delete",)]
    assert not Path(f"{backup}-wal").exists()
    assert query(backup, "SELECT version_num FROM alembic_version") == [("0001",)]
    assert query(backup, "SELECT name, name_zh FROM member_state") == [("Iran", "伊朗")]
    assert query(backup, "SELECT name_local FROM institution") == [("سازمان فضایی ایران",)]
    assert query(backup, "SELECT name_latin, name_native FROM person") == [("Reza Karimi", "رضا کریمی")]
    assert "mission" not in {r[0] for r in query(backup, "SELECT name FROM sqlite_master WHERE type = 'table'")}


def test_the_backup_taken_before_migration_can_itself_be_opened(paths: Paths, tmp_path):
    """Restoring: point Lunar Desk at the backup and it opens (and is upgraded) like the original."""
    make_old_database(paths)
    db, report = open_database(paths, officer_login="amina")
    db.dispose()
    restored = resolve_paths(tmp_path / "restored")
    restored.data_dir.mkdir(parents=True)
    restored.db_file.write_bytes(report.backup.read_bytes())
    db2, report2 = open_database(restored, officer_login="amina")
    try:
        assert report2.migrated_from == "0001"
        with db2.read() as s:
            assert s.scalars(select(MemberState.name)).all() == ["Iran"]
    finally:
        db2.dispose()


def test_manual_backup_of_an_open_database_holds_the_latest_commit(db, paths: Paths):
    with db.action() as s:
        s.add(MemberState(name="Mongolia", name_zh="蒙古", notes="Монгол Улс"))
    # The database is still open (its last commit may sit in the WAL file).
    out = make_backup(paths)
    assert out.parent == paths.backups_dir
    assert "manual" in out.name
    check_sqlite_file(out, full=True)
    assert query(out, "SELECT name, name_zh, notes FROM member_state") == [("Mongolia", "蒙古", "Монгол Улс")]
    assert query(out, "SELECT count(*) FROM audit_log WHERE table_name = 'member_state'") == [(1,)]
    # The open database still works after the backup.
    with db.action() as s:
        s.add(MemberState(name="Thailand"))


def test_two_backups_in_a_row_are_both_kept(db, paths: Paths):
    first = make_backup(paths)
    with db.action() as s:
        s.add(MemberState(name="Peru"))
    second = make_backup(paths)
    assert first != second
    assert first.exists() and second.exists()
    assert query(first, "SELECT count(*) FROM member_state") == [(0,)]
    assert query(second, "SELECT count(*) FROM member_state") == [(1,)]


def test_backup_to_a_chosen_file(db, paths: Paths, tmp_path):
    out = make_backup(paths, out=tmp_path / "usb-stick" / "lunar-desk-copy.sqlite")
    assert out == tmp_path / "usb-stick" / "lunar-desk-copy.sqlite"
    assert query(out, "PRAGMA integrity_check") == [("ok",)]
    assert query(out, "SELECT version_num FROM alembic_version") == [(migrate.SCHEMA_HEAD,)]


def test_backing_up_a_damaged_file_fails_and_keeps_nothing(tmp_path):
    src = tmp_path / "broken.sqlite"
    src.write_bytes(b"SQLite format 3\x00" + b"\x00" * 84 + b"\xde\xad" * 4000)
    dest = tmp_path / "backups" / "copy.sqlite"
    with pytest.raises(DatabaseUnreadable) as caught:
        backup_sqlite(src, dest)
    assert str(src) in str(caught.value)
    assert not dest.exists()
    assert list(dest.parent.iterdir()) == []


def test_there_is_nothing_to_back_up_without_a_database(paths: Paths):
    with pytest.raises(DatabaseUnreadable):
        make_backup(paths)
    assert not paths.backups_dir.exists() or list(paths.backups_dir.iterdir()) == []


def test_a_server_database_is_not_backed_up_locally(tmp_path):
    server = resolve_paths(tmp_path, db_url="postgresql+psycopg://office@db.example/lunar")
    with pytest.raises(UserError, match="pg_dump"):
        make_backup(server)


def test_a_write_cut_off_in_rollback_mode_is_rolled_back_not_called_damage(paths: Paths):
    """A kill mid-write leaves a hot journal; opening rolls it back to the last commit."""
    import subprocess
    import sys

    db, _ = open_database(paths, officer_login="amina")
    db.dispose()
    child = f"""
import os, sqlite3
conn = sqlite3.connect({str(paths.db_file)!r}, isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN")
conn.execute("CREATE TABLE scratch (x TEXT)")
conn.executemany("INSERT INTO scratch VALUES (?)", [("x" * 500,)] * 2000)
os._exit(9)  # killed before COMMIT: the journal stays hot
"""
    subprocess.run([sys.executable, "-c", child], check=False)
    assert Path(f"{paths.db_file}-journal").stat().st_size > 0

    db, _ = open_database(paths, officer_login="amina")
    try:
        with db.read() as s:
            assert s.scalars(select(Person.name_latin)).all() == []
        assert "scratch" not in query(paths.db_file, "SELECT name FROM sqlite_master WHERE type='table'")
    finally:
        db.dispose()
