"""Stewardship figures for a reporting period (the CLEP summary's custody, inventory and holds sheets).

Which records each list covers (``period``: start and end inclusive, and
optionally one release batch — a loan belongs to its application's batch):

* :func:`custody_movements` — custody movements dated in the period;
* :func:`stale_custody` — items with the borrower ``today`` whose custody log
  has been silent too long (:mod:`.custody`), on loans collected by the
  period's end;
* :func:`inventory_lines` — inventories answering an inventory date in the
  period, one line per item, reconciled (:mod:`.inventory`);
* :func:`inventories_overdue` — inventory dates in the period, before
  ``today``, still unanswered;
* :func:`holds_in_force` — holds as of ``today`` (:mod:`.holds`) that began by
  the period's end.

Plain dataclasses; no spreadsheet code here.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    Institution,
    Loan,
    LoanItem,
    MemberState,
    ReleaseBatch,
    Sample,
)
from lunar_desk.db.models_stewardship import CustodyEvent, Inventory, InventoryLine
from lunar_desk.services import custody, holds, inventory
from lunar_desk.services.reporting import Period, check_batch


@dataclass(frozen=True)
class _LoanInfo:
    agreement_number: str
    member_state: str
    institution: str
    collected_on: date | None


def _scope(session: Session, period: Period) -> dict[uuid.UUID, _LoanInfo]:
    """The loans of the period's batch (every loan without one), with their names."""
    check_batch(session, period)
    q = (select(Loan.id, Loan.agreement_number, MemberState.name, Institution.name, Loan.collected_on)
         .join(Application, Application.id == Loan.application_id)
         .outerjoin(ReleaseBatch, ReleaseBatch.id == Application.batch_id)
         .outerjoin(Institution, Institution.id == Loan.institution_id)
         .outerjoin(MemberState, MemberState.id == Institution.member_state_id))
    if period.batch_number is not None:
        q = q.where(ReleaseBatch.number == period.batch_number)
    return {i: _LoanInfo(n, s or "", inst or "", c) for i, n, s, inst, c in session.execute(q).all()}


@dataclass(frozen=True)
class MovementLine:
    occurred_on: date
    agreement_number: str
    member_state: str
    sample_number: str
    kind_label: str
    holder: str
    place: str
    note: str


def custody_movements(session: Session, period: Period) -> list[MovementLine]:
    loans_ = _scope(session, period)
    rows = session.execute(
        select(CustodyEvent, LoanItem.loan_id, Sample.sample_number)
        .join(LoanItem, LoanItem.id == CustodyEvent.loan_item_id).outerjoin(Sample, Sample.id == LoanItem.sample_id)
        .where(CustodyEvent.occurred_on >= period.start, CustodyEvent.occurred_on <= period.end)
        .order_by(CustodyEvent.occurred_on, CustodyEvent.created_at)
    ).all()
    views = custody.entry_views(session, [e for e, _l, _s in rows])
    out = []
    for (e, loan_id, number), v in zip(rows, views, strict=True):
        info = loans_.get(loan_id)
        if info is None:
            continue
        out.append(MovementLine(e.occurred_on, info.agreement_number, info.member_state, number or "", v.kind_label,
                                v.holder, v.place, v.note))
    return out


@dataclass(frozen=True)
class StaleLine:
    agreement_number: str
    member_state: str
    sample_number: str
    holder: str
    place: str
    last_entry_on: date
    months_without_entry: int


def stale_custody(session: Session, period: Period, today: date) -> list[StaleLine]:
    loans_ = _scope(session, period)
    out = []
    for x in custody.stale_items(session, today):
        info = loans_.get(x.loan_id)
        if info is None or info.collected_on is None or info.collected_on > period.end:
            continue
        out.append(StaleLine(x.agreement_number, info.member_state, x.sample_number, x.holder, x.place,
                             x.last_entry_on, x.months_without_entry))
    return out


@dataclass(frozen=True)
class InventoryReportLine:
    due_on: date
    reported_on: date
    agreement_number: str
    member_state: str
    sample_number: str
    remaining_ug: int
    consumed_since_ug: int
    expected_ug: int
    discrepancy: bool
    source_label: str


def inventory_lines(session: Session, period: Period) -> list[InventoryReportLine]:
    loans_ = _scope(session, period)
    rows = session.execute(
        select(Inventory, InventoryLine, Sample.sample_number)
        .join(InventoryLine, InventoryLine.inventory_id == Inventory.id)
        .join(LoanItem, LoanItem.id == InventoryLine.loan_item_id).outerjoin(Sample, Sample.id == LoanItem.sample_id)
        .where(Inventory.due_on >= period.start, Inventory.due_on <= period.end)
        .order_by(Inventory.due_on, Inventory.created_at, LoanItem.created_at)
    ).all()
    out = []
    for inv, line, number in rows:
        info = loans_.get(inv.loan_id)
        if info is None:
            continue
        out.append(InventoryReportLine(
            inv.due_on, inv.reported_on, info.agreement_number, info.member_state, number or "", line.remaining_ug,
            line.consumed_since_ug, line.expected_ug, line.incident_id is not None,
            inventory.SOURCE_LABELS.get(inv.source, inv.source)))
    return out


def inventories_overdue(session: Session, period: Period, today: date) -> list[inventory.InventoryDue]:
    loans_ = _scope(session, period)
    return [d for d in inventory.owed(session, today)
            if d.overdue and period.contains(d.due_on) and d.loan_id in loans_]


def holds_in_force(session: Session, period: Period, today: date) -> list[holds.Hold]:
    loans_ = _scope(session, period)
    return [h for h in holds.all_holds(session, today)
            if h.since <= period.end and (h.loan_id is None or h.loan_id in loans_)]
