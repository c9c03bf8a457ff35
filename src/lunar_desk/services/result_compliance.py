"""Whether a result report complies: the three ticks of the Results tab.

:func:`compliance` is the one place the rules are applied (see
:mod:`~lunar_desk.services.results` for what each tick means).  A
:class:`Checker` caches what several reports share (the loans' sample
numbers, the catalogue), so a list of reports is checked without asking the
database the same thing twice.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Attachment, Loan, LoanItem, Sample
from lunar_desk.db.models_results import ResultReport, ResultReportLoan
from lunar_desk.errors import NotFoundError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.services.result_rules import (
    ACKNOWLEDGEMENT,
    candidate_patterns,
    is_pdf,
    near_misses,
    report_due_on,
    split_numbers,
)

CANDIDATE_LIMIT = 20_000  # catalogue numbers compared with one unknown number at most


@dataclass(frozen=True)
class AckCheck:
    ok: bool
    source: str  # "file": found in the attached PDF; "officer": confirmed by the officer; "": neither
    text: str


@dataclass(frozen=True)
class UnknownNumber:
    """A cited number that is not one of the linked loans' samples."""

    number: str
    suggestions: tuple[str, ...]  # what it most likely meant, best first
    note: str  # "not in the catalogue", "lent under LSA-2026-002, which is not linked to this result", …


@dataclass(frozen=True)
class NumbersCheck:
    ok: bool
    cited: tuple[str, ...]
    unknown: tuple[UnknownNumber, ...]
    text: str


@dataclass(frozen=True)
class DeadlineCheck:
    """Reported to CLEP within three months of publication."""

    ok: bool | None  # None: not due yet, or no publication date entered
    state: str  # "in_time", "late", "overdue", "pending", "no_date"
    due_on: date | None
    reported_on: date | None
    days_late: int | None = None  # reported this many days after the due date
    days_overdue: int | None = None  # not reported, this many days past the due date
    days_left: int | None = None  # not reported, this many days until the due date
    text: str = ""


@dataclass(frozen=True)
class Compliance:
    result_id: uuid.UUID
    acknowledgement: AckCheck
    samples: NumbersCheck
    reporting: DeadlineCheck

    @property
    def ok(self) -> bool:
        return self.acknowledgement.ok and self.samples.ok and self.reporting.ok is True

    @property
    def problems(self) -> list[str]:
        out = [c.text for c in (self.acknowledgement, self.samples) if not c.ok]
        if self.reporting.ok is False:
            out.append(self.reporting.text)
        return out


def days_text(n: int) -> Msg:
    return Msg("{n} day", n=n) if n == 1 else Msg("{n} days", n=n)


def _either(items: tuple[str, ...] | list[str]) -> str:
    """``A or B or C``, each ``or`` translatable."""
    out: str = items[0]
    for item in items[1:]:
        out = Msg("{first} or {second}", first=out, second=item)
    return out


def check_acknowledgement(result: ResultReport, files: list[Attachment]) -> AckCheck:
    pdfs = [a.name for a in files if is_pdf(a)]
    found = result.ack_in_file if pdfs else None
    where = pdfs[0] if len(pdfs) == 1 else Msg("the {n} attached PDFs", n=len(pdfs))
    if found:
        return AckCheck(True, "file", Msg("The acknowledgement is in {where}.", where=where))
    if found is False:
        if result.ack_confirmed:
            return AckCheck(True, "officer", Msg("Not found in the text of {where}; confirmed by the officer "
                                                 "(e.g. printed as an image).", where=where))
        return AckCheck(False, "", Msg("The statement \u201c{statement}\u201d is not in the text of {where}.",
                                       statement=ACKNOWLEDGEMENT, where=where))
    if result.ack_confirmed:
        if pdfs:
            return AckCheck(True, "officer", Msg("Confirmed by the officer ({where} has no readable text).",
                                                 where=where))
        return AckCheck(True, "officer", Msg("Confirmed by the officer."))
    if len(pdfs) == 1:
        return AckCheck(False, "", Msg("{name} has no readable text (a scan?): read it and confirm the "
                                       "acknowledgement by hand.", name=where))
    if pdfs:
        return AckCheck(False, "", Msg("The {n} attached PDFs have no readable text (scans?): read them and "
                                       "confirm the acknowledgement by hand.", n=len(pdfs)))
    return AckCheck(False, "", Msg("No PDF attached and the acknowledgement is not confirmed: attach the paper or "
                                   "confirm the statement by hand."))


