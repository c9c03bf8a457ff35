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


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    """Modal message boxes never block a headless test: each is recorded (title, text) and answered
    with its default button.  A test that expects one asserts on this list."""
    from PySide6.QtWidgets import QMessageBox

    shown: list[tuple[str, str]] = []

    def fake_exec(box):
        shown.append((box.windowTitle(), box.text()))
        return int(box.defaultButton() and box.standardButton(box.defaultButton()) or QMessageBox.StandardButton.Ok)

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown
