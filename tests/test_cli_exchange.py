"""``lunar-desk exchange``: what an office script or support staff rely on
(the preview printed, exit codes, refusals that write nothing)."""

from __future__ import annotations

import io
import shutil

import pytest

from lunar_desk.cli import main
from lunar_desk.config import resolve_paths
from lunar_desk.db.models import Person
from lunar_desk.db.startup import open_database
from lunar_desk.services import reference

KEY = "Beijing office 2026 — lunar samples"


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


def edit(paths, person_id, **values):
    db, _ = open_database(paths, officer_login="someone")
    try:
        with db.action() as s:
            p = s.get(Person, person_id)
            for k, v in values.items():
                setattr(p, k, v)
    finally:
        db.dispose()


def test_export_then_import_with_preview_conflicts_and_rule(folders, tmp_path, capsys):
    laptop, server = folders["laptop"], folders["server"]
    db, _ = open_database(laptop, officer_login="amina")
    with db.action() as s:
        person_id = reference.add_person(s, "Somchai Jaidee", name_native="สมชาย ใจดี", email="s@gistda.or.th").id
    db.dispose()
    capsys.readouterr()
    first = tmp_path / "first.zip"
    assert main(["exchange", "export", "--data-dir", str(laptop.data_dir), "--peer", "Office server",
                 "--out", str(first)]) == 0
    assert "for Office server" in capsys.readouterr().out
    assert main(["exchange", "import", str(first), "--data-dir", str(server.data_dir), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Signature and SHA-256 of every part verified" in out and "NEW: person Somchai Jaidee" in out
    assert "Dry run: nothing was written." in out
    assert main(["exchange", "import", str(first), "--data-dir", str(server.data_dir), "--peer", "Amina's laptop"]) == 0
    assert "Imported from Amina's laptop: 1 new" in capsys.readouterr().out

    edit(server, person_id, email="somchai@gistda.or.th")
    edit(laptop, person_id, email="somchai.j@gistda.or.th")
    second = tmp_path / "second.zip"
    assert main(["exchange", "export", "--data-dir", str(server.data_dir), "--peer", "Amina's laptop",
                 "--out", str(second)]) == 0
    capsys.readouterr()
    assert main(["exchange", "import", str(second), "--data-dir", str(laptop.data_dir)]) == 1
    out = capsys.readouterr().out
    assert "CONFLICT (changed on both sides): person Somchai Jaidee" in out
    assert "email: mine somchai.j@gistda.or.th | theirs somchai@gistda.or.th" in out
    assert "run again with --rule" in out and "Nothing was written." in out
    assert main(["exchange", "import", str(second), "--data-dir", str(laptop.data_dir), "--rule", "theirs"]) == 0
    assert "1 conflict settled" in capsys.readouterr().out
    db, _ = open_database(laptop)
    with db.read() as s:
        assert s.get(Person, person_id).email == "somchai@gistda.or.th"
    db.dispose()


def test_a_damaged_bundle_exits_1_with_the_reason(folders, tmp_path, capsys):
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really a zip")
    assert main(["exchange", "import", str(bad), "--data-dir", str(folders["server"].data_dir)]) == 1
    assert "cannot be imported" in capsys.readouterr().err
