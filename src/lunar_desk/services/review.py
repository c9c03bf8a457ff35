"""Committee review: reviewers, rounds with weighted criteria, conflicts of
interest, assignments (manual and automatic), scores and their aggregation,
recommendations, the committee's decision per requested item, closing a
round and the views the decision letters and the round summary print.

A round reviews one release batch: its applications are those of the batch
that are forwarded to CLEP, under review or decided.  A closed round refuses
every further change.

Conflict rules (:func:`conflict_reasons`; :func:`detect_conflicts` stores them):

* **team member** – the reviewer is on the application's team (or its PI);
* **same institution** – the reviewer's institution is the applicant
  institution or the institution of any team member;
* **same country** – only when the round says so: the reviewer's Member
  State is the application's;
* **co-applicant** – the reviewer is on the team of *another* application
  of the round that has a team member (other than the reviewer) in common
  with this one: they are applying together with someone on this team;
* **declared** – entered by an officer with a note.

Every function works inside the caller's session (one user action = one
transaction) and raises a :class:`~lunar_desk.errors.UserError` before
anything is written when a rule would break.
"""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    ApplicationMethod,
    ApplicationStatus,
    Assignment,
    ConflictKind,
    ConflictOfInterest,
    Criterion,
    DecisionOutcome,
    Institution,
    ItemDecision,
    MemberState,
    Mission,
    Person,
    Recommendation,
    RecommendationKind,
    ReleaseBatch,
    RequestedItem,
    Reviewer,
    ReviewRound,
    RoundStatus,
    Sample,
    SampleStatus,
    Score,
    TeamMember,
    UseClass,
)
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, recycle_bin, workdays
from lunar_desk.services.mass import format_mass
from lunar_desk.services.review_view import (
    DecidedItemView,
    DecisionLetterView,
    RoundApplicationSummary,
    RoundSummaryView,
)

S = ApplicationStatus
REVIEW_STATUSES = frozenset({S.FORWARDED, S.UNDER_REVIEW})  # still to be decided
ROUND_STATUSES = REVIEW_STATUSES | apps.DECIDED_STATUSES  # what a round lists

DEFAULT_CRITERIA: tuple[tuple[str, float], ...] = (
    ("Scientific merit", 0.4),
    ("Feasibility", 0.2),
    ("Team capability", 0.2),
    ("Efficient use of sample mass", 0.2),
)
CONFLICT_LABELS = {
    ConflictKind.DECLARED: "declared",
    ConflictKind.SAME_INSTITUTION: "same institution",
    ConflictKind.SAME_COUNTRY: "same country",
    ConflictKind.TEAM_MEMBER: "team member",
    ConflictKind.CO_APPLICANT: "co-applicant",
}
OUTCOME_LABELS = {
    DecisionOutcome.APPROVED: "Approved",
    DecisionOutcome.REDUCED: "Approved, reduced",
    DecisionOutcome.REJECTED: "Rejected",
}
RECOMMENDATION_LABELS = {
    RecommendationKind.APPROVE: "Approve",
    RecommendationKind.APPROVE_PARTLY: "Approve in part",
    RecommendationKind.REJECT: "Reject",
}
ROUND_STATUS_LABELS = {RoundStatus.OPEN: "Open", RoundStatus.CLOSED: "Closed"}

# The Loan Agreement is signed within 10 Chinese working days of the decision letter.
SIGNING_DEADLINE_NOTE = (
    "within 10 Chinese working days of the date of this letter"
)
NAME_MAX = 200
SCALE_MAX_LIMIT = 100


def _label(mapping, value) -> str:
    for key, text in mapping.items():
        if key.value == value:
            return text
    return value or ""


# --- lookups ------------------------------------------------------------------------


def get_round(session: Session, round_id: uuid.UUID) -> ReviewRound:
    rnd = session.get(ReviewRound, round_id)
    if rnd is None:
        raise NotFoundError(Msg("That review round no longer exists; the list will be refreshed."))
    return rnd


def rounds(session: Session) -> list[ReviewRound]:
    """All rounds, newest batch first."""
    q = select(ReviewRound).join(ReleaseBatch, ReleaseBatch.id == ReviewRound.batch_id)
    return list(session.scalars(q.order_by(ReleaseBatch.number.desc(), ReviewRound.created_at)))


@dataclass(frozen=True)
class BatchChoice:
    """A release batch as the New round form offers it."""

    number: int
    title: str
    round_name: str | None  # the batch's review round, when it has one (a batch is reviewed in one round)
    forwarded: int  # its applications forwarded to CLEP, waiting for a round


def batch_choices(session: Session) -> list[BatchChoice]:
    """Every release batch, oldest first, with its round (if any) and its forwarded applications."""
    round_names = {r.batch_id: r.name for r in session.scalars(select(ReviewRound))}
    forwarded = dict(session.execute(
        select(Application.batch_id, func.count()).where(Application.status == S.FORWARDED.value)
        .group_by(Application.batch_id)).all())
    return [BatchChoice(b.number, b.title, round_names.get(b.id), forwarded.get(b.id, 0))
            for b in catalogue.batches(session)]


def batch_for_new_round(choices: list[BatchChoice]) -> int | None:
    """The batch a new round is most likely for: the latest one without a round that has forwarded
    applications, else the latest without a round."""
    free = [c for c in choices if c.round_name is None]
    waiting = [c for c in free if c.forwarded]
    pick = (waiting or free)[-1:]
    return pick[0].number if pick else None


def round_for_batch(session: Session, batch_id: uuid.UUID | None) -> ReviewRound | None:
    if batch_id is None:
        return None
    return session.scalars(select(ReviewRound).where(ReviewRound.batch_id == batch_id)).first()


def criteria(session: Session, round_id: uuid.UUID) -> list[Criterion]:
    q = select(Criterion).where(Criterion.round_id == round_id)
    return list(session.scalars(q.order_by(Criterion.position, Criterion.name)))


def get_reviewer(session: Session, reviewer_id: uuid.UUID) -> Reviewer:
    reviewer = session.get(Reviewer, reviewer_id)
    if reviewer is None:
        raise NotFoundError(Msg("That reviewer no longer exists; the list will be refreshed."))
    return reviewer


def _reviewer_name(session: Session, reviewer: Reviewer) -> str:
    person = session.get(Person, reviewer.person_id)
    return person.name_latin if person else "(unknown reviewer)"


def _require_open(rnd: ReviewRound) -> None:
    if rnd.status != RoundStatus.OPEN:
        when = Msg(" on {closed_on}", closed_on=rnd.closed_on) if rnd.closed_on else ""
        raise ValidationError(
            Msg("Review round '{rnd_name}' was closed{when}; a closed round can no longer be changed.", rnd_name=rnd.name, when=when), field="round"
        )


def _batch_number(session: Session, batch_id: uuid.UUID | None) -> int | None:
    batch = session.get(ReleaseBatch, batch_id) if batch_id else None
    return batch.number if batch else None


def _app_in_round(session: Session, rnd: ReviewRound, app_id: uuid.UUID) -> Application:
    app = apps.get_application(session, app_id)
    if app.batch_id != rnd.batch_id:
        batch = _batch_number(session, app.batch_id)
        where = Msg("it belongs to batch {batch}", batch=batch) if batch is not None else Msg("it has no release batch")
        raise ValidationError(
            Msg(
                "{reference} is not in review round '{rnd_name}': {where}, the round reviews batch "
                "{batch_number}.",
                reference=app.reference, rnd_name=rnd.name, where=where, batch_number=_batch_number(session, rnd.batch_id)),
            field="application",
        )
    if app.status not in ROUND_STATUSES:
        raise ValidationError(
            Msg(
                "{reference} is not in review round '{rnd_name}': it is {status_label!l}; a round reviews "
                "applications forwarded to CLEP.",
                reference=app.reference, rnd_name=rnd.name, status_label=apps.status_label(app.status)),
            field="application",
        )
    return app


def _app_under_review(session: Session, rnd: ReviewRound, app_id: uuid.UUID) -> Application:
    """An application of the round that is not decided yet (forwarded or under review)."""
    app = _app_in_round(session, rnd, app_id)
    if app.status not in REVIEW_STATUSES:
        raise ValidationError(
            Msg("{reference} is already {status_label!l}; its review is over.", reference=app.reference, status_label=apps.status_label(app.status)),
            field="application",
        )
    return app


