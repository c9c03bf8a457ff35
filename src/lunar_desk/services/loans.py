"""Loans: from the committee's approval to the last microgram accounted for.

One loan per approved (or partially approved) application lends the
catalogue records the committee reserved (:class:`~lunar_desk.db.models.ItemDecision`
``reserved_sample_id``).  Its life (the single table :data:`STEPS`)::

    awaiting_signature → signed → (certificate issued) → collected
        → partly_returned (one or more returns) → closed
    awaiting_signature → lapsed   (not signed within 10 Chinese working days)
        → reserved mass released to the catalogue (once)
    lapsed → signed               (a signature dated on time, recorded late; not after the release)

Catalogue statuses follow in the same transaction: the lent samples are
*reserved* until collection, *on loan* from collection, and when an item is
fully accounted (returned + consumed + lost = lent) its sample is
*available* again with what came back, or *consumed* / *lost* if nothing
did.  Consumed and lost mass goes through :func:`catalogue.record_consumption`
so the mass ledger always balances.  Mass returned in a partial return stays
on the (on-loan) record until the item is fully accounted.

The signing deadline is counted by :mod:`~lunar_desk.services.workdays`.  A
*provisional* deadline (counted through a year whose holiday arrangement is
not announced) is counted again whenever the loan is looked at for signing,
lapse or release, so an officer's entry of the official arrangement takes
effect; a deadline that was not provisional is never moved.

Every function works inside the caller's session (one user action = one
transaction) and raises a :class:`~lunar_desk.errors.UserError` before
anything is written when a rule would break.
"""

from __future__ import annotations

import calendar as _calendar
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, exists, func, or_, select
from sqlalchemy.orm import Session

from lunar_desk.db.locking import check_version
from lunar_desk.db.models import (
    Application,
    ApplicationStatus,
    DecisionOutcome,
    Incident,
    IncidentKind,
    IncidentStatus,
    Institution,
    ItemDecision,
    Loan,
    LoanExtension,
    LoanItem,
    LoanStatus,
    MemberState,
    Mission,
    Person,
    ReleaseBatch,
    ReturnLine,
    ReturnRecord,
    RoundStatus,
    Sample,
    SampleStatus,
)
from lunar_desk.errors import LedgerError, NotFoundError, UserError, ValidationError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, loan_history, review, workdays
from lunar_desk.services.loan_view import (
    BorrowerView,
    ExtensionView,
    IncidentView,
    LoanItemView,
    LoanView,
    OrganisationView,
    ResponsiblePersonView,
    ReturnLineView,
    ReturnView,
    SkippedDayView,
)
from lunar_desk.services.mass import format_mass
from lunar_desk.services.query import contains, starts_with
from lunar_desk.services.workdays import SIGNING_WORKING_DAYS, WorkCalendar

S = LoanStatus

STATUS_LABELS = {
    S.AWAITING_SIGNATURE: "Awaiting signature",
    S.LAPSED: "Lapsed",
    S.SIGNED: "Signed",
    S.COLLECTED: "Collected",
    S.PARTLY_RETURNED: "Partly returned",
    S.CLOSED: "Closed",
}
INCIDENT_KIND_LABELS = {
    IncidentKind.LOSS: "Loss",
    IncidentKind.DAMAGE: "Damage",
    IncidentKind.CONTAMINATION: "Contamination",
    IncidentKind.UNAUTHORIZED_TRANSFER: "Transfer to a third party",
    IncidentKind.LATE_REPORT: "Late report",
    IncidentKind.INVENTORY_DISCREPANCY: "Inventory discrepancy",
}
INCIDENT_STATUS_LABELS = {IncidentStatus.OPEN: "Open", IncidentStatus.CLOSED: "Closed"}

LENDER = OrganisationView("China Lunar Exploration and Space Program Center (CLEP)", "国家航天局探月与航天工程中心")
COORDINATOR = OrganisationView("Secretariat of the Asia-Pacific Space Cooperation Organization (APSCO)",
                               "亚太空间合作组织秘书处")

AGREEMENT_PREFIX = "LSA"
DEFAULT_LOAN_MONTHS = 12
MAX_LOAN_MONTHS = 120
SOON_WORKING_DAYS = 5  # "deadline soon": the signing deadline is at most this many working days away
NUMBER_MAX = 40
NAME_MAX = 200
LOANABLE_APPLICATION_STATUSES = frozenset({ApplicationStatus.APPROVED.value, ApplicationStatus.PARTIALLY_APPROVED.value})


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[S(status)]
    except ValueError:
        return status


def _label(mapping, value) -> str:
    for key, text in mapping.items():
        if key.value == value:
            return text
    return value or ""


# --- the status table ------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanStep:
    """One thing that can happen to a loan, from which statuses, to which status."""

    action: str  # key used by the service functions
    label: str  # as the UI shows it
    from_statuses: frozenset[str]
    to_status: str | None  # None: the status stays
    by_officer: bool = True  # offered as a button (False: done by check_lapsed)


def _step(action: str, label: str, froms: Iterable[S], to: S | None = None, **kw) -> LoanStep:
    return LoanStep(action, label, frozenset(s.value for s in froms), to.value if to is not None else None, **kw)


STEPS: tuple[LoanStep, ...] = (
    _step("sign", "Record signature", (S.AWAITING_SIGNATURE, S.LAPSED), S.SIGNED),
    _step("certificate", "Issue certificate", (S.SIGNED,)),
    _step("collect", "Record collection", (S.SIGNED,), S.COLLECTED),
    _step("return", "Record return", (S.COLLECTED, S.PARTLY_RETURNED), S.PARTLY_RETURNED),
    _step("incident", "Report incident", (S.COLLECTED, S.PARTLY_RETURNED, S.CLOSED)),
    _step("extend", "Extend due date", (S.COLLECTED, S.PARTLY_RETURNED)),
    _step("close", "Close loan", (S.PARTLY_RETURNED,), S.CLOSED),
    _step("release", "Release reserved mass", (S.AWAITING_SIGNATURE, S.LAPSED)),
    _step("lapse", "Mark lapsed", (S.AWAITING_SIGNATURE,), S.LAPSED, by_officer=False),
    _step("reopen", "Await signature again", (S.LAPSED,), S.AWAITING_SIGNATURE, by_officer=False),
)
_BY_ACTION = {s.action: s for s in STEPS}


def _blocker(step: LoanStep, loan: Loan, today: date | None) -> str | None:
    """Why ``step`` cannot happen now although the status allows it (None: it can)."""
    released = Msg("its reserved mass was released on {released_on}", released_on=loan.released_on) if loan.released_on else ""
    if step.action == "sign" and loan.released_on:
        return Msg("its reserved mass was released on {released_on}; it can no longer be signed",
                   released_on=loan.released_on)
    if step.action == "certificate" and loan.certificate_number:
        if loan.certificate_date:
            return Msg("certificate {certificate_number} was issued on {certificate_date}",
                       certificate_number=loan.certificate_number, certificate_date=loan.certificate_date)
        return Msg("certificate {certificate_number} was issued", certificate_number=loan.certificate_number)
    if step.action == "collect" and not loan.certificate_number:
        return Msg("the lunar sample certificate must be issued before the samples are collected")
    if step.action == "release":
        if loan.released_on:
            return released
        if loan.status == S.AWAITING_SIGNATURE and (today is None or today <= loan.signing_deadline):
            return Msg("it has not lapsed: it can be signed until {deadline}", deadline=loan.signing_deadline)
    if step.action == "lapse" and today is not None and today <= loan.signing_deadline:
        return Msg("it can be signed until {deadline}", deadline=loan.signing_deadline)
    if step.action == "reopen" and (loan.released_on or (today is not None and today > loan.signing_deadline)):
        return released or Msg("its signing deadline {deadline} has passed", deadline=loan.signing_deadline)
    return None


