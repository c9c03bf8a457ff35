"""A hypothesis state machine over the catalogue, the committee's decisions and
loans, driven through the real services (one ``db.action`` per step, as the UI
does).  ``test_stateful`` checks the mass ledger and the one-open-loan rule after
every step; ``test_audit_replay`` extends it with more record kinds and checks
that the audit trail replays to the live tables.

The machine keeps its own books (an independent model): per root sample, the
mass released and the mass consumed and lost through the steps that succeeded.
A step the services refuse (a ``UserError``) must leave the database as it was.
"""

from __future__ import annotations

import itertools
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from hypothesis import event
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from safety_world import forward_application, open_copy, people, table_counts
from sqlalchemy import func, select

from lunar_desk.db.models import (
    Application,
    ItemDecision,
    Loan,
    LoanItem,
    LoanStatus,
    RequestedItem,
    ReviewRound,
    Sample,
    SampleStatus,
)
from lunar_desk.errors import UserError
from lunar_desk.services import catalogue, loans, review
from lunar_desk.services.applications import ItemData
from lunar_desk.services.catalogue import SampleData, SplitPart

DAY = date(2026, 3, 2)  # a Monday of a year whose Chinese holidays are announced
OUTCOMES = st.sampled_from(["approved", "approved_less", "reduced", "rejected"])
SOMETIMES = st.sampled_from([False, False, False, False, True])  # a deliberate mistake, now and then
OPEN_LOAN = (LoanStatus.AWAITING_SIGNATURE, LoanStatus.SIGNED, LoanStatus.COLLECTED, LoanStatus.PARTLY_RETURNED)


@dataclass
class Root:
    """The model's books for one released sample: its mass and what was consumed or lost from its tree."""

    mass: int
    consumed: int = 0
    lost: int = 0


class Refused:
    """What :meth:`CatalogueLoanMachine.act` returns for a step the services refused."""


def note_event(text: str) -> None:
    """hypothesis' statistics of what the steps did (nothing outside a hypothesis run)."""
    try:
        event(text)
    except InvalidArgument:
        pass


