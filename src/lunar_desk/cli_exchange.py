"""``lunar-desk exchange …``: exchange bundles from the command line.

``export --peer NAME --out FILE [--since DATE]``, ``import FILE [--dry-run]
[--rule newest|mine|theirs] [--peer NAME]`` and ``set-key``.  Exit codes as
the other commands: 0 done, 1 refused or undecided (the message says why),
2 bad usage.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from datetime import date
from pathlib import Path

from lunar_desk.clock import local_time

SHOWN = 20


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-01") from None


def add_parsers(sub, common) -> None:
    p = sub.add_parser("exchange", help="exchange changes with another laptop or the office server "
                                        "(see: lunar-desk exchange --help)")
    actions = p.add_subparsers(dest="exchange_command", metavar="ACTION", required=True)
    e = actions.add_parser("export", help="write a signed bundle of the changes since the last exchange with a peer")
    common(e, suppress=True)
    e.add_argument("--peer", required=True, metavar="NAME", help="who the bundle is for, e.g. 'Office server'")
    e.add_argument("--out", required=True, metavar="FILE", help="the bundle to write (.zip)")
    when = e.add_mutually_exclusive_group()
    when.add_argument("--since", type=_date, metavar="DATE",
                      help="everything changed since this day (YYYY-MM-DD) instead of since the last export to the peer")
    when.add_argument("--all", action="store_true", help="every record (to set up a new laptop or server)")
    e.add_argument("--encrypt", action="store_true", help="also encrypt the bundle with a passphrase, for a USB stick "
                   "or e-mail (asked twice, or read from LUNAR_DESK_PASSPHRASE); import asks for it")
    i = actions.add_parser("import", help="verify a bundle, show what it changes, and import it")
    common(i, suppress=True)
    i.add_argument("file", metavar="FILE", help="the bundle (.zip; an encrypted one asks for its passphrase)")
    i.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    i.add_argument("--rule", choices=("newest", "mine", "theirs"),
                   help="settle every conflict: the newest change wins, keep mine, or take theirs")
    i.add_argument("--peer", metavar="NAME", help="who the bundle is from (default: recognised from the bundle)")
    k = actions.add_parser("set-key", help="set the Secretariat's exchange key of this database (asked, never shown)")
    common(k, suppress=True)
    k.add_argument("--replace", action="store_true", help="replace a key already set")


def cmd_exchange(args, paths) -> int:
    from lunar_desk.db.startup import open_database

    db, _ = open_database(paths)
    try:
        return {"export": _export, "import": _import, "set-key": _set_key}[args.exchange_command](args, db)
    finally:
        db.dispose()


def _progress(done: int, total: int) -> None:
    if sys.stderr.isatty():
        print(f"\r  {done:,}/{total:,}", end="", file=sys.stderr, flush=True)


def _progress_done() -> None:
    if sys.stderr.isatty():
        print(file=sys.stderr)


def _export(args, db) -> int:
    from lunar_desk.cli import read_passphrase
    from lunar_desk.services import exchange

    out = Path(args.out)
    passphrase = read_passphrase(new=True, what="the encrypted bundle") if args.encrypt else None
    options = dict(attachments_dir=db.paths.attachments_dir, peer_name=args.peer, since=args.since,
                   everything=args.all, progress=_progress)
    with db.action(note=f"exchange export to {args.peer}") as s:
        if passphrase:
            result = exchange.export_encrypted(s, out=out, passphrase=passphrase, **options)
        else:
            result = exchange.export_changes(s, out=out, **options)
    _progress_done()
    if passphrase:
        print(f"Encrypted with the passphrase: {out}")
    print(f"Exported {result.summary()}.")
    print(f"  SHA-256 {result.sha256}")
    for warning in result.warnings:
        print(f"WARNING: {warning}")
    return 0


def _when(at) -> str:
    return local_time(at) if at is not None else "?"


def _short(value) -> str:
    text = "—" if value in (None, "") else str(value)
    text = " ".join(text.split())
    return text if len(text) <= 60 else text[:59] + "…"


def print_plan(plan) -> None:
    counts = sum(plan.counts.values())
    print(f"{plan.file_name}: from {plan.source_name} (officer {plan.officer or '?'}), exported {plan.exported_at[:16]}, "
          f"{counts} records, {plan.files} files. Signature and SHA-256 of every part verified.")
    if plan.already_imported_at is not None:
        print(f"This bundle was already imported here on {_when(plan.already_imported_at)}.")
    print(f"From {plan.peer_name}: {plan.summary()}.")
    for label, changes in (("NEW", plan.new), ("UPDATE", plan.updated), ("DELETE", plan.deleted)):
        for c in changes[:SHOWN]:
            fields = "; ".join(f"{f.field}: {_short(f.mine)} → {_short(f.theirs)}" for f in c.fields
                               if f.auto != "mine") if label == "UPDATE" else ""
            print(f"{label}: {c.label}" + (f" — {fields}" if fields else "") + (f" ({c.note})" if c.note else ""))
        if len(changes) > SHOWN:
            print(f"… and {len(changes) - SHOWN} more.")
    for c in plan.conflicts:
        print(f"CONFLICT ({c.conflict_text}): {c.label}. Mine: {c.mine_by or '?'}, {_when(c.mine_at)}; "
              f"theirs: {c.theirs_by or '?'}, {_when(c.theirs_at)}."
              + (f" Still used here by {c.blocked}." if c.blocked else ""))
        for f in c.open_fields:
            print(f"    {f.field}: mine {_short(f.mine)} | theirs {_short(f.theirs)}")
        if c.proposal:
            print(f"    next free number: {c.proposal}")
    for warning in plan.warnings:
        print(f"WARNING: {warning}")


def _import(args, db) -> int:
    import tempfile

    from lunar_desk.cli import read_passphrase
    from lunar_desk.services.encryption import is_encrypted
    from lunar_desk.services.exchange import decrypted_bundle

    path = Path(args.file)
    if not is_encrypted(path):
        return _import_plain(args, db, path)
    passphrase = read_passphrase(new=False, what=f"the encrypted bundle {path.name}")
    with tempfile.TemporaryDirectory(prefix="lunar-desk-") as tmp:
        return _import_plain(args, db, decrypted_bundle(path, passphrase, Path(tmp)))


def _import_plain(args, db, path: Path) -> int:
    from lunar_desk.services import exchange
    from lunar_desk.services.maintenance import backup_before

    with db.read() as s:
        bundle = exchange.open_bundle(s, path, progress=_progress)
        _progress_done()
        plan = exchange.preview_import(s, bundle, args.peer)
    print_plan(plan)
    if args.dry_run:
        print("Dry run: nothing was written.")
        return 0
    if plan.nothing_to_do:
        print("Nothing to import: this database already has everything in the bundle.")
        return 0
    if plan.conflicts and args.rule is None:
        print(f"{len(plan.conflicts)} conflict(s) to decide: run again with --rule newest|mine|theirs, or import in "
              "Lunar Desk (File → Import changes…) to decide each one. Nothing was written.")
        return 1
    backup = backup_before(db.paths, "before-exchange-import")
    if backup is not None:
        print(f"Backup written and verified: {backup}")
    with db.action(note=f"exchange import from {plan.peer_name} ({path.name})") as s:
        result = exchange.import_changes(s, bundle, plan, rule=args.rule, attachments_dir=db.paths.attachments_dir,
                                         progress=_progress)
    _progress_done()
    print(f"Imported {result.summary()}.")
    for warning in result.warnings:
        print(f"WARNING: {warning}")
    return 0


def _set_key(args, db) -> int:
    from lunar_desk.services import exchange

    if sys.stdin.isatty():
        key = getpass.getpass("Exchange key: ")
        if getpass.getpass("Again: ") != key:
            print("lunar-desk: the two entries differ; nothing was changed.", file=sys.stderr)
            return 1
    else:
        key = sys.stdin.readline().rstrip("\r\n")
    with db.action(note="exchange key set") as s:
        fingerprint = exchange.set_exchange_key(s, key, replace=args.replace)
    print(f"Exchange key set (fingerprint {fingerprint}). Compare the fingerprint with the other laptops.")
    return 0
