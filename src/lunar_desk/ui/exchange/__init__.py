"""Exchange bundles: export, import with its conflict preview, and the exchange key."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    """A message box with OK (an instance's ``exec``, so headless tests can answer it)."""
    icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
    QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent).exec()
