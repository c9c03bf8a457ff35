"""Capacity building: training activities the Secretariat organises with
CLEP (apparatus training, data analysis, workshops, online courses), their
participants, attendance and participation certificates, and materials.

* Participants are added as a list; a person listed twice (in the list, or
  already a participant) is refused naming the person, and nothing is saved.
* A participant's Member State defaults to their institution's.
* Certificates go to participants who attended, numbered ``TC-<year>-<NNN>``
  in the year of issue, counting on from the highest number of that year.
* Materials (slides, manuals) are attachments of the activity.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.locking import check_version
from lunar_desk.db.models import (
    Attachment,
    AttachmentKind,
    Institution,
    MemberState,
    Person,
)
from lunar_desk.db.models_results import (
    TrainingActivity,
    TrainingKind,
    TrainingParticipant,
)
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services import attachments as att_service
from lunar_desk.services import recycle_bin
from lunar_desk.messages import Msg

OWNER = "training_activity"
CERTIFICATE_PREFIX = "TC"
KIND_LABELS = {
    TrainingKind.APPARATUS: "Apparatus training",
    TrainingKind.DATA_ANALYSIS: "Data analysis",
    TrainingKind.WORKSHOP: "Workshop",
    TrainingKind.ONLINE: "Online course",
}
KIND_LABELS_ZH = {
    TrainingKind.APPARATUS: "仪器设备培训",
    TrainingKind.DATA_ANALYSIS: "数据分析培训",
    TrainingKind.WORKSHOP: "研讨会",
    TrainingKind.ONLINE: "在线培训",
}
ORGANISER_CHOICES = ("APSCO, CLEP", "APSCO", "CLEP")


def kind_label(kind: str, labels=KIND_LABELS) -> str:
    return next((text for k, text in labels.items() if k.value == kind), kind)


@dataclass
class ActivityData:
    title: str = ""
    kind: str = TrainingKind.WORKSHOP.value
    organisers: str = "APSCO, CLEP"
    starts_on: date | None = None
    ends_on: date | None = None
    place: str = ""
    notes: str = ""
    version: int | None = None  # the row version the form read


@dataclass
class ParticipantData:
    person_id: uuid.UUID
    member_state_id: uuid.UUID | None = None  # None: the person's institution's Member State
    attended: bool = False


def get_activity(session: Session, activity_id: uuid.UUID) -> TrainingActivity:
    activity = session.get(TrainingActivity, activity_id)
    if activity is None:
        raise NotFoundError(Msg("That training activity no longer exists; the list will be refreshed."))
    return activity


def _activity_values(data: ActivityData) -> dict:
    title = (data.title or "").strip()
    if not title:
        raise ValidationError(Msg("Give the training activity a title."), field="title")
    if len(title) > 300:
        raise ValidationError(Msg("The title is {count} characters long; at most 300 fit.", count=len(title)), field="title")
    try:
        kind = TrainingKind(data.kind).value
    except ValueError:
        kinds = ", ".join(k.value for k in TrainingKind)
        raise ValidationError(Msg("'{data_kind}' is not a kind of training; use one of: {kinds}.", data_kind=data.kind, kinds=kinds), field="kind") from None
    organisers = (data.organisers or "").strip()
    if not organisers:
        raise ValidationError(Msg("Say who organises the activity (APSCO, CLEP or both)."), field="organisers")
    if data.starts_on is None:
        raise ValidationError(Msg("Give the first day of the activity."), field="starts_on")
    if data.ends_on is not None and data.ends_on < data.starts_on:
        raise ValidationError(Msg(
            "The activity ends ({ends_on}) before it starts ({starts_on}).",
            ends_on=data.ends_on, starts_on=data.starts_on), field="ends_on")
    return {"title": title, "kind": kind, "organisers": organisers[:100], "starts_on": data.starts_on, "ends_on": data.ends_on,
                "place": (data.place or "").strip()[:300], "notes": (data.notes or "").strip()}


def create_activity(session: Session, data: ActivityData) -> TrainingActivity:
    activity = TrainingActivity(**_activity_values(data))
    session.add(activity)
    session.flush()
    return activity


def update_activity(session: Session, activity_id: uuid.UUID, data: ActivityData) -> TrainingActivity:
    activity = get_activity(session, activity_id)
    check_version(session, activity, data.version)
    values = _activity_values(data)
    issued = [p.certificate_issued_on for p in participants(session, activity.id) if p.certificate_issued_on]
    if issued and values["starts_on"] > min(issued):
        raise ValidationError(Msg(
            "Certificates were issued on {min}; the activity cannot start after that.",
            min=min(issued)), field="starts_on")
    for key, value in values.items():
        if getattr(activity, key) != value:
            setattr(activity, key, value)
    session.flush()
    return activity


def delete_activity(session: Session, activity_id: uuid.UUID) -> None:
    """Bin the activity with its participants and materials' rows."""
    activity = get_activity(session, activity_id)
    children: list = list(participants(session, activity.id)) + materials(session, activity.id)
    recycle_bin.discard(session, activity, f"Training '{activity.title}'", children=children)


