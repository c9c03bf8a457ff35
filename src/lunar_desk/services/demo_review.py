"""Demonstration committee review: reviewers (named in their own scripts),
one CLOSED round and one OPEN round, all written through the review service.

* The closed round reviews batch 10 (the first Chang'e-6 release).  Its four
  applications are created here through the application service (the demo
  applications of :mod:`~lunar_desk.services.demo_applications` belong to
  batches 11 and 12); they are scored, decided item by item (approved,
  reduced, rejected, so catalogue mass is reserved) and the round is closed,
  which moves them to approved / partially approved / rejected.
* The open round reviews the batch where most demo applications are
  forwarded or under review (batch 12): review started, conflicts detected,
  reviewers assigned automatically, about half the scores entered.

Needs the demo reference data and the demo applications
(:func:`lunar_desk.services.demo_applications.fill_applications`); samples
(:func:`lunar_desk.services.demo.fill_samples`) make the approvals reserve
real catalogue records, otherwise a few demo samples are created.
"""

from __future__ import annotations

import random
import tempfile
import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    ApplicationStatus,
    ApplicationStatusChange,
    Institution,
    Mission,
    Person,
    ReleaseBatch,
    RequestedItem,
    Reviewer,
    ReviewRound,
    Sample,
    SampleStatus,
    UseClass,
)
from lunar_desk.errors import UserError
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, reference, review
from lunar_desk.services import demo_applications as demo_apps
from lunar_desk.services.demo_applications import DemoApplication, DemoItem, DemoMethod
from lunar_desk.messages import Msg

S = ApplicationStatus

# (name in Latin script, name in own script, institution (demo name), expertise keywords, active)
REVIEWERS: tuple[tuple[str, str, str, str, bool], ...] = (
    ("Zhang Wei", "张伟", "National Astronomical Observatories, Chinese Academy of Sciences",
     "space weathering, transmission electron microscopy, agglutinates, regolith", True),
    ("Li Hua", "李华", "Institute of Geochemistry, Chinese Academy of Sciences",
     "NanoSIMS, water, apatite, hydrogen isotopes, geochemistry", True),
    ("Ali Ahmadi", "علی احمدی", "Iranian Space Agency", "reflectance spectroscopy, remote sensing, VNIR", True),
    ("Narumon Chaiyaporn", "นฤมล ชัยพร", "Geo-Informatics and Space Technology Development Agency (GISTDA)",
     "exhibition, education, public outreach, museum", True),
    ("Ganbold Erdene", "Ганболд Эрдэнэ", "Institute of Astronomy and Geophysics, Mongolian Academy of Sciences",
     "rock magnetism, palaeointensity, basalt", True),
    ("Hamid Raza", "حامد رضا", "Pakistan Space and Upper Atmosphere Research Commission (SUPARCO)",
     "impact glass, Raman, electron probe", True),
    ("Mehmet Kaya", "", "Türkiye Space Agency", "electron energy-loss spectroscopy, nanophase iron, FIB", True),
    ("Ana Torres Quispe", "", "Comisión Nacional de Investigación y Desarrollo Aeroespacial (CONIDA)",
     "cosmic-ray exposure, noble gases, thermal properties", True),
    ("Sofía Ramírez Peña", "", "Agencia Espacial Mexicana", "mineralogy, thin sections", False),  # on sabbatical
    # already in the demo as co-applicants: their conflicts show up in the rounds
    ("Chen Jing", "陈静", "", "space weathering, sample curation", True),
    ("Wang Xiaoming", "王晓明", "", "lunar chronology, basalts, noble gases", True),
)

CLOSED_BATCH = 10

