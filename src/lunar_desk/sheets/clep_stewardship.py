"""The stewardship sections of the CLEP summary workbook (:mod:`.clep_summary`).

* :func:`custody` — **Custody movements** in the period, and **Stale
  custody**: items with borrowers whose custody log has been silent too long;
* :func:`inventories` — **Inventories** answering an inventory date in the
  period (one row per item, reconciled against the ledger), and
  **Inventories overdue**;
* :func:`holds` — **Holds**: people and institutions on hold today, one row
  per reason.

The figures come from :mod:`lunar_desk.services.stewardship_report`, which
says which records each table covers.
"""

from __future__ import annotations

from lunar_desk.services import stewardship_report as report
from lunar_desk.sheets.table_writer import (
    COUNT,
    DATE,
    INT,
    MASS,
    Column,
    Figure,
    Table,
    countif,
)

YES, NO = "Yes / 是", "No / 否"

MOVEMENT_COLUMNS = (
    Column("on", "Moved on", "日期", DATE),
    Column("agreement", "Agreement", "协议编号"),
    Column("member_state", "Member State", "成员国"),
    Column("sample", "Sample number", "样品编号"),
    Column("kind", "Movement", "流转类型"),
    Column("holder", "Held by", "保管人", max_width=40),
    Column("place", "Place", "存放地点", max_width=45),
    Column("note", "Note", "备注", max_width=60),
)

STALE_COLUMNS = (
    Column("agreement", "Agreement", "协议编号"),
    Column("member_state", "Member State", "成员国"),
    Column("sample", "Sample number", "样品编号"),
    Column("holder", "Held by", "保管人", max_width=40),
    Column("place", "Place", "存放地点", max_width=45),
    Column("last", "Last custody entry", "最近记录日期", DATE),
    Column("months", "Months without entry", "未记录月数", INT),
)

INVENTORY_COLUMNS = (
    Column("due", "Inventory due", "清查日期", DATE),
    Column("reported", "Counted on", "实际清查日期", DATE),
    Column("agreement", "Agreement", "协议编号"),
    Column("member_state", "Member State", "成员国"),
    Column("sample", "Sample number", "样品编号"),
    Column("remaining", "Remaining (mg)", "剩余质量（毫克）", MASS, total=True),
    Column("consumed", "Consumed since last (mg)", "上次清查以来消耗（毫克）", MASS, total=True),
    Column("expected", "Expected by the ledger (mg)", "账面应剩余（毫克）", MASS, total=True),
    Column("discrepancy", "Discrepancy", "差异"),
    Column("source", "Source", "来源"),
)

OVERDUE_COLUMNS = (
    Column("agreement", "Agreement", "协议编号"),
    Column("institution", "Institution", "借用单位", max_width=45),
    Column("person", "Responsible person", "样品负责人", max_width=40),
    Column("due", "Inventory due", "清查日期", DATE),
    Column("days", "Days overdue", "逾期天数", INT),
)

HOLD_COLUMNS = (
    Column("who", "On hold", "暂停对象", max_width=50),
    Column("kind", "Person or institution", "个人或单位"),
    Column("reason", "Reason", "原因"),
    Column("since", "Since", "起始日期", DATE),
    Column("detail", "Details", "详情", max_width=70),
)


def custody(ctx) -> list[Table]:
    moves = report.custody_movements(ctx.session, ctx.period)
    stale = report.stale_custody(ctx.session, ctx.period, ctx.today)
    return [
        Table("Custody movements", "样品流转记录", MOVEMENT_COLUMNS,
              [(m.occurred_on, m.agreement_number, m.member_state, m.sample_number, m.kind_label, m.holder, m.place,
                m.note) for m in moves],
              empty="No custody movements in this period / 本期无流转记录",
              cover=(Figure("Custody movements", "流转记录条数", "on", COUNT),)),
        Table("Stale custody", "长期未记录保管", STALE_COLUMNS,
              [(x.agreement_number, x.member_state, x.sample_number, x.holder, x.place, x.last_entry_on,
                x.months_without_entry) for x in stale],
              empty="No item with custody silent too long / 无长期未记录的样品",
              cover=(Figure("Items with custody silent too long", "长期未记录保管的样品", "last", COUNT),)),
    ]


def inventories(ctx) -> list[Table]:
    lines = report.inventory_lines(ctx.session, ctx.period)
    late = report.inventories_overdue(ctx.session, ctx.period, ctx.today)
    return [
        Table("Inventories", "年度清查", INVENTORY_COLUMNS,
              [(x.due_on, x.reported_on, x.agreement_number, x.member_state, x.sample_number, x.remaining_ug,
                x.consumed_since_ug, x.expected_ug, YES if x.discrepancy else NO, x.source_label) for x in lines],
              empty="No inventories in this period / 本期无清查",
              cover=(Figure("Inventory lines", "清查条数", "due", COUNT),
                     Figure("of which with a discrepancy", "其中有差异", "discrepancy", countif(YES)))),
        Table("Inventories overdue", "逾期未清查", OVERDUE_COLUMNS,
              [(d.agreement_number, d.institution, d.responsible_person, d.due_on, d.days) for d in late],
              empty="No inventory overdue / 无逾期清查",
              cover=(Figure("Inventories overdue", "逾期未清查", "due", COUNT),)),
    ]


def holds(ctx) -> list[Table]:
    lines = report.holds_in_force(ctx.session, ctx.period, ctx.today)
    return [Table(
        "Holds", "暂停借用", HOLD_COLUMNS,
        [(h.subject_name, "Person / 个人" if h.subject_kind == "person" else "Institution / 单位", h.reason_label,
          h.since, h.detail) for h in lines],
        empty="No holds / 无暂停",
        cover=(Figure("Hold reasons in force", "暂停原因条数", "since", COUNT),),
    )]
