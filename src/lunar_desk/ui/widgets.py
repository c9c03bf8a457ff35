"""Small widgets shared by every tab: empty states, mass entry, status text."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.errors import ValidationError
from lunar_desk.services.mass import MassUnit, format_mass, parse_mass
from lunar_desk.ui.i18n import tr_error
from lunar_desk.ui.keyboard import keyboard_ready


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


class EmptyOr(QStackedWidget):
    """``page`` while it has something to show, otherwise an :class:`EmptyState` saying what will appear
    there and how it gets there (for lists the officer does not fill directly)."""

    def __init__(self, page: QWidget, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.empty = EmptyState(title, text)
        self.addWidget(page)
        self.addWidget(self.empty)

    def set_empty(self, empty: bool) -> None:
        self.setCurrentWidget(self.empty if empty else self.page)


class NoMatches(QWidget):
    """Drawn over a list whose filter hides every record: says so, with a button that clears the filter.

    The tab calls :meth:`show_for` with the rows shown and the rows there are; an empty database is the
    tab's :class:`EmptyState`, not this."""

    def __init__(self, view: QAbstractItemView, clear: Callable[[], None]) -> None:
        super().__init__(view.viewport())
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: palette(placeholder-text);")
        self.button = QPushButton(QCoreApplication.translate("NoMatches", "Clear the filter"))
        self.button.setToolTip(QCoreApplication.translate(
            "NoMatches", "Empty the search box and set every choice of the filter back to all"))
        self.button.clicked.connect(clear)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.setGeometry(watched.rect())
        return False

    def show_for(self, shown: int, total: int) -> None:
        if shown == 0 and total > 0:
            self.label.setText(QCoreApplication.translate(
                "NoMatches", "Nothing matches the filter: it hides all {total} records.").format(total=f"{total:,}"))
            self.setGeometry(self.parentWidget().rect())
            self.show()
            self.raise_()
        else:
            self.hide()


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


def confirm(parent: QWidget | None, title: str, text: str, ok: str | None = None, *, binned: bool = False) -> bool:
    """Ask before a destructive or irreversible action; Cancel is the default, so Enter does not destroy.

    ``text`` names the record and the consequence.  ``binned``: the record goes to the recycle bin, and
    the question says where to get it back (the status bar says it again once it is done, see
    :func:`say_binned`)."""
    from PySide6.QtWidgets import QMessageBox

    if binned:
        text += "\n\n" + QCoreApplication.translate("confirm", "It goes to the recycle bin: File → Recycle bin… puts it back.")
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    yes = box.addButton(ok or QCoreApplication.translate("confirm", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is yes


def say_binned(widget: QWidget, what: str) -> None:
    """After a removal to the recycle bin: the main window's status bar says how to get ``what`` back."""
    window = widget.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(QCoreApplication.translate(
            "confirm", "{what} moved to the recycle bin (File → Recycle bin… puts it back).").format(what=what), 15_000)


def form_state(root: QWidget) -> list:
    """What the officer can have typed or chosen in ``root``'s own window: texts, choices, ticks and
    table cells, in widget order (two states compare equal when nothing was changed)."""
    state: list = []
    for w in root.findChildren(QWidget):
        if w.window() is not root:  # a message box or popup of the form
            continue
        if isinstance(w, QLineEdit):  # also the text of spin boxes, date edits and editable combos
            state.append(w.text())
        elif isinstance(w, (QPlainTextEdit, QTextEdit)):
            state.append(w.toPlainText())
        elif isinstance(w, QComboBox):
            state.append(w.currentIndex())
        elif isinstance(w, QAbstractButton) and w.isCheckable():
            state.append(w.isChecked())
        elif isinstance(w, QTableWidget):
            state.append([[w.item(r, c).text() if w.item(r, c) else "" for c in range(w.columnCount())]
                          for r in range(w.rowCount())])
        elif isinstance(w, QListWidget):
            state.append([w.item(i).checkState() for i in range(w.count())])
        elif isinstance(w, QTreeWidget):
            items, it = [], QTreeWidgetItemIterator(w)
            while it.value():
                items.append(tuple(it.value().checkState(c) for c in range(w.columnCount())))
                it += 1
            state.append(items)
    return state


class KeepsEdits:
    """For a form dialog (``class F(KeepsEdits, QDialog)``): Esc, Cancel or the window's close button ask
    before dropping what was typed since the form was shown.

    ``SAVE_OFFERED``: the question offers Save (the default answer), which does what the form's own
    Save/OK button does.  Forms that record an action that cannot be taken back (a return, a split)
    set it False: the question then offers only Discard, or going back to the form (the default)."""

    SAVE_OFFERED = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        if getattr(self, "_shown_state", None) is None:
            self._shown_state = form_state(self)

    def has_changes(self) -> bool:
        shown = getattr(self, "_shown_state", None)
        return shown is not None and form_state(self) != shown

    def save_from_question(self) -> None:
        """Press the form's own Save/OK button (it stays open, saying why, when it cannot save)."""
        buttons = getattr(self, "buttons", None)
        for kind in (QDialogButtonBox.StandardButton.Save, QDialogButtonBox.StandardButton.Ok):
            button = buttons.button(kind) if buttons is not None else None
            if button is not None:
                if button.isEnabled():
                    button.click()
                return

    def reject(self) -> None:
        if self.has_changes():
            sb = QMessageBox.StandardButton
            box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("KeepsEdits", "Unsaved changes"),
                              QCoreApplication.translate("KeepsEdits", "{title}: what you entered in this form is not saved yet.")
                              .format(title=self.windowTitle()),
                              (sb.Save | sb.Discard | sb.Cancel) if self.SAVE_OFFERED else (sb.Discard | sb.Cancel), self)
            box.setDefaultButton(sb.Save if self.SAVE_OFFERED else sb.Cancel)
            box.setEscapeButton(sb.Cancel)
            result = box.exec()
            answer = box.standardButton(box.clickedButton()) if box.clickedButton() else sb(result)
            box.deleteLater()
            if answer == sb.Save and self.SAVE_OFFERED:
                self.save_from_question()
                return
            if answer != sb.Discard:
                return  # back to the form, nothing lost
        super().reject()


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
