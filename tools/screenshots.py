"""Screenshots of every tab for the README, taken offscreen from demo data.

    python tools/screenshots.py [--out docs/screenshots] [--lang en|zh_CN]

Builds a fresh demo database in a temporary folder, opens the main window
at 1280×800, selects the first row of each tab's list so the detail pane
shows something, and saves one PNG per tab (``<tab>.png``).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def settle(app, rounds: int = 3) -> None:
    """Let background loads (the tabs' Operations) finish and their results paint."""
    from PySide6.QtCore import QThreadPool

    from lunar_desk.ui.operations import Operation

    pool = QThreadPool.globalInstance()
    for _ in range(rounds):
        app.processEvents()
        while pool.activeThreadCount() or Operation._running:  # (the Dashboard renders in its own pool)
            pool.waitForDone(50)
            app.processEvents()
        quiet_until = time.monotonic() + 0.4  # timers that start more work (the Dashboard re-renders
        while time.monotonic() < quiet_until:  # its charts 200 ms after the panels settle on their size)
            app.processEvents()
            time.sleep(0.02)
            if Operation._running:
                quiet_until = time.monotonic() + 0.4


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument("--lang", default="en")
    parser.add_argument("--size", type=int, default=2000, help="demo catalogue size")
    args = parser.parse_args(argv)

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QAbstractItemView, QApplication

    from lunar_desk.config import resolve_paths
    from lunar_desk.db.startup import open_database
    from lunar_desk.services import demo
    from lunar_desk.ui import i18n
    from lunar_desk.ui.app import load_fonts
    from lunar_desk.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    load_fonts()
    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "ui.ini"), QSettings.Format.IniFormat)
        i18n.set_language(settings, args.lang)
        i18n.apply_language(app, settings)
        paths = resolve_paths(Path(tmp) / "data", demo=True)
        db, _ = open_database(paths, officer_login="amina")
        with db.action(note="demo data") as s:
            demo.generate(s, args.size, attachments_dir=paths.attachments_dir, today=date.today())
        window = MainWindow(paths, settings)
        window.resize(1280, 800)
        window.show()
        window.attach(db)
        args.out.mkdir(parents=True, exist_ok=True)
        for index in range(window.tabs.count()):
            tab = window.tabs.widget(index)
            window.tabs.setCurrentIndex(index)
            views = [v for v in tab.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
            if views and views[0].model().rowCount() > 0:
                views[0].setCurrentIndex(views[0].model().index(0, 0))
            settle(app)
            name = tab.objectName() or f"tab{index}"
            window.grab().save(str(args.out / f"{name}.png"))
            print(args.out / f"{name}.png")
        settle(app)
        window.close()
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
