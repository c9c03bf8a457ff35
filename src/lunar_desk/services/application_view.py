"""Plain, read-only views of an application: what the form PDF, the CLEP
package and the UI show.  Built by ``applications.application_view``; safe
to pass between threads (no ORM objects)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class PersonView:
    id: uuid.UUID
    name_latin: str
    name_native: str  # in the person's own script (Chinese, Persian, Urdu, Thai, Mongolian Cyrillic…), may be ""
    email: str
    institution: str  # institution name (English/Latin)
    institution_local: str  # institution name in its own script, may be ""
    country: str  # Member State name


@dataclass(frozen=True)
class TeamMemberView:
    person: PersonView
    role: str  # TeamRole value
    role_label: str  # "Principal investigator", "Co-investigator", …
    has_cv: bool


@dataclass(frozen=True)
class MethodView:
    name: str
    instruments: str
    destructive: bool
    justification: str


@dataclass(frozen=True)
class RequestedItemView:
    sample_number: str | None  # a specific catalogue sample, or None for "a kind"
    mission: str  # "CE-5" / "CE-6" / ""
    preparation: str  # Preparation value or ""
    preparation_label: str
    mass_ug: int | None
    pieces: int | None
    preferred_numbers: str
    justification: str


@dataclass(frozen=True)
class AttachmentView:
    id: uuid.UUID
    name: str
    kind: str  # AttachmentKind value
    size: int
    sha256: str
    mime_type: str
    person_name: str  # whose CV, or ""


@dataclass(frozen=True)
class StatusChangeView:
    at: object  # aware datetime (UTC)
    officer: str
    from_status: str | None
    to_status: str
    reason: str


@dataclass(frozen=True)
class ApplicationView:
    id: uuid.UUID
    reference: str
    kind: str  # ApplicationKind value
    kind_label: str  # "Research" / "Public benefit"
    status: str
    status_label: str
    batch_number: int | None
    institution: str
    institution_local: str
    member_state: str
    member_state_zh: str
    pi: PersonView | None
    title: str
    objectives: str
    background: str
    expected_results: str
    schedule: str
    lab_facilities: str
    sample_security: str
    prior_work: str
    activity: str
    venue: str
    activity_start: date | None
    activity_end: date | None
    audience_size: int | None
    display_arrangements: str
    submitted_on: date | None
    forwarded_on: date | None
    decided_on: date | None
    notes: str
    team: tuple[TeamMemberView, ...] = ()
    methods: tuple[MethodView, ...] = ()
    items: tuple[RequestedItemView, ...] = ()
    attachments: tuple[AttachmentView, ...] = ()
    history: tuple[StatusChangeView, ...] = field(default=())
