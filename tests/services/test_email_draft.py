"""The email to CLEP as an .eml draft, parsed back as a mail program would:
a draft (X-Unsent), the stored recipients, a subject and body with the
period's figures, the files attached with their MIME types and their names
in any script; and the CLEP recipients kept in the database's settings."""

from __future__ import annotations

import email
from datetime import UTC, date, datetime
from email import policy
from email.parser import BytesParser
from email.utils import parseaddr, parsedate_to_datetime

import pytest
from demo_data import build_demo_file, opened_copy
from sqlalchemy import select

from lunar_desk.db.models import AuditLog
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import email_draft, reporting, settings
from lunar_desk.services.mass import format_mass
from lunar_desk.services.reporting import Period

TODAY = date(2026, 11, 25)
PERIOD = Period(date(2026, 7, 1), date(2026, 12, 31))
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
NOW = datetime(2026, 11, 25, 8, 30, tzinfo=UTC)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory, template_db):
    return build_demo_file(tmp_path_factory.mktemp("email-demo"), template_db, size=120, seed=3, today=TODAY)


@pytest.fixture
def demo_db(demo_file, paths):
    yield from opened_copy(demo_file, paths)


@pytest.fixture
def files(tmp_path):
    """A workbook and a PDF with names in Chinese, French and Urdu."""
    folder = tmp_path / "reports"
    folder.mkdir()
    xlsx = folder / "月球样品汇总 2026-Q3.xlsx"
    xlsx.write_bytes(b"PK\x03\x04 workbook bytes \x00\xff")
    pdf = folder / "Résumé ڈیش بورڈ 2026.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\xe2\xe3\xcf\xd3 summary")
    return [xlsx, pdf]


def written(demo_db, files, tmp_path, **kw):
    with demo_db.read() as s:
        draft = email_draft.compose(
            s, PERIOD, TODAY, to=kw.get("to", ["探月与航天工程中心 <samples@clep.example.cn>"]),
            cc=kw.get("cc", ["secretariat@apsco.example.int"]), attachments=files, officer="Wang Lei",
            sender=kw.get("sender", ""))
        totals = reporting.totals(s, PERIOD, TODAY)
    path = email_draft.write_draft(draft, tmp_path / "out", email_draft.draft_file_name(PERIOD), now=NOW)
    return path, BytesParser(policy=policy.default).parsebytes(path.read_bytes()), totals


def test_the_draft_parses_back_with_headers_and_attachments(demo_db, files, tmp_path):
    path, msg, _totals = written(demo_db, files, tmp_path)
    assert path.name == "Email to CLEP 2026-07-01 to 2026-12-31.eml" and path.parent == tmp_path / "out"
    assert msg["X-Unsent"] == "1"
    assert msg["From"] is None  # the mail program fills in the officer's account
    (to,) = msg["To"].addresses
    assert (to.display_name, to.addr_spec) == ("探月与航天工程中心", "samples@clep.example.cn")
    assert [a.addr_spec for a in msg["Cc"].addresses] == ["secretariat@apsco.example.int"]
    assert "2026-07-01 to 2026-12-31" in msg["Subject"] and "月球样品工作汇总" in msg["Subject"]
    assert parsedate_to_datetime(msg["Date"]) == NOW
    assert msg["Message-ID"].startswith("<") and msg["Message-ID"].endswith(">") and "@" in msg["Message-ID"]
    assert msg.get_content_type() == "multipart/mixed"
    attachments = list(msg.iter_attachments())
    assert [(a.get_filename(), a.get_content_type()) for a in attachments] == [
        ("月球样品汇总 2026-Q3.xlsx", XLSX), ("Résumé ڈیش بورڈ 2026.pdf", "application/pdf")]
    assert [a.get_content() for a in attachments] == [f.read_bytes() for f in files]
    assert all(a.get_param("name") == a.get_filename() for a in attachments)
    assert b"\r\n" in path.read_bytes()[:200]


def test_the_body_summarises_the_period_with_the_service_figures(demo_db, files, tmp_path):
    _, msg, t = written(demo_db, files, tmp_path)
    body = msg.get_body(("plain",)).get_content()
    assert t.applications > 0 and t.loans_outstanding > 0
    assert (f"Applications active in the period: {t.applications} ({t.forwarded} forwarded to CLEP, "
            f"{t.decided_in_period} decided in the period)") in body
    assert f"Requested mass: {format_mass(t.requested_ug)}; approved: {format_mass(t.approved_ug)}" in body
    assert f"Loans outstanding: {t.loans_outstanding}, of which {t.loans_overdue} overdue" in body
    assert f"Incidents: {t.incidents} ({t.incidents_open} open)" in body
    for label, n in t.applications_by_status:
        assert f"  {label}: {n}" in body
    assert "  - 月球样品汇总 2026-Q3.xlsx" in body and "Wang Lei" in body
    assert f"本期在办申请 {t.applications} 项" in body


