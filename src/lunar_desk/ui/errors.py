"""One way to show errors: officer-readable text, details to copy, and a
last-resort hook that logs unexpected exceptions and apologises."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lunar_desk.errors import UserError

log = logging.getLogger("lunar_desk")


class Cancelled(Exception):
    """Raised by background work the officer cancelled; never shown as an error."""


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None) -> None:
    """Show ``exc`` to the officer: UserErrors as they are, anything else as an apology with details."""
    if isinstance(exc, Cancelled) or type(exc).__name__ in ("ImportCancelled",):
        return
    box = QMessageBox(parent)
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or exc.title)
        box.setText(str(exc))
        if exc.details:
            box.setDetailedText(exc.details)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title or "Something went wrong")
        box.setText(
            "Lunar Desk hit an unexpected problem and did not finish this action; nothing was half-saved. "
            "Please send the details to the Secretariat's support contact."
        )
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if box.detailedText():
        copy = box.addButton("Copy details", QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(f"{box.text()}\n\n{box.detailedText()}"))
    box.exec()


def install_excepthook() -> None:
    """Unexpected exceptions in slots reach the officer as a dialog, and the log."""

    def hook(exc_type, exc, tb):
        log.error("Unhandled exception", exc_info=(exc_type, exc, tb))
        if QApplication.instance() is not None and not isinstance(exc, KeyboardInterrupt):
            try:
                show_error(QApplication.activeWindow(), exc)
            except Exception:  # pragma: no cover - never let the hook itself fail
                sys.__excepthook__(exc_type, exc, tb)
        else:
            sys.__excepthook__(exc_type, exc, tb)

    sys.excepthook = hook


def run_guarded(parent: QWidget | None, action) -> bool:
    """Run ``action()``; a UserError is shown to the officer instead of raised. True on success."""
    try:
        action()
    except UserError as exc:
        show_error(parent, exc)
        return False
    return True