def _statuses_text(statuses: Iterable[str]) -> str:
    """``"collected, partly returned or closed"``: each status label translatable on its own."""
    labels = [status_label(s) for s in S if s.value in statuses]
    if len(labels) == 1:
        return labels[0]  # a label: the sentence puts it in lower case
    return Msg("{statuses!l} or {last!l}", statuses=MsgList(labels[:-1], ", "), last=labels[-1])


def _require(loan: Loan, action: str, today: date | None = None) -> LoanStep:
    step = _BY_ACTION[action]
    if loan.status not in step.from_statuses:
        nxt = [s.label for s in allowed_actions(loan, today)]
        options = Msg(" Possible now: {items!l}.", items=MsgList(nxt, ", ")) if nxt else ""
        raise ValidationError(
            Msg(
                "{agreement_number} is {status_label!l}: '{step_label}' is possible only for a loan that is "
                "{statuses_text!l}.{options}",
                agreement_number=loan.agreement_number, status_label=status_label(loan.status), step_label=step.label, statuses_text=_statuses_text(step.from_statuses), options=options),
            field="status",
        )
    why = _blocker(step, loan, today)
    if why:
        raise ValidationError(Msg("{agreement_number}: {step_label!l} is not possible: {why}.", agreement_number=loan.agreement_number, step_label=step.label, why=why), field="status")
    return step


def _apply(loan: Loan, step: LoanStep) -> None:
    if step.to_status is not None:
        loan.status = step.to_status


def allowed_actions(loan: Loan, today: date) -> list[LoanStep]:
    """The officer's next steps for this loan today, in table order (for the UI's buttons)."""
    return [s for s in STEPS if s.by_officer and loan.status in s.from_statuses and _blocker(s, loan, today) is None]


# --- lookups ----------------------------------------------------------------------------------------


def get_loan(session: Session, loan_id: uuid.UUID, expected_version: int | None = None) -> Loan:
    """The loan; with ``expected_version`` (what the officer's view read), refused if someone saved it since."""
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(Msg("That loan no longer exists; the list will be refreshed."))
    check_version(session, loan, expected_version)
    return loan


def loan_by_number(session: Session, agreement_number: str) -> Loan | None:
    return session.scalars(select(Loan).where(Loan.agreement_number == (agreement_number or "").strip())).first()


def loan_for_application(session: Session, app_id: uuid.UUID) -> Loan | None:
    return session.scalars(select(Loan).where(Loan.application_id == app_id)).first()


def loan_items(session: Session, loan_id: uuid.UUID) -> list[LoanItem]:
    q = select(LoanItem).where(LoanItem.loan_id == loan_id)
    return list(session.scalars(q.order_by(LoanItem.created_at, LoanItem.id)))


def returns(session: Session, loan_id: uuid.UUID) -> list[ReturnRecord]:
    q = select(ReturnRecord).where(ReturnRecord.loan_id == loan_id)
    return list(session.scalars(q.order_by(ReturnRecord.returned_on, ReturnRecord.created_at)))


def return_lines(session: Session, return_id: uuid.UUID) -> list[ReturnLine]:
    q = select(ReturnLine).where(ReturnLine.return_id == return_id)
    return list(session.scalars(q.order_by(ReturnLine.created_at, ReturnLine.id)))


def incidents(session: Session, loan_id: uuid.UUID) -> list[Incident]:
    q = select(Incident).where(Incident.loan_id == loan_id)
    return list(session.scalars(q.order_by(Incident.occurred_on, Incident.created_at)))


def extensions(session: Session, loan_id: uuid.UUID) -> list[LoanExtension]:
    q = select(LoanExtension).where(LoanExtension.loan_id == loan_id)
    return list(session.scalars(q.order_by(LoanExtension.created_at)))


def _open_condition():
    """SQL: the loan still holds its samples (not closed, not lapsed with the mass released)."""
    return and_(Loan.status != S.CLOSED.value, or_(Loan.status != S.LAPSED.value, Loan.released_on.is_(None)))


def open_loan_of_sample(session: Session, sample_id: uuid.UUID, *, except_loan: uuid.UUID | None = None) -> Loan | None:
    """The open loan (not closed, not lapsed-and-released) that lends this sample, if any."""
    q = select(Loan).join(LoanItem, LoanItem.loan_id == Loan.id).where(LoanItem.sample_id == sample_id, _open_condition())
    if except_loan is not None:
        q = q.where(Loan.id != except_loan)
    return session.scalars(q).first()


@dataclass(frozen=True)
class ItemAccount:
    """What has become of a lent item so far, over every return."""

    returned_ug: int = 0
    returned_pieces: int | None = None
    consumed_ug: int = 0
    lost_ug: int = 0

    @property
    def accounted_ug(self) -> int:
        return self.returned_ug + self.consumed_ug + self.lost_ug


def item_accounts(session: Session, loan_id: uuid.UUID) -> dict[uuid.UUID, ItemAccount]:
    """Per loan item id: returned, consumed and lost so far (items without a return line are absent)."""
    rows = session.execute(
        select(
            ReturnLine.loan_item_id, func.sum(ReturnLine.returned_ug), func.sum(ReturnLine.returned_pieces),
            func.sum(ReturnLine.consumed_ug), func.sum(ReturnLine.lost_ug),
        )
        .join(ReturnRecord, ReturnRecord.id == ReturnLine.return_id)
        .where(ReturnRecord.loan_id == loan_id)
        .group_by(ReturnLine.loan_item_id)
    ).all()
    return {
        item_id: ItemAccount(int(r or 0), int(p) if p is not None else None, int(c or 0), int(lo or 0))
        for item_id, r, p, c, lo in rows
    }


def _sample_label(session: Session, sample_id: uuid.UUID) -> str:
    s = session.get(Sample, sample_id)
    return s.sample_number if s else Msg("(sample no longer in the catalogue)")


# --- dates -----------------------------------------------------------------------------------------------


def add_months(d: date, months: int) -> date:
    """``d`` plus whole months; the 31st becomes the month's last day when the month is shorter."""
    y, m = divmod(d.month - 1 + months, 12)
    year, month = d.year + y, m + 1
    return date(year, month, min(d.day, _calendar.monthrange(year, month)[1]))


def _check_date(value, what: str, field_name: str) -> date:
    if not isinstance(value, date):
        raise ValidationError(Msg("Give the {what} as a date.", what=what), field=field_name)
    return value


def _not_before(value: date, limit: date | None, what: str, limit_what: str, field_name: str) -> None:
    if limit is not None and value < limit:
        raise ValidationError(
            Msg("The {what} ({value}) is before the {limit_what} ({limit}).", what=what, value=value, limit_what=limit_what, limit=limit), field=field_name
        )


def _refresh_deadline(loan: Loan, cal: WorkCalendar) -> None:
    """Count a provisional deadline again (an officer may have entered the official arrangement)."""
    if not loan.deadline_provisional or loan.released_on is not None:
        return
    if loan.status not in (S.AWAITING_SIGNATURE, S.LAPSED):
        return
    result = cal.add_working_days(loan.decision_date, SIGNING_WORKING_DAYS)
    if result.deadline != loan.signing_deadline:
        loan.signing_deadline = result.deadline
    if result.provisional != loan.deadline_provisional:
        loan.deadline_provisional = result.provisional


