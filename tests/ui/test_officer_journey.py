"""One officer's whole journey with one sample, through the tabs' own buttons, dialogs and keys:
a research application filled, pre-checked and forwarded to CLEP; a review round for its batch
(reviewers, conflicts, assignments, scores, recommendation, decision, close); the loan made from
the closed round (signature, certificate, collection, a partial return, the rest returned and
consumed, closed); and the result report citing the sample.  At every step the test asserts what
the officer sees, and at the end that the catalogue's held mass is back where it belongs.

Only reference data (Member States, institutions, people, the released samples) is set up
through services.  Every modal dialog the journey opens is answered by :class:`Officer`, which
shows the dialog, fills it like the officer would, and presses its button; a dialog nobody
expected (an error box, say) fails the test with its text.  Set ``JOURNEY_SHOTS`` to a folder to
get a PNG of each screen and dialog passed through.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget

from lunar_desk.services import catalogue, demo, reference
from lunar_desk.services.mass import format_mass
from lunar_desk.ui.widgets import find_data

TITLE = "Space weathering of Chang'e-5 agglutinates by TEM"


class Officer:
    """Answers modal dialogs in the order the journey expects them."""

    def __init__(self, qtbot, shots: Path | None) -> None:
        self.qtbot = qtbot
        self.shots = shots
        self.expected: list[tuple[str, Callable[[QDialog], None]]] = []
        self.step = 0

    def expect(self, title_part: str, answer: Callable[[QDialog], None]) -> None:
        """The next dialog's title contains ``title_part``; ``answer`` fills it and presses its button."""
        self.expected.append((title_part, answer))

    def look(self, widget: QWidget, name: str) -> None:
        """Render ``widget`` as the officer sees it now (only when JOURNEY_SHOTS names a folder)."""
        if self.shots is None:
            return
        self.step += 1
        QApplication.processEvents()
        widget.grab().save(str(self.shots / f"{self.step:02d}-{name}.png"))

    def exec_(self, dialog: QDialog) -> int:
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        assert self.expected, f"unexpected dialog {dialog.windowTitle()!r}: {text}"
        title_part, answer = self.expected.pop(0)
        assert title_part in dialog.windowTitle(), f"expected {title_part!r}, got {dialog.windowTitle()!r}: {text}"
        dialog.show()
        dialog.activateWindow()
        self.qtbot.waitExposed(dialog)
        self.look(dialog, "dialog-" + "".join(c if c.isalnum() else "-" for c in title_part.lower()))
        answer(dialog)
        if dialog.isVisible():  # the answer could not press the button (disabled?): the officer gives up
            problem = getattr(getattr(dialog, "error", None), "text", lambda: "")()
            dialog.reject()
            pytest.fail(f"{dialog.windowTitle()!r} could not be accepted: {problem}")
        return dialog.result()


def press_ok(dialog) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    button = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok) or dialog.buttons.button(
        QDialogButtonBox.StandardButton.Save)
    assert button.isEnabled(), dialog.error.text() if hasattr(dialog, "error") else ""
    button.click()


def press_enter(qtbot, dialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def confirm_with(label: str):
    """A confirmation box: the officer presses the button named ``label`` (not the default Cancel)."""

    def answer(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == label)
        button.click()

    return answer


@pytest.fixture
def officer(qtbot, monkeypatch):
    folder = os.environ.get("JOURNEY_SHOTS")
    shots = Path(folder) if folder else None
    if shots is not None:
        shots.mkdir(parents=True, exist_ok=True)
    o = Officer(qtbot, shots)
    monkeypatch.setattr(QDialog, "exec", lambda dialog: o.exec_(dialog))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: o.exec_(box))
    return o


def setup_reference(db):
    """What the Secretariat has before the journey starts: Member States, institutions, people, samples."""
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 30, seed=3)
    with db.read() as s:
        people = reference.people(s)
        pi = next(p for p in people if p.name_native == "زهرا حسینی")
        row = catalogue.sample_page(s, catalogue.SampleFilter(status="available", preparation="powder"), limit=1)[0]
        return pi, people, row.sample_number, catalogue.held_ug(catalogue.get_sample(s, row.id))


def held(db, number: str) -> int:
    with db.read() as s:
        return catalogue.held_ug(catalogue.find_sample(s, number))


def button(buttons, text: str):
    return next(b for b in buttons if b.text() == text)


