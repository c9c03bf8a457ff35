"""Plain views of the research teams (lists, a team with its members and
links, a person's membership history); safe between threads."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    Institution,
    Loan,
    MemberState,
    Person,
    ReviewRound,
)
from lunar_desk.db.models_results import (
    ResearchTeam,
    ResearchTeamLink,
    ResearchTeamMember,
)
from lunar_desk.services.query import contains
from lunar_desk.services.teams import (
    LEAD_KIND_LABELS,
    MEMBER_STATUS_LABELS,
    TEAM_ROLE_LABELS,
    TeamData,
    get_team,
    label_for,
    member_status,
    require_person,
)


@dataclass(frozen=True)
class TeamRow:
    id: uuid.UUID
    name: str
    topic: str
    lead: str
    lead_native: str
    lead_kind: str
    round_name: str
    starts_on: date | None
    ends_on: date | None
    members: int


@dataclass(frozen=True)
class MemberView:
    id: uuid.UUID
    person_id: uuid.UUID
    name_latin: str
    name_native: str
    institution: str
    institution_local: str
    member_state: str
    role: str
    invited_on: date | None
    joined_on: date | None
    visit_from: date | None
    visit_to: date | None
    left_on: date | None
    status: str
    notes: str


@dataclass(frozen=True)
class LinkView:
    id: uuid.UUID
    kind: str  # "application" / "loan"
    reference: str
    title: str


@dataclass(frozen=True)
class TeamView:
    id: uuid.UUID
    data: TeamData
    round_name: str
    lead: str
    lead_native: str
    members: tuple[MemberView, ...]
    links: tuple[LinkView, ...]


def list_teams(session: Session, text: str = "") -> list[TeamRow]:
    counts = (select(ResearchTeamMember.team_id.label("team_id"), func.count().label("n"))
              .group_by(ResearchTeamMember.team_id).subquery())
    q = (select(ResearchTeam, Person, ReviewRound.name, func.coalesce(counts.c.n, 0)).select_from(ResearchTeam)
         .outerjoin(Person, Person.id == ResearchTeam.lead_person_id)
         .outerjoin(ReviewRound, ReviewRound.id == ResearchTeam.round_id)
         .outerjoin(counts, counts.c.team_id == ResearchTeam.id))
    text = (text or "").strip()
    if text:
        q = q.where(or_(*(contains(session, c, text) for c in (ResearchTeam.name, ResearchTeam.topic,
                                                               Person.name_latin, Person.name_native))))
    return [TeamRow(t.id, t.name, t.topic, p.name_latin if p else "", p.name_native if p else "",
                    label_for(LEAD_KIND_LABELS, t.lead_kind), rnd or "", t.starts_on, t.ends_on, int(n))
            for t, p, rnd, n in session.execute(q.order_by(ResearchTeam.name)).all()]


def _member_views(session: Session, where, today: date) -> list[tuple[ResearchTeamMember, MemberView]]:
    q = (select(ResearchTeamMember, Person, Institution, MemberState).select_from(ResearchTeamMember)
         .join(Person, Person.id == ResearchTeamMember.person_id)
         .outerjoin(Institution, Institution.id == ResearchTeamMember.institution_id)
         .outerjoin(MemberState, MemberState.id == ResearchTeamMember.member_state_id).where(where)
         .order_by(func.coalesce(ResearchTeamMember.invited_on, ResearchTeamMember.joined_on), Person.name_latin))
    out = []
    for m, p, inst, state in session.execute(q).all():
        out.append((m, MemberView(
            m.id, p.id, p.name_latin, p.name_native, inst.name if inst else "", inst.name_local if inst else "",
            state.name if state else "", label_for(TEAM_ROLE_LABELS, m.role), m.invited_on, m.joined_on, m.visit_from,
            m.visit_to, m.left_on, MEMBER_STATUS_LABELS[member_status(m, today)], m.notes)))
    return out


def team_view(session: Session, team_id: uuid.UUID, today: date) -> TeamView:
    t = get_team(session, team_id)
    lead = session.get(Person, t.lead_person_id) if t.lead_person_id else None
    rnd = session.get(ReviewRound, t.round_id) if t.round_id else None
    links = []
    for link in session.scalars(select(ResearchTeamLink).where(ResearchTeamLink.team_id == t.id)):
        if link.application_id:
            app = session.get(Application, link.application_id)
            links.append(LinkView(link.id, "application", app.reference if app else "?", app.title if app else ""))
        elif link.loan_id:
            loan = session.get(Loan, link.loan_id)
            links.append(LinkView(link.id, "loan", loan.agreement_number if loan else "?", loan.purpose if loan else ""))
    data = TeamData(t.name, t.topic, t.round_id, t.lead_person_id, t.lead_kind, t.starts_on, t.ends_on, t.notes,
                    t.version)
    members = tuple(v for _, v in _member_views(session, ResearchTeamMember.team_id == t.id, today))
    return TeamView(t.id, data, rnd.name if rnd else "", lead.name_latin if lead else "",
                    lead.name_native if lead else "", members, tuple(sorted(links, key=lambda x: (x.kind, x.reference))))


@dataclass(frozen=True)
class Membership:
    """One line of a person's participation history."""

    team_id: uuid.UUID
    team_name: str
    member: MemberView


def membership_history(session: Session, person_id: uuid.UUID, today: date) -> list[Membership]:
    """Every team a person was invited to or joined, oldest first, with their dates and status today."""
    require_person(session, person_id)
    names = {t.id: t.name for t in session.scalars(select(ResearchTeam))}
    return [Membership(m.team_id, names.get(m.team_id, ""), view)
            for m, view in _member_views(session, ResearchTeamMember.person_id == person_id, today)]
