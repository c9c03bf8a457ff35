"""Stewardship queries at scale: the loans list with its stale-custody and inventory badges, holds,
inventories owed, stale custody and "people who hold samples".

    python benchmarks/stewardship.py [--loans 300] [--repeat 3]

Builds a fresh migrated SQLite database in a temporary folder with N collected
loans of two items each (collected through the loans service, so each item's
custody log starts), one more movement per item, an inventory for a third of
the loans, and times each service call (median of ``--repeat`` runs).  The
Loans tab calls ``list_loans`` twice per refresh; the Stewardship tab calls the
other four once.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from lunar_desk.config import resolve_paths
from lunar_desk.db.models import Application, Loan, LoanItem, SampleStatus
from lunar_desk.db.startup import open_database
from lunar_desk.services import (
    catalogue,
    custody,
    holds,
    inventory,
    loans,
    reassignment,
    reference,
)
from lunar_desk.services.catalogue import SampleData

TODAY = date(2026, 11, 25)


def build(db, n: int) -> None:
    with db.action() as s:
        state = reference.add_member_state(s, "Iran", iso3="IRN")
        insts = [reference.add_institution(s, f"Institute {k}", member_state_id=state.id).id for k in range(20)]
        people = [reference.add_person(s, f"Person {k}", institution_id=insts[k % 20]).id for k in range(60)]
        catalogue.create_batch(s, 1, mission_codes=["CE-5"])
        for k in range(n):
            collected = TODAY - timedelta(days=30 + (k * 7) % 700)
            app = Application(reference=f"APSCO-R-B-{k:05d}", status="approved", institution_id=insts[k % 20],
                              pi_person_id=people[k % 60], title=f"Study {k}")
            s.add(app)
            s.flush()
            loan = Loan(agreement_number=f"LSA-B-{k:05d}", application_id=app.id, institution_id=insts[k % 20],
                        responsible_person_id=people[k % 60], status="signed",
                        decision_date=collected - timedelta(days=40), signing_deadline=collected - timedelta(days=26),
                        signed_on=collected - timedelta(days=30), certificate_number=f"LSC-B-{k:05d}",
                        certificate_date=collected - timedelta(days=28))
            s.add(loan)
            s.flush()
            for j in range(2):
                sample = catalogue.create_sample(s, SampleData(f"CE5C0400YJFM{k:05d}{j}", "CE-5", 20_000, batch_number=1))
                sample.status = SampleStatus.RESERVED.value
                s.add(LoanItem(loan_id=loan.id, sample_id=sample.id, mass_ug=20_000))
            s.flush()
            loans.record_collection(s, loan.id, collected, "Courier")
            for item in loans.loan_items(s, loan.id):
                custody.record_movement(s, item.id, occurred_on=collected + timedelta(days=2), kind="received_at_lab",
                                        today=TODAY, holder_person_id=people[k % 60], place="Lab")
            owed = inventory.owed_by_loan(s, loan.id, TODAY)
            if k % 3 == 0 and owed and owed[0] < TODAY:
                inventory.record_inventory(s, loan.id, reported_on=owed[0], today=TODAY, due_on=owed[0], lines=[
                    inventory.InventoryLineData(i.id, 20_000) for i in loans.loan_items(s, loan.id)])


def timed(fn, repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - t) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loans", type=int, default=300)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db, _ = open_database(resolve_paths(Path(tmp)), officer_login="bench")
        t = time.perf_counter()
        build(db, args.loans)
        print(f"built {args.loans} loans in {time.perf_counter() - t:.1f} s")
        with db.read() as s:
            for name, fn in (
                ("list_loans (with badges)", lambda: loans.list_loans(s, loans.LoanFilter(), TODAY)),
                ("holds.all_holds", lambda: holds.all_holds(s, TODAY)),
                ("inventory.owed", lambda: inventory.owed(s, TODAY)),
                ("custody.stale_items", lambda: custody.stale_items(s, TODAY)),
                ("reassignment.holders", lambda: reassignment.holders(s)),
                ("loan_view (one loan, with history)", lambda: loans.loan_view(
                    s, loans.loan_by_number(s, "LSA-B-00000").id, TODAY)),
            ):
                print(f"{name:40s} {timed(fn, args.repeat):8.1f} ms")
        db.dispose()


if __name__ == "__main__":
    main()
