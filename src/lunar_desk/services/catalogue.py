"""The catalogue: released samples, their splits and the mass ledger.

Ledger rules (one place):

* a sample with children: ``mass = Σ children.mass + consumed + lost``
  within the tolerance setting (default 0 µg);
* a leaf: what it holds is ``mass - consumed - lost`` and never negative.

Every function here changes the database inside the caller's session (one
user action = one transaction) and raises :class:`LedgerError` or
:class:`ValidationError` before anything is written when a rule would break.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import and_, case, func, literal_column, or_, select
from sqlalchemy.orm import Session, aliased

from lunar_desk.db.locking import check_version
from lunar_desk.db.models import (
    Mission,
    Preparation,
    ReleaseBatch,
    ReleaseBatchMission,
    Sample,
    SampleStatus,
    SamplingMode,
    UseClass,
)
from lunar_desk.errors import LedgerError, NotFoundError, ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services.mass import format_mass
from lunar_desk.services.query import contains
from lunar_desk.services.settings import ledger_tolerance_ug

# Sample numbers as cited in papers: CE5C0400YJFM00406 = mission, C/Z
# (scooped/drilled), container and preparation codes, serial.  Unfamiliar
# patterns are accepted with a warning, never refused.
SAMPLE_NUMBER_PATTERN = re.compile(r"^CE\d[CZ]\d{4}[A-Z]{2,6}\d{3,6}$")
_SAMPLE_NUMBER_CHARS = re.compile(r"^[A-Za-z0-9._/\-]+$")

STATUS_LABELS = {
    SampleStatus.AVAILABLE: "Available",
    SampleStatus.RESERVED: "Reserved",
    SampleStatus.ON_LOAN: "On loan",
    SampleStatus.CONSUMED: "Consumed",
    SampleStatus.RETURNED: "Returned to CLEP",
    SampleStatus.LOST: "Lost",
    SampleStatus.SPLIT: "Split",
}
PREPARATION_LABELS = {
    Preparation.POWDER: "Powder",
    Preparation.ROCK_CHIP: "Rock chip",
    Preparation.THIN_SECTION: "Thin section",
    Preparation.OTHER: "Other",
}
SAMPLING_LABELS = {SamplingMode.SCOOPED: "Scooped", SamplingMode.DRILLED: "Drilled", SamplingMode.UNKNOWN: "Unknown"}
USE_CLASS_LABELS = {
    UseClass.RESEARCH: "Research",
    UseClass.PUBLIC_BENEFIT: "Public benefit",
    UseClass.PERMANENT: "Permanently stored",
    UseClass.PERMANENT_BACKUP: "Permanent backup",
}
# What the database columns can hold: masses are 64-bit integers (µg), counts 32-bit.
MAX_MASS_UG = 2**63 - 1
MAX_COUNT = 2**31 - 1
# Retiring ends a leaf's life in the catalogue; the remaining mass is accounted accordingly.
RETIRE_STATUSES = (SampleStatus.CONSUMED, SampleStatus.RETURNED, SampleStatus.LOST)


def _enum_value(enum, value, what: str, field_name: str) -> str:
    try:
        return enum(value).value
    except ValueError:
        allowed = ", ".join(e.value for e in enum)
        raise ValidationError(Msg("'{value}' is not a known {what}; use one of: {allowed}.", value=value, what=what, allowed=allowed), field=field_name) from None


def check_sample_number(number: str) -> tuple[str, str | None]:
    """Normalise (trim) a sample number; return it and a warning if its pattern is unfamiliar."""
    text = (number or "").strip()
    if not text:
        raise ValidationError(Msg("A sample number is required."), field="sample_number")
    if len(text) > 60:
        raise ValidationError(Msg("Sample number '{text}…' is longer than 60 characters.", text=text[:20]), field="sample_number")
    if not _SAMPLE_NUMBER_CHARS.match(text):
        raise ValidationError(
            Msg("Sample number '{text}' contains spaces or symbols; use letters, digits, '-', '_', '.', '/'.", text=text),
            field="sample_number",
        )
    warning = None
    if not SAMPLE_NUMBER_PATTERN.match(text):
        warning = Msg("'{text}' does not look like a CLEP sample number (e.g. CE5C0400YJFM00406); check it before "
                      "saving.", text=text)
    return text, warning


# --- reference lookups --------------------------------------------------------


def missions(session: Session) -> list[Mission]:
    return list(session.scalars(select(Mission).order_by(Mission.code)))


def mission_by_code(session: Session, code: str) -> Mission:
    key = re.sub(r"[\s\-_]", "", code or "").upper()
    for m in missions(session):
        if key in (re.sub(r"[\s\-_]", "", m.code).upper(), m.prefix.upper()):
            return m
    known = ", ".join(m.code for m in missions(session))
    raise ValidationError(Msg("'{code}' is not a known mission; known missions: {known}.", code=code, known=known), field="mission")


def batches(session: Session) -> list[ReleaseBatch]:
    return list(session.scalars(select(ReleaseBatch).order_by(ReleaseBatch.number)))


def batch_by_number(session: Session, number: int) -> ReleaseBatch | None:
    return session.scalars(select(ReleaseBatch).where(ReleaseBatch.number == number)).first()


def create_batch(
    session: Session,
    number: int,
    *,
    title: str = "",
    mission_codes: list[str] | None = None,
    announced_on: date | None = None,
    deadline: date | None = None,
    notes: str = "",
) -> ReleaseBatch:
    if number <= 0:
        raise ValidationError(Msg("A release batch number is a positive whole number."), field="number")
    if batch_by_number(session, number) is not None:
        raise ValidationError(Msg("Release batch {number} already exists.", number=number), field="number")
    if announced_on and deadline and deadline < announced_on:
        raise ValidationError(Msg("The application deadline is before the announcement date."), field="deadline")
    batch = ReleaseBatch(number=number, title=title or f"Batch {number}", announced_on=announced_on, deadline=deadline, notes=notes)
    session.add(batch)
    session.flush()  # the batch row must exist before its mission links
    for code in mission_codes or []:
        session.add(ReleaseBatchMission(batch_id=batch.id, mission_id=mission_by_code(session, code).id))
    session.flush()
    return batch


def batch_missions(session: Session, batch_id: uuid.UUID) -> list[Mission]:
    q = select(Mission).join(ReleaseBatchMission, ReleaseBatchMission.mission_id == Mission.id).where(
        ReleaseBatchMission.batch_id == batch_id
    )
    return list(session.scalars(q.order_by(Mission.code)))


# --- samples ----------------------------------------------------------------


def get_sample(session: Session, sample_id: uuid.UUID) -> Sample:
    sample = session.get(Sample, sample_id)
    if sample is None:
        raise NotFoundError(Msg("That sample no longer exists; the list will be refreshed."))
    return sample


def find_sample(session: Session, number: str) -> Sample | None:
    """Exact lookup by sample number (after trimming)."""
    return session.scalars(select(Sample).where(Sample.sample_number == (number or "").strip())).first()


def children(session: Session, sample_id: uuid.UUID) -> list[Sample]:
    return list(session.scalars(select(Sample).where(Sample.parent_id == sample_id).order_by(Sample.sample_number)))


def held_ug(sample: Sample) -> int:
    """Mass physically held by this record (0 for a split parent: its children hold it)."""
    if sample.status == SampleStatus.SPLIT:
        return 0
    if sample.status in (SampleStatus.CONSUMED, SampleStatus.LOST, SampleStatus.RETURNED):
        return 0
    return sample.mass_ug - sample.consumed_ug - sample.lost_ug


def remaining_ug(sample: Sample) -> int:
    """For a leaf, the mass not yet consumed or lost."""
    return sample.mass_ug - sample.consumed_ug - sample.lost_ug


@dataclass
class SampleData:
    """Fields an officer (or an import row) gives for a sample."""

    sample_number: str
    mission_code: str
    mass_ug: int
    batch_number: int | None = None
    sampling_mode: str = SamplingMode.UNKNOWN.value
    preparation: str = Preparation.POWDER.value
    use_class: str = UseClass.RESEARCH.value
    pieces: int | None = None
    location: str = ""
    notes: str = ""


def check_sample_values(mass_ug: int | None, pieces: int | None, preparation: str) -> str:
    """The database-free rules of a sample's recorded values; returns the preparation value.

    Raises :class:`ValidationError` (with ``field``) on the first broken rule.
    Shared by the sample form and the release-list import.
    """
    if mass_ug is None or mass_ug < 0:
        raise ValidationError(Msg("The mass cannot be negative."), field="mass")
    if mass_ug == 0:
        raise ValidationError(Msg("A sample needs a mass greater than zero."), field="mass")
    if mass_ug > MAX_MASS_UG:
        raise ValidationError(Msg("A mass of {mass_ug} is far beyond any sample; check the number and its unit.", mass_ug=format_mass(mass_ug, 'g')),
                              field="mass")
    if pieces is not None and pieces < 0:
        raise ValidationError(Msg("The piece count cannot be negative."), field="pieces")
    if pieces is not None and pieces > MAX_COUNT:
        raise ValidationError(Msg("{pieces:,} pieces is more than the catalogue can record; check the number.", pieces=pieces), field="pieces")
    prep = _enum_value(Preparation, preparation, Msg("preparation"), "preparation")
    if prep in (Preparation.ROCK_CHIP, Preparation.THIN_SECTION) and not pieces:
        raise ValidationError(
            Msg("Rock chips and thin sections are lent as whole pieces: give the piece count."), field="pieces"
        )
    return prep


def _validated_fields(session: Session, data: SampleData) -> dict:
    number, _warning = check_sample_number(data.sample_number)
    prep = check_sample_values(data.mass_ug, data.pieces, data.preparation)
    batch_id = None
    if data.batch_number is not None:
        batch = batch_by_number(session, data.batch_number)
        if batch is None:
            raise ValidationError(Msg("Release batch {batch_number} does not exist; create it first.", batch_number=data.batch_number), field="batch")
        batch_id = batch.id
    return dict(
        sample_number=number,
        mission_id=mission_by_code(session, data.mission_code).id,
        batch_id=batch_id,
        sampling_mode=_enum_value(SamplingMode, data.sampling_mode, Msg("sampling mode"), "sampling_mode"),
        preparation=prep,
        use_class=_enum_value(UseClass, data.use_class, Msg("use class"), "use_class"),
        mass_ug=int(data.mass_ug),
        pieces=data.pieces,
        location=(data.location or "").strip(),
        notes=data.notes or "",
    )


def create_sample(session: Session, data: SampleData) -> Sample:
    values = _validated_fields(session, data)
    if find_sample(session, values["sample_number"]) is not None:
        raise ValidationError(Msg("Sample {values} is already in the catalogue.", values=values['sample_number']), field="sample_number")
    sample = Sample(**values)
    session.add(sample)
    session.flush()
    return sample


def update_sample(
    session: Session, sample_id: uuid.UUID, data: SampleData, *, expected_version: int | None = None
) -> Sample:
    """Edit a sample's recorded fields; the ledger must still balance afterwards.  Refused when someone
    saved the sample since the form read ``expected_version`` (:class:`ConcurrentEditError`)."""
    sample = get_sample(session, sample_id)
    check_version(session, sample, expected_version)
    values = _validated_fields(session, data)
    if values["sample_number"] != sample.sample_number:
        other = find_sample(session, values["sample_number"])
        if other is not None and other.id != sample.id:
            raise ValidationError(Msg("Sample {values} is already in the catalogue.", values=values['sample_number']), field="sample_number")
    new_mass = values["mass_ug"]
    if new_mass != sample.mass_ug:
        _check_mass_change(session, sample, new_mass)
    for key, value in values.items():
        setattr(sample, key, value)
    session.flush()
    return sample


def mass_change_problem(session: Session, sample: Sample, new_mass: int) -> str | None:
    """Why changing ``sample``'s mass to ``new_mass`` would break the ledger, or None if it would not."""
    if new_mass == sample.mass_ug:
        return None
    try:
        _check_mass_change(session, sample, new_mass)
    except LedgerError as exc:
        return exc.message
    return None