# --- creating loans ---------------------------------------------------------------------------------------


def next_agreement_number(session: Session, year: int) -> str:
    """``LSA-<year>-<seq>``: one more than the highest number of that year."""
    prefix = f"{AGREEMENT_PREFIX}-{year}-"
    seqs = [0]
    for number in session.scalars(select(Loan.agreement_number).where(starts_with(Loan.agreement_number, prefix))):
        tail = number[len(prefix):]
        if tail.isdigit():
            seqs.append(int(tail))
    return f"{prefix}{max(seqs) + 1:03d}"


@dataclass(frozen=True)
class _PlannedItem:
    decision: ItemDecision
    sample: Sample
    mass_ug: int
    pieces: int | None


def _plan_items(session: Session, app: Application) -> tuple[list[_PlannedItem], list[str]]:
    decided = review.decisions(session, app.id)
    plan: list[_PlannedItem] = []
    problems: list[str] = []
    for n, item in enumerate(apps.requested_items(session, app.id), start=1):
        d = decided.get(item.id)
        if d is None or d.outcome == DecisionOutcome.REJECTED:
            continue
        if d.reserved_sample_id is None:
            problems.append(Msg("item {n} is approved but no catalogue sample is reserved for it", n=n))
            continue
        sample = session.get(Sample, d.reserved_sample_id)
        if sample is None:
            problems.append(Msg("item {n}: the reserved sample is no longer in the catalogue", n=n))
            continue
        other = open_loan_of_sample(session, sample.id)
        if other is not None:
            problems.append(Msg("item {n}: {sample_number} is already on loan {agreement_number} "
                                "({status!l}); a sample is on one open loan at a time",
                                n=n, sample_number=sample.sample_number, agreement_number=other.agreement_number,
                                status=status_label(other.status)))
            continue
        if sample.status != SampleStatus.RESERVED:
            problems.append(Msg("item {n}: {sample_number} is {status!l}, no longer reserved for it",
                                n=n, sample_number=sample.sample_number,
                                status=catalogue.STATUS_LABELS[SampleStatus(sample.status)]))
            continue
        mass = catalogue.remaining_ug(sample)
        if mass <= 0:
            problems.append(Msg("item {n}: {sample_number} holds no mass", n=n, sample_number=sample.sample_number))
            continue
        pieces = d.approved_pieces if d.approved_pieces is not None else sample.pieces
        plan.append(_PlannedItem(d, sample, mass, pieces))
    return plan, problems


def create_loan(
    session: Session,
    app_id: uuid.UUID,
    *,
    today: date,
    agreement_number: str | None = None,
    loan_months: int = DEFAULT_LOAN_MONTHS,
) -> Loan:
    """The loan of an approved (or partially approved) application: its approved items with their reserved samples.

    The decision date is the application's; the signing deadline is 10
    Chinese working days later.  Refused for a second loan of the same
    application and when a sample is on another open loan.
    """
    app = apps.get_application(session, app_id)
    if app.status not in LOANABLE_APPLICATION_STATUSES:
        raise ValidationError(
            Msg(
                "{reference} is {status_label!l}; a loan follows an approval (approved or partially approved).",
                reference=app.reference, status_label=apps.status_label(app.status)),
            field="application",
        )
    existing = loan_for_application(session, app.id)
    if existing is not None:
        raise ValidationError(
            Msg(
                "{reference} already has loan {agreement_number} ({status_label!l}); an application has one loan.",
                reference=app.reference, agreement_number=existing.agreement_number, status_label=status_label(existing.status)),
            field="application",
        )
    plan, problems = _plan_items(session, app)
    if problems:
        raise ValidationError(Msg("No loan can be made for {reference}:\n{problems}", reference=app.reference,
                                  problems=MsgList((Msg("• {problem}", problem=p) for p in problems), "\n")),
                              field="items")
    if not plan:
        raise ValidationError(
            Msg(
                "{reference} has no approved item with a reserved catalogue sample; a loan lends what the "
                "committee approved.",
                reference=app.reference),
            field="items",
        )
    decided_on = app.decided_on or max((p.decision.decided_on for p in plan if p.decision.decided_on), default=None)
    if decided_on is None:
        raise ValidationError(Msg("{reference} has no decision date; the signing deadline is counted from it.", reference=app.reference),
                              field="application")
    if decided_on > today:
        raise ValidationError(Msg("{reference} was decided on {decided_on}, after today ({today}).", reference=app.reference, decided_on=decided_on, today=today),
                              field="application")
    months = _check_months(loan_months)
    if agreement_number is None or not agreement_number.strip():
        number = next_agreement_number(session, today.year)
    else:
        number = agreement_number.strip()
        if len(number) > NUMBER_MAX:
            raise ValidationError(Msg("An agreement number has at most {NUMBER_MAX} characters.", NUMBER_MAX=NUMBER_MAX), field="agreement_number")
        other = loan_by_number(session, number)
        if other is not None:
            raise ValidationError(Msg("Agreement number {number} is already used by another loan.", number=number), field="agreement_number")
    deadline = workdays.add_working_days(session, decided_on, SIGNING_WORKING_DAYS)
    loan = Loan(
        agreement_number=number, application_id=app.id, institution_id=app.institution_id,
        responsible_person_id=app.pi_person_id, purpose=app.title, status=S.AWAITING_SIGNATURE.value,
        decision_date=decided_on, signing_deadline=deadline.deadline, deadline_provisional=deadline.provisional,
        loan_months=months,
    )
    session.add(loan)
    session.flush()  # no ORM relationships: the loan row exists before its items
    for p in plan:
        session.add(LoanItem(loan_id=loan.id, sample_id=p.sample.id, decision_id=p.decision.id, mass_ug=p.mass_ug,
                             pieces=p.pieces))
    session.flush()
    return loan


def _check_months(months) -> int:
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_LOAN_MONTHS:
        raise ValidationError(Msg("The loan period is a whole number of months from 1 to {MAX_LOAN_MONTHS}.", MAX_LOAN_MONTHS=MAX_LOAN_MONTHS),
                              field="loan_months")
    return months


def create_loans_for_round(session: Session, round_id: uuid.UUID, *, today: date) -> list[Loan]:
    """A loan for every application the (closed) round approved that has none yet.

    Applications the round decided without item decisions are left out.  If
    any loan cannot be made, nothing is made and every problem is listed.
    """
    rnd = review.get_round(session, round_id)
    if rnd.status != RoundStatus.CLOSED:
        raise ValidationError(
            Msg(
                "Review round '{rnd_name}' is still open; loans are made when the committee's decisions are final"
                " (the round is closed).",
                rnd_name=rnd.name),
            field="round",
        )
    made: list[Loan] = []
    problems: list[str] = []
    for app in sorted(review.round_applications(session, rnd.id), key=lambda a: a.reference):
        if app.status not in LOANABLE_APPLICATION_STATUSES or loan_for_application(session, app.id) is not None:
            continue
        if not any(d.outcome != DecisionOutcome.REJECTED for d in review.decisions(session, app.id).values()):
            continue
        try:
            made.append(create_loan(session, app.id, today=today))
        except UserError as exc:
            problems.append(exc.message)
    if problems:
        raise ValidationError(Msg("No loans were made for the round:\n{problems}", problems=MsgList(problems, "\n")),
                              field="round")
    return made


# --- signature, certificate, collection ----------------------------------------------------------------------


