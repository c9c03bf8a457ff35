"""When a responsible person leaves: transfer or recall, and who holds samples now.

* :func:`record_departure` — a person retired, moved or died on a date
  (``Person.status`` / ``Person.left_on``); their open loans then wait for
  the officer's decision, loan by loan (:func:`open_loans_of`).
* :func:`transfer` — responsibility for an open loan passes to another
  person **at the loan's institution** (anyone else is refused, naming both
  institutions); the samples' custody log is not changed (record a movement
  if they physically move).
* :func:`recall` — CLEP wants the samples back: the loan becomes due
  :func:`recall_days` days after the recall (setting ``recall.days``,
  default 30), or stays due earlier if it already was.  The loan stays open
  until the samples are returned; once that date passes it is overdue, like
  any other loan (and its people are on hold).

Both are kept as :class:`~lunar_desk.db.models_stewardship.LoanTransfer`
rows with their date and reason, and shown in the loan's history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Institution, Loan, MemberState, Person, PersonStatus
from lunar_desk.db.models_stewardship import LoanTransfer, TransferKind
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services import custody, inventory, loans, settings
from lunar_desk.services.reference import person_label
from lunar_desk.messages import Msg

STATUS_LABELS = {
    PersonStatus.ACTIVE: "Active",
    PersonStatus.RETIRED: "Retired",
    PersonStatus.MOVED: "Moved to another institution",
    PersonStatus.DECEASED: "Deceased",
}
MAX_RECALL_DAYS = 365


def person_status_label(status: str) -> str:
    return STATUS_LABELS.get(status, status)


def recall_days(session: Session) -> int:
    try:
        days = int(settings.get_setting(session, settings.RECALL_DAYS))
    except ValueError:
        days = 0
    return days if 1 <= days <= MAX_RECALL_DAYS else int(settings.DEFAULTS[settings.RECALL_DAYS])


def set_recall_days(session: Session, days: int) -> None:
    if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_RECALL_DAYS:
        raise ValidationError(Msg("A recall gives a whole number of days from 1 to {MAX_RECALL_DAYS}.", MAX_RECALL_DAYS=MAX_RECALL_DAYS), field="recall_days")
    settings.set_setting(session, settings.RECALL_DAYS, str(days))


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(Msg("That person is no longer in the list of people."))
    return person


def _institution_name(session: Session, institution_id: uuid.UUID | None) -> str:
    inst = session.get(Institution, institution_id) if institution_id else None
    if inst is None:
        return "no institution"
    state = session.get(MemberState, inst.member_state_id) if inst.member_state_id else None
    return f"{inst.name} ({state.name})" if state else inst.name


def _check_day(value, what: str, field: str, today: date, not_before: date | None, before_what: str) -> date:
    if not isinstance(value, date):
        raise ValidationError(Msg("Give the {what}.", what=what), field=field)
    if value > today:
        raise ValidationError(Msg("The {what} ({value}) is in the future.", what=what, value=value), field=field)
    if not_before is not None and value < not_before:
        raise ValidationError(Msg("The {what} ({value}) is before {before_what} ({not_before}).", what=what, value=value, before_what=before_what, not_before=not_before),
                              field=field)
    return value


# --- departures ---------------------------------------------------------------------------------------


def record_departure(session: Session, person_id: uuid.UUID, status: str, left_on: date | None, *, today: date) -> Person:
    """The person retired, moved or died on ``left_on`` (or is ``active`` again: a correction, no date)."""
    person = _person(session, person_id)
    try:
        status = PersonStatus(status).value
    except ValueError:
        raise ValidationError(Msg("'{status}' is not a status; use active, retired, moved or deceased.", status=status), field="status") from None
    if status == PersonStatus.ACTIVE:
        person.status, person.left_on = status, None
    else:
        person.left_on = _check_day(left_on, Msg("date of leaving"), "left_on", today, None, "")
        person.status = status
    session.flush()
    return person


def open_loans_of(session: Session, person_id: uuid.UUID) -> list[Loan]:
    """Loans the person is responsible for that are not closed (nor lapsed with the mass released)."""
    q = select(Loan).where(Loan.responsible_person_id == person_id, loans._open_condition())
    return list(session.scalars(q.order_by(Loan.agreement_number)))


def _open_loan(session: Session, loan_id: uuid.UUID) -> Loan:
    loan = loans.get_loan(session, loan_id)
    if loan.status == loans.S.CLOSED or (loan.status == loans.S.LAPSED and loan.released_on is not None):
        raise ValidationError(Msg(
            "{agreement_number} is {status_label!l}; only an open loan changes hands.",
            agreement_number=loan.agreement_number, status_label=loans.status_label(loan.status)), field="status")
    return loan


def _reason(reason: str) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError(Msg("Give the reason; it is kept in the loan's history."), field="reason")
    return reason


def candidates(session: Session, loan_id: uuid.UUID) -> list[Person]:
    """Active people at the loan's institution who could take it over."""
    loan = loans.get_loan(session, loan_id)
    inst = loan.institution_id
    if inst is None and loan.responsible_person_id:
        inst = _person(session, loan.responsible_person_id).institution_id
    if inst is None:
        return []
    q = select(Person).where(Person.institution_id == inst, Person.status == PersonStatus.ACTIVE.value)
    if loan.responsible_person_id:
        q = q.where(Person.id != loan.responsible_person_id)
    return list(session.scalars(q.order_by(Person.name_latin)))


