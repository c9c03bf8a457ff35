"""Crash trials: SIGKILL a process in the middle of a large import, a long save
or a restore, at random moments, and check what it leaves behind.

For each trial a fresh copy of a prepared data folder is written to by
``tests/safety/crash_worker.py`` in its own process, which is killed after a
random delay: anywhere in its life, within its write phase, or within its
commit (the modes alternate).  The folder must then pass the full integrity
check, open through the normal start-up path, pass ``lunar-desk check``,
replay its audit trail exactly, and hold the action entirely or not at all
(see ``tests/safety/crash_harness.py``, shared with ``tests/safety/test_crash.py``).

    python benchmarks/crash.py [--trials 120] [--scenarios import,save,restore] [--seed N] [--size 1.0] [--out DIR]

``--trials`` is the total, spread evenly over the scenarios.  Exit status 1
if any trial left a damaged or half-written database.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "safety"))

import crash_harness as ch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--trials", type=int, default=120, help="total number of trials (default 120)")
    parser.add_argument("--scenarios", default=",".join(ch.SCENARIOS), help="comma-separated: import, save, restore")
    parser.add_argument("--seed", type=int, default=None, help="random seed of the kill delays (default: random)")
    parser.add_argument("--size", type=float, default=1.0, help="scale of the work (1: 3,000 import rows, 120 samples split)")
    parser.add_argument("--out", type=Path, default=None, help="working folder (default: a temporary one, removed)")
    args = parser.parse_args(argv)
    scenarios = [x.strip() for x in args.scenarios.split(",") if x.strip()]
    unknown = set(scenarios) - set(ch.SCENARIOS)
    if unknown:
        parser.error(f"unknown scenario(s): {', '.join(sorted(unknown))}")
    seed = args.seed if args.seed is not None else random.randrange(2**32)
    rng = random.Random(seed)
    out = args.out or Path(tempfile.mkdtemp(prefix="lunar-crash-"))
    out.mkdir(parents=True, exist_ok=True)
    per = [args.trials // len(scenarios) + (i < args.trials % len(scenarios)) for i in range(len(scenarios))]
    print(f"seed {seed}; {args.trials} trials: " + ", ".join(f"{s} {n}" for s, n in zip(scenarios, per, strict=True)))
    t_all = time.perf_counter()
    trials: list[ch.Trial] = []
    try:
        for scenario, n in zip(scenarios, per, strict=True):
            t = time.perf_counter()
            prepared = ch.prepare(scenario, out / "prepared", size=args.size)
            phases = ", ".join(f"{k} {v:.2f}" for k, v in prepared.phases.items())
            print(f"[{scenario}] prepared in {time.perf_counter() - t:.1f} s; uninterrupted run (s): {phases}", flush=True)
            for k in range(n):
                mode = ch.MODES[k % len(ch.MODES)]
                trial = ch.kill_trial(prepared, out / "trials" / f"{scenario}-{k:03d}", mode, rng)
                trials.append(trial)
                verdict = "ok" if trial.ok else "FAIL " + "; ".join(trial.problems)[:300]
                print(f"[{scenario} {k + 1:3d}/{n}] {mode:8s} +{trial.delay:6.3f} s → killed in {trial.killed_in:18s} "
                      f"at {trial.killed_at:6.2f} s: {trial.state:7s} {verdict} ({trial.seconds:.1f} s)", flush=True)
    finally:
        if args.out is None and all(t.ok for t in trials):
            shutil.rmtree(out, ignore_errors=True)
    print()
    print(ch.summary(trials))
    print(f"time: {time.perf_counter() - t_all:.0f} s")
    bad = [t for t in trials if not t.ok]
    if bad:
        print(f"{len(bad)} failing trial folder(s) kept under {out / 'trials'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
