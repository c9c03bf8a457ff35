"""The plain rules behind a result report's compliance, without a database.

* :func:`normalise_doi`: what a DOI looks like (``10.<registrant>/<suffix>``,
  also accepted as a ``doi.org`` link or with a ``doi:`` prefix).
* :func:`acknowledgement_in_text` / :func:`pdf_text`: the CNSA
  acknowledgement in a paper's text, tolerant of line breaks, hyphenation at
  line ends ("Adminis-\\ntration"), case, extra spaces and ligatures.
* :func:`split_numbers` and :func:`near_misses`: sample numbers as a paper
  cites them, and the numbers a typo most likely meant.
* :func:`report_due_on`: reported to CLEP within three calendar months of
  publication, the day clamped to the month's end (30 Nov → 28/29 Feb).
"""

from __future__ import annotations

import difflib
import logging
import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from pathlib import Path

from lunar_desk.services.loans import add_months
from lunar_desk.services.query import like_escape
from lunar_desk.messages import Msg

ACKNOWLEDGEMENT = "Lunar samples provided by the China National Space Administration (CNSA)"
REPORT_MONTHS = 3  # DOMAIN.md: every output is reported to CLEP within three months of publication
DOI_EXAMPLE = "10.1038/s41586-021-04100-2"

_DOI = re.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")
_DOI_PREFIX = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)
_NUMBER_SEPARATORS = re.compile(r"[,;\s，；、]+")
_NUMBER_TRIM = "()[]{}.:'\"“”‘’<>"


def normalise_doi(text: str) -> str:
    """The DOI in ``text`` as ``10.xxxx/suffix`` ("" for blank); ValueError if it is not a DOI."""
    doi = (text or "").strip()
    if not doi:
        return ""
    doi = _DOI_PREFIX.sub("", doi).strip()
    if not _DOI.match(doi):
        raise ValueError(doi)
    return doi


def doi_problem(text: str) -> str:
    """What an officer is told when ``text`` is not a DOI."""
    return Msg("'{text}' is not a DOI. A DOI starts with 10., the publisher's number and a slash, "
               "then the item's own part, e.g. {example} (a https://doi.org/… link is accepted too).",
               text=text.strip(), example=DOI_EXAMPLE)


# --- the acknowledgement --------------------------------------------------------------------------------


def _letters(text: str) -> str:
    """Only the letters and digits of ``text``, case-folded: line breaks, spaces, hyphens at line
    ends (and any other punctuation) no longer matter; ligatures (ﬁ) become their letters."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return "".join(c for c in text if c.isalnum())


_ACK_KEY = _letters(ACKNOWLEDGEMENT)


def acknowledgement_in_text(text: str, statement: str = ACKNOWLEDGEMENT) -> bool:
    """True when ``text`` carries the acknowledgement, however it was broken into lines.

    The comparison is on letters and digits only: "Lunar samples provided by the China National
    Space Adminis-\\ntration (CNSA)" matches, "…Space Agency…" or a missing "(CNSA)" do not.
    """
    key = _ACK_KEY if statement == ACKNOWLEDGEMENT else _letters(statement)
    return bool(key) and key in _letters(text or "")


class PdfTextError(Exception):
    """The PDF could not be read (damaged, encrypted, not a PDF)."""


def pdf_text(path: Path, *, max_pages: int = 300) -> str:
    """The text of a PDF (pages joined by newlines), as pypdf extracts it.

    Raises :class:`PdfTextError` when the file cannot be read.  A scanned paper yields "".
    """
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # a slightly odd PDF is not the officer's problem
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                reader.decrypt("")
            except Exception as exc:
                raise PdfTextError("it is password-protected") from exc
        parts = []
        for page in reader.pages[:max_pages]:
            parts.append(page.extract_text() or "")
        return "\n".join(parts)
    except PdfTextError:
        raise
    except (PdfReadError, OSError, ValueError, KeyError, TypeError) as exc:
        raise PdfTextError(str(exc) or type(exc).__name__) from exc
    except Exception as exc:
        raise PdfTextError(str(exc) or type(exc).__name__) from exc


def is_pdf(att) -> bool:
    """True for an attachment (any object with ``name`` and ``mime_type``) that is a PDF."""
    return att.mime_type == "application/pdf" or att.name.lower().endswith(".pdf")


def acknowledgement_in_pdf(path: Path) -> bool | None:
    """True/False when the PDF has text; None when it has none (a scan) or cannot be read."""
    try:
        text = pdf_text(path)
    except PdfTextError:
        return None
    if not _letters(text):
        return None
    return acknowledgement_in_text(text)


# --- cited sample numbers ------------------------------------------------------------------------------


def split_numbers(text: str) -> list[str]:
    """Sample numbers as typed or pasted: split on commas, semicolons, spaces and new lines
    (also the Chinese comma and enumeration comma), surrounding brackets and full stops removed,
    each number once, in the order given."""
    out: list[str] = []
    for token in _NUMBER_SEPARATORS.split(text or ""):
        token = token.strip(_NUMBER_TRIM)
        if token and token not in out:
            out.append(token)
    return out


def near_misses(number: str, candidates: Iterable[str], *, n: int = 3, cutoff: float = 0.8) -> list[str]:
    """The candidates ``number`` most likely meant (a typo, a swapped pair, a missing digit), best first."""
    pool = {c.upper(): c for c in candidates}
    pool.pop(number.upper(), None)
    return [pool[m] for m in difflib.get_close_matches(number.upper(), list(pool), n=n, cutoff=cutoff)]


def candidate_patterns(number: str) -> list[str] | None:
    """LIKE patterns that every number one typo away from ``number`` matches (a pre-filter of a
    large catalogue before the close comparison): cut in three parts, one substituted, swapped,
    inserted or dropped character leaves the start, the end, or both in place.  None for numbers too short to cut usefully (compare with everything)."""
    if len(number) < 9:
        return None
    n = len(number)
    a, b = n // 3, 2 * n // 3
    first, middle, last = like_escape(number[:a]), like_escape(number[a:b]), like_escape(number[b:])
    return [first + middle + "%", first + "%" + last, "%" + middle + last]


# --- the three-month rule ---------------------------------------------------------------------------


def report_due_on(published_on: date, months: int = REPORT_MONTHS) -> date:
    """The last day to report an output to CLEP: ``months`` calendar months after publication,
    clamped to the month's end (published 30 Nov → due 28 Feb, or 29 Feb in a leap year)."""
    return add_months(published_on, months)