def _check_mass_change(session: Session, sample: Sample, new_mass: int) -> None:
    tol = ledger_tolerance_ug(session)
    kids = children(session, sample.id)
    if kids:
        accounted = sum(k.mass_ug for k in kids) + sample.consumed_ug + sample.lost_ug
        if abs(new_mass - accounted) > tol:
            raise LedgerError(
                Msg(
                    "{sample_number} is split: its mass must equal its children ({sum}) + consumed "
                    "({consumed_ug}) + lost ({lost_ug}) = {accounted}; {new_mass} would leave a difference of "
                    "{value}.",
                    sample_number=sample.sample_number, sum=format_mass(sum(k.mass_ug for k in kids)), consumed_ug=format_mass(sample.consumed_ug), lost_ug=format_mass(sample.lost_ug), accounted=format_mass(accounted), new_mass=format_mass(new_mass), value=format_mass(new_mass - accounted))
            )
    elif new_mass < sample.consumed_ug + sample.lost_ug:
        raise LedgerError(
            Msg(
                "{sample_number}: {value} is already consumed or lost, so its mass cannot be {new_mass}.",
                sample_number=sample.sample_number, value=format_mass(sample.consumed_ug + sample.lost_ug), new_mass=format_mass(new_mass))
        )
    if sample.parent_id is not None:
        parent = get_sample(session, sample.parent_id)
        siblings = sum(k.mass_ug for k in children(session, parent.id) if k.id != sample.id)
        accounted = siblings + new_mass + parent.consumed_ug + parent.lost_ug
        if abs(parent.mass_ug - accounted) > tol:
            raise LedgerError(
                Msg(
                    "{sample_number} is a split of {sample_number_2} ({mass_ug}). With {new_mass} its parent "
                    "would account for {accounted} (children {value} + consumed {consumed_ug} + lost {lost_ug}), "
                    "a difference of {value_2}.",
                    sample_number=sample.sample_number, sample_number_2=parent.sample_number, mass_ug=format_mass(parent.mass_ug), new_mass=format_mass(new_mass), accounted=format_mass(accounted), value=format_mass(siblings + new_mass), consumed_ug=format_mass(parent.consumed_ug), lost_ug=format_mass(parent.lost_ug), value_2=format_mass(accounted - parent.mass_ug))
            )


