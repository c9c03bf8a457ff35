"""The Results tab as an officer uses it: record a paper with the form (a bad
DOI is refused in the form, nothing typed is lost), attach its PDF, and see
the three compliance ticks; fix a typo'd sample number and see the tick turn;
filter what is overdue; write a reminder draft; the Loans tab's Results column."""

from __future__ import annotations

from demo_data import fill_loans_world

import email
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lunar_desk.services import results
from lunar_desk.ui.results.model import COLUMNS, CROSS, TICK

TODAY = date(2026, 11, 25)
ACK, NUMBERS, IN_TIME = (i for i, c in enumerate(COLUMNS) if c[2] is not None)


def fill(db):
    fill_loans_world(db, TODAY)


def results_tab(window, db):
    tab = window.results
    tab.today = lambda: TODAY
    tab.attach(db)
    window.tabs.setCurrentWidget(tab)
    return tab


def paper(path, *lines):
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for line in ("Space weathering of far-side soil", "Abstract. Rims were measured.", *lines):
        c.drawString(60, y, line)
        y -= 15
    c.save()
    return path


def cell(tab, row, column):
    return tab.model.data(tab.model.index(row, column))


def tooltip(tab, row, column):
    return tab.model.data(tab.model.index(row, column), Qt.ItemDataRole.ToolTipRole)


def closed_loan(tab):
    """The demo's closed loan (collected long ago, its first item's numbers)."""
    with tab.db.read() as s:
        from lunar_desk.services import loans

        row = next(r for r in loans.list_loans(s, today=TODAY) if r.status == "closed")
        view = loans.loan_view(s, row.id, TODAY)
    return row, view.items[0]


def test_empty_state_offers_to_record_a_result(window, db):
    tab = results_tab(window, db)
    assert tab.stack.currentWidget() is tab.empty
    assert "No result reports yet" in tab.empty.title.text()
    assert tab.empty_new.text() == "Record a result…"


