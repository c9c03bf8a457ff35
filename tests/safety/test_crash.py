"""A process killed with SIGKILL in the middle of an import, a long save or a
restore leaves a database that passes the integrity check, opens normally,
replays its audit trail, and holds the action entirely or not at all.

A few trials per scenario with random kill moments (one per kind of moment:
anywhere in the process's life, during its write phase, during its commit);
``benchmarks/crash.py`` runs hundreds with the same code.
"""

from __future__ import annotations

import random
import shutil
import sqlite3

import crash_harness as ch
import pytest

from lunar_desk.config import resolve_paths


@pytest.mark.parametrize("scenario", ch.SCENARIOS)
def test_a_killed_action_is_entirely_there_or_entirely_absent(scenario, tmp_path):
    prepared = ch.prepare(scenario, tmp_path / "prepared", size=0.3)
    rng = random.Random()
    trials = [ch.kill_trial(prepared, tmp_path / f"trial-{mode}", mode, rng) for mode in ch.MODES]
    failed = [t for t in trials if not t.ok]
    assert not failed, "\n".join(f"{t.mode} kill +{t.delay:.3f} s in phase {t.killed_in}: {t.state}; {t.problems}" for t in failed)
    expected = {"import": {"before", "after"}, "save": {"before", "after"}, "restore": {"old", "backup"}}[scenario]
    assert {t.state for t in trials} <= expected


def test_the_check_sees_a_half_written_action(tmp_path):
    """The checker itself can fail: a database holding half of an action is reported as neither before nor after."""
    prepared = ch.prepare("save", tmp_path / "prepared", size=0.1)
    data = tmp_path / "half" / "data"
    shutil.copytree(prepared.base, data)
    conn = sqlite3.connect(resolve_paths(data).db_file)
    try:
        conn.execute("UPDATE sample SET status = 'split' WHERE rowid = (SELECT min(rowid) FROM sample)")
        conn.execute("INSERT INTO audit_log (id, at, officer_name, installation, table_name, row_id, action, changes, note) "
                     "VALUES ('00000000000000000000000000000001', '2026-01-01 00:00:00', '', '', 'sample', 'x', 'update', "
                     "'{}', ?)", (ch.NOTES["save"],))
        conn.commit()
    finally:
        conn.close()
    trial = ch.Trial("save", "anywhere", 0.0, "write", 0.0)
    ch.check(prepared, data, trial)
    assert trial.state == "neither" and not trial.ok
    assert any("audit replay" in p for p in trial.problems), trial.problems
