"""The Dashboard's figures: the programme's state at a glance, for the
Dashboard tab and the one-page summary PDF sent to CLEP.

Every series is a tuple of small frozen dataclasses (plain data, safe
between threads); masses are integer micrograms.

* **Requested vs approved mass**, by Member State and by release batch:
  the applications forwarded to CLEP (forwarded, under review, approved,
  partially approved, rejected: the applications a review round lists,
  :data:`review.ROUND_STATUSES`) whose forwarding date falls in the period.
  Requested = the mass of their requested items; approved = the mass of the
  committee's item decisions that are not rejections (as
  :func:`review.round_summary` counts them).  An item asked for by pieces
  only has no requested mass; its decision's mass counts as approved.
* **Loans by status**, today: :func:`loans.list_loans` rows counted by
  status, with how many of each are overdue (the Loans tab's figures).
* **Overdue loans over time**: at the end of each month of the period (today
  for the current month), how many loans were overdue and how many of their
  items still had mass outstanding.  Each loan is rebuilt as it stood that
  day (collected, returned, closed, the due date then in force after the
  extensions recorded by then) and judged by :func:`loans.loan_state`, the
  same rule the Loans tab's badge uses.
* **Result reports reported to CLEP per quarter** (``reported_on``).
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from types import SimpleNamespace

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    DecisionOutcome,
    ItemDecision,
    Loan,
    LoanExtension,
    LoanItem,
    LoanStatus,
    MemberState,
    ReleaseBatch,
    RequestedItem,
    ReturnLine,
    ReturnRecord,
)
from lunar_desk.db.models_results import ResultReport
from lunar_desk.messages import Msg
from lunar_desk.services import loans, review
from lunar_desk.services.loans import LoanFilter

DEFAULT_MONTHS = 12
MAX_MONTHS = 240  # an "all time" period never draws more months than this
NO_MEMBER_STATE = Msg("No Member State")
NO_BATCH = Msg("No batch")


@dataclass(frozen=True)
class Period:
    """From ``start`` (None: from the first record) to ``end``, both inclusive."""

    start: date | None
    end: date

    @classmethod
    def last_months(cls, months: int, today: date) -> Period:
        """The current month and the ``months - 1`` before it, up to ``today``."""
        return cls(add_months(today.replace(day=1), -(max(months, 1) - 1)), today)

    @classmethod
    def all_time(cls, today: date) -> Period:
        return cls(None, today)

    def contains(self, d: date | None) -> bool:
        return d is not None and (self.start is None or d >= self.start) and d <= self.end

    @property
    def label(self) -> str:
        if self.start is None:
            return f"up to {self.end.isoformat()}"
        return f"{self.start.isoformat()} – {self.end.isoformat()}"


@dataclass(frozen=True)
class MassBar:
    """Requested and approved mass of one Member State or one release batch."""

    key: uuid.UUID | None  # member_state id or release_batch id (None: not given)
    label: str  # "Iran" / "Batch 7"
    label_zh: str  # "伊朗" / "第7批"
    applications: int
    requested_ug: int
    approved_ug: int


@dataclass(frozen=True)
class StatusBar:
    status: str  # LoanStatus value
    label: str  # "Partly returned"
    count: int
    overdue: int  # of which overdue today


@dataclass(frozen=True)
class OverduePoint:
    month: date  # first day of the month
    as_of: date  # the month's last day, or today for the current month
    loans: int  # overdue that day
    items: int  # items of those loans with mass still outstanding


@dataclass(frozen=True)
class QuarterCount:
    year: int
    quarter: int  # 1..4
    count: int

    @property
    def label(self) -> str:
        return f"{self.year} Q{self.quarter}"


@dataclass(frozen=True)
class KeyFigures:
    applications: int  # forwarded to CLEP in the period
    requested_ug: int
    approved_ug: int
    loans: int  # every loan, today
    loans_held: int  # collected or partly returned: samples with the borrower
    loans_overdue: int  # today
    outstanding_ug: int  # with borrowers today
    results_reported: int  # in the period


@dataclass(frozen=True)
class Dashboard:
    period: Period
    today: date
    by_member_state: tuple[MassBar, ...]
    by_batch: tuple[MassBar, ...]
    loans_by_status: tuple[StatusBar, ...]
    overdue: tuple[OverduePoint, ...]
    results: tuple[QuarterCount, ...]
    results_note: str  # "" or why there is no results series
    figures: KeyFigures

    @property
    def empty(self) -> bool:
        """Nothing to chart: no application forwarded, no loan, no result report."""
        return not self.by_member_state and self.figures.loans == 0 and not any(q.count for q in self.results)


# --- dates -------------------------------------------------------------------------------------


def add_months(d: date, months: int) -> date:
    """The first day of the month ``months`` after ``d``'s month (``d`` is a first day here)."""
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def month_end(first: date) -> date:
    return add_months(first, 1) - timedelta(days=1)


