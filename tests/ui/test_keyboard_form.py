"""The whole application form can be filled from the keyboard: Tab walks every
visible field in the order they are shown, typing lands in the focused field,
Ctrl+Z undoes an edit, and Ctrl+S saves."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPlainTextEdit

from lunar_desk.db.models import Application
from lunar_desk.services import demo


def owner_field(form, widget):
    """The form field a focused widget belongs to (a date field's inner edit counts as the field)."""
    for key, field in form.widgets.items():
        w = widget
        while w is not None:
            if w is field:
                return key
            w = w.parentWidget()
    return None


def test_a_research_application_is_filled_and_saved_without_a_mouse(window, db, qtbot):
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 30, seed=3)
    tab = window.applications
    app_id = tab.new_application("research")
    form = tab.editor.form
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    form.title.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is form.title)

    visible = [key for key, w in form.widgets.items() if w.isVisibleTo(form)]
    visited, typed = [], {}
    for _ in range(3 * len(visible)):
        focus = QApplication.focusWidget()
        key = owner_field(form, focus)
        if key is not None and (not visited or visited[-1] != key):
            visited.append(key)
            if isinstance(focus, (QLineEdit, QPlainTextEdit)) and not isinstance(form.widgets[key], QComboBox) \
                    and key not in ("activity_start", "activity_end"):
                text = f"{key} typed by keyboard"
                qtbot.keyClicks(focus, text)
                typed[key] = text
            elif isinstance(focus, QComboBox) and key != "member_state_id":  # (that one defaults to the institution's)
                qtbot.keyClick(focus, Qt.Key.Key_Down)  # choose the first real entry
        if visited and visited[-1] == visible[-1]:
            break
        qtbot.keyClick(focus, Qt.Key.Key_Tab)

    assert visited == visible, "Tab visits every visible field once, top to bottom"
    assert form.batch.currentData() is not None and form.institution.currentData() is not None
    # an edit undone with Ctrl+Z is not saved
    objectives = form.widgets["objectives"]
    objectives.setFocus()
    qtbot.keyClick(objectives, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(objectives, Qt.Key.Key_Delete)
    assert objectives.toPlainText() == ""
    qtbot.keyClick(objectives, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert objectives.toPlainText() == typed["objectives"]
    form.title.setFocus()

    assert tab.editor.save_button.isEnabled(), form.problems()
    qtbot.keyClick(form.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    with db.read() as s:
        app = s.get(Application, app_id)
    assert app.title == typed["title"]
    assert app.objectives == typed["objectives"]
    assert app.batch_id is not None and app.institution_id is not None
