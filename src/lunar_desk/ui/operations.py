"""Background work without freezing the window.

``Operation(fn).on_success(...).on_failure(...).with_progress(parent, label).start()``
runs ``fn(report)`` on a thread pool; ``report(done, total)`` updates a
progress dialog and raises :class:`Cancelled` once the officer presses
Cancel, so the service's transaction rolls back.  Pass ids or plain
dataclasses between threads, never live ORM objects.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from lunar_desk.ui.errors import Cancelled, show_error


class _Signals(QObject):
    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, op: Operation) -> None:
        super().__init__()
        self.op = op

    def run(self) -> None:
        op = self.op
        try:
            result = op.fn(op._report)
        except BaseException as exc:  # delivered to the GUI thread
            op.signals.failed.emit(exc)
        else:
            op.signals.succeeded.emit(result)


def _hold_collector() -> None:
    """No automatic garbage collection while a worker thread runs Python.

    A collection runs on whichever thread happens to allocate, and freeing a closed dialog (they sit
    in reference cycles) deletes its widgets: on a worker thread their timers stay registered and the
    app crashes a moment later.  Collection resumes once the last operation is done, when only the GUI
    thread runs Python."""
    if not Operation._running:
        Operation._collector_was_on = gc.isenabled()
        gc.disable()


def _release_collector() -> None:
    if not Operation._running and Operation._collector_was_on:
        gc.enable()


class Operation:
    _running: set[Operation] = set()
    _collector_was_on = True

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], *, owner: QWidget | None = None) -> None:
        """``owner``: the widget the result is for; if it is gone when the work ends
        (window closed meanwhile), the result is dropped instead of touching deleted widgets."""
        self.fn = fn
        self._owner = owner
        self.signals = _Signals()
        self._success: Callable[[Any], None] | None = None
        self._failure: Callable[[BaseException], None] | None = None
        self._dialog: QProgressDialog | None = None
        self._parent: QWidget | None = None
        self._cancel = False

    def on_success(self, fn: Callable[[Any], None]) -> Operation:
        self._success = fn
        return self

    def on_failure(self, fn: Callable[[BaseException], None]) -> Operation:
        self._failure = fn
        return self

    def with_progress(self, parent: QWidget, label: str) -> Operation:
        self._parent = parent
        if self._owner is None:
            self._owner = parent
        dialog = QProgressDialog(label, QCoreApplication.translate("Operation", "Cancel"), 0, 0, parent)
        dialog.setWindowTitle("Lunar Desk")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        return self

    def cancel(self) -> None:
        self._cancel = True

    @property
    def cancelled(self) -> bool:
        return self._cancel

    def running(self) -> bool:
        """Started and not finished yet."""
        return self in Operation._running

    def _report(self, done: int, total: int) -> None:
        if self._cancel:
            raise Cancelled()
        self.signals.progress.emit(done, total)

    def _on_progress(self, done: int, total: int) -> None:
        if self._dialog is not None and not self._cancel:
            self._dialog.setMaximum(max(total, 1))
            self._dialog.setValue(min(done, max(total, 1)))

    def _finish(self) -> None:
        if self._dialog is not None:
            if shiboken6.isValid(self._dialog):
                self._dialog.canceled.disconnect(self.cancel)
                self._dialog.reset()
                self._dialog.deleteLater()
            self._dialog = None
        if self in Operation._running:
            Operation._running.discard(self)
            _release_collector()

    def _owner_gone(self) -> bool:
        return self._owner is not None and not shiboken6.isValid(self._owner)

    def _on_success(self, result: Any) -> None:
        self._finish()
        if self._owner_gone():
            return
        if self._success:
            self._success(result)

    def _on_failure(self, exc: BaseException) -> None:
        self._finish()
        if self._owner_gone():
            return
        if self._failure:
            self._failure(exc)
        else:
            show_error(self._parent, exc)

    def start(self, pool: QThreadPool | None = None) -> Operation:
        self.signals.progress.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self.signals.succeeded.connect(self._on_success, Qt.ConnectionType.QueuedConnection)
        self.signals.failed.connect(self._on_failure, Qt.ConnectionType.QueuedConnection)
        _hold_collector()
        Operation._running.add(self)
        (pool or QThreadPool.globalInstance()).start(_Runnable(self))
        return self
