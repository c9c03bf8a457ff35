"""Committee review as an officer relies on it: conflicts found by the rules,
assignments that never use a conflicted or inactive reviewer and spread the
load, scores within the scale and aggregated by weight, decisions that
reserve catalogue mass (and release it when changed) with the ledger
balanced, a round that closes only when everything is decided, and
refusals that say why and write nothing."""

from __future__ import annotations

import uuid
from contextlib import contextmanager
from datetime import date
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from lunar_desk.db.models import (
    Application,
    ApplicationStatusChange,
    Assignment,
    AuditLog,
    ConflictOfInterest,
    Criterion,
    ItemDecision,
    Recommendation,
    ReviewRound,
    Reviewer,
    Sample,
    SampleStatus,
    Score,
)
from lunar_desk.errors import NotFoundError, UserError, ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, reference, review
from lunar_desk.services.applications import ItemData, MethodData
from lunar_desk.services.catalogue import SampleData

TODAY = date(2026, 11, 25)
CLOSE_DAY = date(2026, 12, 10)
POWDER = "CE5C0400YJFM00406"  # 100 mg
CHIP = "CE5C0400YJYX00007"  # 3 pieces, 90 mg
OTHER_POWDER = "CE5C0400YJFM00511"  # 40 mg

TABLES = (ReviewRound, Criterion, Reviewer, Assignment, ConflictOfInterest, Score, Recommendation, ItemDecision,
          Sample, Application, ApplicationStatusChange, AuditLog)


def counts(db) -> dict[str, int]:
    with db.read() as s:
        return {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


@contextmanager
def refused(db, match: str, error=UserError):
    """The action inside is refused with ``match`` in its message and leaves every table as it was."""
    before = counts(db)
    with pytest.raises(error, match=match):
        with db.action() as s:
            yield s
    assert counts(db) == before


# --- the world ---------------------------------------------------------------------------------


@pytest.fixture
def env(db, tmp_path):
    """Member States, institutions, people, batch 12 with samples; no application yet."""
    e = SimpleNamespace(files=tmp_path / "incoming")
    e.files.mkdir()
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        thai = reference.add_member_state(s, "Thailand", name_zh="泰国", iso3="THA")
        china = reference.add_member_state(s, "China", name_zh="中国", iso3="CHN")
        e.iran, e.thai, e.china = iran.id, thai.id, china.id
        e.isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id, name_local="سازمان فضایی ایران").id
        e.tehran = reference.add_institution(s, "University of Tehran", member_state_id=iran.id).id
        e.gistda = reference.add_institution(s, "GISTDA", member_state_id=thai.id, name_local="สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ").id
        e.naoc = reference.add_institution(s, "NAOC", member_state_id=china.id, name_local="中国科学院国家天文台").id
        e.igcas = reference.add_institution(s, "IGCAS", member_state_id=china.id).id

        def person(latin, native, inst):
            return reference.add_person(s, latin, name_native=native, institution_id=inst, email="x@example.org").id

        e.rezaei = person("Mohammad Rezaei", "محمد رضایی", e.isa)
        e.hosseini = person("Zahra Hosseini", "زهرا حسینی", e.isa)
        e.somchai = person("Somchai Wongsakul", "สมชาย วงศ์สกุล", e.gistda)
        e.kanokwan = person("Kanokwan Srisuk", "กนกวรรณ ศรีสุข", e.gistda)
        e.liu = person("Liu Yang", "刘洋", e.igcas)
        # people who will be reviewers
        e.zhang = person("Zhang Wei", "张伟", e.naoc)
        e.ahmadi = person("Ali Ahmadi", "علی احمدی", e.isa)
        e.karimi = person("Sara Karimi", "سارا کریمی", e.tehran)
        e.chen = person("Chen Jing", "陈静", e.igcas)
        e.narumon = person("Narumon Chaiyaporn", "นฤมล ชัยพร", e.gistda)
        catalogue.create_batch(s, 12, mission_codes=["CE-5", "CE-6"])
        catalogue.create_batch(s, 13, mission_codes=["CE-5"])
        e.powder = catalogue.create_sample(s, SampleData(POWDER, "CE-5", 100_000, batch_number=12)).id
        e.chip = catalogue.create_sample(
            s, SampleData(CHIP, "CE-5", 90_000, batch_number=12, preparation="rock_chip", pieces=3)).id
        e.other_powder = catalogue.create_sample(s, SampleData(OTHER_POWDER, "CE-5", 40_000, batch_number=12)).id
    return e


FIELDS = dict(
    objectives="Measure amorphous rim thickness.", background="Agglutinates record exposure.",
    expected_results="A paper.", schedule="12 months.", lab_facilities="Clean room.", sample_security="Locked safe.",
)


def forwarded_app(db, e, *, inst, pi, team=(), items=None, title="Space weathering of agglutinates by TEM",
                  method=("Transmission electron microscopy", "FEI Titan"), batch=12, under_review=False):
    """An application taken through the real workflow (pre-check, package) to forwarded (or under review)."""
    with db.action() as s:
        app = apps.create_application(s, "research", batch_number=batch, institution_id=inst, title=title, today=TODAY)
        f = apps.application_fields(s, app.id)
        for key, value in FIELDS.items():
            setattr(f, key, value)
        apps.update_application(s, app.id, f)
        members = [(pi, "pi"), *team]
        for person_id, role in members:
            apps.add_team_member(s, app.id, person_id, role)
        apps.add_method(s, app.id, MethodData(method[0], method[1], destructive=False))
        for data in items if items is not None else [ItemData(sample_id=e.powder, mass_ug=25_000, justification="Rims.")]:
            apps.add_requested_item(s, app.id, data)
        for person_id, _role in members:
            cv = e.files / f"cv-{person_id}.txt"
            cv.write_text("CV\n", encoding="utf-8")
            apps.attach_file(s, db.paths.attachments_dir, app.id, cv, kind="cv", person_id=person_id)
        apps.change_status(s, app.id, "submitted", today=TODAY)
        package = e.files / "package.zip"
        package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
        apps.change_status(s, app.id, "forwarded", today=TODAY, package=package, attachments_dir=db.paths.attachments_dir)
        if under_review:
            apps.change_status(s, app.id, "under_review", today=TODAY)
        return app.id


def make_round(db, batch=12, **kw):
    with db.action() as s:
        return review.create_round(s, batch, kw.pop("name", f"Batch {batch} committee"), kw.pop("criteria", None), **kw).id


def reviewer(db, person_id, expertise="", active=True):
    with db.action() as s:
        return review.add_reviewer(s, person_id, expertise=expertise, active=active).id


