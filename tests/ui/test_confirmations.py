"""Destructive actions ask first, naming the record; pressing Enter keeps it (the safe button is the
default), confirming removes it, and the status bar then says how to get it back from the recycle bin."""

from __future__ import annotations

from datetime import date

import pytest
from demo_data import fill_loans_world
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton

from lunar_desk.services import applications as apps
from lunar_desk.services import demo, reference, teams, training
from lunar_desk.services.applications import MethodData

TODAY = date(2026, 11, 25)


class Answers:
    """How the officer answers the next questions: "enter" (the default button), "yes" (the action's
    own button) or a standard button's name ("Discard", "Cancel").  Every question asked is kept as (title, text)."""

    def __init__(self) -> None:
        self.reply = "enter"
        self.asked: list[tuple[str, str]] = []

    def exec(self, box: QMessageBox) -> int:
        self.asked.append((box.windowTitle(), box.text()))
        if self.reply == "enter":
            button = box.defaultButton()
        elif self.reply == "yes":
            button = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
        else:  # a standard button by name: "Discard", "Cancel"…
            button = box.button(getattr(QMessageBox.StandardButton, self.reply))
        button.click()
        return 0


@pytest.fixture
def answers(monkeypatch):
    a = Answers()
    monkeypatch.setattr(QMessageBox, "exec", lambda box: a.exec(box))
    return a


def person_id(s, name):
    return next(p.id for p in reference.people(s) if p.name_latin == name)


@pytest.fixture
def programme(window, db, tmp_path):
    """The Teams & Training tab with one team (one member) and one activity (one participant, one material)."""
    handout = tmp_path / "nanosims-handout.pdf"
    handout.write_bytes(b"%PDF-1.4 handout")
    with db.action() as s:
        demo.fill_reference(s)
        team = teams.create_team(s, teams.TeamData(name="Regolith maturity team", starts_on=TODAY))
        teams.add_member(s, team.id, teams.MemberData(person_id=person_id(s, "Mohammad Rezaei")))
        activity = training.create_activity(s, training.ActivityData(title="NanoSIMS hands-on training", starts_on=TODAY))
        training.add_participants(s, activity.id, [training.ParticipantData(person_id(s, "Somchai Wongsakul"))])
        training.attach_material(s, db.paths.attachments_dir, activity.id, handout)
    tab = window.programme
    tab.attach(db)
    window.tabs.setCurrentWidget(tab)
    return tab


def _select_first(tree):
    tree.setCurrentItem(tree.topLevelItem(0))


# (page, list the record shows in, what to select first, the action, words the question must name)
REMOVALS = {
    "research team": ("teams", "list", None, "delete_team", "Regolith maturity team"),
    "team member": ("teams", "members", "members", "remove_member", "Mohammad Rezaei"),
    "training activity": ("training", "list", None, "delete_activity", "NanoSIMS hands-on training"),
    "participant": ("training", "people", "people", "remove_participant", "Somchai Wongsakul"),
    "training material": ("training", "materials", "materials", "remove_material", "nanosims-handout.pdf"),
}


@pytest.mark.parametrize("kind", list(REMOVALS))
def test_a_removal_asks_naming_the_record_and_enter_keeps_it(programme, window, answers, kind):
    page_name, tree_name, select, action, named = REMOVALS[kind]
    page = getattr(programme, page_name)
    programme.pages.setCurrentWidget(page)
    tree = getattr(page, tree_name)
    if select:
        _select_first(getattr(page, select))
    assert tree.topLevelItemCount() == 1

    getattr(page, action)()  # the officer reads the question and presses Enter
    assert len(answers.asked) == 1
    assert named in answers.asked[0][1] and "recycle bin" in answers.asked[0][1]
    assert tree.topLevelItemCount() == 1, "Enter must not remove anything"

    answers.reply = "yes"
    if select:
        _select_first(getattr(page, select))
    getattr(page, action)()
    assert tree.topLevelItemCount() == 0
    assert "Recycle bin" in window.statusBar().currentMessage()


def test_a_removed_training_material_comes_back_from_the_recycle_bin(programme, window, answers, qtbot):
    page = programme.training
    _select_first(page.materials)
    answers.reply = "yes"
    page.remove_material()
    assert page.materials.topLevelItemCount() == 0

    dialog = window.recycle_bin_dialog()
    qtbot.addWidget(dialog)
    assert "nanosims-handout.pdf" in dialog.tree.topLevelItem(0).text(3)
    dialog.restore_button.click()
    assert page.materials.topLevelItemCount() == 1


@pytest.fixture
def editor(window, db):
    """The application editor on a draft with one method."""
    with db.action() as s:
        demo.fill_reference(s)
    tab = window.applications
    app_id = tab.new_application("research")
    with db.action() as s:
        apps.add_method(s, app_id, MethodData("FMR Is/FeO", "Ferromagnetic resonance", False, ""))
    tab.editor.load(app_id)
    return tab.editor


def test_removing_a_method_names_it_and_the_application(editor, window, answers):
    _select_first(editor.methods)
    editor.remove_method.click()
    assert "FMR Is/FeO" in answers.asked[-1][1] and editor.view.reference in answers.asked[-1][1]
    assert editor.methods.topLevelItemCount() == 1

    answers.reply = "yes"
    _select_first(editor.methods)
    editor.remove_method.click()
    assert editor.methods.topLevelItemCount() == 0
    assert "FMR Is/FeO" in window.statusBar().currentMessage()


