"""Planning an import: what a verified bundle would change here.

Each row of the bundle is compared with this database's state of the same
record (see :mod:`lunar_desk.services.exchange_state`):

* not here at all → **new**;
* the same content, or a state we already had (they are behind) → skipped;
* we are behind (our state is in their history) → **updated**;
* both changed since they last agreed → fields changed on one side only are
  taken from that side automatically (when the state both last had is known);
  fields changed on both sides make a **conflict** shown field by field;
* a deletion (a recycle-bin row) of a record unchanged here since → **deleted**;
  of a record changed here since → a conflict;
* a record deleted here but changed there → a conflict;
* the same thing entered on both sides (same Member State name, sample number,
  batch number, team member…) → merged into ours (an alias remembers it);
  the same *issued number* (application reference, agreement number) given
  to two different records → a conflict: one of them is renumbered.

References to records that are neither in the bundle nor here refuse the
whole bundle (:class:`~lunar_desk.errors.BundleError`).  Planning only reads.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.orm import Session

from lunar_desk.db.locking import record_label
from lunar_desk.db.models_sync import ExchangeAlias, ExchangeLog, ExchangePeer
from lunar_desk.errors import BundleError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services.exchange_bundle import Bundle
from lunar_desk.services.exchange_state import (
    LocalState,
    content_of,
    content_sha,
    exchange_tables,
    foreign_keys,
    local_states,
    revive,
    token,
    unique_keys,
)

NEW, UPDATE, DELETE, CONFLICT = "new", "update", "delete", "conflict"
EDITED, DELETED_THERE, DELETED_HERE, DUPLICATE = "edited", "deleted_there", "deleted_here", "duplicate"
MINE, THEIRS, EDIT = "mine", "theirs", "edit"
RULES = ("newest", MINE, THEIRS)

# Numbers this office issues one after the other: the same number on two laptops means two
# different records, so one of them is renumbered (never merged).
SEQUENCE_KEYS = {"application": "reference", "loan": "agreement_number"}

CONFLICT_TEXT = {
    EDITED: Msg("changed on both sides"),
    DELETED_THERE: Msg("changed here, deleted there"),
    DELETED_HERE: Msg("deleted here, changed there"),
    DUPLICATE: Msg("the same number given to two different records"),
}


def field_label(column: str) -> str:
    """How the preview names a field: ``approved_mass_ug`` → "Approved mass (µg)"."""
    return column.replace("_id", "").replace("_ug", " (µg)").replace("_", " ").capitalize()


#: Every exchanged field as the preview names it, listed here so the interface translates them.
FIELD_LABELS = {c.key: field_label(c.key) for table in exchange_tables() for c in table.columns}


@dataclass
class FieldChange:
    field: str
    mine: Any
    theirs: Any
    auto: str = ""  # "": both sides changed it (decide); MINE/THEIRS: only that side did (taken automatically)


@dataclass
class Change:
    """One record the import would add, change or delete, or a conflict to decide (plain data)."""

    key: str  # "<table>:<id in the bundle>"
    kind: str  # NEW, UPDATE, DELETE, CONFLICT
    table: str
    row_id: str
    local_id: str
    label: str
    fields: list[FieldChange] = field(default_factory=list)
    conflict: str = ""  # EDITED, DELETED_THERE, DELETED_HERE, DUPLICATE
    note: str = ""
    mine_rev: str = ""
    theirs_rev: str = ""
    mine_by: str = ""
    mine_at: datetime | None = None
    theirs_by: str = ""
    theirs_at: datetime | None = None
    theirs_origin: str = ""
    proposal: Any = None  # DUPLICATE: the next free number
    blocked: str = ""  # DELETED_THERE: why the record cannot be deleted here

    @property
    def conflict_text(self) -> str:
        return CONFLICT_TEXT.get(self.conflict, "")

    @property
    def open_fields(self) -> list[FieldChange]:
        """The fields an officer decides (changed on both sides)."""
        return [f for f in self.fields if not f.auto]


@dataclass
class ImportPlan:
    """The preview of an import (plain data: safe to hand to the window)."""

    bundle_sha256: str
    file_name: str
    source_name: str
    source_database: str
    officer: str
    exported_at: str
    since: str | None
    counts: dict[str, int]
    files: int
    peer_name: str
    already_imported_at: datetime | None = None
    new: list[Change] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    deleted: list[Change] = field(default_factory=list)
    conflicts: list[Change] = field(default_factory=list)
    unchanged: int = 0
    behind: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def changes(self) -> list[Change]:
        return [*self.new, *self.updated, *self.deleted, *self.conflicts]

    @property
    def nothing_to_do(self) -> bool:
        return not self.changes

    def summary(self) -> str:
        n = len(self.conflicts)
        parts = MsgList([Msg("{n} new", n=len(self.new)), Msg("{n} updated", n=len(self.updated)),
                         Msg("{n} deleted", n=len(self.deleted)),
                         Msg("{n} conflict", n=n) if n == 1 else Msg("{n} conflicts", n=n)], ", ")
        skipped = self.unchanged + self.behind
        if skipped:
            return Msg("{parts}; {n} already up to date here", parts=parts, n=skipped)
        return parts


# --- planning ----------------------------------------------------------------------------------


@dataclass
class PlannedRow:
    """One bundle row and what it would do here (internal to planning and applying)."""

    table: Table
    their_id: str
    local_id: str
    values: dict[str, Any]  # their values, references translated to our ids
    rev: str
    history: list[str]
    by: str
    at: datetime | None
    origin: str
    target_history: list[str]
    local: LocalState | None = None
    outcome: str = ""  # same, behind, new, recreate, update, merge, conflict
    result: dict[str, Any] | None = None  # merged content (outcome "merge")
    change: Change | None = None
    alias_of: str = ""  # merged into this local record (same thing entered on both sides)
    renamed: bool = False  # their record was given another number here (so its state is ours, not theirs)


@dataclass
class PlannedDeletion:
    entry: PlannedRow  # the recycle-bin row that carries the deletion
    table: Table
    target_id: str
    local: LocalState
    change: Change


def _parse_at(value: Any) -> datetime | None:
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value)
        except ValueError:
            return None
    return value if isinstance(value, datetime) else None


class Planner:
    """Works out an import in ``session`` (read-only); :mod:`exchange_apply` then writes it."""

    def __init__(self, session: Session, bundle: Bundle, peer_name: str | None = None) -> None:
        self.session = session
        self.bundle = bundle
        self.aliases = {(a.table_name, a.their_id): a.local_id for a in session.scalars(select(ExchangeAlias))}
        self.new_aliases: dict[tuple[str, str], str] = {}
        self.rows: dict[str, list[PlannedRow]] = {}
        self.deletions: list[PlannedDeletion] = []
        self.tables = {t.name: t for t in exchange_tables()}
        self._incoming: dict[str, PlannedRow] = {}
        self.plan = self._empty_plan(peer_name)

    # --- the plan's header --------------------------------------------------------------

    def _empty_plan(self, peer_name: str | None) -> ImportPlan:
        m = self.bundle.manifest
        peer = None
        if not peer_name:
            source = str(m.get("database_id", ""))
            peer = self.session.scalars(select(ExchangePeer).where(ExchangePeer.installation == source)).first() \
                if source else None
            peer_name = peer.name if peer is not None else (self.bundle.source_name or "another laptop")
        done = self.session.scalars(
            select(ExchangeLog.at).where(ExchangeLog.direction == "import",
                                         ExchangeLog.bundle_sha256 == self.bundle.sha256).order_by(ExchangeLog.at)
        ).first()
        return ImportPlan(
            bundle_sha256=self.bundle.sha256, file_name=self.bundle.path.name, source_name=self.bundle.source_name,
            source_database=str(m.get("database_id", "")), officer=str(m.get("officer", "")),
            exported_at=str(m.get("until", "")), since=m.get("since"), counts=dict(m.get("counts", {})),
            files=len(self.bundle.files), peer_name=peer_name[:100], already_imported_at=done,
        )

    # --- ids ------------------------------------------------------------------------------------

    def map_id(self, table: str, value: Any) -> Any:
        if value is None:
            return None
        key = (table, str(value))
        return self.new_aliases.get(key) or self.aliases.get(key) or str(value)

    def _prepare(self, table: Table, row: dict, fks: dict[str, str]) -> PlannedRow:
        values = dict(row["values"])
        their_id = str(values.get("id"))
        for col, target in fks.items():
            if values.get(col) is not None:
                values[col] = self.map_id(target, values[col])
        if table.name == "attachment" and values.get("owner_id") is not None:
            values["owner_id"] = self.map_id(str(values.get("owner_table", "")), values["owner_id"])
        local_id = self.map_id(table.name, their_id)
        values["id"] = local_id
        return PlannedRow(
            table=table, their_id=their_id, local_id=local_id, values=values, rev=str(row.get("rev", "")),
            history=[str(t) for t in row.get("history", [])], by=str(row.get("by", "")), at=_parse_at(row.get("at")),
            origin=str(row.get("origin", "")), target_history=[str(t) for t in row.get("target_history", [])],
            alias_of=local_id if local_id != their_id else "",
        )

    # --- the whole plan ---------------------------------------------------------------------------

    def run(self) -> ImportPlan:
        for name, rows in self.bundle.tables.items():
            if name not in self.tables:
                self.plan.warnings.append(Msg("The bundle holds {n} '{name}' rows this Lunar Desk does not exchange; "
                                              "they were left out.", n=len(rows), name=name))
        for table in self.tables.values():
            rows = self.bundle.tables.get(table.name)
            if rows:
                self._plan_table(table, rows)
        self._plan_deletions()
        self._check_references()
        return self.plan

    def _plan_table(self, table: Table, rows: list[dict]) -> None:
        fks = foreign_keys(table)
        if any(target == table.name for target in fks.values()):
            rows = _parents_first(table, rows, fks)
        for _attempt in range(4):
            prepared = [self._prepare(table, r, fks) for r in rows]
            self._incoming = {p.local_id: p for p in prepared}
            states = local_states(self.session, table, [p.local_id for p in prepared])
            merged_any = False
            for p in prepared:
                p.local = states[p.local_id]
                self._classify(p)
            candidates = [p for p in prepared if p.outcome in ("new", "recreate", "update", "merge")]
            index = self._key_index(table, candidates)
            for p in candidates:
                if self._duplicate(p, index):
                    merged_any = merged_any or bool(p.alias_of and (table.name, p.their_id) in self.new_aliases)
            if not merged_any:
                break
        self.rows[table.name] = prepared
        for p in prepared:
            if p.change is None or (table.name == "deleted_record" and p.change.kind != CONFLICT):
                continue  # recycle-bin rows show as the deletions they carry
            {NEW: self.plan.new, UPDATE: self.plan.updated, CONFLICT: self.plan.conflicts}[p.change.kind].append(p.change)

    # --- one row -----------------------------------------------------------------------------------

    def _change(self, p: PlannedRow, kind: str, **kw) -> Change:
        local = p.local
        values = local.values if local is not None and local.values is not None else p.values
        return Change(
            key=f"{p.table.name}:{p.their_id}", kind=kind, table=p.table.name, row_id=p.their_id, local_id=p.local_id,
            label=record_label(p.table.name, values), mine_rev=local.rev if local is not None else "",
            theirs_rev=p.rev, mine_by=local.changed_by if local else "", mine_at=local.changed_at if local else None,
            theirs_by=p.by, theirs_at=p.at, theirs_origin=p.origin, **kw,
        )

    def _classify(self, p: PlannedRow) -> None:
        local = p.local
        theirs = content_of(p.values)
        p.change, p.result = None, None
        if not local.exists and local.deleted is None:
            p.outcome = "new"
            p.change = self._change(p, NEW, note=self._alias_note(p))
            return
        if not local.exists:  # deleted here
            deleted_content = content_of(local.deleted.data)
            same_as_deleted = content_sha(_common(deleted_content, theirs)) == content_sha(theirs)
            if local.rev in p.history:  # they knew of the deletion: restored (or kept) there since
                p.outcome = "recreate"
                p.change = self._change(p, NEW, note=Msg("restored there after it was deleted here"))
            elif p.rev in local.history or same_as_deleted:
                p.outcome = "behind"
                self.plan.behind += 1
            else:
                p.outcome = "conflict"
                p.change = self._change(p, CONFLICT, conflict=DELETED_HERE, fields=[
                    FieldChange(k, None, v) for k, v in theirs.items() if k != "id"])
            return
        mine = local.content
        mine_common = _common(mine, theirs)
        if content_sha(mine_common) == content_sha(theirs) or p.rev == local.rev:
            p.outcome = "same"
            self.plan.unchanged += 1
            return
        if p.rev in local.history:
            p.outcome = "behind"
            self.plan.behind += 1
            return
        diffs = [k for k in theirs if k != "id" and mine.get(k) != theirs[k]]
        if local.rev in p.history:
            p.outcome = "update"
            p.change = self._change(p, UPDATE, fields=[FieldChange(k, mine.get(k), theirs[k], THEIRS) for k in diffs])
            return
        marker = local.marker
        base = marker.base if marker is not None and marker.rev and (marker.rev in p.history or marker.rev == p.rev) \
            else None
        fields = []
        for k in diffs:
            auto = ""
            if base is not None and k in base:
                if base[k] == mine.get(k):
                    auto = THEIRS
                elif base[k] == theirs[k]:
                    auto = MINE
            fields.append(FieldChange(k, mine.get(k), theirs[k], auto))
        if all(f.auto for f in fields):
            p.outcome = "merge"
            p.result = dict(mine, **{f.field: f.theirs for f in fields if f.auto == THEIRS})
            p.change = self._change(p, UPDATE, fields=fields, note=Msg("merged with the changes made here since"))
            return
        p.outcome = "conflict"
        note = self._alias_note(p)
        p.change = self._change(p, CONFLICT, conflict=EDITED, fields=fields, note=note)

    def _alias_note(self, p: PlannedRow) -> str:
        if not p.alias_of:
            return ""
        return Msg("entered on both sides: taken as the same {record} here",
                   record=record_label(p.table.name, p.local.values or p.values))

    # --- the same thing (or the same number) on both sides ------------------------------------------

    def _key_index(self, table: Table, rows: list[PlannedRow]) -> dict[tuple[str, ...], dict[tuple, list[str]]]:
        """For each unique key of ``table``: the records here holding the key values ``rows`` bring (one query per key)."""
        index: dict[tuple[str, ...], dict[tuple, list[str]]] = {}
        for cols in unique_keys(table):
            firsts = {revive(table, {cols[0]: p.values.get(cols[0])}).get(cols[0]) for p in rows} - {None}
            found: dict[tuple, list[str]] = {}
            firsts = list(firsts)
            for i in range(0, len(firsts), 500):
                q = select(table.c.id, *(table.c[c] for c in cols)).where(table.c[cols[0]].in_(firsts[i:i + 500]))
                for row_id, *values in self.session.execute(q):
                    found.setdefault(tuple(values), []).append(str(row_id))
            index[cols] = found
        return index

    def _duplicate(self, p: PlannedRow, index: dict[tuple[str, ...], dict[tuple, list[str]]]) -> bool:
        """True if ``p`` collides with another record here on a unique key (and the plan now says what to do)."""
        table = p.table
        typed = revive(table, p.values)
        for cols in unique_keys(table):
            if any(typed.get(c) is None for c in cols):
                continue
            if p.local is not None and p.local.exists and all(p.local.values.get(c) == p.values.get(c) for c in cols):
                continue  # the key does not change
            holders = [i for i in index.get(cols, {}).get(tuple(typed[c] for c in cols), []) if i != p.local_id]
            if not holders:
                continue
            other = holders[0]
            moving = self._incoming.get(other)
            if moving is not None and any(moving.values.get(c) != p.values.get(c) for c in cols):
                continue  # the record holding the key here gets another value from this same bundle
            column = SEQUENCE_KEYS.get(table.name)
            if column is not None and cols == (column,):
                p.outcome = "conflict"
                mine = local_states(self.session, table, [other])[other]
                p.change = self._change(p, CONFLICT, conflict=DUPLICATE,
                                        proposal=next_free_number(self.session, table, column, p.values[column]),
                                        fields=[FieldChange(column, p.values[column], p.values[column])])
                p.change.label = f"{record_label(table.name, p.values)}"
                p.change.mine_by, p.change.mine_at = mine.changed_by, mine.changed_at
                p.change.note = Msg("your {record} is a different record with the same number: one of the two gets "
                                    "the next free number", record=record_label(table.name, mine.values))
                p.change.local_id = other
                return True
            if (table.name, p.their_id) not in self.new_aliases:
                self.new_aliases[(table.name, p.their_id)] = other
                p.alias_of = other
                return True
        return False

    # --- deletions ---------------------------------------------------------------------------------

    def _plan_deletions(self) -> None:
        entries = [p for p in self.rows.get("deleted_record", []) if p.outcome == "new"
                   and p.values.get("restored_at") is None and p.values.get("table_name") in self.tables]
        by_table: dict[str, list[PlannedRow]] = {}
        for p in entries:
            by_table.setdefault(p.values["table_name"], []).append(p)
        deleting = {(p.values["table_name"], self.map_id(p.values["table_name"], p.values["row_id"])) for p in entries}
        for name, group in by_table.items():
            table = self.tables[name]
            targets = {p.their_id: self.map_id(name, p.values["row_id"]) for p in group}
            states = local_states(self.session, table, targets.values())
            for p in group:
                local = states[targets[p.their_id]]
                if not local.exists:
                    continue
                data = p.values.get("data") or {}
                history = [*p.target_history, token(data.get("origin"), data.get("updated_at"))]
                unchanged = local.rev in history or local.sha == content_sha(content_of(data))
                blocked = self._still_used(table, local.row_id, deleting)
                change = Change(
                    key=f"delete:{name}:{local.row_id}", kind=DELETE if unchanged and not blocked else CONFLICT,
                    table=name, row_id=str(p.values["row_id"]), local_id=local.row_id,
                    label=record_label(name, local.values), mine_rev=local.rev, theirs_rev=p.rev,
                    mine_by=local.changed_by, mine_at=local.changed_at,
                    theirs_by=str(p.values.get("deleted_by", "")), theirs_at=_parse_at(p.values.get("deleted_at")),
                    theirs_origin=p.origin, conflict="" if unchanged and not blocked else DELETED_THERE,
                    blocked=blocked, note=str(p.values.get("label", "")),
                    fields=[FieldChange(k, v, None) for k, v in (local.content or {}).items() if k != "id"],
                )
                self.deletions.append(PlannedDeletion(p, table, local.row_id, local, change))
                (self.plan.deleted if change.kind == DELETE else self.plan.conflicts).append(change)

    def _still_used(self, table: Table, row_id: str, deleting: set[tuple[str, str]]) -> str:
        """What here still refers to the record (and is not deleted by this bundle too)."""
        uses = []
        for other in self.tables.values():
            for col, target in foreign_keys(other).items():
                if target != table.name:
                    continue
                ids = self.session.scalars(select(other.c.id).where(other.c[col] == uuid.UUID(row_id))).all()
                left = [i for i in ids if (other.name, str(i)) not in deleting]
                if len(left) > 1:
                    uses.append(Msg("{n} {what}s", n=len(left), what=record_label(other.name)))
                elif left:
                    uses.append(Msg("{n} {what}", n=len(left), what=record_label(other.name)))
        return MsgList(uses, ", ") if uses else ""

    # --- references ----------------------------------------------------------------------------------

    def _check_references(self) -> None:
        will_exist: dict[str, set[str]] = {}
        for name, rows in self.rows.items():
            will_exist[name] = {p.local_id for p in rows if not (p.outcome == "behind" and not p.local.exists)}
        wanted: dict[str, dict[str, PlannedRow]] = {}
        for name, rows in self.rows.items():
            table = self.tables[name]
            refs = dict(foreign_keys(table))
            for p in rows:
                if p.outcome in ("same", "behind"):
                    continue
                for col, target in refs.items():
                    value = p.values.get(col)
                    if value is not None and str(value) not in will_exist.get(target, set()):
                        wanted.setdefault(target, {}).setdefault(str(value), p)
                if name == "attachment" and p.values.get("owner_table") in self.tables:
                    value = str(p.values.get("owner_id"))
                    if value not in will_exist.get(p.values["owner_table"], set()):
                        wanted.setdefault(p.values["owner_table"], {}).setdefault(value, p)
        problems = []
        for target, refs in wanted.items():
            table = self.tables[target]
            ids = list(refs)
            found = set()
            for i in range(0, len(ids), 500):
                part = [uuid.UUID(x) for x in ids[i:i + 500]]
                found |= {str(x) for x in self.session.scalars(select(table.c.id).where(table.c.id.in_(part)))}
            for missing in sorted(set(ids) - found):
                p = refs[missing]
                problems.append(Msg("{record} ({their_id}) refers to a {target} ({missing}) that is neither in the "
                                    "bundle nor in this database", record=record_label(p.table.name, p.values),
                                    their_id=p.their_id, target=record_label(target), missing=missing))
        if problems:
            more = [Msg("and {n} more", n=len(problems) - 5)] if len(problems) > 5 else []
            shown = MsgList([*problems[:5], *more], "; ")
            raise BundleError(
                Msg(
                    "{name} cannot be imported: {shown}. The bundle leaves out records it builds on (it was "
                    "exported since a date this database had not caught up to, or records were deleted here). Ask"
                    " for a bundle of everything (export without --since, or import the earlier bundles first). "
                    "Nothing was written.",
                    name=self.bundle.path.name, shown=shown)
            )


def _common(mine: dict[str, Any], theirs: dict[str, Any]) -> dict[str, Any]:
    """``mine`` restricted to the columns their bundle carries (an older Lunar Desk may not know every column)."""
    return {k: mine.get(k) for k in theirs}


def _parents_first(table: Table, rows: list[dict], fks: dict[str, str]) -> list[dict]:
    """Rows of a self-referencing table (samples and their splits) with every parent before its children."""
    own = [c for c, t in fks.items() if t == table.name]
    by_id = {str(r["values"].get("id")): r for r in rows}
    out: list[dict] = []
    seen: set[str] = set()

    def visit(row_id: str, depth: int = 0) -> None:
        if row_id in seen or depth > 100:
            return
        seen.add(row_id)
        row = by_id[row_id]
        for col in own:
            parent = row["values"].get(col)
            if parent is not None and str(parent) in by_id:
                visit(str(parent), depth + 1)
        out.append(row)

    for row_id in by_id:
        visit(row_id)
    return out


_NUMBERED = re.compile(r"^(.*?)(\d+)$")


def next_free_number(session: Session, table: Table, column: str, value: Any, taken: set[str] = frozenset()) -> str:
    """The next free number after ``value``'s series: APSCO-R-2026-007 → APSCO-R-2026-012 when 011 is the highest."""
    text = str(value)
    m = _NUMBERED.match(text)
    col = table.c[column]
    if m is None:
        n = 2
        while True:
            candidate = f"{text} ({n})"
            if candidate not in taken and session.execute(
                    select(func.count()).select_from(table).where(col == candidate)).scalar() == 0:
                return candidate
            n += 1
    prefix, digits = m.groups()
    highest = int(digits)
    for other in session.scalars(select(col).where(col.like(prefix.replace("%", r"\%") + "%", escape="\\"))):
        tail = str(other)[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    for other in taken:
        if other.startswith(prefix) and other[len(prefix):].isdigit():
            highest = max(highest, int(other[len(prefix):]))
    return f"{prefix}{highest + 1:0{len(digits)}d}"


def plan_import(session: Session, bundle: Bundle, peer_name: str | None = None) -> ImportPlan:
    """The preview of importing ``bundle`` here (reads only)."""
    return Planner(session, bundle, peer_name).run()
