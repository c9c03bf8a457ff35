"""Stewardship of lent material: custody movements, annual inventories,
hold overrides and transfers of responsibility."""

from __future__ import annotations

import uuid
from datetime import date
from enum import StrEnum

from sqlalchemy import BigInteger, Text
from sqlmodel import Field

from lunar_desk.db.models import Record


class CustodyKind(StrEnum):
    COLLECTED = "collected"
    IN_TRANSIT = "in_transit"
    RECEIVED = "received_at_lab"
    MOVED = "moved"
    ON_DISPLAY = "on_display"
    RETURNED = "returned"


class CustodyEvent(Record, table=True):
    """One movement of a loaned item: who holds it, where, from which day."""

    __tablename__ = "custody_event"

    loan_item_id: uuid.UUID = Field(foreign_key="loan_item.id", index=True)
    occurred_on: date = Field(index=True)
    kind: str = Field(max_length=20)
    holder_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id", index=True)
    holder_name: str = Field(default="", max_length=200, description="when the holder is not a known person")
    place: str = Field(default="", max_length=300, description="building, room, safe, exhibition")
    note: str = Field(default="", sa_type=Text)


class InventorySource(StrEnum):
    OFFICER = "officer"
    BORROWER_SHEET = "borrower_sheet"


class Inventory(Record, table=True):
    """The yearly inventory an open loan owes."""

    __tablename__ = "inventory"

    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)
    due_on: date = Field(description="the inventory date this report answers")
    reported_on: date
    source: str = Field(default=InventorySource.OFFICER.value, max_length=20)
    file_name: str = Field(default="", max_length=300, description="the borrower's sheet, when imported")
    discrepancy: bool = Field(default=False)
    notes: str = Field(default="", sa_type=Text)


class InventoryLine(Record, table=True):
    __tablename__ = "inventory_line"

    inventory_id: uuid.UUID = Field(foreign_key="inventory.id", index=True)
    loan_item_id: uuid.UUID = Field(foreign_key="loan_item.id", index=True)
    remaining_ug: int = Field(sa_type=BigInteger)
    consumed_since_ug: int = Field(default=0, sa_type=BigInteger)
    expected_ug: int = Field(sa_type=BigInteger, description="what the ledger says remains")
    state: str = Field(default="", max_length=200)
    incident_id: uuid.UUID | None = Field(default=None, foreign_key="incident.id")


class HoldOverride(Record, table=True):
    """An officer forwarded an application despite a delinquency hold."""

    __tablename__ = "hold_override"

    application_id: uuid.UUID = Field(foreign_key="application.id", index=True)
    holds: str = Field(sa_type=Text, description="the hold reasons shown at the time")
    reason: str = Field(sa_type=Text)
    officer_name: str = Field(default="", max_length=200)
    decided_on: date


class TransferKind(StrEnum):
    TRANSFER = "transfer"
    RECALL = "recall"


class LoanTransfer(Record, table=True):
    """Responsibility for a loan moved to another person, or a recall started."""

    __tablename__ = "loan_transfer"

    loan_id: uuid.UUID = Field(foreign_key="loan.id", index=True)
    kind: str = Field(max_length=10)
    effective_on: date
    from_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    to_person_id: uuid.UUID | None = Field(default=None, foreign_key="person.id")
    reason: str = Field(sa_type=Text)