def status_of(db, app_id):
    with db.read() as s:
        return apps.get_application(s, app_id).status


def items_of(db, app_id):
    with db.read() as s:
        return [i.id for i in apps.requested_items(s, app_id)]


def ledger_ok(db):
    with db.read() as s:
        return catalogue.ledger_problems(s) == []


def held_total(db) -> int:
    with db.read() as s:
        return sum(catalogue.held_ug(x) for x in s.scalars(select(Sample)))


def reserved_samples(db) -> dict[str, int]:
    with db.read() as s:
        return {x.sample_number: x.mass_ug for x in s.scalars(select(Sample).where(Sample.status == SampleStatus.RESERVED.value))}


# --- reviewers and rounds ----------------------------------------------------------------------


def test_reviewer_takes_institution_and_country_from_the_person(db, env):
    rid = reviewer(db, env.zhang, expertise=" TEM ,space weathering; tem\nregolith")
    with db.read() as s:
        r = review.get_reviewer(s, rid)
        assert (r.institution_id, r.member_state_id, r.active) == (env.naoc, env.china, True)
        assert r.expertise == "TEM, space weathering, regolith"
        row, = review.reviewers(s)
        assert (row.name_latin, row.name_native, row.institution, row.member_state) == ("Zhang Wei", "张伟", "NAOC", "China")
    with refused(db, "already a reviewer") as s:
        review.add_reviewer(s, env.zhang)
    with db.action() as s:
        review.update_reviewer(s, rid, active=False, institution_id=env.igcas)
    with db.read() as s:
        assert review.reviewers(s, active_only=True) == []
        assert review.get_reviewer(s, rid).institution_id == env.igcas
    with db.action() as s:
        review.update_reviewer(s, rid, from_person=True, active=True)
    with db.read() as s:
        assert review.get_reviewer(s, rid).institution_id == env.naoc


def test_round_defaults_and_validation(db, env):
    rid = make_round(db)
    with db.read() as s:
        crits = review.criteria(s, rid)
        assert [(c.name, c.weight) for c in crits] == [
            ("Scientific merit", 0.4), ("Feasibility", 0.2), ("Team capability", 0.2), ("Efficient use of sample mass", 0.2)]
        rnd = review.get_round(s, rid)
        assert (rnd.scale_max, rnd.reviewers_per_application, rnd.status) == (5, 3, "open")
    with refused(db, "already has review round") as s:
        review.create_round(s, 12, "Again", None)
    for crits, match in (([("Merit", 0)], "greater than zero"), ([("Merit", -1)], "greater than zero"),
                         ([("Merit", 1), ("merit", 1)], "listed twice"), ([("", 1)], "no name")):
        with refused(db, match) as s:
            review.create_round(s, 13, "Batch 13", crits)
    with refused(db, "does not exist") as s:
        review.create_round(s, 99, "Nope", None)
    with refused(db, "from 2 to") as s:
        review.create_round(s, 13, "Batch 13", None, scale_max=1)
    with refused(db, "ends") as s:
        review.create_round(s, 13, "Batch 13", None, meeting_start=date(2027, 1, 10), meeting_end=date(2027, 1, 9))


def test_round_applications_and_start_review(db, env):
    forwarded = forwarded_app(db, env, inst=env.isa, pi=env.rezaei)
    reviewing = forwarded_app(db, env, inst=env.gistda, pi=env.somchai, under_review=True)
    other_batch = forwarded_app(db, env, inst=env.isa, pi=env.hosseini, batch=13)
    with db.action() as s:
        draft = apps.create_application(s, "research", batch_number=12, institution_id=env.isa, today=TODAY).id
    rid = make_round(db)
    with db.read() as s:
        assert {a.id for a in review.round_applications(s, rid)} == {forwarded, reviewing}
    with db.action() as s:
        moved = review.start_review(s, rid, today=TODAY)
        assert [a.id for a in moved] == [forwarded]
    assert status_of(db, forwarded) == "under_review"
    assert status_of(db, other_batch) == "forwarded" and status_of(db, draft) == "draft"


# --- conflicts ------------------------------------------------------------------------------------


def detected(db, rid) -> set[tuple[uuid.UUID, uuid.UUID, str]]:
    with db.action() as s:
        return {(c.application_id, c.reviewer_id, c.kind) for c in review.detect_conflicts(s, rid)}


def test_team_member_conflict(db, env):
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei, team=[(env.chen, "co_investigator")])
    b = forwarded_app(db, env, inst=env.gistda, pi=env.somchai)
    chen = reviewer(db, env.chen)
    pi_reviewer = reviewer(db, env.rezaei)
    rid = make_round(db)
    found = detected(db, rid)
    assert (a, chen, "team_member") in found and (a, pi_reviewer, "team_member") in found
    assert not any(x[0] == b for x in found if x[1] == chen)
    with db.read() as s:
        reasons = review.conflict_reasons(s, rid, a, pi_reviewer)
    assert any("principal investigator" in r for r in reasons)


def test_same_institution_as_applicant_or_any_team_member(db, env):
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei)
    b = forwarded_app(db, env, inst=env.gistda, pi=env.somchai, team=[(env.liu, "member")])  # Liu is at IGCAS
    c = forwarded_app(db, env, inst=env.naoc, pi=env.zhang)
    ahmadi = reviewer(db, env.ahmadi)  # ISA
    chen = reviewer(db, env.chen)  # IGCAS
    rid = make_round(db)
    found = detected(db, rid)
    assert (a, ahmadi, "same_institution") in found
    assert (b, chen, "same_institution") in found
    assert not {x for x in found if x[0] == c}
    with db.read() as s:
        assert review.is_conflicted(s, rid, b, chen)
        assert not review.is_conflicted(s, rid, c, chen)
        note = next(x.note for x in review.conflicts(s, rid) if (x.application_id, x.reviewer_id) == (b, chen))
    assert "IGCAS" in note and "Liu Yang" in note


def test_same_country_only_when_the_round_says_so(db, env):
    a12 = forwarded_app(db, env, inst=env.isa, pi=env.rezaei)
    a13 = forwarded_app(db, env, inst=env.isa, pi=env.hosseini, batch=13)
    karimi = reviewer(db, env.karimi)  # University of Tehran: same country, other institution
    plain = make_round(db, 12)
    strict = make_round(db, 13, same_country_conflict=True)
    assert detected(db, plain) == set()
    assert detected(db, strict) == {(a13, karimi, "same_country")}
    with db.read() as s:
        assert not review.is_conflicted(s, plain, a12, karimi)
        assert any("Iran" in r for r in review.conflict_reasons(s, strict, a13, karimi))


