"""Passphrase encryption of files that leave the laptop (backup copies, exchange bundles).

Qt-free.  A file is streamed in fixed-size chunks, so a 500 MB backup never
sits in memory.  Layout (all integers big-endian)::

    header  = b"LDENC1" | log2(n) u8 | r u8 | p u8 | salt 16 | base nonce 12 | chunk size u32
    chunk i = AES-256-GCM(key, nonce_i, plaintext_i, aad = header | i u64 | final u8)

The key comes from the passphrase through scrypt (salt and parameters in the
header).  ``nonce_i`` is the random base nonce XOR ``i``; the chunk index and
a flag marking the last chunk are authenticated with every chunk, and so is
the header, so a changed byte, a reordered or missing chunk, a file cut short
at a chunk boundary or data appended after the end are all refused.  An empty
file still has one (empty, final) chunk.

Output is written to ``dst + ".part"`` and renamed only when the whole file
has been processed: a wrong passphrase or a damaged file leaves nothing behind.
"""

from __future__ import annotations

import os
import secrets
import struct
import unicodedata
from collections.abc import Callable
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from lunar_desk.errors import UserError, ValidationError
from lunar_desk.filenames import replace_file
from lunar_desk.messages import Msg

MAGIC = b"LDENC1"
MAGIC_PREFIX = b"LDENC"  # any version: used to tell "newer format" from "not encrypted"
MIN_PASSPHRASE = 10
CHUNK_SIZE = 1024 * 1024
# scrypt n = 2**15, r = 8, p = 1: 32 MiB of memory, about 0.2 s per key on an office laptop
# (measured on the 2-core build machine), so guessing passphrases is slow.
SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P = 15, 8, 1
SALT_LEN, NONCE_LEN, TAG_LEN = 16, 12, 16
_HEADER = struct.Struct(f">{len(MAGIC)}sBBB{SALT_LEN}s{NONCE_LEN}sI")
HEADER_LEN = _HEADER.size
# Limits on what a header may ask for, so a forged file cannot demand gigabytes of memory.
_LOG2_N_RANGE, _R_RANGE, _P_RANGE = range(10, 21), range(1, 33), range(1, 17)
_CHUNK_RANGE = range(1, 64 * 1024 * 1024 + 1)

Progress = Callable[[int, int], None]


class DecryptionError(UserError):
    """Wrong passphrase, or the encrypted file was changed or cut short; nothing was written."""

    title = "Cannot decrypt the file"


def bad_file_message(path: Path) -> str:
    return Msg("The passphrase is wrong, or the file was changed or cut short ({name}). Nothing was written.",
               name=Path(path).name)


def check_passphrase(passphrase: str) -> None:
    """Raise :class:`ValidationError` (field "passphrase") unless the passphrase may be used to encrypt."""
    if len(passphrase or "") < MIN_PASSPHRASE:
        raise ValidationError(
            Msg("The passphrase must have at least {MIN_PASSPHRASE} characters; a short one is easily guessed.", MIN_PASSPHRASE=MIN_PASSPHRASE),
            field="passphrase",
        )


def _key(passphrase: str, salt: bytes, log2_n: int, r: int, p: int) -> bytes:
    # NFC: the same passphrase typed through different keyboards or input methods gives the same bytes.
    secret = unicodedata.normalize("NFC", passphrase).encode("utf-8")
    return Scrypt(salt=salt, length=32, n=2**log2_n, r=r, p=p).derive(secret)


def _nonce(base: bytes, index: int) -> bytes:
    return (int.from_bytes(base, "big") ^ index).to_bytes(NONCE_LEN, "big")


def _aad(header: bytes, index: int, final: bool) -> bytes:
    return header + struct.pack(">QB", index, 1 if final else 0)


def is_encrypted(path: Path) -> bool:
    """Whether ``path`` starts like a Lunar Desk encrypted file (any format version)."""
    try:
        with open(path, "rb") as f:
            return f.read(len(MAGIC_PREFIX)) == MAGIC_PREFIX
    except OSError:
        return False