def record_signature(session: Session, loan_id: uuid.UUID, signed_on: date, *,
                     expected_version: int | None = None) -> Loan:
    """The borrower signed the agreement on ``signed_on``; refused after the signing deadline (the loan has lapsed)."""
    loan = get_loan(session, loan_id, expected_version)
    signed_on = _check_date(signed_on, Msg("date of signature"), "signed_on")
    _refresh_deadline(loan, workdays.calendar(session))
    step = _require(loan, "sign")
    _not_before(signed_on, loan.decision_date, Msg("date of signature"), Msg("committee's decision"), "signed_on")
    if signed_on > loan.signing_deadline:
        provisional = Msg(" (a provisional date)") if loan.deadline_provisional else ""
        raise ValidationError(
            Msg(
                "{agreement_number} had to be signed by {signing_deadline}{provisional}, {SIGNING_WORKING_DAYS} "
                "Chinese working days after the decision of {decision_date}; a signature dated {signed_on} is too"
                " late, so the loan has lapsed. Release the reserved mass, or ask CLEP for a new decision.",
                agreement_number=loan.agreement_number, signing_deadline=loan.signing_deadline, provisional=provisional, SIGNING_WORKING_DAYS=SIGNING_WORKING_DAYS, decision_date=loan.decision_date, signed_on=signed_on),
            field="signed_on",
        )
    loan.signed_on = signed_on
    _apply(loan, step)
    session.flush()
    return loan


def issue_certificate(session: Session, loan_id: uuid.UUID, number: str, on: date, *,
                      expected_version: int | None = None) -> Loan:
    """Record the lunar sample certificate issued for a signed loan."""
    loan = get_loan(session, loan_id, expected_version)
    _require(loan, "certificate")
    on = _check_date(on, Msg("certificate date"), "certificate_date")
    number = " ".join((number or "").split())
    if not number:
        raise ValidationError(Msg("Give the certificate number."), field="certificate_number")
    if len(number) > NUMBER_MAX:
        raise ValidationError(Msg("A certificate number has at most {NUMBER_MAX} characters.", NUMBER_MAX=NUMBER_MAX), field="certificate_number")
    other = session.scalars(select(Loan).where(Loan.certificate_number == number, Loan.id != loan.id)).first()
    if other is not None:
        raise ValidationError(Msg("Certificate {number} was issued for {agreement_number}.", number=number, agreement_number=other.agreement_number), field="certificate_number")
    _not_before(on, loan.signed_on, Msg("certificate date"), Msg("signature of the agreement"), "certificate_date")
    loan.certificate_number = number
    loan.certificate_date = on
    session.flush()
    return loan


def record_collection(
    session: Session, loan_id: uuid.UUID, on: date, collected_by: str, *, loan_months: int | None = None,
    expected_version: int | None = None,
) -> Loan:
    """The samples were collected: the loan period starts (due date = collection + loan months); samples go on
    loan; each item's custody log starts with a "collected" entry."""
    loan = get_loan(session, loan_id, expected_version)
    step = _require(loan, "collect")
    on = _check_date(on, Msg("collection date"), "collected_on")
    who = " ".join((collected_by or "").split())
    if not who:
        raise ValidationError(Msg("Give the name of the person who collected the samples."), field="collected_by")
    if len(who) > NAME_MAX:
        raise ValidationError(Msg("The name has more than {NAME_MAX} characters.", NAME_MAX=NAME_MAX), field="collected_by")
    _not_before(on, loan.certificate_date or loan.signed_on, Msg("collection date"),
                Msg("certificate date") if loan.certificate_date else Msg("signature"), "collected_on")
    months = _check_months(loan_months) if loan_months is not None else loan.loan_months
    samples = [catalogue.get_sample(session, i.sample_id) for i in loan_items(session, loan.id)]
    wrong = [Msg("{sample_number} is {status!l}", sample_number=s.sample_number,
                 status=catalogue.STATUS_LABELS[SampleStatus(s.status)])
             for s in samples if s.status != SampleStatus.RESERVED]
    if wrong:
        raise LedgerError(Msg(
            "{agreement_number}: every lent sample must be reserved for the loan when it is collected, but {wrong}.",
            agreement_number=loan.agreement_number, wrong=MsgList(wrong)))
    for s in samples:
        s.status = SampleStatus.ON_LOAN.value
    loan.collected_on = on
    loan.collected_by = who
    loan.loan_months = months
    loan.due_date = add_months(on, months)
    _apply(loan, step)
    session.flush()
    # custody builds on this module: imported when needed
    from lunar_desk.services.custody import record_collection_events

    record_collection_events(session, loan, on, who)  # the first entry of every item's custody log
    return loan


# --- returns and closing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReturnLineData:
    """One line of the Sample Return Application Form: what became of one lent item."""

    loan_item_id: uuid.UUID
    returned_ug: int = 0
    returned_pieces: int | None = None
    consumed_ug: int = 0
    lost_ug: int = 0  # destroyed or lost
    condition: str = ""


def _mass_value(value, what: str, where: str) -> int:
    if value is None:
        return 0
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(Msg("{where}: the {what} mass is a whole number of micrograms, zero or more.", where=where, what=what), field=what)
    return value


def _item_name(n: int, item: LoanItem, sample_number: str) -> str:
    return Msg("Item {n} ({sample_number}, {mass} lent)", n=n, sample_number=sample_number, mass=format_mass(item.mass_ug))


