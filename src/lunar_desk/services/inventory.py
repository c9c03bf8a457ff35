"""The yearly inventory every open loan owes, and its reconciliation with the ledger.

**When.**  The programme's inventory day is the setting ``inventory.day``
(``MM-DD``, default ``12-31``; 29 February falls on the 28th in other
years).  A collected loan owes its first inventory on the first inventory day
*after* its collection, then one every year on that day, for as long as it
holds mass (collected or partly returned, not everything accounted for).  An
inventory answers one due date; a due date not answered is *overdue* from
the next day on.

**What.**  Per item still with the borrower: the mass remaining now, the
mass consumed since the previous inventory (or since collection), and its
state.  Every such item needs a line.

**Reconciliation.**  "Consumed since the last inventory" counts everything
used up since then, whether or not a return form has already declared it, so
the inventories' consumption adds up to the borrower's running total.  The
returns' declarations (the ledger) and that running total describe the same
mass, so the consumption taken is the larger of the two::

    consumed = max(consumed declared on returns up to the inventory date,
                   consumed declared by earlier inventories + consumed since the last one)
    expected remaining = lent − returned − lost − consumed      (returns dated on or before the inventory)

A line whose reported remaining mass differs from the expected one by more
than the mass-ledger tolerance (setting ``ledger_tolerance_ug``) is a
*discrepancy*: an incident is opened on the loan (kind "loss", with the
figures; the line links to it) in the same transaction as the inventory.

**Refused** (nothing written): a line reporting more mass remaining (or
remaining + consumed) than was lent, or consumption that with the returns
accounts for more than was lent; a missing or doubled item; an inventory
dated before collection or in the future; a due date already answered.
"""

from __future__ import annotations

import calendar as _calendar
import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    IncidentKind,
    Institution,
    Loan,
    LoanItem,
    Person,
    ReturnLine,
    ReturnRecord,
    Sample,
)
from lunar_desk.db.models_stewardship import Inventory, InventoryLine, InventorySource
from lunar_desk.errors import LedgerError, ValidationError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services import loans, settings
from lunar_desk.services.mass import format_mass

DISCREPANCY_KIND = IncidentKind.INVENTORY_DISCREPANCY
HOLDING_STATUSES = (loans.S.COLLECTED.value, loans.S.PARTLY_RETURNED.value)
SOURCE_LABELS = {InventorySource.OFFICER: "Recorded by an officer", InventorySource.BORROWER_SHEET: "Borrower's sheet"}
STATE_MAX = 200


# --- the inventory day ------------------------------------------------------------------------------


def parse_inventory_day(text: str) -> tuple[int, int]:
    """'12-31' → (12, 31); refused unless it is a day of the year (02-29 allowed)."""
    raw = (text or "").strip()
    parts = raw.split("-")
    if len(parts) == 2 and all(p.isdigit() for p in parts):
        month, day = int(parts[0]), int(parts[1])
        if 1 <= month <= 12 and 1 <= day <= _calendar.monthrange(2024, month)[1]:
            return month, day
    raise ValidationError(Msg("Inventory day: '{raw}' is not a day of the year; write it as MM-DD, e.g. 12-31.", raw=raw),
                          field="inventory_day")


def inventory_day(session: Session) -> tuple[int, int]:
    try:
        return parse_inventory_day(settings.get_setting(session, settings.INVENTORY_DAY))
    except ValidationError:
        return parse_inventory_day(settings.DEFAULTS[settings.INVENTORY_DAY])


def set_inventory_day(session: Session, text: str) -> None:
    month, day = parse_inventory_day(text)
    settings.set_setting(session, settings.INVENTORY_DAY, f"{month:02d}-{day:02d}")


def _on(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, _calendar.monthrange(year, month)[1]))


def due_dates(collected_on: date, day: tuple[int, int], until: date) -> list[date]:
    """The loan's inventory dates up to ``until`` (the first one after the collection, then yearly)."""
    year = collected_on.year
    first = _on(year, *day)
    if first <= collected_on:
        year += 1
    out = []
    while (d := _on(year, *day)) <= until:
        out.append(d)
        year += 1
    return out


def _answered(session: Session, loan_id: uuid.UUID) -> dict[date, Inventory]:
    return {i.due_on: i for i in session.scalars(select(Inventory).where(Inventory.loan_id == loan_id))}


