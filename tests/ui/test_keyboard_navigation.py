"""The whole window from the keyboard, on the demo data: Ctrl+F lands in the filter of every tab and
sub-page (or, where a tab has no search box, on what narrows it), wherever the focus was."""

from __future__ import annotations

import re
import shutil
from datetime import date

import pytest
from demo_data import build_demo_file
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabBar,
    QTabWidget,
    QWidget,
)

from lunar_desk.ui.selection import ID_ROLE

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


# --- Alt+letter: no two things an officer can see at once answer the same letter -----------------

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def shown_mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, what) for every Alt+letter of ``root`` as it is shown now: its menu bar, buttons,
    check boxes, labels with a buddy, group boxes and tab bars."""
    out = []
    if isinstance(root, QMainWindow):
        out += [(mnemonic(a.text()), f"menu {a.text()!r}") for a in root.menuBar().actions() if a.isVisible()]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root):
            continue
        if isinstance(w, QAbstractButton):
            out.append((mnemonic(w.text()), f"{type(w).__name__} {w.text()!r}"))
        elif isinstance(w, QLabel) and w.buddy() is not None:
            out.append((mnemonic(w.text()), f"label {w.text()!r}"))
        elif isinstance(w, QGroupBox):
            out.append((mnemonic(w.title()), f"group {w.title()!r}"))
        elif isinstance(w, QTabBar):
            out += [(mnemonic(w.tabText(i)), f"tab {w.tabText(i)!r}") for i in range(w.count()) if w.isTabVisible(i)]
    return [(letter, what) for letter, what in out if letter]


def clashes(root: QWidget, where: str) -> list[str]:
    by_letter: dict[str, list[str]] = {}
    for letter, what in shown_mnemonics(root):
        by_letter.setdefault(letter, []).append(what)
    return [f"{where}: Alt+{letter.upper()} is {' and '.join(whats)}" for letter, whats in by_letter.items()
            if len(whats) > 1]


def every_page(root: QWidget, skip: QTabWidget | None = None):
    """Show each page of every tab widget of ``root`` in turn (pages inside pages too), yielding a
    name for what is shown."""
    yield "start"
    done: set[int] = set()
    while True:
        todo = [t for t in root.findChildren(QTabWidget)
                if t is not skip and id(t) not in done and t.isVisibleTo(root)]
        if not todo:
            return
        for tabs in todo:
            done.add(id(tabs))
            for i in range(tabs.count()):
                tabs.setCurrentIndex(i)
                yield f"{tabs.tabText(i).replace('&', '')!r}"


def dialogs(w, db):
    from lunar_desk.services.mass import MassUnit
    from lunar_desk.ui.applications.dialogs import ItemDialog, MemberDialog, MethodDialog
    from lunar_desk.ui.catalogue.import_dialog import ImportDialog
    from lunar_desk.ui.catalogue.sample_dialog import SampleDialog
    from lunar_desk.ui.results.editor import ResultDialog
    from lunar_desk.ui.review.dialogs import NewRoundDialog, ReviewersDialog
    from lunar_desk.ui.teams.dialogs import TeamDialog
    from lunar_desk.ui.training.dialogs import ActivityDialog

    def ignore(_values):
        return None

    from lunar_desk.errors import UserError
    from lunar_desk.ui.applications.dialogs import ReasonDialog
    from lunar_desk.ui.applications.hold_override import HoldOverrideDialog
    from lunar_desk.ui.catalogue.picker import SamplePickerDialog
    from lunar_desk.ui.catalogue.retire_dialog import RetireDialog
    from lunar_desk.ui.catalogue.split_dialog import SplitDialog
    from lunar_desk.ui.loans.transfer_dialogs import DepartureDialog
    from lunar_desk.ui.passphrase_dialog import PassphraseDialog
    from lunar_desk.ui.reports.email_dialog import EmailDraftDialog
    from lunar_desk.ui.reports.export_dialog import ExportSummaryDialog
    from lunar_desk.ui.stewardship.settings_dialog import StewardshipSettingsDialog

    w.catalogue.select(w.catalogue.model.data(w.catalogue.model.index(0, 0), ID_ROLE))
    sample_id = w.catalogue.selected_id()
    inventory = None
    for row in range(w.loans.model.rowCount()):  # a loan whose samples are with the borrower owes an inventory
        w.loans.table.selectRow(row)
        try:
            inventory = w.loans.stewardship.inventory_dialog()
            break
        except UserError:
            continue
    training, teams = w.programme.training, w.programme.teams
    training.list.setCurrentItem(training.list.topLevelItem(0))
    teams.list.setCurrentItem(teams.list.topLevelItem(0))
    by_tabs = [w.loans.dialog_for("return"), w.loans.stewardship.transfer_dialog(), inventory,
               training.participants_dialog(), training.certificates_dialog(), teams.member_dialog(),
               teams.link_dialog("application")]
    assert None not in by_tabs, by_tabs
    return by_tabs + [
        SplitDialog(db, sample_id, MassUnit.MG, w), RetireDialog(db, sample_id, MassUnit.MG, w), SamplePickerDialog(db, w),
        EmailDraftDialog(db, w, w.settings), ExportSummaryDialog(db, w, w.settings), PassphraseDialog(w, new=True),
        StewardshipSettingsDialog(6, (12, 31), 90, w), DepartureDialog("A. Person", "active", TODAY, w),
        HoldOverrideDialog("APSCO-R-2026-001", "On hold", w), ReasonDialog("Reject", "APSCO-R-2026-001", w),
        w.about_dialog(), w.holiday_calendar(), w.backups_dialog(), w.preferences_dialog(), w.recycle_bin_dialog(),
        w.audit_dialog(), w.export_changes_dialog(), w.shared_database_dialog(), w.exchange_key_dialog(),
        SampleDialog(db, None, MassUnit.MG, w), ImportDialog(db, w, w.settings), NewRoundDialog(db, w),
        ReviewersDialog(db, w), MethodDialog(None, w), ItemDialog(db, None, w), MemberDialog(db, w),
        TeamDialog(w.programme.teams.choices(), None, today=TODAY, save=ignore, parent=w),
        ActivityDialog(None, today=TODAY, save=ignore, parent=w),
        ResultDialog(w.results.choices(), None, today=TODAY, save=ignore, settings=w.settings, parent=w),
    ]


@pytest.fixture(params=["en", "zh_CN"])
def language_window(request, qapp, qtbot, db, settings, tmp_path):
    """The window on the demo data, in English and in Chinese (whose translations keep an "(&X)")."""
    from PySide6.QtCore import QLocale

    from lunar_desk.ui import i18n
    from lunar_desk.ui.main_window import MainWindow

    before = QLocale()
    if request.param != "en":
        assert i18n.install_translators(qapp, request.param, cache=tmp_path / "qm-cache") == request.param
    try:
        w = MainWindow(db.paths, settings)
        qtbot.addWidget(w)
        w.show()
        w.attach(db)
        yield w
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)


def test_no_two_things_on_a_page_or_dialog_share_an_alt_letter(language_window, db):
    w = language_window
    problems = []
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        tab = w.tabs.tabText(i)
        for shown in every_page(w.tabs.currentWidget()):
            problems += clashes(w, f"{tab} {shown}")
    for dialog in dialogs(w, db):
        for shown in every_page(dialog):
            problems += clashes(dialog, f"{type(dialog).__name__} {shown}")
        dialog.deleteLater()
    assert not problems, "\n".join(dict.fromkeys(problems))


def test_ctrl_and_a_digit_bring_a_tab_forward_and_its_tooltip_says_so(window, qtbot):
    window.activateWindow()
    window.catalogue.table.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.catalogue.table)
    qtbot.keyClick(window.catalogue.table, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.review
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.stewardship
    assert [window.tabs.tabToolTip(i) for i in range(window.tabs.count())] == [f"Ctrl+{i}" for i in range(1, 9)]



def test_tooltips_name_the_keys_in_a_sentence_without_the_accelerator(language_window):
    tip = language_window.results.edit_button.toolTip()
    assert tip.endswith(", F2)") and "&" not in tip and "(E)" not in tip and "…" not in tip, tip

# --- the common actions have the same keys on every tab -------------------------------------------


@pytest.fixture
def opened(monkeypatch):
    """Dialogs an action opens, recorded (type name) and cancelled at once."""
    from PySide6.QtWidgets import QDialog

    shown: list[str] = []

    def fake_exec(dialog):
        shown.append(type(dialog).__name__)
        return int(QDialog.DialogCode.Rejected)

    monkeypatch.setattr(QDialog, "exec", fake_exec)
    return shown


def focus(qtbot, widget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def key(qtbot, name, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), name, modifier)


def test_enter_f2_delete_and_ctrl_n_do_what_the_buttons_do(window, qtbot, opened, message_boxes):
    results = window.results
    window.tabs.setCurrentWidget(results)
    results.table.selectRow(0)
    focus(qtbot, results.table)
    key(qtbot, Qt.Key.Key_F2)
    key(qtbot, Qt.Key.Key_Return)
    assert opened == ["ResultDialog", "ResultDialog"]
    rows = results.model.rowCount()
    key(qtbot, Qt.Key.Key_Delete)
    assert [title for title, _ in message_boxes] == ["Delete result report"]  # asked; Cancel is the default
    assert results.model.rowCount() == rows
    focus(qtbot, results.text)  # in the search box, Delete and Enter edit the search, not the list
    results.text.setText("x")
    results.text.home(False)
    key(qtbot, Qt.Key.Key_Delete)
    key(qtbot, Qt.Key.Key_Return)
    assert results.text.text() == "" and len(message_boxes) == 1 and len(opened) == 2
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] == "ResultDialog" and len(opened) == 3

    teams = window.programme.teams
    window.tabs.setCurrentWidget(window.programme)
    window.programme.pages.setCurrentWidget(teams)
    teams.list.setCurrentItem(teams.list.topLevelItem(0))
    focus(qtbot, teams.list)
    key(qtbot, Qt.Key.Key_Enter)
    key(qtbot, Qt.Key.Key_Delete)
    assert opened[-1] == "TeamDialog" and message_boxes[-1][0] == "Delete research team"

    window.tabs.setCurrentWidget(window.catalogue)
    focus(qtbot, window.catalogue.filter_bar.text)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] == "SampleDialog"
    window.tabs.setCurrentWidget(window.loans)
    focus(qtbot, window.loans.table)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert opened[-1] == "ActionDialog"  # which closed round
    custody = window.loans.stewardship.custody  # the loan's custody list: Enter records a movement
    window.loans.details.setCurrentIndex(window.loans.details.indexOf(custody.parentWidget()))
    held = (row for row in range(window.loans.model.rowCount())
            if not window.loans.table.selectRow(row) and custody.topLevelItemCount()
            and window.loans.stewardship.move_button.isEnabled())
    assert next(held, None) is not None
    custody.setCurrentItem(custody.topLevelItem(0))
    focus(qtbot, custody)
    key(qtbot, Qt.Key.Key_Return)
    assert opened[-1] == "MovementDialog"

    assert results.edit_button.toolTip() == "Edit (Enter, F2)"
    assert results.delete_button.toolTip().endswith("(Del)")
    assert window.catalogue.add_button.toolTip().endswith("(Ctrl+N)")


def test_f5_refreshes_the_dashboard(window, qtbot, monkeypatch):
    dashboard = window.dashboard
    window.tabs.setCurrentWidget(dashboard)
    refreshed = []
    monkeypatch.setattr(dashboard, "refresh", lambda *a, **k: refreshed.append(True))
    focus(qtbot, dashboard.period)
    key(qtbot, Qt.Key.Key_F5)
    assert refreshed and dashboard.refresh_button.toolTip().endswith("(F5)")


# --- dialogs: the first field has the focus, Tab follows the layout, Esc cancels ---------------------


def tab_stops(qtbot, dialog) -> list[QWidget]:
    """The widgets Tab visits from the focused one until it comes back (inner edits of a spin box,
    date or combo box count as their field)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox

    def field(w):
        parent = w.parentWidget()
        return parent if isinstance(parent, (QAbstractSpinBox, QComboBox)) else w

    first = field(QApplication.focusWidget())
    stops = [first]
    for _ in range(40):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        now = field(QApplication.focusWidget())
        if now is first:
            return stops
        if now is not stops[-1]:
            stops.append(now)
    raise AssertionError(f"Tab never came back to the first field: {[type(w).__name__ for w in stops]}")


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None and dialog.isAncestorOf(QApplication.focusWidget()))
    return dialog


