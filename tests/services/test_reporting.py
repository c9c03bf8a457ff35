"""The figures of a report to CLEP: which records each section covers for a
period (and a batch), that the masses are the committee's and the loans
service's figures, that the reconciliation balances to the microgram, and
that a period with nothing in it gives empty sections, not errors."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from demo_data import build_demo_file, opened_copy
from sqlalchemy import func, select

from lunar_desk.db.models import (
    Application,
    ApplicationStatus,
    ApplicationStatusChange,
    Incident,
    ItemDecision,
    Loan,
    RequestedItem,
    ReturnRecord,
    Sample,
)
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, loans, reporting
from lunar_desk.services.reporting import Period, make_period

TODAY = date(2026, 11, 25)
EVERYTHING = Period(date(2020, 1, 1), date(2030, 12, 31))


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, template_db):
    """The demo dataset (demo.generate) built once per module, checkpointed into one file."""
    return build_demo_file(tmp_path_factory.mktemp("reporting-demo"), template_db, size=200, seed=11, today=TODAY)


@pytest.fixture
def demo_db(demo_file, paths):
    """A fresh copy of the demo database for one test."""
    yield from opened_copy(demo_file, paths)


def withdrawn_day(s, app_id) -> date | None:
    at = s.scalar(select(func.max(ApplicationStatusChange.at)).where(
        ApplicationStatusChange.application_id == app_id, ApplicationStatusChange.to_status == "withdrawn"))
    return None if at is None else at.astimezone().date()


# --- the period ---------------------------------------------------------------------------------


def test_period_is_checked():
    assert make_period(date(2026, 7, 1), date(2026, 9, 30), 12) == Period(date(2026, 7, 1), date(2026, 9, 30), 12)
    with pytest.raises(ValidationError, match="after its last day") as info:
        make_period(date(2026, 10, 1), date(2026, 9, 30))
    assert info.value.field == "from"
    with pytest.raises(ValidationError, match="as a date"):
        make_period("2026-07-01", date(2026, 9, 30))
    with pytest.raises(ValidationError, match="batch number"):
        make_period(date(2026, 7, 1), date(2026, 9, 30), 0)


@pytest.mark.parametrize(("day", "start", "end"), [
    (date(2026, 11, 25), date(2026, 10, 1), date(2026, 12, 31)),
    (date(2026, 3, 31), date(2026, 1, 1), date(2026, 3, 31)),
    (date(2026, 4, 1), date(2026, 4, 1), date(2026, 6, 30)),
    (date(2024, 8, 15), date(2024, 7, 1), date(2024, 9, 30)),
])
def test_quarter(day, start, end):
    assert reporting.quarter(day) == (start, end)


def test_unknown_batch_is_refused(demo_db):
    with demo_db.read() as s, pytest.raises(NotFoundError, match="no release batch 99"):
        reporting.applications(s, Period(date(2026, 1, 1), date(2026, 12, 31), 99))


# --- applications -------------------------------------------------------------------------------


@pytest.mark.parametrize("period", [
    Period(date(2026, 1, 1), date(2026, 3, 31)),
    Period(date(2026, 10, 1), date(2026, 12, 31)),
    Period(date(2025, 1, 1), date(2026, 12, 31), 10),
])
def test_applications_active_in_the_period(demo_db, period):
    """Listed: submitted by the period's end and not decided or withdrawn before its start (drafts never)."""
    with demo_db.read() as s:
        listed = {a.reference: a for a in reporting.applications(s, period)}
        batch = catalogue.batch_by_number(s, period.batch_number) if period.batch_number else None
        expected = set()
        for app in s.scalars(select(Application)):
            closed = app.decided_on if app.status in apps.DECIDED_STATUSES else (
                withdrawn_day(s, app.id) if app.status == "withdrawn" else None)
            if (app.submitted_on is not None and app.submitted_on <= period.end
                    and (closed is None or closed >= period.start) and (batch is None or app.batch_id == batch.id)):
                expected.add(app.reference)
        assert set(listed) == expected and expected
        assert all(a.status != ApplicationStatus.DRAFT for a in listed.values())
        assert list(listed) == sorted(listed)


