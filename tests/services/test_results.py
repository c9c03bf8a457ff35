"""Result reports as an officer relies on them: bad input refused with the
field named and nothing saved; the CNSA acknowledgement found in real PDFs
however the paper broke its lines; cited sample numbers checked against the
borrower's loans with the typo's likely meaning; the three-month rule across
month ends and leap years; what is due, what is overdue per loan, and the
reminder draft."""

from __future__ import annotations

import email
from datetime import date

import pytest
from results_world import POWDER, TODAY, build, scanned_pdf, text_pdf
from sqlalchemy import func, select

from lunar_desk.db.models import Attachment
from lunar_desk.db.models_results import ResultReport, ResultReportLoan
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import result_reminders, results
from lunar_desk.services.result_rules import (
    acknowledgement_in_text,
    report_due_on,
    split_numbers,
)
from lunar_desk.services.results import ResultData, ResultFilter

ACK = "Lunar samples provided by the China National Space Administration (CNSA)."


@pytest.fixture
def w(db):
    return build(db)


def counts(db) -> tuple[int, int, int]:
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) for m in (ResultReport, ResultReportLoan, Attachment))


def create(db, w, **kw) -> results.ResultReport:
    data = ResultData(title=kw.pop("title", "Space weathering rims in Chang'e-5 agglutinates"),
                      loan_ids=kw.pop("loan_ids", [w.old]), **kw)
    with db.action() as s:
        return results.create_result(s, data, today=TODAY)


def check(db, result_id, today=TODAY):
    with db.read() as s:
        return results.compliance(s, result_id, today)


def attach(db, result_id, path):
    with db.action() as s:
        return results.attach_pdf(s, db.paths.attachments_dir, result_id, path)


# --- bad input ------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("values", "field", "words"), [
    ({"doi": "s41586-021-04100-2"}, "doi", "10.1038/s41586-021-04100-2"),
    ({"doi": "https://example.org/paper"}, "doi", "is not a DOI"),
    ({"published_on": date(2026, 11, 26)}, "published_on", "in the future"),
    ({"published_on": date(2026, 5, 1), "reported_on": date(2026, 4, 30)}, "reported_on", "before the publication"),
    ({"kind": "blog_post"}, "kind", "journal paper"),
    ({"title": "  "}, "title", "title"),
])
def test_bad_input_is_refused_naming_the_field_and_nothing_is_saved(db, w, values, field, words):
    before = counts(db)
    with pytest.raises(ValidationError, match=words) as info:
        create(db, w, **values)
    assert info.value.field == field
    assert counts(db) == before


def test_a_doi_link_is_kept_as_the_doi_itself_and_the_loan_gives_the_borrower(db, w):
    r = create(db, w, doi=" https://doi.org/10.1016/j.icarus.2024.116001 ")
    with db.read() as s:
        saved = results.get_result(s, r.id)
        assert saved.doi == "10.1016/j.icarus.2024.116001"
        assert (saved.institution_id, saved.responsible_person_id) == (w.isa, w.rezaei)
        assert [loan.agreement_number for loan in results.result_loans(s, r.id)] == ["LSA-2025-001"]


def test_update_replaces_the_linked_loans_and_refuses_a_bad_doi_without_changing_anything(db, w):
    r = create(db, w)
    with db.action() as s:
        data = results.result_data(s, r.id)
        data.loan_ids = [w.thai_loan]
        data.venue = "Icarus"
        results.update_result(s, r.id, data, today=TODAY)
    with db.read() as s:
        assert [x.agreement_number for x in results.result_loans(s, r.id)] == ["LSA-2026-002"]
        data = results.result_data(s, r.id)
    data.doi, data.venue = "doi 10/abc", "Nature"
    with pytest.raises(ValidationError) as info, db.action() as s:
        results.update_result(s, r.id, data, today=TODAY)
    assert info.value.field == "doi"
    with db.read() as s:
        assert results.get_result(s, r.id).venue == "Icarus"


