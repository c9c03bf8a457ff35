"""The full database check (Help → Check database…, `lunar-desk check`) names
the affected records in plain words: changed or missing attachment files and
a sample lent twice at once, besides the file, schema and ledger checks."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lunar_desk.db.models import Attachment, Loan, LoanItem, LoanStatus
from lunar_desk.services import demo
from lunar_desk.services.attachments import attachment_path
from lunar_desk.services.integrity import check_database

TODAY = date(2026, 11, 25)


def test_a_healthy_demo_database_passes_every_check(db, paths):
    with db.action() as s:
        demo.generate(s, 200, attachments_dir=paths.attachments_dir, today=TODAY)
    report = check_database(paths)
    assert report.ok, report.problems
    assert any(f.startswith("Attachments:") for f in report.facts)
    assert "Loans: no sample is on two open loans" in report.facts


def test_changed_and_missing_attachment_files_are_named(db, paths):
    with db.action() as s:
        demo.generate(s, 200, attachments_dir=paths.attachments_dir, today=TODAY)
    with db.read() as s:
        first, second = s.scalars(select(Attachment).order_by(Attachment.name)).all()[:2]
    if first.sha256 == second.sha256:  # the same stored file: pick another
        with db.read() as s:
            second = s.scalars(select(Attachment).where(Attachment.sha256 != first.sha256)).first()
    attachment_path(paths.attachments_dir, first).write_bytes(b"tampered")
    attachment_path(paths.attachments_dir, second).unlink()

    report = check_database(paths)
    assert not report.ok
    text = "\n".join(report.problems)
    assert f"{first.name}: the stored file has changed" in text
    assert f"{second.name}: the stored file is missing" in text


def test_a_sample_on_two_open_loans_is_reported_with_both_agreements(db, paths):
    with db.action() as s:
        demo.generate(s, 200, today=TODAY)
    open_statuses = [LoanStatus.SIGNED.value, LoanStatus.COLLECTED.value, LoanStatus.AWAITING_SIGNATURE.value]
    with db.action() as s:
        a, b = s.scalars(select(Loan).where(Loan.status.in_(open_statuses)).order_by(Loan.agreement_number)).all()[:2]
        item = s.scalars(select(LoanItem).where(LoanItem.loan_id == a.id)).first()
        s.add(LoanItem(loan_id=b.id, sample_id=item.sample_id, mass_ug=1))
        numbers = (a.agreement_number, b.agreement_number)

    report = check_database(paths)
    [problem] = [p for p in report.problems if "open loans at once" in p]
    assert numbers[0] in problem and numbers[1] in problem