# --- participants ----------------------------------------------------------------------------------------------


def participants(session: Session, activity_id: uuid.UUID) -> list[TrainingParticipant]:
    return list(session.scalars(select(TrainingParticipant).where(TrainingParticipant.activity_id == activity_id)))


def _who(person: Person) -> str:
    return f"{person.name_latin} ({person.name_native})" if person.name_native else person.name_latin


def add_participants(session: Session, activity_id: uuid.UUID, people: list[ParticipantData]) -> list[TrainingParticipant]:
    """Add several participants at once; everything is checked before anything is written."""
    activity = get_activity(session, activity_id)
    already = {p.person_id for p in participants(session, activity.id)}
    seen: dict[uuid.UUID, int] = {}
    rows = []
    for n, data in enumerate(people, start=1):
        person = session.get(Person, data.person_id) if data.person_id is not None else None
        if person is None:
            raise ValidationError(Msg("Participant {n}: the person chosen no longer exists; choose again.", n=n),
                                  field="participants")
        if person.id in seen:
            raise ValidationError(Msg(
                "{who} is listed twice (participants {seen} and {n}); nothing was added.",
                who=_who(person), seen=seen[person.id], n=n), field="participants")
        if person.id in already:
            raise ValidationError(Msg("{who} is already a participant of '{activity_title}'; nothing was added.", who=_who(person), activity_title=activity.title),
                                  field="participants")
        seen[person.id] = n
        state_id = data.member_state_id
        if state_id is None and person.institution_id:
            inst = session.get(Institution, person.institution_id)
            state_id = inst.member_state_id if inst else None
        elif state_id is not None and session.get(MemberState, state_id) is None:
            raise NotFoundError(Msg("A Member State chosen no longer exists; choose it again."))
        rows.append(TrainingParticipant(activity_id=activity.id, person_id=person.id, member_state_id=state_id,
                                        attended=bool(data.attended)))
    session.add_all(rows)
    session.flush()
    return rows


def add_participant(session: Session, activity_id: uuid.UUID, data: ParticipantData) -> TrainingParticipant:
    return add_participants(session, activity_id, [data])[0]


def get_participant(session: Session, participant_id: uuid.UUID) -> TrainingParticipant:
    p = session.get(TrainingParticipant, participant_id)
    if p is None:
        raise NotFoundError(Msg("That participant is no longer listed; the activity will be refreshed."))
    return p


def set_attended(session: Session, participant_id: uuid.UUID, attended: bool) -> TrainingParticipant:
    p = get_participant(session, participant_id)
    if not attended and p.certificate_number:
        person = session.get(Person, p.person_id)
        raise ValidationError(Msg("{who} received certificate {certificate_number}: they attended.", who=_who(person), certificate_number=p.certificate_number),
                              field="attended")
    if p.attended != bool(attended):
        p.attended = bool(attended)
        session.flush()
    return p


