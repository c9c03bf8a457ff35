"""The backups folder: listing, rotation, the daily backup and restoring.

Qt-free, so the CLI, the start-up code and the UI share it.  Only files named
like our backups (``lunar-desk-YYYYMMDD-HHMMSS-REASON.sqlite``) are ever
listed, rotated or deleted; anything else in the folder is left alone.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from lunar_desk.config import Paths
from lunar_desk.db.backup import backup_name, backup_sqlite, make_backup
from lunar_desk.errors import DatabaseProblem, UserError
from lunar_desk.filenames import replace_file
from lunar_desk.messages import Msg, MsgList

log = logging.getLogger("lunar_desk")

BACKUP_NAME = re.compile(r"^lunar-desk-(\d{8})-(\d{6})-(.+)\.sqlite$")
COUNTED_TABLES = ("sample", "application", "loan", "audit_log")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created: datetime
    size: int
    reason: str
    record_counts: dict[str, int] = field(default_factory=dict)  # empty if the file cannot be read


def _parse(path: Path) -> tuple[datetime, str] | None:
    m = BACKUP_NAME.match(path.name)
    if not m:
        return None
    try:
        created = datetime.strptime(m.group(1) + m.group(2), "%Y%m%d%H%M%S")
    except ValueError:
        created = datetime.fromtimestamp(path.stat().st_mtime)
    return created, m.group(3)


def _ro_connect(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=10)


def record_counts(path: Path) -> dict[str, int]:
    """Rows in the main tables of a backup, read-only; {} if it cannot be read."""
    counts: dict[str, int] = {}
    try:
        conn = _ro_connect(path)
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            for table in COUNTED_TABLES:
                if table in tables:
                    counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        finally:
            conn.close()
    except sqlite3.Error:
        return {}
    return counts


def _our_backups(paths: Paths) -> list[tuple[Path, datetime, str]]:
    folder = paths.backups_dir
    if not folder.is_dir():
        return []
    found = []
    for p in folder.iterdir():
        if p.is_file() and (parsed := _parse(p)) is not None:
            found.append((p, *parsed))
    found.sort(key=lambda t: (t[1], t[0].name), reverse=True)  # newest first
    return found


def list_backups(paths: Paths, *, counts: bool = True) -> list[BackupInfo]:
    """Our backups in the backups folder, newest first."""
    return [
        BackupInfo(p, created, p.stat().st_size, reason, record_counts(p) if counts else {})
        for p, created, reason in _our_backups(paths)
    ]


def rotate_backups(
    paths: Paths, *, keep_daily: int = 7, keep_weekly: int = 4, keep_monthly: int = 12, now: datetime | None = None
) -> list[Path]:
    """Delete old backups, keeping the newest of each of the last ``keep_daily`` days,
    ``keep_weekly`` ISO weeks and ``keep_monthly`` months (counted back from ``now``),
    the newest backup overall and any dated after ``now``. Returns the removed files."""
    now = now or datetime.now()
    today = now.date()
    backups = _our_backups(paths)  # newest first
    if not backups:
        return []
    days = {today - timedelta(days=i) for i in range(keep_daily)}
    weeks = {(today - timedelta(weeks=i)).isocalendar()[:2] for i in range(keep_weekly)}
    months = set()
    y, m = today.year, today.month
    for _ in range(keep_monthly):
        months.add((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)

    keep: set[Path] = {backups[0][0]}
    seen_day: set[date] = set()
    seen_week: set[tuple[int, int]] = set()
    seen_month: set[tuple[int, int]] = set()
    for p, created, _ in backups:
        if created > now:
            keep.add(p)
            continue
        d = created.date()
        week = d.isocalendar()[:2]
        month = (d.year, d.month)
        if d in days and d not in seen_day:
            seen_day.add(d)
            keep.add(p)
        if week in weeks and week not in seen_week:
            seen_week.add(week)
            keep.add(p)
        if month in months and month not in seen_month:
            seen_month.add(month)
            keep.add(p)
    removed = []
    for p, _, _ in backups:
        if p not in keep:
            try:
                p.unlink()
            except OSError as exc:
                log.warning("Could not remove old backup %s: %s", p, exc)
                continue
            removed.append(p)
    return removed


def daily_backup_if_due(paths: Paths, now: datetime | None = None, keep: tuple[int, int, int] = (7, 4, 12)) -> Path | None:
    """Back up once per calendar day (reason "daily"), then rotate keeping ``keep``
    = (daily, weekly, monthly) backups (Settings → Preferences → Backups); None if not due."""
    now = now or datetime.now()
    db_file = paths.db_file
    if db_file is None or not db_file.exists() or db_file.stat().st_size == 0:
        return None
    if any(created.date() == now.date() for _, created, _ in _our_backups(paths)):
        return None
    made = make_backup(paths, reason="daily", when=now)
    daily, weekly, monthly = keep
    rotate_backups(paths, keep_daily=daily, keep_weekly=weekly, keep_monthly=monthly, now=now)
    return made


def _backup_revision(backup_file: Path) -> str | None:
    """The schema version of a backup, read through a read-only engine."""
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    from lunar_desk.db import migrate

    engine = create_engine("sqlite://", creator=lambda: _ro_connect(backup_file), poolclass=NullPool)
    try:
        revision = migrate.current_revision(engine)
        if revision is None and migrate.has_tables(engine):
            raise UserError(
                Msg(
                    "The backup {backup_file} is not a Lunar Desk database (it has no schema version). Nothing "
                    "was changed.",
                    backup_file=backup_file)
            )
        return revision
    finally:
        engine.dispose()


def verify_backup(backup_file: Path) -> str | None:
    """Raise :class:`UserError` (naming the file and the reason) unless ``backup_file``
    is a healthy Lunar Desk database this version can open; returns its schema version."""
    from lunar_desk.db import migrate
    from lunar_desk.db.startup import check_sqlite_file

    if not backup_file.is_file():
        raise UserError(Msg("There is no backup file {backup_file}. Nothing was changed.", backup_file=backup_file))
    if backup_file.stat().st_size == 0:
        raise UserError(Msg("The backup {backup_file} is empty. Nothing was changed.", backup_file=backup_file))
    try:
        check_sqlite_file(backup_file, full=True)
    except DatabaseProblem as exc:
        raise UserError(Msg(
            "The backup {backup_file} cannot be restored: it is damaged ({exc}). Nothing was changed.",
            backup_file=backup_file, exc=exc.message)) from exc  # its own sentence, translated with it
    revision = _backup_revision(backup_file)
    if revision is not None and revision not in migrate.known_revisions():
        raise UserError(
            Msg(
                "The backup {backup_file} cannot be restored: it was written by a newer Lunar Desk (schema "
                "{revision}; this version knows up to {SCHEMA_HEAD}). Nothing was changed.",
                backup_file=backup_file, revision=revision, SCHEMA_HEAD=migrate.SCHEMA_HEAD)
        )
    return revision


def _pre_restore_backup(paths: Paths) -> Path | None:
    db_file = paths.db_file
    assert db_file is not None
    if not db_file.exists() or db_file.stat().st_size == 0:
        return None
    try:
        return make_backup(paths, reason="before-restore")
    except DatabaseProblem:
        # The live database is damaged (often why one restores): keep its raw files instead.
        out = paths.backups_dir / backup_name("before-restore-damaged")
        out.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(db_file, out)
        for suffix in ("-wal", "-shm"):
            side = Path(f"{db_file}{suffix}")
            if side.exists():
                shutil.copy2(side, Path(f"{out}{suffix}"))
        return out


ENCRYPTED_SUFFIX = ".lunardesk-backup.enc"


def encrypted_name(backup_file: Path) -> str:
    """The file name of an encrypted copy of ``backup_file``: ``lunar-desk-…-manual.lunardesk-backup.enc``."""
    return Path(backup_file).name.removesuffix(".sqlite") + ENCRYPTED_SUFFIX


def encrypted_copy(paths: Paths, backup: Path, dst: Path, passphrase: str, *, progress=None) -> Path:
    """Write a passphrase-encrypted copy of the backup ``backup`` to ``dst`` (a file, or a
    folder to put :func:`encrypted_name` in), after verifying the backup; returns the file written.
    The copy is for carrying off the laptop (USB stick, e-mail); the backup itself stays as it is."""
    from lunar_desk.services.encryption import check_passphrase, encrypt_file

    check_passphrase(passphrase)
    backup, dst = Path(backup), Path(dst)
    if not backup.is_absolute() and not backup.exists() and (paths.backups_dir / backup).exists():
        backup = paths.backups_dir / backup
    verify_backup(backup)
    if dst.is_dir():
        dst = dst / encrypted_name(backup)
    return encrypt_file(backup, dst, passphrase, progress=progress)


def _renamed(message: str, old: str, new: str) -> str:
    """``message`` with the file ``old`` named ``new`` instead, wherever it appears; a :class:`Msg`
    (and the sentences inside it) stays translatable."""
    if isinstance(message, MsgList):
        return MsgList((_renamed(p, old, new) if isinstance(p, str) else p for p in message.parts), message.separator)
    if isinstance(message, Msg):
        rebuild, (template, values) = message.__reduce__()
        return rebuild(template, {k: new if str(v) == old else _renamed(v, old, new) if isinstance(v, str) else v
                                  for k, v in values.items()})
    return message.replace(old, str(new)) if old in message else message


def restore_backup(paths: Paths, backup_file: Path, passphrase: str | None = None, *, progress=None) -> Path | None:
    """Replace the live database by ``backup_file``.

    The backup is verified first (integrity, schema not newer than this
    version); a bad one raises :class:`UserError` and nothing changes.  The
    current database is then backed up (reason "before-restore") and the
    backup copied over it atomically.  Close the database before calling.
    Returns the pre-restore backup (None if there was no database).

    An encrypted copy (see :func:`encrypted_copy`) needs its ``passphrase``: it is
    decrypted into a temporary file in the backups folder, which then goes
    through the same verified restore and is deleted afterwards.
    """
    from lunar_desk.services.encryption import decrypt_file, is_encrypted

    db_file = paths.db_file
    if db_file is None:
        raise UserError(Msg(
            "This is a server database: restore it on the server; Lunar Desk restores only local database files."))
    backup_file = Path(backup_file)
    if is_encrypted(backup_file):
        if not passphrase:
            raise UserError(Msg(
                "The backup {backup_file} is encrypted: give its passphrase to restore it. Nothing was changed.",
                backup_file=backup_file))
        # Not named like a backup, so listing and rotation never see it.
        plain = paths.backups_dir / f"restoring-{os.getpid()}-{datetime.now():%Y%m%d%H%M%S%f}.decrypted.sqlite"
        try:
            decrypt_file(backup_file, plain, passphrase, progress=progress)
            try:
                return restore_backup(paths, plain)
            except UserError as exc:  # name the file the officer chose, not the temporary one
                exc.message = _renamed(exc.message, str(plain), Msg("{file} (decrypted)", file=backup_file))
                exc.args = (exc.message,)
                raise
        finally:
            plain.unlink(missing_ok=True)
    verify_backup(backup_file)
    if db_file.exists() and backup_file.resolve() == db_file.resolve():
        raise UserError(Msg("{backup_file} is the live database itself; choose a backup file.", backup_file=backup_file))
    pre = _pre_restore_backup(paths)

    db_file.parent.mkdir(parents=True, exist_ok=True)
    tmp = db_file.with_name(db_file.name + ".restoring")
    backup_sqlite(backup_file, tmp)  # a consistent, verified copy in rollback-journal mode
    try:
        if db_file.exists():
            # Fold the WAL into the old file (harmless if it fails: the old data is in `pre`),
            # so that no stale -wal/-shm can be applied to the restored file.
            try:
                conn = sqlite3.connect(db_file, timeout=10)
                try:
                    # (No switch to journal_mode=DELETE here: a kill during that switch left a hot
                    # rollback journal that start-up's read-only check took for damage.)
                    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                finally:
                    conn.close()
            except sqlite3.Error as exc:
                log.warning("Could not checkpoint %s before restoring: %s", db_file, exc)
        # Windows refuses to delete or replace a file any program holds open; nothing has changed then.
        in_use = Msg("{db_file} is in use by another program (another Lunar Desk window, a backup or sync "
                     "tool): close it and restore again. Nothing was changed.", db_file=db_file)
        try:
            for suffix in ("-wal", "-shm", "-journal"):
                Path(f"{db_file}{suffix}").unlink(missing_ok=True)
        except PermissionError as exc:
            raise UserError(in_use) from exc
        replace_file(tmp, db_file, refused=in_use)
    finally:
        tmp.unlink(missing_ok=True)
    log.info("Restored %s from %s (previous database kept in %s)", db_file, backup_file, pre)
    return pre


def format_size(size: int) -> str:
    value = float(size)
    for unit in ("B", "KB", "MB", "GB"):
        if value < 1024 or unit == "GB":
            return f"{value:.0f} {unit}" if unit == "B" else f"{value:.1f} {unit}"
        value /= 1024
    return f"{size} B"
