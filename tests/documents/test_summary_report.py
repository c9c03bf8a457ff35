"""The one-page summary PDF for CLEP: one A4 page, bilingual headings and the
key figures as text, the five charts as images, only embedded fonts."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest

from lunar_desk.documents import charts
from lunar_desk.documents.summary_report import (
    key_figures,
    render_summary,
    summary_filename,
)
from lunar_desk.errors import UserError
from lunar_desk.services import dashboard as dsh
from lunar_desk.services import demo
from lunar_desk.services.dashboard import Period
from lunar_desk.services.mass import format_mass

TODAY = date(2026, 11, 25)


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"], check=True, capture_output=True)
    return re.sub(r"\s+", " ", out.stdout.decode("utf-8"))


def run(*cmd: str) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


@pytest.fixture
def demo_dashboard(db):
    with db.action() as s:
        demo.generate(s, 80, seed=11, today=TODAY)
    with db.read() as s:
        return dsh.dashboard(s, Period.last_months(24, TODAY), TODAY)


def test_summary_is_one_page_with_headings_figures_and_charts(demo_dashboard, tmp_path):
    dash = demo_dashboard
    out = render_summary(dash, tmp_path / summary_filename(dash), officer="Li Na 李娜")
    assert out.name == "lunar-samples-summary-2026-11-25.pdf"
    info = run("pdfinfo", str(out))
    assert re.search(r"^Pages:\s+1$", info, re.MULTILINE)
    assert re.search(r"^Page size:\s+595\.\d+ x 841\.\d+ pts \(A4\)", info, re.MULTILINE)
    text = pdf_text(out)
    assert "Lunar sample programme: summary for CLEP" in text and "月球样品项目工作摘要" in text
    for en, zh in charts.TITLES.values():
        assert en in text and zh in text
    for en, zh, value in key_figures(dash):
        assert en in text and zh in text and value.replace("\u202f", " ") in text.replace("\u202f", " ")
    assert "2024-12-01 – 2026-11-25" in text
    assert format_mass(dash.figures.requested_ug) in text or format_mass(dash.figures.requested_ug, "g") in text
    assert "Li Na 李娜" in text
    images = [line for line in run("pdfimages", "-list", str(out)).splitlines()[2:] if line.strip()]
    assert len(images) == len(charts.CHARTS)
    assert all(int(line.split()[3]) >= 600 for line in images)  # 200 dpi: ~660 pixels across each chart
    fonts = run("pdffonts", str(out)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts)  # every font embedded


def test_summary_of_an_empty_database_still_builds(db, tmp_path):
    with db.read() as s:
        dash = dsh.dashboard(s, Period.last_months(12, TODAY), TODAY)
    out = render_summary(dash, tmp_path / "empty.pdf")
    text = pdf_text(out)
    assert "Key figures" in text and "主要数据" in text and "Applications forwarded to CLEP" in text
    assert re.search(r"^Pages:\s+1$", run("pdfinfo", str(out)), re.MULTILINE)


def test_an_unwritable_place_is_an_officer_readable_error(db, tmp_path):
    with db.read() as s:
        dash = dsh.dashboard(s, Period.last_months(12, TODAY), TODAY)
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    with pytest.raises(UserError, match="could not be written"):
        render_summary(dash, blocker / "summary.pdf")
    with pytest.raises(UserError, match="could not be written"):
        charts.save_png("overdue", dash, blocker / "overdue.png")


def _missing_glyph_warnings(labels: list[str]) -> list[str]:
    import warnings

    from lunar_desk.services.dashboard import MassBar

    bars = tuple(MassBar(key=None, label=text, label_zh="", applications=1, requested_ug=5_000, approved_ug=2_000)
                 for text in labels)
    fig = charts.new_figure()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        charts.draw_mass_by_member_state(fig, bars)
        charts.png_bytes(fig, dpi=50)
    return [str(w.message) for w in caught if "missing from" in str(w.message)]


def test_chart_labels_in_every_script_have_glyphs():
    """Names in Latin with diacritics, Chinese, Persian, Urdu, Thai and Mongolian Cyrillic find a
    bundled font (no boxes); a script none of the fonts covers (Ethiopic) is reported missing."""
    names = ["Türkiye 土耳其", "José Ñañez Quispe", "ایران", "پاکستان خلائی", "ประเทศไทย", "Монгол Улс", "中国科学院"]
    assert _missing_glyph_warnings(names) == []
    assert _missing_glyph_warnings(["ኢትዮጵያ"])
