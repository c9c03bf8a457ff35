"""Demonstration results, research teams and training, written through the
services.

* Four outputs of the demo's closed loan (the first loan of the closed
  round): a journal paper that complies on every count (its PDF carries the
  acknowledgement); a conference paper whose PDF lacks it and that was
  reported about twenty days late; a paper citing a sample number with two
  digits swapped, published four months ago and not reported (overdue); a
  thesis whose PDF has the statement split across lines and hyphenated,
  due within the month.  The overdue loan of the same round has no result at
  all, so it shows as owing results.
* Two research teams with members named in Persian, Thai, Mongolian
  Cyrillic, Urdu and Chinese, one led by a Chinese and one by a foreign
  expert, with invitations, visits to China and a departure.
* Two training activities (apparatus training in Beijing, an online course)
  with participants from several Member States and their certificates.

Without ``attachments_dir`` no PDFs are written and the officer's
confirmation stands in for the acknowledgement found in a file.
Needs the demo loans (:func:`lunar_desk.services.demo_loans.fill_loans`).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import Loan, LoanItem, LoanStatus, Person, Sample
from lunar_desk.services import catalogue, results, review, teams, training
from lunar_desk.services.results import ResultData
from lunar_desk.services.teams import MemberData, TeamData
from lunar_desk.services.training import ActivityData, ParticipantData

ACK_LINES = ["Acknowledgements. Lunar samples provided by the China National Space Administration (CNSA).",
             "We thank the CLEP lunar sample laboratory for the preparation."]
ACK_SPLIT = ["Acknowledgements. The author thanks the supervisors. Lunar samples provided by the China National",
             "Space Adminis-", "tration (CNSA)."]
NO_ACK = ["Acknowledgements. We thank our colleagues for discussions and the reviewers for their comments."]


@dataclass
class DemoResultsSummary:
    results: int = 0
    teams: int = 0
    activities: int = 0


def _pdf(folder: Path, name: str, title: str, ack: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = folder / name
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica-Bold", 13)
    c.drawString(60, 780, title[:80])
    c.setFont("Helvetica", 10)
    y = 750
    for line in ["Abstract. We report measurements on Chang'e lunar samples lent by CLEP.", "", *ack]:
        c.drawString(60, y, line)
        y -= 15
    c.showPage()
    c.save()
    return path


def _person(session: Session, name: str) -> Person | None:
    return session.scalars(select(Person).where(Person.name_latin == name)).first()


def _numbers(session: Session, loan: Loan) -> list[str]:
    """The lent numbers of a loan, each with the released sample it was split from first."""
    out = []
    for sample in session.scalars(select(Sample).join(LoanItem, LoanItem.sample_id == Sample.id)
                                  .where(LoanItem.loan_id == loan.id).order_by(Sample.sample_number)):
        parent = session.get(Sample, sample.parent_id) if sample.parent_id else None
        out += [parent.sample_number] if parent else []
        out.append(sample.sample_number)
    return out


def _typo(session: Session, number: str) -> str:
    """Two digits of the serial swapped (or one mistyped), as a hurried author might; never a real number."""
    tries = []
    digits = [i for i in range(len(number) - 1) if number[i].isdigit() and number[i + 1].isdigit()
              and number[i] != number[i + 1]]
    for i in reversed(digits):
        tries.append(number[:i] + number[i + 1] + number[i] + number[i + 2:])
    tries += [number[:-1] + d for d in "9876543210" if d != number[-1]]
    return next((t for t in tries if catalogue.find_sample(session, t) is None), number + "0")


def _results(session: Session, today: date, folder: Path | None, attachments_dir: Path | None) -> int:
    collected = list(session.scalars(select(Loan).where(Loan.collected_on.is_not(None)).order_by(Loan.collected_on)))
    done = next((x for x in collected if x.status == LoanStatus.CLOSED), None)
    if done is None:
        return 0
    numbers = _numbers(session, done)
    cited = ", ".join(numbers)
    pi = session.get(Person, done.responsible_person_id) if done.responsible_person_id else None
    first = pi.name_latin if pi else "A. Author"
    specs = [
        (ResultData("Nanophase iron and amorphous rims in Chang'e-6 far-side soil grains", "journal_paper",
                    f"{first}; Z. Hosseini; Wang X.", "Icarus", "10.1016/j.icarus.2026.116245",
                    published_on=today - timedelta(days=306), reported_on=today - timedelta(days=266),
                    cited_numbers=cited), ACK_LINES),
        (ResultData("Space weathering of far-side agglutinates: first TEM results", "conference_paper",
                    f"{first}; Z. Hosseini", "Lunar and Planetary Science Conference LVII", "",
                    published_on=today - timedelta(days=236), reported_on=today - timedelta(days=124),
                    cited_numbers=cited), NO_ACK),
        (ResultData("Solar-wind hydrogen in Chang'e-6 glass rims", "journal_paper", f"Z. Hosseini; {first}",
                    "Geophysical Research Letters", "10.1029/2026GL101234", published_on=today - timedelta(days=130),
                    cited_numbers="; ".join([_typo(session, numbers[0]), *numbers[1:]]), ack_confirmed=True), None),
        (ResultData("Micrometeoroid bombardment recorded in far-side regolith (MSc thesis)", "thesis", first,
                    "University of Tehran", "", published_on=today - timedelta(days=70), cited_numbers=numbers[-1]),
         ACK_SPLIT),
    ]
    made = 0
    for data, pdf_lines in specs:
        data.loan_ids = [done.id]
        if pdf_lines is not None and folder is None:
            data.ack_confirmed = pdf_lines is not NO_ACK
        result = results.create_result(session, data, today=today)
        if pdf_lines is not None and folder is not None and attachments_dir is not None:
            name = f"{data.kind.replace('_', '-')}-{made + 1}.pdf"
            results.attach_pdf(session, attachments_dir, result.id, _pdf(folder, name, data.title, pdf_lines))
        made += 1
    return made


TEAMS = [
    (TeamData("Chang'e-6 far-side basalt petrology (batch 10 joint team)",
              "Petrology and chronology of far-side basalt fragments; joint analyses in Beijing.", lead_kind="chinese"),
     "Wang Xiaoming", [
         ("Mohammad Rezaei", "visiting_scientist", (-420, -400, -300, -270, None)),
         ("Somchai Wongsakul", "member", (-420, -390, None, None, None)),
         ("Batbayar Gantulga", "member", (-420, -395, -330, -316, -120)),
         ("Ayesha Khan", "student", (-60, None, None, None, None)),
     ]),
    (TeamData("Volcanic glass beads and lunar volatiles", "Water and volatile elements in Chang'e-5 glass beads.",
              lead_kind="foreign"),
     "Zahra Hosseini", [
         ("Chen Jing", "co_lead", (-200, -190, None, None, None)),
         ("Imran Qureshi", "member", (-200, -180, None, None, None)),
         ("Oyunchimeg Dorj", "member", (-200, -175, -20, 10, None)),
         ("Kanokwan Srisuk", "visiting_scientist", (-150, -140, -90, -60, None)),
     ]),
]


def _teams(session: Session, today: date) -> int:
    loans = list(session.scalars(select(Loan).where(Loan.collected_on.is_not(None)).order_by(Loan.collected_on)))
    from lunar_desk.services.demo_review import CLOSED_BATCH

    batch = catalogue.batch_by_number(session, CLOSED_BATCH)
    rnd = review.round_for_batch(session, batch.id) if batch is not None else None
    made = 0
    for n, (data, lead, members) in enumerate(TEAMS):
        lead_person = _person(session, lead)
        if lead_person is None:
            continue
        data.lead_person_id = lead_person.id
        data.round_id = rnd.id if rnd is not None and n == 0 else None
        data.starts_on = today - timedelta(days=430 if n == 0 else 210)
        team = teams.create_team(session, data)
        for name, role, offsets in members:
            person = _person(session, name)
            if person is None:
                continue
            days = [today + timedelta(days=d) if d is not None else None for d in offsets]
            teams.add_member(session, team.id, MemberData(person.id, role, invited_on=days[0], joined_on=days[1],
                                                          visit_from=days[2], visit_to=days[3], left_on=days[4]))
        if n < len(loans):
            teams.link_loan(session, team.id, loans[n].id)
            teams.link_application(session, team.id, loans[n].application_id)
        made += 1
    return made


ACTIVITIES = [
    (ActivityData("Hands-on training on NanoSIMS and electron microprobe analysis of lunar samples",
                  "apparatus_training", "APSCO, CLEP", place="NAOC, Beijing"), -200, 11,
     ["Mohammad Rezaei", "Ayesha Khan", "Somchai Wongsakul", "Batbayar Gantulga", "José Ñañez Quispe",
      "Çağla Yıldırım", "Farhana Rahman"], {"Farhana Rahman"}),
    (ActivityData("Online course: analysing Chang'e-5 and Chang'e-6 spectral data", "online", "APSCO",
                  place="Online (from the APSCO Secretariat, Beijing)"), -40, 2,
     ["Zahra Hosseini", "Imran Qureshi", "Kanokwan Srisuk", "Oyunchimeg Dorj", "Dewi Lestari", "Tanvir Hossain"],
     {"Dewi Lestari", "Tanvir Hossain"}),
]


def _training(session: Session, today: date, folder: Path | None, attachments_dir: Path | None) -> int:
    made = 0
    for data, start, length, names, absent in ACTIVITIES:
        data.starts_on = today + timedelta(days=start)
        data.ends_on = data.starts_on + timedelta(days=length)
        activity = training.create_activity(session, data)
        people = [p for n in names if (p := _person(session, n)) is not None]
        training.add_participants(session, activity.id,
                                  [ParticipantData(p.id, attended=p.name_latin not in absent) for p in people])
        if any(p.name_latin not in absent for p in people):
            training.issue_certificates(session, activity.id, data.ends_on)
        if folder is not None and attachments_dir is not None:
            programme = _pdf(folder, f"programme-{made + 1}.pdf", f"Programme: {data.title}",
                             ["Day 1: introduction and safety in the sample laboratory.", "Day 2: instruments."])
            training.attach_material(session, attachments_dir, activity.id, programme)
        made += 1
    return made


def fill_results(session: Session, *, today: date, attachments_dir: Path | None = None) -> DemoResultsSummary:
    """Create the demo results, teams and training (see the module's description)."""
    summary = DemoResultsSummary()
    with tempfile.TemporaryDirectory(prefix="lunar-desk-demo-results-") as tmp:
        folder = Path(tmp) if attachments_dir is not None else None
        summary.results = _results(session, today, folder, attachments_dir)
        summary.teams = _teams(session, today)
        summary.activities = _training(session, today, folder, attachments_dir)
    session.flush()
    return summary
