"""Custody of lent items: every movement of a loaned sample, who holds it and where.

Each :class:`~lunar_desk.db.models_stewardship.CustodyEvent` says from which
day an item is held by whom (a known person or a name) and where (building,
room, safe, exhibition).  The current holder and place are those of the
latest movement (by date, then by when it was recorded).  Collecting a loan
records the first movement, "collected", for each of its items
(:func:`record_collection_events`, called by :func:`loans.record_collection`).

Refused: a movement dated before the loan's collection, in the future, or
after the item's "returned" movement (nothing follows a return).

**Stale custody**: an item still with the borrower (its loan collected and
not closed, the item not fully accounted by the returns, no "returned"
movement) whose latest movement — or the collection, when no movement was
ever logged — is at least :func:`stale_months` months old (setting
``custody.stale_months``, default 12).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Institution,
    Loan,
    LoanItem,
    LoanStatus,
    Person,
    ReturnLine,
    Sample,
)
from lunar_desk.db.models_stewardship import CustodyEvent, CustodyKind
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services import settings
from lunar_desk.services.loans import add_months, get_loan, loan_items

KIND_LABELS = {
    CustodyKind.COLLECTED: "Collected",
    CustodyKind.IN_TRANSIT: "In transit",
    CustodyKind.RECEIVED: "Received at the laboratory",
    CustodyKind.MOVED: "Moved (room, safe)",
    CustodyKind.ON_DISPLAY: "On display",
    CustodyKind.RETURNED: "Returned",
}
HOLDING_STATUSES = (LoanStatus.COLLECTED.value, LoanStatus.PARTLY_RETURNED.value)
COLLECTION_PLACE = "CLEP lunar sample laboratory, NAOC, Beijing"
NAME_MAX = 200
PLACE_MAX = 300
MAX_STALE_MONTHS = 120


def kind_label(kind: str) -> str:
    try:
        return KIND_LABELS[CustodyKind(kind)]
    except ValueError:
        return kind


# --- settings ------------------------------------------------------------------------------------


def stale_months(session: Session) -> int:
    """Months without a custody entry after which an item on loan is flagged (setting ``custody.stale_months``)."""
    raw = settings.get_setting(session, settings.CUSTODY_STALE_MONTHS)
    try:
        months = int(raw)
    except ValueError:
        months = 0
    return months if 1 <= months <= MAX_STALE_MONTHS else int(settings.DEFAULTS[settings.CUSTODY_STALE_MONTHS])


def set_stale_months(session: Session, months: int) -> None:
    if isinstance(months, bool) or not isinstance(months, int) or not 1 <= months <= MAX_STALE_MONTHS:
        raise ValidationError(Msg(
            "Stale custody is flagged after a whole number of months from 1 to {MAX_STALE_MONTHS}.",
            MAX_STALE_MONTHS=MAX_STALE_MONTHS),
                              field="stale_months")
    settings.set_setting(session, settings.CUSTODY_STALE_MONTHS, str(months))


# --- recording -----------------------------------------------------------------------------------


def _item(session: Session, loan_item_id: uuid.UUID) -> LoanItem:
    item = session.get(LoanItem, loan_item_id)
    if item is None:
        raise NotFoundError(Msg("That lent item no longer exists; the loan will be refreshed."))
    return item


def _sample_number(session: Session, item: LoanItem) -> str:
    sample = session.get(Sample, item.sample_id)
    return sample.sample_number if sample else Msg("(sample no longer in the catalogue)")


def history(session: Session, loan_item_id: uuid.UUID) -> list[CustodyEvent]:
    """The item's movements, oldest first (same day: in the order they were recorded)."""
    q = select(CustodyEvent).where(CustodyEvent.loan_item_id == loan_item_id)
    return list(session.scalars(q.order_by(CustodyEvent.occurred_on, CustodyEvent.created_at, CustodyEvent.id)))


