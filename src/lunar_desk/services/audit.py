"""Reading the audit trail (writing is automatic, see lunar_desk.db.audit)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import AuditLog


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    officer: str
    action: str
    summary: str
    note: str


def _summary(action: str, changes: dict) -> str:
    if action == "insert":
        return "created"
    if action == "delete":
        return "deleted"
    parts = []
    for key, pair in changes.items():
        old, new = (pair + [None, None])[:2] if isinstance(pair, list) else (None, pair)
        parts.append(f"{key}: {old!s} → {new!s}")
    return "; ".join(parts)


def history(session: Session, table: str, row_id: str, limit: int = 200) -> list[HistoryEntry]:
    """A record's changes, newest first."""
    rows = session.scalars(
        select(AuditLog)
        .where(AuditLog.table_name == table, AuditLog.row_id == row_id)
        .order_by(AuditLog.at.desc())
        .limit(limit)
    )
    return [HistoryEntry(r.at, r.officer_name, r.action, _summary(r.action, r.changes), r.note) for r in rows]