def record_return(
    session: Session,
    loan_id: uuid.UUID,
    returned_on: date,
    lines: list[ReturnLineData],
    received_by: str,
    notes: str = "",
    *,
    expected_version: int | None = None,
) -> ReturnRecord:
    """A return (possibly partial): per item, mass returned, consumed and lost.

    Per item, everything returned, consumed and lost over all returns cannot
    exceed what was lent.  Consumed and lost mass is booked on the lent
    sample at once; an item fully accounted puts its sample back in the
    catalogue (available with the mass returned, else consumed or lost).
    """
    loan = get_loan(session, loan_id, expected_version)
    step = _require(loan, "return")
    returned_on = _check_date(returned_on, Msg("return date"), "returned_on")
    _not_before(returned_on, loan.collected_on, Msg("return date"), Msg("collection"), "returned_on")
    who = " ".join((received_by or "").split())
    if not who:
        raise ValidationError(Msg("Give the name of the person who received the samples back."), field="received_by")
    if len(who) > NAME_MAX:
        raise ValidationError(Msg("The name has more than {NAME_MAX} characters.", NAME_MAX=NAME_MAX), field="received_by")
    if not lines:
        raise ValidationError(Msg("A return needs at least one line: what came back, was consumed or was lost."), field="lines")
    items = loan_items(session, loan.id)
    position = {item.id: n for n, item in enumerate(items, start=1)}
    by_id = {item.id: item for item in items}
    accounts = item_accounts(session, loan.id)
    numbers = {item.id: _sample_label(session, item.sample_id) for item in items}
    checked: list[tuple[LoanItem, ReturnLineData, int, int, int, int | None]] = []
    seen: set[uuid.UUID] = set()
    for k, line in enumerate(lines, start=1):
        item = by_id.get(line.loan_item_id)
        if item is None:
            raise ValidationError(Msg("Line {k} names an item that is not lent under {agreement_number}.", k=k, agreement_number=loan.agreement_number), field="lines")
        if item.id in seen:
            raise ValidationError(Msg("Item {position} ({numbers}) is on the return twice; give one line per item.", position=position[item.id], numbers=numbers[item.id]),
                                  field="lines")
        seen.add(item.id)
        name = _item_name(position[item.id], item, numbers[item.id])
        r = _mass_value(line.returned_ug, Msg("returned"), name)
        c = _mass_value(line.consumed_ug, Msg("consumed"), name)
        lo = _mass_value(line.lost_ug, Msg("lost"), name)
        pieces = line.returned_pieces
        if pieces is not None:
            if isinstance(pieces, bool) or not isinstance(pieces, int) or pieces < 0:
                raise ValidationError(Msg("{name}: the number of pieces returned is a whole number, zero or more.", name=name),
                                      field="returned_pieces")
            if item.pieces is None and pieces:
                raise ValidationError(Msg("{name} is lent by mass; give no piece count.", name=name), field="returned_pieces")
        before = accounts.get(item.id, ItemAccount())
        after = before.accounted_ug + r + c + lo
        if after > item.mass_ug:
            raise LedgerError(
                Msg(
                    "{name}: {returned_ug} returned, {consumed_ug} consumed and {lost_ug} lost so far; this "
                    "return adds {r} returned, {c} consumed and {lo} lost, which would account for {after}: "
                    "{value} more than was lent. At most {value_2} is still to be accounted for.",
                    name=name, returned_ug=format_mass(before.returned_ug), consumed_ug=format_mass(before.consumed_ug), lost_ug=format_mass(before.lost_ug), r=format_mass(r), c=format_mass(c), lo=format_mass(lo), after=format_mass(after), value=format_mass(after - item.mass_ug), value_2=format_mass(item.mass_ug - before.accounted_ug))
            )
        if pieces and item.pieces is not None and (before.returned_pieces or 0) + pieces > item.pieces:
            raise LedgerError(
                Msg(
                    "{name}: {pieces} piece(s) lent, {value} returned so far; {pieces_2} more cannot come back.",
                    name=name, pieces=item.pieces, value=before.returned_pieces or 0, pieces_2=pieces)
            )
        checked.append((item, line, r, c, lo, pieces))
    if not any(r or c or lo or p for _i, _l, r, c, lo, p in checked):
        raise ValidationError(Msg("The return records nothing: give the mass returned, consumed or lost."), field="lines")

    rec = ReturnRecord(loan_id=loan.id, returned_on=returned_on, received_by=who, notes=(notes or "").strip())
    session.add(rec)
    session.flush()  # the return row exists before its lines
    for item, line, r, c, lo, pieces in checked:
        session.add(ReturnLine(return_id=rec.id, loan_item_id=item.id, returned_ug=r, returned_pieces=pieces,
                               consumed_ug=c, lost_ug=lo, condition=(line.condition or "").strip()))
    session.flush()
    for item, _line, r, c, lo, pieces in checked:
        if c or lo:
            catalogue.record_consumption(session, item.sample_id, consumed_ug=c, lost_ug=lo)
        before = accounts.get(item.id, ItemAccount())
        if before.accounted_ug + r + c + lo == item.mass_ug:
            _settle_sample(session, loan, item, before, r, c, lo, pieces, returned_on)
    _apply(loan, step)
    session.flush()
    return rec


def _settle_sample(session: Session, loan: Loan, item: LoanItem, before: ItemAccount, r: int, c: int, lo: int,
                   pieces: int | None, on: date) -> None:
    """An item is fully accounted: its sample goes back to the catalogue (or is consumed / lost)."""
    sample = catalogue.get_sample(session, item.sample_id)
    returned = before.returned_ug + r
    consumed = before.consumed_ug + c
    lost = before.lost_ug + lo
    if returned > 0:
        sample.status = SampleStatus.AVAILABLE.value
        returned_pieces = (before.returned_pieces or 0) + (pieces or 0)
        if item.pieces is not None and returned_pieces > 0:
            sample.pieces = returned_pieces
    else:
        sample.status = (SampleStatus.CONSUMED if consumed > 0 else SampleStatus.LOST).value
    note = (f"Returned under {loan.agreement_number} on {on.isoformat()}: {format_mass(returned)} back, "
            f"{format_mass(consumed)} consumed, {format_mass(lost)} lost.")
    sample.notes = (sample.notes + "\n" if sample.notes else "") + note


def reconciliation_problems(session: Session, loan_id: uuid.UUID) -> list[str]:
    """Per item still not fully accounted: what was lent and what is accounted so far."""
    loan = get_loan(session, loan_id)
    accounts = item_accounts(session, loan.id)
    problems = []
    for n, item in enumerate(loan_items(session, loan.id), start=1):
        a = accounts.get(item.id, ItemAccount())
        if a.accounted_ug != item.mass_ug:
            problems.append(Msg(
                "{item}: returned {returned} + consumed {consumed} + lost {lost} = {accounted}; "
                "{missing} not yet accounted for",
                item=_item_name(n, item, _sample_label(session, item.sample_id)), returned=format_mass(a.returned_ug),
                consumed=format_mass(a.consumed_ug), lost=format_mass(a.lost_ug), accounted=format_mass(a.accounted_ug),
                missing=format_mass(item.mass_ug - a.accounted_ug)))
    return problems


def close_refusal(session: Session, loan_id: uuid.UUID) -> UserError | None:
    """Why the loan cannot be closed yet (an item not fully accounted, an open incident), or None.
    The window asks this before it asks the officer to confirm closing."""
    loan = get_loan(session, loan_id)
    problems = reconciliation_problems(session, loan.id)
    if problems:
        return LedgerError(
            Msg("{agreement_number} cannot be closed until every lent item is accounted for:\n{problems}",
                agreement_number=loan.agreement_number,
                problems=MsgList((Msg("• {problem}", problem=p) for p in problems), "\n")))
    still_open = [i for i in incidents(session, loan.id) if i.status == IncidentStatus.OPEN]
    if still_open:
        listed = MsgList((Msg("{kind!l} of {occurred_on}", kind=_label(INCIDENT_KIND_LABELS, i.kind), occurred_on=i.occurred_on)
                          for i in still_open), "; ")
        return ValidationError(Msg("{agreement_number} has open incidents ({listed}); close them before the loan.", agreement_number=loan.agreement_number, listed=listed),
                               field="incidents")
    return None


def close_loan(session: Session, loan_id: uuid.UUID, on: date, *, expected_version: int | None = None) -> Loan:
    """Close a loan whose every item is fully accounted (returned + consumed + lost = lent) and has no open incident."""
    loan = get_loan(session, loan_id, expected_version)
    step = _require(loan, "close")
    on = _check_date(on, Msg("closing date"), "closed_on")
    refusal = close_refusal(session, loan.id)
    if refusal is not None:
        raise refusal
    last = max((r.returned_on for r in returns(session, loan.id)), default=None)
    _not_before(on, last, Msg("closing date"), Msg("last return"), "closed_on")
    loan.closed_on = on
    _apply(loan, step)
    session.flush()
    return loan


# --- extensions and incidents -------------------------------------------------------------------------


def extend(session: Session, loan_id: uuid.UUID, new_due_date: date, reason: str, *,
           expected_version: int | None = None) -> LoanExtension:
    """Move the due date later, with the reason (kept as the loan's extension history)."""
    loan = get_loan(session, loan_id, expected_version)
    _require(loan, "extend")
    new_due_date = _check_date(new_due_date, Msg("new due date"), "new_due_date")
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(Msg("Say why the loan is extended (e.g. CLEP's approval of the borrower's request)."),
                              field="reason")
    if loan.due_date is not None and new_due_date <= loan.due_date:
        raise ValidationError(
            Msg("The new due date ({new_due_date}) must be later than the current one ({due_date}).", new_due_date=new_due_date, due_date=loan.due_date),
            field="new_due_date",
        )
    ext = LoanExtension(loan_id=loan.id, old_due_date=loan.due_date, new_due_date=new_due_date, reason=reason)
    session.add(ext)
    loan.due_date = new_due_date
    session.flush()
    return ext


