"""Applications an officer relies on: references numbered per year and kind,
one principal investigator, requests that never exceed what a sample holds,
a pre-check that says what is missing, and a workflow that allows exactly
the documented steps, demands a reason on the way back and writes nothing
when it refuses."""

from __future__ import annotations

import dataclasses
import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from lunar_desk.db.models import (
    Application,
    ApplicationMethod,
    ApplicationStatus,
    ApplicationStatusChange,
    Attachment,
    AuditLog,
    RequestedItem,
    Sample,
    TeamMember,
)
from lunar_desk.errors import NotFoundError, UserError, ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import attachments as att_service
from lunar_desk.services import catalogue, reference
from lunar_desk.services.applications import ApplicationFilter, ItemData, MethodData
from lunar_desk.services.catalogue import SampleData

TODAY = date(2026, 11, 25)
S = ApplicationStatus
ALL = [s.value for s in S]

TABLES = (Application, TeamMember, ApplicationMethod, RequestedItem, Attachment, ApplicationStatusChange, AuditLog)


def counts(db) -> dict[str, int]:
    with db.read() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


@dataclass
class Env:
    state: object
    other_state: object
    inst: object
    other_inst: object
    pi: object
    co: object
    student: object
    outsider: object
    sample: object  # 100 mg powder, CE-5, batch 12
    chip: object  # 3 rock chips
    files: Path


@pytest.fixture
def env(db, tmp_path) -> Env:
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        thai = reference.add_member_state(s, "Thailand", name_zh="泰国", iso3="THA")
        isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id, name_local="سازمان فضایی ایران", city="Tehran")
        gistda = reference.add_institution(s, "GISTDA", member_state_id=thai.id, name_local="สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ")
        pi = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", email="rezaei@example.org", institution_id=isa.id)
        co = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", email="hosseini@example.org", institution_id=isa.id)
        student = reference.add_person(s, "Somchai Wongsakul", name_native="สมชาย วงศ์สกุล", email="somchai@example.org", institution_id=gistda.id)
        outsider = reference.add_person(s, "Batbayar Gantulga", name_native="Батбаяр Гантулга")
        catalogue.create_batch(s, 12, mission_codes=["CE-5", "CE-6"])
        catalogue.create_batch(s, 11, mission_codes=["CE-5"])
        sample = catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000, batch_number=12))
        chip = catalogue.create_sample(
            s, SampleData("CE5C0400YJYX00007", "CE-5", 90_000, batch_number=12, preparation="rock_chip", pieces=3,
                          use_class="public_benefit")
        )
    files = tmp_path / "incoming"
    files.mkdir()
    return Env(iran.id, thai.id, isa.id, gistda.id, pi.id, co.id, student.id, outsider.id, sample.id, chip.id, files)


def cv_file(env: Env, name: str) -> Path:
    path = env.files / f"CV {name}.txt"
    path.write_text(f"Curriculum vitae of {name}\n", encoding="utf-8")
    return path


def package(env: Env) -> Path:
    path = env.files / "package.zip"
    path.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    return path


RESEARCH_FIELDS = dict(
    title="Space weathering of Chang'e-5 agglutinates by TEM",
    objectives="Measure amorphous rim thickness.",
    background="Agglutinates record exposure.",
    expected_results="A paper and a dataset.",
    schedule="12 months.",
    lab_facilities="Clean room, TEM.",
    sample_security="Locked safe, access log.",
    prior_work="Apollo soils.",
)
PUBLIC_FIELDS = dict(
    title="Lunar sample exhibition at the Bangkok science museum",
    activity="Three-month exhibition.",
    venue="National Science Museum, Bangkok",
    activity_start=date(2027, 3, 1),
    activity_end=date(2027, 5, 31),
    audience_size=60000,
    display_arrangements="Sealed nitrogen case.",
    sample_security="Alarmed case, vault at night.",
)


def make_app(db, env: Env, kind: str = "research", *, complete: bool = True, today: date = TODAY) -> object:
    """A draft; when ``complete`` it passes the pre-check."""
    with db.action() as s:
        app = apps.create_application(s, kind, batch_number=12, institution_id=env.inst, today=today)
        if not complete:
            return app.id
        f = apps.application_fields(s, app.id)
        for key, value in (RESEARCH_FIELDS if kind == "research" else PUBLIC_FIELDS).items():
            setattr(f, key, value)
        apps.update_application(s, app.id, f)
        apps.add_team_member(s, app.id, env.pi, "pi")
        apps.add_team_member(s, app.id, env.co, "co_investigator")
        if kind == "research":
            apps.add_method(s, app.id, MethodData("TEM", "Titan G2", destructive=True, justification="FIB lamellae."))
            apps.add_requested_item(s, app.id, ItemData(sample_id=env.sample, mass_ug=25_000, justification="Agglutinates."))
        else:
            apps.add_requested_item(s, app.id, ItemData(sample_id=env.chip, pieces=1, justification="Centrepiece."))
        store = db.paths.attachments_dir
        apps.attach_file(s, store, app.id, cv_file(env, "Rezaei"), kind="cv", person_id=env.pi)
        apps.attach_file(s, store, app.id, cv_file(env, "Hosseini"), kind="cv", person_id=env.co)
        return app.id


