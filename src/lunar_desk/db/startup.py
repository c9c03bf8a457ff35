"""Opening a database safely: check it, refuse what we must not touch,
back up before migrating, migrate, and identify the officer.

A file that is not a readable SQLite database, or was written by a newer
Lunar Desk, raises a :class:`~lunar_desk.errors.DatabaseProblem` naming the
file; such a file is never written to.
"""

from __future__ import annotations

import logging
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError

from lunar_desk.config import Paths
from lunar_desk.db import migrate
from lunar_desk.db.backup import make_backup
from lunar_desk.db.engine import Database, connect, enable_wal
from lunar_desk.errors import DatabaseUnreadable, SchemaTooNew
from lunar_desk.messages import Msg

SQLITE_HEADER = b"SQLite format 3\x00"

log = logging.getLogger("lunar_desk")


@dataclass
class OpenReport:
    """What happened while opening (shown in the status bar / CLI)."""

    created: bool = False
    migrated_from: str | None = None
    backup: Path | None = None


def check_sqlite_file(path: Path, *, full: bool = False) -> None:
    """Raise :class:`DatabaseUnreadable` unless ``path`` is a healthy SQLite file.

    Opens read-only, so a damaged file is never modified by the check.
    """
    try:
        with path.open("rb") as fh:
            header = fh.read(len(SQLITE_HEADER))
    except OSError as exc:
        raise DatabaseUnreadable(Msg("The database file {path} cannot be read: {value}.", path=path, value=exc.strerror or exc), path=path) from exc
    if not header:
        return  # an empty file: SQLite treats it as a new database
    if header != SQLITE_HEADER:
        raise DatabaseUnreadable(
            Msg(
                "The file {path} is not a Lunar Desk database: it is not a SQLite database file (it may be "
                "damaged or be another kind of file). It has not been changed. Restore a backup from the backups "
                "folder, or start with --data-dir pointing elsewhere.",
                path=path),
            path=path,
        )
    journal = Path(f"{path}-journal")
    if journal.exists() and journal.stat().st_size > 0:
        # A hot rollback journal: a write was cut off (power loss, a kill). Only a read-write
        # connection may roll it back, which puts the file back to its last commit; a read-only
        # check would wrongly call the file damaged.
        try:
            conn = sqlite3.connect(path, timeout=10)
            try:
                conn.execute("PRAGMA schema_version").fetchone()
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            pass  # the check below reports what is wrong
    pragma = "integrity_check" if full else "quick_check"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)
        try:
            rows = [r[0] for r in conn.execute(f"PRAGMA {pragma}").fetchall()]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseUnreadable(
            Msg(
                "The database file {path} is damaged ({exc}). It has not been changed. Restore a backup from the "
                "backups folder.",
                path=path, exc=exc),
            path=path,
        ) from exc
    if rows != ["ok"]:
        raise DatabaseUnreadable(
            Msg(
                "The database file {path} failed its integrity check. It has not been changed. Restore a backup "
                "from the backups folder.",
                path=path),
            path=path,
            details="\n".join(rows[:50]),
        )


def open_database(paths: Paths, *, officer_login: str | None = None, migrate_schema: bool = True) -> tuple[Database, OpenReport]:
    """Open (creating or upgrading if needed) the database described by ``paths``."""
    report = OpenReport()
    db_file = paths.db_file
    existed = db_file is not None and db_file.exists() and db_file.stat().st_size > 0
    if db_file is not None and db_file.exists():
        check_sqlite_file(db_file)
    db = connect(paths)
    try:
        try:
            current = migrate.current_revision(db.engine)
        except (OperationalError, DBAPIError) as exc:
            raise DatabaseUnreadable(Msg("The database {describe_database} cannot be read: {orig}.", describe_database=paths.describe_database(), orig=exc.orig), path=db_file) from exc
        if current is None and migrate.has_tables(db.engine):
            raise DatabaseUnreadable(
                Msg(
                    "The database {describe_database} holds tables but no Lunar Desk schema version; it is not a "
                    "Lunar Desk database and has not been changed.",
                    describe_database=paths.describe_database()),
                path=db_file,
            )
        if current != migrate.SCHEMA_HEAD:
            known = migrate.known_revisions()
            if current is not None and current not in known:
                raise SchemaTooNew(
                    Msg(
                        "The database {describe_database} was written by a newer version of Lunar Desk (schema "
                        "{current}; this version knows up to {SCHEMA_HEAD}). It has not been changed. Install the"
                        " newer Lunar Desk to open it.",
                        describe_database=paths.describe_database(), current=current, SCHEMA_HEAD=migrate.SCHEMA_HEAD),
                    path=db_file,
                )
            if not migrate_schema:
                raise DatabaseUnreadable(
                    Msg(
                        "The database {describe_database} needs upgrading from schema {current} to {SCHEMA_HEAD};"
                        " open it in Lunar Desk to upgrade it.",
                        describe_database=paths.describe_database(), current=current, SCHEMA_HEAD=migrate.SCHEMA_HEAD),
                    path=db_file,
                )
            if existed and current is not None:
                report.backup = make_backup(paths, reason=f"before-migration-{current}")
            report.migrated_from = current
            report.created = current is None
            migrate.upgrade(db.engine)
        enable_wal(db.engine)
        db.ensure_officer(officer_login)
    except BaseException:
        db.dispose()
        raise
    if existed and migrate_schema and not report.created:
        try:
            from lunar_desk.services.backups import daily_backup_if_due
            from lunar_desk.services.settings import backup_policy

            with db.read() as session:
                keep = tuple(backup_policy(session))
            daily_backup_if_due(paths, keep=keep)
        except Exception as exc:  # the daily backup must never keep the officer out
            log.warning("The daily backup of %s failed: %s", db_file, exc)
    return db, report
