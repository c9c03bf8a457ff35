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
from sqlalchemy.orm import declared_attr
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
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"},
                         description="bumped on every update; a stale edit is refused, never silently saved")

    @declared_attr
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805  (SQLAlchemy's signature)
        # Optimistic locking: an UPDATE carries "WHERE version = <the version read>",
        # so two officers saving the same record cannot overwrite each other.
        return {"version_id_col": cls.__table__.c.version}


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
    status: str = Field(default="active", max_length=20,
                        sa_column_kwargs={"server_default": "active"},
                        description="PersonStatus: active, retired, moved, deceased")
    left_on: date | None = Field(default=None, description="when the person retired, moved or died")
    notes: str = Field(default="", sa_type=Text)


class PersonStatus(StrEnum):
    ACTIVE = "active"
    RETIRED = "retired"
    MOVED = "moved"
    DECEASED = "deceased"


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


# --- Applications ---------------------------------------------------------------


class ApplicationKind(StrEnum):
    RESEARCH = "research"  # Annex 2
    PUBLIC_BENEFIT = "public_benefit"  # Annex 3: exhibitions, education, popular science


class ApplicationStatus(StrEnum):
    DRAFT = "draft"
    SUBMITTED = "submitted"  # to the Secretariat, awaiting pre-check
    RETURNED = "returned"  # returned to the applicant for fixes
    RESUBMITTED = "resubmitted"
    FORWARDED = "forwarded"  # to CLEP, with a complete package
    UNDER_REVIEW = "under_review"  # by CLEP's expert committee
    APPROVED = "approved"
    PARTIALLY_APPROVED = "partially_approved"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


class Application(Record, table=True):
    __tablename__ = "application"
    __table_args__ = (Index("ix_application_status_kind", "status", "kind"),)

    reference: str = Field(max_length=40, unique=True, description="e.g. APSCO-R-2026-007")
    kind: str = Field(default=ApplicationKind.RESEARCH.value, max_length=20)
    status: str = Field(default=ApplicationStatus.DRAFT.value, max_length=20)
    batch_id: uuid.UUID | None = Field(default=None, foreign_key="release_batch.id", index=True)
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id", index=True)
    member_state_id: uuid.UUID | None = Field(default=None, foreign_key="member_state.id", index=True)
    pi_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    title: str = Field(default="", max_length=500)
    objectives: str = Field(default="", sa_type=Text)
    background: str = Field(default="", sa_type=Text)
    expected_results: str = Field(default="", sa_type=Text)
    schedule: str = Field(default="", sa_type=Text)
    lab_facilities: str = Field(default="", sa_type=Text)
    sample_security: str = Field(default="", sa_type=Text)
    prior_work: str = Field(default="", sa_type=Text)
    # public-benefit activities (Annex 3)
    activity: str = Field(default="", sa_type=Text)
    venue: str = Field(default="", max_length=300)
    activity_start: date | None = None
    activity_end: date | None = None
    audience_size: int | None = None
    display_arrangements: str = Field(default="", sa_type=Text)
    submitted_on: date | None = None
    forwarded_on: date | None = None
    decided_on: date | None = None
    notes: str = Field(default="", sa_type=Text)


class ApplicationMethod(Record, table=True):
    """A method of analysis with its instruments; destructive methods consume sample mass."""

    __tablename__ = "application_method"

    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    position: int = Field(default=0)
    name: str = Field(max_length=300)
    instruments: str = Field(default="", sa_type=Text)
    destructive: bool = Field(default=False)
    justification: str = Field(default="", sa_type=Text)


class TeamRole(StrEnum):
    PI = "pi"
    CO_INVESTIGATOR = "co_investigator"
    MEMBER = "member"
    STUDENT = "student"
    TECHNICIAN = "technician"


class TeamMember(Record, table=True):
    __tablename__ = "team_member"
    __table_args__ = (UniqueConstraint("application_id", "person_id"),)

    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    role: str = Field(default=TeamRole.MEMBER.value, max_length=20)
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id")
    member_state_id: uuid.UUID | None = Field(default=None, foreign_key="member_state.id")
    position: int = Field(default=0)


class RequestedItem(Record, table=True):
    """A sample asked for: a specific sample number, or a kind with a mass or piece count."""

    __tablename__ = "requested_item"

    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    position: int = Field(default=0)
    sample_id: uuid.UUID | None = Field(default=None, foreign_key="sample.id", index=True)
    mission_id: uuid.UUID | None = Field(default=None, foreign_key="mission.id")
    preparation: str | None = Field(default=None, max_length=20)
    mass_ug: int | None = Field(default=None, sa_type=BigInteger)
    pieces: int | None = None
    preferred_numbers: str = Field(default="", max_length=500)
    justification: str = Field(default="", sa_type=Text)


class AttachmentKind(StrEnum):
    CV = "cv"
    LETTER = "letter"
    LAB_PHOTO = "lab_photo"
    OTHER = "other"


class Attachment(Record, table=True):
    """A file stored once by SHA-256 in the data folder; this row names its owner."""

    __tablename__ = "attachment"
    __table_args__ = (Index("ix_attachment_owner", "owner_table", "owner_id"),)

    owner_table: str = Field(max_length=64)
    owner_id: uuid.UUID
    person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", description="whose CV")
    kind: str = Field(default=AttachmentKind.OTHER.value, max_length=20)
    name: str = Field(max_length=300)
    size: int = Field(sa_type=BigInteger)
    sha256: str = Field(max_length=64, index=True)
    mime_type: str = Field(default="application/octet-stream", max_length=100)


class ApplicationStatusChange(Record, table=True):
    __tablename__ = "application_status_change"

    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    from_status: str | None = Field(default=None, max_length=20)
    to_status: str = Field(max_length=20)
    at: datetime = Field(default_factory=utcnow, sa_type=UTCDateTime, nullable=False)
    officer_name: str = Field(default="", max_length=200)
    reason: str = Field(default="", sa_type=Text)


# --- Committee review --------------------------------------------------------------


class Reviewer(Record, table=True):
    """An expert of CLEP's committee (or an external reviewer)."""

    __tablename__ = "reviewer"

    person_id: uuid.UUID = Field(foreign_key="person.id", unique=True)
    expertise: str = Field(default="", sa_type=Text, description="keywords, comma separated")
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id")
    member_state_id: uuid.UUID | None = Field(default=None, foreign_key="member_state.id")
    active: bool = Field(default=True)


class RoundStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class ReviewRound(Record, table=True):
    __tablename__ = "review_round"

    batch_id: uuid.UUID = Field(foreign_key="release_batch.id", index=True)
    name: str = Field(max_length=200)
    meeting_start: date | None = None
    meeting_end: date | None = None
    scale_max: int = Field(default=5, description="scores run from 1 to scale_max")
    reviewers_per_application: int = Field(default=3)
    same_country_conflict: bool = Field(default=False, description="a reviewer from the applicant's country is conflicted")
    status: str = Field(default=RoundStatus.OPEN.value, max_length=10)
    closed_on: date | None = None
    notes: str = Field(default="", sa_type=Text)


class Criterion(Record, table=True):
    __tablename__ = "criterion"
    __table_args__ = (UniqueConstraint("round_id", "name"),)

    round_id: uuid.UUID = Field(foreign_key="review_round.id", index=True)
    name: str = Field(max_length=200)
    weight: float = Field(default=1.0)
    position: int = Field(default=0)


class Assignment(Record, table=True):
    __tablename__ = "assignment"
    __table_args__ = (UniqueConstraint("round_id", "application_id", "reviewer_id"),)

    round_id: uuid.UUID = Field(foreign_key="review_round.id", index=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    reviewer_id: uuid.UUID = Field(foreign_key="reviewer.id", index=True)


class ConflictKind(StrEnum):
    DECLARED = "declared"
    SAME_INSTITUTION = "same_institution"
    SAME_COUNTRY = "same_country"
    TEAM_MEMBER = "team_member"
    CO_APPLICANT = "co_applicant"


class ConflictOfInterest(Record, table=True):
    __tablename__ = "conflict_of_interest"
    __table_args__ = (UniqueConstraint("round_id", "application_id", "reviewer_id", "kind"),)

    round_id: uuid.UUID = Field(foreign_key="review_round.id", index=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    reviewer_id: uuid.UUID = Field(foreign_key="reviewer.id", index=True)
    kind: str = Field(max_length=20)
    note: str = Field(default="", sa_type=Text)


class Score(Record, table=True):
    __tablename__ = "score"
    __table_args__ = (UniqueConstraint("assignment_id", "criterion_id"),)

    assignment_id: uuid.UUID = Field(foreign_key="assignment.id", index=True)
    criterion_id: uuid.UUID = Field(foreign_key="criterion.id", index=True)
    value: int
    comment: str = Field(default="", sa_type=Text)


class RecommendationKind(StrEnum):
    APPROVE = "approve"
    APPROVE_PARTLY = "approve_partly"
    REJECT = "reject"


class Recommendation(Record, table=True):
    __tablename__ = "recommendation"
    __table_args__ = (UniqueConstraint("round_id", "application_id"),)

    round_id: uuid.UUID = Field(foreign_key="review_round.id", index=True)
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    recommendation: str = Field(max_length=20)
    text: str = Field(default="", sa_type=Text)


class DecisionOutcome(StrEnum):
    APPROVED = "approved"
    REDUCED = "reduced"
    REJECTED = "rejected"


class ItemDecision(Record, table=True):
    """The committee's decision on one requested item; approving reserves catalogue mass."""

    __tablename__ = "item_decision"

    round_id: uuid.UUID = Field(foreign_key="review_round.id", index=True)
    item_id: uuid.UUID = Field(foreign_key="requested_item.id", unique=True)
    outcome: str = Field(max_length=10)
    sample_id: uuid.UUID | None = Field(default=None, foreign_key="sample.id", index=True,
                                        description="the sample whose mass is reserved")
    approved_mass_ug: int | None = Field(default=None, sa_type=BigInteger)
    approved_pieces: int | None = None
    reserved_sample_id: uuid.UUID | None = Field(default=None, foreign_key="sample.id",
                                                 description="the reserved portion (the sample itself or a split of it)")
    reason: str = Field(default="", sa_type=Text)
    decided_on: date | None = None


# --- Loans ---------------------------------------------------------------------------


class LoanStatus(StrEnum):
    AWAITING_SIGNATURE = "awaiting_signature"
    LAPSED = "lapsed"  # not signed within the deadline; reserved mass may be released
    SIGNED = "signed"
    COLLECTED = "collected"
    PARTLY_RETURNED = "partly_returned"
    CLOSED = "closed"


class Loan(Record, table=True):
    __tablename__ = "loan"

    agreement_number: str = Field(max_length=40, unique=True, description="e.g. LSA-2026-012")
    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id")
    responsible_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    purpose: str = Field(default="", sa_type=Text)
    status: str = Field(default=LoanStatus.AWAITING_SIGNATURE.value, max_length=20, index=True)
    decision_date: date
    signing_deadline: date
    deadline_provisional: bool = Field(default=False, description="falls in a year whose holidays are not announced")
    signed_on: date | None = None
    certificate_number: str = Field(default="", max_length=40)
    certificate_date: date | None = None
    collected_on: date | None = None
    collected_by: str = Field(default="", max_length=200)
    loan_months: int = Field(default=12)
    due_date: date | None = None
    closed_on: date | None = None
    released_on: date | None = Field(default=None, description="reserved mass released after lapse")
    notes: str = Field(default="", sa_type=Text)


class LoanItem(Record, table=True):
    __tablename__ = "loan_item"
    __table_args__ = (UniqueConstraint("loan_id", "sample_id"),)

    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)
    sample_id: uuid.UUID = Field(foreign_key="sample.id", index=True)
    decision_id: uuid.UUID | None = Field(default=None, foreign_key="item_decision.id")
    mass_ug: int = Field(sa_type=BigInteger)
    pieces: int | None = None


class ReturnRecord(Record, table=True):
    __tablename__ = "return_record"

    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)
    returned_on: date
    received_by: str = Field(default="", max_length=200)
    notes: str = Field(default="", sa_type=Text)


class ReturnLine(Record, table=True):
    __tablename__ = "return_line"

    return_id: uuid.UUID = Field(foreign_key="return_record.id", index=True)
    loan_item_id: uuid.UUID = Field(foreign_key="loan_item.id", index=True)
    returned_ug: int = Field(default=0, sa_type=BigInteger)
    returned_pieces: int | None = None
    consumed_ug: int = Field(default=0, sa_type=BigInteger)
    lost_ug: int = Field(default=0, sa_type=BigInteger, description="destroyed or lost")
    condition: str = Field(default="", sa_type=Text)


class IncidentKind(StrEnum):
    LOSS = "loss"
    DAMAGE = "damage"
    CONTAMINATION = "contamination"
    UNAUTHORIZED_TRANSFER = "unauthorized_transfer"
    LATE_REPORT = "late_report"
    INVENTORY_DISCREPANCY = "inventory_discrepancy"  # the yearly inventory does not match the ledger


class IncidentStatus(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


class Incident(Record, table=True):
    __tablename__ = "incident"

    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)
    occurred_on: date
    kind: str = Field(max_length=30)
    description: str = Field(default="", sa_type=Text)
    mass_affected_ug: int | None = Field(default=None, sa_type=BigInteger)
    status: str = Field(default=IncidentStatus.OPEN.value, max_length=10)
    reported_to_clep_on: date | None = None
    resolution: str = Field(default="", sa_type=Text)


class LoanExtension(Record, table=True):
    __tablename__ = "loan_extension"

    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)
    old_due_date: date | None = None
    new_due_date: date
    reason: str = Field(sa_type=Text)


class CalendarDayKind(StrEnum):
    HOLIDAY = "holiday"  # a day off the library does not know
    WORKDAY = "workday"  # a make-up working day (often a weekend)


class CalendarDay(Record, table=True):
    """The State Council's official arrangement, entered by an officer; overrides the calendar library."""

    __tablename__ = "calendar_day"

    day: date = Field(unique=True)
    kind: str = Field(max_length=10)
    note: str = Field(default="", max_length=200)


# The later tables live in their own modules; importing them here registers
# them with the metadata wherever the models are imported.
from lunar_desk.db.models_results import *  # noqa: E402, F403
from lunar_desk.db.models_stewardship import *  # noqa: E402, F403
from lunar_desk.db.models_sync import *  # noqa: E402, F403
