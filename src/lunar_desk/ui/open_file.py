"""Opening a stored attachment in the program the laptop has for its type."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from lunar_desk.config import Paths
from lunar_desk.ui.errors import run_guarded


def open_attachment(parent: QWidget | None, paths: Paths, att) -> bool:
    """Open a copy of ``att`` named as the officer attached it (Windows picks the program by the
    extension, and the store's files have none); a missing or damaged file is shown as an error."""
    from lunar_desk.services.attachments import viewable_copy

    copy = []
    if not run_guarded(parent, lambda: copy.append(viewable_copy(paths.attachments_dir, att, paths.opened_dir))):
        return False
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(copy[0])))
