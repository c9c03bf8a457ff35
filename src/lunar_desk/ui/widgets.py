"""Small widgets shared by every tab: empty states, mass entry, status text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
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
