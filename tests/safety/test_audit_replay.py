"""The audit trail is complete: replaying it from empty tables gives back the
live tables, column for column, after any sequence of service calls.

The state machine of ``test_stateful`` (catalogue, decisions, loans, returns)
is extended with edits and deletions of other records (application drafts and
their team, methods, items and files; reviewers, assignments, scores and
conflicts; settings; the holiday calendar); after every step
:func:`lunar_desk.services.audit_replay.check_replay` must find nothing.
"""

from __future__ import annotations

import dataclasses
from datetime import date

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, precondition, rule, run_state_machine_as_test
from safety_machine import DAY, CatalogueLoanMachine
from safety_world import open_copy
from sqlalchemy import insert, select, text

from lunar_desk.db.models import (
    Application,
    ApplicationMethod,
    Assignment,
    Attachment,
    CalendarDay,
    ConflictOfInterest,
    Criterion,
    RequestedItem,
    Reviewer,
    Sample,
    Score,
    TeamMember,
    new_id,
)
from lunar_desk.db.types import utcnow
from lunar_desk.services import applications as apps
from lunar_desk.services import audit_replay, catalogue, reference, review, workdays
from lunar_desk.services import settings as app_settings
from lunar_desk.services.applications import ItemData, MethodData
from lunar_desk.services.catalogue import SampleData

WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=12)
NAMES = st.sampled_from(["Ali Rezaei", "张伟", "สมชาย วงศ์สกุล", "Батбаяр Дорж", "عمران خان", "José Pérez"])


