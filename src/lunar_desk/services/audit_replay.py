"""Replaying the audit trail: rebuild the audited tables from ``audit_log``
alone and compare them with the live tables.

Every audited change (see :mod:`lunar_desk.db.audit`) is one row of
``audit_log``: an insert lists every column as ``[None, value]``, an update
the changed columns as ``[old, new]``, a delete the old values.  Applying
them in order to empty tables must give back the live tables, column for
column; anything else means a change escaped the log (or the log is wrong).

What an entry does not carry, and how the replay treats it:

* ``updated_at`` and ``origin`` of a record are the ``at`` and
  ``installation`` of its last insert or update entry (the hook stamps both
  from the same clock reading), so they are replayed from the entries;
* ``created_at`` (when the object was built) and ``version`` (the
  optimistic-locking counter) are not audited and not compared;
* ``setting`` rows are logged by :func:`lunar_desk.services.settings.set_setting`
  with the key as row id and only their ``value``; ``updated_at`` is not compared;
* entries naming no table (e.g. the demo generator's summary entry) are
  counted, not replayed.

Rows written before the audit trail existed (missions seeded by a migration,
records made by the demo generator in bulk) have no history at all; they are
reported apart (:attr:`ReplayReport.unaudited`) from rows whose history
disagrees with them.  A :class:`Baseline` taken at some moment replays only
the entries written after it, on top of the rows that existed then.

Qt-free and read-only: usable from the integrity check and from tests.
"""

from __future__ import annotations

import copy
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Table, func, select, text
from sqlalchemy.orm import Session

from lunar_desk.db import models
from lunar_desk.db.audit import NOT_AUDITED, jsonable
from lunar_desk.db.models import AuditLog, Record, Setting

Rows = dict[str, dict[str, dict[str, Any]]]  # table → row id → column → JSON-able value

# Stamps replayed from the entry rather than from its ``changes``.
_FROM_ENTRY = {"updated_at", "origin"}


@dataclass(frozen=True)
class AuditedTable:
    name: str
    table: Table
    key: str  # the column the audit row's ``row_id`` names
    columns: tuple[str, ...]  # replayed and compared
    stamped: bool  # updated_at / origin come from the entries


def _record_classes() -> Iterator[type]:
    seen: set[type] = set()
    todo = list(Record.__subclasses__())
    while todo:
        cls = todo.pop()
        if cls in seen:
            continue
        seen.add(cls)
        todo.extend(cls.__subclasses__())
        if getattr(cls, "__table__", None) is not None:
            yield cls


def audited_tables() -> dict[str, AuditedTable]:
    """Every table the audit trail covers, found from the models (new tables join automatically)."""
    assert models  # the model modules are imported, so every table is registered
    out: dict[str, AuditedTable] = {}
    for cls in _record_classes():
        table = cls.__table__
        columns = tuple(c.key for c in table.columns if c.key not in NOT_AUDITED or c.key in _FROM_ENTRY)
        out[table.name] = AuditedTable(table.name, table, "id", columns, True)
    out[Setting.__tablename__] = AuditedTable(Setting.__tablename__, Setting.__table__, "key", ("key", "value"), False)
    return dict(sorted(out.items()))


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Entry:
    at: datetime
    installation: str
    table_name: str
    row_id: str
    action: str
    changes: dict[str, Any]


def audit_count(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(AuditLog)) or 0)


def audit_entries(session: Session, *, skip: int = 0) -> Iterator[Entry]:
    """The audit rows in the order they were written (after the first ``skip``)."""
    cols = (AuditLog.at, AuditLog.installation, AuditLog.table_name, AuditLog.row_id, AuditLog.action, AuditLog.changes)
    q = select(*cols)
    if session.get_bind().dialect.name == "sqlite":
        q = q.order_by(text("audit_log.rowid"))  # append-only: rowid is the order of writing
    else:
        q = q.order_by(AuditLog.at, AuditLog.id)
    if skip:
        q = q.offset(skip)
    for row in session.execute(q.execution_options(yield_per=2000)):
        yield Entry(*row)


def _canonical(column, value: Any) -> Any:
    """For comparing: ISO timestamps as instants (an offset of +08:00 and its UTC equal)."""
    if isinstance(value, str) and _is_datetime(column):
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            return value
        return parsed if parsed.tzinfo is not None else parsed.isoformat()
    return value


def _is_datetime(column) -> bool:
    t = column.type
    return isinstance(getattr(t, "impl", t), DateTime)


def live_rows(session: Session, tables: dict[str, AuditedTable] | None = None) -> Rows:
    """The live contents of the audited tables, as the audit trail would record them."""
    tables = tables if tables is not None else audited_tables()
    out: Rows = {}
    for t in tables.values():
        cols = [t.table.c[c] for c in t.columns]
        rows: dict[str, dict[str, Any]] = {}
        for values in session.execute(select(*cols)):
            row = {c.key: jsonable(v) for c, v in zip(cols, values, strict=True)}
            rows[str(row[t.key])] = row
        out[t.name] = rows
    return out


