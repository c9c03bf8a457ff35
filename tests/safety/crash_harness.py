"""Crash trials: kill a process doing a long write with SIGKILL, then check the
database like the application would find it.

Shared by ``tests/safety/test_crash.py`` (a handful of trials) and
``benchmarks/crash.py`` (hundreds).  Three scenarios, each run by
``crash_worker.py`` in its own process on a copy of a prepared data folder:

* ``import``  a release list of a few thousand rows (new samples and changes to
  existing ones) read, planned, backed up and applied in one action;
* ``save``    one action splitting every sample in three, consuming from one part
  and returning another to CLEP (thousands of audited changes);
* ``restore`` a backup restored over a database with newer records.

A kill lands at a random moment: either anywhere in the process's life
("anywhere", up to its calibrated run time) or within its write phase
("writing", measured from the worker's ``phase write`` announcement).  After
the kill the data folder must pass the full integrity check, open through the
normal start-up path, pass ``lunar-desk check`` (foreign keys, mass ledger),
replay its audit trail exactly, and hold the action entirely or not at all:
every table's row count and the action's audit rows are those of before or of
after, or (restore) every row equals the old database or the backup.
"""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

WORKER = Path(__file__).with_name("crash_worker.py")
sys.path.insert(0, str(WORKER.parent))

from crash_worker import IMPORT_NOTE, OFFICER, SAVE_NOTE

SCENARIOS = ("import", "save", "restore")
MODES = ("anywhere", "writing", "commit")
# Where a mode's random delay is counted from (None: the start of the process); its window comes from
# the calibration run: to the end of the run ("anywhere"), to the end of the action ("writing", "commit").
ANCHORS = {"anywhere": None, "writing": "write", "commit": "commit"}
NOTES = {"import": IMPORT_NOTE, "save": SAVE_NOTE}


# --- preparing the data folders -----------------------------------------------------------


@dataclass
class Prepared:
    scenario: str
    base: Path  # the data folder every trial copies
    args: list[str]  # extra worker arguments
    before: dict[str, int] = field(default_factory=dict)  # table counts
    after: dict[str, int] = field(default_factory=dict)
    note_rows: int = 0  # audit rows of the action when it is there
    fingerprints: dict[str, str] = field(default_factory=dict)  # restore: "old" and "backup"
    phases: dict[str, float] = field(default_factory=dict)  # the calibration run: phase → seconds after start

    @property
    def run_seconds(self) -> float:
        return max(self.phases.values())

    def window(self, mode: str) -> float:
        """How long after its anchor a kill of ``mode`` may come."""
        anchor = ANCHORS[mode]
        if anchor is None:
            return self.run_seconds * 1.05
        span = self.phases["committed"] - self.phases[anchor]
        return max(span * (1.5 if mode == "commit" else 1.1), 0.02)


def _open(data_dir: Path):
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database

    db, _ = open_database(resolve_paths(data_dir), officer_login=OFFICER)
    return db


def _add_samples(db, first: int, n: int, *, batch: int = 1) -> None:
    from lunar_desk.services import catalogue
    from lunar_desk.services.catalogue import SampleData

    with db.action("released samples") as s:
        if catalogue.batch_by_number(s, batch) is None:
            catalogue.create_batch(s, batch, mission_codes=["CE-5", "CE-6"])
        for i in range(first, first + n):
            catalogue.create_sample(s, SampleData(f"CE5C0100YJFM{i:05d}", "CE-5", 1_000_000 + 37 * i, batch_number=batch,
                                                  location="NAOC Beijing, vault A"))


def write_release_list(path: Path, *, existing: int, new: int) -> Path:
    """A release list: the ``existing`` samples moved to vault B, and ``new`` samples."""
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("发布清单 Release list")
    ws.append(["嫦娥五号月球样品第二批发布清单 / 2nd release"])
    ws.append(["样品编号 Sample number", "任务 Mission", "类型 Type", "质量 Mass (mg)", "块数 Pieces", "存储位置 Location",
               "备注 Notes"])
    for i in range(existing):
        ws.append([f"CE5C0100YJFM{i:05d}", "CE-5", "粉末", (1_000_000 + 37 * i) / 1000, None, "NAOC Beijing, vault B", None])
    for i in range(new):
        ce6, chip = i % 3 == 0, i % 7 == 0
        ws.append([f"{'CE6' if ce6 else 'CE5'}C0200YJ{'YX' if chip else 'FM'}{i:05d}", "嫦娥六号" if ce6 else "CE-5",
                   "岩屑" if chip else "粉末", round(5 + (i * 7919 % 20000) / 10, 1), 2 if chip else None,
                   "NAOC Beijing, vault C", f"样品 {i}"])
    wb.save(path)
    return path


