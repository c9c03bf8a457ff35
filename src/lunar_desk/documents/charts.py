"""The Dashboard's charts, drawn with matplotlib for the Dashboard tab, its
"Save chart as PNG…" and the one-page summary PDF (same code, same look).

Qt-free: figures are :class:`matplotlib.figure.Figure` objects on the Agg
canvas, never pyplot, so no global figure state.  The Dashboard tab puts
the same drawing on a Qt canvas.  Importing this module imports matplotlib
(~0.3 s), so the UI imports it only when the Dashboard is first shown.

Fonts: the bundled fonts (:data:`lunar_desk.documents.fonts.FONT_FILES`) are
registered with matplotlib's font manager and every text asks for the
family list :data:`FAMILY`; matplotlib falls back glyph by glyph along it,
so Latin with diacritics and Mongolian Cyrillic (Noto Sans), Chinese (Droid
Sans Fallback), Thai and Persian/Urdu (Noto Naskh Arabic) all show, never
boxes.  matplotlib 3.11 lays text out with libraqm (HarfBuzz + FriBiDi), so
Thai marks are placed and Arabic script is joined and right to left
(checked on rendered PNGs); older matplotlib draws Arabic letters unjoined,
left to right, hence ``matplotlib>=3.11``.  Bars are labelled with the
English name and the Chinese one (the Member State table holds both).

Each ``draw_*`` function clears a figure, draws into it and returns the
click targets: ``{artist: Target}``; a target names the tab to open and the
filter to apply (``Target("applications", {"member_state_id": id})``).
"""

from __future__ import annotations

import io
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from matplotlib import font_manager
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from lunar_desk.documents.fonts import FONT_FILES, fonts_dir
from lunar_desk.errors import UserError
from lunar_desk.services.dashboard import (
    Dashboard,
    MassBar,
    OverduePoint,
    QuarterCount,
    StatusBar,
)
from lunar_desk.services.mass import MassUnit, mass_in_unit
from lunar_desk.messages import Msg

FAMILY = ["Noto Sans", "Droid Sans Fallback", "Noto Sans Thai", "Noto Naskh Arabic"]
REQUESTED, APPROVED, LOANS, OVERDUE, RESULTS = "#a9bfd8", "#1f5f99", "#4f7fb0", "#c0392b", "#2e8b57"
TEXT, MUTED, GRID = "#1a1a1a", "#777777", "#e3e3e3"

#: chart name → (English title, Chinese title), in the order the Dashboard shows them
TITLES: dict[str, tuple[str, str]] = {
    "mass_by_member_state": ("Requested vs approved mass by Member State", "各成员国申请与批准样品质量"),
    "mass_by_batch": ("Requested vs approved mass by release batch", "各批次申请与批准样品质量"),
    "loans_by_status": ("Loans by status today", "借用状态（今日）"),
    "overdue": ("Overdue loans at each month end", "每月末逾期借用"),
    "results": ("Result reports reported to CLEP per quarter", "每季度向探月中心报告的成果"),
}
CHARTS = tuple(TITLES)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")  # not the C locale's


@dataclass(frozen=True)
class Target:
    """Where a click on a bar leads: a tab and the filter to apply there."""

    tab: str  # "applications", "loans"
    criteria: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)


_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Add the bundled fonts to matplotlib's font manager (idempotent, thread-safe)."""
    global _registered
    if _registered:
        return
    with _lock:
        if not _registered:
            for filename in FONT_FILES.values():
                font_manager.fontManager.addfont(str(fonts_dir() / filename))
            _registered = True


def _font(size: float = 8, weight: str = "normal") -> dict:
    return {"fontfamily": FAMILY, "fontsize": size, "fontweight": weight}


def new_figure(width_in: float = 6.0, height_in: float = 3.6, dpi: float = 100) -> Figure:
    """An empty figure on the Agg canvas with constrained layout."""
    register_fonts()
    fig = Figure(figsize=(width_in, height_in), dpi=dpi, layout="constrained", facecolor="white")
    FigureCanvasAgg(fig)
    return fig


