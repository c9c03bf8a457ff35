"""Two officers on one database: the form saved second is refused with who
changed the record and when, and "Reload" shows the other officer's changes
instead of overwriting them."""

from __future__ import annotations

import pytest

from lunar_desk.db.startup import open_database
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SampleData
from lunar_desk.services.mass import MassUnit


@pytest.fixture
def colleague(db, paths):
    """Li Wei, working on the same database file from another window (own engine)."""
    other, _ = open_database(paths, officer_login="li.wei")
    other.officer_name = "Li Wei"
    yield other
    other.dispose()


def test_application_form_saved_second_offers_reload(window, db, colleague, qtbot, message_boxes):
    tab = window.applications
    app_id = tab.new_application("research")
    editor = tab.editor
    editor.form.title.setText("Glass beads")  # the officer edits for a while …
    with colleague.read() as s:
        theirs = apps.application_fields(s, app_id)
        version = apps.get_application(s, app_id).version
    theirs.title = "Space weathering of Chang'e-5 glass beads"
    with colleague.action() as s:  # … while Li Wei saves the same application
        apps.update_application(s, app_id, theirs, expected_version=version)

    assert editor.save_form() is False
    title, text = message_boxes[-1]
    assert title == "Changed by someone else"
    assert "was changed by Li Wei at" in text and "Reload to see their changes" in text
    # "Reload" is the default answer: the form now shows Li Wei's title, and nothing of ours was written.
    assert editor.form.title.text() == "Space weathering of Chang'e-5 glass beads"
    assert not editor.is_dirty()
    with db.read() as s:
        assert apps.get_application(s, app_id).title == "Space weathering of Chang'e-5 glass beads"
    # Editing again after the reload saves.
    editor.form.title.setText("Glass beads of Chang'e-5")
    assert editor.save_form() is True
    with colleague.read() as s:
        assert apps.get_application(s, app_id).title == "Glass beads of Chang'e-5"


def test_sample_dialog_saved_second_reloads_the_sample(db, colleague, qtbot, message_boxes):
    from lunar_desk.ui.catalogue.sample_dialog import SampleDialog

    with db.action() as s:
        sample = catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000))
    dialog = SampleDialog(db, sample.id, MassUnit.MG)
    qtbot.addWidget(dialog)
    dialog.notes.setPlainText("Re-weighed on arrival.")
    with colleague.read() as s:
        detail = catalogue.sample_detail(s, sample.id)
    data = detail.as_data()
    data.location = "NAOC main store, cabinet 4"
    with colleague.action() as s:
        catalogue.update_sample(s, sample.id, data, expected_version=detail.version)

    dialog.save()
    assert "This sample CE5C0400YJFM00406 was changed by Li Wei" in message_boxes[-1][1]
    assert dialog.result() == 0  # still open
    assert dialog.location.text() == "NAOC main store, cabinet 4" and dialog.notes.toPlainText() == ""
    dialog.notes.setPlainText("Re-weighed on arrival.")
    dialog.save()
    with colleague.read() as s:
        now = catalogue.sample_detail(s, sample.id)
    assert (now.location, now.notes) == ("NAOC main store, cabinet 4", "Re-weighed on arrival.")
