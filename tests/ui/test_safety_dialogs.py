"""Recycle bin, audit log and database check as an officer uses them from the menus."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from lunar_desk.db.models import TeamMember
from lunar_desk.services import applications as apps
from lunar_desk.services import reference

TODAY = date(2026, 11, 25)


def make_draft_with_member(db):
    with db.action() as s:
        iran = reference.add_member_state(s, "Iran", iso3="IRN")
        isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id)
        person = reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=isa.id)
        app = apps.create_application(s, "research", institution_id=isa.id, today=TODAY)
        member = apps.add_team_member(s, app.id, person.id, "co_investigator")
        return app.id, member.id


def test_a_removed_team_member_is_restored_from_the_recycle_bin(window, db, qtbot):
    _, member_id = make_draft_with_member(db)
    with db.action() as s:
        apps.remove_team_member(s, member_id)
    assert window.recycle_bin_action.isEnabled()

    dialog = window.recycle_bin_dialog()
    qtbot.addWidget(dialog)
    assert dialog.tree.topLevelItemCount() == 1
    assert "Zahra Hosseini" in dialog.tree.topLevelItem(0).text(3)
    with qtbot.waitSignal(window.changed) as broadcast:
        dialog.restore_button.click()
    assert broadcast.args[0].touches("team_member")
    with db.read() as s:
        assert s.get(TeamMember, member_id) is not None
    assert dialog.empty_label.isVisibleTo(dialog) and not dialog.tree.isVisibleTo(dialog)


def test_the_audit_log_filters_by_officer_text_and_date(window, db, qtbot):
    make_draft_with_member(db)
    dialog = window.audit_dialog()
    qtbot.addWidget(dialog)
    assert dialog.list.rowCount() > 0
    officers = [dialog.officer_combo.itemText(i) for i in range(dialog.officer_combo.count())]
    assert "test-officer" in officers

    dialog.record_edit.setText("زهرا")  # names in any script are found
    dialog.search_button.click()
    assert dialog.list.rowCount() >= 1
    assert all(dialog.list.item(r, 3).text() in ("Person", "Team member") for r in range(dialog.list.rowCount()))
    dialog.list.selectRow(0)
    assert "زهرا" in dialog.detail.toPlainText()

    dialog.since_edit.setDate(dialog.since_edit.date().currentDate().addDays(1))  # tomorrow: nothing yet
    dialog.search_button.click()
    assert dialog.list.rowCount() == 0
    assert "Nothing in the audit log matches" in dialog.count_label.text()


def test_check_database_reports_a_healthy_database(window, qtbot):
    dialog = window.check_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report.ok
    assert "No problems found" in dialog.verdict.text()
    assert "Mass ledger: balanced" in dialog.text.toPlainText()


def test_check_lines_and_audit_summaries_are_shown_in_the_interface_language(window, db, qtbot, monkeypatch):
    """With every service text translated (a stand-in translation), the check's lines and the
    audit log's "what changed" show no English of their own."""
    import fake_translation

    make_draft_with_member(db)
    with db.action() as s:
        apps.remove_team_member(s, s.scalars(select(TeamMember)).first().id)
    fake_translation.install(monkeypatch)

    dialog = window.check_dialog()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    shown = dialog.text.toPlainText().splitlines()
    assert len(dialog.report.facts) >= 5
    for fact in dialog.report.facts:
        assert any(x.startswith("  ✓ ") and x[4:].upper() == str(fact).upper()
                   and fake_translation.english_left(fact, x[4:]) == [] for x in shown), (fact, shown)

    audit_dialog = window.audit_dialog()
    qtbot.addWidget(audit_dialog)
    summaries = {(r.action, audit_dialog.list.item(i, 4).text()) for i, r in enumerate(audit_dialog.rows)}
    assert ("insert", "CREATED") in summaries and ("delete", "DELETED") in summaries, summaries
