"""The yearly inventory: when it is owed, how it is reconciled with the ledger, discrepancies that open
incidents in the same transaction, and impossible reports refused without a trace."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select
from stewardship_world import MG, TODAY, build, counts

from lunar_desk.db.models import Incident
from lunar_desk.db.models_stewardship import InventoryLine
from lunar_desk.errors import LedgerError, UserError, ValidationError
from lunar_desk.services import inventory, loans, settings
from lunar_desk.services.inventory import InventoryLineData as Line
from lunar_desk.services.loans import LoanFilter, ReturnLineData


@pytest.fixture
def w(db):
    return build(db)


def record(db, loan_id, lines, *, on=date(2026, 1, 10), today=TODAY, **kw):
    with db.action() as s:
        return inventory.record_inventory(s, loan_id, reported_on=on, lines=lines, today=today, **kw).id


def owed(db, today=TODAY):
    with db.read() as s:
        return [(d.agreement_number, d.due_on, d.overdue, d.days) for d in inventory.owed(s, today)]


def test_due_dates_follow_the_programmes_inventory_day():
    day = (12, 31)
    assert inventory.due_dates(date(2025, 3, 10), day, date(2027, 12, 30)) == [date(2025, 12, 31), date(2026, 12, 31)]
    assert inventory.due_dates(date(2025, 12, 31), day, date(2026, 12, 31)) == [date(2026, 12, 31)]  # strictly after
    assert inventory.due_dates(date(2023, 3, 1), (2, 29), date(2025, 3, 1)) == [date(2024, 2, 29), date(2025, 2, 28)]
    assert inventory.parse_inventory_day(" 06-30 ") == (6, 30)
    for bad in ("6/30", "13-01", "02-30", ""):
        with pytest.raises(ValidationError, match="MM-DD"):
            inventory.parse_inventory_day(bad)


def test_owed_and_overdue_inventories(db, w):
    assert owed(db) == [("LSA-2025-001", date(2025, 12, 31), True, 329), ("LSA-2025-001", date(2026, 12, 31), False, 36),
                        ("LSA-2026-002", date(2026, 12, 31), False, 36)]
    with db.read() as s:
        assert inventory.overdue_loan_ids(s, TODAY) == {w.loan_a}
        rows = {r.agreement_number: r for r in loans.list_loans(s, LoanFilter(), TODAY)}
    assert rows["LSA-2025-001"].inventory_overdue and not rows["LSA-2026-002"].inventory_overdue
    with db.action() as s:
        inventory.set_inventory_day(s, "06-30")
    assert owed(db) == [("LSA-2025-001", date(2025, 6, 30), True, 513), ("LSA-2025-001", date(2026, 6, 30), True, 148),
                        ("LSA-2026-002", date(2026, 6, 30), True, 148), ("LSA-2025-001", date(2027, 6, 30), False, 217),
                        ("LSA-2026-002", date(2027, 6, 30), False, 217)]


def test_an_inventory_that_matches_the_ledger(db, w):
    inv_id = record(db, w.loan_a, [Line(w.a_powder, 95 * MG, 5 * MG, "Sealed vial"), Line(w.a_chip, 90 * MG, 0, "Intact")])
    with db.read() as s:
        (v,) = inventory.inventories(s, w.loan_a)
        assert (v.id, v.due_on, v.reported_on, v.discrepancy, v.source_label) == (
            inv_id, date(2025, 12, 31), date(2026, 1, 10), False, "Recorded by an officer")
        assert [(x.sample_number, x.remaining_ug, x.consumed_since_ug, x.expected_ug, x.state, x.incident_id)
                for x in v.lines] == [("CE5C0400YJFM00406", 95 * MG, 5 * MG, 95 * MG, "Sealed vial", None),
                                      ("CE5C0400YJYX00007", 90 * MG, 0, 90 * MG, "Intact", None)]
        assert s.scalars(select(Incident)).all() == []
        # the next one starts from what this one declared
        assert [(i.sample_number, i.expected_ug) for i in inventory.template_view(s, w.loan_a, TODAY).items] == [
            ("CE5C0400YJFM00406", 95 * MG), ("CE5C0400YJYX00007", 90 * MG)]
        assert "2026-01-10" in [h.on.isoformat() for h in loans.loan_view(s, w.loan_a, TODAY).history if h.kind == "inventory"]
    assert owed(db)[0][:3] == ("LSA-2025-001", date(2026, 12, 31), False)  # the overdue one is answered
    with pytest.raises(ValidationError, match=r"The inventory due 2025-12-31 for LSA-2025-001 was already recorded"):
        record(db, w.loan_a, [Line(w.a_powder, 95 * MG), Line(w.a_chip, 90 * MG)], due_on=date(2025, 12, 31))


def test_consumption_declared_twice_is_counted_once(db, w):
    """A return form and the inventory both declare the same 5 mg used up: the larger declaration counts."""
    with db.action() as s:
        loans.record_return(s, w.loan_a, date(2025, 11, 1),
                            [ReturnLineData(w.a_powder, returned_ug=10 * MG, consumed_ug=5 * MG)], "Zhang Wei")
    record(db, w.loan_a, [Line(w.a_powder, 85 * MG, 5 * MG), Line(w.a_chip, 90 * MG)])
    with db.read() as s:
        (v,) = inventory.inventories(s, w.loan_a)
        assert [x.expected_ug for x in v.lines] == [85 * MG, 90 * MG] and not v.discrepancy
    # a second inventory declares 7 mg more: 12 mg consumed in all, 78 mg expected
    record(db, w.loan_a, [Line(w.a_powder, 78 * MG, 7 * MG), Line(w.a_chip, 90 * MG)], on=TODAY, today=date(2027, 1, 5))
    with db.read() as s:
        assert [x.expected_ug for x in inventory.inventories(s, w.loan_a)[1].lines] == [78 * MG, 90 * MG]


def test_a_discrepancy_opens_an_incident_linked_from_the_line(db, w):
    record(db, w.loan_a, [Line(w.a_powder, 80 * MG, 5 * MG, "Vial opened"), Line(w.a_chip, 90 * MG)])
    with db.read() as s:
        (v,) = inventory.inventories(s, w.loan_a)
        assert v.discrepancy
        powder, chip = v.lines
        assert (powder.expected_ug, powder.difference_ug) == (95 * MG, -15 * MG) and chip.incident_id is None
        incident = s.get(Incident, powder.incident_id)
        assert (incident.loan_id, incident.kind, incident.status, incident.mass_affected_ug, incident.occurred_on) == (
            w.loan_a, "inventory_discrepancy", "open", 15 * MG, date(2026, 1, 10))
        assert "Inventory discrepancy" in incident.description
        assert "reports 80 mg of CE5C0400YJFM00406 remaining; the ledger expects 95 mg" in incident.description
        assert "15 mg unaccounted for" in incident.description
        assert loans.loan_view(s, w.loan_a, TODAY).incident_open


def test_the_mass_tolerance_absorbs_weighing_noise(db, w):
    with db.action() as s:
        settings.set_ledger_tolerance_ug(s, 50)
    record(db, w.loan_a, [Line(w.a_powder, 95 * MG - 50, 5 * MG), Line(w.a_chip, 90 * MG - 40)])
    with db.read() as s:
        assert not inventory.inventories(s, w.loan_a)[0].discrepancy
        assert s.scalars(select(Incident)).all() == []
    # one microgram beyond the tolerance is a discrepancy
    record(db, w.loan_a, [Line(w.a_powder, 95 * MG - 51), Line(w.a_chip, 90 * MG)], on=TODAY)
    with db.read() as s:
        assert inventory.inventories(s, w.loan_a)[1].discrepancy
        assert [i.mass_affected_ug for i in s.scalars(select(Incident))] == [51]


@pytest.mark.parametrize("lines, error, match", [
    (lambda w: [Line(w.a_powder, 120 * MG), Line(w.a_chip, 90 * MG)], LedgerError,
     r"Item 1 \(CE5C0400YJFM00406, 100 mg lent\): 120 mg reported remaining is more than the 100 mg lent"),
    (lambda w: [Line(w.a_powder, 60 * MG, 50 * MG), Line(w.a_chip, 90 * MG)], LedgerError,
     r"60 mg remaining \+ 50 mg consumed since the last inventory = 110 mg, more than the 100 mg lent"),
    (lambda w: [Line(w.a_powder, 95 * MG)], ValidationError,
     r"no line for: Item 2 \(CE5C0400YJYX00007, 90 mg lent\)"),
    (lambda w: [Line(w.a_powder, 95 * MG), Line(w.a_powder, 95 * MG), Line(w.a_chip, 90 * MG)], ValidationError,
     "is on the inventory twice"),
    (lambda w: [Line(w.a_powder, 95 * MG), Line(w.a_chip, 90 * MG), Line(w.b_other, 40 * MG)], ValidationError,
     "is not lent under LSA-2025-001"),
    (lambda w: [Line(w.a_powder, -1), Line(w.a_chip, 90 * MG)], ValidationError, "zero or more"),
])
def test_impossible_inventories_are_refused_with_nothing_saved(db, w, lines, error, match):
    before = counts(db)
    with pytest.raises(error, match=match):
        record(db, w.loan_a, lines(w))
    assert counts(db) == before


def test_dates_and_loans_that_owe_no_inventory(db, w):
    before = counts(db)
    lines = [Line(w.a_powder, 95 * MG), Line(w.a_chip, 90 * MG)]
    with pytest.raises(ValidationError, match=r"Inventory date: 2025-03-01 is before LSA-2025-001 was collected"):
        record(db, w.loan_a, lines, on=date(2025, 3, 1))
    with pytest.raises(ValidationError, match="Inventory date: 2026-11-26 is in the future"):
        record(db, w.loan_a, lines, on=date(2026, 11, 26))
    with pytest.raises(ValidationError, match=r"2024-12-31 is not an inventory date of LSA-2025-001 \(open: 2025-12-31, "
                                              r"2026-12-31\)"):
        record(db, w.loan_a, lines, due_on=date(2024, 12, 31))
    assert counts(db) == before
    with db.action() as s:
        loans.record_return(s, w.loan_b, date(2026, 6, 1), [ReturnLineData(w.b_other, returned_ug=40 * MG)], "Zhang Wei")
        loans.close_loan(s, w.loan_b, date(2026, 6, 2))
    with pytest.raises(UserError, match="LSA-2026-002 is closed: only a loan whose samples are with the borrower"):
        record(db, w.loan_b, [Line(w.b_other, 0)])
    assert [d[0] for d in owed(db)] == ["LSA-2025-001", "LSA-2025-001"]


def test_only_items_still_with_the_borrower_are_counted(db, w):
    with db.action() as s:
        loans.record_return(s, w.loan_a, date(2025, 10, 1),
                            [ReturnLineData(w.a_chip, returned_ug=90 * MG, returned_pieces=3)], "Zhang Wei")
    with pytest.raises(ValidationError, match="fully accounted for by the returns"):
        record(db, w.loan_a, [Line(w.a_powder, 95 * MG, 5 * MG), Line(w.a_chip, 0)])
    record(db, w.loan_a, [Line(w.a_powder, 95 * MG, 5 * MG)])
    with db.read() as s:
        assert len(s.scalars(select(InventoryLine)).all()) == 1
