"""The training documents: the attendance list and the participation
certificates build, carry every participant's name in every script, the
certificate numbers and the activity, and embed their fonts."""

from __future__ import annotations

import shutil
import subprocess
import uuid
from datetime import date

import pytest
from test_application_form import contains_rtl, normalise, page_count, pdf_text

from lunar_desk.documents.attendance_list import organisers_text, render_attendance_list
from lunar_desk.documents.training_certificate import render_certificates
from lunar_desk.services.training import ActivityData
from lunar_desk.services.training_view import ActivityView, ParticipantView

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")

# (latin, native, institution, local, state, state_zh, attended, certificate)
PEOPLE = [
    ("Mohammad Rezaei", "محمد رضایی", "Iranian Space Agency", "سازمان فضایی ایران", "Iran", "伊朗", True, "TC-2026-001"),
    ("Ayesha Khan", "عائشہ خان", "SUPARCO", "", "Pakistan", "巴基斯坦", True, "TC-2026-002"),
    ("Somchai Wongsakul", "สมชาย วงศ์สกุล", "GISTDA", "", "Thailand", "泰国", True, "TC-2026-003"),
    ("Batbayar Gantulga", "Батбаяр Гантулга", "Institute of Astronomy and Geophysics",
     "Одон орон, геофизикийн хүрээлэн", "Mongolia", "蒙古", True, "TC-2026-004"),
    ("Wang Xiaoming", "王晓明", "NAOC", "中国科学院国家天文台", "China", "中国", False, ""),
    ("José Ñañez Quispe", "", "CONIDA", "", "Peru", "秘鲁", True, "TC-2026-005"),
]
TITLE = "Hands-on training on NanoSIMS analysis of lunar samples"


def make_view(people=PEOPLE) -> ActivityView:
    ps = tuple(ParticipantView(uuid.uuid4(), uuid.uuid4(), a, b, c, d, None, e, f, g, h,
                               date(2026, 4, 24) if h else None) for a, b, c, d, e, f, g, h in people)
    data = ActivityData(TITLE, "apparatus_training", "APSCO, CLEP", date(2026, 4, 13), date(2026, 4, 24),
                        "NAOC, Beijing")
    return ActivityView(uuid.uuid4(), data, "Apparatus training", "仪器设备培训", ps, ())


def has_name(text: str, name: str) -> bool:
    """Latin, Cyrillic, Thai and Chinese come back as written; Persian and Urdu word by word, maybe reversed."""
    if any("\u0600" <= c <= "\u06ff" for c in name):
        return contains_rtl(text, name)
    return normalise(name) in text


def fonts_embedded(pdf) -> bool:
    out = subprocess.run(["pdffonts", str(pdf)], check=True, capture_output=True, text=True).stdout
    rows = [line.split() for line in out.splitlines()[2:] if line.strip()]
    return bool(rows) and all(row[-5] == "yes" for row in rows)  # the "emb" column


def test_attendance_list_names_everyone_in_every_script(tmp_path):
    pdf = render_attendance_list(make_view(), tmp_path / "attendance.pdf")
    text = pdf_text(pdf)
    for latin, native, inst, local, state, state_zh, _, cert in PEOPLE:
        assert has_name(text, latin) and (not native or has_name(text, native)), latin
        assert state_zh in text and (not cert or cert in text)
    assert "Attendance List" in text and "签到表" in text and TITLE in text.replace("\n", " ")
    assert "Attended / 出席人数: 5" in text
    assert fonts_embedded(pdf)


def test_a_long_list_runs_over_pages_with_its_header_repeated(tmp_path):
    people = [(f"Participant {n:02d}", "", "Institute", "", "Iran", "伊朗", n % 2 == 0, "") for n in range(40)]
    pdf = render_attendance_list(make_view(people), tmp_path / "long.pdf")
    assert page_count(pdf) >= 3
    assert pdf_text(pdf, first=2, last=2).count("Member State") == 1


def test_one_certificate_page_per_certified_participant(tmp_path):
    view = make_view()
    pdf = render_certificates(view, tmp_path / "certificates.pdf")
    assert page_count(pdf) == 5  # Wang Xiaoming did not attend and has no certificate
    for page, (latin, native, *_rest, cert) in enumerate([p for p in PEOPLE if p[-1]], start=1):
        text = pdf_text(pdf, first=page, last=page)
        assert cert in text and has_name(text, latin) and (not native or has_name(text, native))
        assert "Certificate of Participation" in text and "培训证书" in text
    assert fonts_embedded(pdf)
    one = render_certificates(view, tmp_path / "one.pdf", participant_ids=[view.participants[2].id])
    assert page_count(one) == 1 and "สมชาย" in pdf_text(one)


def test_no_certificate_without_a_certified_participant(tmp_path):
    view = make_view([p[:-1] + ("",) for p in PEOPLE])
    with pytest.raises(ValueError):
        render_certificates(view, tmp_path / "none.pdf")


def test_organisers_are_named_in_full_in_both_languages():
    assert organisers_text("APSCO, CLEP") == (
        "Asia-Pacific Space Cooperation Organization (APSCO) and China Lunar Exploration and Space Program Center (CLEP)",
        "亚太空间合作组织、国家航天局探月与航天工程中心")