def test_withdrawing_says_it_cannot_be_taken_back(editor, qtbot, monkeypatch):
    from lunar_desk.ui.applications import editor as module

    shown = []

    def fake_exec(dialog):
        shown.append(dialog)
        return 0  # the officer reads it and cancels

    monkeypatch.setattr(module.ReasonDialog, "exec", fake_exec)
    withdraw = next(t for t in apps.allowed_actions("draft") if t.to_status == "withdrawn")
    assert not editor.do_transition(withdraw)
    assert editor.view.status == "draft"
    texts = [w.text() for w in shown[0].findChildren(module.QLabel)]
    assert any("cannot be taken back" in t and editor.view.reference in t for t in texts)


def test_closing_a_loan_names_it_and_enter_cancels(window, db, qtbot):
    fill_loans_world(db, TODAY)
    tab = window.loans
    tab.today = lambda: TODAY
    tab.attach(db)
    row = tab.model.rows[0]
    assert tab.select(row.id)

    dialog = tab.dialog_for("close")
    qtbot.addWidget(dialog)
    dialog.show()
    assert any(row.agreement_number in label.text() and "cannot be reopened" in label.text()
               for label in dialog.findChildren(QLabel))
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert cancel.isDefault() and not ok.isDefault()
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)  # Enter does not close the loan


def test_unassigning_a_reviewer_who_scored_says_the_scores_go_and_does_it(window, db, answers):
    from lunar_desk.services import review
    from lunar_desk.services.demo_applications import fill_applications
    from lunar_desk.services.demo_review import fill_review

    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 60, seed=5)
        fill_applications(s, today=TODAY)
        fill_review(s, today=TODAY)
    with db.read() as s:
        rnd = next(r for r in review.rounds(s) if r.status == "open")
        scored = next(a.id for a in review.assignments(s, rnd.id) if review.assignment_score_count(s, a.id))
    tab = window.review
    tab.reload_rounds(select=rnd.id)
    child = next(top.child(i) for j in range(tab.assignments.topLevelItemCount())
                 for top in [tab.assignments.topLevelItem(j)] for i in range(top.childCount())
                 if top.child(i).data(0, Qt.ItemDataRole.UserRole) == ("assignment", scored))
    reviewer, reference_ = child.text(0).removeprefix("\u2713 "), child.parent().text(0).split(" \u2014 ")[0]
    tab.assignments.setCurrentItem(child)

    answers.reply = "yes"
    tab.unassign()
    question = answers.asked[-1][1]
    assert reviewer in question and reference_ in question and "score(s) they entered go with" in question
    with db.read() as s:
        assert scored not in {a.id for a in review.assignments(s, rnd.id)}  # done, not refused
    assert reviewer in window.statusBar().currentMessage()


def test_closing_an_edited_form_asks_before_dropping_the_edits(programme, db, qtbot, answers):
    page = programme.teams
    dialog = page.team_dialog(page.view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # nothing typed yet: closes without a question
    assert answers.asked == [] and not dialog.isVisible()

    dialog = page.team_dialog(page.view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["name"].setText("Regolith maturity and space weathering team")
    answers.reply = "Cancel"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked[-1][0] == "Unsaved changes" and dialog.isVisible()  # back to the form, nothing lost
    assert dialog.fields["name"].text().startswith("Regolith maturity and space")

    answers.reply = "Discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with db.read() as s:
        assert teams.get_team(s, page.view.id).name == "Regolith maturity team"

    dialog = page.team_dialog(page.view.id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.fields["name"].setText("Regolith maturity and space weathering team")
    answers.reply = "enter"  # Save is the default answer
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with db.read() as s:
        assert teams.get_team(s, page.view.id).name == "Regolith maturity and space weathering team"


def test_recording_an_approval_asks_first_because_it_cannot_be_taken_back(window, db, answers):
    from sqlalchemy import select

    from lunar_desk.db.models import Application
    from lunar_desk.services.demo_applications import fill_applications

    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 60, seed=5)
        fill_applications(s, today=TODAY)
        app_id = s.scalars(select(Application.id).where(Application.status == "under_review")).first()
    tab = window.applications
    tab.attach(db)
    assert tab.select(app_id)
    editor = tab.editor
    approve = editor.findChild(QPushButton, "action-approved")

    approve.click()  # Enter on the question: nothing recorded
    assert "cannot be taken back" in answers.asked[-1][1] and editor.view.reference in answers.asked[-1][1]
    assert editor.view.status == "under_review"

    answers.reply = "yes"
    editor.findChild(QPushButton, "action-approved").click()
    assert editor.view.status == "approved"


def test_closing_a_filled_return_form_offers_only_discard_or_back(window, db, qtbot, answers):
    """Recording a return changes the mass ledger, so the question never records it: Enter goes back to
    the form, Discard drops it."""
    fill_loans_world(db, TODAY)
    tab = window.loans
    tab.today = lambda: TODAY
    tab.attach(db)
    assert tab.select(next(r for r in tab.model.rows if r.status == "collected").id)
    dialog = tab.dialog_for("return")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.received_by.setText("Li Wei")

    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert answers.asked[-1][0] == "Unsaved changes" and dialog.isVisible()
    assert dialog.received_by.text() == "Li Wei"
    answers.reply = "Discard"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    with db.read() as s:
        from lunar_desk.services import loans

        assert loans.get_loan(s, tab.view.id).status == "collected"  # nothing recorded


def test_a_method_typed_in_the_application_editor_is_saved_from_the_question(editor, qtbot, answers):
    from lunar_desk.ui.applications.dialogs import MethodDialog

    dialog = MethodDialog(None, editor)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("NanoSIMS")
    dialog.justification.setPlainText("Isotope maps of 20 grains")
    dialog.reject()  # Esc: the question's default answer is Save, which accepts the form
    assert answers.asked[-1][0] == "Unsaved changes"
    assert dialog.result() == MethodDialog.DialogCode.Accepted and dialog.data().name == "NanoSIMS"
