"""Attachments an officer relies on: files stored once by content, never
silently lost or altered, refusals that leave nothing behind."""

from __future__ import annotations

import hashlib
import uuid

import pytest
from sqlalchemy import func, select

from lunar_desk.db.models import Attachment, AuditLog, Person
from lunar_desk.errors import NotFoundError, UserError, ValidationError
from lunar_desk.services import attachments as att
from lunar_desk.services import reference


def count(db, model) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.fixture
def person_id(db):
    with db.action() as s:
        return reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی").id


@pytest.fixture
def store(db):
    return db.paths.attachments_dir


def attach(db, store, source, owner_id, kind="cv", person_id=None, **kw):
    with db.action() as s:
        a = att.store_attachment(s, store, source, owner_table="person", owner_id=owner_id, kind=kind,
                                 person_id=person_id, **kw)
        return a.id


def stored_files(store):
    return sorted(p for p in store.rglob("*") if p.is_file())


def test_file_is_stored_by_sha256_with_name_size_and_type(db, store, person_id, tmp_path):
    src = tmp_path / "CV Rezaei.pdf"
    content = b"%PDF-1.4 curriculum vitae of Mohammad Rezaei\n"
    src.write_bytes(content)
    aid = attach(db, store, src, person_id, person_id=person_id)
    sha = hashlib.sha256(content).hexdigest()
    with db.read() as s:
        a = s.get(Attachment, aid)
        assert (a.name, a.size, a.sha256, a.mime_type, a.kind) == ("CV Rezaei.pdf", len(content), sha, "application/pdf", "cv")
        assert (a.owner_table, a.owner_id, a.person_id) == ("person", person_id, person_id)
        path = att.attachment_path(store, a)
    assert path == store / sha[:2] / sha
    assert path.read_bytes() == content
    assert stored_files(store) == [path]  # no temporary file left behind
    assert att.verify_attachment(store, a) is None


def test_same_content_is_stored_once(db, store, person_id, tmp_path):
    (tmp_path / "a.txt").write_text("same CV", encoding="utf-8")
    (tmp_path / "b.txt").write_text("same CV", encoding="utf-8")
    (tmp_path / "c.txt").write_text("another CV", encoding="utf-8")
    first = attach(db, store, tmp_path / "a.txt", person_id, person_id=person_id)
    second = attach(db, store, tmp_path / "b.txt", person_id, kind="letter")
    attach(db, store, tmp_path / "c.txt", person_id, kind="other")
    with db.read() as s:
        a, b = s.get(Attachment, first), s.get(Attachment, second)
        assert a.sha256 == b.sha256 and a.id != b.id and (a.name, b.name) == ("a.txt", "b.txt")
    assert len(stored_files(store)) == 2
    assert count(db, Attachment) == 3


def test_vanished_file_is_flagged_missing(db, store, person_id, tmp_path):
    (tmp_path / "cv.txt").write_text("CV", encoding="utf-8")
    aid = attach(db, store, tmp_path / "cv.txt", person_id, person_id=person_id)
    with db.read() as s:
        a = s.get(Attachment, aid)
    att.attachment_path(store, a).unlink()
    problem = att.verify_attachment(store, a)
    assert problem is not None and "missing" in problem and "cv.txt" in problem


@pytest.mark.parametrize("damage", ["same_size", "longer"])
def test_changed_file_is_flagged(db, store, person_id, tmp_path, damage):
    (tmp_path / "cv.txt").write_text("Curriculum vitae", encoding="utf-8")
    aid = attach(db, store, tmp_path / "cv.txt", person_id, person_id=person_id)
    with db.read() as s:
        a = s.get(Attachment, aid)
    path = att.attachment_path(store, a)
    path.write_text("Curriculum VITAE" if damage == "same_size" else "Curriculum vitae, edited", encoding="utf-8")
    problem = att.verify_attachment(store, a)
    assert problem is not None and "changed since it was attached" in problem


def test_storing_again_repairs_a_damaged_stored_copy(db, store, person_id, tmp_path):
    (tmp_path / "cv.txt").write_text("Curriculum vitae", encoding="utf-8")
    aid = attach(db, store, tmp_path / "cv.txt", person_id, person_id=person_id)
    with db.read() as s:
        a = s.get(Attachment, aid)
    att.attachment_path(store, a).write_text("garbage!", encoding="utf-8")
    attach(db, store, tmp_path / "cv.txt", person_id, kind="other")
    assert att.verify_attachment(store, a) is None


