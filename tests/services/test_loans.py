"""Loans as an officer relies on them: one loan per approved application
lending exactly the reserved samples, a signature only within 10 Chinese
working days, lapses that give the reserved mass back once, collections
and returns that keep the catalogue and its mass ledger right, a loan that
closes only when every microgram is accounted for, and refusals that say
why (with the numbers) and write nothing."""

from __future__ import annotations

from contextlib import contextmanager
from datetime import date, timedelta
from types import SimpleNamespace

import pytest
from sqlalchemy import func, select, update

from lunar_desk.db.models import (
    AuditLog,
    Incident,
    ItemDecision,
    Loan,
    LoanExtension,
    LoanItem,
    ReturnLine,
    ReturnRecord,
    Sample,
    SampleStatus,
)
from lunar_desk.errors import LedgerError, UserError, ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, loans, reference, review, workdays
from lunar_desk.services.applications import ItemData, MethodData
from lunar_desk.services.catalogue import SampleData
from lunar_desk.services.loans import LoanFilter, ReturnLineData

TODAY = date(2026, 11, 25)
CLOSE_DAY = date(2026, 12, 10)  # Thursday: the signing deadline is Thursday 2026-12-24
DEADLINE = date(2026, 12, 24)
POWDER = "CE5C0400YJFM00406"  # 100 mg
CHIP = "CE5C0400YJYX00007"  # 3 pieces, 90 mg
OTHER_POWDER = "CE5C0400YJFM00511"  # 40 mg

TABLES = (Loan, LoanItem, ReturnRecord, ReturnLine, Incident, LoanExtension, Sample, AuditLog)


def snapshot(db) -> dict:
    """Row counts of the loan tables, and every sample's and loan's state."""
    with db.read() as s:
        out: dict = {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}
        out["samples"] = {x.sample_number: (x.status, x.mass_ug, x.consumed_ug, x.lost_ug, x.pieces)
                          for x in s.scalars(select(Sample))}
        out["loans"] = {x.agreement_number: (x.status, x.signed_on, x.due_date, x.signing_deadline, x.released_on)
                        for x in s.scalars(select(Loan))}
        return out


@contextmanager
def refused(db, match: str, error=UserError):
    """The action inside is refused with ``match`` in its message and leaves the database as it was."""
    before = snapshot(db)
    with pytest.raises(error, match=match):
        with db.action() as s:
            yield s
    assert snapshot(db) == before


def ledger_ok(db) -> bool:
    with db.read() as s:
        return catalogue.ledger_problems(s) == []


def held_total(db) -> int:
    with db.read() as s:
        return sum(catalogue.held_ug(x) for x in s.scalars(select(Sample)))


def sample(db, number: str) -> Sample:
    with db.read() as s:
        return catalogue.find_sample(s, number)


def loan_of(db, loan_id) -> Loan:
    with db.read() as s:
        return loans.get_loan(s, loan_id)


def items_of(db, loan_id) -> list[LoanItem]:
    with db.read() as s:
        return loans.loan_items(s, loan_id)


# --- the world --------------------------------------------------------------------------------------------------


FIELDS = dict(
    objectives="Measure amorphous rim thickness.", background="Agglutinates record exposure.",
    expected_results="A paper.", schedule="12 months.", lab_facilities="Clean room.", sample_security="Locked safe.",
)


def forwarded_app(db, e, *, inst, pi, items, title):
    """An application taken through the real workflow (pre-check, package) to forwarded."""
    with db.action() as s:
        app = apps.create_application(s, "research", batch_number=12, institution_id=inst, title=title, today=TODAY)
        f = apps.application_fields(s, app.id)
        for key, value in FIELDS.items():
            setattr(f, key, value)
        apps.update_application(s, app.id, f)
        apps.add_team_member(s, app.id, pi, "pi")
        apps.add_method(s, app.id, MethodData("Transmission electron microscopy", "FEI Titan", destructive=True,
                                              justification="FIB sections."))
        for data in items:
            apps.add_requested_item(s, app.id, data)
        cv = e.files / f"cv-{pi}.txt"
        cv.write_text("CV\n", encoding="utf-8")
        apps.attach_file(s, db.paths.attachments_dir, app.id, cv, kind="cv", person_id=pi)
        apps.change_status(s, app.id, "submitted", today=TODAY)
        package = e.files / "package.zip"
        package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
        apps.change_status(s, app.id, "forwarded", today=TODAY, package=package, attachments_dir=db.paths.attachments_dir)
        return app.id


