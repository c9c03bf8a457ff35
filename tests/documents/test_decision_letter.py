"""The decision letter PDF: outcome, items, signing step, names in every script, embedded fonts.

Text is read back with poppler's ``pdftotext``; see test_application_form for
how right-to-left text comes back (logical or visual order, presentation forms).
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
from datetime import date

import pytest
from doc_samples import NAMES, PI_INDEX, decided_item, make_letter, team
from test_application_form import contains_rtl, normalise, page_count
from test_application_form import pdf_text as _pdf_text

from lunar_desk.documents.decision_letter import (
    ACKNOWLEDGEMENT,
    letter_filename,
    render_decision_letter,
)
from lunar_desk.services.mass import format_mass

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

ZWNJ = "\u200c"  # invisible: pdftotext drops it


class Text(str):
    """Extracted text in which a phrase counts as found across line breaks
    (English phrases with a space there, Chinese ones without)."""

    def __contains__(self, phrase: object) -> bool:
        if not isinstance(phrase, str):
            return False
        if str.__contains__(self, phrase):
            return True
        flat = " ".join(self.split())
        return phrase in flat or phrase in re.sub(r"\s*\n\s*", "", str(self))


def pdf_text(pdf, **kw) -> Text:
    return Text(_pdf_text(pdf, **kw))


SIGNING = "within 10 working days"
SIGNING_ZH = "请在10个工作日内"


@pytest.fixture
def approved_pdf(tmp_path):
    return render_decision_letter(make_letter("approved", pi="zh"), tmp_path / "approved.pdf")


@pytest.fixture
def partial_pdf(tmp_path):
    return render_decision_letter(make_letter("partially_approved", pi="fa"), tmp_path / "partial.pdf")


@pytest.fixture
def rejected_pdf(tmp_path):
    return render_decision_letter(make_letter("rejected", pi="th"), tmp_path / "rejected.pdf")


def test_approved_letter(approved_pdf):
    view = make_letter("approved", pi="zh")
    text = pdf_text(approved_pdf)
    assert "Asia-Pacific Space Cooperation Organization (APSCO) Secretariat" in text
    assert "亚太空间合作组织秘书处" in text
    assert f"Decision on your application {view.reference}" in text
    assert "的评审决定" in text
    assert "Approved / 批准" in text
    assert "2026 spring round" in text and "batch 9" in text
    for item in view.items:
        assert item.sample_number in text
        assert normalise(format_mass(item.approved_mass_ug, "mg")) in text
    assert "62.5 mg" in text  # total requested = total approved
    assert "Lunar Sample Loan Agreement (Annex 4)" in text
    assert SIGNING in text and SIGNING_ZH in text
    assert "2026-05-06" in text and "(within 10 working days of this letter)" in text
    assert "lunar sample certificate" in text and "NAOC" in text
    for phrase in ("only for the approved purpose", "third parties", "loss of or damage", "residues",
                   ACKNOWLEDGEMENT, "three months"):
        assert phrase in text, phrase
    assert "China / 中国" in text  # Member State in English and Chinese
    n = page_count(approved_pdf)
    assert f"Page 1 of {n}" in text and f"Page {n} of {n}" in text


def test_partially_approved_letter(partial_pdf):
    view = make_letter("partially_approved", pi="fa")
    text = pdf_text(partial_pdf)
    assert "Partially approved / 部分批准" in text
    assert "partially approved" in text
    assert "Approved, reduced" in text and "Rejected" in text
    granted = [i for i in view.items if i.outcome != "rejected"]
    for item in granted:
        assert item.sample_number in text
        assert normalise(format_mass(item.approved_mass_ug, "mg")) in text
    # totals: requested vs approved
    assert "32.5 mg of the 62.5 mg requested" in text
    # the rejected item and its reason
    assert "Thin section (CE-6)" in text
    assert "No thin sections of CE-6 basalt are available in this batch." in text
    assert "20 mg suffice for the TEM sections planned" in text and "样品量已核减" in text
    assert SIGNING in text and "2026-05-06" in text
    assert "later release batch" in text
    assert contains_rtl(text, NAMES["fa_person"])
    assert contains_rtl(text, "پژوهشگاه دانش‌های بنیادی".replace(ZWNJ, ""))
    assert "Iran / 伊朗" in text


def test_rejected_letter_has_reasons_and_no_signing_step(rejected_pdf):
    view = make_letter("rejected", pi="th")
    text = pdf_text(rejected_pdf)
    assert "Rejected / 未批准" in text
    assert "has not approved" in text
    for item in view.items:
        assert normalise(item.reason) in text, item.reason
    for absent in ("Loan Agreement", "Annex 4", "working days", "借用协议", "工作日", "certificate",
                   "Sample to be lent", ACKNOWLEDGEMENT):
        assert absent not in text, absent
    assert "new application" in text and "later release batch" in text
    assert "重新提出样品申请" in text
    assert normalise(NAMES["th_person"]) in text
    assert view.reference in text and "Page 1 of 1" in text


@pytest.mark.parametrize("pi", sorted(PI_INDEX))
def test_pi_names_in_every_script(pi, tmp_path):
    view = make_letter("approved", pi=pi)
    person = team()[PI_INDEX[pi]].person
    text = pdf_text(render_decision_letter(view, tmp_path / f"{pi}.pdf"))
    assert normalise(person.name_latin) in text
    for native in (person.name_native, person.institution_local):
        if not native:
            continue
        if pi in ("fa", "ur"):
            assert contains_rtl(text, native.replace(ZWNJ, "")), native
        else:
            assert normalise(native) in text, native
    assert person.institution in text
    assert f"{view.member_state} / {view.member_state_zh}" in text


def test_names_of_required_scripts_are_in_samples():
    # Chinese, Persian, Urdu, Thai, Mongolian Cyrillic, Turkish, Spanish PIs
    assert {"zh", "fa", "ur", "th", "mn", "tr", "es"} <= set(PI_INDEX)


def test_all_fonts_embedded(approved_pdf, partial_pdf, rejected_pdf):
    for pdf in (approved_pdf, partial_pdf, rejected_pdf):
        out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            cols = row.split()
            assert cols[-5] == "yes", row  # embedded
            assert cols[-4] == "yes", row  # subset
    names = subprocess.run(["pdffonts", str(partial_pdf)], check=True, capture_output=True, text=True).stdout
    for font in ("NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic", "DroidSansFallback"):
        assert font in names, font


def test_no_deadline_shows_the_note(tmp_path):
    view = make_letter("approved", deadline=None, note="provisional: 2027 holidays not yet announced")
    text = pdf_text(render_decision_letter(view, tmp_path / "nodate.pdf"))
    assert SIGNING in text
    assert "10 working days from the date of this letter" in text
    assert "provisional: 2027 holidays not yet announced" in text


def test_deadline_and_note_together(tmp_path):
    view = make_letter("partially_approved", pi="ur", deadline=date(2027, 1, 14),
                       note="provisional: 2027 holidays not yet announced")
    text = pdf_text(render_decision_letter(view, tmp_path / "prov.pdf"))
    assert "2027-01-14 (provisional: 2027 holidays not yet announced)" in text
    assert contains_rtl(text, NAMES["ur_person"])


def test_pieces_only_and_long_item_list_flow_over_pages(tmp_path):
    items = tuple(
        decided_item(f"CE5C0400YJFM{i:05d}", "approved", requested_pieces=1, sample_number=f"CE5C0400YJFM{i:05d}",
                     approved_pieces=1, reason="Chip as requested; 按申请批准。")
        for i in range(1, 61)
    )
    pdf = render_decision_letter(make_letter("approved", items=items), tmp_path / "long.pdf")
    text = pdf_text(pdf)
    assert page_count(pdf) >= 3
    assert "CE5C0400YJFM00060" in text and "60 pieces" in text
    page2 = pdf_text(pdf, first=2, last=2)
    assert "Sample to be lent" in page2  # the header row repeats
    assert "Page 2 of" in page2


def test_letter_without_items_or_pi(tmp_path):
    view = dataclasses.replace(make_letter("approved"), items=(), pi=None, batch_number=None)
    text = pdf_text(render_decision_letter(view, tmp_path / "empty.pdf"))
    assert "No items / 无申请样品" in text
    assert "Dear Principal Investigator" in text


def test_signatory_and_letter_date(tmp_path):
    text = pdf_text(render_decision_letter(make_letter("approved"), tmp_path / "s.pdf", letter_date=date(2026, 4, 23),
                                           signatory="Li Hua 李华", signatory_title="Director, Department X"))
    assert "Li Hua 李华" in text and "Director, Department X" in text
    assert "2026-04-23" in text


def test_output_replaces_existing_file_atomically(tmp_path):
    out = tmp_path / "letter.pdf"
    out.write_bytes(b"old")
    render_decision_letter(make_letter("rejected"), out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["letter.pdf"]


def test_letter_filename():
    assert letter_filename(make_letter(reference="APSCO-R-2026-007")) == "APSCO-R-2026-007-decision.pdf"
    assert letter_filename(make_letter(reference="APSCO/R 2026:7")) == "APSCO_R_2026_7-decision.pdf"
