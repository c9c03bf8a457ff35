"""Forwarding an application whose people or institutions are on hold: the officer's override, with a reason."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel, QPlainTextEdit, QWidget

from lunar_desk.messages import MsgList
from lunar_desk.services.holds import HOLD_SEPARATOR
from lunar_desk.ui.i18n import tr_label
from lunar_desk.ui.widgets import CheckedDialog

HOLDS_KEY = "holds"  # the pre-check item services.applications.precheck adds for delinquency holds


class HoldOverrideDialog(CheckedDialog):
    """Shows the holds; OK ("Forward despite the hold") needs a reason, which is recorded and audited."""

    def __init__(self, reference: str, holds_text: str, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("On hold: {reference}").format(reference=reference), parent, min_width=600)
        intro = QLabel(self.tr("{reference} names people or institutions on hold. Forwarding it to CLEP needs your "
                               "override and its reason; both are kept with the application and in the audit log."
                               ).format(reference=reference))
        intro.setWordWrap(True)
        self.layout_.insertWidget(0, intro)
        lines = holds_text.parts if isinstance(holds_text, MsgList) else holds_text.split(HOLD_SEPARATOR)
        self.holds = QPlainTextEdit("\n".join(f"• {tr_label(line).strip()}" for line in lines if line.strip()))
        self.holds.setReadOnly(True)
        self.holds.setFixedHeight(120)
        self.layout_.insertWidget(1, self.holds)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setFixedHeight(80)
        self.reason.setPlaceholderText(self.tr("Why the application goes ahead despite the hold"))
        self.form.addRow(self.tr("&Reason:"), self.reason)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Forward despite the hold"))
        self.reason.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.set_problem(None if self.text() else self.tr("Give the reason for the override."))

    def text(self) -> str:
        return self.reason.toPlainText().strip()


def ask_hold_override(parent: QWidget | None, checks, reference: str, dialog: HoldOverrideDialog | None = None) -> str | None:
    """"" when nobody is on hold; the officer's reason to override; None when the officer cancels."""
    held = next((c for c in checks if c.key == HOLDS_KEY and not c.ok), None)
    if held is None:
        return ""
    dialog = dialog or HoldOverrideDialog(reference, held.detail, parent)
    return dialog.text() if dialog.exec() else None
