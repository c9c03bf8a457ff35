"""Random sequences of catalogue, review and loan actions through the real
services: after every step the mass ledger balances for every released sample
(by the service's own check and by an independent count kept by the test), no
sample is on two open loans, and a refused step changes nothing."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import HealthCheck, find, settings
from hypothesis.stateful import run_state_machine_as_test
from safety_machine import DAY, CatalogueLoanMachine
from sqlalchemy import select

from lunar_desk.db.models import Loan, LoanStatus, Sample, SampleStatus
from lunar_desk.services import catalogue, loans


class LedgerMachine(CatalogueLoanMachine):
    pass


class Draws:
    """Stands in for hypothesis' ``data`` in a fixed walk: the given values by label, else the simplest
    (the first candidate, the smallest number)."""

    def __init__(self, values: dict[str, object]) -> None:
        self.values = values

    def draw(self, strategy, label: str):
        if label in self.values:
            return self.values[label]
        return find(strategy, lambda _x: True)


def test_random_catalogue_review_and_loan_steps_keep_the_ledger_and_loans_right(template_db):
    LedgerMachine.template = template_db
    run_state_machine_as_test(LedgerMachine, settings=settings(
        max_examples=20, stateful_step_count=50, deadline=None, suppress_health_check=[HealthCheck.too_slow]))


def test_the_machine_takes_a_loan_through_its_whole_life(template_db):
    """The rules really reach loans: a fixed walk approves, lends, returns in part and closes."""

    LedgerMachine.template = template_db
    m = LedgerMachine()
    try:
        m.add_sample(100_000, chips=False, pieces=1)
        m.apply(Draws({"requested": 30_000}), n=1)
        m.decide(Draws({}), outcome="approved")
        m.close_round()
        with m.db.read() as s:
            (loan,) = s.scalars(select(Loan)).all()
        assert loan.status == LoanStatus.AWAITING_SIGNATURE
        m.sign(Draws({}))
        m.collect(Draws({}))
        m.give_back(Draws({"all of it": False, "accounted now": 20_000, "consumed": 5_000, "lost": 1_000, "over": False}))
        m.give_back(Draws({"all of it": True, "consumed": 0, "lost": 0, "over": False}))
        m.close_loan(Draws({}))
        m.ledger_balances()
        m.one_open_loan_per_sample()
        with m.db.read() as s:
            loan = loans.get_loan(s, loan.id)
            lent = s.get(Sample, loans.loan_items(s, loan.id)[0].sample_id)
            assert loan.status == LoanStatus.CLOSED and loan.closed_on == DAY + timedelta(days=40)
            assert (lent.status, lent.mass_ug, lent.consumed_ug, lent.lost_ug) == (SampleStatus.AVAILABLE, 30_000, 5_000, 1_000)
            assert catalogue.ledger_problems(s) == []
        root = next(iter(m.roots.values()))
        assert (root.mass, root.consumed, root.lost) == (100_000, 5_000, 1_000)
    finally:
        m.teardown()