def test_decided_before_the_period_is_left_out_and_withdrawal_dates_count(demo_db):
    with demo_db.read() as s:
        old = s.scalars(select(Application).where(Application.decided_on.is_not(None))
                        .order_by(Application.decided_on)).first()
        after = Period(old.decided_on + timedelta(days=1), TODAY)
        on_the_day = Period(old.decided_on, TODAY)
        assert old.reference not in {a.reference for a in reporting.applications(s, after)}
        line = next(a for a in reporting.applications(s, on_the_day) if a.reference == old.reference)
        assert line.closed_on == old.decided_on and line.status_label == apps.status_label(old.status)
        withdrawn = s.scalars(select(Application).where(Application.status == "withdrawn")).first()
        day = withdrawn_day(s, withdrawn.id)
        line = next(a for a in reporting.applications(s, Period(day, day)) if a.reference == withdrawn.reference)
        assert line.closed_on == day
        assert withdrawn.reference not in {a.reference for a in
                                           reporting.applications(s, Period(day + timedelta(days=1), TODAY))}


def test_names_keep_their_own_scripts(demo_db):
    with demo_db.read() as s:
        lines = reporting.applications(s, EVERYTHING)
    states = {a.member_state for a in lines}
    assert "Iran (伊朗)" in states and "Türkiye (土耳其)" in states
    assert any("سازمان فضایی ایران" in a.institution for a in lines)
    assert any("(" in a.principal_investigator and any("\u0600" <= c <= "\u06ff" for c in a.principal_investigator)
               for a in lines)


def test_requested_vs_approved_are_the_committees_figures(demo_db):
    with demo_db.read() as s:
        lines = reporting.applications(s, EVERYTHING)
        masses = reporting.requested_vs_approved(s, EVERYTHING)
        decisions = {d.item_id: d for d in s.scalars(select(ItemDecision))}
        items = {i.id: i for i in s.scalars(select(RequestedItem))}
        by_ref = {}
        for m in masses:
            by_ref.setdefault(m.reference, []).append(m)
        assert {a.reference for a in lines if a.items} == set(by_ref)
        for a in lines:
            mine = by_ref.get(a.reference, [])
            assert [m.position for m in mine] == list(range(1, a.items + 1))
            assert a.requested_ug == sum(m.requested_ug or 0 for m in mine)
            item_rows = sorted((i for i in items.values() if i.application_id == a.id),
                               key=lambda i: (i.position, i.created_at))
            for m, item in zip(mine, item_rows, strict=True):
                assert m.requested_ug == item.mass_ug and m.requested_pieces == item.pieces
                d = decisions.get(item.id)
                if d is None:
                    assert m.approved_ug is None and m.outcome == ""
                elif d.outcome == "rejected":
                    assert m.approved_ug == 0 and m.outcome_label == "Rejected"
                else:
                    assert m.approved_ug == d.approved_mass_ug and m.decided_on == d.decided_on
        reduced = [m for m in masses if m.outcome == "reduced"]
        assert reduced and all(m.approved_ug < m.requested_ug for m in reduced)


# --- loans ---------------------------------------------------------------------------------------


def test_loans_outstanding_with_their_state_today(demo_db):
    with demo_db.read() as s:
        out = {x.agreement_number: x for x in reporting.loans_outstanding(s, EVERYTHING, TODAY)}
        all_loans = {x.agreement_number: x for x in s.scalars(select(Loan))}
        closed = [n for n, x in all_loans.items() if x.status == "closed"]
        assert closed and not set(closed) & set(out)
        assert set(out) == {n for n, x in all_loans.items() if x.status != "closed" and x.released_on is None}
        overdue = [x for x in out.values() if x.days_overdue]
        assert overdue
        for x in overdue:
            assert x.days_overdue == (TODAY - x.due_date).days and "overdue" in x.flags
            assert x.outstanding_ug > 0
        rows = {r.agreement_number: r for r in loans.list_loans(s, today=TODAY)}
        for n, x in out.items():
            assert x.outstanding_ug == rows[n].outstanding_ug and x.loaned_ug == rows[n].loaned_ug
            assert x.status_label == rows[n].status_label
        awaiting = [x for x in out.values() if x.status == "awaiting_signature"]
        assert awaiting and all(x.signing_deadline is not None and x.outstanding_ug == 0 for x in awaiting)
        assert "incident open" in " ".join(x.flags for x in out.values())
        # a period that ended before a loan was decided does not list it
        first = min(x.decision_date for x in out.values())
        assert reporting.loans_outstanding(s, Period(date(2020, 1, 1), first - timedelta(days=1)), TODAY) == []


