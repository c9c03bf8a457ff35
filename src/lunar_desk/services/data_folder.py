"""Moving Lunar Desk to another data folder (Settings → Preferences → Data folder).

An officer moves the records to a bigger or encrypted drive, or back to the
default folder. Nothing is moved in place: the records are *copied* (a
verified SQLite backup of the database, the installation id that stamps this
laptop's changes, every attachment file checked against its SHA-256 name) and
the window uses the new folder from its next start. The old folder stays as it
was until the officer removes it, so a copy that fails or is cancelled halfway
loses nothing: what was written into the new folder is removed again.

A folder that already holds a Lunar Desk database is not written to: it can be
used as it is (after checking that it is a readable database of a schema this
version opens).
"""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from lunar_desk.config import DB_FILENAME, INSTALLATION_FILE, Paths
from lunar_desk.db.backup import backup_sqlite
from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg
from lunar_desk.services.attachments import attachment_path, copy_into_store

_SHA256_NAME = re.compile(r"[0-9a-fA-F]{64}")
MOUNTS = Path("/proc/mounts")  # Linux: where network file systems show themselves
NETWORK_FILE_SYSTEMS = frozenset({"nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "sshfs", "fuse.sshfs",
                                  "davfs", "fuse.davfs2", "fuse.rclone"})
DRIVE_REMOTE = 4  # GetDriveTypeW: a mapped network drive

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class FolderChoice:
    """What the chosen folder holds: ``existing`` when it already has a Lunar Desk database."""

    folder: Path
    existing: bool


@dataclass(frozen=True)
class CopyReport:
    folder: Path
    attachments: int  # attachment files copied
    bytes_copied: int  # the database and the attachment files
    backups_left: Path  # the old backups folder, left where it was


def _same(a: Path, b: Path) -> bool:
    return os.path.normcase(os.path.abspath(a)) == os.path.normcase(os.path.abspath(b))


def _inside(child: Path, parent: Path) -> bool:
    child_parts = Path(os.path.normcase(os.path.abspath(child))).parts
    parent_parts = Path(os.path.normcase(os.path.abspath(parent))).parts
    return child_parts[: len(parent_parts)] == parent_parts


def check_choice(paths: Paths, folder: Path | str) -> FolderChoice:
    """Whether ``folder`` can become the data folder; a refusal names the folder and why."""
    if paths.db_file is None:
        raise ValidationError(Msg(
            "Lunar Desk works on a server database: its records are not in a data folder on this laptop, so "
            "there is nothing to move."), field="data_folder")
    folder = Path(folder).expanduser()
    if not folder.is_absolute():
        raise ValidationError(Msg("{folder} is not a full folder path (e.g. D:\\LunarDesk).", folder=folder),
                              field="data_folder")
    if _same(folder, paths.data_dir):
        raise ValidationError(Msg("{folder} is the data folder in use already.", folder=folder), field="data_folder")
    if _inside(folder, paths.data_dir):
        raise ValidationError(Msg(
            "{folder} is inside the data folder in use ({current}); choose a folder outside it.",
            folder=folder, current=paths.data_dir), field="data_folder")
    if is_network_folder(folder):
        raise ValidationError(Msg(
            "{folder} is on a network drive. Keep the records on this laptop's own disk: SQLite, which holds them, "
            "can be damaged when its file is shared over a network. For records several officers share, use the "
            "office server (Settings → Shared database…).", folder=folder), field="data_folder")
    if folder.exists() and not folder.is_dir():
        raise ValidationError(Msg("{folder} is a file, not a folder.", folder=folder), field="data_folder")
    database = folder / DB_FILENAME
    if database.exists():
        from lunar_desk.services.backups import verify_backup

        verify_backup(database)  # readable, intact, and a schema this version can open (raises otherwise)
        return FolderChoice(folder, existing=True)
    _check_writable(folder)
    return FolderChoice(folder, existing=False)


def is_network_folder(folder: Path) -> bool:
    """A UNC path (``\\\\server\\share``), a mapped network drive on Windows, or a network mount on Linux."""
    text = str(folder)
    if text.startswith(("\\\\", "//")):
        return True
    if os.name == "nt":
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(folder))[0]
        return bool(drive) and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    return _mount_type(folder) in NETWORK_FILE_SYSTEMS


