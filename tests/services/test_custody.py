"""Custody of lent items: the log starts at collection, every movement says who and where, impossible
dates are refused without a trace, and an item nobody has logged for a year is flagged."""

from __future__ import annotations

from datetime import date

import pytest
from stewardship_world import A_COLLECTED, MG, TODAY, build, counts

from lunar_desk.errors import NotFoundError, UserError, ValidationError
from lunar_desk.services import custody, loans, settings
from lunar_desk.services.loans import LoanFilter, ReturnLineData

LAB_ROOM = "Space Research Institute, building 2, room 114, safe S-3"


@pytest.fixture
def w(db):
    return build(db)


def move(db, item, on, kind="moved", today=TODAY, **kw):
    with db.action() as s:
        return custody.record_movement(s, item, occurred_on=on, kind=kind, today=today, **kw).id


def view(db, loan_id, today=TODAY):
    with db.read() as s:
        return {v.loan_item_id: v for v in custody.loan_custody(s, loan_id, today)}


def test_collection_starts_every_items_custody_log(db, w):
    items = view(db, w.loan_a)
    assert set(items) == {w.a_powder, w.a_chip}
    for v in items.values():
        (entry,) = v.history
        assert (entry.kind, entry.occurred_on, entry.holder, entry.place) == (
            "collected", A_COLLECTED, "Mohammad Rezaei", custody.COLLECTION_PLACE)
        assert v.current == entry and v.with_borrower


def test_movements_give_the_current_holder_and_place(db, w):
    move(db, w.a_powder, date(2025, 3, 12), "received_at_lab", holder_person_id=w.rezaei, place=LAB_ROOM)
    move(db, w.a_powder, date(2025, 9, 1), "moved", holder_person_id=w.hosseini, place="Clean room 3, desiccator B",
         note="Prepared for TEM sections.")
    move(db, w.a_chip, date(2025, 6, 1), "on_display", holder_name="National Museum of Iran", place="Hall 4, case 12")
    items = view(db, w.loan_a)
    powder = items[w.a_powder]
    assert [e.kind for e in powder.history] == ["collected", "received_at_lab", "moved"]
    assert (powder.current.holder, powder.current.place, powder.current.note) == (
        "Zahra Hosseini (زهرا حسینی)", "Clean room 3, desiccator B", "Prepared for TEM sections.")
    assert powder.current.kind_label == "Moved (room, safe)"
    assert (items[w.a_chip].current.holder, items[w.a_chip].current.place) == ("National Museum of Iran", "Hall 4, case 12")
    # a movement logged late, dated before the latest one, does not change where the item is now
    move(db, w.a_powder, date(2025, 5, 1), "moved", holder_person_id=w.rezaei, place="Room 114")
    assert view(db, w.loan_a)[w.a_powder].current.place == "Clean room 3, desiccator B"
    with db.read() as s:  # the catalogue's detail of each lent sample shows its own holder and place
        powder_sample, chip_sample = (i.sample_id for i in loans.loan_items(s, w.loan_a))
        assert custody.current_for_sample(s, powder_sample, TODAY).current.holder == "Zahra Hosseini (زهرا حسینی)"
        assert custody.current_for_sample(s, chip_sample, TODAY).current.place == "Hall 4, case 12"


@pytest.mark.parametrize("on, kind, kw, match", [
    (date(2025, 3, 9), "moved", {"holder_name": "X"},
     r"Date of the movement: 2025-03-09 is before LSA-2025-001 was collected \(2025-03-10\)"),
    (date(2026, 11, 26), "moved", {"holder_name": "X"}, r"Date of the movement: 2026-11-26 is in the future"),
    (date(2025, 4, 1), "teleported", {"holder_name": "X"}, "'teleported' is not a kind of movement"),
    (date(2025, 4, 1), "moved", {}, "Holder: say who holds CE5C0400YJFM00406"),
    (date(2025, 4, 1), "collected", {"holder_name": "X"}, "the collection of CE5C0400YJFM00406 is already in its custody log"),
])
def test_impossible_movements_are_refused_and_leave_nothing(db, w, on, kind, kw, match):
    before = counts(db)
    with pytest.raises(ValidationError, match=match) as exc:
        move(db, w.a_powder, on, kind, **kw)
    assert exc.value.field in {"occurred_on", "kind", "holder"}
    assert counts(db) == before


