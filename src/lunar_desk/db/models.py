"""The tables.  Every record carries a global id, UTC timestamps and the
installation that last changed it, so laptops can exchange records later.

Status-like columns are plain strings validated by the services (values in
the ``*Status`` enums below); this keeps migrations simple on SQLite and
PostgreSQL alike.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Any

import uuid6
from sqlalchemy import JSON, BigInteger, CheckConstraint, Column, Index, String, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from lunar_desk.db.types import UTCDateTime, utcnow


def new_id() -> uuid.UUID:
    """Time-ordered UUID v7: unique across laptops, index-friendly."""
    return uuid.UUID(bytes=uuid6.uuid7().bytes)


class Record(SQLModel):
    """Columns every exchangeable record has."""

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    created_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    origin: str = Field(default="", max_length=36, description="installation id of the last change")


class MemberStatus(StrEnum):
    MEMBER = "member"
    SIGNATORY = "signatory"
    OBSERVER = "observer"


class MemberState(Record, table=True):
    __tablename__ = "member_state"

    name: str = Field(max_length=100, unique=True)
    name_zh: str = Field(default="", max_length=100)
    iso3: str = Field(default="", max_length=3)
    status: str = Field(default=MemberStatus.MEMBER.value, max_length=20)
    notes: str = Field(default="", sa_type=Text)


class Institution(Record, table=True):
    __tablename__ = "institution"

    name: str = Field(max_length=300, index=True)
    name_local: str = Field(default="", max_length=300, description="name in its own script")
    city: str = Field(default="", max_length=100)
    member_state_id: uuid.UUID | None = Field(default=None, foreign_key="member_state.id", index=True)
    notes: str = Field(default="", sa_type=Text)


class Person(Record, table=True):
    __tablename__ = "person"

    name_latin: str = Field(max_length=200, index=True)
    name_native: str = Field(default="", max_length=200, description="name in the person's own script")
    email: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=50)
    position: str = Field(default="", max_length=200)
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id", index=True)
    notes: str = Field(default="", sa_type=Text)


class Officer(Record, table=True):
    """A Secretariat officer: the local user profile written into the audit log."""

    __tablename__ = "officer"

    login: str = Field(max_length=100, unique=True, description="operating-system user name")
    name: str = Field(max_length=200)
    email: str = Field(default="", max_length=200)
    active: bool = Field(default=True)


class AuditAction(StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"


class AuditLog(SQLModel, table=True):
    """Append-only: who changed what, when, old → new.  Written by the session
    hook in :mod:`lunar_desk.db.audit` in the same transaction as the change;
    database triggers refuse UPDATE and DELETE on it."""

    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_log_row", "table_name", "row_id"),)

    id: uuid.UUID = Field(default_factory=new_id, primary_key=True)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False, index=True)
    officer_id: uuid.UUID | None = Field(default=None, index=True)
    officer_name: str = Field(default="", max_length=200)
    installation: str = Field(default="", max_length=36)
    table_name: str = Field(max_length=64)
    row_id: str = Field(max_length=36)
    action: str = Field(max_length=10)
    changes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    note: str = Field(default="", sa_column=Column(String(500), nullable=False, server_default=""))


class Setting(SQLModel, table=True):
    """Programme-wide settings shared by everyone using this database
    (e.g. the mass-ledger tolerance).  Per-user interface preferences live in
    QSettings instead."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True, max_length=100)
    value: str = Field(default="", sa_type=Text)
    updated_at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)


# --- Catalogue -------------------------------------------------------------


class SamplingMode(StrEnum):
    SCOOPED = "scooped"
    DRILLED = "drilled"
    UNKNOWN = "unknown"


class Preparation(StrEnum):
    POWDER = "powder"
    ROCK_CHIP = "rock_chip"
    THIN_SECTION = "thin_section"
    OTHER = "other"


class UseClass(StrEnum):
    RESEARCH = "research"
    PUBLIC_BENEFIT = "public_benefit"
    PERMANENT = "permanent"
    PERMANENT_BACKUP = "permanent_backup"


class SampleStatus(StrEnum):
    AVAILABLE = "available"
    RESERVED = "reserved"
    ON_LOAN = "on_loan"
    CONSUMED = "consumed"
    RETURNED = "returned_to_clep"
    LOST = "lost"
    SPLIT = "split"  # its mass now lives in its children


class Mission(Record, table=True):
    __tablename__ = "mission"

    code: str = Field(max_length=20, unique=True, description="e.g. CE-5")
    name: str = Field(default="", max_length=100)
    name_zh: str = Field(default="", max_length=100)
    prefix: str = Field(default="", max_length=10, description="sample-number prefix, e.g. CE5")
    notes: str = Field(default="", sa_type=Text)


class ReleaseBatch(Record, table=True):
    __tablename__ = "release_batch"

    number: int = Field(unique=True, description="CLEP's batch number")
    title: str = Field(default="", max_length=300)
    announced_on: date | None = None
    deadline: date | None = None
    notes: str = Field(default="", sa_type=Text)


class ReleaseBatchMission(Record, table=True):
    """Which missions a batch releases samples from (later batches combine CE-5 and CE-6)."""

    __tablename__ = "release_batch_mission"
    __table_args__ = (UniqueConstraint("batch_id", "mission_id"),)

    batch_id: uuid.UUID = Field(foreign_key="release_batch.id", index=True)
    mission_id: uuid.UUID = Field(foreign_key="mission.id")


class Sample(Record, table=True):
    """A released sample (or a split of one).  Masses in integer micrograms.

    Ledger: for a sample with children, ``mass_ug == Σ children.mass_ug +
    consumed_ug + lost_ug`` (within the tolerance setting); for a leaf,
    ``mass_ug - consumed_ug - lost_ug`` is what remains.
    """

    __tablename__ = "sample"
    __table_args__ = (
        CheckConstraint("mass_ug >= 0", name="ck_sample_mass_nonneg"),
        CheckConstraint("consumed_ug >= 0 AND lost_ug >= 0", name="ck_sample_accounted_nonneg"),
        Index("ix_sample_status_mission", "status", "mission_id"),
        # Covers the catalogue filter (text, status, preparation, mass) and the
        # held-mass total, so a keystroke scans this narrow index, not the table.
        Index("ix_sample_search", "sample_number", "notes", "status", "preparation", "mass_ug", "consumed_ug", "lost_ug"),
    )

    sample_number: str = Field(max_length=60, unique=True, index=True)
    mission_id: uuid.UUID = Field(foreign_key="mission.id", index=True)
    batch_id: uuid.UUID | None = Field(default=None, foreign_key="release_batch.id", index=True)
    use_class: str = Field(default=UseClass.RESEARCH.value, max_length=20)
    sampling_mode: str = Field(default=SamplingMode.UNKNOWN.value, max_length=10)
    preparation: str = Field(default=Preparation.POWDER.value, max_length=20, index=True)
    mass_ug: int = Field(sa_type=BigInteger, index=True)
    pieces: int | None = None
    consumed_ug: int = Field(default=0, sa_type=BigInteger)
    lost_ug: int = Field(default=0, sa_type=BigInteger)
    parent_id: uuid.UUID | None = Field(default=None, foreign_key="sample.id", index=True)
    location: str = Field(default="", max_length=300)
    status: str = Field(default=SampleStatus.AVAILABLE.value, max_length=20)
    notes: str = Field(default="", sa_type=Text)
