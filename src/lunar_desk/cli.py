"""The ``lunar-desk`` command: the GUI by default, and headless sub-commands
for scripting and support (``check``, ``backup``, ``demo``,
``import-samples``, ``backups``, ``restore``, ``export clep-summary``,
``exchange export|import|set-key``).

Exit codes: 0 success, 1 a problem the message explains, 2 bad usage.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from lunar_desk import __version__
from lunar_desk.messages import Msg

DEFAULT_DEMO_SIZE = 800
PASSPHRASE_ENV = "LUNAR_DESK_PASSPHRASE"  # the passphrase of encrypted copies, for scripts (else asked)


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
    parser.add_argument("--lang", metavar="CODE", help="interface language for this run: en or zh_CN "
                        "(default: Settings → Language, else the system's)")
    # Hidden: open the window, load and render every tab, write a PDF, quit (the bundle's smoke test).
    parser.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--smoke-test-shots", metavar="DIR", help=argparse.SUPPRESS)
    _common(parser, suppress=False)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("check", help="check the database (integrity, schema version, ledger); exit 0 if healthy")
    _common(p, suppress=True)

    p = sub.add_parser("backup", help="back up the database (verified copy)")
    _common(p, suppress=True)
    p.add_argument("--out", metavar="FILE", help="where to write the backup (default: the backups folder)")
    p.add_argument("--encrypt", action="store_true",
                   help=f"write the backup to the backups folder and a passphrase-encrypted copy to --out (for a USB "
                        f"stick or e-mail); the passphrase is asked twice, or read from {PASSPHRASE_ENV}")

    p = sub.add_parser("backups", help="list the backups in the backups folder (date, size, record counts)")
    _common(p, suppress=True)

    p = sub.add_parser("restore", help="replace the database by a backup (the current database is backed up first)")
    _common(p, suppress=True)
    p.add_argument("file", metavar="FILE", help="the backup to restore (a path, or a file name in the backups folder); "
                   f"an encrypted copy asks for its passphrase (or reads {PASSPHRASE_ENV})")
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

    p = sub.add_parser("export", help="write a report file (see: lunar-desk export clep-summary --help)")
    export = p.add_subparsers(dest="export_command", metavar="REPORT", required=True)
    p = export.add_parser("clep-summary", help="the CLEP summary workbook (.xlsx) of a period")
    _common(p, suppress=True)
    p.add_argument("--from", dest="date_from", type=_date_arg, required=True, metavar="DATE",
                   help="first day of the period (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_date_arg, required=True, metavar="DATE",
                   help="last day of the period (YYYY-MM-DD)")
    p.add_argument("--batch", type=int, metavar="N", help="only release batch N")
    p.add_argument("--out", metavar="FILE.xlsx", required=True, help="the workbook to write")

    from lunar_desk.cli_exchange import add_parsers as add_exchange_parsers

    add_exchange_parsers(sub, _common)
    return parser


def _date_arg(text: str):
    from datetime import date

    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date; write it as YYYY-MM-DD, e.g. 2026-07-01") from None


def read_passphrase(*, new: bool, what: str = "the file") -> str:
    """The passphrase from ``LUNAR_DESK_PASSPHRASE`` (scripts, tests), else asked without echo
    (twice when ``new``: it encrypts, and a typo would lock the file for good)."""
    import getpass
    import os

    from lunar_desk.errors import UserError

    passphrase = os.environ.get(PASSPHRASE_ENV)
    if passphrase is None:
        if not sys.stdin.isatty():
            raise UserError(Msg("A passphrase is needed for {what}: type it at a terminal, or set {PASSPHRASE_ENV}.", what=what, PASSPHRASE_ENV=PASSPHRASE_ENV))
        passphrase = getpass.getpass(f"Passphrase for {what}: ")
        if new and getpass.getpass("Repeat the passphrase: ") != passphrase:
            raise UserError(Msg("The two passphrases differ. Nothing was written."))
    if new:
        from lunar_desk.services.encryption import check_passphrase

        check_passphrase(passphrase)
    return passphrase


def _paths(args):
    """The records a command works on: the command line's, else those chosen in Settings (as the window)."""
    from lunar_desk.config import resolve_paths
    from lunar_desk.ui.startup_choices import apply_saved_choices

    data_dir, db_url = apply_saved_choices(args.data_dir, args.db_url, args.demo)
    return resolve_paths(data_dir, db_url, demo=args.demo)


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
    if args.encrypt:
        from lunar_desk.services.backups import encrypted_copy

        passphrase = read_passphrase(new=True, what=Msg("the encrypted backup"))
        backup = make_backup(paths, reason="manual")
        print(f"Backup written and verified: {backup}")
        out = encrypted_copy(paths, backup, Path(args.out) if args.out else paths.backups_dir, passphrase)
        print(f"Encrypted copy written: {out}")
        return 0
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
    from lunar_desk.services.encryption import is_encrypted

    paths = _paths(args)
    file = Path(args.file)
    if not file.exists() and not file.is_absolute() and (paths.backups_dir / file).exists():
        file = paths.backups_dir / file
    passphrase = read_passphrase(new=False, what=Msg("the encrypted backup {file_name}", file_name=file.name)) if is_encrypted(file) else None
    target = paths.describe_database()
    if not args.yes:
        if not sys.stdin.isatty():
            print(f"lunar-desk: restoring replaces {target}; pass --yes to confirm when not at a terminal.", file=sys.stderr)
            return 2
        answer = input(f"Replace {target} by the backup {file}? The current database is backed up first. [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 1
    pre = restore_backup(paths, file, passphrase)
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
        raise UserError(Msg("--size must be zero or more."))
    paths = resolve_paths(args.out, args.db_url)
    if paths.db_file is not None and paths.db_file.exists() and paths.db_file.stat().st_size > 0:
        raise UserError(Msg("{db_file} already exists; choose an empty folder for the demo database.", db_file=paths.db_file))
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


def cmd_export(args) -> int:
    from datetime import date

    from lunar_desk.db.startup import open_database
    from lunar_desk.sheets.clep_summary import export_summary

    def progress(done: int, total: int) -> None:
        if sys.stderr.isatty():
            print(f"\r  {done:,}/{total:,} rows", end="", file=sys.stderr, flush=True)

    db, _ = open_database(_paths(args))
    try:
        with db.read() as session:
            result = export_summary(session, args.date_from, args.date_to, args.batch, Path(args.out),
                                    officer=db.officer_name, today=date.today(), progress=progress)
        if sys.stderr.isatty():
            print(file=sys.stderr)
    finally:
        db.dispose()
    rows = ", ".join(f"{sheet} {n:,}" for sheet, n in result.rows.items())
    print(f"CLEP summary written: {result.path} ({rows} rows)")
    return 0


def cmd_exchange(args) -> int:
    from lunar_desk.cli_exchange import cmd_exchange as run

    return run(args, _paths(args))


def run_gui(args) -> int:
    if args.smoke_test:
        from lunar_desk.ui.smoke import run_smoke_test

        return run_smoke_test(_paths(args), Path(args.smoke_test_shots) if args.smoke_test_shots else None, lang=args.lang)
    from lunar_desk.ui.app import run

    return run(_paths(args), lang=args.lang)


def main(argv: list[str] | None = None) -> int:
    from lunar_desk.logs import safe_streams

    safe_streams()  # before anything prints: the windowed LunarDesk.exe has no stdout/stderr on Windows
    parser = build_parser()
    args = parser.parse_args(argv)
    from lunar_desk.errors import UserError

    commands = {"check": cmd_check, "backup": cmd_backup, "demo": cmd_demo, "import-samples": cmd_import_samples,
                "backups": cmd_backups, "restore": cmd_restore, "export": cmd_export, "exchange": cmd_exchange}
    try:
        if args.command is None:
            return run_gui(args)
        return commands[args.command](args)
    except UserError as exc:
        print(f"lunar-desk: {exc}", file=sys.stderr)
        if getattr(exc, "path", None) is not None:
            print(f"  file: {exc.path}", file=sys.stderr)
            print(f"  backups folder: {_paths(args).backups_dir}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