def test_one_sample_from_application_to_result_report(window, db, qtbot, officer, tmp_path, monkeypatch):
    pi, people, number, held_before = setup_reference(db)
    window.resize(1400, 900)

    # --- 1. Applications: a new research application, filled from the keyboard ------------------------
    tab = window.applications
    window.tabs.setCurrentWidget(tab)
    officer.look(window, "applications-empty")
    assert tab.stack.currentWidget() is tab.empty
    tab.new_button.menu().actions()[0].trigger()  # New application ▸ Research application (Annex 2)
    editor = tab.editor
    assert editor.view.status == "draft" and editor.view.reference.startswith("APSCO-R-")
    assert QApplication.focusWidget() is editor.form.title  # the officer types the title straight away
    form = editor.form
    qtbot.keyClicks(form.title, TITLE)
    form.batch.setCurrentIndex(form.batch.findData(11))
    with db.read() as s:
        institution = next(i for i in reference.institutions(s) if i.id == pi.institution_id)
    form.institution.setCurrentIndex(find_data(form.institution, institution.id))
    # the long texts one after another, Tab taking the officer to the next (hidden rows are skipped)
    form.widgets["objectives"].setFocus()
    for key in ("objectives", "background", "expected_results", "schedule", "lab_facilities", "prior_work",
                "sample_security"):
        assert window.focusWidget() is form.widgets[key], key
        qtbot.keyClicks(form.widgets[key], f"The {key.replace('_', ' ')}, described.")
        qtbot.keyClick(form.widgets[key], Qt.Key.Key_Tab)
    assert editor.form_state.text() == "Unsaved changes." and editor.save_button.isEnabled()
    officer.look(window, "application-form-typed")
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert editor.form_state.text() == "" and not editor.save_button.isEnabled()
    assert TITLE in editor.header.text() and "batch 11" in editor.header.text()
    assert tab.model.rowCount() == 1 and "Showing 1 of 1 applications" in tab.counts.text()
    assert "missing" in editor.tabs.tabText(5)  # the pre-check already says what is still missing

    # team: the PI, with a CV
    editor.tabs.setCurrentIndex(1)
    def member(d):
        assert d.role.currentData() == "pi"  # the first member is usually the PI
        d.person.lineEdit().selectAll()
        qtbot.keyClicks(d.person, "Zahra")
        press_enter(qtbot, d)

    officer.expect("Add team member", member)
    qtbot.mouseClick(editor.add_member, Qt.MouseButton.LeftButton)
    assert editor.team.topLevelItemCount() == 1
    assert editor.team.topLevelItem(0).text(2) == "Principal investigator"
    assert editor.team.topLevelItem(0).text(5) == "missing"
    cv = tmp_path / "cv-hosseini.txt"
    cv.write_text("CV of Zahra Hosseini", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(cv), ""))
    editor.team.setCurrentItem(editor.team.topLevelItem(0))
    qtbot.mouseClick(editor.attach_cv, Qt.MouseButton.LeftButton)
    assert editor.team.topLevelItem(0).text(5) == "✓"
    officer.look(window, "application-team")

    # method
    editor.tabs.setCurrentIndex(2)

    def method(d):
        qtbot.keyClicks(d.name, "TEM of agglutinate rims")
        qtbot.keyClicks(d.instruments, "FEI Talos F200X")
        press_enter(qtbot, d)

    officer.expect("Method of analysis", method)
    qtbot.mouseClick(editor.add_method, Qt.MouseButton.LeftButton)
    assert editor.methods.topLevelItemCount() == 1 and editor.methods.topLevelItem(0).text(2) == "no"

    # requested sample
    editor.tabs.setCurrentIndex(3)
    asked_ug = min(5_000, held_before)

    def item(d):
        qtbot.keyClicks(d.number, number)
        assert "holds" in d.found.text()
        d.mass.setFocus()
        qtbot.keyClicks(d.focusWidget(), f"{asked_ug / 1000:g}")
        qtbot.keyClicks(d.justification, "TEM needs a few mg")
        press_ok(d)

    officer.expect("Requested sample", item)
    qtbot.mouseClick(editor.add_item, Qt.MouseButton.LeftButton)
    assert editor.items.topLevelItemCount() == 1
    assert editor.items.topLevelItem(0).text(0) == number and editor.items.topLevelItem(0).text(2) == format_mass(asked_ug)

    # pre-check, submit, forward to CLEP (the package is built off the GUI thread)
    assert editor.tabs.tabText(5) == "Pre-check ✓", [editor.checks.topLevelItem(i).text(1) + ": " + editor.checks.topLevelItem(i).text(2) for i in range(editor.checks.topLevelItemCount()) if editor.checks.topLevelItem(i).text(2)]
    editor.tabs.setCurrentIndex(5)
    officer.look(window, "application-precheck")
    qtbot.mouseClick(button(editor.action_buttons, "Submit to Secretariat"), Qt.MouseButton.LeftButton)
    assert editor.view.status == "submitted" and "Submitted" in editor.header.text()
    package = tmp_path / "package.zip"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(package), ""))
    qtbot.mouseClick(button(editor.action_buttons, "Forward to CLEP"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.view.status == "forwarded", timeout=30_000)
    assert package.stat().st_size > 0 and str(package) in window.statusBar().currentMessage()
    assert "Forwarded to CLEP" in editor.header.text() or "forwarded" in editor.header.text().lower()
    assert editor.history.topLevelItemCount() == 2
    officer.look(window, "application-forwarded")

    # --- 2. Committee Review: reviewers, a round for batch 11, conflicts, assignments, scores --------
    rtab = window.review
    window.tabs.setCurrentWidget(rtab)
    officer.look(window, "review-empty")
    assert rtab.stack.currentWidget() is rtab.empty
    by_name = {p.name_latin: p for p in people}
    names = ["Mohammad Rezaei", "Liu Yang", "Batbayar Gantulga", "Oyunchimeg Dorj"]  # Rezaei works with the PI

    def reviewers(d):
        assert not d.save_expertise.isEnabled()  # nobody to save it for yet
        for name in names:
            d.person.setCurrentIndex(find_data(d.person, by_name[name].id))
            qtbot.keyClicks(d.expertise, "TEM, space weathering")
            qtbot.keyClick(d.expertise, Qt.Key.Key_Return)  # adds the reviewer
        assert d.tree.topLevelItemCount() == 4
        officer.look(d, "reviewers-added")
        d.accept()  # Close

    officer.expect("Reviewers", reviewers)
    qtbot.mouseClick(rtab.reviewers_button, Qt.MouseButton.LeftButton)

    def new_round(d):
        assert d.batch.currentData() == 11  # the batch whose application is waiting, not simply the latest
        assert d.batch.currentText().endswith("1 forwarded application(s) waiting")
        assert d.name.text() == "Expert committee review, batch 11"
        d.per_app.setValue(2)
        press_enter(qtbot, d)

    officer.expect("New review round", new_round)
    qtbot.mouseClick(rtab.empty_new, Qt.MouseButton.LeftButton)
    assert rtab.stack.currentIndex() == 0 and "Batch 11" in rtab.status.text() and "open" in rtab.status.text()
    officer.look(window, "review-round-created")
    qtbot.mouseClick(rtab.start_button, Qt.MouseButton.LeftButton)
    assert rtab.message.text() == "1 forwarded application(s) put under committee review."
    assert rtab.overview.topLevelItemCount() == 1
    assert rtab.overview.topLevelItem(0).text(0) == editor.view.reference
    qtbot.mouseClick(rtab.detect_button, Qt.MouseButton.LeftButton)
    assert rtab.message.text() == "1 conflict(s) of interest on record for this round."
    assert rtab.overview.topLevelItem(0).text(4) == "1"
    qtbot.mouseClick(rtab.auto_button, Qt.MouseButton.LeftButton)
    assert rtab.message.text().startswith("2 new assignment(s).")
    assert rtab.overview.topLevelItem(0).text(3) == "2"
    # a third reviewer by hand: the conflicted one cannot be picked
    rtab.pages.setCurrentIndex(1)
    rtab.assignments.setCurrentItem(rtab.assignments.topLevelItem(0))

    def assign(d):
        rows = [d.list.item(i) for i in range(d.list.count())]
        conflicted = [r for r in rows if "conflicted" in r.text()]
        assert len(conflicted) == 1 and conflicted[0].text().startswith("Mohammad Rezaei")
        assert not conflicted[0].flags() & Qt.ItemFlag.ItemIsEnabled
        free = next(r for r in rows if r.flags() & Qt.ItemFlag.ItemIsEnabled)
        d.list.setCurrentItem(free)
        press_enter(qtbot, d)

    officer.expect("Assign a reviewer", assign)
    qtbot.mouseClick(rtab.assign_button, Qt.MouseButton.LeftButton)
    assert rtab.overview.topLevelItem(0).text(3) == "3"
    officer.look(window, "review-assignments")

    # scores: digits and Enter, cell after cell
    rtab.pages.setCurrentIndex(2)
    grid = rtab.scores
    assert grid.rowCount() == 3 and grid.columnCount() == 2 + 4 + 1
    window.activateWindow()
    grid.setFocus()
    for row in range(grid.rowCount()):
        for col in range(2, grid.columnCount() - 1):
            grid.setCurrentCell(row, col)
            qtbot.keyClicks(grid, "4" if col > 2 else "5")  # typing opens the cell's editor
            qtbot.keyClick(grid.focusWidget(), Qt.Key.Key_Return)  # the editor commits once back in the loop
            qtbot.waitUntil(lambda: rtab.score_hint.text() == "Saved.", timeout=5000)
            rtab.score_hint.setText("")
    assert rtab.overview.topLevelItem(0).text(5) == "12/12"
    assert rtab.overview.topLevelItem(0).text(6) == "4.40"
    officer.look(window, "review-scores")

    # recommendation and the decision on the requested sample
    rtab.pages.setCurrentIndex(3)
    assert rtab.decision_app.currentText().startswith(editor.view.reference)
    assert rtab.decisions.topLevelItemCount() == 1 and rtab.decisions.topLevelItem(0).text(2) == "undecided"
    rtab.recommend.setFocus()
    qtbot.keyClick(rtab.recommend, Qt.Key.Key_Down)  # (no recommendation) → Approve
    assert rtab.recommend.currentText() == "Approve"
    assert rtab.overview.topLevelItem(0).text(9) == "Approve"

    def decide(d):
        assert d.outcome.currentData() == "approved" and d.mass.value() == asked_ug
        qtbot.keyClicks(d.reason, "Sound method; mass as requested.")
        press_ok(d)

    officer.expect("Decision on", decide)
    rtab.decisions.setFocus()
    rtab.decisions.setCurrentItem(rtab.decisions.topLevelItem(0))
    qtbot.keyClick(rtab.decisions, Qt.Key.Key_Return)
    assert rtab.decisions.topLevelItem(0).text(2) == "Approved"
    assert rtab.decisions.topLevelItem(0).text(4) == format_mass(asked_ug)
    lent_number = rtab.decisions.topLevelItem(0).text(3)
    assert lent_number and held(db, lent_number) == asked_ug  # the mass set aside for the loan
    officer.look(window, "review-decision")

    officer.expect("Close round", confirm_with("Close round"))
    qtbot.mouseClick(rtab.close_button, Qt.MouseButton.LeftButton)
    assert "closed" in rtab.status.text() and not rtab.close_button.isEnabled()
    assert rtab.message.text().startswith("Round closed:") and "Loans tab" in rtab.message.text()
    assert rtab.overview.topLevelItem(0).text(10) == "Approved"
    assert "closed" in rtab.score_hint.text()
    officer.look(window, "review-closed")

    # --- 3. Loans: created from the closed round, then signature to close --------------------------
    ltab = window.loans
    window.tabs.setCurrentWidget(ltab)
    officer.look(window, "loans-empty")
    assert ltab.stack.currentWidget() is ltab.empty

    def create(d):
        assert d.fields["round_id"][1].currentText() == "Expert committee review, batch 11"
        press_enter(qtbot, d)

    officer.expect("Create loans", create)
    qtbot.mouseClick(ltab.empty_create, Qt.MouseButton.LeftButton)
    assert ltab.model.rowCount() == 1 and ltab.view is not None
    assert window.statusBar().currentMessage() == (
        "1 loan(s) created from Expert committee review, batch 11, awaiting signature.")
    assert ltab.view.application_reference == editor.view.reference
    assert "Awaiting signature" in ltab.header.text()
    assert [b.text() for b in ltab.action_buttons][:1] == ["Record signature"]
    assert ltab.items.topLevelItemCount() == 1 and ltab.items.topLevelItem(0).text(0) == lent_number
    assert ltab.items.topLevelItem(0).text(3) == format_mass(asked_ug)
    officer.look(window, "loan-created")

    def steps():
        return [b.text() for b in ltab.action_buttons]

    officer.expect("Record signature", lambda d: press_enter(qtbot, d))  # signed today, the date offered
    qtbot.mouseClick(button(ltab.action_buttons, "Record signature"), Qt.MouseButton.LeftButton)
    assert "Signed" in ltab.header.text() and "Issue certificate" in steps()

    def certificate(d):
        qtbot.keyClicks(d.fields["number"][1], "CLEP-LSC-2026-017")
        press_enter(qtbot, d)

    officer.expect("Issue certificate", certificate)
    qtbot.mouseClick(button(ltab.action_buttons, "Issue certificate"), Qt.MouseButton.LeftButton)
    assert ltab.certificate_button.isEnabled()

    def collect(d):
        qtbot.keyClicks(d.fields["collected_by"][1], "Zahra Hosseini")
        press_enter(qtbot, d)

    officer.expect("Record collection", collect)
    qtbot.mouseClick(button(ltab.action_buttons, "Record collection"), Qt.MouseButton.LeftButton)
    assert "Collected" in ltab.header.text() and "Record return" in steps()
    officer.look(window, "loan-collected")

    first_back = asked_ug // 5

    def partial(d):
        assert d.focusWidget() is d.table and d.table.currentColumn() == 3  # on "Returned now"
        qtbot.keyClicks(d.table, f"{first_back / 1000:g}")
        qtbot.keyClick(d.table.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: d.table.item(0, 3).text() != "", timeout=5000)
        qtbot.keyClicks(d.received_by, "Secretariat lab")
        assert d.balance.text() == "1 item(s) in this return."
        press_ok(d)

    officer.expect("Record a return", partial)
    qtbot.mouseClick(button(ltab.action_buttons, "Record return"), Qt.MouseButton.LeftButton)
    assert "Partly returned" in ltab.header.text()
    assert ltab.items.topLevelItem(0).text(4) == format_mass(first_back)
    assert ltab.items.topLevelItem(0).text(7) == format_mass(asked_ug - first_back)
    assert ltab.returns.topLevelItemCount() == 1
    officer.look(window, "loan-partly-returned")

    consumed = asked_ug // 10
    rest = asked_ug - first_back - consumed

    def the_rest(d):
        d.table.setItem(0, 3, type(d.table.item(0, 3))(f"{rest / 1000:g}"))
        d.table.setItem(0, 4, type(d.table.item(0, 4))(f"{consumed / 1000:g}"))
        qtbot.keyClicks(d.received_by, "Secretariat lab")
        press_ok(d)

    officer.expect("Record a return", the_rest)
    qtbot.mouseClick(button(ltab.action_buttons, "Record return"), Qt.MouseButton.LeftButton)
    assert ltab.items.topLevelItem(0).text(7) == format_mass(0)
    assert ltab.items.topLevelItem(0).text(5) == format_mass(consumed)
    assert "Close loan" in steps()
    officer.look(window, "loan-all-back")

    officer.expect("Close loan", press_ok)  # Enter would cancel: closing needs its own press
    qtbot.mouseClick(button(ltab.action_buttons, "Close loan"), Qt.MouseButton.LeftButton)
    assert "Closed" in ltab.header.text()
    officer.look(window, "loan-closed")

    # the ledger: what came back is held again, what was consumed is gone
    with db.read() as s:
        assert catalogue.ledger_problems(s) == []
        parent = catalogue.find_sample(s, number)
        family = [parent, *catalogue.children(s, parent.id)]
        assert sum(catalogue.held_ug(x) for x in family) == held_before - consumed
    assert held(db, lent_number) == asked_ug - consumed  # back in the catalogue, less what was used

    # --- 4. Results: the paper that used the sample, citing its number --------------------------------
    res = window.results
    window.tabs.setCurrentWidget(res)
    officer.look(window, "results-empty")
    assert res.stack.currentWidget() is res.empty

    def result(d):
        qtbot.keyClicks(d.title, "Nanophase iron in Chang'e-5 agglutinate rims")
        qtbot.keyClicks(d.doi, "10.1016/j.icarus.2026.116001")
        loan_rows = [d.loans.item(i) for i in range(d.loans.count())]
        assert len(loan_rows) == 1 and loan_rows[0].text().startswith("LSA-2026-001")
        loan_rows[0].setCheckState(Qt.CheckState.Checked)
        qtbot.keyClicks(d.cited, lent_number)
        d.ack.setChecked(True)
        d.published.check.setChecked(True)  # published and reported today, the dates offered
        d.reported.check.setChecked(True)
        officer.look(d, "result-filled")
        press_ok(d)

    officer.expect("New result report", result)
    qtbot.mouseClick(res.empty_new, Qt.MouseButton.LeftButton)
    assert res.model.rowCount() == 1
    from lunar_desk.ui.results.model import COLUMNS, TICK

    numbers = next(i for i, c in enumerate(COLUMNS) if c[0] == "Sample numbers")
    loans_column = next(i for i, c in enumerate(COLUMNS) if c[0] == "Loans")
    assert res.model.data(res.model.index(0, loans_column)) == "LSA-2026-001"
    assert res.model.data(res.model.index(0, numbers)) == TICK  # the lent sample's number is cited
    officer.look(window, "result-recorded")
    window.tabs.setCurrentWidget(ltab)  # the loan now counts its reported result
    assert "1/1 reported" in ltab.model.data(ltab.model.index(0, len(ltab.model.columns) - 1))
    assert officer.expected == []  # every dialog the journey expected was met
