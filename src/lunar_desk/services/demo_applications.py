"""Demonstration applications: fourteen research and public-benefit
applications from the demo Member States, one or more in every status,
with teams (principal investigators named in Persian, Thai, Chinese,
Mongolian, Urdu and Latin scripts), methods, requested catalogue samples
and a status history written through the workflow service.

Needs the demo reference data (:func:`lunar_desk.services.demo.fill_reference`)
and ideally some samples (:func:`~lunar_desk.services.demo.fill_samples`);
without samples the items ask for a kind (mission + preparation) instead.

With ``attachments_dir`` every team member gets a small text CV and
forwarding goes through the full pre-check with a placeholder CLEP package.
Without it no files are written, and the steps that need the pre-check are
recorded with the same history but without the file checks.
"""

from __future__ import annotations

import tempfile
import uuid
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from lunar_desk.db.models import (
    Application,
    ApplicationKind,
    ApplicationStatus,
    ApplicationStatusChange,
    AttachmentKind,
    Institution,
    Mission,
    Person,
    ReleaseBatch,
    Sample,
    SampleStatus,
    TeamRole,
    UseClass,
)
from lunar_desk.errors import UserError
from lunar_desk.services import applications as apps
from lunar_desk.messages import Msg

S = ApplicationStatus
R = ApplicationKind.RESEARCH.value
P = ApplicationKind.PUBLIC_BENEFIT.value


@dataclass(frozen=True)
class DemoItem:
    mission: str  # CE-5 / CE-6
    preparation: str
    mass_mg: float | None = None
    pieces: int | None = None
    specific: bool = True  # ask for a catalogue sample when one fits
    justification: str = ""


@dataclass(frozen=True)
class DemoMethod:
    name: str
    instruments: str
    destructive: bool = False
    justification: str = ""


@dataclass(frozen=True)
class DemoApplication:
    kind: str
    pi: str  # name_latin of a demo person
    team: tuple[tuple[str, str], ...]  # (name_latin, role)
    title: str
    batch: int
    steps: tuple[tuple[str, int, str], ...]  # (to status, days before today, reason)
    methods: tuple[DemoMethod, ...] = ()
    items: tuple[DemoItem, ...] = ()
    texts: dict = field(default_factory=dict)
    cvs: bool = True  # attach CVs (when files are written)
    missing_cv: tuple[str, ...] = ()  # team members whose CV is still missing


TEM = DemoMethod("Transmission electron microscopy of grain rims", "FEI Titan G2 80-200 with EDS", True,
                 "FIB lamellae of about 10 µm are cut from selected grains; the rest of each grain is returned.")
SEM = DemoMethod("Scanning electron microscopy and EDS mapping", "Zeiss Sigma 300 FE-SEM, Oxford X-Max 80", False)
RAMAN = DemoMethod("Micro-Raman spectroscopy", "Horiba LabRAM HR Evolution, 532 nm", False)
EPMA = DemoMethod("Electron probe microanalysis", "JEOL JXA-8230", True,
                  "Polished grain mounts are needed for quantitative analysis; mounts are returned with the residue.")
NOBLE = DemoMethod("Noble-gas mass spectrometry (He, Ne, Ar)", "Thermo Helix MC Plus", True,
                   "Step heating releases the gases and consumes the aliquot; 2–5 mg per step is the minimum measurable.")
VNIR = DemoMethod("Visible–near-infrared reflectance spectroscopy", "ASD FieldSpec 4 with contact probe", False)
SIMS = DemoMethod("NanoSIMS hydrogen and D/H analysis", "Cameca NanoSIMS 50L", True,
                  "Sputtering consumes a few cubic micrometres per spot; grains remain mounted and are returned.")
MAG = DemoMethod("Rock magnetism and palaeointensity", "2G Enterprises SQUID magnetometer, MicroMag VSM", False)
THERMAL = DemoMethod("Laser-flash thermal diffusivity", "Netzsch LFA 467 HyperFlash", True, "")  # unjustified on purpose
EELS = DemoMethod("Electron energy-loss spectroscopy of npFe⁰", "Gatan GIF Quantum ER on a JEOL ARM200F", True,
                  "EELS needs electron-transparent FIB sections; each section consumes about 0.1 µg.")

