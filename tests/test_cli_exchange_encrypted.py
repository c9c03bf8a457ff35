"""``lunar-desk exchange export --encrypt`` and importing an encrypted bundle."""

from __future__ import annotations

import io
import shutil

import pytest
from sqlalchemy import select

from lunar_desk.cli import main
from lunar_desk.config import resolve_paths
from lunar_desk.db.models import ExchangeLog, Person
from lunar_desk.db.startup import open_database
from lunar_desk.services import reference
from lunar_desk.services.encryption import is_encrypted

KEY = "Beijing office 2026 — lunar samples"
PASS = "Ulaanbaatar mission bag"


@pytest.fixture
def folders(template_db, tmp_path, monkeypatch):
    out = {}
    for name in ("laptop", "server"):
        paths = resolve_paths(tmp_path / name)
        paths.db_file.parent.mkdir(parents=True)
        shutil.copy(template_db, paths.db_file)
        monkeypatch.setattr("sys.stdin", io.StringIO(KEY + "\n"))
        assert main(["exchange", "set-key", "--data-dir", str(paths.data_dir)]) == 0
        out[name] = paths
    return out


def _people(paths) -> list[str]:
    db, _ = open_database(paths)
    try:
        with db.read() as s:
            return sorted(s.scalars(select(Person.name_latin)))
    finally:
        db.dispose()


def test_encrypted_bundle_travels_and_imports_only_with_the_passphrase(folders, tmp_path, monkeypatch, capsys):
    laptop, server = folders["laptop"], folders["server"]
    db, _ = open_database(laptop, officer_login="amina")
    with db.action() as s:
        reference.add_person(s, "Bat-Erdene Dorj", name_native="Бат-Эрдэнэ Дорж", email="bat@mas.ac.mn")
    db.dispose()
    before = _people(server)
    bundle = tmp_path / "to-office.zip.enc"
    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", PASS)

    assert main(["exchange", "export", "--data-dir", str(laptop.data_dir), "--peer", "Office server",
                 "--out", str(bundle), "--encrypt"]) == 0
    assert "Encrypted with the passphrase" in capsys.readouterr().out
    assert is_encrypted(bundle) and "Дорж".encode() not in bundle.read_bytes()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("to-office")] == [bundle.name]

    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", "a wrong passphrase")
    assert main(["exchange", "import", str(bundle), "--data-dir", str(server.data_dir)]) == 1
    assert "passphrase is wrong" in capsys.readouterr().err
    assert _people(server) == before

    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", PASS)
    assert main(["exchange", "import", str(bundle), "--data-dir", str(server.data_dir), "--peer", "Amina's laptop"]) == 0
    assert "Imported from Amina's laptop: 1 new" in capsys.readouterr().out
    assert "Bat-Erdene Dorj" in _people(server)
    db, _ = open_database(server)
    with db.read() as s:
        assert [e.file_name for e in s.scalars(select(ExchangeLog).where(ExchangeLog.direction == "import"))] == [
            "to-office.zip"]
    db.dispose()


def test_encrypted_export_with_a_short_passphrase_records_nothing(folders, tmp_path, monkeypatch, capsys):
    laptop = folders["laptop"]
    monkeypatch.setenv("LUNAR_DESK_PASSPHRASE", "short")
    out = tmp_path / "x.zip.enc"
    assert main(["exchange", "export", "--data-dir", str(laptop.data_dir), "--peer", "Office server",
                 "--out", str(out), "--encrypt"]) == 1
    assert "at least 10 characters" in capsys.readouterr().err
    assert not out.exists()
    db, _ = open_database(laptop)
    with db.read() as s:
        assert list(s.scalars(select(ExchangeLog))) == []
    db.dispose()
