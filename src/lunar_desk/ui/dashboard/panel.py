"""One chart of the Dashboard on a Qt canvas, with its "Save chart as PNG…" button.

Importing this module imports matplotlib and its Qt canvas; the Dashboard
tab imports it only when it is first shown (start-up time).
"""

from __future__ import annotations

from dataclasses import replace

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.documents import charts
from lunar_desk.services.dashboard import Dashboard
from lunar_desk.ui.i18n import tr_label


class ChartPanel(QFrame):
    """Chart ``name`` of :data:`charts.CHARTS`; ``picked`` carries the :class:`charts.Target` of a clicked bar."""

    picked = Signal(object)  # charts.Target
    save_requested = Signal(str)  # chart name

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"chart-{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.figure = charts.new_figure(6.0, 3.6)
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setMinimumHeight(300)
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.targets: dict = {}
        self.save_button = QPushButton(self.tr("Save chart as PNG…"))
        self.save_button.setObjectName(f"save-{name}")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.name))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(row)
        self._picked: charts.Target | None = None
        # The figure picks on button press before this handler runs (it connected first), so
        # every bar under the pointer has been offered when the press reaches _on_press.
        self.canvas.mpl_connect("pick_event", self._on_pick)
        self.canvas.mpl_connect("button_press_event", self._on_press)
        self.canvas.mpl_connect("motion_notify_event", self._on_motion)

    def show_dashboard(self, dash: Dashboard) -> None:
        months = tuple(QLocale().monthName(m, QLocale.FormatType.ShortFormat) for m in range(1, 13))
        self.targets = charts.draw(self.name, self.figure, on_screen(dash), month_names=months)
        self.canvas.setToolTip(self.tr("Click a bar to open the matching list") if self.targets else "")
        self.canvas.draw_idle()

    def bars(self) -> list:
        """The clickable bars drawn now (their artists)."""
        return list(self.targets)

    def _on_pick(self, event) -> None:
        target = self.targets.get(event.artist)
        if target is not None:
            self._picked = target  # bars are offered in drawing order: the one on top comes last

    def _on_press(self, _event) -> None:
        target, self._picked = self._picked, None
        if target is not None:
            self.picked.emit(target)

    def _on_motion(self, event) -> None:
        over = any(bar.contains(event)[0] for bar in self.targets)
        self.canvas.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)


def on_screen(dash: Dashboard) -> Dashboard:
    """``dash`` with the labels the services write in English (loan statuses, "No Member State",
    "No batch", why there is no results series) in the interface language; the bars' Chinese
    names stay.  The PNG files and the summary PDF keep the English / bilingual ``dash``."""

    def bars(items):
        return tuple(replace(b, label=tr_label(b.label)) if b.key is None else b for b in items)

    return replace(
        dash, by_member_state=bars(dash.by_member_state), by_batch=bars(dash.by_batch),
        loans_by_status=tuple(replace(b, label=tr_label(b.label)) for b in dash.loans_by_status),
        results_note=tr_label(dash.results_note))