def test_co_applicant_conflict(db, env):
    # Kanokwan applies with Liu on B; Liu is also on A: Kanokwan would judge her co-applicant's other application.
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei, team=[(env.liu, "co_investigator")])
    b = forwarded_app(db, env, inst=env.igcas, pi=env.liu, team=[(env.kanokwan, "member")])
    c = forwarded_app(db, env, inst=env.naoc, pi=env.zhang)
    kanokwan = reviewer(db, env.kanokwan)
    rid = make_round(db)
    found = {x for x in detected(db, rid) if x[1] == kanokwan}
    assert (a, kanokwan, "co_applicant") in found
    assert (b, kanokwan, "team_member") in found
    assert not any(x[0] == c for x in found)
    with db.read() as s:
        note = next(x.note for x in review.conflicts(s, rid) if x.kind == "co_applicant")
    assert "Liu Yang" in note


def test_detection_is_idempotent_and_follows_the_records(db, env):
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei)
    ahmadi = reviewer(db, env.ahmadi)
    rid = make_round(db)
    first = detected(db, rid)
    before = counts(db)
    assert detected(db, rid) == first  # a second run writes nothing
    assert counts(db) == before
    with db.action() as s:
        review.update_reviewer(s, ahmadi, institution_id=env.naoc)  # moved to Beijing
    assert (a, ahmadi, "same_institution") not in detected(db, rid)


def test_declared_conflict(db, env):
    a = forwarded_app(db, env, inst=env.gistda, pi=env.somchai)
    zhang = reviewer(db, env.zhang)
    rid = make_round(db)
    with refused(db, "Say what the conflict") as s:
        review.declare_conflict(s, rid, a, zhang, "  ")
    with db.action() as s:
        review.declare_conflict(s, rid, a, zhang, "Supervised the PI's doctorate.")
    with db.read() as s:
        assert review.conflict_reasons(s, rid, a, zhang) == ["declared: Supervised the PI's doctorate."]
    detected(db, rid)  # detection leaves declared conflicts alone
    with db.read() as s:
        assert review.is_conflicted(s, rid, a, zhang)
    with refused(db, "conflict of interest") as s:
        review.assign(s, rid, a, zhang)
    other = reviewer(db, env.narumon)  # GISTDA: conflicted anyway, so use another app
    b = forwarded_app(db, env, inst=env.naoc, pi=env.liu)
    with db.action() as s:
        review.assign(s, rid, b, other)
    with refused(db, "unassign them") as s:
        review.declare_conflict(s, rid, b, other, "Friends.")


# --- assignments -----------------------------------------------------------------------------------


def test_manual_assignment_refusals_say_why_and_write_nothing(db, env):
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei)
    ahmadi = reviewer(db, env.ahmadi)
    sleepy = reviewer(db, env.karimi, active=False)
    zhang = reviewer(db, env.zhang)
    rid = make_round(db)
    with refused(db, r"Ali Ahmadi cannot review APSCO-R-2026-001: conflict of interest \(same institution") as s:
        review.assign(s, rid, a, ahmadi)
    with refused(db, "not an active reviewer") as s:
        review.assign(s, rid, a, sleepy)
    with db.action() as s:
        assignment = review.assign(s, rid, a, zhang).id
    with refused(db, "already assigned") as s:
        review.assign(s, rid, a, zhang)
    other = forwarded_app(db, env, inst=env.isa, pi=env.hosseini, batch=13)
    with refused(db, "not in review round") as s:
        review.assign(s, rid, other, zhang)
    with db.action() as s:
        crit = review.criteria(s, rid)[0].id
        review.set_score(s, assignment, crit, 4)
    with refused(db, "score") as s:
        review.unassign(s, assignment)
    with db.action() as s:
        review.unassign(s, assignment, with_scores=True)
    with db.read() as s:
        assert review.assignments(s, rid) == [] and s.scalar(select(func.count()).select_from(Score)) == 0


def test_auto_assign_prefers_matching_expertise_then_name_and_keeps_existing(db, env):
    a = forwarded_app(db, env, inst=env.gistda, pi=env.somchai, title="Space weathering of agglutinates",
                      method=("Transmission electron microscopy", "FEI Titan G2"))
    b = forwarded_app(db, env, inst=env.gistda, pi=env.kanokwan, title="Noble-gas exposure ages",
                      method=("Noble-gas mass spectrometry", "Helix MC"))
    # Equal loads: the keyword match decides before the name ("Ali Ahmadi" sorts before "Sara Karimi").
    karimi = reviewer(db, env.karimi, expertise="space weathering, Titan")
    ahmadi = reviewer(db, env.ahmadi, expertise="noble-gas, exposure ages")
    rid = make_round(db, reviewers_per_application=1)
    with db.action() as s:
        result = review.auto_assign(s, rid)
    assert sorted(result.assigned) == sorted([(a, karimi), (b, ahmadi)])
    assert result.uncovered == []
    with db.action() as s:
        again = review.auto_assign(s, rid)
    assert again.assigned == [] and again.uncovered == []
    with db.action() as s:
        more = review.auto_assign(s, rid, per_application=2)
    assert sorted(more.assigned) == sorted([(a, ahmadi), (b, karimi)])


def test_auto_assign_explains_what_it_could_not_cover(db, env):
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei, team=[(env.chen, "co_investigator")])
    reviewer(db, env.ahmadi)  # same institution
    reviewer(db, env.chen)  # team member
    reviewer(db, env.zhang)
    reviewer(db, env.narumon)
    reviewer(db, env.karimi, active=False)
    rid = make_round(db)
    with db.action() as s:
        result = review.auto_assign(s, rid)
    assert len(result.assigned) == 2
    (ref, why), = result.uncovered
    assert ref == "APSCO-R-2026-001"
    assert why.startswith("APSCO-R-2026-001: only 2 of 3 reviewers — 2 are conflicted (")
    assert "same institution: Ali Ahmadi" in why and "team member: Chen Jing" in why and "1 is inactive" in why


def _oracle_eligible(rev_inst, rev_active, app_inst, declared):
    return {
        a: {r for r in range(len(rev_inst)) if rev_active[r] and rev_inst[r] != app_inst[a] and (a, r) not in declared}
        for a in range(len(app_inst))
    }


