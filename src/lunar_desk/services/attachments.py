"""Attachments (CVs, letters, lab photos, scans): files stored once by
SHA-256 in the data folder, one database row per owner.

Layout: ``attachments_dir/ab/abcdef…`` where ``abcdef…`` is the full hex
SHA-256 of the content.  The same content attached twice is stored once;
each attachment row records the owner, the original name, size, hash and
MIME type.

Files are written before the database transaction commits (copy to a
temporary name, fsync, ``os.replace``).  A rolled-back action can therefore
leave a stored file no row points at; that is harmless (the name is its
content) and the next attachment of the same content reuses it.  Removing an
attachment deletes the row only: other rows may share the file.
"""

from __future__ import annotations

import hashlib
import mimetypes
import os
import shutil
import tempfile
import uuid
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from lunar_desk.db.models import Attachment, AttachmentKind, Person
from lunar_desk.errors import NotFoundError, UserError, ValidationError
from lunar_desk.filenames import safe_file_name
from lunar_desk.messages import Msg

CHUNK = 1024 * 1024
NAME_MAX = 300
OPENED_NAME_BYTES = 120  # the name of a copy opened in the laptop's program (see viewable_copy)

KIND_LABELS = {
    AttachmentKind.CV: "CV",
    AttachmentKind.LETTER: "Letter",
    AttachmentKind.LAB_PHOTO: "Lab photo",
    AttachmentKind.OTHER: "Other",
}


def attachment_path(attachments_dir: Path, att: Attachment | str) -> Path:
    """Where the content of ``att`` (an attachment or a hex SHA-256) is stored."""
    sha = att if isinstance(att, str) else att.sha256
    sha = sha.lower()
    return Path(attachments_dir) / sha[:2] / sha


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


def _owner_class(owner_table: str) -> type[SQLModel] | None:
    for mapper in SQLModel._sa_registry.mappers:  # every table class, whoever defined it
        if getattr(mapper.class_, "__tablename__", None) == owner_table:
            return mapper.class_
    return None


