"""Tables streamed into an openpyxl write-only workbook: typed cells, two
header rows (English, Chinese), frozen headers, autofilter, widths that fit,
a totals row of ``=SUM(…)`` formulas, and the formulas a cover sheet uses to
show the table's totals.

Used by :mod:`lunar_desk.sheets.clep_summary`; describe a table with
:class:`Column`, :class:`Figure` and :class:`Table` and call
:func:`write_table`.

Values: a ``MASS`` cell takes integer micrograms and is written in
milligrams (a number, format ``#,##0.000 "mg"``: every microgram kept);
``DATE``/``DATETIME`` take dates/naive datetimes; ``INT`` ints; ``TEXT``
strings.  ``None`` leaves a cell empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from lunar_desk.sheets.application_list import _display_width

TEXT, INT, MASS, DATE, DATETIME = "text", "int", "mass", "date", "datetime"
MASS_FORMAT = '#,##0.000 "mg"'
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
COUNT_FORMAT = "0"
HEADER_ROWS = 2
FIRST_ROW = HEADER_ROWS + 1
TOTAL_LABEL = "Total / 合计"
SUM, COUNT = "sum", "count"
HEADER_FILL = "D5DEE9"
MAX_CELL_TEXT = 32_767  # Excel's limit for one cell
PROGRESS_EVERY = 5000


def countif(criterion: str) -> str:
    """A cover figure counting the cells of a column equal to ``criterion`` (or e.g. ``">0"``)."""
    return f"countif:{criterion}"


@dataclass(frozen=True)
class Column:
    key: str
    en: str
    zh: str
    kind: str = TEXT
    max_width: int = 50
    total: bool = False  # a SUM in the table's totals row


@dataclass(frozen=True)
class Figure:
    """A total on the cover: a formula over one column of the table's rows.

    ``COUNT`` counts numbers and dates, so give it a column that always holds
    one (a date, a mass, a count); ``SUM`` adds a column; ``countif(x)``
    counts the cells equal to ``x``."""

    en: str
    zh: str
    column: str  # Column.key
    how: str = SUM


@dataclass
class Table:
    sheet: str  # English sheet name (≤ 31 characters)
    sheet_zh: str  # shown on the cover beside it
    columns: Sequence[Column]
    rows: Iterable[Sequence[Any]]
    empty: str  # the line shown instead of rows: "No applications in this period / 本期无申请"
    cover: Sequence[Figure] = ()
    # A streamed table (rows an iterator, not measured) gives the display widths
    # of its columns here, and how many rows will come (for progress).
    widths: dict[str, int] | None = None
    count: int | None = None
    freeze_first_column: bool = False


@dataclass(frozen=True)
class CoverLine:
    """A cover figure made concrete: its labels and the formula into the table's sheet."""

    en: str
    zh: str
    formula: str
    kind: str  # INT or MASS


# --- cells ------------------------------------------------------------------------------------------


def clean(value: Any) -> Any:
    """Text an officer typed, made storable: no control characters, at most Excel's cell limit."""
    if isinstance(value, str):
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
        if len(value) > MAX_CELL_TEXT:
            value = value[: MAX_CELL_TEXT - 1] + "…"
    return value


def mg(ug: int) -> float:
    """Integer micrograms as milligrams.  IEEE division is correctly rounded, so this is the
    double nearest the exact decimal (12345 µg → 12.345), the same as ``float(Decimal(ug) / 1000)``."""
    return ug / 1000


def display_width(value: Any, kind: str = TEXT) -> int:
    """Characters a value needs in a column (Chinese characters count double)."""
    if value is None:
        return 0
    if kind == MASS:
        return len(f"{mg(value):,.3f} mg")
    if kind == DATE:
        return 10
    if kind == DATETIME:
        return 16
    return _display_width(value)


def styled_cell(ws, value: Any = None, *, number_format: str | None = None, bold: bool = False,
                fill: bool = False, italic: bool = False):
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill

    cell = WriteOnlyCell(ws, value)
    if number_format:
        cell.number_format = number_format
    if bold or italic:
        cell.font = Font(bold=bold, italic=italic)
    if fill:
        cell.fill = PatternFill("solid", fgColor=HEADER_FILL)
    return cell


class RowWriter:
    """Appends rows of plain values to a write-only sheet, typing and formatting masses and dates.

    Every column has one cell object, reused for each row: a streaming sheet
    serialises an appended row at once, so the cell is free again after
    ``append``.  Formatted columns (masses, dates) keep their style; the
    others are plain.  With openpyxl 3.1's streaming worksheet this is done
    by giving the sheet its row-to-cells step (``_values_to_row``) for the
    data rows, so a styled value costs what a plain one does and the
    150,000-row catalogue is no slower than its bare values
    (``benchmarks/export.py``); elsewhere styled cells are appended through
    the public ``append``.  Call :meth:`close` after the data rows.  The
    tests read the number formats back, so a change in openpyxl shows.
    """

    def __init__(self, ws, columns: Sequence[Column]) -> None:
        from openpyxl.cell import WriteOnlyCell

        self.ws = ws
        self._new_cell = lambda: WriteOnlyCell(ws)
        formats = {MASS: MASS_FORMAT, DATE: DATE_FORMAT, DATETIME: DATETIME_FORMAT}
        self.cells = [styled_cell(ws, number_format=formats[c.kind]) if c.kind in formats else WriteOnlyCell(ws)
                      for c in columns]
        self.plain = [c.kind not in formats for c in columns]
        self.masses = [i for i, c in enumerate(columns) if c.kind == MASS]
        self.fast = callable(getattr(type(ws), "_values_to_row", None))
        if self.fast:
            ws._values_to_row = self._values_to_row

    def _values_to_row(self, values, row_idx):
        cells, plain = self.cells, self.plain
        for i, value in enumerate(values):
            if value is None:
                continue
            cell = cells[i]
            cell.value = value
            cell.column = i + 1
            cell.row = row_idx
            yield cell
            if plain[i] and cell._style is not None:  # a value that styled itself (a date in a text column)
                cells[i] = self._new_cell()

    def append(self, row: Sequence[Any]) -> None:
        values = list(row)
        for i in self.masses:
            v = values[i]
            if v is not None:
                values[i] = mg(v)
        if not self.fast:
            for i, cell in enumerate(self.cells):
                if not self.plain[i] and values[i] is not None:
                    cell.value = values[i]
                    values[i] = cell
        self.ws.append(values)

    def close(self) -> None:
        """Give the sheet its own row-to-cells step back (for the rows after the data)."""
        if self.fast:
            del self.ws._values_to_row
            self.fast = False