# The closed round's applications: (spec, decisions per item as (outcome, fraction of the request, reason)).
CLOSED_SPECS: tuple[tuple[DemoApplication, tuple[tuple[str, float, str], ...]], ...] = (
    (DemoApplication(
        "research", "Liu Yang", (("Chen Jing", "co_investigator"),),
        "Hydrogen isotopes in Chang'e-6 far-side glass by NanoSIMS", CLOSED_BATCH,
        ((S.SUBMITTED, 560, ""), (S.FORWARDED, 540, "")),
        (demo_apps.SEM, demo_apps.SIMS),
        (DemoItem("CE-6", "powder", 20, justification="Glass beads are picked from the 50–150 µm fraction."),),
    ), (("approved", 1.0, ""),)),
    (DemoApplication(
        "research", "Ayesha Khan", (("Imran Qureshi", "member"),),
        "Maturity of Chang'e-6 soils by ferromagnetic resonance", CLOSED_BATCH,
        ((S.SUBMITTED, 558, ""), (S.FORWARDED, 539, "")),
        (DemoMethod("Ferromagnetic resonance (Is/FeO)", "Bruker EMXplus X-band", False),),
        (DemoItem("CE-6", "powder", 50, justification="FMR needs 50 mg per measurement tube."),),
    ), (("reduced", 0.6, "30 mg fill the tube to the depth the method needs; the rest is not justified."),)),
    (DemoApplication(
        "research", "Çağla Yıldırım", (("Emre Öztürk", "co_investigator"),),
        "Cosmic-ray tracks in Chang'e-5 feldspar", CLOSED_BATCH,
        ((S.SUBMITTED, 555, ""), (S.FORWARDED, 538, "")),
        (DemoMethod("Track etching and optical counting", "Leica DM6 with automated stage", True,
                    "Etching dissolves the grain surfaces."),),
        (DemoItem("CE-5", "powder", 400, specific=False, justification="Feldspar grains are rare; a large fraction is sieved."),),
    ), (("rejected", 0.0, "400 mg is disproportionate to the track counts proposed; a request of 20–50 mg is welcome."),)),
    (DemoApplication(
        "research", "Batbayar Gantulga", (("Oyunchimeg Dorj", "co_investigator"),),
        "Palaeointensity of Chang'e-6 far-side regolith", CLOSED_BATCH,
        ((S.SUBMITTED, 552, ""), (S.FORWARDED, 537, "")),
        (demo_apps.MAG,),
        (DemoItem("CE-6", "powder", 10, justification="Bulk soil for hysteresis loops."),
         DemoItem("CE-6", "rock_chip", None, 1, specific=False, justification="An oriented chip for palaeointensity.")),
    ), (("approved", 1.0, ""),
        ("rejected", 0.0, "No oriented chip of the far-side basalt was released in batch 10."))),
)
# Reviewers' view of each closed-round application: (mean quality, recommendation, text)
CLOSED_QUALITY = (
    (4.6, "approve", "Excellent instrument access and a focused request."),
    (3.6, "approve_partly", "Sound science; the mass requested can be reduced."),
    (2.1, "reject", "The mass requested is out of proportion to the analyses."),
    (3.9, "approve_partly", "Powder yes; no oriented chip is available."),
)
CLOSED_DAYS = dict(start=520, meeting=480, close=470)  # days before today
OPEN_DAYS = dict(start=50, meeting=-21)


@dataclass
class DemoReviewSummary:
    reviewers: int = 0
    rounds: int = 0
    applications: int = 0
    assignments: int = 0
    scores: int = 0
    decisions: int = 0


class _History:
    """Back-dates the status changes the workflow writes, as if recorded on the day."""

    def __init__(self, session: Session) -> None:
        self.s = session
        self.known = set(session.scalars(select(ApplicationStatusChange.id)))
        self.pending: list[tuple[uuid.UUID, datetime]] = []

    def on(self, day: date) -> None:
        for change_id in session_ids(self.s) - self.known:
            at = datetime.combine(day, time(10, 0), tzinfo=UTC) + timedelta(minutes=len(self.pending))
            self.pending.append((change_id, at))
            self.known.add(change_id)

    def write(self) -> None:
        for change_id, at in self.pending:
            self.s.execute(update(ApplicationStatusChange).where(ApplicationStatusChange.id == change_id).values(at=at))
        self.s.flush()


