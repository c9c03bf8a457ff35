"""One way to show errors: officer-readable text, details to copy, and a
last-resort hook that logs unexpected exceptions and apologises."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from lunar_desk.errors import ConcurrentEditError, UserError
from lunar_desk.ui.i18n import tr_error, tr_label

log = logging.getLogger("lunar_desk")


class Cancelled(Exception):
    """Raised by background work the officer cancelled; never shown as an error."""


def show_error(parent: QWidget | None, exc: BaseException, *, title: str | None = None,
               reload: Callable[[], None] | None = None) -> None:
    """Show ``exc`` to the officer: UserErrors as they are, anything else as an apology with details.

    ``reload``: for a :class:`ConcurrentEditError` (someone saved the record meanwhile), the dialog
    offers "Reload" (the default button), which calls it to show the other officer's changes.
    """
    if isinstance(exc, Cancelled) or type(exc).__name__ in ("ImportCancelled",):
        return
    box = QMessageBox(parent)
    if isinstance(exc, UserError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(title or tr_label(exc.title))
        box.setText(tr_error(exc))
        if exc.details:
            box.setDetailedText(exc.details)
    else:
        box.setIcon(QMessageBox.Icon.Critical)
        box.setWindowTitle(title or QCoreApplication.translate("ErrorDialog", "Something went wrong"))
        box.setText(QCoreApplication.translate(
            "ErrorDialog",
            "Lunar Desk hit an unexpected problem and did not finish this action; nothing was half-saved. "
            "Please send the details to the Secretariat's support contact.",
        ))
        box.setDetailedText("".join(traceback.format_exception(type(exc), exc, exc.__traceback__)))
    offer_reload = reload is not None and isinstance(exc, ConcurrentEditError)
    if offer_reload:
        box.setStandardButtons(QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Retry).setText(QCoreApplication.translate("ErrorDialog", "Reload"))
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
    else:
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
    if box.detailedText():
        copy = box.addButton(QCoreApplication.translate("ErrorDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole)
        copy.clicked.disconnect()
        copy.clicked.connect(lambda: QApplication.clipboard().setText(f"{box.text()}\n\n{box.detailedText()}"))
    answer = box.exec()
    if offer_reload and QMessageBox.StandardButton(answer) == QMessageBox.StandardButton.Retry:
        reload()


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


def run_guarded(parent: QWidget | None, action, *, reload: Callable[[], None] | None = None) -> bool:
    """Run ``action()``; a UserError is shown to the officer instead of raised. True on success.

    ``reload`` is offered when the record was changed by someone else meanwhile (see :func:`show_error`)."""
    try:
        action()
    except UserError as exc:
        show_error(parent, exc, reload=reload)
        return False
    return True
