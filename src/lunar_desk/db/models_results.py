"""Tables for what the Secretariat answers for beyond the loan itself:
result reports, the committee's research teams, and capacity building.

Files (the paper's PDF, training materials) are :class:`Attachment` rows
owned by these records (``owner_table`` = the table name), stored once by
SHA-256 like every other attachment.
"""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import Text, UniqueConstraint
from sqlmodel import Field

from lunar_desk.db.models import Record


class ResultKind(StrEnum):
    JOURNAL_PAPER = "journal_paper"
    CONFERENCE_PAPER = "conference_paper"
    THESIS = "thesis"
    PATENT = "patent"
    DATASET = "dataset"
    PUBLIC_REPORT = "public_report"  # public activity report (exhibition, outreach)


class ResultReport(Record, table=True):
    """A paper, patent or other output made with loaned samples."""

    __tablename__ = "result_report"

    kind: str = Field(default=ResultKind.JOURNAL_PAPER.value, max_length=20, index=True)
    title: str = Field(max_length=500)
    authors: str = Field(default="", sa_type=Text)
    venue: str = Field(default="", max_length=300, description="journal, conference, university, office")
    doi: str = Field(default="", max_length=200)
    patent_number: str = Field(default="", max_length=100)
    published_on: date | None = None
    reported_on: date | None = Field(default=None, index=True, description="date reported to CLEP")
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id", index=True)
    responsible_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    cited_numbers: str = Field(default="", sa_type=Text, description="sample numbers as the output cites them")
    ack_confirmed: bool = Field(default=False, description="officer confirmed the CNSA acknowledgement")
    ack_in_file: bool | None = Field(default=None, description="acknowledgement found in the attached PDF's text")
    notes: str = Field(default="", sa_type=Text)


class ResultReportLoan(Record, table=True):
    __tablename__ = "result_report_loan"
    __table_args__ = (UniqueConstraint("result_id", "loan_id"),)

    result_id: uuid.UUID = Field(foreign_key="result_report.id", index=True)
    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)


class TeamLeadKind(StrEnum):
    CHINESE = "chinese"
    FOREIGN = "foreign"


class ResearchTeam(Record, table=True):
    """A joint research team formed by the expert committee for a topic or round."""

    __tablename__ = "research_team"

    name: str = Field(max_length=300)
    topic: str = Field(default="", sa_type=Text)
    round_id: uuid.UUID | None = Field(default=None, foreign_key="review_round.id", index=True)
    lead_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    lead_kind: str = Field(default=TeamLeadKind.CHINESE.value, max_length=10)
    starts_on: date | None = None
    ends_on: date | None = None
    notes: str = Field(default="", sa_type=Text)


class ResearchTeamMember(Record, table=True):
    """One expert's participation: invited, joined, visits to China, left."""

    __tablename__ = "research_team_member"

    team_id: uuid.UUID = Field(foreign_key="research_team.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    institution_id: uuid.UUID | None = Field(default=None, foreign_key="institution.id")
    member_state_id: uuid.UUID | None = Field(default=None, foreign_key="member_state.id")
    role: str = Field(default="member", max_length=50)
    invited_on: date | None = None
    joined_on: date | None = None
    visit_from: date | None = None
    visit_to: date | None = None
    left_on: date | None = None
    notes: str = Field(default="", sa_type=Text)


class ResearchTeamLink(Record, table=True):
    """An application or a loan the team works on (exactly one of the two)."""

    __tablename__ = "research_team_link"

    team_id: uuid.UUID = Field(foreign_key="research_team.id", index=True)
    application_id: uuid.UUID | None = Field(default=None, foreign_key="application.id", index=True)
    loan_id: uuid.UUID | None = Field(default=None, foreign_key="loan.id", index=True)


class TrainingKind(StrEnum):
    APPARATUS = "apparatus_training"
    DATA_ANALYSIS = "data_analysis"
    WORKSHOP = "workshop"
    ONLINE = "online"


class TrainingActivity(Record, table=True):
    __tablename__ = "training_activity"

    title: str = Field(max_length=300)
    kind: str = Field(default=TrainingKind.WORKSHOP.value, max_length=30)
    organisers: str = Field(default="APSCO, CLEP", max_length=100)
    starts_on: date
    ends_on: date | None = None
    place: str = Field(default="", max_length=300)
    notes: str = Field(default="", sa_type=Text)


class TrainingParticipant(Record, table=True):
    __tablename__ = "training_participant"
    __table_args__ = (UniqueConstraint("activity_id", "person_id"),)

    activity_id: uuid.UUID = Field(foreign_key="training_activity.id", index=True)
    person_id: uuid.UUID = Field(foreign_key="person.id", index=True)
    member_state_id: uuid.UUID | None = Field(default=None, foreign_key="member_state.id", index=True)
    attended: bool = Field(default=False)
    certificate_number: str = Field(default="", max_length=40)
    certificate_issued_on: date | None = None