def _write_atomically(dst: Path, write: Callable[[object], None]) -> Path:
    dst = Path(dst)
    dst.parent.mkdir(parents=True, exist_ok=True)
    tmp = dst.with_name(dst.name + ".part")
    try:
        with open(tmp, "wb") as out:
            write(out)
            out.flush()
            os.fsync(out.fileno())
        replace_file(tmp, dst)  # Windows: refused while the file is open in another program
    finally:
        tmp.unlink(missing_ok=True)
    return dst


def _check_paths(src: Path, dst: Path) -> None:
    if not src.is_file():
        raise UserError(Msg("There is no file {src}.", src=src))
    if dst.exists() and dst.resolve() == src.resolve():
        raise UserError(Msg("{dst} is the file being read; choose another file to write.", dst=dst))


def encrypt_file(src: Path, dst: Path, passphrase: str, *, progress: Progress | None = None,
                 chunk_size: int = CHUNK_SIZE) -> Path:
    """Write ``src`` encrypted with ``passphrase`` to ``dst``; ``progress(done, total)`` gets bytes read."""
    src, dst = Path(src), Path(dst)
    check_passphrase(passphrase)
    _check_paths(src, dst)
    if chunk_size not in _CHUNK_RANGE:
        raise ValueError(f"chunk size {chunk_size} out of range")
    salt, base = secrets.token_bytes(SALT_LEN), secrets.token_bytes(NONCE_LEN)
    header = _HEADER.pack(MAGIC, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P, salt, base, chunk_size)
    aes = AESGCM(_key(passphrase, salt, SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P))
    total = src.stat().st_size

    def write(out) -> None:
        out.write(header)
        done = 0
        with open(src, "rb") as f:
            current = f.read(chunk_size)
            index = 0
            while True:
                following = f.read(chunk_size)
                final = not following
                out.write(aes.encrypt(_nonce(base, index), current, _aad(header, index, final)))
                done += len(current)
                if progress is not None:
                    progress(done, total)
                if final:
                    return
                current, index = following, index + 1

    return _write_atomically(dst, write)


def _read_header(src: Path, f) -> tuple[bytes, int, int, int, bytes, bytes, int]:
    raw = f.read(HEADER_LEN)
    if not raw.startswith(MAGIC_PREFIX):
        raise UserError(Msg("{src_name} is not a file encrypted by Lunar Desk.", src_name=src.name))
    if not raw.startswith(MAGIC):
        raise UserError(Msg("{src_name} was encrypted by a newer Lunar Desk; update Lunar Desk to open it.", src_name=src.name))
    if len(raw) < HEADER_LEN:
        raise DecryptionError(bad_file_message(src))
    _, log2_n, r, p, salt, base, chunk_size = _HEADER.unpack(raw)
    if log2_n not in _LOG2_N_RANGE or r not in _R_RANGE or p not in _P_RANGE or chunk_size not in _CHUNK_RANGE:
        raise DecryptionError(bad_file_message(src))
    return raw, log2_n, r, p, salt, base, chunk_size


def decrypt_file(src: Path, dst: Path, passphrase: str, *, progress: Progress | None = None) -> Path:
    """Write the decrypted ``src`` to ``dst``.  A wrong passphrase, a changed, reordered,
    cut-short or extended file raises :class:`DecryptionError` and leaves no ``dst``."""
    src, dst = Path(src), Path(dst)
    _check_paths(src, dst)
    total = src.stat().st_size

    with open(src, "rb") as f:
        header, log2_n, r, p, salt, base, chunk_size = _read_header(src, f)
        aes = AESGCM(_key(passphrase or "", salt, log2_n, r, p))
        block = chunk_size + TAG_LEN

        def write(out) -> None:
            current = f.read(block)
            index = 0
            while True:
                following = f.read(block)
                final = not following
                if len(current) < TAG_LEN or (not final and len(current) != block):
                    raise DecryptionError(bad_file_message(src))
                try:
                    out.write(aes.decrypt(_nonce(base, index), current, _aad(header, index, final)))
                except InvalidTag:
                    raise DecryptionError(bad_file_message(src)) from None
                if progress is not None:
                    progress(f.tell() - len(following), total)
                if final:
                    return
                current, index = following, index + 1

        return _write_atomically(dst, write)