def png_bytes(fig: Figure, dpi: float = 200) -> bytes:
    """The figure as an opaque RGB PNG (no alpha channel: half the size in a PDF, no soft mask)."""
    from PIL import Image  # a dependency of matplotlib

    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, facecolor="white")
    out = io.BytesIO()
    Image.open(io.BytesIO(buf.getvalue())).convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


def save_png(name: str, dash: Dashboard, path: Path, *, width_in: float = 8.0, height_in: float = 4.8,
             dpi: float = 200) -> Path:
    """Write chart ``name`` of ``dash`` as a PNG (8 × 4.8 in at 200 dpi: 1600 × 960 pixels)."""
    data = png_bytes(figure(name, dash, width_in=width_in, height_in=height_in), dpi=dpi)
    path = Path(path)
    try:
        path.write_bytes(data)
    except OSError as exc:
        raise UserError(Msg(
            "The chart could not be written to {path}: {value}. Choose another folder or file name.",
            path=path, value=exc.strerror or exc)) from None
    return path


# --- common pieces -------------------------------------------------------------------------------------


def _axes(fig: Figure, name: str, titled: bool):
    fig.clear()
    ax = fig.add_subplot()
    if titled:  # the PDF sets its own (extractable) headings instead
        en, zh = TITLES[name]
        # one weight: the Chinese font has no bold cut (matplotlib would warn and fall back anyway)
        ax.set_title(f"{en}\n{zh}", loc="left", color=TEXT, **_font(9))
    ax.tick_params(labelsize=7.5, labelfontfamily=FAMILY, colors=TEXT, length=2)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    for side in ("left", "bottom"):
        ax.spines[side].set_color("#999999")
    ax.set_axisbelow(True)
    return ax


def _no_data(ax, text: str) -> dict:
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_visible(False)
    ax.text(0.5, 0.5, text, transform=ax.transAxes, ha="center", va="center", color=MUTED, wrap=True, **_font(9))
    return {}


def _legend(ax) -> None:
    """The legend under the chart, outside the bars (constrained layout makes room)."""
    handles, labels = ax.get_legend_handles_labels()
    # inches at 7.5 pt: ~0.055 per character (Chinese ones twice that) and ~0.45 per key and gap
    need = sum(0.055 * (len(t) + sum(ord(c) > 0x2E80 for c in t)) + 0.45 for t in labels)
    ax.figure.legend(handles, labels, loc="outside lower center", frameon=False,
                     ncols=len(labels) if need <= ax.figure.get_figwidth() * 0.95 else 1,
                     prop={"family": FAMILY, "size": 7.5})


def _mass_unit(bars: tuple[MassBar, ...]) -> MassUnit:
    top = max((max(b.requested_ug, b.approved_ug) for b in bars), default=0)
    return MassUnit.G if top >= 1_000_000 else MassUnit.MG


def _short(value: float) -> str:
    """A bar's value to about three significant digits ("585", "12.3", "1.23"): the axis gives the unit."""
    text = f"{value:.0f}" if value >= 100 else f"{value:.1f}" if value >= 10 else f"{value:.2f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _mass_labels(container, values_ug: list[int], unit: MassUnit, ax) -> None:
    labels = [_short(float(mass_in_unit(v, unit))) if v else "" for v in values_ug]
    ax.bar_label(container, labels=labels, padding=2, color=TEXT, **_font(6.5))


def _room(fig: Figure, count: int, *, across: bool, inches: float) -> bool:
    """True when ``count`` bars (or groups) get at least ``inches`` each along the figure's width or height."""
    length = fig.get_figwidth() * 0.8 if across else fig.get_figheight() * 0.65
    return length / max(count, 1) >= inches


def _integer_axis(axis) -> None:
    from matplotlib.ticker import MaxNLocator

    axis.set_major_locator(MaxNLocator(integer=True, min_n_ticks=1))


# --- the charts ------------------------------------------------------------------------------------------


