"""Optimistic locking: a save never silently overwrites someone else's.

Every record has a ``version`` column (SQLAlchemy's ``version_id_col``): an
UPDATE carries ``WHERE version = <the version read>``, so when two officers
save the same record only the first succeeds.  The second gets a
:class:`~lunar_desk.errors.ConcurrentEditError` saying who changed the record
and when (from the audit log), and that reloading shows their changes.

Two ways a stale edit is caught:

* a form read the record in one transaction and saves minutes later in
  another: the service compares the version the form read with the one in
  the database (:func:`check_version`) before changing anything;
* two transactions race on the same row: the losing UPDATE matches no row,
  SQLAlchemy raises ``StaleDataError``, and :class:`LunarSession` turns it
  into the same error (:func:`stale_data_error`).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from lunar_desk.db.models import AuditLog, Record
from lunar_desk.errors import ConcurrentEditError
from lunar_desk.messages import Msg
from lunar_desk import clock

log = logging.getLogger("lunar_desk")

_CANDIDATES = "_lock_candidates"

# table → (what the officer calls it, the column that names one)
RECORD_NOUNS: dict[str, tuple[str, str | None]] = {
    "application": (Msg("application"), "reference"),
    "sample": (Msg("sample"), "sample_number"),
    "loan": (Msg("loan"), "agreement_number"),
    "person": (Msg("person"), "name_latin"),
    "institution": (Msg("institution"), "name"),
    "member_state": (Msg("Member State"), "name"),
    "mission": (Msg("mission"), "code"),
    "release_batch": (Msg("release batch"), "number"),
    "review_round": (Msg("review round"), "name"),
    "result_report": (Msg("result report"), "title"),
    "research_team": (Msg("research team"), "name"),
    "training_activity": (Msg("training activity"), "title"),
    "reviewer": (Msg("reviewer"), None),
    "requested_item": (Msg("requested sample"), None),
    "team_member": (Msg("team member"), None),
    "application_method": (Msg("method"), "name"),
    "incident": (Msg("incident"), None),
    "attachment": (Msg("attachment"), "name"),
    "deleted_record": (Msg("recycle-bin entry"), "label"),
    "calendar_day": (Msg("calendar day"), "day"),
}


def record_label(table: str, values: Mapping[str, Any] | None = None) -> str:
    """``"application APSCO-R-2026-007"``, ``"sample CE5C0400YJFM00406"``, ``"team member"``."""
    noun, key = RECORD_NOUNS.get(table, (table.replace("_", " "), None))
    if key and values is not None:
        value = values.get(key)
        if value not in (None, ""):
            return Msg("{noun} {value}", noun=noun, value=value)
    return noun


def _object_values(obj: Record) -> dict[str, Any]:
    _noun, key = RECORD_NOUNS.get(obj.__tablename__, ("", None))
    return {key: getattr(obj, key, None)} if key else {}


def last_change(session: Session, table: str, row_id: str) -> AuditLog | None:
    """The newest audit entry of a row: who changed it last, when, from which installation."""
    return session.scalars(
        select(AuditLog).where(AuditLog.table_name == table, AuditLog.row_id == row_id)
        .order_by(AuditLog.at.desc()).limit(1)
    ).first()


def local_time(at: datetime | None) -> str:
    """A UTC timestamp as the officer's local wall-clock time."""
    return clock.local_time(at) if at is not None else Msg("an unknown time")


def concurrent_edit_error(table: str, row_id: str, label: str, entry: AuditLog | None, *,
                          deleted: bool = False) -> ConcurrentEditError:
    officer = (entry.officer_name if entry is not None else "") or Msg("another officer")
    if entry is not None and not entry.officer_name and entry.installation:
        officer = Msg("another officer (installation {installation})", installation=entry.installation[:8])
    at = entry.at if entry is not None else None
    if deleted:
        message = Msg("This {label} was deleted by {officer} at {time} since you opened it. "
                      "Reload to see the current records; it can be restored from the recycle bin.",
                      label=label, officer=officer, time=local_time(at))
    else:
        message = Msg("This {label} was changed by {officer} at {time} since you opened it. "
                      "Reload to see their changes, then make yours again.",
                      label=label, officer=officer, time=local_time(at))
    return ConcurrentEditError(message, table=table, row_id=row_id, officer=officer, at=at)


def check_version(session: Session, obj: Record, expected_version: int | None) -> None:
    """Refuse (nothing written) when ``obj`` changed since the form read version ``expected_version``.

    ``None`` means the caller read nothing earlier (a one-shot action); no check.
    """
    if expected_version is None or obj.version == expected_version:
        return
    table = obj.__tablename__
    raise concurrent_edit_error(table, str(obj.id), record_label(table, _object_values(obj)),
                                last_change(session, table, str(obj.id)))


# --- races caught at flush -------------------------------------------------------------


def _remember_versions(session: Session, _flush_context, _instances) -> None:
    """Before each flush: the versions the changed records were read with (the failed
    flush expires them, so they cannot be asked afterwards)."""
    candidates = []
    for obj in (*session.dirty, *session.deleted):
        if isinstance(obj, Record):
            version = obj.__dict__.get("version")
            if version is not None:
                candidates.append((obj.__tablename__, obj.id, version, _object_values(obj)))
    session.info[_CANDIDATES] = candidates


_TABLE_IN_MESSAGE = re.compile(r"on table '([^']+)'")


def stale_data_error(session: Session, exc: Exception) -> ConcurrentEditError:
    """The officer-readable error for a ``StaleDataError`` raised by ``session``'s flush.

    The session's transaction is gone; a fresh connection finds the row whose
    version moved on (or which was deleted) and its last audit entry.
    """
    candidates = session.info.pop(_CANDIDATES, [])
    m = _TABLE_IN_MESSAGE.search(str(exc))
    if m:
        candidates = [c for c in candidates if c[0] == m.group(1)] or candidates
    bind = session.get_bind()
    try:
        with Session(bind=bind) as fresh:
            for table, row_id, version, values in candidates:
                t = Record.metadata.tables[table]
                current = fresh.execute(select(t.c.version).where(t.c.id == row_id)).scalar()
                if current == version:
                    continue
                return concurrent_edit_error(table, str(row_id), record_label(table, values),
                                             last_change(fresh, table, str(row_id)), deleted=current is None)
    except SQLAlchemyError as lookup:  # the explanation must never hide the refusal itself
        log.warning("Could not tell who changed the record: %s", lookup)
    table = candidates[0][0] if candidates else (m.group(1) if m else "record")
    return ConcurrentEditError(
        Msg(
            "This {record_label} was changed by another officer since you opened it. Reload to see their changes,"
            " then make yours again.",
            record_label=record_label(table)),
        table=table,
    )


def install(session_class: type[Session]) -> None:
    if not event.contains(session_class, "before_flush", _remember_versions):
        event.listen(session_class, "before_flush", _remember_versions)

