"""Applying an import the officer has previewed and decided, in one transaction.

The plan is worked out again inside the writing transaction; if anything here
changed since the preview (another officer saved meanwhile), the import is
refused and nothing is written.  Conflicts are settled by the officer's
choices (per conflict, per field, or an edited value) or by a rule: newest
wins, keep mine, take theirs.  Every change goes through the ORM, so the
audit log records it with the action's note ("exchange import from …").
"""

from __future__ import annotations

import hashlib
import os
import tempfile
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lunar_desk.db.locking import record_label
from lunar_desk.db.models_sync import DeletedRecord, ExchangeAlias
from lunar_desk.db.types import utcnow
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services.attachments import attachment_path
from lunar_desk.services.exchange_bundle import Bundle
from lunar_desk.services.exchange_merge import (
    DELETED_HERE,
    DELETED_THERE,
    DUPLICATE,
    EDIT,
    EDITED,
    MINE,
    RULES,
    SEQUENCE_KEYS,
    THEIRS,
    Change,
    ImportPlan,
    PlannedRow,
    Planner,
)
from lunar_desk.services.exchange_state import (
    content_of,
    deletion_token,
    exchange_tables,
    model_for,
    revive,
    token,
    write_marker,
)

Progress = Callable[[int, int], None]


@dataclass
class Resolution:
    """How the officer settled one conflict: ``choice`` for the whole record (MINE, THEIRS, EDIT),
    ``fields`` per field (overrides ``choice``), ``values`` the edited values (as typed)."""

    choice: str = ""
    fields: dict[str, str] = field(default_factory=dict)
    values: dict[str, Any] = field(default_factory=dict)


@dataclass
class ImportResult:
    peer_name: str
    new: int = 0
    updated: int = 0
    deleted: int = 0
    conflicts: int = 0
    files: int = 0
    tables: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)

    def summary(self) -> str:
        conflicts = Msg("{n} conflict", n=self.conflicts) if self.conflicts == 1 else Msg("{n} conflicts", n=self.conflicts)
        return Msg("from {peer}: {new} new, {updated} updated, {deleted} deleted, {conflicts} settled, {files} stored",
                   peer=self.peer_name, new=self.new, updated=self.updated, deleted=self.deleted,
                   conflicts=conflicts, files=attachment_files(self.files))


def attachment_files(n: int) -> str:
    """"1 attachment file", "3 attachment files"."""
    return Msg("{n} attachment file", n=n) if n == 1 else Msg("{n} attachment files", n=n)


# --- deciding ---------------------------------------------------------------------------------


def _newest(change: Change) -> str:
    mine = change.mine_at or datetime.min.replace(tzinfo=UTC)
    theirs = change.theirs_at or datetime.min.replace(tzinfo=UTC)
    return THEIRS if theirs > mine else MINE


def field_choice(change: Change, name: str, resolution: Resolution | None, rule: str | None) -> str:
    """MINE, THEIRS or EDIT for one field of a conflict ("" when undecided)."""
    if resolution is not None:
        if name in resolution.fields:
            return resolution.fields[name]
        if resolution.choice:
            return resolution.choice
    if rule == "newest":
        return _newest(change)
    if rule in (MINE, THEIRS):
        return rule
    return ""


def undecided(plan: ImportPlan, resolutions: dict[str, Resolution], rule: str | None) -> list[Change]:
    """The conflicts no choice and no rule settles."""
    out = []
    for c in plan.conflicts:
        names = [f.field for f in c.open_fields] if c.conflict in (EDITED, DUPLICATE) else [""]
        if any(not field_choice(c, n, resolutions.get(c.key), rule) for n in names):
            out.append(c)
    return out


