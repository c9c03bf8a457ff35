"""Reports menu: an officer exports the CLEP summary and prepares the email
draft to CLEP; both run off the GUI thread, write their file and show its
folder."""

from __future__ import annotations

from datetime import date
from email import policy
from email.parser import BytesParser
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox

from lunar_desk.services import demo
from lunar_desk.services import settings as db_settings
from lunar_desk.ui.reports.common import SUMMARY_PDF_KEY, WORKBOOK_KEY
from lunar_desk.ui.reports.email_dialog import EmailDraftDialog
from lunar_desk.ui.reports.export_dialog import ExportSummaryDialog

TODAY = date(2026, 11, 25)
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture
def revealed(monkeypatch):
    """Folders shown in the file manager (recorded instead of opening one)."""
    shown: list[Path] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: shown.append(Path(url.toLocalFile())) or True)
    return shown


@pytest.fixture
def filled(db):
    with db.action() as s:
        demo.generate(s, 60, seed=4, today=TODAY)
    return db


def ok_button(dialog):
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)


def test_reports_menu_offers_both_actions(window):
    titles = [a.text() for a in window.reports_menu.actions()]
    assert titles == ["&Export CLEP summary…", "Prepare &email to CLEP…"]
    assert window.export_summary_action.isEnabled() and window.email_action.isEnabled()


def test_export_dialog_writes_the_workbook_and_shows_its_folder(qtbot, filled, settings, tmp_path, revealed,
                                                                message_boxes):
    dialog = ExportSummaryDialog(filled, None, settings, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    start, end, batch = dialog.period.values()
    assert (start, end, batch) == (date(2026, 10, 1), date(2026, 12, 31), None)  # the current quarter
    assert dialog.file.text().endswith("CLEP summary 2026-10-01 to 2026-12-31.xlsx")
    dialog.period.set_period(date(2025, 1, 1), date(2026, 12, 31), 10)
    assert "batch 10" in dialog.file.text()  # the suggested name follows the period
    out = tmp_path / "exports" / "summary for CLEP"
    dialog.file.setText(str(out))
    dialog.file.textEdited.emit(str(out))
    assert ok_button(dialog).isEnabled()
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60_000)
    written = out.with_name(out.name + ".xlsx")
    assert dialog.result.path == written and written.exists()
    wb = load_workbook(written)
    assert wb.sheetnames[0] == "Cover" and "Catalogue" in wb.sheetnames
    assert wb["Cover"]["C5"].value == 10
    assert revealed == [written.parent]
    assert settings.value(WORKBOOK_KEY) == str(written)
    assert message_boxes == []


def test_export_dialog_refuses_a_period_that_ends_before_it_starts(qtbot, filled, settings):
    dialog = ExportSummaryDialog(filled, None, settings, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    dialog.period.set_period(date(2026, 10, 1), date(2026, 9, 30))
    assert not ok_button(dialog).isEnabled()
    assert "starts after its last day" in dialog.error.text()
    assert dialog.start_export() is None


def test_email_dialog_writes_the_draft_with_the_workbook(qtbot, filled, settings, tmp_path, revealed, message_boxes):
    workbook = tmp_path / "月球样品汇总 2026-Q4.xlsx"
    workbook.write_bytes(b"PK\x03\x04 workbook")
    settings.setValue(WORKBOOK_KEY, str(workbook))
    summary = tmp_path / "Résumé ڈیش بورڈ.pdf"
    summary.write_bytes(b"%PDF-1.7 one page")
    settings.setValue(SUMMARY_PDF_KEY, str(summary))
    with filled.action() as s:
        db_settings.set_clep_recipients(s, ["探月中心 <samples@clep.example.cn>"], [])
    dialog = EmailDraftDialog(filled, None, settings, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.to.text() == "探月中心 <samples@clep.example.cn>"
    assert dialog.attachments() == [workbook, summary]  # the workbook and summary PDF just written are offered
    dialog.cc.setText("secretariat@apsco.example.int")
    dialog.folder.setText(str(tmp_path / "drafts"))
    assert ok_button(dialog).isEnabled()
    ok_button(dialog).click()
    qtbot.waitUntil(lambda: dialog.written is not None, timeout=60_000)
    msg = BytesParser(policy=policy.default).parsebytes(dialog.written.read_bytes())
    assert msg["X-Unsent"] == "1"
    assert [a.addr_spec for a in msg["To"].addresses] == ["samples@clep.example.cn"]
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["secretariat@apsco.example.int"]
    assert [(a.get_filename(), a.get_content_type()) for a in msg.iter_attachments()] == [
        (workbook.name, XLSX), (summary.name, "application/pdf")]
    assert "2026-10-01 to 2026-12-31" in msg["Subject"]
    assert revealed == [tmp_path / "drafts"]
    with filled.read() as s:  # the edited recipients are remembered for next time
        assert db_settings.clep_recipients(s).cc == ("secretariat@apsco.example.int",)
    assert message_boxes == []


def test_email_dialog_checks_recipients_and_files(qtbot, filled, settings, tmp_path):
    settings.setValue(SUMMARY_PDF_KEY, str(tmp_path / "deleted since.pdf"))  # offered only while it exists
    dialog = EmailDraftDialog(filled, None, settings, today=lambda: TODAY)
    qtbot.addWidget(dialog)
    assert dialog.to.text() == "" and dialog.attachments() == []
    assert not ok_button(dialog).isEnabled() and "recipient" in dialog.error.text()
    dialog.to.setText("clep.example.cn")
    assert "'clep.example.cn' is not an email address" in dialog.error.text()
    dialog.to.setText("samples@clep.example.cn")
    assert ok_button(dialog).isEnabled()
    gone = tmp_path / "gone.pdf"
    gone.write_bytes(b"%PDF")
    dialog.add_files([gone, gone])
    assert dialog.attachments() == [gone]
    gone.unlink()
    dialog._check()
    assert not ok_button(dialog).isEnabled() and "gone.pdf" in dialog.error.text()
    dialog.files.item(0).setSelected(True)
    dialog.remove_selected()
    assert dialog.attachments() == [] and ok_button(dialog).isEnabled()
