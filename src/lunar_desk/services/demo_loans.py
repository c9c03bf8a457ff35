"""Demonstration loans, written through the loans service, in every state.

* The closed review round of :mod:`~lunar_desk.services.demo_review`
  (batch 10, decided about 470 days ago) lends to its three approved
  applications: one loan returned in two parts, reconciled and **closed**
  (after an extension); one **collected** and now **overdue**, with an
  **open incident**; one never signed, **lapsed** (its reserved mass not yet
  released, so the officer sees that action).
* A recent round (a new batch after the demo's last one), closed so that
  its signing deadline is three working days away, lends to three
  applications made here: one **awaiting signature** with the deadline
  soon, one **signed** with its certificate, one **collected** and already
  **partly returned**.

Needs the demo review (:func:`lunar_desk.services.demo_review.fill_review`)
and therefore the demo reference data, samples and applications.
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    ApplicationStatus,
    ApplicationStatusChange,
    Loan,
    Person,
    ReleaseBatch,
    RoundStatus,
)
from lunar_desk.errors import UserError
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, loans, review, workdays
from lunar_desk.services import demo_applications as demo_apps
from lunar_desk.services import demo_review
from lunar_desk.services.demo_applications import DemoApplication, DemoItem
from lunar_desk.services.loans import ReturnLineData
from lunar_desk.messages import Msg

S = ApplicationStatus
LAB = "CLEP lunar sample laboratory, NAOC Beijing"
RECEIVER = "Zhang Wei (CLEP lunar sample laboratory)"

# The recent round's applications (all approved in full).
RECENT_SPECS: tuple[DemoApplication, ...] = (
    DemoApplication(
        "research", "Emre Öztürk", (("Çağla Yıldırım", "co_investigator"),),
        "Space-weathered rims of Chang'e-6 plagioclase by TEM", 0,
        ((S.SUBMITTED, 95, ""), (S.FORWARDED, 80, "")),
        (demo_apps.SEM, demo_apps.TEM),
        (DemoItem("CE-6", "powder", 8, justification="Plagioclase grains are picked from the 45–90 µm fraction."),),
    ),
    DemoApplication(
        "research", "Dewi Lestari", (),
        "Sulphur and chlorine in Chang'e-5 volcanic glass beads", 0,
        ((S.SUBMITTED, 94, ""), (S.FORWARDED, 79, "")),
        (demo_apps.RAMAN, demo_apps.EPMA),
        (DemoItem("CE-5", "powder", 12, justification="Glass beads are rare: 12 mg of the fine fraction hold about 40."),),
    ),
    DemoApplication(
        "research", "Zahra Hosseini", (("Mohammad Rezaei", "member"),),
        "Nanophase iron in Chang'e-5 agglutinates by rock magnetism", 0,
        ((S.SUBMITTED, 93, ""), (S.FORWARDED, 78, "")),
        (demo_apps.MAG, demo_apps.SEM),
        (DemoItem("CE-5", "powder", 15, justification="Hysteresis needs about 10 mg; 5 mg for SEM."),),
    ),
)


@dataclass
class DemoLoanSummary:
    loans: int = 0
    rounds: int = 0
    applications: int = 0
    states: dict[str, int] = field(default_factory=dict)


def _closed_demo_round(session: Session):
    batch = catalogue.batch_by_number(session, demo_review.CLOSED_BATCH)
    rnd = review.round_for_batch(session, batch.id) if batch is not None else None
    if rnd is None or rnd.status != RoundStatus.CLOSED:
        raise UserError(Msg("The demo loans need the demo review's closed round first."))
    return rnd


def _pi_name(session: Session, loan: Loan) -> str:
    person = session.get(Person, loan.responsible_person_id) if loan.responsible_person_id else None
    return person.name_latin if person else "the responsible person"


def _item_lines(session: Session, loan: Loan, **per_item) -> list[ReturnLineData]:
    """One return line per item; ``per_item`` gives fractions of the lent mass (returned, consumed, lost)."""
    lines = []
    accounts = loans.item_accounts(session, loan.id)
    for item in loans.loan_items(session, loan.id):
        r = int(item.mass_ug * per_item.get("returned", 0))
        c = int(item.mass_ug * per_item.get("consumed", 0))
        lo = int(item.mass_ug * per_item.get("lost", 0))
        if per_item.get("rest") == "returned":  # everything not yet accounted for comes back
            r = item.mass_ug - accounts.get(item.id, loans.ItemAccount()).accounted_ug - c - lo
        lines.append(ReturnLineData(item.id, returned_ug=r, consumed_ug=c, lost_ug=lo,
                                    condition=per_item.get("condition", "")))
    return lines


def _old_loans(session: Session, today: date) -> list[Loan]:
    """Loans of the demo's closed round: closed, overdue with an open incident, lapsed."""
    rnd = _closed_demo_round(session)
    decided = rnd.closed_on or today
    made = loans.create_loans_for_round(session, rnd.id, today=decided)
    for n, loan in enumerate(made):
        who = _pi_name(session, loan)
        if n == 0:  # signed, collected, extended, returned in two parts, reconciled and closed
            loans.record_signature(session, loan.id, decided + timedelta(days=5))
            loans.issue_certificate(session, loan.id, f"LSC-{decided.year}-{n + 1:03d}", decided + timedelta(days=7))
            collected = decided + timedelta(days=14)
            loans.record_collection(session, loan.id, collected, f"{who} (in person at the {LAB})")
            loans.record_return(session, loan.id, collected + timedelta(days=200),
                                _item_lines(session, loan, returned=0.25, condition="Sealed vial, unopened: not needed."),
                                RECEIVER, "Unused aliquot returned early.")
            loans.extend(session, loan.id, loans.add_months(collected, 15),
                         "The NanoSIMS beam time was moved by three months; CLEP agreed to the extension.")
            loans.record_return(session, loan.id, loans.add_months(collected, 14),
                                _item_lines(session, loan, consumed=0.125, rest="returned",
                                            condition="Grains in indium mounts; residues in the original vial."),
                                RECEIVER, "Final return with the Sample Return Application Form.")
            loans.close_loan(session, loan.id, loans.add_months(collected, 14) + timedelta(days=6))
        elif n == 1:  # collected, past its due date, with an open incident
            loans.record_signature(session, loan.id, decided + timedelta(days=6))
            loans.issue_certificate(session, loan.id, f"LSC-{decided.year}-{n + 1:03d}", decided + timedelta(days=8))
            collected = decided + timedelta(days=20)
            loans.record_collection(session, loan.id, collected, f"{who} (courier accompanied by the PI)")
            occurred = collected + timedelta(days=100)
            loans.report_incident(
                session, loan.id, occurred, "damage",
                "A quartz measurement tube cracked in the FMR cavity; part of the powder spilled and was recovered "
                "on a clean sheet.", 800, reported_to_clep_on=occurred + timedelta(days=2),
            )
        # the third (and any further) loan is never signed: check_lapsed marks it lapsed
    return made


