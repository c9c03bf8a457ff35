"""Background operations: results reach the GUI thread, cancellation, and a closed window."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from lunar_desk.ui.operations import Operation


def test_result_arrives_on_the_gui_thread(qtbot):
    seen = []
    Operation(lambda report: threading.get_ident()).on_success(lambda r: seen.append((r, threading.get_ident()))).start()
    qtbot.waitUntil(lambda: bool(seen), timeout=5000)
    worker, gui = seen[0]
    assert worker != gui == threading.get_ident()


def test_result_for_a_closed_window_is_dropped(qtbot):
    owner = QWidget()
    gate = threading.Event()
    seen = []
    op = Operation(lambda report: gate.wait(5) and "done", owner=owner).on_success(seen.append)
    op.start()
    owner.deleteLater()
    qtbot.waitUntil(lambda: not __import__("shiboken6").isValid(owner), timeout=5000)
    gate.set()
    qtbot.wait(200)
    assert seen == []  # nothing touched the deleted widget


def test_cancel_stops_the_work_and_reports_no_success(qtbot):
    started, seen, failed = threading.Event(), [], []

    def work(report):
        started.set()
        for i in range(1000):
            report(i, 1000)
            threading.Event().wait(0.005)
        return "finished"

    op = Operation(work).on_success(seen.append).on_failure(failed.append).start()
    started.wait(5)
    op.cancel()
    qtbot.waitUntil(lambda: bool(failed), timeout=10_000)
    assert seen == [] and type(failed[0]).__name__ == "Cancelled"


def test_a_closed_dialog_is_never_deleted_by_the_worker_thread(qtbot):
    """A finished dialog sits in a reference cycle until Python's garbage collector frees it, and
    freeing it deletes its widgets.  If a collection ran on an operation's worker thread, the widgets
    died on the wrong thread, their timers stayed registered, and the app crashed a moment later
    (seen when forwarding an application to CLEP right after adding a team member)."""
    import gc

    from PySide6.QtWidgets import QLineEdit

    from lunar_desk.ui.widgets import CheckedDialog

    class MemberForm(CheckedDialog):  # a form re-checked on every keystroke, like the real ones
        def __init__(self, parent) -> None:
            super().__init__("Add team member", parent)
            self.person = QLineEdit()
            self.form.addRow("Person:", self.person)
            self.person.textChanged.connect(self._check)

        def _check(self) -> None:
            self.set_problem(None if self.person.text() else "Choose a person.")

    parent = QWidget()
    qtbot.addWidget(parent)
    gc.collect()
    deleted_on = []
    dialog = MemberForm(parent)
    dialog.destroyed.connect(lambda *_: deleted_on.append(threading.get_ident()))
    dialog.show()
    dialog.accept()  # as after exec(): nothing refers to it but itself
    del dialog

    worked = threading.Event()

    def busy(report):  # allocates enough for the collector to run many times
        for _ in range(30):
            junk = [[i] for i in range(20_000)]
            del junk
        worked.set()
        return "done"

    seen = []
    Operation(busy).on_success(seen.append).start()
    assert worked.wait(20)  # the GUI thread allocates nothing meanwhile: any collection runs on the worker
    qtbot.waitUntil(lambda: bool(seen), timeout=20_000)
    gc.collect()
    # freed, and on the GUI thread (freed on the worker, it never reported back at all)
    assert deleted_on == [threading.get_ident()]
