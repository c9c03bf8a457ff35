"""The crash sweep: no button, menu item or key an officer can press ends in the "unexpected problem"
apology (or an exception in a slot).

With the demo data, every tab and sub-page is shown with nothing selected, with one record of each
status its list shows (a loan of each status, an application of each status, each review round open
or closed), and with a filter that hides everything; then every enabled button is pressed (each item of
a button's menu), every choice of every combo is picked, every menu item of the window is triggered,
and the common keys (Enter, F2, Del, Ctrl+N, F5, Ctrl+F) are pressed, also in the lists of a record's
details; the same on a new, empty database.  Each kind of dialog opened gets its own buttons pressed too (Browse…, Add, Change…).

Dialogs and questions are answered the cautious way (Cancel); in a second pass on a fresh copy of the
database the hurried way (OK on the form as it opened, the confirming button of a question, a file
that is not the one asked for); in a third, OK after typing nonsense into every empty field.  The
officer may see a refusal naming what is wrong, never the apology.  A failure names the tab, the
record's status and the button, with the traceback.  The demo's own day stands for today, so the
records keep the statuses they were generated with.
"""

from __future__ import annotations

from datetime import date

import pytest
from demo_data import build_demo_file, opened_copy
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QTabBar,
    QTabWidget,
    QTreeWidget,
    QWidget,
)
from ui_walk import Answers, press, settle

from lunar_desk.config import resolve_paths
from lunar_desk.ui.keyboard import plain_text

DEMO_DAY = date(2026, 11, 25)
TABS = ["catalogue", "applications", "review", "loans", "results", "programme", "dashboard", "stewardship"]
# The records each sweep must reach (a change to the demo data that loses one fails here, not silently);
# the demo has no application "Forwarded to CLEP" (the review moves them all on) and no plain "Collected" loan.
MUST_REACH = {
    "applications": ("Draft", "Submitted to Secretariat", "Returned for fixes", "Resubmitted", "Under committee review",
                     "Approved", "Partially approved", "Rejected", "Withdrawn"),
    "loans": ("Awaiting signature", "Lapsed", "Signed", "Collected", "Partly returned", "Closed"),
    "review": ("(Open)", "(Closed)"),
    "catalogue": ("Available", "Reserved", "On loan", "Split"),
}
MAX_STATES = 12  # rows of different statuses tried per list
MAX_CHOICES = 3  # choices of a selector combo (review rounds: open and closed; dashboard periods): first, middle, last
NOTHING_MATCHES = "zz-no-such-record-zz"


@pytest.fixture(scope="module")
def demo_file(template_db, tmp_path_factory):
    return build_demo_file(tmp_path_factory.mktemp("sweep-demo"), template_db, size=60, seed=11, today=DEMO_DAY)


@pytest.fixture
def demo_db(demo_file, tmp_path):
    yield from opened_copy(demo_file, resolve_paths(tmp_path / "demo"))


@pytest.fixture
def window(demo_db, settings, qtbot):
    return open_window(demo_db, settings, qtbot)


def open_window(db, settings, qtbot):
    from lunar_desk.ui.main_window import MainWindow

    w = MainWindow(db.paths, settings)
    qtbot.addWidget(w)
    w.show()
    w.build_tabs()
    for widget in [w, *w.findChildren(QWidget)]:  # the demo's day, not the laptop's: deadlines as generated
        if callable(getattr(widget, "today", None)) and not isinstance(getattr(type(widget), "today", None), property):
            widget.today = lambda: DEMO_DAY
    w.attach(db)
    settle()
    return w


JUNK = "-1,5 g ☾"  # typed into every empty field of a form in the "junk" pass: not a number, date or mass


def answers_for(monkeypatch, tmp_path, accept) -> Answers:
    """``accept``: False (Cancel), True (OK as the form opened) or "junk" (OK after typing :data:`JUNK`)."""
    return Answers(tmp_path / "files", accept=bool(accept), explore=True,
                   fill=JUNK if accept == "junk" else None).install(monkeypatch)