def build_world(db, tmp_path, close_day: date = CLOSE_DAY) -> SimpleNamespace:
    """Batch 12 reviewed and closed on ``close_day``: A (Iran) approved 25 mg of POWDER and 1 CHIP piece (30 mg);
    B (Thailand) approved 10 mg of any CE-5 powder (OTHER_POWDER); C (Iran) rejected."""
    e = SimpleNamespace(files=tmp_path / "incoming")
    e.files.mkdir()
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        thai = reference.add_member_state(s, "Thailand", name_zh="泰国", iso3="THA")
        e.isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id,
                                          name_local="سازمان فضایی ایران").id
        e.gistda = reference.add_institution(s, "GISTDA", member_state_id=thai.id,
                                             name_local="สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ").id
        e.rezaei = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", institution_id=e.isa,
                                        email="rezaei@example.org", position="Professor").id
        e.hosseini = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=e.isa,
                                          email="z@example.org").id
        e.somchai = reference.add_person(s, "Somchai Wongsakul", name_native="สมชาย วงศ์สกุล", institution_id=e.gistda,
                                         email="s@example.org").id
        catalogue.create_batch(s, 12, mission_codes=["CE-5", "CE-6"])
        catalogue.create_batch(s, 13, mission_codes=["CE-5"])
        e.powder = catalogue.create_sample(s, SampleData(POWDER, "CE-5", 100_000, batch_number=12)).id
        e.chip = catalogue.create_sample(
            s, SampleData(CHIP, "CE-5", 90_000, batch_number=12, preparation="rock_chip", pieces=3)).id
        e.other_powder = catalogue.create_sample(s, SampleData(OTHER_POWDER, "CE-5", 40_000, batch_number=12)).id
    e.a = forwarded_app(db, e, inst=e.isa, pi=e.rezaei, title="Space weathering of agglutinates by TEM", items=[
        ItemData(sample_id=e.powder, mass_ug=25_000, justification="Rims."),
        ItemData(sample_id=e.chip, pieces=1, justification="Oriented chip."),
    ])
    e.b = forwarded_app(db, e, inst=e.gistda, pi=e.somchai, title="Exposure ages of mature soils", items=[
        ItemData(mission_code="CE-5", preparation="powder", mass_ug=10_000, justification="Any mature soil."),
    ])
    e.c = forwarded_app(db, e, inst=e.isa, pi=e.hosseini, title="Thermal conductivity", items=[
        ItemData(mission_code="CE-5", preparation="powder", mass_ug=300_000, justification="A large cell."),
    ])
    with db.action() as s:
        rnd = review.create_round(s, 12, "Batch 12 expert committee", None)
        e.rid = rnd.id
        review.start_review(s, rnd.id, today=TODAY)
        a_items = [i.id for i in apps.requested_items(s, e.a)]
        review.decide_item(s, rnd.id, a_items[0], "approved", today=close_day)
        review.decide_item(s, rnd.id, a_items[1], "approved", approved_mass_ug=30_000, today=close_day)
        (b_item,) = [i.id for i in apps.requested_items(s, e.b)]
        review.decide_item(s, rnd.id, b_item, "approved", sample_id=e.other_powder, today=close_day)
        (c_item,) = [i.id for i in apps.requested_items(s, e.c)]
        review.decide_item(s, rnd.id, c_item, "rejected", reason="Too much mass.", today=close_day)
        review.close_round(s, rnd.id, today=close_day)
    return e


@pytest.fixture
def world(db, tmp_path):
    return build_world(db, tmp_path)


@pytest.fixture
def made(db, world):
    """The round's loans: A = LSA-2026-001 (two items), B = LSA-2026-002."""
    with db.action() as s:
        created = loans.create_loans_for_round(s, world.rid, today=CLOSE_DAY + timedelta(days=1))
        world.loan_a, world.loan_b = (x.id for x in created)
    return world


def sign_and_collect(db, loan_id, *, signed=date(2026, 12, 15), collected=date(2026, 12, 22), cert="LSC-2026-001"):
    with db.action() as s:
        loans.record_signature(s, loan_id, signed)
        loans.issue_certificate(s, loan_id, cert, signed + timedelta(days=1))
        loans.record_collection(s, loan_id, collected, "Mohammad Rezaei")


def ret(db, loan_id, lines, on=date(2027, 3, 1), received_by="Zhang Wei", notes=""):
    with db.action() as s:
        return loans.record_return(s, loan_id, on, lines, received_by, notes).id


# --- creating loans ----------------------------------------------------------------------------------------------


def test_loans_for_a_closed_round_lend_the_reserved_samples(db, world):
    with db.action() as s:
        created = loans.create_loans_for_round(s, world.rid, today=date(2026, 12, 11))
        assert [x.agreement_number for x in created] == ["LSA-2026-001", "LSA-2026-002"]
        assert [x.application_id for x in created] == [world.a, world.b]  # the rejected C has none
        a = created[0]
        assert (a.status, a.decision_date, a.signing_deadline, a.deadline_provisional) == (
            "awaiting_signature", CLOSE_DAY, DEADLINE, False)
        assert (a.institution_id, a.responsible_person_id, a.purpose, a.loan_months) == (
            world.isa, world.rezaei, "Space weathering of agglutinates by TEM", 12)
        lent = {catalogue.get_sample(s, i.sample_id).sample_number: (i.mass_ug, i.pieces)
                for i in loans.loan_items(s, a.id)}
        assert lent == {f"{POWDER}-R1": (25_000, None), f"{CHIP}-R1": (30_000, 1)}
        decisions = {d.reserved_sample_id: d.id for d in s.scalars(select(ItemDecision))}
        assert all(i.decision_id == decisions[i.sample_id] for i in loans.loan_items(s, a.id))
        (b_item,) = loans.loan_items(s, created[1].id)
        assert (catalogue.get_sample(s, b_item.sample_id).sample_number, b_item.mass_ug) == (f"{OTHER_POWDER}-R1", 10_000)
    assert sample(db, f"{POWDER}-R1").status == SampleStatus.RESERVED  # reserved until collection
    # running it again makes nothing new
    with db.action() as s:
        assert loans.create_loans_for_round(s, world.rid, today=date(2026, 12, 11)) == []
    with refused(db, r"APSCO-R-2026-001 already has loan LSA-2026-001 \(awaiting signature\)") as s:
        loans.create_loan(s, world.a, today=date(2026, 12, 11))
    with refused(db, "is rejected; a loan follows an approval") as s:
        loans.create_loan(s, world.c, today=date(2026, 12, 11))
    with db.action() as s:
        assert loans.next_agreement_number(s, 2026) == "LSA-2026-003"
        assert loans.next_agreement_number(s, 2027) == "LSA-2027-001"


