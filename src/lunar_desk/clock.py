"""Timestamps are stored in UTC and shown in the laptop's local time (DESIGN.md): one way to show them."""

from __future__ import annotations

from datetime import datetime


def local_time(at: datetime, *, seconds: bool = False) -> str:
    """``at`` (timezone-aware, as every stored timestamp is) in local time: ``2026-12-07 15:02``."""
    return at.astimezone().strftime("%Y-%m-%d %H:%M:%S" if seconds else "%Y-%m-%d %H:%M")
