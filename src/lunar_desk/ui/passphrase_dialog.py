"""A small dialog asking for the passphrase of an encrypted copy (masked).

For a new copy (``new=True``) the passphrase is typed twice and must have at
least :data:`MIN_PASSPHRASE` characters: a typo would lock the copy for good,
and nobody can recover a forgotten passphrase.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from lunar_desk.services.encryption import MIN_PASSPHRASE
from lunar_desk.ui.widgets import CheckedDialog


class PassphraseDialog(CheckedDialog):
    def __init__(self, parent: QWidget | None = None, *, new: bool, prompt: str = "") -> None:
        super().__init__(self.tr("Encrypt a copy") if new else self.tr("Passphrase"), parent, min_width=440)
        self.new = new
        if prompt:
            label = QLabel(prompt)
            label.setWordWrap(True)
            self.form.addRow(label)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("&Passphrase:"), self.passphrase_edit)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        if new:
            self.form.addRow(self.tr("&Repeat:"), self.repeat_edit)
            note = QLabel(self.tr(
                "At least {n} characters; a short sentence is easy to remember and hard to guess. "
                "The passphrase cannot be recovered: without it nobody, not even the Secretariat, "
                "can open the copy. Keep it in the Secretariat's safe.").format(n=MIN_PASSPHRASE))
            note.setWordWrap(True)
            self.form.addRow(note)
        else:
            self.repeat_edit.hide()
        self.passphrase_edit.textChanged.connect(self._check)
        self.repeat_edit.textChanged.connect(self._check)
        self._check()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def problem(self) -> str | None:
        """None when OK may be pressed; "" (OK disabled, no message yet) while the field is empty."""
        text = self.passphrase()
        if not text:
            return ""
        if not self.new:
            return None
        if len(text) < MIN_PASSPHRASE:
            return self.tr("The passphrase needs at least {n} characters ({have} so far).").format(
                n=MIN_PASSPHRASE, have=len(text))
        if self.repeat_edit.text() != text:
            return self.tr("Type the same passphrase again under Repeat.")
        return None

    def _check(self) -> None:
        self.set_problem(self.problem())


def ask_passphrase(parent: QWidget | None, *, new: bool, prompt: str = "") -> str | None:
    """The passphrase typed, or None if the officer cancelled."""
    dialog = PassphraseDialog(parent, new=new, prompt=prompt)
    try:
        return dialog.passphrase() if dialog.exec() == PassphraseDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()
