"""Applications for lunar samples: research (Annex 2) and public-benefit
(Annex 3) applications, their teams, methods, requested items and
attachments, the Secretariat's pre-check and the guarded workflow.

Workflow (the single table :data:`TRANSITIONS`; a reason is required on every
backward step, on a rejection and on a withdrawal)::

    draft → submitted → (returned ↔ resubmitted) → forwarded → under_review
          → approved | partially_approved | rejected
    forwarded → submitted      (CLEP sent it back)
    any open state → withdrawn

Editing (fields, team, methods, items, attachments) is allowed in draft and
returned, and in submitted/resubmitted while the Secretariat pre-checks it.

Every function works inside the caller's session (one user action = one
transaction) and raises a :class:`~lunar_desk.errors.UserError` before
anything is written when a rule would break.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, fields as dc_fields
from datetime import date
from pathlib import Path

from sqlalchemy import and_, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    ApplicationKind,
    ApplicationMethod,
    ApplicationStatus,
    ApplicationStatusChange,
    Attachment,
    AttachmentKind,
    Institution,
    MemberState,
    Mission,
    Person,
    Preparation,
    ReleaseBatch,
    RequestedItem,
    Sample,
    TeamMember,
    TeamRole,
    UseClass,
)
from lunar_desk.db.locking import check_version
from lunar_desk.errors import NotFoundError, UserError, ValidationError
from lunar_desk.services import attachments as att_service
from lunar_desk.services import catalogue, recycle_bin
from lunar_desk.services.application_view import (
    ApplicationView,
    AttachmentView,
    MethodView,
    PersonView,
    RequestedItemView,
    StatusChangeView,
    TeamMemberView,
)
from lunar_desk.services.mass import format_mass
from lunar_desk.services.reference import person_label
from lunar_desk.services.query import contains, starts_with
from lunar_desk.messages import Msg, MsgList

S = ApplicationStatus

STATUS_LABELS = {
    S.DRAFT: "Draft",
    S.SUBMITTED: "Submitted to Secretariat",
    S.RETURNED: "Returned for fixes",
    S.RESUBMITTED: "Resubmitted",
    S.FORWARDED: "Forwarded to CLEP",
    S.UNDER_REVIEW: "Under committee review",
    S.APPROVED: "Approved",
    S.PARTIALLY_APPROVED: "Partially approved",
    S.REJECTED: "Rejected",
    S.WITHDRAWN: "Withdrawn",
}
KIND_LABELS = {ApplicationKind.RESEARCH: "Research", ApplicationKind.PUBLIC_BENEFIT: "Public benefit"}
ROLE_LABELS = {
    TeamRole.PI: "Principal investigator",
    TeamRole.CO_INVESTIGATOR: "Co-investigator",
    TeamRole.MEMBER: "Team member",
    TeamRole.STUDENT: "Student",
    TeamRole.TECHNICIAN: "Technician",
}
KIND_LETTERS = {ApplicationKind.RESEARCH: "R", ApplicationKind.PUBLIC_BENEFIT: "P"}
REFERENCE_PREFIX = "APSCO"

EDITABLE_STATUSES = frozenset({S.DRAFT, S.RETURNED, S.SUBMITTED, S.RESUBMITTED})
DECIDED_STATUSES = frozenset({S.APPROVED, S.PARTIALLY_APPROVED, S.REJECTED})
CLOSED_STATUSES = DECIDED_STATUSES | {S.WITHDRAWN}
OPEN_STATUSES = frozenset(S) - CLOSED_STATUSES

TITLE_MAX = 500
VENUE_MAX = 300
NAME_MAX = 300
PREFERRED_MAX = 500

ATTACHMENT_OWNER = "application"


# --- the workflow table -----------------------------------------------------------


@dataclass(frozen=True)
class Transition:
    """One allowed step of the workflow, with what it needs."""

    from_status: str
    to_status: str
    label: str  # the action as the UI shows it
    needs_reason: bool = False
    backward: bool = False
    needs_precheck: bool = False  # the pre-check must pass
    needs_package: bool = False  # the CLEP package file must be given


def _t(frm, to, label, **kw) -> Transition:
    return Transition(S(frm).value, S(to).value, label, **kw)


TRANSITIONS: tuple[Transition, ...] = (
    _t(S.DRAFT, S.SUBMITTED, "Submit to Secretariat"),
    _t(S.SUBMITTED, S.RETURNED, "Return for fixes", needs_reason=True, backward=True),
    _t(S.RESUBMITTED, S.RETURNED, "Return for fixes", needs_reason=True, backward=True),
    _t(S.RETURNED, S.RESUBMITTED, "Resubmit after fixes"),
    _t(S.SUBMITTED, S.FORWARDED, "Forward to CLEP", needs_precheck=True, needs_package=True),
    _t(S.RESUBMITTED, S.FORWARDED, "Forward to CLEP", needs_precheck=True, needs_package=True),
    _t(S.FORWARDED, S.SUBMITTED, "Sent back by CLEP", needs_reason=True, backward=True),
    _t(S.FORWARDED, S.UNDER_REVIEW, "Committee review started"),
    _t(S.UNDER_REVIEW, S.APPROVED, "Record approval"),
    _t(S.UNDER_REVIEW, S.PARTIALLY_APPROVED, "Record partial approval"),
    _t(S.UNDER_REVIEW, S.REJECTED, "Record rejection", needs_reason=True),
) + tuple(
    _t(s, S.WITHDRAWN, "Withdraw application", needs_reason=True)
    for s in S
    if s in OPEN_STATUSES
)

_BY_PAIR = {(t.from_status, t.to_status): t for t in TRANSITIONS}

# For refusals: what the target means, and what must come before it.
_TARGET_PHRASE = {
    S.DRAFT: (Msg("made a draft again"), Msg("an application never goes back to draft; return it for fixes instead")),
    S.SUBMITTED: (Msg("submitted to the Secretariat"), Msg("only a draft is submitted (or an application CLEP sent back)")),
    S.RETURNED: (Msg("returned for fixes"), Msg("only a submitted or resubmitted application is returned during the pre-check")),
    S.RESUBMITTED: (Msg("resubmitted"), Msg("only an application returned for fixes can be resubmitted")),
    S.FORWARDED: (Msg("forwarded to CLEP"), Msg("it must be submitted and pass the pre-check first")),
    S.UNDER_REVIEW: (Msg("put under committee review"), Msg("it must be forwarded to CLEP first")),
    S.APPROVED: (Msg("approved"), Msg("the expert committee must be reviewing it first")),
    S.PARTIALLY_APPROVED: (Msg("partially approved"), Msg("the expert committee must be reviewing it first")),
    S.REJECTED: (Msg("rejected"), Msg("the expert committee must be reviewing it first")),
    S.WITHDRAWN: (Msg("withdrawn"), Msg("it is already decided or withdrawn")),
}


def status_label(status: str) -> str:
    try:
        return STATUS_LABELS[S(status)]
    except ValueError:
        return status


def _status_noun(status: str) -> str:
    if status == S.DRAFT:
        return Msg("A draft")
    return Msg("An application that is {status!l}", status=status_label(status))


def allowed_actions(app_or_status: Application | str) -> list[Transition]:
    """The next steps open from this status, in table order (for the UI's buttons)."""
    status = app_or_status if isinstance(app_or_status, str) else app_or_status.status
    return [t for t in TRANSITIONS if t.from_status == status]


def transition(from_status: str, to_status: str) -> Transition | None:
    return _BY_PAIR.get((from_status, to_status))


def refusal(from_status: str, to_status: str) -> str | None:
    """Why the step is not in the table (None if it is)."""
    if (from_status, to_status) in _BY_PAIR:
        return None
    if from_status == to_status:
        return Msg("The application is already {status!l}.", status=status_label(from_status))
    phrase, requirement = _TARGET_PHRASE[S(to_status)]
    nxt = allowed_actions(from_status)
    if not nxt:
        return Msg("{what} cannot be {phrase}: {requirement}. It is closed: no further steps.",
                   what=_status_noun(from_status), phrase=phrase, requirement=requirement)
    steps = MsgList((Msg("{step!l}", step=t.label) for t in nxt), ", ")
    return Msg("{what} cannot be {phrase}: {requirement}. Possible next steps: {steps}.",
               what=_status_noun(from_status), phrase=phrase, requirement=requirement, steps=steps)


# --- lookups -------------------------------------------------------------------


def get_application(session: Session, app_id: uuid.UUID) -> Application:
    app = session.get(Application, app_id)
    if app is None:
        raise NotFoundError(Msg("That application no longer exists; the list will be refreshed."))
    return app


def _kind(kind: str) -> ApplicationKind:
    try:
        return ApplicationKind(kind)
    except ValueError:
        raise ValidationError(
            Msg("'{kind}' is not a kind of application; use research or public_benefit.", kind=kind), field="kind"
        ) from None


def _batch(session: Session, number: int | None) -> ReleaseBatch | None:
    if number is None:
        return None
    batch = catalogue.batch_by_number(session, number)
    if batch is None:
        raise ValidationError(Msg("Release batch {number} does not exist; create it in the catalogue first.", number=number), field="batch")
    return batch


def _institution(session: Session, institution_id: uuid.UUID | None) -> Institution | None:
    if institution_id is None:
        return None
    inst = session.get(Institution, institution_id)
    if inst is None:
        raise ValidationError(Msg("The chosen institution no longer exists; choose it again."), field="institution")
    return inst


def _member_state_for(
    session: Session, inst: Institution | None, member_state_id: uuid.UUID | None, field_name: str = "member_state"
) -> uuid.UUID | None:
    """The Member State: given, or the institution's; a contradiction is refused."""
    if member_state_id is not None:
        state = session.get(MemberState, member_state_id)
        if state is None:
            raise ValidationError(Msg("The chosen Member State no longer exists; choose it again."), field=field_name)
        if inst is not None and inst.member_state_id is not None and inst.member_state_id != member_state_id:
            home = session.get(MemberState, inst.member_state_id)
            raise ValidationError(
                Msg("{inst_name} is in {value}, not {state_name}.", inst_name=inst.name, value=home.name if home else 'another Member State', state_name=state.name), field=field_name
            )
        return member_state_id
    return inst.member_state_id if inst is not None else None


def _require_editable(app: Application, what: str = "edited") -> None:
    if app.status not in EDITABLE_STATUSES:
        raise ValidationError(
            Msg(
                "{reference} is {status_label!l}, so it can no longer be {what}. Applications can be changed "
                "while a draft, when returned for fixes, or during the Secretariat's pre-check.",
                reference=app.reference, status_label=status_label(app.status), what=what),
            field="status",
        )


# --- creating and editing -----------------------------------------------------------


def reference_prefix(kind: str, year: int) -> str:
    return f"{REFERENCE_PREFIX}-{KIND_LETTERS[_kind(kind)]}-{year}-"


def next_reference(session: Session, kind: str, year: int) -> str:
    """The next free reference for the year and kind: APSCO-R-2026-001, -002, …"""
    prefix = reference_prefix(kind, year)
    highest = 0
    for ref in session.scalars(select(Application.reference).where(starts_with(Application.reference, prefix))):
        tail = ref[len(prefix):]
        if tail.isdigit():
            highest = max(highest, int(tail))
    return f"{prefix}{highest + 1:03d}"


def _check_title(title: str) -> str:
    title = (title or "").strip()
    if len(title) > TITLE_MAX:
        raise ValidationError(Msg("The title has {count} characters; at most {TITLE_MAX} fit on the form.", count=len(title), TITLE_MAX=TITLE_MAX), field="title")
    return title


def create_application(
    session: Session,
    kind: str,
    *,
    batch_number: int | None = None,
    institution_id: uuid.UUID | None = None,
    title: str = "",
    today: date,
) -> Application:
    """A new draft with the next reference number of ``today``'s year and the kind."""
    k = _kind(kind)
    title = _check_title(title)
    batch = _batch(session, batch_number)
    inst = _institution(session, institution_id)
    reference = next_reference(session, k.value, today.year)
    app = Application(
        reference=reference,
        kind=k.value,
        status=S.DRAFT.value,
        batch_id=batch.id if batch else None,
        institution_id=inst.id if inst else None,
        member_state_id=inst.member_state_id if inst else None,
        title=title,
    )
    session.add(app)
    try:
        session.flush()
    except IntegrityError as exc:
        if "reference" in str(exc.orig).lower():
            raise UserError(
                Msg(
                    "Another officer created application {reference} at the same moment; nothing was saved. Try "
                    "again.",
                    reference=reference)
            ) from exc
        raise
    return app


@dataclass
class ApplicationFields:
    """The editable fields of an application form (both annexes)."""

    title: str = ""
    batch_number: int | None = None
    institution_id: uuid.UUID | None = None
    member_state_id: uuid.UUID | None = None  # None: the institution's
    objectives: str = ""
    background: str = ""
    expected_results: str = ""
    schedule: str = ""
    lab_facilities: str = ""
    sample_security: str = ""
    prior_work: str = ""
    activity: str = ""
    venue: str = ""
    activity_start: date | None = None
    activity_end: date | None = None
    audience_size: int | None = None
    display_arrangements: str = ""
    notes: str = ""


_TEXT_FIELDS = (
    "objectives", "background", "expected_results", "schedule", "lab_facilities", "sample_security",
    "prior_work", "activity", "display_arrangements", "notes",
)


def application_fields(session: Session, app_id: uuid.UUID) -> ApplicationFields:
    """The current values, as the form edits them."""
    app = get_application(session, app_id)
    batch = session.get(ReleaseBatch, app.batch_id) if app.batch_id else None
    values = {f.name: getattr(app, f.name) for f in dc_fields(ApplicationFields) if f.name != "batch_number"}
    return ApplicationFields(batch_number=batch.number if batch else None, **values)


def field_problems(session: Session, f: ApplicationFields) -> dict[str, str]:
    """Every invalid field and why (empty when the form can be saved); shown in place by the form."""
    problems: dict[str, str] = {}

    def check(name, fn):
        try:
            fn()
        except ValidationError as exc:
            problems[exc.field or name] = exc.message

    check("title", lambda: _check_title(f.title))
    check("batch", lambda: _batch(session, f.batch_number))

    def institution_and_state():
        inst = _institution(session, f.institution_id)
        _member_state_for(session, inst, f.member_state_id)

    check("institution", institution_and_state)
    if len((f.venue or "").strip()) > VENUE_MAX:
        problems["venue"] = Msg("The venue has {count} characters; at most {limit} fit.",
                                count=len(f.venue.strip()), limit=VENUE_MAX)
    if f.activity_start and f.activity_end and f.activity_end < f.activity_start:
        problems["activity_end"] = Msg("The activity ends ({end}) before it starts ({start}).",
                                       end=f.activity_end, start=f.activity_start)
    if f.audience_size is not None and f.audience_size < 0:
        problems["audience_size"] = Msg("The audience size cannot be negative.")
    return problems


def update_application(
    session: Session, app_id: uuid.UUID, f: ApplicationFields, *, expected_version: int | None = None
) -> Application:
    """Save the form; refused (nothing written) if a field is invalid, the application is not editable,
    or someone saved it since the form read ``expected_version`` (:class:`ConcurrentEditError`)."""
    app = get_application(session, app_id)
    check_version(session, app, expected_version)
    _require_editable(app)
    problems = field_problems(session, f)
    if problems:
        first = next(iter(problems))
        message = MsgList(problems.values(), " ")
        raise ValidationError(message, field=first, details="\n".join(f"{k}: {v}" for k, v in problems.items()))
    batch = _batch(session, f.batch_number)
    inst = _institution(session, f.institution_id)
    app.title = _check_title(f.title)
    app.batch_id = batch.id if batch else None
    app.institution_id = inst.id if inst else None
    app.member_state_id = _member_state_for(session, inst, f.member_state_id)
    for name in _TEXT_FIELDS:
        setattr(app, name, getattr(f, name) or "")
    app.venue = (f.venue or "").strip()
    app.activity_start = f.activity_start
    app.activity_end = f.activity_end
    app.audience_size = f.audience_size
    session.flush()
    return app


# --- team ------------------------------------------------------------------------


def _role(role: str) -> TeamRole:
    try:
        return TeamRole(role)
    except ValueError:
        allowed = ", ".join(r.value for r in TeamRole)
        raise ValidationError(Msg("'{role}' is not a team role; use one of: {allowed}.", role=role, allowed=allowed), field="role") from None


def team(session: Session, app_id: uuid.UUID) -> list[TeamMember]:
    q = select(TeamMember).where(TeamMember.application_id == app_id).order_by(TeamMember.position, TeamMember.created_at)
    return list(session.scalars(q))


def _get_member(session: Session, member_id: uuid.UUID) -> TeamMember:
    member = session.get(TeamMember, member_id)
    if member is None:
        raise NotFoundError(Msg("That team member is no longer on the team; the list will be refreshed."))
    return member


def _person(session: Session, person_id: uuid.UUID) -> Person:
    person = session.get(Person, person_id)
    if person is None:
        raise NotFoundError(Msg("That person no longer exists; the list will be refreshed."))
    return person


def _member_affiliation(
    session: Session, person: Person, institution_id: uuid.UUID | None, member_state_id: uuid.UUID | None
) -> tuple[uuid.UUID | None, uuid.UUID | None]:
    inst = _institution(session, institution_id if institution_id is not None else person.institution_id)
    return (inst.id if inst else None), _member_state_for(session, inst, member_state_id)


def _make_pi(members: list[TeamMember], app: Application, member: TeamMember) -> None:
    """``member`` becomes the one PI; a previous PI becomes a co-investigator."""
    for other in members:
        if other.id != member.id and other.role == TeamRole.PI:
            other.role = TeamRole.CO_INVESTIGATOR.value
    member.role = TeamRole.PI.value
    app.pi_person_id = member.person_id


def add_team_member(
    session: Session,
    app_id: uuid.UUID,
    person_id: uuid.UUID,
    role: str = TeamRole.MEMBER.value,
    *,
    institution_id: uuid.UUID | None = None,
    member_state_id: uuid.UUID | None = None,
) -> TeamMember:
    """Add a person to the team; institution and Member State default from the person's institution."""
    app = get_application(session, app_id)
    _require_editable(app)
    r = _role(role)
    person = _person(session, person_id)
    members = team(session, app.id)
    if any(m.person_id == person_id for m in members):
        raise ValidationError(Msg("{person_name_latin} is already on the team of {reference}.", person_name_latin=person.name_latin, reference=app.reference), field="person")
    inst_id, state_id = _member_affiliation(session, person, institution_id, member_state_id)
    position = max((m.position for m in members), default=0) + 1
    member = TeamMember(
        application_id=app.id, person_id=person.id, role=r.value, institution_id=inst_id,
        member_state_id=state_id, position=position,
    )
    if r == TeamRole.PI:
        _make_pi(members, app, member)
    session.add(member)
    session.flush()
    return member


def update_team_member(
    session: Session,
    member_id: uuid.UUID,
    role: str,
    *,
    institution_id: uuid.UUID | None = None,
    member_state_id: uuid.UUID | None = None,
) -> TeamMember:
    """Change a member's role or affiliation (None: from the person's institution)."""
    member = _get_member(session, member_id)
    app = get_application(session, member.application_id)
    _require_editable(app)
    r = _role(role)
    person = _person(session, member.person_id)
    members = team(session, app.id)
    inst_id, state_id = _member_affiliation(session, person, institution_id, member_state_id)
    member.institution_id, member.member_state_id = inst_id, state_id
    if r == TeamRole.PI:
        _make_pi(members, app, member)
    else:
        if member.role == TeamRole.PI and app.pi_person_id == member.person_id:
            app.pi_person_id = None
        member.role = r.value
    session.flush()
    return member


def remove_team_member(session: Session, member_id: uuid.UUID) -> None:
    """Take a person off the team (their CV attachments stay until removed)."""
    member = _get_member(session, member_id)
    app = get_application(session, member.application_id)
    _require_editable(app)
    if app.pi_person_id == member.person_id:
        app.pi_person_id = None
    person = session.get(Person, member.person_id)
    recycle_bin.discard(session, member, f"{person_label(person) if person else '?'} ({app.reference})", parent=app)


# --- methods ---------------------------------------------------------------------


@dataclass
class MethodData:
    name: str
    instruments: str = ""
    destructive: bool = False
    justification: str = ""  # why a destructive method is needed (the pre-check asks for it)


def methods(session: Session, app_id: uuid.UUID) -> list[ApplicationMethod]:
    q = select(ApplicationMethod).where(ApplicationMethod.application_id == app_id)
    return list(session.scalars(q.order_by(ApplicationMethod.position, ApplicationMethod.created_at)))


def _method_values(data: MethodData) -> dict:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError(Msg("Name the method (e.g. 'TEM of agglutinate rims')."), field="name")
    if len(name) > NAME_MAX:
        raise ValidationError(Msg("The method name has {count} characters; at most {NAME_MAX} fit.", count=len(name), NAME_MAX=NAME_MAX), field="name")
    return dict(
        name=name, instruments=(data.instruments or "").strip(), destructive=bool(data.destructive),
        justification=(data.justification or "").strip(),
    )


def _get_method(session: Session, method_id: uuid.UUID) -> ApplicationMethod:
    m = session.get(ApplicationMethod, method_id)
    if m is None:
        raise NotFoundError(Msg("That method no longer exists; the list will be refreshed."))
    return m


def add_method(session: Session, app_id: uuid.UUID, data: MethodData) -> ApplicationMethod:
    app = get_application(session, app_id)
    _require_editable(app)
    values = _method_values(data)
    position = session.scalar(
        select(func.coalesce(func.max(ApplicationMethod.position), 0)).where(ApplicationMethod.application_id == app.id)
    )
    method = ApplicationMethod(application_id=app.id, position=int(position) + 1, **values)
    session.add(method)
    session.flush()
    return method


def update_method(session: Session, method_id: uuid.UUID, data: MethodData) -> ApplicationMethod:
    method = _get_method(session, method_id)
    _require_editable(get_application(session, method.application_id))
    for key, value in _method_values(data).items():
        setattr(method, key, value)
    session.flush()
    return method


def remove_method(session: Session, method_id: uuid.UUID) -> None:
    method = _get_method(session, method_id)
    app = get_application(session, method.application_id)
    _require_editable(app)
    recycle_bin.discard(session, method, f"{method.name} ({app.reference})", parent=app)


# --- requested items ---------------------------------------------------------------


@dataclass
class ItemData:
    """A requested item: a catalogue sample (``sample_id``), or a kind (mission + preparation)."""

    sample_id: uuid.UUID | None = None
    mission_code: str | None = None
    preparation: str | None = None
    mass_ug: int | None = None
    pieces: int | None = None
    preferred_numbers: str = ""
    justification: str = ""


def requested_items(session: Session, app_id: uuid.UUID) -> list[RequestedItem]:
    q = select(RequestedItem).where(RequestedItem.application_id == app_id)
    return list(session.scalars(q.order_by(RequestedItem.position, RequestedItem.created_at)))


def _item_values(session: Session, data: ItemData) -> dict:
    if data.mass_ug is not None and data.mass_ug < 0:
        raise ValidationError(Msg("The requested mass cannot be negative."), field="mass")
    if data.mass_ug == 0:
        raise ValidationError(Msg(
            "A requested mass of zero asks for nothing; give the mass wanted or leave it empty."), field="mass")
    if data.pieces is not None and data.pieces <= 0:
        raise ValidationError(Msg("The number of pieces must be at least one (or left empty)."), field="pieces")
    preferred = (data.preferred_numbers or "").strip()
    if len(preferred) > PREFERRED_MAX:
        raise ValidationError(Msg("The preferred sample numbers take more than {PREFERRED_MAX} characters.", PREFERRED_MAX=PREFERRED_MAX), field="preferred_numbers")
    values = dict(
        sample_id=None, mass_ug=data.mass_ug, pieces=data.pieces, preferred_numbers=preferred,
        justification=(data.justification or "").strip(),
    )
    if data.sample_id is not None:
        sample = session.get(Sample, data.sample_id)
        if sample is None:
            raise ValidationError(Msg("The chosen sample is no longer in the catalogue; choose it again."), field="sample")
        _check_sample_can_be_requested(sample, data.mass_ug, data.pieces)
        values.update(sample_id=sample.id, mission_id=sample.mission_id, preparation=sample.preparation)
        return values
    if not data.mission_code and not data.preparation:
        raise ValidationError(
            Msg("Choose a sample from the catalogue, or give the mission and preparation wanted."), field="sample"
        )
    if not data.mission_code:
        raise ValidationError(Msg("Give the mission the sample should come from (CE-5 or CE-6)."), field="mission")
    if not data.preparation:
        raise ValidationError(Msg("Give the preparation wanted (powder, rock chip, thin section…)."), field="preparation")
    mission = catalogue.mission_by_code(session, data.mission_code)
    try:
        prep = Preparation(data.preparation).value
    except ValueError:
        allowed = ", ".join(p.value for p in Preparation)
        raise ValidationError(Msg("'{preparation}' is not a preparation; use one of: {allowed}.", preparation=data.preparation, allowed=allowed), field="preparation") from None
    values.update(mission_id=mission.id, preparation=prep)
    return values


def _check_sample_can_be_requested(sample: Sample, mass_ug: int | None, pieces: int | None) -> None:
    if sample.use_class in (UseClass.PERMANENT, UseClass.PERMANENT_BACKUP):
        raise ValidationError(
            Msg("{sample_number} is a permanently stored sample; only research and public-benefit samples are lent.", sample_number=sample.sample_number),
            field="sample",
        )
    held = catalogue.held_ug(sample)
    if held <= 0:
        state = catalogue.STATUS_LABELS.get(sample.status, sample.status).lower()
        raise ValidationError(Msg("{sample_number} is {state} and holds no mass that could be lent.", sample_number=sample.sample_number, state=state), field="sample")
    if mass_ug is not None and mass_ug > held:
        raise ValidationError(
            Msg("{sample_number} holds {held}; {mass_ug} cannot be requested from it.", sample_number=sample.sample_number, held=format_mass(held), mass_ug=format_mass(mass_ug)),
            field="mass",
        )
    if pieces is not None and sample.pieces is not None and pieces > sample.pieces:
        raise ValidationError(
            Msg("{sample_number} has {pieces} piece(s); {pieces_2} cannot be requested from it.", sample_number=sample.sample_number, pieces=sample.pieces, pieces_2=pieces), field="pieces"
        )


def _get_item(session: Session, item_id: uuid.UUID) -> RequestedItem:
    item = session.get(RequestedItem, item_id)
    if item is None:
        raise NotFoundError(Msg("That requested item no longer exists; the list will be refreshed."))
    return item


def add_requested_item(session: Session, app_id: uuid.UUID, data: ItemData) -> RequestedItem:
    app = get_application(session, app_id)
    _require_editable(app)
    values = _item_values(session, data)
    position = session.scalar(
        select(func.coalesce(func.max(RequestedItem.position), 0)).where(RequestedItem.application_id == app.id)
    )
    item = RequestedItem(application_id=app.id, position=int(position) + 1, **values)
    session.add(item)
    session.flush()
    return item


def update_requested_item(session: Session, item_id: uuid.UUID, data: ItemData) -> RequestedItem:
    item = _get_item(session, item_id)
    _require_editable(get_application(session, item.application_id))
    for key, value in _item_values(session, data).items():
        setattr(item, key, value)
    session.flush()
    return item


def remove_requested_item(session: Session, item_id: uuid.UUID) -> None:
    item = _get_item(session, item_id)
    app = get_application(session, item.application_id)
    _require_editable(app)
    recycle_bin.discard(session, item, f"item {item.position} ({app.reference})", parent=app)


@recycle_bin.restore_check("team_member", "application_method", "requested_item", "attachment")
def _check_restore(session: Session, data: dict) -> None:
    """A removed part of an application comes back only while the application may be edited."""
    if "application_id" in data:
        app_id = data["application_id"]
    elif data.get("owner_table") == "application":
        app_id = data["owner_id"]
    else:
        return
    app = session.get(Application, uuid.UUID(str(app_id)))
    if app is None:
        raise NotFoundError(Msg("The application it belonged to no longer exists."))
    _require_editable(app, Msg("changed"))


# --- attachments of an application ---------------------------------------------------


def application_attachments(session: Session, app_id: uuid.UUID) -> list[Attachment]:
    return att_service.attachments_of(session, ATTACHMENT_OWNER, app_id)


def attach_file(
    session: Session,
    attachments_dir: Path,
    app_id: uuid.UUID,
    source: Path,
    *,
    kind: str,
    person_id: uuid.UUID | None = None,
) -> Attachment:
    """Attach a file (a CV names its team member) to an editable application."""
    app = get_application(session, app_id)
    _require_editable(app)
    if person_id is not None and not any(m.person_id == person_id for m in team(session, app.id)):
        person = _person(session, person_id)
        raise ValidationError(Msg("{person_name_latin} is not on the team of {reference}; add them first.", person_name_latin=person.name_latin, reference=app.reference), field="person")
    return att_service.store_attachment(
        session, attachments_dir, source, owner_table=ATTACHMENT_OWNER, owner_id=app.id, kind=kind, person_id=person_id
    )


def detach_file(session: Session, attachment_id: uuid.UUID) -> None:
    att = att_service.get_attachment(session, attachment_id)
    if att.owner_table == ATTACHMENT_OWNER:
        _require_editable(get_application(session, att.owner_id))
    att_service.remove_attachment(session, attachment_id)


# --- pre-check -----------------------------------------------------------------------


@dataclass(frozen=True)
class CheckItem:
    key: str
    label: str
    ok: bool
    detail: str = ""  # what is missing, when not ok
    overridable: bool = False  # shown, but forwarding may go ahead with a recorded override (delinquency holds)


# (field, label, what to say when missing) per kind
_REQUIRED_TEXT = {
    ApplicationKind.RESEARCH: (
        ("title", "Research title", Msg("The research title is empty.")),
        ("objectives", "Objectives", Msg("The objectives are not described.")),
        ("expected_results", "Expected results", Msg("The expected results are not described.")),
        ("schedule", "Schedule", Msg("The schedule is not given.")),
        ("lab_facilities", "Laboratory facilities", Msg("The laboratory facilities are not described.")),
        ("sample_security", "Sample security", Msg("The sample-security arrangements are not described.")),
    ),
    ApplicationKind.PUBLIC_BENEFIT: (
        ("title", "Title", Msg("The title of the activity is empty.")),
        ("activity", "Activity", Msg("The activity is not described.")),
        ("venue", "Venue", Msg("The venue is not given.")),
        ("display_arrangements", "Display arrangements", Msg("The display arrangements are not described.")),
        ("sample_security", "Sample security", Msg("The sample-security arrangements are not described.")),
    ),
}


def _names(people: list[Person]) -> str:
    return ", ".join(p.name_latin for p in people)


def precheck(session: Session, app_id: uuid.UUID, attachments_dir: Path, today: date | None = None) -> list[CheckItem]:
    """The Secretariat's completeness checklist: one tick (or what is missing) per rule, and the
    delinquency holds of the people and institutions it names (as of ``today``)."""
    app = get_application(session, app_id)
    kind = ApplicationKind(app.kind)
    research = kind == ApplicationKind.RESEARCH
    checks: list[CheckItem] = []

    def add(key: str, label: str, problem: str | None) -> None:
        checks.append(CheckItem(key, label, problem is None, problem or ""))

    for name, label, missing in _REQUIRED_TEXT[kind]:
        add(name, label, None if (getattr(app, name) or "").strip() else missing)
    the_methods = methods(session, app.id)
    if research:
        add("methods", "Methods", None if the_methods else Msg("No method of analysis is listed."))
    else:
        if app.activity_start is None or app.activity_end is None:
            dates_problem = Msg("The activity's start and end dates are not both given.")
        elif app.activity_end < app.activity_start:
            dates_problem = Msg("The activity ends before it starts.")
        else:
            dates_problem = None
        add("dates", "Activity dates", dates_problem)
        add("audience_size", "Audience size",
            None if app.audience_size and app.audience_size > 0 else Msg("The expected audience size is not given."))

    add("institution", "Applicant institution", None if app.institution_id else Msg("No applicant institution is chosen."))
    add("member_state", "Member State", None if app.member_state_id else Msg("The applicant's Member State is not set."))
    add("batch", "Release batch", None if app.batch_id else Msg("No release batch is chosen."))

    members = team(session, app.id)
    people = {p.id: p for p in session.scalars(select(Person).where(Person.id.in_([m.person_id for m in members])))}
    pis = [m for m in members if m.role == TeamRole.PI]
    if not pis:
        pi_problem = Msg("The team has no principal investigator.")
    elif len(pis) > 1:
        pi_problem = Msg("The team has {n} principal investigators ({names}); keep one.", n=len(pis),
                         names=_names([people[m.person_id] for m in pis]))
    elif app.pi_person_id != pis[0].person_id:
        pi_problem = Msg("The principal investigator recorded on the application is not the team's; set the PI's role again.")
    else:
        pi_problem = None
    add("pi", "Principal investigator", pi_problem)

    attachments = application_attachments(session, app.id)
    with_cv = {a.person_id for a in attachments if a.kind == AttachmentKind.CV and a.person_id is not None}
    needing_cv = members if research else pis
    without = [people[m.person_id] for m in needing_cv if m.person_id not in with_cv]
    if research:
        cv_label = "CVs of the team"
    else:
        cv_label = "CV of the principal investigator"
    if not needing_cv:
        cv_problem = Msg("Nobody on the team yet, so no CV is attached.") if research else Msg("No principal investigator, so no CV.")
    else:
        cv_problem = Msg("CV missing for: {names}.", names=_names(without)) if without else None
    add("cvs", cv_label, cv_problem)

    items = requested_items(session, app.id)
    add("items", "Requested samples", None if items else Msg("No sample is requested."))
    samples = {s.id: s for s in session.scalars(select(Sample).where(Sample.id.in_([i.sample_id for i in items if i.sample_id])))}

    def item_name(n: int, item: RequestedItem) -> str:
        s = samples.get(item.sample_id) if item.sample_id else None
        return Msg("item {n} ({sample_number})", n=n, sample_number=s.sample_number) if s else Msg("item {n}", n=n)

    no_amount = [item_name(n, i) for n, i in enumerate(items, 1) if not i.mass_ug and not i.pieces]
    add("item_amounts", "Mass or count of every item",
        Msg("No mass or piece count for {items}.", items=MsgList(no_amount, ", ")) if no_amount else None)
    unjustified = [item_name(n, i) for n, i in enumerate(items, 1) if not (i.justification or "").strip()]
    add("item_justifications", "Justification of every item",
        Msg("No justification for {items}.", items=MsgList(unjustified, ", ")) if unjustified else None)
    short = []
    for n, item in enumerate(items, 1):
        s = samples.get(item.sample_id) if item.sample_id else None
        if s is None and item.sample_id is not None:
            short.append(Msg("item {n}: the sample is no longer in the catalogue", n=n))
        elif s is not None and item.mass_ug and catalogue.held_ug(s) < item.mass_ug:
            short.append(Msg("item {n}: {sample_number} now holds {held}, {requested} requested", n=n,
                             sample_number=s.sample_number, held=format_mass(catalogue.held_ug(s)),
                             requested=format_mass(item.mass_ug)))
    add("item_availability", "Requested samples still available",
        Msg("{problems}.", problems=MsgList(short, "; ")) if short else None)

    bad_methods = [m.name for m in the_methods if m.destructive and not (m.justification or "").strip()]
    add("destructive_justified", "Destructive methods justified",
        Msg("Say why these destructive methods are needed: {methods}.", methods=", ".join(bad_methods))
        if bad_methods else None)

    file_problems = [p for a in attachments if (p := att_service.verify_attachment(attachments_dir, a))]
    add("attachments", "Attached files intact", MsgList(file_problems, " ") if file_problems else None)
    # holds build on loans, which build on this module: imported when needed
    from lunar_desk.services import holds as holds_service

    held = holds_service.application_holds(session, app.id, today or date.today())
    detail = holds_service.joined(held)
    checks.append(CheckItem("holds", "No delinquency hold", not held, detail, overridable=True))
    return checks


def precheck_passes(checks: list[CheckItem]) -> bool:
    """Complete: every check passes, except holds, which forwarding may override with a reason."""
    return all(c.ok or c.overridable for c in checks)


# --- workflow ------------------------------------------------------------------------


def _check_package(package: Path | None) -> Path:
    if package is None:
        raise ValidationError(Msg("Build the CLEP package first; forwarding sends it to CLEP."), field="package")
    package = Path(package)
    if not package.is_file():
        raise ValidationError(Msg("The CLEP package {package} does not exist; build it again.", package=package), field="package")
    if package.stat().st_size == 0:
        raise ValidationError(Msg("The CLEP package {package_name} is empty; build it again.", package_name=package.name), field="package")
    return package


def _record_change(session: Session, app: Application, t: Transition, reason: str, today: date) -> ApplicationStatusChange:
    """Apply an allowed step (no guards): status, dates and the history row."""
    change = ApplicationStatusChange(
        application_id=app.id, from_status=app.status, to_status=t.to_status,
        officer_name=session.info.get("officer_name", "") or "", reason=reason,
    )
    app.status = t.to_status
    if t.to_status == S.SUBMITTED and app.submitted_on is None:
        app.submitted_on = today
    elif t.to_status == S.FORWARDED:
        app.forwarded_on = today
    elif t.to_status in DECIDED_STATUSES:
        app.decided_on = today
    session.add(change)
    session.flush()
    return change


def change_status(
    session: Session,
    app_id: uuid.UUID,
    to_status: str,
    *,
    reason: str = "",
    today: date,
    package: Path | None = None,
    attachments_dir: Path | None = None,
    hold_override: str = "",
) -> Application:
    """Move the application one step along the workflow, or refuse with the reason.

    Forwarding to CLEP needs the pre-check to pass (``attachments_dir`` is
    where attached files are verified) and the built ``package`` file; its
    name and SHA-256 go into the history.  While anyone it names is on hold
    it also needs ``hold_override``, the officer's reason, recorded with the
    holds (:func:`lunar_desk.services.holds.guard_forward`).
    """
    app = get_application(session, app_id)
    try:
        target = S(to_status)
    except ValueError:
        raise ValidationError(Msg("'{to_status}' is not an application status.", to_status=to_status), field="status") from None
    t = transition(app.status, target.value)
    if t is None:
        raise ValidationError(Msg("{reference}: {refusal}", reference=app.reference, refusal=refusal(app.status, target.value)), field="status")
    reason = (reason or "").strip()
    if t.needs_reason and not reason:
        raise ValidationError(
            Msg("Say why {reference} is {TARGET_PHRASE}; the reason goes into its history and to the applicant.", reference=app.reference, TARGET_PHRASE=_TARGET_PHRASE[target][0]),
            field="reason",
        )
    if t.needs_precheck:
        if attachments_dir is None:
            raise ValueError("attachments_dir is needed to pre-check an application before forwarding it")
        failing = [c for c in precheck(session, app.id, attachments_dir, today) if not c.ok and not c.overridable]
        if failing:
            lines = MsgList((Msg("• {label}: {detail}", label=c.label, detail=c.detail) for c in failing), "\n")
            raise ValidationError(
                Msg("{reference} cannot be forwarded to CLEP until the pre-check passes:\n{lines}", reference=app.reference, lines=lines),
                field="precheck",
            )
    if t.to_status == S.FORWARDED:
        from lunar_desk.services import holds as holds_service

        override = holds_service.guard_forward(session, app, today, hold_override)
        if override is not None:
            reason = f"{reason}\nHold overridden: {override.reason}" if reason else f"Hold overridden: {override.reason}"
    if t.needs_package:
        pkg = _check_package(package)
        note = f"Package {pkg.name}, SHA-256 {att_service.file_sha256(pkg)}"
        reason = f"{reason}\n{note}" if reason else note
    _record_change(session, app, t, reason, today)
    return app


def history(session: Session, app_id: uuid.UUID) -> list[ApplicationStatusChange]:
    q = select(ApplicationStatusChange).where(ApplicationStatusChange.application_id == app_id)
    return list(session.scalars(q.order_by(ApplicationStatusChange.at, ApplicationStatusChange.created_at)))


# --- listing ---------------------------------------------------------------------------


@dataclass(frozen=True)
class ApplicationFilter:
    batch_id: uuid.UUID | None = None
    kind: str | None = None
    status: str | None = None
    member_state_id: uuid.UUID | None = None
    text: str = ""


@dataclass(frozen=True)
class ApplicationRow:
    """One line of the applications table (plain data, safe between threads)."""

    id: uuid.UUID
    reference: str
    kind: str
    status: str
    batch_number: int | None
    title: str
    institution: str
    member_state: str
    pi_name: str
    items_count: int
    requested_ug: int
    updated_at: object = field(compare=False)
    pi_name_native: str = ""


def _conditions(session: Session, f: ApplicationFilter, *, with_status: bool = True) -> list:
    conds = []
    if f.batch_id is not None:
        conds.append(Application.batch_id == f.batch_id)
    if f.kind:
        conds.append(Application.kind == f.kind)
    if with_status and f.status:
        conds.append(Application.status == f.status)
    if f.member_state_id is not None:
        conds.append(Application.member_state_id == f.member_state_id)
    text = (f.text or "").strip()
    if text:
        conds.append(or_(*(contains(session, c, text) for c in (
            Application.reference, Application.title, Institution.name, Institution.name_local,
            Person.name_latin, Person.name_native,
        ))))
    return conds


def list_applications(session: Session, f: ApplicationFilter = ApplicationFilter()) -> list[ApplicationRow]:
    items = (
        select(
            RequestedItem.application_id.label("app_id"),
            func.count().label("n"),
            func.coalesce(func.sum(RequestedItem.mass_ug), 0).label("ug"),
        )
        .group_by(RequestedItem.application_id)
        .subquery()
    )
    q = (
        select(
            Application.id, Application.reference, Application.kind, Application.status, ReleaseBatch.number,
            Application.title, Institution.name, MemberState.name, Person.name_latin,
            func.coalesce(items.c.n, 0), func.coalesce(items.c.ug, 0), Application.updated_at, Person.name_native,
        )
        .select_from(Application)
        .outerjoin(ReleaseBatch, ReleaseBatch.id == Application.batch_id)
        .outerjoin(Institution, Institution.id == Application.institution_id)
        .outerjoin(MemberState, MemberState.id == Application.member_state_id)
        .outerjoin(Person, Person.id == Application.pi_person_id)
        .outerjoin(items, items.c.app_id == Application.id)
    )
    conds = _conditions(session, f)
    if conds:
        q = q.where(and_(*conds))
    rows = session.execute(q.order_by(Application.reference)).all()
    return [
        ApplicationRow(
            id=r[0], reference=r[1], kind=r[2], status=r[3], batch_number=r[4], title=r[5], institution=r[6] or "",
            member_state=r[7] or "", pi_name=r[8] or "", items_count=int(r[9]), requested_ug=int(r[10]),
            updated_at=r[11], pi_name_native=r[12] or "",
        )
        for r in rows
    ]


def status_counts(session: Session, f: ApplicationFilter = ApplicationFilter()) -> dict[str, int]:
    """How many applications match ``f`` in each status (``f.status`` is ignored); every status present."""
    q = (
        select(Application.status, func.count())
        .select_from(Application)
        .outerjoin(Institution, Institution.id == Application.institution_id)
        .outerjoin(Person, Person.id == Application.pi_person_id)
    )
    conds = _conditions(session, f, with_status=False)
    if conds:
        q = q.where(and_(*conds))
    counts = {s.value: 0 for s in S}
    for status, n in session.execute(q.group_by(Application.status)):
        counts[status] = counts.get(status, 0) + int(n)
    return counts


# --- the full view ---------------------------------------------------------------------


def _person_view(
    session: Session, person: Person, institution_id: uuid.UUID | None, member_state_id: uuid.UUID | None
) -> PersonView:
    inst = session.get(Institution, institution_id) if institution_id else None
    if member_state_id is None and inst is not None:
        member_state_id = inst.member_state_id
    state = session.get(MemberState, member_state_id) if member_state_id else None
    return PersonView(
        id=person.id, name_latin=person.name_latin, name_native=person.name_native, email=person.email,
        institution=inst.name if inst else "", institution_local=inst.name_local if inst else "",
        country=state.name if state else "",
    )


def application_view(session: Session, app_id: uuid.UUID) -> ApplicationView:
    """Everything about one application as plain data (for the form PDF, the package and the UI)."""
    app = get_application(session, app_id)
    batch = session.get(ReleaseBatch, app.batch_id) if app.batch_id else None
    inst = session.get(Institution, app.institution_id) if app.institution_id else None
    state = session.get(MemberState, app.member_state_id) if app.member_state_id else None
    attachments = application_attachments(session, app.id)
    with_cv = {a.person_id for a in attachments if a.kind == AttachmentKind.CV and a.person_id is not None}

    members = team(session, app.id)
    team_views = []
    pi_view = None
    for m in members:
        person = _person(session, m.person_id)
        pv = _person_view(session, person, m.institution_id, m.member_state_id)
        team_views.append(TeamMemberView(
            person=pv, role=m.role, role_label=ROLE_LABELS.get(m.role, m.role), has_cv=m.person_id in with_cv,
        ))
        if m.person_id == app.pi_person_id:
            pi_view = pv
    if pi_view is None and app.pi_person_id is not None:
        person = session.get(Person, app.pi_person_id)
        if person is not None:
            pi_view = _person_view(session, person, person.institution_id, None)

    missions = {m.id: m.code for m in session.scalars(select(Mission))}
    item_views = []
    for item in requested_items(session, app.id):
        sample = session.get(Sample, item.sample_id) if item.sample_id else None
        prep = item.preparation or ""
        item_views.append(RequestedItemView(
            sample_number=sample.sample_number if sample else None,
            mission=missions.get(item.mission_id, "") if item.mission_id else "",
            preparation=prep,
            preparation_label=catalogue.PREPARATION_LABELS.get(prep, prep) if prep else "",
            mass_ug=item.mass_ug, pieces=item.pieces, preferred_numbers=item.preferred_numbers,
            justification=item.justification,
        ))

    person_names = {}
    for a in attachments:
        if a.person_id and a.person_id not in person_names:
            p = session.get(Person, a.person_id)
            person_names[a.person_id] = p.name_latin if p else ""
    return ApplicationView(
        id=app.id, reference=app.reference, kind=app.kind, kind_label=KIND_LABELS.get(app.kind, app.kind),
        status=app.status, status_label=status_label(app.status), batch_number=batch.number if batch else None,
        institution=inst.name if inst else "", institution_local=inst.name_local if inst else "",
        member_state=state.name if state else "", member_state_zh=state.name_zh if state else "",
        pi=pi_view, title=app.title, objectives=app.objectives, background=app.background,
        expected_results=app.expected_results, schedule=app.schedule, lab_facilities=app.lab_facilities,
        sample_security=app.sample_security, prior_work=app.prior_work, activity=app.activity, venue=app.venue,
        activity_start=app.activity_start, activity_end=app.activity_end, audience_size=app.audience_size,
        display_arrangements=app.display_arrangements, submitted_on=app.submitted_on,
        forwarded_on=app.forwarded_on, decided_on=app.decided_on, notes=app.notes,
        team=tuple(team_views),
        methods=tuple(MethodView(m.name, m.instruments, m.destructive, m.justification) for m in methods(session, app.id)),
        items=tuple(item_views),
        attachments=tuple(
            AttachmentView(id=a.id, name=a.name, kind=a.kind, size=a.size, sha256=a.sha256, mime_type=a.mime_type,
                           person_name=person_names.get(a.person_id, "") if a.person_id else "")
            for a in attachments
        ),
        history=tuple(
            StatusChangeView(at=c.at, officer=c.officer_name, from_status=c.from_status, to_status=c.to_status, reason=c.reason)
            for c in history(session, app.id)
        ),
    )
