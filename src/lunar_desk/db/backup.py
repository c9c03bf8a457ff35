"""Backups with SQLite's online backup API, each verified after writing."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from lunar_desk.config import Paths
from lunar_desk.errors import DatabaseUnreadable, UserError
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.messages import Msg


def _ro_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def backup_sqlite(src: Path, dest: Path) -> Path:
    """Copy the live database ``src`` to ``dest`` consistently, then verify the copy.

    Works while the application has the database open (WAL readers don't block).
    A copy that fails ``PRAGMA integrity_check`` is deleted and an error raised.
    """
    dest.parent.mkdir(parents=True, exist_ok=True)
    tmp = dest.with_name(dest.name + ".part")
    tmp.unlink(missing_ok=True)
    try:
        source = _ro_connect(src)
    except sqlite3.Error as exc:
        raise DatabaseUnreadable(Msg("Cannot read {src} to back it up: {exc}", src=src, exc=exc), path=src) from exc
    try:
        target = sqlite3.connect(tmp)
        try:
            source.backup(target)
            target.execute("PRAGMA journal_mode=DELETE")
            result = target.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            target.close()
    except sqlite3.Error as exc:
        tmp.unlink(missing_ok=True)
        raise DatabaseUnreadable(Msg("Backing up {src} failed: {exc}", src=src, exc=exc), path=src) from exc
    finally:
        source.close()
    if result != "ok":
        tmp.unlink(missing_ok=True)
        raise DatabaseUnreadable(Msg(
            "The backup of {src} did not pass the integrity check ({result}); nothing was kept.",
            src=src, result=result), path=src)
    tmp.replace(dest)
    return dest


def backup_name(reason: str, when: datetime | None = None) -> str:
    when = when or datetime.now()
    return safe_file_name(f"lunar-desk-{when:%Y%m%d-%H%M%S}-{name_part(reason, 'backup')}.sqlite")


def make_backup(paths: Paths, reason: str = "manual", out: Path | None = None, *, when: datetime | None = None) -> Path:
    """Back up the database of ``paths`` into the backups folder (or ``out``);
    ``when`` (default: now) is the time written into the file name."""
    src = paths.db_file
    if src is None:
        raise UserError(
            Msg(
                "This is a server database: back it up on the server (pg_dump); Lunar Desk backs up only local "
                "database files.")
        )
    if not src.exists():
        raise DatabaseUnreadable(Msg("There is no database at {src} to back up.", src=src), path=src)
    if out is None:
        out = paths.backups_dir / backup_name(reason, when)
        n = 1
        while out.exists():
            n += 1
            out = paths.backups_dir / backup_name(f"{reason}-{n}", when)
    return backup_sqlite(src, Path(out))
