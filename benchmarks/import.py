"""Benchmark: importing a 150,000-row CLEP release list (.xlsx).

Measures, in the same run and on the same file:

(a) a bare openpyxl ``read_only`` iteration over every cell, the floor any
    import reading that file with openpyxl must pay;
(b) the full import: read + plan + apply (and commit) into a fresh, migrated
    database.

Target: (b) ≤ 1.5 × (a).  The file is built once (write-only workbook) and
cached in ``benchmarks/out/``.

    python benchmarks/import.py [--rows N] [--repeat N] [--rebuild] [--profile] [--gc-paused-baseline]

The import pauses Python's cyclic garbage collector while it works (see
``release_import._gc_paused``); ``--gc-paused-baseline`` also reports the
bare iteration under the same condition, for a like-for-like reading cost.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

OUT = Path(__file__).resolve().parent / "out"
FORMAT_VERSION = 1  # bump when the generated file changes
TARGET = 1.5

HEADER = [
    "样品编号 Sample number",
    "任务 Mission",
    "批次 Batch",
    "采样方式 Sampling",
    "类型 Type",
    "质量 Mass (mg)",
    "块数 Pieces",
    "用途 Use",
    "存储位置 Location",
    "备注 Notes",
]
PREPS = [("粉末", "YJFM")] * 7 + [("岩屑", "YJYX")] * 2 + [("薄片", "YJBP")]
LOCATIONS = ["NAOC Beijing, vault A", "NAOC Beijing, vault B", "NAOC Beijing, glovebox line 2", "Backup storage site"]


def build_file(path: Path, rows: int, *, seed: int = 2020) -> None:
    """A realistic release list: two title rows, a bilingual header, ``rows`` samples."""
    from openpyxl import Workbook

    rng = random.Random(seed)
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("发布清单 Release list")
    ws.append(["嫦娥五号、嫦娥六号月球样品第十二批发布清单 / 12th release of Chang'e-5 and Chang'e-6 lunar samples"])
    ws.append(["CLEP, 2026"])
    ws.append(HEADER)
    for i in range(rows):
        ce6 = rng.random() < 0.4
        mode = "表取" if rng.random() < 0.8 else "钻取"
        prep, code = rng.choice(PREPS)
        serial = i + 1
        number = f"{'CE6' if ce6 else 'CE5'}{'C' if mode == '表取' else 'Z'}{100 + serial // 90000:04d}{code}{serial % 90000:05d}"
        if prep == "粉末":
            mass, pieces = round(rng.uniform(5, 2000), 1), None
        elif prep == "岩屑":
            pieces = rng.randint(1, 5)
            mass = round(rng.uniform(8, 120) * pieces, 1)
        else:
            mass, pieces = round(rng.uniform(15, 90), 1), 1
        ws.append([
            number,
            "嫦娥六号" if ce6 else "CE-5",
            12,
            mode,
            prep,
            mass,
            pieces,
            "公益" if rng.random() < 0.08 else "科研",
            rng.choice(LOCATIONS),
            "" if rng.random() < 0.9 else "released with documentation",
        ])
    tmp = path.with_suffix(".part")
    wb.save(tmp)
    tmp.replace(path)


def bare_read(path: Path) -> tuple[float, float, int]:
    """Wall and CPU seconds to visit every cell with openpyxl read_only, and the cell count."""
    from openpyxl import load_workbook

    start, cpu = time.perf_counter(), time.process_time()
    wb = load_workbook(path, read_only=True, data_only=True)
    cells = 0
    for row in wb.worksheets[0].iter_rows(values_only=True):
        for _value in row:
            cells += 1
    wb.close()
    return time.perf_counter() - start, time.process_time() - cpu, cells


def full_import(path: Path, work: Path, *, profile: bool = False) -> tuple[float, float, str, cProfile.Profile | None]:
    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database
    from lunar_desk.sheets.release_import import apply_import, plan_import, read_release_file

    data = work / "data"
    shutil.rmtree(data, ignore_errors=True)
    db, _ = open_database(resolve_paths(data), officer_login="benchmark")  # migration is not timed
    profiler = cProfile.Profile() if profile else None
    try:
        start, cpu = time.perf_counter(), time.process_time()
        if profiler:
            profiler.enable()
        parsed = read_release_file(path)
        t_read = time.perf_counter()
        with db.action(note=f"import {path.name}") as session:
            plan = plan_import(session, parsed, batch_number=12)
            t_plan = time.perf_counter()
            if plan.errors:
                raise SystemExit(f"benchmark file has errors: {[str(e) for e in plan.errors[:5]]}")
            result = apply_import(session, plan)
        end, cpu = time.perf_counter(), time.process_time() - cpu
        if profiler:
            profiler.disable()
    finally:
        db.dispose()
    detail = (
        f"read {t_read - start:.2f} s, plan {t_plan - t_read:.2f} s, apply+commit {end - t_plan:.2f} s; "
        f"{result.summary()}"
    )
    return end - start, cpu, detail, profiler


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=150_000)
    parser.add_argument("--rebuild", action="store_true", help="rebuild the cached file")
    parser.add_argument("--profile", action="store_true", help="profile the import and print the top functions")
    parser.add_argument("--repeat", type=int, default=2, help="import runs (bare runs: one more); the fastest counts")
    parser.add_argument("--gc-paused-baseline", action="store_true",
                        help="also time the bare iteration with the garbage collector paused, as the import reads")
    args = parser.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"release-list-{args.rows}-v{FORMAT_VERSION}.xlsx"
    if args.rebuild or not path.exists():
        print(f"Building {path.name} ({args.rows:,} rows)…", flush=True)
        start = time.perf_counter()
        build_file(path, args.rows)
        print(f"  built in {time.perf_counter() - start:.1f} s ({path.stat().st_size / 1e6:.1f} MB)")
    path.read_bytes()  # warm the OS file cache so neither measurement pays for the disk

    # Runs alternate (bare, import, bare, import, …, bare) and the fastest of each
    # counts: a busy machine during one run can neither flatter nor spoil the ratio.
    bares, imports = [], []
    detail, profiler, cells = "", None, 0
    for i in range(args.repeat + 1):
        wall, cpu, cells = bare_read(path)
        bares.append((wall, cpu))
        print(f"(a) bare openpyxl read_only iteration: {wall:.2f} s (CPU {cpu:.2f} s, {cells:,} cells)", flush=True)
        if i == args.repeat:
            break
        with tempfile.TemporaryDirectory(prefix="lunar-import-bench-") as tmp:
            wall, cpu, detail, profiler = full_import(path, Path(tmp), profile=args.profile and i == 0)
        imports.append((wall, cpu))
        print(f"(b) full import (read + plan + apply): {wall:.2f} s (CPU {cpu:.2f} s; {detail})", flush=True)
    bare, bare_cpu = min(w for w, _ in bares), min(c for _, c in bares)
    total, total_cpu = min(w for w, _ in imports), min(c for _, c in imports)
    if args.gc_paused_baseline:
        import gc

        gc.disable()
        try:
            paused, paused_cpu, _ = bare_read(path)
        finally:
            gc.enable()
        print(f"(a') bare iteration with the garbage collector paused (as the import reads): {paused:.2f} s "
              f"(CPU {paused_cpu:.2f} s); ratio (b)/(a') {total / paused:.2f}× (CPU {total_cpu / paused_cpu:.2f}×)")
    ratio = total / bare
    print(f"fastest (a) {bare:.2f} s, fastest (b) {total:.2f} s: ratio (b)/(a) {ratio:.2f}× "
          f"(CPU {total_cpu / bare_cpu:.2f}×; target ≤ {TARGET}×) {'OK' if ratio <= TARGET else 'ABOVE TARGET'}")
    if profiler:
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(30)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(25)
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