def parse_value(table: Table, name: str, value: Any, label: str) -> Any:
    """An edited value typed as text, converted to the column's type (JSON-able form)."""
    column = table.c[name]
    if not isinstance(value, str):
        return value
    text = value.strip()
    try:
        kind = getattr(column.type, "impl_instance", column.type).python_type
    except NotImplementedError:
        kind = str
    if text == "" and column.nullable and kind is not str:
        return None
    try:
        if kind is bool:
            if text.lower() in ("yes", "true", "1", "y"):
                return True
            if text.lower() in ("no", "false", "0", "n"):
                return False
            raise ValueError(text)
        if kind is int:
            return int(text.replace(",", "").replace(" ", ""))
        if kind is float:
            return float(text)
        if kind is date:
            return date.fromisoformat(text).isoformat()
        if kind is datetime:
            return datetime.fromisoformat(text).isoformat()
        if kind is uuid.UUID:
            return str(uuid.UUID(text))
    except ValueError:
        raise ValidationError(Msg(
            "{label}, field '{name}': '{value}' is not a valid value (expected {getattr}).",
            label=label, name=name, value=value, getattr=getattr(kind, '__name__', 'text')), field=name) from None
    if column.type.__class__.__name__ in ("String", "AutoString") and getattr(column.type, "length", None) \
            and len(text) > column.type.length:
        raise ValidationError(Msg("{label}, field '{name}': at most {length} characters fit.", label=label, name=name, length=column.type.length), field=name)
    return value


# --- applying ---------------------------------------------------------------------------------------


def _same_plan(preview: ImportPlan, fresh: ImportPlan) -> bool:
    def shape(plan: ImportPlan) -> set[tuple]:
        return {(c.key, c.kind, c.conflict, c.mine_rev) for c in plan.changes}

    return shape(preview) == shape(fresh)