def record_movement(
    session: Session,
    loan_item_id: uuid.UUID,
    *,
    occurred_on: date,
    kind: str,
    today: date,
    holder_person_id: uuid.UUID | None = None,
    holder_name: str = "",
    place: str = "",
    note: str = "",
) -> CustodyEvent:
    """Log one movement of a lent item (see the module's rules); nothing is written when refused."""
    item = _item(session, loan_item_id)
    loan = get_loan(session, item.loan_id)
    number = _sample_number(session, item)
    try:
        kind = CustodyKind(kind).value
    except ValueError:
        allowed = ", ".join(k.value for k in CustodyKind)
        raise ValidationError(Msg("'{kind}' is not a kind of movement; use one of: {allowed}.", kind=kind, allowed=allowed), field="kind") from None
    if not isinstance(occurred_on, date):
        raise ValidationError(Msg("Give the date of the movement."), field="occurred_on")
    if loan.collected_on is None:
        raise ValidationError(Msg("{agreement_number} has not been collected yet: custody starts at collection.", agreement_number=loan.agreement_number),
                              field="occurred_on")
    if occurred_on < loan.collected_on:
        raise ValidationError(
            Msg(
                "Date of the movement: {occurred_on} is before {agreement_number} was collected ({collected_on}).",
                occurred_on=occurred_on, agreement_number=loan.agreement_number, collected_on=loan.collected_on), field="occurred_on")
    if occurred_on > today:
        raise ValidationError(Msg(
            "Date of the movement: {occurred_on} is in the future (today is {today}).",
            occurred_on=occurred_on, today=today), field="occurred_on")
    events = history(session, item.id)
    returned = next((e for e in events if e.kind == CustodyKind.RETURNED), None)
    if returned is not None and (kind == CustodyKind.RETURNED or occurred_on > returned.occurred_on):
        raise ValidationError(
            Msg(
                "Date of the movement: {number} was returned on {occurred_on} (custody log); no movement can "
                "follow its return.",
                number=number, occurred_on=returned.occurred_on), field="occurred_on")
    if kind == CustodyKind.COLLECTED and any(e.kind == CustodyKind.COLLECTED for e in events):
        raise ValidationError(Msg("Kind: the collection of {number} is already in its custody log.", number=number), field="kind")
    name = " ".join((holder_name or "").split())
    if holder_person_id is not None:
        person = session.get(Person, holder_person_id)
        if person is None:
            raise NotFoundError(Msg("The holder chosen is no longer in the list of people."))
    elif not name:
        raise ValidationError(Msg("Holder: say who holds {number} (a person from the list, or a name).", number=number), field="holder")
    if len(name) > NAME_MAX:
        raise ValidationError(Msg("Holder: the name has more than {NAME_MAX} characters.", NAME_MAX=NAME_MAX), field="holder")
    place = " ".join((place or "").split())
    if len(place) > PLACE_MAX:
        raise ValidationError(Msg("Place: more than {PLACE_MAX} characters.", PLACE_MAX=PLACE_MAX), field="place")
    event = CustodyEvent(loan_item_id=item.id, occurred_on=occurred_on, kind=kind, holder_person_id=holder_person_id,
                         holder_name=name, place=place, note=(note or "").strip())
    session.add(event)
    session.flush()
    return event


def record_collection_events(session: Session, loan: Loan, on: date, collected_by: str) -> list[CustodyEvent]:
    """The first movement of every item of a loan just collected: held by whoever collected it, at CLEP's laboratory."""
    events = [CustodyEvent(loan_item_id=item.id, occurred_on=on, kind=CustodyKind.COLLECTED.value,
                           holder_name=collected_by[:NAME_MAX], place=COLLECTION_PLACE)
              for item in loan_items(session, loan.id)]
    session.add_all(events)
    session.flush()
    return events


# --- views ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CustodyEntryView:
    id: uuid.UUID
    occurred_on: date
    kind: str
    kind_label: str
    holder_person_id: uuid.UUID | None
    holder: str  # "Mohammad Rezaei (محمد رضایی)" or the name given
    place: str
    note: str


