"""The loan documents: Lunar Sample Loan Agreement (Annex 4), lunar sample certificate and
Sample Return Application Form (Annex 5) — contents, the editable clause template, names in
every script, embedded fonts, the batch action.

Text is read back with poppler's ``pdftotext``; see test_application_form for how
right-to-left text comes back.
"""

from __future__ import annotations

import dataclasses
import json
import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from doc_samples import LOAN_BORROWERS, NAMES, loan_item, make_loan, make_returned_loan
from test_application_form import contains_rtl, normalise, page_count
from test_application_form import pdf_text as _pdf_text

from lunar_desk.documents.certificate import certificate_filename, render_certificate
from lunar_desk.documents.loan_agreement import (
    AgreementTemplateError,
    agreement_filename,
    default_template_path,
    fill,
    load_template,
    placeholder_values,
    render_agreements,
    render_loan_agreement,
)
from lunar_desk.documents.return_form import render_return_form, return_form_filename
from lunar_desk.services.mass import format_mass

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

ACKNOWLEDGEMENT = "Lunar samples provided by the China National Space Administration (CNSA)"


def squash(text: str) -> str:
    """Without any white space: a phrase is found across line breaks and table cells."""
    return re.sub(r"\s+", "", normalise(text))


class Text(str):
    """Extracted text in which a phrase counts as found whatever the line breaks and spaces."""

    def __contains__(self, phrase: object) -> bool:
        return isinstance(phrase, str) and (str.__contains__(self, phrase) or squash(phrase) in squash(self))


def pdf_text(pdf: Path, **kw) -> Text:
    return Text(_pdf_text(pdf, **kw))


def layout_text(pdf: Path) -> str:
    """pdftotext -layout: table rows stay on one line."""
    out = subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True)
    return normalise(out.stdout.decode("utf-8"))


def rtl(name: str) -> str:
    """``name`` as pdftotext gives it back: without the (invisible) zero-width non-joiner."""
    return name.replace("\u200c", "")


def mg(ug: int) -> str:
    return normalise(format_mass(ug, "mg", with_unit=False))


def assert_fonts_embedded(pdf: Path) -> str:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = out.splitlines()[2:]
    assert rows, out
    for row in rows:
        cols = row.split()
        assert cols[-5] == "yes", row  # embedded
        assert cols[-4] == "yes", row  # subset
        assert "Helvetica" not in row and "Times" not in row and "Courier" not in row, row
    return out


def page_size(pdf: Path) -> tuple[float, float]:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+)", info)
    return float(m.group(1)), float(m.group(2))


@pytest.fixture
def loan():
    return make_loan("fa")


@pytest.fixture
def agreement_pdf(loan, tmp_path):
    return render_loan_agreement(loan, tmp_path / "agreement.pdf")


# --- agreement ----------------------------------------------------------------------------------


def test_agreement_heading_parties_and_facts(agreement_pdf, loan):
    text = pdf_text(agreement_pdf)
    for phrase in ("Lunar Sample Loan Agreement", "月球样品借用协议", "Annex 4", loan.agreement_number,
                   f"Agreement No. / 协议编号: {loan.agreement_number}",
                   loan.lender.name, loan.lender.name_zh,
                   "on behalf of the China National Space Administration (CNSA)", "受国家航天局委托",
                   loan.borrower.name, "Iran / 伊朗", "Tehran", loan.responsible_person.name_latin,
                   loan.responsible_person.email, loan.coordinator.name, loan.coordinator.name_zh,
                   loan.purpose, loan.application_reference, "2026 spring round",
                   "12 months from the collection of the samples", "自样品领取之日起12个月",
                   "2026-05-08", "within 10 working days of the decision"):
        assert phrase in text, phrase
    assert contains_rtl(text, rtl(loan.borrower.name_local))
    assert contains_rtl(text, loan.responsible_person.name_native)
    # page furniture: the number on every page, initials lines
    pages = page_count(agreement_pdf)
    assert pages >= 2
    for page in range(1, pages + 1):
        page_text = pdf_text(agreement_pdf, first=page, last=page)
        assert f"No. {loan.agreement_number}" in page_text
        assert f"Page {page} of {pages}" in page_text
        assert "Initials / 签字缩写" in page_text


