"""The loan's history, the deadline note, the holds and the hold override show the services' sentences in the
interface language.  A fake translator stands in for the .ts (tests/ui/test_translations.py checks the
real catalogue), so these tests check that each place goes through ``tr_label``."""

from __future__ import annotations

from datetime import date

import pytest
from fake_translation import TableTranslator
from stewardship_world import MG, TODAY, build, submitted_app

from lunar_desk.services import applications as apps
from lunar_desk.services import holds, inventory
from lunar_desk.services.inventory import InventoryLineData as Line
from lunar_desk.ui.applications.hold_override import HoldOverrideDialog


@pytest.fixture
def translated(qapp):
    table = {
        "Inventory for {due} recorded: {verdict}": "{due} 的盘点已登记：{verdict}",
        "discrepancy, incident opened": "有差异，已立事件",
        "{agreement_number} was due back on {due} ({days} overdue)": "{agreement_number} 应于 {due} 归还（逾期 {days}）",
        "the inventory of {agreement_number} due {due} has not been received ({days} overdue)":
            "{agreement_number} 应于 {due} 提交的盘点尚未收到（逾期 {days}）",
        "{n} days": "{n} 天",
        "{subject}: {detail}": "{subject}：{detail}",
    }
    translator = TableTranslator(table)
    qapp.installTranslator(translator)
    yield table
    qapp.removeTranslator(translator)


def texts(tree, column):
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out += [top.text(column)] + [top.child(k).text(column) for k in range(top.childCount())]
    return out


def test_the_loan_history_is_shown_translated(window, db, translated):
    w = build(db)
    with db.action() as s:
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,
                                   lines=[Line(w.a_powder, 98 * MG), Line(w.a_chip, 90 * MG)])
    tab = window.loans
    tab.today = lambda: TODAY
    tab.refresh()
    window.tabs.setCurrentWidget(tab)
    assert tab.select(w.loan_a)
    assert "2025-12-31 的盘点已登记：有差异，已立事件" in texts(tab.stewardship.history, 1)


def test_the_holds_are_shown_translated(window, db, qtbot, translated):
    build(db)
    tab = window.stewardship
    tab.today = lambda: TODAY
    with qtbot.waitSignal(tab.refreshed, timeout=30_000):
        window.tabs.setCurrentWidget(tab)
    assert "LSA-2025-001 应于 2025-12-31 提交的盘点尚未收到（逾期 329 天）" in texts(tab.holds, 3)


def test_the_hold_override_lists_the_holds_translated(db, qtbot, tmp_path, translated):
    w = build(db)
    app_id, _ = submitted_app(db, w, tmp_path, pi=w.rezaei, inst=w.isa)
    with db.read() as s:
        (held,) = [c for c in apps.precheck(s, app_id, tmp_path / "attachments", TODAY) if c.key == "holds"]
    dialog = HoldOverrideDialog("APSCO-R-2026-003", held.detail)
    qtbot.addWidget(dialog)
    lines = dialog.holds.toPlainText().splitlines()
    assert len(lines) == 2 and all(line.startswith("• ") for line in lines)
    assert "• Mohammad Rezaei (محمد رضایی)：LSA-2025-001 应于 2025-12-31 提交的盘点尚未收到（逾期 329 天）" in lines
    # a plain text (as an older caller passes it) is still split on the separator
    dialog = HoldOverrideDialog("APSCO-R-2026-003", str(held.detail))
    qtbot.addWidget(dialog)
    assert len(dialog.holds.toPlainText().splitlines()) == 2 and holds.HOLD_SEPARATOR not in dialog.holds.toPlainText()