@dataclass
class SplitPart:
    sample_number: str
    mass_ug: int
    pieces: int | None = None
    preparation: str | None = None  # defaults to the parent's
    location: str | None = None  # defaults to the parent's
    notes: str = ""


def split_sample(
    session: Session, parent_id: uuid.UUID, parts: list[SplitPart], *, lost_ug: int = 0, reason: str = ""
) -> list[Sample]:
    """Split what a sample holds into children; any split loss is recorded as lost.

    The parts plus the split loss must account for the parent's remaining mass
    exactly (within tolerance), so the ledger balances afterwards.
    """
    parent = get_sample(session, parent_id)
    if parent.status != SampleStatus.AVAILABLE:
        raise LedgerError(
            Msg("{sample_number} is {STATUS_LABELS!l}; only an available sample can be split.", sample_number=parent.sample_number, STATUS_LABELS=STATUS_LABELS[SampleStatus(parent.status)])
        )
    if not parts:
        raise ValidationError(Msg("Give at least one part to split into."), field="parts")
    if lost_ug < 0:
        raise ValidationError(Msg("The split loss cannot be negative."), field="lost")
    numbers = set()
    for i, part in enumerate(parts, start=1):
        number, _ = check_sample_number(part.sample_number)
        if number in numbers or number == parent.sample_number:
            raise ValidationError(Msg("Part {i}: sample number {number} is used twice.", i=i, number=number), field="sample_number")
        if find_sample(session, number) is not None:
            raise ValidationError(Msg("Part {i}: sample {number} is already in the catalogue.", i=i, number=number), field="sample_number")
        if part.mass_ug is None or part.mass_ug <= 0:
            raise ValidationError(Msg("Part {i} ({number}): give a mass greater than zero.", i=i, number=number), field="mass")
        numbers.add(number)
    available = remaining_ug(parent)
    total = sum(p.mass_ug for p in parts) + lost_ug
    tol = ledger_tolerance_ug(session)
    if abs(total - available) > tol:
        raise LedgerError(
            Msg(
                "{sample_number} holds {available}, but the parts ({sum}) plus split loss ({lost_ug}) come to "
                "{total}: a difference of {value}. The parts and loss must account for all of it.",
                sample_number=parent.sample_number, available=format_mass(available), sum=format_mass(sum(p.mass_ug for p in parts)), lost_ug=format_mass(lost_ug), total=format_mass(total), value=format_mass(total - available))
        )
    created = []
    for part in parts:
        number, _ = check_sample_number(part.sample_number)
        prep = _enum_value(Preparation, part.preparation or parent.preparation, Msg("preparation"), "preparation")
        child = Sample(
            sample_number=number,
            mission_id=parent.mission_id,
            batch_id=parent.batch_id,
            use_class=parent.use_class,
            sampling_mode=parent.sampling_mode,
            preparation=prep,
            mass_ug=part.mass_ug,
            pieces=part.pieces,
            location=parent.location if part.location is None else part.location,
            parent_id=parent.id,
            status=SampleStatus.AVAILABLE.value,
            notes=part.notes or (f"Split from {parent.sample_number}" + (f": {reason}" if reason else "")),
        )
        session.add(child)
        created.append(child)
    parent.lost_ug += lost_ug
    parent.status = SampleStatus.SPLIT.value
    session.flush()
    return created


