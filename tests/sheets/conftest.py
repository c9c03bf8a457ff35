"""Fixtures for the release-list import: a migrated database and file builders."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from sqlalchemy import func, select

IMPORT_OFFICER = "import-tester"


@pytest.fixture
def catalogue_db(tmp_path: Path):
    """A fresh, migrated SQLite database (own data folder), acting as ``import-tester``."""
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database

    db, _ = open_database(resolve_paths(tmp_path / "data"), officer_login=IMPORT_OFFICER)
    try:
        yield db
    finally:
        db.dispose()


def write_xlsx(path: Path, rows: list[list], *, sheet: str = "Samples", extra_sheets: dict[str, list[list]] | None = None) -> Path:
    from openpyxl import Workbook

    wb = Workbook()
    for name, content in (extra_sheets or {}).items():
        ws = wb.create_sheet(name)
        for row in content:
            ws.append(row)
    ws = wb.active
    ws.title = sheet
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list], *, encoding: str = "utf-8", delimiter: str = ",") -> Path:
    with path.open("w", encoding=encoding, newline="") as fh:
        writer = csv.writer(fh, delimiter=delimiter)
        for row in rows:
            writer.writerow(["" if v is None else v for v in row])
    return path


def counts(db) -> dict[str, int]:
    """Rows in the tables an import may touch."""
    from lunar_desk.db.models import AuditLog, ReleaseBatch, ReleaseBatchMission, Sample

    with db.read() as s:
        return {
            t.__tablename__: int(s.scalar(select(func.count()).select_from(t)))
            for t in (Sample, AuditLog, ReleaseBatch, ReleaseBatchMission)
        }


@pytest.fixture
def xlsx(tmp_path: Path):
    """Build an .xlsx in tmp_path: ``xlsx("name.xlsx", rows, sheet=..., extra_sheets=...)``."""
    return lambda name, rows, **kw: write_xlsx(tmp_path / name, rows, **kw)


@pytest.fixture
def csv_file(tmp_path: Path):
    """Build a .csv in tmp_path: ``csv_file("name.csv", rows, encoding=..., delimiter=...)``."""
    return lambda name, rows, **kw: write_csv(tmp_path / name, rows, **kw)


@pytest.fixture
def db_counts():
    return counts
