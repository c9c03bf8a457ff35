"""Lists of result reports: the Results tab's rows, reports due soon, and
per-loan and per-institution summaries (what is overdue per loan is
:mod:`~lunar_desk.services.result_overdue`).  Plain dataclasses, safe between
threads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import Session, aliased

from lunar_desk.db.models import (
    Attachment,
    Institution,
    Loan,
    MemberState,
    Person,
)
from lunar_desk.db.models_results import ResultReport, ResultReportLoan
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services.query import contains
from lunar_desk.services.result_compliance import Checker, Compliance, check_deadline
from lunar_desk.services.result_overdue import overdue_for
from lunar_desk.services.result_rules import is_pdf, split_numbers

DUE_SOON_DAYS = 30

STATE_LABELS = {
    "due_soon": "Due soon",
    "overdue": "Overdue",
    "late": "Reported late",
    "not_compliant": "Not compliant",
    "compliant": "Compliant",
}


@dataclass(frozen=True)
class ResultFilter:
    text: str = ""  # title, authors, venue, DOI, cited number, institution, person, agreement number
    kind: str | None = None
    state: str | None = None  # a key of STATE_LABELS
    institution_id: uuid.UUID | None = None
    loan_id: uuid.UUID | None = None
    due_within_days: int = DUE_SOON_DAYS


@dataclass(frozen=True)
class ResultRow:
    id: uuid.UUID
    kind: str
    title: str
    authors: str
    venue: str
    doi: str
    published_on: date | None
    reported_on: date | None
    institution_id: uuid.UUID | None
    institution: str
    institution_local: str
    person_id: uuid.UUID | None
    person: str
    person_native: str
    loans: tuple[str, ...]  # agreement numbers
    files: int
    compliance: Compliance
    due_soon: bool

    @property
    def overdue(self) -> bool:
        return self.compliance.reporting.state == "overdue"


def _matches_state(row: ResultRow, state: str | None) -> bool:
    c = row.compliance
    return {
        None: True,
        "due_soon": row.due_soon,
        "overdue": row.overdue,
        "late": c.reporting.state == "late",
        "not_compliant": not c.acknowledgement.ok or not c.samples.ok or c.reporting.ok is False,
        "compliant": c.ok,
    }.get(state, True)


def _query(session: Session, f: ResultFilter, *columns):
    """``columns`` of the reports matching ``f``'s conditions kept in SQL (text, kind, institution, loan)."""
    q = (select(*columns).select_from(ResultReport)
         .outerjoin(Institution, Institution.id == ResultReport.institution_id)
         .outerjoin(Person, Person.id == ResultReport.responsible_person_id))
    if f.kind:
        q = q.where(ResultReport.kind == f.kind)
    if f.institution_id:
        q = q.where(ResultReport.institution_id == f.institution_id)
    if f.loan_id:
        q = q.where(exists(select(ResultReportLoan.id).where(ResultReportLoan.result_id == ResultReport.id,
                                                             ResultReportLoan.loan_id == f.loan_id)))
    text = (f.text or "").strip()
    if text:
        by_loan = exists(select(ResultReportLoan.id).join(Loan, Loan.id == ResultReportLoan.loan_id).where(
            ResultReportLoan.result_id == ResultReport.id, contains(session, Loan.agreement_number, text)))
        q = q.where(or_(*(contains(session, c, text) for c in (
            ResultReport.title, ResultReport.authors, ResultReport.venue, ResultReport.doi, ResultReport.patent_number,
            ResultReport.cited_numbers, Institution.name, Institution.name_local, Person.name_latin, Person.name_native,
        )), by_loan))
    return q


def filter_rows(session: Session, rows: list[ResultRow], f: ResultFilter) -> list[ResultRow]:
    """The rows of an earlier :func:`list_results` that match ``f`` (a keystroke in the filter re-checks nothing)."""
    if f == ResultFilter(due_within_days=f.due_within_days):
        return list(rows)
    ids = set(session.scalars(_query(session, f, ResultReport.id)))
    return [r for r in rows if r.id in ids and _matches_state(r, f.state)]


def list_results(session: Session, f: ResultFilter = ResultFilter(), today: date | None = None) -> list[ResultRow]:
    """The reports matching ``f``, newest publication first, each with its compliance as of ``today``."""
    today = today or date.today()
    q = _query(session, f, ResultReport, Institution, Person)
    found = session.execute(q.order_by(ResultReport.published_on.desc(), ResultReport.title)).all()
    ids = [r.id for r, _, _ in found]
    links: dict[uuid.UUID, list[tuple[uuid.UUID, str]]] = {}
    files: dict[uuid.UUID, list[Attachment]] = {}
    if ids:
        for rid, lid, number in session.execute(
            select(ResultReportLoan.result_id, Loan.id, Loan.agreement_number)
            .join(Loan, Loan.id == ResultReportLoan.loan_id).where(ResultReportLoan.result_id.in_(ids))
            .order_by(Loan.agreement_number)
        ):
            links.setdefault(rid, []).append((lid, number))
        for att in session.scalars(select(Attachment).where(Attachment.owner_table == "result_report",
                                                            Attachment.owner_id.in_(ids))):
            files.setdefault(att.owner_id, []).append(att)
    checker = Checker(session, today, suggest=False)  # suggestions: one report at a time (compliance())
    checker.prefetch([n for result, _, _ in found for n in split_numbers(result.cited_numbers)])
    rows = []
    for result, inst, person in found:
        linked = links.get(result.id, [])
        c = checker.check(result, [lid for lid, _ in linked], files.get(result.id, []))
        rep = c.reporting
        row = ResultRow(
            id=result.id, kind=result.kind, title=result.title, authors=result.authors, venue=result.venue,
            doi=result.doi or result.patent_number, published_on=result.published_on, reported_on=result.reported_on,
            institution_id=result.institution_id, institution=inst.name if inst else "",
            institution_local=inst.name_local if inst else "", person_id=result.responsible_person_id,
            person=person.name_latin if person else "", person_native=person.name_native if person else "",
            loans=tuple(n for _, n in linked), files=sum(1 for a in files.get(result.id, []) if is_pdf(a)),
            compliance=c,
            due_soon=rep.state == "pending" and rep.days_left is not None and rep.days_left <= f.due_within_days,
        )
        if _matches_state(row, f.state):
            rows.append(row)
    return rows


