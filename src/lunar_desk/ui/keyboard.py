"""The keyboard, the same on every tab and dialog: the keys of the common actions (pressing the
button itself), Tab orders that follow the layout, grids that Tab can leave, the Ctrl+F target,
and dialogs that open in their first field."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

# The keys of the common actions, the same on every tab (tab-wide: NEW, REFRESH; on a list: the others)
NEW = (QKeySequence.StandardKey.New,)
EDIT = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2)  # Enter opens the selected row, as F2 does
DELETE = (Qt.Key.Key_Delete,)
REFRESH = (Qt.Key.Key_F5,)


def plain_text(label: str) -> str:
    """A button's label as a sentence: no accelerator ("&Edit…" and "编辑(&E)…" → "Edit", "编辑")."""
    text = re.sub(r"\s*\(&[^&\s]\)", "", label).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.rstrip("…").rstrip()


def button_keys(buttons, where: QWidget, keys, *, tab_wide: bool = False) -> list[QAction]:
    """``keys`` press the button (or the first shown and enabled one of ``buttons``, e.g. a list's
    "New…" and its empty state's) while the focus is in ``where`` (the list the button acts on, or
    with ``tab_wide`` anywhere inside ``where``): the key does exactly what the button does,
    confirmation included, and nothing while the button is disabled or hidden.  The buttons'
    tooltips name the keys ("Edit (Enter, F2)")."""
    buttons = tuple(buttons) if isinstance(buttons, (tuple, list)) else (buttons,)

    def press() -> None:
        button = next((b for b in buttons if b.isEnabled() and b.isVisible()), None)
        if button is not None:
            button.click()

    actions, names = [], []
    for key in keys:
        sequence = QKeySequence(key)
        action = QAction(where)
        action.setShortcut(sequence)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut if tab_wide
                                  else Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(press)
        where.addAction(action)
        actions.append(action)
        if key != Qt.Key.Key_Return:  # the same key as Enter to an officer
            names.append(sequence.toString(QKeySequence.SequenceFormat.NativeText))
    keys_text = ", ".join(names)
    for button in buttons:
        button.setToolTip(f"{button.toolTip() or plain_text(button.text())} ({keys_text})")
    return actions


def place_in_tab_order(widgets, *, after: QWidget | None = None, before: QWidget | None = None) -> None:
    """Put ``widgets`` right after ``after`` (or just before ``before``) in the Tab order, where they
    are shown: buttons made later (a record's workflow steps) would otherwise come last, after
    everything below them."""
    if after is None:  # the Tab stop before ``before``
        after = before.previousInFocusChain()
        while after is not before and not after.focusPolicy() & Qt.FocusPolicy.TabFocus:
            after = after.previousInFocusChain()
    for widget in widgets:
        QWidget.setTabOrder(after, widget)
        after = widget


class _GridExit(QObject):
    """Tab on a grid's last cell (Shift+Tab on its first) goes on to the next widget."""

    def eventFilter(self, grid, event) -> bool:  # noqa: N802 - Qt override
        if event.type() != QEvent.Type.KeyPress or event.key() not in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) \
                or event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            return False
        back = event.key() == Qt.Key.Key_Backtab or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        rows = sorted((r for r in range(grid.model().rowCount()) if not grid.isRowHidden(r)),
                      key=grid.verticalHeader().visualIndex)
        columns = sorted((c for c in range(grid.model().columnCount()) if not grid.isColumnHidden(c)),
                         key=grid.horizontalHeader().visualIndex)
        here = grid.currentIndex()
        if rows and columns and here.isValid() and (here.row(), here.column()) != (
                (rows[0], columns[0]) if back else (rows[-1], columns[-1])):
            return False  # cell to cell, as in a spreadsheet
        widget = grid.previousInFocusChain() if back else grid.nextInFocusChain()
        while widget is not grid:
            if (widget.isVisible() and widget.isEnabled() and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                    and not grid.isAncestorOf(widget)):
                widget.setFocus(Qt.FocusReason.BacktabFocusReason if back else Qt.FocusReason.TabFocusReason)
                return True
            widget = widget.previousInFocusChain() if back else widget.nextInFocusChain()
        return False


def leave_grid_on_tab(grid) -> None:
    """An editable grid keeps Tab for moving from cell to cell, but Tab on the last cell (Shift+Tab
    on the first) leaves it, instead of wrapping round and keeping the keyboard inside for good."""
    grid.installEventFilter(_GridExit(grid))


def focus_find_target(target: QWidget | None) -> bool:
    """Put the cursor in a tab's filter box (its text selected, so typing replaces it) or on the
    selector or list that stands in for one; False when there is nothing visible to focus."""
    if target is None or not target.isVisible() or not target.isEnabled():
        return False
    target.setFocus(Qt.FocusReason.ShortcutFocusReason)
    if isinstance(target, QLineEdit):
        target.selectAll()
    return True


def _tab_stops(dialog: QDialog) -> list[QWidget]:
    """The dialog's widgets in focus-chain (Tab) order."""
    chain, widget = [], dialog.nextInFocusChain()
    while widget is not None and widget is not dialog and len(chain) < 1000:
        chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


class _KeyboardReady(QObject):
    """On a dialog's first show: its button row last in the Tab order, the focus in the first field."""

    def eventFilter(self, dialog, event) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Show:
            dialog.removeEventFilter(self)
            settle_focus(dialog)
        return False


def settle_focus(dialog: QDialog) -> None:
    """Tab walks the fields top to bottom and then the buttons, and the first field has the focus.

    A button box made before the form's rows comes first in the focus chain (Qt keeps the order
    in which widgets joined the dialog): OK / Cancel had the focus on open and Tab went from
    Cancel to the first field.  Esc cancels any QDialog already."""
    boxes = dialog.findChildren(QDialogButtonBox)
    in_box = [w for w in _tab_stops(dialog) if any(box.isAncestorOf(w) for box in boxes)]
    in_box.sort(key=lambda w: (w.mapTo(dialog, QPoint(0, 0)).y(), w.mapTo(dialog, QPoint(0, 0)).x()))  # as laid out
    rest = [w for w in _tab_stops(dialog) if w not in in_box]
    if in_box and rest:
        previous = rest[-1]
        for button in in_box:
            QWidget.setTabOrder(previous, button)
            previous = button
    first = next((w for w in _tab_stops(dialog) if w not in in_box and w.isVisibleTo(dialog) and w.isEnabled()
                  and w.focusPolicy() & Qt.FocusPolicy.TabFocus), None)
    if first is not None:
        first.setFocus(Qt.FocusReason.TabFocusReason)


def keyboard_ready(dialog: QDialog) -> None:
    """Call in a dialog's ``__init__``: :func:`settle_focus` runs when it is first shown (after the
    subclass has added its fields)."""
    dialog.installEventFilter(_KeyboardReady(dialog))
