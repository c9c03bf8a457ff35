"""Result reports: the papers, patents and other outputs made with loaned
samples, and whether each complies with CLEP's rules (DOMAIN.md, Results).

A report is entered with its kind, title, authors, venue, DOI (or patent
number), publication date and the date it was reported to CLEP, the loans
whose samples it used and the sample numbers it cites; the PDF of the paper
is attached.  :func:`compliance` computes three ticks:

(a) **acknowledgement**: "Lunar samples provided by the China National Space
    Administration (CNSA)" is in the attached PDF's text (looked up once when
    the PDF is attached and cached in ``ack_in_file``); without a readable PDF
    the officer's confirmation (``ack_confirmed``) counts.  An officer may also
    confirm a statement the PDF's text did not yield (typeset as an image).
(b) **sample numbers**: every cited number belongs to one of the linked loans
    (the lent record, the released sample it was split from, or a split made
    of it later); others are listed with the numbers they most likely meant.
(c) **reported in time**: to CLEP within three calendar months of publication.

Lists (due soon, per loan and institution) are in
:mod:`~lunar_desk.services.results_view`; what counts as *overdue* for a
loan is :func:`~lunar_desk.services.result_overdue.overdue_for` (also
importable from here).

Every function works in the caller's session (one user action, one
transaction) and raises a :class:`~lunar_desk.errors.UserError` before
writing anything when a value is not acceptable.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.locking import check_version
from lunar_desk.db.models import Attachment, AttachmentKind, Institution, Loan, Person
from lunar_desk.db.models_results import ResultKind, ResultReport, ResultReportLoan
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services import attachments as att_service
from lunar_desk.services import recycle_bin
from lunar_desk.services.result_rules import (
    acknowledgement_in_pdf,
    doi_problem,
    is_pdf,
    normalise_doi,
)

OWNER = "result_report"

KIND_LABELS = {
    ResultKind.JOURNAL_PAPER: "Journal paper",
    ResultKind.CONFERENCE_PAPER: "Conference paper",
    ResultKind.THESIS: "Thesis",
    ResultKind.PATENT: "Patent",
    ResultKind.DATASET: "Dataset",
    ResultKind.PUBLIC_REPORT: "Public activity report",
}
LIMITS = {"title": 500, "venue": 300, "doi": 200, "patent_number": 100}
FIELD_NAMES = {"title": Msg("title"), "venue": Msg("venue"), "doi": Msg("DOI"), "patent_number": Msg("patent number")}


def kind_label(kind: str) -> str:
    return next((text for k, text in KIND_LABELS.items() if k.value == kind), kind)


@dataclass
class ResultData:
    """What the editor shows and saves (``loan_ids``: the loans whose samples were used)."""

    title: str = ""
    kind: str = ResultKind.JOURNAL_PAPER.value
    authors: str = ""
    venue: str = ""
    doi: str = ""
    patent_number: str = ""
    published_on: date | None = None
    reported_on: date | None = None
    institution_id: uuid.UUID | None = None
    responsible_person_id: uuid.UUID | None = None
    cited_numbers: str = ""
    ack_confirmed: bool = False
    notes: str = ""
    loan_ids: list[uuid.UUID] = field(default_factory=list)
    version: int | None = None  # the row version the editor read (a save over a newer one is refused)


def get_result(session: Session, result_id: uuid.UUID) -> ResultReport:
    result = session.get(ResultReport, result_id)
    if result is None:
        raise NotFoundError(Msg("That result report no longer exists; the list will be refreshed."))
    return result


def result_data(session: Session, result_id: uuid.UUID) -> ResultData:
    r = get_result(session, result_id)
    return ResultData(
        title=r.title, kind=r.kind, authors=r.authors, venue=r.venue, doi=r.doi, patent_number=r.patent_number,
        published_on=r.published_on, reported_on=r.reported_on, institution_id=r.institution_id,
        responsible_person_id=r.responsible_person_id, cited_numbers=r.cited_numbers, ack_confirmed=r.ack_confirmed,
        notes=r.notes, loan_ids=[loan.id for loan in result_loans(session, result_id)], version=r.version,
    )


def _validated(session: Session, data: ResultData, today: date) -> dict:
    title = (data.title or "").strip()
    if not title:
        raise ValidationError(Msg("Give the title of the paper, patent or other output."), field="title")
    try:
        kind = ResultKind(data.kind).value
    except ValueError:
        kinds = ", ".join(f"{label.lower()} ({k.value})" for k, label in KIND_LABELS.items())
        raise ValidationError(Msg("'{data_kind}' is not a kind of result; use one of: {kinds}.", data_kind=data.kind, kinds=kinds), field="kind") from None
    values = {"title": title, "kind": kind, "authors": (data.authors or "").strip(), "venue": (data.venue or "").strip(),
                  "patent_number": (data.patent_number or "").strip(), "cited_numbers": (data.cited_numbers or "").strip(),
                  "notes": (data.notes or "").strip(), "ack_confirmed": bool(data.ack_confirmed)}
    try:
        values["doi"] = normalise_doi(data.doi)
    except ValueError:
        raise ValidationError(doi_problem(data.doi), field="doi") from None
    for key, limit in LIMITS.items():
        if len(values[key]) > limit:
            raise ValidationError(Msg("The {FIELD_NAMES} is {count} characters long; at most {limit} fit.", FIELD_NAMES=FIELD_NAMES[key], count=len(values[key]), limit=limit),
                                  field=key)
    published, reported = data.published_on, data.reported_on
    for value, key, what in ((published, "published_on", Msg("publication date")),
                             (reported, "reported_on", Msg("date reported to CLEP"))):
        if value is not None and not isinstance(value, date):
            raise ValidationError(Msg("Give the {what} as a date.", what=what), field=key)
        if value is not None and value > today:
            raise ValidationError(Msg("The {what} {value} is in the future (today is {today}).", what=what, value=value, today=today),
                                  field=key)
    if published is not None and reported is not None and reported < published:
        raise ValidationError(
            Msg(
                "The date reported to CLEP ({reported}) is before the publication date ({published}): an output "
                "is reported once it is published.",
                reported=reported, published=published), field="reported_on")
    if data.institution_id is not None and session.get(Institution, data.institution_id) is None:
        raise NotFoundError(Msg("The institution chosen no longer exists; choose it again."))
    if data.responsible_person_id is not None and session.get(Person, data.responsible_person_id) is None:
        raise NotFoundError(Msg("The person chosen no longer exists; choose them again."))
    values.update(published_on=published, reported_on=reported, institution_id=data.institution_id,
                  responsible_person_id=data.responsible_person_id)
    return values


def _loans(session: Session, loan_ids) -> list[Loan]:
    out = []
    for loan_id in dict.fromkeys(loan_ids or ()):
        loan = session.get(Loan, loan_id)
        if loan is None:
            raise NotFoundError(Msg("A loan chosen for this result no longer exists; choose the loans again."))
        out.append(loan)
    return out


def _fill_from_loans(values: dict, loans: list[Loan]) -> None:
    """The borrower and responsible person default to the first linked loan's."""
    if loans and values.get("institution_id") is None:
        values["institution_id"] = loans[0].institution_id
    if loans and values.get("responsible_person_id") is None:
        values["responsible_person_id"] = loans[0].responsible_person_id


