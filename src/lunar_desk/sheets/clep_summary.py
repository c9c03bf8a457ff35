"""The CLEP summary workbook: the programme's state for a period, one sheet
per table, for the Secretariat to send to CLEP.

* **Cover** — period, release batch, generating officer, when it was made,
  and every table's totals as formulas into that table's sheet
  (``=SUM('Requested vs approved'!F3:F40)``, ``=COUNT(…)``, ``=COUNTIF(…)``),
  so the cover never disagrees with the tables;
* then one sheet per table, section by section (:data:`SECTIONS`).  Row 1
  holds the English column names, row 2 the Chinese ones (frozen, autofilter
  on row 2); a table with no rows says so in row 3 ("No applications in this
  period / 本期无申请"); a totals row of ``=SUM(…)`` formulas sits below the
  rows, outside the autofilter.

Masses are numbers in **milligrams** (``#,##0.000 "mg"``, every microgram
kept), dates are dates.  Which records each table covers is explained in
:mod:`lunar_desk.services.reporting`.  The workbook is streamed (openpyxl
write-only mode; the 150,000-row catalogue is measured by
``benchmarks/export.py``) and saved atomically.  The cell machinery is in
:mod:`lunar_desk.sheets.table_writer`.

Adding a section
----------------
A section is a function ``(ctx: SummaryContext) -> list[Table]`` listed in
:data:`SECTIONS` (list order = sheet order).  Put its figures in a service
function first (plain dataclasses, no openpyxl, like
:func:`lunar_desk.services.reporting.incidents`), then describe its sheet,
in its own module if it is long::

    RESULT_COLUMNS = (
        Column("reference", "Reference", "编号"),
        Column("due", "Due on", "应报日期", DATE),
        Column("reported", "Reported on", "报告日期", DATE),
        Column("late", "Days late", "逾期天数", INT, total=True),
    )

    def result_reports(ctx: SummaryContext) -> list[Table]:
        lines = results_reporting.result_reports(ctx.session, ctx.period, ctx.today)
        return [Table(
            "Result reports", "成果报告", RESULT_COLUMNS,
            [(x.reference, x.due_on, x.reported_on, x.days_late) for x in lines],
            empty="No result reports in this period / 本期无成果报告",
            cover=(Figure("Result reports due", "应报成果", "due", COUNT),
                   Figure("Reported late", "逾期报告", "late", countif(">0"))),
        )]

and add ``Section("results", result_reports)`` to :data:`SECTIONS` (before
the catalogue, which stays last).  Rows hold plain values in column order
(see :mod:`~lunar_desk.sheets.table_writer` for the kinds).  Check the new
sheet in ``tests/sheets/test_clep_summary.py`` (the helpers there read any
sheet back and evaluate its cover formulas).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from lunar_desk import __version__
from lunar_desk.db.models import ApplicationStatus
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import catalogue as catalogue_service
from lunar_desk.services import reporting
from lunar_desk.services.reporting import Period
from lunar_desk.sheets import clep_stewardship
from lunar_desk.sheets.table_writer import (
    COUNT,
    COUNT_FORMAT,
    DATE,
    DATE_FORMAT,
    DATETIME_FORMAT,
    INT,
    MASS,
    MASS_FORMAT,
    Column,
    CoverLine,
    Figure,
    Table,
    clean,
    countif,
    display_width,
    styled_cell,
    write_table,
)
from lunar_desk.messages import Msg

COVER_SHEET = "Cover"


@dataclass(frozen=True)
class SummaryContext:
    """What a section reads: one read session, the period, and the day loans are judged on."""

    session: Session
    period: Period
    today: date


@dataclass(frozen=True)
class Section:
    key: str
    build: Callable[[SummaryContext], Sequence[Table]]


@dataclass
class SummaryResult:
    path: Path
    sheets: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)  # data rows per sheet
    cover: list[CoverLine] = field(default_factory=list)


# --- the standard sections ---------------------------------------------------------------------------

STATUS_ZH = {
    ApplicationStatus.DRAFT: "草稿",
    ApplicationStatus.SUBMITTED: "已提交秘书处",
    ApplicationStatus.RETURNED: "退回修改",
    ApplicationStatus.RESUBMITTED: "已重新提交",
    ApplicationStatus.FORWARDED: "已报送探月中心",
    ApplicationStatus.UNDER_REVIEW: "专家委员会评审中",
    ApplicationStatus.APPROVED: "已批准",
    ApplicationStatus.PARTIALLY_APPROVED: "部分批准",
    ApplicationStatus.REJECTED: "未批准",
    ApplicationStatus.WITHDRAWN: "已撤回",
}

APPLICATION_COLUMNS = (
    Column("reference", "Reference", "编号"),
    Column("batch", "Batch", "批次", INT),
    Column("kind", "Kind", "类型"),
    Column("status", "Status (today)", "当前状态"),
    Column("member_state", "Member State", "成员国"),
    Column("institution", "Institution", "申请单位", max_width=45),
    Column("pi", "Principal investigator", "项目负责人", max_width=40),
    Column("title", "Title", "题目", max_width=60),
    Column("submitted", "Submitted on", "提交日期", DATE),
    Column("forwarded", "Forwarded to CLEP on", "报送日期", DATE),
    Column("closed", "Decided or withdrawn on", "决定或撤回日期", DATE),
    Column("items", "Items", "样品项数", INT, total=True),
    Column("requested", "Requested (mg)", "申请质量（毫克）", MASS, total=True),
    Column("approved", "Approved (mg)", "批准质量（毫克）", MASS, total=True),
)

GROUP_COLUMNS = (
    Column("batch", "Batch", "批次", INT),
    Column("kind", "Kind", "类型"),
    Column("status", "Status (today)", "当前状态"),
    Column("member_state", "Member State", "成员国"),
    Column("applications", "Applications", "申请数", INT, total=True),
    Column("requested", "Requested (mg)", "申请质量（毫克）", MASS, total=True),
    Column("approved", "Approved (mg)", "批准质量（毫克）", MASS, total=True),
)


def applications(ctx: SummaryContext) -> list[Table]:
    lines = reporting.applications(ctx.session, ctx.period)
    present = {a.status: a.status_label for a in lines}
    status_figures = tuple(Figure(f"of which: {present[s.value]}", f"其中：{STATUS_ZH.get(s.value, present[s.value])}",
                                  "status", countif(present[s.value]))
                           for s in ApplicationStatus if s.value in present)
    groups: dict[tuple, list[reporting.ApplicationLine]] = {}
    for a in sorted(lines, key=lambda a: (a.batch_number or 0, a.kind, _status_order(a), a.member_state.casefold())):
        groups.setdefault((a.batch_number, a.kind_label, a.status_label, a.member_state), []).append(a)
    return [
        Table(
            "Applications", "申请", APPLICATION_COLUMNS,
            [(a.reference, a.batch_number, a.kind_label, a.status_label, a.member_state, a.institution,
              a.principal_investigator, a.title, a.submitted_on, a.forwarded_on, a.closed_on, a.items,
              a.requested_ug, a.approved_ug) for a in lines],
            empty="No applications in this period / 本期无申请",
            cover=(Figure("Applications active in the period", "本期在办申请", "items", COUNT),
                   Figure("of which forwarded to CLEP", "其中已报送探月中心", "forwarded", COUNT),
                   *status_figures),
            freeze_first_column=True,
        ),
        Table(
            "Applications by group", "申请分类汇总", GROUP_COLUMNS,
            [(*key, len(group), sum(a.requested_ug for a in group),
              sum(a.approved_ug or 0 for a in group) if any(a.approved_ug is not None for a in group) else None)
             for key, group in groups.items()],
            empty="No applications in this period / 本期无申请",
        ),
    ]


def _status_order(a: reporting.ApplicationLine) -> int:
    order = [s.value for s in ApplicationStatus]
    return order.index(a.status) if a.status in order else len(order)


MASS_COLUMNS = (
    Column("reference", "Application", "申请编号"),
    Column("batch", "Batch", "批次", INT),
    Column("member_state", "Member State", "成员国"),
    Column("position", "Item", "项", INT),
    Column("item", "Sample or kind", "样品编号或类型"),
    Column("requested", "Requested (mg)", "申请质量（毫克）", MASS, total=True),
    Column("requested_pieces", "Requested pieces", "申请块数", INT, total=True),
    Column("outcome", "Decision", "评审决定"),
    Column("approved", "Approved (mg)", "批准质量（毫克）", MASS, total=True),
    Column("approved_pieces", "Approved pieces", "批准块数", INT, total=True),
    Column("decided", "Decided on", "决定日期", DATE),
)


def requested_vs_approved(ctx: SummaryContext) -> list[Table]:
    lines = reporting.requested_vs_approved(ctx.session, ctx.period)
    return [Table(
        "Requested vs approved", "申请与批准质量", MASS_COLUMNS,
        [(m.reference, m.batch_number, m.member_state, m.position, m.item, m.requested_ug, m.requested_pieces,
          m.outcome_label, m.approved_ug, m.approved_pieces, m.decided_on) for m in lines],
        empty="No requested samples in this period / 本期无申请样品",
        cover=(Figure("Requested items", "申请样品项数", "position", COUNT),
               Figure("Requested mass", "申请质量", "requested"),
               Figure("Approved mass", "批准质量", "approved")),
    )]


LOAN_COLUMNS = (
    Column("agreement", "Agreement", "协议编号"),
    Column("application", "Application", "申请编号"),
    Column("batch", "Batch", "批次", INT),
    Column("member_state", "Member State", "成员国"),
    Column("institution", "Institution", "借用单位", max_width=45),
    Column("person", "Responsible person", "样品负责人", max_width=40),
    Column("status", "Status (today)", "当前状态"),
    Column("decided", "Decided on", "决定日期", DATE),
    Column("deadline", "Signing deadline", "签署截止日期", DATE),
    Column("collected", "Collected on", "领取日期", DATE),
    Column("due", "Due on", "归还期限", DATE),
    Column("days_overdue", "Days overdue", "逾期天数", INT),
    Column("items", "Items", "样品数", INT, total=True),
    Column("lent", "Lent (mg)", "借出质量（毫克）", MASS, total=True),
    Column("outstanding", "Outstanding (mg)", "未归还质量（毫克）", MASS, total=True),
    Column("flags", "Flags", "提示", max_width=45),
)


def loans_outstanding(ctx: SummaryContext) -> list[Table]:
    lines = reporting.loans_outstanding(ctx.session, ctx.period, ctx.today)
    return [Table(
        "Loans outstanding", "未结借用", LOAN_COLUMNS,
        [(x.agreement_number, x.application_reference, x.batch_number, x.member_state, x.institution,
          x.responsible_person, x.status_label, x.decision_date, x.signing_deadline, x.collected_on, x.due_date,
          x.days_overdue, x.items, x.loaned_ug, x.outstanding_ug, x.flags) for x in lines],
        empty="No loans outstanding / 无未结借用",
        cover=(Figure("Loans outstanding", "未结借用", "decided", COUNT),
               Figure("of which overdue", "其中逾期", "days_overdue", countif(">0")),
               Figure("Mass with borrowers", "借用方持有质量", "outstanding")),
        freeze_first_column=True,
    )]


RETURN_COLUMNS = (
    Column("returned_on", "Returned on", "归还日期", DATE),
    Column("agreement", "Agreement", "协议编号"),
    Column("member_state", "Member State", "成员国"),
    Column("sample", "Sample number", "样品编号"),
    Column("returned", "Returned (mg)", "归还质量（毫克）", MASS, total=True),
    Column("consumed", "Consumed (mg)", "消耗质量（毫克）", MASS, total=True),
    Column("lost", "Lost (mg)", "损失质量（毫克）", MASS, total=True),
    Column("received_by", "Received by", "接收人", max_width=40),
    Column("condition", "Condition", "样品状况", max_width=60),
)

RECONCILIATION_COLUMNS = (
    Column("agreement", "Agreement", "协议编号"),
    Column("status", "Status (today)", "当前状态"),
    Column("member_state", "Member State", "成员国"),
    Column("sample", "Sample number", "样品编号"),
    Column("collected", "Collected on", "领取日期", DATE),
    Column("due", "Due on", "归还期限", DATE),
    Column("lent", "Lent (mg)", "借出质量（毫克）", MASS, total=True),
    Column("returned", "Returned (mg)", "归还质量（毫克）", MASS, total=True),
    Column("consumed", "Consumed (mg)", "消耗质量（毫克）", MASS, total=True),
    Column("lost", "Lost (mg)", "损失质量（毫克）", MASS, total=True),
    Column("outstanding", "Outstanding (mg)", "未归还质量（毫克）", MASS, total=True),
    Column("accounted", "Fully accounted", "已全部核清"),
)


def returns_and_reconciliation(ctx: SummaryContext) -> list[Table]:
    rets = reporting.returns(ctx.session, ctx.period, ctx.today)
    rec = reporting.reconciliation(ctx.session, ctx.period, ctx.today)
    return [
        Table(
            "Returns", "归还记录", RETURN_COLUMNS,
            [(r.returned_on, r.agreement_number, r.member_state, r.sample_number, r.returned_ug, r.consumed_ug,
              r.lost_ug, r.received_by, r.condition) for r in rets],
            empty="No returns in this period / 本期无归还",
            cover=(Figure("Return lines", "归还记录条数", "returned_on", COUNT),
                   Figure("Returned", "归还质量", "returned"), Figure("Consumed", "消耗质量", "consumed"),
                   Figure("Lost", "损失质量", "lost")),
        ),
        Table(
            "Reconciliation", "质量核对", RECONCILIATION_COLUMNS,
            [(r.agreement_number, r.status_label, r.member_state, r.sample_number, r.collected_on, r.due_date,
              r.lent_ug, r.returned_ug, r.consumed_ug, r.lost_ug, r.outstanding_ug,
              "Yes / 是" if r.fully_accounted else "No / 否") for r in rec],
            empty="No samples lent in this period / 本期无借出样品",
            cover=(Figure("Lent (= returned + consumed + lost + outstanding)", "借出质量（=归还+消耗+损失+未归还）", "lent"),
                   Figure("Returned", "归还质量", "returned"), Figure("Consumed", "消耗质量", "consumed"),
                   Figure("Lost", "损失质量", "lost"), Figure("Outstanding", "未归还质量", "outstanding")),
        ),
    ]


INCIDENT_COLUMNS = (
    Column("occurred", "Occurred on", "发生日期", DATE),
    Column("agreement", "Agreement", "协议编号"),
    Column("member_state", "Member State", "成员国"),
    Column("institution", "Institution", "借用单位", max_width=45),
    Column("kind", "Kind", "类型"),
    Column("description", "Description", "说明", max_width=70),
    Column("mass", "Mass affected (mg)", "涉及质量（毫克）", MASS, total=True),
    Column("status", "Status", "状态"),
    Column("reported", "Reported to CLEP on", "报告探月中心日期", DATE),
    Column("resolution", "Resolution", "处理结果", max_width=60),
)


def incidents(ctx: SummaryContext) -> list[Table]:
    lines = reporting.incidents(ctx.session, ctx.period, ctx.today)
    return [Table(
        "Incidents", "事件", INCIDENT_COLUMNS,
        [(i.occurred_on, i.agreement_number, i.member_state, i.institution, i.kind_label, i.description,
          i.mass_affected_ug, i.status_label, i.reported_to_clep_on, i.resolution) for i in lines],
        empty="No incidents in this period / 本期无事件",
        cover=(Figure("Incidents", "事件", "occurred", COUNT),
               Figure("of which open", "其中未结", "status", countif("Open"))),
    )]


CATALOGUE_COLUMNS = (
    Column("number", "Sample number", "样品编号"),
    Column("mission", "Mission", "任务"),
    Column("batch", "Batch", "批次", INT),
    Column("mass", "Mass (mg)", "质量（毫克）", MASS),
    Column("status", "Status (today)", "当前状态"),
    Column("parent", "Split from", "母样编号"),
)


def catalogue(ctx: SummaryContext) -> list[Table]:
    extent = reporting.catalogue_extent(ctx.session, ctx.period)
    # streamed: widths from the extent, not by measuring 150,000 rows
    return [Table(
        "Catalogue", "样品目录", CATALOGUE_COLUMNS,
        reporting.catalogue_rows(ctx.session, ctx.period),
        empty="No samples in the catalogue / 样品目录为空",
        cover=(Figure("Samples", "样品数", "mass", COUNT),),
        widths={"number": extent.longest_number, "parent": extent.longest_number,
                "mission": extent.longest_mission, "batch": 4,
                "mass": display_width(extent.largest_mass_ug, MASS),
                "status": max(display_width(label) for label in catalogue_service.STATUS_LABELS.values())},
        count=extent.samples,
        freeze_first_column=True,
    )]


SECTIONS: list[Section] = [
    Section("applications", applications),
    Section("requested_vs_approved", requested_vs_approved),
    Section("loans_outstanding", loans_outstanding),
    Section("returns", returns_and_reconciliation),
    Section("incidents", incidents),
    Section("custody", clep_stewardship.custody),
    Section("inventories", clep_stewardship.inventories),
    Section("holds", clep_stewardship.holds),
    # Result reports & compliance, training participation: add them here
    # (see "Adding a section" above); the catalogue stays last.
    Section("catalogue", catalogue),
]


# --- the cover ------------------------------------------------------------------------------------------


def _write_cover(ws, period: Period, today: date, officer: str, now: datetime,
                 groups: list[tuple[Table, list[CoverLine]]]) -> None:
    facts: list[tuple[str, Any, str | None]] = [
        ("Period from / 起始日期", period.start, DATE_FORMAT),
        ("Period to / 截止日期", period.end, DATE_FORMAT),
        ("Release batch / 批次", period.batch_number if period.batch_number is not None else "All batches / 全部批次",
         None),
        ("Loans, statuses and catalogue as of / 借用、状态及样品截至", today, DATE_FORMAT),
        ("Generating officer / 编制人", clean(officer) or "—", None),
        ("Generated at (local time) / 生成时间（本地时间）", now, DATETIME_FORMAT),
        ("Generated by / 生成软件", f"Lunar Desk {__version__}", None),
    ]
    col_a = [f[0] for f in facts] + [f"  {line.en}" for _, lines in groups for line in lines] + ["Totals"]
    col_b = [line.zh for _, lines in groups for line in lines] + [t.sheet_zh for t, _ in groups]
    col_d = [t.sheet for t, _ in groups] + ["Sheet / 工作表"]
    for letter, values, cap in (("A", col_a, 60), ("B", col_b, 44), ("D", col_d, 30)):
        ws.column_dimensions[letter].width = min(max(display_width(v) for v in values) + 2, cap)
    ws.column_dimensions["C"].width = 22
    ws.append([styled_cell(ws, "Lunar samples: summary for CLEP", bold=True),
               styled_cell(ws, "月球样品情况汇总（报送探月与航天工程中心）", bold=True)])
    ws.append([])
    for label, value, fmt in facts:
        ws.append([styled_cell(ws, label, bold=True), None,
                   styled_cell(ws, value, number_format=fmt) if fmt else value])
    ws.append([])
    ws.append([styled_cell(ws, x, bold=True, fill=True) for x in ("Totals", "合计", "Value / 数值", "Sheet / 工作表")])
    for table, lines in groups:
        ws.append([styled_cell(ws, table.sheet, bold=True), styled_cell(ws, table.sheet_zh, bold=True), None,
                   table.sheet])
        for line in lines:
            fmt = MASS_FORMAT if line.kind == MASS else COUNT_FORMAT
            ws.append([f"  {line.en}", line.zh, styled_cell(ws, line.formula, number_format=fmt), table.sheet])


# --- the workbook -----------------------------------------------------------------------------------------


def write_clep_summary(
    session: Session,
    period: Period,
    out: Path,
    *,
    officer: str,
    today: date,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    sections: Sequence[Section] | None = None,
) -> SummaryResult:
    """Write the CLEP summary of ``period`` to ``out`` (.xlsx, atomically).

    ``today``: the day loans are judged on (overdue, statuses).  ``now``: the
    "generated at" time (local).  ``progress(done, total)`` is called as rows
    are written; an exception it raises (the officer cancelled) stops the
    export and leaves no file.
    """
    from openpyxl import Workbook

    out = Path(out)
    if out.suffix.lower() != ".xlsx":
        raise ValidationError(Msg(
            "'{out_name}' is not an .xlsx file name; the summary is an Excel workbook (.xlsx).",
            out_name=out.name),
                              field="out")
    reporting.check_batch(session, period)
    now = (now or datetime.now()).replace(microsecond=0, tzinfo=None)
    ctx = SummaryContext(session, period, today)
    wb = Workbook(write_only=True)
    try:
        cover = wb.create_sheet(COVER_SHEET)
        result = SummaryResult(out, sheets=[COVER_SHEET])
        groups = []
        done = 0
        for section in SECTIONS if sections is None else sections:
            for table in section.build(ctx):
                total = done + (table.count or 0)

                def tick(n: int, before: int = done, total: int = total) -> None:
                    if progress is not None:
                        progress(before + n, max(total, before + n))

                n, lines = write_table(wb, table, tick)
                tick(n)
                done += n
                result.sheets.append(table.sheet)
                result.rows[table.sheet] = n
                result.cover.extend(lines)
                groups.append((table, lines))
        _write_cover(cover, period, today, officer, now, groups)
    except BaseException:
        _discard(wb)
        raise
    wb.properties.creator = "Lunar Desk (APSCO Secretariat)"
    wb.properties.title = f"Lunar samples: summary for CLEP, {period.label}"
    _save(wb, out)
    return result


def _discard(wb) -> None:
    """After a failed or cancelled export: end the half-written sheets and delete their temporary files."""
    for ws in wb.worksheets:
        try:
            if not ws.closed:
                ws.close()
            if ws._writer is not None:
                ws._writer.cleanup()
        except (OSError, ValueError):  # best effort: openpyxl also removes its temporary files at exit
            pass


def _save(wb, out: Path) -> None:
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UserError(Msg("The folder {parent} cannot be created: {value}.", parent=out.parent, value=exc.strerror or exc)) from exc
    tmp = out.with_name(f".{out.name}.part")
    try:
        wb.save(tmp)
        os.replace(tmp, out)
    except PermissionError as exc:
        raise UserError(Msg(
            "{out} cannot be written: is it open in Excel or another program, or is the folder read-only? Close "
            "it, or choose another file name.",
            out=out)) from exc
    finally:
        if tmp.exists():
            tmp.unlink()


def export_summary(session: Session, start: date, end: date, batch_number: int | None, out: Path, *,
                   officer: str, today: date, progress: Callable[[int, int], None] | None = None) -> SummaryResult:
    """Check the period (dates in order, the batch in the catalogue) and write its summary to ``out``."""
    period = reporting.make_period(start, end, batch_number)
    return write_clep_summary(session, period, Path(out), officer=officer, today=today, progress=progress)
