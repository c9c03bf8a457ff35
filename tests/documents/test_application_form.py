"""The Annex 2 / Annex 3 form PDFs: text in every script, embedded fonts, flow.

Text is read back with poppler's ``pdftotext`` (poppler-utils).  Two things
about right-to-left text in extracted PDF text:

* pdftotext rebuilds reading order from glyph positions; for Arabic script it
  usually returns logical order (wrapped in RLE…PDF marks) but may return
  visual order, so a Persian/Urdu word counts as found in either order;
* shaped Arabic letters come back as their contextual presentation forms
  (U+FExx), so text is NFKC-normalised before comparing.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import unicodedata
from pathlib import Path

import pytest

from lunar_desk.documents.application_form import render_application_form

from doc_samples import NAMES, make_view

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

_MARKS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def pdf_text(pdf: Path, *, first: int | None = None, last: int | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if first:
        cmd += ["-f", str(first)]
    if last:
        cmd += ["-l", str(last)]
    out = subprocess.run([*cmd, str(pdf), "-"], check=True, capture_output=True).stdout.decode("utf-8")
    return normalise(out)


def normalise(text: str) -> str:
    text = _MARKS.sub("", unicodedata.normalize("NFKC", text))
    return re.sub(r"[ \t]+", " ", text)


def contains_rtl(text: str, phrase: str) -> bool:
    """Each word of ``phrase`` appears, in logical or in visual (reversed) order."""
    phrase = normalise(phrase)
    for word in phrase.split():
        if word not in text and word[::-1] not in text:
            return False
    return True


def page_count(pdf: Path) -> int:
    info = subprocess.run(["pdfinfo", str(pdf)], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", info, re.M).group(1))


@pytest.fixture
def research_pdf(research_view, tmp_path) -> Path:
    return render_application_form(research_view, tmp_path / "research.pdf")


@pytest.fixture
def public_pdf(public_view, tmp_path) -> Path:
    return render_application_form(public_view, tmp_path / "public.pdf")


def test_names_in_every_script(research_pdf):
    text = pdf_text(research_pdf)
    for key in ("zh_person", "zh_institution", "th_person", "mn_person", "tr_person", "es_person"):
        assert normalise(NAMES[key]) in text, key
    for key in ("fa_person", "ur_person"):
        assert contains_rtl(text, NAMES[key]), key


def test_persian_name_comes_out_in_logical_order(research_pdf):
    # the shaped run is laid out right to left, so pdftotext reads it back in logical order
    text = pdf_text(research_pdf)
    assert normalise("زهرا حسینی") in text


def test_thai_tone_marks_survive_extraction(tmp_path):
    view = dataclasses.replace(make_view(), title="นิทรรศการ น้ำ ที่ปรึกษา")
    text = pdf_text(render_application_form(view, tmp_path / "thai.pdf"))
    assert normalise("ที่ปรึกษา") in text
    # HarfBuzz moves the NIKHAHIT of SARA AM before the tone mark (as Thai fonts expect);
    # the extracted text keeps that glyph order, which looks the same on the page
    assert normalise("น้ำ") in text or "\u0e19\u0e4d\u0e49\u0e32" in text


def test_all_fonts_embedded(research_pdf, public_pdf):
    for pdf in (research_pdf, public_pdf):
        out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
        rows = out.splitlines()[2:]
        assert rows, out
        for row in rows:
            cols = row.split()
            # name type [type] encoding emb sub uni id gen: "emb" is the 4th column from the right + 2
            assert cols[-5] == "yes", row  # emb
            assert cols[-4] == "yes", row  # subset
        names = " ".join(r.split()[0] for r in rows)
        for font in ("NotoSans-Regular", "NotoNaskhArabic", "NotoSansThai", "DroidSansFallback"):
            assert font in names


def test_research_form_headings_and_header(research_pdf, research_view):
    text = pdf_text(research_pdf)
    for heading in (
        "Request Application Form of Research Samples",
        "研究样品申请表",
        "1. Applicant / 申请单位",
        "2. Research team / 研究团队",
        "3. Research title / 研究题目",
        "研究目标",
        "研究背景",
        "研究方法与仪器",
        "是否破坏性",
        "申请样品",
        "预期成果",
        "进度安排",
        "实验室条件",
        "样品安全保障",
        "前期工作",
    ):
        assert heading in text, heading
    assert research_view.reference in text
    assert "Forwarded to CLEP" in text and "Batch 8" in text
    n = page_count(research_pdf)
    assert f"Page 1 of {n}" in text and f"Page {n} of {n}" in text
    assert "CE6C0100YJFM00203" in text and "CE5C0400YJFM00406" in text
    assert "Yes 是" in text and "No 否" in text
    assert "internal note" not in text


def test_public_benefit_form(public_pdf, public_view):
    text = pdf_text(public_pdf)
    for heading in (
        "Request Application Form of Samples for Public Beneficial",
        "公益活动样品申请表",
        "活动内容",
        "地点",
        "日期",
        "观众人数",
        "展示与安保安排",
        "申请样品",
    ):
        assert heading in text, heading
    assert "Research team" not in text and "研究目标" not in text
    assert "2025-10-01 – 2025-11-12" in text
    assert "Iran National Museum of Science and Technology" in text
    assert public_view.reference in text


def test_long_objectives_flow_onto_next_pages(tmp_path):
    long = "\n\n".join(
        f"Objective {i}: characterise regolith grain {i} with electron microscopy and spectroscopy, "
        "then compare near-side and far-side space weathering. " * 3
        for i in range(1, 60)
    )
    pdf = render_application_form(make_view(objectives=long), tmp_path / "long.pdf")
    assert page_count(pdf) >= 4
    assert "Objective 59" in pdf_text(pdf)
    page2 = pdf_text(pdf, first=2, last=2)
    assert "Objective" in page2 and "Page 2 of" in page2


def test_empty_sections_render(tmp_path):
    view = dataclasses.replace(make_view(), team=(), methods=(), items=(), pi=None, objectives="", background="")
    text = pdf_text(render_application_form(view, tmp_path / "empty.pdf"))
    assert "Not provided / 未填写" in text
    assert "No samples requested" in text


def test_output_replaces_existing_file_atomically(research_view, tmp_path):
    out = tmp_path / "form.pdf"
    out.write_bytes(b"old")
    render_application_form(research_view, out)
    assert out.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["form.pdf"]
