"""Delinquency holds: who may not get new samples without an officer's explicit override.

A person or an institution is **on hold** while any of these is true:

* **overdue inventory** — a loan they answer for (as the loan's responsible
  person, or as the borrowing institution) has an inventory date that passed
  without an inventory (:func:`inventory.owed`);
* **overdue return** — such a loan is collected, not closed, and past its
  due date;
* **overdue result report** — :func:`lunar_desk.services.results.overdue_for`
  lists a result of theirs not reported to CLEP in time.

A hold lasts as long as its cause; nothing is stored.  ``since`` is the
first day the obligation was overdue (the day after the due date).

The pre-check of an application shows the holds of everyone it names: the
principal investigator, the team members, the applicant institution and the
team members' institutions.  Forwarding it to CLEP while one exists needs an
explicit override with a reason (:func:`guard_forward`), kept as a
:class:`~lunar_desk.db.models_stewardship.HoldOverride` row (and so in the
audit log) in the forwarding's transaction.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Application, Institution, Loan, Person, TeamMember
from lunar_desk.db.models_stewardship import HoldOverride
from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services import inventory


class HoldReason(StrEnum):
    INVENTORY = "inventory"
    RETURN = "return"
    RESULT = "result"


REASON_LABELS = {
    HoldReason.INVENTORY: "Overdue inventory",
    HoldReason.RETURN: "Overdue return",
    HoldReason.RESULT: "Overdue result report",
}
PERSON, INSTITUTION = "person", "institution"
HOLD_SEPARATOR = " • "  # between holds on one line (the pre-check); reasons may contain ";"
REASON_MAX = 2000


@dataclass(frozen=True)
class Hold:
    """One reason one person or institution is on hold."""

    subject_kind: str  # "person" or "institution"
    subject_id: uuid.UUID
    subject_name: str  # Latin / English, with the own-script name in brackets
    reason: str  # HoldReason value
    reason_label: str
    detail: str  # "the inventory of LSA-2026-001 due 2026-12-31 has not been received (40 days overdue)"
    since: date
    loan_id: uuid.UUID | None

    def describe(self) -> str:
        return Msg("{subject}: {detail}", subject=self.subject_name, detail=self.detail)


@dataclass(frozen=True)
class _Cause:
    reason: HoldReason
    detail: str
    since: date
    loan_id: uuid.UUID | None
    person_id: uuid.UUID | None
    institution_id: uuid.UUID | None


def _days(n: int) -> str:
    return Msg("{n} day", n=n) if n == 1 else Msg("{n} days", n=n)


def _causes(session: Session, today: date) -> list[_Cause]:
    out: list[_Cause] = []
    for due in inventory.owed(session, today):
        if due.overdue:
            out.append(_Cause(HoldReason.INVENTORY,
                              Msg("the inventory of {agreement_number} due {due} has not been received "
                                  "({days} overdue)", agreement_number=due.agreement_number, due=due.due_on,
                                  days=_days(due.days)),
                              due.due_on + timedelta(days=1), due.loan_id, due.responsible_person_id, due.institution_id))
    q = select(Loan).where(Loan.status.in_(inventory.HOLDING_STATUSES), Loan.due_date.is_not(None), Loan.due_date < today)
    for loan in session.scalars(q.order_by(Loan.agreement_number)):
        out.append(_Cause(HoldReason.RETURN,
                          Msg("{agreement_number} was due back on {due} ({days} overdue)",
                              agreement_number=loan.agreement_number, due=loan.due_date,
                              days=_days((today - loan.due_date).days)),
                          loan.due_date + timedelta(days=1), loan.id, loan.responsible_person_id, loan.institution_id))
    out += _result_causes(session, today)
    return out


def _result_causes(session: Session, today: date) -> list[_Cause]:
    """Overdue result reports, as the results service counts them."""
    # results build on loans too: imported when needed
    from lunar_desk.services.results import overdue_for

    agreements = dict(session.execute(select(Loan.id, Loan.agreement_number)).all())
    out = []
    for r in overdue_for(session, today):
        # the results service's sentence (a Msg) stays whole, so that it stays translatable
        detail = r.reason if isinstance(r.reason, Msg) else (r.reason or "").strip().rstrip(".")
        if not detail:
            detail = Msg("a result of {agreement_number} was to be reported to CLEP by {due} ({days} overdue)",
                         agreement_number=agreements.get(r.loan_id) or Msg("a loan"), due=r.due_on,
                         days=_days(r.days_overdue))
        out.append(_Cause(HoldReason.RESULT, detail, r.due_on + timedelta(days=1), r.loan_id, r.person_id,
                          r.institution_id))
    return out


def _labels(session: Session, model, ids) -> dict[uuid.UUID, str]:
    ids = {i for i in ids if i is not None}
    if not ids:
        return {}
    if model is Person:
        rows = session.execute(select(Person.id, Person.name_latin, Person.name_native).where(Person.id.in_(ids))).all()
    else:
        rows = session.execute(select(Institution.id, Institution.name, Institution.name_local)
                               .where(Institution.id.in_(ids))).all()
    return {i: f"{a} ({b})" if b and b != a else a for i, a, b in rows}


def all_holds(session: Session, today: date, *, people: set[uuid.UUID] | None = None,
              institutions: set[uuid.UUID] | None = None) -> list[Hold]:
    """Every hold as of ``today`` (only those of ``people`` / ``institutions`` when given), oldest first."""
    causes = _causes(session, today)
    everyone = people is None and institutions is None
    persons = _labels(session, Person, (c.person_id for c in causes))
    insts = _labels(session, Institution, (c.institution_id for c in causes))
    out = []
    for c in causes:
        label = REASON_LABELS[c.reason]
        if c.person_id is not None and (everyone or c.person_id in (people or ())):
            out.append(Hold(PERSON, c.person_id, persons.get(c.person_id, ""), c.reason.value, label, c.detail, c.since,
                            c.loan_id))
        if c.institution_id is not None and (everyone or c.institution_id in (institutions or ())):
            out.append(Hold(INSTITUTION, c.institution_id, insts.get(c.institution_id, ""), c.reason.value, label,
                            c.detail, c.since, c.loan_id))
    return sorted(out, key=lambda h: (h.since, h.subject_name, h.detail))


def application_holds(session: Session, app_id: uuid.UUID, today: date) -> list[Hold]:
    """Holds of the people and institutions the application names (PI, team, their institutions)."""
    app = session.get(Application, app_id)
    if app is None:
        return []
    members = session.execute(select(TeamMember.person_id, TeamMember.institution_id)
                              .where(TeamMember.application_id == app_id)).all()
    people = {p for p, _ in members} | ({app.pi_person_id} if app.pi_person_id else set())
    institutions = {i for _, i in members if i is not None} | ({app.institution_id} if app.institution_id else set())
    if not people and not institutions:
        return []
    return all_holds(session, today, people=people, institutions=institutions)


def describe(holds: list[Hold]) -> str:
    """One line per hold, each ``• name: detail``."""
    return MsgList((Msg("• {hold}", hold=h.describe()) for h in holds), "\n")


def joined(holds: list[Hold]) -> str:
    """The holds on one line (the pre-check's detail), separated by :data:`HOLD_SEPARATOR`."""
    return MsgList((h.describe() for h in holds), HOLD_SEPARATOR)


def guard_forward(session: Session, app: Application, today: date, override_reason: str = "") -> HoldOverride | None:
    """Refuse to forward ``app`` while anyone it names is on hold, unless ``override_reason`` is given;
    with a reason, the override is recorded (and audited) in the caller's transaction."""
    holds = application_holds(session, app.id, today)
    if not holds:
        return None
    reason = (override_reason or "").strip()
    if not reason:
        raise ValidationError(
            Msg(
                "{reference} names people or institutions on hold:\n{describe}\nForwarding it to CLEP needs an "
                "override with a reason.",
                reference=app.reference, describe=describe(holds)), field="hold_override")
    if len(reason) > REASON_MAX:
        raise ValidationError(Msg("The reason for the override has more than {REASON_MAX} characters.", REASON_MAX=REASON_MAX), field="hold_override")
    row = HoldOverride(application_id=app.id, holds=str(describe(holds)), reason=reason,  # stored: English
                       officer_name=session.info.get("officer_name", "") or "", decided_on=today)
    session.add(row)
    session.flush()
    return row


def overrides(session: Session, app_id: uuid.UUID) -> list[HoldOverride]:
    q = select(HoldOverride).where(HoldOverride.application_id == app_id)
    return list(session.scalars(q.order_by(HoldOverride.decided_on, HoldOverride.created_at)))