def test_a_lapsed_loan_whose_mass_was_released_is_no_longer_outstanding(demo_db):
    with demo_db.read() as s:
        lapsed = next(x for x in reporting.loans_outstanding(s, EVERYTHING, TODAY) if x.status == "lapsed")
    with demo_db.action() as s:
        loans.release_lapsed(s, lapsed.id, TODAY)
    with demo_db.read() as s:
        assert lapsed.agreement_number not in {x.agreement_number for x in
                                               reporting.loans_outstanding(s, EVERYTHING, TODAY)}


def test_reconciliation_balances_to_the_microgram(demo_db):
    with demo_db.read() as s:
        lines = reporting.reconciliation(s, EVERYTHING, TODAY)
        assert lines and all(x.balanced for x in lines)
        collected = s.scalars(select(Loan).where(Loan.collected_on.is_not(None))).all()
        assert {x.agreement_number for x in lines} == {x.agreement_number for x in collected}
        for loan in collected:
            view = loans.loan_view(s, loan.id, TODAY)
            mine = [x for x in lines if x.agreement_number == loan.agreement_number]
            assert sum(x.lent_ug for x in mine) == view.loaned_ug
            assert sum(x.outstanding_ug for x in mine) == view.outstanding_ug
            assert sum(x.returned_ug + x.consumed_ug + x.lost_ug for x in mine) == \
                view.returned_ug + view.consumed_ug + view.lost_ug
        done = [x for x in lines if x.status_label == "Closed"]
        assert done and all(x.outstanding_ug == 0 and x.fully_accounted for x in done)
        # a loan closed before the period starts is not reconciled again
        closed = next(x for x in collected if x.closed_on is not None)
        later = Period(closed.closed_on + timedelta(days=1), TODAY)
        assert closed.agreement_number not in {x.agreement_number for x in reporting.reconciliation(s, later, TODAY)}


def test_returns_are_those_recorded_in_the_period_bounds_included(demo_db):
    with demo_db.read() as s:
        days = sorted(set(s.scalars(select(ReturnRecord.returned_on))))
        assert len(days) >= 2
        first = days[0]
        on = reporting.returns(s, Period(first, first), TODAY)
        assert on and all(r.returned_on == first for r in on)
        assert reporting.returns(s, Period(first - timedelta(days=30), first - timedelta(days=1)), TODAY) == []
        every = reporting.returns(s, EVERYTHING, TODAY)
        assert [r.returned_on for r in every] == sorted(r.returned_on for r in every)
        recorded = s.scalar(select(func.count()).select_from(ReturnRecord))
        assert len({(r.agreement_number, r.returned_on) for r in every}) == recorded
        assert all(r.sample_number for r in every)


def test_incidents_of_the_period_and_older_ones_still_open(demo_db):
    def keys(lines):
        return {(i.occurred_on, i.description) for i in lines}

    with demo_db.read() as s:
        incident = s.scalars(select(Incident).where(Incident.status == "open").order_by(Incident.occurred_on)).first()
        me = (incident.occurred_on, incident.description)
        later = Period(incident.occurred_on + timedelta(days=60), TODAY)
        listed = reporting.incidents(s, later, TODAY)
        assert me in keys(listed)  # still open: carried into later periods
        assert all(i.occurred_on >= later.start or i.status == "open" for i in listed)
        before = Period(date(2020, 1, 1), incident.occurred_on - timedelta(days=1))
        assert all(i.occurred_on <= before.end for i in reporting.incidents(s, before, TODAY))
        assert me not in keys(reporting.incidents(s, before, TODAY))
    with demo_db.action() as s:
        loans.close_incident(s, incident.id, "Recovered powder weighed and returned to the vial.")
    with demo_db.read() as s:
        assert me not in keys(reporting.incidents(s, later, TODAY))
        line = next(i for i in reporting.incidents(s, Period(incident.occurred_on, incident.occurred_on), TODAY)
                    if (i.occurred_on, i.description) == me)
        assert line.status_label == "Closed" and line.mass_affected_ug == incident.mass_affected_ug


