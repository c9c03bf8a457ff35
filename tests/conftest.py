"""Shared fixtures: headless Qt, throwaway data folders and databases.

``QT_QPA_PLATFORM`` is set here, at import time, before any test module can
import Qt, so the whole suite runs without a screen.
"""

from __future__ import annotations

import os

os.environ["QT_QPA_PLATFORM"] = "offscreen"

import shutil  # noqa: E402
import sqlite3  # noqa: E402
import uuid  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from lunar_desk.config import Paths, resolve_paths  # noqa: E402

TEST_OFFICER = "test-officer"
PG_ENV = "LUNAR_DESK_TEST_PG_URL"


@pytest.fixture
def paths(tmp_path: Path) -> Paths:
    """A fresh, empty data folder with the default SQLite location inside it."""
    return resolve_paths(tmp_path / "data")


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database migrated to head once per session, checkpointed into one self-contained file."""
    from lunar_desk.db.startup import open_database

    tpl_paths = resolve_paths(tmp_path_factory.mktemp("template"))
    db, _ = open_database(tpl_paths, officer_login=TEST_OFFICER)
    db.dispose()
    db_file = tpl_paths.db_file
    assert db_file is not None
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    # The last connection closed: SQLite has folded the WAL into the main file.
    assert not Path(f"{db_file}-wal").exists() or Path(f"{db_file}-wal").stat().st_size == 0
    return db_file


@pytest.fixture
def migrated_file(template_db: Path, paths: Paths) -> Path:
    """A copy of the migrated template at ``paths.db_file`` (not opened)."""
    assert paths.db_file is not None
    paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template_db, paths.db_file)
    return paths.db_file


@pytest.fixture
def db(migrated_file: Path, paths: Paths):
    """An opened, migrated SQLite database, acting as officer ``test-officer``."""
    from lunar_desk.db.startup import open_database

    database, report = open_database(paths, officer_login=TEST_OFFICER)
    assert report.backup is None and not report.created
    try:
        yield database
    finally:
        database.dispose()


# --- PostgreSQL --------------------------------------------------------------


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """The configured test server, or a skip when none is configured."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL test server configured: set {PG_ENV}=postgresql+psycopg://user@host:port/dbname")
    return url


@pytest.fixture
def pg_url(pg_server_url: str):
    """A URL whose connections work in a fresh, empty schema, dropped after the test.

    Each test gets its own schema (first on ``search_path``), so tests are
    independent of each other and of leftovers from earlier runs.
    """
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(pg_server_url)
    try:
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = make_url(pg_server_url).update_query_dict({"options": f"-csearch_path={schema}"})
        try:
            yield url.render_as_string(hide_password=False)
        finally:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
    finally:
        admin.dispose()


@pytest.fixture
def pg_paths(tmp_path: Path, pg_url: str) -> Paths:
    """Paths for a server database: data folder in tmp, records in a fresh PostgreSQL schema."""
    return resolve_paths(tmp_path / "data", db_url=pg_url)