# Shortest way from a new draft to each status.
PATHS = {
    "draft": [],
    "submitted": ["submitted"],
    "returned": ["submitted", "returned"],
    "resubmitted": ["submitted", "returned", "resubmitted"],
    "forwarded": ["submitted", "forwarded"],
    "under_review": ["submitted", "forwarded", "under_review"],
    "approved": ["submitted", "forwarded", "under_review", "approved"],
    "partially_approved": ["submitted", "forwarded", "under_review", "partially_approved"],
    "rejected": ["submitted", "forwarded", "under_review", "rejected"],
    "withdrawn": ["withdrawn"],
}


def step(db, env, app_id, to, reason="Because the officer says so.", **kw):
    with db.action() as s:
        return apps.change_status(
            s, app_id, to, reason=reason, today=TODAY, package=kw.pop("package", package(env)),
            attachments_dir=db.paths.attachments_dir, **kw,
        )


def app_in(db, env, status: str, kind: str = "research"):
    app_id = make_app(db, env, kind)
    for to in PATHS[status]:
        step(db, env, app_id, to)
    with db.read() as s:
        assert apps.get_application(s, app_id).status == status
    return app_id


def status_of(db, app_id) -> str:
    with db.read() as s:
        return apps.get_application(s, app_id).status


# --- the transition table ------------------------------------------------------------

EXPECTED_PAIRS = {
    ("draft", "submitted"), ("submitted", "returned"), ("resubmitted", "returned"), ("returned", "resubmitted"),
    ("submitted", "forwarded"), ("resubmitted", "forwarded"), ("forwarded", "submitted"),
    ("forwarded", "under_review"), ("under_review", "approved"), ("under_review", "partially_approved"),
    ("under_review", "rejected"),
} | {(s, "withdrawn") for s in ("draft", "submitted", "returned", "resubmitted", "forwarded", "under_review")}
REASON_PAIRS = {("submitted", "returned"), ("resubmitted", "returned"), ("forwarded", "submitted"), ("under_review", "rejected")} | {
    p for p in EXPECTED_PAIRS if p[1] == "withdrawn"
}
TRANSITION_IDS = [f"{t.from_status}->{t.to_status}" for t in apps.TRANSITIONS]
REFUSED_PAIRS = [(a, b) for a, b in itertools.product(ALL, ALL) if (a, b) not in EXPECTED_PAIRS]


def test_table_is_the_documented_workflow():
    pairs = [(t.from_status, t.to_status) for t in apps.TRANSITIONS]
    assert len(pairs) == len(set(pairs))
    assert set(pairs) == EXPECTED_PAIRS
    assert {(t.from_status, t.to_status) for t in apps.TRANSITIONS if t.needs_reason} == REASON_PAIRS
    assert all(t.needs_reason for t in apps.TRANSITIONS if t.backward)
    assert {(t.from_status, t.to_status) for t in apps.TRANSITIONS if t.needs_precheck} == {
        ("submitted", "forwarded"), ("resubmitted", "forwarded")}
    assert all(t.label for t in apps.TRANSITIONS)


def test_allowed_actions_for_the_ui():
    assert [t.label for t in apps.allowed_actions("draft")] == ["Submit to Secretariat", "Withdraw application"]
    labels = [t.label for t in apps.allowed_actions("submitted")]
    assert "Return for fixes" in labels and "Forward to CLEP" in labels
    assert [t.needs_reason for t in apps.allowed_actions("submitted") if t.label == "Return for fixes"] == [True]
    for closed in ("approved", "partially_approved", "rejected", "withdrawn"):
        assert apps.allowed_actions(closed) == []


@pytest.mark.parametrize("t", apps.TRANSITIONS, ids=TRANSITION_IDS)
def test_every_allowed_transition(db, env, t):
    app_id = app_in(db, env, t.from_status)
    with db.read() as s:
        assert t in apps.allowed_actions(apps.get_application(s, app_id))
        before = len(apps.history(s, app_id))
    reason = "The committee asked for it." if t.needs_reason else ""
    step(db, env, app_id, t.to_status, reason=reason)
    with db.read() as s:
        app = apps.get_application(s, app_id)
        assert app.status == t.to_status
        hist = apps.history(s, app_id)
        assert len(hist) == before + 1
        last = hist[-1]
        assert (last.from_status, last.to_status, last.officer_name) == (t.from_status, t.to_status, "test-officer")
        if t.needs_reason:
            assert last.reason.startswith("The committee asked for it.")
        if t.to_status == "forwarded":
            assert app.forwarded_on == TODAY and "SHA-256" in last.reason and "package.zip" in last.reason
        if t.to_status in ("approved", "partially_approved", "rejected"):
            assert app.decided_on == TODAY
        else:
            assert app.decided_on is None
        if t.to_status == "submitted":
            assert app.submitted_on == TODAY


@pytest.mark.parametrize("pair", REFUSED_PAIRS, ids=[f"{a}->{b}" for a, b in REFUSED_PAIRS])
def test_every_other_status_pair_is_refused_and_nothing_written(db, env, pair):
    frm, to = pair
    app_id = app_in(db, env, frm)
    before = counts(db)
    with pytest.raises(ValidationError) as exc:
        step(db, env, app_id, to)
    assert exc.value.field == "status"
    assert "cannot be" in exc.value.message or "already" in exc.value.message
    assert status_of(db, app_id) == frm
    assert counts(db) == before


