"""Editing an application end to end through the Applications tab."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from lunar_desk.db.models import Application
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, demo, reference
from lunar_desk.services.applications import ItemData, MethodData


def setup_reference(db):
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 30, seed=3)


def test_new_application_form_validates_in_place_and_saves(window, db, qtbot):
    setup_reference(db)
    tab = window.applications
    app_id = tab.new_application("research")
    editor = tab.editor
    assert editor.view.reference.startswith("APSCO-R-") and editor.view.status == "draft"
    assert [b.text() for b in editor.action_buttons] == ["Submit to Secretariat", "Withdraw application"]
    form = editor.form
    qtbot.keyClicks(form.title, "Space weathering of Chang'e-5 agglutinates by TEM")
    assert editor.save_button.isEnabled()
    form.batch.setCurrentIndex(form.batch.findData(11))
    form.institution.setCurrentIndex(2)
    form.widgets["objectives"].setPlainText("Measure npFe0 in agglutinate rims.")
    assert editor.save_button.isEnabled(), form.problems()
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    form.title.setFocus()
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with db.read() as s:
        app = s.get(Application, app_id)
        assert app.title.startswith("Space weathering") and app.objectives.startswith("Measure")
        assert app.member_state_id is not None  # taken from the institution
    assert not editor.save_button.isEnabled() and editor.form_state.text() == ""
    # a problem is shown beside the field and nothing is saved
    form.title.setText("x" * 600)
    assert form.errors["title"].isVisible() or form.errors["title"].text()
    assert not editor.save_button.isEnabled()
    editor.revert_form()
    assert form.title.text().startswith("Space weathering")


def test_public_benefit_form_shows_activity_fields(window, db, qtbot):
    setup_reference(db)
    tab = window.applications
    tab.new_application("public_benefit")
    form = tab.editor.form
    assert not form.form.isRowVisible(form.widgets["objectives"].parentWidget())
    assert form.form.isRowVisible(form.widgets["venue"].parentWidget())
    assert tab.editor.view.reference.startswith("APSCO-P-")


def test_team_items_precheck_submit_and_forward(window, db, qtbot, tmp_path):
    setup_reference(db)
    tab = window.applications
    app_id = tab.new_application("research")
    editor = tab.editor
    with db.read() as s:
        person = next(p for p in reference.people(s) if p.name_native == "زهرا حسینی")
        sample = catalogue.sample_page(s, catalogue.SampleFilter(status="available", preparation="powder"), limit=1)[0]
        inst = person.institution_id
    with db.action() as s:
        f = apps.application_fields(s, app_id)
        f.title, f.batch_number, f.institution_id = "Regolith maturity of CE-5 soils", 11, inst
        for key in ("objectives", "background", "expected_results", "schedule", "lab_facilities", "sample_security", "prior_work"):
            setattr(f, key, f"{key} described")
        apps.update_application(s, app_id, f)
        apps.add_team_member(s, app_id, person.id, "pi")
        apps.add_method(s, app_id, MethodData("FMR Is/FeO", "Ferromagnetic resonance", False, ""))
        apps.add_requested_item(s, app_id, ItemData(sample_id=sample.id, mass_ug=min(5_000, sample.held_ug), justification="FMR needs 5 mg"))
    editor.load(app_id)
    assert editor.team.topLevelItem(0).text(1) == "زهرا حسینی"
    assert editor.team.topLevelItem(0).text(5) == "missing"
    assert "missing" in editor.tabs.tabText(5)
    cv = tmp_path / "cv-hosseini.txt"
    cv.write_text("CV of Zahra Hosseini", encoding="utf-8")
    editor.team.setCurrentItem(editor.team.topLevelItem(0))
    assert editor.attach(cv, kind="cv", person_id=person.id)
    assert editor.tabs.tabText(5) == "Pre-check ✓", [editor.checks.topLevelItem(i).text(2) for i in range(editor.checks.topLevelItemCount())]
    submit = next(b for b in editor.action_buttons if b.text() == "Submit to Secretariat")
    qtbot.mouseClick(submit, Qt.MouseButton.LeftButton)
    assert editor.view.status == "submitted"
    forward = next(t for t in apps.allowed_actions("submitted") if t.to_status == "forwarded")
    op = editor.build_package_and_forward(forward, tmp_path / "pkg.zip")
    qtbot.waitUntil(lambda: editor.view.status == "forwarded", timeout=30_000)
    assert (tmp_path / "pkg.zip").stat().st_size > 0 and op is not None
    said = window.statusBar().currentMessage()  # the package still has to be sent: where is it?
    assert "forwarded to CLEP" in said and str(tmp_path / "pkg.zip") in said
    labels = [b.text() for b in editor.action_buttons]
    assert "Forward to CLEP" not in labels and "Committee review started" in labels
    assert editor.form.title.isReadOnly()
    assert editor.history.topLevelItemCount() == 2


def test_leaving_an_edited_application_asks_and_saves(window, db, qtbot, message_boxes):
    setup_reference(db)
    tab = window.applications
    first = tab.new_application("research")
    second = tab.new_application("research")
    tab.select(first)
    tab.editor.form.title.setText("Unsaved title")
    assert tab.editor.is_dirty()
    tab.table.selectRow(tab.model.row_of(second))  # the officer clicks another application
    assert message_boxes and message_boxes[-1][0] == "Unsaved changes"
    with db.read() as s:
        assert apps.get_application(s, first).title == "Unsaved title"  # Save is the default answer
    assert tab.editor.app_id == second


def test_requested_sample_picked_from_the_catalogue_filter(window, db, qtbot):
    from lunar_desk.ui.applications.dialogs import ItemDialog
    from lunar_desk.ui.catalogue.picker import SamplePickerDialog

    setup_reference(db)
    dialog = ItemDialog(db, None, window)
    qtbot.addWidget(dialog)
    picker = SamplePickerDialog(db, dialog)
    qtbot.addWidget(picker)
    assert picker.model.rowCount() > 0 and all(r.status == "available" for r in picker.model.rows)
    wanted = picker.model.rows[3].sample_number
    qtbot.keyClicks(picker.filter_bar.text, wanted)
    assert picker.model.rows[0].sample_number == wanted
    picker.table.selectRow(0)
    picker.table.setCurrentIndex(picker.model.index(0, 0))
    picker.exec = lambda: True  # the officer presses Pick
    assert dialog.pick_from_catalogue(picker=picker)
    assert dialog.number.text() == wanted and "holds" in dialog.found.text()


def test_the_form_pdf_button_asks_where_and_writes_the_form(window, db, qtbot, tmp_path, monkeypatch, message_boxes):
    from PySide6.QtWidgets import QFileDialog

    setup_reference(db)
    tab = window.applications
    tab.new_application("research")
    out = tmp_path / "form.pdf"
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a) or (str(out), ""))
    qtbot.mouseClick(tab.editor.pdf_button, Qt.MouseButton.LeftButton)
    assert asked, "the officer is asked where to save the form"
    qtbot.waitUntil(lambda: out.is_file() and out.stat().st_size > 0, timeout=30_000)
    assert message_boxes == []


def test_team_member_dialog_takes_a_typed_name_and_enter(db, qtbot):
    """The officer types part of a name in the Person box and presses Enter: the member is added
    (the box's completer used to keep that Enter, so the dialog stayed open)."""
    from lunar_desk.ui.applications.dialogs import MemberDialog

    setup_reference(db)
    dialog = MemberDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    assert dialog.focusWidget() is dialog.person  # the dialog opens in its first field
    dialog.person.lineEdit().clear()
    qtbot.keyClicks(dialog.person, "Zahra")
    assert dialog.isVisible()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert not dialog.isVisible() and dialog.result() == 1
    with db.read() as s:
        zahra = next(p for p in reference.people(s) if p.name_latin == "Zahra Hosseini")
    assert dialog.values()[0] == zahra.id