def record_consumption(session: Session, sample_id: uuid.UUID, consumed_ug: int = 0, lost_ug: int = 0) -> Sample:
    """Account mass used up (destructive analysis) or lost from a leaf sample."""
    sample = get_sample(session, sample_id)
    if children(session, sample.id):
        raise LedgerError(Msg("{sample_number} is split; record consumption on the part that was used.", sample_number=sample.sample_number))
    if consumed_ug < 0 or lost_ug < 0:
        raise ValidationError(Msg("Consumed and lost masses cannot be negative."), field="mass")
    left = remaining_ug(sample)
    if consumed_ug + lost_ug > left:
        raise LedgerError(
            Msg(
                "{sample_number} holds {left}; {value} cannot be consumed or lost from it.",
                sample_number=sample.sample_number, left=format_mass(left), value=format_mass(consumed_ug + lost_ug))
        )
    sample.consumed_ug += consumed_ug
    sample.lost_ug += lost_ug
    if remaining_ug(sample) == 0:
        sample.status = (SampleStatus.LOST if sample.consumed_ug == 0 else SampleStatus.CONSUMED).value
    session.flush()
    return sample


def check_retirable(session: Session, sample_id: uuid.UUID) -> Sample:
    """The sample, when it can be retired (available or reserved, and not split); otherwise the refusal,
    so that the officer hears it before filling in the retirement."""
    sample = get_sample(session, sample_id)
    if sample.status not in (SampleStatus.AVAILABLE, SampleStatus.RESERVED):
        raise LedgerError(
            Msg(
                "{sample_number} is {STATUS_LABELS!l}; only an available or reserved sample can be retired here "
                "(loans are closed on the Loans tab).",
                sample_number=sample.sample_number, STATUS_LABELS=STATUS_LABELS[SampleStatus(sample.status)])
        )
    if children(session, sample.id):
        raise LedgerError(Msg("{sample_number} is split; retire its parts instead.", sample_number=sample.sample_number))
    return sample


