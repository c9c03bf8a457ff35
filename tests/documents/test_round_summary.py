"""The review round workbook reads back with typed cells, formulas in its totals, frozen headers and filters."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from doc_samples import make_round_summary
from openpyxl import load_workbook

from lunar_desk.sheets.application_list import MASS_FORMAT
from lunar_desk.sheets.round_summary import (
    APPLICATIONS_SHEET,
    ROUND_SHEET,
    SCORE_FORMAT,
    SHARE_FORMAT,
    STATES_SHEET,
    TOTAL_LABEL,
    write_round_summary,
)


def _as_date(value) -> date:
    assert isinstance(value, (date, datetime)), value
    return value.date() if isinstance(value, datetime) else value


def _labelled(ws) -> dict[str, object]:
    """Column A label → column B cell of the cover sheet."""
    return {row[0].value: row[1] for row in ws.iter_rows(min_col=1, max_col=2) if row[0].value}


def test_sheets_and_headers(tmp_path):
    wb = load_workbook(write_round_summary(make_round_summary(), tmp_path / "round.xlsx"))
    assert wb.sheetnames == [ROUND_SHEET, APPLICATIONS_SHEET, STATES_SHEET]
    apps = wb[APPLICATIONS_SHEET]
    assert [c.value for c in apps[1]][:5] == ["Reference", "Title", "Member State", "Institution",
                                              "Principal investigator"]
    assert [c.value for c in apps[2]][:3] == ["编号", "题目", "成员国"]
    assert apps.freeze_panes == "B3"
    assert apps.auto_filter.ref == "A2:O7"
    states = wb[STATES_SHEET]
    assert [c.value for c in states[1]] == ["Member State", "Applications", "Requested (mg)", "Approved (mg)",
                                            "Approved share"]
    assert [c.value for c in states[2]][0] == "成员国"
    assert states.freeze_panes == "A3"
    for ws in (apps, states):
        for letter, dim in ws.column_dimensions.items():
            assert 6 <= dim.width <= 70, (ws.title, letter, dim.width)


def test_cover_typed(tmp_path):
    view = make_round_summary()
    ws = load_workbook(write_round_summary(view, tmp_path / "round.xlsx"))[ROUND_SHEET]
    cells = _labelled(ws)
    assert cells["Round / 评审轮次"].value == "2026 spring round"
    assert cells["Batch / 批次"].value == 9 and cells["Batch / 批次"].data_type == "n"
    assert cells["Status / 状态"].value == "closed"
    assert _as_date(cells["Meeting start / 会议开始日期"].value) == date(2026, 4, 14)
    assert _as_date(cells["Meeting end / 会议结束日期"].value) == date(2026, 4, 16)
    assert cells["Meeting end / 会议结束日期"].is_date
    assert cells["Scientific merit"].value == 0.4 and cells["Scientific merit"].data_type == "n"
    assert cells["Efficient use of sample mass"].value == 0.15
    assert cells[TOTAL_LABEL].value == "=SUM(B10:B13)"
    assert cells["Applications / 申请数"].value == 5
    assert cells["Decided / 已决定"].value == 4
    assert cells["Fully scored / 评分已完成"].value == 4
    assert cells["Requested (mg) / 申请质量（毫克）"].value == 1372.067
    assert cells["Requested (mg) / 申请质量（毫克）"].number_format == MASS_FORMAT
    assert cells["Approved (mg) / 批准质量（毫克）"].value == 1078
    share = cells["Approved share / 批准比例"]
    assert abs(share.value - 1078 / 1372.067) < 1e-9 and share.number_format == SHARE_FORMAT


def test_applications_ordered_by_rank_and_typed(tmp_path):
    ws = load_workbook(write_round_summary(make_round_summary(), tmp_path / "round.xlsx"))[APPLICATIONS_SHEET]
    headers = [c.value for c in ws[1]]
    rows = [dict(zip(headers, r)) for r in ws.iter_rows(min_row=3, values_only=True)]
    assert [r["Reference"] for r in rows] == [
        "APSCO-R-2026-007", "APSCO-R-2026-002", "APSCO-R-2026-003", "APSCO-R-2026-005", "APSCO-R-2026-011"]
    assert [r["Rank"] for r in rows] == [1, 2, 3, 4, None]
    first = rows[0]
    assert first["Reviewers assigned"] == 3 and isinstance(first["Reviewers assigned"], int)
    assert first["Scores entered"] == 12 and first["Scores expected"] == 12
    assert isinstance(first["Weighted mean"], float) and abs(first["Weighted mean"] - 4.5833333) < 1e-9
    assert first["Spread"] == 0.5
    assert first["Recommendation"] == "Approve" and first["Outcome"] == "Approved"
    assert first["Requested (mg)"] == 62.5 and first["Approved (mg)"] == 62.5
    assert "زهرا حسینی" in first["Principal investigator"]
    assert rows[1]["Requested (mg)"] == 1234.567 and rows[1]["Approved (mg)"] == 1000
    undecided = rows[-1]
    assert undecided["Weighted mean"] is None and undecided["Outcome"] is None
    assert undecided["Approved (mg)"] is None and undecided["Requested (mg)"] == 10
    assert undecided["Scores entered"] == 4
    col = {h: i + 1 for i, h in enumerate(headers)}
    assert ws.cell(row=3, column=col["Weighted mean"]).number_format == SCORE_FORMAT
    assert ws.cell(row=3, column=col["Spread"]).number_format == SCORE_FORMAT
    assert ws.cell(row=3, column=col["Approved (mg)"]).number_format == MASS_FORMAT
    assert ws.cell(row=3, column=col["Weighted mean"]).data_type == "n"


def test_by_member_state_with_formula_totals(tmp_path):
    ws = load_workbook(write_round_summary(make_round_summary(), tmp_path / "round.xlsx"))[STATES_SHEET]
    rows = list(ws.iter_rows(min_row=3, values_only=True))
    assert [r[0] for r in rows] == ["Iran", "Mongolia", "Pakistan", "Thailand", TOTAL_LABEL]
    iran = rows[0]
    assert iran[1] == 2 and iran[2] == 1297.067 and iran[3] == 1062.5
    assert abs(iran[4] - 1062.5 / 1297.067) < 1e-9
    assert ws.cell(row=3, column=5).number_format == SHARE_FORMAT
    assert ws.cell(row=3, column=3).number_format == MASS_FORMAT
    total = rows[-1]
    assert total[1:4] == ("=SUM(B3:B6)", "=SUM(C3:C6)", "=SUM(D3:D6)")
    assert total[4] == '=IF(C7=0,"",D7/C7)'
    assert ws.cell(row=7, column=3).number_format == MASS_FORMAT
    # the filter covers the Member States, not the totals row
    assert ws.auto_filter.ref == "A2:E6"


def test_empty_round_still_valid(tmp_path):
    view = dataclasses.replace(make_round_summary(applications=()), criteria=(), batch_number=None,
                               meeting_start=None, meeting_end=None)
    out = write_round_summary(view, tmp_path / "empty.xlsx")
    wb = load_workbook(out)
    assert wb[APPLICATIONS_SHEET].max_row == 2
    states = wb[STATES_SHEET]
    assert [c.value for c in states[3]] == [TOTAL_LABEL, 0, 0, 0, None]  # no circular SUM
    cells = _labelled(wb[ROUND_SHEET])
    assert cells["Applications / 申请数"].value == 0
    assert cells["Approved share / 批准比例"].value is None
    assert [p.name for p in tmp_path.iterdir()] == ["empty.xlsx"]


def test_output_replaces_existing_file_atomically(tmp_path):
    out = tmp_path / "round.xlsx"
    out.write_bytes(b"old")
    write_round_summary(make_round_summary(), out)
    assert out.read_bytes().startswith(b"PK")
    assert [p.name for p in tmp_path.iterdir()] == ["round.xlsx"]
