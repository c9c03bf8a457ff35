"""The Loans tab: recording a signature and a partial return, badges, actions offered."""

from __future__ import annotations

from demo_data import fill_loans_world

from datetime import date

from PySide6.QtCore import Qt

from lunar_desk.services import catalogue, loans
from lunar_desk.ui.loans.tab import AMBER, RED, badge

TODAY = date(2026, 11, 25)


def fill(db):
    fill_loans_world(db, TODAY)


def loans_tab(window, db):
    tab = window.loans
    tab.today = lambda: TODAY
    tab.attach(db)
    window.tabs.setCurrentWidget(tab)
    return tab


def pick(tab, status):
    row = next(r for r in tab.model.rows if r.status == status)
    assert tab.select(row.id)
    return row


def test_list_shows_badges_and_counts(window, db):
    fill(db)
    tab = loans_tab(window, db)
    rows = tab.model.rows
    assert len(rows) >= 6 and "overdue" in tab.counts.text()
    overdue = next(r for r in rows if r.overdue)
    assert badge(overdue) == RED
    soon = next(r for r in rows if r.deadline_soon and not r.overdue)
    assert badge(soon) == AMBER
    tab.overdue_only.setChecked(True)
    assert tab.model.rows and all(r.overdue for r in tab.model.rows)


def test_recording_a_signature(window, db, qtbot, message_boxes):
    fill(db)
    tab = loans_tab(window, db)
    row = pick(tab, "awaiting_signature")
    labels = [b.text() for b in tab.action_buttons]
    assert "Record signature" in labels and "Record return" not in labels
    dialog = tab.dialog_for("sign")
    assert dialog.values()["signed_on"] == TODAY
    assert tab.run_action("sign", dialog.values())
    assert message_boxes == []
    with db.read() as s:
        loan = loans.get_loan(s, row.id)
        assert loan.status == "signed" and loan.signed_on == TODAY
    assert "Issue certificate" in [b.text() for b in tab.action_buttons]
    dates = [tab.dates.topLevelItem(i).text(0) for i in range(tab.dates.topLevelItemCount())]
    assert "Signed" in dates and "How it was counted" in dates


def test_partial_return_through_the_return_form(window, db, qtbot, message_boxes):
    from lunar_desk.ui.loans.dialogs import CONSUMED, RETURNED, ReturnDialog

    fill(db)
    tab = loans_tab(window, db)
    row = next(r for r in tab.model.rows if r.status == "collected" and r.outstanding_ug > 2000)
    tab.select(row.id)
    view = tab.view
    dialog = ReturnDialog(view)
    qtbot.addWidget(dialog)
    item = dialog.items[0]
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    too_much = item.outstanding_ug / 1000 + 1
    dialog.table.item(0, RETURNED).setText(f"{too_much} mg")
    dialog.received_by.setText("Li Na, CLEP sample laboratory")
    assert not ok.isEnabled() and "more than" in dialog.balance.text()
    dialog.table.item(0, RETURNED).setText("1")
    dialog.table.item(0, CONSUMED).setText("0,5")
    assert ok.isEnabled(), dialog.balance.text()
    assert tab.run_action("return", dialog.values())
    assert message_boxes == []
    with db.read() as s:
        account = loans.item_accounts(s, row.id)[item.id]
        assert (account.returned_ug, account.consumed_ug) == (1000, 500)
        assert loans.get_loan(s, row.id).status == "partly_returned"
        assert catalogue.ledger_problems(s) == []
    assert tab.returns.topLevelItemCount() == 1
    assert tab.items.topLevelItem(0).text(4) == "1 mg"


def test_refused_action_shows_the_reason_and_changes_nothing(window, db, message_boxes):
    fill(db)
    tab = loans_tab(window, db)
    row = pick(tab, "collected")
    before = tab.view.status
    assert not tab.run_action("close", {"on": TODAY})
    assert message_boxes and "returned" in message_boxes[-1][1].lower()
    assert tab.view.status == before


