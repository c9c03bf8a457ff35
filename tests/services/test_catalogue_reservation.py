"""Reserving catalogue mass for an approval: the whole sample, or a split whose
reserved part and remainder account for every microgram; releasing it again.
Refusals state the numbers and write nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from lunar_desk.db.models import AuditLog, Sample, SampleStatus
from lunar_desk.errors import LedgerError, ValidationError
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SampleData

NUMBER = "CE5C0400YJFM00406"


def add(db, number=NUMBER, mass=100_000, **kw):
    with db.action() as s:
        return catalogue.create_sample(s, SampleData(number, kw.pop("mission", "CE-5"), mass, **kw)).id


def counts(db) -> tuple[int, int]:
    with db.read() as s:
        return (s.scalar(select(func.count()).select_from(Sample)), s.scalar(select(func.count()).select_from(AuditLog)))


def by_number(db) -> dict[str, Sample]:
    with db.read() as s:
        return {x.sample_number: x for x in s.scalars(select(Sample))}


def balanced(db) -> bool:
    with db.read() as s:
        return catalogue.ledger_problems(s) == []


def test_reserving_everything_reserves_the_sample_itself(db):
    sid = add(db)
    with db.action() as s:
        reserved = catalogue.reserve_mass(s, sid, 100_000, note="APSCO-R-2026-001 item 1")
        assert reserved.id == sid
    samples = by_number(db)
    assert list(samples) == [NUMBER]
    assert samples[NUMBER].status == SampleStatus.RESERVED
    assert "APSCO-R-2026-001 item 1" in samples[NUMBER].notes
    assert balanced(db)


def test_reserving_part_splits_into_reserved_part_and_remainder(db):
    sid = add(db)
    with db.action() as s:
        reserved = catalogue.reserve_mass(s, sid, 25_000, note="APSCO-R-2026-001 item 1")
        reserved_id = reserved.id
    samples = by_number(db)
    assert set(samples) == {NUMBER, f"{NUMBER}-R1", f"{NUMBER}-1"}
    part, rest, parent = samples[f"{NUMBER}-R1"], samples[f"{NUMBER}-1"], samples[NUMBER]
    assert part.id == reserved_id
    assert (part.mass_ug, part.status, part.parent_id) == (25_000, SampleStatus.RESERVED, sid)
    assert (rest.mass_ug, rest.status, rest.parent_id) == (75_000, SampleStatus.AVAILABLE, sid)
    assert parent.status == SampleStatus.SPLIT
    assert "APSCO-R-2026-001 item 1" in part.notes
    assert balanced(db)


def test_next_free_numbers_are_used(db):
    sid = add(db)
    add(db, f"{NUMBER}-R1", 1_000)  # an unrelated record already uses the first name
    add(db, f"{NUMBER}-1", 1_000)
    with db.action() as s:
        part = catalogue.reserve_mass(s, sid, 10_000)
        assert part.sample_number == f"{NUMBER}-R2"
    samples = by_number(db)
    assert samples[f"{NUMBER}-2"].mass_ug == 90_000 and samples[f"{NUMBER}-2"].parent_id == sid
    # reserving again from the remainder numbers below the remainder
    with db.action() as s:
        again = catalogue.reserve_mass(s, samples[f"{NUMBER}-2"].id, 40_000)
        assert again.sample_number == f"{NUMBER}-2-R1"
    samples = by_number(db)
    assert samples[f"{NUMBER}-2-1"].mass_ug == 50_000
    assert balanced(db)


def test_remaining_mass_after_consumption_is_what_can_be_reserved(db):
    sid = add(db)
    with db.action() as s:
        catalogue.record_consumption(s, sid, consumed_ug=30_000)
    before = counts(db)
    with pytest.raises(LedgerError, match=r"holds 70 mg; 70\.001 mg cannot be reserved"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 70_001)
    assert counts(db) == before
    with db.action() as s:
        assert catalogue.reserve_mass(s, sid, 70_000).id == sid  # all that remains: no split
    assert by_number(db)[NUMBER].status == SampleStatus.RESERVED


def test_more_than_the_sample_holds_is_refused_with_the_numbers(db):
    sid = add(db)
    before = counts(db)
    with pytest.raises(LedgerError) as exc:
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 150_000)
    assert "holds 100 mg" in exc.value.message and "150 mg" in exc.value.message and "50 mg more" in exc.value.message
    assert counts(db) == before
    assert by_number(db)[NUMBER].status == SampleStatus.AVAILABLE


@pytest.mark.parametrize("status", ["reserved", "on_loan", "split"])
def test_only_an_available_leaf_can_be_reserved(db, status):
    sid = add(db)
    with db.action() as s:
        if status == "reserved":
            catalogue.reserve_mass(s, sid, 100_000)
        elif status == "split":
            catalogue.reserve_mass(s, sid, 10_000)
        else:
            catalogue.get_sample(s, sid).status = status
    before = counts(db)
    with pytest.raises(LedgerError, match="only an available sample can be reserved"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 1_000)
    assert counts(db) == before


@pytest.mark.parametrize("mass", [0, -5, None, 2.5])
def test_mass_must_be_positive_whole_micrograms(db, mass):
    sid = add(db)
    before = counts(db)
    with pytest.raises(ValidationError, match="greater than zero"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, mass)
    assert counts(db) == before


def test_pieces_go_with_the_reserved_part(db):
    sid = add(db, "CE5C0400YJYX00007", 90_000, preparation="rock_chip", pieces=3)
    with pytest.raises(ValidationError, match="say how many"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 30_000)
    with pytest.raises(LedgerError, match="All 3 pieces"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 30_000, pieces=3)
    with pytest.raises(LedgerError, match="3 piece"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 30_000, pieces=4)
    with db.action() as s:
        part = catalogue.reserve_mass(s, sid, 30_000, pieces=1)
        assert (part.pieces, part.mass_ug) == (1, 30_000)
    rest = by_number(db)["CE5C0400YJYX00007-1"]
    assert (rest.pieces, rest.mass_ug, rest.status) == (2, 60_000, SampleStatus.AVAILABLE)
    assert balanced(db)


def test_a_single_piece_is_reserved_whole_or_not_at_all(db):
    sid = add(db, "CE5C0400YJBP00009", 40_000, preparation="thin_section", pieces=1)
    before = counts(db)
    with pytest.raises(LedgerError, match="single piece"):
        with db.action() as s:
            catalogue.reserve_mass(s, sid, 10_000, pieces=1)
    assert counts(db) == before
    with db.action() as s:
        assert catalogue.reserve_mass(s, sid, 40_000, pieces=1).id == sid


def test_release_makes_the_reserved_part_available_and_the_split_stays(db):
    sid = add(db)
    with db.action() as s:
        part_id = catalogue.reserve_mass(s, sid, 25_000).id
    with db.action() as s:
        released = catalogue.release_reservation(s, part_id)
        assert released.status == SampleStatus.AVAILABLE
    samples = by_number(db)
    assert samples[NUMBER].status == SampleStatus.SPLIT
    assert samples[f"{NUMBER}-R1"].status == SampleStatus.AVAILABLE
    assert samples[f"{NUMBER}-R1"].mass_ug + samples[f"{NUMBER}-1"].mass_ug == 100_000
    assert balanced(db)
    with db.read() as s:
        held = sum(catalogue.held_ug(x) for x in s.scalars(select(Sample)))
    assert held == 100_000


def test_releasing_what_is_not_reserved_is_refused(db):
    sid = add(db)
    before = counts(db)
    with pytest.raises(LedgerError, match="not reserved"):
        with db.action() as s:
            catalogue.release_reservation(s, sid)
    assert counts(db) == before


def test_reservations_are_audited(db):
    sid = add(db)
    with db.action() as s:
        part_id = catalogue.reserve_mass(s, sid, 25_000).id
    with db.read() as s:
        rows = list(s.scalars(select(AuditLog).where(AuditLog.row_id == str(part_id))))
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[-1].changes["status"] == ["available", "reserved"]