@dataclass(frozen=True)
class Baseline:
    """The audited tables and the length of the audit trail at one moment."""

    rows: Rows
    entries: int


def baseline(session: Session) -> Baseline:
    return Baseline(live_rows(session), audit_count(session))


# --- replaying -----------------------------------------------------------------------------


def _new(pair: Any) -> Any:
    return pair[1] if isinstance(pair, list) and len(pair) == 2 else pair


@dataclass
class ReplayReport:
    entries: int = 0  # entries replayed
    rows: dict[str, int] = field(default_factory=dict)  # live rows compared, per table
    differences: list[str] = field(default_factory=list)  # rows whose history disagrees with them
    unaudited: dict[str, int] = field(default_factory=dict)  # live rows without any history, per table
    other_entries: Counter = field(default_factory=Counter)  # entries naming no audited table

    @property
    def ok(self) -> bool:
        return not self.differences


def replay(entries: Iterable[Entry], tables: dict[str, AuditedTable] | None = None, *,
           start: Rows | None = None, problems: list[str] | None = None) -> tuple[Rows, set[tuple[str, str]], Counter]:
    """Apply ``entries`` in order to ``start`` (default: empty tables).

    Returns the rebuilt rows, the (table, row id) pairs the entries touched
    and a count of entries naming no audited table.  Entries that cannot
    apply (an update of a row never inserted…) are described in ``problems``.
    """
    tables = tables if tables is not None else audited_tables()
    state: Rows = copy.deepcopy(start) if start is not None else {}
    for name in tables:
        state.setdefault(name, {})
    touched: set[tuple[str, str]] = set()
    other: Counter = Counter()
    problems = problems if problems is not None else []
    for e in entries:
        t = tables.get(e.table_name)
        if t is None:
            other[e.table_name] += 1
            continue
        rows = state[t.name]
        touched.add((t.name, e.row_id))
        changes = e.changes if isinstance(e.changes, dict) else {}
        if e.action == "insert":
            if e.row_id in rows:
                problems.append(f"{t.name} {e.row_id}: inserted again while it exists (entry of {e.at.isoformat()}).")
            row = {c: None for c in t.columns}
            row[t.key] = e.row_id
            missing = [c for c in t.columns if c not in changes and c != t.key and c not in _FROM_ENTRY]
            if missing:
                problems.append(f"{t.name} {e.row_id}: the insert entry does not record {', '.join(missing)}.")
            rows[e.row_id] = row
        elif e.action in ("update", "delete"):
            row = rows.get(e.row_id)
            if row is None:
                problems.append(f"{t.name} {e.row_id}: {e.action} of a row that does not exist (entry of {e.at.isoformat()}).")
                if e.action == "delete":
                    continue
                row = rows[e.row_id] = {c: None for c in t.columns} | {t.key: e.row_id}
            if e.action == "delete":
                del rows[e.row_id]
                continue
        else:
            problems.append(f"{t.name} {e.row_id}: unknown audit action '{e.action}'.")
            continue
        for col, pair in changes.items():
            if col in row and col not in _FROM_ENTRY:
                row[col] = _new(pair)
        if t.stamped:
            row["updated_at"] = jsonable(e.at)
            row["origin"] = e.installation
    return state, touched, other


def check_replay(session: Session, since: Baseline | None = None) -> ReplayReport:
    """Replay the audit trail (after ``since``, on top of its rows) and compare with the live tables."""
    tables = audited_tables()
    report = ReplayReport()
    problems: list[str] = []

    def counted(entries: Iterable[Entry]) -> Iterator[Entry]:
        for e in entries:
            report.entries += 1
            yield e

    start = since.rows if since is not None else None
    replayed, touched, report.other_entries = replay(
        counted(audit_entries(session, skip=since.entries if since else 0)), tables, start=start, problems=problems
    )
    live = live_rows(session, tables)
    report.differences.extend(problems)
    for name, t in tables.items():
        have, want = live[name], replayed[name]
        report.rows[name] = len(have)
        columns = {c: t.table.c[c] for c in t.columns}
        for row_id, row in have.items():
            rebuilt = want.get(row_id)
            if rebuilt is None:
                if (name, row_id) in touched or (start is not None and row_id in start.get(name, {})):
                    report.differences.append(f"{name} {row_id}: in the table, but its history says it was deleted.")
                else:
                    report.unaudited[name] = report.unaudited.get(name, 0) + 1
                continue
            wrong = [
                f"{c} is {row[c]!r}, history says {rebuilt.get(c)!r}"
                for c, column in columns.items()
                if _canonical(column, row[c]) != _canonical(column, rebuilt.get(c))
            ]
            if wrong:
                report.differences.append(f"{name} {row_id}: " + "; ".join(wrong) + ".")
        for row_id in want.keys() - have.keys():
            report.differences.append(f"{name} {row_id}: its history says it exists, but it is not in the table.")
    return report