def retire_sample(session: Session, sample_id: uuid.UUID, status: str, reason: str) -> Sample:
    """End a leaf sample's life: consumed, returned to CLEP, or lost (reason required)."""
    sample = get_sample(session, sample_id)
    target = SampleStatus(_enum_value(SampleStatus, status, Msg("status"), "status"))
    if target not in RETIRE_STATUSES:
        raise ValidationError(Msg("A sample can be retired only as consumed, returned to CLEP or lost."), field="status")
    if not (reason or "").strip():
        raise ValidationError(Msg("Say why the sample is retired; the reason goes into its history."), field="reason")
    check_retirable(session, sample.id)
    left = remaining_ug(sample)
    if target == SampleStatus.CONSUMED:
        sample.consumed_ug += left
    elif target == SampleStatus.LOST:
        sample.lost_ug += left
    sample.status = target.value
    sample.notes = (sample.notes + "\n" if sample.notes else "") + f"Retired ({STATUS_LABELS[target].lower()}): {reason.strip()}"
    session.flush()
    return sample


# --- reservations (committee approvals) -----------------------------------------


def _next_free_number(session: Session, base: str, prefix: str, taken: set[str] = frozenset()) -> str:
    """``<base>-<prefix><k>`` with the smallest k ≥ 1 not yet in the catalogue (nor in ``taken``)."""
    k = 1
    while True:
        number = f"{base}-{prefix}{k}"
        if number not in taken and find_sample(session, number) is None:
            return number
        k += 1