class CatalogueLoanMachine(RuleBasedStateMachine):
    template: Path  # the migrated template database (set by the test)

    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="lunar-safety-"))
        self.db = open_copy(self.template, self.folder / "data")
        self.opened()
        self.who = people(self.db)
        self.roots: dict[Any, Root] = {}
        self.serial = 0
        self.batch = 0
        self._census: dict[str, int] | None = None
        self.new_round()

    @initialize(masses=st.lists(st.integers(2, 400_000), min_size=1, max_size=4))
    def release(self, masses: list[int]) -> None:
        for mass in masses:
            self.add_sample(mass, chips=False, pieces=1)

    def opened(self) -> None:
        """Called once the fresh database is open, before anything is recorded in it."""

    def teardown(self) -> None:
        self.db.dispose()
        shutil.rmtree(self.folder, ignore_errors=True)

    # --- helpers ---------------------------------------------------------------------------

    def next_serial(self) -> int:
        self.serial += 1
        return self.serial

    def new_round(self) -> None:
        self.batch += 1
        with self.db.action("new round") as s:
            catalogue.create_batch(s, self.batch, mission_codes=["CE-5"])
            self.round_id = review.create_round(s, self.batch, f"Batch {self.batch} committee", None).id

    def state(self) -> tuple:
        """What a refused step must not change: row counts of every table, samples, loans, decisions."""
        with self.db.read() as s:
            return (
                table_counts(self.db),
                sorted((str(x.id), x.status, x.mass_ug, x.consumed_ug, x.lost_ug, x.notes) for x in s.scalars(select(Sample))),
                sorted((str(x.id), x.status, x.signed_on, x.released_on) for x in s.scalars(select(Loan))),
                sorted((str(x.id), x.outcome, x.approved_mass_ug, str(x.reserved_sample_id)) for x in s.scalars(select(ItemDecision))),
            )

    def census(self) -> dict[str, int]:
        """How many candidates each kind of step has now (the rules' preconditions; cached until the next action)."""
        if self._census is None:
            with self.db.read() as s:
                c: dict[str, int] = defaultdict(int)
                leaves = self.leaves().with_only_columns(Sample.status, func.count()).group_by(Sample.status)
                c.update({status: n for status, n in s.execute(leaves)})
                c.update({status: n for status, n in s.execute(select(Loan.status, func.count()).group_by(Loan.status))})
                decided = ItemDecision.id.is_not(None)
                items = self.open_items().outerjoin(ItemDecision, ItemDecision.item_id == RequestedItem.id)
                for is_decided, n in s.execute(items.with_only_columns(decided, func.count()).group_by(decided)):
                    c["decided" if is_decided else "undecided"] = n
                c["items"] = c["decided"] + c["undecided"]
                c["without loan"] = int(s.scalar(self.apps_without_loan().with_only_columns(func.count())) or 0)
            self._census = c
        return self._census

    def act(self, name: str, fn: Callable, expect: str = "either") -> Any:
        """Run ``fn(session)`` as one action; ``expect`` is "ok", "refused" or "either"."""
        self._census = None
        before = self.state() if expect != "ok" else None
        try:
            with self.db.action(name) as s:
                result = fn(s)
        except UserError as exc:
            assert expect != "ok", f"{name} was refused: {exc}"
            assert self.state() == before, f"{name} was refused ({exc}) but changed the database"
            note_event(f"{name}: refused")
            return Refused
        assert expect != "refused", f"{name} should have been refused"
        note_event(f"{name}: done")
        return result

    def pick(self, data, query, label: str):
        with self.db.read() as s:
            found = list(s.scalars(query))
        if not found:
            return None
        return data.draw(st.sampled_from(found), label=label)

    def root_of(self, s, sample_id) -> Any:
        sample = s.get(Sample, sample_id)
        while sample.parent_id is not None:
            sample = s.get(Sample, sample.parent_id)
        return sample.id

    def book(self, sample_id, consumed: int = 0, lost: int = 0) -> None:
        with self.db.read() as s:
            root = self.roots[self.root_of(s, sample_id)]
        root.consumed += consumed
        root.lost += lost

    def leaves(self, *statuses: SampleStatus):
        has_children = select(Sample.parent_id).where(Sample.parent_id.is_not(None))
        q = select(Sample).where(Sample.id.not_in(has_children)).order_by(Sample.sample_number)
        return q.where(Sample.status.in_([x.value for x in statuses])) if statuses else q

    # --- catalogue ---------------------------------------------------------------------------

    @rule(mass=st.integers(2, 400_000), chips=st.booleans(), pieces=st.integers(1, 4))
    def add_sample(self, mass: int, chips: bool, pieces: int) -> None:
        n = self.next_serial()
        data = SampleData(f"CE5C0400YJYX{n:05d}", "CE-5", mass, batch_number=self.batch, preparation="rock_chip", pieces=pieces) \
            if chips else SampleData(f"CE5C0400YJFM{n:05d}", "CE-5", mass, batch_number=self.batch)
        sample = self.act("add sample", lambda s: catalogue.create_sample(s, data), "ok")
        self.roots[sample.id] = Root(mass)

    @precondition(lambda self: self.census()["available"])
    @rule(data=st.data())
    def split(self, data) -> None:
        sample = self.pick(data, self.leaves(SampleStatus.AVAILABLE), "sample to split")
        if sample is None:
            return
        left = catalogue.remaining_ug(sample)
        if left < 2:
            return
        loss = data.draw(st.integers(0, (left - 1) // 10), label="split loss")
        n = data.draw(st.integers(1, min(3, left - loss)), label="parts")
        cuts = sorted(data.draw(st.sets(st.integers(1, left - loss - 1), min_size=n - 1, max_size=n - 1), label="cuts")) \
            if n > 1 else []
        bounds = [0, *cuts, left - loss]
        masses = [b - a for a, b in itertools.pairwise(bounds)]
        off = data.draw(st.sampled_from([0, 0, 0, 1, -1]), label="error in the parts") if masses[-1] > 1 else 0
        masses[-1] += off
        parts = [SplitPart(f"SPL{self.next_serial():06d}", m) for m in masses]
        done = self.act("split", lambda s: catalogue.split_sample(s, sample.id, parts, lost_ug=loss, reason="test"),
                        "ok" if off == 0 else "refused")
        if done is not Refused:
            self.book(sample.id, lost=loss)

    @precondition(lambda self: self.census()["available"] > 2)
    @rule(data=st.data())
    def consume(self, data) -> None:
        sample = self.pick(data, self.leaves(SampleStatus.AVAILABLE), "sample to consume from")
        if sample is None:
            return
        left = catalogue.remaining_ug(sample)
        consumed = data.draw(st.integers(0, left), label="consumed")
        lost = data.draw(st.integers(0, left - consumed), label="lost")
        too_much = data.draw(SOMETIMES, label="too much")
        if too_much:
            consumed = left - lost + 1
        done = self.act("consume", lambda s: catalogue.record_consumption(s, sample.id, consumed, lost),
                        "refused" if too_much else "ok")
        if done is not Refused:
            self.book(sample.id, consumed=consumed, lost=lost)

    @precondition(lambda self: self.census()["available"] + self.census()["reserved"] > 3)
    @rule(data=st.data(), status=st.sampled_from([SampleStatus.CONSUMED, SampleStatus.RETURNED, SampleStatus.LOST]))
    def retire(self, data, status: SampleStatus) -> None:
        sample = self.pick(data, self.leaves(SampleStatus.AVAILABLE, SampleStatus.RESERVED), "sample to retire")
        if sample is None:
            return
        left = catalogue.remaining_ug(sample)
        self.act("retire", lambda s: catalogue.retire_sample(s, sample.id, status.value, "test"), "ok")
        self.book(sample.id, consumed=left if status == SampleStatus.CONSUMED else 0,
                  lost=left if status == SampleStatus.LOST else 0)

    # --- applications and the committee -------------------------------------------------------

    @precondition(lambda self: self.census()["available"] and self.census()["items"] < 4 and not self.census()["decided"])
    @rule(data=st.data(), n=st.integers(1, 2))
    def apply(self, data, n: int) -> None:
        with self.db.read() as s:
            found = [x for x in s.scalars(self.leaves(SampleStatus.AVAILABLE)) if catalogue.held_ug(x) > 0]
        if not found:
            return
        chosen = data.draw(st.lists(st.sampled_from(found), min_size=1, max_size=n, unique_by=lambda x: x.id), label="samples")
        items = [ItemData(sample_id=x.id, mass_ug=data.draw(st.integers(1, catalogue.held_ug(x)), label="requested"),
                          justification="Needed.") for x in chosen]
        title = f"Study {self.next_serial()}"
        self.act("forward application", lambda s: forward_application(
            s, self.db.paths, self.folder / "files", self.who, batch_number=self.batch, items=items, title=title, today=DAY), "ok")
        self.act("start review", lambda s: review.start_review(s, self.round_id, today=DAY), "ok")

    def open_items(self):
        return (select(RequestedItem).join(Application, Application.id == RequestedItem.application_id)
                .join(ReviewRound, ReviewRound.batch_id == Application.batch_id)
                .where(ReviewRound.id == self.round_id, Application.status == "under_review")
                .order_by(RequestedItem.created_at))

    def decide_item(self, data, item: RequestedItem, outcome: str) -> Any:
        kw: dict[str, Any] = {}
        if outcome == "approved_less":
            outcome, kw["approved_mass_ug"] = "approved", data.draw(st.integers(1, item.mass_ug), label="approved")
        elif outcome == "reduced":
            kw["approved_mass_ug"] = data.draw(st.integers(1, max(1, item.mass_ug - 1)), label="approved")
        elif outcome == "rejected":
            kw["reason"] = "Not this time."
        return self.act("decide", lambda s: review.decide_item(s, self.round_id, item.id, outcome, today=DAY, **kw),
                        "ok" if outcome == "rejected" else "either")

    @precondition(lambda self: self.census()["items"])
    @rule(data=st.data(), outcome=OUTCOMES)
    def decide(self, data, outcome: str) -> None:
        """Decide one item, or change its decision."""
        item = self.pick(data, self.open_items(), "item to decide")
        if item is not None:
            self.decide_item(data, item, outcome)

    @precondition(lambda self: self.census()["items"])
    @rule(data=st.data())
    def committee_meets(self, data) -> None:
        """Decide every undecided item (rejecting what cannot be approved), close the round, make its loans."""
        with self.db.read() as s:
            undecided = list(s.scalars(self.open_items().where(RequestedItem.id.not_in(select(ItemDecision.item_id)))))
        for item in undecided:
            if self.decide_item(data, item, data.draw(OUTCOMES, label="outcome")) is Refused:
                self.decide_item(data, item, "rejected")
        self.close_round()

    @precondition(lambda self: self.census()["decided"])
    @rule(data=st.data())
    def clear_decision(self, data) -> None:
        decided = self.open_items().join(ItemDecision, ItemDecision.item_id == RequestedItem.id)
        item = self.pick(data, decided, "decision to clear")
        if item is not None:
            self.act("clear decision", lambda s: review.clear_decision(s, self.round_id, item.id), "ok")

    @precondition(lambda self: self.census()["decided"] and not self.census()["undecided"])
    @rule()
    def close_round(self) -> None:
        self.act("close round", lambda s: review.close_round(s, self.round_id, today=DAY), "ok")
        self.act("make loans", lambda s: loans.create_loans_for_round(s, self.round_id, today=DAY + timedelta(days=1)))
        self.new_round()

    # --- loans -----------------------------------------------------------------------------------

    def loans_in(self, *statuses: LoanStatus):
        return select(Loan).where(Loan.status.in_([x.value for x in statuses])).order_by(Loan.agreement_number)

    def apps_without_loan(self):
        return select(Application).where(
            Application.status.in_(["approved", "partially_approved"]), Application.id.not_in(select(Loan.application_id)))

    @precondition(lambda self: self.census()["without loan"])
    @rule(data=st.data())
    def make_loan(self, data) -> None:
        app = self.pick(data, self.apps_without_loan(), "application without a loan")
        if app is not None:
            self.act("make loan", lambda s: loans.create_loan(s, app.id, today=DAY + timedelta(days=1)))

    @precondition(lambda self: self.census()["awaiting_signature"])
    @rule(data=st.data())
    def sign(self, data) -> None:
        loan = self.pick(data, self.loans_in(LoanStatus.AWAITING_SIGNATURE).where(Loan.released_on.is_(None)), "loan to sign")
        if loan is not None:
            self.act("sign", lambda s: loans.record_signature(s, loan.id, DAY + timedelta(days=2)), "ok")

    @precondition(lambda self: self.census()["signed"])
    @rule(data=st.data())
    def collect(self, data) -> None:
        loan = self.pick(data, self.loans_in(LoanStatus.SIGNED), "loan to collect")
        if loan is None:
            return
        cert = f"LSC-{self.next_serial()}"

        def collect(s):
            loans.issue_certificate(s, loan.id, cert, DAY + timedelta(days=3))
            return loans.record_collection(s, loan.id, DAY + timedelta(days=4), "Mohammad Rezaei")

        self.act("collect", collect)

    @precondition(lambda self: self.census()["collected"] + self.census()["partly_returned"])
    @rule(data=st.data())
    def give_back(self, data) -> None:
        loan = self.pick(data, self.loans_in(LoanStatus.COLLECTED, LoanStatus.PARTLY_RETURNED), "loan returning samples")
        if loan is None:
            return
        with self.db.read() as s:
            accounts = loans.item_accounts(s, loan.id)
            open_items = [(i, i.mass_ug - accounts.get(i.id, loans.ItemAccount()).accounted_ug) for i in loans.loan_items(s, loan.id)]
        open_items = [(i, left) for i, left in open_items if left > 0]
        if not open_items:
            return
        item, left = data.draw(st.sampled_from(open_items), label="item")
        full = data.draw(st.booleans(), label="all of it")
        total = left if full else data.draw(st.integers(1, left), label="accounted now")
        consumed = data.draw(st.integers(0, total), label="consumed")
        lost = data.draw(st.integers(0, total - consumed), label="lost")
        returned = total - consumed - lost
        over = data.draw(SOMETIMES, label="over")
        if over:
            returned += left - total + 1
        line = loans.ReturnLineData(item.id, returned_ug=returned, consumed_ug=consumed, lost_ug=lost)
        done = self.act("return", lambda s: loans.record_return(s, loan.id, DAY + timedelta(days=30), [line], "Zhang Wei"),
                        "refused" if over else "ok")
        if done is not Refused:
            self.book(item.sample_id, consumed=consumed, lost=lost)

    @precondition(lambda self: self.census()["partly_returned"])
    @rule(data=st.data())
    def close_loan(self, data) -> None:
        loan = self.pick(data, self.loans_in(LoanStatus.PARTLY_RETURNED), "loan to close")
        if loan is None:
            return
        with self.db.read() as s:
            settled = not loans.reconciliation_problems(s, loan.id)
        self.act("close loan", lambda s: loans.close_loan(s, loan.id, DAY + timedelta(days=40)), "ok" if settled else "refused")

    @precondition(lambda self: self.census()["awaiting_signature"])
    @rule(data=st.data())
    def lapse_and_release(self, data) -> None:
        loan = self.pick(data, self.loans_in(LoanStatus.AWAITING_SIGNATURE), "loan left unsigned")
        if loan is None:
            return
        later = DAY + timedelta(days=60)

        def lapse(s):
            loans.check_lapsed(s, later)
            return loans.release_lapsed(s, loan.id, later)

        self.act("lapse and release", lapse, "ok")

    # --- invariants ------------------------------------------------------------------------------

    @invariant()
    def ledger_balances(self) -> None:
        with self.db.read() as s:
            assert catalogue.ledger_problems(s) == []
            rows = list(s.execute(select(Sample.id, Sample.parent_id, Sample.mass_ug, Sample.consumed_ug, Sample.lost_ug,
                                         Sample.status, Sample.sample_number)))
        by_id = {r.id: r for r in rows}
        kids: dict[Any, list] = defaultdict(list)
        for r in rows:
            if r.parent_id is not None:
                kids[r.parent_id].append(r)
        totals: dict[Any, list[int]] = defaultdict(lambda: [0, 0, 0])  # per root: consumed, lost, leaf mass + inner losses
        for r in rows:
            assert r.mass_ug >= 0 and r.consumed_ug >= 0 and r.lost_ug >= 0, r
            if r.id in kids:
                assert r.mass_ug == sum(k.mass_ug for k in kids[r.id]) + r.consumed_ug + r.lost_ug, r.sample_number
                assert r.status == SampleStatus.SPLIT, (r.sample_number, r.status)
            else:
                assert r.consumed_ug + r.lost_ug <= r.mass_ug, r.sample_number
                assert r.status != SampleStatus.SPLIT, r.sample_number
            root = r
            while root.parent_id is not None:
                root = by_id[root.parent_id]
            t = totals[root.id]
            t[0] += r.consumed_ug
            t[1] += r.lost_ug
            t[2] += r.consumed_ug + r.lost_ug if r.id in kids else r.mass_ug
        assert set(totals) == set(self.roots), "every sample descends from a sample released through the machine"
        for root_id, model in self.roots.items():
            consumed, lost, accounted = totals[root_id]
            assert by_id[root_id].mass_ug == model.mass == accounted, by_id[root_id].sample_number
            assert (consumed, lost) == (model.consumed, model.lost), by_id[root_id].sample_number

    @invariant()
    def one_open_loan_per_sample(self) -> None:
        with self.db.read() as s:
            rows = list(s.execute(select(LoanItem.sample_id, Loan.status, Loan.released_on, Loan.agreement_number)
                                  .join(Loan, Loan.id == LoanItem.loan_id)))
            on_loan = set(s.scalars(select(Sample.id).where(Sample.status == SampleStatus.ON_LOAN.value)))
        holding: dict[Any, list[str]] = defaultdict(list)
        for sample_id, status, released_on, number in rows:
            if status in OPEN_LOAN or (status == LoanStatus.LAPSED and released_on is None):
                holding[sample_id].append(number)
        assert not {k: v for k, v in holding.items() if len(v) > 1}, "a sample is on two open loans"
        collected = {sid for sid, status, _r, _n in rows if status in (LoanStatus.COLLECTED, LoanStatus.PARTLY_RETURNED)}
        assert on_loan <= collected, "a sample is on loan without a collected loan"