# --- reviewers ----------------------------------------------------------------------


def normalise_expertise(text: str) -> str:
    """Keywords separated by commas (or semicolons, new lines), trimmed, without repeats."""
    seen: dict[str, str] = {}
    for raw in (text or "").replace(";", ",").replace("\n", ",").split(","):
        word = " ".join(raw.split())
        if word and word.lower() not in seen:
            seen[word.lower()] = word
    return ", ".join(seen.values())


def expertise_keywords(text: str) -> list[str]:
    return [w for w in normalise_expertise(text).split(", ") if w]


@dataclass(frozen=True)
class ReviewerRow:
    """One line of the reviewers table (plain data)."""

    id: uuid.UUID
    person_id: uuid.UUID
    name_latin: str
    name_native: str
    institution: str
    member_state: str
    expertise: str
    active: bool
    open_assignments: int  # assignments in open rounds


def _affiliation(session: Session, institution_id: uuid.UUID | None) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    if institution_id is None:
        return None, None
    inst = session.get(Institution, institution_id)
    if inst is None:
        raise ValidationError(Msg("The chosen institution no longer exists; choose it again."), field="institution")
    return inst.id, inst.member_state_id


def add_reviewer(session: Session, person_id: uuid.UUID, *, expertise: str = "", active: bool = True) -> Reviewer:
    """Make a person a reviewer; institution and Member State come from the person's institution."""
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(Msg("That person no longer exists; the list will be refreshed."))
    if session.scalars(select(Reviewer).where(Reviewer.person_id == person.id)).first() is not None:
        raise ValidationError(Msg("{person_name_latin} is already a reviewer.", person_name_latin=person.name_latin), field="person")
    inst_id, state_id = _affiliation(session, person.institution_id)
    reviewer = Reviewer(
        person_id=person.id, expertise=normalise_expertise(expertise), institution_id=inst_id,
        member_state_id=state_id, active=bool(active),
    )
    session.add(reviewer)
    session.flush()
    return reviewer


def update_reviewer(
    session: Session,
    reviewer_id: uuid.UUID,
    *,
    expertise: str | None = None,
    active: bool | None = None,
    institution_id: uuid.UUID | None = None,
    from_person: bool = False,
) -> Reviewer:
    """Change expertise keywords, the active flag or the affiliation (``None``: unchanged).

    ``institution_id`` sets the institution (and its Member State);
    ``from_person`` takes it again from the person's current institution.
    """
    reviewer = get_reviewer(session, reviewer_id)
    if expertise is not None:
        reviewer.expertise = normalise_expertise(expertise)
    if active is not None:
        reviewer.active = bool(active)
    if from_person:
        person = session.get(Person, reviewer.person_id)
        reviewer.institution_id, reviewer.member_state_id = _affiliation(session, person.institution_id if person else None)
    elif institution_id is not None:
        reviewer.institution_id, reviewer.member_state_id = _affiliation(session, institution_id)
    session.flush()
    return reviewer


def reviewers(session: Session, active_only: bool = False) -> list[ReviewerRow]:
    open_counts = dict(
        session.execute(
            select(Assignment.reviewer_id, func.count())
            .join(ReviewRound, ReviewRound.id == Assignment.round_id)
            .where(ReviewRound.status == RoundStatus.OPEN.value)
            .group_by(Assignment.reviewer_id)
        ).all()
    )
    q = (
        select(Reviewer, Person, Institution.name, MemberState.name)
        .join(Person, Person.id == Reviewer.person_id)
        .outerjoin(Institution, Institution.id == Reviewer.institution_id)
        .outerjoin(MemberState, MemberState.id == Reviewer.member_state_id)
    )
    if active_only:
        q = q.where(Reviewer.active.is_(True))
    rows = session.execute(q.order_by(Person.name_latin)).all()
    return [
        ReviewerRow(
            id=r.id, person_id=p.id, name_latin=p.name_latin, name_native=p.name_native, institution=inst or "",
            member_state=state or "", expertise=r.expertise, active=r.active, open_assignments=int(open_counts.get(r.id, 0)),
        )
        for r, p, inst, state in rows
    ]


# --- rounds -------------------------------------------------------------------------