def _incident_kind(kind: str) -> str:
    try:
        return IncidentKind(kind).value
    except ValueError:
        allowed = ", ".join(k.value for k in IncidentKind)
        raise ValidationError(Msg("'{kind}' is not a kind of incident; use one of: {allowed}.", kind=kind, allowed=allowed), field="kind") from None


def report_incident(
    session: Session,
    loan_id: uuid.UUID,
    occurred_on: date,
    kind: str,
    description: str,
    mass_affected_ug: int | None = None,
    *,
    reported_to_clep_on: date | None = None,
    expected_version: int | None = None,
) -> Incident:
    """Record a loss, damage, contamination, transfer to a third party or late report on a collected loan."""
    loan = get_loan(session, loan_id, expected_version)
    _require(loan, "incident")
    occurred_on = _check_date(occurred_on, Msg("date of the incident"), "occurred_on")
    kind = _incident_kind(kind)
    description = (description or "").strip()
    if not description:
        raise ValidationError(Msg("Describe what happened; the description goes to CLEP."), field="description")
    _not_before(occurred_on, loan.collected_on, Msg("date of the incident"), Msg("collection"), "occurred_on")
    if mass_affected_ug is not None:
        total = sum(i.mass_ug for i in loan_items(session, loan.id))
        if isinstance(mass_affected_ug, bool) or not isinstance(mass_affected_ug, int) or mass_affected_ug < 0:
            raise ValidationError(Msg("The mass affected is a whole number of micrograms, zero or more."), field="mass_affected")
        if mass_affected_ug > total:
            raise ValidationError(
                Msg(
                    "{mass_affected_ug} affected is more than the {total} lent under {agreement_number}.",
                    mass_affected_ug=format_mass(mass_affected_ug), total=format_mass(total), agreement_number=loan.agreement_number),
                field="mass_affected",
            )
    if reported_to_clep_on is not None:
        _not_before(_check_date(reported_to_clep_on, Msg("date reported to CLEP"), "reported_to_clep_on"), occurred_on,
                    Msg("date reported to CLEP"), Msg("incident"), "reported_to_clep_on")
    incident = Incident(loan_id=loan.id, occurred_on=occurred_on, kind=kind, description=description,
                        mass_affected_ug=mass_affected_ug, status=IncidentStatus.OPEN.value,
                        reported_to_clep_on=reported_to_clep_on)
    session.add(incident)
    session.flush()
    return incident


def close_incident(
    session: Session, incident_id: uuid.UUID, resolution: str, *, reported_to_clep_on: date | None = None
) -> Incident:
    """Close an incident with its resolution (and the date it was reported to CLEP, if not yet recorded)."""
    incident = session.get(Incident, incident_id)
    if incident is None:
        raise NotFoundError(Msg("That incident no longer exists; the list will be refreshed."))
    if incident.status != IncidentStatus.OPEN:
        raise ValidationError(Msg("The incident is already closed."), field="status")
    resolution = (resolution or "").strip()
    if not resolution:
        raise ValidationError(Msg("Say how the incident was resolved."), field="resolution")
    if reported_to_clep_on is not None:
        _not_before(_check_date(reported_to_clep_on, Msg("date reported to CLEP"), "reported_to_clep_on"),
                    incident.occurred_on, Msg("date reported to CLEP"), Msg("incident"), "reported_to_clep_on")
        incident.reported_to_clep_on = reported_to_clep_on
    incident.resolution = resolution
    incident.status = IncidentStatus.CLOSED.value
    session.flush()
    return incident


# --- state, lapses, releases -------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanState:
    """Derived flags of a loan on a given day."""

    lapsed: bool  # not signed and the signing deadline has passed (or marked lapsed)
    deadline_soon: bool  # awaiting signature, deadline at most SOON_WORKING_DAYS working days away
    working_days_left: int | None  # to the signing deadline, while awaiting signature and not past it
    overdue: bool  # collected, not closed, past the due date
    days_overdue: int | None
    incident_open: bool


def loan_state(loan: Loan, today: date, *, calendar: WorkCalendar | None = None, open_incidents: int = 0) -> LoanState:
    """The loan's flags today.  ``calendar`` (from :func:`workdays.calendar`) brings the officers'
    calendar entries into "deadline soon"; without it the library's calendar is used.
    ``open_incidents``: how many of the loan's incidents are open."""
    awaiting = loan.status == S.AWAITING_SIGNATURE
    lapsed = loan.status == S.LAPSED or (awaiting and today > loan.signing_deadline)
    left = None
    if awaiting and today <= loan.signing_deadline:
        left = (calendar or WorkCalendar()).working_days_between(today, loan.signing_deadline)
    holding = loan.status in (S.COLLECTED, S.PARTLY_RETURNED)
    overdue = holding and loan.due_date is not None and today > loan.due_date
    return LoanState(
        lapsed=lapsed, deadline_soon=left is not None and left <= SOON_WORKING_DAYS, working_days_left=left,
        overdue=overdue, days_overdue=(today - loan.due_date).days if overdue else None,
        incident_open=open_incidents > 0,
    )


def recompute_deadlines(session: Session) -> list[Loan]:
    """Count every provisional signing deadline again (after an officer entered a holiday arrangement);
    returns the loans whose deadline changed or stopped being provisional."""
    cal = workdays.calendar(session)
    changed = []
    q = select(Loan).where(Loan.deadline_provisional.is_(True),
                           Loan.status.in_([S.AWAITING_SIGNATURE.value, S.LAPSED.value]), Loan.released_on.is_(None))
    for loan in session.scalars(q):
        before = (loan.signing_deadline, loan.deadline_provisional)
        _refresh_deadline(loan, cal)
        if (loan.signing_deadline, loan.deadline_provisional) != before:
            changed.append(loan)
    session.flush()
    return changed


def check_lapsed(session: Session, today: date) -> list[Loan]:
    """Mark lapsed every loan not signed by its deadline; returns the loans marked now.

    Provisional deadlines are counted again first; a lapsed loan (mass not
    released) whose recounted deadline is still ahead awaits signature again.
    """
    cal = workdays.calendar(session)
    lapsed = []
    q = select(Loan).where(Loan.status.in_([S.AWAITING_SIGNATURE.value, S.LAPSED.value]), Loan.released_on.is_(None))
    for loan in session.scalars(q.order_by(Loan.agreement_number)):
        _refresh_deadline(loan, cal)
        if loan.status == S.AWAITING_SIGNATURE and today > loan.signing_deadline:
            _apply(loan, _require(loan, "lapse", today))
            lapsed.append(loan)
        elif loan.status == S.LAPSED and _blocker(_BY_ACTION["reopen"], loan, today) is None:
            _apply(loan, _BY_ACTION["reopen"])
    session.flush()
    return lapsed