# --- catalogue and totals --------------------------------------------------------------------------


def test_catalogue_rows_are_every_sample_with_its_parent(demo_db):
    with demo_db.read() as s:
        rows = list(reporting.catalogue_rows(s, EVERYTHING, chunk=50))
        samples = {x.id: x for x in s.scalars(select(Sample))}
        assert len(rows) == len(samples) == reporting.catalogue_extent(s, EVERYTHING).samples
        assert [r[0] for r in rows] == sorted(r[0] for r in rows)
        by_number = {x.sample_number: x for x in samples.values()}
        for number, _mission, _batch, mass, status, parent in rows:
            sample = by_number[number]
            assert mass == sample.mass_ug
            assert status == catalogue.STATUS_LABELS[sample.status]
            assert parent == (samples[sample.parent_id].sample_number if sample.parent_id else None)
        assert any(r[5] for r in rows)
        batch10 = list(reporting.catalogue_rows(s, Period(date(2020, 1, 1), TODAY, 10)))
        assert batch10 and all(r[2] == 10 for r in batch10) and len(batch10) < len(rows)


def test_totals_add_up_the_sections(demo_db):
    with demo_db.read() as s:
        t = reporting.totals(s, EVERYTHING, TODAY)
        lines = reporting.applications(s, EVERYTHING)
        masses = reporting.requested_vs_approved(s, EVERYTHING)
        out = reporting.loans_outstanding(s, EVERYTHING, TODAY)
        rec = reporting.reconciliation(s, EVERYTHING, TODAY)
    assert t.applications == len(lines) == sum(n for _, n in t.applications_by_status)
    assert t.requested_ug == sum(m.requested_ug or 0 for m in masses) > 0
    assert t.approved_ug == sum(m.approved_ug or 0 for m in masses) > 0
    assert t.loans_outstanding == len(out) and t.loans_overdue >= 1
    assert t.outstanding_ug == sum(x.outstanding_ug for x in out)
    assert t.lent_ug == sum(r.lent_ug for r in rec) > 0
    assert t.lent_ug == t.reconciled_returned_ug + t.reconciled_consumed_ug + t.reconciled_lost_ug \
        + t.reconciled_outstanding_ug
    with demo_db.read() as s:
        open_incidents = s.scalar(select(func.count()).select_from(Incident).where(Incident.status == "open"))
    assert t.incidents_open == open_incidents >= 1


def test_a_period_with_nothing_in_it(demo_db):
    quiet = Period(date(2001, 1, 1), date(2001, 3, 31))
    with demo_db.read() as s:
        assert reporting.applications(s, quiet) == []
        assert reporting.requested_vs_approved(s, quiet) == []
        assert reporting.loans_outstanding(s, quiet, TODAY) == []
        assert reporting.returns(s, quiet, TODAY) == []
        assert reporting.reconciliation(s, quiet, TODAY) == []
        assert reporting.incidents(s, quiet, TODAY) == []
        t = reporting.totals(s, quiet, TODAY)
    assert (t.applications, t.requested_ug, t.loans_outstanding, t.return_lines, t.incidents) == (0, 0, 0, 0, 0)
    assert t.samples > 0  # the catalogue is today's, whatever the period


def test_an_empty_database(db):
    with db.read() as s:
        t = reporting.totals(s, EVERYTHING, TODAY)
        assert list(reporting.catalogue_rows(s, EVERYTHING)) == []
    assert t.applications == t.samples == t.loans_outstanding == 0
