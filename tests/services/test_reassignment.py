"""When a responsible person leaves: the loan passes to a colleague at the same institution or is
recalled, both in the loan's history; refusals name the institutions; "people who hold samples" says who
holds what now."""

from __future__ import annotations

from datetime import date

import pytest
from stewardship_world import MG, TODAY, build, counts

from lunar_desk.errors import ValidationError
from lunar_desk.services import custody, holds, inventory, loans, reassignment
from lunar_desk.services.inventory import InventoryLineData as Line
from lunar_desk.services.loans import LoanFilter


@pytest.fixture
def w(db):
    return build(db)


def history(db, loan_id):
    with db.read() as s:
        return [(h.on, h.kind, h.text) for h in loans.loan_view(s, loan_id, TODAY).history]


def test_a_departure_is_recorded_with_its_date(db, w):
    with db.action() as s:
        p = reassignment.record_departure(s, w.rezaei, "retired", date(2026, 9, 30), today=TODAY)
        assert (p.status, p.left_on) == ("retired", date(2026, 9, 30))
        assert [x.agreement_number for x in reassignment.open_loans_of(s, w.rezaei)] == ["LSA-2025-001"]
    before = counts(db)
    for status, on, match in (("retired", date(2026, 12, 1), "in the future"), ("on holiday", TODAY, "not a status"),
                              ("deceased", None, "Give the date of leaving")):
        with pytest.raises(ValidationError, match=match), db.action() as s:
            reassignment.record_departure(s, w.hosseini, status, on, today=TODAY)
    assert counts(db) == before


def test_transfer_to_a_colleague_at_the_same_institution(db, w):
    with db.action() as s:
        reassignment.record_departure(s, w.rezaei, "retired", date(2026, 9, 30), today=TODAY)
        assert [p.name_latin for p in reassignment.candidates(s, w.loan_a)] == ["Zahra Hosseini"]
        reassignment.transfer(s, w.loan_a, w.hosseini, date(2026, 10, 1), "Prof. Rezaei retired on 30 September.",
                              today=TODAY)
    with db.read() as s:
        loan = loans.get_loan(s, w.loan_a)
        assert loan.responsible_person_id == w.hosseini
        (t,) = reassignment.transfers(s, w.loan_a)
        assert (t.kind, t.from_person_id, t.to_person_id, t.effective_on) == ("transfer", w.rezaei, w.hosseini,
                                                                              date(2026, 10, 1))
        row = next(r for r in loans.list_loans(s, LoanFilter(), TODAY) if r.id == w.loan_a)
        assert row.responsible_person == "Zahra Hosseini"
    assert (date(2026, 10, 1), "transfer", ("Responsibility transferred from Mohammad Rezaei (محمد رضایی) to Zahra "
            "Hosseini (زهرا حسینی): Prof. Rezaei retired on 30 September.")) in history(db, w.loan_a)
    kinds = [k for _on, k, _t in history(db, w.loan_a)]
    assert kinds[:4] == ["decision", "signed", "certificate", "collected"] and kinds[-1] == "transfer"


def test_transfer_to_someone_elsewhere_is_refused_naming_both_institutions(db, w):
    before = counts(db)
    with pytest.raises(ValidationError) as exc, db.action() as s:
        reassignment.transfer(s, w.loan_a, w.somchai, date(2026, 10, 1), "Moved.", today=TODAY)
    assert exc.value.field == "to_person"
    assert exc.value.message == (
        "Somchai Wongsakul (สมชาย วงศ์สกุล) is at GISTDA (Thailand), not at Iranian Space Agency (Iran), the borrower "
        "of LSA-2025-001: responsibility passes only to someone at the same institution. Start a recall instead.")
    with db.action() as s:
        reassignment.record_departure(s, w.hosseini, "moved", date(2026, 8, 1), today=TODAY)
    for person, on, reason, match in (
        (w.hosseini, date(2026, 10, 1), "x", "Zahra Hosseini .* is moved to another institution on 2026-08-01"),
        (w.rezaei, date(2026, 10, 1), "x", "already responsible for LSA-2025-001"),
        (w.hosseini, date(2026, 10, 1), "  ", "Give the reason"),
        (w.hosseini, date(2027, 1, 1), "x", "is in the future"),
    ):
        with pytest.raises(ValidationError, match=match), db.action() as s:
            reassignment.transfer(s, w.loan_a, person, on, reason, today=TODAY)
    assert {k: v for k, v in counts(db).items() if k != "AuditLog"} == {
        k: v for k, v in before.items() if k != "AuditLog"}  # only the departure above was written