def _recent_close_day(cal: workdays.WorkCalendar, today: date) -> date:
    """The latest decision day whose signing deadline is at most three working days after today."""
    target = cal.add_working_days(today, 3).deadline
    day = today - timedelta(days=1)
    while cal.add_working_days(day, workdays.SIGNING_WORKING_DAYS).deadline > target:
        day -= timedelta(days=1)
    return day


def _recent_round(session: Session, today: date, attachments_dir: Path | None, rng: random.Random,
                  summary: DemoLoanSummary) -> list[Loan]:
    numbers = [b.number for b in session.scalars(select(ReleaseBatch))]
    number = max(numbers, default=demo_review.CLOSED_BATCH) + 1
    close_day = _recent_close_day(workdays.calendar(session), today)
    catalogue.create_batch(session, number, title="Chang'e-5 and Chang'e-6 samples for the APSCO cooperation programme",
                           mission_codes=["CE-5", "CE-6"], announced_on=today - timedelta(days=150),
                           deadline=today - timedelta(days=100))
    specs = [DemoApplication(s.kind, s.pi, s.team, s.title, number, s.steps, s.methods, s.items) for s in RECENT_SPECS]
    with tempfile.TemporaryDirectory(prefix="lunar-desk-demo-loans-") as tmp:
        filler = demo_apps._Filler(session, today, attachments_dir, Path(tmp))
        made = [app for spec in specs if (app := filler.make(spec)) is not None]
        for change_id, at in filler.history_at:
            session.execute(update(ApplicationStatusChange).where(ApplicationStatusChange.id == change_id).values(at=at))
        session.flush()
    summary.applications += len(made)
    if not made:
        return []
    start = close_day - timedelta(days=40)
    meeting = close_day - timedelta(days=3)
    rnd = review.create_round(session, number, f"Batch {number} expert committee", None,
                              meeting_start=meeting, meeting_end=meeting + timedelta(days=1))
    summary.rounds += 1
    known = {c.id for c in session.scalars(select(ApplicationStatusChange))}
    review.start_review(session, rnd.id, today=start)
    review.detect_conflicts(session, rnd.id)
    review.auto_assign(session, rnd.id)
    crits = review.criteria(session, rnd.id)
    for assignment in review.assignments(session, rnd.id):
        for crit in crits:
            review.set_score(session, assignment.id, crit.id, demo_review._score(rng, 4.2, rnd.scale_max))
    created: list[int] = []
    for app in made:
        review.set_recommendation(session, rnd.id, app.id, "approve", "A focused request with the instruments in place.")
        for item in apps.requested_items(session, app.id):
            sample = demo_review._sample_for(session, item, item.mass_ug or 0, created)
            review.decide_item(session, rnd.id, item.id, "approved", approved_mass_ug=item.mass_ug, sample_id=sample.id,
                               today=meeting)
    session.flush()
    starts = set(session.scalars(select(ApplicationStatusChange.id))) - known
    review.close_round(session, rnd.id, today=close_day)
    session.flush()
    closes = set(session.scalars(select(ApplicationStatusChange.id))) - known - starts
    for ids, day in ((starts, start), (closes, close_day)):
        for k, change_id in enumerate(sorted(ids)):
            at = datetime.combine(day, time(10, 0), tzinfo=UTC) + timedelta(minutes=k)
            session.execute(update(ApplicationStatusChange).where(ApplicationStatusChange.id == change_id).values(at=at))

    recent = loans.create_loans_for_round(session, rnd.id, today=close_day)
    for n, loan in enumerate(recent):
        who = _pi_name(session, loan)
        if n == 1:  # signed, certificate issued, not collected yet
            signed = min(today, close_day + timedelta(days=4))
            loans.record_signature(session, loan.id, signed)
            loans.issue_certificate(session, loan.id, f"LSC-{close_day.year}-R{n:02d}", signed)
        elif n == 2:  # signed at once, collected, and the surplus already brought back
            loans.record_signature(session, loan.id, close_day + timedelta(days=1))
            loans.issue_certificate(session, loan.id, f"LSC-{close_day.year}-R{n:02d}", close_day + timedelta(days=2))
            collected = close_day + timedelta(days=3)
            loans.record_collection(session, loan.id, collected, f"{who} (in person at the {LAB})")
            loans.record_return(session, loan.id, max(collected, today - timedelta(days=1)),
                                _item_lines(session, loan, returned=0.3, condition="Sealed vial: surplus after the SEM survey."),
                                RECEIVER, "Partial return: 30 % of the powder is not needed.")
        # the first loan awaits signature, its deadline three working days away
    return recent


def fill_loans(session: Session, *, today: date, attachments_dir: Path | None = None, seed: int = 2020) -> DemoLoanSummary:
    """Create the demo loans (see the module's description); returns what was made."""
    summary = DemoLoanSummary()
    rng = random.Random(seed)
    made = _old_loans(session, today)
    made += _recent_round(session, today, attachments_dir, rng, summary)
    loans.check_lapsed(session, today)
    session.flush()
    summary.loans = len(made)
    for loan in made:
        summary.states[loan.status] = summary.states.get(loan.status, 0) + 1
    session.expire_all()
    return summary
