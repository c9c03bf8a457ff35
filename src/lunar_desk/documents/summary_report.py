"""The one-page summary for CLEP / 月球样品项目工作摘要 (A4 portrait).

The Dashboard's five charts (drawn by :mod:`.charts`, the same code as the
Dashboard tab, embedded as 200-dpi PNG images at the size they were drawn
for, so their 7–9 pt text prints at that size) in a grid of two columns,
each under a bilingual heading set as PDF text, and a table of key figures
with the period.  Rendered from a :class:`~lunar_desk.services.dashboard.Dashboard`
only (plain data), so it can be written off the GUI thread.
"""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Image, KeepInFrame, Paragraph, Spacer, Table

from lunar_desk.documents import charts
from lunar_desk.documents.fonts import markup
from lunar_desk.documents.styles import (
    CONTENT_WIDTH,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    PAGE_SIZE,
    PLAIN_TABLE,
    RULE,
    SHADE,
    PageText,
    build_pdf,
    grid_table,
    style_variant,
    styles,
)
from lunar_desk.errors import UserError
from lunar_desk.filenames import safe_file_name
from lunar_desk.services.dashboard import Dashboard
from lunar_desk.services.mass import MassUnit, format_mass
from lunar_desk.messages import Msg

TITLE = ("Lunar sample programme: summary for CLEP", "月球样品项目工作摘要")
ISSUER = ("APSCO Secretariat", "亚太空间合作组织秘书处")
GAP = 6 * mm
CELL_WIDTH = (CONTENT_WIDTH - GAP) / 2
CHART_HEIGHT = 58 * mm
DPI = 200


def summary_filename(dash: Dashboard) -> str:
    return safe_file_name(f"lunar-samples-summary-{dash.today.isoformat()}.pdf")


def _mass(ug: int) -> str:
    return format_mass(ug, MassUnit.G if ug >= 1_000_000 else MassUnit.MG)


def key_figures(dash: Dashboard) -> list[tuple[str, str, str]]:
    """(English label, Chinese label, value) rows of the key-figures table."""
    f = dash.figures
    share = f" ({f.approved_ug * 100 // f.requested_ug} %)" if f.requested_ug else ""
    return [
        ("Period", "统计期间", dash.period.label),
        ("Applications forwarded to CLEP", "转交探月中心的申请", str(f.applications)),
        ("Mass requested", "申请质量", _mass(f.requested_ug)),
        ("Mass approved", "批准质量", _mass(f.approved_ug) + share),
        ("Loans (all)", "借用（全部）", str(f.loans)),
        ("Samples with borrowers", "样品借出中的借用", str(f.loans_held)),
        ("Loans overdue today", "今日逾期借用", str(f.loans_overdue)),
        ("Mass outstanding with borrowers", "借出未归还质量", _mass(f.outstanding_ug)),
        ("Result reports reported in the period", "本期报告的成果", str(f.results_reported)),
    ]


def _heading(name: str) -> Paragraph:
    en, zh = charts.TITLES[name]
    return Paragraph(markup(f"{en}\n{zh}", bold=True), styles().cell_head)


def _chart(name: str, dash: Dashboard) -> list:
    fig = charts.figure(name, dash, width_in=CELL_WIDTH / 72, height_in=CHART_HEIGHT / 72, titled=False)
    png = io.BytesIO(charts.png_bytes(fig, dpi=DPI))
    return [_heading(name), Spacer(1, 1 * mm), Image(png, width=CELL_WIDTH, height=CHART_HEIGHT)]


def _figures_table(dash: Dashboard) -> list:
    s = styles()
    label = style_variant(s.cell, "figures", fontSize=7.5, leading=9.5)
    value = style_variant(s.cell_right, "figures", fontSize=7.5, leading=9.5)
    rows = [[Paragraph(markup(f"{en}\n{zh}"), label), Paragraph(markup(v), value)] for en, zh, v in key_figures(dash)]
    table = grid_table(rows, [CELL_WIDTH * 0.6, CELL_WIDTH * 0.4], header_rows=0,
                       extra=[("BACKGROUND", (0, 0), (0, -1), SHADE), ("VALIGN", (0, 0), (-1, -1), "MIDDLE")])
    return [Paragraph(markup("Key figures\n主要数据", bold=True), s.cell_head), Spacer(1, 1 * mm), table]


def build_story(dash: Dashboard) -> list:
    s = styles()
    title = Paragraph(markup(f"{TITLE[0]} / {TITLE[1]}", bold=True), s.title)
    period = Paragraph(
        markup(f"Period / 统计期间: {dash.period.label} · loans as of / 借用数据截至 {dash.today.isoformat()}"),
        style_variant(s.annex, "summary"),
    )
    cells = [_chart(name, dash) for name in charts.CHARTS] + [_figures_table(dash)]
    grid = Table([cells[i:i + 2] for i in range(0, len(cells), 2)], colWidths=[CELL_WIDTH + GAP, CELL_WIDTH],
                 hAlign="LEFT")
    grid.setStyle([*PLAIN_TABLE, ("BOTTOMPADDING", (0, 0), (-1, -1), 4 * mm),
                   ("LINEBELOW", (0, 0), (-1, -2), 0.3, RULE)])
    body = [title, Spacer(1, 1 * mm), period, Spacer(1, 4 * mm), grid]
    height = PAGE_SIZE[1] - MARGIN_TOP - MARGIN_BOTTOM
    return [KeepInFrame(CONTENT_WIDTH, height, body, mode="shrink")]  # always one page


def _decorator(officer: str, generated_on: date):
    s = styles()
    who = f" · {officer}" if officer else ""
    left = PageText(f"{ISSUER[0]} / {ISSUER[1]}", s.small, CONTENT_WIDTH * 0.5)
    right = PageText(f"Generated / 生成于 {generated_on.isoformat()}{who} · Lunar Desk", s.small_right, CONTENT_WIDTH * 0.6)
    bottom = MARGIN_BOTTOM - 6 * mm

    def decorate(canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, bottom + 4 * mm, MARGIN_X + CONTENT_WIDTH, bottom + 4 * mm)
        left.draw(canvas, MARGIN_X, bottom + 3 * mm)
        right.draw(canvas, MARGIN_X + CONTENT_WIDTH * 0.4, bottom + 3 * mm)
        canvas.restoreState()

    return decorate


def render_summary(dash: Dashboard, out: Path, *, officer: str = "", generated_on: date | None = None) -> Path:
    """Write the one-page summary PDF of ``dash`` to ``out``."""
    try:
        return build_pdf(
            Path(out),
            build_story(dash),
            title=f"{TITLE[0]} / {TITLE[1]} ({dash.period.label})",
            subject="Requested and approved lunar-sample mass, loans, overdue loans and result reports",
            author=f"{ISSUER[0]} / {ISSUER[1]}",
            decorate=_decorator(officer, generated_on or dash.today),
        )
    except OSError as exc:
        raise UserError(Msg(
            "The summary PDF could not be written to {out}: {value}. Choose another folder or file name.",
            out=out, value=exc.strerror or exc)) from None


__all__ = ["TITLE", "build_story", "key_figures", "render_summary", "summary_filename"]
