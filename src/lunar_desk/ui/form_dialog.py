"""A form dialog that saves through a callback and keeps the form open when
the save is refused: the message shows under the form and the field it
names gets the focus, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.errors import UserError
from lunar_desk.ui.keyboard import keyboard_ready
from lunar_desk.ui.widgets import KeepsEdits, find_data
from lunar_desk.ui.i18n import tr_error


def text_box(height: int = 56, text: str = "") -> QPlainTextEdit:
    box = QPlainTextEdit(text)
    box.setTabChangesFocus(True)
    box.setFixedHeight(height)
    return box


def combo(items, current=None, first: str | None = None) -> QComboBox:
    """A combo of (label, value) items, ``first`` (value None) on top, ``current`` chosen."""
    box = QComboBox()
    if first is not None:
        box.addItem(first, None)
    for label, value in items:
        box.addItem(label, value)
    box.setCurrentIndex(max(find_data(box, current), 0))
    return box


class SaveDialog(KeepsEdits, QDialog):
    """Subclasses add rows to ``self.form`` and name their widgets in ``self.fields`` (service field → widget);
    ``save(values)`` is called with :meth:`values` on OK and may raise a UserError.  Closing it with
    edits asks first (:class:`~lunar_desk.ui.widgets.KeepsEdits`)."""

    def __init__(self, title: str, save, parent: QWidget | None = None, *, min_width: int = 520) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.save = save
        self.fields: dict[str, QWidget] = {}
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(min_width)
        keyboard_ready(self)

    def values(self):  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def show_problem(self, exc: UserError) -> None:
        self.error.setText(tr_error(exc))
        widget = self.fields.get(getattr(exc, "field", None) or "")
        if widget is not None:
            widget.setFocus()

    def accept(self) -> None:
        try:
            self.save(self.values())
        except UserError as exc:
            self.show_problem(exc)
            return
        super().accept()
