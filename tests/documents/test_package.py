"""The CLEP package: contents match the manifest; damage is detected."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import uuid
import zipfile
from pathlib import Path

import pytest
from doc_samples import make_view

from lunar_desk.documents.package import (
    LIST_NAME,
    MANIFEST_NAME,
    UTF8_FLAG,
    PackageCancelled,
    PackageError,
    build_clep_package,
    read_manifest,
    verify_package,
)
from lunar_desk.services.application_view import AttachmentView


def _attachment(tmp_path: Path, name: str, content: bytes, person: str = "") -> tuple[AttachmentView, Path]:
    store = tmp_path / "store"
    store.mkdir(exist_ok=True)
    digest = hashlib.sha256(content).hexdigest()
    path = store / digest
    path.write_bytes(content)
    view = AttachmentView(id=uuid.uuid4(), name=name, kind="cv", size=len(content), sha256=digest,
                          mime_type="application/pdf", person_name=person)
    return view, path


@pytest.fixture
def package_input(tmp_path):
    a1, p1 = _attachment(tmp_path, "CV زهرا حسینی.pdf", b"%PDF-1.4 cv of Zahra", "Zahra Hosseini")
    a2, p2 = _attachment(tmp_path, "简历-王晓明.pdf", b"%PDF-1.4 cv of Wang", "Wang Xiaoming")
    a3, p3 = _attachment(tmp_path, "letter.pdf", b"letter one")
    a4, p4 = _attachment(tmp_path, "letter.pdf", b"letter two")  # same name, different file
    research = make_view("research", attachments=(a1, a2, a3, a4))
    public = make_view("public_benefit", reference="APSCO-PB-2025-0002")
    files = {a1.id: p1, a2.id: p2, a3.id: p3, a4.id: p4}
    return [research, public], files


def test_package_contents_match_manifest(package_input, tmp_path):
    views, files = package_input
    out = tmp_path / "out" / "batch-8.zip"
    ticks = []
    manifest = build_clep_package(views, files, out, batch_number=8, progress=lambda i, n: ticks.append((i, n)))
    assert out.is_file()
    assert ticks and ticks[-1][0] == ticks[-1][1]
    assert [p.name for p in out.parent.iterdir()] == ["batch-8.zip"]  # no temporary file left

    with zipfile.ZipFile(out) as zf:
        names = set(zf.namelist())
        data = json.loads(zf.read(MANIFEST_NAME))
        assert names == {f["path"] for f in data["files"]} | {MANIFEST_NAME}
        for f in data["files"]:
            blob = zf.read(f["path"])
            assert len(blob) == f["size"]
            assert hashlib.sha256(blob).hexdigest() == f["sha256"]
        assert "APSCO-LS-2025-0007/APSCO-LS-2025-0007.pdf" in names
        assert "APSCO-PB-2025-0002/APSCO-PB-2025-0002.pdf" in names
        assert "APSCO-LS-2025-0007/attachments/CV زهرا حسینی.pdf" in names
        assert "APSCO-LS-2025-0007/attachments/简历-王晓明.pdf" in names
        assert {"APSCO-LS-2025-0007/attachments/letter.pdf",
                "APSCO-LS-2025-0007/attachments/letter (2).pdf"} <= names
        assert LIST_NAME in names
        assert zf.read("APSCO-LS-2025-0007/APSCO-LS-2025-0007.pdf").startswith(b"%PDF")
        for info in zf.infolist():
            if not info.filename.isascii():  # ASCII names are valid UTF-8 either way
                assert info.flag_bits & UTF8_FLAG, info.filename
        assert zf.read("APSCO-LS-2025-0007/attachments/简历-王晓明.pdf") == b"%PDF-1.4 cv of Wang"
    assert "简历-王晓明.pdf".encode() in out.read_bytes()  # stored as UTF-8, not cp437

    assert data["batch"] == 8
    assert data["counts"] == {"applications": 2, "attachments": 4, "files": 2 + 4 + 1}
    assert data["created_utc"].endswith("Z")
    assert manifest.application_count == 2 and manifest.attachment_count == 4
    assert read_manifest(out) == data
    assert verify_package(out) == []


def test_tampered_file_is_detected(package_input, tmp_path):
    views, files = package_input
    out = tmp_path / "batch.zip"
    build_clep_package(views, files, out, batch_number=8)
    tampered = tmp_path / "tampered.zip"
    victim = "APSCO-LS-2025-0007/attachments/letter.pdf"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(tampered, "w") as dst:
        for info in src.infolist():
            blob = src.read(info)
            if info.filename == victim:
                blob = b"letter 0ne"  # same size, different content
            dst.writestr(info, blob)
    problems = verify_package(tampered)
    assert len(problems) == 1 and victim in problems[0] and "SHA-256" in problems[0]


def test_missing_and_extra_files_are_detected(package_input, tmp_path):
    views, files = package_input
    out = tmp_path / "batch.zip"
    build_clep_package(views, files, out, batch_number=8)
    changed = tmp_path / "changed.zip"
    dropped = "APSCO-PB-2025-0002/APSCO-PB-2025-0002.pdf"
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(changed, "w") as dst:
        for info in src.infolist():
            if info.filename != dropped:
                dst.writestr(info, src.read(info))
        dst.writestr("stray.txt", b"?")
    problems = verify_package(changed)
    assert any(dropped in p and "missing" in p for p in problems)
    assert any("stray.txt" in p for p in problems)


def test_truncated_zip_is_detected(package_input, tmp_path):
    views, files = package_input
    out = tmp_path / "batch.zip"
    build_clep_package(views, files, out, batch_number=8)
    data = out.read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(data[: len(data) // 2])
    problems = verify_package(cut)
    assert problems and "truncated" in problems[0]
    assert verify_package(tmp_path / "nope.zip")


def test_missing_attachment_stops_before_writing(package_input, tmp_path):
    views, files = package_input
    files = dict(files)
    files.pop(views[0].attachments[1].id)
    out = tmp_path / "batch.zip"
    with pytest.raises(PackageError, match="简历-王晓明.pdf"):
        build_clep_package(views, files, out, batch_number=8)
    assert not out.exists()


def test_changed_attachment_in_store_is_refused(package_input, tmp_path):
    views, files = package_input
    files[views[0].attachments[2].id].write_bytes(b"tampered in the store")
    out = tmp_path / "batch.zip"
    with pytest.raises(PackageError, match="checksum"):
        build_clep_package(views, files, out, batch_number=8)
    assert not out.exists()
    assert list(tmp_path.glob("*.part")) == []


def test_cancel_leaves_previous_package(package_input, tmp_path):
    views, files = package_input
    out = tmp_path / "batch.zip"
    out.write_bytes(b"previous")
    with pytest.raises(PackageCancelled):
        build_clep_package(views, files, out, batch_number=8, cancelled=lambda: True)
    assert out.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["batch.zip", "store"]


def test_duplicate_application_refused(package_input, tmp_path):
    views, files = package_input
    with pytest.raises(PackageError, match="twice"):
        build_clep_package([views[0], views[0]], files, tmp_path / "b.zip", batch_number=8)


def test_unsafe_reference_becomes_safe_folder(tmp_path):
    view = dataclasses.replace(make_view(), reference="APSCO/LS:2025*7")
    out = tmp_path / "b.zip"
    build_clep_package([view], {}, out, batch_number=None)
    with zipfile.ZipFile(out) as zf:
        assert "APSCO_LS_2025_7/APSCO_LS_2025_7.pdf" in zf.namelist()
    assert verify_package(out) == []
