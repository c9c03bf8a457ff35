"""Engines and sessions.

One :class:`Database` per open database: it knows the URL, the officer and
the installation, and hands out one session (one transaction) per user
action through :meth:`Database.action`.
"""

from __future__ import annotations

import getpass
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker
from sqlalchemy.orm.exc import StaleDataError
from sqlmodel import Session

from lunar_desk.config import Paths, installation_id
from lunar_desk.db import audit, locking
from lunar_desk.db.models import Officer
from lunar_desk.errors import ConcurrentEditError
from lunar_desk.messages import Msg

BUSY_TIMEOUT_MS = 10_000


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    # Records are irreplaceable: FULL keeps the last commit across power loss.
    cur.execute("PRAGMA synchronous=FULL")
    cur.close()


def enable_wal(engine: Engine) -> None:
    """Switch a SQLite file to WAL (persistent in the file). This writes the file
    header, so it is done only once opening has decided the file may be written."""
    if engine.dialect.name == "sqlite":
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA journal_mode=WAL")


def make_engine(url: str, **kwargs) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        if url.startswith("postgresql"):  # a server that does not answer is reported, not waited on for minutes
            kwargs.setdefault("connect_args", {}).setdefault("connect_timeout", 10)
        engine = create_engine(url, pool_pre_ping=True, **kwargs)
    return engine


class LunarSession(Session):
    """The session class whose flushes are audited, and whose stale saves (optimistic
    locking) become a :class:`~lunar_desk.errors.ConcurrentEditError` naming who changed the record."""

    def flush(self, objects=None) -> None:
        try:
            super().flush(objects)
        except StaleDataError as exc:
            raise locking.stale_data_error(self, exc) from exc


audit.install(LunarSession)
locking.install(LunarSession)


@dataclass
class Database:
    """An open, migrated database and who is working on it."""

    paths: Paths
    engine: Engine
    installation: str
    officer_id: uuid.UUID | None = None
    officer_name: str = ""
    _factory: sessionmaker = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._factory = sessionmaker(bind=self.engine, class_=LunarSession, expire_on_commit=False)

    def session(self) -> LunarSession:
        """A session stamped with the acting officer (caller manages the transaction)."""
        s = self._factory()
        s.info.update(officer_id=self.officer_id, officer_name=self.officer_name, installation=self.installation)
        return s

    @contextmanager
    def action(self, note: str = "") -> Iterator[LunarSession]:
        """One user action = one transaction: commit on success, roll back on any error."""
        s = self.session()
        if note:
            s.info["audit_note"] = note
        try:
            yield s
            s.commit()
        except StaleDataError as exc:  # normally already turned into ConcurrentEditError by the flush
            s.rollback()
            raise ConcurrentEditError(
                Msg(
                    "A record was changed by another officer since you opened it. Reload to see their changes, "
                    "then make yours again.")
            ) from exc
        except BaseException:
            s.rollback()
            raise
        finally:
            s.close()

    def read(self) -> LunarSession:
        """A session for reading (use as a context manager)."""
        return self.session()

    def ensure_officer(self, login: str | None = None, name: str | None = None) -> Officer:
        """Find or create the officer profile of the operating-system user."""
        login = login or _os_login()
        with self.action() as s:
            officer = s.scalars(select(Officer).where(Officer.login == login)).first()
            if officer is None:
                officer = Officer(login=login, name=name or login)
                s.add(officer)
                s.flush()
            self.officer_id = officer.id
            self.officer_name = officer.name
        return officer

    def dispose(self) -> None:
        self.engine.dispose()


def _os_login() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in some service contexts
        return "officer"


def connect(paths: Paths) -> Database:
    """Engine + installation id for ``paths``; does not check or migrate (see :mod:`lunar_desk.db.open`)."""
    if paths.db_file is not None:
        Path(paths.db_file).parent.mkdir(parents=True, exist_ok=True)
    return Database(paths=paths, engine=make_engine(paths.db_url), installation=installation_id(paths.data_dir))