def test_agreement_items_every_number_and_mass(agreement_pdf, loan):
    text = pdf_text(agreement_pdf)
    for item in loan.items:
        assert item.sample_number in text
        assert mg(item.mass_ug) in text, mg(item.mass_ug)
    assert "CE6C0100YJFM00203" in text  # the parent of the reserved split
    assert mg(sum(i.mass_ug for i in loan.items)) in text  # total
    assert "Mass (mg)" in text and "质量（毫克）" in text
    assert "嫦娥六号" in text and "Rock chips" in text


def test_agreement_clauses_come_from_the_template(agreement_pdf, loan):
    text = pdf_text(agreement_pdf)
    data = json.loads(default_template_path().read_text(encoding="utf-8"))
    en, zh = placeholder_values(loan)
    assert len(data["clauses"]) >= 7
    for n, clause in enumerate(data["clauses"], start=1):
        heading = f"5.{n} {fill(clause['heading']['en'], en)} / {fill(clause['heading']['zh'], zh)}"
        assert heading in text, heading
        assert fill(clause["en"], en) in text, clause["key"]
        assert fill(clause["zh"], zh) in text, clause["key"]
    for phrase in (fill(data["preamble"]["en"], en), fill(data["preamble"]["zh"], zh),
                   fill(data["signing"]["en"], en), fill(data["signing"]["zh"], zh)):
        assert phrase in text


def test_agreement_obligations_key_words(agreement_pdf, loan):
    text = pdf_text(agreement_pdf)
    for en_words, zh_words in (
        ("only for the approved purpose", "仅用于批准用途"),
        ("No transfer to third parties", "不得转交第三方"),
        ("Secure storage", "安全保管"),
        ("Immediate report of loss or damage", "丢失或损坏立即报告"),
        ("Sample Return Application Form (Annex 5)", "《样品归还申请表》（附件5）"),
        (ACKNOWLEDGEMENT, "月球样品由国家航天局提供"),
        ("within three months of its publication", "成果发表后三个月内"),
    ):
        assert en_words in text, en_words
        assert zh_words in text, zh_words
    numbers_en = ", ".join(i.sample_number for i in loan.items)
    numbers_zh = "、".join(i.sample_number for i in loan.items)
    assert f"cite the sample numbers used ({numbers_en})" in text
    assert f"引用所用样品编号（{numbers_zh}）" in text


def test_signature_blocks(agreement_pdf, loan):
    last = pdf_text(agreement_pdf, first=page_count(agreement_pdf))
    for phrase in ("For the Lender / 出借方", "For the Borrower / 借用方", "Signature / 签字", "Date / 日期:",
                   "Name / 姓名:", "Seal / 盖章"):
        assert phrase in last, phrase
    assert last.count("Date / 日期:") == 2 and last.count("Signature / 签字") == 2
    assert loan.responsible_person.name_latin in last


def test_due_date_and_deadline_when_known(tmp_path):
    view = make_loan("zh", collected_on=date(2026, 5, 20), due_date=date(2027, 5, 20), signed_on=date(2026, 5, 6))
    text = pdf_text(render_loan_agreement(view, tmp_path / "a.pdf"))
    assert "12 months from collection on 2026-05-20" in text
    assert "At the end of the loan period, by 2027-05-20" in text
    assert "借用期满（2027-05-20）前" in text
    assert "Signed on / 签署日期" in text and "2026-05-06" in text


def test_provisional_deadline_note(tmp_path):
    note = "provisional: the 2027 holiday arrangement has not been announced"
    view = make_loan("th", deadline=date(2027, 1, 14), provisional=True, note=note)
    text = pdf_text(render_loan_agreement(view, tmp_path / "a.pdf"))
    assert "2027-01-14" in text
    assert note in text
    assert "by 2027-01-14 (provisional)" in text
    assert "2027-01-14（暂定）前签署本协议" in text


@pytest.mark.parametrize("pi", ["zh", "fa", "ur", "th", "mn", "tr", "es"])
def test_names_in_every_script(tmp_path, pi):
    view = make_loan(pi)
    pdf = render_loan_agreement(view, tmp_path / f"{pi}.pdf")
    text = pdf_text(pdf)
    person = view.responsible_person
    institution, local, _city, _iso = LOAN_BORROWERS[pi]
    assert institution in text
    for name in (person.name_latin, person.name_native, local):
        if not name:
            continue
        if pi in ("fa", "ur"):
            assert contains_rtl(text, rtl(name)), name
        else:
            assert normalise(name) in text, name
    assert_fonts_embedded(pdf)