RESEARCH_TEXTS = dict(
    objectives="Determine the processes recorded in the returned regolith and compare them with remote-sensing data.",
    background="Chang'e-5 and Chang'e-6 returned the youngest mare basalts and the first far-side regolith.",
    expected_results="Two peer-reviewed papers and a dataset deposited with the sample numbers cited.",
    schedule="Months 1–3 sample preparation; months 4–9 analyses; months 10–12 interpretation and reporting.",
    lab_facilities="Class-1000 clean laboratory with nitrogen glove box, analytical instruments listed under methods.",
    sample_security="Samples kept in a locked safe in the clean laboratory; access log; two named custodians.",
    prior_work="The team has analysed Apollo and lunar-meteorite samples (see CVs).",
)
PUBLIC_TEXTS = dict(
    display_arrangements="Sealed nitrogen-filled display case with laminated-glass front, lit by LED only.",
    sample_security="Case alarmed and monitored by CCTV; samples stored in the museum vault outside opening hours.",
    background="Part of the national space-education programme with the ministry of education.",
)

SPECS: tuple[DemoApplication, ...] = (
    DemoApplication(
        R, "Mohammad Rezaei", (("Zahra Hosseini", "co_investigator"), ("Chen Jing", "co_investigator")),
        "Space weathering of Chang'e-5 agglutinates by TEM", 11,
        ((S.SUBMITTED, 345, ""), (S.FORWARDED, 320, ""), (S.UNDER_REVIEW, 300, ""), (S.APPROVED, 200, "")),
        (SEM, TEM), (DemoItem("CE-5", "powder", 25, justification="Agglutinates are picked from the 20–45 µm fraction."),),
    ),
    DemoApplication(
        R, "Somchai Wongsakul", (("Kanokwan Srisuk", "member"),),
        "Noble-gas exposure ages of Chang'e-6 far-side regolith", 11,
        ((S.SUBMITTED, 340, ""), (S.FORWARDED, 318, ""), (S.UNDER_REVIEW, 298, ""),
         (S.PARTIALLY_APPROVED, 195, "Approved one of the two aliquots requested; the second may be asked for in a later batch.")),
        (NOBLE,), (
            DemoItem("CE-6", "powder", 30, justification="Bulk soil for cosmic-ray exposure ages."),
            DemoItem("CE-6", "powder", 30, specific=False, justification="A second aliquot from a different depth."),
        ),
    ),
    DemoApplication(
        R, "Ayesha Khan", (("Imran Qureshi", "student"),),
        "Micrometeorite impact glass in Chang'e-5 regolith: Raman and EPMA study", 11,
        ((S.SUBMITTED, 338, ""), (S.FORWARDED, 317, ""), (S.UNDER_REVIEW, 297, ""),
         (S.REJECTED, 190, "The committee found 500 mg disproportionate to the analyses proposed; a smaller request is welcome.")),
        (RAMAN, EPMA), (DemoItem("CE-5", "powder", 500, specific=False, justification="Glass beads are rare; a large sieved fraction is needed."),),
    ),
    DemoApplication(
        R, "Batbayar Gantulga", (("Oyunchimeg Dorj", "co_investigator"),),
        "Magnetic properties of Chang'e-6 basalt fragments", 12,
        ((S.SUBMITTED, 110, ""), (S.FORWARDED, 95, ""), (S.UNDER_REVIEW, 60, "")),
        (MAG,), (DemoItem("CE-6", "rock_chip", None, 1, justification="An oriented basalt chip is needed for palaeointensity."),),
    ),
    DemoApplication(
        R, "Liu Yang", (("Wang Xiaoming", "co_investigator"), ("Farhana Rahman", "member")),
        "Water content of Chang'e-5 apatite by NanoSIMS", 12,
        ((S.SUBMITTED, 100, ""), (S.FORWARDED, 80, "")),
        (SEM, SIMS), (DemoItem("CE-5", "powder", 15, justification="Apatite grains are located by SEM in the 50–200 µm fraction."),),
    ),
    DemoApplication(
        R, "Farhana Rahman", (("Tanvir Hossain", "co_investigator"),),
        "Spectral reflectance of Chang'e-5 soils for lunar remote-sensing calibration", 12,
        ((S.SUBMITTED, 105, ""), (S.FORWARDED, 85, ""),
         (S.SUBMITTED, 40, "CLEP asks for the sample-security plan signed by the director of SPARRSO.")),
        (VNIR,), (DemoItem("CE-5", "powder", 200, justification="Reflectance needs a 5 mm deep layer in a 10 mm cup; fully non-destructive."),),
    ),
    DemoApplication(
        R, "Zahra Hosseini", (("Mohammad Rezaei", "member"),),
        "Thermal conductivity of Chang'e-6 regolith compared with lunar simulants", 12,
        ((S.SUBMITTED, 20, ""),),
        (DemoMethod("Transient hot-wire conductivity in vacuum", "Custom vacuum chamber, 10⁻⁵ Pa", False),),
        (DemoItem("CE-6", "powder", 300, justification="The hot-wire cell holds 0.3 g; the sample is returned unchanged."),),
    ),
    DemoApplication(
        R, "José Ñañez Quispe", (("María Fernández Huamán", "co_investigator"),),
        "Cosmic-ray exposure history of Chang'e-5 basalt clasts", 12,
        ((S.SUBMITTED, 70, ""),
         (S.RETURNED, 55, "The CV of María Fernández Huamán is missing and the laser-flash method is destructive "
                          "but not justified; please complete both.")),
        (SEM, THERMAL), (DemoItem("CE-5", "rock_chip", None, 2, justification="Two basalt clasts of different textures."),),
        missing_cv=("María Fernández Huamán",),
    ),
    DemoApplication(
        R, "Çağla Yıldırım", (("Emre Öztürk", "co_investigator"),),
        "Nanophase iron in Chang'e-6 soils by electron energy-loss spectroscopy", 12,
        ((S.SUBMITTED, 90, ""), (S.RETURNED, 75, "Please give the mass needed for each FIB section and the schedule."),
         (S.RESUBMITTED, 30, "")),
        (EELS,), (DemoItem("CE-6", "powder", 5, justification="Five FIB sections from mature soil grains."),),
    ),
    DemoApplication(
        R, "Dewi Lestari", (),
        "Volatile depletion in Chang'e-5 glass beads", 12, (),
        (RAMAN,), (DemoItem("CE-5", "powder", 10, specific=False),),
        texts=dict(objectives="Measure volatile elements in volcanic glass beads.", expected_results="", schedule=""),
        cvs=False,
    ),
    DemoApplication(
        P, "Kanokwan Srisuk", (("Somchai Wongsakul", "member"),),
        "Lunar sample exhibition at the Bangkok science museum", 11,
        ((S.SUBMITTED, 330, ""), (S.FORWARDED, 315, ""), (S.UNDER_REVIEW, 296, ""), (S.APPROVED, 185, "")),
        (), (DemoItem("CE-5", "rock_chip", None, 1, justification="One basalt chip as the centrepiece of the Moon gallery."),),
        texts=dict(activity="Three-month exhibition 'The Moon up close' with guided school visits.",
                   venue="National Science Museum, Pathum Thani (Bangkok)", audience_size=60000,
                   start=(150, 60)),
    ),
    DemoApplication(
        P, "Oyunchimeg Dorj", (),
        "Chang'e-5 lunar sample display at the Ulaanbaatar natural history museum", 12,
        ((S.SUBMITTED, 100, ""), (S.FORWARDED, 82, ""), (S.UNDER_REVIEW, 58, "")),
        (), (DemoItem("CE-5", "rock_chip", None, 1, justification="A chip for the new space hall."),),
        texts=dict(activity="Permanent space hall opening with a lunar sample on loan for six months.",
                   venue="Chinggis Khaan National Museum, Ulaanbaatar", audience_size=45000, start=(-60, -240)),
    ),
    DemoApplication(
        P, "Imran Qureshi", (("Ayesha Khan", "co_investigator"),),
        "Moon rocks for schools: touring exhibition in Karachi and Lahore", 12,
        ((S.SUBMITTED, 95, ""), (S.WITHDRAWN, 35, "The tour was postponed by the ministry; the team will apply in a later batch.")),
        (), (DemoItem("CE-5", "rock_chip", None, 1, specific=False, justification="One chip travels with the tour."),),
        texts=dict(activity="Touring exhibition visiting 20 schools.", venue="Schools in Karachi and Lahore",
                   audience_size=12000, start=(-30, -120)),
    ),
    DemoApplication(
        P, "Tanvir Hossain", (),
        "Lunar science week at the Dhaka planetarium", 12, (),
        (), (DemoItem("CE-5", "powder", 50, specific=False),),
        texts=dict(activity="A week of talks, a sample display and telescope nights.", venue="", audience_size=None,
                   start=None, display_arrangements=""),
        cvs=False,
    ),
)