def test_a_round_still_open_makes_no_loans(db, world):
    with db.action() as s:
        rid = review.create_round(s, 13, "Batch 13 committee", None).id
    with refused(db, "is still open") as s:
        loans.create_loans_for_round(s, rid, today=TODAY)


def test_agreement_number_given_by_the_officer_must_be_unique(db, world):
    with db.action() as s:
        assert loans.create_loan(s, world.a, today=date(2026, 12, 11), agreement_number=" LSA-2026-050 ").agreement_number \
            == "LSA-2026-050"
    with refused(db, "LSA-2026-050 is already used") as s:
        loans.create_loan(s, world.b, today=date(2026, 12, 11), agreement_number="LSA-2026-050")
    with db.action() as s:
        assert loans.create_loan(s, world.b, today=date(2026, 12, 11)).agreement_number == "LSA-2026-051"


def test_a_sample_is_never_on_two_open_loans(db, made):
    # B's decision is pointed at A's reserved powder: a second loan of it must be refused.
    with db.action() as s:
        a_powder = loans.loan_items(s, made.loan_a)[0].sample_id
        for item in loans.loan_items(s, made.loan_b):
            s.delete(item)
        s.flush()
        s.delete(loans.get_loan(s, made.loan_b))
        s.flush()
        s.execute(update(ItemDecision).where(ItemDecision.sample_id == made.other_powder).values(reserved_sample_id=a_powder))
    with refused(db, rf"item 1: {POWDER}-R1 is already on loan LSA-2026-001 \(awaiting signature\)") as s:
        loans.create_loan(s, made.b, today=date(2026, 12, 11))
    # once A's loan lapsed and its mass was released, the sample is on no open loan
    with db.action() as s:
        loans.release_lapsed(s, made.loan_a, DEADLINE + timedelta(days=1))
        assert loans.open_loan_of_sample(s, a_powder) is None


# --- signature, lapse, release -------------------------------------------------------------------------------------


def test_signature_within_the_deadline_and_refused_after_it(db, made):
    with refused(db, "The date of signature \\(2026-12-09\\) is before the committee's decision \\(2026-12-10\\)") as s:
        loans.record_signature(s, made.loan_a, date(2026, 12, 9))
    with refused(db, "LSA-2026-002 had to be signed by 2026-12-24, 10 Chinese working days after the decision of "
                     "2026-12-10; a signature dated 2026-12-25 is too late, so the loan has lapsed") as s:
        loans.record_signature(s, made.loan_b, date(2026, 12, 25))
    with db.action() as s:
        loans.record_signature(s, made.loan_a, DEADLINE)  # the last day is still in time
    a = loan_of(db, made.loan_a)
    assert (a.status, a.signed_on) == ("signed", DEADLINE)
    with refused(db, "LSA-2026-001 is signed: 'Record signature' is possible only for a loan that is awaiting "
                     "signature or lapsed") as s:
        loans.record_signature(s, made.loan_a, DEADLINE)


def test_lapse_and_release_give_the_mass_back_once(db, made):
    held = held_total(db)
    with db.action() as s:
        assert loans.check_lapsed(s, DEADLINE) == []  # still signable on the deadline
    with refused(db, "it has not lapsed: it can be signed until 2026-12-24") as s:
        loans.release_lapsed(s, made.loan_a, DEADLINE)
    with db.action() as s:
        lapsed = loans.check_lapsed(s, DEADLINE + timedelta(days=1))
        assert sorted(x.agreement_number for x in lapsed) == ["LSA-2026-001", "LSA-2026-002"]
    assert loan_of(db, made.loan_a).status == "lapsed"
    # a signature dated in time but recorded late is still accepted before the release
    with db.action() as s:
        loans.record_signature(s, made.loan_b, date(2026, 12, 23))
    assert loan_of(db, made.loan_b).status == "signed"

    with db.action() as s:
        released = loans.release_lapsed(s, made.loan_a, date(2027, 1, 6))
        assert sorted(x.sample_number for x in released) == [f"{POWDER}-R1", f"{CHIP}-R1"]
    a = loan_of(db, made.loan_a)
    assert (a.status, a.released_on) == ("lapsed", date(2027, 1, 6))
    assert f"{POWDER}-R1" in a.notes
    assert sample(db, f"{POWDER}-R1").status == SampleStatus.AVAILABLE
    assert sample(db, f"{CHIP}-R1").status == SampleStatus.AVAILABLE
    assert ledger_ok(db) and held_total(db) == held  # nothing lost, only made available
    with refused(db, "its reserved mass was released on 2027-01-06") as s:
        loans.release_lapsed(s, made.loan_a, date(2027, 1, 7))
    with refused(db, "can no longer be signed") as s:
        loans.record_signature(s, made.loan_a, date(2026, 12, 20))
    with db.read() as s:
        assert [x.label for x in loans.allowed_actions(loans.get_loan(s, made.loan_a), date(2027, 1, 7))] == []
    # the mass can be reserved again for someone else
    with db.action() as s:
        assert catalogue.reserve_mass(s, sample(db, f"{POWDER}-R1").id, 5_000).status == SampleStatus.RESERVED
    assert ledger_ok(db)


