"""Where Lunar Desk keeps its files, and the few settings the core needs.

Qt-free: the CLI, the services and the UI all resolve paths here.
"""

from __future__ import annotations

import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

from lunar_desk import APP_AUTHOR, APP_NAME

DB_FILENAME = "lunar-desk.sqlite"
INSTALLATION_FILE = "installation-id"


def default_data_dir() -> Path:
    """The per-user data folder (``%LOCALAPPDATA%\\APSCO\\LunarDesk`` on Windows)."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def resources_dir() -> Path:
    """The ``resources/`` folder: inside a PyInstaller bundle or beside ``src/``."""
    bundled = getattr(sys, "_MEIPASS", None)
    if bundled:
        return Path(bundled) / "resources"
    env = os.environ.get("LUNAR_DESK_RESOURCES")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2] / "resources"


@dataclass(frozen=True)
class Paths:
    """Every location the application writes to, derived from one data folder."""

    data_dir: Path
    db_url: str
    demo: bool = False

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def opened_dir(self) -> Path:
        """Copies of attachments under their own names, opened in the laptop's programs."""
        return self.data_dir / "opened"

    @property
    def logs_dir(self) -> Path:
        """The application's log (``lunar-desk.log``): what a windowed program cannot print."""
        return self.data_dir / "logs"

    @property
    def is_sqlite(self) -> bool:
        return self.db_url.startswith("sqlite")

    @property
    def db_file(self) -> Path | None:
        """The SQLite file, or None for a server (or in-memory) database.

        Parsed without SQLAlchemy so the window can ask before the database
        layer is imported: ``sqlite:///relative``, ``sqlite:////abs/path``,
        ``sqlite:///C:/path`` on Windows; a ``?query`` is ignored.
        """
        if not self.is_sqlite:
            return None
        _scheme, sep, rest = self.db_url.partition(":///")
        database = rest.split("?", 1)[0] if sep else ""
        return Path(database) if database and database != ":memory:" else None

    def describe_database(self) -> str:
        """What the status bar and About box show: a file path or a server URL without password."""
        if self.db_file is not None:
            return str(self.db_file)
        from sqlalchemy.engine import make_url

        return make_url(self.db_url).render_as_string(hide_password=True)


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path.resolve().as_posix()}"


def resolve_paths(data_dir: str | Path | None = None, db_url: str | None = None, demo: bool = False) -> Paths:
    """Apply the ``--data-dir``/``--db-url``/``--demo`` overrides to the defaults.

    The demo database lives in its own ``demo`` sub-folder so demo records never
    mix with real ones.
    """
    base = Path(data_dir).expanduser() if data_dir else default_data_dir()
    if demo:
        base = base / "demo"
    url = db_url or sqlite_url(base / DB_FILENAME)
    return Paths(data_dir=base, db_url=url, demo=demo)


def installation_id(data_dir: Path) -> str:
    """A stable id for this installation (laptop), created on first use.

    Stamped on every record this installation changes so records made on
    different laptops can later be exchanged and merged.
    """
    path = data_dir / INSTALLATION_FILE
    try:
        value = path.read_text(encoding="ascii").strip()
        return str(uuid.UUID(value))
    except (FileNotFoundError, ValueError):
        pass
    data_dir.mkdir(parents=True, exist_ok=True)
    value = str(uuid.uuid4())
    tmp = path.with_suffix(".tmp")
    tmp.write_text(value, encoding="ascii")
    os.replace(tmp, path)
    return value
