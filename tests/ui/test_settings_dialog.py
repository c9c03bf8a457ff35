"""Settings → Preferences: what an officer sets once is kept, and a bad value names its field."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lunar_desk.services import settings as settings_service
from lunar_desk.services.settings import BackupPolicy


def test_preferences_are_saved_and_survive_a_restart(window, db, settings, qtbot, message_boxes):
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Amina Rahman")
    dialog.email.setText("amina@apsco.int")
    dialog.to.setPlainText("CLEP Samples Office <samples@clep.example.cn>")
    dialog.cc.setPlainText("registry@apsco.int")
    dialog.keep["daily"].setValue(5)
    dialog.keep["monthly"].setValue(24)
    dialog.unit.setCurrentIndex(dialog.unit.findData("g"))
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    assert dialog.save()

    with db.read() as s:
        assert settings_service.officer_profile(s, db.officer_id) == ("Amina Rahman", "amina@apsco.int")
        assert settings_service.clep_recipients(s).to == ("CLEP Samples Office <samples@clep.example.cn>",)
        assert settings_service.backup_policy(s) == BackupPolicy(5, 4, 24)
    assert db.officer_name == "Amina Rahman"
    assert window.catalogue.filter_bar.unit.currentText() == "g"
    assert any("next time it starts" in text for _, text in message_boxes)
    again = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert again.value("ui/language") == "zh_CN"
    assert again.value("catalogue/unit") == "g"

    reopened = window.preferences_dialog()
    qtbot.addWidget(reopened)
    assert reopened.name.text() == "Amina Rahman"
    assert reopened.keep["daily"].value() == 5


def test_a_bad_address_is_refused_and_nothing_is_saved(window, db, qtbot, message_boxes):
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("Someone Else")
    dialog.to.setPlainText("not an address")
    assert not dialog.save()
    assert message_boxes, "the officer is told what is wrong"
    with db.read() as s:
        assert settings_service.officer_profile(s, db.officer_id)[0] != "Someone Else"


def test_closing_preferences_with_unsaved_edits_asks_and_saves_by_default(window, db, qtbot, message_boxes):
    from PySide6.QtCore import Qt

    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Amina Rahman")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the question's default answer is Save
    assert [title for title, _ in message_boxes] == ["Unsaved changes"]
    with db.read() as s:
        assert settings_service.officer_profile(s, db.officer_id)[0] == "Amina Rahman"