def open_due_dates(session: Session, loan: Loan, today: date, day: tuple[int, int] | None = None,
                   answered: set[date] | None = None) -> list[date]:
    """Due dates not answered yet: the past ones and the next one (on or after today)."""
    if loan.collected_on is None:
        return []
    day = day or inventory_day(session)
    answered = answered if answered is not None else set(_answered(session, loan.id))
    dates = due_dates(loan.collected_on, day, today)
    upcoming = due_dates(loan.collected_on, day, _on(today.year + 2, *day))
    nxt = next((d for d in upcoming if d >= today), None)
    if nxt is not None and nxt not in dates:
        dates.append(nxt)
    return [d for d in dates if d not in answered]


def owed_by_loan(session: Session, loan_id: uuid.UUID, today: date) -> list[date]:
    """The loan's inventory dates not answered yet (past ones, then the next one)."""
    return open_due_dates(session, loans.get_loan(session, loan_id), today)


# --- balances -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ItemBalance:
    """What the ledger and the earlier inventories say about one lent item."""

    loan_item_id: uuid.UUID
    position: int
    sample_number: str
    lent_ug: int
    pieces: int | None
    returned_ug: int
    lost_ug: int
    consumed_returns_ug: int  # declared on return forms
    consumed_inventories_ug: int  # declared by earlier inventories

    @property
    def consumed_ug(self) -> int:
        return max(self.consumed_returns_ug, self.consumed_inventories_ug)

    @property
    def expected_ug(self) -> int:
        """What should remain with the borrower (before any consumption not declared yet)."""
        return self.lent_ug - self.returned_ug - self.lost_ug - self.consumed_ug

    @property
    def with_borrower(self) -> bool:
        return self.lent_ug - self.returned_ug - self.lost_ug - self.consumed_returns_ug > 0

    def name(self) -> str:
        return Msg("Item {n} ({sample_number}, {mass} lent)", n=self.position, sample_number=self.sample_number,
                   mass=format_mass(self.lent_ug))


def balances(session: Session, loan_id: uuid.UUID, *, as_of: date | None = None,
             before_due: date | None = None) -> list[ItemBalance]:
    """Per item: returns dated on or before ``as_of`` (all if None) and the consumption declared by inventories
    answering a due date before ``before_due`` (all if None)."""
    return balances_of(session, [loan_id], as_of=as_of, before_due=before_due).get(loan_id, [])


def balances_of(session: Session, loan_ids, *, as_of: date | None = None,
                before_due: date | None = None) -> dict[uuid.UUID, list[ItemBalance]]:
    """:func:`balances` of many loans in three queries (per loan id, items in the agreement's order)."""
    loan_ids = list(loan_ids)
    if not loan_ids:
        return {}
    q = (select(ReturnLine.loan_item_id, func.sum(ReturnLine.returned_ug), func.sum(ReturnLine.consumed_ug),
                func.sum(ReturnLine.lost_ug))
         .join(ReturnRecord, ReturnRecord.id == ReturnLine.return_id).where(ReturnRecord.loan_id.in_(loan_ids))
         .group_by(ReturnLine.loan_item_id))
    if as_of is not None:
        q = q.where(ReturnRecord.returned_on <= as_of)
    returned = {i: (int(r or 0), int(c or 0), int(lo or 0)) for i, r, c, lo in session.execute(q).all()}
    iq = (select(InventoryLine.loan_item_id, func.sum(InventoryLine.consumed_since_ug))
          .join(Inventory, Inventory.id == InventoryLine.inventory_id).where(Inventory.loan_id.in_(loan_ids))
          .group_by(InventoryLine.loan_item_id))
    if before_due is not None:
        iq = iq.where(Inventory.due_on < before_due)
    declared = {i: int(c or 0) for i, c in session.execute(iq).all()}
    items = session.execute(
        select(LoanItem.id, LoanItem.loan_id, LoanItem.mass_ug, LoanItem.pieces, Sample.sample_number)
        .outerjoin(Sample, Sample.id == LoanItem.sample_id).where(LoanItem.loan_id.in_(loan_ids))
        .order_by(LoanItem.loan_id, LoanItem.created_at, LoanItem.id)
    ).all()
    out: dict[uuid.UUID, list[ItemBalance]] = {}
    for item_id, loan_id, mass, pieces, number in items:
        lines = out.setdefault(loan_id, [])
        r, c, lo = returned.get(item_id, (0, 0, 0))
        lines.append(ItemBalance(item_id, len(lines) + 1, number or "", mass, pieces, r, lo, c, declared.get(item_id, 0)))
    return out


def remaining_estimates(session: Session, loan_id: uuid.UUID) -> dict[uuid.UUID, int]:
    """Per item, what should be with the borrower now (ledger and every inventory's declared consumption)."""
    return {b.loan_item_id: max(b.expected_ug, 0) for b in balances(session, loan_id)}


