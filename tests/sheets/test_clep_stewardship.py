"""The CLEP summary's stewardship sheets: custody movements and stale custody, inventories (with their
discrepancies) and those overdue, and the holds — for the period and batch asked, with cover totals."""

from __future__ import annotations

import re
from datetime import date

import pytest
from openpyxl import load_workbook
from stewardship_world import MG, TODAY, build

from lunar_desk.services import custody, inventory
from lunar_desk.services.inventory import InventoryLineData as Line
from lunar_desk.services.reporting import Period
from lunar_desk.sheets.clep_summary import write_clep_summary

RANGE = re.compile(r"^=(SUM|COUNT|COUNTIF)\('([^']+)'!([A-Z]+)(\d+):[A-Z]+(\d+)(?:,\"(.*)\")?\)$")


@pytest.fixture
def w(db):
    w = build(db)
    with db.action() as s:
        custody.record_movement(s, w.a_powder, occurred_on=date(2026, 2, 3), kind="moved", today=TODAY,
                                holder_person_id=w.hosseini, place="Clean room 3")
        inventory.record_inventory(s, w.loan_a, reported_on=date(2026, 1, 10), today=TODAY,
                                   lines=[Line(w.a_powder, 93 * MG, 5 * MG, "Vial"), Line(w.a_chip, 90 * MG)])
    return w


def export(db, tmp_path, period):
    out = tmp_path / "summary.xlsx"
    with db.read() as s:
        result = write_clep_summary(s, period, out, officer="Wang Lei 王磊", today=TODAY)
    return result, load_workbook(out)


def rows(wb, sheet, n):
    return [tuple(c.value for c in r) for r in wb[sheet].iter_rows(min_row=3, max_row=2 + n)]


def cover(wb) -> dict[tuple[str, str], float]:
    """Each cover figure of the stewardship sheets, computed from its formula over the sheet's cells."""
    out = {}
    for row in wb["Cover"].iter_rows():
        label, formula = row[0].value, row[2].value
        m = RANGE.match(formula) if isinstance(formula, str) else None
        if not m:
            continue
        how, sheet, col, first, last, criterion = m.groups()
        values = [wb[sheet][f"{col}{r}"].value for r in range(int(first), int(last) + 1)]
        if how == "COUNT":
            value = sum(isinstance(v, (int, float)) or hasattr(v, "year") for v in values)
        elif how == "COUNTIF":
            value = sum(v == criterion for v in values)
        else:
            value = sum(v or 0 for v in values)
        out[(sheet, label.strip())] = value
    return out


def test_stewardship_sheets_of_a_period(db, w, tmp_path):
    result, wb = export(db, tmp_path, Period(date(2025, 1, 1), date(2026, 12, 31)))
    for name in ("Custody movements", "Stale custody", "Inventories", "Inventories overdue", "Holds"):
        assert name in result.sheets
    moves = rows(wb, "Custody movements", result.rows["Custody movements"])
    assert [(m[0].date(), m[1], m[3], m[4], m[5]) for m in moves] == [
        (date(2025, 3, 10), "LSA-2025-001", "CE5C0400YJFM00406", "Collected", "Mohammad Rezaei"),
        (date(2025, 3, 10), "LSA-2025-001", "CE5C0400YJYX00007", "Collected", "Mohammad Rezaei"),
        (date(2026, 2, 1), "LSA-2026-002", "CE6Z0100YJFM00921", "Collected", "Somchai Wongsakul"),
        (date(2026, 2, 3), "LSA-2025-001", "CE5C0400YJFM00406", "Moved (room, safe)", "Zahra Hosseini (زهرا حسینی)")]
    (stale,) = rows(wb, "Stale custody", result.rows["Stale custody"])
    assert stale[2] == "CE5C0400YJYX00007" and stale[5].date() == date(2025, 3, 10) and stale[6] == 20
    inv = rows(wb, "Inventories", result.rows["Inventories"])
    assert [(r[4], r[5], r[6], r[7], r[8]) for r in inv] == [
        ("CE5C0400YJFM00406", 93.0, 5.0, 95.0, "Yes / 是"), ("CE5C0400YJYX00007", 90.0, 0, 90.0, "No / 否")]
    assert result.rows["Inventories overdue"] == 0  # A's 2025-12-31 inventory was answered; 2026-12-31 is ahead
    holds = rows(wb, "Holds", result.rows["Holds"])
    assert holds == []  # nothing overdue once the inventory is in
    figures = cover(wb)
    assert figures[("Custody movements", "Custody movements")] == 4
    assert figures[("Stale custody", "Items with custody silent too long")] == 1
    assert figures[("Inventories", "of which with a discrepancy")] == 1
    assert figures[("Holds", "Hold reasons in force")] == 0


def test_overdue_inventories_and_holds_are_listed(db, tmp_path):
    build(db)  # nothing answered: A's 2025-12-31 inventory is overdue
    result, wb = export(db, tmp_path, Period(date(2025, 1, 1), date(2026, 12, 31)))
    (late,) = rows(wb, "Inventories overdue", result.rows["Inventories overdue"])
    assert (late[0], late[3].date(), late[4]) == ("LSA-2025-001", date(2025, 12, 31), 329)
    holds = rows(wb, "Holds", result.rows["Holds"])
    assert sorted((h[0], h[1], h[2]) for h in holds) == [
        ("Iranian Space Agency (سازمان فضایی ایران)", "Institution / 单位", "Overdue inventory"),
        ("Mohammad Rezaei (محمد رضایی)", "Person / 个人", "Overdue inventory")]
    assert cover(wb)[("Inventories overdue", "Inventories overdue")] == 1
    # a batch with no loans, or a period before any of it, shows none of it
    with db.action() as s:
        from lunar_desk.services import catalogue

        catalogue.create_batch(s, 13, mission_codes=["CE-5"])
    result, wb = export(db, tmp_path, Period(date(2025, 1, 1), date(2026, 12, 31), 13))
    assert all(result.rows[n] == 0 for n in ("Custody movements", "Inventories overdue", "Holds", "Stale custody"))
    result, wb = export(db, tmp_path, Period(date(2024, 1, 1), date(2024, 12, 31)))
    assert all(result.rows[n] == 0 for n in ("Custody movements", "Inventories overdue", "Holds", "Stale custody"))
    assert wb["Holds"]["A3"].value == "No holds / 无暂停"
