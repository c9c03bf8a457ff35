"""Encrypted copies of backups: written from a verified backup, restored only with the passphrase."""

from __future__ import annotations

import sqlite3

import pytest
from sqlalchemy import select

from lunar_desk.cli import main
from lunar_desk.db.backup import make_backup
from lunar_desk.db.models import MemberState
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services.backups import (
    ENCRYPTED_SUFFIX,
    encrypted_copy,
    list_backups,
    restore_backup,
)
from lunar_desk.services.encryption import DecryptionError, is_encrypted

PASS = "Chang'e six far side"


def _states(db_file) -> list[str]:
    conn = sqlite3.connect(db_file)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM member_state"))
    finally:
        conn.close()


@pytest.fixture
def usb(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    return stick


def test_encrypted_copy_restores_to_the_backed_up_records(db, paths, usb):
    with db.action() as s:
        s.add(MemberState(name="Mongolia", iso3="MNG", name_zh="蒙古"))
    backup = make_backup(paths, reason="manual")
    enc = encrypted_copy(paths, backup, usb, PASS)
    assert enc.parent == usb and enc.name == backup.name.removesuffix(".sqlite") + ENCRYPTED_SUFFIX
    assert is_encrypted(enc) and b"Mongolia" not in enc.read_bytes()
    with db.action() as s:
        s.add(MemberState(name="Thailand", iso3="THA", name_zh="泰国"))
    db.dispose()
    before = {b.path for b in list_backups(paths, counts=False)}

    pre = restore_backup(paths, enc, PASS)

    assert _states(paths.db_file) == ["Mongolia"]
    assert pre is not None and "Thailand" in _states(pre)  # the replaced database was kept
    assert {b.path for b in list_backups(paths, counts=False)} == before | {pre}
    leftovers = [p.name for p in paths.backups_dir.iterdir() if "decrypted" in p.name or p.name.endswith(".part")]
    assert leftovers == []


def test_restore_of_an_encrypted_copy_refuses_a_wrong_or_missing_passphrase(db, paths, usb):
    with db.action() as s:
        s.add(MemberState(name="Peru", iso3="PER", name_zh="秘鲁"))
    enc = encrypted_copy(paths, make_backup(paths, reason="manual"), usb / "copy.enc", PASS)
    db.dispose()
    backups = sorted(p.name for p in paths.backups_dir.iterdir())
    live = paths.db_file.read_bytes()

    with pytest.raises(DecryptionError, match="passphrase is wrong"):
        restore_backup(paths, enc, "Chang'e five near side")
    with pytest.raises(UserError, match="encrypted: give its passphrase"):
        restore_backup(paths, enc)

    assert paths.db_file.read_bytes() == live  # nothing changed, no before-restore backup, no temp files
    assert sorted(p.name for p in paths.backups_dir.iterdir()) == backups


def test_a_damaged_backup_inside_a_good_encryption_is_refused_by_name(db, paths, tmp_path, usb):
    junk = tmp_path / "lunar-desk-20260101-000000-manual.sqlite"
    junk.write_bytes(b"SQLite format 3\0" + b"\x07" * 5000)
    from lunar_desk.services.encryption import encrypt_file

    enc = encrypt_file(junk, usb / "junk.enc", PASS)
    db.dispose()
    with pytest.raises(UserError) as info:
        restore_backup(paths, enc, PASS)
    assert f"{enc} (decrypted)" in str(info.value) and "Nothing was changed" in str(info.value)
    # still a sentence the interface translates (the file renamed among its values, not in its text)
    from translated_render import assert_translatable

    assert_translatable(info.value.message, data=[str(enc), "file is not a database"])  # (SQLite's own words)
    assert not [p for p in paths.backups_dir.iterdir() if "decrypted" in p.name]


def test_encrypted_copy_needs_a_healthy_backup_and_a_long_passphrase(db, paths, tmp_path, usb):
    backup = make_backup(paths, reason="manual")
    with pytest.raises(ValidationError) as info:
        encrypted_copy(paths, backup, usb, "too short")
    assert info.value.field == "passphrase"
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"not a database at all" * 100)
    with pytest.raises(UserError, match="cannot be restored"):
        encrypted_copy(paths, bad, usb, PASS)
    assert list(usb.iterdir()) == []


def test_cli_encrypted_backup_and_restore_round_trip(db, paths, usb, monkeypatch, capsys):
    with db.action() as s:
        s.add(MemberState(name="Bangladesh", iso3="BGD", name_zh="孟加拉国"))
    db.dispose()
    data_dir = str(paths.db_file.parent)
    out = usb / "mission.lunardesk-backup.enc"
    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", PASS)

    assert main(["backup", "--data-dir", data_dir, "--encrypt", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "Encrypted copy written" in printed and str(out) in printed
    assert is_encrypted(out)

    conn = sqlite3.connect(paths.db_file)
    conn.execute("DELETE FROM member_state")
    conn.commit()
    conn.close()

    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", "not the right passphrase")
    assert main(["restore", "--data-dir", data_dir, str(out), "--yes"]) == 1
    assert "passphrase is wrong" in capsys.readouterr().err
    assert _states(paths.db_file) == []

    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", PASS)
    assert main(["restore", "--data-dir", data_dir, str(out), "--yes"]) == 0
    assert _states(paths.db_file) == ["Bangladesh"]


def test_cli_refuses_a_short_passphrase_and_a_missing_one(db, paths, usb, monkeypatch, capsys):
    db.dispose()
    data_dir = str(paths.db_file.parent)
    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", "short")
    assert main(["backup", "--data-dir", data_dir, "--encrypt", "--out", str(usb / "x.enc")]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    monkeypatch.delenv("LUNAR_DESK_PASSPHRASE")
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    assert main(["backup", "--data-dir", data_dir, "--encrypt", "--out", str(usb / "x.enc")]) == 1
    assert "LUNAR_DESK_PASSPHRASE" in capsys.readouterr().err
    assert list(usb.iterdir()) == []


def test_restored_database_opens(db, paths, usb):
    """The restored file is a working database, not just the right bytes."""
    from lunar_desk.db.startup import open_database

    with db.action() as s:
        s.add(MemberState(name="Iran", iso3="IRN", name_zh="伊朗"))
    enc = encrypted_copy(paths, make_backup(paths), usb, PASS)
    db.dispose()
    restore_backup(paths, enc, PASS)
    again, _ = open_database(paths, officer_login="test-officer")
    try:
        with again.read() as s:
            assert list(s.scalars(select(MemberState.name))) == ["Iran"]
    finally:
        again.dispose()
