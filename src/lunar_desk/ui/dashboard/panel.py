"""One chart of the Dashboard: the image a worker rendered (:mod:`.render`), painted, with
its clickable bars and its "Save chart as PNG…" button.

No matplotlib here: the GUI thread only paints an image and hit-tests the bars' pixel
boxes, so showing, refreshing or resizing a chart never holds it for a layout or a render.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from lunar_desk.ui.i18n import tr_label

if TYPE_CHECKING:
    from lunar_desk.services.dashboard import Dashboard


class ChartView(QWidget):
    """Paints a rendered chart, scaled smoothly when the widget's size has changed since; turns
    a click on a bar into :attr:`ChartPanel.picked` and shows the pointing hand over one.

    From the keyboard: Tab into the chart, the arrow keys (Home, End) choose a bar, framed, and
    Enter or Space opens its list as a click does."""

    resized = Signal()

    def __init__(self, panel: ChartPanel) -> None:
        super().__init__(panel)
        self.panel = panel
        self.current = -1  # the bar chosen from the keyboard (index into the rendered boxes)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumHeight(300)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), Qt.GlobalColor.white)
        rendered = self.panel.rendered
        if rendered is None:
            painter.setPen(QColor("#777777"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Drawing the chart…"))
            return
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRectF(self.rect()), rendered.image)
        box = self.panel.box_of(self.current) if self.hasFocus() else None
        if box is not None:
            painter.setPen(QPen(QColor("#000000"), 2, Qt.PenStyle.DashLine))
            painter.drawRect(box.adjusted(-3, -3, 3, 3))

    def keyPressEvent(self, event) -> None:
        order = self.panel.reading_order()
        count, key = len(order), event.key()
        if count and key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_Home, Qt.Key.Key_End):
            step = {Qt.Key.Key_Right: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_Left: -1, Qt.Key.Key_Up: -1}.get(key)
            if step is None:
                self.current = order[0] if key == Qt.Key.Key_Home else order[-1]
            else:
                at = order.index(self.current) if self.current in order else -1
                self.current = order[min(max(at + step, 0), count - 1)]
            self.update()
            return
        if count and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.current in order:
            self.panel.picked.emit(self.panel.rendered.boxes[self.current][2])
            return
        super().keyPressEvent(event)

    def focusInEvent(self, event) -> None:
        order = self.panel.reading_order()
        if self.current not in order and order:
            self.current = order[0]
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event) -> None:
        self.update()
        super().focusOutEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            index = self.panel.index_at(event.position())
            if index >= 0:
                self.current = index  # the keyboard goes on from the bar clicked
                self.panel.picked.emit(self.panel.rendered.boxes[index][2])
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        over = self.panel.target_at(event.position()) is not None
        self.setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.DevicePixelRatioChange:  # moved to a screen of another scale
            self.resized.emit()
        return super().event(event)


class ChartPanel(QFrame):
    """Chart ``name`` of ``charts.CHARTS``; ``picked`` carries the ``charts.Target`` of a clicked bar.

    :attr:`rendered` is the :class:`.render.Rendered` shown (``None`` until the first one
    arrives); :attr:`figure` and :attr:`targets` are its matplotlib figure and ``{bar: Target}``.
    """

    picked = Signal(object)  # charts.Target
    save_requested = Signal(str)  # chart name
    resized = Signal()  # the chart's size or pixel ratio changed: its image is to be rendered again

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.setObjectName(f"chart-{name}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.rendered = None  # render.Rendered
        self.wanted: tuple | None = None  # (generation, size) of the newest render asked for
        self.view = ChartView(self)
        self.view.resized.connect(self.resized)
        self.save_button = QPushButton(self.tr("Save chart as PNG…"))
        self.save_button.setObjectName(f"save-{name}")
        self.save_button.clicked.connect(lambda: self.save_requested.emit(self.name))
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)

    @property
    def figure(self):
        """The matplotlib figure shown now (no worker touches it any more), or ``None``."""
        return self.rendered.figure if self.rendered is not None else None

    @property
    def targets(self) -> dict:
        """``{bar artist: charts.Target}`` of the chart shown now."""
        return self.rendered.targets if self.rendered is not None else {}

    def bars(self) -> list:
        """The clickable bars drawn now (their artists)."""
        return list(self.targets)

    # --- rendering ----------------------------------------------------------------------------------

    def size_key(self) -> tuple[int, int, float]:
        """The size a render is made for: the chart's logical pixels and the screen's pixel ratio."""
        return self.view.width(), self.view.height(), self.view.devicePixelRatioF()

    def outdated(self, generation: int) -> bool:
        """True when neither the image shown nor the one asked for is of ``generation`` at today's size."""
        return self.wanted != (generation, self.size_key())

    def shows(self, generation: int) -> bool:
        """True when the image shown is of ``generation`` at the chart's present size."""
        r = self.rendered
        return r is not None and (r.generation, r.size) == (generation, self.size_key())

    def show_rendered(self, rendered) -> bool:
        """Show ``rendered`` unless a newer render of this chart is shown already."""
        if self.rendered is not None and rendered.ticket <= self.rendered.ticket:
            return False
        self.rendered = rendered
        self.view.current = min(self.view.current, len(rendered.boxes) - 1)  # a bar of the new image
        self.view.setToolTip(self.tr("Click a bar, or choose one with the arrow keys and press Enter, to open the "
                                     "matching list") if rendered.boxes else "")
        self.view.update()
        return True

    # --- bars on the widget ---------------------------------------------------------------------------

    def _scale(self) -> tuple[float, float, int]:
        image = self.rendered.image
        return image.width() / max(self.view.width(), 1), image.height() / max(self.view.height(), 1), image.height()

    def target_at(self, pos: QPointF):
        """The target of the bar under ``pos`` (view coordinates), the one drawn on top; or ``None``."""
        index = self.index_at(pos)
        return None if index < 0 else self.rendered.boxes[index][2]

    def index_at(self, pos: QPointF) -> int:
        """The index (drawing order) of the bar under ``pos``, the one drawn on top; or -1."""
        if self.rendered is None:
            return -1
        sx, sy, height = self._scale()
        x, y = pos.x() * sx, height - pos.y() * sy  # image pixels, origin bottom left
        found = -1
        for i, (_bar, (x0, y0, x1, y1), _target) in enumerate(self.rendered.boxes):
            if x0 <= x < x1 and y0 <= y < y1:
                found = i  # drawing order: the bar on top comes last
        return found

    def reading_order(self) -> list[int]:
        """The bars' indexes as the eye reads them: top to bottom when the bars lie horizontally,
        left to right when they stand (the drawing order puts overlays such as the red overdue
        parts after every plain bar)."""
        boxes = self.rendered.boxes if self.rendered is not None else ()
        if not boxes:
            return []
        lefts = [b[1][0] for b in boxes]
        bottoms = [b[1][1] for b in boxes]
        lying = max(lefts) - min(lefts) < max(bottoms) - min(bottoms)
        key = (lambda i: (-boxes[i][1][3], boxes[i][1][0])) if lying else (lambda i: (boxes[i][1][0], boxes[i][1][1]))
        return sorted(range(len(boxes)), key=key)

    def box_of(self, index: int) -> QRect | None:
        """The pixel box of bar ``index`` (drawing order) in view coordinates, or ``None``."""
        if self.rendered is None or not 0 <= index < len(self.rendered.boxes):
            return None
        sx, sy, height = self._scale()
        x0, y0, x1, y1 = self.rendered.boxes[index][1]
        return QRectF(QPointF(x0 / sx, (height - y1) / sy), QPointF(x1 / sx, (height - y0) / sy)).toRect()

    def point_of(self, bar) -> QPoint:
        """The middle of ``bar`` (an artist of :meth:`bars`) in view coordinates."""
        sx, sy, height = self._scale()
        x0, y0, x1, y1 = next(box for artist, box, _t in self.rendered.boxes if artist is bar)
        return QPoint(round((x0 + x1) / 2 / sx), round((height - (y0 + y1) / 2) / sy))


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