@dataclass(frozen=True)
class ItemCustodyView:
    """One lent item's custody: where it is now, its log, and whether it is stale."""

    loan_item_id: uuid.UUID
    loan_id: uuid.UUID
    agreement_number: str
    position: int
    sample_number: str
    current: CustodyEntryView | None
    history: tuple[CustodyEntryView, ...]  # oldest first
    last_entry_on: date | None  # latest movement, else the collection
    with_borrower: bool  # the loan holds it: collected, not closed, not accounted, not returned
    stale: bool


def _person_names(session: Session, ids) -> dict[uuid.UUID, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    rows = session.execute(select(Person.id, Person.name_latin, Person.name_native).where(Person.id.in_(ids))).all()
    return {pid: f"{latin} ({native})" if native else latin for pid, latin, native in rows}


def _entry(e: CustodyEvent, names: dict[uuid.UUID, str]) -> CustodyEntryView:
    holder = names.get(e.holder_person_id, "") if e.holder_person_id else ""
    if e.holder_name and e.holder_name != holder:
        holder = f"{holder} — {e.holder_name}" if holder else e.holder_name
    return CustodyEntryView(e.id, e.occurred_on, e.kind, kind_label(e.kind), e.holder_person_id, holder, e.place, e.note)


def entry_views(session: Session, events: list[CustodyEvent]) -> list[CustodyEntryView]:
    """Plain views of custody events, with their holders' names."""
    names = _person_names(session, (e.holder_person_id for e in events))
    return [_entry(e, names) for e in events]


def _accounted(session: Session, item_ids) -> dict[uuid.UUID, int]:
    if not item_ids:
        return {}
    rows = session.execute(
        select(ReturnLine.loan_item_id, func.sum(ReturnLine.returned_ug + ReturnLine.consumed_ug + ReturnLine.lost_ug))
        .where(ReturnLine.loan_item_id.in_(list(item_ids))).group_by(ReturnLine.loan_item_id)
    ).all()
    return {item_id: int(total or 0) for item_id, total in rows}


def is_stale(last_entry_on: date | None, today: date, months: int) -> bool:
    return last_entry_on is not None and add_months(last_entry_on, months) <= today


def loan_custody(session: Session, loan_id: uuid.UUID, today: date) -> list[ItemCustodyView]:
    """Every item of the loan with its custody log, current holder and place, and stale flag."""
    loan = get_loan(session, loan_id)
    items = loan_items(session, loan.id)
    events: dict[uuid.UUID, list[CustodyEvent]] = {i.id: [] for i in items}
    q = select(CustodyEvent).where(CustodyEvent.loan_item_id.in_(list(events)))
    for e in session.scalars(q.order_by(CustodyEvent.occurred_on, CustodyEvent.created_at, CustodyEvent.id)):
        events[e.loan_item_id].append(e)
    names = _person_names(session, (e.holder_person_id for log in events.values() for e in log))
    accounted = _accounted(session, events)
    months = stale_months(session)
    out = []
    for n, item in enumerate(items, start=1):
        log = tuple(_entry(e, names) for e in events[item.id])
        returned = any(e.kind == CustodyKind.RETURNED for e in log)
        with_borrower = (loan.status in HOLDING_STATUSES and accounted.get(item.id, 0) < item.mass_ug and not returned)
        last = log[-1].occurred_on if log else loan.collected_on
        out.append(ItemCustodyView(
            loan_item_id=item.id, loan_id=loan.id, agreement_number=loan.agreement_number, position=n,
            sample_number=_sample_number(session, item), current=log[-1] if log else None, history=log,
            last_entry_on=last, with_borrower=with_borrower, stale=with_borrower and is_stale(last, today, months),
        ))
    return out


def current_for_sample(session: Session, sample_id: uuid.UUID, today: date) -> ItemCustodyView | None:
    """The custody of a catalogue sample on its most recent loan (None if it was never lent)."""
    q = (select(LoanItem.id, LoanItem.loan_id).join(Loan, Loan.id == LoanItem.loan_id)
         .where(LoanItem.sample_id == sample_id, Loan.collected_on.is_not(None))
         .order_by(Loan.collected_on.desc(), Loan.created_at.desc()))
    row = session.execute(q).first()
    if row is None:
        return None
    item_id, loan_id = row
    return next((v for v in loan_custody(session, loan_id, today) if v.loan_item_id == item_id), None)


# --- stale custody across loans ----------------------------------------------------------------------


@dataclass(frozen=True)
class StaleItem:
    loan_id: uuid.UUID
    agreement_number: str
    loan_item_id: uuid.UUID
    sample_number: str
    institution: str
    holder: str
    place: str
    last_entry_on: date
    months_without_entry: int


def _months_between(a: date, b: date) -> int:
    months = (b.year - a.year) * 12 + b.month - a.month
    return months - 1 if b.day < a.day else months


def _stale_rows(session: Session, today: date) -> list[tuple]:
    """(item id, loan id, agreement, sample number, institution, last entry) of every stale item, by agreement."""
    months = stale_months(session)
    last = (select(CustodyEvent.loan_item_id.label("item_id"), func.max(CustodyEvent.occurred_on).label("last_on"))
            .group_by(CustodyEvent.loan_item_id).subquery())
    returned = select(CustodyEvent.loan_item_id).where(CustodyEvent.kind == CustodyKind.RETURNED.value)
    accounted = (select(ReturnLine.loan_item_id.label("item_id"),
                        func.sum(ReturnLine.returned_ug + ReturnLine.consumed_ug + ReturnLine.lost_ug).label("ug"))
                 .group_by(ReturnLine.loan_item_id).subquery())
    rows = session.execute(
        select(LoanItem.id, LoanItem.loan_id, Loan.agreement_number, Sample.sample_number, Institution.name,
               func.coalesce(last.c.last_on, Loan.collected_on))
        .join(Loan, Loan.id == LoanItem.loan_id)
        .outerjoin(Sample, Sample.id == LoanItem.sample_id)
        .outerjoin(Institution, Institution.id == Loan.institution_id)
        .outerjoin(last, last.c.item_id == LoanItem.id)
        .outerjoin(accounted, accounted.c.item_id == LoanItem.id)
        .where(Loan.status.in_(HOLDING_STATUSES), LoanItem.id.not_in(returned),
               func.coalesce(accounted.c.ug, 0) < LoanItem.mass_ug)
        .order_by(Loan.agreement_number, LoanItem.created_at)
    ).all()
    return [r for r in rows if is_stale(r[5], today, months)]


def stale_items(session: Session, today: date) -> list[StaleItem]:
    """Items with the borrower whose custody log has been silent for :func:`stale_months` months or more."""
    rows = _stale_rows(session, today)
    current = current_holders(session, [r[0] for r in rows])
    out = []
    for item_id, loan_id, number, sample, inst, last_on in rows:
        view = current.get(item_id)
        out.append(StaleItem(loan_id, number, item_id, sample or "", inst or "", view.holder if view else "",
                             view.place if view else "", last_on, _months_between(last_on, today)))
    return out


def _latest(session: Session, item_ids) -> dict[uuid.UUID, CustodyEvent]:
    if not item_ids:
        return {}
    latest: dict[uuid.UUID, CustodyEvent] = {}
    q = select(CustodyEvent).where(CustodyEvent.loan_item_id.in_(list(item_ids)))
    for e in session.scalars(q.order_by(CustodyEvent.occurred_on, CustodyEvent.created_at, CustodyEvent.id)):
        latest[e.loan_item_id] = e
    return latest


def stale_loan_ids(session: Session, today: date) -> set[uuid.UUID]:
    """Loans with at least one item whose custody is stale (for the loans list's badge)."""
    return {r[1] for r in _stale_rows(session, today)}


def current_holders(session: Session, item_ids) -> dict[uuid.UUID, CustodyEntryView]:
    """The latest movement of each item given (items without one are absent)."""
    latest = _latest(session, list(item_ids))
    names = _person_names(session, (e.holder_person_id for e in latest.values()))
    return {item_id: _entry(e, names) for item_id, e in latest.items()}
