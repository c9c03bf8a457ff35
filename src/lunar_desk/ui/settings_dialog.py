"""Settings → Preferences: everything an officer sets once, in one place.

Officer profile, interface language and mass unit, CLEP email recipients,
backup policy and data folder are edited here; the exchange key and the
shared office database keep their own dialogs (they need confirmation and a
connection test) and are opened from here.  Saving is one transaction; a
refused value names its field and nothing is saved.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.errors import UserError
from lunar_desk.services import settings as settings_service
from lunar_desk.services.mass import MassUnit
from lunar_desk.ui import i18n
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.widgets import KeepsEdits, find_data

UNIT_KEY = "catalogue/unit"  # the catalogue's unit choice, shared with its filter bar


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.replace(";", "\n").splitlines() if line.strip()]


class SettingsDialog(KeepsEdits, QDialog):
    def __init__(self, window, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent or window)
        self.window_ = window
        self.db = window.db
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setMinimumWidth(560)
        with self.db.read() as s:
            name, email = settings_service.officer_profile(s, self.db.officer_id)
            recipients = settings_service.clep_recipients(s)
            policy = settings_service.backup_policy(s)

        self.name = QLineEdit(name)
        self.email = QLineEdit(email)
        officer = QGroupBox(self.tr("Officer"))
        form = QFormLayout(officer)
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("&Email:"), self.email)

        self.language = QComboBox()
        for code, label in i18n.LANGUAGES.items():
            self.language.addItem(label, code)
        self.language.setCurrentIndex(max(find_data(self.language, i18n.chosen_language(settings)), 0))
        self.unit = QComboBox()
        self.unit.addItem(self.tr("milligrams (mg)"), MassUnit.MG.value)
        self.unit.addItem(self.tr("grams (g)"), MassUnit.G.value)
        self.unit.setCurrentIndex(max(find_data(self.unit, str(settings.value(UNIT_KEY, MassUnit.MG.value))), 0))
        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("Mass &unit:"), self.unit)

        self.to = QPlainTextEdit("\n".join(recipients.to))
        self.cc = QPlainTextEdit("\n".join(recipients.cc))
        for edit in (self.to, self.cc):
            edit.setPlaceholderText(self.tr("One address per line, e.g. Name <name@example.org>"))
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(56)
        email_box = QGroupBox(self.tr("Email to CLEP"))
        form = QFormLayout(email_box)
        form.addRow(self.tr("&To:"), self.to)
        form.addRow(self.tr("&Cc:"), self.cc)

        self.keep = {}
        backups = QGroupBox(self.tr("Backups and data"))
        form = QFormLayout(backups)
        keep_row = QHBoxLayout()
        for name_, value, low, high, label in (("daily", policy.daily, 1, 60, self.tr("daily")),
                                               ("weekly", policy.weekly, 0, 52, self.tr("weekly")),
                                               ("monthly", policy.monthly, 0, 120, self.tr("monthly"))):
            spin = QSpinBox()
            spin.setRange(low, high)
            spin.setValue(value)
            spin.setSuffix(" " + label)
            self.keep[name_] = spin
            keep_row.addWidget(spin)
        keep_row.addStretch(1)
        keep_label = QLabel(self.tr("&Keep:"))
        keep_label.setBuddy(self.keep["daily"])
        form.addRow(keep_label, keep_row)
        folder = QHBoxLayout()
        self.data_folder = QLabel(str(window.paths.data_dir))
        self.data_folder.setWordWrap(True)
        open_folder = QPushButton(self.tr("&Open"))
        open_folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(window.paths.data_dir))))
        self.change_folder = QPushButton(self.tr("C&hange…"))
        self.change_folder.clicked.connect(self._change_data_folder)
        if window.paths.demo or window.paths.db_file is None:
            self.change_folder.setEnabled(False)
            self.change_folder.setToolTip(self.tr("The demo database and a shared server database stay where they are."))
        else:
            self.change_folder.setToolTip(self.tr(
                "Copy the records to another folder (another drive, an encrypted volume) and work there from now on"))
        folder.addWidget(self.data_folder, 1)
        folder.addWidget(open_folder)
        folder.addWidget(self.change_folder)
        form.addRow(self.tr("Data folder:"), folder)

        others = QHBoxLayout()
        self.key_button = QPushButton(self.tr("E&xchange key…"))
        self.server_button = QPushButton(self.tr("Shared &database…"))
        self.key_button.clicked.connect(self._exchange_key)
        self.server_button.clicked.connect(self._shared_database)
        others.addWidget(self.key_button)
        others.addWidget(self.server_button)
        others.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (officer, interface, email_box, backups):
            layout.addWidget(widget)
        layout.addLayout(others)
        layout.addWidget(self.buttons)
        self.fields = {"name": self.name, "email": self.email, "to": self.to, "cc": self.cc,
                       **{f"keep_{k}": v for k, v in self.keep.items()}}

    def save(self) -> bool:
        policy = settings_service.BackupPolicy(*(self.keep[k].value() for k in ("daily", "weekly", "monthly")))
        try:
            with self.db.action(note="preferences") as s:
                settings_service.set_officer_profile(s, self.db.officer_id, self.name.text(), self.email.text())
                settings_service.set_clep_recipients(s, _lines(self.to.toPlainText()), _lines(self.cc.toPlainText()))
                settings_service.set_backup_policy(s, policy)
        except UserError as exc:
            widget = self.fields.get(getattr(exc, "field", None) or "")
            show_error(self, exc)
            if widget is not None:
                widget.setFocus()
            return False
        self.db.officer_name = self.name.text().strip()  # stamped on the next changes
        self.settings.setValue(UNIT_KEY, self.unit.currentData())
        catalogue = getattr(self.window_, "catalogue", None)
        if catalogue is not None:
            index = catalogue.filter_bar.unit.findText(self.unit.currentData())
            if index >= 0:
                catalogue.filter_bar.unit.setCurrentIndex(index)
        code = self.language.currentData()
        if code != i18n.chosen_language(self.settings):
            i18n.set_language(self.settings, code)
            QMessageBox(QMessageBox.Icon.Information, self.tr("Language"),
                        self.tr("Lunar Desk will use {language} the next time it starts.").format(
                            language=i18n.LANGUAGES[code]), QMessageBox.StandardButton.Ok, self).exec()
        self.settings.sync()
        self.accept()
        return True

    def _change_data_folder(self) -> None:
        from lunar_desk.ui.data_folder import change_data_folder

        operation = change_data_folder(self.window_, self)
        if operation is None:
            self._follow_window()
        else:
            operation.signals.succeeded.connect(self._follow_window)

    def _follow_window(self, *_args) -> None:
        """After a switch, show and save into the database the window now uses."""
        self.db = self.window_.db
        self.data_folder.setText(str(self.window_.paths.data_dir))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(self.db is not None)

    def _exchange_key(self) -> None:
        self.window_.exchange_key_dialog().exec()

    def _shared_database(self) -> None:
        self.window_.shared_database_dialog().exec()
