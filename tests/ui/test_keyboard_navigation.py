"""The whole window from the keyboard, on the demo data: Ctrl+F lands in the filter of every tab and
sub-page (or, where a tab has no search box, on what narrows it), wherever the focus was."""

from __future__ import annotations

import shutil
from datetime import date

import pytest
from demo_data import build_demo_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

TODAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_file(template_db, tmp_path_factory):
    return build_demo_file(tmp_path_factory.mktemp("keyboard-demo"), template_db, size=60, seed=5, today=TODAY)


@pytest.fixture
def migrated_file(demo_file, paths):
    """As in conftest, but the window opens on the demo data."""
    paths.db_file.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy(demo_file, paths.db_file)
    return paths.db_file


def pages(window):
    """(name, show it, where Ctrl+F must land) for every tab and every sub-page that has its own list."""
    w = window
    yield "Catalogue", lambda: w.tabs.setCurrentWidget(w.catalogue), lambda: w.catalogue.filter_bar.text
    yield "Applications", lambda: w.tabs.setCurrentWidget(w.applications), lambda: w.applications.text
    yield "Committee Review", lambda: w.tabs.setCurrentWidget(w.review), lambda: w.review.round
    yield "Loans", lambda: w.tabs.setCurrentWidget(w.loans), lambda: w.loans.text
    yield "Results", lambda: w.tabs.setCurrentWidget(w.results), lambda: w.results.text
    programme = w.programme
    yield "Research teams", lambda: (w.tabs.setCurrentWidget(programme), programme.pages.setCurrentIndex(0)), \
        lambda: programme.teams.text
    yield "Training", lambda: (w.tabs.setCurrentWidget(programme), programme.pages.setCurrentIndex(1)), \
        lambda: programme.training.list
    yield "Dashboard", lambda: w.tabs.setCurrentWidget(w.dashboard), lambda: w.dashboard.period
    stewardship = w.stewardship
    for i, tree in enumerate((stewardship.people, stewardship.holds, stewardship.inventories, stewardship.stale_items)):
        yield (f"Stewardship page {i}", lambda i=i: (w.tabs.setCurrentWidget(stewardship), stewardship.pages.setCurrentIndex(i)),
               lambda tree=tree: tree)


def press_ctrl_f(qtbot) -> None:
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_f_lands_in_the_filter_of_every_tab_and_sub_page(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    landed = {}
    for name, show, target in pages(window):
        show()
        window.tabs.tabBar().setFocus()  # as after switching tabs from the keyboard
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.tabs.tabBar())
        press_ctrl_f(qtbot)
        landed[name] = QApplication.focusWidget() is target()
        if isinstance(target(), QLineEdit):
            assert "(Ctrl+F)" in target().placeholderText(), name
        elif name in ("Committee Review", "Dashboard"):
            assert "(Ctrl+F)" in target().toolTip(), name
    assert all(landed.values()), [name for name, ok in landed.items() if not ok]


def test_ctrl_f_from_inside_a_tab_selects_the_old_search_so_typing_replaces_it(window, qtbot):
    tab = window.loans
    window.tabs.setCurrentWidget(tab)
    window.activateWindow()
    tab.text.setText("no such loan")
    shown_before = tab.model.rowCount()
    assert shown_before == 0
    tab.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.table)
    press_ctrl_f(qtbot)
    assert QApplication.focusWidget() is tab.text
    qtbot.keyClicks(tab.text, "LSA-")
    assert tab.text.text() == "LSA-"
    assert tab.model.rowCount() > 0