def prepare(scenario: str, folder: Path, *, size: float = 1.0) -> Prepared:
    """Build the data folder the trials of ``scenario`` copy, and calibrate it with one uninterrupted run.

    ``size`` scales the work (1: a few thousand import rows, a few hundred samples split).
    """
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.backup import make_backup

    folder.mkdir(parents=True, exist_ok=True)
    base = folder / f"{scenario}-base"
    shutil.rmtree(base, ignore_errors=True)
    db = _open(base)
    try:
        if scenario == "import":
            _add_samples(db, 0, int(300 * size))
            path = write_release_list(folder / "release-list.xlsx", existing=int(300 * size), new=int(3000 * size))
            p = Prepared(scenario, base, [str(path)])
        elif scenario == "save":
            _add_samples(db, 0, int(120 * size))
            p = Prepared(scenario, base, [])
        else:
            n = int(200 * size)
            _add_samples(db, 0, n)
            backup = make_backup(resolve_paths(base), reason="crash-trial", out=folder / "restore-from.sqlite")
            _add_samples(db, n, n, batch=2)
            p = Prepared(scenario, base, [str(backup)])
    finally:
        db.dispose()
    if scenario == "restore":
        p.fingerprints["backup"] = fingerprint(Path(p.args[0]))
        p.fingerprints["old"] = fingerprint(resolve_paths(base).db_file)
    else:
        p.before = counts(base)
    calibration = folder / f"{scenario}-calibration"
    shutil.rmtree(calibration, ignore_errors=True)
    shutil.copytree(base, calibration)
    run = start(p, calibration)
    code = run.proc.wait()
    run.reader.join()
    if code != 0:
        raise RuntimeError(f"the {scenario} worker failed: {run.proc.stderr.read().decode(errors='replace')}")
    p.phases = dict(run.phases)
    if scenario != "restore":
        p.after = counts(calibration)
        p.note_rows = note_rows(calibration, NOTES[scenario])
        assert p.after != p.before and p.note_rows > 0
    else:
        assert fingerprint(resolve_paths(calibration).db_file) == p.fingerprints["backup"] != p.fingerprints["old"]
    shutil.rmtree(calibration, ignore_errors=True)
    return p


# --- running and killing ---------------------------------------------------------------------


@dataclass
class Run:
    proc: subprocess.Popen
    started: float
    phases: list[tuple[str, float]]  # (phase, seconds after start)
    reader: threading.Thread
    changed: threading.Condition  # notified at each phase and when the worker's output ends
    ended: list[bool]

    def wait_for(self, phase: str, timeout: float = 300) -> None:
        """Until the worker announces ``phase`` (or ends)."""
        with self.changed:
            self.changed.wait_for(lambda: self.ended[0] or any(name == phase for name, _ in self.phases), timeout)


def start(p: Prepared, data_dir: Path) -> Run:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, str(WORKER), p.scenario, str(data_dir), *p.args],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    phases: list[tuple[str, float]] = []
    changed = threading.Condition()
    ended = [False]

    def read() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            text = line.decode(errors="replace").strip()
            if text.startswith("phase "):
                with changed:
                    phases.append((text[6:], time.perf_counter() - started))
                    changed.notify_all()
        with changed:
            ended[0] = True
            changed.notify_all()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return Run(proc, started, phases, reader, changed, ended)


@dataclass
class Trial:
    scenario: str
    mode: str
    delay: float  # seconds after the mode's anchor (the start of the process for "anywhere")
    killed_in: str  # the last phase announced before the kill ("finished" if the worker was done)
    killed_at: float  # seconds after start
    state: str = ""  # "before" / "after" (import, save), "old" / "backup" (restore), or "neither"
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0  # the whole trial, check included

    @property
    def ok(self) -> bool:
        return not self.problems and self.state != "neither"


def kill_trial(p: Prepared, folder: Path, mode: str, rng: random.Random) -> Trial:
    """Copy the prepared data folder, start the worker, SIGKILL it at a random moment, check the folder."""
    t0 = time.perf_counter()
    data_dir = folder / "data"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(p.base, data_dir)
    delay = rng.uniform(0, p.window(mode))
    run = start(p, data_dir)
    if ANCHORS[mode] is not None:
        run.wait_for(ANCHORS[mode])
    time.sleep(delay)
    killed_at = time.perf_counter() - run.started
    finished = run.proc.poll() is not None
    if not finished:
        run.proc.kill()  # SIGKILL (TerminateProcess on Windows): no handler, no cleanup, no flush
    code = run.proc.wait()
    run.reader.join(timeout=10)
    last = run.phases[-1][0] if run.phases else "(not started)"
    trial = Trial(p.scenario, mode, delay, "finished" if finished else last, killed_at)
    if finished and code != 0:
        trial.problems.append(f"the worker failed on its own (exit {code}): "
                              f"{run.proc.stderr.read().decode(errors='replace')[-500:]}")
    check(p, data_dir, trial)
    trial.seconds = time.perf_counter() - t0
    if trial.ok:
        shutil.rmtree(folder, ignore_errors=True)  # keep a failing folder to look at
    return trial


# --- checking ---------------------------------------------------------------------------------


def counts(data_dir: Path) -> dict[str, int]:
    """Rows in every table of the database (read through SQLite, without opening it in the application)."""
    import sqlite3

    from lunar_desk.config import resolve_paths

    conn = sqlite3.connect(resolve_paths(data_dir).db_file, timeout=30)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in sorted(tables)}
    finally:
        conn.close()