def set_member_state(session: Session, participant_id: uuid.UUID, member_state_id: uuid.UUID | None) -> None:
    p = get_participant(session, participant_id)
    if member_state_id is not None and session.get(MemberState, member_state_id) is None:
        raise NotFoundError(Msg("The Member State chosen no longer exists; choose it again."))
    if p.member_state_id != member_state_id:
        p.member_state_id = member_state_id
        session.flush()


def remove_participant(session: Session, participant_id: uuid.UUID) -> None:
    p = get_participant(session, participant_id)
    person = session.get(Person, p.person_id)
    if p.certificate_number:
        raise ValidationError(Msg(
            "{who} received certificate {certificate_number}; a certified participant stays on the list.",
            who=_who(person), certificate_number=p.certificate_number), field="participants")
    activity = get_activity(session, p.activity_id)
    recycle_bin.discard(session, p, f"{person.name_latin if person else 'participant'} ({activity.title})",
                        parent=activity)


_NUMBER = re.compile(r"-(\d+)$")


def next_certificate_number(session: Session, year: int) -> str:
    prefix = f"{CERTIFICATE_PREFIX}-{year}-"
    numbers = session.scalars(select(TrainingParticipant.certificate_number)
                              .where(TrainingParticipant.certificate_number.like(prefix + "%")))
    highest = max((int(m.group(1)) for n in numbers if (m := _NUMBER.search(n))), default=0)
    return f"{prefix}{highest + 1:03d}"


def _issue(session: Session, activity: TrainingActivity, p: TrainingParticipant, on: date) -> None:
    if on < activity.starts_on:
        raise ValidationError(Msg(
            "The certificates' date {on} is before the activity starts ({starts_on}).",
            on=on, starts_on=activity.starts_on), field="issued_on")
    p.certificate_number = next_certificate_number(session, on.year)
    p.certificate_issued_on = on
    session.flush()


def issue_certificate(session: Session, participant_id: uuid.UUID, on: date) -> TrainingParticipant:
    p = get_participant(session, participant_id)
    person = session.get(Person, p.person_id)
    if p.certificate_number:
        raise ValidationError(Msg("{who} already has certificate {certificate_number}.", who=_who(person), certificate_number=p.certificate_number), field="certificate")
    if not p.attended:
        raise ValidationError(Msg(
            "{who} is not marked as having attended; a participation certificate goes only to those who attended.",
            who=_who(person)), field="attended")
    _issue(session, get_activity(session, p.activity_id), p, on)
    return p


def issue_certificates(session: Session, activity_id: uuid.UUID, on: date) -> list[TrainingParticipant]:
    """Certificates for every participant who attended and has none yet (in the order of their names)."""
    activity = get_activity(session, activity_id)
    q = (select(TrainingParticipant).join(Person, Person.id == TrainingParticipant.person_id)
         .where(TrainingParticipant.activity_id == activity.id, TrainingParticipant.attended.is_(True),
                TrainingParticipant.certificate_number == "").order_by(Person.name_latin))
    todo = list(session.scalars(q))
    if not todo:
        raise ValidationError(Msg(
            "Every participant who attended already has a certificate (or nobody is marked as having attended "
            "yet)."), field="attended")
    for p in todo:
        _issue(session, activity, p, on)
    return todo


# --- materials --------------------------------------------------------------------------------------------------


def materials(session: Session, activity_id: uuid.UUID) -> list[Attachment]:
    return att_service.attachments_of(session, OWNER, activity_id)


def attach_material(session: Session, attachments_dir: Path, activity_id: uuid.UUID, source: Path) -> Attachment:
    activity = get_activity(session, activity_id)
    return att_service.store_attachment(session, attachments_dir, source, owner_table=OWNER, owner_id=activity.id,
                                        kind=AttachmentKind.OTHER.value)


def remove_material(session: Session, attachment_id: uuid.UUID) -> None:
    att = att_service.get_attachment(session, attachment_id)
    if att.owner_table != OWNER:
        raise NotFoundError(Msg("That file is not a training material; the view will be refreshed."))
    activity = get_activity(session, att.owner_id)
    recycle_bin.discard(session, att, f"{att.name} ({activity.title})", parent=activity)