def test_refusal_says_why_in_the_officers_words(db, env):
    app_id = make_app(db, env)
    with pytest.raises(ValidationError, match="A draft cannot be forwarded to CLEP: it must be submitted and pass the pre-check first"):
        step(db, env, app_id, "forwarded")
    with pytest.raises(ValidationError, match="Possible next steps: submit to secretariat, withdraw application"):
        step(db, env, app_id, "approved")
    with pytest.raises(ValidationError, match="not an application status"):
        step(db, env, app_id, "archived")


@pytest.mark.parametrize("t", [t for t in apps.TRANSITIONS if t.needs_reason], ids=lambda t: f"{t.from_status}->{t.to_status}")
@pytest.mark.parametrize("reason", ["", "   \n"])
def test_reason_required(db, env, t, reason):
    app_id = app_in(db, env, t.from_status)
    before = counts(db)
    with pytest.raises(ValidationError, match="Say why") as exc:
        step(db, env, app_id, t.to_status, reason=reason)
    assert exc.value.field == "reason"
    assert status_of(db, app_id) == t.from_status
    assert counts(db) == before


def test_every_backward_step_needs_a_reason():
    backward = [t for t in apps.TRANSITIONS if t.backward]
    assert {(t.from_status, t.to_status) for t in backward} == {
        ("submitted", "returned"), ("resubmitted", "returned"), ("forwarded", "submitted")}
    assert all(t.needs_reason for t in backward)


@pytest.mark.parametrize("problem", ["none", "missing", "empty", "directory"])
def test_forwarding_needs_the_package(db, env, tmp_path, problem):
    app_id = app_in(db, env, "submitted")
    pkg = {"none": None, "missing": tmp_path / "nope.zip", "empty": tmp_path / "empty.zip", "directory": tmp_path}[problem]
    if problem == "empty":
        pkg.write_bytes(b"")
    before = counts(db)
    with pytest.raises(ValidationError, match="package") as exc:
        step(db, env, app_id, "forwarded", package=pkg)
    assert exc.value.field == "package"
    assert status_of(db, app_id) == "submitted" and counts(db) == before


def test_forwarding_refused_lists_the_failing_precheck_items(db, env):
    app_id = app_in(db, env, "resubmitted")
    with db.action() as s:
        for a in apps.application_attachments(s, app_id):
            if a.person_id == env.co:
                apps.detach_file(s, a.id)
        f = apps.application_fields(s, app_id)
        f.schedule = ""
        apps.update_application(s, app_id, f)
    before = counts(db)
    with pytest.raises(ValidationError) as exc:
        step(db, env, app_id, "forwarded")
    message = exc.value.message
    assert "cannot be forwarded to CLEP until the pre-check passes" in message
    assert "CV missing for: Zahra Hosseini" in message and "schedule is not given" in message
    assert "Research title" not in message  # only what fails
    assert status_of(db, app_id) == "resubmitted" and counts(db) == before


def test_sent_back_by_clep_can_be_fixed_and_forwarded_again(db, env):
    app_id = app_in(db, env, "forwarded")
    step(db, env, app_id, "submitted", reason="CLEP asks for the signed security plan.")
    with db.action() as s:
        f = apps.application_fields(s, app_id)
        f.sample_security = "Locked safe; plan signed by the director."
        apps.update_application(s, app_id, f)
    step(db, env, app_id, "forwarded")
    with db.read() as s:
        assert [(c.from_status, c.to_status) for c in apps.history(s, app_id)] == [
            ("draft", "submitted"), ("submitted", "forwarded"), ("forwarded", "submitted"), ("submitted", "forwarded")]


# --- editing rules ------------------------------------------------------------------------


@pytest.mark.parametrize("status", ALL)
def test_editing_only_while_open_for_fixes(db, env, status):
    app_id = app_in(db, env, status)
    editable = status in ("draft", "returned", "submitted", "resubmitted")
    before = counts(db)
    edits = {
        "fields": lambda s: apps.update_application(s, app_id, dataclasses.replace(apps.application_fields(s, app_id), title="New")),
        "team": lambda s: apps.add_team_member(s, app_id, env.student, "student"),
        "method": lambda s: apps.add_method(s, app_id, MethodData("Raman")),
        "item": lambda s: apps.add_requested_item(s, app_id, ItemData(mission_code="CE-6", preparation="powder", mass_ug=1000)),
        "file": lambda s: apps.attach_file(s, db.paths.attachments_dir, app_id, cv_file(env, "x"), kind="letter"),
    }
    for name, edit in edits.items():
        if editable:
            with db.action() as s:
                edit(s)
        else:
            with pytest.raises(ValidationError, match="can no longer be"):
                with db.action() as s:
                    edit(s)
    if not editable:
        assert counts(db) == before


def test_update_validates_every_field_and_writes_nothing(db, env):
    app_id = make_app(db, env, "public_benefit")
    before = counts(db)
    with db.action() as s:
        f = apps.application_fields(s, app_id)
    bad = dataclasses.replace(
        f, title="x" * 501, activity_start=date(2027, 5, 1), activity_end=date(2027, 4, 1), audience_size=-5, batch_number=99
    )
    with db.read() as s:
        problems = apps.field_problems(s, bad)
    assert set(problems) == {"title", "activity_end", "audience_size", "batch"}
    assert "501 characters" in problems["title"] and "Release batch 99 does not exist" in problems["batch"]
    with pytest.raises(ValidationError) as exc:
        with db.action() as s:
            apps.update_application(s, app_id, bad)
    assert exc.value.field == "title"
    assert counts(db) == before
    with db.read() as s:
        assert apps.application_fields(s, app_id) == f


