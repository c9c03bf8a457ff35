"""The recycle bin: deleting a record an officer entered keeps it whole.

:func:`discard` copies the row (every column) into ``deleted_record`` and
then removes it, in the caller's transaction, so the audit log shows the
delete and the bin can put the row back exactly as it was: same id, same
values.  Children that go with it (scores with their assignment) are binned
in the same action and come back with it.  Exchange bundles carry the bin's
rows to other laptops as soft deletes.

What is *not* binned, by design: decisions and scores that are re-entered
rather than restored (clearing a score, changing a decision), conflicts the
application derives from the records, and the official holiday calendar's
day rows; all of them are still in the audit log with their old values.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lunar_desk.db.audit import jsonable
from lunar_desk.db.models import Record
from lunar_desk.db.models_sync import DeletedRecord
from lunar_desk.db.types import utcnow
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services.changes import Changes
from lunar_desk.messages import Msg

_NOT_KEPT = {"version"}  # a restored row starts a new version count


def _model_for(table: str) -> type[Record]:
    stack = list(Record.__subclasses__())
    while stack:
        cls = stack.pop()
        stack.extend(cls.__subclasses__())
        if getattr(cls, "__tablename__", None) == table and hasattr(cls, "__table__"):
            return cls
    raise NotFoundError(Msg("Deleted records of table {table!r} cannot be restored by this version of Lunar Desk.", table=table))


def _snapshot(obj: Record) -> dict:
    return {c.key: jsonable(getattr(obj, c.key)) for c in obj.__table__.columns if c.key not in _NOT_KEPT}


def _revive(model: type[Record], data: dict) -> dict:
    values = {}
    for column in model.__table__.columns:
        if column.key not in data:
            continue
        value = data[column.key]
        if value is not None:
            try:
                kind = getattr(column.type, "impl_instance", column.type).python_type
            except NotImplementedError:  # JSON and the like: stored as they were
                kind = None
            if kind is uuid.UUID:
                value = uuid.UUID(str(value))
            elif kind is datetime:
                value = datetime.fromisoformat(value)
            elif kind is date:
                value = date.fromisoformat(value)
        values[column.key] = value
    return values


def discard(session: Session, obj: Record, label: str, *, parent: Record | None = None,
            children: list[Record] = ()) -> DeletedRecord:
    """Bin ``obj`` (and ``children``, which are removed first and restored with it)."""
    now = utcnow()
    who = session.info.get("officer_name", "")
    entry = DeletedRecord(
        table_name=obj.__tablename__, row_id=str(obj.id), data=_snapshot(obj), label=label[:300],
        parent_table=parent.__tablename__ if parent is not None else "",
        parent_id=str(parent.id) if parent is not None else "",
        deleted_at=now, deleted_by=who,
    )
    session.add(entry)
    for child in children:
        session.add(DeletedRecord(
            table_name=child.__tablename__, row_id=str(child.id), data=_snapshot(child),
            label=f"part of: {label}"[:300], parent_table=obj.__tablename__, parent_id=str(obj.id),
            deleted_at=now, deleted_by=who,
        ))
        session.delete(child)
    session.flush()  # children reference the record: they go first
    session.delete(obj)
    session.flush()
    return entry


@dataclass(frozen=True)
class BinEntry:
    id: uuid.UUID
    table: str
    what: str
    label: str
    deleted_at: datetime
    deleted_by: str
    parts: int  # rows that come back with it


TABLE_LABELS = {
    "team_member": "Team member",
    "application_method": "Method",
    "requested_item": "Requested sample",
    "attachment": "Attachment",
    "assignment": "Review assignment",
    "conflict_of_interest": "Declared conflict",
    "result_report": "Result report",
    "result_report_loan": "Result-loan link",
    "research_team_member": "Research team member",
    "research_team_link": "Research team link",
    "training_participant": "Training participant",
    "custody_event": "Custody movement",
}


def contents(session: Session) -> list[BinEntry]:
    """What can be restored, newest first (parts binned with a record are listed under it)."""
    rows = list(session.scalars(
        select(DeletedRecord).where(DeletedRecord.restored_at.is_(None)).order_by(DeletedRecord.deleted_at.desc())
    ))
    parts: dict[tuple[str, str], int] = {}
    tops = []
    row_keys = {(r.table_name, r.row_id) for r in rows}
    for r in rows:
        if r.parent_table and (r.parent_table, r.parent_id) in row_keys:
            parts[(r.parent_table, r.parent_id)] = parts.get((r.parent_table, r.parent_id), 0) + 1
        else:
            tops.append(r)
    return [
        BinEntry(r.id, r.table_name, TABLE_LABELS.get(r.table_name, r.table_name.replace("_", " ").capitalize()),
                 r.label, r.deleted_at, r.deleted_by, parts.get((r.table_name, r.row_id), 0))
        for r in tops
    ]


# Rules a restore must respect, by table: each raises a UserError when the row may not come back.
RestoreCheck = Callable[[Session, dict], None]
_CHECKS: dict[str, RestoreCheck] = {}


def restore_check(*tables: str) -> Callable[[RestoreCheck], RestoreCheck]:
    """Register the rule a service imposes on restoring rows of ``tables``."""

    def register(fn: RestoreCheck) -> RestoreCheck:
        for t in tables:
            _CHECKS[t] = fn
        return fn

    return register


def _load_checks() -> None:
    # The services that own binned tables register their rules on import.
    from lunar_desk.services import applications, attachments, review  # noqa: F401


def restore(session: Session, entry_id: uuid.UUID) -> Changes:
    """Put a binned record (and the parts binned with it) back exactly as it was."""
    entry = session.get(DeletedRecord, entry_id)
    if entry is None or entry.restored_at is not None:
        raise NotFoundError(Msg(
            "That item is no longer in the recycle bin (it was restored or the list is out of date)."))
    _load_checks()
    parts = list(session.scalars(
        select(DeletedRecord).where(
            DeletedRecord.parent_table == entry.table_name, DeletedRecord.parent_id == entry.row_id,
            DeletedRecord.deleted_at == entry.deleted_at, DeletedRecord.restored_at.is_(None),
        )
    ))
    tables = set()
    now = utcnow()
    for e in [entry, *parts]:
        model = _model_for(e.table_name)
        if session.get(model, uuid.UUID(e.row_id)) is not None:
            raise ValidationError(Msg(
                "{get} '{e_label}' is already back (it was restored or received from another laptop).",
                get=TABLE_LABELS.get(e.table_name, e.table_name), e_label=e.label), field="restore")
        check = _CHECKS.get(e.table_name)
        if check is not None:
            check(session, e.data)
        try:
            with session.begin_nested():  # a refused row leaves the session usable
                session.add(model(**_revive(model, e.data)))
        except IntegrityError as exc:
            raise ValidationError(
                Msg(
                    "'{e_label}' cannot come back: what it belonged to was deleted, or an equal record was "
                    "entered since (e.g. the same person added again).",
                    e_label=e.label), field="restore",
            ) from exc
        e.restored_at = now
        tables.add(e.table_name)
    session.flush()
    return Changes.of(*tables, "deleted_record")
