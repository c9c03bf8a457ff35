"""The Teams & Training tab as an officer uses it: a training activity with
participants (someone listed twice is refused in the form, nothing saved),
attendance ticked in the list, certificates issued and printed, counts per
Member State; a research team whose member's dates are out of order is
refused naming the field, then saved, with the member's history."""

from __future__ import annotations

import shutil
import subprocess
from datetime import date

import pytest
from PySide6.QtCore import Qt

from lunar_desk.services import demo, reference, training_view

TODAY = date(2026, 11, 25)


def programme(window, db):
    with db.action() as s:
        demo.fill_reference(s)
    tab = window.programme
    for page in (tab.teams, tab.training):
        page.today = lambda: TODAY
    tab.attach(db)
    window.tabs.setCurrentWidget(tab)
    return tab


def person(db, name):
    with db.read() as s:
        return next(p.id for p in reference.people(s) if p.name_latin == name)


def save(qtbot, dialog):
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)


def test_training_participants_attendance_certificates_and_counts(window, db, qtbot, tmp_path):
    tab = programme(window, db)
    page = tab.training
    tab.pages.setCurrentWidget(page)
    assert page.stack.currentWidget() is page.empty
    dialog = page.activity_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "NanoSIMS hands-on training")
    dialog.starts.setDate(date(2026, 4, 13))
    dialog.ends.set_value(date(2026, 4, 24))
    save(qtbot, dialog)
    assert not dialog.isVisible() and page.view is not None and page.view.data.title == "NanoSIMS hands-on training"

    add = page.participants_dialog()
    qtbot.addWidget(add)
    for name in ("Mohammad Rezaei", "Somchai Wongsakul", "Batbayar Gantulga"):
        add.check(person(db, name))
    save(qtbot, add)
    assert page.people.topLevelItemCount() == 3
    again = page.participants_dialog()
    qtbot.addWidget(again)
    again.show()
    again.check(person(db, "Ayesha Khan"))
    again.check(person(db, "Somchai Wongsakul"))
    save(qtbot, again)
    assert again.isVisible() and "Somchai Wongsakul (สมชาย วงศ์สกุล) is already a participant" in again.error.text()
    assert page.people.topLevelItemCount() == 3  # nothing saved, Ayesha Khan neither

    def row(name):  # the list is rebuilt after every change: look the line up each time
        return next(page.people.topLevelItem(i) for i in range(page.people.topLevelItemCount())
                    if page.people.topLevelItem(i).text(0) == name)

    assert row("Batbayar Gantulga (Батбаяр Гантулга)").text(1) == "Mongolia"  # from the institution
    for name in ("Mohammad Rezaei (محمد رضایی)", "Batbayar Gantulga (Батбаяр Гантулга)"):
        row(name).setCheckState(2, Qt.CheckState.Checked)  # attended: saved as soon as the click is over
        qtbot.waitUntil(lambda n=name: page.view is not None and any(
            p.attended for p in page.view.participants if n.startswith(p.name_latin)))
    assert row("Mohammad Rezaei (محمد رضایی)").checkState(2) == Qt.CheckState.Checked
    certify = page.certificates_dialog()
    qtbot.addWidget(certify)
    assert certify.values() == date(2026, 4, 24)
    save(qtbot, certify)
    certified = {page.people.topLevelItem(i).text(0): page.people.topLevelItem(i).text(3) for i in range(3)}
    assert certified == {"Batbayar Gantulga (Батбаяр Гантулга)": "TC-2026-001",
                         "Mohammad Rezaei (محمد رضایی)": "TC-2026-002", "Somchai Wongsakul (สมชาย วงศ์สกุล)": ""}

    page.details.setCurrentIndex(2)
    counts = {page.counts.topLevelItem(i).text(0): [page.counts.topLevelItem(i).text(c) for c in (1, 2, 3)]
              for i in range(page.counts.topLevelItemCount())}
    assert counts["Iran / 伊朗"] == ["1", "1", "1"] and counts["Thailand / 泰国"] == ["1", "0", "0"]
    assert counts["Total"] == ["3", "2", "2"]

    page.export("attendance", tmp_path / "attendance.pdf")
    page.export("certificates", tmp_path / "certificates.pdf")
    qtbot.waitUntil(lambda: (tmp_path / "attendance.pdf").exists() and (tmp_path / "certificates.pdf").exists(),
                    timeout=60_000)
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(tmp_path / "certificates.pdf"), "-"], capture_output=True,
                              check=True).stdout.decode()
        assert "TC-2026-001" in text and "Батбаяр Гантулга" in text
    with db.read() as s:
        assert sum(r.certificates for r in training_view.list_activities(s)) == 2


def test_research_team_member_dates_in_order_and_history(window, db, qtbot):
    tab = programme(window, db)
    page = tab.teams
    assert page.stack.currentWidget() is page.empty
    dialog = page.team_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Far-side basalt petrology")
    dialog.lead.setCurrentIndex(dialog.lead.findText("Wang Xiaoming (王晓明)"))
    save(qtbot, dialog)
    assert page.list.topLevelItemCount() == 1 and "Wang Xiaoming" in page.header.text()

    member = page.member_dialog()
    qtbot.addWidget(member)
    member.show()
    member.person.setCurrentIndex(member.person.findText("Mohammad Rezaei (محمد رضایی)"))
    member.dates["invited_on"].set_value(date(2026, 3, 1))
    member.dates["joined_on"].set_value(date(2026, 2, 1))
    save(qtbot, member)
    assert member.isVisible() and "'joined'" in member.error.text()
    assert page.members.topLevelItemCount() == 0
    member.dates["joined_on"].set_value(date(2026, 3, 20))
    member.dates["visit_from"].set_value(date(2026, 9, 1))
    member.dates["visit_to"].set_value(date(2026, 9, 30))
    save(qtbot, member)
    assert not member.isVisible()
    (item,) = [page.members.topLevelItem(i) for i in range(page.members.topLevelItemCount())]
    assert (item.text(3), item.text(6), item.text(1)) == ("Iran", "2026-09-01 – 2026-09-30", "Member")
    page.members.setCurrentItem(item)
    assert page.history.topLevelItemCount() == 1 and page.history.topLevelItem(0).text(0) == "Far-side basalt petrology"


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    """A dialog left open by a failing assertion must never block the run."""
    from PySide6.QtWidgets import QDialog

    monkeypatch.setattr(QDialog, "exec", lambda self: 0)
