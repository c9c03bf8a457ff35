"""Automatic audit trail.

A ``before_flush`` hook on every Lunar Desk session stamps ``updated_at`` and
``origin`` on changed records and adds one :class:`AuditLog` row per insert,
update or delete, in the same transaction: a rolled-back action leaves no
audit row, and no change escapes the log.

The session's ``info`` carries who is acting: ``officer_id``,
``officer_name`` and ``installation``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session

from lunar_desk.db.models import AuditLog, Record
from lunar_desk.db.types import utcnow

_SKIP = {"created_at", "updated_at", "origin", "version"}
# Not in an entry's ``changes``: ``updated_at`` and ``origin`` are the entry's own ``at`` and
# ``installation`` (the hook stamps both from the same clock reading), ``created_at`` is when
# the object was made and ``version`` counts updates (see lunar_desk.services.audit_replay).
NOT_AUDITED = frozenset(_SKIP)


def jsonable(value: Any) -> Any:
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, (uuid.UUID, Decimal)):
        return str(value)
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return str(value)


def _columns(obj: Record):
    return [attr for attr in inspect(obj).mapper.column_attrs if attr.key not in _SKIP]


def make_entry(
    session: Session, table: str, row_id: str, action: str, changes: dict[str, Any], *, at: datetime | None = None
) -> AuditLog:
    """An audit row stamped with the session's officer, installation and note (``at``: now by default)."""
    info = session.info
    return AuditLog(
        at=at or utcnow(),
        officer_id=info.get("officer_id"),
        officer_name=info.get("officer_name", ""),
        installation=info.get("installation", ""),
        table_name=table,
        row_id=row_id,
        action=action,
        changes=changes,
        note=info.get("audit_note", ""),
    )


def _entry(session: Session, obj: Record, action: str, changes: dict[str, Any], at: datetime | None = None) -> AuditLog:
    return make_entry(session, obj.__tablename__, str(obj.id), action, changes, at=at)


def _before_flush(session: Session, flush_context, instances) -> None:
    installation = session.info.get("installation", "")
    now = utcnow()
    for obj in list(session.new):
        if not isinstance(obj, Record):
            continue
        obj.origin = installation
        obj.updated_at = now
        values = {a.key: [None, jsonable(getattr(obj, a.key))] for a in _columns(obj)}
        session.add(_entry(session, obj, "insert", values, now))
    for obj in list(session.dirty):
        if not isinstance(obj, Record) or not session.is_modified(obj, include_collections=False):
            continue
        state = inspect(obj)
        changes: dict[str, Any] = {}
        for attr in _columns(obj):
            hist = state.attrs[attr.key].history
            if not hist.has_changes():
                continue
            old = hist.deleted[0] if hist.deleted else None
            new = hist.added[0] if hist.added else None
            if old != new:
                changes[attr.key] = [jsonable(old), jsonable(new)]
        if not changes:
            continue
        obj.origin = installation
        obj.updated_at = now
        session.add(_entry(session, obj, "update", changes, now))
    for obj in list(session.deleted):
        if not isinstance(obj, Record):
            continue
        values = {a.key: [jsonable(getattr(obj, a.key)), None] for a in _columns(obj)}
        session.add(_entry(session, obj, "delete", values, now))


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _before_flush):
        event.listen(session_class, "before_flush", _before_flush)