world = st.integers(min_value=1, max_value=7).flatmap(lambda nr: st.integers(min_value=1, max_value=5).flatmap(
    lambda na: st.fixed_dictionaries(dict(
        rev_inst=st.lists(st.integers(0, 2), min_size=nr, max_size=nr),
        rev_active=st.lists(st.booleans(), min_size=nr, max_size=nr).map(lambda xs: [x or i % 3 == 0 for i, x in enumerate(xs)]),
        app_inst=st.lists(st.integers(0, 2), min_size=na, max_size=na),
        declared=st.sets(st.tuples(st.integers(0, na - 1), st.integers(0, nr - 1)), max_size=4),
        per_app=st.integers(1, 4),
    ))))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(w=world)
def test_auto_assign_properties(db, env, w):
    """Random reviewers, applications and conflicts: never a conflicted or inactive reviewer, each
    application covered by min(N, eligible), every shortfall explained, no avoidable imbalance."""
    insts = [env.isa, env.gistda, env.naoc]
    batch = 100 + uuid.uuid4().int % 10**8
    with db.action() as s:
        for r in s.scalars(select(Reviewer)):  # reviewers of earlier examples retire
            r.active = False
        catalogue.create_batch(s, batch)
        b = catalogue.batch_by_number(s, batch)
        rev_ids = []
        for i, inst in enumerate(w["rev_inst"]):
            p = reference.add_person(s, f"Reviewer {batch} {i}", institution_id=insts[inst])
            rev_ids.append(review.add_reviewer(s, p.id, active=w["rev_active"][i]).id)
        app_ids = []
        for i, inst in enumerate(w["app_inst"]):
            # A forwarded application as the workflow leaves it (set up directly: only status, batch and institution matter here).
            app = Application(reference=f"T-{batch}-{i:02d}", status="forwarded", batch_id=b.id, institution_id=insts[inst])
            s.add(app)
            app_ids.append(app)
        s.flush()
        app_ids = [x.id for x in app_ids]
        rnd = review.create_round(s, batch, f"Round {batch}", None, reviewers_per_application=w["per_app"])
        for a, r in w["declared"]:
            review.declare_conflict(s, rnd.id, app_ids[a], rev_ids[r], "Declared in the test.")
        rid = rnd.id
    with db.action() as s:
        result = review.auto_assign(s, rid)
    eligible = _oracle_eligible(w["rev_inst"], w["rev_active"], w["app_inst"], w["declared"])
    index = {r: i for i, r in enumerate(rev_ids)}
    with db.read() as s:
        pairs = {(app_ids.index(x.application_id), index[x.reviewer_id]) for x in review.assignments(s, rid)}
    n = w["per_app"]
    load = {r: sum(1 for _, x in pairs if x == r) for r in eligible_any(eligible)}
    for a, r in pairs:
        assert r in eligible[a], "a conflicted or inactive reviewer was assigned"
    uncovered = dict(result.uncovered)
    for a in range(len(app_ids)):
        mine = {r for x, r in pairs if x == a}
        assert len(mine) == min(n, len(eligible[a]))
        ref = f"T-{batch}-{a:02d}"
        if len(eligible[a]) < n:
            assert uncovered[ref].startswith(f"{ref}: only {len(mine)} of {n} reviewers — ")
        else:
            assert ref not in uncovered
        for r in mine:  # nobody who could have taken it carries two fewer
            for other in eligible[a] - mine:
                assert load[r] - load[other] <= 1
    if all(len(eligible[a]) == len([x for x in w["rev_active"] if x]) for a in eligible):  # no conflicts at all
        active_loads = [load.get(r, 0) for r in range(len(rev_ids)) if w["rev_active"][r]]
        assert max(active_loads) - min(active_loads) <= 1


def eligible_any(eligible):
    return set().union(*eligible.values()) if eligible else set()


@settings(max_examples=300, deadline=None)
@given(
    n_apps=st.integers(1, 25), n_revs=st.integers(1, 12), per_app=st.integers(1, 5), seed=st.randoms(use_true_random=False),
    density=st.floats(0, 0.6),
)
def test_plan_assignments_properties(n_apps, n_revs, per_app, seed, density):
    apps_ = list(range(n_apps))
    revs = [f"r{i}" for i in range(n_revs)]
    eligible = {a: {r for r in revs if seed.random() >= density} for a in apps_}
    existing = {a: {r for r in eligible[a] if seed.random() < 0.1} for a in apps_}
    plan = review.plan_assignments(apps_, revs, eligible, existing, per_app)
    assigned = {a: set(existing[a]) for a in apps_}
    for a, r in plan:
        assert r in eligible[a] and r not in assigned[a]
        assigned[a].add(r)
    load = {r: sum(1 for a in apps_ if r in assigned[a]) for r in revs}
    for a in apps_:
        assert len(assigned[a]) == max(len(existing[a]), min(per_app, len(eligible[a])))
    for a, r in plan:
        for other in eligible[a] - assigned[a]:
            assert load[r] - load[other] <= 1
    if density == 0 and not any(existing.values()):
        assert max(load.values()) - min(load.values()) <= 1


# --- scores and aggregation ---------------------------------------------------------------------------


def scored_round(db, env, n_apps=1, **round_kw):
    app_ids = [forwarded_app(db, env, inst=env.gistda, pi=p) for p in (env.somchai, env.kanokwan, env.narumon)[:n_apps]]
    revs = [reviewer(db, p) for p in (env.zhang, env.karimi, env.liu)]
    rid = make_round(db, **round_kw)
    with db.action() as s:
        grid = {}
        for a in app_ids:
            for r in revs:
                grid[(a, r)] = review.assign(s, rid, a, r).id
        crits = [c.id for c in review.criteria(s, rid)]
    return rid, app_ids, revs, grid, crits


@pytest.mark.parametrize("value", [0, 6, -1, 3.5, "4", True, None])
def test_score_out_of_scale_is_refused(db, env, value):
    rid, _apps, _revs, grid, crits = scored_round(db, env)
    assignment = next(iter(grid.values()))
    with refused(db, r"whole numbers from 1 to 5", ValidationError) as s:
        review.set_score(s, assignment, crits[0], value)


def test_scores_upsert_clear_and_follow_the_scale(db, env):
    rid, _apps, _revs, grid, crits = scored_round(db, env)
    assignment = next(iter(grid.values()))
    with db.action() as s:
        review.set_score(s, assignment, crits[0], 3, "Solid.")
        review.set_score(s, assignment, crits[0], 5, "Better on second reading.")
    with db.read() as s:
        (score,) = s.scalars(select(Score)).all()
        assert (score.value, score.comment) == (5, "Better on second reading.")
    with db.action() as s:
        review.clear_score(s, assignment, crits[0])
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Score)) == 0
    ten = make_round(db, 13, scale_max=10)
    with db.read() as s:
        foreign = review.criteria(s, ten)[0].id
    with refused(db, "not one of round") as s:
        review.set_score(s, assignment, foreign, 3)
    a13 = forwarded_app(db, env, inst=env.gistda, pi=env.somchai, batch=13)
    with db.action() as s:
        other = review.assign(s, ten, a13, _revs[0]).id
        assert review.set_score(s, other, foreign, 9).value == 9