class AuditMachine(CatalogueLoanMachine):
    def opened(self) -> None:
        with self.db.read() as s:
            self.since = audit_replay.baseline(s)

    @invariant()
    def audit_replays_to_the_tables(self) -> None:
        with self.db.read() as s:
            report = audit_replay.check_replay(s, self.since)
        assert report.differences == [], report.differences[:10]
        assert report.unaudited == {}, report.unaudited

    # --- more record kinds --------------------------------------------------------------------

    @precondition(lambda self: self.census()["available"] + self.census()["reserved"])
    @rule(data=st.data(), location=WORDS, notes=WORDS)
    def edit_sample(self, data, location: str, notes: str) -> None:
        sample = self.pick(data, self.leaves(), "sample to edit")
        with self.db.read() as s:
            form = dataclasses.replace(catalogue.sample_detail(s, sample.id).as_data(), location=location, notes=notes)
        self.act("edit sample", lambda s: catalogue.update_sample(s, sample.id, form))

    @rule(value=WORDS)
    def setting(self, value: str) -> None:
        self.act("setting", lambda s: app_settings.set_setting(s, "safety_probe", value), "ok")

    @rule(day=st.dates(date(2031, 1, 1), date(2031, 1, 20)), kind=st.sampled_from(["holiday", "workday"]), note=WORDS)
    def calendar_day(self, day: date, kind: str, note: str) -> None:
        self.act("calendar day", lambda s: workdays.set_calendar_day(s, day, kind, note))

    @rule(data=st.data())
    def remove_calendar_day(self, data) -> None:
        row = self.pick(data, select(CalendarDay).order_by(CalendarDay.day), "calendar day to remove")
        if row is not None:
            self.act("remove calendar day", lambda s: workdays.remove_calendar_day(s, row.day), "ok")

    def drafts(self):
        return select(Application).where(Application.status == "draft").order_by(Application.reference)

    @rule(title=WORDS)
    def draft(self, title: str) -> None:
        self.act("draft", lambda s: apps.create_application(
            s, "research", batch_number=self.batch, institution_id=self.who.inst, title=title, today=DAY))

    @rule(data=st.data(), objectives=WORDS, venue=WORDS)
    def edit_draft(self, data, objectives: str, venue: str) -> None:
        app = self.pick(data, self.drafts(), "draft to edit")
        if app is None:
            return

        def edit(s):
            f = apps.application_fields(s, app.id)
            f.objectives, f.venue = objectives, venue
            return apps.update_application(s, app.id, f)

        self.act("edit draft", edit)

    @rule(data=st.data(), name=NAMES, role=st.sampled_from(["pi", "member", "student"]))
    def add_member(self, data, name: str, role: str) -> None:
        app = self.pick(data, self.drafts(), "draft to add a member to")
        if app is not None:
            self.act("add member", lambda s: apps.add_team_member(
                s, app.id, reference.add_person(s, name, institution_id=self.who.inst).id, role))

    @rule(data=st.data())
    def remove_member(self, data) -> None:
        member = self.pick(data, select(TeamMember).join(Application, Application.id == TeamMember.application_id)
                           .where(Application.status == "draft").order_by(TeamMember.created_at), "member to remove")
        if member is not None:
            self.act("remove member", lambda s: apps.remove_team_member(s, member.id), "ok")

    @rule(data=st.data(), name=WORDS, destructive=st.booleans())
    def add_method(self, data, name: str, destructive: bool) -> None:
        app = self.pick(data, self.drafts(), "draft to add a method to")
        if app is not None:
            self.act("add method", lambda s: apps.add_method(s, app.id, MethodData(name, destructive=destructive)))

    @rule(data=st.data())
    def remove_method(self, data) -> None:
        method = self.pick(data, select(ApplicationMethod).join(Application, Application.id == ApplicationMethod.application_id)
                           .where(Application.status == "draft").order_by(ApplicationMethod.created_at), "method to remove")
        if method is not None:
            self.act("remove method", lambda s: apps.remove_method(s, method.id), "ok")

    @rule(data=st.data(), mass=st.integers(1, 50_000))
    def add_item(self, data, mass: int) -> None:
        app = self.pick(data, self.drafts(), "draft to add an item to")
        if app is not None:
            self.act("add item", lambda s: apps.add_requested_item(
                s, app.id, ItemData(mission_code="CE-5", preparation="powder", mass_ug=mass, justification="Needed.")))

    @rule(data=st.data())
    def remove_item(self, data) -> None:
        item = self.pick(data, select(RequestedItem).join(Application, Application.id == RequestedItem.application_id)
                         .where(Application.status == "draft").order_by(RequestedItem.created_at), "item to remove")
        if item is not None:
            self.act("remove item", lambda s: apps.remove_requested_item(s, item.id), "ok")

    @rule(data=st.data(), content=st.binary(max_size=64))
    def attach(self, data, content: bytes) -> None:
        app = self.pick(data, self.drafts(), "draft to attach a file to")
        if app is None:
            return
        source = self.folder / "files" / "letter.bin"
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_bytes(content)
        self.act("attach", lambda s: apps.attach_file(s, self.db.paths.attachments_dir, app.id, source, kind="letter"))

    @rule(data=st.data())
    def detach(self, data) -> None:
        att = self.pick(data, select(Attachment).join(Application, Application.id == Attachment.owner_id)
                        .where(Application.status == "draft").order_by(Attachment.created_at), "file to detach")
        if att is not None:
            self.act("detach", lambda s: apps.detach_file(s, att.id), "ok")

    # --- the committee's reviewers -------------------------------------------------------------

    @rule(name=NAMES, expertise=WORDS)
    def add_reviewer(self, name: str, expertise: str) -> None:
        self.act("add reviewer", lambda s: review.add_reviewer(s, reference.add_person(s, name).id, expertise=expertise), "ok")

    @precondition(lambda self: self.census()["items"])
    @rule(data=st.data())
    def assign(self, data) -> None:
        reviewer = self.pick(data, select(Reviewer).order_by(Reviewer.created_at), "reviewer")
        app = self.pick(data, select(Application).where(Application.status == "under_review").order_by(Application.reference),
                        "application to review")
        if reviewer is not None and app is not None:
            self.act("assign", lambda s: review.assign(s, self.round_id, app.id, reviewer.id))

    def assignments(self):
        return select(Assignment).where(Assignment.round_id == self.round_id).order_by(Assignment.created_at)

    @rule(data=st.data(), value=st.integers(0, 6))
    def score(self, data, value: int) -> None:
        a = self.pick(data, self.assignments(), "assignment to score")
        crit = self.pick(data, select(Criterion).where(Criterion.round_id == self.round_id).order_by(Criterion.position),
                         "criterion")
        if a is not None and crit is not None:
            self.act("score", lambda s: review.set_score(s, a.id, crit.id, value, "ok"))

    @rule(data=st.data())
    def clear_score(self, data) -> None:
        sc = self.pick(data, select(Score).join(Assignment, Assignment.id == Score.assignment_id)
                       .where(Assignment.round_id == self.round_id).order_by(Score.created_at), "score to clear")
        if sc is not None:
            self.act("clear score", lambda s: review.clear_score(s, sc.assignment_id, sc.criterion_id), "ok")

    @rule(data=st.data())
    def unassign(self, data) -> None:
        a = self.pick(data, self.assignments(), "assignment to undo")
        if a is not None:
            self.act("unassign", lambda s: review.unassign(s, a.id, with_scores=True), "ok")

    @precondition(lambda self: self.census()["items"])
    @rule(data=st.data(), note=WORDS)
    def declare_conflict(self, data, note: str) -> None:
        reviewer = self.pick(data, select(Reviewer).order_by(Reviewer.created_at), "conflicted reviewer")
        app = self.pick(data, select(Application).where(Application.status == "under_review").order_by(Application.reference),
                        "application of the conflict")
        if reviewer is not None and app is not None:
            self.act("declare conflict", lambda s: review.declare_conflict(s, self.round_id, app.id, reviewer.id, note))

    @rule(data=st.data())
    def remove_conflict(self, data) -> None:
        c = self.pick(data, select(ConflictOfInterest).where(ConflictOfInterest.round_id == self.round_id,
                                                             ConflictOfInterest.kind == "declared")
                      .order_by(ConflictOfInterest.created_at), "conflict to withdraw")
        if c is not None:
            self.act("remove conflict", lambda s: review.remove_declared_conflict(s, c.id), "ok")