# --- the acknowledgement ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("lines", "found"), [
    (["Acknowledgements. " + ACK + " We thank the team."], True),
    (["Acknowledgements. Lunar samples provided by the China National", "Space Administration (CNSA). We thank"], True),
    (["Acknowledgements. Lunar samples provided by the China National Space Adminis-", "tration (CNSA). We thank"],
     True),
    (["ACKNOWLEDGEMENTS  LUNAR   samples provided by the", "china national space administration ( CNSA )"], True),
    (["Acknowledgements. Samples were provided by CNSA. We thank the China National Space Administration."], False),
    (["Lunar samples provided by the China National Space Agency (CNSA)."], False),
])
def test_acknowledgement_found_in_a_real_pdf_however_its_lines_break(db, w, tmp_path, lines, found):
    r = create(db, w)
    pdf = text_pdf(tmp_path / "paper.pdf", ["Space weathering of lunar soil", "Abstract. We measured rims."], lines)
    attach(db, r.id, pdf)
    with db.read() as s:
        assert results.get_result(s, r.id).ack_in_file is found
    c = check(db, r.id)
    assert c.acknowledgement.ok is found
    assert c.acknowledgement.source == ("file" if found else "")


def test_the_acknowledgement_falls_back_to_the_officer_without_a_readable_pdf(db, w, tmp_path):
    r = create(db, w)
    assert not check(db, r.id).acknowledgement.ok  # nothing attached, nothing confirmed
    attach(db, r.id, scanned_pdf(tmp_path / "scan.pdf"))
    c = check(db, r.id)
    assert not c.acknowledgement.ok and "no readable text" in c.acknowledgement.text
    with db.action() as s:
        data = results.result_data(s, r.id)
        data.ack_confirmed = True
        results.update_result(s, r.id, data, today=TODAY)
    assert check(db, r.id).acknowledgement.source == "officer"


def test_removing_the_pdf_forgets_what_was_found_in_it(db, w, tmp_path):
    r = create(db, w)
    att = attach(db, r.id, text_pdf(tmp_path / "paper.pdf", [ACK]))
    assert check(db, r.id).acknowledgement.ok
    with db.action() as s:
        results.remove_file(s, db.paths.attachments_dir, att.id)
    with db.read() as s:
        assert results.get_result(s, r.id).ack_in_file is None
    assert not check(db, r.id).acknowledgement.ok


def test_a_file_that_is_not_a_pdf_is_refused(db, w, tmp_path):
    r = create(db, w)
    doc = tmp_path / "paper.docx"
    doc.write_bytes(b"PK\x03\x04 not a pdf")
    before = counts(db)
    with pytest.raises(ValidationError, match="not a PDF"):
        attach(db, r.id, doc)
    assert counts(db) == before


def test_acknowledgement_text_rules():
    assert acknowledgement_in_text("lunar samples provided by the china national space ad\u00administration (cnsa)")
    assert acknowledgement_in_text("Lunar samples provided by the China National Space Ad-\n   ministration\n(CNSA)")
    assert not acknowledgement_in_text("Lunar samples provided by the China National Space Administration")


# --- cited sample numbers -----------------------------------------------------------------------------------------


def test_cited_numbers_split_on_commas_semicolons_spaces_and_lines():
    assert split_numbers(f"{POWDER}, {POWDER}-R1;CE5C0400YJYX00007\n (CE6Z0100YJFM00921).  ") == [
        POWDER, f"{POWDER}-R1", "CE5C0400YJYX00007", "CE6Z0100YJFM00921"]


def test_cited_numbers_of_the_loan_its_parent_sample_pass(db, w):
    r = create(db, w, cited_numbers=f"{POWDER}; {w.lent_number}, CE5C0400YJYX00007")
    c = check(db, r.id)
    assert c.samples.ok and c.samples.cited == (POWDER, w.lent_number, "CE5C0400YJYX00007")


def test_a_typo_is_flagged_with_the_number_it_most_likely_meant(db, w):
    r = create(db, w, cited_numbers=f"{POWDER}, CE5C0400YJFM00460")  # last two digits swapped
    c = check(db, r.id)
    assert not c.samples.ok
    (unknown,) = c.samples.unknown
    assert unknown.number == "CE5C0400YJFM00460" and unknown.suggestions[0] == POWDER
    assert unknown.note == "not in the catalogue"
    assert "did you mean CE5C0400YJFM00406" in c.samples.text


def test_a_number_of_another_borrowers_loan_is_flagged_saying_where_it_went(db, w):
    r = create(db, w, cited_numbers="CE6Z0100YJFM00921")
    (unknown,) = check(db, r.id).samples.unknown
    assert "LSA-2026-002" in unknown.note