def test_remove_deletes_the_row_and_keeps_the_shared_file(db, store, person_id, tmp_path):
    (tmp_path / "cv.txt").write_text("CV", encoding="utf-8")
    first = attach(db, store, tmp_path / "cv.txt", person_id, person_id=person_id)
    second = attach(db, store, tmp_path / "cv.txt", person_id, kind="other")
    with db.action() as s:
        att.remove_attachment(s, first)
    with db.read() as s:
        assert s.get(Attachment, first) is None
        remaining = s.get(Attachment, second)
        assert att.verify_attachment(store, remaining) is None
    with db.action() as s, pytest.raises(NotFoundError):
        att.remove_attachment(s, first)


@pytest.mark.parametrize(
    "case, error, match",
    [
        ("cv_without_person", ValidationError, "whose CV"),
        ("unknown_kind", ValidationError, "not a kind of attachment"),
        ("unknown_owner_table", ValidationError, "cannot belong"),
        ("missing_owner", NotFoundError, "no longer exists"),
        ("missing_source", UserError, "does not exist"),
        ("empty_source", UserError, "empty"),
    ],
)
def test_refusals_write_nothing(db, store, person_id, tmp_path, case, error, match):
    src = tmp_path / "cv.txt"
    src.write_text("CV", encoding="utf-8")
    kw = dict(owner_table="person", owner_id=person_id, kind="cv", person_id=person_id)
    if case == "cv_without_person":
        kw["person_id"] = None
    elif case == "unknown_kind":
        kw["kind"] = "selfie"
    elif case == "unknown_owner_table":
        kw["owner_table"] = "no_such_table"
    elif case == "missing_owner":
        kw["owner_id"] = uuid.uuid4()
    elif case == "missing_source":
        src = tmp_path / "gone.txt"
    elif case == "empty_source":
        src.write_bytes(b"")
    rows, audits = count(db, Attachment), count(db, AuditLog)
    with pytest.raises(error, match=match):
        with db.action() as s:
            att.store_attachment(s, store, src, **kw)
    assert (count(db, Attachment), count(db, AuditLog)) == (rows, audits)
    assert not store.exists() or stored_files(store) == []


def test_long_names_are_shortened_keeping_the_extension(db, store, person_id, tmp_path):
    src = tmp_path / "cv.pdf"
    src.write_bytes(b"%PDF")
    aid = attach(db, store, src, person_id, person_id=person_id, name="x" * 400 + ".pdf")
    with db.read() as s:
        name = s.get(Attachment, aid).name
    assert len(name) <= 300 and name.endswith(".pdf")
    assert count(db, Person) == 1


def test_an_attachment_opens_as_a_copy_under_its_own_name(db, store, person_id, tmp_path):
    """Windows picks the program by the extension; the store's files have none. The officer gets a
    copy named as attached (made valid for Windows), and editing it never touches the store."""
    content = b"%PDF-1.4 CV of Mohammad Rezaei\n"
    (tmp_path / "cv.pdf").write_bytes(content)
    aid = attach(db, store, tmp_path / "cv.pdf", person_id, person_id=person_id, name="CV: محمد رضایی / 2026?.pdf")
    with db.read() as s:
        a = s.get(Attachment, aid)
    opened = db.paths.opened_dir
    copy = att.viewable_copy(store, a, opened)
    assert copy.name == "CV_ محمد رضایی _ 2026_.pdf" and copy.read_bytes() == content
    assert copy.is_relative_to(opened)
    assert att.viewable_copy(store, a, opened) == copy  # opened again: the same copy

    copy.write_bytes(b"%PDF-1.4 annotated by the officer\n")  # edited (or held open by a viewer on Windows)
    second = att.viewable_copy(store, a, opened)
    assert second.name == "CV_ محمد رضایی _ 2026_ (2).pdf" and second.read_bytes() == content
    assert copy.read_bytes() == b"%PDF-1.4 annotated by the officer\n"  # the officer's edits are kept
    assert att.attachment_path(store, a).read_bytes() == content  # the store never changes

    att.attachment_path(store, a).unlink()
    with pytest.raises(UserError, match="missing"):
        att.viewable_copy(store, a, opened)


def test_an_attachment_with_a_long_name_opens_under_a_short_one(db, store, person_id, tmp_path):
    """The copy lives deep in %LOCALAPPDATA%; Windows paths stop at 260 characters."""
    (tmp_path / "cv.pdf").write_bytes(b"%PDF-1.4 CV\n")
    aid = attach(db, store, tmp_path / "cv.pdf", person_id, person_id=person_id, name="简历" * 120 + ".pdf")
    with db.read() as s:
        a = s.get(Attachment, aid)
    copy = att.viewable_copy(store, a, db.paths.opened_dir)
    assert copy.suffix == ".pdf" and len(copy.name.encode("utf-8")) <= att.OPENED_NAME_BYTES
    assert len(str(copy.relative_to(db.paths.data_dir))) < 120
