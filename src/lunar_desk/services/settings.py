"""Programme-wide settings stored in the database (shared by an office)."""

from __future__ import annotations

from sqlalchemy.orm import Session

from lunar_desk.db.audit import make_entry
from lunar_desk.db.models import Setting
from lunar_desk.db.types import utcnow
from lunar_desk.errors import ValidationError

LEDGER_TOLERANCE_UG = "ledger_tolerance_ug"

DEFAULTS: dict[str, str] = {
    LEDGER_TOLERANCE_UG: "0",
}


def get_setting(session: Session, key: str) -> str:
    row = session.get(Setting, key)
    return row.value if row is not None else DEFAULTS.get(key, "")


def set_setting(session: Session, key: str, value: str) -> None:
    row = session.get(Setting, key)
    old = row.value if row is not None else None
    if old == value:
        return
    if row is None:
        session.add(Setting(key=key, value=value))
    else:
        row.value = value
        row.updated_at = utcnow()
    session.add(make_entry(session, "setting", key, "insert" if old is None else "update", {"value": [old, value]}))


def ledger_tolerance_ug(session: Session) -> int:
    return int(get_setting(session, LEDGER_TOLERANCE_UG) or 0)


def set_ledger_tolerance_ug(session: Session, ug: int) -> None:
    if ug < 0:
        raise ValidationError("The ledger tolerance cannot be negative.", field="tolerance")
    set_setting(session, LEDGER_TOLERANCE_UG, str(int(ug)))