def test_release_of_an_unsigned_loan_past_its_deadline_marks_it_lapsed(db, made):
    with db.action() as s:
        loans.release_lapsed(s, made.loan_b, date(2027, 2, 1))
    b = loan_of(db, made.loan_b)
    assert (b.status, b.released_on) == ("lapsed", date(2027, 2, 1))
    assert sample(db, f"{OTHER_POWDER}-R1").status == SampleStatus.AVAILABLE and ledger_ok(db)


def test_a_provisional_deadline_is_counted_again_when_the_arrangement_is_entered(db, tmp_path):
    world = build_world(db, tmp_path, close_day=date(2026, 12, 21))
    with db.action() as s:
        loan = loans.create_loan(s, world.b, today=date(2026, 12, 22))
        assert (loan.signing_deadline, loan.deadline_provisional) == (date(2027, 1, 5), True)
        loan_id = loan.id
    with db.read() as s:
        view = loans.loan_view(s, loan_id, date(2026, 12, 22))
        assert view.deadline_note.startswith("provisional: the 2027 holiday arrangement has not been announced")
    with refused(db, "is provisional: the holiday arrangement of 2026, 2027 is not entered yet") as s:
        loans.release_lapsed(s, loan_id, date(2027, 1, 20))
    with db.action() as s:
        workdays.set_calendar_day(s, date(2027, 1, 4), "holiday", "New Year 2027 (State Council notice)")
        changed = loans.recompute_deadlines(s)
        assert [x.id for x in changed] == [loan_id]
    loan = loan_of(db, loan_id)
    assert (loan.signing_deadline, loan.deadline_provisional) == (date(2027, 1, 6), False)
    with db.action() as s:
        loans.record_signature(s, loan_id, date(2027, 1, 6))  # in time under the official arrangement


# --- certificate and collection ------------------------------------------------------------------------------------


def test_collection_needs_the_certificate_and_puts_the_samples_on_loan(db, made):
    held = held_total(db)
    with db.action() as s:
        loans.record_signature(s, made.loan_a, date(2026, 12, 15))
    with refused(db, "the lunar sample certificate must be issued before the samples are collected") as s:
        loans.record_collection(s, made.loan_a, date(2026, 12, 22), "Mohammad Rezaei")
    with refused(db, "The certificate date \\(2026-12-14\\) is before the signature") as s:
        loans.issue_certificate(s, made.loan_a, "LSC-2026-001", date(2026, 12, 14))
    with refused(db, "Give the certificate number") as s:
        loans.issue_certificate(s, made.loan_a, "  ", date(2026, 12, 16))
    with db.action() as s:
        loans.issue_certificate(s, made.loan_a, "LSC-2026-001", date(2026, 12, 16))
        loans.record_signature(s, made.loan_b, date(2026, 12, 16))
    with refused(db, "Certificate LSC-2026-001 was issued for LSA-2026-001") as s:
        loans.issue_certificate(s, made.loan_b, "LSC-2026-001", date(2026, 12, 17))
    with refused(db, "certificate LSC-2026-001 was issued on 2026-12-16") as s:
        loans.issue_certificate(s, made.loan_a, "LSC-2026-009", date(2026, 12, 17))
    with refused(db, "Give the name of the person who collected") as s:
        loans.record_collection(s, made.loan_a, date(2026, 12, 22), " ")
    with refused(db, "before the certificate date") as s:
        loans.record_collection(s, made.loan_a, date(2026, 12, 15), "Mohammad Rezaei")
    with db.action() as s:
        loans.record_collection(s, made.loan_a, date(2026, 12, 22), "Mohammad Rezaei")
    a = loan_of(db, made.loan_a)
    assert (a.status, a.collected_on, a.collected_by, a.due_date) == (
        "collected", date(2026, 12, 22), "Mohammad Rezaei", date(2027, 12, 22))
    assert sample(db, f"{POWDER}-R1").status == SampleStatus.ON_LOAN
    assert sample(db, f"{CHIP}-R1").status == SampleStatus.ON_LOAN
    assert sample(db, f"{OTHER_POWDER}-R1").status == SampleStatus.RESERVED  # B is not collected
    assert ledger_ok(db) and held_total(db) == held


def test_loan_period_months_and_month_ends():
    assert loans.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert loans.add_months(date(2026, 12, 22), 12) == date(2027, 12, 22)
    assert loans.add_months(date(2027, 11, 30), 3) == date(2028, 2, 29)


# --- returns and closing ---------------------------------------------------------------------------------------------


