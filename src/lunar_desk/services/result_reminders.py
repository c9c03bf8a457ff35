"""Reminder e-mail drafts (.eml) to a loan's responsible person about the
results it owes CLEP: outputs overdue or due soon, results owed for the
loan, and reports that lack the acknowledgement or cite unknown sample
numbers.

The draft is a standard RFC 5322 message with ``X-Unsent: 1``, so Outlook
(and Thunderbird with "Open as draft") opens it ready to edit and send; it
is never sent from here (written by :mod:`~lunar_desk.services.email_draft`).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date
from email.headerregistry import Address
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Loan, LoanItem, Person, Sample
from lunar_desk.db.models_results import ResultReportLoan
from lunar_desk.errors import NotFoundError, UserError
from lunar_desk.filenames import name_part
from lunar_desk.services import email_draft, results
from lunar_desk.services.result_compliance import compliance
from lunar_desk.services.result_overdue import overdue_for
from lunar_desk.services.result_rules import ACKNOWLEDGEMENT
from lunar_desk.services.results_view import ResultFilter, list_results
from lunar_desk.messages import Msg, MsgList

SIGNATURE = "APSCO Secretariat\nLunar sample cooperation programme with CLEP"


@dataclass(frozen=True)
class Reminder:
    to_name: str
    to_email: str  # may be "" when no address is known: the officer fills it in
    subject: str
    body: str
    file_stem: str  # "LSA-2026-001-results-reminder-2026-11-25"


def write_reminder(reminder: Reminder, folder: Path) -> Path:
    """Write the reminder as an unsent draft ``folder/<stem>.eml`` (a new name if taken); returns its path.

    Built by :mod:`~lunar_desk.services.email_draft` (the same .eml writer as the email to CLEP)."""
    to = ()
    if reminder.to_email:
        try:
            to = (str(Address(display_name=reminder.to_name, addr_spec=reminder.to_email)),)
        except (ValueError, IndexError):  # an odd address as recorded: the officer fixes it in the draft
            to = (reminder.to_email,)
    draft = email_draft.Draft(to=to, cc=(), subject=reminder.subject, body=reminder.body, attachments=())
    return email_draft.write_draft(draft, folder, f"{name_part(reminder.file_stem, 'reminder', keep='-_. ')}.eml")


def _bullets(lines: list[str]) -> str:
    return "\n".join(f"  - {line}" for line in lines)


def loan_reminder(session: Session, loan_id: uuid.UUID, today: date) -> Reminder:
    """The reminder for one loan: what is overdue, due soon or incomplete in its results.

    Refused (UserError) when nothing is due, overdue or incomplete."""
    loan = session.get(Loan, loan_id)
    if loan is None:
        raise NotFoundError(Msg("That loan no longer exists; the list will be refreshed."))
    person = session.get(Person, loan.responsible_person_id) if loan.responsible_person_id else None
    overdue = [o.reason for o in overdue_for(session, today) if o.loan_id == loan.id]
    rows = list_results(session, ResultFilter(loan_id=loan.id), today)
    due = [f"\u201c{r.title}\u201d, published {r.published_on.isoformat()}: to be reported to CLEP by "
           f"{r.compliance.reporting.due_on.isoformat()} ({r.compliance.reporting.days_left} days left)."
           for r in rows if r.due_soon]
    fixes = []
    for r in rows:
        c = r.compliance
        if not c.acknowledgement.ok and r.files:
            fixes.append(f"\u201c{r.title}\u201d: we could not find the acknowledgement statement in it; please "
                         "send the version that carries it, or tell us where it is printed.")
        elif not c.acknowledgement.ok:
            fixes.append(f"\u201c{r.title}\u201d: please send its PDF, so that the acknowledgement can be checked.")
        if c.samples.unknown:
            c = compliance(session, r.id, today)  # the list checks without suggestions; one report with them
            numbers = ", ".join(u.number + (f" (did you mean {' or '.join(u.suggestions)}?)" if u.suggestions else "")
                                for u in c.samples.unknown)
            fixes.append(f"\u201c{r.title}\u201d cites sample numbers not lent under {loan.agreement_number}: {numbers}.")
    if not (overdue or due or fixes):
        raise UserError(Msg(
            "Nothing is overdue, due soon or incomplete in the results of {agreement_number}: no reminder is "
            "needed.",
            agreement_number=loan.agreement_number))
    lent = list(session.scalars(select(Sample.sample_number).join(LoanItem, LoanItem.sample_id == Sample.id)
                                .where(LoanItem.loan_id == loan.id).order_by(Sample.sample_number)))
    name = person.name_latin if person else ""
    parts = [f"Dear {name}," if name else "Dear colleague,", "",
             (f"This is a reminder about the results of the lunar samples lent under the Lunar Sample Loan "
             f"Agreement {loan.agreement_number}. Every paper, patent or other output made with the samples must "
             f"carry the statement \u201c{ACKNOWLEDGEMENT}\u201d, cite the sample numbers used, and be reported to "
             "CLEP within three months of its publication.")]
    for title, lines in (("Overdue", overdue), ("Due soon", due), ("To be completed", fixes)):
        if lines:
            parts += ["", f"{title}:", _bullets(lines)]
    if lent:
        parts += ["", f"Samples lent under {loan.agreement_number}: {', '.join(lent)}."]
    parts += ["", ("Please send the outputs (as PDF) and their publication details to the Secretariat, which "
                  "forwards them to CLEP. Thank you."), "", "With best regards,", SIGNATURE, ""]
    return Reminder(
        to_name=name, to_email=person.email if person else "",
        subject=f"Lunar sample loan {loan.agreement_number}: results to report to CLEP",
        body="\n".join(parts), file_stem=f"{loan.agreement_number}-results-reminder-{today.isoformat()}",
    )


def result_reminders(session: Session, result_id: uuid.UUID, today: date) -> list[Reminder]:
    """The reminders for a result report: one per linked loan (each lists everything that loan owes)."""
    result = results.get_result(session, result_id)
    loan_ids = list(session.scalars(select(ResultReportLoan.loan_id).where(ResultReportLoan.result_id == result.id)))
    if not loan_ids:
        raise UserError(Msg(
            "“{result_title}” is linked to no loan, so there is no responsible person to remind: link the loan "
            "whose samples it used first.",
            result_title=result.title))
    reminders, refusals = [], []
    for loan_id in loan_ids:
        try:
            reminders.append(loan_reminder(session, loan_id, today))
        except UserError as exc:
            refusals.append(exc.message)
    if not reminders:
        raise UserError(MsgList(refusals, " "))
    return reminders
