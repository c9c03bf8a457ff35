"""The exchange bundle: one zip file, signed with the Secretariat's shared key.

Layout::

    manifest.json        what the bundle holds (signed)
    signature.txt        HMAC-SHA256 of manifest.json with the exchange key (hex)
    records/<table>.json one list of rows per table, in foreign-key-safe order
    files/<sha256>       attachment contents, named by their SHA-256

The manifest names the format and its version, the sending database and
installation, the officer, the time range, the schema revision, the number of
rows per table, the SHA-256 and size of every part, and a fingerprint of the
key (so "signed with a different key" can be told from "changed after it was
written").  Reading a bundle checks all of it before anything is used:
:func:`read_bundle` raises :class:`~lunar_desk.errors.BundleError` with the
reason, and nothing is written.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import os
import re
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from lunar_desk.errors import BundleError
from lunar_desk.filenames import replace_file
from lunar_desk.messages import Msg

FORMAT = "lunar-desk-exchange"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
SIGNATURE = "signature.txt"
CHUNK = 1024 * 1024
KEY_MIN_LENGTH = 12
_SALT = b"lunar-desk exchange key v1"
_SHA = re.compile(r"^[0-9a-f]{64}$")
_TABLE = re.compile(r"^[a-z_][a-z0-9_]{0,63}$")

Progress = Callable[[int, int], None]


# --- the key ---------------------------------------------------------------------------


@lru_cache(maxsize=8)
def derive_key(passphrase: str) -> bytes:
    """The HMAC key from the shared passphrase (PBKDF2, so a captured bundle does not make guessing cheap)."""
    return hashlib.pbkdf2_hmac("sha256", passphrase.encode("utf-8"), _SALT, 200_000)


def key_fingerprint(key: bytes) -> str:
    """Eight hex digits officers can compare between laptops without revealing the key."""
    digest = hmac.new(key, b"lunar-desk exchange key fingerprint", hashlib.sha256).hexdigest()
    return f"{digest[:4]} {digest[4:8]}"


def sign(key: bytes, manifest_bytes: bytes) -> str:
    return hmac.new(key, manifest_bytes, hashlib.sha256).hexdigest()


def canonical_json(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with Path(path).open("rb") as fh:
        while block := fh.read(CHUNK):
            digest.update(block)
    return digest.hexdigest()


# --- writing -------------------------------------------------------------------------------


def write_bundle(out: Path, manifest: dict, tables: dict[str, list[dict]], files: dict[str, Path], key: bytes,
                 progress: Progress | None = None) -> str:
    """Write the bundle to ``out`` (atomically: a temporary file renamed at the end); returns its SHA-256.

    ``tables`` in foreign-key-safe order; ``files``: SHA-256 → stored attachment file.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    parts: dict[str, dict] = {}
    total = len(tables) + len(files)
    done = 0
    fd, tmp_name = tempfile.mkstemp(prefix=".bundle-", suffix=".zip", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        with zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_DEFLATED) as zf:
            for table, rows in tables.items():
                data = canonical_json(rows)
                name = f"records/{table}.json"
                zf.writestr(name, data)
                parts[name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
                done += 1
                if progress:
                    progress(done, total)
            for sha, path in files.items():
                name = f"files/{sha}"
                digest = hashlib.sha256()
                size = 0
                with Path(path).open("rb") as src, zf.open(name, "w", force_zip64=True) as dst:
                    while block := src.read(CHUNK):
                        digest.update(block)
                        dst.write(block)
                        size += len(block)
                if digest.hexdigest() != sha:
                    raise BundleError(Msg(
                        "The stored attachment file {path} changed while it was being exported; nothing was "
                        "written. Try again.",
                        path=path))
                parts[name] = {"sha256": sha, "size": size}
                done += 1
                if progress:
                    progress(done, total)
            manifest = dict(manifest, format=FORMAT, format_version=FORMAT_VERSION, parts=parts,
                            key_fingerprint=key_fingerprint(key))
            manifest_bytes = canonical_json(manifest)
            zf.writestr(MANIFEST, manifest_bytes)
            zf.writestr(SIGNATURE, sign(key, manifest_bytes))
        with tmp.open("rb") as fh:
            os.fsync(fh.fileno())
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # an ordinary file, not mkstemp's private one
        replace_file(tmp, out)  # Windows: refused while the file is open in another program
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return file_sha256(out)


# --- reading ----------------------------------------------------------------------------------


@dataclass
class Bundle:
    """A verified bundle: its manifest, its rows per table, and where its files are."""

    path: Path
    sha256: str
    manifest: dict
    tables: dict[str, list[dict]] = field(default_factory=dict)
    files: dict[str, int] = field(default_factory=dict)  # SHA-256 → size

    @property
    def source_name(self) -> str:
        return str(self.manifest.get("source_name", ""))

    @property
    def source_database(self) -> str:
        return str(self.manifest.get("database_id", ""))

    def copy_file(self, sha: str, write: Callable[[Iterator[bytes]], str]) -> str:
        """Stream the attachment ``sha`` to ``write`` (which returns the SHA-256 it stored); checked again."""
        with zipfile.ZipFile(self.path) as zf, zf.open(f"files/{sha}") as fh:
            stored = write(iter(lambda: fh.read(CHUNK), b""))
        if stored != sha:
            raise BundleError(Msg(
                "{name}: the attachment file {sha}… does not match its SHA-256; the bundle changed after it was "
                "checked. Nothing was imported.",
                name=self.path.name, sha=sha[:12]))
        return stored


def _refuse(path: Path, reason: str) -> BundleError:
    return BundleError(Msg("{path_name} cannot be imported: {reason} Nothing was written.", path_name=path.name, reason=reason))


def read_bundle(path: Path, key: bytes, *, known_schemas: set[str] | None = None,
                progress: Progress | None = None) -> Bundle:
    """Open and verify ``path`` completely (signature, every part's SHA-256, the format); refuse with the reason."""
    path = Path(path)
    if not path.is_file():
        raise _refuse(path, Msg("the file does not exist."))
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise _refuse(path, Msg(
            "it is not a complete exchange bundle (the file is damaged or was cut short, e.g. by an interrupted "
            "copy: {exc}).",
            exc=exc)) from exc
    with zf:
        names = set(zf.namelist())
        if MANIFEST not in names or SIGNATURE not in names:
            raise _refuse(path, Msg("it is not a Lunar Desk exchange bundle (no signed manifest inside)."))
        try:
            manifest_bytes = zf.read(MANIFEST)
            signature = zf.read(SIGNATURE).decode("ascii", "replace").strip()
            manifest = json.loads(manifest_bytes)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise _refuse(path, Msg("its manifest cannot be read (the file is damaged or was cut short: {exc}).", exc=exc)) from exc
        if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
            raise _refuse(path, Msg("it is not a Lunar Desk exchange bundle."))
        version = manifest.get("format_version")
        if version != FORMAT_VERSION:
            raise _refuse(path, Msg(
                "it is in exchange format version {version}, and this Lunar Desk reads version {FORMAT_VERSION}. "
                "Install the Lunar Desk version that wrote it.",
                version=version, FORMAT_VERSION=FORMAT_VERSION))
        if not hmac.compare_digest(sign(key, manifest_bytes), signature):
            if manifest.get("key_fingerprint") != key_fingerprint(key):
                raise _refuse(path, Msg(
                    "it was signed with a different exchange key (fingerprint {get}; yours is {key_fingerprint})."
                    " Set the Secretariat's exchange key in Settings → Exchange key… on both laptops.",
                    get=manifest.get('key_fingerprint', '?'), key_fingerprint=key_fingerprint(key)))
            raise _refuse(path, Msg(
                "its signature does not match: the bundle was changed after it was written. Ask for a new bundle."))
        schema = str(manifest.get("schema", ""))
        if known_schemas is not None and schema not in known_schemas:
            raise _refuse(path, Msg(
                "it was written by a newer Lunar Desk (database schema {schema}). Install the newer Lunar Desk to"
                " import it.",
                schema=schema))
        parts = manifest.get("parts")
        if not isinstance(parts, dict):
            raise _refuse(path, Msg("its manifest lists no parts."))
        extra = names - set(parts) - {MANIFEST, SIGNATURE}
        if extra:
            raise _refuse(path, Msg(
                "it holds {count} part(s) its manifest does not list (e.g. {min}): it was changed after it was "
                "written.",
                count=len(extra), min=min(extra)))
        bundle = Bundle(path=path, sha256=file_sha256(path), manifest=manifest)
        total = len(parts)
        for done, (name, info) in enumerate(sorted(parts.items()), 1):
            _check_part(zf, path, name, info, names, bundle)
            if progress:
                progress(done, total)
        counts = manifest.get("counts", {})
        for table, rows in bundle.tables.items():
            if counts.get(table) != len(rows):
                raise _refuse(path, Msg("its manifest counts {get} {table} rows but it holds {count}.", get=counts.get(table), table=table, count=len(rows)))
        missing_tables = [t for t, n in counts.items() if n and t not in bundle.tables]
        if missing_tables:
            raise _refuse(path, Msg("the rows of {missing_tables} are missing from it.", missing_tables=missing_tables[0]))
    return bundle


def _check_part(zf: zipfile.ZipFile, path: Path, name: str, info: Any, names: set[str], bundle: Bundle) -> None:
    if not isinstance(info, dict) or not isinstance(info.get("sha256"), str):
        raise _refuse(path, Msg("its manifest entry for {name} is malformed.", name=name))
    if name not in names:
        raise _refuse(path, Msg("the part {name} is missing (the bundle is incomplete).", name=name))
    size = zf.getinfo(name).file_size
    if size != info.get("size"):
        raise _refuse(path, Msg(
            "the part {name} has {size:,} bytes, the manifest says {get}: the bundle was changed or cut short.",
            name=name, size=size, get=info.get('size')))
    digest = hashlib.sha256()
    chunks = []
    keep = name.startswith("records/")
    try:
        with zf.open(name) as fh:
            while block := fh.read(CHUNK):
                digest.update(block)
                if keep:
                    chunks.append(block)
    except (zipfile.BadZipFile, OSError, EOFError) as exc:
        raise _refuse(path, Msg("the part {name} cannot be read (the file is damaged or was cut short: {exc}).", name=name, exc=exc)) from exc
    if digest.hexdigest() != info["sha256"]:
        raise _refuse(path, Msg(
            "the part {name} does not match its SHA-256: the bundle was changed after it was written.",
            name=name))
    if name.startswith("records/") and name.endswith(".json"):
        table = name[len("records/"):-len(".json")]
        if not _TABLE.match(table):
            raise _refuse(path, Msg("the part {name} names no table.", name=name))
        try:
            rows = json.loads(b"".join(chunks))
        except ValueError as exc:
            raise _refuse(path, Msg("the part {name} is not readable JSON.", name=name)) from exc
        if not isinstance(rows, list) or not all(isinstance(r, dict) and isinstance(r.get("values"), dict) for r in rows):
            raise _refuse(path, Msg("the part {name} does not hold rows.", name=name))
        bundle.tables[table] = rows
    elif name.startswith("files/"):
        sha = name[len("files/"):]
        if not _SHA.match(sha) or sha != info["sha256"]:
            raise _refuse(path, Msg("the file part {name} is not named by its SHA-256.", name=name))
        bundle.files[sha] = size
    else:
        raise _refuse(path, Msg("it holds an unexpected part {name}.", name=name))