class Applier:
    def __init__(self, session: Session, bundle: Bundle, preview: ImportPlan, resolutions: dict[str, Resolution],
                 rule: str | None, attachments_dir: Path, progress: Progress | None) -> None:
        if rule is not None and rule not in RULES:
            raise ValidationError(Msg("'{rule}' is not a rule; use newest, mine or theirs.", rule=rule), field="rule")
        self.session = session
        self.bundle = bundle
        self.resolutions = resolutions
        self.rule = rule
        self.attachments_dir = Path(attachments_dir)
        self.progress = progress
        self.now = utcnow()
        self.planner = Planner(session, bundle, preview.peer_name)
        self.plan = self.planner.run()
        self.result = ImportResult(peer_name=preview.peer_name)
        if not _same_plan(preview, self.plan):
            raise UserError(Msg(
                "Records here changed since the preview was made (another officer saved meanwhile); nothing was "
                "imported. Open the bundle again to see the current differences."))
        left = undecided(self.plan, resolutions, rule)
        if left:
            names = ", ".join(c.label for c in left[:3]) + (" …" if len(left) > 3 else "")
            raise ValidationError(
                Msg("{count} conflicts are not decided yet ({names}): choose for each, or choose a rule. "
                    "Nothing was imported.", count=len(left), names=names) if len(left) != 1 else
                Msg("1 conflict is not decided yet ({names}): choose for it, or choose a rule. Nothing was imported.",
                    names=names),
                                  field="conflicts")
        self.rows = {f"{p.table.name}:{p.their_id}": p for rows in self.planner.rows.values() for p in rows}

    def _resolution(self, change: Change) -> Resolution | None:
        return self.resolutions.get(change.key)

    # --- the whole import -------------------------------------------------------------------------

    def run(self) -> ImportResult:
        steps = sum(len(r) for r in self.planner.rows.values()) + len(self.planner.deletions)
        done = 0
        self._store_files()
        self._renumber()
        for table in exchange_tables():
            rows = self.planner.rows.get(table.name, [])
            # Existing records first (one may give up a number a new record takes), then new ones (parents first).
            rows = sorted(rows, key=lambda p: p.outcome in ("new", "recreate") or (
                p.outcome == "conflict" and p.change.conflict == DELETED_HERE))
            with self.session.no_autoflush:
                for p in rows:
                    self._apply_row(p)
                    done += 1
                    if self.progress and done % 50 == 0:
                        self.progress(done, steps)
            self._flush(table.name)
        order = {t.name: i for i, t in enumerate(exchange_tables())}
        for d in sorted(self.planner.deletions, key=lambda d: -order[d.table.name]):
            self._apply_deletion(d)
            self._flush(d.table.name)
        for (table, their_id), local_id in self.planner.new_aliases.items():
            self.session.add(ExchangeAlias(table_name=table, their_id=their_id, local_id=local_id,
                                           peer_name=self.plan.peer_name, created_at=self.now))
        self._flush("exchange_alias")
        if self.progress:
            self.progress(steps, steps)
        return self.result

    def _flush(self, what: str) -> None:
        try:
            self.session.flush()
        except IntegrityError as exc:
            raise UserError(
                Msg(
                    "The merged {record_label} records break a rule of the database ({orig}); nothing was "
                    "imported. This usually means a record refers to one that stays deleted here: take their "
                    "version of that record, or restore it from the recycle bin first.",
                    record_label=record_label(what), orig=exc.orig), details=str(exc)) from exc

    # --- attachments ------------------------------------------------------------------------------

    def _store_files(self) -> None:
        for p in self.planner.rows.get("attachment", []):
            if p.outcome in ("same", "behind"):
                continue
            sha = str(p.values.get("sha256", "")).lower()
            target = attachment_path(self.attachments_dir, sha)
            if target.is_file() and target.stat().st_size == p.values.get("size"):
                continue
            if sha not in self.bundle.files:
                self.result.warnings.append(Msg("The file of attachment '{name}' is neither in the bundle nor on this "
                                                "laptop; ask the sender to check it.", name=p.values.get("name")))
                continue
            self.bundle.copy_file(sha, lambda chunks: _store(self.attachments_dir, chunks))
            self.result.files += 1

    # --- issued numbers given twice ----------------------------------------------------------------

    def _duplicate_choice(self, change: Change) -> tuple[str, Any]:
        """(THEIRS, value): their record takes ``value``; (MINE, value): ours is renumbered to ``value``.

        The choice MINE keeps our record's number (theirs gets the next free one), THEIRS lets their record
        keep it (ours gets the next free one), EDIT gives theirs the number typed; under "newest wins" the
        record created first keeps the number."""
        res = self._resolution(change)
        column = change.fields[0].field
        choice = field_choice(change, column, res, None)
        if choice == EDIT:
            if res is None or column not in res.values:
                raise ValidationError(Msg("{change_label}: give the new number, or choose mine or theirs.", change_label=change.label), field=column)
            value = parse_value(self.planner.tables[change.table], column, res.values[column], change.label)
            return THEIRS, str(value).strip()
        if not choice:
            choice = (MINE if self._created_later(change) else THEIRS) if self.rule == "newest" else self.rule
        return (THEIRS, change.proposal) if choice == MINE else (MINE, change.proposal)

    def _created_later(self, change: Change) -> bool:
        """Is their record younger than ours (the younger one is renumbered under "newest")?"""
        p = self.rows[change.key]
        mine = self.session.get(model_for(change.table), uuid.UUID(change.local_id))
        theirs_created = datetime.fromisoformat(p.values["created_at"]) if p.values.get("created_at") else self.now
        return mine is None or theirs_created >= mine.created_at

    def _renumber(self) -> None:
        for c in self.plan.conflicts:
            if c.conflict != DUPLICATE:
                continue
            p = self.rows[c.key]
            column = SEQUENCE_KEYS[c.table]
            who, value = self._duplicate_choice(c)
            if who == MINE:
                mine = self.session.get(model_for(c.table), uuid.UUID(c.local_id))
                setattr(mine, column, value)
                self._flush(c.table)
            else:
                p.values[column] = value
                p.renamed = True
            p.outcome = "new" if p.local is None or not p.local.exists else "update"
            self.result.conflicts += 1

    # --- one row ---------------------------------------------------------------------------------

    def _apply_row(self, p: PlannedRow) -> None:
        theirs = content_of(p.values)
        if p.outcome == "same":
            self._mark_same(p)
        elif p.outcome in ("new", "recreate"):
            self._insert(p)
            if _counted(p):
                self.result.new += 1
            self._mark(p, theirs, theirs_state=not p.renamed)
        elif p.outcome == "update":
            self._update(p, theirs)
            if _counted(p):
                self.result.updated += 1
            self._mark(p, theirs, theirs_state=not p.renamed)
        elif p.outcome == "merge":
            self._update(p, p.result)
            if _counted(p):
                self.result.updated += 1
            self._mark(p, p.result)
        elif p.outcome == "conflict" and p.change.conflict == EDITED:
            self._settle_edit(p, theirs)
        elif p.outcome == "conflict" and p.change.conflict == DELETED_HERE:
            self._settle_deleted_here(p, theirs)

    def _insert(self, p: PlannedRow) -> None:
        model = model_for(p.table.name)
        values = {k: v for k, v in p.values.items() if k not in ("updated_at", "origin")}
        self.session.add(model(**revive(p.table, values)))
        self.result.tables.add(p.table.name)
        if p.local is not None and p.local.deleted is not None:
            self._restored(p.local.deleted.id)

    def _restored(self, entry_id) -> None:
        entry = self.session.get(DeletedRecord, entry_id)
        if entry is not None and entry.restored_at is None:
            entry.restored_at = self.now
            self.result.tables.add("deleted_record")

    def _update(self, p: PlannedRow, content: dict[str, Any]) -> None:
        obj = self.session.get(model_for(p.table.name), uuid.UUID(p.local_id))
        typed = revive(p.table, {k: v for k, v in content.items() if k != "id"})
        current = content_of(p.local.values)
        for k, v in typed.items():
            if current.get(k) != content.get(k):
                setattr(obj, k, v)
        self.result.tables.add(p.table.name)

    def _settle_edit(self, p: PlannedRow, theirs: dict[str, Any]) -> None:
        change, res = p.change, self._resolution(p.change)
        mine = content_of(p.local.values)
        result = dict(mine)
        for f in change.fields:
            choice = f.auto or field_choice(change, f.field, res, self.rule)
            if choice == THEIRS:
                result[f.field] = f.theirs
            elif choice == EDIT:
                if res is None or f.field not in res.values:
                    raise ValidationError(Msg(
                        "{change_label}: give the value for '{field}' or choose mine or theirs.",
                        change_label=change.label, field=f.field),
                                          field=f.field)
                result[f.field] = parse_value(p.table, f.field, res.values[f.field], change.label)
        self.result.conflicts += 1
        if result == mine:
            self._mark(p, mine, keep_mine=True)
            return
        self._update(p, result)
        if result == dict(mine, **theirs):
            self._mark(p, result, theirs_state=True)
        else:
            self._mark(p, result)

    def _settle_deleted_here(self, p: PlannedRow, theirs: dict[str, Any]) -> None:
        self.result.conflicts += 1
        if field_choice(p.change, "", self._resolution(p.change), self.rule) == THEIRS:
            self._insert(p)
            self._mark(p, theirs, theirs_state=True)
            return
        # Keep it deleted: a new recycle-bin entry (holding their version) carries the deletion back to them.
        old = p.local.deleted
        again = DeletedRecord(table_name=old.table_name, row_id=old.row_id, data=dict(p.values), label=old.label,
                              parent_table=old.parent_table, parent_id=old.parent_id, deleted_at=self.now,
                              deleted_by=self.session.info.get("officer_name", ""))
        self.session.add(again)
        self._restored(old.id)
        write_marker(self.session, p.table.name, p.local_id, rev=deletion_token(again.id), content=None,
                     history=[*p.local.history, p.local.rev, p.rev, *p.history], changed_at=self.now,
                     changed_by=self.session.info.get("officer_name", ""), changed_origin=self._installation(),
                     exchanged_at=self.now, known=p.local.marker)

    # --- deletions ------------------------------------------------------------------------------------

    def _apply_deletion(self, d) -> None:
        change = d.change
        delete = change.kind == "delete"
        if not delete:
            self.result.conflicts += 1
            delete = field_choice(change, "", self._resolution(change), self.rule) == THEIRS
        entry_id = uuid.UUID(d.entry.local_id)
        if delete:
            if change.blocked:
                raise ValidationError(Msg(
                    "{change_label} cannot be deleted here: it is still used by {blocked}. Keep yours, or remove "
                    "those first.",
                    change_label=change.label, blocked=change.blocked), field="conflicts")
            obj = self.session.get(model_for(d.table.name), uuid.UUID(d.target_id))
            if obj is not None:
                self.session.delete(obj)
                self.result.deleted += 1
                self.result.tables.add(d.table.name)
            return
        # Keep ours: the deletion is overruled here, and our record travels back with the deletion in its history.
        self._restored(entry_id)
        local = d.local
        write_marker(self.session, d.table.name, d.target_id, rev=local.rev, content=local.content,
                     history=[*local.history, deletion_token(entry_id), *d.entry.target_history],
                     changed_at=local.changed_at, changed_by=local.changed_by, changed_origin=local.changed_origin,
                     exchanged_at=self.now, known=local.marker)

    # --- exchange markers ---------------------------------------------------------------------------------

    def _installation(self) -> str:
        return self.session.info.get("installation", "")

    def _mark_same(self, p: PlannedRow) -> None:
        local = p.local
        rev = max(p.rev, local.rev)  # both sides pick the same name for the same content
        other = local.rev if rev == p.rev else p.rev
        marker = local.marker
        if marker is not None and marker.rev == rev and {other, *p.history} <= {marker.rev, *marker.history}:
            return  # nothing new learned (importing the same bundle again writes nothing)
        by = (p.by, p.at, p.origin) if rev == p.rev else (local.changed_by, local.changed_at, local.changed_origin)
        write_marker(self.session, p.table.name, p.local_id, rev=rev, content=local.content,
                     history=[*local.history, *p.history, other], changed_by=by[0] or "", changed_at=by[1],
                     changed_origin=by[2] or "", exchanged_at=local.marker.exchanged_at if local.marker else self.now,
                     received_from="" if p.alias_of else self.plan.source_database,  # they have this very content
                     known=local.marker)

    def _mark(self, p: PlannedRow, content: dict[str, Any], *, theirs_state: bool = False,
              keep_mine: bool = False) -> None:
        local = p.local
        mine = [local.rev, *local.history] if local is not None else []
        received = ""
        if theirs_state:
            rev, by = p.rev, (p.by, p.at, p.origin)
            received = "" if p.alias_of else self.plan.source_database  # under their id they have it
        elif keep_mine:
            rev, by = local.rev, (local.changed_by, local.changed_at, local.changed_origin)
        else:  # a new state made here by the merge: named like any local edit (after the flush stamps it)
            self.session.flush()
            obj = self.session.get(model_for(p.table.name), uuid.UUID(p.local_id))
            rev = token(obj.origin, obj.updated_at)
            by = (self.session.info.get("officer_name", ""), obj.updated_at, obj.origin)
        write_marker(self.session, p.table.name, p.local_id, rev=rev, content=content,
                     history=[*mine, p.rev, *p.history], changed_by=by[0] or "", changed_at=by[1],
                     changed_origin=by[2] or "", exchanged_at=self.now, received_from=received,
                     known=local.marker if local is not None else None)


def _counted(p: PlannedRow) -> bool:
    """Recycle-bin rows are counted as the deletions they carry, and renumbered duplicates as conflicts."""
    return p.table.name != "deleted_record" and (p.change is None or p.change.conflict != DUPLICATE)


def _store(attachments_dir: Path, chunks: Iterator[bytes]) -> str:
    """Write a file into the content store (temporary name, fsync, rename); returns its SHA-256."""
    attachments_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=attachments_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            for block in chunks:
                digest.update(block)
                out.write(block)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = attachment_path(attachments_dir, sha)
        final.parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp, final)
        return sha
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def apply_import(session: Session, bundle: Bundle, preview: ImportPlan, resolutions: dict[str, Resolution] | None = None,
                 rule: str | None = None, *, attachments_dir: Path, progress: Progress | None = None) -> ImportResult:
    """Write the previewed import (inside the caller's transaction); refused, writing nothing, when a conflict
    is undecided or the records changed since the preview."""
    return Applier(session, bundle, preview, resolutions or {}, rule, attachments_dir, progress).run()


__all__ = ["DELETED_HERE", "DELETED_THERE", "ImportResult", "Resolution", "apply_import", "field_choice",
           "parse_value", "undecided"]