def report(answers: Answers) -> str:
    return "\n\n".join(f"--- {where}\n{details}" for where, details in answers.crashes)


# --- what a tab shows ------------------------------------------------------------------------------


def _in_window(widget: QWidget, root: QWidget) -> bool:
    return widget.window() is root.window() and widget.isVisible()


def views(root: QWidget) -> list[QAbstractItemView]:
    return [v for v in root.findChildren(QAbstractItemView)
            if _in_window(v, root) and not isinstance(v, QHeaderView) and v.model() is not None
            and v.model().rowCount() > 0]


def headers(view: QAbstractItemView) -> list[str]:
    if isinstance(view, QTreeWidget):
        item = view.headerItem()
        return [item.text(c) for c in range(item.columnCount())]
    model = view.model()
    return [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(model.columnCount())]


def status_column(view: QAbstractItemView) -> int | None:
    return next((c for c, text in enumerate(headers(view)) if text.lower() in ("status", "state", "outcome")), None)


class Selector:
    """The records an area shows one at a time: a combo (the review round), or the rows of a list,
    one of each status (the first row when the list has no status column)."""

    def __init__(self, area: QWidget) -> None:
        target = area.find_target() if hasattr(area, "find_target") else None
        self.combo = target if isinstance(target, QComboBox) else None
        self.view = None
        if self.combo is None:  # the tab's own list (Ctrl+F's target, or the list its search box filters)
            shown = views(area)
            own = [v for v in (target, getattr(area, "table", None), getattr(area, "list", None)) if v in shown]
            with_status = [v for v in shown if status_column(v) is not None]
            self.view = (own + with_status + shown + [None])[0]

    def states(self) -> list[tuple[str, int]]:
        if self.combo is not None:
            count = self.combo.count()
            picks = sorted({0, count // 2, count - 1}) if count > MAX_CHOICES else range(count)
            return [(f"{self.combo.itemText(i)!r}", i) for i in picks]
        if self.view is None:
            return []
        model, column = self.view.model(), status_column(self.view)
        if column is None:
            return [("first row", 0)]
        first: dict[str, int] = {}
        for row in range(model.rowCount()):
            first.setdefault(str(model.index(row, column).data() or ""), row)
        return [(f"status {text!r}", row) for text, row in first.items()][:MAX_STATES]

    def choose(self, state: tuple[str, int] | None) -> None:
        if self.combo is not None:
            if state is not None:
                self.combo.setCurrentIndex(state[1])
            return
        if self.view is None or state is None:
            if self.view is not None:
                self.view.setCurrentIndex(QModelIndex())
                self.view.clearSelection()
            return
        model, column = self.view.model(), status_column(self.view)
        row = state[1]
        if column is not None:  # the list may have been refilled: the first row of that status again
            rows = [r for r in range(model.rowCount())
                    if f"status {str(model.index(r, column).data() or '')!r}" == state[0]]
            row = rows[0] if rows else -1
        if 0 <= row < model.rowCount():
            self.view.setCurrentIndex(model.index(row, 0))


def areas(tab: QWidget) -> list[tuple[str, QWidget, QTabWidget | None]]:
    """The parts of a tab with their own list: the tab itself, or each page of a tab made of pages
    (Teams & Training)."""
    pages = getattr(tab, "pages", None)
    if isinstance(pages, QTabWidget) and all(hasattr(pages.widget(i), "find_target") for i in range(pages.count())):
        return [(pages.tabText(i).replace("&", ""), pages.widget(i), pages) for i in range(pages.count())]
    return [("", tab, None)]


def sub_pages(scope: QWidget) -> list[tuple[QTabWidget, int]]:
    """Every page of the tab widgets in ``scope`` that is not the one shown first."""
    found = []
    for tabs in scope.findChildren(QTabWidget):
        if tabs.isVisible() and tabs.window() is scope.window():
            found += [(tabs, i) for i in range(tabs.count()) if i != tabs.currentIndex() and tabs.isTabEnabled(i)]
    return found


def buttons(scope: QWidget) -> list[QAbstractButton]:
    return [b for b in scope.findChildren(QAbstractButton)
            if _in_window(b, scope) and b.isEnabled() and not isinstance(b.parentWidget(), (QTabBar, QLineEdit))
            and b.text()]


def button_key(button: QAbstractButton) -> str:
    return plain_text(button.text())


# --- the sweep ---------------------------------------------------------------------------------------


def sweep_tab(window, name: str, answers: Answers, *, demo: bool = True) -> int:
    """Press every button of tab ``name`` in every state; the number of presses."""
    tab = next(t for t in window.data_tabs if t.objectName() == name)
    window.tabs.setCurrentWidget(tab)
    settle()
    presses = 0
    for area_name, area, pages in areas(tab):
        if pages is not None:
            pages.setCurrentWidget(area)
        settle()
        selector = Selector(area)
        states: list[tuple[str, int] | None] = [None, *selector.states()]
        reached = " ".join(state[0] for state in states[1:])
        missing = [status for status in MUST_REACH.get(name, ()) if demo and status not in reached]
        assert not missing, f"{name}: the demo data has no record in {missing}; the sweep reached {reached}"
        if answers.accept and name == "dashboard":  # the period changes the numbers, not what is written: one
            states = states[:2]                      # period is enough for the slow chart and PDF writing
        filter_box = area.find_target() if hasattr(area, "find_target") else None
        page_choices: list[tuple[QTabWidget, int] | None] = [None, *sub_pages(area)]
        tried: set[int] = set()  # the list's filter combos: the same with any record, picked once
        for state in states:
            for page in page_choices:
                defaults = {tabs: tabs.currentIndex() for tabs in area.findChildren(QTabWidget)}

                def arrange(state=state, page=page, defaults=defaults) -> QWidget:
                    window.tabs.setCurrentWidget(tab)
                    if pages is not None:
                        pages.setCurrentWidget(area)
                    selector.choose(state)
                    settle()
                    if page is not None:
                        page[0].setCurrentIndex(page[1])
                    scope = area if page is None else page[0].widget(page[1])
                    for view in views(scope):  # the lists of a record's details: their first row
                        if view is not selector.view and not view.currentIndex().isValid():
                            view.setCurrentIndex(view.model().index(0, 0))
                    settle()
                    return scope

                scope = arrange()
                where_state = state[0] if state is not None else "nothing selected"
                where_page = f" / {page[0].tabText(page[1]).replace('&', '')}" if page is not None else ""
                keys = [button_key(b) for b in buttons(scope)]
                for index, key in enumerate(keys):
                    scope = arrange()
                    same = [b for b in buttons(scope) if button_key(b) == key]
                    if not same:
                        continue  # an earlier press changed the record: that button is gone now
                    nth = keys[:index].count(key)
                    button = same[min(nth, len(same) - 1)]
                    presses += press(button, answers, f"{name}{' / ' + area_name if area_name else ''}{where_page}"
                                                      f" / {where_state} / {key!r}")
                if not answers.accept:  # choosing opens no dialog: once is enough
                    where = f"{name}{' / ' + area_name if area_name else ''}{where_page} / {where_state}"
                    presses += choose_every_item(arrange, selector, answers, where, tried)
                for tabs, current in defaults.items():
                    if tabs.currentIndex() != current:
                        tabs.setCurrentIndex(current)
        if isinstance(filter_box, QLineEdit):  # a filter that hides everything
            filter_box.setText(NOTHING_MATCHES)
            settle()
            for key in [button_key(b) for b in buttons(area)]:
                same = [b for b in buttons(area) if button_key(b) == key]
                if same:
                    presses += press(same[0], answers, f"{name} {area_name} / nothing matches the filter / {key!r}")
                    filter_box.setText(NOTHING_MATCHES)
                    settle()
            filter_box.clear()
            settle()
    return presses


def combos(scope: QWidget) -> list[QComboBox]:
    return [c for c in scope.findChildren(QComboBox) if _in_window(c, scope) and c.isEnabled() and c.count() > 1]


def choose_every_item(arrange, selector: Selector, answers: Answers, where: str, tried: set[int]) -> int:
    """Pick each choice of each combo in the scope ``arrange()`` sets up (a filter, a recommendation, the
    unit), then the first one again; the number of choices made.  With a list of records to choose from,
    a combo already shown with nothing selected (``tried``: a filter of the list) is not tried again."""
    chosen = 0
    for index in range(len(combos(arrange()))):
        scope = arrange()
        shown = combos(scope)
        if index >= len(shown) or shown[index] is selector.combo:
            continue
        combo = shown[index]
        if selector.view is not None and id(combo) in tried:
            continue
        if selector.view is not None and not selector.view.currentIndex().isValid():
            tried.add(id(combo))
        name = combo.toolTip() or combo.objectName() or combo.itemText(0)
        for item in [*range(1, combo.count()), 0]:
            if not _in_window(combo, scope) or item >= combo.count():
                break  # a choice changed the record shown
            answers.where = f"{where} / combo {name!r} → {combo.itemText(item)!r}"
            combo.setCurrentIndex(item)
            settle()
            chosen += 1
    return chosen


@pytest.mark.parametrize(("name", "accept"), [(name, accept) for accept in (False, True, "junk") for name in TABS
                                              if not (accept == "junk" and name == "dashboard")],  # no forms there
                         ids=lambda value: {False: "cancel", True: "ok"}.get(value, value))
def test_every_button_of_every_tab_in_every_state(window, name, accept, monkeypatch, tmp_path):
    answers = answers_for(monkeypatch, tmp_path, accept)
    presses = sweep_tab(window, name, answers)
    assert presses >= 3, f"the sweep pressed only {presses} buttons on {name}: it did not find them"
    assert not answers.crashes, f"{len(answers.crashes)} crash(es):\n" + report(answers)


@pytest.mark.parametrize("accept", [False, True], ids=["cancel", "ok"])
def test_every_button_menu_item_and_key_of_a_new_empty_database(db, settings, qtbot, accept, monkeypatch, tmp_path):
    """The first day: no records anywhere, each tab shows its empty state and its call to action."""
    window = open_window(db, settings, qtbot)
    answers = answers_for(monkeypatch, tmp_path, accept)
    presses = sum(sweep_tab(window, name, answers, demo=False) for name in TABS)
    presses += sweep_menus(window, answers)
    window.activateWindow()
    for tab in window.data_tabs:
        window.tabs.setCurrentWidget(tab)
        settle()
        for label, key, modifier in KEYS:
            answers.where = f"{tab.objectName()} (empty database) / key {label}"
            qtbot.keyClick(QApplication.focusWidget() or tab, key, modifier)
            settle()
    assert presses >= 25
    assert not answers.crashes, f"{len(answers.crashes)} crash(es):\n" + report(answers)


def sweep_menus(window, answers: Answers) -> int:
    presses = 0

    def walk(menu, path):
        nonlocal presses
        for action in menu.actions():
            if action.isSeparator() or action is window.quit_action:
                continue
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")
            elif action.isEnabled():
                answers.where = f"menu {path} → {action.text().replace('&', '')}"
                action.trigger()
                settle()
                presses += 1

    for action in window.menuBar().actions():
        walk(action.menu(), action.text().replace("&", ""))
    return presses


@pytest.mark.parametrize("accept", [False, True, "junk"], ids=["cancel", "ok", "junk"])
def test_every_menu_item(window, accept, monkeypatch, tmp_path):
    """The menus act on the database, not on the tab in front (File → Import release list… brings the
    catalogue forward itself)."""
    answers = answers_for(monkeypatch, tmp_path, accept)
    window.tabs.setCurrentWidget(window.loans)
    settle()
    assert sweep_menus(window, answers) >= 15
    assert not answers.crashes, f"{len(answers.crashes)} crash(es):\n" + report(answers)


KEYS = [("Enter", Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier),
        ("F2", Qt.Key.Key_F2, Qt.KeyboardModifier.NoModifier),
        ("Del", Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier),
        ("Ctrl+N", Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier),
        ("F5", Qt.Key.Key_F5, Qt.KeyboardModifier.NoModifier),
        ("Ctrl+F", Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)]


@pytest.mark.parametrize("accept", [False, True], ids=["cancel", "ok"])
def test_the_common_keys_with_and_without_a_selection(window, accept, monkeypatch, tmp_path, qtbot):
    """Enter/F2, Del, Ctrl+N, F5 and Ctrl+F on the list of every tab: nothing selected, a record
    selected, and a filter that hides every record."""
    answers = answers_for(monkeypatch, tmp_path, accept)
    window.activateWindow()
    pressed = 0
    for tab in window.data_tabs:
        name = tab.objectName()
        window.tabs.setCurrentWidget(tab)
        settle()
        for area_name, area, pages in areas(tab):
            if pages is not None:
                pages.setCurrentWidget(area)
            settle()
            selector = Selector(area)
            target = area.find_target() if hasattr(area, "find_target") else None
            states = [None, *selector.states()[:1], "filtered"] if isinstance(target, QLineEdit) else \
                [None, *selector.states()[:1]]
            for state in states:
                for label, key, modifier in KEYS:
                    window.tabs.setCurrentWidget(tab)
                    if pages is not None:
                        pages.setCurrentWidget(area)
                    if isinstance(target, QLineEdit):
                        target.setText(NOTHING_MATCHES if state == "filtered" else "")
                        settle()
                    selector.choose(None if state == "filtered" else state)
                    settle()
                    focus = selector.view or selector.combo or area
                    focus.setFocus()
                    where = ("filter hides everything" if state == "filtered"
                             else state[0] if state else "nothing selected")
                    answers.where = f"{name}{' / ' + area_name if area_name else ''} / {where} / key {label}"
                    qtbot.keyClick(QApplication.focusWidget() or focus, key, modifier)
                    settle()
                    pressed += 1
            if isinstance(target, QLineEdit):
                target.clear()
                settle()
            pressed += keys_in_detail_lists(window, tab, area, pages, selector, answers, qtbot)
    assert pressed >= len(KEYS) * 2 * len(TABS)
    assert not answers.crashes, f"{len(answers.crashes)} crash(es):\n" + report(answers)


def keys_in_detail_lists(window, tab, area, pages, selector, answers, qtbot) -> int:
    """Enter, F2 and Del in each list of a record's details (a loan's custody, an application's team…),
    with an item of it selected and without."""
    pressed = 0
    states = selector.states()[:1]
    for page in [None, *sub_pages(area)]:
        window.tabs.setCurrentWidget(tab)
        if pages is not None:
            pages.setCurrentWidget(area)
        selector.choose(states[0] if states else None)
        settle()
        if page is not None:
            page[0].setCurrentIndex(page[1])
            settle()
        scope = area if page is None else page[0].widget(page[1])
        for view in views(scope):
            if view is selector.view:
                continue
            for chosen in (False, True):
                for label, key, modifier in KEYS[:3]:  # Enter, F2, Del
                    if not _in_window(view, scope) or view.model().rowCount() == 0:
                        break  # an earlier key changed the record shown
                    view.setCurrentIndex(view.model().index(0, 0) if chosen else QModelIndex())
                    if not chosen:
                        view.clearSelection()
                    view.setFocus()
                    page_name = page[0].tabText(page[1]).replace("&", "") if page else ""
                    answers.where = (f"{tab.objectName()} / {page_name} / {type(view).__name__} {headers(view)[:1]}"
                                     f" {'first item' if chosen else 'none'} selected / key {label}")
                    qtbot.keyClick(view, key, modifier)
                    settle()
                    pressed += 1
        if page is not None:
            page[0].setCurrentIndex(0)
    return pressed
