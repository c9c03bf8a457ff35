"""A fresh, empty database: every tab says what belongs there and how the first record gets there; a
filter that hides every record says so and clears in one click."""

from __future__ import annotations

import pytest
from demo_data import fill_loans_world
from PySide6.QtCore import Qt

from lunar_desk.services import demo
from lunar_desk.ui.widgets import EmptyState

# tab → the call to action under the explanation (None: what it shows follows from records made in other tabs)
GUIDANCE = {
    "catalogue": "Import release list…",
    "applications": "New research application",
    "review": "New round…",
    "loans": "Create loans from a closed round…",
    "results": "Record a result…",
    "programme": "Record a research team…",
    "dashboard": None,
    "stewardship": None,
}


def shown_empty_states(tab):
    """The explanations on screen (not a "loading…" placeholder, which has no explanation)."""
    return [e for e in tab.findChildren(EmptyState) if e.isVisible() and len(e.text.text()) > 40]


@pytest.mark.parametrize("name", list(GUIDANCE))
def test_an_empty_database_shows_guidance_on_each_tab(window, qtbot, name):
    tab = next(window.tabs.widget(i) for i in range(window.tabs.count()) if window.tabs.widget(i).objectName() == name)
    window.tabs.setCurrentWidget(tab)
    pages = [tab.pages.widget(i) for i in range(tab.pages.count())] if name == "stewardship" else [None]
    for page in pages:  # the Stewardship tab's four lists each say why they are empty
        if page is not None:
            tab.pages.setCurrentWidget(page)
        qtbot.waitUntil(lambda: bool(shown_empty_states(tab)), timeout=10_000)
        empty = shown_empty_states(tab)[0]
        assert empty.title.text()
        buttons = [empty.buttons.itemAt(i).widget() for i in range(empty.buttons.count())]
        labels = [b.text().replace("&", "") for b in buttons if b is not None]
        if GUIDANCE[name] is not None:
            assert GUIDANCE[name] in labels


def test_the_trainings_page_of_an_empty_database_offers_to_record_one(window, qtbot):
    window.tabs.setCurrentWidget(window.programme)
    window.programme.pages.setCurrentWidget(window.programme.training)
    empty = shown_empty_states(window.programme)[0]
    assert "training" in empty.title.text()


def test_a_filter_that_hides_every_sample_says_so_and_clears_in_one_click(window, db, qtbot):
    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, 12, seed=3)
    tab = window.catalogue
    tab.attach(db)
    window.tabs.setCurrentWidget(tab)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 12, timeout=10_000)
    assert not tab.no_matches.isVisible()

    qtbot.keyClicks(tab.filter_bar.text, "no-such-sample")
    qtbot.waitUntil(lambda: tab.no_matches.isVisible(), timeout=10_000)
    assert tab.model.rowCount() == 0 and "hides all 12" in tab.no_matches.label.text()

    qtbot.mouseClick(tab.no_matches.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: tab.model.rowCount() == 12 and not tab.no_matches.isVisible(), timeout=10_000)
    assert tab.filter_bar.text.text() == ""


def test_the_loans_filter_that_hides_everything_is_cleared_from_the_list(window, db, qtbot):
    from datetime import date

    today = date(2026, 11, 25)
    fill_loans_world(db, today)
    tab = window.loans
    tab.today = lambda: today
    tab.attach(db)
    window.tabs.setCurrentWidget(tab)
    total = tab.model.rowCount()
    tab.text.setText("nothing-like-this")
    assert tab.model.rowCount() == 0 and tab.no_matches.isVisible()
    assert f"hides all {total}" in tab.no_matches.label.text()
    tab.no_matches.button.click()
    assert tab.model.rowCount() == total and tab.text.text() == "" and not tab.no_matches.isVisible()
