"""The Excel application list reads back with typed cells."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime

from doc_samples import make_view
from openpyxl import load_workbook

from lunar_desk.sheets.application_list import (
    APPLICATIONS_SHEET,
    ITEMS_SHEET,
    MASS_FORMAT,
    write_application_list,
)


def test_two_sheets_typed_cells(tmp_path):
    research = make_view("research")
    public = make_view("public_benefit", reference="APSCO-PB-2025-0002")
    no_batch = dataclasses.replace(make_view(reference="APSCO-LS-2025-0009"), batch_number=None, items=(),
                                   submitted_on=None)
    out = write_application_list([research, public, no_batch], tmp_path / "list.xlsx")
    wb = load_workbook(out)
    assert wb.sheetnames == [APPLICATIONS_SHEET, ITEMS_SHEET]

    ws = wb[APPLICATIONS_SHEET]
    headers = [c.value for c in ws[1]]
    assert headers[:7] == ["Reference", "Kind", "Institution", "Member State", "Principal investigator", "Title",
                           "Status"]
    assert "Requested mass (mg)" in headers and "Items" in headers
    assert [c.value for c in ws[2]][0] == "编号"
    assert ws.freeze_panes == "A3"
    assert ws.auto_filter.ref.startswith("A2:")
    rows = {r[0]: dict(zip(headers, r)) for r in ws.iter_rows(min_row=3, values_only=True)}
    r = rows["APSCO-LS-2025-0007"]
    assert r["Items"] == 2 and isinstance(r["Items"], int)
    assert r["Requested mass (mg)"] == 62.5
    assert r["Batch"] == 8
    assert isinstance(r["Submitted on"], (date, datetime)) and r["Submitted on"].year == 2025
    assert "زهرا حسینی" in r["Principal investigator"]
    assert rows["APSCO-PB-2025-0002"]["Requested mass (mg)"] == 1500
    assert rows["APSCO-LS-2025-0009"]["Requested mass (mg)"] is None
    assert rows["APSCO-LS-2025-0009"]["Items"] == 0
    mass_col = headers.index("Requested mass (mg)") + 1
    assert ws.cell(row=3, column=mass_col).number_format == MASS_FORMAT
    assert ws.cell(row=3, column=mass_col).data_type == "n"
    for letter in ("A", "C", "F"):
        assert 8 <= ws.column_dimensions[letter].width <= 70

    items = wb[ITEMS_SHEET]
    ih = [c.value for c in items[1]]
    assert ih[:5] == ["Reference", "Sample number / kind", "Mission", "Mass (mg)", "Pieces"]
    assert items.freeze_panes == "A3"
    irows = list(items.iter_rows(min_row=3, values_only=True))
    assert len(irows) == 3
    first = dict(zip(ih, irows[0]))
    assert first["Sample number / kind"] == "CE6C0100YJFM00203"
    assert first["Mass (mg)"] == 50 and first["Pieces"] is None
    second = dict(zip(ih, irows[1]))
    assert second["Sample number / kind"] == "Rock chips"
    assert second["Mass (mg)"] == 12.5 and second["Pieces"] == 3
    assert items.cell(row=3, column=4).number_format == MASS_FORMAT


def test_empty_list_still_valid(tmp_path):
    out = write_application_list([], tmp_path / "empty.xlsx")
    wb = load_workbook(out)
    assert wb[APPLICATIONS_SHEET].max_row == 2
    assert [p.name for p in tmp_path.iterdir()] == ["empty.xlsx"]


def test_microgram_precision(tmp_path):
    view = make_view()
    item = dataclasses.replace(view.items[0], mass_ug=1_234_567)
    out = write_application_list([dataclasses.replace(view, items=(item,))], tmp_path / "ug.xlsx")
    ws = load_workbook(out)[ITEMS_SHEET]
    assert ws.cell(row=3, column=4).value == 1234.567