def test_member_state_follows_the_institution_and_contradictions_are_refused(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        f = apps.application_fields(s, app_id)
        assert f.member_state_id == env.state
        f.institution_id, f.member_state_id = env.other_inst, None
        apps.update_application(s, app_id, f)
        assert apps.get_application(s, app_id).member_state_id == env.other_state
    with pytest.raises(ValidationError, match="GISTDA is in Thailand, not Iran"):
        with db.action() as s:
            apps.update_application(s, app_id, dataclasses.replace(f, member_state_id=env.state))


# --- reference numbers ----------------------------------------------------------------------


def test_references_are_sequential_per_year_and_kind(db, env):
    def new(kind, day):
        with db.action() as s:
            return apps.create_application(s, kind, today=day).reference

    assert new("research", TODAY) == "APSCO-R-2026-001"
    assert new("research", TODAY) == "APSCO-R-2026-002"
    assert new("public_benefit", TODAY) == "APSCO-P-2026-001"
    assert new("research", date(2027, 1, 4)) == "APSCO-R-2027-001"
    assert new("public_benefit", date(2025, 12, 31)) == "APSCO-P-2025-001"
    assert new("research", TODAY) == "APSCO-R-2026-003"


def test_reference_continues_after_the_highest_not_the_count(db, env):
    with db.action() as s:
        s.add(Application(reference="APSCO-R-2026-041", kind="research"))
        s.add(Application(reference="APSCO-R-2026-007", kind="research"))
        s.add(Application(reference="APSCO-R-2026-0x9", kind="research"))  # hand-typed oddity is ignored
    with db.action() as s:
        assert apps.create_application(s, "research", today=TODAY).reference == "APSCO-R-2026-042"


def test_create_refuses_bad_kind_and_batch(db, env):
    before = counts(db)
    with pytest.raises(ValidationError, match="not a kind of application"):
        with db.action() as s:
            apps.create_application(s, "loan", today=TODAY)
    with pytest.raises(ValidationError, match="Release batch 3 does not exist"):
        with db.action() as s:
            apps.create_application(s, "research", batch_number=3, today=TODAY)
    assert counts(db) == before


# --- team ----------------------------------------------------------------------------------


def roles(db, app_id) -> dict:
    with db.read() as s:
        return {m.person_id: m.role for m in apps.team(s, app_id)}


def pi_of(db, app_id):
    with db.read() as s:
        return apps.get_application(s, app_id).pi_person_id


def test_exactly_one_pi(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        m_pi = apps.add_team_member(s, app_id, env.pi, "pi").id
        m_co = apps.add_team_member(s, app_id, env.co, "co_investigator").id
    assert pi_of(db, app_id) == env.pi
    with db.action() as s:  # a new PI demotes the old one
        apps.add_team_member(s, app_id, env.student, "pi")
    assert roles(db, app_id) == {env.pi: "co_investigator", env.co: "co_investigator", env.student: "pi"}
    assert pi_of(db, app_id) == env.student
    with db.action() as s:  # promoting by update, too
        apps.update_team_member(s, m_co, "pi")
    assert roles(db, app_id) == {env.pi: "co_investigator", env.co: "pi", env.student: "co_investigator"}
    assert pi_of(db, app_id) == env.co
    with db.action() as s:  # demoting the PI leaves none
        apps.update_team_member(s, m_co, "member")
    assert pi_of(db, app_id) is None
    with db.action() as s:
        apps.update_team_member(s, m_pi, "pi")
    with db.action() as s:  # removing the PI leaves none
        apps.remove_team_member(s, m_pi)
    assert pi_of(db, app_id) is None and env.pi not in roles(db, app_id)


def test_member_affiliation_defaults_from_the_person(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        m = apps.add_team_member(s, app_id, env.student, "student")
        assert (m.institution_id, m.member_state_id) == (env.other_inst, env.other_state)
        lone = apps.add_team_member(s, app_id, env.outsider, "member", member_state_id=env.state)
        assert (lone.institution_id, lone.member_state_id) == (None, env.state)
        moved = apps.update_team_member(s, m.id, "student", institution_id=env.inst)
        assert (moved.institution_id, moved.member_state_id) == (env.inst, env.state)


def test_team_refusals(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        apps.add_team_member(s, app_id, env.pi, "pi")
    before = counts(db)
    with pytest.raises(ValidationError, match="already on the team"):
        with db.action() as s:
            apps.add_team_member(s, app_id, env.pi, "member")
    with pytest.raises(ValidationError, match="not a team role"):
        with db.action() as s:
            apps.add_team_member(s, app_id, env.co, "boss")
    with pytest.raises(ValidationError, match="GISTDA is in Thailand"):
        with db.action() as s:
            apps.add_team_member(s, app_id, env.student, "member", member_state_id=env.state)
    with pytest.raises(ValidationError, match="not on the team"):
        with db.action() as s:
            apps.attach_file(s, db.paths.attachments_dir, app_id, cv_file(env, "B"), kind="cv", person_id=env.outsider)
    assert counts(db) == before


# --- methods and requested items --------------------------------------------------------------


def test_methods_add_update_remove(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        m = apps.add_method(s, app_id, MethodData(" SEM ", "Zeiss Sigma"))
        m2 = apps.add_method(s, app_id, MethodData("NanoSIMS", "Cameca", destructive=True))
        assert (m.name, m.position, m2.position) == ("SEM", 1, 2)
        apps.update_method(s, m2.id, MethodData("NanoSIMS", "Cameca 50L", True, "Spots of a few µm³."))
        apps.remove_method(s, m.id)
    with db.read() as s:
        [only] = apps.methods(s, app_id)
        assert (only.name, only.instruments, only.destructive, only.justification) == ("NanoSIMS", "Cameca 50L", True, "Spots of a few µm³.")
    with pytest.raises(ValidationError, match="Name the method"):
        with db.action() as s:
            apps.add_method(s, app_id, MethodData("  "))


def test_item_over_the_held_mass_is_refused_with_the_numbers(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        catalogue.record_consumption(s, env.sample, consumed_ug=40_000)  # holds 60 mg now
    before = counts(db)
    with pytest.raises(ValidationError) as exc:
        with db.action() as s:
            apps.add_requested_item(s, app_id, ItemData(sample_id=env.sample, mass_ug=60_001, justification="x"))
    assert "CE5C0400YJFM00406 holds 60 mg" in exc.value.message and "60.001 mg" in exc.value.message
    assert exc.value.field == "mass" and counts(db) == before
    with db.action() as s:  # exactly what it holds is fine
        item = apps.add_requested_item(s, app_id, ItemData(sample_id=env.sample, mass_ug=60_000, justification="x"))
        mission = catalogue.mission_by_code(s, "CE-5")
        assert (item.mission_id, item.preparation) == (mission.id, "powder")
    with pytest.raises(ValidationError, match="holds 60 mg"):
        with db.action() as s:
            apps.update_requested_item(s, item.id, ItemData(sample_id=env.sample, mass_ug=70_000))


@pytest.mark.parametrize(
    "data, match",
    [
        (dict(mission_code="CE-5", preparation="powder", mass_ug=-1), "cannot be negative"),
        (dict(mission_code="CE-5", preparation="powder", mass_ug=0), "zero"),
        (dict(mission_code="CE-5", preparation="powder", pieces=0), "at least one"),
        (dict(mass_ug=1000), "Choose a sample from the catalogue"),
        (dict(preparation="powder", mass_ug=1000), "Give the mission"),
        (dict(mission_code="CE-5", mass_ug=1000), "Give the preparation"),
        (dict(mission_code="CE-5", preparation="dust", mass_ug=1000), "not a preparation"),
        (dict(mission_code="Apollo 11", preparation="powder", mass_ug=1000), "not a known mission"),
        (dict(sample="chip", pieces=4), "has 3 piece"),
        (dict(sample="chip", mass_ug=-5), "cannot be negative"),
    ],
)
def test_bad_items_are_refused(db, env, data, match):
    app_id = make_app(db, env, complete=False)
    data = dict(data)
    if data.pop("sample", None) == "chip":
        data["sample_id"] = env.chip
    before = counts(db)
    with pytest.raises(ValidationError, match=match):
        with db.action() as s:
            apps.add_requested_item(s, app_id, ItemData(**data))
    assert counts(db) == before


@pytest.mark.parametrize("state", ["split", "permanent"])
def test_samples_that_cannot_be_lent_are_refused(db, env, state):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        if state == "split":
            catalogue.split_sample(s, env.sample, [catalogue.SplitPart("CE5C0400YJFM00406-01", 100_000)])
        else:
            s.get(Sample, env.sample).use_class = "permanent"
    with pytest.raises(ValidationError, match="split and holds no mass" if state == "split" else "permanently stored"):
        with db.action() as s:
            apps.add_requested_item(s, app_id, ItemData(sample_id=env.sample))


def test_kind_item_and_removal(db, env):
    app_id = make_app(db, env, complete=False)
    with db.action() as s:
        item = apps.add_requested_item(s, app_id, ItemData(mission_code="ce6", preparation="powder", mass_ug=5_000,
                                                           preferred_numbers="CE6C0100YJFM00012", justification="Bulk"))
        assert item.sample_id is None and item.preparation == "powder"
        apps.remove_requested_item(s, item.id)
    with db.read() as s:
        assert apps.requested_items(s, app_id) == []
    with pytest.raises(NotFoundError):
        with db.action() as s:
            apps.remove_requested_item(s, item.id)


# --- pre-check ---------------------------------------------------------------------------------

RESEARCH_KEYS = {"title", "objectives", "expected_results", "schedule", "lab_facilities", "sample_security", "methods",
                 "institution", "member_state", "batch", "pi", "cvs", "items", "item_amounts", "item_justifications",
                 "item_availability", "destructive_justified", "attachments", "holds"}
PUBLIC_KEYS = (RESEARCH_KEYS - {"objectives", "expected_results", "schedule", "lab_facilities", "methods"}) | {
    "activity", "venue", "dates", "audience_size", "display_arrangements"}


def failing(db, app_id) -> dict[str, str]:
    with db.read() as s:
        return {c.key: c.detail for c in apps.precheck(s, app_id, db.paths.attachments_dir) if not c.ok}


@pytest.mark.parametrize("kind, keys", [("research", RESEARCH_KEYS), ("public_benefit", PUBLIC_KEYS)])
def test_complete_application_passes_every_check(db, env, kind, keys):
    app_id = make_app(db, env, kind)
    with db.read() as s:
        checks = apps.precheck(s, app_id, db.paths.attachments_dir)
    assert {c.key for c in checks} == keys
    assert all(c.ok and c.detail == "" and c.label for c in checks)


def _clear(field_name, value=""):
    def breaker(db, env, s, app_id):
        f = apps.application_fields(s, app_id)
        setattr(f, field_name, value)
        apps.update_application(s, app_id, f)
    return breaker


def _remove_all(listing, remover):
    def breaker(db, env, s, app_id):
        for row in listing(s, app_id):
            remover(s, row.id)
    return breaker


def _item(**changes):
    def breaker(db, env, s, app_id):
        [item] = apps.requested_items(s, app_id)
        data = ItemData(sample_id=item.sample_id, mass_ug=item.mass_ug, pieces=item.pieces, justification=item.justification)
        apps.update_requested_item(s, item.id, dataclasses.replace(data, **changes))
    return breaker


def _drop_cv(person_attr):
    def breaker(db, env, s, app_id):
        for a in apps.application_attachments(s, app_id):
            if a.person_id == getattr(env, person_attr):
                apps.detach_file(s, a.id)
    return breaker


def _no_pi(db, env, s, app_id):
    [m] = [m for m in apps.team(s, app_id) if m.role == "pi"]
    apps.update_team_member(s, m.id, "co_investigator")


def _two_pis(db, env, s, app_id):  # only possible behind the service's back (e.g. an old import)
    for m in apps.team(s, app_id):
        m.role = "pi"


def _unjustified_destructive(db, env, s, app_id):
    [m] = apps.methods(s, app_id)
    apps.update_method(s, m.id, MethodData(m.name, m.instruments, destructive=True, justification=""))


def _file_vanished(db, env, s, app_id):
    a = apps.application_attachments(s, app_id)[0]
    att_service.attachment_path(db.paths.attachments_dir, a).unlink()


def _file_changed(db, env, s, app_id):
    a = apps.application_attachments(s, app_id)[0]
    att_service.attachment_path(db.paths.attachments_dir, a).write_text("tampered", encoding="utf-8")


def _sample_used_up(db, env, s, app_id):
    catalogue.record_consumption(s, env.sample, consumed_ug=90_000)


def _no_institution(db, env, s, app_id):
    f = apps.application_fields(s, app_id)
    f.institution_id = None
    f.member_state_id = env.state
    apps.update_application(s, app_id, f)


def _no_place(db, env, s, app_id):
    f = apps.application_fields(s, app_id)
    f.institution_id = f.member_state_id = None
    apps.update_application(s, app_id, f)


RESEARCH_BREAKS = {
    "title": (_clear("title"), "title is empty"),
    "objectives": (_clear("objectives", "  "), "objectives"),
    "expected_results": (_clear("expected_results"), "expected results"),
    "schedule": (_clear("schedule"), "schedule"),
    "lab_facilities": (_clear("lab_facilities"), "laboratory facilities"),
    "sample_security": (_clear("sample_security"), "sample-security"),
    "methods": (_remove_all(apps.methods, apps.remove_method), "No method"),
    "institution": (_no_institution, "No applicant institution"),
    "batch": (_clear("batch_number", None), "No release batch"),
    "pi": (_no_pi, "no principal investigator"),
    "cvs": (_drop_cv("co"), "CV missing for: Zahra Hosseini."),
    "item_amounts": (_item(mass_ug=None), "No mass or piece count for item 1 (CE5C0400YJFM00406)"),
    "item_justifications": (_item(justification=" "), "No justification for item 1"),
    "item_availability": (_sample_used_up, "now holds 10 mg, 25 mg requested"),
    "destructive_justified": (_unjustified_destructive, "TEM"),
    "attachments": (_file_vanished, "missing"),
}


@pytest.mark.parametrize("key", RESEARCH_BREAKS)
def test_each_research_rule_fails_alone(db, env, key):
    app_id = make_app(db, env)
    breaker, detail = RESEARCH_BREAKS[key]
    with db.action() as s:
        breaker(db, env, s, app_id)
    problems = failing(db, app_id)
    assert set(problems) == {key}
    assert detail in problems[key]


@pytest.mark.parametrize(
    "breaker, expected",
    [
        (_no_place, {"institution", "member_state"}),
        (_remove_all(apps.requested_items, apps.remove_requested_item), {"items"}),
        (_two_pis, {"pi"}),
        (_file_changed, {"attachments"}),
        (_drop_cv("pi"), {"cvs"}),
    ],
    ids=["no_institution_or_state", "no_items", "two_pis", "file_changed", "pi_cv"],
)
def test_more_research_rules(db, env, breaker, expected):
    app_id = make_app(db, env)
    with db.action() as s:
        breaker(db, env, s, app_id)
    problems = failing(db, app_id)
    assert set(problems) == expected
    if expected == {"pi"}:
        assert "2 principal investigators" in problems["pi"]
    if expected == {"attachments"}:
        assert "changed since it was attached" in problems["attachments"]


PUBLIC_BREAKS = {
    "title": _clear("title"),
    "activity": _clear("activity"),
    "venue": _clear("venue"),
    "dates": _clear("activity_end", None),
    "audience_size": _clear("audience_size", None),
    "display_arrangements": _clear("display_arrangements"),
    "sample_security": _clear("sample_security"),
    "cvs": _drop_cv("pi"),
    "item_amounts": _item(pieces=None),
}


@pytest.mark.parametrize("key", PUBLIC_BREAKS)
def test_each_public_benefit_rule_fails_alone(db, env, key):
    app_id = make_app(db, env, "public_benefit")
    with db.action() as s:
        PUBLIC_BREAKS[key](db, env, s, app_id)
    assert set(failing(db, app_id)) == {key}


def test_public_benefit_needs_only_the_pis_cv(db, env):
    for kind, expected in (("public_benefit", set()), ("research", {"cvs"})):
        app_id = make_app(db, env, kind)
        with db.action() as s:
            _drop_cv("co")(db, env, s, app_id)
        assert set(failing(db, app_id)) == expected


def test_empty_draft_lists_everything_missing(db, env):
    with db.action() as s:
        app_id = apps.create_application(s, "research", today=TODAY).id
    problems = failing(db, app_id)
    assert set(problems) == RESEARCH_KEYS - {"item_amounts", "item_justifications", "item_availability",
                                             "destructive_justified", "attachments", "holds"}
    assert all(problems.values())


# --- nothing written on refusal ----------------------------------------------------------------


def test_refused_actions_write_nothing(db, env):
    app_id = app_in(db, env, "forwarded")
    with db.read() as s:
        [item] = apps.requested_items(s, app_id)
        [member] = [m for m in apps.team(s, app_id) if m.role == "pi"]
    before = counts(db)
    attempts = [
        lambda s: apps.remove_team_member(s, member.id),
        lambda s: apps.update_requested_item(s, item.id, ItemData(sample_id=env.sample, mass_ug=1)),
        lambda s: apps.change_status(s, app_id, "approved", today=TODAY),
        lambda s: apps.change_status(s, app_id, "withdrawn", today=TODAY),
        lambda s: apps.change_status(s, app_id, "submitted", reason="", today=TODAY),
    ]
    for attempt in attempts:
        with pytest.raises(UserError):
            with db.action() as s:
                attempt(s)
    assert counts(db) == before
    assert status_of(db, app_id) == "forwarded"


# --- listing -------------------------------------------------------------------------------------


def test_list_filter_and_status_counts(db, env):
    a = app_in(db, env, "submitted")
    b = app_in(db, env, "returned", kind="public_benefit")
    with db.action() as s:
        c = apps.create_application(s, "research", institution_id=env.other_inst, title="Magnetism of basalt chips",
                                    batch_number=11, today=TODAY).id
    with db.read() as s:
        rows = {r.id: r for r in apps.list_applications(s, ApplicationFilter())}
        assert set(rows) == {a, b, c}
        ra = rows[a]
        assert (ra.reference, ra.kind, ra.status, ra.batch_number, ra.institution, ra.member_state, ra.pi_name,
                ra.pi_name_native, ra.items_count, ra.requested_ug) == (
            "APSCO-R-2026-001", "research", "submitted", 12, "Iranian Space Agency", "Iran", "Mohammad Rezaei",
            "محمد رضایی", 1, 25_000)
        assert (rows[c].pi_name, rows[c].items_count, rows[c].requested_ug, rows[c].member_state) == ("", 0, 0, "Thailand")

        def ids(**kw):
            return {r.id for r in apps.list_applications(s, ApplicationFilter(**kw))}

        assert ids(kind="public_benefit") == {b}
        assert ids(status="returned") == {b}
        assert ids(member_state_id=env.other_state) == {c}
        assert ids(batch_id=catalogue.batch_by_number(s, 11).id) == {c}
        assert ids(text="magnetism") == {c}
        assert ids(text="رضایی") == {a, b}
        assert ids(text="APSCO-P") == {b}
        assert ids(text="100%") == set()
        counts_all = apps.status_counts(s, ApplicationFilter(status="draft"))  # the status filter is ignored
        assert set(counts_all) == set(ALL)
        assert (counts_all["submitted"], counts_all["returned"], counts_all["draft"], counts_all["approved"]) == (1, 1, 1, 0)
        assert apps.status_counts(s, ApplicationFilter(kind="research"))["returned"] == 0
        assert sum(apps.status_counts(s, ApplicationFilter(text="Rezaei")).values()) == 2


# --- the full view ---------------------------------------------------------------------------------


def test_application_view_is_complete(db, env):
    app_id = make_app(db, env)
    with db.action() as s:
        f = apps.application_fields(s, app_id)
        for key, value in PUBLIC_FIELDS.items():
            if key != "title":
                setattr(f, key, value)
        f.notes = "Joint team with GISTDA."
        apps.update_application(s, app_id, f)
        apps.add_requested_item(s, app_id, ItemData(mission_code="CE-6", preparation="powder", mass_ug=7_500,
                                                    preferred_numbers="CE6C0100YJFM00012", justification="Far side."))
        apps.attach_file(s, db.paths.attachments_dir, app_id, cv_file(env, "letter"), kind="letter")
    for to in ("submitted", "forwarded", "under_review", "approved"):
        step(db, env, app_id, to)
    with db.read() as s:
        v = apps.application_view(s, app_id)
    for fld in dataclasses.fields(v):
        value = getattr(v, fld.name)
        assert value not in (None, "", ()), f"{fld.name} is empty"
    assert (v.reference, v.kind_label, v.status_label, v.batch_number) == ("APSCO-R-2026-001", "Research", "Approved", 12)
    assert (v.institution_local, v.member_state, v.member_state_zh) == ("سازمان فضایی ایران", "Iran", "伊朗")
    assert (v.pi.name_latin, v.pi.name_native, v.pi.country, v.pi.institution) == (
        "Mohammad Rezaei", "محمد رضایی", "Iran", "Iranian Space Agency")
    assert [(m.person.name_native, m.role_label, m.has_cv) for m in v.team] == [
        ("محمد رضایی", "Principal investigator", True), ("زهرا حسینی", "Co-investigator", True)]
    assert [(m.name, m.destructive) for m in v.methods] == [("TEM", True)]
    specific, kind_item = v.items
    assert (specific.sample_number, specific.mission, specific.preparation_label, specific.mass_ug) == (
        "CE5C0400YJFM00406", "CE-5", "Powder", 25_000)
    assert (kind_item.sample_number, kind_item.mission, kind_item.preferred_numbers) == (None, "CE-6", "CE6C0100YJFM00012")
    assert sorted((a.kind, a.person_name) for a in v.attachments) == [
        ("cv", "Mohammad Rezaei"), ("cv", "Zahra Hosseini"), ("letter", "")]
    assert [(h.from_status, h.to_status, h.officer) for h in v.history] == [
        ("draft", "submitted", "test-officer"), ("submitted", "forwarded", "test-officer"),
        ("forwarded", "under_review", "test-officer"), ("under_review", "approved", "test-officer")]
    assert (v.submitted_on, v.forwarded_on, v.decided_on) == (TODAY, TODAY, TODAY)
    with db.read() as s, pytest.raises(NotFoundError):
        apps.application_view(s, env.pi)


def test_labels_cover_every_value():
    from lunar_desk.db.models import ApplicationKind, TeamRole

    assert set(apps.STATUS_LABELS) == set(S)
    assert set(apps.KIND_LABELS) == set(ApplicationKind)
    assert set(apps.ROLE_LABELS) == set(TeamRole)
    assert apps.STATUS_LABELS["forwarded"] == "Forwarded to CLEP"


# --- demo data -------------------------------------------------------------------------------------


@pytest.mark.parametrize("with_files", [True, False], ids=["with_files", "without_files"])
def test_demo_fill_creates_every_status(db, with_files):
    from lunar_desk.services import demo, demo_applications

    store = db.paths.attachments_dir if with_files else None
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 400)
        made = demo_applications.fill_applications(s, today=TODAY, attachments_dir=store)
    with db.read() as s:
        by_status = apps.status_counts(s)
        assert made == sum(by_status.values()) >= 12
        assert all(n >= 1 for n in by_status.values()), by_status
        rows = apps.list_applications(s)
        assert {r.member_state for r in rows} >= {"Iran", "Thailand", "China", "Mongolia", "Pakistan"}
        natives = {r.pi_name_native for r in rows}
        assert {"محمد رضایی", "สมชาย วงศ์สกุล", "刘洋", "Батбаяр Гантулга"} <= natives
        assert any("Space weathering of Chang'e-5 agglutinates by TEM" == r.title for r in rows)
        for r in rows:
            v = apps.application_view(s, r.id)
            assert v.pi is not None and v.items
            if r.status != "draft":
                assert v.history and v.history[-1].to_status == r.status
                assert [h.at for h in v.history] == sorted(h.at for h in v.history)
            if r.kind == "research" and r.status != "draft":
                assert v.methods
        assert any(m.destructive for r in rows for m in apps.application_view(s, r.id).methods)
        assert any(i.sample_number for r in rows for i in apps.application_view(s, r.id).items)
        if with_files:
            for r in rows:
                if r.status in ("forwarded", "under_review", "approved", "partially_approved", "rejected"):
                    assert failing(db, r.id) == {}, r.reference
            assert s.scalar(select(func.count()).select_from(Attachment)) > 0
        else:
            assert s.scalar(select(func.count()).select_from(Attachment)) == 0
            files = db.paths.attachments_dir
            assert not files.exists() or not any(files.rglob("*"))


# --- in the officer's language -------------------------------------------------------------------------------


def test_precheck_details_and_refusals_are_translatable(db, env):
    """What the pre-check says is missing and why a step is refused are Msg sentences: translated as a
    whole, only the names the officer typed stay as they are."""
    from translated_render import assert_translatable

    labels = {*apps.STATUS_LABELS.values(), *(t.label for t in apps.TRANSITIONS)}
    draft = make_app(db, env, complete=False)
    with db.read() as s:
        failing = [c for c in apps.precheck(s, draft, db.paths.attachments_dir, TODAY) if not c.ok]
    assert {c.key for c in failing} >= {"title", "objectives", "methods", "pi", "cvs", "items"}
    for check in failing:
        assert_translatable(check.detail)
    for to in ("approved", "forwarded", "draft"):
        assert_translatable(apps.refusal("draft", to), labels)
    assert_translatable(apps.refusal("rejected", "submitted"), labels)  # closed: no further steps
    assert apps.refusal("draft", "approved").endswith("Possible next steps: submit to secretariat, withdraw application.")

    app_id = app_in(db, env, "resubmitted")
    with db.action() as s:
        for a in apps.application_attachments(s, app_id):
            if a.person_id == env.co:
                apps.detach_file(s, a.id)
        apps.add_method(s, app_id, MethodData("Laser ablation", "", destructive=True))
    with db.read() as s:
        checks = apps.precheck(s, app_id, db.paths.attachments_dir, TODAY)
    with pytest.raises(ValidationError) as exc:
        step(db, env, app_id, "forwarded")
    shown = assert_translatable(exc.value.message, {c.label for c in checks},
                                data=["Zahra Hosseini", "Laser ablation", "APSCO-R-2026-002"])
    assert shown.count("\n") == 2  # the two failing items, one line each
    assert "Say why these destructive methods are needed: Laser ablation." in exc.value.message
