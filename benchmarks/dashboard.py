"""How long the Dashboard holds the GUI thread when the tab is first shown, on every refresh (a
change elsewhere, another period) and when its charts are resized, and how long its worker takes.

    python benchmarks/dashboard.py [--size 2000] [--repeat 5]

The figures are computed and the five charts laid out and rendered (matplotlib, Agg) off the
GUI thread, on the tab's chart worker; the GUI thread shows the figures, paints the images and
hit-tests the bars.  Two views of the GUI-thread part:

* every event the GUI thread handles is timed (``QApplication.notify``) while the officer
  waits for the charts: the longest one is the longest freeze, the sum is all the GUI-thread work;
* the GUI-thread steps alone: ``refresh()`` (sizes, month names, start the worker) and
  ``_show()`` plus painting the five charts.

The longest event is not the GUI-thread work: a worker running Python holds the GIL, and
CPython's full garbage collections (matplotlib figures are ~12,000 objects each, in reference
cycles) stop every thread, in whichever thread they start; the longest of those is printed too.

DESIGN asks for at most 100 ms of GUI-thread work per interaction.  Before the charts moved
off the GUI thread (matplotlib on a FigureCanvasQTAgg), the same measure of ``_show`` plus the
canvas paints gave ~1.8–2.0 s on first show and ~1.1–1.8 s per refresh (2,000 demo records).
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _common


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    _common.ensure_offscreen()

    from datetime import date

    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database
    from lunar_desk.ui.dashboard.tab import DashboardTab, month_names

    class TimedApp(QApplication):
        """Times every event the GUI thread handles (outermost only: nested ones are inside)."""

        def __init__(self, *a) -> None:
            super().__init__(*a)
            self.depth, self.times = 0, []

        def notify(self, receiver, event) -> bool:
            self.depth += 1
            t = time.perf_counter()
            try:
                return super().notify(receiver, event)
            finally:
                self.depth -= 1
                if self.depth == 0:
                    self.times.append((time.perf_counter() - t) * 1000)

    app = TimedApp([])
    pauses: list[float] = []  # full garbage collections (ms), any thread
    started: dict[int, float] = {}

    def collected(phase: str, info: dict) -> None:
        if info["generation"] != 2:
            return
        if phase == "start":
            started[threading.get_ident()] = time.perf_counter()
        elif threading.get_ident() in started:
            pauses.append((time.perf_counter() - started.pop(threading.get_ident())) * 1000)

    gc.callbacks.append(collected)

    def wait(tab, timeout_s: float = 120.0) -> tuple[float, float, float]:
        """Run the event loop until the charts are ready: (wall ms, longest GUI event ms, GUI total ms)."""
        loop, poll = QEventLoop(), QTimer()
        poll.timeout.connect(lambda: tab.charts_ready() and loop.quit())
        poll.start(50)  # this poll is one of the events timed (it waits for the GIL like any other)
        QTimer.singleShot(int(timeout_s * 1000), loop.quit)
        app.times.clear()
        pauses.clear()
        t = time.perf_counter()
        loop.exec()
        wall = (time.perf_counter() - t) * 1000
        poll.stop()
        if not tab.charts_ready():
            raise SystemExit("the charts did not arrive")
        return wall, max(app.times, default=0.0), sum(app.times), max(pauses, default=0.0)

    def row(label: str, runs: list[tuple[float, float, float, float]]) -> None:
        walls, longest, totals, collections = zip(*runs, strict=True)
        print(f"{label:<28} longest GUI event {max(longest):5,.0f} ms (longest full GC {max(collections):4,.0f} ms)"
              f" · GUI total median {statistics.median(totals):5,.0f} ms"
              f" · until shown median {statistics.median(walls):6,.0f} ms")

    src = _common.demo_dir(args.size)
    with tempfile.TemporaryDirectory() as tmp:
        data = _common.copy_data_dir(src, Path(tmp) / "data")
        db, _ = open_database(resolve_paths(data), officer_login="bench")
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        tab = DashboardTab(settings=settings)
        tab.resize(1280, 760)
        tab.show()
        app.processEvents()

        print(f"Dashboard, {args.size:,} demo records, charts {tab.width()}×{tab.height()} window")
        tab.attach(db)  # visible: the first refresh (matplotlib imported by the worker)
        row("first show", [wait(tab)])
        runs = []
        for _ in range(args.repeat):
            tab.refresh()
            runs.append(wait(tab))
        row("refresh", runs)
        runs = []
        for i in range(args.repeat):
            tab.resize(1280 + 160 * (i % 2 + 1), 760)  # a new size each time: rendered again (after 200 ms)
            runs.append(wait(tab))
        row("resize (incl. 200 ms pause)", runs)

        # the GUI-thread steps alone, and the worker's part for comparison
        from lunar_desk.documents import charts
        from lunar_desk.services.dashboard import dashboard
        from lunar_desk.ui.dashboard import render
        from lunar_desk.ui.dashboard.panel import on_screen

        starts, shows, computes, renders = [], [], [], []
        for _ in range(args.repeat):
            t = time.perf_counter()
            op = tab.refresh()
            starts.append((time.perf_counter() - t) * 1000)
            wait(tab)
            assert not op.running()
            t = time.perf_counter()
            with db.read() as s:
                dash = dashboard(s, tab.current_period(), date.today())
            computes.append((time.perf_counter() - t) * 1000)
            generation = tab._generation
            requests = tab._requests(list(tab.panels.values()), generation)
            t = time.perf_counter()
            rendered = render.render_all(requests, on_screen(dash), month_names(), generation)
            renders.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            tab._show(dash, charts.CHARTS, rendered, generation)
            for panel in tab.panels.values():
                panel.view.repaint()
            app.processEvents()
            shows.append((time.perf_counter() - t) * 1000)
        med = statistics.median
        print(f"GUI thread, refresh() (sizes, month names, start the worker): median {med(starts):.1f} ms")
        print(f"GUI thread, _show() + paint the five charts: median {med(shows):.1f} ms (max {max(shows):.1f})")
        print(f"worker, compute the figures: median {med(computes):,.0f} ms; "
              f"draw + render the five charts: median {med(renders):,.0f} ms")
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