def test_random_service_calls_leave_an_audit_trail_that_replays_to_the_tables(template_db):
    AuditMachine.template = template_db
    run_state_machine_as_test(AuditMachine, settings=settings(
        max_examples=15, stateful_step_count=40, deadline=None, suppress_health_check=[HealthCheck.too_slow]))


# --- the check itself ------------------------------------------------------------------------------


def test_a_change_that_escaped_the_audit_trail_is_found(template_db, tmp_path):
    db = open_copy(template_db, tmp_path / "data")
    try:
        with db.read() as s:
            since = audit_replay.baseline(s)
        with db.action() as s:
            catalogue.create_batch(s, 3, mission_codes=["CE-5"])
            sample = catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000, batch_number=3))
        with db.read() as s:
            assert audit_replay.check_replay(s, since).ok
        with db.action() as s:  # behind the services' back: no audit row
            s.execute(text("UPDATE sample SET location = 'vault Z' WHERE id = :id"), {"id": sample.id.hex})
            s.execute(text("DELETE FROM release_batch_mission"))
        with db.read() as s:
            report = audit_replay.check_replay(s, since)
        assert not report.ok
        assert any("location is 'vault Z', history says ''" in d for d in report.differences), report.differences
        assert any(d.startswith("release_batch_mission") and "not in the table" in d for d in report.differences)
        with db.action() as s:  # a row inserted behind the services' back has no history at all
            now = utcnow()
            s.execute(insert(CalendarDay.__table__).values(
                id=new_id(), created_at=now, updated_at=now, origin="", day=date(2031, 5, 2), kind="holiday", note="x"))
        with db.read() as s:
            assert audit_replay.check_replay(s, since).unaudited == {"calendar_day": 1}
    finally:
        db.dispose()


def test_rows_without_any_history_are_reported_apart(template_db, tmp_path):
    """Missions seeded by a migration have no history; a full replay lists them as unaudited, not as wrong."""
    db = open_copy(template_db, tmp_path / "data")
    try:
        with db.read() as s:
            report = audit_replay.check_replay(s)
            missions = len(catalogue.missions(s))
        assert report.ok, report.differences
        assert report.unaudited == {"mission": missions} and missions >= 2
        assert report.rows["officer"] >= 1 and report.entries >= 1
    finally:
        db.dispose()


def test_a_sample_changed_twice_in_one_action_replays_to_its_last_values(template_db, tmp_path):
    db = open_copy(template_db, tmp_path / "data")
    try:
        with db.read() as s:
            since = audit_replay.baseline(s)
        with db.action() as s:
            catalogue.create_batch(s, 3, mission_codes=["CE-5"])
            sample = catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000, batch_number=3))
            catalogue.record_consumption(s, sample.id, consumed_ug=1_000)
            catalogue.record_consumption(s, sample.id, lost_ug=99_000)
        with db.read() as s:
            report = audit_replay.check_replay(s, since)
            assert s.get(Sample, sample.id).status == "consumed"
        assert report.ok, report.differences
    finally:
        db.dispose()
