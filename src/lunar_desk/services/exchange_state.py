"""What one database knows about the state of each exchanged record.

A record's *state* is its content (every column but the id's bookkeeping
stamps ``created_at``, ``updated_at``, ``origin`` and ``version``).  Each state
has a *revision token*: a local edit's token is derived from the installation
and the time of the edit (``origin`` + ``updated_at``, which the audit hook
stamps from the same clock reading as the edit's audit entry), so every
database that holds the state, or its audit entry, names it the same way.  A
state received from another database keeps the sender's token (kept in
:class:`~lunar_desk.db.models_sync.ExchangeRow`, because the import itself
re-stamps the row locally).  A deleted record's state is ``del:<id of its
recycle-bin entry>``.

A record's *history* is the set of tokens of the states it descends from:
the audit entries of the row here, what earlier exchanges brought, and
deletions it came back from.  With both sides' tokens and histories an import
tells apart "they are behind" (their token is in our history), "we are
behind" (ours is in theirs) and "both changed since they last agreed"
(neither): only the last is a conflict.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Table, select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from lunar_desk.db.audit import jsonable
from lunar_desk.db.models import AuditLog, Record
from lunar_desk.db.models_sync import DeletedRecord, ExchangeRow

NOT_EXCHANGED = frozenset({"officer", "exchange_peer"})  # local profiles and bookkeeping
NOT_CONTENT = frozenset({"created_at", "updated_at", "origin", "version"})
HISTORY_MAX = 200
CHUNK = 500


# --- tables -----------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _record_classes() -> dict[str, type[Record]]:
    out: dict[str, type[Record]] = {}
    todo = list(Record.__subclasses__())
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if getattr(cls, "__table__", None) is not None:
            out[cls.__tablename__] = cls
    return out


def exchange_tables() -> list[Table]:
    """Every exchanged table, parents before children (foreign-key-safe insert order)."""
    classes = _record_classes()
    return [t for t in SQLModel.metadata.sorted_tables if t.name in classes and t.name not in NOT_EXCHANGED]


def model_for(table: str) -> type[Record]:
    return _record_classes()[table]


def foreign_keys(table: Table) -> dict[str, str]:
    """column → the table it refers to."""
    return {c.key: next(iter(c.foreign_keys)).column.table.name for c in table.columns if c.foreign_keys}


def unique_keys(table: Table) -> list[tuple[str, ...]]:
    """The column sets whose values must be unique (constraints, unique indexes, unique columns)."""
    keys: set[tuple[str, ...]] = set()
    for con in table.constraints:
        if con.__class__.__name__ == "UniqueConstraint":
            keys.add(tuple(c.key for c in con.columns))
    for index in table.indexes:
        if index.unique:
            keys.add(tuple(c.key for c in index.columns))
    for c in table.columns:
        if c.unique:
            keys.add((c.key,))
    return sorted(keys)


# --- content and tokens ---------------------------------------------------------------------


def row_values(obj: Any, table: Table) -> dict[str, Any]:
    """Every column of a row as JSON-able values (the local ``version`` left out)."""
    return {c.key: jsonable(getattr(obj, c.key)) for c in table.columns if c.key != "version"}


def content_of(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in NOT_CONTENT}


def content_sha(content: dict[str, Any]) -> str:
    return hashlib.sha256(json.dumps(content, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                                     default=str).encode("utf-8")).hexdigest()


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _instant(at: datetime | str | None) -> str:
    """Microseconds since 1970 (UTC), whatever the time zone or notation the value came in."""
    if at is None:
        return ""
    if isinstance(at, str):
        try:
            at = datetime.fromisoformat(at)
        except ValueError:
            return at
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return str((at - _EPOCH) // timedelta(microseconds=1))


def token(origin: str | None, at: datetime | str | None) -> str:
    """The revision token of the state an installation made at a moment (same on every database)."""
    return hashlib.sha256(f"{origin or ''}|{_instant(at)}".encode()).hexdigest()[:24]


def deletion_token(deleted_record_id: uuid.UUID | str) -> str:
    return f"del:{deleted_record_id}"


def revive(table: Table, values: dict[str, Any]) -> dict[str, Any]:
    """JSON values back to the column types (for building model objects)."""
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.key not in values or column.key == "version":
            continue
        value = values[column.key]
        if value is not None:
            try:
                kind = getattr(column.type, "impl_instance", column.type).python_type
            except NotImplementedError:
                kind = None
            if kind is uuid.UUID and not isinstance(value, uuid.UUID):
                value = uuid.UUID(str(value))
            elif kind is datetime and isinstance(value, str):
                value = datetime.fromisoformat(value)
            elif kind is date and isinstance(value, str):
                value = date.fromisoformat(value)
            elif kind is Decimal and not isinstance(value, Decimal):
                value = Decimal(str(value))
        out[column.key] = value
    return out


def merged_history(*parts: Iterable[str], drop: Iterable[str] = ()) -> list[str]:
    """Union keeping first-seen order, newest last, capped to the newest ``HISTORY_MAX``."""
    seen: dict[str, None] = {}
    for part in parts:
        for t in part:
            if t:
                seen.pop(t, None)
                seen[t] = None
    for t in drop:
        seen.pop(t, None)
    items = list(seen)
    return items[-HISTORY_MAX:]


# --- what this database holds ---------------------------------------------------------------------


@dataclass
class LocalState:
    """One record as this database has it: present, deleted (in the recycle bin) or absent."""

    table: str
    row_id: str
    values: dict[str, Any] | None = None  # None: not here
    deleted: DeletedRecord | None = None
    marker: ExchangeRow | None = None
    rev: str = ""
    history: list[str] = field(default_factory=list)
    changed_at: datetime | None = None
    changed_by: str = ""
    changed_origin: str = ""

    @property
    def exists(self) -> bool:
        return self.values is not None

    @property
    def content(self) -> dict[str, Any] | None:
        return content_of(self.values) if self.values is not None else None

    @property
    def sha(self) -> str:
        return content_sha(self.content) if self.values is not None else ""


def _chunks(items: list, size: int = CHUNK) -> Iterable[list]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


class TrailEntry(NamedTuple):
    at: datetime
    installation: str
    officer_name: str
    action: str


def audit_trail(session: Session, table: str, row_ids: list[str]) -> dict[str, list[TrailEntry]]:
    """The audit entries of these rows, oldest first."""
    out: dict[str, list[TrailEntry]] = {}
    for part in _chunks(row_ids):
        q = (select(AuditLog.row_id, AuditLog.at, AuditLog.installation, AuditLog.officer_name, AuditLog.action)
             .where(AuditLog.table_name == table, AuditLog.row_id.in_(part)).order_by(AuditLog.at))
        for row_id, at, inst, officer, action in session.execute(q):
            out.setdefault(row_id, []).append(TrailEntry(at, inst, officer, action))
    return out


def local_states(session: Session, table: Table, row_ids: Iterable[str]) -> dict[str, LocalState]:
    """The state of each of ``row_ids`` here (present rows, recycle-bin entries, exchange markers, audit)."""
    ids = sorted({str(r) for r in row_ids})
    states = {r: LocalState(table.name, r) for r in ids}
    if not ids:
        return states
    id_col = table.c.id
    for part in _chunks(ids):
        for row in session.execute(select(table).where(id_col.in_([uuid.UUID(r) for r in part]))).mappings():
            values = {k: jsonable(v) for k, v in row.items() if k != "version"}
            states[str(values["id"])].values = values
        for marker in session.scalars(select(ExchangeRow).where(ExchangeRow.table_name == table.name,
                                                                ExchangeRow.row_id.in_(part))):
            states[marker.row_id].marker = marker
        bins = session.scalars(select(DeletedRecord).where(DeletedRecord.table_name == table.name,
                                                           DeletedRecord.row_id.in_(part))
                               .order_by(DeletedRecord.deleted_at))
        restored: dict[str, list[str]] = {}
        for entry in bins:
            if entry.restored_at is None:
                states[entry.row_id].deleted = entry  # the newest unrestored entry wins
            else:
                restored.setdefault(entry.row_id, []).append(deletion_token(entry.id))
        trail = audit_trail(session, table.name, part)
        for r in part:
            _settle(states[r], trail.get(r, []), restored.get(r, []))
    return states


def _settle(state: LocalState, trail: list[TrailEntry], restored: list[str]) -> None:
    marker = state.marker
    audit_tokens = [token(e.installation, e.at) for e in trail]
    known = merged_history(marker.history if marker else [], [marker.rev] if marker else [], restored, audit_tokens)
    if state.values is not None:
        sha = state.sha
        if marker is not None and marker.content_sha256 == sha and marker.rev:
            state.rev = marker.rev
            state.changed_at, state.changed_by, state.changed_origin = (marker.changed_at, marker.changed_by,
                                                                        marker.changed_origin)
        else:
            state.rev = token(state.values.get("origin"), state.values.get("updated_at"))
            last = next((e for e in reversed(trail) if e.action != "delete"), None)
            if last is not None:
                state.changed_at, state.changed_by, state.changed_origin = last.at, last.officer_name, last.installation
            else:
                state.changed_at = _parse(state.values.get("updated_at"))
                state.changed_origin = state.values.get("origin") or ""
    elif state.deleted is not None:
        entry = state.deleted
        state.rev = deletion_token(entry.id)
        known = merged_history(known, [token(entry.data.get("origin"), entry.data.get("updated_at"))])
        state.changed_at, state.changed_by = entry.deleted_at, entry.deleted_by
    state.history = [t for t in known if t != state.rev]


def _parse(value: Any) -> datetime | None:
    if isinstance(value, datetime):
        return value
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return None


def write_marker(session: Session, table: str, row_id: str, *, rev: str, content: dict[str, Any] | None,
                 history: Iterable[str], changed_at: datetime | None, changed_by: str, changed_origin: str,
                 exchanged_at: datetime, received_from: str = "", known: ExchangeRow | None | bool = False) -> bool:
    """Record the state last exchanged; True if anything changed (a repeated import writes nothing).

    ``exchanged_at``: when an import decided this state (the record is then sent on in the next
    export even if the decision kept the row as it was); an export passes the row's own ``updated_at``.
    ``received_from``: the peer database this exact state came from (an export to that peer leaves it
    out while it is unchanged).  ``known``: the marker as already read (or None: there is none), which
    spares a query per row.
    """
    history = merged_history(history, drop=[rev])
    sha = content_sha(content) if content is not None else ""
    made = session.info.setdefault("_exchange_markers", {})  # created in this transaction, not yet queried
    if known is False:
        with session.no_autoflush:
            marker = made.get((table, row_id)) or session.get(ExchangeRow, (table, row_id))
    else:
        marker = known if known is not None else made.get((table, row_id))
    if marker is None:
        marker = ExchangeRow(table_name=table, row_id=row_id, rev=rev, content_sha256=sha, base=content or {},
                             history=history, changed_at=changed_at, changed_by=changed_by[:200],
                             changed_origin=(changed_origin or "")[:36], exchanged_at=exchanged_at,
                             received_from=received_from)
        session.add(marker)
        made[(table, row_id)] = marker
        return True
    if marker.rev == rev and marker.content_sha256 == sha and set(history) <= set(marker.history):
        return False
    marker.history = merged_history(marker.history, history, drop=[rev])
    marker.rev, marker.content_sha256, marker.base = rev, sha, content or {}
    marker.changed_at, marker.changed_by, marker.changed_origin = changed_at, changed_by[:200], (changed_origin or "")[:36]
    marker.exchanged_at = exchanged_at
    marker.received_from = received_from
    return True
