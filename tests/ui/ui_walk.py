"""Walking the window the way an officer pokes at it, without anything blocking a headless test.

:class:`Answers` patches every modal thing (dialogs, message boxes, file and folder choosers, opening
a file or folder in another program) so that a press never waits for a person: each is recorded
under the current :attr:`Answers.where` and answered either the cautious way (Cancel, the default
button of a question, no file) or, with ``accept=True``, the way an officer in a hurry does (OK on
the form as it opened, the confirming button of a question, a file that is not what was asked for).
An exception that reaches ``sys.excepthook`` and the "unexpected problem" apology are recorded as
crashes, with where they happened.

:func:`press` clicks a button (a button with a menu: each enabled item of the menu) and waits until
the background work it started has finished."""

from __future__ import annotations

import re
import sys
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
)

APOLOGY = "unexpected problem"  # lunar_desk.ui.errors.show_error for anything not a UserError (in Chinese: its
# critical icon and the traceback in the details)
NOT_A_FILE = b"This is not the file that was asked for.\n"


@dataclass
class Answers:
    tmp: Path
    accept: bool = False
    where: str = "?"
    crashes: list[tuple[str, str]] = field(default_factory=list)
    opened: list[tuple[str, QDialog]] = field(default_factory=list)  # (where, dialog), message boxes aside
    boxes: list[tuple[str, str, str]] = field(default_factory=list)  # (where, title, text) of each message box
    explore: bool = False  # also press the buttons inside each kind of dialog opened
    fill: str | None = None  # with accept: typed into every empty text field of a form before its OK
    _explored: set = field(default_factory=set)
    _depth: int = 0

    def install(self, monkeypatch) -> Answers:
        monkeypatch.setattr(sys, "excepthook", self._excepthook)
        monkeypatch.setattr(QMessageBox, "exec", lambda box: self._message_box(box))
        monkeypatch.setattr(QDialog, "exec", lambda dialog: self._dialog(dialog))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(self._open_file))
        monkeypatch.setattr(QFileDialog, "getOpenFileNames", staticmethod(self._open_files))
        monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(self._save_file))
        monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(self._folder))
        monkeypatch.setattr(QInputDialog, "getText", staticmethod(
            lambda *a, **k: ("Sweep", True) if self.accept else ("", False)))
        monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: True))
        return self

    # --- what is recorded --------------------------------------------------------------------

    def _excepthook(self, kind, exc, tb) -> None:
        self.crashes.append((self.where, "".join(traceback.format_exception(kind, exc, tb))))

    def _message_box(self, box: QMessageBox) -> int:
        self.boxes.append((self.where, box.windowTitle(), box.text()))
        if APOLOGY in box.text() or (box.icon() == QMessageBox.Icon.Critical and "Traceback" in box.detailedText()):
            self.crashes.append((self.where, box.detailedText() or box.text()))
        if self.accept:
            yes = next((b for b in box.buttons() if box.buttonRole(b) in (QMessageBox.ButtonRole.AcceptRole,
                                                                       QMessageBox.ButtonRole.YesRole)), None)
            if yes is not None:
                yes.click()  # sets clickedButton(), as the officer's click does
                return int(box.standardButton(yes)) if box.standardButton(yes) else 0
        default = box.defaultButton()
        return int(default and box.standardButton(default) or QMessageBox.StandardButton.Ok)

    def _dialog(self, dialog: QDialog) -> int:
        self.opened.append((self.where, dialog))
        if self.explore:
            self._explore(dialog)
        if not self.accept:
            return int(QDialog.DialogCode.Rejected)
        dialog.setResult(int(QDialog.DialogCode.Rejected))
        if self.fill is not None:
            fill_in(dialog, self.fill)
        ok = accept_button(dialog)
        if ok is not None and ok.isEnabled():
            ok.click()  # the form's own OK: its checks run as they do for the officer
            settle()
        return QDialog.result(dialog)  # some dialogs keep their own "result" attribute

    def _explore(self, dialog: QDialog) -> None:
        """Press the buttons of a dialog's own (Browse…, Add, Restore…), once per kind of dialog; the
        dialogs they open are answered without going deeper."""
        kind = (type(dialog).__name__, dialog.windowTitle())
        if self._depth or kind in self._explored:
            return
        self._explored.add(kind)
        self._depth += 1
        outer = self.where
        try:
            for button in dialog_buttons(dialog):
                if button.isEnabled() and button.isVisibleTo(dialog):
                    press(button, self, f"{outer} → {type(dialog).__name__} → {button.text().replace('&', '')!r}")
        finally:
            self._depth -= 1
            self.where = outer

    # --- the choosers ------------------------------------------------------------------------

    def _open_file(self, parent=None, caption="", folder="", filters="", *args, **kwargs):
        if not self.accept:
            return "", ""
        return str(self._not_the_file(filters)), ""

    def _open_files(self, parent=None, caption="", folder="", filters="", *args, **kwargs):
        if not self.accept:
            return [], ""
        return [str(self._not_the_file(filters))], ""

    def _save_file(self, parent=None, caption="", suggested="", filters="", *args, **kwargs):
        if not self.accept:
            return "", ""
        out = self.tmp / "saved"
        out.mkdir(parents=True, exist_ok=True)
        name = Path(suggested).name or "file"
        if not Path(name).suffix:
            name += _extension(filters)
        return str(out / name), ""

    def _folder(self, *args, **kwargs) -> str:
        if not self.accept:
            return ""
        folder = self.tmp / "chosen-folder"
        folder.mkdir(parents=True, exist_ok=True)
        return str(folder)

    def _not_the_file(self, filters: str) -> Path:
        folder = self.tmp / "picked"
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"picked{_extension(filters)}"
        path.write_bytes(NOT_A_FILE)
        return path