def create_round(
    session: Session,
    batch_number: int,
    name: str,
    criteria: list[tuple[str, float]] | None = None,
    *,
    scale_max: int = 5,
    reviewers_per_application: int = 3,
    same_country_conflict: bool = False,
    meeting_start: date | None = None,
    meeting_end: date | None = None,
) -> ReviewRound:
    """A new open round for a release batch (one round per batch) with weighted criteria.

    Without criteria the defaults apply: scientific merit 0.4, feasibility,
    team capability and efficient use of sample mass 0.2 each.
    """
    batch = catalogue.batch_by_number(session, batch_number)
    if batch is None:
        raise ValidationError(Msg("Release batch {batch_number} does not exist; create it in the catalogue first.", batch_number=batch_number), field="batch")
    existing = round_for_batch(session, batch.id)
    if existing is not None:
        raise ValidationError(
            Msg("Batch {batch_number} already has review round '{existing_name}'; a batch is reviewed in one round.", batch_number=batch_number, existing_name=existing.name),
            field="batch",
        )
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError(Msg("Give the round a name (e.g. 'Batch 12 expert committee')."), field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(Msg("The round's name has {count} characters; at most {NAME_MAX} fit.", count=len(name), NAME_MAX=NAME_MAX), field="name")
    if isinstance(scale_max, bool) or not isinstance(scale_max, int) or not 2 <= scale_max <= SCALE_MAX_LIMIT:
        raise ValidationError(Msg(
            "Scores run from 1 to the scale's maximum: give a whole number from 2 to {SCALE_MAX_LIMIT}.",
            SCALE_MAX_LIMIT=SCALE_MAX_LIMIT),
                              field="scale_max")
    if isinstance(reviewers_per_application, bool) or not isinstance(reviewers_per_application, int) \
            or reviewers_per_application < 1:
        raise ValidationError(Msg("Each application needs at least one reviewer."), field="reviewers_per_application")
    if meeting_start and meeting_end and meeting_end < meeting_start:
        raise ValidationError(
            Msg("The meeting ends ({meeting_end}) before it starts ({meeting_start}).", meeting_end=meeting_end, meeting_start=meeting_start), field="meeting_end"
        )
    checked = _check_criteria(criteria or list(DEFAULT_CRITERIA))
    rnd = ReviewRound(
        batch_id=batch.id, name=name, scale_max=scale_max, reviewers_per_application=reviewers_per_application,
        same_country_conflict=bool(same_country_conflict), meeting_start=meeting_start, meeting_end=meeting_end,
        status=RoundStatus.OPEN.value,
    )
    session.add(rnd)
    session.flush()  # the round row must exist before its criteria
    for position, (crit_name, weight) in enumerate(checked, start=1):
        session.add(Criterion(round_id=rnd.id, name=crit_name, weight=weight, position=position))
    session.flush()
    return rnd


def _check_criteria(given: list[tuple[str, float]]) -> list[tuple[str, float]]:
    out: list[tuple[str, float]] = []
    seen: set[str] = set()
    for n, (crit_name, weight) in enumerate(given, start=1):
        crit_name = " ".join((crit_name or "").split())
        if not crit_name:
            raise ValidationError(Msg("Criterion {n} has no name.", n=n), field="criteria")
        if len(crit_name) > NAME_MAX:
            raise ValidationError(Msg("Criterion {n}'s name is longer than {NAME_MAX} characters.", n=n, NAME_MAX=NAME_MAX), field="criteria")
        if crit_name.lower() in seen:
            raise ValidationError(Msg("Criterion '{crit_name}' is listed twice.", crit_name=crit_name), field="criteria")
        try:
            w = float(weight)
        except (TypeError, ValueError):
            raise ValidationError(Msg("The weight of '{crit_name}' is not a number.", crit_name=crit_name), field="criteria") from None
        if not math.isfinite(w) or w <= 0:
            raise ValidationError(Msg("The weight of '{crit_name}' must be greater than zero (it is {weight}).", crit_name=crit_name, weight=weight), field="criteria")
        seen.add(crit_name.lower())
        out.append((crit_name, w))
    return out


def round_applications(session: Session, round_id: uuid.UUID) -> list[Application]:
    """The round's applications: those of its batch forwarded to CLEP, under review or decided."""
    rnd = get_round(session, round_id)
    q = select(Application).where(
        Application.batch_id == rnd.batch_id, Application.status.in_([s.value for s in ROUND_STATUSES])
    )
    return list(session.scalars(q.order_by(Application.reference)))


def start_review(session: Session, round_id: uuid.UUID, *, today: date) -> list[Application]:
    """Put the round's forwarded applications under committee review; returns those moved."""
    rnd = get_round(session, round_id)
    _require_open(rnd)
    moved = []
    for app in round_applications(session, rnd.id):
        if app.status == S.FORWARDED:
            apps.change_status(session, app.id, S.UNDER_REVIEW.value, today=today)
            moved.append(app)
    return moved


# --- conflicts of interest ---------------------------------------------------------------


class _Conflicts:
    """Everything the conflict rules look at for one round, loaded once."""

    def __init__(self, session: Session, rnd: ReviewRound) -> None:
        self.rnd = rnd
        self.apps = {a.id: a for a in round_applications(session, rnd.id)}
        members = list(session.scalars(select(TeamMember).where(TeamMember.application_id.in_(list(self.apps)))))
        self.team: dict[uuid.UUID, set[uuid.UUID]] = {a: set() for a in self.apps}
        self.member_inst: dict[uuid.UUID, dict[uuid.UUID, list[uuid.UUID]]] = {a: {} for a in self.apps}
        self.person_apps: dict[uuid.UUID, set[uuid.UUID]] = {}
        for app in self.apps.values():
            if app.pi_person_id is not None:
                self.team[app.id].add(app.pi_person_id)
        for m in members:
            self.team[m.application_id].add(m.person_id)
            if m.institution_id is not None:
                self.member_inst[m.application_id].setdefault(m.institution_id, []).append(m.person_id)
        for app_id, people in self.team.items():
            for p in people:
                self.person_apps.setdefault(p, set()).add(app_id)
        self.reviewers = {r.id: r for r in session.scalars(select(Reviewer))}
        wanted = {r.person_id for r in self.reviewers.values()}
        for people in self.team.values():
            wanted |= people
        self.people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_(list(wanted))))}
        self.institutions = {i.id: i.name for i in session.scalars(select(Institution))}
        self.states = {s.id: s.name for s in session.scalars(select(MemberState))}
        self.declared = {
            (c.application_id, c.reviewer_id): c.note
            for c in session.scalars(select(ConflictOfInterest).where(
                ConflictOfInterest.round_id == rnd.id, ConflictOfInterest.kind == ConflictKind.DECLARED.value))
        }

    def name(self, person_id: uuid.UUID) -> str:
        p = self.people.get(person_id)
        return p.name_latin if p else "(unknown)"

    def detected(self, app_id: uuid.UUID, reviewer: Reviewer) -> list[tuple[str, str]]:
        """(kind, note) for each rule that excludes the reviewer from the application."""
        app = self.apps[app_id]
        me = reviewer.person_id
        who = self.name(me)
        found: list[tuple[str, str]] = []
        team = self.team[app_id]
        if me in team:
            if me == app.pi_person_id:
                text = Msg("{who} is the principal investigator of {reference}.", who=who, reference=app.reference)
            else:
                text = Msg("{who} is on the team of {reference}.", who=who, reference=app.reference)
            found.append((ConflictKind.TEAM_MEMBER.value, text))
        inst = reviewer.institution_id
        if inst is not None:
            applicant = inst == app.institution_id
            colleagues = sorted(self.name(p) for p in self.member_inst[app_id].get(inst, []) if p != me)
            if applicant or colleagues:
                where = self.institutions.get(inst) or Msg("the same institution")
                names = ", ".join(colleagues)
                if not colleagues:
                    text = Msg("{who} works at {institution}, the applicant institution.", who=who, institution=where)
                elif applicant and len(colleagues) > 1:
                    text = Msg("{who} works at {institution}, the applicant institution, as do team members {names}.",
                               who=who, institution=where, names=names)
                elif applicant:
                    text = Msg("{who} works at {institution}, the applicant institution, as does team member {names}.",
                               who=who, institution=where, names=names)
                elif len(colleagues) > 1:
                    text = Msg("{who} works at {institution}, as do team members {names}.",
                               who=who, institution=where, names=names)
                else:
                    text = Msg("{who} works at {institution}, as does team member {names}.",
                               who=who, institution=where, names=names)
                found.append((ConflictKind.SAME_INSTITUTION.value, text))
        if self.rnd.same_country_conflict and reviewer.member_state_id is not None \
                and reviewer.member_state_id == app.member_state_id:
            found.append((ConflictKind.SAME_COUNTRY.value,
                          Msg("{who} is from {state}, as is the applicant.", who=who,
                              state=self.states.get(app.member_state_id) or Msg("the same Member State"))))
        links = []
        for other_id in sorted(self.person_apps.get(me, set()) - {app_id}, key=lambda a: self.apps[a].reference):
            shared = (self.team[other_id] & team) - {me}
            if shared:
                links.append(Msg("{names} on {reference}", names=", ".join(sorted(self.name(p) for p in shared)),
                                 reference=self.apps[other_id].reference))
        if links:
            found.append((ConflictKind.CO_APPLICANT.value,
                          Msg("{who} applies together with {links}.", who=who, links=MsgList(links, "; "))))
        return found

    def reasons(self, app_id: uuid.UUID, reviewer: Reviewer) -> list[tuple[str, str]]:
        found = []
        note = self.declared.get((app_id, reviewer.id))
        if note is not None:
            found.append((ConflictKind.DECLARED.value, note))
        return found + self.detected(app_id, reviewer)


def _describe(reasons: list[tuple[str, str]]) -> str:
    return MsgList(_reason(kind, note) for kind, note in reasons)


def _reason(kind: str, note: str) -> str:
    """"Same institution: Li Wei works at …" (the kind's label, then the note)."""
    return Msg("{kind}: {note}", kind=_label(CONFLICT_LABELS, kind), note=note)


def conflicts(session: Session, round_id: uuid.UUID) -> list[ConflictOfInterest]:
    """Every stored conflict of the round (declared and detected)."""
    q = select(ConflictOfInterest).where(ConflictOfInterest.round_id == round_id)
    return list(session.scalars(q.order_by(ConflictOfInterest.application_id, ConflictOfInterest.reviewer_id,
                                           ConflictOfInterest.kind)))


def detect_conflicts(session: Session, round_id: uuid.UUID) -> list[ConflictOfInterest]:
    """Apply the conflict rules to every reviewer × application of the round and store the result.

    Idempotent: found conflicts are added once (their note refreshed), detected
    ones that no longer hold are removed; declared conflicts are left alone.
    Returns the round's detected conflicts.
    """
    rnd = get_round(session, round_id)
    _require_open(rnd)
    ctx = _Conflicts(session, rnd)
    wanted: dict[tuple[uuid.UUID, uuid.UUID, str], str] = {}
    for app_id in ctx.apps:
        for reviewer in ctx.reviewers.values():
            for kind, note in ctx.detected(app_id, reviewer):
                wanted[(app_id, reviewer.id, kind)] = note
    stored = {
        (c.application_id, c.reviewer_id, c.kind): c
        for c in conflicts(session, rnd.id) if c.kind != ConflictKind.DECLARED.value
    }
    for key, row in stored.items():
        if key not in wanted:
            session.delete(row)
        elif row.note != wanted[key]:
            row.note = wanted[key]
    for (app_id, reviewer_id, kind), note in wanted.items():
        if (app_id, reviewer_id, kind) not in stored:
            session.add(ConflictOfInterest(round_id=rnd.id, application_id=app_id, reviewer_id=reviewer_id, kind=kind, note=note))
    session.flush()
    return [c for c in conflicts(session, rnd.id) if c.kind != ConflictKind.DECLARED.value]


