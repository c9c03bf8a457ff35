"""Settings → Preferences → Data folder: an officer moves the records to another drive, the window works
there at once and at the next start, and a chosen folder that is not connected is never replaced by an
empty database."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from lunar_desk.cli import build_parser, main, run_gui
from lunar_desk.config import resolve_paths
from lunar_desk.db.startup import open_database
from lunar_desk.services import catalogue
from lunar_desk.ui import data_folder as ui_folder
from lunar_desk.ui import startup_choices
from lunar_desk.ui.app import open_into
from lunar_desk.ui.main_window import MainWindow


def add_sample(db, number: str) -> None:
    with db.action() as s:
        catalogue.create_sample(s, catalogue.SampleData(sample_number=number, mission_code="CE-5", mass_ug=25_000))


def sample_numbers(db) -> set[str]:
    with db.read() as s:
        return {row.sample_number for row in catalogue.sample_page(s, catalogue.SampleFilter(), offset=0, limit=100)}


def choose(monkeypatch, folder, *, answer: bool = True) -> list[str]:
    """The folder dialog returns ``folder``; every confirmation is answered ``answer`` (and recorded)."""
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    monkeypatch.setattr(ui_folder, "confirm", lambda parent, title, text, ok=None: asked.append(text) or answer)
    return asked


def test_change_copies_the_records_and_the_window_works_in_the_new_folder(window, db, settings, qtbot, tmp_path,
                                                                         monkeypatch, message_boxes):
    add_sample(db, "CE5C0400YJFM00406")
    old_file = db.paths.db_file
    target = tmp_path / "E drive" / "LunarDesk"
    target.mkdir(parents=True)
    asked = choose(monkeypatch, target)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    assert dialog.change_folder.isEnabled()
    dialog.change_folder.click()
    qtbot.waitUntil(lambda: window.db is not None and window.db.paths.data_dir == target, timeout=20_000)

    assert str(target) in asked[0] and str(old_file.parent) in asked[0]  # the officer was told both folders
    assert window.paths.data_dir == target and window.db.paths.db_file == target / "lunar-desk.sqlite"
    assert sample_numbers(window.db) == {"CE5C0400YJFM00406"}
    assert any(str(target) in text for _, text in message_boxes)
    qtbot.waitUntil(lambda: dialog.data_folder.text() == str(target))
    assert str(target) in window.db_label.text()
    assert QSettings(settings.fileName(), QSettings.Format.IniFormat).value(startup_choices.DATA_FOLDER_KEY) == str(target)

    # what is entered after the switch goes to the new folder; the old file keeps what it had
    add_sample(window.db, "CE6C0100YJFM00026")
    assert sample_numbers(window.db) == {"CE5C0400YJFM00406", "CE6C0100YJFM00026"}
    old, _ = open_database(resolve_paths(old_file.parent), officer_login="test-officer")
    try:
        assert sample_numbers(old) == {"CE5C0400YJFM00406"}
    finally:
        old.dispose()
    # Preferences saved after the switch are saved in the database now in use
    dialog.name.setText("Amina Rahman")
    assert dialog.save()
    assert window.db.officer_name == "Amina Rahman"


def test_declining_the_copy_changes_nothing(window, db, settings, qtbot, tmp_path, monkeypatch):
    target = tmp_path / "elsewhere"
    target.mkdir()
    choose(monkeypatch, target, answer=False)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.change_folder.click()
    assert list(target.iterdir()) == [] and window.db is db and settings.value(startup_choices.DATA_FOLDER_KEY) is None


def test_a_folder_with_records_is_used_as_it_is(window, db, settings, qtbot, tmp_path, monkeypatch):
    from lunar_desk.services.data_folder import copy_data_folder

    add_sample(db, "CE5C0400YJFM00406")
    colleague = tmp_path / "colleague"
    copy_data_folder(db.paths, colleague)
    before = (colleague / "lunar-desk.sqlite").stat().st_mtime_ns
    asked = choose(monkeypatch, colleague)
    dialog = window.preferences_dialog()
    qtbot.addWidget(dialog)
    dialog.change_folder.click()
    assert "holds Lunar Desk records already" in asked[0]
    assert window.db.paths.data_dir == colleague and sample_numbers(window.db) == {"CE5C0400YJFM00406"}
    assert (colleague / "lunar-desk.sqlite").stat().st_mtime_ns >= before  # opened, not replaced by a copy
    assert settings.value(startup_choices.DATA_FOLDER_KEY) == str(colleague)


def test_the_demo_and_server_databases_cannot_be_moved(qtbot, tmp_path, settings, message_boxes):
    paths = resolve_paths(tmp_path / "d", demo=True)
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert open_into(w, paths, interactive=False)
    dialog = w.preferences_dialog()
    qtbot.addWidget(dialog)
    assert not dialog.change_folder.isEnabled() and dialog.change_folder.toolTip()


def answer_with(monkeypatch, label: str) -> list[str]:
    """Message boxes are answered by clicking the button whose text contains ``label``."""
    shown: list[str] = []

    def fake_exec(box):
        shown.append(box.text())
        button = next(b for b in box.buttons() if label in b.text().replace("&", ""))
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_a_chosen_folder_that_is_not_connected_is_not_replaced_by_an_empty_database(qtbot, tmp_path, settings,
                                                                                   monkeypatch):
    usb = tmp_path / "usb stick" / "LunarDesk"
    startup_choices.save_data_folder(settings, usb)
    shown = answer_with(monkeypatch, "Cancel")
    paths = resolve_paths(usb)
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert not open_into(w, paths, interactive=True)
    assert str(usb) in shown[0] and "Nothing has been created" in shown[0]
    assert not usb.exists() and w.db is None
    assert str(usb) in w.db_label.text()


def test_retry_finds_the_folder_once_the_drive_is_connected(qtbot, tmp_path, settings, monkeypatch, db):
    from lunar_desk.services.data_folder import copy_data_folder

    usb = tmp_path / "usb"
    startup_choices.save_data_folder(settings, usb)
    shown: list[str] = []

    def plug_in_and_retry(box):
        shown.append(box.text())
        copy_data_folder(db.paths, usb)  # the officer connects the drive, then presses Retry
        next(b for b in box.buttons() if "Retry" in b.text().replace("&", "")).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", plug_in_and_retry)
    paths = resolve_paths(usb)
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert open_into(w, paths, interactive=True)
    assert len(shown) == 1 and w.db.paths.data_dir == usb


def test_use_the_default_folder_forgets_the_choice(qtbot, tmp_path, settings, monkeypatch):
    monkeypatch.setattr("lunar_desk.config.default_data_dir", lambda: tmp_path / "default")
    startup_choices.save_data_folder(settings, tmp_path / "gone")
    answer_with(monkeypatch, "default folder")
    paths = resolve_paths(tmp_path / "gone")
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert open_into(w, paths, interactive=True)
    assert w.db.paths.data_dir == tmp_path / "default" and w.paths.data_dir == tmp_path / "default"
    assert settings.value(startup_choices.DATA_FOLDER_KEY) is None


def test_the_next_start_and_the_commands_use_the_chosen_folder(tmp_path, monkeypatch, settings, capsys):
    chosen = tmp_path / "chosen"
    created, _ = open_database(resolve_paths(chosen), officer_login="test-officer")
    created.dispose()
    startup_choices.save_data_folder(settings, chosen)
    monkeypatch.setattr(startup_choices, "_settings", lambda _=None: settings)
    opened = []
    monkeypatch.setattr("lunar_desk.ui.app.run", lambda paths, lang=None: opened.append(paths) or 0)
    assert run_gui(build_parser().parse_args([])) == 0
    assert opened[0].data_dir == chosen
    # `lunar-desk check` (support staff, scripts) checks the same records as the window
    assert main(["check"]) == 0
    assert f"Database: {chosen / 'lunar-desk.sqlite'}" in capsys.readouterr().out
    opened.clear()
    run_gui(build_parser().parse_args(["--data-dir", str(tmp_path / "explicit")]))  # the command line still wins
    assert opened[0].data_dir == tmp_path / "explicit"
    run_gui(build_parser().parse_args(["--demo"]))  # the demo keeps its own folder
    assert opened[1].data_dir != chosen / "demo" and opened[1].demo


def test_the_log_moves_with_the_records(window, db, qtbot, tmp_path, monkeypatch, message_boxes):
    import logging

    from lunar_desk.logs import LOG_NAME, setup_logging

    root = logging.getLogger()
    before = list(root.handlers)
    setup_logging(db.paths.logs_dir)  # as the application does at start
    try:
        target = tmp_path / "moved"
        choose(monkeypatch, target)
        dialog = window.preferences_dialog()
        qtbot.addWidget(dialog)
        dialog.change_folder.click()
        qtbot.waitUntil(lambda: window.db is not None and window.db.paths.data_dir == target, timeout=20_000)
        logging.getLogger("lunar_desk").info("after the move")
        for handler in root.handlers:
            handler.flush()
        assert "after the move" in (target / "logs" / LOG_NAME).read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if h not in before]:
            root.removeHandler(handler)
            handler.close()
