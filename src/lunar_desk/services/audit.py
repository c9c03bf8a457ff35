"""Reading the audit trail (writing is automatic, see lunar_desk.db.audit)."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import String, cast, or_, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import AuditLog
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services.query import contains


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    officer: str
    action: str
    summary: str
    note: str


def _summary(action: str, changes: dict) -> str:
    if action == "insert":
        return Msg("created")
    if action == "delete":
        return Msg("deleted")
    parts = []  # column names and stored values: shown as recorded, not translated
    for key, pair in changes.items():
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        parts.append(f"{key}: {old!s} → {new!s}")
    return MsgList(parts, "; ")


def history(session: Session, table: str, row_id: str, limit: int = 200) -> list[HistoryEntry]:
    """A record's changes, newest first."""
    rows = session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == table, AuditLog.row_id == row_id)
        .order_by(AuditLog.at.desc())
        .limit(limit)
    )
    return [HistoryEntry(r.at, r.officer_name, r.action, _summary(r.action, r.changes), r.note) for r in rows]


@dataclass(frozen=True)
class AuditFilter:
    """What the audit viewer shows: any combination; empty means everything."""

    table: str = ""
    record: str = ""  # a record id, or text found in the changes (a sample number, a name)
    officer: str = ""
    since: date | None = None  # local calendar days, inclusive
    until: date | None = None


@dataclass(frozen=True)
class AuditRow:
    id: uuid.UUID
    at: datetime
    officer: str
    action: str
    table: str
    row_id: str
    summary: str
    note: str
    changes: dict


def _day_start(day: date, tz) -> datetime:
    return datetime.combine(day, time.min, tzinfo=tz).astimezone(UTC)


def search(session: Session, f: AuditFilter, *, limit: int = 500, offset: int = 0, tz=None) -> list[AuditRow]:
    """Audit entries matching ``f``, newest first; dates are calendar days in ``tz`` (local time by default)."""
    tz = tz or datetime.now().astimezone().tzinfo
    q = select(AuditLog)
    if f.table:
        q = q.where(AuditLog.table_name == f.table)
    if f.officer:
        q = q.where(AuditLog.officer_name == f.officer)
    if f.since is not None:
        q = q.where(AuditLog.at >= _day_start(f.since, tz))
    if f.until is not None:
        q = q.where(AuditLog.at < _day_start(f.until + timedelta(days=1), tz))
    record = f.record.strip()
    if record:
        try:
            q = q.where(AuditLog.row_id == str(uuid.UUID(record)))
        except ValueError:
            # JSON keeps non-ASCII text \u-escaped: look for both spellings.
            text = cast(AuditLog.changes, String)
            escaped = json.dumps(record)[1:-1]
            q = q.where(or_(contains(session, text, record), contains(session, text, escaped)))
    rows = session.scalars(q.order_by(AuditLog.at.desc(), AuditLog.id.desc()).limit(limit).offset(offset))
    return [AuditRow(r.id, r.at, r.officer_name, r.action, r.table_name, r.row_id, _summary(r.action, r.changes),
                     r.note, r.changes) for r in rows]


def officers(session: Session) -> list[str]:
    """Everyone who appears in the audit log, for the viewer's officer filter."""
    return sorted(n for n in session.scalars(select(AuditLog.officer_name).distinct()) if n)


def tables(session: Session) -> list[str]:
    return sorted(session.scalars(select(AuditLog.table_name).distinct()))