# --- recording ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryLineData:
    loan_item_id: uuid.UUID
    remaining_ug: int
    consumed_since_ug: int = 0
    state: str = ""


def _mass(value, what: str, name: str, field: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise ValidationError(Msg("{name}: the {what} is a whole number of micrograms, zero or more.", name=name, what=what), field=field)
    return value


def record_inventory(
    session: Session,
    loan_id: uuid.UUID,
    *,
    reported_on: date,
    lines: list[InventoryLineData],
    today: date,
    due_on: date | None = None,
    source: str = InventorySource.OFFICER.value,
    file_name: str = "",
    notes: str = "",
) -> Inventory:
    """Record an inventory (see the module's rules); discrepancies open incidents in the same transaction.

    ``due_on`` is the inventory date answered; by default the earliest one not yet answered.
    """
    loan = loans.get_loan(session, loan_id)
    if loan.status not in HOLDING_STATUSES or loan.collected_on is None:
        raise ValidationError(Msg(
            "{agreement_number} is {status_label!l}: only a loan whose samples are with the borrower owes an "
            "inventory.",
            agreement_number=loan.agreement_number, status_label=loans.status_label(loan.status)), field="status")
    if not isinstance(reported_on, date):
        raise ValidationError(Msg("Give the date of the inventory."), field="reported_on")
    if reported_on < loan.collected_on:
        raise ValidationError(Msg(
            "Inventory date: {reported_on} is before {agreement_number} was collected ({collected_on}).",
            reported_on=reported_on, agreement_number=loan.agreement_number, collected_on=loan.collected_on), field="reported_on")
    if reported_on > today:
        raise ValidationError(Msg("Inventory date: {reported_on} is in the future.", reported_on=reported_on), field="reported_on")
    try:
        source = InventorySource(source).value
    except ValueError:
        raise ValidationError(Msg("'{source}' is not a source of inventories.", source=source), field="source") from None
    answered = _answered(session, loan.id)
    owed = open_due_dates(session, loan, max(today, reported_on), answered=set(answered))
    if due_on is None:
        if not owed:
            raise ValidationError(Msg("{agreement_number} owes no inventory now.", agreement_number=loan.agreement_number), field="due_on")
        due_on = owed[0]
    elif due_on in answered:
        raise ValidationError(Msg(
            "The inventory due {due_on} for {agreement_number} was already recorded (dated {reported_on}).",
            due_on=due_on, agreement_number=loan.agreement_number, reported_on=answered[due_on].reported_on), field="due_on")
    elif due_on not in owed:
        listed = ", ".join(d.isoformat() for d in owed) or "none"
        raise ValidationError(Msg(
            "{due_on} is not an inventory date of {agreement_number} (open: {listed}).",
            due_on=due_on, agreement_number=loan.agreement_number, listed=listed), field="due_on")

    current = [b for b in balances(session, loan.id, as_of=reported_on, before_due=due_on) if b.with_borrower]
    by_id = {b.loan_item_id: b for b in current}
    known = {i.id for i in loans.loan_items(session, loan.id)}
    seen: dict[uuid.UUID, InventoryLineData] = {}
    for k, line in enumerate(lines, start=1):
        b = by_id.get(line.loan_item_id)
        if b is None:
            what = Msg("is fully accounted for by the returns") if line.loan_item_id in known else Msg("is not lent under {agreement_number}", agreement_number=loan.agreement_number)
            raise ValidationError(Msg("Line {k} names an item that {what}.", k=k, what=what), field="lines")
        if line.loan_item_id in seen:
            raise ValidationError(Msg("{name} is on the inventory twice; give one line per item.", name=b.name()), field="lines")
        seen[line.loan_item_id] = line
    missing = [b.name() for b in current if b.loan_item_id not in seen]
    if missing:
        raise ValidationError(Msg("The inventory has no line for: {items}.", items=MsgList(missing, "; ")),
                              field="lines")

    checked: list[tuple[ItemBalance, InventoryLineData, int, int, int]] = []
    for b in current:
        line = seen[b.loan_item_id]
        remaining = _mass(line.remaining_ug, Msg("remaining mass"), b.name(), "remaining")
        consumed = _mass(line.consumed_since_ug, Msg("consumed mass"), b.name(), "consumed_since")
        if remaining > b.lent_ug:
            raise LedgerError(Msg(
                "{name}: {remaining} reported remaining is more than the {lent_ug} lent.",
                name=b.name(), remaining=format_mass(remaining), lent_ug=format_mass(b.lent_ug)))
        if remaining + consumed > b.lent_ug:
            raise LedgerError(Msg(
                "{name}: {remaining} remaining + {consumed} consumed since the last inventory = {value}, more "
                "than the {lent_ug} lent.",
                name=b.name(), remaining=format_mass(remaining), consumed=format_mass(consumed), value=format_mass(remaining + consumed), lent_ug=format_mass(b.lent_ug)))
        total_consumed = max(b.consumed_returns_ug, b.consumed_inventories_ug + consumed)
        if b.returned_ug + b.lost_ug + total_consumed > b.lent_ug:
            raise LedgerError(
                Msg(
                    "{name}: {returned_ug} returned + {lost_ug} lost + {total_consumed} consumed (earlier "
                    "inventories {consumed_inventories_ug} + {consumed} since) is more than was lent.",
                    name=b.name(), returned_ug=format_mass(b.returned_ug), lost_ug=format_mass(b.lost_ug), total_consumed=format_mass(total_consumed), consumed_inventories_ug=format_mass(b.consumed_inventories_ug), consumed=format_mass(consumed)))
        expected = b.lent_ug - b.returned_ug - b.lost_ug - total_consumed
        state = " ".join((line.state or "").split())
        if len(state) > STATE_MAX:
            raise ValidationError(Msg("{name}: the state has more than {STATE_MAX} characters.", name=b.name(), STATE_MAX=STATE_MAX), field="state")
        checked.append((b, line, remaining, consumed, expected))

    inv = Inventory(loan_id=loan.id, due_on=due_on, reported_on=reported_on, source=source,
                    file_name=(file_name or "")[:300], notes=(notes or "").strip())
    session.add(inv)
    session.flush()
    tolerance = settings.ledger_tolerance_ug(session)
    for b, line, remaining, consumed, expected in checked:
        row = InventoryLine(inventory_id=inv.id, loan_item_id=b.loan_item_id, remaining_ug=remaining,
                            consumed_since_ug=consumed, expected_ug=expected, state=" ".join((line.state or "").split()))
        if abs(remaining - expected) > tolerance:
            diff = remaining - expected
            # stays English: the incident's description is stored and goes to CLEP as written
            text = (f"Inventory discrepancy: the inventory for {due_on.isoformat()} (dated {reported_on.isoformat()}) "
                    f"reports {format_mass(remaining)} of {b.sample_number} remaining; the ledger expects "
                    f"{format_mass(expected)} (lent {format_mass(b.lent_ug)} − returned {format_mass(b.returned_ug)} − "
                    f"lost {format_mass(b.lost_ug)} − consumed {format_mass(b.lent_ug - b.returned_ug - b.lost_ug - expected)}"
                    f"): {format_mass(abs(diff))} {'unaccounted for' if diff < 0 else 'more than expected'}.")
            incident = loans.report_incident(session, loan.id, reported_on, DISCREPANCY_KIND.value, text, abs(diff))
            row.incident_id = incident.id
            inv.discrepancy = True
        session.add(row)
    session.flush()
    return inv


# --- views --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class InventoryLineView:
    loan_item_id: uuid.UUID
    position: int
    sample_number: str
    remaining_ug: int
    consumed_since_ug: int
    expected_ug: int
    state: str
    incident_id: uuid.UUID | None

    @property
    def difference_ug(self) -> int:
        return self.remaining_ug - self.expected_ug


@dataclass(frozen=True)
class InventoryView:
    id: uuid.UUID
    due_on: date
    reported_on: date
    source: str
    source_label: str
    file_name: str
    discrepancy: bool
    notes: str
    lines: tuple[InventoryLineView, ...]


def inventories(session: Session, loan_id: uuid.UUID) -> list[InventoryView]:
    """The loan's inventories, oldest due date first."""
    positions = {b.loan_item_id: (b.position, b.sample_number) for b in balances(session, loan_id)}
    out = []
    for inv in session.scalars(select(Inventory).where(Inventory.loan_id == loan_id).order_by(Inventory.due_on)):
        rows = session.scalars(select(InventoryLine).where(InventoryLine.inventory_id == inv.id))
        lines = sorted((InventoryLineView(ln.loan_item_id, *positions.get(ln.loan_item_id, (0, "")), ln.remaining_ug,
                                          ln.consumed_since_ug, ln.expected_ug, ln.state, ln.incident_id) for ln in rows),
                       key=lambda x: x.position)
        out.append(InventoryView(inv.id, inv.due_on, inv.reported_on, inv.source, SOURCE_LABELS.get(inv.source, inv.source),
                                 inv.file_name, inv.discrepancy, inv.notes, tuple(lines)))
    return out


@dataclass(frozen=True)
class InventoryDue:
    """One inventory a loan owes (overdue, due today or the next one)."""

    loan_id: uuid.UUID
    agreement_number: str
    institution_id: uuid.UUID | None
    institution: str
    responsible_person_id: uuid.UUID | None
    responsible_person: str
    due_on: date
    overdue: bool
    days: int  # overdue by (when overdue), else days left


def holding_loans(session: Session) -> list[tuple[Loan, str, str]]:
    """Loans whose samples are with the borrower and that still hold mass, with institution and person names."""
    lent = select(LoanItem.loan_id.label("loan_id"), func.sum(LoanItem.mass_ug).label("ug")).group_by(LoanItem.loan_id).subquery()
    acc = (select(ReturnRecord.loan_id.label("loan_id"),
                  func.sum(ReturnLine.returned_ug + ReturnLine.consumed_ug + ReturnLine.lost_ug).label("ug"))
           .join(ReturnLine, ReturnLine.return_id == ReturnRecord.id).group_by(ReturnRecord.loan_id).subquery())
    rows = session.execute(
        select(Loan, Institution.name, Person.name_latin, func.coalesce(lent.c.ug, 0), func.coalesce(acc.c.ug, 0))
        .outerjoin(Institution, Institution.id == Loan.institution_id)
        .outerjoin(Person, Person.id == Loan.responsible_person_id)
        .outerjoin(lent, lent.c.loan_id == Loan.id).outerjoin(acc, acc.c.loan_id == Loan.id)
        .where(Loan.status.in_(HOLDING_STATUSES), Loan.collected_on.is_not(None))
        .order_by(Loan.agreement_number)
    ).all()
    return [(loan, inst or "", person or "") for loan, inst, person, ug, accounted in rows if ug > accounted]


def owed(session: Session, today: date) -> list[InventoryDue]:
    """Every inventory owed: overdue ones, and each holding loan's next one; by due date."""
    day = inventory_day(session)
    answered: dict[uuid.UUID, set[date]] = {}
    for loan_id, due in session.execute(select(Inventory.loan_id, Inventory.due_on)).all():
        answered.setdefault(loan_id, set()).add(due)
    out = []
    for loan, inst, person in holding_loans(session):
        for d in open_due_dates(session, loan, today, day, answered.get(loan.id, set())):
            overdue = d < today
            out.append(InventoryDue(loan.id, loan.agreement_number, loan.institution_id, inst, loan.responsible_person_id,
                                    person, d, overdue, (today - d).days if overdue else (d - today).days))
    return sorted(out, key=lambda x: (x.due_on, x.agreement_number))


def overdue_loan_ids(session: Session, today: date) -> set[uuid.UUID]:
    return {d.loan_id for d in owed(session, today) if d.overdue}


# --- the borrower's sheet -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TemplateItem:
    loan_item_id: uuid.UUID
    position: int
    sample_number: str
    lent_ug: int
    pieces: int | None
    expected_ug: int  # before any consumption since the last inventory


@dataclass(frozen=True)
class InventoryTemplateView:
    """What the per-loan Excel template carries (and what its import is checked against)."""

    loan_id: uuid.UUID
    agreement_number: str
    certificate_number: str
    institution: str
    institution_local: str
    responsible_person: str
    due_on: date
    items: tuple[TemplateItem, ...]


def template_view(session: Session, loan_id: uuid.UUID, today: date, due_on: date | None = None) -> InventoryTemplateView:
    """The template for the loan's next inventory (the earliest due date not answered)."""
    loan = loans.get_loan(session, loan_id)
    if loan.status not in HOLDING_STATUSES or loan.collected_on is None:
        raise ValidationError(Msg(
            "{agreement_number} is {status_label!l}: only a loan whose samples are with the borrower owes an "
            "inventory.",
            agreement_number=loan.agreement_number, status_label=loans.status_label(loan.status)), field="status")
    owed_dates = open_due_dates(session, loan, today)
    due_on = due_on or (owed_dates[0] if owed_dates else today)
    inst = session.get(Institution, loan.institution_id) if loan.institution_id else None
    person = session.get(Person, loan.responsible_person_id) if loan.responsible_person_id else None
    items = tuple(TemplateItem(b.loan_item_id, b.position, b.sample_number, b.lent_ug, b.pieces, max(b.expected_ug, 0))
                  for b in balances(session, loan.id, before_due=due_on) if b.with_borrower)
    return InventoryTemplateView(loan.id, loan.agreement_number, loan.certificate_number, inst.name if inst else "",
                                 inst.name_local if inst else "", person.name_latin if person else "", due_on, items)