def draw_mass_by_member_state(fig: Figure, bars: tuple[MassBar, ...], titled: bool = True) -> dict:
    """Horizontal pairs of bars (requested, approved) per Member State; a click opens its applications."""
    ax = _axes(fig, "mass_by_member_state", titled)
    if not bars:
        return _no_data(ax, "No application was forwarded to CLEP in this period.\n本期无转交申请。")
    unit = _mass_unit(bars)
    rows = list(reversed(bars))  # first (alphabetically) at the top
    y = list(range(len(rows)))
    h = 0.38
    req = ax.barh([i + h / 2 for i in y], [float(mass_in_unit(b.requested_ug, unit)) for b in rows], h,
                  color=REQUESTED, label="Requested 申请")
    appr = ax.barh([i - h / 2 for i in y], [float(mass_in_unit(b.approved_ug, unit)) for b in rows], h,
                   color=APPROVED, label="Approved 批准")
    if _room(fig, len(rows), across=False, inches=0.26):  # else the value labels would overlap
        _mass_labels(req, [b.requested_ug for b in rows], unit, ax)
        _mass_labels(appr, [b.approved_ug for b in rows], unit, ax)
    ax.set_yticks(y, [f"{b.label} {b.label_zh}".strip() for b in rows])
    ax.set_xlabel(unit.value, color=MUTED, **_font(7.5))
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.margins(x=0.15)
    _legend(ax)
    targets = {}
    for container in (req, appr):
        for patch, b in zip(container.patches, rows, strict=True):
            patch.set_picker(True)
            targets[patch] = Target("applications", {"member_state_id": b.key})
    return targets


def draw_mass_by_batch(fig: Figure, bars: tuple[MassBar, ...], titled: bool = True) -> dict:
    """Pairs of columns (requested, approved) per release batch; a click opens the batch's applications."""
    ax = _axes(fig, "mass_by_batch", titled)
    if not bars:
        return _no_data(ax, "No application was forwarded to CLEP in this period.\n本期无转交申请。")
    unit = _mass_unit(bars)
    x = list(range(len(bars)))
    w = 0.38
    req = ax.bar([i - w / 2 for i in x], [float(mass_in_unit(b.requested_ug, unit)) for b in bars], w,
                 color=REQUESTED, label="Requested 申请")
    appr = ax.bar([i + w / 2 for i in x], [float(mass_in_unit(b.approved_ug, unit)) for b in bars], w,
                  color=APPROVED, label="Approved 批准")
    if _room(fig, len(bars), across=True, inches=0.5):
        _mass_labels(req, [b.requested_ug for b in bars], unit, ax)
        _mass_labels(appr, [b.approved_ug for b in bars], unit, ax)
    if _room(fig, len(bars), across=True, inches=0.6):
        ax.set_xticks(x, [f"{b.label}\n{b.label_zh}".strip() for b in bars])
    else:  # narrow: the batch numbers only, named once under the axis
        ax.set_xticks(x, [b.label.removeprefix("Batch ") if b.key else "—" for b in bars])
        ax.set_xlabel("Release batch 批次", color=MUTED, **_font(7.5))
    ax.set_ylabel(unit.value, color=MUTED, **_font(7.5))
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.margins(y=0.15)
    _legend(ax)
    targets = {}
    for container in (req, appr):
        for patch, b in zip(container.patches, bars, strict=True):
            patch.set_picker(True)
            targets[patch] = Target("applications", {"batch_id": b.key})
    return targets


def draw_loans_by_status(fig: Figure, bars: tuple[StatusBar, ...], titled: bool = True) -> dict:
    """One bar per loan status, the overdue part in red; a click opens the Loans tab on that status."""
    ax = _axes(fig, "loans_by_status", titled)
    if not any(b.count for b in bars):
        return _no_data(ax, "No loans yet.\n暂无借用。")
    rows = list(reversed(bars))
    y = list(range(len(rows)))
    total = ax.barh(y, [b.count for b in rows], 0.6, color=LOANS, label="Loans 借用")
    late = ax.barh(y, [b.overdue for b in rows], 0.6, color=OVERDUE, label="of which overdue 其中逾期")
    ax.bar_label(total, labels=[str(b.count) for b in rows], padding=2, color=TEXT, **_font(7))
    ax.set_yticks(y, [b.label for b in rows])
    _integer_axis(ax.xaxis)
    ax.grid(axis="x", color=GRID, linewidth=0.6)
    ax.margins(x=0.12)
    _legend(ax)
    targets = {}
    for patch, b in zip(total.patches, rows, strict=True):
        patch.set_picker(True)
        targets[patch] = Target("loans", {"status": b.status})
    for patch, b in zip(late.patches, rows, strict=True):
        patch.set_picker(True)
        targets[patch] = Target("loans", {"status": b.status, "overdue_only": True})
    return targets


