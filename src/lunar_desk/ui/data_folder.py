"""Choosing the data folder from Settings → Preferences, and what happens when it is gone.

The choice is kept in the Qt settings and used at every start (``--data-dir`` on the command line
still wins). Changing it copies the records (:mod:`lunar_desk.services.data_folder`) in the
background and then switches the window to the new folder at once, so nothing typed after the
copy lands in the old folder. A chosen folder whose database is missing at start (a USB or network
drive not connected) is never silently replaced by a new, empty database: the officer is asked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from lunar_desk.config import Paths, resolve_paths
from lunar_desk.services import data_folder
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.startup_choices import save_data_folder, saved_data_folder
from lunar_desk.ui.widgets import confirm


def paths_to_open(parent: QWidget | None, paths: Paths, settings: QSettings) -> Paths | None:
    """``paths``, unless they are the folder chosen in Settings and its database is not there: then ask
    (Retry, use the default folder, or open nothing). None: open nothing."""
    chosen = saved_data_folder(settings)
    if paths.demo or paths.db_file is None or chosen is None or Path(paths.data_dir) != chosen:
        return paths
    while not paths.db_file.exists():
        box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate("DataFolder", "Data folder not found"), QCoreApplication.translate("DataFolder", 
            "The data folder chosen in Settings → Preferences, {folder}, holds no Lunar Desk database. If it is "
            "on a USB or network drive, connect the drive and choose Retry. Nothing has been created there.").format(
            folder=chosen), QMessageBox.StandardButton.NoButton, parent)
        retry = box.addButton(QCoreApplication.translate("DataFolder", "&Retry"), QMessageBox.ButtonRole.AcceptRole)
        default = box.addButton(QCoreApplication.translate("DataFolder", "Use the &default folder"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(retry)
        box.exec()
        clicked = box.clickedButton()
        if clicked is default:
            save_data_folder(settings, None)
            return resolve_paths(None, None if paths.is_sqlite else paths.db_url)
        if clicked is not retry:
            return None
    return paths


def change_data_folder(window, parent: QWidget) -> Operation | None:
    """Settings → Preferences → Data folder → Change…: pick a folder, then either use the records already
    in it or copy this laptop's records into it; the window switches to it when that is done."""
    paths = window.paths
    start = str(Path(paths.data_dir).parent)
    chosen = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("DataFolder", "Choose the data folder"), start)
    if not chosen:
        return None
    try:
        choice = data_folder.check_choice(paths, Path(chosen))
    except Exception as exc:  # noqa: BLE001 - shown to the officer (UserErrors as they are)
        show_error(parent, exc)
        return None
    if choice.existing:
        if confirm(parent, QCoreApplication.translate("DataFolder", "Use this data folder"), QCoreApplication.translate("DataFolder", 
                "{folder} holds Lunar Desk records already. Work on those records from now on? The records in "
                "{current} stay where they are, untouched.").format(folder=choice.folder, current=paths.data_dir),
                QCoreApplication.translate("DataFolder", "&Use these records")):
            window.switch_data_folder(choice.folder)
        return None
    if not confirm(parent, QCoreApplication.translate("DataFolder", "Copy the records"), QCoreApplication.translate("DataFolder", 
            "Copy this laptop's records (the database and every attachment file, each checked) to {folder} and "
            "work there from now on? {current} is left as it is: remove it yourself once you have checked the "
            "new folder. Backups made so far stay in {backups}.").format(
            folder=choice.folder, current=paths.data_dir, backups=paths.backups_dir), QCoreApplication.translate("DataFolder", "&Copy and switch")):
        return None

    def done(report: data_folder.CopyReport) -> None:
        window.switch_data_folder(report.folder)
        QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("DataFolder", "Data folder"), QCoreApplication.translate("DataFolder", 
            "The records were copied to {folder} ({count} attachment files) and Lunar Desk now works there.").format(
            folder=report.folder, count=report.attachments), QMessageBox.StandardButton.Ok, parent).exec()

    return (
        Operation(lambda progress: data_folder.copy_data_folder(paths, choice.folder, progress))
        .on_success(done)
        .with_progress(parent, QCoreApplication.translate("DataFolder", "Copying the records to {folder}…").format(folder=choice.folder))
        .start()
    )
