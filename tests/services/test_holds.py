"""Delinquency holds: overdue inventories, returns and result reports put the responsible person and the
borrowing institution on hold; the pre-check of an application naming them shows it, and forwarding to
CLEP needs an explicit override with a reason, kept and audited in the same transaction."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from stewardship_world import MG, TODAY, build, counts, submitted_app

from lunar_desk.db.models import Application, AuditLog
from lunar_desk.db.models_stewardship import HoldOverride
from lunar_desk.errors import ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import holds, inventory, settings
from lunar_desk.services.inventory import InventoryLineData as Line


@pytest.fixture
def w(db):
    return build(db)


def on_hold(db, today=TODAY):
    with db.read() as s:
        return sorted((h.subject_name, h.reason, h.since) for h in holds.all_holds(s, today))


def answer_a_inventory(db, w):
    """Record loan A's overdue 2025-12-31 inventory (everything still there)."""
    with db.action() as s:
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,
                                   lines=[Line(w.a_powder, 100 * MG), Line(w.a_chip, 90 * MG)])


def test_an_overdue_inventory_puts_person_and_institution_on_hold(db, w):
    assert on_hold(db, date(2025, 12, 31)) == []  # due today: not overdue yet
    assert on_hold(db) == [("Iranian Space Agency (سازمان فضایی ایران)", "inventory", date(2026, 1, 1)),
                           ("Mohammad Rezaei (محمد رضایی)", "inventory", date(2026, 1, 1))]
    with db.read() as s:
        (h,) = holds.all_holds(s, TODAY, people={w.rezaei})
        assert h.describe() == ("Mohammad Rezaei (محمد رضایی): the inventory of LSA-2025-001 due 2025-12-31 has not been "
                                "received (329 days overdue)")
        assert h.reason_label == "Overdue inventory" and h.loan_id == w.loan_a
    answer_a_inventory(db, w)
    assert on_hold(db) == []


def test_an_overdue_return_puts_them_on_hold(db, w):
    answer_a_inventory(db, w)
    day = date(2027, 2, 2)  # B was due back on 2027-02-01; its 2026-12-31 inventory is answered below
    with db.action() as s:
        inventory.record_inventory(s, w.loan_b, reported_on=date(2027, 1, 2), today=day, lines=[Line(w.b_other, 40 * MG)])
        inventory.record_inventory(s, w.loan_a, reported_on=date(2027, 1, 2), today=day,
                                   lines=[Line(w.a_powder, 100 * MG), Line(w.a_chip, 90 * MG)])
    assert on_hold(db, day) == [("GISTDA (สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ)", "return", date(2027, 2, 2)),
                                ("Somchai Wongsakul (สมชาย วงศ์สกุล)", "return", date(2027, 2, 2))]
    with db.read() as s:
        assert "LSA-2026-002 was due back on 2027-02-01 (1 day overdue)" in holds.describe(holds.all_holds(s, day))


def test_an_overdue_result_report_puts_them_on_hold(db, w):
    answer_a_inventory(db, w)
    with db.action() as s:  # the results service's rule: a first result is owed 12 months after collection
        settings.set_setting(s, "results_owed_after_months", "12")
    held = on_hold(db)
    assert ("Mohammad Rezaei (محمد رضایی)", "result", date(2026, 3, 11)) in held
    assert ("Iranian Space Agency (سازمان فضایی ایران)", "result", date(2026, 3, 11)) in held
    assert not any(name.startswith("Somchai") for name, *_ in held)  # B collected 2026-02-01: not owed yet


# --- applications -------------------------------------------------------------------------------------------


def forward(db, app_id, package, override=""):
    with db.action() as s:
        return apps.change_status(s, app_id, "forwarded", today=TODAY, package=package,
                                  attachments_dir=db.paths.attachments_dir, hold_override=override).status


def test_precheck_shows_the_holds_of_everyone_the_application_names(db, w, tmp_path):
    # GISTDA applies with Somchai as PI and Rezaei (on hold) as a team member
    app_id, _ = submitted_app(db, w, tmp_path, pi=w.somchai, inst=w.gistda, member=w.rezaei)
    with db.read() as s:
        checks = {c.key: c for c in apps.precheck(s, app_id, db.paths.attachments_dir, TODAY)}
        assert apps.precheck_passes(list(checks.values()))  # complete; the hold is shown but may be overridden
    hold = checks["holds"]
    assert not hold.ok and hold.overridable and hold.label == "No delinquency hold"
    # Rezaei, and his institution (named through his team membership), not Somchai nor GISTDA
    assert hold.detail == ("Iranian Space Agency (سازمان فضایی ایران): the inventory of LSA-2025-001 due 2025-12-31 has "
                           "not been received (329 days overdue) • Mohammad Rezaei (محمد رضایی): the inventory of "
                           "LSA-2025-001 due 2025-12-31 has not been received (329 days overdue)")
    # an application of the institution on hold shows the institution too
    other, _ = submitted_app(db, w, tmp_path, pi=w.hosseini, inst=w.isa)
    with db.read() as s:
        (check,) = [c for c in apps.precheck(s, other, db.paths.attachments_dir, TODAY) if c.key == "holds"]
    assert check.detail.startswith("Iranian Space Agency (سازمان فضایی ایران): the inventory of LSA-2025-001")
    answer_a_inventory(db, w)
    with db.read() as s:
        assert all(c.ok for c in apps.precheck(s, app_id, db.paths.attachments_dir, TODAY))


def test_forwarding_with_a_hold_needs_an_audited_override(db, w, tmp_path):
    app_id, package = submitted_app(db, w, tmp_path, pi=w.rezaei, inst=w.isa)
    before = counts(db)
    with pytest.raises(ValidationError, match=r"(?s)APSCO-R-2026-\d+ names people or institutions on hold:\n"
                                              r"• Iranian Space Agency.*• Mohammad Rezaei.*needs an override with a reason"
                       ) as exc:
        forward(db, app_id, package)
    assert exc.value.field == "hold_override"
    with pytest.raises(ValidationError):
        forward(db, app_id, package, override="   ")
    assert counts(db) == before
    with db.read() as s:
        assert s.get(Application, app_id).status == "submitted"

    reason = "CLEP asked for this application to go ahead; the overdue inventory is being counted now."
    assert forward(db, app_id, package, override=reason) == "forwarded"
    with db.read() as s:
        (row,) = holds.overrides(s, app_id)
        assert (row.reason, row.officer_name, row.decided_on) == (reason, "test-officer", TODAY)
        assert "Mohammad Rezaei (محمد رضایی): the inventory of LSA-2025-001 due 2025-12-31" in row.holds
        audit = s.scalars(select(AuditLog).where(AuditLog.table_name == "hold_override")).one()
        assert (audit.action, audit.officer_name, audit.changes["reason"][1]) == ("insert", "test-officer", reason)
        change = apps.history(s, app_id)[-1]
        assert change.to_status == "forwarded" and f"Hold overridden: {reason}" in change.reason
        assert s.scalars(select(HoldOverride)).all() == [row]


def test_forwarding_without_holds_needs_no_override(db, w, tmp_path):
    answer_a_inventory(db, w)
    app_id, package = submitted_app(db, w, tmp_path, pi=w.rezaei, inst=w.isa)
    assert forward(db, app_id, package) == "forwarded"
    with db.read() as s:
        assert holds.overrides(s, app_id) == []