def test_a_typo_far_from_the_loans_is_matched_against_the_whole_catalogue(db, w):
    r = create(db, w, cited_numbers="CE6Z0100YJFM00912", loan_ids=[w.old])
    (unknown,) = check(db, r.id).samples.unknown
    assert unknown.suggestions == ("CE6Z0100YJFM00921",)


@pytest.mark.parametrize("typo", [
    "CX6Z0100YJFM00921",  # a wrong first character
    "CE6Z010YJFM00921",  # a digit dropped early on
    "CE6Z0100YJFMM00921",  # a letter typed twice
    "CE6Z0100YFJM00921",  # two letters swapped in the middle
    "CE6Z0100YJFM0092",  # the last digit missing
])
def test_any_single_typo_finds_the_catalogue_number_it_meant(db, w, typo):
    r = create(db, w, cited_numbers=typo, loan_ids=[w.old])
    (unknown,) = check(db, r.id).samples.unknown
    assert unknown.suggestions[:1] == ("CE6Z0100YJFM00921",)


def test_no_cited_numbers_fails_the_check(db, w):
    r = create(db, w)
    assert not check(db, r.id).samples.ok


# --- the three-month rule -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("published", "due"), [
    (date(2025, 11, 30), date(2026, 2, 28)),
    (date(2023, 11, 30), date(2024, 2, 29)),  # leap year
    (date(2023, 11, 29), date(2024, 2, 29)),
    (date(2024, 2, 29), date(2024, 5, 29)),
    (date(2025, 8, 31), date(2025, 11, 30)),
    (date(2025, 12, 31), date(2026, 3, 31)),
    (date(2026, 1, 15), date(2026, 4, 15)),
])
def test_three_calendar_months_clamped_to_the_month_end(published, due):
    assert report_due_on(published) == due


def test_reported_on_the_due_day_is_in_time_and_a_day_later_is_late(db, w):
    r = create(db, w, published_on=date(2023, 11, 30), reported_on=date(2024, 2, 29))
    rep = check(db, r.id).reporting
    assert (rep.ok, rep.state, rep.due_on) == (True, "in_time", date(2024, 2, 29))
    with db.action() as s:
        data = results.result_data(s, r.id)
        data.reported_on = date(2024, 3, 1)
        results.update_result(s, r.id, data, today=TODAY)
    rep = check(db, r.id).reporting
    assert (rep.ok, rep.state, rep.days_late) == (False, "late", 1)


def test_not_reported_is_pending_then_overdue_with_days(db, w):
    r = create(db, w, published_on=date(2026, 8, 31))
    rep = check(db, r.id, today=date(2026, 11, 20)).reporting
    assert (rep.ok, rep.state, rep.days_left, rep.due_on) == (None, "pending", 10, date(2026, 11, 30))
    rep = check(db, r.id, today=date(2026, 12, 5)).reporting
    assert (rep.ok, rep.state, rep.days_overdue) == (False, "overdue", 5)


# --- due, overdue, lists, reminders -------------------------------------------------------------------------------


def test_reports_due_lists_only_those_due_within_the_window(db, w):
    soon = create(db, w, title="Due in ten days", published_on=date(2026, 9, 5))  # due 2026-12-05
    create(db, w, title="Due in two months", published_on=date(2026, 10, 25))  # due 2027-01-25
    create(db, w, title="Reported", published_on=date(2026, 9, 1), reported_on=date(2026, 10, 1))
    with db.read() as s:
        due = results.reports_due(s, TODAY, within_days=30)
    assert [(d.result_id, d.due_on, d.days_left) for d in due] == [(soon.id, date(2026, 12, 5), 10)]


