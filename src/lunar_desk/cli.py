"""The ``lunar-desk`` command: the GUI by default, and headless sub-commands
for scripting and support (``check``, ``backup``, ``demo``,
``import-samples``, ``backups``, ``restore``).

Exit codes: 0 success, 1 a problem the message explains, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lunar_desk import __version__

DEFAULT_DEMO_SIZE = 800


def _common(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument("--data-dir", metavar="DIR", default=default, help="folder for the database, backups and attachments")
    parser.add_argument("--db-url", metavar="URL", default=default, help="database URL (sqlite:///FILE or postgresql+psycopg://…)")
    parser.add_argument("--demo", action="store_true", default=argparse.SUPPRESS if suppress else False,
                        help="open a separate demo database filled with realistic data")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="lunar-desk",
        description="Lunar Desk: the APSCO Secretariat's tool for the CLEP lunar-sample programme. "
        "Without a command, opens the application window.",
    )
    parser.add_argument("--version", action="version", version=f"Lunar Desk {__version__}")
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="check the database (integrity, schema version, ledger); exit 0 if healthy")
    _common(p, suppress=True)

    p = sub.add_parser("backup", help="back up the database (verified copy)")
    _common(p, suppress=True)
    p.add_argument("--out", metavar="FILE", help="where to write the backup (default: the backups folder)")

    p = sub.add_parser("backups", help="list the backups in the backups folder (date, size, record counts)")
    _common(p, suppress=True)

    p = sub.add_parser("restore", help="replace the database by a backup (the current database is backed up first)")
    _common(p, suppress=True)
    p.add_argument("file", metavar="FILE", help="the backup to restore (a path, or a file name in the backups folder)")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("demo", help="create a demo database with N samples (for trying out and benchmarks)")
    _common(p, suppress=True)
    p.add_argument("--size", type=int, default=DEFAULT_DEMO_SIZE, metavar="N", help="number of samples")
    p.add_argument("--out", metavar="DIR", required=True, help="data folder to create the demo database in")
    p.add_argument("--seed", type=int, default=2020, help=argparse.SUPPRESS)

    p = sub.add_parser("import-samples", help="import a CLEP release list (.xlsx or .csv) into the catalogue")
    _common(p, suppress=True)
    p.add_argument("file", metavar="FILE", help="the release list (.xlsx, .csv)")
    p.add_argument("--batch", type=int, metavar="N", help="put every sample into release batch N (created if missing)")
    p.add_argument("--dry-run", action="store_true", help="show what would change, write nothing")
    p.add_argument("--sheet", metavar="NAME", help="the worksheet to read (default: the first with a header row)")
    return parser


def _paths(args):
    from lunar_desk.config import resolve_paths

    return resolve_paths(args.data_dir, args.db_url, demo=args.demo)


def cmd_check(args) -> int:
    from lunar_desk.services.integrity import check_database

    report = check_database(_paths(args))
    print(f"Database: {report.database}")
    for fact in report.facts:
        print(f"  {fact}")
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print("Healthy." if report.ok else f"{len(report.problems)} problem(s) found.")
    return 0 if report.ok else 1


def cmd_backup(args) -> int:
    from lunar_desk.db.backup import make_backup
    from lunar_desk.db.startup import check_sqlite_file

    paths = _paths(args)
    if paths.db_file is not None and paths.db_file.exists():
        check_sqlite_file(paths.db_file)
    out = make_backup(paths, reason="manual", out=Path(args.out) if args.out else None)
    print(f"Backup written and verified: {out}")
    return 0


def cmd_backups(args) -> int:
    from lunar_desk.services.backups import format_size, list_backups

    paths = _paths(args)
    backups = list_backups(paths)
    if not backups:
        print(f"No backups in {paths.backups_dir}.")
        return 0
    print(f"Backups in {paths.backups_dir}:")
    for b in backups:
        c = b.record_counts
        counts = (
            f"{c.get('sample', 0):,} samples, {c.get('application', 0):,} applications, "
            f"{c.get('loan', 0):,} loans, {c.get('audit_log', 0):,} audit entries"
            if c else "unreadable"
        )
        print(f"  {b.created:%Y-%m-%d %H:%M:%S}  {b.reason:<24} {format_size(b.size):>9}  {counts}  {b.path.name}")
    return 0


def cmd_restore(args) -> int:
    from lunar_desk.services.backups import restore_backup

    paths = _paths(args)
    file = Path(args.file)
    if not file.exists() and not file.is_absolute() and (paths.backups_dir / file).exists():
        file = paths.backups_dir / file
    target = paths.describe_database()
    if not args.yes:
        if not sys.stdin.isatty():
            print(f"lunar-desk: restoring replaces {target}; pass --yes to confirm when not at a terminal.", file=sys.stderr)
            return 2
        answer = input(f"Replace {target} by the backup {file}? The current database is backed up first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    pre = restore_backup(paths, file)
    print(f"Restored {target} from {file}.")
    if pre is not None:
        print(f"The previous database was backed up to {pre}.")
    return 0


def cmd_demo(args) -> int:
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database
    from lunar_desk.errors import UserError
    from lunar_desk.services import demo

    if args.size < 0:
        raise UserError("--size must be zero or more.")
    paths = resolve_paths(args.out, args.db_url)
    if paths.db_file is not None and paths.db_file.exists() and paths.db_file.stat().st_size > 0:
        raise UserError(f"{paths.db_file} already exists; choose an empty folder for the demo database.")
    db, _ = open_database(paths)
    try:
        def progress(done: int, total: int) -> None:
            if sys.stderr.isatty():
                print(f"\r  {done:,}/{total:,} samples", end="", file=sys.stderr, flush=True)

        with db.action(note="demo data") as session:
            summary = demo.generate(
                session, args.size, seed=args.seed, progress=progress, attachments_dir=paths.attachments_dir
            )
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.dispose()
    print(
        f"Demo database {paths.describe_database()}: {summary.member_states} Member States, "
        f"{summary.institutions} institutions, {summary.people} people, {summary.batches} release batches, "
        f"{summary.samples:,} samples, {summary.applications} applications."
    )
    return 0


def cmd_import_samples(args) -> int:
    from lunar_desk.db.startup import open_database
    from lunar_desk.services.maintenance import backup_before
    from lunar_desk.sheets.release_import import apply_import, plan_import, read_release_file

    path = Path(args.file)
    shown = 20

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r  {done:,}/{total:,} rows", end="", file=sys.stderr, flush=True)

    def progress_done() -> None:
        if sys.stderr.isatty():
            print(file=sys.stderr)

    paths = _paths(args)
    db, _ = open_database(paths)
    try:
        parsed = read_release_file(path, sheet=args.sheet, progress=progress)
        progress_done()
        with db.read() as session:
            plan = plan_import(session, parsed, batch_number=args.batch, progress=progress)
        progress_done()
        where = f"{path.name}" + (f", sheet '{parsed.sheet}'" if parsed.sheet else "")
        print(f"{where}: {plan.summary()}")
        for error in plan.errors[:shown]:
            print(f"ERROR: {error}")
        if len(plan.errors) > shown:
            print(f"… and {len(plan.errors) - shown:,} more errors.")
        for warning in plan.warnings[:shown]:
            print(f"WARNING: {warning}")
        if len(plan.warnings) > shown:
            print(f"… and {len(plan.warnings) - shown:,} more warnings.")
        for change in plan.changes[:shown]:
            print(f"CHANGE: {change.describe()}")
        if len(plan.changes) > shown:
            print(f"… and {len(plan.changes) - shown:,} more changes.")
        if plan.errors:
            print("Nothing was imported: fix the errors in the file and run the import again.")
            return 1
        if args.dry_run:
            print("Dry run: nothing was written.")
            return 0
        if not (plan.adds or plan.changes or plan.create_batch):
            print("Nothing to import: the catalogue already matches this file.")
            return 0
        backup = backup_before(paths, "before-import")
        if backup is not None:
            print(f"Backup written and verified: {backup}")
        with db.action(note=f"import of {path.name}") as session:
            result = apply_import(session, plan, progress=progress)
        progress_done()
        print(f"Imported: {result.summary()}")
        return 0
    finally:
        db.dispose()


def run_gui(args) -> int:
    from lunar_desk.ui.app import run

    return run(_paths(args))


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from lunar_desk.errors import UserError

    commands = {"check": cmd_check, "backup": cmd_backup, "demo": cmd_demo, "import-samples": cmd_import_samples,
                "backups": cmd_backups, "restore": cmd_restore}
    try:
        if args.command is None:
            return run_gui(args)
        return commands[args.command](args)
    except UserError as exc:
        print(f"lunar-desk: {exc}", file=sys.stderr)
        if getattr(exc, "path", None) is not None:
            print(f"  file: {exc.path}", file=sys.stderr)
            from lunar_desk.config import resolve_paths

            print(f"  backups folder: {resolve_paths(args.data_dir, args.db_url, args.demo).backups_dir}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