def declare_conflict(
    session: Session, round_id: uuid.UUID, app_id: uuid.UUID, reviewer_id: uuid.UUID, note: str
) -> ConflictOfInterest:
    """Record a conflict a reviewer declared (or the officer learnt of); the note says what it is."""
    rnd = get_round(session, round_id)
    _require_open(rnd)
    app = _app_in_round(session, rnd, app_id)
    reviewer = get_reviewer(session, reviewer_id)
    note = (note or "").strip()
    if not note:
        raise ValidationError(Msg("Say what the conflict of interest is; the note goes into the round's record."), field="note")
    if _assignment_of(session, rnd.id, app.id, reviewer.id) is not None:
        raise ValidationError(
            Msg("{reviewer_name} is assigned to {reference}; unassign them before declaring the conflict.", reviewer_name=_reviewer_name(session, reviewer), reference=app.reference),
            field="reviewer",
        )
    row = session.scalars(select(ConflictOfInterest).where(
        ConflictOfInterest.round_id == rnd.id, ConflictOfInterest.application_id == app.id,
        ConflictOfInterest.reviewer_id == reviewer.id, ConflictOfInterest.kind == ConflictKind.DECLARED.value,
    )).first()
    if row is None:
        row = ConflictOfInterest(round_id=rnd.id, application_id=app.id, reviewer_id=reviewer.id,
                                 kind=ConflictKind.DECLARED.value, note=note)
        session.add(row)
    else:
        row.note = note
    session.flush()
    return row


def remove_declared_conflict(session: Session, conflict_id: uuid.UUID) -> None:
    """Withdraw a declared conflict entered by mistake (detected ones follow the rules)."""
    row = session.get(ConflictOfInterest, conflict_id)
    if row is None:
        raise NotFoundError(Msg("That conflict of interest no longer exists; the list will be refreshed."))
    _require_open(get_round(session, row.round_id))
    if row.kind != ConflictKind.DECLARED.value:
        raise ValidationError(
            Msg("This conflict ({label}) follows from the records; correct the records instead.", label=_label(CONFLICT_LABELS, row.kind)),
            field="conflict",
        )
    app = apps.get_application(session, row.application_id)
    who = _reviewer_name(session, get_reviewer(session, row.reviewer_id))
    recycle_bin.discard(session, row, Msg("{who} declared a conflict with {reference}", who=who, reference=app.reference))


@recycle_bin.restore_check("assignment", "score", "conflict_of_interest")
def _check_restore(session: Session, data: dict) -> None:
    """Assignments, their scores and declared conflicts come back only while the round is open."""
    if "round_id" in data:
        _require_open(get_round(session, uuid.UUID(str(data["round_id"]))))


def conflict_reasons(session: Session, round_id: uuid.UUID, app_id: uuid.UUID, reviewer_id: uuid.UUID) -> list[str]:
    """Why the reviewer may not review the application ("same institution: …"), empty if they may."""
    rnd = get_round(session, round_id)
    app = _app_in_round(session, rnd, app_id)
    reviewer = get_reviewer(session, reviewer_id)
    ctx = _Conflicts(session, rnd)
    return [_reason(k, n) for k, n in ctx.reasons(app.id, reviewer)]


def is_conflicted(session: Session, round_id: uuid.UUID, app_id: uuid.UUID, reviewer_id: uuid.UUID) -> bool:
    return bool(conflict_reasons(session, round_id, app_id, reviewer_id))


# --- assignments ---------------------------------------------------------------------------


def _assignment_of(session: Session, round_id: uuid.UUID, app_id: uuid.UUID, reviewer_id: uuid.UUID) -> Assignment | None:
    return session.scalars(select(Assignment).where(
        Assignment.round_id == round_id, Assignment.application_id == app_id, Assignment.reviewer_id == reviewer_id
    )).first()


def assignments(session: Session, round_id: uuid.UUID) -> list[Assignment]:
    q = select(Assignment).where(Assignment.round_id == round_id)
    return list(session.scalars(q.order_by(Assignment.created_at)))


def get_assignment(session: Session, assignment_id: uuid.UUID) -> Assignment:
    a = session.get(Assignment, assignment_id)
    if a is None:
        raise NotFoundError(Msg("That assignment no longer exists; the list will be refreshed."))
    return a


def assign(session: Session, round_id: uuid.UUID, app_id: uuid.UUID, reviewer_id: uuid.UUID) -> Assignment:
    """Assign a reviewer to an application; refused (with the reason) when the reviewer is
    conflicted, inactive or already assigned, or the round is closed."""
    rnd = get_round(session, round_id)
    _require_open(rnd)
    app = _app_under_review(session, rnd, app_id)
    reviewer = get_reviewer(session, reviewer_id)
    who = _reviewer_name(session, reviewer)
    if not reviewer.active:
        raise ValidationError(Msg("{who} is not an active reviewer; make them active first.", who=who), field="reviewer")
    reasons = _Conflicts(session, rnd).reasons(app.id, reviewer)
    if reasons:
        raise ValidationError(
            Msg("{who} cannot review {reference}: conflict of interest ({describe})", who=who, reference=app.reference, describe=_describe(reasons)), field="reviewer"
        )
    if _assignment_of(session, rnd.id, app.id, reviewer.id) is not None:
        raise ValidationError(Msg("{who} is already assigned to {reference}.", who=who, reference=app.reference), field="reviewer")
    assignment = Assignment(round_id=rnd.id, application_id=app.id, reviewer_id=reviewer.id)
    session.add(assignment)
    session.flush()
    return assignment


def assignment_score_count(session: Session, assignment_id: uuid.UUID) -> int:
    """How many scores the reviewer has entered under this assignment (they go with it when it is removed)."""
    return len(list(session.scalars(select(Score.id).where(Score.assignment_id == assignment_id))))


def unassign(session: Session, assignment_id: uuid.UUID, *, with_scores: bool = False) -> None:
    """Take a reviewer off an application; refused while they have scores unless ``with_scores``."""
    assignment = get_assignment(session, assignment_id)
    rnd = get_round(session, assignment.round_id)
    _require_open(rnd)
    scores = list(session.scalars(select(Score).where(Score.assignment_id == assignment.id)))
    if scores and not with_scores:
        app = apps.get_application(session, assignment.application_id)
        who = _reviewer_name(session, get_reviewer(session, assignment.reviewer_id))
        raise ValidationError(
            Msg(
                "{who} has entered {count} score(s) for {reference}; unassigning would delete them. Confirm that "
                "the scores go too.",
                who=who, count=len(scores), reference=app.reference),
            field="scores",
        )
    app = apps.get_application(session, assignment.application_id)
    who = _reviewer_name(session, get_reviewer(session, assignment.reviewer_id))
    recycle_bin.discard(session, assignment, f"{who} → {app.reference}", children=scores)


@dataclass(frozen=True)
class AutoAssignResult:
    assigned: list[tuple[uuid.UUID, uuid.UUID]]  # (application id, reviewer id), new assignments
    uncovered: list[tuple[str, str]]  # (application reference, why it has fewer reviewers than wanted)


K = Hashable


def plan_assignments(
    applications: list[K],
    reviewers: list[K],
    eligible: Mapping[K, set[K]],
    existing: Mapping[K, set[K]],
    per_application: int,
    preference: Callable[[K, K], tuple] = lambda app, reviewer: (),
    base_load: Mapping[K, int] | None = None,
) -> list[tuple[K, K]]:
    """The balanced plan behind :func:`auto_assign` (pure; returns the new (application, reviewer) pairs).

    Applications with the fewest eligible reviewers go first; each gets the
    least-loaded eligible reviewers not on it yet, ties broken by
    ``preference`` (smaller first).  A final pass moves a new assignment to
    another eligible reviewer while that reduces a load difference of two or
    more, so no reviewer carries two more than one who could have taken it.
    Existing assignments are kept and count in the load.
    """
    load = {r: 0 for r in reviewers}
    for r, n in (base_load or {}).items():
        if r in load:
            load[r] += n
    assigned = {a: set(existing.get(a, set())) for a in applications}
    for a in applications:
        for r in assigned[a]:
            if r in load and base_load is None:
                load[r] += 1
    order = sorted(applications, key=lambda a: len(eligible.get(a, set()) - assigned[a]))
    new: list[tuple[K, K]] = []

    def key(a, r):
        return (load[r], preference(a, r))

    for a in order:
        need = per_application - len(assigned[a])
        free = sorted((r for r in eligible.get(a, set()) if r not in assigned[a] and r in load), key=str)
        for _ in range(max(need, 0)):
            if not free:
                break
            pick = min(free, key=lambda r: key(a, r))
            free.remove(pick)
            assigned[a].add(pick)
            load[pick] += 1
            new.append((a, pick))
    moved = True
    while moved:  # each move lowers Σ load², so this ends
        moved = False
        for i, (a, r) in enumerate(new):
            options = sorted((x for x in eligible.get(a, set()) if x not in assigned[a] and x in load), key=str)
            if not options:
                continue
            best = min(options, key=lambda x: key(a, x))
            if load[r] - load[best] >= 2:
                assigned[a].discard(r)
                assigned[a].add(best)
                load[r] -= 1
                load[best] += 1
                new[i] = (a, best)
                moved = True
    return new


