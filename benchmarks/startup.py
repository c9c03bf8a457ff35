"""Start-up time: process start -> main window's first paint, and -> catalogue ready.

    python benchmarks/startup.py [--size 150000] [--repeat 7] [--warmup 1] [--platform offscreen|xvfb] [--importtime]

Three variants, each started ``--repeat`` times in fresh processes (interleaved,
after ``--warmup`` unrecorded rounds so the page cache is warm for all):

* ``bare``   a plain PySide6 ``QMainWindow`` (1200x760), the yardstick;
* ``empty``  Lunar Desk as ``lunar-desk --data-dir DIR`` on a fresh copy of a data folder
             whose (empty) database was created once beforehand;
* ``demo``   Lunar Desk on the cached ``lunar-desk demo --size N`` database.

Lunar Desk is run by ``benchmarks/_startup_child.py``, which replicates
``lunar_desk.ui.app.run()`` step by step and prints milestone times.  All
times are measured from the parent's ``time.perf_counter()`` taken just
before ``subprocess.Popen`` (CLOCK_MONOTONIC, shared with the child), so
they include fork/exec and interpreter start-up.

Milestones:  paint  = first QEvent.Paint on the main window (the target: <= 1.5x bare);
             frame  = the event loop's first turn after that paint pass;
             ready  = open_into() returned and the catalogue table repainted with its rows;
             counts = the debounced "Showing N of M" count computed (≈120 ms after ready).

``--platform xvfb`` runs the children on a private Xvfb with the xcb plugin (needs Xvfb and
Qt's xcb libraries: libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-render-util0
libxcb-xkb1 libxkbcommon-x11-0 ...); it shows the same ordering as offscreen.

Each child gets its own XDG_CONFIG_HOME, so QSettings (geometry, header state)
never leak between runs or from the developer's own settings.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT_DIR, copy_data_dir, demo_dir, empty_dir, ensure_offscreen, fmt_ms, median, percentile  # noqa: E402

CHILD = Path(__file__).resolve().parent / "_startup_child.py"
TARGET_RATIO = 1.5
PHASES = ["start", "imports", "app", "fonts", "import_main_window", "window", "shown",
          "open_start", "open_end", "paint", "frame", "ready", "counts"]


# --- Xvfb (optional: a real X server instead of the offscreen plugin) ----------------


class Xvfb:
    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.display = ""

    def __enter__(self) -> Xvfb:
        exe = shutil.which("Xvfb")
        if exe is None:
            raise SystemExit("--platform xvfb needs Xvfb on PATH")
        for n in range(90, 140):
            if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
                break
        self.display = f":{n}"
        self.proc = subprocess.Popen([exe, self.display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{n}").exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                raise SystemExit("Xvfb did not start")
            time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()  # only the Xvfb we started, by its own handle
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "?"


# --- one child run ---------------------------------------------------------------------


def run_child(variant: str, data_dirs: dict[str, Path], env_base: dict[str, str], scratch: Path, timeout: float,
              extra_python_args: list[str] | None = None) -> tuple[dict[str, float], dict[str, str], str]:
    """Start one child; return (milestones in ms since Popen, notes, stderr)."""
    run_dir = Path(tempfile.mkdtemp(prefix=f"{variant}-", dir=scratch))
    config_home = run_dir / "config"
    config_home.mkdir()
    env = dict(env_base, XDG_CONFIG_HOME=str(config_home))
    if variant == "bare":
        args = ["bare"]
    else:
        base = variant.rstrip("+")
        if base == "empty":
            data = copy_data_dir(data_dirs["empty"], run_dir / "data")  # fresh copy each run
        else:
            data = data_dirs["demo"]  # read in place (open_into writes only the officer row, already there)
        args = ["lunar", str(data)]
    cmd = [sys.executable, *(extra_python_args or []), str(CHILD), *args]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, encoding="utf-8", errors="replace", env=env)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        out, err = proc.communicate()
        raise SystemExit(f"{variant}: child timed out after {timeout} s\n{out}\n{err[-3000:]}")
    if proc.returncode != 0:
        raise SystemExit(f"{variant}: child failed with {proc.returncode}\n{out}\n{err[-3000:]}")
    marks: dict[str, float] = {}
    notes: dict[str, str] = {}
    for line in out.splitlines():
        if line.startswith("MARK "):
            _, name, value = line.split()
            marks[name] = (float(value) - t0) * 1000
        elif line.startswith("NOTE "):
            key, _, value = line[5:].partition("=")
            notes[key] = value
    settings_files = [p for p in config_home.rglob("*") if p.is_file()]
    notes["settings_isolated"] = str(variant == "bare" or bool(settings_files))
    shutil.rmtree(run_dir, ignore_errors=True)
    return marks, notes, err


# --- -X importtime summary ----------------------------------------------------------


def importtime_summary(stderr: str, top: int = 12) -> list[str]:
    """Sum the self-time of every imported module by top-level package."""
    by_package: dict[str, int] = defaultdict(int)
    lunar: list[tuple[int, str]] = []
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \| (\s*)(\S+)", line)
        if not m:
            continue
        self_us, cum_us, indent, name = int(m.group(1)), int(m.group(2)), m.group(3), m.group(4)
        by_package[name.split(".")[0]] += self_us
        if name.startswith("lunar_desk") and len(indent) <= 4:
            lunar.append((cum_us, f"{'  ' * (len(indent) // 2)}{name}"))
    total = sum(by_package.values())
    lines = [f"  all imports (self time summed): {total / 1000:7.1f} ms"]
    for pkg, us in sorted(by_package.items(), key=lambda kv: -kv[1])[:top]:
        lines.append(f"    {pkg:<28} {us / 1000:7.1f} ms")
    lines.append("  lunar_desk modules (cumulative, incl. what they import):")
    for cum, name in sorted(lunar, reverse=True)[:top]:
        lines.append(f"    {name:<40} {cum / 1000:7.1f} ms")
    return lines


# --- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--size", type=int, default=150_000, help="samples in the demo database (default 150000)")
    ap.add_argument("--repeat", type=int, default=7, help="recorded runs per variant (default 7)")
    ap.add_argument("--warmup", type=int, default=1, help="unrecorded rounds first (default 1)")
    ap.add_argument("--platform", choices=["offscreen", "xvfb"], default="offscreen",
                    help="Qt platform for the children: offscreen (default; QT_QPA_PLATFORM if set) or a private Xvfb")
    ap.add_argument("--variants", default="bare,empty,demo", help="comma-separated subset of bare,empty,demo")
    ap.add_argument("--importtime", action="store_true", help="also run one demo child with -X importtime and summarise it")
    ap.add_argument("--timeout", type=float, default=120, help="seconds before a child is killed")
    ap.add_argument("--out", type=Path, default=OUT_DIR, help="cache folder for generated databases")
    args = ap.parse_args(argv)
    variants = [v.strip() for v in args.variants.split(",") if v.strip()]
    if "bare" not in variants:
        variants.insert(0, "bare")
    unknown = [v for v in variants if v.rstrip("+") not in ("bare", "empty", "demo")]
    if unknown:
        ap.error(f"unknown variant(s): {', '.join(unknown)}")

    data_dirs = {}
    if any(v.rstrip("+") == "empty" for v in variants):
        data_dirs["empty"] = empty_dir(args.out)
    if any(v.rstrip("+") == "demo" for v in variants):
        data_dirs["demo"] = demo_dir(args.size, args.out)
    scratch = args.out / "startup-runs"
    scratch.mkdir(parents=True, exist_ok=True)

    env_base = dict(os.environ)
    env_base.pop("QT_LOGGING_RULES", None)
    env_base.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")
    xvfb = Xvfb() if args.platform == "xvfb" else None
    if xvfb is not None:
        xvfb.__enter__()
        env_base["DISPLAY"] = xvfb.display
        env_base["QT_QPA_PLATFORM"] = "xcb"
    else:
        ensure_offscreen()
        env_base["QT_QPA_PLATFORM"] = os.environ["QT_QPA_PLATFORM"]
    platform = env_base["QT_QPA_PLATFORM"] + (f" (Xvfb {xvfb.display})" if xvfb else "")

    load_before = _loadavg()
    results: dict[str, list[dict[str, float]]] = {v: [] for v in variants}
    notes_all: dict[str, list[dict[str, str]]] = {v: [] for v in variants}
    imp_lines: list[str] = []
    try:
        total_rounds = args.warmup + args.repeat
        for r in range(total_rounds):
            for v in variants:  # interleaved, so drift hits every variant alike
                marks, notes, _ = run_child(v, data_dirs, env_base, scratch, args.timeout)
                if r >= args.warmup:
                    results[v].append(marks)
                    notes_all[v].append(notes)
            print(f"[run] round {r + 1}/{total_rounds}{' (warm-up)' if r < args.warmup else ''}: "
                  + ", ".join(f"{v} paint {results[v][-1]['paint']:.0f} ms" if results[v] and r >= args.warmup else v for v in variants),
                  file=sys.stderr, flush=True)
        if args.importtime and "demo" in variants:
            _, _, err = run_child("demo", data_dirs, env_base, scratch, args.timeout, ["-X", "importtime"])
            imp_lines = importtime_summary(err)
    finally:
        if xvfb is not None:
            xvfb.__exit__(None, None, None)

    def stat(v: str, key: str, fn=median) -> float:
        xs = [m[key] for m in results[v] if key in m]
        return fn(xs) if xs else float("nan")

    bare_paint = stat("bare", "paint")
    labels = {"bare": "bare QMainWindow", "empty": "Lunar Desk, empty DB", "demo": f"Lunar Desk, demo {args.size:,}",
              "empty+": "what-if: empty, open@paint", "demo+": "what-if: demo, open@paint"}

    print()
    print(f"Start-up: process start -> milestone, ms  ({args.repeat} runs each after {args.warmup} warm-up; "
          f"platform {platform}; warm page cache)")
    print(f"load average before/after: {load_before} / {_loadavg()} on {os.cpu_count()} CPUs (other busy processes skew every figure)")
    print(f"{'variant':<26} {'paint med':>9} {'paint min':>9} {'x bare':>7} {'frame':>8} {'ready med':>9} {'ready min':>9} {'counts':>8}")
    for v in variants:
        ratio = stat(v, "paint") / bare_paint
        print(f"{labels[v]:<26} {fmt_ms(stat(v, 'paint'), 9)} {fmt_ms(stat(v, 'paint', min), 9)} {ratio:6.2f}x "
              f"{fmt_ms(stat(v, 'frame'))} {fmt_ms(stat(v, 'ready'), 9)} {fmt_ms(stat(v, 'ready', min), 9)} {fmt_ms(stat(v, 'counts'))}")

    print()
    print("Phase breakdown, median ms since process start (delta from the previous milestone):")
    header = f"{'milestone':<20}" + "".join(f"{labels[v][:22]:>24}" for v in variants)
    print(header)
    lunar_variants = [v for v in variants if v != "bare"] or ["bare"]
    present = [k for k in PHASES if any(k in m for v in variants for m in results[v])]
    present.sort(key=lambda k: next((stat(v, k) for v in reversed(lunar_variants) if stat(v, k) == stat(v, k)), stat("bare", k)))
    for key in present:
        row = f"{key:<20}"
        for v in variants:
            # the per-run delta to the preceding milestone that this run has, then the median of those
            deltas = []
            for m in results[v]:
                if key not in m:
                    continue
                prev = [m[k] for k in PHASES if k in m and m[k] <= m[key] and k != key]
                deltas.append(m[key] - max(prev) if prev else m[key])
            val = stat(v, key)
            row += f"{fmt_ms(val, 10)} ({'+' if deltas else ''}{median(deltas) if deltas else float('nan'):7.1f})" if val == val else f"{'':>24}"
        print(row)
    print("  (interpreter start-up = 'start'; for Lunar Desk open_into is a QTimer.singleShot(0) queued after show())")

    for v in variants:
        if v == "bare":
            continue
        before = sum(1 for n in notes_all[v] if n.get("open_before_paint") == "True")
        iso = all(n.get("settings_isolated") == "True" for n in notes_all[v])
        rows = {n.get("rows") for n in notes_all[v]}
        label_text = notes_all[v][-1].get("count_label", "?") if notes_all[v] else "?"
        print(f"{labels[v]}: open_into ran before the first paint in {before}/{len(notes_all[v])} runs; "
              f"table rows {', '.join(sorted(r or '?' for r in rows))} ({label_text!r}); "
              f"QSettings went to the per-run XDG_CONFIG_HOME: {iso}")
    jitter = {v: percentile([m['paint'] for m in results[v]], 90) - stat(v, 'paint', min) for v in variants}
    print("paint spread p90-min (ms): " + ", ".join(f"{v} {jitter[v]:.0f}" for v in variants))

    if imp_lines:
        print()
        print("Import cost of one Lunar Desk start (-X importtime; inflates times ~10-20%):")
        print("\n".join(imp_lines))

    print()
    parts = [f"bare {bare_paint:.0f} ms"]
    worst = 0.0
    real = [v for v in variants if v != "bare" and not v.endswith("+")]  # the what-ifs do not count
    for v in real:
        ratio = stat(v, "paint") / bare_paint
        worst = max(worst, ratio)
        parts.append(f"{v} {stat(v, 'paint'):.0f} ms ({ratio:.2f}x)")
    readies = ", ".join(f"{v} {stat(v, 'ready'):.0f} ms" for v in real)
    print(f"SUMMARY startup first paint (median): {'; '.join(parts)} -> target <= {TARGET_RATIO}x bare: "
          f"{'PASS' if worst <= TARGET_RATIO else 'FAIL'}; ready: {readies}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