# --- due and overdue -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DueResult:
    """A published output not yet reported to CLEP whose deadline is near."""

    result_id: uuid.UUID
    title: str
    due_on: date
    days_left: int
    loans: tuple[str, ...]
    institution: str
    person: str


def reports_due(session: Session, today: date, within_days: int = DUE_SOON_DAYS) -> list[DueResult]:
    """Published outputs not yet reported whose three-month deadline is today or within ``within_days``."""
    q = (select(ResultReport, Institution.name, Person.name_latin).select_from(ResultReport)
         .outerjoin(Institution, Institution.id == ResultReport.institution_id)
         .outerjoin(Person, Person.id == ResultReport.responsible_person_id)
         .where(ResultReport.published_on.is_not(None), ResultReport.reported_on.is_(None)))
    due = [(r, inst, person, rep) for r, inst, person in session.execute(q).all()
           if (rep := check_deadline(r.published_on, None, today)).state == "pending" and rep.days_left <= within_days]
    loans = _agreements(session, [r.id for r, *_ in due])
    out = [DueResult(r.id, r.title, rep.due_on, rep.days_left, loans.get(r.id, ()), inst or "", person or "")
           for r, inst, person, rep in due]
    return sorted(out, key=lambda d: (d.due_on, d.title))


def _agreements(session: Session, result_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    out: dict[uuid.UUID, tuple[str, ...]] = {}
    if result_ids:
        for rid, number in session.execute(
            select(ResultReportLoan.result_id, Loan.agreement_number).join(Loan, Loan.id == ResultReportLoan.loan_id)
            .where(ResultReportLoan.result_id.in_(result_ids)).order_by(Loan.agreement_number)
        ):
            out[rid] = (*out.get(rid, ()), number)
    return out


# --- per loan and per institution -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanResults:
    """What the Loans tab shows in its Results column."""

    reports: int
    reported: int
    due_soon: int
    overdue: int  # reports not reported in time, plus 1 when results are owed
    owed_since: date | None

    @property
    def text(self) -> str:
        parts = []
        if self.reports:
            parts.append(Msg("{reported}/{reports} reported", reported=self.reported, reports=self.reports))
        if self.overdue:
            parts.append(Msg("{n} overdue", n=self.overdue))
        if self.due_soon:
            parts.append(Msg("{n} due soon", n=self.due_soon))
        if self.owed_since is not None:
            parts.append(Msg("none reported, due {due}", due=self.owed_since))
        return MsgList(parts, " · ")


def loan_results(session: Session, today: date) -> dict[uuid.UUID, LoanResults]:
    """Per loan with any report or anything owed: how its results stand."""
    counts: dict[uuid.UUID, list[int]] = {}
    q = (select(ResultReportLoan.loan_id, ResultReport.published_on, ResultReport.reported_on)
         .join(ResultReport, ResultReport.id == ResultReportLoan.result_id))
    for lid, published, reported in session.execute(q):  # only the deadlines matter here: no full check
        rep = check_deadline(published, reported, today)
        c = counts.setdefault(lid, [0, 0, 0, 0])
        c[0] += 1
        c[1] += reported is not None
        c[2] += rep.state == "pending" and rep.days_left <= DUE_SOON_DAYS
        c[3] += rep.state == "overdue"
    owed = {o.loan_id: o.due_on for o in overdue_for(session, today) if o.result_id is None}
    out = {lid: LoanResults(*c, owed_since=owed.get(lid)) for lid, c in counts.items()}
    for lid, due in owed.items():
        if lid not in out:
            out[lid] = LoanResults(0, 0, 0, 1, due)
    return out


@dataclass(frozen=True)
class InstitutionResults:
    institution_id: uuid.UUID | None
    institution: str
    institution_local: str
    member_state: str
    reports: int
    compliant: int
    due_soon: int
    overdue: int  # reports not reported in time
    loans_owing: int  # loans with no result report, past the owed-after period


def results_by_institution(session: Session, today: date, rows: list[ResultRow] | None = None) -> list[InstitutionResults]:
    """Per borrowing institution: reports, how many comply, due soon, overdue, loans owing a first result
    (``rows``: every report's row, when the caller has them already)."""
    agg: dict[uuid.UUID | None, list[int]] = {}
    for row in rows if rows is not None else list_results(session, ResultFilter(), today):
        a = agg.setdefault(row.institution_id, [0, 0, 0, 0, 0])
        a[0] += 1
        a[1] += row.compliance.ok
        a[2] += row.due_soon
        a[3] += row.overdue
    for o in overdue_for(session, today):
        if o.result_id is None:
            agg.setdefault(o.institution_id, [0, 0, 0, 0, 0])[4] += 1
    state = aliased(MemberState)
    names = {i.id: (i.name, i.name_local, s.name if s else "") for i, s in session.execute(
        select(Institution, state).outerjoin(state, state.id == Institution.member_state_id)
        .where(Institution.id.in_([k for k in agg if k is not None])))}
    out = [InstitutionResults(k, *names.get(k, (Msg("(no institution)"), "", "")), *v) for k, v in agg.items()]
    return sorted(out, key=lambda x: (-x.overdue - x.loans_owing, x.institution))
