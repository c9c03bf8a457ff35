"""The demo dataset as a test fixture: built once per test module (``demo.generate`` takes seconds),
copied for each test that writes.

    @pytest.fixture(scope="module")
    def demo_file(tmp_path_factory, template_db):
        return build_demo_file(tmp_path_factory.mktemp("x-demo"), template_db, size=200, seed=11, today=TODAY)
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from lunar_desk.config import Paths, resolve_paths

OFFICER = "test-officer"


def checkpoint(db_file: Path) -> None:
    """Fold the WAL into the main file, so one file is the whole database (safe to copy)."""
    conn = sqlite3.connect(db_file)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()


def build_demo_paths(folder: Path, template_db: Path, *, size: int, seed: int, today: date) -> Paths:
    """A data folder in ``folder`` whose database is the migrated template filled with the demo data."""
    from lunar_desk.db.startup import open_database
    from lunar_desk.services import demo

    paths = resolve_paths(folder)
    paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template_db, paths.db_file)
    db, _ = open_database(paths, officer_login=OFFICER)
    with db.action() as s:
        demo.generate(s, size, seed=seed, today=today)
    db.dispose()
    checkpoint(paths.db_file)
    return paths


def build_demo_file(folder: Path, template_db: Path, *, size: int, seed: int, today: date) -> Path:
    return build_demo_paths(folder, template_db, size=size, seed=seed, today=today).db_file


def opened_copy(demo_file: Path, paths: Paths) -> Iterator:
    """A fresh copy of ``demo_file`` at ``paths``, opened (a generator for a fixture to yield from)."""
    from lunar_desk.db.startup import open_database

    paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_file, paths.db_file)
    db, _ = open_database(paths, officer_login=OFFICER)
    try:
        yield db
    finally:
        db.dispose()


def fill_loans_world(db, today: date, *, samples: int = 80, seed: int = 9) -> None:
    """Reference data, released samples, the demo applications and review rounds, and loans in every state:
    what the loans, results and stewardship tests start from (one action, like the demo)."""
    from lunar_desk.services import demo
    from lunar_desk.services.demo_applications import fill_applications
    from lunar_desk.services.demo_loans import fill_loans
    from lunar_desk.services.demo_review import fill_review

    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, samples, seed=seed)
        fill_applications(s, today=today)
        fill_review(s, today=today)
        fill_loans(s, today=today)