def test_partial_returns_reconcile_the_ledger_and_refusals_write_nothing(db, made):
    sign_and_collect(db, made.loan_a)
    powder_item, chip_item = items_of(db, made.loan_a)
    with refused(db, "Item 1 \\(CE5C0400YJFM00406-R1, 25 mg lent\\): 0 mg returned, 0 mg consumed and 0 mg lost so far; "
                     "this return adds 20 mg returned, 6 mg consumed and 0 mg lost, which would account for 26 mg: "
                     "1 mg more than was lent", LedgerError) as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1),
                            [ReturnLineData(powder_item.id, returned_ug=20_000, consumed_ug=6_000)], "Zhang Wei")
    with refused(db, "the returned mass is a whole number of micrograms") as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1), [ReturnLineData(powder_item.id, returned_ug=-5)], "Zhang Wei")
    with refused(db, "is lent by mass; give no piece count") as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1),
                            [ReturnLineData(powder_item.id, returned_ug=1_000, returned_pieces=1)], "Zhang Wei")
    with refused(db, "is on the return twice") as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1), [ReturnLineData(powder_item.id, returned_ug=1),
                                                               ReturnLineData(powder_item.id, returned_ug=1)], "Zhang Wei")
    b_item = items_of(db, made.loan_b)[0]
    with refused(db, "Line 1 names an item that is not lent under LSA-2026-001") as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1), [ReturnLineData(b_item.id, returned_ug=1)], "Zhang Wei")
    with refused(db, "The return records nothing") as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1), [ReturnLineData(powder_item.id)], "Zhang Wei")
    with refused(db, "Give the name of the person who received") as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1), [ReturnLineData(powder_item.id, returned_ug=1)], "")
    with refused(db, "before the collection") as s:
        loans.record_return(s, made.loan_a, date(2026, 12, 1), [ReturnLineData(powder_item.id, returned_ug=1)], "Zhang Wei")
    # a valid return whose second line breaks the rule is refused as a whole
    with refused(db, "Item 2 \\(CE5C0400YJYX00007-R1, 30 mg lent\\): 1 piece\\(s\\) lent, 0 returned so far; "
                     "2 more cannot come back", LedgerError) as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 1), [
            ReturnLineData(powder_item.id, returned_ug=10_000, consumed_ug=2_000),
            ReturnLineData(chip_item.id, returned_ug=10_000, returned_pieces=2)], "Zhang Wei")

    ret(db, made.loan_a, [ReturnLineData(powder_item.id, returned_ug=10_000, consumed_ug=2_000, condition="Sealed vial")],
        notes="First part")
    assert loan_of(db, made.loan_a).status == "partly_returned"
    powder = sample(db, f"{POWDER}-R1")
    assert (powder.status, powder.consumed_ug, powder.lost_ug) == (SampleStatus.ON_LOAN, 2_000, 0)
    assert ledger_ok(db)
    with refused(db, "10 mg returned, 2 mg consumed and 0 mg lost so far; this return adds 14 mg returned, 0 mg "
                     "consumed and 0 mg lost, which would account for 26 mg: 1 mg more than was lent. At most 13 mg is "
                     "still to be accounted for", LedgerError) as s:
        loans.record_return(s, made.loan_a, date(2027, 3, 2), [ReturnLineData(powder_item.id, returned_ug=14_000)],
                            "Zhang Wei")
    with refused(db, "cannot be closed until every lent item is accounted for:\n"
                     "• Item 1 \\(CE5C0400YJFM00406-R1, 25 mg lent\\): returned 10 mg \\+ consumed 2 mg \\+ lost 0 mg "
                     "= 12 mg; 13 mg not yet accounted for\n"
                     "• Item 2 \\(CE5C0400YJYX00007-R1, 30 mg lent\\): returned 0 mg \\+ consumed 0 mg \\+ lost 0 mg "
                     "= 0 mg; 30 mg not yet accounted for", LedgerError) as s:
        loans.close_loan(s, made.loan_a, date(2027, 3, 5))

    ret(db, made.loan_a, [ReturnLineData(powder_item.id, returned_ug=13_000),
                          ReturnLineData(chip_item.id, lost_ug=30_000, condition="Chip lost in transit")],
        on=date(2027, 4, 1))
    powder = sample(db, f"{POWDER}-R1")
    assert (powder.status, catalogue.remaining_ug(powder), catalogue.held_ug(powder)) == (SampleStatus.AVAILABLE, 23_000, 23_000)
    assert "Returned under LSA-2026-001 on 2027-04-01: 23 mg back, 2 mg consumed, 0 mg lost." in powder.notes
    chip = sample(db, f"{CHIP}-R1")
    assert (chip.status, chip.lost_ug, catalogue.held_ug(chip)) == (SampleStatus.LOST, 30_000, 0)
    assert loan_of(db, made.loan_a).status == "partly_returned"  # fully accounted, not closed yet
    assert ledger_ok(db)
    with refused(db, "The closing date \\(2027-03-31\\) is before the last return \\(2027-04-01\\)") as s:
        loans.close_loan(s, made.loan_a, date(2027, 3, 31))
    with db.action() as s:
        loans.close_loan(s, made.loan_a, date(2027, 4, 2))
    a = loan_of(db, made.loan_a)
    assert (a.status, a.closed_on) == ("closed", date(2027, 4, 2))
    with refused(db, "LSA-2026-001 is closed: 'Record return' is possible only") as s:
        loans.record_return(s, made.loan_a, date(2027, 4, 3), [ReturnLineData(powder_item.id, returned_ug=1)], "Zhang Wei")
    with db.read() as s:
        rows = s.scalars(select(ReturnRecord).where(ReturnRecord.loan_id == made.loan_a)).all()
        assert len(rows) == 2
        assert s.scalar(select(func.count()).select_from(ReturnLine)) == 3


def test_an_item_all_consumed_ends_consumed_and_pieces_come_back(db, made):
    sign_and_collect(db, made.loan_a)
    powder_item, chip_item = items_of(db, made.loan_a)
    ret(db, made.loan_a, [ReturnLineData(powder_item.id, consumed_ug=25_000),
                          ReturnLineData(chip_item.id, returned_ug=29_500, returned_pieces=1, lost_ug=500,
                                         condition="Polished face")])
    assert sample(db, f"{POWDER}-R1").status == SampleStatus.CONSUMED
    chip = sample(db, f"{CHIP}-R1")
    assert (chip.status, catalogue.remaining_ug(chip), chip.pieces) == (SampleStatus.AVAILABLE, 29_500, 1)
    with db.action() as s:
        loans.close_loan(s, made.loan_a, date(2027, 3, 1))
    assert ledger_ok(db)


