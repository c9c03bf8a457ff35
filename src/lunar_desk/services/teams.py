"""Research teams formed by CLEP's expert committee for a topic or a round,
and the Secretariat's record of each Member-State expert's participation.

A team has a lead (a Chinese or a foreign expert), members with their
institution, Member State and role, and the applications and loans it works
on.  Each membership records the expert's participation in order: invited →
joined → visit to China (from, to) → left; a date out of that order is
refused naming the field.  A person may leave and later join again (a new
membership); two open memberships of one person in one team are refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.locking import check_version
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
    TeamLeadKind,
)
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services import recycle_bin
from lunar_desk.messages import Msg

LEAD_KIND_LABELS = {TeamLeadKind.CHINESE: "Chinese expert", TeamLeadKind.FOREIGN: "Foreign expert"}
TEAM_ROLE_LABELS = {
    "lead": "Team lead",
    "co_lead": "Co-lead",
    "member": "Member",
    "visiting_scientist": "Visiting scientist",
    "student": "Student",
    "technician": "Technician",
}
MEMBER_STATUS_LABELS = {
    "listed": "Listed",
    "invited": "Invited",
    "member": "Member",
    "visiting": "Visiting China",
    "left": "Left",
}
# The order an expert's participation goes through (field, how the officer calls it).
PARTICIPATION_ORDER = (
    ("invited_on", "invited"),
    ("joined_on", "joined"),
    ("visit_from", "visit to China from"),
    ("visit_to", "visit to China until"),
    ("left_on", "left"),
)


def label_for(mapping, value: str) -> str:
    return next((text for k, text in mapping.items() if getattr(k, "value", k) == value), value)


@dataclass
class TeamData:
    name: str = ""
    topic: str = ""
    round_id: uuid.UUID | None = None
    lead_person_id: uuid.UUID | None = None
    lead_kind: str = TeamLeadKind.CHINESE.value
    starts_on: date | None = None
    ends_on: date | None = None
    notes: str = ""
    version: int | None = None  # the row version the form read


@dataclass
class MemberData:
    person_id: uuid.UUID | None = None
    role: str = "member"
    institution_id: uuid.UUID | None = None  # None: the person's institution
    member_state_id: uuid.UUID | None = None  # None: the institution's Member State
    invited_on: date | None = None
    joined_on: date | None = None
    visit_from: date | None = None
    visit_to: date | None = None
    left_on: date | None = None
    notes: str = ""
    version: int | None = None  # the row version the form read


def get_team(session: Session, team_id: uuid.UUID) -> ResearchTeam:
    team = session.get(ResearchTeam, team_id)
    if team is None:
        raise NotFoundError(Msg("That research team no longer exists; the list will be refreshed."))
    return team


def require_person(session: Session, person_id: uuid.UUID | None, what: str = "person") -> Person:
    person = session.get(Person, person_id) if person_id is not None else None
    if person is None:
        raise ValidationError(Msg("Choose the {what}.", what=what) if person_id is None else Msg("The {what} chosen no longer exists; choose again.", what=what), field="person")
    return person


def _team_values(session: Session, data: TeamData) -> dict:
    name = (data.name or "").strip()
    if not name:
        raise ValidationError(Msg("Give the team a name (its topic or the round it was formed for)."), field="name")
    if len(name) > 300:
        raise ValidationError(Msg("The name is {count} characters long; at most 300 fit.", count=len(name)), field="name")
    try:
        kind = TeamLeadKind(data.lead_kind).value
    except ValueError:
        raise ValidationError(Msg("'{lead_kind}' is not a kind of lead; use chinese or foreign.", lead_kind=data.lead_kind), field="lead_kind") from None
    if data.lead_person_id is not None:
        require_person(session, data.lead_person_id, Msg("team lead"))
    if data.round_id is not None and session.get(ReviewRound, data.round_id) is None:
        raise NotFoundError(Msg("The review round chosen no longer exists; choose it again."))
    if data.starts_on and data.ends_on and data.ends_on < data.starts_on:
        raise ValidationError(Msg(
            "The team ends ({ends_on}) before it starts ({starts_on}).",
            ends_on=data.ends_on, starts_on=data.starts_on), field="ends_on")
    return {"name": name, "topic": (data.topic or "").strip(), "round_id": data.round_id, "lead_person_id": data.lead_person_id,
                "lead_kind": kind, "starts_on": data.starts_on, "ends_on": data.ends_on, "notes": (data.notes or "").strip()}


def create_team(session: Session, data: TeamData) -> ResearchTeam:
    team = ResearchTeam(**_team_values(session, data))
    session.add(team)
    session.flush()
    return team


def update_team(session: Session, team_id: uuid.UUID, data: TeamData) -> ResearchTeam:
    team = get_team(session, team_id)
    check_version(session, team, data.version)
    for key, value in _team_values(session, data).items():
        if getattr(team, key) != value:
            setattr(team, key, value)
    session.flush()
    return team


def delete_team(session: Session, team_id: uuid.UUID) -> None:
    """Bin the team with its memberships and links."""
    team = get_team(session, team_id)
    children = list(session.scalars(select(ResearchTeamMember).where(ResearchTeamMember.team_id == team.id)))
    children += list(session.scalars(select(ResearchTeamLink).where(ResearchTeamLink.team_id == team.id)))
    recycle_bin.discard(session, team, f"Research team '{team.name}'", children=children)


# --- members ---------------------------------------------------------------------------------------------------


def check_participation_dates(data: MemberData, who: str = "") -> None:
    """Refuse dates out of the order invited → joined → visit from → visit to → left (naming the field)."""
    prefix = Msg("{who}: ", who=who) if who else ""
    if data.visit_to is not None and data.visit_from is None:
        raise ValidationError(Msg("{prefix}give the first day of the visit to China as well as the last.", prefix=prefix), field="visit_from")
    given = [(key, label, getattr(data, key)) for key, label in PARTICIPATION_ORDER if getattr(data, key) is not None]
    for i, (key, label, value) in enumerate(given):
        for earlier_key, earlier_label, earlier in given[:i]:
            if value < earlier:
                raise ValidationError(
                    Msg(
                        "{prefix}'{label}' ({value}) is before '{earlier_label}' ({earlier}); the order is "
                        "invited → joined → visit to China → left.",
                        prefix=prefix, label=label, value=value, earlier_label=earlier_label, earlier=earlier), field=key)


def _member_values(session: Session, team: ResearchTeam, data: MemberData, member_id: uuid.UUID | None) -> dict:
    person = require_person(session, data.person_id)
    role = (data.role or "member").strip()
    if role not in TEAM_ROLE_LABELS:
        raise ValidationError(Msg("'{role}' is not a team role; use one of: {items}.", role=role, items=', '.join(TEAM_ROLE_LABELS)), field="role")
    check_participation_dates(data, person.name_latin)
    open_q = select(ResearchTeamMember).where(ResearchTeamMember.team_id == team.id,
                                              ResearchTeamMember.person_id == person.id)
    for other in session.scalars(open_q):
        if other.id == member_id:
            continue
        if other.left_on is None:
            raise ValidationError(Msg(
                "{person_name_latin} is already a member of '{team_name}'; record that they left before adding "
                "them again.",
                person_name_latin=person.name_latin, team_name=team.name), field="person")
        start = data.invited_on or data.joined_on
        if start is not None and start < other.left_on:
            raise ValidationError(Msg(
                "{person_name_latin} left '{team_name}' on {left_on}; a new membership cannot start before that "
                "({start}).",
                person_name_latin=person.name_latin, team_name=team.name, left_on=other.left_on, start=start), field="invited_on")
    institution_id = data.institution_id or person.institution_id
    inst = session.get(Institution, institution_id) if institution_id else None
    if institution_id is not None and inst is None:
        raise NotFoundError(Msg("The institution chosen no longer exists; choose it again."))
    state_id = data.member_state_id or (inst.member_state_id if inst else None)
    if state_id is not None and session.get(MemberState, state_id) is None:
        raise NotFoundError(Msg("The Member State chosen no longer exists; choose it again."))
    return {"person_id": person.id, "role": role, "institution_id": institution_id, "member_state_id": state_id,
                "invited_on": data.invited_on, "joined_on": data.joined_on, "visit_from": data.visit_from,
                "visit_to": data.visit_to, "left_on": data.left_on, "notes": (data.notes or "").strip()}


def add_member(session: Session, team_id: uuid.UUID, data: MemberData) -> ResearchTeamMember:
    team = get_team(session, team_id)
    member = ResearchTeamMember(team_id=team.id, **_member_values(session, team, data, None))
    session.add(member)
    session.flush()
    return member


def get_member(session: Session, member_id: uuid.UUID) -> ResearchTeamMember:
    member = session.get(ResearchTeamMember, member_id)
    if member is None:
        raise NotFoundError(Msg("That membership no longer exists; the team will be refreshed."))
    return member


def update_member(session: Session, member_id: uuid.UUID, data: MemberData) -> ResearchTeamMember:
    member = get_member(session, member_id)
    check_version(session, member, data.version)
    team = get_team(session, member.team_id)
    for key, value in _member_values(session, team, data, member.id).items():
        if getattr(member, key) != value:
            setattr(member, key, value)
    session.flush()
    return member


def remove_member(session: Session, member_id: uuid.UUID) -> None:
    member = get_member(session, member_id)
    team = get_team(session, member.team_id)
    person = session.get(Person, member.person_id)
    recycle_bin.discard(session, member, f"{person.name_latin if person else 'member'} ({team.name})", parent=team)


def member_data(member: ResearchTeamMember) -> MemberData:
    return MemberData(member.person_id, member.role, member.institution_id, member.member_state_id, member.invited_on,
                      member.joined_on, member.visit_from, member.visit_to, member.left_on, member.notes, member.version)


def member_status(member, today: date) -> str:
    """listed / invited / member / visiting / left, as of ``today``."""
    if member.left_on is not None and member.left_on <= today:
        return "left"
    if member.visit_from is not None and member.visit_from <= today and (member.visit_to is None or today <= member.visit_to):
        return "visiting"
    if member.joined_on is not None and member.joined_on <= today:
        return "member"
    if member.invited_on is not None:
        return "invited"
    return "listed"


# --- links ------------------------------------------------------------------------------------------------------


def link_application(session: Session, team_id: uuid.UUID, application_id: uuid.UUID) -> ResearchTeamLink:
    team = get_team(session, team_id)
    app = session.get(Application, application_id)
    if app is None:
        raise NotFoundError(Msg("That application no longer exists; choose again."))
    if session.scalars(select(ResearchTeamLink).where(ResearchTeamLink.team_id == team.id,
                                                      ResearchTeamLink.application_id == app.id)).first():
        raise ValidationError(Msg("{reference} is already linked to '{team_name}'.", reference=app.reference, team_name=team.name), field="application")
    link = ResearchTeamLink(team_id=team.id, application_id=app.id)
    session.add(link)
    session.flush()
    return link


def link_loan(session: Session, team_id: uuid.UUID, loan_id: uuid.UUID) -> ResearchTeamLink:
    team = get_team(session, team_id)
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(Msg("That loan no longer exists; choose again."))
    if session.scalars(select(ResearchTeamLink).where(ResearchTeamLink.team_id == team.id,
                                                      ResearchTeamLink.loan_id == loan.id)).first():
        raise ValidationError(Msg("{agreement_number} is already linked to '{team_name}'.", agreement_number=loan.agreement_number, team_name=team.name), field="loan")
    link = ResearchTeamLink(team_id=team.id, loan_id=loan.id)
    session.add(link)
    session.flush()
    return link


def unlink(session: Session, link_id: uuid.UUID) -> None:
    link = session.get(ResearchTeamLink, link_id)
    if link is None:
        raise NotFoundError(Msg("That link no longer exists; the team will be refreshed."))
    team = get_team(session, link.team_id)
    recycle_bin.discard(session, link, f"link of '{team.name}'", parent=team)
