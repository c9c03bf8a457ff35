"""Child process for benchmarks/startup.py (not meant to be run by hand).

    python benchmarks/_startup_child.py bare
    python benchmarks/_startup_child.py lunar DATA_DIR
    python benchmarks/_startup_child.py lunar-open-after-paint DATA_DIR   (what-if: open from the first paint)

Prints one line per milestone, ``MARK <name> <time.perf_counter()>``, and
flushes it at once.  On Linux ``time.perf_counter()`` is CLOCK_MONOTONIC,
which is system-wide, so the parent subtracts the perf_counter() it read just
before ``subprocess.Popen``: every figure is "seconds since process start as
the parent saw it" (fork + exec + interpreter start-up included).

``lunar`` replicates ``lunar_desk.ui.app.run()`` step by step (logging,
make_app, load_fonts, install_excepthook, MainWindow(paths), show,
QTimer.singleShot(0, open_into(window, paths))) with an event filter on the
main window that catches the first ``QEvent.Paint``.  After ``open_into``
returns it waits for the catalogue table to repaint (``ready``) and for the
debounced count (``counts``), then closes the window (saving settings, as a
user closing it would) and quits.

Only the standard library is imported before the first mark, so ``start``
measures the bare interpreter start-up.
"""

import time

T_START = time.perf_counter()

import os  # noqa: E402
import sys  # noqa: E402

_marks: dict[str, float] = {}


def mark(name: str, t: float | None = None) -> None:
    if name in _marks:
        return
    t = time.perf_counter() if t is None else t
    _marks[name] = t
    sys.stdout.write(f"MARK {name} {t:.6f}\n")
    sys.stdout.flush()


def note(text: str) -> None:
    sys.stdout.write(f"NOTE {text}\n")
    sys.stdout.flush()


mark("start", T_START)

# How long the whole run may take before the child gives up (a hang must not
# stall the benchmark forever).
WATCHDOG_MS = int(os.environ.get("STARTUP_CHILD_TIMEOUT_MS", "60000"))


def _install_paint_probe(QObject, QEvent, target, on_paint):
    """An event filter on ``target`` that calls ``on_paint()`` on its first Paint event."""

    class PaintProbe(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 - Qt override
            if event.type() == QEvent.Type.Paint:
                on_paint()
            return False

    probe = PaintProbe(target)
    target.installEventFilter(probe)
    return probe


def run_bare() -> int:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    mark("imports")
    app = QApplication(sys.argv[:1])
    mark("app")
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)  # the size MainWindow uses without saved geometry
    mark("window")

    def painted():
        if "paint" not in _marks:
            mark("paint")
            # The 0-timer runs once the paint pass (and backing-store flush) is over.
            QTimer.singleShot(0, lambda: (mark("frame"), app.quit()))

    probe = _install_paint_probe(QObject, QEvent, window, painted)  # noqa: F841
    window.show()
    mark("shown")
    QTimer.singleShot(WATCHDOG_MS, lambda: (note("watchdog: gave up waiting"), app.exit(3)))
    return app.exec()


def run_lunar(data_dir: str) -> int:
    """Exactly what ``lunar-desk --data-dir DIR`` does (lunar_desk.ui.app.start + exec), with probes."""
    from lunar_desk.config import resolve_paths

    paths = resolve_paths(data_dir, None, demo=False)
    from PySide6.QtCore import QEvent, QObject, QTimer

    from lunar_desk.ui import app as ui_app

    mark("imports")
    app, window = ui_app.start(paths)
    mark("shown")
    state = {"opened": False}
    probes = []

    def finish():
        mark("done")
        note(f"rows={window.catalogue.model.rowCount()}")
        note(f"count_label={window.catalogue.count_label.text()}")
        note(f"open_before_paint={_marks.get('open_start', 1e18) < _marks.get('paint', 1e18)}")
        window.close()  # saves settings, disposes the engine (what a user closing the window does)
        app.quit()

    def maybe_finish():
        if "ready" in _marks and "counts" in _marks:
            QTimer.singleShot(0, finish)

    def window_painted():
        if "paint" not in _marks:
            mark("paint")
            QTimer.singleShot(0, lambda: mark("frame"))

    def table_painted():
        if state["opened"] and "ready" not in _marks:
            mark("ready")
            maybe_finish()

    def counts_shown():
        if state["opened"] and "counts" not in _marks:
            mark("counts")
            maybe_finish()

    original_attach = window.attach

    def attach(db):
        mark("open_start")
        original_attach(db)
        mark("open_end")
        state["opened"] = True
        probes.append(_install_paint_probe(QObject, QEvent, window.catalogue.table.viewport(), table_painted))
        # The count line is computed off the GUI thread; this fires when it is shown.
        window.catalogue.counts_updated.connect(counts_shown)

    window.attach = attach
    probes.append(_install_paint_probe(QObject, QEvent, window, window_painted))
    QTimer.singleShot(WATCHDOG_MS, lambda: (note("watchdog: gave up waiting"), app.exit(3)))
    return app.exec()


def main() -> int:
    mode = sys.argv[1]
    if mode == "bare":
        rc = run_bare()
    elif mode == "lunar":
        rc = run_lunar(sys.argv[2])
    else:
        raise SystemExit(f"unknown mode {mode!r}")
    mark("exit")
    return rc


if __name__ == "__main__":
    sys.exit(main())