# --- extension and incidents ----------------------------------------------------------------------------------------


def test_extension_moves_the_due_date_later_with_a_reason(db, made):
    with refused(db, "'Extend due date' is possible only for a loan that is collected or partly returned") as s:
        loans.extend(s, made.loan_a, date(2028, 6, 1), "More time")
    sign_and_collect(db, made.loan_a)
    with refused(db, "Say why the loan is extended") as s:
        loans.extend(s, made.loan_a, date(2028, 6, 1), "  ")
    with refused(db, "The new due date \\(2027-12-22\\) must be later than the current one \\(2027-12-22\\)") as s:
        loans.extend(s, made.loan_a, date(2027, 12, 22), "Same day")
    with db.action() as s:
        ext = loans.extend(s, made.loan_a, date(2028, 3, 22), "Instrument repair; CLEP agreed on 2027-11-02.")
        assert (ext.old_due_date, ext.new_due_date) == (date(2027, 12, 22), date(2028, 3, 22))
    assert loan_of(db, made.loan_a).due_date == date(2028, 3, 22)
    with db.read() as s:
        view = loans.loan_view(s, made.loan_a, date(2028, 1, 10))
        assert (view.original_due_date, view.due_date, view.overdue) == (date(2027, 12, 22), date(2028, 3, 22), False)
        assert [(e.old_due_date, e.new_due_date, e.reason) for e in view.extensions] == [
            (date(2027, 12, 22), date(2028, 3, 22), "Instrument repair; CLEP agreed on 2027-11-02.")]


def test_incidents_are_reported_closed_and_hold_the_loan_open(db, made):
    with refused(db, "'Report incident' is possible only for a loan that is collected, partly returned or closed") as s:
        loans.report_incident(s, made.loan_a, date(2026, 12, 20), "loss", "Vial missing")
    sign_and_collect(db, made.loan_a)
    with refused(db, "'meteor' is not a kind of incident") as s:
        loans.report_incident(s, made.loan_a, date(2027, 1, 5), "meteor", "Hit")
    with refused(db, "Describe what happened") as s:
        loans.report_incident(s, made.loan_a, date(2027, 1, 5), "damage", " ")
    with refused(db, "56 mg affected is more than the 55 mg lent") as s:
        loans.report_incident(s, made.loan_a, date(2027, 1, 5), "damage", "Spilled", 56_000)
    with refused(db, "before the collection") as s:
        loans.report_incident(s, made.loan_a, date(2026, 12, 21), "damage", "Spilled")
    with db.action() as s:
        incident_id = loans.report_incident(s, made.loan_a, date(2027, 1, 5), "damage", "Vial cracked in the centrifuge",
                                            800, reported_to_clep_on=date(2027, 1, 6)).id
    with db.read() as s:
        a = loans.get_loan(s, made.loan_a)
        assert loans.loan_state(a, date(2027, 1, 10), open_incidents=1).incident_open
        (row,) = loans.list_loans(s, LoanFilter(status="collected"), date(2027, 1, 10))
        assert row.incident_open
    powder_item, chip_item = items_of(db, made.loan_a)
    ret(db, made.loan_a, [ReturnLineData(powder_item.id, returned_ug=24_200, lost_ug=800),
                          ReturnLineData(chip_item.id, returned_ug=30_000, returned_pieces=1)])
    with refused(db, r"LSA-2026-001 has open incidents \(damage of 2027-01-05\); close them before the loan") as s:
        loans.close_loan(s, made.loan_a, date(2027, 3, 2))
    with refused(db, "Say how the incident was resolved") as s:
        loans.close_incident(s, incident_id, "")
    with db.action() as s:
        loans.close_incident(s, incident_id, "0.8 mg declared lost on the return form; CLEP informed.")
    with refused(db, "already closed") as s:
        loans.close_incident(s, incident_id, "Again")
    with db.action() as s:
        loans.close_loan(s, made.loan_a, date(2027, 3, 2))
    with db.read() as s:
        (inc,) = loans.loan_view(s, made.loan_a, date(2027, 3, 3)).incidents
        assert (inc.kind_label, inc.status, inc.mass_affected_ug, inc.reported_to_clep_on) == (
            "Damage", "closed", 800, date(2027, 1, 6))
    # a late report after closing can still be recorded
    with db.action() as s:
        loans.report_incident(s, made.loan_a, date(2027, 9, 1), "late_report", "Results not reported within three months")


# --- state, actions, listing ------------------------------------------------------------------------------------------


def test_state_flags_follow_the_calendar(db, made):
    with db.read() as s:
        a = loans.get_loan(s, made.loan_a)
        cal = workdays.calendar(s)
        far = loans.loan_state(a, date(2026, 12, 16), calendar=cal)
        assert (far.deadline_soon, far.working_days_left, far.lapsed) == (False, 6, False)
        soon = loans.loan_state(a, date(2026, 12, 17), calendar=cal)
        assert (soon.deadline_soon, soon.working_days_left) == (True, 5)
        assert loans.loan_state(a, DEADLINE).deadline_soon
        late = loans.loan_state(a, DEADLINE + timedelta(days=1))
        assert (late.lapsed, late.deadline_soon, late.working_days_left) == (True, False, None)
    # an officer's extra day off makes the deadline "nearer" in working days
    with db.action() as s:
        workdays.set_calendar_day(s, date(2026, 12, 21), "holiday", "Office closed (test)")
    with db.read() as s:
        a = loans.get_loan(s, made.loan_a)
        assert loans.loan_state(a, date(2026, 12, 16), calendar=workdays.calendar(s)).working_days_left == 5
    sign_and_collect(db, made.loan_a)
    with db.read() as s:
        a = loans.get_loan(s, made.loan_a)
        assert not loans.loan_state(a, date(2027, 12, 22)).overdue
        over = loans.loan_state(a, date(2028, 1, 1))
        assert (over.overdue, over.days_overdue, over.lapsed) == (True, 10, False)