def test_nothing_follows_a_return(db, w):
    move(db, w.a_chip, date(2026, 5, 1), "returned", holder_name="CLEP lunar sample laboratory")
    before = counts(db)
    with pytest.raises(ValidationError, match=r"CE5C0400YJYX00007 was returned on 2026-05-01 \(custody log\); no movement "
                                              "can follow its return") as exc:
        move(db, w.a_chip, date(2026, 5, 2), "moved", holder_name="Somebody")
    assert exc.value.field == "occurred_on"
    with pytest.raises(ValidationError, match="no movement can follow"):
        move(db, w.a_chip, date(2026, 5, 1), "returned", holder_name="CLEP again")
    assert counts(db) == before
    move(db, w.a_chip, date(2026, 4, 1), "in_transit", holder_name="Courier")  # before the return: a late entry is fine
    chip = view(db, w.loan_a)[w.a_chip]
    assert chip.current.kind == "returned" and not chip.with_borrower and not chip.stale


def test_no_custody_before_collection_and_unknown_items(db, w):
    with db.action() as s:
        loan = loans.get_loan(s, w.loan_b)
        loan.collected_on, loan.status = None, "signed"
    with pytest.raises(ValidationError, match="LSA-2026-002 has not been collected yet"):
        move(db, w.b_other, date(2026, 3, 1), holder_name="X")
    import uuid

    with pytest.raises(NotFoundError):
        move(db, uuid.uuid4(), date(2026, 3, 1), holder_name="X")


def test_items_silent_for_twelve_months_are_flagged(db, w):
    def stale(today):
        with db.read() as s:
            return {(x.agreement_number, x.loan_item_id) for x in custody.stale_items(s, today)}

    # A was collected on 2025-03-10: silent for 12 months on 2026-03-10
    assert stale(date(2026, 3, 9)) == set()
    assert stale(date(2026, 3, 10)) == {("LSA-2025-001", w.a_powder), ("LSA-2025-001", w.a_chip)}
    move(db, w.a_powder, date(2026, 3, 10), holder_person_id=w.rezaei, place="Room 114", today=date(2026, 3, 10))
    assert stale(date(2026, 3, 10)) == {("LSA-2025-001", w.a_chip)}
    with db.read() as s:
        (item,) = custody.stale_items(s, TODAY)
        assert (item.sample_number, item.last_entry_on, item.months_without_entry, item.holder) == (
            "CE5C0400YJYX00007", A_COLLECTED, 20, "Mohammad Rezaei")
        rows = {r.agreement_number: r for r in loans.list_loans(s, LoanFilter(), TODAY)}
        assert rows["LSA-2025-001"].stale_custody and not rows["LSA-2026-002"].stale_custody
    assert view(db, w.loan_a)[w.a_chip].stale and not view(db, w.loan_a)[w.a_powder].stale
    # a shorter period set by the officer flags B (collected 2026-02-01) as well
    with db.action() as s:
        custody.set_stale_months(s, 6)
        assert settings.get_setting(s, settings.CUSTODY_STALE_MONTHS) == "6"
    assert ("LSA-2026-002", w.b_other) in stale(TODAY)
    with pytest.raises(UserError, match="from 1 to 120"), db.action() as s:
        custody.set_stale_months(s, 0)


def test_an_item_fully_returned_is_never_stale(db, w):
    with db.action() as s:
        loans.record_return(s, w.loan_a, date(2025, 10, 1), [ReturnLineData(w.a_chip, returned_ug=90 * MG, returned_pieces=3)],
                            "Zhang Wei")
    with db.read() as s:
        assert {x.loan_item_id for x in custody.stale_items(s, TODAY)} == {w.a_powder}
