"""Plain views of a review round and its decisions, for the decision letters,
the round summary workbook and the UI.  Built by ``services.review``; safe
to pass between threads (no ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from lunar_desk.services.application_view import PersonView


@dataclass(frozen=True)
class DecidedItemView:
    requested: str  # "CE5C0400YJFM00406" or "any powder (CE-5)"
    requested_mass_ug: int | None
    requested_pieces: int | None
    outcome: str  # DecisionOutcome value: approved / reduced / rejected
    outcome_label: str  # "Approved", "Approved, reduced", "Rejected"
    sample_number: str | None  # the sample (or reserved split) that will be lent
    approved_mass_ug: int | None
    approved_pieces: int | None
    reason: str


@dataclass(frozen=True)
class DecisionLetterView:
    """Everything a decision letter says."""

    application_id: uuid.UUID
    reference: str
    title: str
    kind_label: str
    institution: str
    institution_local: str
    member_state: str
    member_state_zh: str
    pi: PersonView | None
    round_name: str
    batch_number: int | None
    decided_on: date | None
    outcome: str  # ApplicationStatus value: approved / partially_approved / rejected
    outcome_label: str
    items: tuple[DecidedItemView, ...]
    signing_deadline: date | None  # decision date + 10 Chinese working days, when computed
    signing_deadline_note: str  # e.g. "within 10 working days of this letter" or "provisional: 2027 holidays not yet announced"


@dataclass(frozen=True)
class RoundApplicationSummary:
    application_id: uuid.UUID
    reference: str
    title: str
    member_state: str
    institution: str
    pi_name: str
    reviewers_assigned: int
    scores_entered: int
    scores_expected: int
    weighted_mean: float | None
    spread: float | None  # max − min of the reviewers' weighted scores
    rank: int | None
    recommendation: str
    outcome: str  # "" while undecided
    requested_ug: int
    approved_ug: int


@dataclass(frozen=True)
class RoundSummaryView:
    round_id: uuid.UUID
    name: str
    batch_number: int | None
    status: str
    meeting_start: date | None
    meeting_end: date | None
    criteria: tuple[tuple[str, float], ...]  # (name, weight)
    applications: tuple[RoundApplicationSummary, ...]
