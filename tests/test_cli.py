"""Headless sub-commands: what support staff and scripts rely on (exit codes, messages)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest

from lunar_desk import __version__
from lunar_desk.cli import main


def test_version_through_the_real_entry_point():
    out = subprocess.run([sys.executable, "-m", "lunar_desk", "--version"], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and __version__ in out.stdout


def test_demo_then_check_is_healthy(tmp_path, capsys):
    assert main(["demo", "--size", "120", "--out", str(tmp_path / "d")]) == 0
    assert "120 samples" in capsys.readouterr().out
    assert main(["check", "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert "Healthy." in out and "Mass ledger: balanced" in out
    # 120 released samples, plus the reserved parts the demo's review decisions split off
    samples = int(out.split("Samples: ")[1].split()[0])
    assert 120 <= samples <= 140


def test_demo_refuses_an_existing_database(tmp_path, capsys):
    assert main(["demo", "--size", "5", "--out", str(tmp_path)]) == 0
    assert main(["demo", "--size", "5", "--out", str(tmp_path)]) == 1
    assert "already exists" in capsys.readouterr().err


def test_check_reports_a_damaged_file_by_name(tmp_path, capsys):
    (tmp_path / "lunar-desk.sqlite").write_bytes(b"\x00garbage" * 500)
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert "PROBLEM" in out and str(tmp_path / "lunar-desk.sqlite") in out


def test_check_reports_a_missing_database(tmp_path, capsys):
    assert main(["check", "--data-dir", str(tmp_path / "nothing")]) == 1
    assert "There is no database" in capsys.readouterr().out


def test_check_finds_an_unbalanced_ledger(tmp_path, capsys):
    main(["demo", "--size", "300", "--out", str(tmp_path)])
    conn = sqlite3.connect(tmp_path / "lunar-desk.sqlite")
    with conn:
        parent = conn.execute("SELECT sample_number FROM sample WHERE status = 'split' LIMIT 1").fetchone()
        assert parent, "the demo data should contain at least one split"
        conn.execute("UPDATE sample SET mass_ug = mass_ug + 1 WHERE sample_number = ?", parent)
    conn.close()
    assert main(["check", "--data-dir", str(tmp_path)]) == 1
    assert f"Mass ledger: {parent[0]}" in capsys.readouterr().out


def test_backup_writes_a_verified_copy(tmp_path, capsys):
    main(["demo", "--size", "10", "--out", str(tmp_path)])
    out_file = tmp_path / "copy.sqlite"
    assert main(["backup", "--data-dir", str(tmp_path), "--out", str(out_file)]) == 0
    conn = sqlite3.connect(out_file)
    assert conn.execute("SELECT count(*) FROM sample").fetchone()[0] == 10
    conn.close()
    assert main(["backup", "--data-dir", str(tmp_path)]) == 0
    assert len(list((tmp_path / "backups").glob("*.sqlite"))) == 1


def test_backup_of_a_missing_database_fails(tmp_path, capsys):
    assert main(["backup", "--data-dir", str(tmp_path)]) == 1
    assert "no database" in capsys.readouterr().err


def test_bad_usage_exits_2():
    with pytest.raises(SystemExit) as info:
        main(["demo"])  # --out is required
    assert info.value.code == 2
