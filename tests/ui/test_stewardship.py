"""Stewardship as an officer does it: record a movement and an inventory from the loan's detail, see them,
the badges and the Stewardship tab; transfer a loan; forward an application on hold only with a reason."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox
from stewardship_world import TODAY, build, submitted_app

from lunar_desk.services import applications as apps
from lunar_desk.services import custody, holds, inventory, loans
from lunar_desk.ui.loans.tab import BLUE, PURPLE, badge


def loans_tab(window, db, w, loan_id):
    tab = window.loans
    tab.today = lambda: TODAY
    tab.refresh()
    window.tabs.setCurrentWidget(tab)
    assert tab.select(loan_id)
    return tab


def tree_texts(tree, column=0):
    out = []
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        out.append(top.text(column))
        out += [top.child(k).text(column) for k in range(top.childCount())]
    return out


def ok_enabled(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_recording_a_movement_in_the_custody_section(window, db, qtbot, message_boxes):
    w = build(db)
    tab = loans_tab(window, db, w, w.loan_a)
    panel = tab.stewardship
    row = next(r for r in tab.model.rows if r.id == w.loan_a)
    assert row.stale_custody and row.inventory_overdue and badge(row) == PURPLE
    assert "custody stale" in tab.model.data(tab.model.index(tab.model.row_of(w.loan_a), 4))
    top = panel.custody.topLevelItem(0)
    assert top.text(0) == "1. CE5C0400YJFM00406" and top.text(2) == "Mohammad Rezaei"
    assert top.text(4).startswith("STALE: no entry since 2025-03-10")
    panel.custody.setCurrentItem(top)
    dialog = panel.movement_dialog()
    qtbot.addWidget(dialog)
    dialog.person.setCurrentIndex(0)  # nobody chosen, no name: the dialog cannot be accepted
    assert not ok_enabled(dialog) and "Say who holds it" in dialog.error.text()
    dialog.person.setCurrentIndex(next(i for i in range(dialog.person.count())
                                       if dialog.person.itemData(i) == w.hosseini))
    dialog.place.setText("Clean room 3, desiccator B")
    qtbot.keyClicks(dialog.note, "Prepared for FIB sections.")
    assert ok_enabled(dialog)
    values = dialog.values()
    assert values["kind"] == "moved" and values["occurred_on"] == TODAY
    assert panel.record_movement(values)
    assert message_boxes == []
    top = tab.stewardship.custody.topLevelItem(0)
    assert (top.text(1), top.text(2), top.text(3), top.text(4)) == (
        "Moved (room, safe)", "Zahra Hosseini (زهرا حسینی)", "Clean room 3, desiccator B", "")
    assert top.child(0).text(0) == TODAY.isoformat()  # newest first under the item
    with db.read() as s:
        (current,) = [v.current for v in custody.loan_custody(s, w.loan_a, TODAY) if v.loan_item_id == w.a_powder]
    assert current.note == "Prepared for FIB sections."
    # a movement before the collection is refused, shown, and nothing is saved
    assert not panel.record_movement({**values, "occurred_on": date(2025, 1, 1)})
    assert message_boxes and "before LSA-2025-001 was collected" in message_boxes[-1][1]


def test_recording_an_inventory_and_seeing_the_discrepancy(window, db, qtbot, message_boxes):
    w = build(db)
    tab = loans_tab(window, db, w, w.loan_a)
    panel = tab.stewardship
    assert "OVERDUE: the inventory due 2025-12-31" in panel.inventory_status.text()
    dialog = panel.inventory_dialog()
    qtbot.addWidget(dialog)
    assert dialog.template.due_on == date(2025, 12, 31) and dialog.table.rowCount() == 2
    dialog.set_row(0, "120", "0")
    assert not ok_enabled(dialog) and "more than the 100 mg lent" in dialog.error.text()
    dialog.set_row(0, "93", "5", "Vial opened once")  # 2 mg short of the 95 mg expected
    dialog.set_row(1, "90", "0", "Intact")
    assert ok_enabled(dialog) and "CE5C0400YJFM00406" in dialog.summary.text()
    assert panel.record_inventory(dialog.values())
    assert message_boxes == []
    panel = tab.stewardship
    assert "Next inventory due 2026-12-31" in panel.inventory_status.text()
    assert "OVERDUE" not in panel.inventory_status.text()
    top = panel.inventories.topLevelItem(0)
    assert (top.text(0), top.text(4)) == ("2025-12-31", "discrepancy: incident opened")
    assert top.child(0).text(5) == "difference -2 mg"
    assert tab.incidents.topLevelItemCount() == 1 and "Inventory discrepancy" in tab.incidents.topLevelItem(0).text(2)
    row = next(r for r in tab.model.rows if r.id == w.loan_a)
    assert not row.inventory_overdue and row.incident_open
    assert any("Inventory for 2025-12-31 recorded" in t for t in tree_texts(panel.history, 1))
    with db.read() as s:
        (incident,) = loans.incidents(s, w.loan_a)
        assert (incident.kind, incident.mass_affected_ug) == ("inventory_discrepancy", 2_000)
        (inv,) = inventory.inventories(s, w.loan_a)
        assert [x.remaining_ug for x in inv.lines] == [93_000, 90_000]


def test_stewardship_tab_lists_holders_holds_and_departures(window, db, qtbot, message_boxes):
    w = build(db)
    tab = window.stewardship
    tab.today = lambda: TODAY
    with qtbot.waitSignal(tab.refreshed, timeout=30_000):
        window.tabs.setCurrentWidget(tab)  # shown: it reads its figures off the GUI thread
    people = tree_texts(tab.people)
    assert people[:3] == ["Mohammad Rezaei (محمد رضایی)", "LSA-2025-001", "Somchai Wongsakul (สมชาย วงศ์สกุล)"]
    assert tab.people.topLevelItem(0).text(4) == "190 mg"
    assert tab.pages.tabText(1) == "Holds (2)"
    assert tree_texts(tab.holds)[:2] == ["Iranian Space Agency (سازمان فضایی ایران)", "Overdue inventory"]
    assert tree_texts(tab.inventories)[0] == "LSA-2025-001" and "overdue by 329 days" in tab.inventories.topLevelItem(0).text(4)
    assert tree_texts(tab.stale_items) == ["LSA-2025-001", "LSA-2025-001"]
    assert tab.select_person(w.rezaei)
    with qtbot.waitSignal(tab.refreshed, timeout=30_000):
        assert tab.record_departure({"status": "retired", "left_on": date(2026, 10, 31)})
    top = tab.people.topLevelItem(0)
    assert top.text(0) == "Mohammad Rezaei (محمد رضایی)" and top.text(2).startswith("Retired 2026-10-31")
    assert "transfer or recall" in top.text(2)
    # the Loans tab hears of it: transfer the loan to his colleague
    ltab = loans_tab(window, db, w, w.loan_a)
    dialog = ltab.stewardship.transfer_dialog()
    qtbot.addWidget(dialog)
    assert [dialog.person.itemText(i) for i in range(dialog.person.count())] == ["Zahra Hosseini (زهرا حسینی)"]
    assert not ok_enabled(dialog)
    qtbot.keyClicks(dialog.reason, "Prof. Rezaei retired.")
    assert ok_enabled(dialog)
    assert ltab.stewardship.transfer(dialog.values())
    assert message_boxes == []
    assert any(t.startswith("Responsibility transferred from Mohammad Rezaei") for t in tree_texts(ltab.stewardship.history, 1))
    assert ltab.view.responsible_person.name_latin == "Zahra Hosseini"
    with qtbot.waitSignal(tab.refreshed, timeout=30_000):
        window.tabs.setCurrentWidget(tab)  # the transfer made it stale; shown again, it refreshes
    names = [tab.people.topLevelItem(i).text(0) for i in range(tab.people.topLevelItemCount())]
    assert names == ["Somchai Wongsakul (สมชาย วงศ์สกุล)", "Zahra Hosseini (زهرا حسینی)"]  # Rezaei holds nothing now


def test_forwarding_an_application_on_hold_asks_for_the_override(window, db, qtbot, tmp_path, monkeypatch):
    from lunar_desk.ui.applications import hold_override

    w = build(db)
    app_id, _ = submitted_app(db, w, tmp_path, pi=w.rezaei, inst=w.isa)
    editor = window.applications.editor
    editor.today = lambda: TODAY
    editor.load(app_id)
    assert "on hold" in editor.tabs.tabText(5)
    hold_row = [editor.checks.topLevelItem(i) for i in range(editor.checks.topLevelItemCount())][-1]
    assert hold_row.text(0) == "⚠" and "LSA-2025-001" in hold_row.text(2)
    forward = next(t for t in apps.allowed_actions("submitted") if t.to_status == "forwarded")
    shown = []

    def cancel(dialog):
        shown.append(dialog.holds.toPlainText())
        return False

    monkeypatch.setattr(hold_override.HoldOverrideDialog, "exec", cancel)
    assert editor.forward_to_clep(forward) is None  # cancelled: no package, no change
    assert "• Mohammad Rezaei (محمد رضایی): the inventory of LSA-2025-001" in shown[0]

    def accept(dialog):
        assert not ok_enabled(dialog)
        dialog.reason.setPlainText("CLEP asked to go ahead.")
        return ok_enabled(dialog)

    monkeypatch.setattr(hold_override.HoldOverrideDialog, "exec", accept)
    monkeypatch.setattr("lunar_desk.ui.applications.editor.QFileDialog.getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "pkg.zip"), ""))
    assert editor.forward_to_clep(forward) is not None
    qtbot.waitUntil(lambda: editor.view.status == "forwarded", timeout=30_000)
    with db.read() as s:
        (row,) = holds.overrides(s, app_id)
        assert row.reason == "CLEP asked to go ahead." and "LSA-2025-001" in row.holds
        assert loans.get_loan(s, w.loan_a).status == "collected"


def test_stale_badge_colour(db):
    w = build(db)
    with db.action() as s:
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 5), today=TODAY,
                                   lines=[inventory.InventoryLineData(w.a_powder, 100_000),
                                          inventory.InventoryLineData(w.a_chip, 90_000)])
    with db.read() as s:
        row = next(r for r in loans.list_loans(s, loans.LoanFilter(), TODAY) if r.id == w.loan_a)
    assert row.stale_custody and not row.inventory_overdue and badge(row) == BLUE