def test_agreement_pdf_is_written(window, db, qtbot, tmp_path):
    fill(db)
    tab = loans_tab(window, db)
    pick(tab, "signed")
    tab.export("agreement", tmp_path / "agreement.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "agreement.pdf").exists(), timeout=30_000)
    assert (tmp_path / "agreement.pdf").read_bytes()[:5] == b"%PDF-"


def test_agreements_for_a_whole_round(window, db, qtbot, tmp_path):
    from lunar_desk.services import review

    fill(db)
    tab = loans_tab(window, db)
    with db.read() as s:
        lent_rounds = [r for r in review.rounds(s) if r.status == "closed"
                       and any(row.application_id in {a.id for a in review.round_applications(s, r.id)}
                               for row in loans.list_loans(s, loans.LoanFilter(), TODAY))]
    round_id = lent_rounds[0].id
    tab.agreements_for_round(round_id, tmp_path / "agreements")
    qtbot.waitUntil(lambda: "agreement(s) written" in tab.counts.text(), timeout=60_000)
    files = sorted((tmp_path / "agreements").glob("*.pdf"))
    assert files and all(f.read_bytes()[:5] == b"%PDF-" for f in files)


def test_document_buttons_are_offered_only_for_a_loan_on_screen(window, db):
    fill(db)
    tab = loans_tab(window, db)
    signed = pick(tab, "signed")
    assert tab.agreement_button.isEnabled() and tab.return_form_button.isEnabled()
    assert tab.certificate_button.isEnabled() == bool(tab.view.certificate_number)
    tab.text.setText("no loan matches this")  # the filter hides every loan: nothing is shown below
    tab.refresh()
    assert tab.view is None
    assert not any(b.isEnabled() for b in (tab.agreement_button, tab.certificate_button, tab.return_form_button))
    tab.apply_filter()  # clears the filter
    assert tab.select(signed.id) and tab.agreement_button.isEnabled()


def test_creating_loans_from_a_round_says_what_it_made(window, db, monkeypatch, message_boxes):
    """Pressing Create loans again for a round whose loans exist did nothing visible at all."""
    from lunar_desk.services import review
    from lunar_desk.ui.loans import tab as tab_module
    from lunar_desk.ui.widgets import find_data

    fill(db)
    tab = loans_tab(window, db)
    with db.read() as s:
        closed = next(r for r in review.rounds(s) if r.status == "closed")
        waiting = [a for a in review.round_applications(s, closed.id) if loans.loan_for_application(s, a.id) is None
                   and a.status in {x.value for x in loans.LOANABLE_APPLICATION_STATUSES}
                   and any(d.outcome != "rejected" for d in review.decisions(s, a.id).values())]

    class Pressed(tab_module.ActionDialog):
        def exec(self):
            self.fields["round_id"][1].setCurrentIndex(find_data(self.fields["round_id"][1], closed.id))
            return True

    monkeypatch.setattr(tab_module, "ActionDialog", Pressed)
    before = len(tab.model.rows)
    tab.create_from_round()
    assert message_boxes == []
    assert len(tab.model.rows) == before + len(waiting)
    said = window.statusBar().currentMessage()
    assert said == (f"{len(waiting)} loan(s) created from {closed.name}, awaiting signature." if waiting else
                    f"No loan created: every application {closed.name} approved already has its loan.")
    tab.create_from_round()  # again: nothing left to make, and the officer is told so
    assert window.statusBar().currentMessage() == (
        f"No loan created: every application {closed.name} approved already has its loan.")


def test_the_return_form_opens_on_the_first_returned_now_cell(window, db, qtbot):
    """The grid opened on the read-only sample number: the officer had to arrow across before typing."""
    from lunar_desk.ui.loans.dialogs import RETURNED, ReturnDialog

    fill(db)
    tab = loans_tab(window, db)
    row = next(r for r in tab.model.rows if r.status == "collected" and r.outstanding_ug > 2000)
    tab.select(row.id)
    dialog = ReturnDialog(tab.view)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.focusWidget() is dialog.table
    assert (dialog.table.currentRow(), dialog.table.currentColumn()) == (0, RETURNED)
    qtbot.keyClicks(dialog.table, "1")  # typing opens the cell
    qtbot.keyClick(dialog.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.table.item(0, RETURNED).text() == "1", timeout=5000)


def test_close_with_mass_outstanding_says_why_before_asking_anything(window, db, monkeypatch, message_boxes):
    fill(db)
    tab = loans_tab(window, db)
    row = next(r for r in tab.model.rows if r.status in ("collected", "partly_returned"))
    assert tab.select(row.id)
    asked = []
    monkeypatch.setattr(tab, "dialog_for", lambda action: asked.append(action))
    assert not tab.run_action("close")
    assert asked == []  # no confirmation offered for a close that can only be refused
    assert len(message_boxes) == 1 and "cannot be closed until every lent item is accounted for" in message_boxes[0][1]
    with db.read() as s:
        assert loans.get_loan(s, row.id).status == row.status