def _application_text(session: Session, app: Application) -> str:
    names = session.execute(
        select(ApplicationMethod.name, ApplicationMethod.instruments).where(ApplicationMethod.application_id == app.id)
    ).all()
    parts = [app.title, app.objectives, app.activity] + [f"{n} {i}" for n, i in names]
    return " ".join(p for p in parts if p).lower()


def expertise_match(keywords: Iterable[str], text: str) -> int:
    """How many of the reviewer's keywords occur in the application's text (case-insensitive)."""
    low = text.lower()
    return sum(1 for k in keywords if k and k.lower() in low)


def auto_assign(session: Session, round_id: uuid.UUID, *, per_application: int | None = None) -> AutoAssignResult:
    """Assign active, unconflicted reviewers to the round's undecided applications.

    Balanced load, ``per_application`` reviewers each (default: the round's),
    ties broken by expertise keywords found in the title, objectives and
    methods, then by name; existing assignments are kept.  Every application
    left with fewer reviewers is explained.
    """
    rnd = get_round(session, round_id)
    _require_open(rnd)
    n = rnd.reviewers_per_application if per_application is None else per_application
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValidationError(Msg("Each application needs at least one reviewer."), field="per_application")
    ctx = _Conflicts(session, rnd)
    targets = [a for a in ctx.apps.values() if a.status in REVIEW_STATUSES]
    all_reviewers = sorted(ctx.reviewers.values(), key=lambda r: (ctx.name(r.person_id), str(r.id)))
    active = [r for r in all_reviewers if r.active]
    current = assignments(session, rnd.id)
    existing: dict[uuid.UUID, set[uuid.UUID]] = {a.id: set() for a in targets}
    base_load = {r.id: 0 for r in active}
    for x in current:
        if x.application_id in existing:
            existing[x.application_id].add(x.reviewer_id)
        if x.reviewer_id in base_load:
            base_load[x.reviewer_id] += 1
    reasons = {(a.id, r.id): ctx.reasons(a.id, r) for a in targets for r in all_reviewers}
    eligible = {a.id: {r.id for r in active if not reasons[(a.id, r.id)]} for a in targets}
    keywords = {r.id: expertise_keywords(r.expertise) for r in active}
    texts = {a.id: _application_text(session, a) for a in targets}
    names = {r.id: ctx.name(r.person_id) for r in all_reviewers}

    def preference(app_id, reviewer_id):
        return (-expertise_match(keywords[reviewer_id], texts[app_id]), names[reviewer_id], str(reviewer_id))

    targets.sort(key=lambda a: a.reference)
    plan = plan_assignments([a.id for a in targets], [r.id for r in active], eligible, existing, n, preference, base_load)
    for app_id, reviewer_id in plan:
        session.add(Assignment(round_id=rnd.id, application_id=app_id, reviewer_id=reviewer_id))
    session.flush()

    uncovered = []
    for a in targets:
        have = len(existing[a.id]) + sum(1 for app_id, _ in plan if app_id == a.id)
        if have >= n:
            continue
        by_kind: dict[str, list[str]] = {}
        conflicted = 0
        for r in all_reviewers:
            found = reasons[(a.id, r.id)]
            if found and r.id not in existing[a.id]:
                conflicted += 1
                for kind, _note in found:
                    by_kind.setdefault(kind, []).append(names[r.id])
        inactive = sum(1 for r in all_reviewers if not r.active and not reasons[(a.id, r.id)])
        parts = []
        if conflicted:
            detail = MsgList((_reason(k, ", ".join(v)) for k, v in sorted(by_kind.items())), "; ")
            if conflicted == 1:
                parts.append(Msg("{n} is conflicted ({detail})", n=conflicted, detail=detail))
            else:
                parts.append(Msg("{n} are conflicted ({detail})", n=conflicted, detail=detail))
        if inactive:
            parts.append(Msg("{n} is inactive", n=inactive) if inactive == 1 else Msg("{n} are inactive", n=inactive))
        if len(active) == 1:
            parts.append(Msg("{n} active reviewer in all", n=len(active)))
        else:
            parts.append(Msg("{n} active reviewers in all", n=len(active)))
        uncovered.append((a.reference, Msg("{reference}: only {have} of {n} reviewers — {why}",
                                           reference=a.reference, have=have, n=n, why=MsgList(parts, ", "))))
    return AutoAssignResult(assigned=list(plan), uncovered=uncovered)


# --- scores --------------------------------------------------------------------------------


def set_score(
    session: Session, assignment_id: uuid.UUID, criterion_id: uuid.UUID, value: int, comment: str = ""
) -> Score:
    """Enter (or change) a reviewer's score on one criterion: a whole number from 1 to the round's maximum."""
    assignment = get_assignment(session, assignment_id)
    rnd = get_round(session, assignment.round_id)
    _require_open(rnd)
    crit = session.get(Criterion, criterion_id)
    if crit is None or crit.round_id != rnd.id:
        raise ValidationError(Msg("That criterion is not one of round '{rnd_name}'.", rnd_name=rnd.name), field="criterion")
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= rnd.scale_max:
        raise ValidationError(
            Msg("'{crit_name}': scores are whole numbers from 1 to {scale_max}; {value!r} is not one.", crit_name=crit.name, scale_max=rnd.scale_max, value=value), field="value"
        )
    score = session.scalars(select(Score).where(Score.assignment_id == assignment.id, Score.criterion_id == crit.id)).first()
    if score is None:
        score = Score(assignment_id=assignment.id, criterion_id=crit.id, value=value, comment=(comment or "").strip())
        session.add(score)
    else:
        score.value = value
        score.comment = (comment or "").strip()
    session.flush()
    return score


def clear_score(session: Session, assignment_id: uuid.UUID, criterion_id: uuid.UUID) -> None:
    assignment = get_assignment(session, assignment_id)
    _require_open(get_round(session, assignment.round_id))
    score = session.scalars(select(Score).where(Score.assignment_id == assignment.id, Score.criterion_id == criterion_id)).first()
    if score is not None:
        session.delete(score)
        session.flush()


@dataclass(frozen=True)
class CriterionView:
    id: uuid.UUID
    name: str
    weight: float


@dataclass(frozen=True)
class ScoreRow:
    assignment_id: uuid.UUID
    application_id: uuid.UUID
    reference: str
    reviewer_id: uuid.UUID
    reviewer_name: str
    reviewer_name_native: str
    values: dict[uuid.UUID, int] = field(default_factory=dict)  # by criterion id; missing = not scored
    comments: dict[uuid.UUID, str] = field(default_factory=dict)
    weighted: float | None = None  # when every criterion is scored


@dataclass(frozen=True)
class ScoreGrid:
    round_id: uuid.UUID
    scale_max: int
    criteria: tuple[CriterionView, ...]
    rows: tuple[ScoreRow, ...]


def weighted_score(weights: Mapping[K, float], values: Mapping[K, int | None]) -> float | None:
    """Σ weight·value / Σ weight; None unless every weighted criterion has a value (only complete sets count)."""
    if not weights or any(values.get(k) is None for k in weights):
        return None
    return sum(w * values[k] for k, w in weights.items()) / sum(weights.values())


def mean_and_spread(scores: Iterable[float | None]) -> tuple[float | None, float | None]:
    """Mean of the complete reviewers' weighted scores and their spread (max − min)."""
    done = [s for s in scores if s is not None]
    if not done:
        return None, None
    return sum(done) / len(done), max(done) - min(done)


def competition_ranks(means: Mapping[K, float | None], *, places: int = 9) -> dict[K, int | None]:
    """Rank by mean, highest first; equal means share a rank (1, 1, 3); no mean, no rank."""
    keyed = {k: round(m, places) for k, m in means.items() if m is not None}
    ordered = sorted(keyed.values(), reverse=True)
    first = {}
    for i, m in enumerate(ordered, start=1):
        first.setdefault(m, i)
    return {k: (first[keyed[k]] if k in keyed else None) for k in means}