def test_overdue_for_lists_unreported_outputs_per_loan_and_loans_owing_results(db, w):
    with db.read() as s:
        owed = results.overdue_for(s, TODAY)
    # the Iranian loan was collected 2025-09-20: a first result was expected by 2026-09-20
    assert [(o.loan_id, o.result_id, o.due_on, o.days_overdue) for o in owed] == [
        (w.old, None, date(2026, 9, 20), 66)]
    assert (owed[0].person_id, owed[0].institution_id) == (w.rezaei, w.isa)
    late = create(db, w, title="Late paper", published_on=date(2026, 6, 30), loan_ids=[w.old, w.thai_loan])
    create(db, w, title="Reported late, not overdue", published_on=date(2026, 1, 10), reported_on=date(2026, 6, 1))
    with db.read() as s:
        owed = results.overdue_for(s, TODAY)
    assert sorted((o.loan_id, o.result_id, o.due_on, o.days_overdue) for o in owed) == sorted([
        (w.old, late.id, date(2026, 9, 30), 56), (w.thai_loan, late.id, date(2026, 9, 30), 56)])
    thai = next(o for o in owed if o.loan_id == w.thai_loan)
    assert (thai.person_id, thai.institution_id) == (w.somchai, w.gistda) and "Late paper" in thai.reason
    with db.action() as s:
        results.set_results_owed_after_months(s, 0)
        data = results.result_data(s, late.id)
        data.reported_on = TODAY
        results.update_result(s, late.id, data, today=TODAY)
    with db.read() as s:
        assert results.overdue_for(s, TODAY) == []


def test_the_list_filters_overdue_and_due_soon(db, w):
    create(db, w, title="Overdue", published_on=date(2026, 6, 30))
    create(db, w, title="Soon", published_on=date(2026, 9, 5))
    create(db, w, title="Fine", published_on=date(2026, 9, 1), reported_on=date(2026, 9, 2))
    with db.read() as s:
        assert [r.title for r in results.list_results(s, ResultFilter(state="overdue"), TODAY)] == ["Overdue"]
        assert [r.title for r in results.list_results(s, ResultFilter(state="due_soon"), TODAY)] == ["Soon"]
        assert [r.title for r in results.list_results(s, ResultFilter(text="LSA-2025"), TODAY)] == [
            "Soon", "Fine", "Overdue"]


def test_reminder_draft_to_the_responsible_person(db, w, tmp_path):
    r = create(db, w, title="Overdue paper", published_on=date(2026, 6, 30), cited_numbers="CE5C0400YJFM00460")
    with db.read() as s:
        (reminder,) = result_reminders.result_reminders(s, r.id, TODAY)
    path = result_reminders.write_reminder(reminder, tmp_path / "drafts")
    msg = email.message_from_bytes(path.read_bytes())
    assert msg["X-Unsent"] == "1" and "rezaei@example.org" in msg["To"]
    body = msg.get_payload(decode=True).decode("utf-8")
    assert "Overdue paper" in body and "overdue" in body.lower()
    assert "did you mean CE5C0400YJFM00406" in body and ACK.rstrip(".") in body


def test_no_reminder_when_nothing_is_due(db, w):
    r = create(db, w, title="Fine", published_on=date(2026, 9, 1), reported_on=date(2026, 9, 2),
               loan_ids=[w.thai_loan], cited_numbers="CE6Z0100YJFM00921", ack_confirmed=True)
    with pytest.raises(UserError, match="no reminder is needed"), db.read() as s:
        result_reminders.result_reminders(s, r.id, TODAY)


def test_delete_goes_to_the_recycle_bin_with_its_links(db, w, tmp_path):
    r = create(db, w)
    attach(db, r.id, text_pdf(tmp_path / "paper.pdf", [ACK]))
    with db.action() as s:
        results.delete_result(s, r.id)
    assert counts(db) == (0, 0, 0)
    from lunar_desk.services import recycle_bin

    with db.action() as s:
        (entry,) = recycle_bin.contents(s)
        recycle_bin.restore(s, entry.id)
    assert counts(db) == (1, 1, 1)


def test_compliance_sentences_keep_their_template_for_the_interface_language():
    """The texts are Msg: the English sentence, and a literal template with the values apart (one day, not "1 days")."""
    from lunar_desk.messages import Msg
    from lunar_desk.services.result_compliance import check_deadline

    late = check_deadline(date(2026, 1, 15), date(2026, 4, 16), TODAY)
    assert late.text == "Reported 1 day late: on 2026-04-16, due 2026-04-15."
    assert isinstance(late.text, Msg) and late.text.template == "Reported {days} late: on {reported}, due {due}."
    assert late.text.values["due"] == date(2026, 4, 15) and late.text.values["days"].template == "{n} day"
    overdue = check_deadline(date(2026, 1, 15), None, date(2026, 4, 20))
    assert overdue.text == "Not reported to CLEP: overdue by 5 days (due 2026-04-15)."
    assert overdue.text.values["days"].template == "{n} days"
