"""What a loan's borrower owes CLEP in results and is late with: the list
the Results tab's "Overdue by loan" shows, reminders are written from, and
the stewardship holds (issue 13) read through :func:`overdue_for`.  Read-only."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Institution, Loan, LoanStatus, Person
from lunar_desk.db.models_results import ResultReport, ResultReportLoan
from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services import settings as settings_service
from lunar_desk.services.loans import add_months
from lunar_desk.services.result_compliance import check_deadline, days_text

OWED_AFTER_MONTHS = "results_owed_after_months"
DEFAULT_OWED_AFTER_MONTHS = 12
COLLECTED_STATUSES = (LoanStatus.COLLECTED.value, LoanStatus.PARTLY_RETURNED.value, LoanStatus.CLOSED.value)


def results_owed_after_months(session: Session) -> int:
    """Months after collection by which a loan is expected to have at least one result report (0: never)."""
    value = settings_service.get_setting(session, OWED_AFTER_MONTHS)
    try:
        return int(value) if value != "" else DEFAULT_OWED_AFTER_MONTHS
    except ValueError:
        return DEFAULT_OWED_AFTER_MONTHS


def set_results_owed_after_months(session: Session, months: int) -> None:
    if not isinstance(months, int) or not 0 <= months <= 120:
        raise ValidationError(Msg("Give the months after collection as a whole number from 0 (never) to 120."),
                              field="months")
    settings_service.set_setting(session, OWED_AFTER_MONTHS, str(months))


@dataclass(frozen=True)
class OverdueResult:
    """One thing a loan's borrower owes CLEP and is late with (see :func:`overdue_for`)."""

    loan_id: uuid.UUID
    result_id: uuid.UUID | None
    person_id: uuid.UUID | None
    institution_id: uuid.UUID | None
    due_on: date
    days_overdue: int
    reason: str


def overdue_for(session: Session, today: date) -> list[OverdueResult]:
    """What is overdue, per loan, as of ``today`` (most overdue first).  Two things count:

    (i) **an output not reported in time**: a result report linked to the loan, with a
        publication date, not reported to CLEP, and ``today`` after its due date (publication
        + three calendar months, clamped to the month's end).  One entry per (loan, result);
        ``result_id`` is set.  An output reported late is a compliance flag, not overdue.
        A report linked to no loan belongs to no loan and is not listed here.
    (ii) **results owed**: a loan whose samples were collected (status collected, partly
        returned or closed) more than N months ago (the ``results_owed_after_months``
        setting, default 12; 0 turns this off) with no result report linked at all.
        ``result_id`` is None; ``due_on`` is collection + N months.

    ``person_id`` / ``institution_id`` are the loan's responsible person and borrowing
    institution (the report's own when the loan has none).  Read-only; safe to call
    from any session.
    """
    out: list[OverdueResult] = []
    q = (select(ResultReport, Loan).join(ResultReportLoan, ResultReportLoan.result_id == ResultReport.id)
         .join(Loan, Loan.id == ResultReportLoan.loan_id)
         .where(ResultReport.published_on.is_not(None), ResultReport.reported_on.is_(None)))
    for result, loan in session.execute(q).all():
        rep = check_deadline(result.published_on, None, today)
        if rep.state != "overdue":
            continue
        out.append(OverdueResult(
            loan_id=loan.id, result_id=result.id,
            person_id=loan.responsible_person_id or result.responsible_person_id,
            institution_id=loan.institution_id or result.institution_id, due_on=rep.due_on,
            days_overdue=rep.days_overdue,
            reason=Msg("\u201c{title}\u201d ({agreement}), published {published}, was to be reported to CLEP "
                       "by {due}: {days} overdue.", title=result.title, agreement=loan.agreement_number,
                       published=result.published_on, due=rep.due_on, days=days_text(rep.days_overdue)),
        ))
    months = results_owed_after_months(session)
    if months > 0:
        linked = select(ResultReportLoan.id).where(ResultReportLoan.loan_id == Loan.id)
        owed = session.scalars(select(Loan).where(Loan.collected_on.is_not(None), Loan.status.in_(COLLECTED_STATUSES),
                                                  ~exists(linked)))
        for loan in owed:
            due = add_months(loan.collected_on, months)
            if today <= due:
                continue
            days = (today - due).days
            out.append(OverdueResult(
                loan_id=loan.id, result_id=None, person_id=loan.responsible_person_id,
                institution_id=loan.institution_id, due_on=due, days_overdue=days,
                reason=Msg("No result reported for {agreement}: samples collected {collected}, a first result "
                           "was expected by {due} ({later}); {days} overdue.",
                           agreement=loan.agreement_number, collected=loan.collected_on, due=due,
                           later=Msg("{months} months later", months=months) if months != 1 else Msg("1 month later"),
                           days=days_text(days)),
            ))
    return sorted(out, key=lambda o: (-o.days_overdue, o.due_on, str(o.loan_id)))


@dataclass(frozen=True)
class OverdueLine:
    """:class:`OverdueResult` with the names the officer reads (the Results tab's "Overdue by loan")."""

    loan_id: uuid.UUID
    agreement_number: str
    result_id: uuid.UUID | None
    person: str
    person_native: str
    email: str
    institution: str
    due_on: date
    days_overdue: int
    reason: str


def overdue_by_loan(session: Session, today: date) -> list[OverdueLine]:
    """What is overdue (see :func:`overdue_for`), by agreement number, most overdue first within a loan."""
    out = []
    for o in overdue_for(session, today):
        loan = session.get(Loan, o.loan_id)
        person = session.get(Person, o.person_id) if o.person_id else None
        inst = session.get(Institution, o.institution_id) if o.institution_id else None
        out.append(OverdueLine(o.loan_id, loan.agreement_number if loan else "", o.result_id,
                               person.name_latin if person else "", person.name_native if person else "",
                               person.email if person else "", inst.name if inst else "", o.due_on, o.days_overdue,
                               o.reason))
    return sorted(out, key=lambda x: (x.agreement_number, -x.days_overdue))