def test_weighted_mean_spread_and_incomplete_reviewers(db, env):
    rid, (a,), (r1, r2, r3), grid, crits = scored_round(db, env)
    with db.action() as s:
        for c, v in zip(crits, (5, 4, 3, 2)):  # 0.4·5 + 0.2·(4+3+2) = 3.8
            review.set_score(s, grid[(a, r1)], c, v)
        for c in crits:  # 4.0
            review.set_score(s, grid[(a, r2)], c, 4)
        for c in crits[:3]:  # incomplete: does not count
            review.set_score(s, grid[(a, r3)], c, 1)
    with db.read() as s:
        summary = review.round_summary(s, rid)
        grid_view = review.score_grid(s, rid)
    row, = summary.applications
    assert row.weighted_mean == pytest.approx(3.9)
    assert row.spread == pytest.approx(0.2)
    assert (row.reviewers_assigned, row.scores_entered, row.scores_expected, row.rank) == (3, 11, 12, 1)
    weighted = {r.reviewer_name: r.weighted for r in grid_view.rows}
    assert weighted["Zhang Wei"] == pytest.approx(3.8) and weighted["Sara Karimi"] == pytest.approx(4.0)
    assert weighted["Liu Yang"] is None
    assert [c.name for c in grid_view.criteria][0] == "Scientific merit"
    assert {r.reviewer_name_native for r in grid_view.rows} == {"张伟", "سارا کریمی", "刘洋"}


def test_rank_ties_share_a_rank(db, env):
    rid, (a, b, c), revs, grid, crits = scored_round(db, env, n_apps=3, criteria=[("Merit", 2), ("Feasibility", 1)])
    values = {a: [(4, 4), (2, 2)], b: [(3, 3), (3, 3)], c: [(5, 5), (5, 5)]}  # a and b both 3.0, c 5.0
    with db.action() as s:
        for app_id, rows in values.items():
            for r, vals in zip(revs, rows):
                for crit, v in zip(crits, vals):
                    review.set_score(s, grid[(app_id, r)], crit, v)
    with db.read() as s:
        by_id = {x.application_id: x for x in review.round_summary(s, rid).applications}
    assert (by_id[c].rank, by_id[a].rank, by_id[b].rank) == (1, 2, 2)
    assert by_id[a].spread == pytest.approx(2.0) and by_id[b].spread == pytest.approx(0.0)


def test_aggregation_helpers():
    assert review.weighted_score({"m": 0.4, "f": 0.6}, {"m": 5, "f": 0}) == pytest.approx(2.0)
    assert review.weighted_score({"m": 0.4, "f": 0.6}, {"m": 5}) is None
    assert review.mean_and_spread([None, 3.0, 4.5]) == (3.75, 1.5)
    assert review.mean_and_spread([None]) == (None, None)
    assert review.competition_ranks({"a": 3.0, "b": 0.1 + 0.2 + 2.7, "c": 4.0, "d": None, "e": 1.0}) == {
        "c": 1, "a": 2, "b": 2, "e": 4, "d": None}


def test_recommendation(db, env):
    rid, (a,), *_ = scored_round(db, env)
    with refused(db, "not a recommendation") as s:
        review.set_recommendation(s, rid, a, "maybe")
    with db.action() as s:
        review.set_recommendation(s, rid, a, "approve_partly", "Half the mass suffices.")
        review.set_recommendation(s, rid, a, "approve", "On reflection, all of it.")
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Recommendation)) == 1
        assert review.round_summary(s, rid).applications[0].recommendation == "approve"


# --- decisions ----------------------------------------------------------------------------------------------


@pytest.fixture
def deciding(db, env):
    """Round 12 with two applications under review: A asks 25 mg of POWDER and one CHIP piece;
    B asks 10 mg of any CE-5 powder."""
    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei, team=[(env.hosseini, "co_investigator")], items=[
        ItemData(sample_id=env.powder, mass_ug=25_000, justification="Rims."),
        ItemData(sample_id=env.chip, pieces=1, justification="Oriented chip."),
    ])
    b = forwarded_app(db, env, inst=env.gistda, pi=env.somchai, items=[
        ItemData(mission_code="CE-5", preparation="powder", mass_ug=10_000, justification="Any mature soil."),
    ])
    rid = make_round(db, name="Batch 12 expert committee")
    with db.action() as s:
        review.start_review(s, rid, today=TODAY)
    return SimpleNamespace(rid=rid, a=a, b=b, a_items=items_of(db, a), b_items=items_of(db, b))


def decide(db, d, item, outcome, **kw):
    with db.action() as s:
        return review.decide_item(s, d.rid, item, outcome, today=kw.pop("today", TODAY), **kw)


def test_approval_reserves_the_mass_and_the_ledger_balances(db, env, deciding):
    d = deciding
    decision = decide(db, d, d.a_items[0], "approved")
    assert decision.approved_mass_ug == 25_000 and decision.sample_id == env.powder
    assert reserved_samples(db) == {f"{POWDER}-R1": 25_000}
    with db.read() as s:
        assert s.get(Sample, decision.reserved_sample_id).sample_number == f"{POWDER}-R1"
        assert catalogue.get_sample(s, env.powder).status == SampleStatus.SPLIT
    assert ledger_ok(db) and held_total(db) == 230_000


def test_reduced_and_rejected_need_their_numbers_and_reasons(db, env, deciding):
    d = deciding
    item = d.a_items[0]
    with refused(db, "cannot approve more") as s:
        review.decide_item(s, d.rid, item, "approved", approved_mass_ug=30_000, today=TODAY)
    with refused(db, "reduced approval gives less than requested") as s:
        review.decide_item(s, d.rid, item, "reduced", approved_mass_ug=25_000, today=TODAY)
    with refused(db, "reduced approval gives less") as s:
        review.decide_item(s, d.rid, item, "reduced", today=TODAY)
    with refused(db, "greater than zero") as s:
        review.decide_item(s, d.rid, item, "reduced", approved_mass_ug=0, today=TODAY)
    with refused(db, "reason for rejecting item 1 of APSCO-R-2026-001") as s:
        review.decide_item(s, d.rid, item, "rejected", reason="  ", today=TODAY)
    with refused(db, "not a decision") as s:
        review.decide_item(s, d.rid, item, "maybe", today=TODAY)
    reduced = decide(db, d, item, "reduced", approved_mass_ug=15_000, reason="15 mg suffice for the TEM work.")
    assert (reduced.outcome, reduced.approved_mass_ug) == ("reduced", 15_000)
    assert reserved_samples(db) == {f"{POWDER}-R1": 15_000}
    approved_less = decide(db, d, item, "approved", approved_mass_ug=20_000)  # the committee may approve less
    assert approved_less.approved_mass_ug == 20_000
    assert ledger_ok(db)


