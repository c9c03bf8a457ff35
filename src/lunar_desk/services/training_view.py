"""Plain views of the training activities (the list, one activity with its
participants and materials, counts per Member State); safe between threads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Institution, MemberState, Person
from lunar_desk.db.models_results import TrainingActivity, TrainingParticipant
from lunar_desk.services.query import contains
from lunar_desk.services.training import (
    KIND_LABELS_ZH,
    ActivityData,
    get_activity,
    kind_label,
    materials,
)


@dataclass(frozen=True)
class ActivityRow:
    id: uuid.UUID
    title: str
    kind: str
    kind_label: str
    organisers: str
    starts_on: date
    ends_on: date | None
    place: str
    participants: int
    attended: int
    certificates: int


@dataclass(frozen=True)
class ParticipantView:
    id: uuid.UUID
    person_id: uuid.UUID
    name_latin: str
    name_native: str
    institution: str
    institution_local: str
    member_state_id: uuid.UUID | None
    member_state: str
    member_state_zh: str
    attended: bool
    certificate_number: str
    certificate_issued_on: date | None


@dataclass(frozen=True)
class ActivityView:
    id: uuid.UUID
    data: ActivityData
    kind_label: str
    kind_label_zh: str
    participants: tuple[ParticipantView, ...]
    materials: tuple[tuple[uuid.UUID, str, int], ...] = field(default=())  # (attachment id, name, size)


def list_activities(session: Session, text: str = "") -> list[ActivityRow]:
    P = TrainingParticipant
    counts = (select(P.activity_id.label("aid"), func.count().label("n"),
                     func.sum(case((P.attended.is_(True), 1), else_=0)).label("att"),
                     func.count(func.nullif(P.certificate_number, "")).label("cert"))
              .group_by(P.activity_id).subquery())
    q = (select(TrainingActivity, counts.c.n, counts.c.att, counts.c.cert)
         .outerjoin(counts, counts.c.aid == TrainingActivity.id))
    text = (text or "").strip()
    if text:
        q = q.where(or_(contains(session, TrainingActivity.title, text), contains(session, TrainingActivity.place, text)))
    return [ActivityRow(a.id, a.title, a.kind, kind_label(a.kind), a.organisers, a.starts_on, a.ends_on, a.place,
                        int(n or 0), int(att or 0), int(cert or 0))
            for a, n, att, cert in session.execute(q.order_by(TrainingActivity.starts_on.desc())).all()]


def activity_view(session: Session, activity_id: uuid.UUID) -> ActivityView:
    a = get_activity(session, activity_id)
    q = (select(TrainingParticipant, Person, Institution, MemberState).select_from(TrainingParticipant)
         .join(Person, Person.id == TrainingParticipant.person_id)
         .outerjoin(Institution, Institution.id == Person.institution_id)
         .outerjoin(MemberState, MemberState.id == TrainingParticipant.member_state_id)
         .where(TrainingParticipant.activity_id == a.id).order_by(MemberState.name, Person.name_latin))
    people = tuple(ParticipantView(
        p.id, person.id, person.name_latin, person.name_native, inst.name if inst else "",
        inst.name_local if inst else "", p.member_state_id, state.name if state else "", state.name_zh if state else "",
        p.attended, p.certificate_number, p.certificate_issued_on) for p, person, inst, state in session.execute(q).all())
    data = ActivityData(a.title, a.kind, a.organisers, a.starts_on, a.ends_on, a.place, a.notes, a.version)
    return ActivityView(a.id, data, kind_label(a.kind), kind_label(a.kind, KIND_LABELS_ZH), people,
                        tuple((m.id, m.name, m.size) for m in materials(session, a.id)))


@dataclass(frozen=True)
class StateCounts:
    member_state: str  # "" for participants without one
    member_state_zh: str
    participants: int
    attended: int
    certificates: int


def counts_per_member_state(session: Session, *, activity_id: uuid.UUID | None = None,
                            year: int | None = None) -> list[StateCounts]:
    """Participants, those who attended and certificates issued, per Member State (one activity, one
    year of activities, or all), by Member State name."""
    P = TrainingParticipant
    q = (select(MemberState.name, MemberState.name_zh, func.count(), P.attended, func.count(func.nullif(P.certificate_number, "")))
         .select_from(P).outerjoin(MemberState, MemberState.id == P.member_state_id)
         .join(TrainingActivity, TrainingActivity.id == P.activity_id)
         .group_by(MemberState.name, MemberState.name_zh, P.attended))
    if activity_id is not None:
        q = q.where(P.activity_id == activity_id)
    if year is not None:
        q = q.where(TrainingActivity.starts_on >= date(year, 1, 1), TrainingActivity.starts_on <= date(year, 12, 31))
    agg: dict[tuple[str, str], list[int]] = {}
    for name, name_zh, n, attended, certs in session.execute(q).all():
        a = agg.setdefault((name or "", name_zh or ""), [0, 0, 0])
        a[0] += n
        a[1] += n if attended else 0
        a[2] += certs
    return [StateCounts(k[0], k[1], *v) for k, v in sorted(agg.items(), key=lambda kv: (kv[0][0] == "", kv[0][0]))]
