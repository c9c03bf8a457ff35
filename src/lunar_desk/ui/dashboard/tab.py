"""The Dashboard tab: the programme at a glance, in five charts, with the
summary PDF for CLEP.

The figures come from :func:`lunar_desk.services.dashboard.dashboard`; the
charts are drawn by :mod:`lunar_desk.documents.charts` (the same code as the
PDF).  Both happen off the GUI thread, on the tab's chart pool (one worker:
matplotlib objects are used by one thread at a time): a refresh computes the
figures and renders each chart at its panel's size (:mod:`.render`); the GUI
thread only paints the images and hit-tests the bars.  When a chart's size
changes, the image is shown scaled until a new one, rendered off the GUI
thread at the new size, replaces it (after ~200 ms without further resizing).
matplotlib is imported only by those workers, so start-up never pays for it.
While the tab is hidden, changes only mark it stale; it refreshes when shown again.

A click on a bar asks the main window (signal :attr:`DashboardTab.open_filtered`)
to open the matching list: a Member State's or a batch's applications, the
loans of a status, the loans overdue today.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.db.engine import Database
from lunar_desk.services.changes import Changes
from lunar_desk.services.mass import MassUnit, format_mass
from lunar_desk.ui.dashboard.panel import ChartPanel, on_screen
from lunar_desk.ui.dashboard.render import Request
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.operations import Operation
from lunar_desk.ui.keyboard import REFRESH, button_keys
from lunar_desk.ui.widgets import EmptyState

#: the tables whose changes alter a chart
TABLES = ("application", "requested_item", "item_decision", "member_state", "release_batch", "loan", "loan_item",
          "return_record", "return_line", "loan_extension", "result_report")
LOADING, CHARTS, EMPTY = range(3)
RESIZE_DELAY_MS = 200  # a chart is rendered again at its new size once resizing pauses this long


class _Latest:
    """The newest refresh, read by workers to give up on a superseded one (a plain object: no Qt)."""

    generation = 0


class DashboardTab(QWidget):
    changed = Signal(object)  # the Dashboard writes nothing; present for the main window's wiring
    open_filtered = Signal(str, object)  # tab name, criteria (dict) of the list a clicked bar stands for

    def __init__(self, parent: QWidget | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else QSettings()
        self.db: Database | None = None
        self.today = date.today
        self.dash = None  # services.dashboard.Dashboard shown now
        self.panels: dict = {}  # chart name → ChartPanel, built on first show
        self.stale = True
        self._generation = 0
        self._latest = _Latest()
        self._ticket = 0  # numbers the renders asked for: a newer one is never replaced by an older one
        self._refreshing: Operation | None = None
        # matplotlib work (refreshes, renders at a new size, PNG files, the summary PDF) on one worker
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._render_timer = QTimer(self)
        self._render_timer.setSingleShot(True)
        self._render_timer.timeout.connect(self._render_outdated)

        self.period = QComboBox()
        self.period.setObjectName("dashboard-period")
        self.period.setToolTip(self.tr("The period the charts cover (Ctrl+F)"))
        for months, label in ((12, self.tr("Last 12 months")), (24, self.tr("Last 24 months")),
                              (36, self.tr("Last 36 months")), (0, self.tr("All time"))):
            self.period.addItem(label, months)
        saved = self.settings.value("dashboard/months", 12)
        self.period.setCurrentIndex(max(self.period.findData(int(saved) if str(saved).isdigit() else 12), 0))
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.pdf_button = QPushButton(self.tr("Export summary PDF…"))
        self.pdf_button.setToolTip(self.tr("One A4 page with these charts and the key figures, for the email to CLEP"))
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.period)
        bar.addWidget(self.refresh_button)
        bar.addStretch(1)
        bar.addWidget(self.pdf_button)

        self.grid = QGridLayout()
        grid_page = QWidget()
        grid_page.setLayout(self.grid)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(grid_page)
        self.empty = EmptyState(
            self.tr("Nothing to chart yet"),
            self.tr("Requested and approved mass by Member State and by batch, loans by status, overdue loans and "
                    "result reports appear here once applications are forwarded to CLEP or loans are made. "
                    "Choose a longer period if there are older records."),
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(EmptyState(self.tr("Opening the dashboard…"), ""))
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.figures)
        layout.addWidget(self.stack, 1)

        self.period.currentIndexChanged.connect(self._period_changed)
        self.refresh_button.clicked.connect(lambda: self.refresh())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        button_keys(self.refresh_button, self, REFRESH, tab_wide=True)
        self.setEnabled(False)

    # --- database and refresh ------------------------------------------------------------

    def find_target(self) -> QWidget:
        """Where Ctrl+F puts the cursor (the window's Find shortcut asks the current tab): the period
        selector, the one thing that narrows the charts."""
        return self.period

    def attach(self, db: Database) -> None:
        self.db = db
        self.setEnabled(True)
        self.stale = True
        if self.isVisible():
            self.refresh()

    def on_changes(self, changes: Changes) -> None:
        if self.db is None or not changes.touches(*TABLES):
            return
        self.stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale and self.db is not None:
            QTimer.singleShot(0, self.refresh)  # paint the tab first, then import and compute
        elif self.dash is not None:
            self._render_timer.start(0)  # resized while hidden, or before its last render ended

    def current_period(self):
        from lunar_desk.services.dashboard import Period

        months, today = self.period.currentData(), self.today()
        return Period.last_months(months, today) if months else Period.all_time(today)

    def _period_changed(self) -> None:
        self.settings.setValue("dashboard/months", self.period.currentData())
        self.refresh()

    def refresh(self) -> Operation | None:
        """Compute the figures and render the charts off the GUI thread, then show them (a later
        refresh supersedes this one)."""
        if self.db is None:
            return None
        self.stale = False
        self._generation += 1
        self._latest.generation = generation = self._generation
        db, period, today, latest = self.db, self.current_period(), self.today(), self._latest
        # the charts on screen now are rendered at their size in the same run; on the first show
        # (or from the empty state) their size is known only once shown: see _show
        requests = self._requests([p for p in self.panels.values() if p.isVisible()], generation)
        months = month_names()

        def work(_report):
            from lunar_desk.documents import charts
            from lunar_desk.services.dashboard import dashboard
            from lunar_desk.ui.dashboard import render

            if latest.generation != generation:
                return None, charts.CHARTS, []  # superseded while waiting: _show drops it
            charts.register_fonts()  # matplotlib and its font cache load here, off the GUI thread
            with db.read() as s:
                dash = dashboard(s, period, today)
            if dash.empty or not requests or latest.generation != generation:
                return dash, charts.CHARTS, []
            return dash, charts.CHARTS, render.render_all(requests, on_screen(dash), months, generation,
                                                          lambda: latest.generation == generation)

        self._refreshing = (Operation(work, owner=self)
                            .on_success(lambda result: self._show(*result, generation))
                            .on_failure(lambda exc: self._failed(exc, requests)))
        return self._refreshing.start(self.pool)

    def _show(self, dash, names: tuple[str, ...], rendered: list, generation: int) -> None:
        if generation != self._generation:
            return  # a newer refresh is on its way
        self.dash = dash
        self._ensure_panels(names)
        f = dash.figures
        self.figures.setText(self.tr(
            "{period} · {apps} applications forwarded to CLEP: {requested} requested, {approved} approved · "
            "{loans} loans, {held} with borrowers, {overdue} overdue today · {outstanding} outstanding · "
            "{results} result reports"
        ).format(period=self._period_text(dash.period), apps=f.applications, requested=_mass(f.requested_ug),
                 approved=_mass(f.approved_ug), loans=f.loans, held=f.loans_held, overdue=f.loans_overdue,
                 outstanding=_mass(f.outstanding_ug), results=f.results_reported))
        self.pdf_button.setEnabled(not dash.empty)
        if dash.empty:
            self.stack.setCurrentIndex(EMPTY)
            return
        self._apply(rendered, generation)
        self.stack.setCurrentIndex(CHARTS)
        self._render_timer.start(0)  # charts not rendered yet (first show) or resized meanwhile

    def _apply(self, rendered: list, generation: int) -> None:
        if generation != self._generation:
            return  # rendered from figures a refresh has replaced
        for r in rendered:
            self.panels[r.name].show_rendered(r)

    def _requests(self, panels: list, generation: int) -> list:
        out = []
        for panel in panels:
            self._ticket += 1
            panel.wanted = (generation, panel.size_key())
            out.append(Request(panel.name, *panel.size_key(), ticket=self._ticket))
        return out

    def _failed(self, exc: BaseException, requests: list) -> None:
        for request in requests:
            self.panels[request.name].wanted = None  # asked for again at the next resize or refresh
        show_error(self, exc)

    def _resized(self) -> None:
        if self.dash is not None and not self.dash.empty:
            self._render_timer.start(RESIZE_DELAY_MS)  # restarted by every step of a drag

    def _render_outdated(self) -> Operation | None:
        """Render again, off the GUI thread, the charts on screen whose image is not of the figures
        shown at their present size."""
        if self.dash is None or self.dash.empty or (self._refreshing is not None and self._refreshing.running()):
            return None  # a refresh in progress checks the sizes when it ends
        generation = self._generation
        panels = [p for p in self.panels.values() if p.isVisible() and p.outdated(generation)]
        if not panels:
            return None
        requests = self._requests(panels, generation)
        dash, months, latest = on_screen(self.dash), month_names(), self._latest

        def work(_report):
            from lunar_desk.ui.dashboard import render

            return render.render_all(requests, dash, months, generation, lambda: latest.generation == generation)

        return (Operation(work, owner=self)
                .on_success(lambda rendered: self._apply(rendered, generation))
                .on_failure(lambda exc: self._failed(exc, requests))
                .start(self.pool))

    def charts_ready(self) -> bool:
        """True when the latest figures are shown, and every chart shows them at its present size."""
        if self.dash is None or (self._refreshing is not None and self._refreshing.running()):
            return False
        return self.dash.empty or all(p.shows(self._generation) for p in self.panels.values())

    def _period_text(self, period) -> str:
        if period.start is None:
            return self.tr("up to {day}").format(day=period.end.isoformat())
        return f"{period.start.isoformat()} – {period.end.isoformat()}"

    def _ensure_panels(self, names: tuple[str, ...]) -> None:
        """The chart panels, built on the first show (``names``: ``charts.CHARTS``, which the
        worker passes on so that this thread never imports matplotlib)."""
        if self.panels:
            return
        for i, name in enumerate(names):
            panel = ChartPanel(name, self)
            panel.picked.connect(lambda target: self.open_filtered.emit(target.tab, dict(target.criteria)))
            panel.save_requested.connect(lambda n: self.save_png(n))
            panel.resized.connect(self._resized)
            self.grid.addWidget(panel, i // 2, i % 2)
            self.panels[name] = panel

    # --- files ----------------------------------------------------------------------------------------

    def _ask_path(self, title: str, filename: str, filter_text: str) -> Path | None:
        folder = Path(self.settings.value("dashboard/folder", str(Path.home())))
        name, _ = QFileDialog.getSaveFileName(self, title, str(folder / filename), filter_text)
        if not name:
            return None
        path = Path(name)
        self.settings.setValue("dashboard/folder", str(path.parent))
        return path

    def save_png(self, name: str, path: Path | None = None) -> Operation | None:
        """Write chart ``name`` as a 1600×960 PNG (the figures shown now), off the GUI thread."""
        if self.dash is None:
            return None
        dash = self.dash
        if path is None:
            path = self._ask_path(self.tr("Save chart as PNG"), f"{name}-{dash.today.isoformat()}.png",
                                  self.tr("PNG image (*.png)"))
            if path is None:
                return None

        def work(_report):
            from lunar_desk.documents import charts

            return charts.save_png(name, dash, path)

        return (Operation(work)
                .on_success(lambda p: self._status(self.tr("Chart saved: {path}").format(path=p)))
                .with_progress(self, self.tr("Saving the chart…")).start(self.pool))

    def export_pdf(self, path: Path | None = None) -> Operation | None:
        """Write the one-page summary PDF of the figures shown now, off the GUI thread."""
        if self.dash is None:
            return None
        dash = self.dash
        if path is None:
            from lunar_desk.documents.summary_report import summary_filename

            path = self._ask_path(self.tr("Export summary PDF"), summary_filename(dash), self.tr("PDF (*.pdf)"))
            if path is None:
                return None
        officer = self.db.officer_name if self.db is not None else ""

        def work(_report):
            from lunar_desk.documents.summary_report import render_summary

            return render_summary(dash, path, officer=officer)

        def written(p) -> None:
            from lunar_desk.ui.reports.common import SUMMARY_PDF_KEY

            self.settings.setValue(SUMMARY_PDF_KEY, str(p))  # offered as an attachment by "Prepare email"
            self._status(self.tr("Summary written: {path}").format(path=p))

        return (Operation(work)
                .on_success(written)
                .with_progress(self, self.tr("Writing the summary PDF…")).start(self.pool))

    def _status(self, text: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(text, 10_000)


def month_names() -> tuple[str, ...]:
    """January to December, short, in the interface language (GUI thread: QLocale's default)."""
    return tuple(QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))


def _mass(ug: int) -> str:
    return format_mass(ug, MassUnit.G if ug >= 1_000_000 else MassUnit.MG)
