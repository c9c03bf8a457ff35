"""Member States, institutions and people: the reference records every
application, loan and training activity points at."""

from __future__ import annotations

import uuid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Institution, MemberState, MemberStatus, Person
from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg


def member_states(session: Session) -> list[MemberState]:
    return list(session.scalars(select(MemberState).order_by(MemberState.name)))


def add_member_state(session: Session, name: str, *, name_zh: str = "", iso3: str = "", status: str = "member") -> MemberState:
    name = (name or "").strip()
    if not name:
        raise ValidationError(Msg("A Member State needs a name."), field="name")
    try:
        status = MemberStatus(status).value
    except ValueError:
        raise ValidationError(Msg("'{status}' is not a status; use member, signatory or observer.", status=status), field="status") from None
    if session.scalars(select(MemberState).where(func.lower(MemberState.name) == name.lower())).first():
        raise ValidationError(Msg("{name} is already in the list of Member States.", name=name), field="name")
    state = MemberState(name=name, name_zh=name_zh.strip(), iso3=iso3.strip().upper(), status=status)
    session.add(state)
    session.flush()
    return state


def add_institution(
    session: Session, name: str, *, member_state_id: uuid.UUID | None, name_local: str = "", city: str = ""
) -> Institution:
    name = (name or "").strip()
    if not name:
        raise ValidationError(Msg("An institution needs a name."), field="name")
    inst = Institution(name=name, name_local=name_local.strip(), city=city.strip(), member_state_id=member_state_id)
    session.add(inst)
    session.flush()
    return inst


def add_person(
    session: Session,
    name_latin: str,
    *,
    name_native: str = "",
    email: str = "",
    institution_id: uuid.UUID | None = None,
    position: str = "",
) -> Person:
    name_latin = (name_latin or "").strip()
    if not name_latin:
        raise ValidationError(Msg("A person needs a name in Latin script (as in their passport)."), field="name_latin")
    email = (email or "").strip()
    if email and ("@" not in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError(Msg("'{email}' is not an e-mail address.", email=email), field="email")
    person = Person(
        name_latin=name_latin, name_native=name_native.strip(), email=email, institution_id=institution_id, position=position
    )
    session.add(person)
    session.flush()
    return person


def institutions(session: Session) -> list[Institution]:
    return list(session.scalars(select(Institution).order_by(Institution.name)))


def people(session: Session) -> list[Person]:
    return list(session.scalars(select(Person).order_by(Person.name_latin)))


def person_label(person: Person) -> str:
    """'Zahra Hosseini (زهرا حسینی)': the Latin name, then the name in the person's own script."""
    return f"{person.name_latin} ({person.name_native})" if person.name_native else person.name_latin
