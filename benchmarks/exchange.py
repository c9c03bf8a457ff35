"""Benchmark: exchange bundles between two laptops.

Builds a demo database of N samples (laptop A) and an empty one (laptop B),
then measures: (a) exporting every record from A, (b) checking and
previewing the bundle on B, (c) importing it, (d) checking and previewing the
same bundle again (nothing to do), and (e) a later bundle of a few hundred
edits made on A, previewed and imported on B.

    python benchmarks/exchange.py [--samples N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

KEY = "benchmark exchange key"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--samples", type=int, default=2000)
    args = parser.parse_args()

    from sqlalchemy import select

    from lunar_desk.config import resolve_paths
    from lunar_desk.db.models import Sample
    from lunar_desk.db.startup import open_database
    from lunar_desk.services import demo, exchange

    tmp = Path(tempfile.mkdtemp(prefix="lunar-exchange-"))
    a, _ = open_database(resolve_paths(tmp / "a"), officer_login="amina")
    b, _ = open_database(resolve_paths(tmp / "b"), officer_login="bolat")
    with a.action("demo data") as s:
        demo.generate(s, args.samples, attachments_dir=a.paths.attachments_dir)
    for db in (a, b):
        with db.action() as s:
            exchange.set_exchange_key(s, KEY)

    def timed(label: str, fn):
        t = time.perf_counter()
        value = fn()
        print(f"{label:<52} {time.perf_counter() - t:7.2f} s")
        return value

    def export(path, since=None):
        with a.action("export") as s:
            return exchange.export_changes(s, attachments_dir=a.paths.attachments_dir, out=path, peer_name="B",
                                           since=since)

    def preview(path):
        with b.read() as s:
            bundle = exchange.open_bundle(s, path)
            return bundle, exchange.preview_import(s, bundle, "A")

    def apply(found):
        bundle, plan = found
        with b.action("import") as s:
            return exchange.import_changes(s, bundle, plan, attachments_dir=b.paths.attachments_dir)

    full = tmp / "full.zip"
    result = timed("(a) export everything", lambda: export(full))
    print(f"    {result.records:,} records, {result.files} files, {full.stat().st_size / 1e6:.1f} MB")
    found = timed("(b) check + preview on an empty laptop", lambda: preview(full))
    timed("(c) import", lambda: apply(found))
    found = timed("(d) check + preview the same bundle again", lambda: preview(full))
    assert found[1].nothing_to_do
    from lunar_desk.db.types import utcnow

    before_edits = utcnow()  # (the default "since the last export" resends the last 5 minutes too)
    with a.action("edits") as s:
        for sample in s.scalars(select(Sample).limit(300)):
            sample.location = "NAOC store, re-shelved"
    later = tmp / "later.zip"
    result = timed("(e) export 300 edited samples", lambda: export(later, before_edits))
    print(f"    {result.records:,} records")
    found = timed("    check + preview", lambda: preview(later))
    timed("    import", lambda: apply(found))
    a.dispose()
    b.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