def months_between(first: date, last: date) -> list[date]:
    """First days of every month from ``first``'s month to ``last``'s month (at most :data:`MAX_MONTHS`)."""
    start, stop = first.replace(day=1), last.replace(day=1)
    if (stop.year - start.year) * 12 + stop.month - start.month >= MAX_MONTHS:
        start = add_months(stop, -(MAX_MONTHS - 1))
    out = []
    while start <= stop:
        out.append(start)
        start = add_months(start, 1)
    return out


def quarter_of(d: date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


# --- requested vs approved mass ------------------------------------------------------------------


@dataclass(frozen=True)
class _AppMass:
    member_state_id: uuid.UUID | None
    member_state: str
    member_state_zh: str
    batch_id: uuid.UUID | None
    batch_number: int | None
    requested_ug: int
    approved_ug: int


def _application_masses(session: Session, period: Period) -> list[_AppMass]:
    approved = case(
        (and_(ItemDecision.id.is_not(None), ItemDecision.outcome != DecisionOutcome.REJECTED.value),
         func.coalesce(ItemDecision.approved_mass_ug, 0)),
        else_=0,
    )
    per_app = (
        select(
            RequestedItem.application_id.label("app_id"),
            func.coalesce(func.sum(RequestedItem.mass_ug), 0).label("requested"),
            func.coalesce(func.sum(approved), 0).label("approved"),
        )
        .outerjoin(ItemDecision, ItemDecision.item_id == RequestedItem.id)
        .group_by(RequestedItem.application_id)
        .subquery()
    )
    q = (
        select(
            Application.forwarded_on, Application.member_state_id, MemberState.name, MemberState.name_zh,
            Application.batch_id, ReleaseBatch.number,
            func.coalesce(per_app.c.requested, 0), func.coalesce(per_app.c.approved, 0),
        )
        .select_from(Application)
        .outerjoin(MemberState, MemberState.id == Application.member_state_id)
        .outerjoin(ReleaseBatch, ReleaseBatch.id == Application.batch_id)
        .outerjoin(per_app, per_app.c.app_id == Application.id)
        .where(Application.status.in_([s.value for s in review.ROUND_STATUSES]))
    )
    if period.start is not None:
        q = q.where(Application.forwarded_on >= period.start, Application.forwarded_on <= period.end)
    else:  # all time: also an application recorded as forwarded without its date
        q = q.where(or_(Application.forwarded_on.is_(None), Application.forwarded_on <= period.end))
    return [
        _AppMass(ms_id, ms_name or NO_MEMBER_STATE, ms_zh or "", batch_id, number, int(req), int(appr))
        for _fwd, ms_id, ms_name, ms_zh, batch_id, number, req, appr in session.execute(q).all()
    ]


def _bars(rows: list[_AppMass], key, label, label_zh, order) -> tuple[MassBar, ...]:
    groups: dict = defaultdict(list)
    for r in rows:
        groups[key(r)].append(r)
    bars = [
        MassBar(key=k, label=label(rs[0]), label_zh=label_zh(rs[0]), applications=len(rs),
                requested_ug=sum(r.requested_ug for r in rs), approved_ug=sum(r.approved_ug for r in rs))
        for k, rs in groups.items()
    ]
    return tuple(sorted(bars, key=lambda b: order(groups[b.key][0])))


def mass_by_member_state(session: Session, period: Period, *, rows: list[_AppMass] | None = None) -> tuple[MassBar, ...]:
    """Requested vs approved mass per Member State of the applications forwarded in ``period``."""
    return _bars(
        _application_masses(session, period) if rows is None else rows, key=lambda r: r.member_state_id, label=lambda r: r.member_state,
        label_zh=lambda r: r.member_state_zh, order=lambda r: (r.member_state_id is None, r.member_state.casefold()),
    )


def mass_by_batch(session: Session, period: Period, *, rows: list[_AppMass] | None = None) -> tuple[MassBar, ...]:
    """Requested vs approved mass per release batch of the applications forwarded in ``period``."""
    return _bars(
        _application_masses(session, period) if rows is None else rows, key=lambda r: r.batch_id,
        label=lambda r: f"Batch {r.batch_number}" if r.batch_number is not None else NO_BATCH,
        label_zh=lambda r: f"第{r.batch_number}批" if r.batch_number is not None else "",
        order=lambda r: (r.batch_number is None, r.batch_number or 0),
    )


# --- loans ---------------------------------------------------------------------------------------------


def loans_by_status(session: Session, today: date, *, rows: list[loans.LoanRow] | None = None) -> tuple[StatusBar, ...]:
    """Every loan counted by status today (every status listed, in the order of its life)."""
    rows = loans.list_loans(session, LoanFilter(), today) if rows is None else rows
    return tuple(
        StatusBar(status=s.value, label=label, count=sum(r.status == s.value for r in rows),
                  overdue=sum(r.status == s.value and r.overdue for r in rows))
        for s, label in loans.STATUS_LABELS.items()
    )


def _due_on(loan: Loan, extensions: list[LoanExtension], day: date) -> date | None:
    """The due date in force on ``day``: the latest extension recorded by then, else the original one."""
    if not extensions:
        return loan.due_date
    recorded = [e for e in extensions if e.created_at.date() <= day]
    return recorded[-1].new_due_date if recorded else extensions[0].old_due_date


def _as_of(loan: Loan, day: date, returned_by: list[date], due: date | None) -> SimpleNamespace:
    """The loan's status and due date as they stood on ``day`` (enough for :func:`loans.loan_state`)."""
    if loan.closed_on is not None and loan.closed_on <= day:
        status = LoanStatus.CLOSED.value
    elif loan.collected_on is not None and loan.collected_on <= day:
        status = (LoanStatus.PARTLY_RETURNED if any(d <= day for d in returned_by) else LoanStatus.COLLECTED).value
    else:
        status = LoanStatus.SIGNED.value  # not collected yet (it cannot be overdue)
    return SimpleNamespace(status=status, signing_deadline=loan.signing_deadline, due_date=due)


def overdue_over_time(session: Session, period: Period, today: date) -> tuple[OverduePoint, ...]:
    """Loans overdue (and their items still outstanding) at the end of each month of ``period``."""
    collected = list(session.scalars(select(Loan).where(Loan.collected_on.is_not(None))))
    if period.start is not None:
        first = period.start
    else:
        first = min((loan.collected_on for loan in collected), default=add_months(today.replace(day=1), -(DEFAULT_MONTHS - 1)))
    end = min(period.end, today)
    if first > end:
        return ()
    ids = [loan.id for loan in collected]
    items: dict[uuid.UUID, list[LoanItem]] = defaultdict(list)
    lines: dict[uuid.UUID, list[tuple[date, int]]] = defaultdict(list)  # loan item → (returned on, accounted µg)
    returned: dict[uuid.UUID, list[date]] = defaultdict(list)
    extensions: dict[uuid.UUID, list[LoanExtension]] = defaultdict(list)
    if ids:
        for item in session.scalars(select(LoanItem).where(LoanItem.loan_id.in_(ids))):
            items[item.loan_id].append(item)
        q = (select(ReturnRecord.loan_id, ReturnRecord.returned_on, ReturnLine.loan_item_id,
                    ReturnLine.returned_ug + ReturnLine.consumed_ug + ReturnLine.lost_ug)
             .join(ReturnLine, ReturnLine.return_id == ReturnRecord.id).where(ReturnRecord.loan_id.in_(ids)))
        for loan_id, on, item_id, ug in session.execute(q).all():
            returned[loan_id].append(on)
            lines[item_id].append((on, int(ug)))
        for ext in session.scalars(select(LoanExtension).where(LoanExtension.loan_id.in_(ids))
                                   .order_by(LoanExtension.created_at, LoanExtension.id)):
            extensions[ext.loan_id].append(ext)
    points = []
    for month in months_between(first, end):
        day = min(month_end(month), today)
        n_loans = n_items = 0
        for loan in collected:
            snapshot = _as_of(loan, day, returned[loan.id], _due_on(loan, extensions[loan.id], day))
            if not loans.loan_state(snapshot, day).overdue:
                continue
            n_loans += 1
            n_items += sum(
                1 for it in items[loan.id] if it.mass_ug - sum(ug for on, ug in lines[it.id] if on <= day) > 0
            )
        points.append(OverduePoint(month=month, as_of=day, loans=n_loans, items=n_items))
    return tuple(points)


# --- result reports -----------------------------------------------------------------------------------


def results_per_quarter(session: Session, period: Period) -> tuple[tuple[QuarterCount, ...], str]:
    """Result reports reported to CLEP per quarter of ``period`` (quarters without any included),
    and "" or a note saying why there is no series."""
    q = select(ResultReport.reported_on).where(ResultReport.reported_on.is_not(None),
                                               ResultReport.reported_on <= period.end)
    if period.start is not None:
        q = q.where(ResultReport.reported_on >= period.start)
    days = list(session.scalars(q))
    first = period.start or min(days, default=None)
    if first is None:
        return (), Msg("No result report has been reported to CLEP yet.")
    counts: dict[tuple[int, int], int] = defaultdict(int)
    for d in days:
        counts[quarter_of(d)] += 1
    (y, qn), last = quarter_of(first), quarter_of(period.end)
    out = []
    while (y, qn) <= last:
        out.append(QuarterCount(y, qn, counts[(y, qn)]))
        y, qn = (y + 1, 1) if qn == 4 else (y, qn + 1)
    note = "" if days else Msg("No result report was reported to CLEP in this period.")
    return tuple(out), note


# --- everything ----------------------------------------------------------------------------------------


def dashboard(session: Session, period: Period, today: date) -> Dashboard:
    """Every series of the Dashboard for ``period``, loans as of ``today``."""
    masses = _application_masses(session, period)
    by_state = mass_by_member_state(session, period, rows=masses)
    rows = loans.list_loans(session, LoanFilter(), today)
    results, note = results_per_quarter(session, period)
    figures = KeyFigures(
        applications=sum(b.applications for b in by_state),
        requested_ug=sum(b.requested_ug for b in by_state),
        approved_ug=sum(b.approved_ug for b in by_state),
        loans=len(rows),
        loans_held=sum(r.status in (LoanStatus.COLLECTED, LoanStatus.PARTLY_RETURNED) for r in rows),
        loans_overdue=sum(r.overdue for r in rows),
        outstanding_ug=sum(r.outstanding_ug for r in rows),
        results_reported=sum(q.count for q in results),
    )
    return Dashboard(
        period=period, today=today, by_member_state=by_state, by_batch=mass_by_batch(session, period, rows=masses),
        loans_by_status=loans_by_status(session, today, rows=rows), overdue=overdue_over_time(session, period, today),
        results=results, results_note=note, figures=figures,
    )
