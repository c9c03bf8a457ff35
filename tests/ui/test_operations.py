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
