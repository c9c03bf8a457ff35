"""Errors an officer can act on.

Services raise :class:`UserError` subclasses whose ``str()`` is a complete,
officer-readable sentence.  The UI shows them in a dialog, the CLI prints them
and exits non-zero.  Any other exception reaching the UI is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from lunar_desk.messages import Msg, MsgList


class UserError(Exception):
    """Base class: the message is meant for the officer, not the developer."""

    title = "Cannot do that"

    def __init__(self, message: str, *, details: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.details = details

    def __str__(self) -> str:  # pragma: no cover - trivial
        return self.message


class ValidationError(UserError):
    """A value typed or imported is not acceptable; ``field`` names where."""

    title = "Please check the value"

    def __init__(self, message: str, *, field: str | None = None, details: str | None = None) -> None:
        super().__init__(message, details=details)
        self.field = field


class NotFoundError(UserError):
    title = "Record not found"


class LedgerError(UserError):
    """A change would break the mass ledger of a sample."""

    title = "Mass ledger would not balance"


class DatabaseProblem(UserError):
    """The database file cannot be used; ``path`` names it."""

    title = "Database cannot be opened"

    def __init__(self, message: str, *, path: Path | str | None = None, details: str | None = None) -> None:
        super().__init__(message, details=details)
        self.path = Path(path) if path is not None else None


class DatabaseUnreadable(DatabaseProblem):
    """The file is not a SQLite database, is damaged, or cannot be read."""


class SchemaTooNew(DatabaseProblem):
    """The database was written by a newer Lunar Desk; we never touch it."""

    title = "Database is from a newer Lunar Desk"


class ConfigError(UserError):
    title = "Configuration problem"


class ConcurrentEditError(UserError):
    """Someone saved the same record after this officer opened it (optimistic locking);
    nothing was written.  ``officer`` and ``at`` (UTC) say who changed it and when."""

    title = "Changed by someone else"

    def __init__(self, message: str, *, table: str = "", row_id: str = "", officer: str = "", at=None,
                 details: str | None = None) -> None:
        super().__init__(message, details=details)
        self.table = table
        self.row_id = row_id
        self.officer = officer
        self.at = at


class BundleError(UserError):
    """An exchange bundle is refused (damaged, tampered with, wrong key, incomplete); nothing was written."""

    title = "Exchange bundle refused"


@dataclass(frozen=True)
class Location:
    """Where in an input file a problem is (file, sheet, row, column)."""

    file: str | None = None
    sheet: str | None = None
    row: int | None = None
    column: str | None = None

    def describe(self) -> str:
        parts = []
        if self.file:
            parts.append(Path(self.file).name)
        if self.sheet:
            parts.append(Msg("sheet '{sheet}'", sheet=self.sheet))
        if self.row is not None:
            parts.append(Msg("row {row}", row=self.row))
        if self.column:
            parts.append(Msg("column '{column}'", column=self.column))
        return MsgList(parts, ", ")


class InputFileError(UserError):
    """A problem in a file the officer gave us, located precisely."""

    title = "Problem in the file"

    def __init__(self, location: Location, problem: str) -> None:
        where = location.describe()
        super().__init__(Msg("{where}: {problem}", where=where, problem=problem) if where else problem)
        self.location = location
        self.problem = problem
