"""Benchmark: the CLEP summary's Catalogue sheet for a 150,000-sample database.

Measures, in the same run, alternating, on the same cells:

(a) the export: ``write_clep_summary`` with the catalogue section only —
    the SQL query, the typed and formatted cells (masses in mg with their
    number format), widths, frozen panes, autofilter, the cover, the
    atomic save;
(b) a bare openpyxl ``write_only`` workbook of the same cells: the two
    header rows and every row's values (sample number, mission, batch, mass
    in mg, status, parent) appended as plain values, fetched beforehand
    (not timed), no styles, saved.

Target: (a) ≤ 1.3 × (b), compared on the medians of the CPU time
(``time.process_time``); the wall-clock medians are printed beside it.  Both
are single-threaded and do the same file I/O, so on a quiet machine they
agree; on a shared one the wall clock mostly measures the other processes.
Also times the full workbook (every section) once, for information.

    python benchmarks/export.py [--size 150000] [--repeat 3] [--out DIR] [--profile]

The database is the cached ``lunar-desk demo --size N`` folder of
``benchmarks/_common.py`` (built on first use; ``--out`` keeps it elsewhere
than ``benchmarks/out``).  Wall-clock and CPU time (``time.process_time``)
are both reported: on a busy machine the CPU-time ratio is the steadier one.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _common import OUT_DIR, demo_dir, median, verdict

TARGET = 1.3


def _loadavg() -> str:
    try:
        return " ".join(Path("/proc/loadavg").read_text(encoding="ascii").split()[:3])
    except OSError:
        return "?"


def bare_cells(session, period) -> list[list]:
    """The Catalogue sheet's cells as plain values (header rows + rows), masses in mg."""
    from lunar_desk.services import reporting
    from lunar_desk.sheets.clep_summary import CATALOGUE_COLUMNS
    from lunar_desk.sheets.table_writer import mg

    cells: list[list] = [[c.en for c in CATALOGUE_COLUMNS], [c.zh for c in CATALOGUE_COLUMNS]]
    for number, mission, batch, mass, status, parent in reporting.catalogue_rows(session, period):
        cells.append([number, mission, batch, mg(mass), status, parent])
    return cells


def write_bare(cells: list[list], out: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Catalogue")
    for row in cells:
        ws.append(row)
    wb.save(out)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=150_000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=OUT_DIR, help="folder of the cached demo database")
    parser.add_argument("--profile", action="store_true", help="profile one export and print the top functions")
    args = parser.parse_args()

    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database
    from lunar_desk.services import reporting
    from lunar_desk.sheets import clep_summary
    from lunar_desk.sheets.clep_summary import Section, write_clep_summary

    data = demo_dir(args.size, args.out)
    db, _ = open_database(resolve_paths(data), officer_login="benchmark")
    today = date.today()
    period = reporting.make_period(date(today.year, 1, 1), today)
    only_catalogue = [Section("catalogue", clep_summary.catalogue)]
    export_s: list[float] = []
    bare_s: list[float] = []
    export_cpu: list[float] = []
    bare_cpu: list[float] = []
    try:
        with tempfile.TemporaryDirectory(prefix="lunar-desk-export-") as tmp, db.read() as session:
            out = Path(tmp)
            cells = bare_cells(session, period)
            rows = len(cells) - 2
            print(f"Catalogue sheet: {rows:,} samples × 6 columns; load average {_loadavg()}")

            def export(name: str):
                return write_clep_summary(session, period, out / name, officer="benchmark", today=today,
                                          sections=only_catalogue)

            export("warm-up.xlsx")
            write_bare(cells, out / "warm-up-bare.xlsx")
            if args.profile:  # also a load-independent comparison: Python function calls made by each
                calls = []
                for name, run in (("export", lambda: export("profile.xlsx")),
                                  ("bare", lambda: write_bare(cells, out / "profile-bare.xlsx"))):
                    prof = cProfile.Profile()
                    prof.enable()
                    run()
                    prof.disable()
                    stats = pstats.Stats(prof)
                    calls.append(stats.total_calls)
                    if name == "export":
                        stats.sort_stats("cumulative").print_stats(25)
                print(f"function calls: export {calls[0]:,}, bare {calls[1]:,} ({calls[0] / calls[1]:.3f} ×)")
            for i in range(args.repeat):
                t, c = time.perf_counter(), time.process_time()
                result = export(f"export-{i}.xlsx")
                export_s.append(time.perf_counter() - t)
                export_cpu.append(time.process_time() - c)
                assert result.rows["Catalogue"] == rows
                t, c = time.perf_counter(), time.process_time()
                write_bare(cells, out / f"bare-{i}.xlsx")
                bare_s.append(time.perf_counter() - t)
                bare_cpu.append(time.process_time() - c)
                print(f"  run {i + 1}: export {export_s[-1]:6.2f} s (cpu {export_cpu[-1]:6.2f})   "
                      f"bare {bare_s[-1]:6.2f} s (cpu {bare_cpu[-1]:6.2f})   "
                      f"ratio {export_s[-1] / bare_s[-1]:.2f} (cpu {export_cpu[-1] / bare_cpu[-1]:.2f})", flush=True)
            sizes = ((out / "export-0.xlsx").stat().st_size, (out / "bare-0.xlsx").stat().st_size)
            t = time.perf_counter()
            full = write_clep_summary(session, period, out / "full.xlsx", officer="benchmark", today=today)
            full_s = time.perf_counter() - t
    finally:
        db.dispose()

    ratio = median(export_s) / median(bare_s)
    cpu_ratio = median(export_cpu) / median(bare_cpu)
    print()
    print(f"export (catalogue section)  median {median(export_s):6.2f} s  min {min(export_s):6.2f} s  "
          f"cpu median {median(export_cpu):6.2f} s  ({sizes[0] / 1e6:.1f} MB)")
    print(f"bare write_only workbook    median {median(bare_s):6.2f} s  min {min(bare_s):6.2f} s  "
          f"cpu median {median(bare_cpu):6.2f} s  ({sizes[1] / 1e6:.1f} MB)")
    print(f"ratio (wall, medians) {ratio:.2f} × (min/min {min(export_s) / min(bare_s):.2f} ×); "
          f"ratio (cpu, medians) {cpu_ratio:.2f} ×; target ≤ {TARGET} × (cpu) -> {verdict(cpu_ratio, TARGET)}")
    print(f"full workbook (every section): {full_s:.2f} s, sheets "
          + ", ".join(f"{k} {v:,}" for k, v in full.rows.items()))
    return 0 if cpu_ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
