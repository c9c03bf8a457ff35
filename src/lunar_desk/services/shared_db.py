"""The office's shared PostgreSQL server: checking a connection URL before
Lunar Desk starts using it.  Qt-free: the Settings dialog runs
:func:`test_connection` off the GUI thread; every failure comes back as a
:class:`~lunar_desk.errors.UserError` in plain words."""

from __future__ import annotations

import re
from dataclasses import dataclass

from lunar_desk.errors import UserError, ValidationError
from lunar_desk.messages import Msg

SCHEME = "postgresql+psycopg://"
EXAMPLE = "postgresql+psycopg://officer@office-server/lunar_desk"
TIMEOUT_S = 5


@dataclass(frozen=True)
class ConnectionReport:
    server: str  # "PostgreSQL 16.4"
    schema: str | None  # the Lunar Desk schema revision, None for an empty database
    ready: bool  # Lunar Desk can start on it (possibly after creating or upgrading its tables)
    message: str


def check_url(url: str) -> str:
    """The URL trimmed, or a ValidationError saying what is wrong with it."""
    url = (url or "").strip()
    if not url:
        raise ValidationError(Msg("Enter the server's address, e.g. {EXAMPLE}", EXAMPLE=EXAMPLE), field="url")
    if not url.startswith(SCHEME):
        raise ValidationError(Msg("A shared database URL starts with {SCHEME}, e.g. {EXAMPLE}", SCHEME=SCHEME, EXAMPLE=EXAMPLE), field="url")
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
    except ArgumentError:
        raise ValidationError(Msg("'{url}' is not a database URL; write it like {EXAMPLE}", url=url, EXAMPLE=EXAMPLE), field="url") from None
    if not parsed.host:
        raise ValidationError(Msg("The URL names no server; write it like {EXAMPLE}", EXAMPLE=EXAMPLE), field="url")
    if not parsed.database:
        raise ValidationError(Msg("The URL names no database after the server; write it like {EXAMPLE}", EXAMPLE=EXAMPLE), field="url")
    return url


def describe(url: str) -> str:
    """The URL as shown to officers: never with its password."""
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)


def _plain_words(url: str, exc: Exception) -> str:
    from sqlalchemy.engine import make_url

    u = make_url(url)
    where = f"{u.host}:{u.port or 5432}"
    text = str(getattr(exc, "orig", None) or exc)
    low = text.lower()
    if "could not translate host name" in low or "name or service not known" in low or "nodename nor servname" in low \
            or "no such host" in low or "getaddrinfo" in low:
        return f"The server name '{u.host}' is not known. Check the spelling, or use the server's IP address."
    if "connection refused" in low:
        return (f"The server at {where} does not answer. Check that PostgreSQL is running there and that the port "
                "is open in the firewall.")
    if "timeout" in low or "timed out" in low:
        return f"The server at {where} did not answer within {TIMEOUT_S} seconds (a network or firewall problem)."
    if "password authentication failed" in low:
        return f"The server refused the user '{u.username}' or its password."
    if "no password supplied" in low:
        return (f"The server asks for a password for '{u.username}': put it in the URL "
                "(postgresql+psycopg://user:password@server/database) or in the user's pgpass file.")
    m = re.search(r'database "([^"]+)" does not exist', text)
    if m:
        return (f"The database '{m.group(1)}' does not exist on the server. Create it first "
                "(see 'Setting up the office server' in the README).")
    m = re.search(r'role "([^"]+)" does not exist', text)
    if m:
        return f"The user '{m.group(1)}' does not exist on the server. Ask its administrator to create it."
    if "pg_hba.conf" in low:
        return ("The server does not accept connections from this computer (its pg_hba.conf). "
                "Ask the server's administrator to allow this laptop.")
    first = text.strip().splitlines()[0] if text.strip() else type(exc).__name__
    return f"The connection to {where} failed: {first}"


def test_connection(url: str) -> ConnectionReport:
    """Connect, and tell the server's version and what Lunar Desk would do with the database."""
    url = check_url(url)
    try:
        import psycopg  # noqa: F401
    except ModuleNotFoundError:
        raise UserError(Msg("PostgreSQL support is not installed in this Lunar Desk (pip install -e \".[postgres]\").")) \
            from None
    from sqlalchemy import create_engine, text
    from sqlalchemy.exc import SQLAlchemyError

    from lunar_desk.db import migrate

    engine = create_engine(url, connect_args={"connect_timeout": TIMEOUT_S}, pool_pre_ping=False)
    try:
        with engine.connect() as conn:
            version = str(conn.execute(text("SELECT version()")).scalar() or "")
        schema = migrate.current_revision(engine)
        has_tables = migrate.has_tables(engine)
    except SQLAlchemyError as exc:
        raise UserError(_plain_words(url, exc)) from exc
    finally:
        engine.dispose()
    server = " ".join(version.split()[:2]) or "PostgreSQL"
    if schema is None and not has_tables:
        return ConnectionReport(server, None, True, f"Connected to {server}. The database is empty: Lunar Desk "
                                                    "will create its tables when it next starts on it.")
    if schema is None:
        return ConnectionReport(server, None, False, f"Connected to {server}, but the database holds other tables "
                                                     "and no Lunar Desk schema: it is not a Lunar Desk database.")
    if schema == migrate.SCHEMA_HEAD:
        return ConnectionReport(server, schema, True, f"Connected to {server}. Lunar Desk database, schema {schema} "
                                                      "(up to date).")
    if schema in migrate.known_revisions():
        return ConnectionReport(server, schema, True, f"Connected to {server}. Lunar Desk database, schema {schema}: "
                                                      f"it will be upgraded to {migrate.SCHEMA_HEAD} at the next start "
                                                      "(back it up on the server first).")
    return ConnectionReport(server, schema, False, f"Connected to {server}, but the database was written by a newer "
                                                   f"Lunar Desk (schema {schema}). Install that version first.")