def _mount_type(folder: Path) -> str:
    """The file-system type of the mount that holds ``folder`` (the longest matching mount point)."""
    try:
        lines = MOUNTS.read_text(encoding="utf-8").splitlines()
    except OSError:
        return ""
    target = os.path.abspath(folder)
    best, kind = "", ""
    for line in lines:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount = fields[1].replace("\\040", " ")
        inside = target == mount or target.startswith(mount.rstrip("/") + "/")
        if inside and len(mount) > len(best):
            best, kind = mount, fields[2]
    return kind


def _check_writable(folder: Path) -> None:
    """Write and remove a probe file (and the folder, if the probe had to create it)."""
    probe = folder / f".lunar-desk-write-test-{os.getpid()}"
    made = not folder.exists()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"ok")
    except OSError as exc:
        raise ValidationError(Msg("Lunar Desk cannot write in {folder}: {reason}", folder=folder,
                                  reason=exc.strerror or str(exc)), field="data_folder") from exc
    finally:
        probe.unlink(missing_ok=True)
        if made and folder.exists():
            folder.rmdir()


def _attachment_files(attachments_dir: Path) -> list[Path]:
    """The stored attachment files (named by their SHA-256); a temporary file left by a crash is not one."""
    if not attachments_dir.is_dir():
        return []
    return sorted(p for p in attachments_dir.rglob("*") if p.is_file() and _SHA256_NAME.fullmatch(p.name))


def _copy_checked(source: Path, store: Path) -> tuple[Path, int]:
    """Copy one stored attachment into ``store`` the way attachments are stored (hashing what is written);
    the file's name is its content's SHA-256, so a mismatch means it was changed or damaged on disk."""
    sha, size = copy_into_store(store, source)
    if sha != source.name.lower():
        raise ValidationError(Msg(
            "The attachment file {file} does not match its checksum (it was changed or damaged on disk); "
            "nothing was copied. Run Help → Check database to see which record it belongs to.", file=source),
            field="data_folder")
    return attachment_path(store, sha), size


def copy_data_folder(paths: Paths, folder: Path | str, progress: Progress | None = None) -> CopyReport:
    """Copy this laptop's records into the empty ``folder``: the database (a verified online backup,
    consistent while the window has it open), the installation id and the attachment files.

    ``progress(done, total)`` counts files; it may raise (Cancel) to stop. Any failure removes what
    this call wrote and leaves the current folder untouched.
    """
    choice = check_choice(paths, folder)
    if choice.existing:
        raise ValidationError(Msg(
            "{folder} holds a Lunar Desk database already; use it as it is, or choose an empty folder.",
            folder=choice.folder), field="data_folder")
    target = choice.folder
    report = progress or (lambda done, total: None)
    files = _attachment_files(paths.attachments_dir)
    total = len(files) + 1
    new_store = target / paths.attachments_dir.name
    target_existed, store_existed = target.exists(), new_store.exists()
    written: list[Path] = []
    copied = 0
    try:
        target.mkdir(parents=True, exist_ok=True)
        report(0, total)
        database = target / DB_FILENAME
        written.append(database)
        backup_sqlite(paths.db_file, database)
        copied += database.stat().st_size
        installation = paths.data_dir / INSTALLATION_FILE
        if installation.exists():
            written.append(target / INSTALLATION_FILE)
            shutil.copyfile(installation, target / INSTALLATION_FILE)
        report(1, total)
        for done, source in enumerate(files, start=2):
            stored, size = _copy_checked(source, new_store)
            written.append(stored)
            copied += size
            report(done, total)
    except BaseException:
        # Remove exactly what this call wrote; a folder that was there before keeps its other contents.
        for path in written:
            path.unlink(missing_ok=True)
        if not store_existed:
            shutil.rmtree(new_store, ignore_errors=True)
        if not target_existed:
            shutil.rmtree(target, ignore_errors=True)
        raise
    return CopyReport(folder=target, attachments=len(files), bytes_copied=copied, backups_left=paths.backups_dir)