def create_result(session: Session, data: ResultData, *, today: date) -> ResultReport:
    """Record a new output (with its linked loans)."""
    values = _validated(session, data, today)
    loans = _loans(session, data.loan_ids)
    _fill_from_loans(values, loans)
    result = ResultReport(**values)
    session.add(result)
    session.flush()
    for loan in loans:
        session.add(ResultReportLoan(result_id=result.id, loan_id=loan.id))
    session.flush()
    return result


def update_result(session: Session, result_id: uuid.UUID, data: ResultData, *, today: date) -> ResultReport:
    """Save the editor's values; the linked loans become exactly ``data.loan_ids``."""
    result = get_result(session, result_id)
    check_version(session, result, data.version)
    values = _validated(session, data, today)
    loans = _loans(session, data.loan_ids)
    _fill_from_loans(values, loans)
    for key, value in values.items():
        if getattr(result, key) != value:
            setattr(result, key, value)
    set_loans(session, result.id, [loan.id for loan in loans])
    session.flush()
    return result


def delete_result(session: Session, result_id: uuid.UUID) -> None:
    """Move the report (with its loan links and attached files' rows) to the recycle bin."""
    result = get_result(session, result_id)
    children = list(session.scalars(select(ResultReportLoan).where(ResultReportLoan.result_id == result.id)))
    children += result_files(session, result.id)
    recycle_bin.discard(session, result, f"{kind_label(result.kind)} '{result.title}'", children=children)


# --- loans -------------------------------------------------------------------------------------------------


def result_loans(session: Session, result_id: uuid.UUID) -> list[Loan]:
    q = (select(Loan).join(ResultReportLoan, ResultReportLoan.loan_id == Loan.id)
         .where(ResultReportLoan.result_id == result_id).order_by(Loan.agreement_number))
    return list(session.scalars(q))


def link_loan(session: Session, result_id: uuid.UUID, loan_id: uuid.UUID) -> ResultReportLoan:
    result = get_result(session, result_id)
    (loan,) = _loans(session, [loan_id])
    existing = session.scalars(select(ResultReportLoan).where(
        ResultReportLoan.result_id == result.id, ResultReportLoan.loan_id == loan.id)).first()
    if existing is not None:
        raise ValidationError(Msg("'{result_title}' is already linked to {agreement_number}.", result_title=result.title, agreement_number=loan.agreement_number), field="loans")
    link = ResultReportLoan(result_id=result.id, loan_id=loan.id)
    session.add(link)
    values = {"institution_id": result.institution_id, "responsible_person_id": result.responsible_person_id}
    _fill_from_loans(values, [loan])
    for key, value in values.items():
        if getattr(result, key) != value:
            setattr(result, key, value)
    session.flush()
    return link