def test_a_recall_brings_the_due_date_forward_and_shows_in_the_history(db, w):
    with db.action() as s:
        reassignment.recall(s, w.loan_a, date(2026, 11, 1), "The responsible person died; CLEP asks for the samples.",
                            today=TODAY)
        assert loans.get_loan(s, w.loan_a).due_date == date(2026, 12, 1)  # was 2027-03-10: recall + 30 days
    (line,) = [h for h in history(db, w.loan_a) if h[1] == "recall"]
    assert line[0] == date(2026, 11, 1)
    assert line[2] == ("Recall started (responsible: Mohammad Rezaei (محمد رضایی)): The responsible person died; CLEP "
                       "asks for the samples. Due date moved from 2027-03-10 to 2026-12-01: the samples are to be "
                       "returned within 30 days.")
    with pytest.raises(ValidationError, match="A recall of LSA-2025-001 was started on 2026-11-01"), db.action() as s:
        reassignment.recall(s, w.loan_a, TODAY, "Again.", today=TODAY)
    # once the recall date passes the loan is overdue and its people are on hold
    with db.action() as s:
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,
                                   lines=[Line(w.a_powder, 100 * MG), Line(w.a_chip, 90 * MG)])
    with db.read() as s:
        assert {(h.reason, h.subject_id) for h in holds.all_holds(s, date(2026, 12, 2))} >= {
            ("return", w.rezaei), ("return", w.isa)}


def test_a_recall_keeps_an_earlier_due_date_and_needs_collected_samples(db, w):
    with db.action() as s:
        reassignment.recall(s, w.loan_b, date(2027, 1, 20), "Moved abroad.", today=date(2027, 1, 25))
        assert loans.get_loan(s, w.loan_b).due_date == date(2027, 2, 1)  # already due before 2027-02-19
        loan = loans.get_loan(s, w.loan_a)
        loan.status = "signed"
    with pytest.raises(ValidationError, match="nothing to recall"), db.action() as s:
        reassignment.recall(s, w.loan_a, TODAY, "x", today=TODAY)


def test_people_who_hold_samples(db, w):
    with db.action() as s:
        custody.record_movement(s, w.a_chip, occurred_on=date(2026, 2, 1), kind="moved", today=TODAY,
                                holder_person_id=w.hosseini, place="Magnetics lab, cabinet 2")
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,
                                   lines=[Line(w.a_powder, 96 * MG, 4 * MG), Line(w.a_chip, 90 * MG)])
        reassignment.record_departure(s, w.rezaei, "retired", date(2026, 9, 30), today=TODAY)
    with db.read() as s:
        people = {h.name: h for h in reassignment.holders(s)}
    assert list(people) == ["Mohammad Rezaei (محمد رضایی)", "Somchai Wongsakul (สมชาย วงศ์สกุล)",
                            "Zahra Hosseini (زهرا حسینی)"]  # who left first
    rezaei = people["Mohammad Rezaei (محمد رضایی)"]
    assert rezaei.needs_decision and rezaei.status_label == "Retired" and rezaei.left_on == date(2026, 9, 30)
    (held,) = rezaei.loans
    assert (held.agreement_number, held.role, held.remaining_ug) == ("LSA-2025-001", "responsible", 186 * MG)
    assert [(i.sample_number, i.remaining_ug, i.holder) for i in held.items] == [
        ("CE5C0400YJFM00406", 96 * MG, "Mohammad Rezaei"), ("CE5C0400YJYX00007", 90 * MG, "Zahra Hosseini (زهرا حسینی)")]
    hosseini = people["Zahra Hosseini (زهرا حسینی)"]
    assert not hosseini.needs_decision
    assert [(h.role, [i.sample_number for i in h.items]) for h in hosseini.loans] == [("custody", ["CE5C0400YJYX00007"])]
    assert (hosseini.items_count, hosseini.remaining_ug, hosseini.institution) == (1, 90 * MG, "Iranian Space Agency")
    assert people["Somchai Wongsakul (สมชาย วงศ์สกุล)"].remaining_ug == 40 * MG
