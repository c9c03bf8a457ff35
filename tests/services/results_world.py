"""A small world for the results, teams and training tests: an Iranian and
a Thai borrower, a released sample split for a loan, and loans in the
states that matter for results (collected long ago, collected recently,
awaiting signature).

Loans are written directly (not through the loan workflow, which
tests/services/test_loans.py covers): the results rules only read them.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from types import SimpleNamespace

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from lunar_desk.db.models import Application, Loan, LoanItem
from lunar_desk.services import catalogue, reference
from lunar_desk.services.catalogue import SampleData

TODAY = date(2026, 11, 25)
POWDER = "CE5C0400YJFM00406"  # released sample; 25 mg of it lent as POWDER-R1
CHIP = "CE5C0400YJYX00007"
OTHER = "CE6Z0100YJFM00921"  # lent to the Thai borrower


def _loan(s, number: str, ref: str, inst, person, samples, *, status: str, collected_on: date | None):
    app = Application(reference=ref, status="approved", institution_id=inst, pi_person_id=person, title=f"Study {ref}")
    s.add(app)
    s.flush()
    loan = Loan(agreement_number=number, application_id=app.id, institution_id=inst, responsible_person_id=person,
                status=status, decision_date=(collected_on or TODAY) - timedelta(days=30),
                signing_deadline=(collected_on or TODAY) - timedelta(days=16), collected_on=collected_on,
                purpose=app.title)
    s.add(loan)
    s.flush()
    for sample in samples:
        s.add(LoanItem(loan_id=loan.id, sample_id=sample.id, mass_ug=sample.mass_ug, pieces=sample.pieces))
    s.flush()
    return loan.id


def build(db) -> SimpleNamespace:
    w = SimpleNamespace()
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        thai = reference.add_member_state(s, "Thailand", name_zh="泰国", iso3="THA")
        mongolia = reference.add_member_state(s, "Mongolia", name_zh="蒙古", iso3="MNG")
        china = reference.add_member_state(s, "China", name_zh="中国", iso3="CHN")
        w.iran, w.thai, w.mongolia, w.china = iran.id, thai.id, mongolia.id, china.id
        w.isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id,
                                          name_local="سازمان فضایی ایران").id
        w.gistda = reference.add_institution(s, "GISTDA", member_state_id=thai.id,
                                             name_local="สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ").id
        w.mas = reference.add_institution(s, "Institute of Astronomy and Geophysics", member_state_id=mongolia.id,
                                          name_local="Одон орон, геофизикийн хүрээлэн").id
        w.naoc = reference.add_institution(s, "NAOC", member_state_id=china.id, name_local="中国科学院国家天文台").id
        w.rezaei = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", institution_id=w.isa,
                                        email="rezaei@example.org").id
        w.hosseini = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=w.isa).id
        w.somchai = reference.add_person(s, "Somchai Wongsakul", name_native="สมชาย วงศ์สกุล", institution_id=w.gistda,
                                         email="somchai@example.org").id
        w.batbayar = reference.add_person(s, "Batbayar Gantulga", name_native="Батбаяр Гантулга", institution_id=w.mas).id
        w.wang = reference.add_person(s, "Wang Xiaoming", name_native="王晓明", institution_id=w.naoc).id
        catalogue.create_batch(s, 12, mission_codes=["CE-5", "CE-6"])
        powder = catalogue.create_sample(s, SampleData(POWDER, "CE-5", 100_000, batch_number=12))
        lent = catalogue.reserve_mass(s, powder.id, 25_000)
        chip = catalogue.create_sample(s, SampleData(CHIP, "CE-5", 30_000, batch_number=12, preparation="rock_chip",
                                                     pieces=1))
        other = catalogue.create_sample(s, SampleData(OTHER, "CE-6", 10_000, batch_number=12))
        catalogue.create_sample(s, SampleData("CE5C0400YJFM00407", "CE-5", 50_000, batch_number=12))
        w.lent_number = lent.sample_number
        # collected 14 months before TODAY: results owed after 12 months
        w.old = _loan(s, "LSA-2025-001", "APSCO-R-2025-001", w.isa, w.rezaei, [lent, chip], status="collected",
                      collected_on=date(2025, 9, 20))
        w.thai_loan = _loan(s, "LSA-2026-002", "APSCO-R-2026-002", w.gistda, w.somchai, [other], status="collected",
                            collected_on=date(2026, 6, 1))
        w.unsigned = _loan(s, "LSA-2026-003", "APSCO-R-2026-003", w.isa, w.hosseini, [], status="awaiting_signature",
                           collected_on=None)
    return w


def text_pdf(path: Path, *pages: list[str]) -> Path:
    """A PDF with each page's lines drawn as text (Helvetica): what a typeset paper yields to pypdf."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for lines in pages:
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 15
        c.showPage()
    c.save()
    return path


def scanned_pdf(path: Path) -> Path:
    """A PDF with no text at all (a scan: only shapes)."""
    c = canvas.Canvas(str(path), pagesize=A4)
    c.rect(60, 500, 300, 200, fill=1)
    c.showPage()
    c.save()
    return path