def test_named_scripts_are_the_sample_names():
    # the names checked above are the shared sample names of every script
    people = {make_loan(pi).responsible_person.name_native for pi in ("zh", "fa", "th", "mn")}
    assert {NAMES["zh_person"], NAMES["fa_person"], NAMES["th_person"], NAMES["mn_person"]} == people


def test_agreement_fonts_embedded(agreement_pdf):
    out = assert_fonts_embedded(agreement_pdf)
    for font in ("NotoSans-Regular", "NotoSans-Bold", "NotoNaskhArabic", "DroidSansFallback"):
        assert font in out, font


def test_many_items_flow_over_pages(tmp_path):
    items = tuple(loan_item(i, f"CE5C0400YJFM{i:05d}", 1_000 * i, mission="CE-5") for i in range(1, 41))
    pdf = render_loan_agreement(make_loan("mn", items=items), tmp_path / "many.pdf")
    text = pdf_text(pdf)
    for item in items:
        assert item.sample_number in text
    assert mg(sum(i.mass_ug for i in items)) in text
    assert page_count(pdf) >= 3


# --- the template -------------------------------------------------------------------------------


def edited_template(tmp_path: Path, change) -> Path:
    data = json.loads(default_template_path().read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "clauses.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    return path


def test_editing_the_template_changes_the_pdf(tmp_path, loan):
    def change(data):
        clause = next(c for c in data["clauses"] if c["key"] == "no_transfer")
        clause["heading"] = {"en": "Samples stay with the Borrower", "zh": "样品由借用方保留"}
        clause["en"] = "Agreement {agreement_number}: the samples never leave {borrower} before {due_date}."
        clause["zh"] = "协议{agreement_number}：样品在归还前不得离开借用单位，修订条款。"
        data["clauses"].append({"key": "export", "heading": {"en": "Export control", "zh": "出口管制"},
                                "en": "The Borrower observes export control rules for {sample_count} samples.",
                                "zh": "借用方遵守出口管制规定（共{sample_count}份样品）。"})

    path = edited_template(tmp_path, change)
    text = pdf_text(render_loan_agreement(loan, tmp_path / "edited.pdf", clauses_path=path))
    assert "5.2 Samples stay with the Borrower / 样品由借用方保留" in text
    assert (f"Agreement {loan.agreement_number}: the samples never leave {loan.borrower.name} before "
            "the date 12 months after the samples are collected.") in text
    assert f"协议{loan.agreement_number}：样品在归还前不得离开借用单位，修订条款。" in text
    assert "5.8 Export control / 出口管制" in text
    assert "export control rules for 3 samples" in text and "共3份样品" in text
    assert "No transfer to third parties" not in text and "不得转交第三方" not in text
    # the bundled template is untouched
    assert "No transfer to third parties" in pdf_text(render_loan_agreement(loan, tmp_path / "default.pdf"))


def test_template_is_reread_when_it_changes(tmp_path, loan):
    path = edited_template(tmp_path, lambda d: None)
    assert load_template(path).clauses[0].heading.en == "Use for the approved purpose only"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["clauses"][0]["heading"]["en"] = "Approved purpose only (revised 2026)"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = pdf_text(render_loan_agreement(loan, tmp_path / "a.pdf", clauses_path=path))
    assert "Approved purpose only (revised 2026)" in text


@pytest.mark.parametrize(("change", "message"), [
    (lambda d: d["clauses"][1].update(en="Return by {return_date}."), "unknown placeholder {return_date} in the "
                                                                       "English text of clause 2 (no_transfer)"),
    (lambda d: d["clauses"][2].pop("zh"), "no Chinese text (\"zh\") for clause 3 (secure_storage)"),
    (lambda d: d["clauses"][0].update(en="A stray { brace"), "stray brace"),
    (lambda d: d.update(clauses=[]), "has no \"clauses\" list"),
])
def test_template_errors_are_clear_and_write_nothing(tmp_path, loan, change, message):
    path = edited_template(tmp_path, change)
    out = tmp_path / "out" / "a.pdf"
    with pytest.raises(AgreementTemplateError) as err:
        render_loan_agreement(loan, out, clauses_path=path)
    assert message in str(err.value)
    assert str(path) in str(err.value)
    assert not out.exists()
    batch = tmp_path / "batch"
    with pytest.raises(AgreementTemplateError):
        render_agreements([loan], batch, clauses_path=path)
    assert not batch.exists() or not any(batch.iterdir())


def test_template_not_json_or_missing(tmp_path, loan):
    bad = tmp_path / "bad.json"
    bad.write_text('{"clauses": [ {"en": "x",, } ]}', encoding="utf-8")
    with pytest.raises(AgreementTemplateError, match=r"not valid JSON: .* line 1"):
        render_loan_agreement(loan, tmp_path / "a.pdf", clauses_path=bad)
    with pytest.raises(AgreementTemplateError, match="does not exist"):
        render_loan_agreement(loan, tmp_path / "a.pdf", clauses_path=tmp_path / "missing.json")


def test_placeholder_values_are_not_reparsed(tmp_path):
    view = make_loan("es", purpose="Braces {agreement_number} and {{ in a title")
    text = pdf_text(render_loan_agreement(view, tmp_path / "a.pdf"))
    assert "Braces {agreement_number} and {{ in a title" in text


# --- batch ----------------------------------------------------------------------------------------


def test_batch_writes_one_file_per_view(tmp_path):
    views = [make_loan(pi, agreement_number=f"LSA-2026-{n:03d}") for n, pi in enumerate(["zh", "fa", "th", "mn"], 1)]
    views.append(make_loan("ur", agreement_number="LSA-2026-001"))  # a repeated number still gets its own file
    seen = []
    paths = render_agreements(views, tmp_path / "round", progress=lambda done, total: seen.append((done, total)))
    assert len(paths) == len(views) == len(set(paths))
    assert [p.name for p in paths] == ["LSA-2026-001-agreement.pdf", "LSA-2026-002-agreement.pdf",
                                       "LSA-2026-003-agreement.pdf", "LSA-2026-004-agreement.pdf",
                                       "LSA-2026-001-agreement-2.pdf"]
    assert seen == [(n, 5) for n in range(1, 6)]
    for view, path in zip(views, paths):
        text = pdf_text(path)
        assert view.agreement_number in text and view.borrower.name in text
    assert sorted(p.name for p in (tmp_path / "round").iterdir()) == sorted(p.name for p in paths)  # no .part left


def test_batch_can_be_cancelled(tmp_path):
    views = [make_loan("zh", agreement_number=f"LSA-2026-{n:03d}") for n in range(1, 5)]
    done = []
    paths = render_agreements(views, tmp_path, progress=lambda d, t: done.append(d), cancelled=lambda: len(done) >= 2)
    assert len(paths) == 2 and all(p.exists() for p in paths)
    assert len(list(tmp_path.glob("*.pdf"))) == 2


def test_file_names_are_safe():
    view = make_loan("zh", agreement_number="LSA/2026:012")
    assert agreement_filename(view) == "LSA_2026_012-agreement.pdf"
    assert return_form_filename(view) == "LSA_2026_012-return-form.pdf"
    assert certificate_filename(view) == "CLEP-LSC-2026-0012-certificate.pdf"


# --- certificate ----------------------------------------------------------------------------------


def test_certificate(tmp_path, loan):
    pdf = render_certificate(loan, tmp_path / "certificate.pdf")
    assert page_count(pdf) == 1
    width, height = page_size(pdf)
    assert width > height  # landscape
    text = pdf_text(pdf)
    for phrase in ("Lunar Sample Certificate", "月球样品证书", loan.certificate_number, "2026-05-12",
                   loan.borrower.name, "Iran", "伊朗", loan.responsible_person.name_latin, loan.agreement_number,
                   f"Issued on behalf of {loan.lender.name}", f"{loan.lender.name_zh}颁发", "This is to certify that",
                   "兹证明", loan.application_reference):
        assert phrase in text, phrase
    assert contains_rtl(text, rtl(loan.borrower.name_local))
    assert contains_rtl(text, loan.responsible_person.name_native)
    for item in loan.items:
        assert item.sample_number in text
        assert normalise(format_mass(item.mass_ug, "mg")) in text
    assert_fonts_embedded(pdf)


@pytest.mark.parametrize("pi", ["zh", "th", "mn"])
def test_certificate_scripts(tmp_path, pi):
    view = make_loan(pi)
    text = pdf_text(render_certificate(view, tmp_path / "c.pdf"))
    assert normalise(view.responsible_person.name_native) in text
    assert normalise(view.borrower.name_local) in text


def test_certificate_stays_one_page_with_many_samples(tmp_path):
    items = tuple(loan_item(i, f"CE6C0100YJFM{i:05d}", 500 * i) for i in range(1, 26))
    pdf = render_certificate(make_loan("ur", items=items), tmp_path / "many.pdf")
    assert page_count(pdf) == 1
    text = pdf_text(pdf)
    assert all(i.sample_number in text for i in items)


def test_certificate_without_number_yet(tmp_path):
    view = make_loan("zh", certificate_number="", certificate_date=None)
    text = pdf_text(render_certificate(view, tmp_path / "c.pdf"))
    assert "Certificate No. / 证书编号: —" in text
    assert view.agreement_number in text


# --- return form ----------------------------------------------------------------------------------


def test_return_form_prefilled(tmp_path):
    view = make_returned_loan("th")
    pdf = render_return_form(view, tmp_path / "return.pdf")
    text = pdf_text(pdf)
    for phrase in ("Sample Return Application Form", "样品归还申请表", "Annex 5", view.agreement_number,
                   view.certificate_number, view.borrower.name, view.responsible_person.name_latin,
                   "2026-05-20", "2027-05-20", view.purpose):
        assert phrase in text, phrase
    assert normalise(view.borrower.name_local) in text
    assert normalise(view.responsible_person.name_native) in text
    first, second = view.items
    # balance: lent, already returned, consumed, destroyed or lost, outstanding
    rows = layout_text(pdf)
    assert re.search(rf"{first.sample_number}\s+Powder\s+20\s+5\s+2\.5\s+0\s+12\.5\n", rows)
    assert re.search(rf"{second.sample_number}\s+Rock chips\s+12\.5\s+0\s+0\s+1\.2\s+11\.3\n", rows)
    assert re.search(r"Total / 合计\s+32\.5\s+5\s+2\.5\s+1\.2\s+23\.8\n", rows)
    assert "split of / 分样自" in text and first.parent_sample_number in text
    assert text.count("3 pcs / 3块") >= 2  # lent and outstanding pieces
    # blank columns to fill in
    # (pdftotext interleaves the lines of neighbouring header cells: look for each line)
    for heading in ("Returned", "now (mg)", "本次归还", "Consumed", "Destroyed", "or lost (mg)", "损毁或丢失",
                    "Condition of sample", "and container", "样品及容器状况", "Pieces", "Notes / 说明"):
        assert heading in text, heading
    this_return = text[text.index("3. This return / 本次归还"):text.index("Notes / 说明")]
    assert "12.5" in this_return and "11.3" in this_return and "23.8" in this_return  # outstanding, pre-filled
    assert "returned now + consumed + destroyed or lost = outstanding" in text
    # history
    assert "Earlier returns / 此前归还记录" in text and "2026-11-03" in text and "Sealed vial, intact" in text
    assert "Incidents reported / 已报告事件" in text and "One chip fragment (1.2 mg) lost" in text
    # declaration and signatures
    assert f"lent under Agreement No. {view.agreement_number}" in text
    assert "我们声明" in text and "样品的任何部分均未转交第三方" in text
    for phrase in ("Returned by the borrower / 归还方（借用方）", "Received and checked by / 接收及核验方",
                   "Signature / 签字", "Date / 日期:", "Seal / 盖章"):
        assert phrase in text, phrase
    assert_fonts_embedded(pdf)


def test_return_form_of_a_new_loan(tmp_path):
    view = make_loan("ur")
    text = pdf_text(render_return_form(view, tmp_path / "r.pdf"))
    for item in view.items:
        assert item.sample_number in text
        assert mg(item.mass_ug) in text
    assert "Earlier returns" not in text and "Incidents reported" not in text
    assert "the date 12 months after the samples are collected" in text
    assert contains_rtl(text, view.responsible_person.name_native)


def test_return_form_lists_only_open_items(tmp_path):
    view = make_returned_loan("mn")
    done = dataclasses.replace(view.items[0], returned_ug=17_500, consumed_ug=2_500, outstanding_ug=0,
                               fully_accounted=True)
    view = dataclasses.replace(view, items=(done, view.items[1]))
    text = pdf_text(render_return_form(view, tmp_path / "r.pdf"))
    this_return = text[text.index("This return"):text.index("Notes / 说明")]
    assert view.items[1].sample_number in this_return
    assert view.items[0].sample_number not in this_return
