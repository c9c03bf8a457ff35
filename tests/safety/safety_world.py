"""Shared helpers of the data-safety tests: fresh databases, applications taken
through the real workflow, and whole-database snapshots.

Tables are discovered from the models and the database (never a fixed list),
so tables added by later migrations are covered without touching this file.
"""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from datetime import date
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import func, select

from lunar_desk.config import Paths, resolve_paths
from lunar_desk.db.engine import Database
from lunar_desk.services import applications as apps
from lunar_desk.services import reference
from lunar_desk.services.applications import MethodData

OFFICER = "safety-officer"
TEXT_FIELDS = {
    "objectives": "Measure amorphous rim thickness.", "background": "Agglutinates record exposure.",
    "expected_results": "A paper.", "schedule": "12 months.", "lab_facilities": "Clean room.", "sample_security": "Locked safe.",
}


def data_folder_from(template: Path, folder: Path) -> Paths:
    """A data folder under ``folder`` whose database is a copy of the migrated ``template``."""
    paths = resolve_paths(folder)
    assert paths.db_file is not None
    paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(template, paths.db_file)
    return paths


def open_copy(template: Path, folder: Path) -> Database:
    """Open (through the normal start-up path) a fresh copy of the migrated ``template``."""
    from lunar_desk.db.startup import open_database

    db, _ = open_database(data_folder_from(template, folder), officer_login=OFFICER)
    return db


def people(db: Database) -> SimpleNamespace:
    """A Member State, an institution and a principal investigator."""
    with db.action("reference records") as s:
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        inst = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id, name_local="سازمان فضایی ایران")
        pi = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", institution_id=inst.id,
                                  email="rezaei@example.org", position="Professor")
        return SimpleNamespace(state=iran.id, inst=inst.id, pi=pi.id)


def forward_application(s, paths: Paths, files: Path, who: SimpleNamespace, *, batch_number: int, items: list,
                        title: str, today: date) -> uuid.UUID:
    """An application with ``items`` (ItemData) taken through pre-check and package to forwarded, in session ``s``."""
    app = apps.create_application(s, "research", batch_number=batch_number, institution_id=who.inst, title=title, today=today)
    f = apps.application_fields(s, app.id)
    for key, value in TEXT_FIELDS.items():
        setattr(f, key, value)
    apps.update_application(s, app.id, f)
    apps.add_team_member(s, app.id, who.pi, "pi")
    apps.add_method(s, app.id, MethodData("Transmission electron microscopy", "FEI Titan", destructive=True,
                                          justification="FIB sections."))
    for data in items:
        apps.add_requested_item(s, app.id, data)
    files.mkdir(parents=True, exist_ok=True)
    cv = files / "cv.txt"
    cv.write_text("CV of the principal investigator\n", encoding="utf-8")
    apps.attach_file(s, paths.attachments_dir, app.id, cv, kind="cv", person_id=who.pi)
    apps.change_status(s, app.id, "submitted", today=today)
    package = files / "package.zip"
    package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    apps.change_status(s, app.id, "forwarded", today=today, package=package, attachments_dir=paths.attachments_dir)
    return app.id


# --- snapshots -------------------------------------------------------------------------------


def table_counts(db: Database) -> dict[str, int]:
    """Rows in every table the models know (audit_log included)."""
    from sqlmodel import SQLModel

    from lunar_desk.db import models  # noqa: F401  (registers every table)

    tables = SQLModel.metadata.sorted_tables
    with db.read() as s:  # one statement: this runs after every refused step of the state machines
        counts = s.execute(select(*[select(func.count()).select_from(t).scalar_subquery() for t in tables])).one()
    return {t.name: int(n) for t, n in zip(tables, counts, strict=True)}


def sqlite_tables(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]


def file_fingerprint(db_file: Path) -> str:
    """A digest of every row of every table of a SQLite file (order-independent within a table)."""
    conn = sqlite3.connect(db_file, timeout=30)
    try:
        h = hashlib.sha256()
        for table in sqlite_tables(conn):
            rows = sorted(repr(r) for r in conn.execute(f'SELECT * FROM "{table}"'))
            h.update(f"{table}:{len(rows)}\n".encode())
            for r in rows:
                h.update(r.encode())
        return h.hexdigest()
    finally:
        conn.close()