@pytest.mark.parametrize("make, first", [
    (lambda w: __import__("lunar_desk.ui.teams.dialogs", fromlist=["TeamDialog"]).TeamDialog(
        w.programme.teams.choices(), None, today=TODAY, save=lambda values: None, parent=w), "name"),
    (lambda w: __import__("lunar_desk.ui.review.dialogs", fromlist=["NewRoundDialog"]).NewRoundDialog(w.db, w), "batch"),
])
def test_a_dialog_opens_in_its_first_field_tabs_down_the_form_and_esc_cancels(window, qtbot, make, first):
    from PySide6.QtWidgets import QDialog, QDialogButtonBox

    dialog = open_dialog(qtbot, make(window))
    assert QApplication.focusWidget() is getattr(dialog, first)
    stops = tab_stops(qtbot, dialog)
    buttons = [w for w in stops if dialog.buttons.isAncestorOf(w)]
    fields = stops[:len(stops) - len(buttons)]
    assert buttons and stops[len(fields):] == buttons, "the buttons come after every field"
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel) is buttons[-1]
    tops = [w.mapTo(dialog, w.rect().topLeft()).y() for w in fields]
    assert tops == sorted(tops), "Tab goes down the form as it is laid out"
    assert len(fields) >= 6
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == QDialog.DialogCode.Rejected


