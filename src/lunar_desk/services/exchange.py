"""Working together offline: exchange bundles between laptops and the office server.

*Export changes* writes every record (and attachment file) changed since the
last exchange with a chosen peer, or since a date, into one signed bundle
(:mod:`exchange_bundle`).  *Import changes* verifies a bundle, previews what
it would change here (:mod:`exchange_merge`: new, updated, deleted records
and conflicts field by field), and applies the officer's decisions in one
transaction (:mod:`exchange_apply`).  Importing the same bundle twice changes
nothing.

Deletions travel as recycle-bin rows.  Audit rows do not travel: each
database's audit log records what happened *to it* (an import's changes carry
the note "exchange import from …"), so the audit trail still replays to the
live tables (:mod:`lunar_desk.services.audit_replay`); who made each change
on the other side travels with every row and shows in the preview.

The Secretariat's exchange key is a passphrase set once per database
(Settings → Exchange key…); it is stored in the ``setting`` table and never
written to the audit log, which records only its fingerprint.
"""

from __future__ import annotations

import platform
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from types import SimpleNamespace

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk import __version__
from lunar_desk.db.audit import jsonable, make_entry
from lunar_desk.db.models import Setting
from lunar_desk.db.models_sync import ExchangeLog, ExchangePeer, ExchangeRow
from lunar_desk.db.types import utcnow
from lunar_desk.errors import BundleError, ConfigError, ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services import exchange_bundle as fmt
from lunar_desk.services.attachments import attachment_path, verify_attachment
from lunar_desk.services.changes import Changes
from lunar_desk.services.exchange_apply import (
    ImportResult,
    Resolution,
    apply_import,
    attachment_files,
)
from lunar_desk.services.exchange_bundle import Bundle
from lunar_desk.services.exchange_merge import ImportPlan, plan_import
from lunar_desk.services.exchange_state import (
    exchange_tables,
    local_states,
    write_marker,
)

KEY_SETTING = "exchange.key"
DATABASE_ID_SETTING = "exchange.database_id"
SINCE_OVERLAP = timedelta(minutes=5)  # transactions still committing when the last export ran are sent again

Progress = Callable[[int, int], None]

__all__ = ["ExportResult", "ImportPlan", "ImportResult", "Resolution", "export_changes", "import_changes",
           "open_bundle", "preview_import"]


# --- the key --------------------------------------------------------------------------------


def _key_text(session: Session) -> str:
    row = session.get(Setting, KEY_SETTING)
    return row.value if row is not None else ""


def has_exchange_key(session: Session) -> bool:
    return bool(_key_text(session))


def exchange_key(session: Session) -> bytes:
    text = _key_text(session)
    if not text:
        raise ConfigError(Msg(
            "No exchange key is set for this database. Enter the Secretariat's exchange key in Settings → "
            "Exchange key… (or `lunar-desk exchange set-key`) first."))
    return fmt.derive_key(text)


def exchange_key_fingerprint(session: Session) -> str | None:
    text = _key_text(session)
    return fmt.key_fingerprint(fmt.derive_key(text)) if text else None


def set_exchange_key(session: Session, passphrase: str, *, replace: bool = False) -> str:
    """Store the shared exchange key; returns its fingerprint.  Changing a key already set needs ``replace``."""
    text = (passphrase or "").strip()
    if len(text) < fmt.KEY_MIN_LENGTH:
        raise ValidationError(Msg(
            "The exchange key needs at least {KEY_MIN_LENGTH} characters (use the passphrase the Secretariat gave"
            " you).",
            KEY_MIN_LENGTH=fmt.KEY_MIN_LENGTH), field="key")
    row = session.get(Setting, KEY_SETTING)
    old = row.value if row is not None else ""
    new_fp = fmt.key_fingerprint(fmt.derive_key(text))
    if old == text:
        return new_fp
    if old and not replace:
        raise ValidationError(Msg(
            "An exchange key is already set. Bundles signed with the old key can no longer be imported once it is"
            " changed; confirm the change to replace it."), field="key")
    if row is None:
        session.add(Setting(key=KEY_SETTING, value=text))
    else:
        row.value = text
        row.updated_at = utcnow()
    old_fp = fmt.key_fingerprint(fmt.derive_key(old)) if old else None
    # The audit log records that the key changed, and its fingerprint, never the key.
    session.add(make_entry(session, "exchange_key", KEY_SETTING, "update" if old else "insert",
                           {"fingerprint": [old_fp, new_fp]}))
    session.flush()
    return new_fp


