"""Health checks of an open or closed database, in plain words."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from lunar_desk.config import Paths
from lunar_desk.db import migrate
from lunar_desk.db.engine import connect
from lunar_desk.db.models import Attachment, Loan, LoanItem, LoanStatus, Sample
from lunar_desk.db.startup import check_sqlite_file
from lunar_desk.errors import DatabaseProblem
from lunar_desk.messages import Msg


@dataclass
class CheckReport:
    database: str
    schema: str | None = None
    expected_schema: str = migrate.SCHEMA_HEAD
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(paths: Paths) -> CheckReport:
    """Full check without writing: file integrity, schema version, foreign keys, mass ledger."""
    report = CheckReport(database=paths.describe_database())
    db_file = paths.db_file
    if db_file is not None:
        if not db_file.exists():
            report.problems.append(Msg("There is no database at {path}.", path=db_file))
            return report
        try:
            check_sqlite_file(db_file, full=True)
        except DatabaseProblem as exc:
            report.problems.append(exc.message)
            if exc.details:
                report.problems.extend(f"  {line}" for line in exc.details.splitlines())
            return report
        report.facts.append(Msg("SQLite integrity check: ok"))
    db = connect(paths)
    try:
        report.schema = migrate.current_revision(db.engine)
        if report.schema is None:
            report.problems.append(Msg("The database has no Lunar Desk schema (it is empty or not a Lunar Desk database)."))
            return report
        if report.schema != migrate.SCHEMA_HEAD:
            if report.schema in migrate.known_revisions():
                report.problems.append(Msg(
                    "The schema is version {schema}; this Lunar Desk uses {head}. "
                    "Open it in the application to upgrade it (a backup is taken first).",
                    schema=report.schema, head=migrate.SCHEMA_HEAD))
            else:
                report.problems.append(Msg(
                    "The schema is version {schema}, newer than this Lunar Desk ({head}); use the newer version.",
                    schema=report.schema, head=migrate.SCHEMA_HEAD))
            return report
        report.facts.append(Msg("Schema version: {schema} (current)", schema=report.schema))
        if db.engine.dialect.name == "sqlite":
            with db.engine.connect() as conn:
                fk = conn.execute(text("PRAGMA foreign_key_check")).fetchall()
            for table, rowid, parent, _ in fk[:50]:
                report.problems.append(Msg("Table {table}, row {row}: points at a missing record in {parent}.",
                                           table=table, row=rowid, parent=parent))
            if not fk:
                report.facts.append(Msg("Foreign keys: ok"))
        from lunar_desk.services.catalogue import ledger_problems, total_samples

        with db.read() as session:
            ledger = ledger_problems(session)
            report.facts.append(Msg("Samples: {n:,}", n=total_samples(session)))
        report.problems.extend(Msg("Mass ledger: {problem}", problem=p.message) for p in ledger)
        if not ledger:
            report.facts.append(Msg("Mass ledger: balanced"))
        with db.read() as session:
            double = samples_on_two_open_loans(session)
            files = attachment_problems(session, paths.attachments_dir)
            n_files = session.scalar(select(func.count()).select_from(Attachment))
        report.problems.extend(double)
        if not double:
            report.facts.append(Msg("Loans: no sample is on two open loans"))
        report.problems.extend(files)
        if not files:
            report.facts.append(Msg("Attachments: {n} stored file(s) present and unchanged (SHA-256)", n=n_files))
    finally:
        db.dispose()
    return report


OPEN_LOAN_STATUSES = (LoanStatus.AWAITING_SIGNATURE.value, LoanStatus.SIGNED.value, LoanStatus.COLLECTED.value,
                      LoanStatus.PARTLY_RETURNED.value)


def samples_on_two_open_loans(session: Session) -> list[str]:
    """A sample may be lent once at a time: each one on two open loans, named with the loans."""
    rows = session.execute(
        select(Sample.sample_number, Loan.agreement_number)
        .join(LoanItem, LoanItem.sample_id == Sample.id).join(Loan, Loan.id == LoanItem.loan_id)
        .where(Loan.status.in_(OPEN_LOAN_STATUSES)).order_by(Sample.sample_number, Loan.agreement_number)
    ).all()
    loans: dict[str, list[str]] = {}
    for number, agreement in rows:
        loans.setdefault(number, []).append(agreement)
    return [Msg("Sample {number} is on {n} open loans at once: {loans}.", number=number, n=len(a), loans=", ".join(a))
            for number, a in loans.items() if len(a) > 1]


def attachment_problems(session: Session, attachments_dir, limit: int = 200) -> list[str]:
    """Every attachment's stored file is there with the content it had when attached."""
    from lunar_desk.services.attachments import verify_attachment

    problems = []
    for att in session.scalars(select(Attachment).order_by(Attachment.owner_table, Attachment.name)):
        problem = verify_attachment(attachments_dir, att)
        if problem is not None:
            problems.append(Msg("Attachment of {owner} {owner_id}: {problem}",
                                owner=att.owner_table.replace("_", " "), owner_id=att.owner_id, problem=problem))
            if len(problems) >= limit:
                problems.append(Msg("(more attachment problems not listed)"))
                break
    return problems