def release_lapsed(session: Session, loan_id: uuid.UUID, today: date, *,
                   expected_version: int | None = None) -> list[Sample]:
    """Give a lapsed loan's reserved mass back to the catalogue (once); returns the samples released."""
    loan = get_loan(session, loan_id, expected_version)
    _refresh_deadline(loan, workdays.calendar(session))
    _require(loan, "release", today)
    if loan.deadline_provisional:
        years = ", ".join(str(y) for y in range(loan.decision_date.year, loan.signing_deadline.year + 1))
        raise ValidationError(
            Msg(
                "{agreement_number}'s signing deadline {signing_deadline} is provisional: the holiday arrangement"
                " of {years} is not entered yet. Enter it under {SETTINGS_PLACE} before releasing the reserved "
                "mass.",
                agreement_number=loan.agreement_number, signing_deadline=loan.signing_deadline, years=years, SETTINGS_PLACE=workdays.SETTINGS_PLACE),
            field="signing_deadline",
        )
    if loan.status == S.AWAITING_SIGNATURE:
        _apply(loan, _require(loan, "lapse", today))
    released: list[Sample] = []
    skipped: list[str] = []
    for item in loan_items(session, loan.id):
        sample = catalogue.get_sample(session, item.sample_id)
        if sample.status == SampleStatus.RESERVED:
            released.append(catalogue.release_reservation(session, sample.id))
        else:
            skipped.append(f"{sample.sample_number} ({catalogue.STATUS_LABELS[SampleStatus(sample.status)].lower()})")
    loan.released_on = today
    note = f"Reserved mass released on {today.isoformat()}: " + (", ".join(s.sample_number for s in released) or "none")
    if skipped:
        note += "; not reserved any more: " + ", ".join(skipped)
    loan.notes = (loan.notes + "\n" if loan.notes else "") + note + "."
    session.flush()
    return released


# --- listing ---------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LoanFilter:
    status: str | None = None
    text: str = ""  # agreement / certificate number, application reference or title, institution, person, sample number
    overdue_only: bool = False
    soon_only: bool = False  # awaiting signature with the deadline at most 5 working days away


@dataclass(frozen=True)
class LoanRow:
    """One line of the loans table (plain data, safe between threads)."""

    id: uuid.UUID
    agreement_number: str
    application_id: uuid.UUID
    application_reference: str
    institution: str
    institution_local: str
    member_state: str
    responsible_person: str  # Latin script
    responsible_person_native: str  # own script, may be ""
    status: str
    status_label: str
    signing_deadline: date
    deadline_provisional: bool
    due_date: date | None
    items_count: int
    loaned_ug: int
    outstanding_ug: int  # with the borrower: lent − returned − consumed − lost (0 before collection)
    lapsed: bool
    deadline_soon: bool
    overdue: bool
    incident_open: bool
    working_days_left: int | None = None
    inventory_overdue: bool = False  # an inventory date passed without an inventory (services.inventory)
    stale_custody: bool = False  # an item's custody log silent too long (services.custody)
    results: object | None = None  # results_view.LoanResults: its result reports (filled by the Loans tab)


def list_loans(session: Session, f: LoanFilter = LoanFilter(), today: date | None = None) -> list[LoanRow]:
    """The loans matching ``f``, by agreement number, with their flags as of ``today``."""
    today = today or date.today()
    items = (
        select(LoanItem.loan_id.label("loan_id"), func.count().label("n"), func.sum(LoanItem.mass_ug).label("ug"))
        .group_by(LoanItem.loan_id)
        .subquery()
    )
    accounted = (
        select(
            ReturnRecord.loan_id.label("loan_id"),
            func.sum(ReturnLine.returned_ug + ReturnLine.consumed_ug + ReturnLine.lost_ug).label("ug"),
        )
        .join(ReturnLine, ReturnLine.return_id == ReturnRecord.id)
        .group_by(ReturnRecord.loan_id)
        .subquery()
    )
    open_inc = (
        select(Incident.loan_id.label("loan_id"), func.count().label("n"))
        .where(Incident.status == IncidentStatus.OPEN.value)
        .group_by(Incident.loan_id)
        .subquery()
    )
    q = (
        select(
            Loan, Application.reference, Institution.name, Institution.name_local, MemberState.name,
            Person.name_latin, Person.name_native, func.coalesce(items.c.n, 0), func.coalesce(items.c.ug, 0),
            func.coalesce(accounted.c.ug, 0), func.coalesce(open_inc.c.n, 0),
        )
        .select_from(Loan)
        .join(Application, Application.id == Loan.application_id)
        .outerjoin(Institution, Institution.id == Loan.institution_id)
        .outerjoin(MemberState, MemberState.id == Institution.member_state_id)
        .outerjoin(Person, Person.id == Loan.responsible_person_id)
        .outerjoin(items, items.c.loan_id == Loan.id)
        .outerjoin(accounted, accounted.c.loan_id == Loan.id)
        .outerjoin(open_inc, open_inc.c.loan_id == Loan.id)
    )
    if f.status:
        q = q.where(Loan.status == f.status)
    text = (f.text or "").strip()
    if text:
        by_sample = exists(
            select(LoanItem.id).join(Sample, Sample.id == LoanItem.sample_id)
            .where(LoanItem.loan_id == Loan.id, contains(session, Sample.sample_number, text))
        )
        q = q.where(or_(*(contains(session, c, text) for c in (
            Loan.agreement_number, Loan.certificate_number, Application.reference, Application.title,
            Institution.name, Institution.name_local, Person.name_latin, Person.name_native,
        )), by_sample))
    cal = workdays.calendar(session)
    from lunar_desk.services import custody, inventory  # both build on this module

    inventory_late, stale = inventory.overdue_loan_ids(session, today), custody.stale_loan_ids(session, today)
    rows = []
    for loan, ref, inst, inst_local, state_name, latin, native, n, loaned, acc, n_open in session.execute(
        q.order_by(Loan.agreement_number)
    ).all():
        st = loan_state(loan, today, calendar=cal, open_incidents=int(n_open))
        if f.overdue_only and not st.overdue:
            continue
        if f.soon_only and not st.deadline_soon:
            continue
        holding = loan.status in (S.COLLECTED, S.PARTLY_RETURNED)
        rows.append(LoanRow(
            id=loan.id, agreement_number=loan.agreement_number, application_id=loan.application_id,
            application_reference=ref, institution=inst or "", institution_local=inst_local or "",
            member_state=state_name or "", responsible_person=latin or "", responsible_person_native=native or "",
            status=loan.status, status_label=status_label(loan.status), signing_deadline=loan.signing_deadline,
            deadline_provisional=loan.deadline_provisional, due_date=loan.due_date, items_count=int(n),
            loaned_ug=int(loaned), outstanding_ug=int(loaned) - int(acc) if holding else 0,
            lapsed=st.lapsed, deadline_soon=st.deadline_soon, overdue=st.overdue, incident_open=st.incident_open,
            working_days_left=st.working_days_left, inventory_overdue=loan.id in inventory_late,
            stale_custody=loan.id in stale,
        ))
    return rows


# --- the full view ----------------------------------------------------------------------------------------------