def test_tab_leaves_every_list_and_reaches_the_records_next_steps_first(window, qtbot):
    for tab in (window.catalogue, window.applications, window.loans, window.results):
        window.tabs.setCurrentWidget(tab)
        tab.table.selectRow(0)
        focus(qtbot, tab.table)
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is not tab.table, f"Tab is stuck in the {tab.objectName()} list"
    for tab, steps in ((window.loans, lambda: window.loans.action_buttons),
                       (window.applications, lambda: window.applications.editor.action_buttons)):
        window.tabs.setCurrentWidget(tab)
        rows = (row for row in range(tab.model.rowCount()) if not tab.table.selectRow(row) and steps())
        assert next(rows, None) is not None, f"no {tab.objectName()} record with a next step in the demo data"
        qtbot.waitUntil(lambda: steps()[0].isVisible())  # buttons added to a shown row appear on the next event loop turn
        focus(qtbot, tab.table)
        key(qtbot, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is steps()[0], f"{tab.objectName()}: the record's steps come right after the list"


def test_ctrl_n_on_applications_asks_which_kind_of_application(window, qtbot):
    from PySide6.QtCore import QTimer

    tab = window.applications
    window.tabs.setCurrentWidget(tab)
    focus(qtbot, tab.text)
    offered = []

    def close_menu() -> None:  # runs inside the menu's own event loop, as the officer would choose
        menu = QApplication.activePopupWidget()
        offered.append([a.text() for a in menu.actions()] if menu is not None else None)
        if menu is not None:
            menu.close()

    QTimer.singleShot(0, close_menu)
    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(offered))
    assert offered == [["Research application (Annex 2)", "Public-benefit application (Annex 3)"]]


def test_tab_goes_from_cell_to_cell_in_a_grid_and_leaves_it_after_the_last(window, db, qtbot):
    from lunar_desk.services.mass import MassUnit
    from lunar_desk.ui.catalogue.split_dialog import SplitDialog

    window.catalogue.select(window.catalogue.model.data(window.catalogue.model.index(0, 0), ID_ROLE))
    dialog = open_dialog(qtbot, SplitDialog(db, window.catalogue.selected_id(), MassUnit.MG, window))
    grid = dialog.parts
    rows, columns = grid.rowCount(), grid.columnCount()
    assert rows >= 1
    grid.setCurrentCell(rows - 1, columns - 2)
    focus(qtbot, grid)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is grid and (grid.currentRow(), grid.currentColumn()) == (rows - 1, columns - 1)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is not grid and dialog.isAncestorOf(QApplication.focusWidget())
    key(qtbot, Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is grid