def reserve_mass(
    session: Session, sample_id: uuid.UUID, mass_ug: int, *, note: str = "", pieces: int | None = None
) -> Sample:
    """Reserve ``mass_ug`` of an available leaf sample; returns the reserved record.

    All of what it holds: the sample itself becomes reserved.  Less: it is
    split (through :func:`split_sample`, so the ledger balances) into a
    reserved part ``<number>-R<k>`` with the mass and an available remainder
    ``<number>-<k>`` with the rest.  For a sample counted in pieces (rock
    chips, thin sections) a partial reservation says how many of the pieces
    it takes (``pieces``); the remainder keeps the others.
    """
    sample = get_sample(session, sample_id)
    if sample.status != SampleStatus.AVAILABLE:
        raise LedgerError(
            Msg(
                "{sample_number} is {STATUS_LABELS!l}; only an available sample can be reserved.",
                sample_number=sample.sample_number, STATUS_LABELS=STATUS_LABELS[SampleStatus(sample.status)])
        )
    if children(session, sample.id):
        raise LedgerError(Msg("{sample_number} is split; reserve mass from one of its parts.", sample_number=sample.sample_number))
    if mass_ug is None or isinstance(mass_ug, bool) or int(mass_ug) != mass_ug or mass_ug <= 0:
        raise ValidationError(Msg("The mass to reserve must be a whole number of micrograms greater than zero."), field="mass")
    mass_ug = int(mass_ug)
    left = remaining_ug(sample)
    if mass_ug > left:
        raise LedgerError(
            Msg(
                "{sample_number} holds {left}; {mass_ug} cannot be reserved from it ({value} more than it holds).",
                sample_number=sample.sample_number, left=format_mass(left), mass_ug=format_mass(mass_ug), value=format_mass(mass_ug - left))
        )
    if pieces is not None:
        if pieces <= 0:
            raise ValidationError(Msg("The number of pieces to reserve must be at least one."), field="pieces")
        if sample.pieces is not None and pieces > sample.pieces:
            raise LedgerError(Msg("{sample_number} has {pieces} piece(s); {pieces_2} cannot be reserved from it.", sample_number=sample.sample_number, pieces=sample.pieces, pieces_2=pieces))
    note = (note or "").strip()
    if mass_ug == left:
        if pieces is not None and sample.pieces is not None and pieces != sample.pieces:
            raise LedgerError(
                Msg(
                    "All of {sample_number} ({left}) is {pieces} piece(s), not {pieces_2}; give the mass of the "
                    "pieces to reserve.",
                    sample_number=sample.sample_number, left=format_mass(left), pieces=sample.pieces, pieces_2=pieces)
            )
        sample.status = SampleStatus.RESERVED.value
        if note:
            sample.notes = (sample.notes + "\n" if sample.notes else "") + f"Reserved: {note}"
        session.flush()
        return sample
    reserved_pieces = rest_pieces = None
    if sample.pieces is not None:
        if sample.pieces <= 1:
            raise LedgerError(
                Msg("{sample_number} is a single piece of {left}; it is reserved whole or not at all.", sample_number=sample.sample_number, left=format_mass(left))
            )
        if pieces is None:
            raise ValidationError(
                Msg(
                    "{sample_number} has {pieces} pieces: say how many of them the {mass_ug} reserved are.",
                    sample_number=sample.sample_number, pieces=sample.pieces, mass_ug=format_mass(mass_ug)),
                field="pieces",
            )
        if pieces == sample.pieces:
            raise LedgerError(
                Msg(
                    "All {pieces} pieces of {sample_number} hold {left}, not {mass_ug}; reserve all of it or "
                    "fewer pieces.",
                    pieces=sample.pieces, sample_number=sample.sample_number, left=format_mass(left), mass_ug=format_mass(mass_ug))
            )
        reserved_pieces, rest_pieces = pieces, sample.pieces - pieces
    reserved_number = _next_free_number(session, sample.sample_number, "R")
    rest_number = _next_free_number(session, sample.sample_number, "", {reserved_number})
    why = f"reserved {format_mass(mass_ug)}" + (f" ({note})" if note else "")
    reserved, _rest = split_sample(
        session,
        sample.id,
        [
            SplitPart(reserved_number, mass_ug, pieces=reserved_pieces,
                      notes=f"Reserved from {sample.sample_number}" + (f": {note}" if note else "")),
            SplitPart(rest_number, left - mass_ug, pieces=rest_pieces),
        ],
        reason=why,
    )
    reserved.status = SampleStatus.RESERVED.value
    session.flush()
    return reserved


def release_reservation(session: Session, sample_id: uuid.UUID) -> Sample:
    """A reserved sample becomes available again (a split made for the reservation stays)."""
    sample = get_sample(session, sample_id)
    if sample.status != SampleStatus.RESERVED:
        raise LedgerError(
            Msg(
                "{sample_number} is {STATUS_LABELS!l}, not reserved; there is no reservation to release.",
                sample_number=sample.sample_number, STATUS_LABELS=STATUS_LABELS[SampleStatus(sample.status)])
        )
    sample.status = SampleStatus.AVAILABLE.value
    session.flush()
    return sample


# --- ledger checks ------------------------------------------------------------


@dataclass(frozen=True)
class LedgerProblem:
    sample_number: str
    message: str