def test_a_plain_parser_sees_the_same_names(demo_db, files, tmp_path):
    """The older (compat32) parser, closer to what old mail programs do, decodes the RFC 2231 names too."""
    path, _, _ = written(demo_db, files, tmp_path)
    msg = email.message_from_bytes(path.read_bytes())
    names = [p.get_filename() for p in msg.walk() if p.get_content_disposition() == "attachment"]
    assert names == [f.name for f in files]
    types = [p.get_content_type() for p in msg.walk() if p.get_content_disposition() == "attachment"]
    assert types == [XLSX, "application/pdf"]


def test_the_sender_gives_from_and_message_id_domain(demo_db, files, tmp_path):
    _, msg, _ = written(demo_db, files, tmp_path, sender="Wang Lei <wang.lei@apsco.example.int>")
    assert parseaddr(msg["From"]) == ("Wang Lei", "wang.lei@apsco.example.int")
    assert msg["Message-ID"].endswith("@apsco.example.int>")


def test_a_second_draft_does_not_overwrite_the_first(demo_db, files, tmp_path):
    first, _, _ = written(demo_db, files, tmp_path)
    second, _, _ = written(demo_db, files, tmp_path)
    assert first.exists() and second.name == "Email to CLEP 2026-07-01 to 2026-12-31 (2).eml"
    assert sorted(p.name for p in first.parent.iterdir()) == sorted([first.name, second.name])


def test_recipients_and_files_are_checked(demo_db, files, tmp_path):
    with demo_db.read() as s:
        with pytest.raises(ValidationError, match="at least one recipient") as info:
            email_draft.compose(s, PERIOD, TODAY, to=[], attachments=files)
        assert info.value.field == "to"
        with pytest.raises(ValidationError, match="'clep.example.cn' is not an email address"):
            email_draft.compose(s, PERIOD, TODAY, to=["clep.example.cn"])
        draft = email_draft.compose(s, PERIOD, TODAY, to=["a@clep.example.cn"], attachments=[tmp_path / "gone.pdf"])
    with pytest.raises(UserError, match="gone.pdf cannot be attached"):
        email_draft.write_draft(draft, tmp_path / "out", "x.eml")
    assert not (tmp_path / "out" / "x.eml").exists()


def test_typed_address_lists():
    assert email_draft.parse_addresses("a@x.org; 探月中心 <clep@example.cn>,\n\"Li, Wei\" <li@x.org>, a@x.org") == (
        "a@x.org", "探月中心 <clep@example.cn>", '"Li, Wei" <li@x.org>')
    assert email_draft.parse_addresses("  ") == ()
    with pytest.raises(ValidationError) as info:
        email_draft.parse_addresses("ok@x.org, nobody", "cc")
    assert info.value.field == "cc"


@pytest.mark.parametrize(("name", "mime"), [
    ("summary.PDF", "application/pdf"), ("a.xlsx", XLSX), ("notes.txt", "text/plain"), ("data.bin", "application/octet-stream"),
])
def test_mime_types(name, mime, tmp_path):
    assert "/".join(email_draft.mime_type(tmp_path / name)) == mime


# --- the recipients setting -----------------------------------------------------------------------------


def test_clep_recipients_are_stored_checked_and_audited(db):
    with db.read() as s:
        assert settings.clep_recipients(s) == settings.ClepRecipients()
    with db.action() as s:
        stored = settings.set_clep_recipients(s, ["探月中心 <clep@example.cn>", " a@b.org ", "a@b.org"], ["c@d.org"])
    assert stored.to == ("探月中心 <clep@example.cn>", "a@b.org") and stored.cc == ("c@d.org",)
    with db.read() as s:
        assert settings.clep_recipients(s) == stored
        entries = s.scalars(select(AuditLog).where(AuditLog.table_name == "setting",
                                                   AuditLog.row_id == settings.CLEP_RECIPIENTS)).all()
        assert len(entries) == 1
    with pytest.raises(ValidationError, match="'not an address' is not an email address") as info, \
            db.action() as s:
        settings.set_clep_recipients(s, ["x@y.org"], ["not an address"])
    assert info.value.field == "cc"
    with db.read() as s:
        assert settings.clep_recipients(s) == stored


def test_an_unreadable_recipients_setting_reads_as_none(db):
    with db.action() as s:
        settings.set_setting(s, settings.CLEP_RECIPIENTS, "not json")
    with db.read() as s:
        assert settings.clep_recipients(s) == settings.ClepRecipients()