def _extension(filters: str) -> str:
    found = re.search(r"\*(\.[A-Za-z0-9]+)", filters or "")
    return found.group(1) if found else ".txt"


def accept_button(dialog: QDialog) -> QAbstractButton | None:
    """The button that accepts ``dialog`` (OK, Save, Yes… of its button box), or None."""
    for box in dialog.findChildren(QDialogButtonBox):
        for button in box.buttons():
            if box.buttonRole(button) in (QDialogButtonBox.ButtonRole.AcceptRole, QDialogButtonBox.ButtonRole.YesRole):
                return button
    return None


def fill_in(dialog: QDialog, text: str) -> None:
    """Type ``text`` into every empty, editable text field of ``dialog`` (not spin boxes or date fields)."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit

    for edit in dialog.findChildren(QLineEdit):
        if (edit.isEnabled() and not edit.isReadOnly() and not edit.text() and edit.window() is dialog
                and not isinstance(edit.parentWidget(), (QAbstractSpinBox, QComboBox))):
            edit.setText(text)
    for edit in dialog.findChildren(QPlainTextEdit):
        if edit.isEnabled() and not edit.isReadOnly() and not edit.toPlainText() and edit.window() is dialog:
            edit.setPlainText(text)


def dialog_buttons(dialog: QDialog) -> list[QAbstractButton]:
    """A dialog's own buttons with a label: not OK/Cancel (its button box), not tabs or clear buttons."""
    from PySide6.QtWidgets import QLineEdit, QTabBar

    boxes = dialog.findChildren(QDialogButtonBox)
    return [b for b in dialog.findChildren(QAbstractButton)
            if b.text() and not any(box.isAncestorOf(b) for box in boxes)
            and not isinstance(b.parentWidget(), (QTabBar, QLineEdit)) and b.window() is dialog]


def settle(timeout_ms: int = 60_000) -> None:
    """Deliver pending events and wait until background work (operations, background reads) has
    finished and its results were delivered."""
    from PySide6.QtCore import QDeadlineTimer

    from lunar_desk.ui.operations import Operation

    pool = QThreadPool.globalInstance()
    deadline = QDeadlineTimer(timeout_ms)
    QApplication.processEvents()
    while (Operation._running or pool.activeThreadCount()) and not deadline.hasExpired():
        pool.waitForDone(20)
        QApplication.processEvents()
    QApplication.processEvents()


def press(button: QAbstractButton, answers: Answers, where: str) -> int:
    """Click ``button`` as an officer does (each item of its menu, if it has one); the number of presses."""
    menu = button.menu() if hasattr(button, "menu") else None
    if menu is None:
        answers.where = where
        button.click()
        settle()
        if button.isCheckable():  # a filter switch: put it back
            button.click()
            settle()
        return 1
    count = 0
    for action in menu.actions():
        if action.isSeparator() or not action.isEnabled() or action.menu() is not None:
            continue
        answers.where = f"{where} → {action.text()}"
        action.trigger()
        settle()
        count += 1
    return count
