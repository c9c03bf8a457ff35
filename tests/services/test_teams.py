"""Research teams: a lead, members with institution and Member State, each
expert's participation in order (invited → joined → visit to China → left),
links to applications and loans, and a person's membership history."""

from __future__ import annotations

from datetime import date

import pytest
from results_world import TODAY, build
from sqlalchemy import func, select

from lunar_desk.db.models_results import (
    ResearchTeam,
    ResearchTeamLink,
    ResearchTeamMember,
)
from lunar_desk.errors import ValidationError
from lunar_desk.services import teams, teams_view
from lunar_desk.services.teams import MemberData, TeamData


@pytest.fixture
def w(db):
    return build(db)


def counts(db):
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (ResearchTeam, ResearchTeamMember,
                                                                            ResearchTeamLink))


def make_team(db, w, name="Chang'e-6 far-side basalts", **kw):
    with db.action() as s:
        values = {"lead_person_id": w.wang, "lead_kind": "chinese", "starts_on": date(2025, 3, 1), **kw}
        return teams.create_team(s, TeamData(name=name, **values)).id


def add(db, team_id, data):
    with db.action() as s:
        return teams.add_member(s, team_id, data).id


def test_a_member_takes_institution_and_member_state_from_the_person(db, w):
    team = make_team(db, w)
    add(db, team, MemberData(w.rezaei, "visiting_scientist", invited_on=date(2025, 3, 10), joined_on=date(2025, 4, 1),
                             visit_from=date(2025, 9, 1), visit_to=date(2025, 9, 30)))
    with db.read() as s:
        v = teams_view.team_view(s, team, date(2025, 9, 15))
    (m,) = v.members
    assert (m.name_native, m.institution, m.member_state, m.role, m.status) == (
        "محمد رضایی", "Iranian Space Agency", "Iran", "Visiting scientist", "Visiting China")
    assert (v.lead, v.lead_native) == ("Wang Xiaoming", "王晓明")


@pytest.mark.parametrize(("dates", "field"), [
    ({"invited_on": date(2025, 5, 1), "joined_on": date(2025, 4, 1)}, "joined_on"),
    ({"joined_on": date(2025, 5, 1), "visit_from": date(2025, 4, 1), "visit_to": date(2025, 4, 9)}, "visit_from"),
    ({"visit_from": date(2025, 9, 10), "visit_to": date(2025, 9, 1)}, "visit_to"),
    ({"visit_to": date(2025, 9, 1)}, "visit_from"),
    ({"joined_on": date(2025, 5, 1), "left_on": date(2025, 4, 30)}, "left_on"),
    ({"visit_from": date(2025, 9, 1), "visit_to": date(2025, 9, 30), "left_on": date(2025, 9, 15)}, "left_on"),
])
def test_impossible_participation_dates_are_refused_naming_the_field(db, w, dates, field):
    team = make_team(db, w)
    before = counts(db)
    with pytest.raises(ValidationError, match="Mohammad Rezaei") as info:
        add(db, team, MemberData(w.rezaei, **dates))
    assert info.value.field == field
    assert counts(db) == before


def test_editing_a_member_into_a_bad_order_changes_nothing(db, w):
    team = make_team(db, w)
    mid = add(db, team, MemberData(w.somchai, invited_on=date(2025, 3, 1), joined_on=date(2025, 3, 20)))
    with pytest.raises(ValidationError) as info, db.action() as s:
        teams.update_member(s, mid, MemberData(w.somchai, invited_on=date(2025, 3, 1), joined_on=date(2025, 2, 20)))
    assert info.value.field == "joined_on"
    with db.read() as s:
        assert teams.get_member(s, mid).joined_on == date(2025, 3, 20)


def test_a_person_is_a_member_once_at_a_time_but_may_rejoin_after_leaving(db, w):
    team = make_team(db, w)
    first = add(db, team, MemberData(w.batbayar, joined_on=date(2025, 3, 1)))
    with pytest.raises(ValidationError, match="already a member") as info:
        add(db, team, MemberData(w.batbayar, joined_on=date(2025, 6, 1)))
    assert info.value.field == "person"
    with db.action() as s:
        teams.update_member(s, first, MemberData(w.batbayar, joined_on=date(2025, 3, 1), left_on=date(2025, 8, 1)))
    with pytest.raises(ValidationError, match="left"):
        add(db, team, MemberData(w.batbayar, invited_on=date(2025, 7, 1)))
    add(db, team, MemberData(w.batbayar, invited_on=date(2026, 1, 5), joined_on=date(2026, 2, 1)))


def test_membership_history_of_a_person_across_teams(db, w):
    basalts = make_team(db, w)
    glass = make_team(db, w, name="Volcanic glass beads", lead_kind="foreign", lead_person_id=w.hosseini)
    add(db, basalts, MemberData(w.rezaei, invited_on=date(2025, 3, 10), joined_on=date(2025, 4, 1),
                                visit_from=date(2025, 9, 1), visit_to=date(2025, 9, 30), left_on=date(2026, 3, 1)))
    add(db, glass, MemberData(w.rezaei, "co_lead", invited_on=date(2026, 2, 1)))
    add(db, glass, MemberData(w.somchai, joined_on=date(2026, 2, 1)))
    with db.read() as s:
        history = teams_view.membership_history(s, w.rezaei, TODAY)
    assert [(h.team_name, h.member.role, h.member.status, h.member.left_on) for h in history] == [
        ("Chang'e-6 far-side basalts", "Member", "Left", date(2026, 3, 1)),
        ("Volcanic glass beads", "Co-lead", "Invited", None),
    ]


def test_links_to_applications_and_loans_once_each(db, w):
    team = make_team(db, w)
    from lunar_desk.db.models import Loan

    with db.read() as s:
        loan = s.get(Loan, w.old)
        app_id = loan.application_id
    with db.action() as s:
        teams.link_application(s, team, app_id)
        teams.link_loan(s, team, w.old)
    with pytest.raises(ValidationError, match="already linked"), db.action() as s:
        teams.link_loan(s, team, w.old)
    with db.read() as s:
        links = teams_view.team_view(s, team, TODAY).links
    assert [(x.kind, x.reference) for x in links] == [("application", "APSCO-R-2025-001"), ("loan", "LSA-2025-001")]


def test_team_dates_and_name_are_checked(db, w):
    with pytest.raises(ValidationError) as info:
        make_team(db, w, ends_on=date(2025, 1, 1))
    assert info.value.field == "ends_on"
    with pytest.raises(ValidationError) as info, db.action() as s:
        teams.create_team(s, TeamData(name=" "))
    assert info.value.field == "name"
    assert counts(db) == (0, 0, 0)


def test_deleting_a_team_bins_its_members(db, w):
    team = make_team(db, w)
    add(db, team, MemberData(w.rezaei, joined_on=date(2025, 4, 1)))
    with db.action() as s:
        teams.delete_team(s, team)
    assert counts(db) == (0, 0, 0)
