"""The recycle bin: what an officer removes comes back exactly as it was,
with whatever was removed with it, and only where the rules still allow it."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lunar_desk.db.models import ApplicationMethod, AuditLog, DeletedRecord, TeamMember
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import recycle_bin, reference
from lunar_desk.services.applications import MethodData

TODAY = date(2026, 11, 25)


@pytest.fixture
def draft(db):
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", iso3="IRN")
        isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id)
        pi = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", institution_id=isa.id)
        co = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=isa.id)
        app = apps.create_application(s, "research", institution_id=isa.id, today=TODAY)
        apps.add_team_member(s, app.id, pi.id, "pi")
        member = apps.add_team_member(s, app.id, co.id, "co_investigator")
        method = apps.add_method(s, app.id, MethodData("TEM", "Titan G2", destructive=True, justification="FIB."))
        return app.id, member.id, method.id


def row_values(db, model, row_id) -> dict:
    with db.read() as s:
        row = s.get(model, row_id)
        return None if row is None else {c.key: getattr(row, c.key) for c in model.__table__.columns
                                        if c.key not in ("updated_at", "origin", "version")}


def test_a_removed_team_member_is_listed_and_comes_back_unchanged(db, draft):
    app_id, member_id, _ = draft
    before = row_values(db, TeamMember, member_id)
    with db.action() as s:
        apps.remove_team_member(s, member_id)
    assert row_values(db, TeamMember, member_id) is None
    with db.read() as s:
        [entry] = recycle_bin.contents(s)
    assert entry.what == "Team member"
    assert "Zahra Hosseini" in entry.label and entry.deleted_by == "test-officer"

    with db.action() as s:
        changes = recycle_bin.restore(s, entry.id)
    assert changes.touches("team_member")
    assert row_values(db, TeamMember, member_id) == before
    with db.read() as s:
        assert recycle_bin.contents(s) == []
        notes = s.scalars(select(AuditLog.action).where(AuditLog.row_id == str(member_id)).order_by(AuditLog.at)).all()
    assert notes == ["insert", "delete", "insert"]


def test_restoring_twice_is_refused(db, draft):
    _, _, method_id = draft
    with db.action() as s:
        apps.remove_method(s, method_id)
    with db.read() as s:
        [entry] = recycle_bin.contents(s)
    with db.action() as s:
        recycle_bin.restore(s, entry.id)
    with pytest.raises(NotFoundError), db.action() as s:
        recycle_bin.restore(s, entry.id)


def test_no_restore_into_an_application_that_can_no_longer_be_edited(db, draft):
    app_id, _, method_id = draft
    with db.action() as s:
        apps.remove_method(s, method_id)
        app = apps.get_application(s, app_id)
        app.status = "withdrawn"
    with db.read() as s:
        [entry] = recycle_bin.contents(s)
        deleted_before = s.scalar(select(func.count()).select_from(DeletedRecord).where(DeletedRecord.restored_at.is_(None)))
    with pytest.raises(ValidationError, match="can no longer be changed"), db.action() as s:
        recycle_bin.restore(s, entry.id)
    assert row_values(db, ApplicationMethod, method_id) is None
    with db.read() as s:  # still in the bin, nothing half-written
        assert s.scalar(select(func.count()).select_from(DeletedRecord).where(DeletedRecord.restored_at.is_(None))) == deleted_before


def test_a_record_received_again_meanwhile_is_not_duplicated(db, draft):
    app_id, member_id, _ = draft
    with db.action() as s:
        person_id = s.get(TeamMember, member_id).person_id
        apps.remove_team_member(s, member_id)
    with db.action() as s:  # the officer simply added the person again
        apps.add_team_member(s, app_id, person_id, "co_investigator")
    with db.read() as s:
        [entry] = recycle_bin.contents(s)
    with pytest.raises(ValidationError, match="cannot come back"), db.action() as s:
        recycle_bin.restore(s, entry.id)


def test_an_assignment_comes_back_with_the_scores_binned_with_it(db):
    from lunar_desk.db.models import Assignment, ReviewRound, Score
    from lunar_desk.services import demo, review

    with db.action() as s:
        demo.generate(s, 200, today=TODAY)
    with db.read() as s:
        open_rounds = s.scalars(select(ReviewRound.id).where(ReviewRound.status == "open")).all()
        scored = s.execute(
            select(Assignment.id, func.count(Score.id)).join(Score, Score.assignment_id == Assignment.id)
            .where(Assignment.round_id.in_(open_rounds)).group_by(Assignment.id)
        ).first()
    assert scored is not None, "the demo has an open round with scores"
    assignment_id, n_scores = scored
    with db.action() as s:
        review.unassign(s, assignment_id, with_scores=True)
    with db.read() as s:
        assert s.get(Assignment, assignment_id) is None
        [entry] = recycle_bin.contents(s)
    assert entry.what == "Review assignment" and entry.parts == n_scores

    with db.action() as s:
        recycle_bin.restore(s, entry.id)
    with db.read() as s:
        assert s.get(Assignment, assignment_id) is not None
        assert s.scalar(select(func.count()).select_from(Score).where(Score.assignment_id == assignment_id)) == n_scores
        assert recycle_bin.contents(s) == []
