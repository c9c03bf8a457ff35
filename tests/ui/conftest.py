from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, db, settings):
    """The main window with the test database attached, as after start-up."""
    from lunar_desk.ui.main_window import MainWindow

    w = MainWindow(db.paths, settings)
    qtbot.addWidget(w)
    w.show()
    w.attach(db)
    return w
