"""Result reports at scale: the Results tab's list (every report with its three compliance
checks), what is due and overdue, the Loans tab's Results column, and the near-miss search
for a typo'd sample number across a large catalogue.

    python benchmarks/results.py [--size 50000] [--results 300] [--repeat 3]

Builds a throw-away demo database of ``--size`` samples (with the demo loans), adds
``--results`` reports linked to the demo loans, each citing three numbers, a third of them
with a typo that is in no loan (the worst case: the whole catalogue is searched for what it
meant), then times:

  list      results_view.list_results (the Results tab's refresh)
  due       results_view.reports_due
  overdue   result_overdue.overdue_for (the stewardship holds read it)
  loans     results_view.loan_results (the Loans tab's Results column)
  typo      result_compliance.compliance of one report citing a typo (catalogue near-miss search)
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

TODAY = date(2026, 11, 25)


def timed(fn, repeat: int) -> tuple[float, object]:
    runs, result = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--results", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    from sqlalchemy import select

    from lunar_desk.config import resolve_paths
    from lunar_desk.db.models import Loan, LoanItem, Sample
    from lunar_desk.db.startup import open_database
    from lunar_desk.services import demo, results
    from lunar_desk.services.result_compliance import compliance
    from lunar_desk.services.result_overdue import overdue_for
    from lunar_desk.services.results_view import (
        ResultFilter,
        list_results,
        loan_results,
        reports_due,
    )

    with tempfile.TemporaryDirectory(prefix="lunar-desk-bench-results-") as tmp:
        paths = resolve_paths(Path(tmp))
        db, _ = open_database(paths, officer_login="bench")
        t = time.perf_counter()
        with db.action() as s:
            demo.generate(s, args.size, today=TODAY)
        print(f"[setup] demo database of {args.size} samples in {time.perf_counter() - t:.1f} s", file=sys.stderr)
        rng = random.Random(7)
        t = time.perf_counter()
        with db.action() as s:
            loans = list(s.scalars(select(Loan)))
            numbers = {loan.id: list(s.scalars(select(Sample.sample_number).join(LoanItem, LoanItem.sample_id == Sample.id)
                                               .where(LoanItem.loan_id == loan.id))) for loan in loans}
            catalogue = list(s.scalars(select(Sample.sample_number).limit(5000)))
            typo_id = None
            for n in range(args.results):
                loan = rng.choice(loans)
                cited = numbers[loan.id][:2] + [rng.choice(catalogue)]
                if n % 3 == 0:
                    real = cited[-1]
                    cited[-1] = real[:-2] + real[-1] + real[-2] + "7"
                published = TODAY - timedelta(days=rng.randint(1, 700))
                reported = published + timedelta(days=rng.randint(10, 130)) if rng.random() < 0.7 else None
                r = results.create_result(s, results.ResultData(
                    title=f"Benchmark paper {n}", published_on=published,
                    reported_on=min(reported, TODAY) if reported else None, cited_numbers=", ".join(cited),
                    ack_confirmed=rng.random() < 0.8, loan_ids=[loan.id]), today=TODAY)
                if n % 3 == 0 and typo_id is None:
                    typo_id = r.id
        print(f"[setup] {args.results} reports in {time.perf_counter() - t:.1f} s", file=sys.stderr)

        with db.read() as s:
            rows = [
                ("list", *timed(lambda: list_results(s, ResultFilter(), TODAY), args.repeat)),
                ("due", *timed(lambda: reports_due(s, TODAY), args.repeat)),
                ("overdue", *timed(lambda: overdue_for(s, TODAY), args.repeat)),
                ("loans", *timed(lambda: loan_results(s, TODAY), args.repeat)),
                ("typo", *timed(lambda: compliance(s, typo_id, TODAY), args.repeat)),
            ]
        db.dispose()
    print(f"catalogue {args.size} samples, {args.results} reports (median of {args.repeat})")
    for name, ms, value in rows:
        size = len(value) if hasattr(value, "__len__") else ""
        print(f"  {name:8s} {ms:9.1f} ms  {size}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