# --- who we are ----------------------------------------------------------------------------------


def database_id(session: Session, *, create: bool = False) -> str:
    """This database's exchange identity (one per database, whichever laptop is connected to it)."""
    row = session.get(Setting, DATABASE_ID_SETTING)
    if row is not None:
        return row.value
    if not create:
        return ""
    value = str(uuid.uuid4())
    session.add(Setting(key=DATABASE_ID_SETTING, value=value))
    session.add(make_entry(session, "setting", DATABASE_ID_SETTING, "insert", {"value": [None, value]}))
    session.flush()
    return value


def peers(session: Session) -> list[ExchangePeer]:
    return list(session.scalars(select(ExchangePeer).order_by(ExchangePeer.name)))


def peer_names(session: Session) -> list[str]:
    return [p.name for p in peers(session)]


def _peer(session: Session, name: str, *, database: str = "") -> ExchangePeer:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(Msg(
            "Name the laptop or server you exchange with (e.g. 'Office server', 'Li Wei's laptop')."),
                              field="peer")
    if len(name) > 100:
        raise ValidationError(Msg("A peer name has at most 100 characters."), field="peer")
    peer = session.scalars(select(ExchangePeer).where(ExchangePeer.name == name)).first()
    if peer is None:
        peer = ExchangePeer(name=name, installation=database)
        session.add(peer)
    elif database and peer.installation != database:
        peer.installation = database
    return peer


def local_midnight(day: date) -> datetime:
    """The start of ``day`` in the officer's time zone, as an aware timestamp."""
    return datetime.combine(day, time()).astimezone()


# --- export ------------------------------------------------------------------------------------------


