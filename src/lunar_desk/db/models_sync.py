"""Records of deletions (the recycle bin, and soft deletes for exchange)
and of the laptops and servers this database exchanges changes with.

The three bookkeeping tables at the end (``exchange_row``, ``exchange_alias``,
``exchange_log``) describe this database's exchanges; they are not records
(never exchanged, not audited row by row).  See :mod:`lunar_desk.services.exchange`.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field, SQLModel

from lunar_desk.db.models import Record, new_id
from lunar_desk.db.types import UTCDateTime, utcnow


class DeletedRecord(Record, table=True):
    """A deleted row, kept whole so the recycle bin can put it back and an
    exchange bundle can carry the deletion to other laptops."""

    __tablename__ = "deleted_record"
    __table_args__ = (Index("ix_deleted_record_row", "table_name", "row_id"),)

    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    label: str = Field(default="", max_length=300, description="what the officer saw, e.g. 'Team member Ali Rezaei'")
    parent_table: str = Field(default="", max_length=64)
    parent_id: str = Field(default="", max_length=36)
    deleted_at: datetime = Field(sa_type=UTCDateTime, nullable=False, index=True)
    deleted_by: str = Field(default="", max_length=200)
    restored_at: datetime | None = Field(default=None, sa_type=UTCDateTime)


class ExchangePeer(Record, table=True):
    """Another laptop or the office server this database exchanges bundles with."""

    __tablename__ = "exchange_peer"

    name: str = Field(max_length=100, unique=True)
    installation: str = Field(default="", max_length=36)
    last_export_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_import_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    last_bundle_sha256: str = Field(default="", max_length=64)
    notes: str = Field(default="", sa_type=Text)


class ExchangeRow(SQLModel, table=True):
    """The last state of a record this database exchanged (exported or imported).

    ``rev`` names that state across databases; ``history`` lists the states it
    descends from, so an import can tell "they are behind", "we are behind"
    and "both changed" apart; ``base`` is its content, the common ancestor of
    a field-by-field merge; ``changed_*`` say who made that state, where and when.
    """

    __tablename__ = "exchange_row"

    table_name: str = Field(primary_key=True, max_length=64)
    row_id: str = Field(primary_key=True, max_length=36)
    rev: str = Field(max_length=80)
    content_sha256: str = Field(max_length=64)
    base: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    history: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    changed_at: datetime | None = Field(default=None, sa_type=UTCDateTime)
    changed_by: str = Field(default="", max_length=200)
    changed_origin: str = Field(default="", max_length=36)
    received_from: str = Field(default="", max_length=36,
                               description="the peer database this state came from (not sent back to it)")
    exchanged_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class ExchangeAlias(SQLModel, table=True):
    """A peer's record that is the same thing as one of ours (the same Member State entered
    on two laptops): their id, wherever it appears in their bundles, means our record."""

    __tablename__ = "exchange_alias"

    table_name: str = Field(primary_key=True, max_length=64)
    their_id: str = Field(primary_key=True, max_length=36)
    local_id: str = Field(max_length=36, index=True)
    peer_name: str = Field(default="", max_length=100)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


class ExchangeLog(SQLModel, table=True):
    """One bundle written or imported: when, by whom, with which peer, what it held."""

    __tablename__ = "exchange_log"

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True)
    direction: str = Field(max_length=10, description="export or import")
    peer_name: str = Field(default="", max_length=100)
    peer_database: str = Field(default="", max_length=36)
    bundle_sha256: str = Field(default="", max_length=64, index=True)
    file_name: str = Field(default="", max_length=300)
    officer_name: str = Field(default="", max_length=200)
    summary: str = Field(default="", sa_type=Text)