def test_decision_for_an_item_not_in_the_application_is_refused(db, env, deciding):
    d = deciding
    with refused(db, "not in the application APSCO-R-2026-002") as s:
        review.decide_item(s, d.rid, d.a_items[0], "approved", today=TODAY, app_id=d.b)
    with refused(db, "no longer exists", NotFoundError) as s:
        review.decide_item(s, d.rid, uuid.uuid4(), "approved", today=TODAY)
    elsewhere = forwarded_app(db, env, inst=env.isa, pi=env.hosseini, batch=13)
    with refused(db, "not in review round") as s:
        review.decide_item(s, d.rid, items_of(db, elsewhere)[0], "approved", today=TODAY)
    waiting = forwarded_app(db, env, inst=env.naoc, pi=env.zhang)  # forwarded after the review started
    with refused(db, "while an application is under committee review") as s:
        review.decide_item(s, d.rid, items_of(db, waiting)[0], "approved", today=TODAY)


def test_approval_beyond_the_available_mass_is_refused_with_the_numbers(db, env, deciding):
    d = deciding
    big = forwarded_app(db, env, inst=env.naoc, pi=env.zhang, items=[ItemData(sample_id=env.powder, mass_ug=80_000,
                                                                             justification="Bulk.")])
    with db.action() as s:
        review.start_review(s, d.rid, today=TODAY)
    decide(db, d, items_of(db, big)[0], "approved")  # 80 of the 100 mg
    with refused(db, r"CE5C0400YJFM00406 holds 20 mg available, 80 mg more is reserved for other approvals; "
                     r"25 mg cannot be approved for item 1 of APSCO-R-2026-001 \(5 mg more than it holds\)") as s:
        review.decide_item(s, d.rid, d.a_items[0], "approved", today=TODAY)
    decide(db, d, d.a_items[0], "reduced", approved_mass_ug=20_000, reason="What is left.")
    assert sorted(reserved_samples(db).values()) == [20_000, 80_000]
    assert ledger_ok(db)


def test_changing_a_decision_releases_the_previous_reservation(db, env, deciding):
    d = deciding
    item = d.a_items[0]
    decide(db, d, item, "approved")
    decide(db, d, item, "reduced", approved_mass_ug=10_000, reason="Fewer grains suffice.")
    assert reserved_samples(db) == {f"{POWDER}-R1-R1": 10_000}
    with db.read() as s:
        assert catalogue.find_sample(s, f"{POWDER}-R1").status == SampleStatus.SPLIT
        assert catalogue.find_sample(s, f"{POWDER}-R1-1").status == SampleStatus.AVAILABLE
    assert ledger_ok(db) and held_total(db) == 230_000
    decide(db, d, item, "approved")  # back to 25 mg: nothing of 25 mg is free in one part but the 75 mg remainder
    assert sum(reserved_samples(db).values()) == 25_000 and ledger_ok(db)
    decide(db, d, item, "rejected", reason="Not enough grains of the right size.")
    assert reserved_samples(db) == {}
    with db.read() as s:
        decision = s.scalars(select(ItemDecision)).one()
        assert (decision.reserved_sample_id, decision.approved_mass_ug) == (None, None)
    assert ledger_ok(db) and held_total(db) == 230_000


def test_clearing_a_decision_releases_its_reservation(db, env, deciding):
    d = deciding
    decide(db, d, d.a_items[0], "reduced", approved_mass_ug=10_000, reason="Ten.")
    with db.action() as s:
        review.clear_decision(s, d.rid, d.a_items[0])
    assert reserved_samples(db) == {}
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(ItemDecision)) == 0
        assert review.application_outcome(s, d.a) is None
    assert ledger_ok(db) and held_total(db) == 230_000


def test_refused_change_keeps_the_previous_reservation(db, env, deciding):
    d = deciding
    item = d.a_items[0]
    decide(db, d, item, "reduced", approved_mass_ug=10_000, reason="Ten.")
    before = reserved_samples(db)
    with refused(db, "cannot approve more") as s:
        review.decide_item(s, d.rid, item, "approved", approved_mass_ug=26_000, today=TODAY)
    assert reserved_samples(db) == before


def test_kind_request_needs_a_matching_sample(db, env, deciding):
    d = deciding
    item = d.b_items[0]
    with refused(db, "any powder .CE-5.: choose the catalogue sample") as s:
        review.decide_item(s, d.rid, item, "approved", today=TODAY)
    with refused(db, "asks for any powder") as s:
        review.decide_item(s, d.rid, item, "approved", sample_id=env.chip, today=TODAY)
    decision = decide(db, d, item, "approved", sample_id=env.other_powder)
    assert decision.sample_id == env.other_powder and reserved_samples(db) == {f"{OTHER_POWDER}-R1": 10_000}


def test_pieces_request_reserves_the_pieces(db, env, deciding):
    d = deciding
    item = d.a_items[1]  # one piece of the 3-piece chip
    with refused(db, "Give the mass of the 1 piece approved") as s:
        review.decide_item(s, d.rid, item, "approved", today=TODAY)
    decision = decide(db, d, item, "approved", approved_mass_ug=32_000)
    assert decision.approved_pieces == 1
    with db.read() as s:
        part = s.get(Sample, decision.reserved_sample_id)
        assert (part.sample_number, part.pieces, part.mass_ug) == (f"{CHIP}-R1", 1, 32_000)
        assert catalogue.find_sample(s, f"{CHIP}-1").pieces == 2
    assert ledger_ok(db)


def test_application_outcome(db, env, deciding):
    d = deciding
    with db.read() as s:
        assert review.application_outcome(s, d.a) is None
    decide(db, d, d.a_items[0], "approved")
    with db.read() as s:
        assert review.application_outcome(s, d.a) is None  # item 2 undecided
    decide(db, d, d.a_items[1], "approved", approved_mass_ug=30_000)
    with db.read() as s:
        assert review.application_outcome(s, d.a) == "approved"
    decide(db, d, d.a_items[0], "approved", approved_mass_ug=20_000)  # less than asked: not in full
    with db.read() as s:
        assert review.application_outcome(s, d.a) == "partially_approved"
    decide(db, d, d.a_items[0], "rejected", reason="No.")
    with db.read() as s:
        assert review.application_outcome(s, d.a) == "partially_approved"
    decide(db, d, d.a_items[1], "rejected", reason="No chip either.")
    with db.read() as s:
        assert review.application_outcome(s, d.a) == "rejected"


