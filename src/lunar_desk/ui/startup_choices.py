"""Where to find the records, as chosen in Settings: the data folder (Preferences → Data folder) and the
shared office database (Settings → Shared database…).

Kept in the Qt settings (the registry on Windows) and read with QtCore alone, so the command-line
sub-commands (``check``, ``backup``, ``restore``…) work on the same records as the window without
loading the widget libraries. ``--data-dir``/``--db-url``/``--demo`` on the command line still win.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from lunar_desk import APP_AUTHOR, APP_NAME

DATA_FOLDER_KEY = "data/folder"
DATABASE_URL_KEY = "database/url"


def _settings(settings: QSettings | None) -> QSettings:
    return settings if settings is not None else QSettings(APP_AUTHOR, APP_NAME)


def saved_data_folder(settings: QSettings | None = None) -> Path | None:
    """The data folder chosen in Settings, or None for the default one."""
    value = str(_settings(settings).value(DATA_FOLDER_KEY, "") or "").strip()
    return Path(value) if value else None


def save_data_folder(settings: QSettings, folder: Path | None) -> None:
    if folder is None:
        settings.remove(DATA_FOLDER_KEY)
    else:
        settings.setValue(DATA_FOLDER_KEY, str(folder))
    settings.sync()


def saved_database_url(settings: QSettings | None = None) -> str | None:
    """The shared database chosen in Settings, or None for the laptop's own file."""
    value = _settings(settings).value(DATABASE_URL_KEY, "")
    return str(value).strip() or None


def apply_saved_choices(data_dir, db_url, demo: bool, settings: QSettings | None = None):
    """``(data_dir, db_url)`` with what Settings chose filled in where the command line named nothing."""
    if data_dir is None and not demo:
        data_dir = saved_data_folder(settings)
        if db_url is None:
            db_url = saved_database_url(settings)
    return data_dir, db_url