def test_enter_a_result_attach_its_pdf_and_see_the_ticks(window, db, qtbot, tmp_path, message_boxes, monkeypatch):
    fill(db)
    tab = results_tab(window, db)
    loan, item = closed_loan(tab)
    typo = item.parent_sample_number[:-2] + item.parent_sample_number[-1] + item.parent_sample_number[-2]
    dialog = tab.dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Nanophase iron in far-side soil")
    qtbot.keyClicks(dialog.doi, "s41586-021-04100-2")
    assert "is not a DOI" in dialog.error.text()
    dialog.published.set_value(date(2026, 9, 1))
    for i in range(dialog.loans.count()):
        if dialog.loans.item(i).data(Qt.ItemDataRole.UserRole) == loan.id:
            dialog.loans.item(i).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(dialog.cited, f"{typo}, {item.sample_number}")
    dialog.choose_pdf(paper(tmp_path / "paper.pdf", "Acknowledgements. Lunar samples provided by the China National",
                            "Space Adminis-", "tration (CNSA)."))
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and "10.1038/s41586-021-04100-2" in dialog.error.text()  # refused, kept open
    assert dialog.title.text() == "Nanophase iron in far-side soil"  # nothing typed is lost
    with db.read() as s:
        assert results.list_results(s, today=TODAY) == []
    dialog.doi.setText("10.1038/s41586-021-04100-2")
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: tab.model.rows and tab.model.rows[0].files == 1, timeout=30_000)
    assert message_boxes == []
    row = tab.model.row_of(tab.selected_id())
    assert cell(tab, row, ACK) == TICK  # found in the PDF although split and hyphenated
    assert cell(tab, row, NUMBERS) == CROSS and typo in tooltip(tab, row, NUMBERS)
    assert f"did you mean {item.parent_sample_number}" in tab.compliance.texts[1].text()
    assert cell(tab, row, IN_TIME).startswith("\u2026")  # due 2026-12-01, not yet reported
    assert tab.compliance.ticks[1].text() == CROSS and typo in tab.compliance.texts[1].text()

    edit = tab.dialog(tab.selected_id())
    qtbot.addWidget(edit)
    edit.show()
    edit.cited.setPlainText(f"{item.parent_sample_number}, {item.sample_number}")
    edit.reported.set_value(date(2026, 11, 20))
    qtbot.mouseClick(edit.buttons.button(edit.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    row = tab.model.row_of(tab.selected_id())
    assert [cell(tab, row, c) for c in (ACK, NUMBERS, IN_TIME)] == [TICK, TICK, TICK]
    assert [m.text() for m in tab.compliance.ticks] == [TICK, TICK, TICK]

    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(Path(url.toLocalFile())) or True)
    tab.open_pdf()  # a copy named as attached: Windows chooses the PDF reader by the extension
    assert [p.name for p in opened] == ["paper.pdf"] and opened[0].read_bytes() == (tmp_path / "paper.pdf").read_bytes()

    monkeypatch.setattr("lunar_desk.ui.results.actions.confirm", lambda *a, **k: True)
    assert tab.remove_pdf()  # the wrong PDF was attached: without it the acknowledgement is unconfirmed
    row = tab.model.row_of(tab.selected_id())
    assert cell(tab, row, ACK) == CROSS and not tab.remove_pdf_button.isEnabled()


def test_overdue_filter_reminder_draft_and_the_loans_column(window, db, qtbot, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from lunar_desk.services.demo_results import fill_results

    fill(db)
    with db.action() as s:
        fill_results(s, today=TODAY)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    tab = results_tab(window, db)
    tab.settings.setValue("results/reminder-folder", str(tmp_path / "drafts"))
    tab.state.setCurrentIndex(tab.state.findData("overdue"))
    assert [r.title for r in tab.model.rows] == ["Solar-wind hydrogen in Chang'e-6 glass rims"]
    assert tab.overdue.tree.topLevelItemCount() == 2  # the overdue paper, and a loan owing a first result
    tab.select(tab.model.rows[0].id)
    (path,) = tab.write_reminders()
    msg = email.message_from_bytes(path.read_bytes())
    assert msg["X-Unsent"] == "1" and "Solar-wind hydrogen" in msg.get_payload(decode=True).decode("utf-8")
    assert opened == [str(tmp_path / "drafts")]

    window.loans.today = lambda: TODAY
    window.loans.refresh()
    from lunar_desk.ui.loans.tab import COLUMNS as LOAN_COLUMNS

    texts = {r.agreement_number: LOAN_COLUMNS[-1][1](r) for r in window.loans.model.rows}
    assert any("2/4 reported" in t and "1 overdue" in t for t in texts.values()), texts
    assert any(t.startswith("none reported") for t in texts.values()), texts


def test_compliance_and_overdue_sentences_are_shown_in_the_interface_language(window, db, monkeypatch):
    """With every service text translated (a stand-in translation), no English is left in the
    compliance texts, their tooltips or the overdue reasons, whatever their parts."""
    import fake_translation

    from lunar_desk.services.demo_results import fill_results
    from lunar_desk.services.result_overdue import overdue_by_loan

    fill(db)
    with db.action() as s:
        fill_results(s, today=TODAY)
    fake_translation.install(monkeypatch)
    tab = results_tab(window, db)
    with db.read() as s:
        lines = overdue_by_loan(s, TODAY)
        checks = {r.id: results.compliance(s, r.id, TODAY) for r in tab.model.rows}
    assert lines and tab.overdue.tree.topLevelItemCount() == len(lines)
    for i, line in enumerate(lines):
        shown = tab.overdue.tree.topLevelItem(i).text(4)
        assert shown != line.reason and fake_translation.english_left(line.reason, shown) == [], shown
    seen = set()
    for row_index, row in enumerate(tab.model.rows):
        tab.select(row.id)
        full = checks[row.id]
        for view, check, column in zip(tab.compliance.texts, (full.acknowledgement, full.samples, full.reporting),
                                       (ACK, NUMBERS, IN_TIME), strict=True):
            shown = view.text()
            assert shown != check.text and fake_translation.english_left(check.text, shown) == [], shown
            listed = {ACK: row.compliance.acknowledgement, NUMBERS: row.compliance.samples,
                      IN_TIME: row.compliance.reporting}[column].text
            tip = tooltip(tab, row_index, column)
            assert fake_translation.english_left(listed, tip) == [], tip
            seen.add(check.text.template)
    assert len(seen) >= 5  # several kinds of sentence were looked at, not one


def test_the_acknowledgement_statement_is_shown_whole(window, db, qtbot):
    """The form says which sentence the PDF must carry; its wrapped lines were cut off at the top and
    bottom when it shared a box with the tick."""
    from PySide6.QtWidgets import QLabel

    tab = results_tab(window, db)
    dialog = tab.dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    statement = next(w for w in dialog.findChildren(QLabel) if "is looked for in the attached PDF" in w.text())
    assert statement.isVisible()
    assert statement.height() >= statement.heightForWidth(statement.width())  # every wrapped line fits
