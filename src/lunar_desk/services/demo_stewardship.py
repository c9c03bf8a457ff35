"""Demonstration stewardship records, written through the services, on top of the demo loans.

* The demo programme's **inventory day** is the first day of the second
  month after the old overdue loan's collection, so that loan has owed two
  yearly inventories whatever day the demo is made: the first was answered
  late by the borrower's sheet with a **discrepancy** (an incident opened),
  the second is **overdue**.
* That loan's item has a **custody history** (collected, in transit,
  received at the laboratory, moved to the magnetics lab) that then fell
  silent for more than a year: **stale custody**.  With its overdue return
  and inventory, its responsible person and institution are **on hold**
  (the pre-check of their applications shows it).
* The recent partly returned loan: its responsible person **retired**, the
  loan was **transferred** to a colleague at the same institution, and the
  custody log follows the samples to the new holder's laboratory.

Needs :func:`lunar_desk.services.demo_loans.fill_loans` first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Loan, LoanStatus, Person
from lunar_desk.db.models_stewardship import InventorySource
from lunar_desk.services import custody, inventory, loans, reassignment
from lunar_desk.services.inventory import InventoryLineData


@dataclass
class DemoStewardshipSummary:
    movements: int = 0
    inventories: int = 0
    transfers: int = 0


def _colleague(session: Session, person_id, institution_id) -> Person | None:
    q = select(Person).where(Person.institution_id == institution_id, Person.id != person_id,
                             Person.status == "active").order_by(Person.name_latin)
    return session.scalars(q).first()


def _old_loan(session: Session, today: date, summary: DemoStewardshipSummary) -> None:
    q = select(Loan).where(Loan.status == LoanStatus.COLLECTED.value, Loan.due_date < today).order_by(Loan.collected_on)
    loan = session.scalars(q).first()
    if loan is None or loan.collected_on is None:
        return
    c = loan.collected_on
    month = (c.month + 1) % 12 + 1  # the first day of the second month after the collection
    inventory.set_inventory_day(session, f"{month:02d}-01")
    pi = session.get(Person, loan.responsible_person_id) if loan.responsible_person_id else None
    colleague = _colleague(session, loan.responsible_person_id, loan.institution_id) if pi else None
    steps = [
        (c + timedelta(days=1), "in_transit", None, "Air China cargo, sealed transport case", "Beijing → Karachi"),
        (c + timedelta(days=3), "received_at_lab", pi, "", "Sample store, building C, safe 2"),
        (c + timedelta(days=40), "moved", colleague or pi, "", "Magnetics laboratory, desiccator 4"),
    ]
    for item in loans.loan_items(session, loan.id):
        for on, kind, person, name, place in steps:
            if on <= today:
                custody.record_movement(session, item.id, occurred_on=on, kind=kind, today=today,
                                        holder_person_id=person.id if person else None,
                                        holder_name=(name or "Laboratory manager") if person is None else "",
                                        place=place)
                summary.movements += 1
    owed = inventory.owed_by_loan(session, loan.id, today)
    if len(owed) < 2 or owed[1] >= today:
        return
    template = inventory.template_view(session, loan.id, today, due_on=owed[0])
    lines = []
    for n, item in enumerate(template.items):
        consumed = item.expected_ug // 5
        missing = 1_200 if n == 0 else 0  # 1.2 mg the borrower cannot account for
        lines.append(InventoryLineData(item.loan_item_id, max(item.expected_ug - consumed - missing, 0), consumed,
                                       "Powder in the original vial; part used for FMR" if n == 0 else "Sealed vial"))
    inventory.record_inventory(session, loan.id, reported_on=min(owed[0] + timedelta(days=25), today), lines=lines,
                               today=today, due_on=owed[0], source=InventorySource.BORROWER_SHEET.value,
                               file_name=f"{loan.agreement_number}-inventory-{owed[0].isoformat()}.xlsx",
                               notes="Counted by the laboratory manager.")
    summary.inventories += 1


def _recent_loan(session: Session, today: date, summary: DemoStewardshipSummary) -> None:
    q = select(Loan).where(Loan.status == LoanStatus.PARTLY_RETURNED.value, Loan.collected_on.is_not(None))
    loan = session.scalars(q.order_by(Loan.collected_on.desc())).first()
    if loan is None or loan.responsible_person_id is None:
        return
    leaving = session.get(Person, loan.responsible_person_id)
    successor = _colleague(session, leaving.id, loan.institution_id)
    if successor is None:
        return
    c = loan.collected_on
    for item in loans.loan_items(session, loan.id):
        custody.record_movement(session, item.id, occurred_on=min(c + timedelta(days=1), today), kind="received_at_lab",
                                today=today, holder_person_id=leaving.id, place="Rock magnetism laboratory, room 214")
        summary.movements += 1
    left_on = max(today - timedelta(days=2), c)
    reassignment.record_departure(session, leaving.id, "retired", left_on, today=today)
    reassignment.transfer(session, loan.id, successor.id, min(left_on + timedelta(days=1), today),
                          f"{leaving.name_latin} retired; {successor.name_latin}, a member of the team, takes over the "
                          "samples and the reporting.", today=today)
    summary.transfers += 1
    for item in loans.loan_items(session, loan.id):
        custody.record_movement(session, item.id, occurred_on=today, kind="moved", today=today,
                                holder_person_id=successor.id, place="Space Research Institute, room 114, safe S-3",
                                note="Handed over at the transfer of responsibility.")
        summary.movements += 1


def fill_stewardship(session: Session, *, today: date) -> DemoStewardshipSummary:
    """Custody histories, inventories (one overdue, one with a discrepancy), a departure with a transfer."""
    summary = DemoStewardshipSummary()
    _old_loan(session, today, summary)
    _recent_loan(session, today, summary)
    session.flush()
    return summary
