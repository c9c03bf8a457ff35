"""Schema versions: a new database reaches the head, an old one is upgraded,
and a file this version must not touch is refused without a byte changing."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select
from sqlmodel import SQLModel

from lunar_desk.config import Paths, sqlite_url
from lunar_desk.db import migrate
from lunar_desk.db.engine import make_engine
from lunar_desk.db.models import Mission, Officer
from lunar_desk.db.startup import open_database
from lunar_desk.errors import DatabaseUnreadable, SchemaTooNew

APP_TABLES = set(SQLModel.metadata.tables)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_dump(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


def files_in(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()} if folder.exists() else set()


# --- the head -----------------------------------------------------------------


def test_schema_head_is_the_single_head_of_the_migration_scripts():
    script = migrate.script_directory()
    assert script.get_heads() == [migrate.SCHEMA_HEAD]
    assert migrate.SCHEMA_HEAD in migrate.known_revisions()


def test_every_migration_chains_back_to_the_first():
    script = migrate.script_directory()
    chain = [rev.revision for rev in script.walk_revisions("base", "heads")]
    assert chain[0] == migrate.SCHEMA_HEAD
    assert script.get_revision(chain[-1]).down_revision is None
    assert set(chain) == migrate.known_revisions()


def test_upgrade_from_empty_reaches_head_with_every_table(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "new.sqlite"))
    try:
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
        tables = set(inspect(engine).get_table_names())
        assert APP_TABLES <= tables
        assert tables - APP_TABLES == {"alembic_version"}
    finally:
        engine.dispose()


def test_open_database_creates_a_new_database_and_officer(paths: Paths):
    db, report = open_database(paths, officer_login="amina")
    try:
        assert report.created
        assert report.migrated_from is None
        assert report.backup is None
        assert files_in(paths.backups_dir) == set()  # nothing to back up in a new database
        assert migrate.current_revision(db.engine) == migrate.SCHEMA_HEAD
        with db.read() as s:
            officer = s.scalars(select(Officer).where(Officer.login == "amina")).one()
            assert db.officer_id == officer.id
            assert db.officer_name == "amina"
            codes = set(s.scalars(select(Mission.code)))
        assert codes == {"CE-5", "CE-6"}  # seeded by migration 0002
    finally:
        db.dispose()


def test_new_database_uses_wal(paths: Paths):
    db, _ = open_database(paths, officer_login="amina")
    db.dispose()
    conn = sqlite3.connect(paths.db_file)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_an_empty_file_is_treated_as_a_new_database(paths: Paths):
    paths.data_dir.mkdir(parents=True)
    paths.db_file.touch()
    db, report = open_database(paths, officer_login="amina")
    db.dispose()
    assert report.created and report.backup is None


def test_upgrading_twice_is_a_no_op(tmp_path):
    path = tmp_path / "twice.sqlite"
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine)
        schema = schema_dump(path)
        with engine.connect() as conn:
            missions = conn.exec_driver_sql("SELECT id, code, created_at FROM mission ORDER BY code").fetchall()
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
        assert schema_dump(path) == schema
        with engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT id, code, created_at FROM mission ORDER BY code").fetchall() == missions
    finally:
        engine.dispose()


def test_reopening_an_up_to_date_database_takes_no_backup(migrated_file: Path, paths: Paths):
    for _ in range(2):
        db, report = open_database(paths, officer_login="test-officer")
        db.dispose()
        assert report.backup is None and report.migrated_from is None and not report.created
    # no migration backup: only the once-a-day backup of an existing database
    backups = files_in(paths.backups_dir)
    assert len(backups) == 1 and next(iter(backups)).endswith("-daily.sqlite")
    conn = sqlite3.connect(migrated_file)
    try:
        assert conn.execute("SELECT count(*) FROM officer WHERE login = 'test-officer'").fetchone()[0] == 1
    finally:
        conn.close()


def test_models_match_the_migrated_schema(template_db: Path):
    """Every model change comes with a migration: autogenerate finds nothing to do.

    Compares with the options the migration environment uses (compare_type);
    server defaults are not compared: Alembic reports a false difference for
    ``''`` defaults on SQLite.
    """
    engine = make_engine(sqlite_url(template_db))
    try:
        with engine.connect() as conn:
            ctx = MigrationContext.configure(conn, opts={"compare_type": True})
            diff = compare_metadata(ctx, SQLModel.metadata)
    finally:
        engine.dispose()
    assert diff == []


def test_downgrade_to_base_and_up_again(tmp_path):
    engine = make_engine(sqlite_url(tmp_path / "down.sqlite"))
    try:
        migrate.upgrade(engine)
        with engine.begin() as conn:
            command.downgrade(migrate.alembic_config(conn), "base")
        assert set(inspect(engine).get_table_names()) == {"alembic_version"}
        assert migrate.current_revision(engine) is None
        migrate.upgrade(engine)
        assert migrate.current_revision(engine) == migrate.SCHEMA_HEAD
        assert APP_TABLES <= set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


# --- files that must not be touched ---------------------------------------------


def stamp(path: Path, revision: str, journal_mode: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(f"PRAGMA journal_mode={journal_mode}")
        conn.execute("UPDATE alembic_version SET version_num = ?", (revision,))
        conn.commit()
    finally:
        conn.close()


# A backup is written in rollback-journal (DELETE) mode: a newer version's
# backup restored onto this laptop must be refused unchanged too.
@pytest.mark.parametrize("journal_mode", ["wal", "delete"])
def test_database_from_a_newer_version_is_refused_unchanged(migrated_file: Path, paths: Paths, journal_mode):
    stamp(migrated_file, "9999_from_the_future", journal_mode)
    before = sha256(migrated_file)
    with pytest.raises(SchemaTooNew) as caught:
        open_database(paths, officer_login="test-officer")
    assert str(migrated_file) in str(caught.value)
    assert "9999_from_the_future" in str(caught.value)
    assert caught.value.path == migrated_file
    assert sha256(migrated_file) == before
    assert files_in(paths.backups_dir) == set()


def test_database_from_a_newer_version_is_refused_even_without_migrating(migrated_file: Path, paths: Paths):
    stamp(migrated_file, "9999", "delete")
    before = sha256(migrated_file)
    with pytest.raises(SchemaTooNew):
        open_database(paths, migrate_schema=False)
    assert sha256(migrated_file) == before


def test_garbage_file_is_refused_unchanged(paths: Paths):
    paths.data_dir.mkdir(parents=True)
    paths.db_file.write_bytes(b"PK\x03\x04 this is a spreadsheet, not a database " * 400)
    before = sha256(paths.db_file)
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(paths, officer_login="test-officer")
    assert str(paths.db_file) in str(caught.value)
    assert caught.value.path == paths.db_file
    assert sha256(paths.db_file) == before
    assert files_in(paths.backups_dir) == set()


def truncate_to_half(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def scribble_over_pages(path: Path) -> None:
    """Keep the 100-byte header intact, overwrite the start of every later page."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page, len(data), page):
        data[offset : offset + 64] = b"\xa5" * 64
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [truncate_to_half, scribble_over_pages], ids=["truncated", "corrupted"])
def test_damaged_sqlite_file_is_refused_unchanged(migrated_file: Path, paths: Paths, damage):
    damage(migrated_file)
    assert migrated_file.read_bytes().startswith(b"SQLite format 3\x00")
    before = sha256(migrated_file)
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(paths, officer_login="test-officer")
    assert str(migrated_file) in str(caught.value)
    assert caught.value.path == migrated_file
    assert sha256(migrated_file) == before
    assert files_in(paths.backups_dir) == set()


def test_sqlite_file_of_another_program_is_refused_unchanged(paths: Paths):
    paths.data_dir.mkdir(parents=True)
    conn = sqlite3.connect(paths.db_file)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Dr. Somchai')")
    conn.commit()
    conn.close()
    before = sha256(paths.db_file)
    with pytest.raises(DatabaseUnreadable) as caught:
        open_database(paths, officer_login="test-officer")
    assert str(paths.db_file) in str(caught.value)
    assert sha256(paths.db_file) == before


def test_a_copy_of_the_template_is_an_independent_database(template_db: Path, tmp_path):
    """Guards the fixture: tests writing to their copy never reach the template."""
    before = sha256(template_db)
    copy = tmp_path / "copy.sqlite"
    shutil.copy(template_db, copy)
    conn = sqlite3.connect(copy)
    conn.execute("INSERT INTO setting (key, value, updated_at) VALUES ('x', 'y', '2026-01-01 00:00:00')")
    conn.commit()
    conn.close()
    assert sha256(template_db) == before