def draw_overdue(fig: Figure, points: tuple[OverduePoint, ...], today=None, titled: bool = True,
                 month_names: tuple[str, ...] = MONTHS) -> dict:
    """Loans overdue at each month end (columns) and their outstanding items (line); a click on
    the current month opens the Loans tab on the loans overdue today.  ``month_names``: the
    interface's short month names on screen (the PDF keeps :data:`MONTHS`)."""
    ax = _axes(fig, "overdue", titled)
    if not points:
        return _no_data(ax, "No loans were collected in this period.\n本期无已领取的借用。")
    x = list(range(len(points)))
    cols = ax.bar(x, [p.loans for p in points], 0.65, color=OVERDUE, label="Loans overdue 逾期借用")
    ax.plot(x, [p.items for p in points], color=TEXT, linewidth=1, marker="o", markersize=2.5,
            label="Items outstanding 未归还样品")
    most = max(4, int(fig.get_figwidth() * 2))  # month labels that fit side by side
    shown = x[::max(1, -(-len(points) // most))]
    labels, year = [], None
    for i in shown:  # the year under the first month shown and wherever it changes
        month = points[i].month
        name = month_names[month.month - 1]
        labels.append(f"{name}\n{month.year}" if month.year != year else name)
        year = month.year
    ax.set_xticks(shown, labels)
    _integer_axis(ax.yaxis)
    ax.set_ylim(bottom=0, top=max(1, *(max(p.loans, p.items) for p in points)) * 1.2)
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    _legend(ax)
    targets = {}
    last = points[-1]
    if today is None or last.as_of == today:
        patch = cols.patches[-1]
        patch.set_picker(True)
        targets[patch] = Target("loans", {"overdue_only": True})
    return targets


def draw_results(fig: Figure, quarters: tuple[QuarterCount, ...], note: str = "", titled: bool = True) -> dict:
    """Result reports per quarter (no click-through: there is no results list to open)."""
    ax = _axes(fig, "results", titled)
    if not any(q.count for q in quarters):
        return _no_data(ax, (note or "No data.") + "\n暂无成果报告。")
    x = list(range(len(quarters)))
    cols = ax.bar(x, [q.count for q in quarters], 0.6, color=RESULTS)
    ax.bar_label(cols, labels=[str(q.count) if q.count else "" for q in quarters], padding=2, color=TEXT, **_font(7))
    step = max(1, -(-len(quarters) // max(4, int(fig.get_figwidth() * 2))))
    ax.set_xticks(x[::step], [q.label.replace(" ", "\n") for q in quarters][::step])
    _integer_axis(ax.yaxis)
    ax.grid(axis="y", color=GRID, linewidth=0.6)
    ax.margins(y=0.15)
    return {}


def draw(name: str, fig: Figure, dash: Dashboard, *, titled: bool = True, month_names: tuple[str, ...] = MONTHS) -> dict:
    """Draw chart ``name`` (one of :data:`CHARTS`) of ``dash`` into ``fig``; returns its click targets."""
    if name == "mass_by_member_state":
        return draw_mass_by_member_state(fig, dash.by_member_state, titled)
    if name == "mass_by_batch":
        return draw_mass_by_batch(fig, dash.by_batch, titled)
    if name == "loans_by_status":
        return draw_loans_by_status(fig, dash.loans_by_status, titled)
    if name == "overdue":
        return draw_overdue(fig, dash.overdue, dash.today, titled, month_names)
    if name == "results":
        return draw_results(fig, dash.results, dash.results_note, titled)
    raise KeyError(name)


def figure(name: str, dash: Dashboard, *, width_in: float = 6.0, height_in: float = 3.6, titled: bool = True) -> Figure:
    """A new Agg figure with chart ``name`` drawn (for PNG files and the PDF; ``titled=False``
    leaves the title to the page)."""
    fig = new_figure(width_in, height_in)
    draw(name, fig, dash, titled=titled)
    return fig