def transfer(session: Session, loan_id: uuid.UUID, to_person_id: uuid.UUID, effective_on: date, reason: str, *,
             today: date) -> LoanTransfer:
    """Responsibility for the loan passes to ``to_person_id`` (at the loan's institution) from ``effective_on``."""
    loan = _open_loan(session, loan_id)
    effective_on = _check_day(effective_on, Msg("date of the transfer"), "effective_on", today, loan.decision_date,
                              Msg("the committee's decision"))
    reason = _reason(reason)
    to = _person(session, to_person_id)
    if to.id == loan.responsible_person_id:
        raise ValidationError(Msg("{person_label} is already responsible for {agreement_number}.", person_label=person_label(to), agreement_number=loan.agreement_number), field="to_person")
    if to.status != PersonStatus.ACTIVE:
        when = Msg(" on {left_on}", left_on=to.left_on) if to.left_on else ""
        raise ValidationError(Msg(
            "{person_label} is {person_status_label!l}{when}; choose someone still at the institution.",
            person_label=person_label(to), person_status_label=person_status_label(to.status), when=when), field="to_person")
    home = loan.institution_id
    if home is None and loan.responsible_person_id:
        home = _person(session, loan.responsible_person_id).institution_id
    if to.institution_id != home:
        raise ValidationError(
            Msg(
                "{person_label} is at {institution_name}, not at {institution_name_2}, the borrower of "
                "{agreement_number}: responsibility passes only to someone at the same institution. Start a "
                "recall instead.",
                person_label=person_label(to), institution_name=_institution_name(session, to.institution_id), institution_name_2=_institution_name(session, home), agreement_number=loan.agreement_number), field="to_person")
    row = LoanTransfer(loan_id=loan.id, kind=TransferKind.TRANSFER.value, effective_on=effective_on,
                       from_person_id=loan.responsible_person_id, to_person_id=to.id, reason=reason)
    session.add(row)
    loan.responsible_person_id = to.id
    session.flush()
    return row


def recall(session: Session, loan_id: uuid.UUID, effective_on: date, reason: str, *, today: date) -> LoanTransfer:
    """Start a recall: the samples are due back :func:`recall_days` days after ``effective_on``."""
    loan = _open_loan(session, loan_id)
    if loan.status not in inventory.HOLDING_STATUSES:
        raise ValidationError(Msg(
            "{agreement_number} is {status_label!l}: its samples are not with the borrower, so there is nothing "
            "to recall.",
            agreement_number=loan.agreement_number, status_label=loans.status_label(loan.status)), field="status")
    earlier = session.scalars(select(LoanTransfer).where(LoanTransfer.loan_id == loan.id,
                                                         LoanTransfer.kind == TransferKind.RECALL.value)).first()
    if earlier is not None:
        raise ValidationError(Msg("A recall of {agreement_number} was started on {effective_on}.", agreement_number=loan.agreement_number, effective_on=earlier.effective_on),
                              field="status")
    effective_on = _check_day(effective_on, Msg("date of the recall"), "effective_on", today, loan.collected_on, Msg(
        "the collection"))
    reason = _reason(reason)
    days = recall_days(session)
    back_by = effective_on + timedelta(days=days)
    old = loan.due_date
    new = min(old, back_by) if old is not None else back_by
    note = (f"Due date moved from {old.isoformat()} to {new.isoformat()}" if old != new
            else f"Due date stays {new.isoformat()}") + f": the samples are to be returned within {days} days."
    row = LoanTransfer(loan_id=loan.id, kind=TransferKind.RECALL.value, effective_on=effective_on,
                       from_person_id=loan.responsible_person_id, to_person_id=None, reason=f"{reason}\n{note}")
    session.add(row)
    loan.due_date = new
    session.flush()
    return row


