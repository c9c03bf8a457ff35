"""Programme-wide settings stored in the database (shared by an office)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy.orm import Session

from lunar_desk.db.audit import make_entry
from lunar_desk.db.models import Setting
from lunar_desk.db.types import utcnow
from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg

LEDGER_TOLERANCE_UG = "ledger_tolerance_ug"
# Stewardship (read and validated by services/custody.py, inventory.py, reassignment.py)
CUSTODY_STALE_MONTHS = "custody.stale_months"
INVENTORY_DAY = "inventory.day"  # MM-DD: the yearly inventory date of the programme
RECALL_DAYS = "recall.days"  # a recalled loan is due back this many days after the recall

DEFAULTS: dict[str, str] = {
    LEDGER_TOLERANCE_UG: "0",
    CUSTODY_STALE_MONTHS: "12",
    INVENTORY_DAY: "12-31",
    RECALL_DAYS: "30",
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
        raise ValidationError(Msg("The ledger tolerance cannot be negative."), field="tolerance")
    set_setting(session, LEDGER_TOLERANCE_UG, str(int(ug)))


# --- CLEP recipients (the "Prepare email to CLEP" draft) -----------------------------------------------

CLEP_RECIPIENTS = "clep.recipients"  # JSON: {"to": ["name <address>", …], "cc": […]}


class ClepRecipients(NamedTuple):
    to: tuple[str, ...] = ()
    cc: tuple[str, ...] = ()


def check_address(text: str, field: str) -> str:
    """``Name <address>`` or ``address``, normalised; names may be in any script."""
    from email.headerregistry import Address
    from email.utils import parseaddr

    name, addr = parseaddr(text.strip())
    local, at, domain = addr.rpartition("@")
    try:
        if not at or not local or "." not in domain.strip(".") or " " in addr:
            raise ValueError(addr)
        return str(Address(display_name=name, addr_spec=addr))
    except (ValueError, IndexError):
        raise ValidationError(Msg("'{strip}' is not an email address (e.g. name@example.org).", strip=text.strip()), field=field) from None


def clep_recipients(session: Session) -> ClepRecipients:
    """The CLEP recipients stored for this database (nothing when none are, or the value is unreadable)."""
    try:
        data = json.loads(get_setting(session, CLEP_RECIPIENTS) or "{}")
        return ClepRecipients(tuple(str(x) for x in data.get("to", ())), tuple(str(x) for x in data.get("cc", ())))
    except (ValueError, AttributeError, TypeError):
        return ClepRecipients()


def set_clep_recipients(session: Session, to: Sequence[str], cc: Sequence[str] = ()) -> ClepRecipients:
    """Store the CLEP recipients (each ``address`` or ``Name <address>``; checked, duplicates dropped)."""
    checked = ClepRecipients(
        tuple(dict.fromkeys(check_address(x, "to") for x in to if x.strip())),
        tuple(dict.fromkeys(check_address(x, "cc") for x in cc if x.strip())),
    )
    set_setting(session, CLEP_RECIPIENTS, json.dumps({"to": checked.to, "cc": checked.cc}, ensure_ascii=False))
    return checked


# --- backup policy (how many rotated backups the data folder keeps) --------------------------------------

BACKUP_KEEP = {"daily": ("backup.keep_daily", 7), "weekly": ("backup.keep_weekly", 4),
               "monthly": ("backup.keep_monthly", 12)}


class BackupPolicy(NamedTuple):
    daily: int = 7
    weekly: int = 4
    monthly: int = 12


def backup_policy(session: Session) -> BackupPolicy:
    values = {}
    for name, (key, default) in BACKUP_KEEP.items():
        try:
            values[name] = int(get_setting(session, key) or default)
        except ValueError:  # hand-edited nonsense: fall back rather than stop backing up
            values[name] = default
    return BackupPolicy(**values)


BACKUP_KINDS = {"daily": Msg("daily"), "weekly": Msg("weekly"), "monthly": Msg("monthly")}


def set_backup_policy(session: Session, policy: BackupPolicy) -> BackupPolicy:
    """Keep 1–60 daily, 0–52 weekly and 0–120 monthly backups (at least one daily: today's)."""
    limits = {"daily": (1, 60), "weekly": (0, 52), "monthly": (0, 120)}
    for name, value in policy._asdict().items():
        low, high = limits[name]
        if not low <= int(value) <= high:
            raise ValidationError(Msg("Keep between {low} and {high} {kind} backups (not {value}).", low=low, high=high,
                                      kind=BACKUP_KINDS[name], value=value), field=f"keep_{name}")
    for name, (key, _) in BACKUP_KEEP.items():
        set_setting(session, key, str(int(getattr(policy, name))))
    return policy


# --- the officer's own profile (written into the audit log and the documents) --------------------------


def officer_profile(session: Session, officer_id) -> tuple[str, str]:
    from lunar_desk.db.models import Officer

    officer = session.get(Officer, officer_id)
    return (officer.name, officer.email) if officer is not None else ("", "")


def set_officer_profile(session: Session, officer_id, name: str, email: str) -> None:
    from lunar_desk.db.models import Officer

    name, email = name.strip(), email.strip()
    if not name:
        raise ValidationError(Msg("Give your name: it is written into the audit log and the documents."), field="name")
    if email and ("@" not in email or " " in email or email.startswith("@") or email.endswith("@")):
        raise ValidationError(Msg("'{email}' is not an email address (name@example.org).", email=email), field="email")
    officer = session.get(Officer, officer_id)
    if officer is None:
        raise ValidationError(Msg("No officer profile is open."), field="name")
    officer.name, officer.email = name, email
    session.flush()