def loan_view(session: Session, loan_id: uuid.UUID, today: date) -> LoanView:
    """Everything about one loan as plain data (agreement, certificate, return form, the Loans tab)."""
    loan = get_loan(session, loan_id)
    app = apps.get_application(session, loan.application_id)
    inst = session.get(Institution, loan.institution_id) if loan.institution_id else None
    state = session.get(MemberState, inst.member_state_id) if inst is not None and inst.member_state_id else None
    if state is None and app.member_state_id:
        state = session.get(MemberState, app.member_state_id)
    person = session.get(Person, loan.responsible_person_id) if loan.responsible_person_id else None
    person_inst = session.get(Institution, person.institution_id) if person is not None and person.institution_id else None
    rnd = review.round_for_batch(session, app.batch_id)
    batch_number = None
    if app.batch_id:
        batch = session.get(ReleaseBatch, app.batch_id)
        batch_number = batch.number if batch else None

    cal = workdays.calendar(session)
    counted = cal.add_working_days(loan.decision_date, SIGNING_WORKING_DAYS)
    explanation = counted.explanation()
    if counted.deadline != loan.signing_deadline:
        explanation = MsgList((explanation, Msg("The agreement's deadline is {deadline}; the calendar as it is now "
                                                "would give {counted}.", deadline=loan.signing_deadline,
                                                counted=counted.deadline)), "\n")
    note = ""
    if loan.deadline_provisional:
        note = workdays.provisional_note(counted.unannounced_years) or Msg(
            "provisional: counted before the holiday arrangement was entered; it is counted again when the "
            "signature is recorded or lapses are checked")

    missions = {m.id: m for m in session.scalars(select(Mission))}
    accounts = item_accounts(session, loan.id)
    item_views = []
    numbers: dict[uuid.UUID, str] = {}
    positions: dict[uuid.UUID, int] = {}
    for n, item in enumerate(loan_items(session, loan.id), start=1):
        sample = session.get(Sample, item.sample_id)
        parent = session.get(Sample, sample.parent_id) if sample is not None and sample.parent_id else None
        mission = missions.get(sample.mission_id) if sample is not None else None
        a = accounts.get(item.id, ItemAccount())
        numbers[item.id] = sample.sample_number if sample else ""
        positions[item.id] = n
        out_pieces = None
        if item.pieces is not None:
            out_pieces = item.pieces - (a.returned_pieces or 0) if a.accounted_ug < item.mass_ug else 0
        item_views.append(LoanItemView(
            id=item.id, position=n, sample_id=item.sample_id, sample_number=numbers[item.id],
            parent_sample_number=parent.sample_number if parent else None,
            mission=mission.code if mission else "", mission_name=mission.name if mission else "",
            mission_name_zh=mission.name_zh if mission else "",
            sampling_mode=sample.sampling_mode if sample else "",
            sampling_mode_label=_label(catalogue.SAMPLING_LABELS, sample.sampling_mode) if sample else "",
            preparation=sample.preparation if sample else "",
            preparation_label=_label(catalogue.PREPARATION_LABELS, sample.preparation) if sample else "",
            use_class=sample.use_class if sample else "",
            use_class_label=_label(catalogue.USE_CLASS_LABELS, sample.use_class) if sample else "",
            mass_ug=item.mass_ug, pieces=item.pieces, returned_ug=a.returned_ug, returned_pieces=a.returned_pieces,
            consumed_ug=a.consumed_ug, lost_ug=a.lost_ug, outstanding_ug=item.mass_ug - a.accounted_ug,
            outstanding_pieces=out_pieces, fully_accounted=a.accounted_ug == item.mass_ug,
            sample_status=sample.status if sample else "",
            sample_status_label=_label(catalogue.STATUS_LABELS, sample.status) if sample else "",
            location=sample.location if sample else "",
        ))
    return_views = []
    for rec in returns(session, loan.id):
        lines = tuple(
            ReturnLineView(loan_item_id=ln.loan_item_id, item_position=positions.get(ln.loan_item_id, 0),
                           sample_number=numbers.get(ln.loan_item_id, ""), returned_ug=ln.returned_ug,
                           returned_pieces=ln.returned_pieces, consumed_ug=ln.consumed_ug, lost_ug=ln.lost_ug,
                           condition=ln.condition)
            for ln in sorted(return_lines(session, rec.id), key=lambda x: positions.get(x.loan_item_id, 0))
        )
        return_views.append(ReturnView(
            id=rec.id, returned_on=rec.returned_on, received_by=rec.received_by, notes=rec.notes, lines=lines,
            returned_ug=sum(x.returned_ug for x in lines), consumed_ug=sum(x.consumed_ug for x in lines),
            lost_ug=sum(x.lost_ug for x in lines),
        ))
    incident_rows = incidents(session, loan.id)
    incident_views = tuple(
        IncidentView(id=i.id, occurred_on=i.occurred_on, kind=i.kind, kind_label=_label(INCIDENT_KIND_LABELS, i.kind),
                     description=i.description, mass_affected_ug=i.mass_affected_ug, status=i.status,
                     status_label=_label(INCIDENT_STATUS_LABELS, i.status), reported_to_clep_on=i.reported_to_clep_on,
                     resolution=i.resolution)
        for i in incident_rows
    )
    st = loan_state(loan, today, calendar=cal,
                    open_incidents=sum(1 for i in incident_rows if i.status == IncidentStatus.OPEN))
    loaned = sum(v.mass_ug for v in item_views)
    returned = sum(v.returned_ug for v in item_views)
    consumed = sum(v.consumed_ug for v in item_views)
    lost = sum(v.lost_ug for v in item_views)
    return LoanView(
        id=loan.id, today=today, agreement_number=loan.agreement_number, status=loan.status,
        status_label=status_label(loan.status),
        application_id=app.id, application_reference=app.reference, application_kind=app.kind,
        application_kind_label=apps.KIND_LABELS.get(app.kind, app.kind), application_title=app.title,
        purpose=loan.purpose, batch_number=batch_number, round_name=rnd.name if rnd else "",
        decision_date=loan.decision_date, lender=LENDER, coordinator=COORDINATOR,
        borrower=BorrowerView(
            institution_id=inst.id if inst else None, name=inst.name if inst else "",
            name_local=inst.name_local if inst else "", city=inst.city if inst else "",
            member_state=state.name if state else "", member_state_zh=state.name_zh if state else "",
            member_state_iso3=state.iso3 if state else "",
        ),
        responsible_person=ResponsiblePersonView(
            person_id=person.id, name_latin=person.name_latin, name_native=person.name_native, position=person.position,
            email=person.email, phone=person.phone, institution=person_inst.name if person_inst else "",
            institution_local=person_inst.name_local if person_inst else "",
        ) if person is not None else None,
        signing_deadline=loan.signing_deadline, deadline_provisional=loan.deadline_provisional, deadline_note=note,
        deadline_working_days=SIGNING_WORKING_DAYS,
        deadline_skipped=tuple(SkippedDayView(s.day, s.weekday, s.reason, s.counted, s.holiday, s.holiday_zh)
                               for s in counted.skipped),
        deadline_explanation=explanation, signed_on=loan.signed_on,
        certificate_number=loan.certificate_number, certificate_date=loan.certificate_date,
        collected_on=loan.collected_on, collected_by=loan.collected_by, loan_months=loan.loan_months,
        original_due_date=add_months(loan.collected_on, loan.loan_months) if loan.collected_on else None,
        due_date=loan.due_date,
        extensions=tuple(ExtensionView(e.old_due_date, e.new_due_date, e.reason, e.created_at)
                         for e in extensions(session, loan.id)),
        items=tuple(item_views), returns=tuple(return_views), incidents=incident_views,
        loaned_ug=loaned, returned_ug=returned, consumed_ug=consumed, lost_ug=lost,
        outstanding_ug=loaned - returned - consumed - lost,
        closed_on=loan.closed_on, released_on=loan.released_on, notes=loan.notes,
        lapsed=st.lapsed, deadline_soon=st.deadline_soon, working_days_left=st.working_days_left,
        overdue=st.overdue, days_overdue=st.days_overdue, incident_open=st.incident_open,
        allowed_actions=tuple(s.label for s in allowed_actions(loan, today)),
        history=tuple(loan_history.history_lines(session, loan)),
        version=loan.version,
    )