@dataclass
class ExportResult:
    path: Path
    sha256: str
    peer_name: str
    since: datetime | None
    until: datetime
    counts: dict[str, int] = field(default_factory=dict)
    files: int = 0
    warnings: list[str] = field(default_factory=list)

    @property
    def records(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        since = Msg("since {when:%Y-%m-%d %H:%M}", when=self.since.astimezone()) if self.since else Msg("everything")
        records = Msg("{n} record", n=self.records) if self.records == 1 else Msg("{n:,} records", n=self.records)
        return Msg("{records} ({since}) and {files} for {peer} in {file}", records=records, since=since,
                   files=attachment_files(self.files), peer=self.peer_name, file=self.path.name)


def _changed_rows(session: Session, table, since: datetime | None) -> list[dict]:
    q = select(table)
    if since is not None:
        q = q.where(table.c.updated_at > since)
    rows = [dict(r) for r in session.execute(q).mappings()]
    if since is not None:  # records an import settled since (kept as they were, so not re-stamped)
        have = {str(r["id"]) for r in rows}
        marked = [uuid.UUID(i) for i in session.scalars(
            select(ExchangeRow.row_id).where(ExchangeRow.table_name == table.name, ExchangeRow.exchanged_at > since))
            if i not in have]
        for i in range(0, len(marked), 500):
            rows += [dict(r) for r in session.execute(select(table).where(table.c.id.in_(marked[i:i + 500]))).mappings()]
    return rows


def export_changes(session: Session, *, attachments_dir: Path, out: Path, peer_name: str,
                   since: datetime | date | None = None, everything: bool = False, schema: str | None = None,
                   progress: Progress | None = None) -> ExportResult:
    """Write the bundle for ``peer_name``: everything changed since ``since`` (default: since the last export to
    that peer, or everything the first time; ``everything``: every record); records the export on the peer."""
    from lunar_desk.db.migrate import SCHEMA_HEAD

    schema = schema or SCHEMA_HEAD  # the schema the rows are written in (an open database is at the head)
    key = exchange_key(session)
    peer = _peer(session, peer_name)
    if isinstance(since, date) and not isinstance(since, datetime):
        since = local_midnight(since)
    if since is None and not everything and peer.last_export_at is not None:
        since = peer.last_export_at - SINCE_OVERLAP
    until = utcnow()
    me = database_id(session, create=True)
    tables: dict[str, list[dict]] = {}
    files: dict[str, Path] = {}
    warnings: list[str] = []
    all_tables = exchange_tables()
    for n, table in enumerate(all_tables, 1):
        rows = _changed_rows(session, table, since)
        if progress:
            progress(n, len(all_tables) + 1)
        if not rows:
            continue
        states = local_states(session, table, [str(r["id"]) for r in rows])
        targets = _target_histories(session, rows) if table.name == "deleted_record" else {}
        out_rows = []
        for r in rows:
            values = {k: jsonable(v) for k, v in r.items() if k != "version"}
            st = states[str(values["id"])]
            if (not everything and peer.installation and st.marker is not None
                    and st.marker.received_from == peer.installation and st.marker.content_sha256 == st.sha):
                continue  # received from this very peer and unchanged since: it has it
            item = {"values": values, "rev": st.rev, "history": st.history, "by": st.changed_by,
                    "at": jsonable(st.changed_at), "origin": st.changed_origin}
            if str(values["id"]) in targets:
                item["target_history"] = targets[str(values["id"])]
            out_rows.append(item)
            write_marker(session, table.name, st.row_id, rev=st.rev, content=st.content, history=st.history,
                         changed_at=st.changed_at, changed_by=st.changed_by, changed_origin=st.changed_origin,
                         exchanged_at=st.marker.exchanged_at if st.marker is not None else r["updated_at"],
                         known=st.marker)
            if table.name == "attachment":
                _add_file(attachments_dir, r, files, warnings)
        if out_rows:
            tables[table.name] = out_rows
    manifest = {
        "database_id": me, "installation": session.info.get("installation", ""),
        "officer": session.info.get("officer_name", ""),
        "source_name": f"{session.info.get('officer_name') or 'Lunar Desk'} on {platform.node() or 'this computer'}",
        "peer": peer.name, "since": jsonable(since), "until": jsonable(until), "schema": schema,
        "app_version": __version__, "counts": {t: len(rows) for t, rows in tables.items()},
    }
    sha = fmt.write_bundle(Path(out), manifest, tables, files, key)
    peer.last_export_at = until
    session.add(ExchangeLog(at=until, direction="export", peer_name=peer.name, peer_database=peer.installation,
                            bundle_sha256=sha, file_name=Path(out).name[:300],
                            officer_name=session.info.get("officer_name", ""),
                            summary=f"{sum(len(r) for r in tables.values())} records, {len(files)} files"))
    session.flush()
    if progress:
        progress(len(all_tables) + 1, len(all_tables) + 1)
    return ExportResult(Path(out), sha, peer.name, since, until, {t: len(r) for t, r in tables.items()}, len(files),
                        warnings)


def export_encrypted(session: Session, *, out: Path, passphrase: str, **options) -> ExportResult:
    """:func:`export_changes`, encrypted with ``passphrase`` into ``out``: for a bundle that travels on a USB
    stick or by e-mail.  The plain bundle exists only in a temporary folder, and it is encrypted inside the
    caller's transaction, so a failure (a full disk, a refused passphrase) leaves the export unrecorded.
    ``sha256`` stays that of the plain bundle, which the receiver verifies after decrypting."""
    from lunar_desk.services.encryption import check_passphrase, encrypt_file

    check_passphrase(passphrase)
    out = Path(out)
    with tempfile.TemporaryDirectory(prefix="lunar-desk-") as tmp:
        result = export_changes(session, out=Path(tmp) / (out.name.removesuffix(".enc") or "bundle.zip"), **options)
        encrypt_file(result.path, out, passphrase)
    return replace(result, path=out)


def decrypted_bundle(path: Path, passphrase: str, folder: Path, *, progress: Progress | None = None) -> Path:
    """The plain bundle of the encrypted ``path``, written into ``folder`` (the caller's temporary folder,
    kept while the bundle is previewed and applied).  A wrong passphrase or a damaged file raises
    :class:`~lunar_desk.services.encryption.DecryptionError` and writes nothing."""
    from lunar_desk.services.encryption import decrypt_file

    path = Path(path)
    return decrypt_file(path, Path(folder) / (path.name.removesuffix(".enc") or "bundle.zip"), passphrase,
                        progress=progress)


def _target_histories(session: Session, rows: list[dict]) -> dict[str, list[str]]:
    """For recycle-bin rows not restored: the states of the deleted record they cover."""
    tables = {t.name: t for t in exchange_tables()}
    by_table: dict[str, dict[str, str]] = {}
    for r in rows:
        if r.get("restored_at") is None and r.get("table_name") in tables:
            by_table.setdefault(r["table_name"], {})[str(r["id"])] = r["row_id"]
    out: dict[str, list[str]] = {}
    for name, entries in by_table.items():
        states = local_states(session, tables[name], entries.values())
        for entry_id, row_id in entries.items():
            st = states[row_id]
            out[entry_id] = [*st.history, *([st.rev] if st.rev and not st.rev.startswith("del:") else [])]
    return out


def _add_file(attachments_dir: Path, row: dict, files: dict[str, Path], warnings: list[str]) -> None:
    sha = str(row["sha256"]).lower()
    if sha in files:
        return
    problem = verify_attachment(Path(attachments_dir), SimpleNamespace(name=row["name"], size=row["size"], sha256=sha))
    if problem:
        warnings.append(Msg("Not in the bundle: {problem}", problem=problem))
        return
    files[sha] = attachment_path(Path(attachments_dir), sha)


# --- import ----------------------------------------------------------------------------------------------


def open_bundle(session: Session, path: Path, progress: Progress | None = None) -> Bundle:
    """Verify ``path`` with this database's exchange key; refused (BundleError) with the reason."""
    from lunar_desk.db import migrate

    bundle = fmt.read_bundle(Path(path), exchange_key(session), known_schemas=migrate.known_revisions(),
                             progress=progress)
    me = database_id(session)
    if me and bundle.source_database == me and bundle.manifest.get("installation") == session.info.get("installation"):
        raise BundleError(Msg("{name} was exported from this database; importing it would change nothing.", name=Path(path).name))
    return bundle


def preview_import(session: Session, bundle: Bundle, peer_name: str | None = None) -> ImportPlan:
    """What importing ``bundle`` would change here (reads only)."""
    return plan_import(session, bundle, peer_name)


def import_changes(session: Session, bundle: Bundle, preview: ImportPlan, resolutions: dict[str, Resolution] | None = None,
                   rule: str | None = None, *, attachments_dir: Path, progress: Progress | None = None) -> ImportResult:
    """Apply the previewed import with the officer's decisions (inside the caller's transaction)."""
    result = apply_import(session, bundle, preview, resolutions, rule, attachments_dir=attachments_dir,
                          progress=progress)
    if preview.already_imported_at is not None and not result.tables:
        return result  # the same bundle again: nothing changes, not even the peer's marks
    now = utcnow()
    peer = _peer(session, preview.peer_name, database=preview.source_database)
    peer.last_import_at = now
    peer.last_bundle_sha256 = bundle.sha256
    session.add(ExchangeLog(at=now, direction="import", peer_name=peer.name, peer_database=preview.source_database,
                            bundle_sha256=bundle.sha256, file_name=bundle.path.name[:300],
                            officer_name=session.info.get("officer_name", ""), summary=result.summary()))
    session.flush()
    return result


def import_changes_of(result: ImportResult) -> Changes:
    """What the window refreshes after an import."""
    return Changes.all() if result.tables else Changes()