def session_ids(session: Session) -> set[uuid.UUID]:
    session.flush()
    return set(session.scalars(select(ApplicationStatusChange.id)))


def _reviewers(session: Session, summary: DemoReviewSummary) -> None:
    people = {p.name_latin: p for p in session.scalars(select(Person))}
    institutions = {i.name: i for i in session.scalars(select(Institution))}
    existing = {r.person_id for r in session.scalars(select(Reviewer))}
    for latin, native, inst_name, expertise, active in REVIEWERS:
        person = people.get(latin)
        if person is None:
            inst = institutions.get(inst_name)
            if inst is None:
                continue
            user = latin.split()[0].lower().translate(str.maketrans("çğıöşüñéíóáú", "cgiosuneioau"))
            person = reference.add_person(session, latin, name_native=native, institution_id=inst.id,
                                          email=f"{user}.reviewer@example.org", position="Professor")
        if person.id in existing:
            continue
        review.add_reviewer(session, person.id, expertise=expertise, active=active)
        summary.reviewers += 1


def _sample_for(session: Session, item: RequestedItem, mass_ug: int, made: list[int]) -> Sample:
    """An available leaf of the item's mission and preparation holding the mass (a demo sample if none)."""
    if item.sample_id is not None:
        sample = session.get(Sample, item.sample_id)
        if sample is not None and sample.status == SampleStatus.AVAILABLE and catalogue.remaining_ug(sample) >= mass_ug:
            return sample
    q = select(Sample).where(
        Sample.mission_id == item.mission_id, Sample.preparation == item.preparation,
        Sample.status == SampleStatus.AVAILABLE.value, Sample.use_class == UseClass.RESEARCH.value,
        Sample.mass_ug - Sample.consumed_ug - Sample.lost_ug >= mass_ug,
    )
    for sample in session.scalars(q.order_by(Sample.mass_ug, Sample.sample_number).limit(20)):
        if not catalogue.children(session, sample.id):
            return sample
    mission = session.get(Mission, item.mission_id)
    made.append(1)
    number = f"{mission.prefix if mission else 'CE5'}C0900YJFM9{len(made):04d}"
    return catalogue.create_sample(session, catalogue.SampleData(
        number, mission.code if mission else "CE-5", max(mass_ug * 2, 100_000), batch_number=CLOSED_BATCH,
        notes="Demonstration sample for the closed review round.",
    ))


def _score(rng: random.Random, quality: float, scale_max: int) -> int:
    return max(1, min(scale_max, round(quality + rng.uniform(-0.8, 0.8))))