def test_allowed_actions_follow_the_status_table(db, made):
    def labels(loan_id, today):
        with db.read() as s:
            return [x.label for x in loans.allowed_actions(loans.get_loan(s, loan_id), today)]

    assert labels(made.loan_a, date(2026, 12, 15)) == ["Record signature"]
    assert labels(made.loan_a, date(2026, 12, 28)) == ["Record signature", "Release reserved mass"]
    with db.action() as s:
        loans.record_signature(s, made.loan_a, date(2026, 12, 15))
    assert labels(made.loan_a, date(2026, 12, 16)) == ["Issue certificate"]
    with db.action() as s:
        loans.issue_certificate(s, made.loan_a, "LSC-1", date(2026, 12, 16))
    assert labels(made.loan_a, date(2026, 12, 16)) == ["Record collection"]
    with db.action() as s:
        loans.record_collection(s, made.loan_a, date(2026, 12, 22), "R")
    assert labels(made.loan_a, date(2027, 1, 5)) == ["Record return", "Report incident", "Extend due date"]
    powder_item, _chip = items_of(db, made.loan_a)
    ret(db, made.loan_a, [ReturnLineData(powder_item.id, returned_ug=1_000)])
    assert labels(made.loan_a, date(2027, 3, 2)) == ["Record return", "Report incident", "Extend due date", "Close loan"]
    assert {s.action for s in loans.STEPS} >= {"sign", "certificate", "collect", "return", "incident", "extend", "close",
                                               "release", "lapse"}


def test_list_filters_and_rows(db, made):
    sign_and_collect(db, made.loan_a)
    powder_item, _chip = items_of(db, made.loan_a)
    ret(db, made.loan_a, [ReturnLineData(powder_item.id, returned_ug=5_000, consumed_ug=1_000)])
    with db.read() as s:
        rows = loans.list_loans(s, LoanFilter(), date(2026, 12, 18))
        assert [r.agreement_number for r in rows] == ["LSA-2026-001", "LSA-2026-002"]
        a, b = rows
        assert (a.application_reference, a.institution, a.institution_local, a.member_state) == (
            "APSCO-R-2026-001", "Iranian Space Agency", "سازمان فضایی ایران", "Iran")
        assert (a.responsible_person, a.responsible_person_native) == ("Mohammad Rezaei", "محمد رضایی")
        assert (a.status, a.status_label, a.items_count, a.loaned_ug, a.outstanding_ug) == (
            "partly_returned", "Partly returned", 2, 55_000, 49_000)
        assert (a.due_date, a.signing_deadline, a.deadline_provisional) == (date(2027, 12, 22), DEADLINE, False)
        assert (b.status, b.outstanding_ug, b.deadline_soon, b.working_days_left) == ("awaiting_signature", 0, True, 4)

        def numbers(f, today=date(2026, 12, 18)):
            return [r.agreement_number for r in loans.list_loans(s, f, today)]

        assert numbers(LoanFilter(status="awaiting_signature")) == ["LSA-2026-002"]
        assert numbers(LoanFilter(text="สมชาย")) == ["LSA-2026-002"]  # the PI's Thai name
        assert numbers(LoanFilter(text="فضایی")) == ["LSA-2026-001"]  # the institution's Persian name
        assert numbers(LoanFilter(text="yjyx00007")) == ["LSA-2026-001"]  # a lent sample number, any case
        assert numbers(LoanFilter(text="LSC-2026-001")) == ["LSA-2026-001"]  # the certificate
        assert numbers(LoanFilter(text="APSCO-R-2026-002")) == ["LSA-2026-002"]
        assert numbers(LoanFilter(text="100%")) == []
        assert numbers(LoanFilter(soon_only=True)) == ["LSA-2026-002"]
        assert numbers(LoanFilter(soon_only=True), date(2026, 12, 10)) == []
        assert numbers(LoanFilter(overdue_only=True)) == []
        assert numbers(LoanFilter(overdue_only=True), date(2028, 1, 2)) == ["LSA-2026-001"]
        lapsed = loans.list_loans(s, LoanFilter(status="awaiting_signature"), date(2027, 1, 2))
        assert [(r.lapsed, r.deadline_soon) for r in lapsed] == [(True, False)]


