"""The email to CLEP, as a standard ``.eml`` draft: nothing is sent.

Officers often work offline; Lunar Desk writes the message to a file that
Outlook and Thunderbird open as a draft ready to send (``X-Unsent: 1``):
recipients from the settings (:func:`settings.clep_recipients`), a subject
and a plain-text body (English, then Chinese) summarising the period with
the figures of :func:`reporting.totals`, and the chosen files attached with
their MIME types and their names in any script (RFC 2231).
"""

from __future__ import annotations

import mimetypes
import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, getaddresses, make_msgid
from pathlib import Path

from sqlalchemy.orm import Session

from lunar_desk.db.models import Officer
from lunar_desk.filenames import safe_file_name
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import reporting
from lunar_desk.services.mass import format_mass
from lunar_desk.services.settings import check_address
from lunar_desk.messages import Msg

XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_TYPES = {
    ".pdf": "application/pdf",
    ".xlsx": XLSX_TYPE,
    ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ".csv": "text/csv",
    ".txt": "text/plain",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".zip": "application/zip",
}
DEFAULT_DOMAIN = "lunar-desk.invalid"  # Message-ID domain when the officer has no email address
SIGNATURE = "APSCO Secretariat"
# CRLF line ends, headers folded only past RFC 5322's 998 characters: at 78, Python's folder splits
# the long spreadsheet MIME type of an attachment with a long non-ASCII name into encoded words,
# and mail programs no longer recognise it.
FILE_POLICY = policy.SMTP.clone(max_line_length=998)


@dataclass(frozen=True)
class Draft:
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    body: str
    attachments: tuple[Path, ...]
    sender: str = ""  # "Name <address>" or "": the mail program fills in the account


def parse_addresses(text: str, field: str = "to") -> tuple[str, ...]:
    """Addresses typed in one field, separated by commas, semicolons or new lines; each checked."""
    parts = getaddresses([text.replace(";", ",").replace("\n", ",")])
    out = []
    for name, addr in parts:
        if not name and not addr:
            continue
        try:  # quoted again where the name needs it ("Li, Wei" <li@example.org>)
            text = str(Address(display_name=name, addr_spec=addr)) if name else addr
        except (ValueError, IndexError):
            text = f"{name} <{addr}>"
        out.append(check_address(text, field))
    return tuple(dict.fromkeys(out))


def mime_type(path: Path) -> tuple[str, str]:
    """(maintype, subtype) for an attachment, by its extension."""
    full = MIME_TYPES.get(path.suffix.lower()) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
    main, _, sub = full.partition("/")
    return main, sub


def sender_for(session: Session, officer_id) -> str:
    """The officer as a From address ("Name <address>"), or "" when no address is recorded."""
    officer = session.get(Officer, officer_id) if officer_id is not None else None
    if officer is None or not officer.email:
        return ""
    try:
        return check_address(f"{officer.name} <{officer.email}>" if officer.name else officer.email, "from")
    except ValidationError:
        return ""


# --- the text ----------------------------------------------------------------------------------------


def subject_for(period: reporting.Period) -> str:
    batch = f", batch {period.batch_number}" if period.batch_number is not None else ""
    return (f"APSCO lunar sample programme: summary for CLEP, {period.start.isoformat()} to "
            f"{period.end.isoformat()}{batch} / 月球样品工作汇总")


def body_for(t: reporting.Totals, attachments: Sequence[Path], officer: str) -> str:
    p = t.period
    scope = f"release batch {p.batch_number}" if p.batch_number is not None else "all release batches"
    scope_zh = f"第{p.batch_number}批" if p.batch_number is not None else "全部批次"
    lines = [
        "Dear colleagues,",
        "",
        (f"Please find attached the APSCO Secretariat's summary of the lunar sample programme for "
         f"{p.start.isoformat()} to {p.end.isoformat()} ({scope}). Loans and statuses are as of {t.today.isoformat()}."),
        "",
        (f"Applications active in the period: {t.applications} ({t.forwarded} forwarded to CLEP, "
         f"{t.decided_in_period} decided in the period)"),
        *(f"  {label}: {n}" for label, n in t.applications_by_status),
        f"Requested mass: {format_mass(t.requested_ug)}; approved: {format_mass(t.approved_ug)}",
        (f"Loans outstanding: {t.loans_outstanding}, of which {t.loans_overdue} overdue; "
         f"{format_mass(t.outstanding_ug)} with borrowers"),
        (f"Return lines recorded in the period: {t.return_lines} (returned {format_mass(t.returned_ug)}, "
         f"consumed {format_mass(t.consumed_ug)}, lost {format_mass(t.lost_ug)})"),
        f"Incidents: {t.incidents} ({t.incidents_open} open)",
    ]
    if attachments:
        lines += ["", "Attached:", *(f"  - {a.name}" for a in attachments)]
    lines += [
        "",
        "Best regards,",
        officer or "",
        SIGNATURE,
        "",
        "—",
        "各位同事：",
        "",
        (f"附件为亚太空间合作组织秘书处 {p.start.isoformat()} 至 {p.end.isoformat()}（{scope_zh}）月球样品工作汇总，"
         f"借用及状态截至 {t.today.isoformat()}。"),
        (f"本期在办申请 {t.applications} 项（已报送探月与航天工程中心 {t.forwarded} 项）；"
         f"申请质量 {format_mass(t.requested_ug)}，批准质量 {format_mass(t.approved_ug)}。"),
        (f"未结借用 {t.loans_outstanding} 项（逾期 {t.loans_overdue} 项），借用方持有 {format_mass(t.outstanding_ug)}；"
         f"本期归还记录 {t.return_lines} 条；事件 {t.incidents} 起（未结 {t.incidents_open} 起）。"),
        "",
        "此致",
        "亚太空间合作组织秘书处",
    ]
    return "\n".join(lines) + "\n"


