"""Passphrase-encrypted copies: what goes in comes out, and nothing else ever does."""

from __future__ import annotations

import os
import struct

import pytest

from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services.encryption import (
    CHUNK_SIZE,
    HEADER_LEN,
    MAGIC,
    TAG_LEN,
    DecryptionError,
    decrypt_file,
    encrypt_file,
    is_encrypted,
)

PASS = "Tiangong summer 2026"
SMALL_CHUNK = 4096


@pytest.fixture
def plain(tmp_path):
    f = tmp_path / "records.sqlite"
    f.write_bytes(os.urandom(SMALL_CHUNK * 5 + 123))  # six chunks at SMALL_CHUNK, the last one short
    return f


def _enc(plain, tmp_path, **kw):
    return encrypt_file(plain, tmp_path / "records.enc", PASS, chunk_size=SMALL_CHUNK, **kw)


def _refused(enc, tmp_path, passphrase=PASS):
    out = tmp_path / "out.sqlite"
    with pytest.raises(DecryptionError, match="passphrase is wrong, or the file was changed or cut short"):
        decrypt_file(enc, out, passphrase)
    assert not out.exists()
    assert not list(tmp_path.glob("*.part"))


def test_round_trip_of_a_multi_chunk_file(plain, tmp_path):
    progress = []
    enc = _enc(plain, tmp_path, progress=lambda done, total: progress.append((done, total)))
    assert is_encrypted(enc) and not is_encrypted(plain)
    data = enc.read_bytes()
    assert data.startswith(MAGIC)
    assert plain.read_bytes()[:64] not in data
    assert len(progress) == 6 and progress[-1] == (plain.stat().st_size,) * 2

    out = decrypt_file(enc, tmp_path / "back.sqlite", PASS)
    assert out.read_bytes() == plain.read_bytes()


def test_round_trip_with_default_chunks_and_an_empty_file(tmp_path):
    big = tmp_path / "big.bin"
    big.write_bytes(os.urandom(CHUNK_SIZE * 2 + 17))
    enc = encrypt_file(big, tmp_path / "big.enc", PASS)
    assert decrypt_file(enc, tmp_path / "big.out", PASS).read_bytes() == big.read_bytes()

    empty = tmp_path / "empty.bin"
    empty.write_bytes(b"")
    enc = encrypt_file(empty, tmp_path / "empty.enc", PASS)
    assert enc.stat().st_size == HEADER_LEN + TAG_LEN  # one empty, final chunk
    assert decrypt_file(enc, tmp_path / "empty.out", PASS).read_bytes() == b""
    enc.write_bytes(enc.read_bytes()[:HEADER_LEN])  # the final chunk removed
    _refused(enc, tmp_path)


def test_same_file_twice_gives_different_ciphertext(plain, tmp_path):
    a = encrypt_file(plain, tmp_path / "a.enc", PASS, chunk_size=SMALL_CHUNK).read_bytes()
    b = encrypt_file(plain, tmp_path / "b.enc", PASS, chunk_size=SMALL_CHUNK).read_bytes()
    assert a != b  # fresh salt and nonce each time


def test_passphrase_is_compared_after_unicode_normalisation(tmp_path):
    src = tmp_path / "a.bin"
    src.write_bytes(b"x" * 100)
    enc = encrypt_file(src, tmp_path / "a.enc", "Café de la Lune")  # é as one code point
    assert decrypt_file(enc, tmp_path / "a.out", "Cafe\u0301 de la Lune").read_bytes() == b"x" * 100


def test_wrong_passphrase_is_refused_and_writes_nothing(plain, tmp_path):
    enc = _enc(plain, tmp_path)
    _refused(enc, tmp_path, passphrase=PASS + "!")
    _refused(enc, tmp_path, passphrase="")


@pytest.mark.parametrize("where", ["header salt", "first chunk", "middle chunk", "last tag"])
def test_a_flipped_byte_is_refused(plain, tmp_path, where):
    enc = _enc(plain, tmp_path)
    data = bytearray(enc.read_bytes())
    offset = {
        "header salt": len(MAGIC) + 3,
        "first chunk": HEADER_LEN + 10,
        "middle chunk": HEADER_LEN + 3 * (SMALL_CHUNK + TAG_LEN) + 100,
        "last tag": len(data) - 1,
    }[where]
    data[offset] ^= 0x01
    enc.write_bytes(bytes(data))
    _refused(enc, tmp_path)


@pytest.mark.parametrize("cut", ["inside a chunk", "at a chunk boundary", "inside the header"])
def test_a_truncated_file_is_refused(plain, tmp_path, cut):
    enc = _enc(plain, tmp_path)
    data = enc.read_bytes()
    length = {
        "inside a chunk": len(data) - 50,
        "at a chunk boundary": HEADER_LEN + 5 * (SMALL_CHUNK + TAG_LEN),  # the short last chunk gone
        "inside the header": HEADER_LEN - 4,
    }[cut]
    enc.write_bytes(data[:length])
    _refused(enc, tmp_path)


def test_appended_data_is_refused(plain, tmp_path):
    enc = _enc(plain, tmp_path)
    enc.write_bytes(enc.read_bytes() + b"\0" * (SMALL_CHUNK + TAG_LEN))
    _refused(enc, tmp_path)


def test_swapped_chunks_are_refused(plain, tmp_path):
    enc = _enc(plain, tmp_path)
    data = enc.read_bytes()
    block = SMALL_CHUNK + TAG_LEN
    header, chunks = data[:HEADER_LEN], data[HEADER_LEN:]
    c = [chunks[i:i + block] for i in range(0, len(chunks), block)]
    c[1], c[2] = c[2], c[1]
    enc.write_bytes(header + b"".join(c))
    _refused(enc, tmp_path)


def test_a_forged_header_asking_for_huge_memory_is_refused(plain, tmp_path):
    enc = _enc(plain, tmp_path)
    data = bytearray(enc.read_bytes())
    data[len(MAGIC)] = 40  # scrypt n = 2**40
    enc.write_bytes(bytes(data))
    _refused(enc, tmp_path)


def test_short_passphrase_is_refused(plain, tmp_path):
    with pytest.raises(ValidationError) as info:
        encrypt_file(plain, tmp_path / "x.enc", "short1234")
    assert info.value.field == "passphrase"
    assert "at least 10 characters" in str(info.value)
    assert not (tmp_path / "x.enc").exists()


def test_plain_or_newer_files_are_named_as_such(plain, tmp_path):
    with pytest.raises(UserError, match="not a file encrypted by Lunar Desk"):
        decrypt_file(plain, tmp_path / "out", PASS)
    newer = tmp_path / "newer.enc"
    newer.write_bytes(b"LDENC2" + struct.pack(">BBB", 15, 8, 1) + os.urandom(40))
    assert is_encrypted(newer)
    with pytest.raises(UserError, match="newer Lunar Desk"):
        decrypt_file(newer, tmp_path / "out", PASS)
    assert not (tmp_path / "out").exists()


def test_an_existing_destination_survives_a_failed_decryption(plain, tmp_path):
    enc = _enc(plain, tmp_path)
    keep = tmp_path / "keep.sqlite"
    keep.write_bytes(b"officer's file")
    with pytest.raises(DecryptionError):
        decrypt_file(enc, keep, "not the passphrase")
    assert keep.read_bytes() == b"officer's file"