# --- one table ----------------------------------------------------------------------------------------


def check_table(table: Table) -> None:
    """Programming errors in a table's description (not the officer's)."""
    if not table.sheet or len(table.sheet) > 31 or any(c in table.sheet for c in "[]:*?/\\"):
        raise ValueError(f"'{table.sheet}' cannot be an Excel sheet name (31 characters, no []:*?/\\)")
    keys = [c.key for c in table.columns]
    if len(set(keys)) != len(keys):
        raise ValueError(f"sheet '{table.sheet}' has two columns with the same key")
    for f in table.cover:
        if f.column not in keys:
            raise ValueError(f"cover figure '{f.en}' names no column of sheet '{table.sheet}'")


def _widths(table: Table, rows: list[list[Any]] | None) -> list[int]:
    widths = []
    for i, c in enumerate(table.columns):
        w = max(display_width(c.en), display_width(c.zh))
        if table.widths is not None:
            w = max(w, table.widths.get(c.key, 0))
        if rows is not None:
            w = max([w, *(display_width(r[i], c.kind) for r in rows)])
        widths.append(min(w + 2, c.max_width))
    return widths


def quoted(sheet: str) -> str:
    """A sheet name as formulas write it, always quoted: 'Requested vs approved'."""
    return "'" + sheet.replace("'", "''") + "'"


def formula(how: str, ref: str) -> str:
    if how == SUM:
        return f"=SUM({ref})"
    if how == COUNT:
        return f"=COUNT({ref})"
    if how.startswith("countif:"):
        criterion = how.split(":", 1)[1].replace('"', '""')
        return f'=COUNTIF({ref},"{criterion}")'
    raise ValueError(f"unknown cover figure '{how}'")


def write_table(wb, table: Table, progress: Callable[[int], None] | None = None) -> tuple[int, list[CoverLine]]:
    """Add ``table`` as a sheet of the write-only workbook ``wb``; returns its data rows and cover lines.

    ``progress(rows written)`` every few thousand rows; it may raise to stop."""
    check_table(table)
    ws = wb.create_sheet(table.sheet)
    columns = list(table.columns)
    rows = None if table.widths is not None else [[clean(v) for v in r] for r in table.rows]
    # column widths and panes go into the sheet's head: set them before the first row
    for idx, width in enumerate(_widths(table, rows), start=1):
        ws.column_dimensions[get_column_letter(idx)].width = width
    ws.freeze_panes = f"{'B' if table.freeze_first_column else 'A'}{FIRST_ROW}"
    ws.print_title_rows = f"1:{HEADER_ROWS}"
    ws.append([styled_cell(ws, c.en, bold=True, fill=True) for c in columns])
    ws.append([styled_cell(ws, c.zh, bold=True, fill=True) for c in columns])

    writer = RowWriter(ws, columns)
    n = 0
    try:
        for row in table.rows if rows is None else rows:
            writer.append(row)
            n += 1
            if progress is not None and n % PROGRESS_EVERY == 0:
                progress(n)
    finally:
        writer.close()
    if n == 0:
        ws.append([styled_cell(ws, table.empty, italic=True)])
    last = FIRST_ROW + max(n, 1) - 1
    ws.auto_filter.ref = f"A{HEADER_ROWS}:{get_column_letter(len(columns))}{last}"

    if n and any(c.total for c in columns):
        totals: list[Any] = []
        for i, c in enumerate(columns):
            letter = get_column_letter(i + 1)
            if c.total:
                fmt = MASS_FORMAT if c.kind == MASS else COUNT_FORMAT
                totals.append(styled_cell(ws, f"=SUM({letter}{FIRST_ROW}:{letter}{last})", bold=True, number_format=fmt))
            else:
                totals.append(styled_cell(ws, TOTAL_LABEL, bold=True) if i == 0 else None)
        ws.append(totals)

    letters = {c.key: get_column_letter(i) for i, c in enumerate(columns, start=1)}
    kinds = {c.key: c.kind for c in columns}
    cover = []
    for f in table.cover:
        col = letters[f.column]
        ref = f"{quoted(table.sheet)}!{col}{FIRST_ROW}:{col}{last}"
        kind = MASS if f.how == SUM and kinds[f.column] == MASS else INT
        cover.append(CoverLine(f.en, f.zh, formula(f.how, ref), kind))
    return n, cover
