"""A small world for the stewardship tests (custody, inventory, holds, reassignment).

Two borrowers: the Iranian Space Agency (Mohammad Rezaei responsible, Zahra
Hosseini a colleague) and GISTDA (Somchai Wongsakul).  Loans are written as
signed rows with their certificate (the signing workflow is tested in
tests/services/test_loans.py) and then **collected through the loans
service**, so each item's custody log starts as it does for an officer.

* loan A, LSA-2025-001 (ISA): POWDER 100 mg and CHIP 90 mg (3 pieces),
  collected 2025-03-10 for 24 months (due 2027-03-10);
* loan B, LSA-2026-002 (GISTDA): OTHER 40 mg, collected 2026-02-01 for
  12 months (due 2027-02-01).

With the default inventory day (12-31), A owes inventories on 2025-12-31
(overdue on TODAY) and 2026-12-31; B owes its first on 2026-12-31.  The
"results owed" rule of the results service is switched off (setting 0) so
that holds come only from what each test sets up.
"""

from __future__ import annotations

from datetime import date, timedelta
from types import SimpleNamespace

from sqlalchemy import func, select

from lunar_desk.db.models import (
    Application,
    AuditLog,
    Incident,
    Loan,
    LoanItem,
    SampleStatus,
)
from lunar_desk.db.models_stewardship import (
    CustodyEvent,
    HoldOverride,
    Inventory,
    InventoryLine,
    LoanTransfer,
)
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue, loans, reference, settings
from lunar_desk.services.applications import ItemData, MethodData
from lunar_desk.services.catalogue import SampleData

TODAY = date(2026, 11, 25)
POWDER = "CE5C0400YJFM00406"
CHIP = "CE5C0400YJYX00007"
OTHER = "CE6Z0100YJFM00921"
A_COLLECTED = date(2025, 3, 10)
B_COLLECTED = date(2026, 2, 1)
MG = 1000

TABLES = (CustodyEvent, Inventory, InventoryLine, Incident, HoldOverride, LoanTransfer, AuditLog)


def counts(db) -> dict:
    """Rows of the stewardship tables (and the audit log), and every loan's responsible person and due date."""
    with db.read() as s:
        out = {m.__name__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}
        out["loans"] = {x.agreement_number: (x.responsible_person_id, x.due_date, x.status) for x in s.scalars(select(Loan))}
        return out


def _loan(s, number, ref, inst, person, samples, *, collected: date, months: int, collected_by: str):
    app = Application(reference=ref, status="approved", institution_id=inst, pi_person_id=person, title=f"Study {ref}",
                      decided_on=collected - timedelta(days=40))
    s.add(app)
    s.flush()
    loan = Loan(agreement_number=number, application_id=app.id, institution_id=inst, responsible_person_id=person,
                status="signed", decision_date=collected - timedelta(days=40),
                signing_deadline=collected - timedelta(days=26), signed_on=collected - timedelta(days=30),
                certificate_number=f"LSC-{number}", certificate_date=collected - timedelta(days=28), purpose=app.title)
    s.add(loan)
    s.flush()
    for sample in samples:
        sample.status = SampleStatus.RESERVED.value
        s.add(LoanItem(loan_id=loan.id, sample_id=sample.id, mass_ug=sample.mass_ug, pieces=sample.pieces))
    s.flush()
    loans.record_collection(s, loan.id, collected, collected_by, loan_months=months)
    return loan.id


def build(db) -> SimpleNamespace:
    w = SimpleNamespace()
    with db.action() as s:
        settings.set_setting(s, "results_owed_after_months", "0")
        iran = reference.add_member_state(s, "Iran", name_zh="伊朗", iso3="IRN")
        thai = reference.add_member_state(s, "Thailand", name_zh="泰国", iso3="THA")
        w.isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id,
                                          name_local="سازمان فضایی ایران").id
        w.gistda = reference.add_institution(s, "GISTDA", member_state_id=thai.id,
                                             name_local="สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ").id
        w.rezaei = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", institution_id=w.isa).id
        w.hosseini = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=w.isa).id
        w.somchai = reference.add_person(s, "Somchai Wongsakul", name_native="สมชาย วงศ์สกุล", institution_id=w.gistda).id
        catalogue.create_batch(s, 12, mission_codes=["CE-5", "CE-6"])
        powder = catalogue.create_sample(s, SampleData(POWDER, "CE-5", 100 * MG, batch_number=12))
        chip = catalogue.create_sample(s, SampleData(CHIP, "CE-5", 90 * MG, batch_number=12, preparation="rock_chip",
                                                     pieces=3))
        other = catalogue.create_sample(s, SampleData(OTHER, "CE-6", 40 * MG, batch_number=12))
        w.loan_a = _loan(s, "LSA-2025-001", "APSCO-R-2025-001", w.isa, w.rezaei, [powder, chip], collected=A_COLLECTED,
                         months=24, collected_by="Mohammad Rezaei")
        w.loan_b = _loan(s, "LSA-2026-002", "APSCO-R-2026-002", w.gistda, w.somchai, [other], collected=B_COLLECTED,
                         months=12, collected_by="Somchai Wongsakul")
        w.a_powder, w.a_chip = (i.id for i in loans.loan_items(s, w.loan_a))
        (w.b_other,) = (i.id for i in loans.loan_items(s, w.loan_b))
    return w


FIELDS = {"objectives": "Measure rims.", "background": "Agglutinates.", "expected_results": "A paper.",
          "schedule": "12 months.", "lab_facilities": "Clean room.", "sample_security": "Locked safe."}


def submitted_app(db, w, tmp_path, *, pi, inst, member=None):
    """A complete research application (pre-check passes) submitted to the Secretariat; returns (id, package)."""
    files = tmp_path / "incoming"
    files.mkdir(exist_ok=True)
    with db.action() as s:
        if catalogue.find_sample(s, "CE5C0400YJFM00999") is None:
            catalogue.create_sample(s, SampleData("CE5C0400YJFM00999", "CE-5", 200 * MG, batch_number=12))
        sample = catalogue.find_sample(s, "CE5C0400YJFM00999")
        app = apps.create_application(s, "research", batch_number=12, institution_id=inst, title="Nanophase iron",
                                      today=TODAY)
        f = apps.application_fields(s, app.id)
        for key, value in FIELDS.items():
            setattr(f, key, value)
        apps.update_application(s, app.id, f)
        for person, role in ((pi, "pi"), (member, "member")):
            if person is None:
                continue
            apps.add_team_member(s, app.id, person, role)
            cv = files / f"cv-{person}.txt"
            cv.write_text("CV\n", encoding="utf-8")
            apps.attach_file(s, db.paths.attachments_dir, app.id, cv, kind="cv", person_id=person)
        apps.add_method(s, app.id, MethodData("SEM", "FEI Quanta"))
        apps.add_requested_item(s, app.id, ItemData(sample_id=sample.id, mass_ug=5 * MG, justification="SEM."))
        apps.change_status(s, app.id, "submitted", today=TODAY)
    package = files / "package.zip"
    package.write_bytes(b"PK\x05\x06" + b"\x00" * 18)
    return app.id, package
