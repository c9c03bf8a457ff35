"""Under the Chinese interface the PDFs an officer writes keep their bilingual English/Chinese layout.

The documents do not import Qt, but the tabs hand them their views; this writes the loan agreement,
the certificate and the application form through the tabs' own export actions with the Chinese
translation installed, and reads the pages back with pdftotext.
"""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path

import pytest
from demo_data import fill_loans_world
from PySide6.QtCore import QLocale

from lunar_desk.ui import i18n

TODAY = date(2026, 11, 25)

@pytest.fixture
def chinese_window(qapp, qtbot, db, settings, tmp_path):
    from lunar_desk.ui.main_window import MainWindow

    before = QLocale()
    try:
        assert i18n.install_translators(qapp, "zh_CN", cache=tmp_path / "qm-cache") == "zh_CN"
        fill_loans_world(db, TODAY)
        w = MainWindow(db.paths, settings)
        qtbot.addWidget(w)
        w.show()
        w.attach(db)
        assert w.menuBar().actions()[0].text() == "文件(&F)"  # the window really is Chinese
        yield w
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)


def pdf_text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return re.sub(r"\s+", " ", out)


def written(qtbot, path: Path) -> str:
    qtbot.waitUntil(lambda: path.is_file() and path.stat().st_size > 0, timeout=60_000)
    return pdf_text(path)


def test_loan_agreement_and_certificate_stay_bilingual(chinese_window, qtbot, tmp_path):
    tab = chinese_window.loans
    tab.today = lambda: TODAY
    tab.refresh()
    row = next(r for r in tab.model.rows if r.status == "collected")
    assert tab.select(row.id)
    number = tab.view.agreement_number

    tab.export("agreement", tmp_path / "agreement.pdf")
    text = written(qtbot, tmp_path / "agreement.pdf")
    for phrase in ("Lunar Sample Loan Agreement", "月球样品借用协议", f"Agreement No. / 协议编号: {number}",
                   "on behalf of the China National Space Administration (CNSA)", "受国家航天局委托",
                   "Initials / 签字缩写"):
        assert phrase in text, phrase

    tab.export("certificate", tmp_path / "certificate.pdf")
    text = written(qtbot, tmp_path / "certificate.pdf")
    for phrase in ("Lunar Sample Certificate", "月球样品证书", "This is to certify that", "兹证明", number):
        assert phrase in text, phrase


def test_application_form_stays_bilingual(chinese_window, qtbot, tmp_path):
    tab = chinese_window.applications
    row = next(r for r in tab.model.rows if r.kind == "research")
    assert tab.select(row.id)
    tab.editor.export_pdf(tmp_path / "form.pdf")
    text = written(qtbot, tmp_path / "form.pdf")
    for phrase in ("Request Application Form of Research Samples", "研究样品申请表", "1. Applicant / 申请单位",
                   "2. Research team / 研究团队", "4. Research objectives / 研究目标", "Member State / 成员国",
                   "No 否"):
        assert phrase in text, phrase