def unlink_loan(session: Session, result_id: uuid.UUID, loan_id: uuid.UUID) -> None:
    link = session.scalars(select(ResultReportLoan).where(
        ResultReportLoan.result_id == result_id, ResultReportLoan.loan_id == loan_id)).first()
    if link is None:
        raise NotFoundError(Msg("That loan is not linked to this result (any more); the view will be refreshed."))
    session.delete(link)
    session.flush()


def set_loans(session: Session, result_id: uuid.UUID, loan_ids: list[uuid.UUID]) -> None:
    wanted = list(dict.fromkeys(loan_ids))
    links = {x.loan_id: x for x in session.scalars(select(ResultReportLoan).where(ResultReportLoan.result_id == result_id))}
    for loan_id, link in links.items():
        if loan_id not in wanted:
            session.delete(link)
    for loan in _loans(session, [x for x in wanted if x not in links]):
        session.add(ResultReportLoan(result_id=result_id, loan_id=loan.id))
    session.flush()


# --- the PDF -----------------------------------------------------------------------------------------------


def result_files(session: Session, result_id: uuid.UUID) -> list[Attachment]:
    return att_service.attachments_of(session, OWNER, result_id)


def _looks_like_pdf(path: Path) -> bool:
    try:
        with Path(path).open("rb") as fh:
            return b"%PDF-" in fh.read(1024)
    except OSError:
        return False


def refresh_acknowledgement(session: Session, attachments_dir: Path, result: ResultReport) -> bool | None:
    """Look for the acknowledgement in every attached PDF again and cache it in ``ack_in_file``:
    True if one has it, False if those with text do not, None without a readable PDF."""
    found: bool | None = None
    for att in result_files(session, result.id):
        if not is_pdf(att):
            continue
        path = att_service.attachment_path(attachments_dir, att)
        here = acknowledgement_in_pdf(path) if path.is_file() else None
        if here:
            found = True
            break
        if here is False:
            found = False
    if result.ack_in_file != found:
        result.ack_in_file = found
        session.flush()
    return found


def attach_pdf(session: Session, attachments_dir: Path, result_id: uuid.UUID, source: Path) -> Attachment:
    """Attach the PDF of the output and look for the acknowledgement in its text."""
    result = get_result(session, result_id)
    source = Path(source)
    if source.is_file() and source.stat().st_size > 0 and not _looks_like_pdf(source):
        raise ValidationError(Msg(
            "{source_name} is not a PDF: attach the paper (or patent, thesis, report) as a PDF file.",
            source_name=source.name),
                              field="file")
    att = att_service.store_attachment(session, attachments_dir, source, owner_table=OWNER, owner_id=result.id,
                                       kind=AttachmentKind.OTHER.value)
    refresh_acknowledgement(session, attachments_dir, result)
    return att


def remove_file(session: Session, attachments_dir: Path, attachment_id: uuid.UUID) -> None:
    """Take a file off the report (to the recycle bin); the acknowledgement is looked up again."""
    att = att_service.get_attachment(session, attachment_id)
    if att.owner_table != OWNER:
        raise NotFoundError(Msg("That file does not belong to a result report; the view will be refreshed."))
    result = get_result(session, att.owner_id)
    recycle_bin.discard(session, att, f"{att.name} ({result.title})", parent=result)
    refresh_acknowledgement(session, attachments_dir, result)


# The compliance check and the lists live beside this module; importing them here keeps
# ``from lunar_desk.services.results import compliance, overdue_for`` working.
from lunar_desk.services.result_compliance import (
    AckCheck,
    Compliance,
    DeadlineCheck,
    NumbersCheck,
    UnknownNumber,
    compliance,
)
from lunar_desk.services.result_overdue import (
    OverdueResult,
    overdue_for,
    results_owed_after_months,
    set_results_owed_after_months,
)
from lunar_desk.services.results_view import (
    DueResult,
    ResultFilter,
    ResultRow,
    list_results,
    reports_due,
)

__all__ = [
    "AckCheck", "Compliance", "DeadlineCheck", "DueResult", "NumbersCheck", "OverdueResult", "ResultData",
    "ResultFilter", "ResultRow", "UnknownNumber", "attach_pdf", "compliance", "create_result", "delete_result",
    "get_result", "link_loan", "list_results", "overdue_for", "remove_file", "reports_due", "result_data",
    "result_files", "result_loans", "results_owed_after_months", "set_loans", "set_results_owed_after_months",
    "unlink_loan", "update_result",
]