def ledger_problems(session: Session) -> list[LedgerProblem]:
    """Every sample whose ledger does not balance (used by integrity checks)."""
    tol = ledger_tolerance_ug(session)
    kids = (
        select(Sample.parent_id, func.sum(Sample.mass_ug).label("children_ug"), func.count().label("n"))
        .where(Sample.parent_id.is_not(None))
        .group_by(Sample.parent_id)
        .subquery()
    )
    problems = []
    rows = session.execute(
        select(Sample.sample_number, Sample.mass_ug, Sample.consumed_ug, Sample.lost_ug, kids.c.children_ug).join(
            kids, kids.c.parent_id == Sample.id
        )
    )
    for number, mass, consumed, lost, children_ug in rows:
        accounted = int(children_ug) + consumed + lost
        if abs(mass - accounted) > tol:
            problems.append(
                LedgerProblem(
                    number,
                    Msg("{number}: mass {mass} but children {children} + consumed {consumed} + lost {lost} = "
                        "{accounted}.", number=number, mass=format_mass(mass), children=format_mass(int(children_ug)),
                        consumed=format_mass(consumed), lost=format_mass(lost), accounted=format_mass(accounted)),
                )
            )
    for number, mass, consumed, lost in session.execute(
        select(Sample.sample_number, Sample.mass_ug, Sample.consumed_ug, Sample.lost_ug).where(
            Sample.consumed_ug + Sample.lost_ug > Sample.mass_ug
        )
    ):
        problems.append(
            LedgerProblem(number, Msg("{number}: consumed {consumed} + lost {lost} exceed its mass {mass}.",
                                      number=number, consumed=format_mass(consumed), lost=format_mass(lost),
                                      mass=format_mass(mass)))
        )
    return problems


# --- listing for the catalogue table -------------------------------------------


@dataclass(frozen=True)
class SampleFilter:
    text: str = ""
    mission_id: uuid.UUID | None = None
    batch_id: uuid.UUID | None = None
    preparation: str | None = None
    status: str | None = None
    min_ug: int | None = None
    max_ug: int | None = None


@dataclass(frozen=True)
class SampleRow:
    """One line of the catalogue table (plain data, safe to pass between threads)."""

    id: uuid.UUID
    sample_number: str
    mission: str
    batch: int | None
    sampling_mode: str
    preparation: str
    mass_ug: int
    held_ug: int
    pieces: int | None
    status: str
    location: str
    parent_number: str | None
    updated_at: object = field(compare=False)


def _held_expr():
    return case(
        (Sample.status.in_([s.value for s in (SampleStatus.SPLIT, SampleStatus.CONSUMED, SampleStatus.LOST, SampleStatus.RETURNED)]), 0),
        else_=Sample.mass_ug - Sample.consumed_ug - Sample.lost_ug,
    )


def _text_condition(session: Session, text: str):
    return or_(contains(session, Sample.sample_number, text), contains(session, Sample.notes, text))


def _conditions(session: Session, f: SampleFilter) -> list:
    conds = []
    text = f.text.strip()
    if text:
        conds.append(_text_condition(session, text))
    if f.mission_id is not None:
        conds.append(Sample.mission_id == f.mission_id)
    if f.batch_id is not None:
        conds.append(Sample.batch_id == f.batch_id)
    if f.preparation:
        conds.append(Sample.preparation == f.preparation)
    if f.status:
        conds.append(Sample.status == f.status)
    if f.min_ug is not None:
        conds.append(Sample.mass_ug >= f.min_ug)
    if f.max_ug is not None:
        conds.append(Sample.mass_ug <= f.max_ug)
    return conds


def count_samples(session: Session, f: SampleFilter = SampleFilter()) -> tuple[int, int]:
    """How many samples match, and the mass they hold (µg)."""
    q = select(func.count(), func.coalesce(func.sum(_held_expr()), 0)).select_from(Sample)
    conds = _conditions(session, f)
    if conds:
        q = q.where(and_(*conds))
    n, held = session.execute(q).one()
    return int(n), int(held)


def total_samples(session: Session) -> int:
    return int(session.scalar(select(func.count()).select_from(Sample)))


SORT_KEYS = {
    "sample_number": lambda: Sample.sample_number,
    "mission": lambda: Mission.code,
    "batch": lambda: ReleaseBatch.number,
    "sampling_mode": lambda: Sample.sampling_mode,
    "preparation": lambda: Sample.preparation,
    "mass_ug": lambda: Sample.mass_ug,
    "held_ug": _held_expr,
    "pieces": lambda: Sample.pieces,
    "status": lambda: Sample.status,
    "location": lambda: Sample.location,
    "parent": lambda: Sample.parent_id,
    "updated_at": lambda: Sample.updated_at,
}


def _row_key(session: Session):
    """The cheapest row handle: SQLite's rowid (every index carries it), else the id."""
    if session.get_bind().dialect.name == "sqlite":
        return literal_column("sample.rowid")
    return Sample.id