def test_loan_view_has_everything_the_documents_need(db, made):
    sign_and_collect(db, made.loan_a)
    powder_item, chip_item = items_of(db, made.loan_a)
    ret(db, made.loan_a, [ReturnLineData(powder_item.id, returned_ug=20_000, consumed_ug=5_000, condition="Vial sealed"),
                          ReturnLineData(chip_item.id, returned_ug=10_000, condition="Half the chip")],
        on=date(2027, 6, 1), received_by="Zhang Wei", notes="First return")
    with db.action() as s:
        loans.report_incident(s, made.loan_a, date(2027, 6, 10), "contamination", "Glove box leak", 100)
    with db.read() as s:
        v = loans.loan_view(s, made.loan_a, date(2027, 6, 15))
    assert (v.agreement_number, v.status, v.status_label) == ("LSA-2026-001", "partly_returned", "Partly returned")
    assert (v.application_reference, v.application_kind_label, v.purpose, v.batch_number, v.round_name) == (
        "APSCO-R-2026-001", "Research", "Space weathering of agglutinates by TEM", 12, "Batch 12 expert committee")
    assert (v.lender.name, v.lender.name_zh) == (
        "China Lunar Exploration and Space Program Center (CLEP)", "国家航天局探月与航天工程中心")
    assert v.coordinator.name_zh == "亚太空间合作组织秘书处"
    assert (v.borrower.name, v.borrower.name_local, v.borrower.member_state, v.borrower.member_state_zh,
            v.borrower.member_state_iso3) == ("Iranian Space Agency", "سازمان فضایی ایران", "Iran", "伊朗", "IRN")
    p = v.responsible_person
    assert (p.name_latin, p.name_native, p.position, p.email, p.institution, p.institution_local) == (
        "Mohammad Rezaei", "محمد رضایی", "Professor", "rezaei@example.org", "Iranian Space Agency", "سازمان فضایی ایران")
    assert (v.decision_date, v.signing_deadline, v.deadline_provisional, v.deadline_note, v.deadline_working_days) == (
        CLOSE_DAY, DEADLINE, False, "", 10)
    assert [(d.day, d.reason, d.counted) for d in v.deadline_skipped] == [
        (date(2026, 12, 12), "Saturday", False), (date(2026, 12, 13), "Sunday", False),
        (date(2026, 12, 19), "Saturday", False), (date(2026, 12, 20), "Sunday", False)]
    assert "end on Thursday 2026-12-24" in v.deadline_explanation
    assert (v.signed_on, v.certificate_number, v.certificate_date, v.collected_on, v.collected_by) == (
        date(2026, 12, 15), "LSC-2026-001", date(2026, 12, 16), date(2026, 12, 22), "Mohammad Rezaei")
    assert (v.loan_months, v.original_due_date, v.due_date, v.extensions) == (12, date(2027, 12, 22), date(2027, 12, 22), ())
    powder, chip = v.items
    assert (powder.position, powder.sample_number, powder.parent_sample_number, powder.mission, powder.mission_name,
            powder.mission_name_zh, powder.preparation_label) == (
        1, f"{POWDER}-R1", POWDER, "CE-5", "Chang'e-5", "嫦娥五号", "Powder")
    assert (powder.mass_ug, powder.returned_ug, powder.consumed_ug, powder.outstanding_ug, powder.fully_accounted,
            powder.sample_status) == (25_000, 20_000, 5_000, 0, True, "available")
    assert (chip.sample_number, chip.preparation_label, chip.mass_ug, chip.pieces, chip.returned_ug,
            chip.outstanding_ug, chip.outstanding_pieces, chip.sample_status_label) == (
        f"{CHIP}-R1", "Rock chip", 30_000, 1, 10_000, 20_000, 1, "On loan")
    (r,) = v.returns
    assert (r.returned_on, r.received_by, r.notes, r.returned_ug, r.consumed_ug, r.lost_ug) == (
        date(2027, 6, 1), "Zhang Wei", "First return", 30_000, 5_000, 0)
    assert [(x.item_position, x.sample_number, x.returned_ug, x.condition) for x in r.lines] == [
        (1, f"{POWDER}-R1", 20_000, "Vial sealed"), (2, f"{CHIP}-R1", 10_000, "Half the chip")]
    (inc,) = v.incidents
    assert (inc.kind, inc.kind_label, inc.status_label, inc.mass_affected_ug) == ("contamination", "Contamination", "Open", 100)
    assert (v.loaned_ug, v.returned_ug, v.consumed_ug, v.lost_ug, v.outstanding_ug) == (55_000, 30_000, 5_000, 0, 20_000)
    assert (v.incident_open, v.overdue, v.lapsed) == (True, False, False)
    assert v.allowed_actions == ("Record return", "Report incident", "Extend due date", "Close loan")


# --- demo ------------------------------------------------------------------------------------------------------------


def test_demo_fill_loans_covers_every_state(db):
    from lunar_desk.services import demo, demo_applications, demo_loans, demo_review

    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 400)
        demo_applications.fill_applications(s, today=TODAY)
        demo_review.fill_review(s, today=TODAY)
        made = demo_loans.fill_loans(s, today=TODAY)
    assert made.loans == 6 and made.rounds == 1
    with db.read() as s:
        rows = loans.list_loans(s, LoanFilter(), TODAY)
        assert {r.status for r in rows} == {"awaiting_signature", "lapsed", "signed", "collected", "partly_returned", "closed"}
        assert any(r.status == "awaiting_signature" and r.deadline_soon for r in rows)
        assert any(r.status == "collected" and r.overdue for r in rows)
        assert any(r.incident_open for r in rows)
        closed = [r for r in rows if r.status == "closed"]
        for r in rows:
            v = loans.loan_view(s, r.id, TODAY)
            assert v.items and v.borrower.name and v.responsible_person is not None
            if r.status == "closed":
                assert v.outstanding_ug == 0 and len(v.returns) >= 1
                assert all(i.fully_accounted for i in v.items)
        assert len(closed) == 1
        assert catalogue.ledger_problems(s) == []
        for r in apps.list_applications(s):
            h = apps.application_view(s, r.id).history
            assert [x.at for x in h] == sorted(x.at for x in h), r.reference