def compose(session: Session, period: reporting.Period, today: date, *, to: Sequence[str], cc: Sequence[str] = (),
            attachments: Sequence[Path] = (), officer: str = "", sender: str = "") -> Draft:
    """The draft for ``period``: subject and body from the period's figures; addresses checked."""
    reporting.check_batch(session, period)
    to = tuple(check_address(x, "to") for x in to if x.strip())
    cc = tuple(check_address(x, "cc") for x in cc if x.strip())
    if not to:
        raise ValidationError(Msg("Give at least one recipient (To) for the email to CLEP."), field="to")
    files = tuple(Path(a) for a in attachments)
    t = reporting.totals(session, period, today)
    return Draft(to=to, cc=cc, subject=subject_for(period), body=body_for(t, files, officer), attachments=files,
                 sender=sender)


# --- the message and the file ----------------------------------------------------------------------------


def build_message(draft: Draft, *, now: datetime | None = None) -> EmailMessage:
    """The draft as a MIME message (multipart when files are attached); reads the attached files."""
    now = (now or datetime.now()).astimezone()
    msg = EmailMessage(policy=policy.default)
    msg["X-Unsent"] = "1"  # Outlook opens the file as a draft to send
    if draft.sender:
        msg["From"] = draft.sender
    msg["To"] = ", ".join(draft.to)
    if draft.cc:
        msg["Cc"] = ", ".join(draft.cc)
    msg["Subject"] = draft.subject
    msg["Date"] = format_datetime(now)
    domain = draft.sender.rpartition("@")[2].rstrip(">").strip() or DEFAULT_DOMAIN
    msg["Message-ID"] = make_msgid(idstring="lunar-desk", domain=domain)
    msg["X-Mailer"] = "Lunar Desk"
    msg.set_content(draft.body)
    for path in draft.attachments:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise UserError(Msg("{path} cannot be attached: {value}.", path=path, value=exc.strerror or exc)) from exc
        main, sub = mime_type(path)
        msg.add_attachment(data, maintype=main, subtype=sub, filename=path.name)
        # older mail programs look for the name on Content-Type too
        msg.get_payload()[-1].set_param("name", path.name)
    return msg


def draft_file_name(period: reporting.Period) -> str:
    batch = f" batch {period.batch_number}" if period.batch_number is not None else ""
    return f"Email to CLEP {period.start.isoformat()} to {period.end.isoformat()}{batch}.eml"


def write_draft(draft: Draft, folder: Path, name: str, *, now: datetime | None = None) -> Path:
    """Write the draft as ``folder/name`` (.eml, CRLF line ends, atomically); a name already taken
    gets " (2)", " (3)" … .  Returns the file written."""
    msg = build_message(draft, now=now)
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Msg("The folder {folder} cannot be created: {value}.", folder=folder, value=exc.strerror or exc)) from exc
    stem, suffix = Path(safe_file_name(name, "draft.eml")).stem, ".eml"
    out = folder / f"{stem}{suffix}"
    n = 2
    while out.exists():
        out = folder / f"{stem} ({n}){suffix}"
        n += 1
    tmp = out.with_name(f".{out.name}.part")
    try:
        tmp.write_bytes(msg.as_bytes(policy=FILE_POLICY))
        os.replace(tmp, out)
    except OSError as exc:
        raise UserError(Msg("{out} cannot be written: {value}.", out=out, value=exc.strerror or exc)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()
    return out