def _fsync_dir(path: Path) -> None:
    """Make a rename durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_into_store(attachments_dir: Path, source: Path) -> tuple[str, int]:
    """Copy ``source`` into the store (hashing what is written); return (sha256, size)."""
    attachments_dir.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    size = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=attachments_dir)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            while block := src.read(CHUNK):
                digest.update(block)
                out.write(block)
                size += len(block)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        final = attachment_path(attachments_dir, sha)
        if final.is_file() and final.stat().st_size == size and file_sha256(final) == sha:
            tmp.unlink()  # already stored: same content, same file
        else:
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)  # also repairs a stored copy that was damaged
            _fsync_dir(final.parent)
        return sha, size
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def store_attachment(
    session: Session,
    attachments_dir: Path,
    source: Path,
    *,
    owner_table: str,
    owner_id: uuid.UUID,
    kind: str,
    person_id: uuid.UUID | None = None,
    name: str | None = None,
) -> Attachment:
    """Copy ``source`` into the store and record it as an attachment of the owner row.

    ``name`` defaults to the file's own name.  A CV must say whose it is
    (``person_id``).
    """
    source = Path(source)
    try:
        kind = AttachmentKind(kind).value
    except ValueError:
        allowed = ", ".join(k.value for k in AttachmentKind)
        raise ValidationError(Msg("'{kind}' is not a kind of attachment; use one of: {allowed}.", kind=kind, allowed=allowed), field="kind") from None
    owner_class = _owner_class(owner_table)
    if owner_class is None:
        raise ValidationError(Msg("Attachments cannot belong to '{owner_table}' records.", owner_table=owner_table), field="owner")
    if session.get(owner_class, owner_id) is None:
        raise NotFoundError(Msg(
            "The record this file was to be attached to no longer exists; the view will be refreshed."))
    if person_id is not None and session.get(Person, person_id) is None:
        raise NotFoundError(Msg("The person this file belongs to no longer exists; the list will be refreshed."))
    if kind == AttachmentKind.CV and person_id is None:
        raise ValidationError(Msg("Say whose CV this is."), field="person")
    if not source.is_file():
        raise UserError(Msg("The file {source} cannot be attached: it does not exist or is not a file.", source=source))
    if source.stat().st_size == 0:
        raise UserError(Msg("The file {source_name} is empty; attach the actual document.", source_name=source.name))
    display = (name or source.name).strip() or source.name
    if len(display) > NAME_MAX:
        stem, dot, ext = display.rpartition(".")
        display = (stem[: NAME_MAX - len(ext) - 2] + "…" + dot + ext) if dot and len(ext) < 20 else display[: NAME_MAX - 1] + "…"
    try:
        sha, size = copy_into_store(Path(attachments_dir), source)
    except OSError as exc:
        raise UserError(Msg("The file {source_name} could not be copied into the data folder: {value}.", source_name=source.name, value=exc.strerror or exc)) from exc
    if size == 0:  # emptied while being copied
        raise UserError(Msg("The file {source_name} is empty; attach the actual document.", source_name=source.name))
    mime = mimetypes.guess_type(display)[0] or "application/octet-stream"
    att = Attachment(
        owner_table=owner_table, owner_id=owner_id, person_id=person_id, kind=kind,
        name=display, size=size, sha256=sha, mime_type=mime[:100],
    )
    session.add(att)
    session.flush()
    return att


def verify_attachment(attachments_dir: Path, att: Attachment) -> str | None:
    """None if the stored file is there with the recorded content, else what is wrong."""
    path = attachment_path(attachments_dir, att)
    try:
        if not path.is_file():
            return Msg("{name}: the stored file is missing from the data folder ({path}).", name=att.name, path=str(path))
        if path.stat().st_size != att.size or file_sha256(path) != att.sha256:
            return Msg("{name}: the stored file has changed since it was attached (its SHA-256 no longer matches).",
                       name=att.name)
    except OSError as exc:
        return Msg("{name}: the stored file cannot be read ({reason}).", name=att.name, reason=str(exc.strerror or exc))
    return None


def viewable_copy(attachments_dir: Path, att: Attachment, folder: Path) -> Path:
    """A copy of the stored file under the attachment's own name (``CV 李娜.pdf``), to open in the
    laptop's program for its type: the store names files by their hash, without an extension, and
    Windows chooses the program by the extension ("How do you want to open this file?" otherwise).
    The copy (``folder/<hash prefix>/<name>``) is the officer's to read or edit; the store never
    changes. Raises UserError when the stored file is missing or damaged."""
    problem = verify_attachment(attachments_dir, att)
    if problem is not None:
        raise UserError(problem)
    # short: the copy sits deep in the data folder, and Windows paths stop at 260 characters
    name = safe_file_name(att.name, f"attachment-{att.sha256[:8]}", max_bytes=OPENED_NAME_BYTES)
    stem, suffix = Path(name).stem, Path(name).suffix
    base = Path(folder) / att.sha256[:16]
    base.mkdir(parents=True, exist_ok=True)
    for n in range(1, 50):
        out = base / (name if n == 1 else f"{stem} ({n}){suffix}")
        if out.is_file() and out.stat().st_size == att.size and file_sha256(out) == att.sha256:
            return out  # already there, unchanged
        if out.exists():
            continue  # edited by the officer, or held open by a program (Windows would refuse to replace it)
        fd, tmp_name = tempfile.mkstemp(prefix=".copy-", dir=base)
        os.close(fd)
        try:
            shutil.copyfile(attachment_path(attachments_dir, att), tmp_name)
            os.replace(tmp_name, out)
        finally:
            Path(tmp_name).unlink(missing_ok=True)
        return out
    raise UserError(Msg("{name}: the stored file cannot be read ({reason}).", name=att.name, reason=str(base)))


def get_attachment(session: Session, attachment_id: uuid.UUID) -> Attachment:
    att = session.get(Attachment, attachment_id)
    if att is None:
        raise NotFoundError(Msg("That attachment no longer exists; the list will be refreshed."))
    return att


def attachments_of(session: Session, owner_table: str, owner_id: uuid.UUID) -> list[Attachment]:
    q = select(Attachment).where(Attachment.owner_table == owner_table, Attachment.owner_id == owner_id)
    return list(session.scalars(q.order_by(Attachment.created_at, Attachment.name)))


def remove_attachment(session: Session, attachment_id: uuid.UUID) -> None:
    """Move the attachment row to the recycle bin; the stored file stays (other
    rows may share it, and a restore needs it)."""
    from lunar_desk.services import recycle_bin

    row = get_attachment(session, attachment_id)
    recycle_bin.discard(session, row, row.name)
