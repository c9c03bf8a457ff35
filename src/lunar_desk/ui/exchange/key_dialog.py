"""Settings → Exchange key…: the Secretariat's shared passphrase that signs bundles.

Typed twice, never shown; once set, changing it asks first (bundles signed with
the old key can no longer be imported).  The fingerprint lets officers check
that two laptops hold the same key without saying it aloud."""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QWidget

from lunar_desk.db.engine import Database
from lunar_desk.errors import UserError
from lunar_desk.services import exchange
from lunar_desk.services.exchange_bundle import KEY_MIN_LENGTH
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.exchange import inform
from lunar_desk.ui.widgets import CheckedDialog, confirm


class ExchangeKeyDialog(CheckedDialog):
    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Exchange key"), parent, min_width=480)
        self.db = db
        with db.read() as s:
            self.fingerprint = exchange.exchange_key_fingerprint(s)
        status = QLabel(
            self.tr("A key is set (fingerprint {fingerprint}). Enter a new one only if the Secretariat changed it.")
            .format(fingerprint=self.fingerprint) if self.fingerprint else
            self.tr("No key is set yet. Enter the exchange key the Secretariat gave you; every laptop and the office "
                    "server need the same key to exchange changes."))
        status.setWordWrap(True)
        self.key = QLineEdit()
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_key = QCheckBox(self.tr("Show what I type"))
        self.form.addRow(status)
        self.form.addRow(self.tr("&Key:"), self.key)
        self.form.addRow(self.tr("&Again:"), self.repeat)
        self.form.addRow("", self.show_key)
        self.key.textChanged.connect(self.revalidate)
        self.repeat.textChanged.connect(self.revalidate)
        self.show_key.toggled.connect(self._echo)
        self.buttons.button(self.buttons.StandardButton.Ok).setText(self.tr("Save key"))
        self.buttons.accepted.disconnect(self.accept)
        self.buttons.accepted.connect(self.save)
        self.saved_fingerprint: str | None = None
        self.revalidate()

    def _echo(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.key.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def revalidate(self) -> None:
        key = self.key.text().strip()
        if len(key) < KEY_MIN_LENGTH:
            self.set_problem(self.tr("At least {n} characters.").format(n=KEY_MIN_LENGTH) if key else "")
        elif self.repeat.text().strip() != key:
            self.set_problem(self.tr("The two entries differ."))
        else:
            self.set_problem(None)

    def save(self) -> bool:
        replace = self.fingerprint is not None
        if replace and not confirm(self, self.tr("Change the exchange key"), self.tr(
                "Bundles signed with the old key can no longer be imported here, and other laptops need the new key "
                "to read this laptop's bundles. Change it?"), self.tr("Change key")):
            return False
        try:
            with self.db.action(note="exchange key set") as s:
                self.saved_fingerprint = exchange.set_exchange_key(s, self.key.text(), replace=replace)
        except UserError as exc:
            show_error(self, exc)
            return False
        inform(self, self.tr("Exchange key"), self.tr(
            "The exchange key is set. Its fingerprint is {fingerprint}: the other laptops show the same one when "
            "they hold the same key.").format(fingerprint=self.saved_fingerprint))
        self.accept()
        return True
