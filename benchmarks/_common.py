"""Shared helpers for the benchmark scripts (cached databases, statistics, memory).

Generated data lives under ``benchmarks/out/`` (git-ignored):

* ``demo-<N>-s<schema>/``  a ``lunar-desk demo --size N`` data folder (created once, ~10 s for 150,000);
* ``empty-s<schema>/``     a data folder whose database was created by opening it once (migrated, no rows).

Both are rebuilt when the checkout's schema head (``lunar_desk.db.migrate.SCHEMA_HEAD``)
moves on, so a benchmark never times a migration or a pre-migration backup.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
OUT_DIR = BENCH_DIR / "out"
DB_FILENAME = "lunar-desk.sqlite"  # lunar_desk.config.DB_FILENAME (not imported: keep the parent light)
READY_MARKER = ".benchmark-ready"


def ensure_offscreen() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _run_cli(args: list[str], what: str) -> None:
    code = "import sys; from lunar_desk.cli import main; sys.exit(main(sys.argv[1:]))"
    t = time.perf_counter()
    print(f"[setup] {what} …", file=sys.stderr, flush=True)
    proc = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, encoding="utf-8", errors="replace")
    if proc.returncode != 0:
        raise SystemExit(f"[setup] failed ({proc.returncode}): {what}\n{proc.stdout}\n{proc.stderr}")
    print(f"[setup] done in {time.perf_counter() - t:.1f} s: {proc.stdout.strip()}", file=sys.stderr, flush=True)


def schema_head() -> str:
    """The schema version this checkout writes (caches are keyed by it: a new migration means a new cache)."""
    from lunar_desk.db.migrate import SCHEMA_HEAD

    return SCHEMA_HEAD


def db_schema(db_file: Path) -> str | None:
    import sqlite3

    try:
        con = sqlite3.connect(f"{db_file.resolve().as_uri()}?mode=ro", uri=True)
        try:
            return con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.Error, TypeError):
        return None


def _build_once(final: Path, build) -> Path:
    """Build a data folder into a temporary sibling, then rename: a half-built cache is never reused.

    The folder name carries the schema version; caches of other versions of the same
    kind (``demo-150000-s0002`` when the head is 0004) are removed.
    """
    head = schema_head()
    final = final.with_name(f"{final.name}-s{head}")
    for stale in final.parent.glob(final.name.rsplit("-s", 1)[0] + "-s*"):
        if stale != final and stale.is_dir() and ".building-" not in stale.name:
            shutil.rmtree(stale, ignore_errors=True)
    if (final / READY_MARKER).exists() and db_schema(final / DB_FILENAME) == head:
        return final
    final.parent.mkdir(parents=True, exist_ok=True)
    tmp = final.with_name(final.name + f".building-{os.getpid()}")
    shutil.rmtree(tmp, ignore_errors=True)
    build(tmp)
    (tmp / READY_MARKER).write_text(time.strftime("%Y-%m-%d %H:%M:%S"), encoding="ascii")
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    return final


def demo_dir(size: int, out: Path = OUT_DIR) -> Path:
    """The cached ``demo --size N`` data folder (created on first use)."""
    return _build_once(
        out / f"demo-{size}",
        lambda tmp: _run_cli(["demo", "--size", str(size), "--out", str(tmp)], f"creating demo database with {size:,} samples"),
    )


def empty_dir(out: Path = OUT_DIR) -> Path:
    """The cached data folder with an empty (created and migrated) database."""

    def build(tmp: Path) -> None:
        code = (
            "import sys; from lunar_desk.config import resolve_paths; from lunar_desk.db.startup import open_database; "
            "db, _ = open_database(resolve_paths(sys.argv[1])); db.dispose()"
        )
        print("[setup] creating empty database …", file=sys.stderr, flush=True)
        subprocess.run([sys.executable, "-c", code, str(tmp)], check=True, capture_output=True)

    return _build_once(out / "empty", build)


def copy_data_dir(src: Path, dst: Path) -> Path:
    shutil.copytree(src, dst, ignore=shutil.ignore_patterns(READY_MARKER, "*.building-*"))
    return dst


# --- statistics ---------------------------------------------------------------


def percentile(values: list[float], p: float) -> float:
    """Linear-interpolated percentile (p in 0..100)."""
    if not values:
        return float("nan")
    xs = sorted(values)
    k = (len(xs) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(xs) - 1)
    return xs[lo] + (xs[hi] - xs[lo]) * (k - lo)


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")


def fmt_ms(x: float, width: int = 8) -> str:
    return f"{x:{width}.1f}" if x == x else f"{'–':>{width}}"


def verdict(value: float, target: float) -> str:
    return "PASS" if value <= target else "FAIL"


# --- memory (Linux) -------------------------------------------------------------


def proc_status_mb(*keys: str) -> dict[str, float]:
    """Values (MB) of ``VmRSS``, ``VmHWM``… from /proc/self/status."""
    found: dict[str, float] = {}
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                name, _, rest = line.partition(":")
                if name in keys:
                    found[name] = int(rest.split()[0]) / 1024  # kB -> MB
    except OSError:
        pass
    return found