def sample_page(
    session: Session,
    f: SampleFilter,
    *,
    sort: str = "sample_number",
    descending: bool = False,
    offset: int = 0,
    limit: int = 200,
) -> list[SampleRow]:
    """One page of the filtered, sorted catalogue (ties broken by sample number).

    Two steps: pick the page's row handles from the narrow search index, then
    load just those rows with their mission, batch and parent.
    """
    key = SORT_KEYS.get(sort)
    if key is None:
        raise ValidationError(Msg("Cannot sort by '{sort}'.", sort=sort))
    order = key()
    handle = _row_key(session)
    q = select(handle).select_from(Sample)
    if sort == "mission":
        q = q.join(Mission, Mission.id == Sample.mission_id)
    elif sort == "batch":
        q = q.outerjoin(ReleaseBatch, ReleaseBatch.id == Sample.batch_id)
    conds = _conditions(session, f)
    if conds:
        q = q.where(and_(*conds))
    direction = (lambda c: c.desc()) if descending else (lambda c: c.asc())
    q = q.order_by(direction(order)) if sort == "sample_number" else q.order_by(direction(order), Sample.sample_number)
    handles = list(session.scalars(q.offset(offset).limit(limit)))
    if not handles:
        return []
    parent = aliased(Sample)
    rows = session.execute(
        select(
            handle,
            Sample.id,
            Sample.sample_number,
            Mission.code,
            ReleaseBatch.number,
            Sample.sampling_mode,
            Sample.preparation,
            Sample.mass_ug,
            _held_expr(),
            Sample.pieces,
            Sample.status,
            Sample.location,
            parent.sample_number,
            Sample.updated_at,
        )
        .select_from(Sample)
        .join(Mission, Mission.id == Sample.mission_id)
        .outerjoin(ReleaseBatch, ReleaseBatch.id == Sample.batch_id)
        .outerjoin(parent, parent.id == Sample.parent_id)
        .where(handle.in_(handles))
    ).all()
    by_handle = {row[0]: SampleRow(*row[1:]) for row in rows}
    return [by_handle[h] for h in handles if h in by_handle]


@dataclass(frozen=True)
class LineageNode:
    id: uuid.UUID
    sample_number: str
    mass_ug: int
    held_ug: int
    status: str
    children: tuple[LineageNode, ...] = ()


def lineage(session: Session, sample_id: uuid.UUID) -> LineageNode:
    """The tree from the sample's root ancestor down, for the detail pane."""
    sample = get_sample(session, sample_id)
    root = sample
    seen = {root.id}
    while root.parent_id is not None:
        root = get_sample(session, root.parent_id)
        if root.id in seen:  # defensive: a cycle would be corrupt data
            break
        seen.add(root.id)

    def build(node: Sample, depth: int) -> LineageNode:
        kids = tuple(build(k, depth + 1) for k in children(session, node.id)) if depth < 50 else ()
        return LineageNode(node.id, node.sample_number, node.mass_ug, held_ug(node), node.status, kids)

    return build(root, 0)


@dataclass(frozen=True)
class SampleDetail:
    """Everything the detail pane shows for one sample (plain data)."""

    id: uuid.UUID
    sample_number: str
    mission: str
    batch: int | None
    use_class: str
    sampling_mode: str
    preparation: str
    mass_ug: int
    consumed_ug: int
    lost_ug: int
    held_ug: int
    pieces: int | None
    status: str
    location: str
    notes: str
    parent_number: str | None
    lineage: LineageNode
    created_at: object
    updated_at: object
    version: int = 0  # what an edit form read (optimistic locking)

    def as_data(self) -> SampleData:
        """The editable fields, as the add/edit dialog and update_sample use them."""
        return SampleData(
            sample_number=self.sample_number, mission_code=self.mission, mass_ug=self.mass_ug,
            batch_number=self.batch, sampling_mode=self.sampling_mode, preparation=self.preparation,
            use_class=self.use_class, pieces=self.pieces, location=self.location, notes=self.notes,
        )


def sample_detail(session: Session, sample_id: uuid.UUID) -> SampleDetail:
    s = get_sample(session, sample_id)
    mission = session.get(Mission, s.mission_id)
    batch = session.get(ReleaseBatch, s.batch_id) if s.batch_id else None
    parent = session.get(Sample, s.parent_id) if s.parent_id else None
    return SampleDetail(
        id=s.id, sample_number=s.sample_number, mission=mission.code if mission else "", batch=batch.number if batch else None,
        use_class=s.use_class, sampling_mode=s.sampling_mode, preparation=s.preparation, mass_ug=s.mass_ug,
        consumed_ug=s.consumed_ug, lost_ug=s.lost_ug, held_ug=held_ug(s), pieces=s.pieces, status=s.status,
        location=s.location, notes=s.notes, parent_number=parent.sample_number if parent else None,
        lineage=lineage(session, s.id), created_at=s.created_at, updated_at=s.updated_at, version=s.version,
    )