# --- closing ------------------------------------------------------------------------------------------------


def test_closing_is_refused_until_everything_is_decided(db, env, deciding):
    d = deciding
    decide(db, d, d.a_items[0], "approved")
    with refused(db, "cannot be closed") as s:
        review.close_round(s, d.rid, today=CLOSE_DAY)
    with pytest.raises(ValidationError) as exc, db.action() as s:
        review.close_round(s, d.rid, today=CLOSE_DAY)
    assert "APSCO-R-2026-001: item 2 undecided" in exc.value.message
    assert "APSCO-R-2026-002: item 1 undecided" in exc.value.message
    assert status_of(db, d.a) == status_of(db, d.b) == "under_review"


def test_closing_moves_each_application_to_its_outcome(db, env, deciding):
    d = deciding
    third = forwarded_app(db, env, inst=env.naoc, pi=env.zhang, items=[ItemData(sample_id=env.other_powder, mass_ug=5_000,
                                                                               justification="A little.")])
    with db.action() as s:
        review.start_review(s, d.rid, today=TODAY)
    decide(db, d, d.a_items[0], "approved")
    decide(db, d, d.a_items[1], "rejected", reason="The chip is reserved for exhibitions.")
    decide(db, d, d.b_items[0], "approved", sample_id=env.other_powder)
    decide(db, d, items_of(db, third)[0], "rejected", reason="Methods not suited to the question.")
    with db.action() as s:
        review.close_round(s, d.rid, today=CLOSE_DAY)
    assert (status_of(db, d.a), status_of(db, d.b), status_of(db, third)) == ("partially_approved", "approved", "rejected")
    with db.read() as s:
        rnd = review.get_round(s, d.rid)
        assert (rnd.status, rnd.closed_on) == ("closed", CLOSE_DAY)
        last = apps.history(s, third)[-1]
        assert (last.to_status, last.reason) == ("rejected", "Item 1: Methods not suited to the question.")
        assert apps.get_application(s, d.a).decided_on == CLOSE_DAY
        summary = review.round_summary(s, d.rid)
    rows = {r.reference: r for r in summary.applications}
    assert (rows["APSCO-R-2026-001"].requested_ug, rows["APSCO-R-2026-001"].approved_ug) == (25_000, 25_000)
    assert (rows["APSCO-R-2026-002"].requested_ug, rows["APSCO-R-2026-002"].approved_ug) == (10_000, 10_000)
    assert rows["APSCO-R-2026-003"].outcome == "rejected" and rows["APSCO-R-2026-003"].approved_ug == 0
    assert summary.status == "closed" and summary.batch_number == 12 and summary.name == "Batch 12 expert committee"
    assert ledger_ok(db)


CLOSED_ACTIONS = {
    "assign": lambda s, c: review.assign(s, c.rid, c.b, c.spare),
    "unassign": lambda s, c: review.unassign(s, c.assignment, with_scores=True),
    "auto_assign": lambda s, c: review.auto_assign(s, c.rid),
    "set_score": lambda s, c: review.set_score(s, c.assignment, c.crit, 3),
    "clear_score": lambda s, c: review.clear_score(s, c.assignment, c.crit),
    "set_recommendation": lambda s, c: review.set_recommendation(s, c.rid, c.a, "approve"),
    "decide_item": lambda s, c: review.decide_item(s, c.rid, c.item, "rejected", reason="Changed mind.", today=CLOSE_DAY),
    "clear_decision": lambda s, c: review.clear_decision(s, c.rid, c.item),
    "detect_conflicts": lambda s, c: review.detect_conflicts(s, c.rid),
    "declare_conflict": lambda s, c: review.declare_conflict(s, c.rid, c.a, c.spare, "Late."),
    "start_review": lambda s, c: review.start_review(s, c.rid, today=CLOSE_DAY),
    "close_round": lambda s, c: review.close_round(s, c.rid, today=CLOSE_DAY),
}


@pytest.mark.parametrize("action", list(CLOSED_ACTIONS))
def test_a_closed_round_refuses_changes(db, env, deciding, action):
    d = deciding
    zhang = reviewer(db, env.zhang)
    spare = reviewer(db, env.karimi)
    with db.action() as s:
        assignment = review.assign(s, d.rid, d.a, zhang).id
        crit = review.criteria(s, d.rid)[0].id
        review.set_score(s, assignment, crit, 4)
    decide(db, d, d.a_items[0], "approved")
    decide(db, d, d.a_items[1], "approved", approved_mass_ug=30_000)
    decide(db, d, d.b_items[0], "approved", sample_id=env.other_powder)
    with db.action() as s:
        review.close_round(s, d.rid, today=CLOSE_DAY)
    ctx = SimpleNamespace(rid=d.rid, a=d.a, b=d.b, spare=spare, assignment=assignment, crit=crit, item=d.a_items[0])
    with refused(db, "was closed on 2026-12-10; a closed round can no longer be changed") as s:
        CLOSED_ACTIONS[action](s, ctx)


# --- views ---------------------------------------------------------------------------------------------


def test_decision_letter_view(db, env, deciding):
    d = deciding
    with refused(db, "no committee decision yet") as s:
        review.decision_letter_view(s, d.a)
    decide(db, d, d.a_items[0], "reduced", approved_mass_ug=15_000, reason="15 mg suffice.")
    decide(db, d, d.a_items[1], "rejected", reason="The chip is reserved for exhibitions.")
    decide(db, d, d.b_items[0], "approved", sample_id=env.other_powder)
    with db.action() as s:
        review.close_round(s, d.rid, today=CLOSE_DAY)
    with db.read() as s:
        letter = review.decision_letter_view(s, d.a)
        other = review.decision_letter_view(s, d.b)
    assert (letter.reference, letter.outcome, letter.outcome_label) == ("APSCO-R-2026-001", "partially_approved", "Partially approved")
    assert (letter.round_name, letter.batch_number, letter.decided_on) == ("Batch 12 expert committee", 12, CLOSE_DAY)
    assert (letter.institution, letter.institution_local, letter.member_state, letter.member_state_zh) == (
        "Iranian Space Agency", "سازمان فضایی ایران", "Iran", "伊朗")
    assert (letter.pi.name_latin, letter.pi.name_native) == ("Mohammad Rezaei", "محمد رضایی")
    assert letter.title == "Space weathering of agglutinates by TEM" and letter.kind_label == "Research"
    powder, chip = letter.items
    assert (powder.requested, powder.requested_mass_ug, powder.outcome, powder.outcome_label) == (
        POWDER, 25_000, "reduced", "Approved, reduced")
    assert (powder.sample_number, powder.approved_mass_ug, powder.reason) == (f"{POWDER}-R1", 15_000, "15 mg suffice.")
    assert (chip.requested, chip.requested_pieces, chip.outcome_label, chip.sample_number, chip.approved_mass_ug) == (
        CHIP, 1, "Rejected", None, None)
    assert chip.reason == "The chip is reserved for exhibitions."
    # 10 Chinese working days after Thursday 2026-12-10 (two weekends skipped), in an announced year
    assert letter.signing_deadline == date(2026, 12, 24)
    assert letter.signing_deadline_note == "10 Chinese working days after the date of this letter"
    (item,) = other.items
    assert (other.outcome, item.requested, item.sample_number, item.approved_mass_ug) == (
        "approved", "any powder (CE-5)", f"{OTHER_POWDER}-R1", 10_000)