def _closed_round(session: Session, today: date, attachments_dir: Path | None, summary: DemoReviewSummary,
                  history: _History, rng: random.Random) -> None:
    if catalogue.batch_by_number(session, CLOSED_BATCH) is None:
        catalogue.create_batch(session, CLOSED_BATCH, title="First release of Chang'e-6 far-side samples",
                               mission_codes=["CE-5", "CE-6"])
    if review.round_for_batch(session, catalogue.batch_by_number(session, CLOSED_BATCH).id) is not None:
        return
    with tempfile.TemporaryDirectory(prefix="lunar-desk-demo-review-") as tmp:
        filler = demo_apps._Filler(session, today, attachments_dir, Path(tmp))
        made = [(app, decisions, quality) for (spec, decisions), quality in zip(CLOSED_SPECS, CLOSED_QUALITY)
                if (app := filler.make(spec)) is not None]
        for change_id, at in filler.history_at:
            session.execute(update(ApplicationStatusChange).where(ApplicationStatusChange.id == change_id).values(at=at))
        session.flush()
        history.known |= session_ids(session)
    summary.applications += len(made)
    start = today - timedelta(days=CLOSED_DAYS["start"])
    meeting = today - timedelta(days=CLOSED_DAYS["meeting"])
    closing = today - timedelta(days=CLOSED_DAYS["close"])
    rnd = review.create_round(
        session, CLOSED_BATCH, f"Batch {CLOSED_BATCH} expert committee (first far-side release)", None,
        meeting_start=meeting, meeting_end=meeting + timedelta(days=1),
    )
    summary.rounds += 1
    review.start_review(session, rnd.id, today=start)
    history.on(start)
    review.detect_conflicts(session, rnd.id)
    result = review.auto_assign(session, rnd.id)
    summary.assignments += len(result.assigned)
    crits = review.criteria(session, rnd.id)
    by_app = {app.id: quality for app, _d, quality in made}
    for assignment in review.assignments(session, rnd.id):
        q = by_app[assignment.application_id][0]
        for crit in crits:
            review.set_score(session, assignment.id, crit.id, _score(rng, q, rnd.scale_max))
            summary.scores += 1
    created_samples: list[int] = []
    for app, decisions, (_q, recommendation, text) in made:
        review.set_recommendation(session, rnd.id, app.id, recommendation, text)
        for item, (outcome, fraction, reason) in zip(apps.requested_items(session, app.id), decisions):
            if outcome == "rejected":
                review.decide_item(session, rnd.id, item.id, outcome, reason=reason, today=meeting)
            else:
                mass = int(round((item.mass_ug or 0) * fraction))
                sample = _sample_for(session, item, mass, created_samples)
                review.decide_item(session, rnd.id, item.id, outcome, approved_mass_ug=mass, sample_id=sample.id,
                                   reason=reason, today=meeting)
            summary.decisions += 1
    review.close_round(session, rnd.id, today=closing)
    history.on(closing)


def _open_batch(session: Session) -> ReleaseBatch | None:
    """The batch with the most applications forwarded or under review and no round yet."""
    rows = session.execute(
        select(Application.batch_id, func.count())
        .where(Application.status.in_([S.FORWARDED.value, S.UNDER_REVIEW.value]), Application.batch_id.is_not(None))
        .group_by(Application.batch_id)
    ).all()
    taken = set(session.scalars(select(ReviewRound.batch_id)))
    best = sorted(((n, bid) for bid, n in rows if bid not in taken), key=lambda x: -x[0])
    return session.get(ReleaseBatch, best[0][1]) if best else None


def _open_round(session: Session, today: date, summary: DemoReviewSummary, history: _History, rng: random.Random) -> None:
    batch = _open_batch(session)
    if batch is None:
        return
    start = today - timedelta(days=OPEN_DAYS["start"])
    meeting = today - timedelta(days=OPEN_DAYS["meeting"])
    rnd = review.create_round(
        session, batch.number, f"Batch {batch.number} expert committee", None, same_country_conflict=True,
        meeting_start=meeting, meeting_end=meeting + timedelta(days=1),
    )
    summary.rounds += 1
    review.start_review(session, rnd.id, today=start)
    history.on(start)
    summary.applications += len(review.round_applications(session, rnd.id))
    review.detect_conflicts(session, rnd.id)
    result = review.auto_assign(session, rnd.id)
    summary.assignments += len(result.assigned)
    crits = review.criteria(session, rnd.id)
    for n, assignment in enumerate(review.assignments(session, rnd.id)):
        if n % 2:  # about half the reviewers have sent their scores
            continue
        for crit in crits:
            review.set_score(session, assignment.id, crit.id, _score(rng, 3.8, rnd.scale_max),
                             "Clear objectives." if crit.position == 1 else "")
            summary.scores += 1


def fill_review(session: Session, *, today: date, attachments_dir: Path | None = None, seed: int = 2020) -> DemoReviewSummary:
    """Create the demo reviewers, a closed round and an open round; returns what was made."""
    if session.scalars(select(Person.id).limit(1)).first() is None:
        raise UserError(Msg("The demo review needs the demo Member States, institutions and people first."))
    summary = DemoReviewSummary()
    rng = random.Random(seed)
    _reviewers(session, summary)
    history = _History(session)
    _closed_round(session, today, attachments_dir, summary, history, rng)
    _open_round(session, today, summary, history, rng)
    history.write()
    session.expire_all()
    return summary
