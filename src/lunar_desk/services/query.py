"""Small query helpers shared by the services' list filters."""

from __future__ import annotations

from sqlalchemy.orm import Session


def like_escape(text: str) -> str:
    """``text`` with LIKE's wildcards made literal (escape character: backslash)."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def contains(session: Session, column, text: str):
    """Case-insensitive "column contains text", with % and _ taken literally.

    SQLite's LIKE already ignores ASCII case (and ILIKE's lower() would stop
    it using an index scan); PostgreSQL needs ILIKE.
    """
    pattern = f"%{like_escape(text)}%"
    if session.get_bind().dialect.name == "sqlite":
        return column.like(pattern, escape="\\")
    return column.ilike(pattern, escape="\\")


def starts_with(column, prefix: str):
    """Case-sensitive "column starts with prefix" (reference numbers)."""
    return column.like(like_escape(prefix) + "%", escape="\\")