def note_rows(data_dir: Path, note: str) -> int:
    import sqlite3

    from lunar_desk.config import resolve_paths

    conn = sqlite3.connect(resolve_paths(data_dir).db_file, timeout=30)
    try:
        return conn.execute("SELECT count(*) FROM audit_log WHERE note = ?", (note,)).fetchone()[0]
    finally:
        conn.close()


def fingerprint(db_file: Path) -> str:
    from safety_world import file_fingerprint

    return file_fingerprint(db_file)


def _recovered_state(p: Prepared, db_file: Path) -> str:
    import sqlite3

    conn = sqlite3.connect(db_file, timeout=30)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        conn.close()
    if p.scenario == "restore":
        got = fingerprint(db_file)
        state = next((name for name, fp in p.fingerprints.items() if fp == got), "neither")
    else:
        now = counts(db_file.parent)
        state = "before" if now == p.before else "after" if now == p.after else "neither"
    return f"integrity_check {verdict}, content {state}"


def check(p: Prepared, data_dir: Path, trial: Trial) -> None:
    """Fill ``trial.state`` and ``trial.problems`` from the data folder the killed worker left."""
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import check_sqlite_file
    from lunar_desk.errors import DatabaseProblem
    from lunar_desk.services import audit_replay
    from lunar_desk.services.integrity import check_database

    paths = resolve_paths(data_dir)
    problems = trial.problems
    try:  # as the Help menu's full check does, read-only, before anything opens the file
        check_sqlite_file(paths.db_file, full=True)
    except DatabaseProblem as exc:
        problems.append(f"the read-only integrity check (as at start-up) refuses the file: {exc} {exc.details or ''}")
        # What is in it? A copy opened read-write lets SQLite do its own crash recovery (e.g. roll back a hot journal).
        copy = data_dir.with_name(data_dir.name + "-recovered")
        shutil.copytree(data_dir, copy, dirs_exist_ok=True)
        trial.state = "neither"
        try:
            recovered = _recovered_state(p, resolve_paths(copy).db_file)
        except Exception as err:  # noqa: BLE001 - reported as found
            recovered = f"unreadable even read-write ({err})"
        problems.append(f"after SQLite's own recovery in a read-write copy: {recovered}")
        return
    if p.scenario == "restore":
        got = fingerprint(paths.db_file)
        trial.state = next((name for name, fp in p.fingerprints.items() if fp == got), "neither")
    else:
        now = counts(data_dir)
        rows = note_rows(data_dir, NOTES[p.scenario])
        if now == p.before and rows == 0:
            trial.state = "before"
        elif now == p.after and rows == p.note_rows:
            trial.state = "after"
        else:
            trial.state = "neither"
            diff = {t: (p.before.get(t), n, p.after.get(t)) for t, n in now.items() if n not in (p.before.get(t), p.after.get(t))}
            problems.append(f"partly there: tables (before, now, after) {diff}; the action's audit rows: {rows} "
                            f"(0 or {p.note_rows})")
    try:
        db = _open(data_dir)  # the normal start-up path: quick check, schema, officer
    except Exception as exc:  # noqa: BLE001 - any failure to open is the finding
        problems.append(f"the database does not open: {type(exc).__name__}: {exc}")
        return
    try:
        with db.read() as s:
            report = audit_replay.check_replay(s)
        problems.extend(f"audit replay: {d}" for d in report.differences[:5])
        stray = {t: n for t, n in report.unaudited.items() if t != "mission"}
        if stray:
            problems.append(f"rows without audit history: {stray}")
    finally:
        db.dispose()
    health = check_database(paths)
    problems.extend(f"lunar-desk check: {x}" for x in health.problems)


# --- summary -------------------------------------------------------------------------------------


def summary(trials: list[Trial]) -> str:
    lines = []
    for scenario in SCENARIOS:
        mine = [t for t in trials if t.scenario == scenario]
        if not mine:
            continue
        states = Counter(t.state for t in mine)
        where = Counter(t.killed_in for t in mine)
        ok = sum(t.ok for t in mine)
        killed = [t.killed_at for t in mine if t.killed_in != "finished"]
        lines.append(f"{scenario}: {len(mine)} trials ({', '.join(f'{m} {sum(t.mode == m for t in mine)}' for m in MODES)}), "
                     f"{len(killed)} killed, {len(mine) - len(killed)} finished before the kill")
        lines.append(f"  killed in phase: {', '.join(f'{k} {v}' for k, v in sorted(where.items()))}")
        if killed:
            lines.append(f"  kill times: {min(killed):.2f}–{max(killed):.2f} s after start")
        lines.append(f"  outcome: {', '.join(f'{k} {v}' for k, v in sorted(states.items()))}; "
                     f"all-or-nothing and healthy: {ok}/{len(mine)}")
    total_ok = sum(t.ok for t in trials)
    lines.append(f"ALL: {total_ok}/{len(trials)} trials left a healthy database holding the action entirely or not at all")
    return "\n".join(lines)