def _round_scores(session: Session, rnd: ReviewRound):
    crits = criteria(session, rnd.id)
    assigns = assignments(session, rnd.id)
    scores = list(session.scalars(select(Score).where(Score.assignment_id.in_([a.id for a in assigns])))) if assigns else []
    by_assignment: dict[uuid.UUID, dict[uuid.UUID, Score]] = {a.id: {} for a in assigns}
    for sc in scores:
        by_assignment[sc.assignment_id][sc.criterion_id] = sc
    return crits, assigns, by_assignment


def score_grid(session: Session, round_id: uuid.UUID) -> ScoreGrid:
    """One row per assignment (application × reviewer) with the values by criterion id."""
    rnd = get_round(session, round_id)
    crits, assigns, by_assignment = _round_scores(session, rnd)
    weights = {c.id: c.weight for c in crits}
    refs = dict(session.execute(select(Application.id, Application.reference).where(
        Application.id.in_(list({a.application_id for a in assigns})))).all()) if assigns else {}
    people = {}
    for r, p in session.execute(select(Reviewer, Person).join(Person, Person.id == Reviewer.person_id)).all():
        people[r.id] = p
    rows = []
    for a in assigns:
        vals = {cid: sc.value for cid, sc in by_assignment[a.id].items()}
        person = people.get(a.reviewer_id)
        rows.append(ScoreRow(
            assignment_id=a.id, application_id=a.application_id, reference=refs.get(a.application_id, ""),
            reviewer_id=a.reviewer_id, reviewer_name=person.name_latin if person else "",
            reviewer_name_native=person.name_native if person else "", values=vals,
            comments={cid: sc.comment for cid, sc in by_assignment[a.id].items() if sc.comment},
            weighted=weighted_score(weights, vals),
        ))
    rows.sort(key=lambda r: (r.reference, r.reviewer_name))
    return ScoreGrid(
        round_id=rnd.id, scale_max=rnd.scale_max,
        criteria=tuple(CriterionView(c.id, c.name, c.weight) for c in crits), rows=tuple(rows),
    )


# --- recommendations -----------------------------------------------------------------------


def set_recommendation(
    session: Session, round_id: uuid.UUID, app_id: uuid.UUID, recommendation: str, text: str = ""
) -> Recommendation:
    rnd = get_round(session, round_id)
    _require_open(rnd)
    app = _app_under_review(session, rnd, app_id)
    try:
        kind = RecommendationKind(recommendation).value
    except ValueError:
        allowed = ", ".join(k.value for k in RecommendationKind)
        raise ValidationError(Msg("'{recommendation}' is not a recommendation; use one of: {allowed}.", recommendation=recommendation, allowed=allowed),
                              field="recommendation") from None
    row = session.scalars(select(Recommendation).where(
        Recommendation.round_id == rnd.id, Recommendation.application_id == app.id)).first()
    if row is None:
        row = Recommendation(round_id=rnd.id, application_id=app.id, recommendation=kind, text=(text or "").strip())
        session.add(row)
    else:
        row.recommendation, row.text = kind, (text or "").strip()
    session.flush()
    return row


# --- decisions per requested item ------------------------------------------------------------


def item_label(session: Session, item: RequestedItem) -> str:
    """"CE5C0400YJFM00406" for a catalogue sample, "any powder (CE-5)" for a kind."""
    if item.sample_id is not None:
        sample = session.get(Sample, item.sample_id)
        if sample is not None:
            return sample.sample_number
    prep = catalogue.PREPARATION_LABELS.get(item.preparation, item.preparation) if item.preparation else Msg("sample")
    mission = session.get(Mission, item.mission_id) if item.mission_id else None
    if mission:
        return Msg("any {preparation!l} ({mission})", preparation=prep, mission=mission.code)
    return Msg("any {preparation!l}", preparation=prep)


def _amount(mass_ug: int | None, pieces: int | None) -> str:
    count = None
    if pieces is not None:
        count = Msg("{n} piece", n=pieces) if pieces == 1 else Msg("{n} pieces", n=pieces)
    if mass_ug is not None and count is not None:
        return Msg("{mass} in {pieces}", mass=format_mass(mass_ug), pieces=count)
    if mass_ug is not None:
        return format_mass(mass_ug)
    return count if count is not None else Msg("no amount")


def _item_number(session: Session, item: RequestedItem) -> int:
    for n, other in enumerate(apps.requested_items(session, item.application_id), start=1):
        if other.id == item.id:
            return n
    return 0


def decisions(session: Session, app_id: uuid.UUID) -> dict[uuid.UUID, ItemDecision]:
    """The committee's decisions on an application's items, by item id."""
    items = [i.id for i in apps.requested_items(session, app_id)]
    if not items:
        return {}
    return {d.item_id: d for d in session.scalars(select(ItemDecision).where(ItemDecision.item_id.in_(items)))}


def _leaves(session: Session, sample: Sample) -> list[Sample]:
    """The sample itself if it is a leaf, else every leaf below it."""
    kids = catalogue.children(session, sample.id)
    if not kids:
        return [sample]
    out = []
    for k in kids:
        out.extend(_leaves(session, k))
    return out


def _fit_problem(sample: Sample, mass_ug: int, pieces: int | None) -> str | None:
    """Why this leaf cannot hold the reservation (mirrors :func:`catalogue.reserve_mass`), or None."""
    left = catalogue.remaining_ug(sample)
    if mass_ug > left:
        return Msg("holds {mass}", mass=format_mass(left))
    if sample.pieces is None:
        return None
    if pieces is not None and pieces > sample.pieces:
        return Msg("has {n} piece(s)", n=sample.pieces)
    if mass_ug == left:
        return None if pieces is None or pieces == sample.pieces else Msg("is {n} piece(s) in all", n=sample.pieces)
    if sample.pieces <= 1:
        return Msg("is a single piece, lent whole")
    if pieces is None:
        return Msg("has {n} pieces: say how many the approved mass is", n=sample.pieces)
    if pieces == sample.pieces:
        return Msg("is all {n} pieces in {mass}", n=sample.pieces, mass=format_mass(left))
    return None


def _plan_reservation(
    session: Session, source: Sample, mass_ug: int | None, pieces: int | None, previous: Sample | None, what: str
) -> tuple[Sample, int]:
    """The leaf to reserve from and the mass; refused with the numbers when nothing fits.

    ``previous`` (this decision's current reservation) counts as available: it
    is released in the same action.
    """
    leaves = _leaves(session, source)
    ids = {x.id for x in leaves}
    available = [x for x in leaves if x.status == SampleStatus.AVAILABLE]
    if previous is not None and previous.id in ids and previous.status == SampleStatus.RESERVED:
        available.append(previous)
    total = sum(catalogue.remaining_ug(x) for x in available)
    counted = {x.id for x in available}
    elsewhere = sum(catalogue.held_ug(x) for x in leaves if x.status == SampleStatus.RESERVED and x.id not in counted)
    if mass_ug is None:  # pieces only: a part of exactly that many pieces is lent whole
        whole = [x for x in available if x.pieces is not None and x.pieces == pieces]
        if not whole:
            raise ValidationError(
                Msg("Give the mass of the {amount} approved for {what}: {sample_number} has {total} available{in_pieces}.",
                    amount=_amount(None, pieces), what=what, sample_number=source.sample_number,
                    total=format_mass(total),
                    in_pieces=Msg(" in {n} piece(s)", n=source.pieces) if source.pieces else ""),
                field="approved_mass",
            )
        pick = sorted(whole, key=lambda x: (catalogue.remaining_ug(x), x.sample_number))[0]
        return pick, catalogue.remaining_ug(pick)
    if mass_ug > total:
        reserved_note = Msg(", {elsewhere} more is reserved for other approvals", elsewhere=format_mass(elsewhere)) if elsewhere else ""
        state = "" if available else Msg(" (it is {get!l})", get=catalogue.STATUS_LABELS.get(source.status, source.status))
        raise ValidationError(
            Msg(
                "{sample_number} holds {total} available{state}{reserved_note}; {mass_ug} cannot be approved for "
                "{what} ({value} more than it holds).",
                sample_number=source.sample_number, total=format_mass(total), state=state, reserved_note=reserved_note, mass_ug=format_mass(mass_ug), what=what, value=format_mass(mass_ug - total)),
            field="approved_mass",
        )
    fits = [x for x in available if _fit_problem(x, mass_ug, pieces) is None]
    if not fits:
        why = MsgList((Msg("{sample_number} {problem}", sample_number=x.sample_number, problem=_fit_problem(x, mass_ug, pieces))
                       for x in sorted(available, key=lambda x: x.sample_number)), "; ")
        raise ValidationError(
            Msg("No single part of {sample_number} can hold {amount} for {what}: {why}.", sample_number=source.sample_number, amount=_amount(mass_ug, pieces), what=what, why=why),
            field="approved_mass",
        )
    exact = [x for x in fits if catalogue.remaining_ug(x) == mass_ug]
    pick = sorted(exact or fits, key=lambda x: (catalogue.remaining_ug(x), x.sample_number))[0]
    return pick, mass_ug


