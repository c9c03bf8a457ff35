"""Realistic demonstration data, for newcomers (``lunar-desk --demo``) and
benchmarks (``lunar-desk demo --size N --out DIR``).

Names are fictional but written in their own scripts (Chinese, Persian,
Urdu, Thai, Mongolian Cyrillic, Latin with diacritics) so every screen and
document is exercised with them.  Generation is deterministic for a seed.
Bulk rows are written with Core inserts for speed; one audit row records the
generation itself.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from lunar_desk.db.audit import make_entry
from lunar_desk.db.models import (
    Institution,
    MemberState,
    Mission,
    Person,
    Preparation,
    ReleaseBatch,
    ReleaseBatchMission,
    Sample,
    SampleStatus,
    SamplingMode,
    UseClass,
    new_id,
)
from lunar_desk.db.types import utcnow
from lunar_desk.messages import Msg

# (name, Chinese name, ISO3, status, [(institution, local name, city, [(person latin, native)])])
MEMBER_STATES = [
    ("Bangladesh", "孟加拉国", "BGD", "member", [
        ("Space Research and Remote Sensing Organization (SPARRSO)", "", "Dhaka",
         [("Farhana Rahman", ""), ("Tanvir Hossain", "")]),
    ]),
    ("China", "中国", "CHN", "member", [
        ("National Astronomical Observatories, Chinese Academy of Sciences", "中国科学院国家天文台", "Beijing",
         [("Wang Xiaoming", "王晓明"), ("Chen Jing", "陈静")]),
        ("Institute of Geochemistry, Chinese Academy of Sciences", "中国科学院地球化学研究所", "Guiyang",
         [("Liu Yang", "刘洋")]),
    ]),
    ("Iran", "伊朗", "IRN", "member", [
        ("Iranian Space Agency", "سازمان فضایی ایران", "Tehran",
         [("Mohammad Rezaei", "محمد رضایی"), ("Zahra Hosseini", "زهرا حسینی")]),
    ]),
    ("Mongolia", "蒙古", "MNG", "member", [
        ("Institute of Astronomy and Geophysics, Mongolian Academy of Sciences",
         "ШУА-ийн Одон орон, геофизикийн хүрээлэн", "Ulaanbaatar",
         [("Batbayar Gantulga", "Батбаяр Гантулга"), ("Oyunchimeg Dorj", "Оюунчимэг Дорж")]),
    ]),
    ("Pakistan", "巴基斯坦", "PAK", "member", [
        ("Pakistan Space and Upper Atmosphere Research Commission (SUPARCO)",
         "پاکستان خلائی و بالائی فضائی تحقیقاتی کمیشن", "Karachi",
         [("Ayesha Khan", "عائشہ خان"), ("Imran Qureshi", "عمران قریشی")]),
    ]),
    ("Peru", "秘鲁", "PER", "member", [
        ("Comisión Nacional de Investigación y Desarrollo Aeroespacial (CONIDA)", "", "Lima",
         [("José Ñañez Quispe", ""), ("María Fernández Huamán", "")]),
    ]),
    ("Thailand", "泰国", "THA", "member", [
        ("Geo-Informatics and Space Technology Development Agency (GISTDA)",
         "สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ", "Bangkok",
         [("Somchai Wongsakul", "สมชาย วงศ์สกุล"), ("Kanokwan Srisuk", "กนกวรรณ ศรีสุข")]),
    ]),
    ("Türkiye", "土耳其", "TUR", "member", [
        ("Türkiye Space Agency", "Türkiye Uzay Ajansı", "Ankara",
         [("Çağla Yıldırım", ""), ("Emre Öztürk", "")]),
    ]),
    ("Indonesia", "印度尼西亚", "IDN", "signatory", [
        ("National Research and Innovation Agency (BRIN)", "Badan Riset dan Inovasi Nasional", "Jakarta",
         [("Dewi Lestari", "")]),
    ]),
    ("Mexico", "墨西哥", "MEX", "observer", [
        ("Agencia Espacial Mexicana", "", "Mexico City", [("Sofía Ramírez Peña", "")]),
    ]),
]

# Batch number, title, missions, announced, deadline
BATCHES = [
    (7, "Seventh release of Chang'e-5 lunar samples (first open to international applicants)", ["CE-5"], date(2023, 9, 1), date(2023, 10, 31)),
    (8, "Eighth release of Chang'e-5 lunar samples", ["CE-5"], date(2024, 3, 15), date(2024, 5, 15)),
    (9, "Ninth release of Chang'e-5 lunar samples", ["CE-5"], date(2024, 9, 20), date(2024, 11, 20)),
    (10, "First release of Chang'e-6 far-side samples", ["CE-5", "CE-6"], date(2025, 4, 10), date(2025, 6, 10)),
    (11, "Combined Chang'e-5 and Chang'e-6 release", ["CE-5", "CE-6"], date(2025, 11, 5), date(2026, 1, 5)),
    (12, "Combined Chang'e-5 and Chang'e-6 release", ["CE-5", "CE-6"], date(2026, 6, 1), date(2026, 8, 1)),
]

PREP_CODES = {
    Preparation.POWDER: "YJFM",
    Preparation.ROCK_CHIP: "YJYX",
    Preparation.THIN_SECTION: "YJBP",
    Preparation.OTHER: "YJQT",
}
LOCATIONS = ["NAOC Beijing, vault A", "NAOC Beijing, vault B", "NAOC Beijing, glovebox line 2", "Backup storage site"]


@dataclass
class DemoSummary:
    member_states: int = 0
    institutions: int = 0
    people: int = 0
    batches: int = 0
    samples: int = 0
    applications: int = 0


def _mass_ug(rng: random.Random, prep: Preparation) -> tuple[int, int | None]:
    if prep == Preparation.POWDER:
        mg = math.exp(rng.uniform(math.log(5), math.log(2000)))
        return int(round(mg, 1) * 1000), None
    if prep == Preparation.ROCK_CHIP:
        pieces = rng.randint(1, 5)
        return int(round(rng.uniform(8, 120) * pieces, 1) * 1000), pieces
    if prep == Preparation.THIN_SECTION:
        return int(round(rng.uniform(15, 90), 1) * 1000), 1
    return int(round(rng.uniform(1, 50), 1) * 1000), None


def fill_reference(session: Session) -> DemoSummary:
    summary = DemoSummary()
    for name, name_zh, iso3, status, institutions in MEMBER_STATES:
        state = MemberState(name=name, name_zh=name_zh, iso3=iso3, status=status)
        session.add(state)
        session.flush()  # no ORM relationships: parents are flushed before their children
        summary.member_states += 1
        for inst_name, local, city, people in institutions:
            inst = Institution(name=inst_name, name_local=local, city=city, member_state_id=state.id)
            session.add(inst)
            session.flush()
            summary.institutions += 1
            for latin, native in people:
                user = latin.split()[0].lower().translate(str.maketrans("çğıöşüñéíóáú", "cgiosunéioau"))
                session.add(Person(name_latin=latin, name_native=native, institution_id=inst.id,
                                   email=f"{user}@example.org", position="Researcher"))
                summary.people += 1
    missions = {m.code: m for m in session.scalars(select(Mission))}
    for number, title, codes, announced, deadline in BATCHES:
        batch = ReleaseBatch(number=number, title=title, announced_on=announced, deadline=deadline)
        session.add(batch)
        session.flush()
        for code in codes:
            session.add(ReleaseBatchMission(batch_id=batch.id, mission_id=missions[code].id))
        summary.batches += 1
    session.flush()
    return summary


def fill_samples(
    session: Session,
    size: int,
    *,
    seed: int = 2020,
    progress: Callable[[int, int], None] | None = None,
    chunk: int = 5000,
) -> int:
    """Insert ``size`` samples (some of them splits with balanced children)."""
    rng = random.Random(seed)
    missions = {m.code: m for m in session.scalars(select(Mission))}
    batches = list(session.scalars(select(ReleaseBatch).order_by(ReleaseBatch.number)))
    links = {(l.batch_id, l.mission_id) for l in session.scalars(select(ReleaseBatchMission))}
    now = utcnow()
    table = Sample.__table__
    rows: list[dict] = []
    made = 0
    serial = 0

    def flush_rows() -> None:
        if rows:
            session.execute(insert(table), rows)
            rows.clear()
            if progress:
                progress(made, size)

    preps = [Preparation.POWDER] * 7 + [Preparation.ROCK_CHIP] * 2 + [Preparation.THIN_SECTION]
    while made < size:
        serial += 1
        mission = missions["CE-5"] if rng.random() < 0.6 else missions["CE-6"]
        eligible = [b for b in batches if (b.id, mission.id) in links] if batches else []
        batch = rng.choice(eligible) if eligible else None
        mode = SamplingMode.SCOOPED if rng.random() < 0.8 else SamplingMode.DRILLED
        prep = rng.choice(preps)
        container = 100 + serial // 90000
        number = f"{mission.prefix}{'C' if mode == SamplingMode.SCOOPED else 'Z'}{container:04d}{PREP_CODES[prep]}{serial % 90000 + 1:05d}"
        mass, pieces = _mass_ug(rng, prep)
        use = UseClass.PUBLIC_BENEFIT if rng.random() < 0.08 else UseClass.RESEARCH
        base = dict(
            created_at=now, updated_at=now, origin="", mission_id=mission.id, batch_id=batch.id if batch else None,
            use_class=use.value, sampling_mode=mode.value, preparation=prep.value, consumed_ug=0, lost_ug=0,
            location=rng.choice(LOCATIONS), notes="",
        )
        split = prep == Preparation.POWDER and size - made >= 4 and rng.random() < 0.02
        parent_id = new_id()
        if split:
            parts = rng.randint(2, 3)
            loss = rng.randint(0, min(200, mass // 100))
            shares = [rng.uniform(1, 3) for _ in range(parts)]
            left = mass - loss
            masses = [int(left * s / sum(shares)) for s in shares[:-1]]
            masses.append(left - sum(masses))
            rows.append(dict(base, id=parent_id, sample_number=number, mass_ug=mass, pieces=None, lost_ug=loss,
                             parent_id=None, status=SampleStatus.SPLIT.value))
            made += 1
            for i, m in enumerate(masses, start=1):
                rows.append(dict(base, id=new_id(), sample_number=f"{number}-{i:02d}", mass_ug=m, pieces=None,
                                 parent_id=parent_id, status=SampleStatus.AVAILABLE.value,
                                 notes=f"Split from {number}"))
                made += 1
        else:
            roll = rng.random()
            status = SampleStatus.AVAILABLE if roll < 0.85 else SampleStatus.RESERVED if roll < 0.93 else SampleStatus.ON_LOAN
            rows.append(dict(base, id=parent_id, sample_number=number, mass_ug=mass, pieces=pieces, parent_id=None,
                             status=status.value))
            made += 1
        if len(rows) >= chunk:
            flush_rows()
    flush_rows()
    return made


def generate(
    session: Session,
    size: int,
    *,
    seed: int = 2020,
    progress: Callable[[int, int], None] | None = None,
    attachments_dir: Path | None = None,
    today: date | None = None,
) -> DemoSummary:
    """Fill an empty, migrated database with demo records: reference data, the
    catalogue, and applications in every state (with CV files when
    ``attachments_dir`` is given)."""
    if session.scalars(select(MemberState)).first() is not None:
        from lunar_desk.errors import UserError

        raise UserError(Msg("This database already holds records; demo data goes only into a new, empty database."))
    summary = fill_reference(session)
    summary.samples = fill_samples(session, size, seed=seed, progress=progress)
    if size >= 20:  # applications request catalogue samples
        from lunar_desk.services.demo_applications import fill_applications

        summary.applications = fill_applications(session, today=today or date.today(), attachments_dir=attachments_dir)
        from lunar_desk.services.demo_review import fill_review

        fill_review(session, today=today or date.today(), attachments_dir=attachments_dir)
        from lunar_desk.services.demo_loans import fill_loans

        fill_loans(session, today=today or date.today(), attachments_dir=attachments_dir)
        from lunar_desk.services.demo_results import fill_results

        fill_results(session, today=today or date.today(), attachments_dir=attachments_dir)
        from lunar_desk.services.demo_stewardship import fill_stewardship

        fill_stewardship(session, today=today or date.today())
    session.add(make_entry(session, "demo", "-", "insert", {"samples": [None, summary.samples], "seed": [None, seed]}))
    return summary


DEFAULT_SIZE = 800


def is_empty(session: Session) -> bool:
    """True for a database with no Member States and no samples yet."""
    return session.scalars(select(MemberState.id).limit(1)).first() is None and session.scalars(select(Sample.id).limit(1)).first() is None
