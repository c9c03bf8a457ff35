"""The main window as an officer meets it."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from lunar_desk.ui.app import load_fonts, open_into
from lunar_desk.ui.main_window import MainWindow
from lunar_desk.ui.widgets import EmptyState


def test_tabs_and_empty_states(window, qtbot):
    names = [window.tabs.tabText(i).replace("&&", "\0").replace("&", "").replace("\0", "&")
             for i in range(window.tabs.count())]
    assert names == ["Catalogue", "Applications", "Committee Review", "Loans", "Results", "Teams & Training", "Dashboard",
                     "Stewardship"]
    assert all(not isinstance(window.tabs.widget(i), EmptyState) for i in range(4))  # real tabs, not placeholders
    window.tabs.setCurrentIndex(3)
    assert window.loans.stack.currentWidget() is window.loans.empty
    assert "No loans yet" in window.loans.empty.title.text() and len(window.loans.empty.text.text()) > 40
    window.tabs.setCurrentIndex(2)
    assert window.review.stack.currentWidget() is window.review.empty
    window.tabs.setCurrentIndex(1)
    assert window.applications.stack.currentWidget() is window.applications.empty
    assert "No applications yet" in window.applications.empty.title.text()
    # an empty catalogue says what will appear there, not a blank table
    window.tabs.setCurrentIndex(0)
    window.catalogue.update_counts()
    assert window.catalogue.stack.currentIndex() == 1
    assert "catalogue is empty" in window.catalogue.empty.title.text()


def test_status_bar_names_the_database(window, db):
    assert str(db.paths.db_file) in window.db_label.text()
    assert "test-officer" in window.db_label.text()


def test_about_shows_version_database_and_schema(window, db):
    from lunar_desk import __version__
    from lunar_desk.db.migrate import SCHEMA_HEAD

    text = window.about_dialog().label.text()
    assert __version__ in text and str(db.paths.db_file) in text and SCHEMA_HEAD in text
    assert str(db.paths.data_dir) in text


def test_geometry_and_last_tab_are_remembered(qtbot, db, tmp_path):
    ini = str(tmp_path / "remember.ini")
    first = MainWindow(db.paths, QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.resize(790, 590)  # within the offscreen 800x600 screen
    first.tabs.setCurrentIndex(3)
    first.close()
    second = MainWindow(db.paths, QSettings(ini, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.tabs.currentWidget().objectName() == "loans"
    assert (second.width(), second.height()) == (790, 590)


def test_backup_now_writes_a_verified_backup(window, db, qtbot):
    op = window.backup_now()
    qtbot.waitUntil(lambda: "Backup written" in window.statusBar().currentMessage(), timeout=10_000)
    backups = list(db.paths.backups_dir.glob("*-manual.sqlite"))  # besides the daily backup made on opening
    assert len(backups) == 1 and backups[0].stat().st_size > 0
    assert op is not None


def test_demo_start_fills_a_separate_database(qtbot, tmp_path, settings):
    from lunar_desk.config import resolve_paths

    paths = resolve_paths(tmp_path / "d", demo=True)
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert open_into(w, paths, interactive=False)
    assert paths.db_file.parent.name == "demo"
    w.catalogue.update_counts()
    assert w.catalogue.model.rowCount() > 0
    assert "Showing" in w.catalogue.count_label.text()
    assert "demo" in w.windowTitle()
    w.db.dispose()


def test_damaged_database_is_reported_and_left_alone(qtbot, tmp_path, settings):
    from lunar_desk.config import resolve_paths

    paths = resolve_paths(tmp_path / "broken")
    paths.db_file.parent.mkdir(parents=True)
    paths.db_file.write_bytes(b"this is not a database" * 100)
    before = paths.db_file.read_bytes()
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert not open_into(w, paths, interactive=False)
    assert "not a Lunar Desk database" in w.db_label.text()
    assert not w.backup_action.isEnabled()
    assert paths.db_file.read_bytes() == before


def test_bundled_fonts_cover_member_state_scripts(qapp):
    """Every script of Member-State names has glyphs in the fonts we ship (no boxes on any laptop)."""
    from PySide6.QtGui import QRawFont

    from lunar_desk.config import resources_dir

    families = load_fonts()
    assert {"Noto Sans", "Noto Naskh Arabic", "Noto Sans Thai", "Droid Sans Fallback"} <= set(families)
    samples = {
        "DroidSansFallbackFull.ttf": "中国科学院国家天文台嫦娥五号样品编号质量",
        "NotoNaskhArabic-Regular.ttf": "سازمانفضاییایرانعائشہخان",
        "NotoSansThai-Regular.ttf": "สมชายวงศ์สกุล",
        "NotoSans-Regular.ttf": "БатбаярГантулгаÇağlaÑañezÖztürkҮө",
    }
    for name, text in samples.items():
        raw = QRawFont(str(resources_dir() / "fonts" / name), 12)
        assert raw.isValid(), name
        missing = [ch for ch, glyph in zip(text, raw.glyphIndexesForString(text)) if glyph == 0]
        assert not missing, f"{name} lacks {missing}"


def test_officer_enters_the_official_holiday_arrangement(window, db, message_boxes):
    from datetime import date

    from lunar_desk.services import workdays

    dialog = window.holiday_calendar()
    dialog.year.setValue(2027)
    assert "not announced" in dialog.status.text()
    dialog.day.setDate(date(2027, 2, 20))
    dialog.kind.setCurrentIndex(dialog.kind.findData("workday"))
    dialog.note.setText("Spring Festival 2027 make-up day, State Council notice")
    assert dialog.enter_day() and message_boxes == []
    sources = [dialog.days.topLevelItem(i).text(4) for i in range(dialog.days.topLevelItemCount())]
    assert any(src.startswith("Officer") for src in sources)
    with db.read() as s:
        assert workdays.is_working_day(s, date(2027, 2, 20))  # a Saturday, now a working day
    dialog.note.setText("")
    assert not dialog.add.isEnabled()  # a note is required


def test_the_window_paints_before_the_database_layer_loads(tmp_path):
    """Start-up speed: building the window must not import SQLAlchemy (benchmarks/startup.py measures the rest)."""
    import os
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from lunar_desk.ui import app\n"
        "a = app.make_app()\n"
        "from lunar_desk.config import resolve_paths\n"
        "from lunar_desk.ui.main_window import MainWindow\n"
        f"w = MainWindow(resolve_paths({str(tmp_path)!r}))\n"
        "w.show()\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'alembic', 'openpyxl', 'reportlab') if m in sys.modules))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, env=env)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_a_damaged_database_offers_to_restore_a_backup(qtbot, tmp_path, settings, monkeypatch):
    """Start-up refuses to write to a database that fails its check and offers the backups instead."""
    from PySide6.QtWidgets import QMessageBox

    from lunar_desk.config import resolve_paths

    paths = resolve_paths(tmp_path / "broken")
    paths.db_file.parent.mkdir(parents=True)
    paths.db_file.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)
    before = paths.db_file.read_bytes()
    offered = []

    def press_default(box):  # the officer takes the suggested way out
        offered.append([b.text() for b in box.buttons()])
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", press_default)
    opened = []
    monkeypatch.setattr(MainWindow, "show_backups", lambda self: opened.append(self))
    w = MainWindow(paths, settings)
    qtbot.addWidget(w)
    assert not open_into(w, paths, interactive=True)
    assert "Restore a backup…" in offered[0]
    assert opened == [w]
    assert paths.db_file.read_bytes() == before
