"""The sentences the loan and stewardship services write for the officer (hold reasons, history lines,
reconciliation and ledger problems, refusals built from parts) are Msg: the English text as before, plus a
template written literally in the code and the values that fill it, so the interface can translate them."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest
from stewardship_world import MG, TODAY, build, submitted_app
from translated_render import TEMPLATES  # every literal Msg template of the code

from lunar_desk.errors import ValidationError
from lunar_desk.messages import Msg, MsgList, fill
from lunar_desk.services import applications as apps
from lunar_desk.services import (
    attachments,
    catalogue,
    holds,
    inventory,
    loans,
    reassignment,
)
from lunar_desk.services.inventory import InventoryLineData as Line

LABELS = {*loans.STATUS_LABELS.values(), *loans.INCIDENT_KIND_LABELS.values(), *(step.label for step in loans.STEPS)}


def assert_translatable(text: str) -> None:
    """``text`` is a Msg (or a list of them) whose templates are literals of the code and whose values
    give back the English text; its parts that are sentences too are checked the same way."""
    if isinstance(text, MsgList):
        assert text == text.separator.join(text.parts)
        for part in text.parts:
            if isinstance(part, (Msg, MsgList)):
                assert_translatable(part)
            else:  # a label the interface translates as it is
                assert part in LABELS, part
        return
    assert isinstance(text, Msg), repr(text)
    assert text.template in TEMPLATES, text.template
    assert fill(text.template, text.values) == text
    for value in text.values.values():
        if isinstance(value, (Msg, MsgList)):
            assert_translatable(value)


@pytest.fixture
def w(db):
    return build(db)


def test_hold_reasons_are_translatable(db, w, tmp_path):
    with db.action() as s:  # loan B overdue too, and a result report owed
        loans.get_loan(s, w.loan_b).due_date = date(2026, 11, 1)
    with db.read() as s:
        held = holds.all_holds(s, TODAY)
    assert {h.reason for h in held} == {"inventory", "return"}
    for h in held:
        assert_translatable(h.detail)
        assert_translatable(h.describe())
    overdue = next(h for h in held if h.reason == "return")
    assert overdue.detail == "LSA-2026-002 was due back on 2026-11-01 (24 days overdue)"
    assert overdue.detail.template == "{agreement_number} was due back on {due} ({days} overdue)"
    assert overdue.detail.values["due"] == date(2026, 11, 1)  # a date, formatted by the interface
    lines = holds.describe(held)
    assert_translatable(lines)
    assert lines.splitlines()[0].startswith("• ")
    # the application's pre-check shows the holds of the people it names, one translatable part each
    app_id, _ = submitted_app(db, w, tmp_path, pi=w.rezaei, inst=w.isa)
    with db.read() as s:
        checks = apps.precheck(s, app_id, tmp_path / "attachments", TODAY)
    (hold_check,) = [c for c in checks if c.key == "holds"]
    assert not hold_check.ok and isinstance(hold_check.detail, MsgList)
    assert hold_check.detail.separator == holds.HOLD_SEPARATOR and len(hold_check.detail.parts) == 2
    assert_translatable(hold_check.detail)


def test_every_line_of_a_loans_history_is_translatable(db, w):
    with db.action() as s:
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,  # 2 mg short
                                   lines=[Line(w.a_powder, 98 * MG), Line(w.a_chip, 90 * MG)])
        loans.extend(s, w.loan_a, date(2027, 6, 30), "More measurements")
        reassignment.transfer(s, w.loan_a, w.hosseini, date(2026, 11, 1), "Prof. Rezaei retired.", today=TODAY)
        reassignment.recall(s, w.loan_b, date(2026, 11, 2), "The institution closes its laboratory.", today=TODAY)
    with db.read() as s:
        history = loans.loan_view(s, w.loan_a, TODAY).history + loans.loan_view(s, w.loan_b, TODAY).history
    kinds = {h.kind for h in history}
    assert {"decision", "signed", "certificate", "collected", "extended", "incident", "inventory", "transfer",
            "recall"} <= kinds
    for h in history:
        assert_translatable(h.text)
    inv = next(h.text for h in history if h.kind == "inventory")
    assert inv == "Inventory for 2025-12-31 recorded: discrepancy, incident opened"
    incident = next(h.text for h in history if h.kind == "incident")
    assert incident.startswith("Incident (inventory discrepancy, open): Inventory discrepancy:")
    assert incident.values["kind"] == "Inventory discrepancy"  # the label, translated as a label


def test_refusals_built_from_parts_stay_translatable(db, w):
    with db.read() as s, pytest.raises(ValidationError) as caught:
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,
                                   lines=[Line(w.a_powder, 100 * MG)])
    message = caught.value.message
    assert message == "The inventory has no line for: Item 2 (CE5C0400YJYX00007, 90 mg lent)."
    assert_translatable(message)
    with db.read() as s:
        problems = loans.reconciliation_problems(s, w.loan_a)
        loan = loans.get_loan(s, w.loan_a)
        with pytest.raises(ValidationError) as caught:
            loans._require(loan, "sign", TODAY)
    assert problems[0].startswith("Item 1 (CE5C0400YJFM00406, 100 mg lent): returned 0 mg + consumed 0 mg")
    for p in problems:
        assert_translatable(p)
    refusal = caught.value.message
    assert "possible only for a loan that is awaiting signature or lapsed" in refusal
    assert_translatable(refusal)


def test_catalogue_and_attachment_texts_are_translatable(tmp_path):
    _, warning = catalogue.check_sample_number("LUNA-17")
    assert warning.startswith("'LUNA-17' does not look like a CLEP sample number")
    assert_translatable(warning)
    att = SimpleNamespace(name="report.pdf", size=3, sha256="ab" * 32)
    problem = attachments.verify_attachment(tmp_path, att)
    assert problem.startswith("report.pdf: the stored file is missing from the data folder")
    assert_translatable(problem)
