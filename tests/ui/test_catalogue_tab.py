"""The Catalogue tab through an officer's clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from lunar_desk.services import catalogue, demo
from lunar_desk.services.catalogue import SampleData
from lunar_desk.ui.catalogue.model import COLUMNS


def fill(db, n=300):
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, n, seed=7)


def numbers(tab):
    return [tab.model.rows[i].sample_number for i in range(tab.model.rowCount())]


def test_typing_in_the_filter_narrows_the_table(window, db, qtbot):
    fill(db)
    tab = window.catalogue
    tab.model.reload()
    assert tab.model.rowCount() == 100 and tab.model.canFetchMore()
    target = numbers(tab)[42]
    qtbot.keyClicks(tab.filter_bar.text, target)
    assert numbers(tab)[0] == target
    assert all(target in n for n in numbers(tab))
    qtbot.waitUntil(lambda: "of 300 samples" in tab.count_label.text(), timeout=5000)
    assert tab.count_label.text().startswith("Showing ")


def test_ctrl_f_focuses_the_filter(window, db, qtbot):
    fill(db, 20)
    window.activateWindow()
    window.catalogue.table.setFocus()
    qtbot.keyClick(window.catalogue.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.catalogue.filter_bar.text.hasFocus()


def test_sorting_by_mass_and_unit_switch(window, db, qtbot):
    fill(db, 50)
    tab = window.catalogue
    mass_col = [c.key for c in COLUMNS].index("mass_ug")
    tab.table.sortByColumn(mass_col, Qt.SortOrder.DescendingOrder)
    masses = [r.mass_ug for r in tab.model.rows]
    assert masses == sorted(masses, reverse=True)
    tab.filter_bar.unit.setCurrentIndex(tab.filter_bar.unit.findText("g"))
    assert tab.model.headerData(mass_col, Qt.Orientation.Horizontal) == "Mass (g)"


def test_scrolling_fetches_more_rows(window, db, qtbot):
    fill(db, 250)
    tab = window.catalogue
    tab.model.reload()
    while tab.model.canFetchMore():
        tab.model.fetchMore()
    assert tab.model.rowCount() == 250


def _select(tab, number):
    with tab.db.read() as s:
        sid = catalogue.find_sample(s, number).id
    tab.model.reload()
    assert tab.select(sid)
    return sid


def test_split_dialog_balances_before_it_lets_you_split(window, db, qtbot, monkeypatch):
    from lunar_desk.ui.catalogue.split_dialog import MASS, SplitDialog

    with db.action() as s:
        catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000))
    tab = window.catalogue
    sid = _select(tab, "CE5C0400YJFM00406")
    dialog = SplitDialog(db, sid, tab.filter_bar.unit.currentData(), tab)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    dialog.parts.item(0, MASS).setText("60 mg")
    assert not ok.isEnabled() and "unaccounted for: 40 mg" in dialog.balance.text()
    dialog.parts.item(1, MASS).setText("45")
    assert not ok.isEnabled() and "exceed" in dialog.balance.text()
    dialog.parts.item(1, MASS).setText("39,5")
    dialog.loss.setText("0.5 mg")
    assert ok.isEnabled(), dialog.balance.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.read() as s:
        kids = catalogue.children(s, sid)
        assert [k.mass_ug for k in kids] == [60_000, 39_500]
        assert catalogue.get_sample(s, sid).lost_ug == 500
        assert catalogue.ledger_problems(s) == []


def test_add_dialog_validates_as_you_type(window, db, qtbot):
    from lunar_desk.ui.catalogue.sample_dialog import SampleDialog

    dialog = SampleDialog(db, None, window.catalogue.filter_bar.unit.currentData(), window)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    qtbot.keyClicks(dialog.number, "CE5C0400YJFM00999")
    qtbot.keyClicks(dialog.mass.edit, "-3 mg")
    assert not save.isEnabled() and "negative" in dialog.error.text()
    dialog.mass.edit.clear()
    qtbot.keyClicks(dialog.mass.edit, "12 kg")
    assert "not a mass unit" in dialog.error.text()
    dialog.mass.edit.clear()
    qtbot.keyClicks(dialog.mass.edit, "1 200 mg")
    assert save.isEnabled()
    dialog.number.setText("odd number 1")
    assert not save.isEnabled()
    dialog.number.setText("LAB-REF-1")
    assert save.isEnabled() and "does not look like" in dialog.number_hint.text()
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    with db.read() as s:
        assert catalogue.find_sample(s, "LAB-REF-1").mass_ug == 1_200_000


def test_detail_pane_shows_lineage_and_history(window, db, qtbot):
    with db.action() as s:
        parent = catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000))
        catalogue.split_sample(s, parent.id, [catalogue.SplitPart("CE5C0400YJFM00406-01", 100_000)])
    tab = window.catalogue
    _select(tab, "CE5C0400YJFM00406-01")
    assert tab.detail.labels["parent"].text() == "CE5C0400YJFM00406"
    root = tab.detail.lineage.topLevelItem(0)
    assert root.text(0) == "CE5C0400YJFM00406" and root.child(0).text(0) == "CE5C0400YJFM00406-01"
    assert tab.detail.history.topLevelItemCount() >= 1
    assert tab.detail.history.topLevelItem(0).text(1) == "test-officer"


def test_a_part_s_unreadable_mass_is_explained_in_the_interface_language(window, db, qtbot, qapp, tmp_path):
    """The reason a part's mass was refused came from the service in English under the Chinese interface."""
    import re

    from PySide6.QtCore import QLocale

    from lunar_desk.ui import i18n
    from lunar_desk.ui.catalogue.split_dialog import MASS, SplitDialog

    with db.action() as s:
        catalogue.create_sample(s, SampleData("CE5C0400YJFM00407", "CE-5", 100_000))
    tab = window.catalogue
    sid = _select(tab, "CE5C0400YJFM00407")
    before = QLocale()
    try:
        assert i18n.install_translators(qapp, "zh_CN", cache=tmp_path / "qm") == "zh_CN"
        dialog = SplitDialog(db, sid, tab.filter_bar.unit.currentData(), tab)
        qtbot.addWidget(dialog)
        dialog.parts.item(0, MASS).setText("12 kg")  # not a unit Lunar Desk takes
        text = dialog.balance.text()
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)
    assert "not a mass unit" not in text and re.search(r"[\u4e00-\u9fff]", text.split("kg")[-1]), text


def test_retire_on_a_split_sample_says_why_before_asking_anything(window, db, qtbot, monkeypatch, message_boxes):
    """The crash sweep saw it: Retire… on a split (or lent) sample let the officer choose, type a reason and
    confirm, and only then said that such a sample cannot be retired here."""
    from PySide6.QtWidgets import QDialog

    from lunar_desk.services.catalogue import SplitPart

    opened = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(type(dialog).__name__) or 0)
    with db.action() as s:
        sid = catalogue.create_sample(s, SampleData("CE5C0400YJFM00408", "CE-5", 10_000)).id
        catalogue.split_sample(s, sid, [SplitPart("CE5C0400YJFM00408-01", 6_000),
                                        SplitPart("CE5C0400YJFM00408-02", 4_000)])
    tab = window.catalogue
    _select(tab, "CE5C0400YJFM00408")
    qtbot.mouseClick(tab.retire_button, Qt.MouseButton.LeftButton)
    assert opened == [] and len(message_boxes) == 1
    assert "only an available or reserved sample can be retired" in message_boxes[0][1]
