"""The Dashboard's figures are the services' figures: on the demo data they
match the round summaries, the application and loan lists and the Loans
tab's overdue rule; on hand-made records a known approval, a known loan
history (collection, partial return, extension) and known result reports
come out exactly."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import update

from lunar_desk.db.models import LoanExtension
from lunar_desk.db.models_results import ResultReport
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, demo, loans, reference, review
from lunar_desk.services import dashboard as dsh
from lunar_desk.services.applications import ApplicationFilter, ItemData, MethodData
from lunar_desk.services.catalogue import SampleData
from lunar_desk.services.dashboard import Period
from lunar_desk.services.loans import LoanFilter, ReturnLineData

TODAY = date(2026, 11, 25)


# --- demo data ----------------------------------------------------------------------------------


@pytest.fixture
def demo_db(db):
    with db.action() as s:
        demo.generate(s, 80, seed=11, today=TODAY)
    return db


def test_demo_mass_by_batch_equals_the_round_summaries(demo_db):
    with demo_db.read() as s:
        bars = {b.key: b for b in dsh.mass_by_batch(s, Period.all_time(TODAY))}
        rounds = review.rounds(s)
        assert rounds
        for rnd in rounds:
            summary = review.round_summary(s, rnd.id)
            bar = bars[rnd.batch_id]
            assert bar.label == f"Batch {summary.batch_number}"
            assert bar.applications == len(summary.applications)
            assert bar.requested_ug == sum(a.requested_ug for a in summary.applications)
            assert bar.approved_ug == sum(a.approved_ug for a in summary.applications)
        assert any(b.approved_ug for b in bars.values()) and any(b.requested_ug > b.approved_ug for b in bars.values())


def test_demo_mass_by_member_state_equals_the_application_list(demo_db):
    forwarded = {s.value for s in review.ROUND_STATUSES}
    with demo_db.read() as s:
        dash = dsh.dashboard(s, Period.all_time(TODAY), TODAY)
        assert len(dash.by_member_state) >= 5
        for bar in dash.by_member_state:
            rows = [r for r in apps.list_applications(s, ApplicationFilter(member_state_id=bar.key)) if r.status in forwarded]
            assert bar.applications == len(rows)
            assert bar.requested_ug == sum(r.requested_ug for r in rows)
            assert bar.label == rows[0].member_state
        assert [b.label for b in dash.by_member_state] == sorted(b.label for b in dash.by_member_state)
        f = dash.figures
        for series in (dash.by_member_state, dash.by_batch):
            assert sum(b.requested_ug for b in series) == f.requested_ug
            assert sum(b.approved_ug for b in series) == f.approved_ug
            assert sum(b.applications for b in series) == f.applications


def test_demo_loans_by_status_and_overdue_today_equal_the_loan_list(demo_db):
    with demo_db.read() as s:
        dash = dsh.dashboard(s, Period.last_months(12, TODAY), TODAY)
        assert [b.status for b in dash.loans_by_status] == [st.value for st in loans.STATUS_LABELS]
        for bar in dash.loans_by_status:
            assert bar.count == len(loans.list_loans(s, LoanFilter(status=bar.status), TODAY))
            assert bar.overdue == len(loans.list_loans(s, LoanFilter(status=bar.status, overdue_only=True), TODAY))
            assert bar.label == loans.status_label(bar.status)
        everything = loans.list_loans(s, LoanFilter(), TODAY)
        overdue_today = loans.list_loans(s, LoanFilter(overdue_only=True), TODAY)
    assert overdue_today, "the demo data has an overdue loan"
    assert dash.figures.loans == len(everything) == sum(b.count for b in dash.loans_by_status)
    assert dash.figures.loans_overdue == len(overdue_today)
    assert dash.figures.outstanding_ug == sum(r.outstanding_ug for r in everything)
    months = [p.month for p in dash.overdue]
    assert len(months) == 12 and months[0] == date(2025, 12, 1) and months[-1] == date(2026, 11, 1)
    last = dash.overdue[-1]
    assert last.as_of == TODAY and last.loans == len(overdue_today)
    assert dash.overdue[-2].as_of == date(2026, 10, 31)
    assert not dash.empty


def test_an_empty_database_has_nothing_to_chart(db):
    with db.read() as s:
        dash = dsh.dashboard(s, Period.last_months(12, TODAY), TODAY)
    assert dash.empty
    assert dash.by_member_state == () and dash.by_batch == ()
    assert all(b.count == 0 for b in dash.loans_by_status)
    assert all(p.loans == 0 for p in dash.overdue) and len(dash.overdue) == 12
    assert [q.label for q in dash.results] == ["2025 Q4", "2026 Q1", "2026 Q2", "2026 Q3", "2026 Q4"]
    assert dash.results_note and all(q.count == 0 for q in dash.results)


# --- hand-made records ---------------------------------------------------------------------------------

POWDER = "CE5C0400YJFM00406"
DECIDED = date(2024, 12, 2)


@pytest.fixture
def world(db, tmp_path):
    """Iran with one institution and PI, batch 12 with a 100 mg powder, a round for it."""
    files = tmp_path / "incoming"
    files.mkdir()
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        inst = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id)
        pi = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=inst.id,
                                  email="z@example.org")
        catalogue.create_batch(s, 12, mission_codes=["CE-5"])
        sample = catalogue.create_sample(s, SampleData(POWDER, "CE-5", 100_000, batch_number=12))
        rnd = review.create_round(s, 12, "Batch 12 committee")
        ids = {"iran": iran.id, "inst": inst.id, "pi": pi.id, "sample": sample.id, "round": rnd.id}
    return db, files, ids


def forward(world, mass_ug: int, *, on: date, title: str = "Space weathering of agglutinates") -> tuple:
    """An application of ``mass_ug`` from the sample, through the workflow to forwarded on ``on``."""
    db, files, ids = world
    with db.action() as s:
        app = apps.create_application(s, "research", batch_number=12, institution_id=ids["inst"], title=title, today=on)
        f = apps.application_fields(s, app.id)
        for key in ("objectives", "background", "expected_results", "schedule", "lab_facilities", "sample_security"):
            setattr(f, key, "Given.")
        apps.update_application(s, app.id, f)
        apps.add_team_member(s, app.id, ids["pi"], "pi")
        apps.add_method(s, app.id, MethodData("TEM", "FEI Titan", destructive=False))
        item = apps.add_requested_item(s, app.id, ItemData(sample_id=ids["sample"], mass_ug=mass_ug, justification="Rims."))
        cv = files / "cv.txt"
        cv.write_text("CV\n", encoding="utf-8")
        apps.attach_file(s, db.paths.attachments_dir, app.id, cv, kind="cv", person_id=ids["pi"])
        apps.change_status(s, app.id, "submitted", today=on)
        package = files / "package.zip"
        package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
        apps.change_status(s, app.id, "forwarded", today=on, package=package, attachments_dir=db.paths.attachments_dir)
        return app.id, item.id


def iran_bar(db, period: Period):
    with db.read() as s:
        bars = dsh.mass_by_member_state(s, period)
    return bars[0] if bars else None


def test_a_known_approval_shows_as_requested_and_approved_mass(world):
    db, _, ids = world
    _app_id, item_id = forward(world, 25_000, on=DECIDED)
    with db.action() as s:  # a draft is not counted: it never reached CLEP
        apps.create_application(s, "research", batch_number=12, institution_id=ids["inst"], title="Draft", today=DECIDED)
    period = Period(date(2024, 1, 1), TODAY)
    bar = iran_bar(db, period)
    assert (bar.key, bar.label, bar.label_zh, bar.applications, bar.requested_ug, bar.approved_ug) == (
        ids["iran"], "Iran", "伊朗", 1, 25_000, 0)
    with db.action() as s:
        review.start_review(s, ids["round"], today=DECIDED)
        review.decide_item(s, ids["round"], item_id, "reduced", approved_mass_ug=12_345, today=DECIDED)
    bar = iran_bar(db, period)
    assert (bar.requested_ug, bar.approved_ug) == (25_000, 12_345)
    with db.read() as s:
        batch, = dsh.mass_by_batch(s, period)
    assert (batch.label, batch.label_zh, batch.requested_ug, batch.approved_ug) == ("Batch 12", "第12批", 25_000, 12_345)
    with db.action() as s:  # a rejection approves nothing
        review.decide_item(s, ids["round"], item_id, "rejected", reason="Too much mass.", today=DECIDED)
    assert iran_bar(db, period).approved_ug == 0
    # outside the period (forwarded before it starts or after it ends) the application is not counted
    assert iran_bar(db, Period(date(2025, 1, 1), TODAY)) is None
    assert iran_bar(db, Period(None, date(2024, 12, 1))) is None


def test_overdue_history_follows_collection_return_and_extension(world):
    db, _, ids = world
    _app_id, item_id = forward(world, 25_000, on=DECIDED)
    with db.action() as s:
        review.start_review(s, ids["round"], today=DECIDED)
        review.decide_item(s, ids["round"], item_id, "approved", today=DECIDED)
        review.close_round(s, ids["round"], today=DECIDED)
        loan, = loans.create_loans_for_round(s, ids["round"], today=DECIDED)
        loans.record_signature(s, loan.id, date(2024, 12, 5))
        loans.issue_certificate(s, loan.id, "LSC-2024-001", date(2024, 12, 6))
        loans.record_collection(s, loan.id, date(2025, 1, 10), "Zahra Hosseini", loan_months=12)  # due 2026-01-10
        lent, = loans.loan_items(s, loan.id)
        loans.record_return(s, loan.id, date(2026, 3, 5), [ReturnLineData(lent.id, returned_ug=5_000)], "Lab")
        ext = loans.extend(s, loan.id, date(2026, 9, 30), "CLEP approved more time.")
        s.execute(update(LoanExtension).where(LoanExtension.id == ext.id)
                  .values(created_at=datetime(2026, 4, 15, 8, 0, tzinfo=UTC)))
        loan_id = loan.id
    with db.read() as s:
        points = dsh.overdue_over_time(s, Period.last_months(12, TODAY), TODAY)
        assert loans.list_loans(s, LoanFilter(overdue_only=True), TODAY)[0].id == loan_id
    by_month = {p.month.strftime("%Y-%m"): (p.loans, p.items) for p in points}
    assert by_month == {
        "2025-12": (0, 0),  # due 2026-01-10
        "2026-01": (1, 1), "2026-02": (1, 1),
        "2026-03": (1, 1),  # partly returned: still with the borrower
        "2026-04": (0, 0), "2026-05": (0, 0), "2026-06": (0, 0), "2026-07": (0, 0), "2026-08": (0, 0),
        "2026-09": (0, 0),  # extended on 2026-04-15 to 2026-09-30
        "2026-10": (1, 1), "2026-11": (1, 1),
    }
    with db.action() as s:  # everything back: closed in November, nothing overdue from then on
        loans.record_return(s, loan_id, date(2026, 11, 20), [ReturnLineData(lent.id, returned_ug=20_000)], "Lab")
        loans.close_loan(s, loan_id, date(2026, 11, 20))
    with db.read() as s:
        points = dsh.overdue_over_time(s, Period.last_months(12, TODAY), TODAY)
    assert (points[-2].loans, points[-1].loans, points[-1].items) == (1, 0, 0)


def test_result_reports_are_counted_per_quarter_of_the_period(db):
    with db.action() as s:
        for day in (date(2025, 12, 31), date(2026, 1, 1), date(2026, 3, 31), date(2026, 8, 2), date(2024, 5, 1)):
            s.add(ResultReport(title=f"Paper {day}", reported_on=day))
        s.add(ResultReport(title="Not reported yet"))
    with db.read() as s:
        quarters, note = dsh.results_per_quarter(s, Period.last_months(12, TODAY))
        everything, _ = dsh.results_per_quarter(s, Period.all_time(TODAY))
    assert [(q.label, q.count) for q in quarters] == [
        ("2025 Q4", 1), ("2026 Q1", 2), ("2026 Q2", 0), ("2026 Q3", 1), ("2026 Q4", 0)]
    assert note == ""
    assert everything[0].label == "2024 Q2" and sum(q.count for q in everything) == 5


def test_periods():
    p = Period.last_months(12, TODAY)
    assert (p.start, p.end) == (date(2025, 12, 1), TODAY)
    assert Period.last_months(1, date(2026, 1, 31)).start == date(2026, 1, 1)
    assert p.contains(date(2025, 12, 1)) and p.contains(TODAY) and not p.contains(date(2025, 11, 30))
    assert not p.contains(date(2026, 11, 26)) and not p.contains(None)
    assert Period.all_time(TODAY).label == "up to 2026-11-25"
    assert dsh.months_between(date(2000, 1, 5), TODAY)[0] == date(2006, 12, 1)  # at most MAX_MONTHS
