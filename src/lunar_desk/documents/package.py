"""The package the Secretariat forwards to CLEP for a review round (batch).

One zip, written atomically (a temporary file in the same folder, then
``os.replace``), laid out as::

    manifest.json                       what is inside, with SHA-256 and sizes
    applications.xlsx                   the application list (two sheets)
    <REFERENCE>/<REFERENCE>.pdf         the Annex 2 / Annex 3 form
    <REFERENCE>/attachments/<name>      CVs, letters, scans — names kept as uploaded

Non-ASCII entry names are stored as UTF-8 with the zip "language encoding"
flag (bit 11) set (Python's zipfile does so for every non-ASCII name; ASCII
names are valid UTF-8 anyway), so Persian, Chinese or Thai file names open
correctly in Windows Explorer, 7-Zip and macOS Archive Utility.  :func:`verify_package` re-reads a package
and lists what is wrong with it (missing or extra files, size or hash
mismatches, a damaged or truncated zip).
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from pathlib import Path, PurePosixPath

from lunar_desk.errors import UserError
from lunar_desk.filenames import replace_file, safe_file_name
from lunar_desk.services.application_view import ApplicationView
from lunar_desk.messages import Msg

MANIFEST_NAME = "manifest.json"
LIST_NAME = "applications.xlsx"
MANIFEST_FORMAT = "lunar-desk/clep-package"
MANIFEST_VERSION = 1
UTF8_FLAG = 0x800

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class PackageError(UserError):
    title = "Cannot build the CLEP package"


class PackageCancelled(UserError):
    title = "Package cancelled"

    def __init__(self, message: str = "Building the package was cancelled; no file was written.") -> None:
        super().__init__(message)


@dataclass(frozen=True)
class PackageFile:
    path: str  # inside the zip, "/"-separated
    size: int
    sha256: str
    role: str  # "form" | "attachment" | "list"
    reference: str | None = None


@dataclass(frozen=True)
class PackageManifest:
    batch_number: int | None
    created_utc: datetime
    application_count: int
    attachment_count: int
    files: tuple[PackageFile, ...]
    applications: tuple[dict, ...] = field(default=())
    zip_path: Path | None = None

    def to_json(self) -> dict:
        return {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "batch": self.batch_number,
            "created_utc": self.created_utc.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
            "created_by": "Lunar Desk (APSCO Secretariat)",
            "counts": {
                "applications": self.application_count,
                "attachments": self.attachment_count,
                "files": len(self.files),
            },
            "applications": list(self.applications),
            "files": [asdict(f) for f in self.files],
        }


# --- names -----------------------------------------------------------------------------

def safe_name(name: str, fallback: str = "file") -> str:
    """A file or folder name valid on Windows, macOS and Linux; non-ASCII kept (NFC)."""
    return safe_file_name(name, fallback)


def _unique(name: str, taken: set[str]) -> str:
    candidate = name
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    n = 2
    while candidate.casefold() in taken:
        candidate = f"{stem} ({n}){'.' + ext if ext else ''}"
        n += 1
    taken.add(candidate.casefold())
    return candidate


def _sha256_file(path: Path) -> tuple[str, int]:
    h = hashlib.sha256()
    size = 0
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
            size += len(chunk)
    return h.hexdigest(), size


def _zip_info(arcname: str, when: datetime) -> zipfile.ZipInfo:
    local = when.astimezone(UTC)
    info = zipfile.ZipInfo(arcname, date_time=(local.year, local.month, local.day, local.hour, local.minute,
                                               local.second))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


# --- building ---------------------------------------------------------------------------

def build_clep_package(
    views: list[ApplicationView],
    attachments: dict[uuid.UUID, Path],
    out_zip: Path,
    *,
    batch_number: int | None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> PackageManifest:
    """Write the CLEP package for ``views`` to ``out_zip`` and return its manifest.

    ``attachments`` maps each ``AttachmentView.id`` to the stored file.  A
    missing file, or one whose SHA-256 differs from the recorded one, stops
    the build with a :class:`PackageError` naming the application and file;
    nothing is written then (nor on cancel).
    """
    from lunar_desk.documents.application_form import render_application_form
    from lunar_desk.sheets.application_list import write_application_list

    out_zip = Path(out_zip)
    references = [v.reference for v in views]
    duplicates = sorted({r for r in references if references.count(r) > 1})
    if duplicates:
        raise PackageError(Msg("The package would contain the same application twice: {items}.", items=', '.join(duplicates)))

    # check every attachment before any slow work
    for v in views:
        for a in v.attachments:
            path = attachments.get(a.id)
            if path is None or not Path(path).is_file():
                raise PackageError(
                    Msg(
                        "Application {reference}: the attachment '{a_name}' is missing from the attachment store;"
                        " add it again or remove it from the application before forwarding.",
                        reference=v.reference, a_name=a.name)
                )

    created = datetime.now(UTC).replace(microsecond=0)
    steps = len(views) * 2 + 2
    step = 0

    def tick() -> None:
        nonlocal step
        if cancelled is not None and cancelled():
            raise PackageCancelled()
        step += 1
        if progress is not None:
            progress(step, steps)

    out_zip.parent.mkdir(parents=True, exist_ok=True)
    files: list[PackageFile] = []
    app_entries: list[dict] = []
    attachment_count = 0
    fd, tmp_name = tempfile.mkstemp(prefix=f".{out_zip.name}.", suffix=".part", dir=out_zip.parent)
    os.close(fd)
    tmp_zip = Path(tmp_name)
    try:
        with tempfile.TemporaryDirectory(prefix="lunar-desk-package-") as work, \
                zipfile.ZipFile(tmp_zip, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            work_dir = Path(work)

            def add(path: Path, arcname: str, role: str, reference: str | None) -> PackageFile:
                digest, size = _sha256_file(path)
                with open(path, "rb") as src, zf.open(_zip_info(arcname, created), "w") as dst:
                    for chunk in iter(lambda: src.read(1 << 20), b""):
                        dst.write(chunk)
                entry = PackageFile(path=arcname, size=size, sha256=digest, role=role, reference=reference)
                files.append(entry)
                return entry

            folders: set[str] = set()
            for v in views:
                tick()
                folder = _unique(safe_name(v.reference, fallback=str(v.id)), folders)
                form_name = f"{folder}.pdf"
                form = render_application_form(v, work_dir / f"{uuid.uuid4().hex}.pdf")
                form_entry = add(form, f"{folder}/{form_name}", "form", v.reference)
                form.unlink()
                tick()
                taken: set[str] = set()
                att_entries = []
                for a in v.attachments:
                    src = Path(attachments[a.id])
                    digest, _size = _sha256_file(src)
                    if a.sha256 and digest != a.sha256.lower():
                        raise PackageError(
                            Msg(
                                "Application {reference}: the stored attachment '{a_name}' does not match its "
                                "recorded checksum (the file was changed or damaged); restore it from a backup or"
                                " upload it again.",
                                reference=v.reference, a_name=a.name)
                        )
                    name = _unique(safe_name(a.name, fallback=f"attachment-{a.id}"), taken)
                    entry = add(src, f"{folder}/attachments/{name}", "attachment", v.reference)
                    att_entries.append({"path": entry.path, "name": a.name, "kind": a.kind,
                                        "person": a.person_name})
                    attachment_count += 1
                app_entries.append({
                    "reference": v.reference,
                    "kind": v.kind,
                    "institution": v.institution,
                    "member_state": v.member_state,
                    "status": v.status,
                    "form": form_entry.path,
                    "attachments": att_entries,
                })
            tick()
            xlsx = write_application_list(views, work_dir / LIST_NAME)
            add(xlsx, LIST_NAME, "list", None)
            manifest = PackageManifest(
                batch_number=batch_number,
                created_utc=created,
                application_count=len(views),
                attachment_count=attachment_count,
                files=tuple(files),
                applications=tuple(app_entries),
                zip_path=out_zip,
            )
            data = json.dumps(manifest.to_json(), ensure_ascii=False, indent=2).encode("utf-8")
            zf.writestr(_zip_info(MANIFEST_NAME, created), data)
            tick()
        replace_file(tmp_zip, out_zip)  # Windows: refused while the zip is open in another program
    finally:
        if tmp_zip.exists():
            tmp_zip.unlink()
    return manifest


# --- verifying --------------------------------------------------------------------------

def read_manifest(zip_path: Path) -> dict:
    """The manifest of a package, as written (raises for an unreadable zip or manifest)."""
    with zipfile.ZipFile(zip_path) as zf:
        return json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))


def verify_package(zip_path: Path) -> list[str]:
    """Everything wrong with a package, one sentence each; ``[]`` when it is intact."""
    zip_path = Path(zip_path)
    problems: list[str] = []
    if not zip_path.is_file():
        return [f"{zip_path.name}: the file does not exist."]
    try:
        zf = zipfile.ZipFile(zip_path)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        return [f"{zip_path.name} is not a readable zip file (truncated or damaged): {exc}."]
    with zf:
        names = {i.filename for i in zf.infolist() if not i.is_dir()}
        try:
            manifest = json.loads(zf.read(MANIFEST_NAME).decode("utf-8"))
        except KeyError:
            return [f"{zip_path.name} has no {MANIFEST_NAME}."]
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib.error) as exc:
            return [f"{MANIFEST_NAME} cannot be read: {exc}."]
        if manifest.get("format") != MANIFEST_FORMAT:
            problems.append(f"{MANIFEST_NAME} is not a Lunar Desk package manifest.")
        listed = manifest.get("files") or []
        listed_paths = set()
        for entry in listed:
            path = str(entry.get("path", ""))
            listed_paths.add(path)
            if path not in names:
                problems.append(f"{path}: listed in the manifest but missing from the zip.")
                continue
            info = zf.getinfo(path)
            if info.file_size != entry.get("size"):
                problems.append(f"{path}: size is {info.file_size} bytes, the manifest says {entry.get('size')}.")
            h = hashlib.sha256()
            try:
                with zf.open(info) as f:
                    for chunk in iter(lambda: f.read(1 << 20), b""):
                        h.update(chunk)
            except (zipfile.BadZipFile, OSError, EOFError, zlib.error) as exc:
                problems.append(f"{path}: cannot be read from the zip (damaged): {exc}.")
                continue
            if h.hexdigest() != entry.get("sha256"):
                problems.append(f"{path}: SHA-256 does not match the manifest (the file was changed or damaged).")
        for extra in sorted(names - listed_paths - {MANIFEST_NAME}):
            problems.append(f"{extra}: in the zip but not listed in the manifest.")
        for name in names:
            if PurePosixPath(name).is_absolute() or ".." in PurePosixPath(name).parts:
                problems.append(f"{name}: unsafe path in the zip.")
        counts = manifest.get("counts") or {}
        if counts.get("files") is not None and counts.get("files") != len(listed):
            problems.append(f"The manifest counts {counts.get('files')} files but lists {len(listed)}.")
        forms = sum(1 for e in listed if e.get("role") == "form")
        if counts.get("applications") is not None and counts.get("applications") != forms:
            problems.append(f"The manifest counts {counts.get('applications')} applications but lists {forms} forms.")
        atts = sum(1 for e in listed if e.get("role") == "attachment")
        if counts.get("attachments") is not None and counts.get("attachments") != atts:
            problems.append(
                f"The manifest counts {counts.get('attachments')} attachments but lists {atts}.")
    return problems