def test_summary_lists_every_application_of_the_round(db, env, deciding):
    d = deciding
    with db.read() as s:
        summary = review.round_summary(s, d.rid)
    assert summary.criteria == (("Scientific merit", 0.4), ("Feasibility", 0.2), ("Team capability", 0.2),
                                ("Efficient use of sample mass", 0.2))
    a, b = summary.applications
    assert (a.reference, a.member_state, a.institution, a.pi_name) == (
        "APSCO-R-2026-001", "Iran", "Iranian Space Agency", "Mohammad Rezaei")
    assert (a.requested_ug, a.approved_ug, a.outcome, a.rank, a.weighted_mean) == (25_000, 0, "", None, None)
    assert (b.reviewers_assigned, b.scores_expected, b.recommendation) == (0, 0, "")


# --- demo ---------------------------------------------------------------------------------------------------


def test_demo_fill_review_makes_a_closed_and_an_open_round(db):
    from lunar_desk.services import demo, demo_applications, demo_review

    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 400)
        demo_applications.fill_applications(s, today=TODAY)
        made = demo_review.fill_review(s, today=TODAY)
    with db.read() as s:
        rounds = review.rounds(s)
        closed = [r for r in rounds if r.status == "closed"]
        open_ = [r for r in rounds if r.status == "open"]
        assert len(closed) == 1 and len(open_) == 1 and made.rounds == 2
        names = {r.name_native for r in review.reviewers(s)}
        assert {"张伟", "علی احمدی", "นฤมล ชัยพร", "Ганболд Эрдэнэ"} <= names
        summary = review.round_summary(s, closed[0].id)
        outcomes = {r.outcome for r in summary.applications}
        assert outcomes >= {"approved", "partially_approved", "rejected"}
        for row in summary.applications:
            assert row.scores_entered == row.scores_expected > 0
            assert row.rank is not None
            letter = review.decision_letter_view(s, row.application_id)
            assert letter.items
        assert any(r.approved_ug > 0 for r in summary.applications)
        assert s.scalar(select(func.count()).select_from(Sample).where(Sample.sample_number.like("%-R%"))) > 0
        open_summary = review.round_summary(s, open_[0].id)
        assert open_summary.applications and all(r.reviewers_assigned > 0 for r in open_summary.applications)
        entered = sum(r.scores_entered for r in open_summary.applications)
        assert 0 < entered < sum(r.scores_expected for r in open_summary.applications)
        for x in review.assignments(s, open_[0].id) + review.assignments(s, closed[0].id):
            assert not review.is_conflicted(s, x.round_id, x.application_id, x.reviewer_id)
        assert catalogue.ledger_problems(s) == []
        for row in apps.list_applications(s):
            v = apps.application_view(s, row.id)
            assert [h.at for h in v.history] == sorted(h.at for h in v.history), row.reference


# --- in the officer's language -------------------------------------------------------------------------------


def test_conflict_reasons_shortfalls_and_refusals_are_translatable(db, env):
    """Why a reviewer is excluded, why an application is not fully covered and why a round cannot close are
    Msg sentences: translated, only the names and references stay as they are."""
    from translated_render import assert_translatable

    a = forwarded_app(db, env, inst=env.isa, pi=env.rezaei,
                      team=[(env.hosseini, "member"), (env.liu, "co_investigator")], under_review=True)
    b = forwarded_app(db, env, inst=env.igcas, pi=env.liu, team=[(env.kanokwan, "member")])
    people = [reviewer(db, p) for p in (env.ahmadi, env.chen, env.rezaei, env.karimi, env.kanokwan, env.zhang)]
    reviewer(db, env.narumon, active=False)
    rid = make_round(db, same_country_conflict=True)
    labels = set(review.CONFLICT_LABELS.values())
    data = ["Mohammad Rezaei", "Zahra Hosseini", "Liu Yang", "Kanokwan Srisuk", "Ali Ahmadi", "Chen Jing",
            "Sara Karimi", "Zhang Wei", "Iranian Space Agency", "IGCAS", "Iran", "China", "APSCO-R-2026-001", "APSCO-R-2026-002"]
    seen = []
    with db.read() as s:
        for app_id in (a, b):
            for r in people:
                for reason in review.conflict_reasons(s, rid, app_id, r):
                    assert_translatable(reason, labels, data=data)
                    seen.append(str(reason))
    assert "same institution: Ali Ahmadi works at Iranian Space Agency, the applicant institution, as do team " \
           "members Mohammad Rezaei, Zahra Hosseini." in seen
    assert "same institution: Chen Jing works at IGCAS, the applicant institution, as does team member Liu Yang." in seen
    assert any(x.startswith("co-applicant: Kanokwan Srisuk applies together with Liu Yang on ") for x in seen)
    assert any(x.startswith("same country: Sara Karimi is from Iran") for x in seen)
    assert any("is the principal investigator of" in x for x in seen)
    with db.action() as s:
        result = review.auto_assign(s, rid)
    assert result.uncovered
    for _ref, why in result.uncovered:
        assert_translatable(why, labels, data=data + ["Narumon Chaiyaporn"])
    assert "1 is inactive" in dict(result.uncovered)["APSCO-R-2026-001"]
    with pytest.raises(ValidationError) as refusal, db.action() as s:
        review.close_round(s, rid, today=CLOSE_DAY)
    assert_translatable(refusal.value.message, data=data + ["Batch", "committee"])
    assert "\n• APSCO-R-2026-001: item 1 undecided" in refusal.value.message
