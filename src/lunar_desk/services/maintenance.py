"""Database facts and housekeeping the UI and CLI offer (About, Backup now)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lunar_desk import __version__
from lunar_desk.config import Paths
from lunar_desk.db import migrate
from lunar_desk.db.backup import make_backup
from lunar_desk.db.engine import Database


@dataclass(frozen=True)
class DatabaseInfo:
    version: str
    data_dir: Path
    database: str
    schema: str | None
    officer: str
    demo: bool


def database_info(db: Database) -> DatabaseInfo:
    return DatabaseInfo(
        version=__version__,
        data_dir=db.paths.data_dir,
        database=db.paths.describe_database(),
        schema=migrate.current_revision(db.engine),
        officer=db.officer_name,
        demo=db.paths.demo,
    )


def backup_now(paths: Paths) -> Path:
    """A verified backup into the backups folder; returns its path."""
    return make_backup(paths, reason="manual")


def backup_before(paths: Paths, reason: str) -> Path | None:
    """The automatic backup before an import or migration (local database files only)."""
    if paths.db_file is None or not paths.db_file.exists():
        return None
    return make_backup(paths, reason=reason)
