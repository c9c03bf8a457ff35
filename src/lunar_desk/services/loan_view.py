"""Plain, read-only views of a loan: everything the Lunar Sample Loan
Agreement (Annex 4), the lunar sample certificate, the Sample Return
Application Form (Annex 5) and the Loans tab show.  Built by
``services.loans.loan_view``; safe to pass between threads (no ORM objects).

Masses are integer micrograms; dates are dates.  Names come in Latin script
and in their own script (``*_native`` / ``*_local`` / ``*_zh``), which may
be "".
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class OrganisationView:
    """A party named in both English and Chinese (the lender CLEP, the coordinating APSCO Secretariat)."""

    name: str
    name_zh: str


@dataclass(frozen=True)
class BorrowerView:
    """The borrowing institution and its Member State."""

    institution_id: uuid.UUID | None
    name: str  # English / Latin-script name
    name_local: str  # in its own script (Persian, Thai, Chinese, Mongolian Cyrillic…), may be ""
    city: str
    member_state: str  # "Iran"
    member_state_zh: str  # "伊朗"
    member_state_iso3: str  # "IRN"


@dataclass(frozen=True)
class ResponsiblePersonView:
    """The person responsible for the samples (the application's principal investigator)."""

    person_id: uuid.UUID | None
    name_latin: str
    name_native: str  # in the person's own script, may be ""
    position: str
    email: str
    phone: str
    institution: str
    institution_local: str


@dataclass(frozen=True)
class SkippedDayView:
    """A day the signing deadline's count did not take as an ordinary working day."""

    day: date
    weekday: str  # "Saturday"
    reason: str  # "Spring Festival (public holiday)", "Saturday 2026-02-14 is a make-up working day (Spring Festival)"
    counted: bool  # True: a make-up working day, counted
    holiday: str  # "Spring Festival" or ""
    holiday_zh: str  # "春节" or ""


@dataclass(frozen=True)
class ExtensionView:
    old_due_date: date | None
    new_due_date: date
    reason: str
    recorded_at: object  # aware datetime (UTC)


@dataclass(frozen=True)
class LoanItemView:
    id: uuid.UUID
    position: int  # 1, 2, … in the agreement
    sample_id: uuid.UUID
    sample_number: str  # the lent record (often a reserved split, e.g. CE5C0400YJFM00406-R1)
    parent_sample_number: str | None  # the released sample it was split from
    mission: str  # "CE-6"
    mission_name: str  # "Chang'e-6"
    mission_name_zh: str  # "嫦娥六号"
    sampling_mode: str  # SamplingMode value
    sampling_mode_label: str
    preparation: str  # Preparation value
    preparation_label: str  # "Powder", "Rock chip", …
    use_class: str  # UseClass value
    use_class_label: str
    mass_ug: int  # lent
    pieces: int | None  # lent (rock chips, thin sections)
    returned_ug: int  # so far, over every return
    returned_pieces: int | None
    consumed_ug: int
    lost_ug: int
    outstanding_ug: int  # lent − returned − consumed − lost
    outstanding_pieces: int | None
    fully_accounted: bool
    sample_status: str  # SampleStatus value now
    sample_status_label: str
    location: str


@dataclass(frozen=True)
class ReturnLineView:
    loan_item_id: uuid.UUID
    item_position: int
    sample_number: str
    returned_ug: int
    returned_pieces: int | None
    consumed_ug: int
    lost_ug: int
    condition: str


@dataclass(frozen=True)
class ReturnView:
    id: uuid.UUID
    returned_on: date
    received_by: str
    notes: str
    lines: tuple[ReturnLineView, ...]
    returned_ug: int  # totals of the lines
    consumed_ug: int
    lost_ug: int


@dataclass(frozen=True)
class IncidentView:
    id: uuid.UUID
    occurred_on: date
    kind: str  # IncidentKind value
    kind_label: str  # "Loss", "Damage", …
    description: str
    mass_affected_ug: int | None
    status: str  # open / closed
    status_label: str
    reported_to_clep_on: date | None
    resolution: str


@dataclass(frozen=True)
class HistoryLineView:
    """One event in a loan's life, for its history (built by ``services.loan_history``)."""

    on: date
    kind: str  # "decision", "signed", "certificate", "collected", "extended", "return", "incident", "inventory",
    #            "transfer", "recall", "closed", "released"
    text: str  # "Responsibility transferred from Mohammad Rezaei to Zahra Hosseini: retired"


@dataclass(frozen=True)
class LoanView:
    """Everything about one loan, as of ``today``."""

    id: uuid.UUID
    today: date
    agreement_number: str  # "LSA-2026-012"
    status: str  # LoanStatus value
    status_label: str
    # the application and the decision
    application_id: uuid.UUID
    application_reference: str
    application_kind: str  # ApplicationKind value
    application_kind_label: str  # "Research" / "Public benefit"
    application_title: str
    purpose: str  # the approved purpose (the application's title unless changed)
    batch_number: int | None
    round_name: str
    decision_date: date
    # the parties
    lender: OrganisationView
    coordinator: OrganisationView
    borrower: BorrowerView
    responsible_person: ResponsiblePersonView | None
    # signing
    signing_deadline: date
    deadline_provisional: bool
    deadline_note: str  # "" or "provisional: the 2027 holiday arrangement has not been announced; …"
    deadline_working_days: int  # 10
    deadline_skipped: tuple[SkippedDayView, ...]  # how the deadline was counted
    deadline_explanation: str  # the same as text, one line per day
    signed_on: date | None
    # certificate and collection
    certificate_number: str
    certificate_date: date | None
    collected_on: date | None
    collected_by: str
    loan_months: int
    original_due_date: date | None  # collection + loan period, before any extension
    due_date: date | None
    extensions: tuple[ExtensionView, ...]
    # the samples and what became of them
    items: tuple[LoanItemView, ...]
    returns: tuple[ReturnView, ...]
    incidents: tuple[IncidentView, ...]
    loaned_ug: int
    returned_ug: int
    consumed_ug: int
    lost_ug: int
    outstanding_ug: int
    closed_on: date | None
    released_on: date | None  # reserved mass released after a lapse
    notes: str
    # state as of today
    lapsed: bool
    deadline_soon: bool
    working_days_left: int | None  # to the signing deadline, while awaiting signature
    overdue: bool
    days_overdue: int | None
    incident_open: bool
    allowed_actions: tuple[str, ...]  # labels, e.g. ("Record signature",)
    history: tuple[HistoryLineView, ...] = ()  # oldest first: signature, returns, transfers, recalls, inventories…
    version: int = 0  # the loan's row version when read: actions taken from this view check it (optimistic locking)
