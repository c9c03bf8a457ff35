"""The Dashboard's charts drawn and rendered to images, off the GUI thread.

A worker of the Dashboard's chart pool (one thread: matplotlib objects are
used by one thread at a time) draws each chart with
:func:`lunar_desk.documents.charts.draw` into a new Agg figure sized to its
panel, renders it, and hands the GUI thread a :class:`Rendered`: the image,
ready to paint, and the pixel box of every clickable bar.  The GUI thread
never lays out or renders a chart; it paints images and hit-tests boxes.

matplotlib is imported by :func:`render` (in a worker), not by importing this module.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QImage

if TYPE_CHECKING:
    from lunar_desk.documents.charts import Target
    from lunar_desk.services.dashboard import Dashboard

#: smallest figure drawn (logical pixels); a smaller panel shows it scaled down
MIN_WIDTH, MIN_HEIGHT = 240, 160


@dataclass(frozen=True)
class Request:
    """One chart to render, made on the GUI thread: its panel's size in logical pixels and
    the screen's device pixel ratio, and the panel's ticket (a newer ticket supersedes)."""

    name: str
    width: int
    height: int
    ratio: float
    ticket: int

    @property
    def size(self) -> tuple[int, int, float]:
        return self.width, self.height, self.ratio


@dataclass(frozen=True, eq=False)
class Rendered:
    """Chart ``name`` rendered for ``generation`` of the Dashboard's figures at ``size``.

    ``image``: premultiplied ARGB, its device pixel ratio set; ``boxes``: ``(artist, (x0, y0,
    x1, y1), target)`` per clickable bar in drawing order (the one on top last), in image
    pixels with the origin at the bottom left (matplotlib's display coordinates);
    ``figure``: the matplotlib figure, no longer used by any worker.
    """

    name: str
    ticket: int
    generation: int
    size: tuple[int, int, float]
    image: QImage
    boxes: tuple[tuple[Any, tuple[float, float, float, float], Target], ...]
    targets: dict
    figure: Any


def render(request: Request, dash: Dashboard, month_names: tuple[str, ...], generation: int) -> Rendered:
    """Draw and render one chart (worker thread)."""
    from lunar_desk.documents import charts

    ratio = request.ratio
    fig = charts.new_figure(max(request.width, MIN_WIDTH) / 100, max(request.height, MIN_HEIGHT) / 100,
                            dpi=100 * ratio)
    targets = charts.draw(request.name, fig, dash, month_names=month_names)
    canvas = fig.canvas  # the Agg canvas of charts.new_figure
    canvas.draw()
    renderer = canvas.get_renderer()
    width, height = int(renderer.width), int(renderer.height)
    rgba = QImage(bytes(canvas.buffer_rgba()), width, height, width * 4, QImage.Format.Format_RGBA8888)
    image = rgba.convertToFormat(QImage.Format.Format_ARGB32_Premultiplied)  # a copy, in the format painted fastest
    image.setDevicePixelRatio(ratio)
    boxes = []
    for artist, target in targets.items():
        x0, y0, x1, y1 = artist.get_window_extent(renderer).extents
        if x1 - x0 >= 0.5 and y1 - y0 >= 0.5:  # an empty bar (no overdue loan) takes no click
            boxes.append((artist, (float(x0), float(y0), float(x1), float(y1)), target))
    return Rendered(request.name, request.ticket, generation, request.size, image, tuple(boxes), targets, fig)


def render_all(requests: list[Request], dash: Dashboard, month_names: tuple[str, ...], generation: int,
               current: Callable[[], bool] = lambda: True) -> list[Rendered]:
    """Render every request, stopping early (with what is done) once ``current()`` says a newer
    refresh has superseded this one.  ``dash`` is the on-screen one (labels translated)."""
    done = []
    for request in requests:
        if not current():
            break
        done.append(render(request, dash, month_names, generation))
    return done