def _positive_int(value, what: str, field_name: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ValidationError(Msg("The approved {what} must be a whole number greater than zero.", what=what), field=field_name)
    return value


def decide_item(
    session: Session,
    round_id: uuid.UUID,
    item_id: uuid.UUID,
    outcome: str,
    *,
    approved_mass_ug: int | None = None,
    approved_pieces: int | None = None,
    sample_id: uuid.UUID | None = None,
    reason: str = "",
    today: date,
    app_id: uuid.UUID | None = None,
) -> ItemDecision:
    """Record (or change) the committee's decision on one requested item.

    approved: the requested amount, or the given one (never more than
    requested); reduced: less than requested (mass or pieces) and more than
    zero; rejected: a reason is required.  The sample lent is the item's, or
    ``sample_id`` (required for a request of a kind).  Approving reserves the
    mass in the catalogue (:func:`catalogue.reserve_mass`); changing a
    decision first releases the previous reservation, in the same action.
    ``app_id``, when given, is the application the officer is deciding: an
    item of another application is refused.
    """
    rnd = get_round(session, round_id)
    _require_open(rnd)
    item = session.get(RequestedItem, item_id)
    if item is None:
        raise NotFoundError(Msg("That requested item no longer exists; the list will be refreshed."))
    app = apps.get_application(session, item.application_id)
    if app_id is not None and app_id != app.id:
        other = apps.get_application(session, app_id)
        raise ValidationError(
            Msg(
                "The item decided is not in the application {reference} (it belongs to {reference_2}); a decision"
                " is recorded for an item of the application reviewed.",
                reference=other.reference, reference_2=app.reference),
            field="item",
        )
    _app_in_round(session, rnd, app.id)
    if app.status != S.UNDER_REVIEW:
        raise ValidationError(
            Msg(
                "{reference} is {status_label!l}; the committee's decisions are recorded while an application is "
                "under committee review.",
                reference=app.reference, status_label=apps.status_label(app.status)),
            field="application",
        )
    try:
        kind = DecisionOutcome(outcome)
    except ValueError:
        allowed = ", ".join(o.value for o in DecisionOutcome)
        raise ValidationError(Msg("'{outcome}' is not a decision; use one of: {allowed}.", outcome=outcome, allowed=allowed), field="outcome") from None
    n = _item_number(session, item)
    what = Msg("item {n} of {reference}", n=n, reference=app.reference)
    reason = (reason or "").strip()
    existing = session.scalars(select(ItemDecision).where(ItemDecision.item_id == item.id)).first()
    previous = session.get(Sample, existing.reserved_sample_id) if existing and existing.reserved_sample_id else None

    mass = pieces = None
    source = pick = None
    if kind == DecisionOutcome.REJECTED:
        if not reason:
            raise ValidationError(Msg(
                "Give the committee's reason for rejecting {what}; it goes into the decision letter.",
                what=what),
                                  field="reason")
    else:
        mass = _positive_int(approved_mass_ug, Msg("mass"), "approved_mass")
        pieces = _positive_int(approved_pieces, Msg("number of pieces"), "approved_pieces")
        if kind == DecisionOutcome.APPROVED:
            mass = item.mass_ug if mass is None else mass
            pieces = item.pieces if pieces is None else pieces
        requested = _amount(item.mass_ug, item.pieces)
        if item.mass_ug is not None and mass is not None and mass > item.mass_ug:
            raise ValidationError(
                Msg("{what} asks for {requested}; the committee cannot approve more ({mass}).", what=what, requested=requested, mass=format_mass(mass)), field="approved_mass"
            )
        if item.pieces is not None and pieces is not None and pieces > item.pieces:
            raise ValidationError(
                Msg("{what} asks for {requested}; the committee cannot approve more ({pieces} pieces).", what=what, requested=requested, pieces=pieces), field="approved_pieces"
            )
        if kind == DecisionOutcome.REDUCED:
            less_mass = item.mass_ug is not None and mass is not None and mass < item.mass_ug
            less_pieces = item.pieces is not None and pieces is not None and pieces < item.pieces
            if not (less_mass or less_pieces):
                raise ValidationError(
                    Msg(
                        "A reduced approval gives less than requested: {what} asks for {requested}; give the "
                        "approved mass (more than zero, less than requested) or the number of pieces.",
                        what=what, requested=requested),
                    field="approved_mass",
                )
        if mass is None and pieces is None:
            raise ValidationError(Msg("{what} asks for no mass or pieces; give the approved mass.", what=what), field="approved_mass")
        source_id = sample_id or item.sample_id
        if source_id is None:
            raise ValidationError(
                Msg("{what} asks for {item_label}: choose the catalogue sample to lend.", what=what, item_label=item_label(session, item)), field="sample"
            )
        source = session.get(Sample, source_id)
        if source is None:
            raise ValidationError(Msg("The chosen sample is no longer in the catalogue; choose it again."), field="sample")
        if source.use_class in (UseClass.PERMANENT, UseClass.PERMANENT_BACKUP):
            raise ValidationError(Msg("{sample_number} is permanently stored and is never lent.", sample_number=source.sample_number), field="sample")
        if item.mission_id is not None and source.mission_id != item.mission_id:
            raise ValidationError(Msg("{sample_number} is not from the mission {what} asks for.", sample_number=source.sample_number, what=what), field="sample")
        if item.preparation and source.preparation != item.preparation:
            raise ValidationError(
                Msg(
                    "{sample_number} is {get!l}, but {what} asks for {item_label}.",
                    sample_number=source.sample_number, get=catalogue.PREPARATION_LABELS.get(source.preparation, source.preparation), what=what, item_label=item_label(session, item)),
                field="sample",
            )
        pick, mass = _plan_reservation(session, source, mass, pieces, previous, what)

    # Every check passed: release the previous reservation, then reserve anew.
    if previous is not None and previous.status == SampleStatus.RESERVED:
        catalogue.release_reservation(session, previous.id)
    reserved = None
    if pick is not None:
        reserved = catalogue.reserve_mass(session, pick.id, mass, note=f"{app.reference} item {n}", pieces=pieces)
    if existing is None:
        existing = ItemDecision(round_id=rnd.id, item_id=item.id, outcome=kind.value)
        session.add(existing)
    existing.round_id = rnd.id
    existing.outcome = kind.value
    existing.sample_id = source.id if source is not None else None
    existing.approved_mass_ug = mass
    existing.approved_pieces = pieces
    existing.reserved_sample_id = reserved.id if reserved is not None else None
    existing.reason = reason
    existing.decided_on = today
    session.flush()
    return existing


def clear_decision(session: Session, round_id: uuid.UUID, item_id: uuid.UUID) -> None:
    """Undo a decision on an item (its reservation is released)."""
    rnd = get_round(session, round_id)
    _require_open(rnd)
    decision = session.scalars(select(ItemDecision).where(ItemDecision.item_id == item_id)).first()
    if decision is None:
        return
    item = session.get(RequestedItem, item_id)
    if item is not None:
        app = _app_in_round(session, rnd, item.application_id)
        if app.status != S.UNDER_REVIEW:
            raise ValidationError(Msg("{reference} is {status_label!l}; its decisions stand.", reference=app.reference, status_label=apps.status_label(app.status)),
                                  field="application")
    previous = session.get(Sample, decision.reserved_sample_id) if decision.reserved_sample_id else None
    if previous is not None and previous.status == SampleStatus.RESERVED:
        catalogue.release_reservation(session, previous.id)
    session.delete(decision)
    session.flush()


def _in_full(item: RequestedItem, d: ItemDecision) -> bool:
    if d.outcome != DecisionOutcome.APPROVED:
        return False
    if item.mass_ug is not None and (d.approved_mass_ug or 0) < item.mass_ug:
        return False
    return item.pieces is None or (d.approved_pieces or 0) >= item.pieces


def _outcome(items: list[RequestedItem], decided: Mapping[uuid.UUID, ItemDecision]) -> str | None:
    if not items or any(i.id not in decided for i in items):
        return None
    if all(decided[i.id].outcome == DecisionOutcome.REJECTED for i in items):
        return S.REJECTED.value
    if all(_in_full(i, decided[i.id]) for i in items):
        return S.APPROVED.value
    return S.PARTIALLY_APPROVED.value


def application_outcome(session: Session, app_id: uuid.UUID) -> str | None:
    """approved (every item approved in full), partially_approved, rejected (every item rejected), or None
    while an item is undecided."""
    return _outcome(apps.requested_items(session, app_id), decisions(session, app_id))


def _committee_reasons(items: list[RequestedItem], decided: Mapping[uuid.UUID, ItemDecision]) -> str:
    lines = [f"Item {n}: {decided[i.id].reason}" for n, i in enumerate(items, start=1)
             if i.id in decided and decided[i.id].reason]
    return "\n".join(lines)


def close_round(session: Session, round_id: uuid.UUID, *, today: date) -> ReviewRound:
    """Move every application under review to its outcome and close the round.

    Refused, listing what is undecided, unless every application under review
    has a decision on every item.  Applications still only forwarded stay so.
    """
    rnd = get_round(session, round_id)
    _require_open(rnd)
    reviewing = [a for a in round_applications(session, rnd.id) if a.status == S.UNDER_REVIEW]
    problems = []
    plans = []
    for app in reviewing:
        items = apps.requested_items(session, app.id)
        decided = decisions(session, app.id)
        if not items:
            problems.append(Msg("{reference}: no requested item to decide", reference=app.reference))
            continue
        open_items = [str(n) for n, i in enumerate(items, start=1) if i.id not in decided]
        if open_items:
            if len(open_items) == 1:
                problems.append(Msg("{reference}: item {items} undecided", reference=app.reference, items=open_items[0]))
            else:
                problems.append(Msg("{reference}: items {items} undecided", reference=app.reference,
                                    items=", ".join(open_items)))
            continue
        plans.append((app, _outcome(items, decided), _committee_reasons(items, decided)))
    if problems:
        raise ValidationError(
            Msg("Review round '{name}' cannot be closed until every item under review is decided:\n• {problems}",
                name=rnd.name, problems=MsgList(problems, "\n• ")),
            field="round",
        )
    for app, outcome, reasons in plans:
        apps.change_status(session, app.id, outcome, reason=reasons, today=today)
    rnd.status = RoundStatus.CLOSED.value
    rnd.closed_on = today
    session.flush()
    return rnd


# --- views ----------------------------------------------------------------------------------------


def round_summary(session: Session, round_id: uuid.UUID) -> RoundSummaryView:
    """Every application of the round with its reviewers, scores, rank, recommendation and outcome."""
    rnd = get_round(session, round_id)
    crits, assigns, by_assignment = _round_scores(session, rnd)
    weights = {c.id: c.weight for c in crits}
    round_apps = round_applications(session, rnd.id)
    recs = {r.application_id: r.recommendation for r in session.scalars(
        select(Recommendation).where(Recommendation.round_id == rnd.id))}
    per_app: dict[uuid.UUID, list[Assignment]] = {}
    for a in assigns:
        per_app.setdefault(a.application_id, []).append(a)
    means = {}
    spreads = {}
    for app in round_apps:
        scores = [weighted_score(weights, {c: s.value for c, s in by_assignment[a.id].items()})
                  for a in per_app.get(app.id, [])]
        means[app.id], spreads[app.id] = mean_and_spread(scores)
    ranks = competition_ranks(means)
    rows = []
    for app in round_apps:
        view = apps.application_view(session, app.id)
        items = apps.requested_items(session, app.id)
        decided = decisions(session, app.id)
        mine = per_app.get(app.id, [])
        outcome = app.status if app.status in apps.DECIDED_STATUSES else (_outcome(items, decided) or "")
        rows.append(RoundApplicationSummary(
            application_id=app.id, reference=app.reference, title=app.title, member_state=view.member_state,
            institution=view.institution, pi_name=view.pi.name_latin if view.pi else "",
            reviewers_assigned=len(mine),
            scores_entered=sum(1 for a in mine for c in by_assignment[a.id] if c in weights),
            scores_expected=len(mine) * len(crits),
            weighted_mean=means[app.id], spread=spreads[app.id], rank=ranks[app.id],
            recommendation=recs.get(app.id, ""), outcome=outcome,
            requested_ug=sum(i.mass_ug or 0 for i in items),
            approved_ug=sum(d.approved_mass_ug or 0 for d in decided.values() if d.outcome != DecisionOutcome.REJECTED),
        ))
    return RoundSummaryView(
        round_id=rnd.id, name=rnd.name, batch_number=_batch_number(session, rnd.batch_id), status=rnd.status,
        meeting_start=rnd.meeting_start, meeting_end=rnd.meeting_end,
        criteria=tuple((c.name, c.weight) for c in crits), applications=tuple(rows),
    )


def signing_deadline(session: Session, letter_date: date | None) -> tuple[date | None, str]:
    """The Loan Agreement's signing deadline for a letter of ``letter_date`` and how the letter words it.

    The deadline is 10 Chinese working days after the letter, counted by
    :mod:`~lunar_desk.services.workdays` (public holidays, make-up working
    days and the officers' entries of the official arrangement).  A date
    counted through a year whose arrangement is not announced yet is marked
    provisional.  Without a letter date no date is given and the note
    states the rule.
    """
    if letter_date is None:
        return None, SIGNING_DEADLINE_NOTE
    result = workdays.add_working_days(session, letter_date, workdays.SIGNING_WORKING_DAYS)
    if result.provisional:
        years = " and ".join(str(y) for y in result.unannounced_years)
        note = (f"provisional: counted before the State Council announced the {years} holiday arrangement; "
                "the APSCO Secretariat will confirm the date")
    else:
        note = f"{workdays.SIGNING_WORKING_DAYS} Chinese working days after the date of this letter"
        if result.holidays_skipped:
            note += f"; {', '.join(result.holidays_skipped)} holidays not counted"
    return result.deadline, note


def decision_letter_view(session: Session, app_id: uuid.UUID) -> DecisionLetterView:
    """Everything the decision letter to the applicant says; refused while an item is undecided."""
    app = apps.get_application(session, app_id)
    items = apps.requested_items(session, app.id)
    decided = decisions(session, app.id)
    outcome = app.status if app.status in apps.DECIDED_STATUSES else _outcome(items, decided)
    if outcome is None:
        raise ValidationError(
            Msg(
                "{reference} has no committee decision yet on every requested item; the letter follows the "
                "decision.",
                reference=app.reference),
            field="application",
        )
    view = apps.application_view(session, app.id)
    rnd = round_for_batch(session, app.batch_id)
    numbers = {}
    for d in decided.values():
        for sid in (d.reserved_sample_id, d.sample_id):
            if sid and sid not in numbers:
                s = session.get(Sample, sid)
                numbers[sid] = s.sample_number if s else None
    item_views = []
    for item in items:
        d = decided.get(item.id)
        if d is None:  # decided by an earlier process without item decisions
            continue
        lent = d.reserved_sample_id or d.sample_id
        item_views.append(DecidedItemView(
            requested=item_label(session, item), requested_mass_ug=item.mass_ug, requested_pieces=item.pieces,
            outcome=d.outcome, outcome_label=_label(OUTCOME_LABELS, d.outcome),
            sample_number=numbers.get(lent) if lent and d.outcome != DecisionOutcome.REJECTED else None,
            approved_mass_ug=d.approved_mass_ug, approved_pieces=d.approved_pieces, reason=d.reason,
        ))
    decided_on = app.decided_on or max((d.decided_on for d in decided.values() if d.decided_on), default=None)
    deadline, note = signing_deadline(session, decided_on)
    return DecisionLetterView(
        application_id=app.id, reference=app.reference, title=app.title, kind_label=view.kind_label,
        institution=view.institution, institution_local=view.institution_local, member_state=view.member_state,
        member_state_zh=view.member_state_zh, pi=view.pi, round_name=rnd.name if rnd else "",
        batch_number=view.batch_number, decided_on=decided_on, outcome=outcome,
        outcome_label=apps.status_label(outcome), items=tuple(item_views),
        signing_deadline=deadline, signing_deadline_note=note,
    )
