"""Records of deletions (the recycle bin, and soft deletes for exchange)
and of the laptops and servers this database exchanges changes with."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column, Index, Text
from sqlmodel import Field

from lunar_desk.db.models import Record
from lunar_desk.db.types import UTCDateTime


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
