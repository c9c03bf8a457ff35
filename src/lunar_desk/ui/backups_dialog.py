"""File → Backups…: the backups in the backups folder, and restoring one.

Restoring closes the database, replaces it by the chosen backup off the GUI
thread (the current database is backed up first), then the main window
opens it again.  *Save encrypted copy…* writes a passphrase-encrypted copy of
the selected backup to carry off the laptop; *Restore from file…* restores a
backup from anywhere, asking for the passphrase of an encrypted copy.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QThreadPool
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
)

from lunar_desk.services.backups import (
    BackupInfo,
    encrypted_copy,
    encrypted_name,
    format_size,
    list_backups,
    restore_backup,
)
from lunar_desk.services.encryption import is_encrypted
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.i18n import format_count
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.passphrase_dialog import ask_passphrase
from lunar_desk.ui.keyboard import keyboard_ready
from lunar_desk.ui.widgets import confirm, make_tree

HEADERS = [
    QT_TRANSLATE_NOOP("BackupsDialog", "Date"), QT_TRANSLATE_NOOP("BackupsDialog", "Reason"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Size"), QT_TRANSLATE_NOOP("BackupsDialog", "Samples"),
    QT_TRANSLATE_NOOP("BackupsDialog", "Applications"), QT_TRANSLATE_NOOP("BackupsDialog", "Loans"),
]
# Why a backup was written (its file name says it): shown as the code in English, translated otherwise.
REASONS = [
    QT_TRANSLATE_NOOP("BackupsDialog", "manual"), QT_TRANSLATE_NOOP("BackupsDialog", "daily"),
    QT_TRANSLATE_NOOP("BackupsDialog", "before-import"), QT_TRANSLATE_NOOP("BackupsDialog", "before-restore"),
]


class BackupsDialog(QDialog):
    def __init__(self, window, parent=None) -> None:
        super().__init__(parent)
        self.window_ = window
        self.paths = window.paths
        self.backups: list[BackupInfo] = []
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Backups"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        self.where = QLabel(self.tr("Backups folder: {folder}").format(folder=self.paths.backups_dir))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.tree = make_tree([self.tr(h) for h in HEADERS])
        layout.addWidget(self.tree, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("&Restore…"))
        self.restore_button.setToolTip(self.tr("Replace the database by the selected backup (the current database is backed up first)"))
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_file_button = QPushButton(self.tr("Restore from &file…"))
        self.restore_file_button.setToolTip(self.tr("Restore a backup kept elsewhere, e.g. an encrypted copy on a USB stick"))
        buttons.addButton(self.restore_file_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.encrypt_button = QPushButton(self.tr("Save &encrypted copy…"))
        self.encrypt_button.setToolTip(self.tr("Write the selected backup, encrypted with a passphrase, "
                                               "to carry off the laptop (USB stick, e-mail)"))
        buttons.addButton(self.encrypt_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.encrypt_button.clicked.connect(self.save_encrypted_copy)
        self.tree.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(buttons)
        keyboard_ready(self)  # Tab: the list, then Restore… Close as they are laid out
        self.refresh()

    def refresh(self) -> None:
        self.backups = list_backups(self.paths)
        self.tree.clear()
        for info in self.backups:
            c = info.record_counts
            cells = [f"{info.created:%Y-%m-%d %H:%M:%S}", self.reason_text(info.reason), format_size(info.size)]
            cells += [format_count(c[t]) if t in c else "—" for t in ("sample", "application", "loan")]
            item = QTreeWidgetItem(cells)
            item.setData(0, Qt.ItemDataRole.UserRole, str(info.path))
            item.setToolTip(0, str(info.path))
            for col in (2, 3, 4, 5):
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.tree.addTopLevelItem(item)
        for col in range(len(HEADERS)):
            self.tree.resizeColumnToContents(col)
        if self.backups:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self._update_buttons()

    def reason_text(self, reason: str) -> str:
        if reason.startswith("before-migration-"):
            return self.tr("before-migration-{version}").format(version=reason.removeprefix("before-migration-"))
        return self.tr(reason) if reason in REASONS else reason

    def selected(self) -> Path | None:
        item = self.tree.currentItem()
        return Path(item.data(0, Qt.ItemDataRole.UserRole)) if item is not None else None

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(self.selected() is not None and self.operation is None)
        self.encrypt_button.setEnabled(self.selected() is not None and self.operation is None)
        self.restore_file_button.setEnabled(self.operation is None)

    def save_encrypted_copy(self) -> Operation | None:
        backup = self.selected()
        if backup is None:
            return None
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the encrypted copy"), str(Path.home() / encrypted_name(backup)),
            self.tr("Encrypted backups (*.lunardesk-backup.enc)"))
        if not name:
            return None
        passphrase = ask_passphrase(self, new=True, prompt=self.tr(
            "The copy of {file} will be encrypted with this passphrase.").format(file=backup.name))
        if passphrase is None:
            return None
        paths, out = self.paths, Path(name)
        self.operation = (
            Operation(lambda report: encrypted_copy(paths, backup, out, passphrase, progress=report))
            .on_success(self._encrypted)
            .on_failure(self._encrypt_failed)
            .with_progress(self, self.tr("Encrypting the backup…"))
            .start()
        )
        self._update_buttons()
        return self.operation

    def _encrypted(self, out: Path) -> None:
        self.operation = None
        self._update_buttons()
        self.window_.statusBar().showMessage(self.tr("Encrypted copy saved to {file}").format(file=out), 15_000)

    def _encrypt_failed(self, exc: BaseException) -> None:
        self.operation = None
        self._update_buttons()
        show_error(self, exc)

    def restore_from_file(self) -> Operation | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore a backup"), str(Path.home()),
            self.tr("Backups (*.sqlite *.enc);;All files (*)"))
        if not name:
            return None
        backup = Path(name)
        passphrase = None
        if is_encrypted(backup):
            passphrase = ask_passphrase(self, new=False, prompt=self.tr(
                "{file} is encrypted. Type its passphrase to restore it.").format(file=backup.name))
            if passphrase is None:
                return None
        when = f"{datetime.fromtimestamp(backup.stat().st_mtime):%Y-%m-%d %H:%M}"
        return self._restore(backup, when, passphrase)

    def restore_selected(self) -> Operation | None:
        backup = self.selected()
        if backup is None:
            return None
        info = next((b for b in self.backups if b.path == backup), None)
        when = f"{info.created:%Y-%m-%d %H:%M}" if info else backup.name
        return self._restore(backup, when)

    def _restore(self, backup: Path, when: str, passphrase: str | None = None) -> Operation | None:
        if not confirm(
            self,
            self.tr("Restore backup"),
            self.tr("Replace the database {database} by the backup of {when} ({file})?\n\n"
                    "The current database is backed up first, so this can be undone by restoring that backup.").format(
                database=self.paths.describe_database(), when=when, file=backup.name),
            ok=self.tr("Restore"),
        ):
            return None
        window = self.window_
        if window.db is not None:  # no connection may stay open on the file being replaced
            # dispose() closes only idle connections: let background reads (counts, lists) finish and give
            # theirs back first, or Windows refuses to replace a file that is still open.
            QThreadPool.globalInstance().waitForDone(10_000)
            window.db.dispose()
            window.db = None
        window.show_no_database(self.tr("restoring a backup…"))
        paths = self.paths
        self.operation = (
            Operation(lambda report: restore_backup(paths, backup, passphrase, progress=report))
            .on_success(lambda pre: self._restored(backup, pre))
            .on_failure(self._failed)
            .with_progress(self, self.tr("Restoring the backup…"))
            .start()
        )
        self._update_buttons()
        return self.operation

    def _restored(self, backup: Path, pre: Path | None) -> None:
        self.operation = None
        self.window_.reopen()
        message = (self.tr("Restored from {file}; the previous database was backed up to {previous}").format(
            file=backup.name, previous=pre.name) if pre else self.tr("Restored from {file}").format(file=backup.name))
        self.window_.statusBar().showMessage(message, 15_000)
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self.operation = None
        show_error(self, exc)
        self.window_.reopen()  # nothing was changed: open the database again
        self.refresh()