def transfers(session: Session, loan_id: uuid.UUID) -> list[LoanTransfer]:
    q = select(LoanTransfer).where(LoanTransfer.loan_id == loan_id)
    return list(session.scalars(q.order_by(LoanTransfer.effective_on, LoanTransfer.created_at)))


# --- people who hold samples ----------------------------------------------------------------------------


@dataclass(frozen=True)
class HeldItemView:
    loan_item_id: uuid.UUID
    sample_number: str
    remaining_ug: int
    holder: str  # the custody log's current holder
    place: str


@dataclass(frozen=True)
class HeldLoanView:
    loan_id: uuid.UUID
    agreement_number: str
    role: str  # "responsible", "custody" or "responsible, custody"
    items: tuple[HeldItemView, ...]
    remaining_ug: int


@dataclass(frozen=True)
class HolderView:
    """One person who holds lunar samples now, and what."""

    person_id: uuid.UUID
    name: str  # Latin, with the own-script name in brackets
    institution: str
    status: str  # PersonStatus value
    status_label: str
    left_on: date | None
    loans: tuple[HeldLoanView, ...]
    items_count: int
    remaining_ug: int

    @property
    def needs_decision(self) -> bool:
        """Left, yet still responsible for a loan: transfer it or recall it."""
        return self.status != PersonStatus.ACTIVE and any("responsible" in h.role for h in self.loans)


def holders(session: Session) -> list[HolderView]:
    """Per person: the loans they are responsible for and the items in their custody now, with the mass
    that should remain (ledger and inventories); people who left first, then by name."""
    held: dict[uuid.UUID, dict[uuid.UUID, dict]] = {}
    loans_by_id = {loan.id: loan for loan, _inst, _person in inventory.holding_loans(session)}
    balances = inventory.balances_of(session, loans_by_id)
    current = custody.current_holders(session, [b.loan_item_id for lines in balances.values() for b in lines])
    for loan_id, lines in balances.items():
        loan = loans_by_id[loan_id]
        for b in lines:
            ug = max(b.expected_ug, 0)
            entry = current.get(b.loan_item_id)
            if ug <= 0 or (entry is not None and entry.kind == custody.CustodyKind.RETURNED):
                continue
            item = HeldItemView(b.loan_item_id, b.sample_number, ug, entry.holder if entry else "",
                                entry.place if entry else "")
            who = {loan.responsible_person_id: "responsible"} if loan.responsible_person_id else {}
            if entry is not None and entry.holder_person_id is not None:
                who[entry.holder_person_id] = ("responsible, custody" if entry.holder_person_id in who else "custody")
            for pid, role in who.items():
                slot = held.setdefault(pid, {}).setdefault(loan.id, {"roles": set(), "items": []})
                slot["roles"].update(role.split(", "))
                slot["items"].append(item)
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(held))))}
    insts = dict(session.execute(select(Institution.id, Institution.name)).all())
    out = []
    for pid, by_loan in held.items():
        p = people.get(pid)
        if p is None:
            continue
        views = tuple(
            HeldLoanView(lid, loans_by_id[lid].agreement_number,
                         ", ".join(r for r in ("responsible", "custody") if r in slot["roles"]), tuple(slot["items"]),
                         sum(i.remaining_ug for i in slot["items"]))
            for lid, slot in sorted(by_loan.items(), key=lambda kv: loans_by_id[kv[0]].agreement_number)
        )
        out.append(HolderView(pid, person_label(p), insts.get(p.institution_id, ""), p.status,
                              person_status_label(p.status), p.left_on, views, sum(len(v.items) for v in views),
                              sum(v.remaining_ug for v in views)))
    return sorted(out, key=lambda h: (h.status == PersonStatus.ACTIVE, h.name.lower()))