def _ug(mg: float | None) -> int | None:
    return None if mg is None else int(round(mg * 1000))


def _cv_text(person: Person, inst: Institution | None) -> str:
    lines = ["Curriculum vitae", "", person.name_latin]
    if person.name_native:
        lines.append(person.name_native)
    lines += [f"{person.position or 'Researcher'}, {inst.name if inst else ''}".rstrip(", "), person.email, "",
              "Education: PhD in planetary science.", "Selected publications: see institutional page.", ""]
    return "\n".join(lines)


class _Filler:
    def __init__(self, session: Session, today: date, attachments_dir: Path | None, workdir: Path) -> None:
        self.s = session
        self.today = today
        self.attachments_dir = Path(attachments_dir) if attachments_dir is not None else None
        self.workdir = workdir
        self.people = {p.name_latin: p for p in session.scalars(select(Person))}
        self.batches = {b.number: b for b in session.scalars(select(ReleaseBatch).order_by(ReleaseBatch.number))}
        self.missions = {m.code: m for m in session.scalars(select(Mission))}
        self.used: set[uuid.UUID] = set()
        self.history_at: list[tuple[uuid.UUID, datetime]] = []

    def batch_number(self, wanted: int) -> int | None:
        if wanted in self.batches:
            return wanted
        return max(self.batches) if self.batches else None

    def sample_for(self, item: DemoItem, kind: str, batch_number: int | None) -> Sample | None:
        mission = self.missions.get(item.mission)
        if mission is None:
            return None
        use = UseClass.PUBLIC_BENEFIT if kind == P else UseClass.RESEARCH
        q = select(Sample).where(
            Sample.mission_id == mission.id, Sample.preparation == item.preparation,
            Sample.status == SampleStatus.AVAILABLE.value, Sample.use_class == use.value,
        )
        if item.mass_mg is not None:
            q = q.where(Sample.mass_ug - Sample.consumed_ug - Sample.lost_ug >= _ug(item.mass_mg))
        if item.pieces is not None:
            q = q.where((Sample.pieces.is_(None)) | (Sample.pieces >= item.pieces))
        candidates = [c for c in self.s.scalars(q.order_by(Sample.sample_number).limit(200)) if c.id not in self.used]
        batch = self.batches.get(batch_number) if batch_number is not None else None
        preferred = [c for c in candidates if batch is not None and c.batch_id == batch.id]
        pick = (preferred or candidates or [None])[0]
        if pick is not None:
            self.used.add(pick.id)
        return pick

    def cv_file(self, person: Person) -> Path:
        inst = self.s.get(Institution, person.institution_id) if person.institution_id else None
        path = self.workdir / f"CV {person.name_latin}.txt"
        path.write_text(_cv_text(person, inst), encoding="utf-8")
        return path

    def package_file(self, app: Application) -> Path:
        path = self.workdir / f"{app.reference} CLEP package (demo).txt"
        path.write_text(f"Demonstration placeholder for the CLEP package of {app.reference}: {app.title}\n", encoding="utf-8")
        return path

    def step(self, app: Application, to: str, days_ago: int, reason: str) -> None:
        day = self.today - timedelta(days=days_ago)
        before = {c.id for c in apps.history(self.s, app.id)}
        t = apps.transition(app.status, S(to).value)
        if t is None:  # a mistake in the specs above
            raise UserError(Msg("Demo data: {refusal}", refusal=apps.refusal(app.status, S(to).value)))
        if self.attachments_dir is None and (t.needs_precheck or t.needs_package):
            apps._record_change(self.s, app, t, reason, day)  # no files in this demo: same history, no file checks
        else:
            package = self.package_file(app) if t.needs_package else None
            apps.change_status(self.s, app.id, to, reason=reason, today=day, package=package,
                               attachments_dir=self.attachments_dir)
        for c in apps.history(self.s, app.id):
            if c.id not in before:
                at = datetime.combine(day, time(9, 0), tzinfo=UTC) + timedelta(minutes=len(self.history_at))
                self.history_at.append((c.id, at))

    def make(self, spec: DemoApplication) -> Application | None:
        pi = self.people.get(spec.pi)
        if pi is None:
            return None
        pi_inst = self.s.get(Institution, pi.institution_id) if pi.institution_id else None
        first_day = spec.steps[0][1] if spec.steps else 10
        created = self.today - timedelta(days=first_day + 14)
        batch_number = self.batch_number(spec.batch)
        app = apps.create_application(self.s, spec.kind, batch_number=batch_number,
                                      institution_id=pi_inst.id if pi_inst else None, title=spec.title, today=created)
        fields = apps.application_fields(self.s, app.id)
        texts = dict(RESEARCH_TEXTS if spec.kind == R else PUBLIC_TEXTS)
        texts.update(spec.texts)
        start = texts.pop("start", (0, -90) if spec.kind == P else None)
        for key, value in texts.items():
            setattr(fields, key, value)
        if start is not None:
            fields.activity_start = self.today - timedelta(days=start[0])
            fields.activity_end = self.today - timedelta(days=start[1])
        apps.update_application(self.s, app.id, fields)

        members = [(pi, TeamRole.PI.value)] + [
            (self.people[name], role) for name, role in spec.team if name in self.people
        ]
        for person, role in members:
            apps.add_team_member(self.s, app.id, person.id, role)
        for method in spec.methods:
            apps.add_method(self.s, app.id, apps.MethodData(method.name, method.instruments, method.destructive, method.justification))
        for item in spec.items:
            sample = self.sample_for(item, spec.kind, batch_number) if item.specific else None
            if sample is not None:
                data = apps.ItemData(sample_id=sample.id, mass_ug=_ug(item.mass_mg), pieces=item.pieces,
                                     justification=item.justification)
            else:
                data = apps.ItemData(mission_code=item.mission, preparation=item.preparation, mass_ug=_ug(item.mass_mg),
                                     pieces=item.pieces, justification=item.justification)
            apps.add_requested_item(self.s, app.id, data)
        if self.attachments_dir is not None and spec.cvs:
            for person, _role in members:
                if person.name_latin not in spec.missing_cv:
                    apps.attach_file(self.s, self.attachments_dir, app.id, self.cv_file(person),
                                     kind=AttachmentKind.CV.value, person_id=person.id)
        for to, days_ago, reason in spec.steps:
            self.step(app, to, days_ago, reason)
        return app


def fill_applications(session: Session, *, today: date, attachments_dir: Path | None = None) -> int:
    """Create the demo applications (one or more in every status); returns how many.

    Needs the demo Member States, institutions and people in the database.
    """
    if session.scalars(select(Person.id).limit(1)).first() is None:
        raise UserError(Msg("Demo applications need the demo Member States, institutions and people first."))
    with tempfile.TemporaryDirectory(prefix="lunar-desk-demo-") as tmp:
        filler = _Filler(session, today, attachments_dir, Path(tmp))
        made = [app for spec in SPECS if (app := filler.make(spec)) is not None]
        # History timestamps follow the (back-dated) days of each step, as if recorded at the time.
        for change_id, at in filler.history_at:
            session.execute(update(ApplicationStatusChange).where(ApplicationStatusChange.id == change_id).values(at=at))
        session.flush()
    session.expire_all()
    return len(made)
