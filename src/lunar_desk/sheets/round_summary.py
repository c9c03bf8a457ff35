"""The summary of a review round as an Excel workbook (for the committee, CLEP and officers).

Three sheets:

* **Round** — the cover: name, batch, meeting dates, status, the criteria
  with their weights, and the round's totals;
* **Applications** — one row per application, ordered by rank (unranked
  last): reviewers, scores entered / expected, weighted mean, spread, rank,
  recommendation, outcome, requested and approved mass;
* **By Member State** — applications, requested and approved mass and the
  approved share per Member State, with a totals row of formulas (``SUM``).

As in :mod:`.application_list`: row 1 holds the English headers, row 2 the
Chinese ones, both frozen, with the autofilter on row 2 (the totals row stays
outside it, so sorting never moves it); cells are typed — counts are integers,
scores numbers with two decimals, masses numbers in mg to the microgram,
dates dates.  The file is written atomically.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lunar_desk.filenames import replace_file
from lunar_desk.services.review_view import RoundApplicationSummary, RoundSummaryView
from lunar_desk.sheets.application_list import (
    COUNT_FORMAT,
    DATE_FORMAT,
    HEADER_ROWS,
    MASS_FORMAT,
    Column,
    _display_width,
    _mg,
    _write_sheet,
)

ROUND_SHEET = "Round"
APPLICATIONS_SHEET = "Applications"
STATES_SHEET = "By Member State"
SCORE_FORMAT = "0.00"
WEIGHT_FORMAT = "0.00"
SHARE_FORMAT = "0.0%"

APPLICATION_COLUMNS = (
    Column("Reference", "编号"),
    Column("Title", "题目", max_width=60),
    Column("Member State", "成员国"),
    Column("Institution", "申请单位", max_width=45),
    Column("Principal investigator", "项目负责人", max_width=40),
    Column("Reviewers assigned", "评审专家数", COUNT_FORMAT),
    Column("Scores entered", "已录入评分", COUNT_FORMAT),
    Column("Scores expected", "应录入评分", COUNT_FORMAT),
    Column("Weighted mean", "加权平均分", SCORE_FORMAT),
    Column("Spread", "分差", SCORE_FORMAT),
    Column("Rank", "排名", COUNT_FORMAT),
    Column("Recommendation", "建议"),
    Column("Outcome", "评审结果"),
    Column("Requested (mg)", "申请质量（毫克）", MASS_FORMAT),
    Column("Approved (mg)", "批准质量（毫克）", MASS_FORMAT),
)

STATE_COLUMNS = (
    Column("Member State", "成员国"),
    Column("Applications", "申请数", COUNT_FORMAT),
    Column("Requested (mg)", "申请质量（毫克）", MASS_FORMAT),
    Column("Approved (mg)", "批准质量（毫克）", MASS_FORMAT),
    Column("Approved share", "批准比例", SHARE_FORMAT),
)

TOTAL_LABEL = "Total / 合计"


def _rank_key(a: RoundApplicationSummary) -> tuple:
    return (a.rank is None, a.rank if a.rank is not None else 0, a.reference)


def ordered(applications: Sequence[RoundApplicationSummary]) -> list[RoundApplicationSummary]:
    """The applications by rank (ties and unranked ones by reference, unranked last)."""
    return sorted(applications, key=_rank_key)


def _number(value: float | None) -> float | None:
    """A score as stored (shown with two decimals by the column's format, so sums and sorts stay exact)."""
    return None if value is None else float(value)


def _approved_mg(a: RoundApplicationSummary) -> float | None:
    """Approved mass in mg; blank while the application is undecided."""
    if not a.outcome and not a.approved_ug:
        return None
    return _mg(a.approved_ug)


def application_rows(view: RoundSummaryView) -> list[list[Any]]:
    return [
        [
            a.reference,
            a.title,
            a.member_state,
            a.institution,
            a.pi_name,
            a.reviewers_assigned,
            a.scores_entered,
            a.scores_expected,
            _number(a.weighted_mean),
            _number(a.spread),
            a.rank,
            a.recommendation or None,
            a.outcome or None,
            _mg(a.requested_ug),
            _approved_mg(a),
        ]
        for a in ordered(view.applications)
    ]


def state_rows(view: RoundSummaryView) -> list[list[Any]]:
    """Member State, applications, requested mg, approved mg, approved share (0–1 or None), by Member State."""
    count: dict[str, int] = defaultdict(int)
    requested: dict[str, int] = defaultdict(int)
    approved: dict[str, int] = defaultdict(int)
    for a in view.applications:
        state = a.member_state or "—"
        count[state] += 1
        requested[state] += a.requested_ug
        approved[state] += a.approved_ug
    return [
        [state, count[state], _mg(requested[state]), _mg(approved[state]),
         approved[state] / requested[state] if requested[state] else None]
        for state in sorted(count, key=str.casefold)
    ]


def _header_style():
    from openpyxl.styles import Font, PatternFill

    return Font(bold=True), PatternFill("solid", fgColor="D5DEE9")


def _write_cover(ws, view: RoundSummaryView) -> None:
    from openpyxl.styles import Alignment, Font

    bold, fill = _header_style()
    ws.append(["Review round summary", "评审轮次汇总"])
    ws["A1"].font = ws["B1"].font = Font(bold=True, size=14)
    ws.append([])
    facts: list[tuple[str, Any, str | None]] = [
        ("Round / 评审轮次", view.name, None),
        ("Batch / 批次", view.batch_number, COUNT_FORMAT),
        ("Status / 状态", view.status, None),
        ("Meeting start / 会议开始日期", view.meeting_start, DATE_FORMAT),
        ("Meeting end / 会议结束日期", view.meeting_end, DATE_FORMAT),
    ]
    for label, value, fmt in facts:
        ws.append([label, value])
        ws.cell(row=ws.max_row, column=1).font = bold
        if fmt and value is not None:
            ws.cell(row=ws.max_row, column=2).number_format = fmt

    ws.append([])
    ws.append(["Criterion / 评审标准", "Weight / 权重", "Share of weight / 权重占比"])
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = bold, fill
    first = ws.max_row + 1
    for name, weight in view.criteria:
        ws.append([name, float(weight)])
        ws.cell(row=ws.max_row, column=2).number_format = WEIGHT_FORMAT
    last = ws.max_row
    if view.criteria:
        total_row = last + 1
        for r in range(first, last + 1):
            ws.cell(row=r, column=3, value=f"=IF($B${total_row}=0,\"\",B{r}/$B${total_row})")
            ws.cell(row=r, column=3).number_format = SHARE_FORMAT
        ws.append([TOTAL_LABEL, f"=SUM(B{first}:B{last})"])
        ws.cell(row=total_row, column=1).font = bold
        ws.cell(row=total_row, column=2).font = bold
        ws.cell(row=total_row, column=2).number_format = WEIGHT_FORMAT
    else:
        ws.append(["No criteria / 未设评审标准"])

    apps = view.applications
    requested = sum(a.requested_ug for a in apps)
    approved = sum(a.approved_ug for a in apps)
    totals: list[tuple[str, Any, str]] = [
        ("Applications / 申请数", len(apps), COUNT_FORMAT),
        ("Fully scored / 评分已完成", sum(1 for a in apps if a.scores_expected and a.scores_entered >= a.scores_expected),
         COUNT_FORMAT),
        ("Decided / 已决定", sum(1 for a in apps if a.outcome), COUNT_FORMAT),
        ("Requested (mg) / 申请质量（毫克）", _mg(requested), MASS_FORMAT),
        ("Approved (mg) / 批准质量（毫克）", _mg(approved), MASS_FORMAT),
        ("Approved share / 批准比例", approved / requested if requested else None, SHARE_FORMAT),
    ]
    ws.append([])
    ws.append(["Totals / 合计"])
    ws.cell(row=ws.max_row, column=1).font, ws.cell(row=ws.max_row, column=1).fill = bold, fill
    for label, value, fmt in totals:
        ws.append([label, value])
        ws.cell(row=ws.max_row, column=1).font = bold
        ws.cell(row=ws.max_row, column=2).number_format = fmt
    for row in ws.iter_rows():
        for cell in row:
            cell.alignment = Alignment(vertical="top", horizontal="left" if cell.column == 1 else None)
    widths = {1: 12, 2: 12, 3: 12}
    for row in ws.iter_rows(min_row=3):
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith("="):
                continue
            widths[cell.column] = max(widths[cell.column], _display_width(cell.value))
    for col, letter in ((1, "A"), (2, "B"), (3, "C")):
        ws.column_dimensions[letter].width = min(widths[col] + 2, 60)


def _write_states(ws, view: RoundSummaryView) -> None:
    from openpyxl.styles import Border, Font, Side

    rows = state_rows(view)
    _write_sheet(ws, STATE_COLUMNS, rows)
    first = HEADER_ROWS + 1
    last = HEADER_ROWS + len(rows)
    total = last + 1
    if rows:
        ws.append([TOTAL_LABEL, f"=SUM(B{first}:B{last})", f"=SUM(C{first}:C{last})", f"=SUM(D{first}:D{last})",
                   f'=IF(C{total}=0,"",D{total}/C{total})'])
    else:  # no range to sum: a SUM over the totals row itself would be circular
        ws.append([TOTAL_LABEL, 0, 0, 0, None])
    formats = (None, COUNT_FORMAT, MASS_FORMAT, MASS_FORMAT, SHARE_FORMAT)
    top = Border(top=Side(style="thin", color="808080"))
    for cell, fmt in zip(ws[total], formats, strict=True):
        cell.font = Font(bold=True)
        cell.border = top
        if fmt:
            cell.number_format = fmt
    # the autofilter covers the Member States only: sorting must not move the totals row
    ws.auto_filter.ref = f"A{HEADER_ROWS}:E{max(last, HEADER_ROWS + 1)}"


def write_round_summary(view: RoundSummaryView, out: Path) -> Path:
    """Write the three-sheet summary of the round ``view`` to ``out`` (.xlsx, atomically); returns ``out``."""
    from openpyxl import Workbook

    out = Path(out)
    wb = Workbook()
    cover = wb.active
    cover.title = ROUND_SHEET
    _write_cover(cover, view)
    apps = wb.create_sheet(APPLICATIONS_SHEET)
    _write_sheet(apps, APPLICATION_COLUMNS, application_rows(view))
    apps.freeze_panes = f"B{HEADER_ROWS + 1}"  # the reference stays in view when scrolling right
    _write_states(wb.create_sheet(STATES_SHEET), view)
    wb.properties.creator = "Lunar Desk (APSCO Secretariat)"
    batch = f", batch {view.batch_number}" if view.batch_number is not None else ""
    wb.properties.title = f"Review round summary: {view.name}{batch}"
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(f".{out.name}.part")
    try:
        wb.save(tmp)
        replace_file(tmp, out)  # Windows: refused while the file is open in a reader or Excel
    finally:
        if tmp.exists():
            tmp.unlink()
    return out
