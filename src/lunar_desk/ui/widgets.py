"""Small widgets shared by every tab: empty states, mass entry, status text."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.errors import ValidationError
from lunar_desk.services.mass import MassUnit, format_mass, parse_mass
from lunar_desk.ui.i18n import tr_error


class EmptyState(QWidget):
    """A centred title and explanation, so an empty view says what will appear there."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.title = QLabel(title)
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(560)
        self.text.setMinimumHeight(max(self.text.heightForWidth(560), 0))
        self.text.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.title)
        layout.addWidget(self.text, 0, Qt.AlignmentFlag.AlignHCenter)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)
        self.buttons.addStretch(1)
        layout.addLayout(self.buttons)
        layout.addStretch(2)

    def add_button(self, text: str) -> QPushButton:
        """A call to action under the explanation (e.g. "Import release list…")."""
        button = QPushButton(text)
        self.buttons.insertWidget(self.buttons.count() - 1, button)
        return button


class MassEdit(QWidget):
    """A mass field that validates as the officer types ("12.5 mg", "0.8 g", "12,5 mg").

    ``value()`` is the mass in micrograms or None; ``error()`` the reason it
    is not acceptable.  A bare number takes ``default_unit``.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, default_unit: MassUnit = MassUnit.MG, allow_empty: bool = False) -> None:
        super().__init__(parent)
        default_unit = self.default_unit = MassUnit(default_unit)
        self.allow_empty = allow_empty
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(self.tr("e.g. 12.5 mg or 0.8 g (a bare number is in {unit})").format(unit=default_unit.value))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._revalidate)
        self._value: int | None = None
        self._error: str | None = None if allow_empty else self.tr("Give a mass.")

    def _revalidate(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._value, self._error = None, (None if self.allow_empty else self.tr("Give a mass."))
            self.message.hide()
        else:
            try:
                self._value, self._error = parse_mass(text, default_unit=self.default_unit), None
                self.message.hide()
            except ValidationError as exc:
                self._value, self._error = None, tr_error(exc)
                self.message.setText(self._error)
                self.message.show()
        self.edit.setProperty("invalid", self._error is not None and bool(text))
        self.edit.setStyleSheet("border: 1px solid #b00020;" if self._error and text else "")
        self.changed.emit()

    def value(self) -> int | None:
        return self._value

    def error(self) -> str | None:
        return self._error

    def set_value(self, ug: int | None, unit: MassUnit | None = None) -> None:
        self.edit.setText("" if ug is None else format_mass(ug, unit or self.default_unit))

    def text(self) -> str:
        return self.edit.text()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt naming for test convenience
        self.edit.setText(text)


def local_shortcut(widget: QWidget, keys, slot, text: str = "") -> QAction:
    """A shortcut that works while the focus is in ``widget`` or its children (each tab has its own
    Ctrl+F, Ctrl+N…); ``text`` names it where it is listed."""
    action = QAction(text, widget)
    action.setShortcut(keys)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    widget.addAction(action)
    return action


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


def confirm(parent: QWidget | None, title: str, text: str, ok: str | None = None) -> bool:
    """Ask before a destructive or irreversible action; Cancel is the default."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(ok or QCoreApplication.translate("confirm", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def find_data(combo, value) -> int:
    """Index of the item whose data equals ``value`` (Python equality: works for UUIDs,
    which QComboBox.findData compares by identity), or -1."""
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            return i
    return -1


def refill_combo(combo, items, first: str) -> None:
    """Replace a combo's choices with ``first`` (data None) then ``items`` (text, data),
    keeping the current choice when it is still there; emits no change signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(first, None)
    for text, value in items:
        combo.addItem(text, value)
    combo.setCurrentIndex(max(find_data(combo, current), 0))
    combo.blockSignals(False)


def make_tree(headers: list[str], *, flat: bool = True) -> QTreeWidget:
    """A read-only list/tree with alternating rows (``flat``: no expand decorations)."""
    tree = QTreeWidget()
    tree.setRootIsDecorated(not flat)
    tree.setHeaderLabels(headers)
    tree.setAlternatingRowColors(True)
    tree.setUniformRowHeights(True)
    return tree


def list_page(view: QWidget, *buttons: QPushButton) -> QWidget:
    """A list with its buttons in a row underneath."""
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.addWidget(view, 1)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    layout.addLayout(row)
    return page


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


class CheckedDialog(QDialog):
    """A form dialog whose OK button is enabled only while :meth:`set_problem` has no problem."""

    def __init__(self, title: str, parent: QWidget | None = None, *, min_width: int = 460) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.error)
        self.layout_.addWidget(self.buttons)
        self.setMinimumWidth(min_width)
        keyboard_ready(self)

    def set_problem(self, problem: str | None) -> None:
        self.error.setText(problem or "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(problem is None)