def check_deadline(published: date | None, reported: date | None, today: date) -> DeadlineCheck:
    if published is None:
        return DeadlineCheck(None, "no_date", None, reported, text=Msg("No publication date entered yet."))
    due = report_due_on(published)
    if reported is not None:
        if reported <= due:
            return DeadlineCheck(True, "in_time", due, reported,
                                 text=Msg("Reported on {reported}, within three months (due {due}).",
                                          reported=reported, due=due))
        late = (reported - due).days
        return DeadlineCheck(False, "late", due, reported, days_late=late,
                             text=Msg("Reported {days} late: on {reported}, due {due}.",
                                      days=days_text(late), reported=reported, due=due))
    if today > due:
        over = (today - due).days
        return DeadlineCheck(False, "overdue", due, None, days_overdue=over,
                             text=Msg("Not reported to CLEP: overdue by {days} (due {due}).",
                                      days=days_text(over), due=due))
    left = (due - today).days
    return DeadlineCheck(None, "pending", due, None, days_left=left,
                         text=Msg("To be reported to CLEP by {due} ({days} left).", due=due, days=days_text(left)))


class Checker:
    """Checks reports as of ``today``, caching what reports share."""

    def __init__(self, session: Session, today: date, *, suggest: bool = True) -> None:
        """``suggest=False`` (lists): unknown numbers are flagged without looking for what they meant
        or which other loan lent them; one report's check (:func:`compliance`) does both."""
        self.session = session
        self.today = today
        self.suggest = suggest
        self._in_catalogue: dict[str, bool] = {}
        self._loan_numbers: dict[uuid.UUID, frozenset[str]] = {}

    def loan_numbers(self, loan_id: uuid.UUID) -> frozenset[str]:
        """The numbers a borrower may cite for a loan: each lent record, the samples it was split
        from (up to the released sample), and any split made of it since."""
        cached = self._loan_numbers.get(loan_id)
        if cached is not None:
            return cached
        s = self.session
        lent = list(s.scalars(select(Sample).join(LoanItem, LoanItem.sample_id == Sample.id)
                              .where(LoanItem.loan_id == loan_id)))
        numbers = {x.sample_number for x in lent}
        for sample in lent:
            parent_id, seen = sample.parent_id, set()
            while parent_id is not None and parent_id not in seen:
                seen.add(parent_id)
                parent = s.get(Sample, parent_id)
                if parent is None:
                    break
                numbers.add(parent.sample_number)
                parent_id = parent.parent_id
        frontier = [x.id for x in lent]
        while frontier:
            kids = list(s.execute(select(Sample.id, Sample.sample_number).where(Sample.parent_id.in_(frontier))))
            numbers.update(n for _, n in kids)
            frontier = [i for i, _ in kids]
        result = self._loan_numbers[loan_id] = frozenset(numbers)
        return result

    def prefetch(self, numbers: list[str], chunk: int = 500) -> None:
        """Learn at once which of ``numbers`` are in the catalogue (a list checks many reports)."""
        todo = [n for n in dict.fromkeys(numbers) if n not in self._in_catalogue]
        for i in range(0, len(todo), chunk):
            part = todo[i:i + chunk]
            found = set(self.session.scalars(select(Sample.sample_number).where(Sample.sample_number.in_(part))))
            self._in_catalogue.update((n, n in found) for n in part)

    def in_catalogue(self, number: str) -> bool:
        if number not in self._in_catalogue:
            self.prefetch([number])
        return self._in_catalogue[number]

    def _catalogue_candidates(self, number: str) -> list[str]:
        q = select(Sample.sample_number)
        patterns = candidate_patterns(number)
        if patterns is not None:
            q = q.where(or_(*(Sample.sample_number.like(p, escape="\\") for p in patterns)))
        return list(self.session.scalars(q.limit(CANDIDATE_LIMIT)))

    def _lent_under(self, number: str, linked: set[uuid.UUID]) -> list[str]:
        """Agreements (other than the linked ones) that lent this sample or a split of it."""
        sample = self.session.scalars(select(Sample).where(Sample.sample_number == number)).first()
        if sample is None:
            return []
        q = (select(Loan.agreement_number, Loan.id).join(LoanItem, LoanItem.loan_id == Loan.id)
             .join(Sample, Sample.id == LoanItem.sample_id)
             .where(or_(Sample.id == sample.id, Sample.parent_id == sample.id)).order_by(Loan.agreement_number))
        return [n for n, i in dict(self.session.execute(q).all()).items() if i not in linked]

    def _unknown(self, number: str, allowed: frozenset[str], linked: set[uuid.UUID]) -> UnknownNumber:
        in_catalogue = self.in_catalogue(number)
        if not self.suggest:
            return UnknownNumber(number, (), Msg("in the catalogue, not lent under the linked loans") if in_catalogue
                                 else Msg("not in the catalogue"))
        suggestions = near_misses(number, allowed)
        if not suggestions and not in_catalogue:
            suggestions = near_misses(number, self._catalogue_candidates(number))
        if in_catalogue:
            others = self._lent_under(number, linked)
            note = (Msg("in the catalogue, lent under {loans}, which is not linked to this result",
                        loans=", ".join(others))
                    if others else Msg("in the catalogue, but not lent under the linked loans"))
        else:
            note = Msg("not in the catalogue")
        return UnknownNumber(number, tuple(suggestions), note)

    def numbers(self, result: ResultReport, loan_ids: list[uuid.UUID]) -> NumbersCheck:
        cited = tuple(split_numbers(result.cited_numbers))
        if not cited:
            return NumbersCheck(False, cited, (), Msg("No sample numbers cited: every output cites the samples it used."))
        allowed = frozenset().union(*(self.loan_numbers(i) for i in loan_ids)) if loan_ids else frozenset()
        unknown = tuple(self._unknown(n, allowed, set(loan_ids)) for n in cited if n not in allowed)
        if not unknown:
            if len(cited) == 1:
                text = (Msg("The cited number belongs to the linked loan.") if len(loan_ids) == 1
                        else Msg("The cited number belongs to the linked loans."))
            else:
                text = (Msg("All {n} cited numbers belong to the linked loan.", n=len(cited)) if len(loan_ids) == 1
                        else Msg("All {n} cited numbers belong to the linked loans.", n=len(cited)))
            return NumbersCheck(True, cited, (), text)
        parts = MsgList((Msg("{number} ({note}; did you mean {suggestions}?)", number=u.number, note=u.note,
                             suggestions=_either(u.suggestions)) if u.suggestions
                         else Msg("{number} ({note})", number=u.number, note=u.note)) for u in unknown)
        if not loan_ids:
            text = Msg("No loan is linked, so no cited number can be checked: {numbers}.", numbers=parts)
        elif len(unknown) == 1:
            text = Msg("1 cited number not in the linked loans: {numbers}.", numbers=parts)
        else:
            text = Msg("{n} cited numbers not in the linked loans: {numbers}.", n=len(unknown), numbers=parts)
        return NumbersCheck(False, cited, unknown, text)

    def check(self, result: ResultReport, loan_ids: list[uuid.UUID] | None = None,
              files: list[Attachment] | None = None) -> Compliance:
        s = self.session
        if loan_ids is None:
            loan_ids = list(s.scalars(select(ResultReportLoan.loan_id).where(ResultReportLoan.result_id == result.id)))
        if files is None:
            files = list(s.scalars(select(Attachment).where(Attachment.owner_table == "result_report",
                                                            Attachment.owner_id == result.id)))
        return Compliance(
            result_id=result.id,
            acknowledgement=check_acknowledgement(result, files),
            samples=self.numbers(result, loan_ids),
            reporting=check_deadline(result.published_on, result.reported_on, self.today),
        )


def compliance(session: Session, result_id: uuid.UUID, today: date) -> Compliance:
    """The three compliance checks of one result report, as of ``today``."""
    result = session.get(ResultReport, result_id)
    if result is None:
        raise NotFoundError(Msg("That result report no longer exists; the list will be refreshed."))
    return Checker(session, today).check(result)
