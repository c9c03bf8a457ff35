"""The Committee Review tab: score grid from the keyboard, decisions, round actions."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, demo, review
from lunar_desk.services.demo_applications import fill_applications
from lunar_desk.services.demo_review import fill_review
from lunar_desk.ui.widgets import find_data

TODAY = date(2026, 11, 25)


def fill(db):
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 60, seed=5)
        fill_applications(s, today=TODAY)
        fill_review(s, today=TODAY)


def open_round(window, db):
    with db.read() as s:
        rnd = next(r for r in review.rounds(s) if r.status == "open")
    tab = window.review
    tab.reload_rounds(select=rnd.id)
    window.tabs.setCurrentWidget(tab)
    return tab, rnd


def test_score_grid_takes_keyboard_entry_and_refuses_out_of_scale(window, db, qtbot):
    fill(db)
    tab, rnd = open_round(window, db)
    grid = tab.scores
    assert grid.rowCount() > 0 and grid.columnCount() >= 4
    # find an empty score cell
    target = next((r, c) for r in range(grid.rowCount()) for c in range(2, grid.columnCount() - 1)
                  if grid.item(r, c).text() == "")
    row, col = target
    assignment_id, criterion_id = grid.item(row, col).data(Qt.ItemDataRole.UserRole)
    tab.pages.setCurrentIndex(2)
    window.activateWindow()
    grid.setFocus()
    grid.setCurrentCell(row, col)
    qtbot.keyClicks(grid, "9")  # typing opens the cell editor with the digit
    qtbot.wait(20)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert "Not saved" in tab.score_hint.text() and "1 to 5" in tab.score_hint.text()
    assert grid.item(row, col).text() == ""
    grid.setCurrentCell(row, col)
    qtbot.keyClicks(grid, "4")  # typing opens the cell editor with the digit
    qtbot.wait(20)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.wait(20)
    assert tab.score_hint.text() == "Saved."
    with db.read() as s:
        saved = next(r for r in review.score_grid(s, rnd.id).rows if r.assignment_id == assignment_id)
        assert saved.values[criterion_id] == 4
    grid.setFocus()
    grid.setCurrentCell(row, col)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    with db.read() as s:
        saved = next(r for r in review.score_grid(s, rnd.id).rows if r.assignment_id == assignment_id)
        assert criterion_id not in saved.values


def test_decision_on_an_item_reserves_mass(window, db, qtbot, monkeypatch, message_boxes):
    fill(db)
    tab, rnd = open_round(window, db)
    with db.read() as s:
        under_review = [a for a in review.round_applications(s, rnd.id) if a.status == "under_review"]
        app, item = next((a, i) for a in under_review for i in apps.requested_items(s, a.id)
                         if i.mass_ug and not i.pieces and apps.requested_items(s, a.id)[0].id == i.id)
    tab.decision_app.setCurrentIndex(find_data(tab.decision_app, app.id))
    assert tab.decisions.topLevelItemCount() >= 1
    assert tab.decisions.topLevelItem(0).text(2) in ("undecided", "Approved", "Approved, reduced", "Rejected")
    from lunar_desk.ui.review import tab as tab_module

    real_dialog = tab_module.DecisionDialog

    class Accepting:  # the officer fills the dialog and presses OK
        def __init__(self, *args, **kwargs):
            self.dialog = real_dialog(*args, **kwargs)

        def exec(self):
            d = self.dialog
            d.outcome.setCurrentIndex(d.outcome.findData("reduced"))
            d.mass.setText("1 mg")
            if d.needs_sample:
                with db.read() as s:
                    sample = catalogue.sample_page(s, catalogue.SampleFilter(status="available", preparation="powder"), limit=1)[0]
                d.sample.setText(sample.sample_number)
            assert d.buttons.button(d.buttons.StandardButton.Ok).isEnabled(), d.error.text()
            return True

        def values(self):
            return self.dialog.values()

    monkeypatch.setattr(tab_module, "DecisionDialog", Accepting)
    tab.decisions.setCurrentItem(tab.decisions.topLevelItem(0))
    tab.decide()
    assert message_boxes == []
    with db.read() as s:
        decision = review.decisions(s, app.id)[item.id]
        assert decision.outcome == "reduced" and decision.approved_mass_ug == 1000
        reserved = catalogue.get_sample(s, decision.reserved_sample_id)
        assert reserved.status == "reserved" and reserved.mass_ug == 1000
        assert catalogue.ledger_problems(s) == []
    assert tab.decisions.topLevelItem(0).text(2) == "Approved, reduced"


def test_closed_round_is_read_only(window, db, qtbot):
    fill(db)
    with db.read() as s:
        closed = next(r for r in review.rounds(s) if r.status == "closed")
    tab = window.review
    tab.reload_rounds(select=closed.id)
    assert not tab.auto_button.isEnabled() and not tab.decide_button.isEnabled()
    assert "closed" in tab.score_hint.text()
    outcomes = {tab.overview.topLevelItem(i).text(10) for i in range(tab.overview.topLevelItemCount())}
    assert outcomes & {"Approved", "Partially approved", "Rejected", "approved", "partially_approved", "rejected"}


def test_round_summary_and_letter_are_written(window, db, qtbot, tmp_path):
    fill(db)
    with db.read() as s:
        closed = next(r for r in review.rounds(s) if r.status == "closed")
    tab = window.review
    tab.reload_rounds(select=closed.id)
    tab.export_summary(tmp_path / "round.xlsx")
    qtbot.waitUntil(lambda: (tmp_path / "round.xlsx").exists(), timeout=20_000)
    tab.export_letter(tmp_path / "letter.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "letter.pdf").exists(), timeout=20_000)
    assert (tmp_path / "letter.pdf").read_bytes()[:5] == b"%PDF-"


def test_a_score_entered_shows_at_once_in_the_round_overview(window, db, qtbot):
    """The Applications page of the round counts the scores and ranks by the weighted mean: a score
    typed in the grid must show there without reloading the round."""
    fill(db)
    tab, rnd = open_round(window, db)
    grid = tab.scores
    row, col = next((r, c) for r in range(grid.rowCount()) for c in range(2, grid.columnCount() - 1)
                    if grid.item(r, c).text() == "")
    reference = grid.item(row, 0).text()

    def entered() -> str:
        item = next(tab.overview.topLevelItem(i) for i in range(tab.overview.topLevelItemCount())
                    if tab.overview.topLevelItem(i).text(0) == reference)
        return item.text(5)

    before = int(entered().split("/")[0])
    tab.pages.setCurrentIndex(2)
    window.activateWindow()
    grid.setFocus()
    grid.setCurrentCell(row, col)
    qtbot.keyClicks(grid, "3")
    qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tab.score_hint.text() == "Saved.", timeout=5000)
    assert int(entered().split("/")[0]) == before + 1


def test_each_round_action_says_what_it_did_and_nothing_stale_stays(window, db, qtbot, monkeypatch, message_boxes):
    fill(db)
    tab, rnd = open_round(window, db)
    qtbot.mouseClick(tab.detect_button, Qt.MouseButton.LeftButton)
    assert "conflict(s) of interest on record" in tab.message.text()
    qtbot.mouseClick(tab.start_button, Qt.MouseButton.LeftButton)  # nothing left to start in the demo round
    assert tab.message.text() == "0 forwarded application(s) put under committee review."
    monkeypatch.setattr("lunar_desk.ui.review.tab.confirm", lambda *a, **k: True)
    qtbot.mouseClick(tab.close_button, Qt.MouseButton.LeftButton)
    assert "cannot be closed" in message_boxes[-1][1]  # items are undecided: refused, and said so
    assert tab.message.text() == ""  # not the earlier line, as if it were the answer
    other = next(i for i in range(tab.round.count()) if tab.round.itemData(i) != rnd.id)
    tab.round.setCurrentIndex(other)
    assert tab.message.text() == ""  # it spoke of the other round


def test_reviewers_are_added_from_the_keyboard_and_only_a_selected_one_is_edited(db, qtbot):
    """Enter in the expertise box adds the reviewer (it used to press Save expertise, for nobody);
    the buttons that act on a reviewer wait until one is selected."""
    from lunar_desk.ui.review.dialogs import ReviewersDialog

    with db.action() as s:
        demo.fill_reference(s)
    dialog = ReviewersDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.save_expertise.isEnabled() and not dialog.toggle.isEnabled()
    chosen = dialog.person.currentText()
    qtbot.keyClicks(dialog.expertise, "TEM, space weathering")
    qtbot.keyClick(dialog.expertise, Qt.Key.Key_Return)
    assert dialog.tree.topLevelItemCount() == 1 and chosen.startswith(dialog.tree.topLevelItem(0).text(0))
    assert dialog.tree.topLevelItem(0).text(4) == "TEM, space weathering"
    assert dialog.expertise.text() == "" and dialog.isVisible()  # ready for the next one
    with db.read() as s:
        assert len(review.reviewers(s)) == 1
    dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
    assert dialog.save_expertise.isEnabled() and dialog.toggle.isEnabled()


def test_new_round_offers_the_batch_waiting_for_one(window, db, qtbot):
    """The form used to propose the latest batch even when it already had its round (creating then
    failed) or when the forwarded applications were in an earlier batch."""
    from lunar_desk.ui.review.dialogs import NewRoundDialog

    fill(db)
    with db.read() as s:
        choices = review.batch_choices(s)
    reviewed = {c.number for c in choices if c.round_name}
    assert reviewed and max(c.number for c in choices) in reviewed  # the demo's latest batch has its round
    dialog = NewRoundDialog(db, window)
    qtbot.addWidget(dialog)
    for i in range(dialog.batch.count()):
        enabled = dialog.batch.model().item(i).isEnabled()
        assert enabled == (dialog.batch.itemData(i) not in reviewed), dialog.batch.itemText(i)
        assert ("already reviewed in" in dialog.batch.itemText(i)) == (not enabled)
    assert dialog.batch.currentData() not in reviewed
    assert dialog.batch.currentData() == review.batch_for_new_round(choices)
    assert dialog.name.text() == f"Expert committee review, batch {dialog.batch.currentData()}"


def test_batch_for_a_new_round_prefers_forwarded_applications():
    from lunar_desk.services.review import BatchChoice, batch_for_new_round

    choices = [BatchChoice(10, "", "Round 10", 0), BatchChoice(11, "", None, 2), BatchChoice(12, "", None, 0)]
    assert batch_for_new_round(choices) == 11  # its applications are waiting
    assert batch_for_new_round([*choices[:1], BatchChoice(11, "", None, 0), choices[2]]) == 12  # else the latest free
    assert batch_for_new_round([BatchChoice(10, "", "Round 10", 0)]) is None


def test_new_round_states_its_criteria_in_full(db, qtbot):
    from PySide6.QtWidgets import QLabel

    from lunar_desk.ui.review.dialogs import NewRoundDialog

    with db.action() as s:
        demo.fill_reference(s)
    dialog = NewRoundDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    criteria = next(w for w in dialog.findChildren(QLabel) if w.text().startswith("Criteria:"))
    one_line = criteria.fontMetrics().horizontalAdvance(criteria.text()) <= criteria.contentsRect().width()
    wrapped_in_full = criteria.wordWrap() and criteria.height() >= criteria.heightForWidth(criteria.width())
    assert one_line or wrapped_in_full  # the sentence is not cut off at the dialog's edge


def test_the_letter_of_an_application_still_being_decided_is_refused_with_a_reason(window, db, message_boxes):
    """The crash sweep found it: "Decision letter PDF…" on an open round's application with undecided
    items raised out of the button (the officer saw the error only by way of the last-resort hook)."""
    fill(db)
    tab, rnd = open_round(window, db)
    with db.read() as s:
        undecided = next(a.id for a in review.round_applications(s, rnd.id)
                         if len(review.decisions(s, a.id)) < len(apps.requested_items(s, a.id)))
    tab.decision_app.setCurrentIndex(find_data(tab.decision_app, undecided))
    assert tab.letter_button.isEnabled()
    assert tab.export_letter() is None
    assert len(message_boxes) == 1 and "no committee decision yet" in message_boxes[0][1]


def test_a_refused_score_is_explained_in_the_interface_language(window, db, qapp, tmp_path):
    """The score hint showed the service's refusal as its English text under the Chinese interface."""
    import re

    from PySide6.QtCore import QLocale

    from lunar_desk.ui import i18n

    fill(db)
    tab, rnd = open_round(window, db)
    grid = tab.scores
    row, col = next((r, c) for r in range(grid.rowCount()) for c in range(2, grid.columnCount() - 1)
                    if grid.item(r, c).text() == "")
    assignment_id, criterion_id = grid.item(row, col).data(Qt.ItemDataRole.UserRole)
    before = QLocale()
    try:
        assert i18n.install_translators(qapp, "zh_CN", cache=tmp_path / "qm") == "zh_CN"
        assert not tab.enter_score(assignment_id, criterion_id, "9")  # out of the 1–5 scale: the service refuses
        hint = tab.score_hint.text()
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)
    assert "whole numbers" not in hint and re.search(r"[\u4e00-\u9fff]", hint.split("：", 1)[1]), hint
