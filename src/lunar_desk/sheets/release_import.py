"""Import of CLEP release lists (.xlsx, .csv) into the catalogue.

Three steps, so the UI can preview before anything is written:

1. :func:`read_release_file` reads the file: finds the header row (also below
   title rows), matches columns by English or Chinese names (or by the
   officer's ``mapping``) and returns the rows as plain values.
2. :func:`plan_import` compares the rows with the database without writing:
   rows to add, rows that change an existing sample (field old → new),
   unchanged rows, errors (each naming file, sheet, row and column) and
   warnings.
3. :func:`apply_import` writes a plan without errors in the caller's
   transaction (``with db.action() as s:``): all or nothing.

Semantics worth knowing:

* A blank cell, or a column the file does not have, leaves an existing
  sample's field unchanged; a new sample gets the default (powder, research,
  unknown sampling mode, no location).  Re-importing a file changes nothing.
* Masses take their unit from the cell ("0.8 g"), else from a unit column,
  else from the header ("Mass (mg)", "质量/g", "质量（毫克）").
* Sample numbers are kept exactly (trimmed); unfamiliar patterns are warnings.
* New samples are written with Core bulk inserts (and one audit row each, in
  the same transaction) for speed; changes go through the ORM, whose flush
  hook audits them.

Qt-free: the dialog runs these in a worker thread and passes ``progress`` and
``cancelled`` callbacks.
"""

from __future__ import annotations

import csv
import gc
import io
import json
import os
import re
import sqlite3
import time
import unicodedata
import uuid
import zipfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from json.encoder import encode_basestring_ascii as _encode_str
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from lunar_desk.db.audit import make_entry
from lunar_desk.db.models import (
    AuditLog,
    Preparation,
    ReleaseBatch,
    Sample,
    SampleStatus,
    SamplingMode,
    UseClass,
)
from lunar_desk.db.types import utcnow
from lunar_desk.errors import InputFileError, Location, UserError, ValidationError
from lunar_desk.services import catalogue
from lunar_desk.services.mass import MassUnit, format_mass, parse_mass, parse_unit
from lunar_desk.messages import Msg

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None

HEADER_SCAN_ROWS = 30
MAX_COLUMNS = 16_384  # Excel's widest sheet (column XFD): a header is looked for no further right
PROGRESS_EVERY = 2000
APPLY_CHUNK = 5000
_IN_CHUNK = 500

# --- fields and the names columns go by -----------------------------------------

FIELDS: tuple[str, ...] = (
    "sample_number",
    "mission",
    "batch",
    "sampling_mode",
    "preparation",
    "use_class",
    "mass",
    "mass_unit",
    "pieces",
    "location",
    "notes",
)
FIELD_LABELS: dict[str, str] = {
    "sample_number": "Sample number / 样品编号",
    "mission": "Mission / 任务",
    "batch": "Batch / 批次",
    "sampling_mode": "Sampling mode / 采样方式",
    "preparation": "Type / 类型",
    "use_class": "Use / 用途",
    "mass": "Mass / 质量",
    "mass_unit": "Mass unit / 单位",
    "pieces": "Pieces / 块数",
    "location": "Location / 存储位置",
    "notes": "Notes / 备注",
}
REQUIRED_FIELDS = ("sample_number", "mass")

# Best names first: when two columns match the same field, the better name wins.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "sample_number": (
        "Sample number", "Sample No.", "Sample ID", "Sample code", "Sample", "Sample name",
        "样品编号", "样品号", "样品编码", "样品代码", "样品ID", "样品名称", "编号", "样品",
    ),
    "mass": (
        "Mass", "Sample mass", "Net mass", "Weight", "Sample weight", "Net weight",
        "质量", "样品质量", "重量", "样品重量", "净重", "净质量",
    ),
    "mass_unit": ("Unit", "Units", "Mass unit", "Weight unit", "单位", "质量单位", "重量单位"),
    "preparation": (
        "Type", "Preparation", "Sample type", "Preparation type", "Form", "Sample form",
        "类型", "样品类型", "制备类型", "样品形态", "形态", "样品种类", "种类",
    ),
    "sampling_mode": (
        "Sampling mode", "Sampling method", "Sampling", "Sampling type", "Collection method", "Mode",
        "采样方式", "采样方法", "取样方式", "采样类型", "采样",
    ),
    "mission": ("Mission", "Mission code", "Source mission", "Source", "任务", "探测任务", "任务名称", "来源任务", "来源"),
    "batch": ("Batch", "Batch number", "Batch No.", "Release batch", "批次", "发布批次", "批次号", "释放批次"),
    "use_class": ("Use class", "Use", "Usage", "Purpose", "Sample use", "用途", "样品用途", "用途分类"),
    "pieces": (
        "Pieces", "Number of pieces", "Piece count", "Count", "Quantity", "Qty",
        "数量", "块数", "件数", "颗数", "样品数量",
    ),
    "location": (
        "Location", "Storage location", "Storage", "Storage site",
        "存储位置", "存放位置", "保存地点", "存放地点", "存储地点", "位置", "存储",
    ),
    "notes": ("Notes", "Note", "Remarks", "Remark", "Comments", "Comment", "Description", "备注", "说明", "附注"),
}

_NORM_STRIP = re.compile(r"[\s._\-:*#'’`()\[\]【】/\\|,，、：;；\"“”]+")
_CJK_SPLIT = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+|[^\u3400-\u9fff\uf900-\ufaff]+")
_UNIT_PATTERNS = (
    re.compile(r"^(?P<base>.*?)\s*[(\[【]\s*(?P<unit>[^()\[\]【】]+?)\s*[)\]】]\s*$"),
    re.compile(r"^(?P<base>.*?)\s*[/,]\s*(?P<unit>[^/,]+?)\s*$"),
    re.compile(r"^(?P<base>.*?\S)\s+(?:in\s+)?(?P<unit>\S+)\s*$", re.IGNORECASE),
)


def _norm(text: Any) -> str:
    """A key for matching names and words: width-folded, lower-case, no spaces or punctuation."""
    return _NORM_STRIP.sub("", unicodedata.normalize("NFKC", str(text)).lower())


_ALIASES: dict[str, tuple[str, int]] = {}
for _field, _names in FIELD_ALIASES.items():
    for _rank, _name in enumerate(_names):
        _ALIASES.setdefault(_norm(_name), (_field, _rank))


def _header_text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


def _split_unit(text: str) -> tuple[str, MassUnit | None]:
    """'Mass (mg)' → ('Mass', mg); '质量/g' → ('质量', g); anything else → (text, None)."""
    for pattern in _UNIT_PATTERNS:
        m = pattern.match(text)
        if m and m.group("base").strip():
            try:
                return m.group("base").strip(), parse_unit(m.group("unit"))
            except ValidationError:
                continue
    return text, None


def match_header(text: Any) -> tuple[str, int, MassUnit | None] | None:
    """The field a header names, its rank among that field's names, and a unit it carries."""
    raw = _header_text(text)
    if not raw:
        return None
    folded = unicodedata.normalize("NFKC", raw)
    base, unit = _split_unit(folded)
    candidates = [base, folded, re.sub(r"[(\[【][^()\[\]【】]*[)\]】]", " ", base)]
    for part in re.split(r"[/\n|]+", base):
        candidates.append(part)
        candidates.extend(_CJK_SPLIT.findall(part))
    for candidate in candidates:
        hit = _ALIASES.get(_norm(candidate))
        if hit is not None:
            return hit[0], hit[1], unit
    return None


# --- cell values ------------------------------------------------------------------

_PREPARATION_WORDS = {
    Preparation.POWDER: ("powder", "fines", "soil", "regolith", "lunar soil", "粉末", "月壤", "粉末样品", "土壤", "粉"),
    Preparation.ROCK_CHIP: (
        "rock chip", "rock chips", "rock_chip", "chip", "chips", "rock fragment", "rock fragments", "debris",
        "rock debris", "岩屑", "岩石碎片", "碎片", "岩块", "岩石颗粒", "岩石", "碎屑",
    ),
    Preparation.THIN_SECTION: ("thin section", "thin sections", "thin_section", "section", "薄片", "岩石薄片", "光薄片", "探针片"),
    Preparation.OTHER: ("other", "others", "其他", "其它"),
}
_SAMPLING_WORDS = {
    SamplingMode.SCOOPED: ("scooped", "scoop", "surface", "surface scooped", "表取", "铲取", "表层", "表取样品", "C"),
    SamplingMode.DRILLED: ("drilled", "drill", "drilling", "core", "钻取", "钻孔", "钻探", "钻取样品", "Z"),
    SamplingMode.UNKNOWN: ("unknown", "未知"),
}
_USE_WORDS = {
    UseClass.RESEARCH: ("research", "research sample", "科研", "研究", "科学研究", "科研样品"),
    UseClass.PUBLIC_BENEFIT: (
        "public benefit", "public_benefit", "public", "public beneficial", "public beneficial activities",
        "exhibition", "outreach", "education", "公益", "科普", "展览", "展示", "公益样品", "科普展示",
    ),
    UseClass.PERMANENT: ("permanent", "permanently stored", "永久存储", "永久保存", "永久存储样品"),
    UseClass.PERMANENT_BACKUP: ("permanent backup", "permanent_backup", "permanently stored backup", "backup", "永久备份", "备份", "永久存储备份"),
}


def _word_map(words: dict) -> dict[str, str]:
    out = {}
    for value, names in words.items():
        out[_norm(value.value)] = value.value
        for name in names:
            out[_norm(name)] = value.value
    return out


_PREPARATION_MAP = _word_map(_PREPARATION_WORDS)
_SAMPLING_MAP = _word_map(_SAMPLING_WORDS)
_USE_MAP = _word_map(_USE_WORDS)
_WORD_HINTS = {
    "preparation": ("type", "powder (粉末), rock chip (岩屑), thin section (薄片) or other (其他)"),
    "sampling_mode": ("sampling mode", "scooped (表取) or drilled (钻取)"),
    "use_class": ("use", "research (科研), public benefit (公益), permanent (永久存储) or permanent backup (永久备份)"),
}

_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+")


def _cn_int(text: str) -> int | None:
    """Small Chinese numerals: 七 → 7, 十二 → 12, 二十一 → 21."""
    if "百" in text:
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        if (tens and tens not in _CN_DIGITS) or (ones and ones not in _CN_DIGITS):
            return None
        return (_CN_DIGITS[tens] if tens else 1) * 10 + (_CN_DIGITS[ones] if ones else 0)
    value = 0
    for ch in text:
        value = value * 10 + _CN_DIGITS[ch]
    return value


def _text(value: Any) -> str | None:
    """A cell as trimmed text, or None when blank."""
    if value is None:
        return None
    if isinstance(value, str):
        value = value.strip()
        return value or None
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)


class _CellError(Exception):
    def __init__(self, problem: str) -> None:
        super().__init__(problem)
        self.problem = problem


def _whole_number(value: Any, what: str, example: str) -> int | None:
    """A numeric cell as a whole number; None when the cell is text (parsed by the caller)."""
    if isinstance(value, bool):
        raise _CellError(Msg("'{value}' is not {what}; write e.g. {example}.", value=value, what=what, example=example))
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if value.is_integer():
            return int(value)
        raise _CellError(Msg("'{value:g}' is not {what} (a whole number); write e.g. {example}.", value=value, what=what, example=example))
    return None


def parse_batch(value: Any) -> int:
    """7, 7.0, '7', '第7批', '第七批', 'Batch 7' → 7."""
    number = _whole_number(value, Msg("a batch number"), Msg("7 or 第7批"))
    if number is None:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        digits = re.findall(r"\d+", text)
        if len(digits) == 1:
            number = int(digits[0])
        else:
            cn = _CN_NUMBER.findall(text)
            number = _cn_int(cn[0]) if len(cn) == 1 and not digits else None
        if number is None:
            raise _CellError(Msg("'{text}' is not a batch number; write e.g. 7 or 第7批.", text=text))
    if number <= 0:
        raise _CellError(Msg("'{value}': a batch number is a positive whole number.", value=value))
    if number > catalogue.MAX_COUNT:
        raise _CellError(Msg("'{value}' is too large for a batch number; write e.g. 7 or 第7批.", value=value))
    return number


_PIECES = re.compile(r"^(\d+)\s*(?:块|件|颗|片|个|粒|pcs?|pieces?|chips?)?\.?$", re.IGNORECASE)


def parse_pieces(value: Any) -> int:
    """3, 3.0, '3', '3块', '3 pcs' → 3."""
    number = _whole_number(value, Msg("a piece count"), Msg("3"))
    if number is None:
        text = unicodedata.normalize("NFKC", str(value)).strip()
        m = _PIECES.match(text)
        if not m:
            raise _CellError(Msg("'{text}' is not a piece count; write a whole number such as 3.", text=text))
        number = int(m.group(1))
    return number


def _word(value: Any, mapping: dict[str, str], kind: str) -> str:
    text = str(value).strip()
    hit = mapping.get(_norm(text))
    if hit is None:
        what, allowed = _WORD_HINTS[kind]
        raise _CellError(Msg("'{text}' is not a known {what}; use {allowed}.", text=text, what=what, allowed=allowed))
    return hit


# --- reading ------------------------------------------------------------------------


@dataclass(slots=True)
class ParsedRow:
    """One non-blank data row: its row number in the file and the values of the mapped fields."""

    row: int
    cells: tuple  # aligned with ParsedFile.fields


@dataclass
class ParsedFile:
    """What :func:`read_release_file` found in a file."""

    path: Path
    sheet: str | None  # the worksheet read (None for CSV)
    sheet_names: list[str]  # every worksheet in the workbook (empty for CSV)
    header_row: int | None  # 1-based row number of the header, None if none was found
    headers: list[str]  # header text of every column (by position)
    mapping: dict[str, str]  # header text → field, for the columns used
    unmapped: list[str]  # header texts of columns not used
    fields: tuple[str, ...]  # the fields present, in the order of ParsedRow.cells
    columns: dict[str, str]  # field → header text (to name columns in errors)
    mass_unit: MassUnit | None  # unit given in the mass column's header
    rows: list[ParsedRow]
    problems: list[InputFileError] = field(default_factory=list)  # file-level (e.g. a required column missing)
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only
    blank_rows: int = 0  # blank rows after the header, skipped

    def values(self, row: ParsedRow) -> dict[str, Any]:
        """The row as {field: value}."""
        return dict(zip(self.fields, row.cells, strict=True))

    def location(self, row: int | None = None, column: str | None = None) -> Location:
        return Location(str(self.path), self.sheet, row, column)


class ImportCancelled(UserError):
    """The officer cancelled; the transaction rolls back and nothing is changed."""

    title = "Import cancelled"

    def __init__(self, message: str = "The import was cancelled; nothing was changed.") -> None:
        super().__init__(message)


@contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector during bulk work.

    Bulk loops allocate millions of small containers; each allocation burst
    would trigger a full collection that scans every live row, which costs
    more than the work itself.  Nothing here creates reference cycles.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _check_cancel(cancelled: Cancelled) -> None:
    if cancelled is not None and cancelled():
        raise ImportCancelled()


@dataclass
class _Header:
    row: int  # 1-based
    headers: list[str]
    columns: dict[str, int]  # field → column index
    units: dict[int, MassUnit]
    score: int


def _clean_mapping(mapping: dict[str, str] | None) -> dict[str, str | None]:
    out: dict[str, str | None] = {}
    for header, target in (mapping or {}).items():
        if target and target not in FIELDS:
            raise ValidationError(
                Msg("'{target}' is not a field of a release list; use one of: {items}.", target=target, items=', '.join(FIELDS)), field="mapping"
            )
        out[_header_text(header)] = target or None
    return out


def _detect_header(head: list[tuple], overrides: dict[str, str | None]) -> _Header | None:
    """The row (among the first rows) matching the most field names; it must name the sample number."""
    best: _Header | None = None
    hits: dict[str, tuple[str, int, MassUnit | None] | None] = {}  # header text → match (texts repeat)
    for index, cells in enumerate(head):
        headers = [_header_text(c) for c in cells[:MAX_COLUMNS]]
        while headers and not headers[-1]:
            headers.pop()
        found: dict[str, tuple[int, int]] = {}  # field → (rank, column)
        units: dict[int, MassUnit] = {}
        overridden: dict[str, int] = {}
        for col, text in enumerate(headers):
            shown = text or _blank_header(col)
            if shown in overrides:  # the officer's choice, also for a column without a header
                target = overrides[shown]
                if target is not None and target not in overridden:
                    overridden[target] = col
                _base, unit = _split_unit(unicodedata.normalize("NFKC", text))
                if unit is not None:
                    units[col] = unit
                continue
            if not text:
                continue
            hit = hits[text] if text in hits else hits.setdefault(text, match_header(text))
            if hit is None:
                continue
            name, rank, unit = hit
            if unit is not None:
                units[col] = unit
            if name not in found or rank < found[name][0]:
                found[name] = (rank, col)
        columns = {name: col for name, (_rank, col) in found.items()}
        for name, col in overridden.items():
            columns[name] = col
        columns = dict(sorted(columns.items(), key=lambda kv: kv[1]))
        score = len(columns) + (100 if "sample_number" in columns else 0)
        if score > 0 and (best is None or score > best.score):
            best = _Header(index + 1, headers, columns, units, score)
    if best is not None and best.score < 100 and best.score < 2:
        return None  # one stray word in a title row is not a header
    return best


def _is_blank(cells: Iterable) -> bool:
    for c in cells:
        if c is not None and (not isinstance(c, str) or c.strip()):
            return False
    return True


def _build(
    path: Path,
    sheet: str | None,
    sheet_names: list[str],
    header: _Header | None,
    rows: Iterator[tuple],
    *,
    total_hint: int,
    progress: Progress,
    cancelled: Cancelled,
) -> ParsedFile:
    if header is None:
        problem = InputFileError(
            Location(str(path), sheet),
            Msg(
                "no header row found in the first {HEADER_SCAN_ROWS} rows: expected column names such as 'Sample "
                "number' / 样品编号 and 'Mass (mg)' / 质量. Check the sheet, or choose the columns by hand.",
                HEADER_SCAN_ROWS=HEADER_SCAN_ROWS),
        )
        return ParsedFile(path, sheet, sheet_names, None, [], {}, [], (), {}, None, [], problems=[problem])
    headers = [h or _blank_header(i) for i, h in enumerate(header.headers)]
    fields = tuple(header.columns)
    indices = tuple(header.columns.values())
    columns = {name: headers[col] for name, col in header.columns.items()}
    mapping = {headers[col]: name for name, col in header.columns.items()}
    used = set(indices)
    unmapped = [h for i, h in enumerate(headers) if i not in used]
    mass_col = header.columns.get("mass")
    parsed = ParsedFile(
        path, sheet, sheet_names, header.row, headers, mapping, unmapped, fields, columns,
        header.units.get(mass_col) if mass_col is not None else None, [],
    )
    for name in REQUIRED_FIELDS:
        if name not in header.columns:
            parsed.problems.append(
                InputFileError(
                    parsed.location(header.row),
                    Msg(
                        "no column for {FIELD_LABELS} in the header row (columns: {value}); rename the column or "
                        "choose it by hand.",
                        FIELD_LABELS=FIELD_LABELS[name], value=', '.join((repr(h) for h in headers if h)) or 'none'),
                )
            )
    out = parsed.rows
    width = max(indices) + 1 if indices else 0
    blank = 0
    row_number = header.row
    for row_number, values in enumerate(rows, start=header.row + 1):
        if len(values) < width:
            values = tuple(values) + (None,) * (width - len(values))
        cells = tuple([values[i] for i in indices])
        if _is_blank(cells):
            blank += 1
        else:
            out.append(ParsedRow(row_number, cells))
        if row_number % PROGRESS_EVERY == 0:
            _check_cancel(cancelled)
            if progress is not None:
                progress(row_number, max(total_hint, row_number))
    if progress is not None:
        progress(row_number, row_number)
    parsed.blank_rows = blank
    return parsed


def _blank_header(index: int) -> str:
    """How a column without a header text is named (in errors and in the mapping): 'Column C'."""
    from openpyxl.utils import get_column_letter

    return f"Column {get_column_letter(index + 1)}"


def read_release_file(
    path: str | Path,
    *,
    mapping: dict[str, str] | None = None,
    sheet: str | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> ParsedFile:
    """Read a release list (.xlsx/.xlsm or .csv).

    ``mapping`` overrides which column (by header text) feeds which field
    (a field name from :data:`FIELDS`, or ``""``/None to ignore the column).
    ``sheet`` picks the worksheet; by default the first one with a header row.
    Raises :class:`InputFileError` when the file cannot be read at all;
    problems with the columns are in ``ParsedFile.problems``.
    """
    with _gc_paused():
        return _read(Path(path), _clean_mapping(mapping), sheet, progress, cancelled)


def _read(path: Path, overrides, sheet: str | None, progress: Progress, cancelled: Cancelled) -> ParsedFile:
    if not path.is_file():
        raise InputFileError(Location(str(path)), Msg("there is no file {path}.", path=path))
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path, overrides, sheet, progress, cancelled)
    if suffix in (".csv", ".txt", ".tsv"):
        return _read_csv(path, overrides, progress, cancelled)
    if suffix == ".xls":
        raise InputFileError(Location(str(path)), Msg(
            "old .xls workbooks cannot be read; open it in Excel and save it as .xlsx."))
    raise InputFileError(Location(str(path)), Msg(
        "'{suffix}' files cannot be imported; use an Excel workbook (.xlsx) or a CSV file.",
        suffix=path.suffix))


def _read_xlsx(path: Path, overrides, sheet: str | None, progress: Progress, cancelled: Cancelled) -> ParsedFile:
    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as exc:
        raise InputFileError(Location(str(path)), Msg("this is not a readable Excel workbook ({exc}).", exc=exc)) from exc
    except Exception as exc:  # a damaged part makes openpyxl raise anything (XML ParseError, TypeError…)
        raise _damaged(path, None, None, exc) from exc
    try:
        names = list(wb.sheetnames)
        if sheet is not None:
            if sheet not in names:
                raise InputFileError(
                    Location(str(path), sheet), Msg("the workbook has no sheet '{sheet}'; its sheets are: {items}.", sheet=sheet, items=', '.join(names))
                )
            candidates = [sheet]
        else:
            candidates = names
        first: tuple[str, _Header | None] | None = None
        for name in candidates:
            try:
                ws = wb[name]
                hint = ws.max_row or 0
                ws.reset_dimensions()  # some writers record wrong dimensions; read what is there
            except Exception as exc:  # as above
                raise _damaged(path, name, None, exc) from exc
            rows = _guarded_rows(path, name, ws.iter_rows(values_only=True))
            head = []
            for values in rows:
                head.append(values)
                if len(head) >= HEADER_SCAN_ROWS:
                    break
            header = _detect_header(head, overrides)
            if first is None or (header is not None and (first[1] is None or header.score > first[1].score)):
                first = (name, header)  # the best guess, to show its columns when none names the sample number
            if header is not None and "sample_number" in header.columns:
                remaining = _chain(head[header.row:], rows)
                return _build(path, name, names, header, remaining, total_hint=hint, progress=progress, cancelled=cancelled)
        assert first is not None
        return _build(path, first[0], names, first[1], iter(()), total_hint=0, progress=None, cancelled=None)
    finally:
        wb.close()


def _damaged(path: Path, sheet: str | None, row: int | None, exc: BaseException) -> InputFileError:
    detail = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    return InputFileError(
        Location(str(path), sheet, row),
        Msg(
            "the workbook is damaged and cannot be read ({detail}). Open it in Excel, save it again and import "
            "the new copy, or ask CLEP for the file again.",
            detail=detail[:200]),
    )


def _guarded_rows(path: Path, sheet: str, rows: Iterator[tuple]) -> Iterator[tuple]:
    """openpyxl reads a sheet lazily: a damaged part fails while rows are read; say so, with the row."""
    row = 0
    while True:
        row += 1
        try:
            values = next(rows)
        except StopIteration:
            return
        except Exception as exc:  # XML, zip and type errors from a damaged sheet
            raise _damaged(path, sheet, row, exc) from exc
        yield values


def _chain(head: list, rest: Iterator) -> Iterator:
    yield from head
    yield from rest


_DELIMITERS = (",", ";", "\t")


_CJK_CLASS = "[\u3400-\u9fff\uf900-\ufaff]"
_CJK = re.compile(_CJK_CLASS)
# one Chinese character alone (no Chinese neighbour), touching a Latin letter: "Comisi髇", "謟t黵k"
_LONE_CJK_BY_LATIN = re.compile(
    rf"(?<!{_CJK_CLASS})(?:(?<=[A-Za-z]){_CJK_CLASS}|{_CJK_CLASS}(?=[A-Za-z]))(?!{_CJK_CLASS})")


def _western_text_read_as_chinese(text: str) -> bool:
    """Whether a GB18030 reading is really a Western Windows (cp1252) file: Excel's plain "CSV" on a
    Western laptop writes "Comisión" as bytes that GB18030 reads without error as "Comisi髇" (each
    accented letter and the letter after it become one Chinese character). Chinese words are
    mostly two characters or more; in a misread file nearly every Chinese character stands alone
    against Latin letters."""
    lone = len(_LONE_CJK_BY_LATIN.findall(text))
    return lone > 0 and lone * 2 > len(_CJK.findall(text))


def _decode(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encodings = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "gb18030" and _western_text_read_as_chinese(text):
            try:
                return data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                pass  # not cp1252 either (bytes it leaves undefined): keep the Chinese reading
        return text, ("utf-8" if encoding == "utf-8-sig" and not data.startswith(b"\xef\xbb\xbf") else encoding)
    raise InputFileError(
        Location(str(path)),
        Msg("the file's text encoding is not UTF-8 or GB18030; save it from Excel as 'CSV UTF-8' and import again."),
    )


def _read_csv(path: Path, overrides, progress: Progress, cancelled: Cancelled) -> ParsedFile:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputFileError(Location(str(path)), Msg("the file cannot be read ({value}).", value=exc.strerror or exc)) from exc
    text, encoding = _decode(path, data)
    best: tuple[tuple, str, _Header | None] | None = None
    failure: tuple[int | None, csv.Error] | None = None
    for delimiter in _DELIMITERS:
        head = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)  # \r, \n or \r\n ends a line
        try:
            for values in reader:
                head.append(tuple(values))
                if len(head) >= HEADER_SCAN_ROWS:
                    break
        except csv.Error as exc:
            failure = failure or (reader.line_num, exc)
            continue
        header = _detect_header(head, overrides)
        width = max((len(r) for r in head), default=0)
        key = (header.score if header else 0, width)
        if best is None or key > best[0]:
            best = (key, delimiter, header)
    if best is None:  # the CSV module refused the file with every delimiter
        assert failure is not None
        raise InputFileError(Location(str(path), None, failure[0]), Msg("the CSV file is malformed ({failure}).", failure=failure[1]))
    _key, delimiter, header = best
    total_hint = text.count("\n") + 1
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        if header is not None:
            for _ in range(header.row):
                next(rows)
        parsed = _build(path, None, [], header, rows, total_hint=total_hint, progress=progress, cancelled=cancelled)
    except csv.Error as exc:
        raise InputFileError(Location(str(path), None, getattr(rows, "line_num", None)), Msg(
            "the CSV file is malformed ({exc}).",
            exc=exc)) from exc
    parsed.encoding = encoding
    parsed.delimiter = delimiter
    return parsed


# --- planning -------------------------------------------------------------------------


_CHANGE_LABELS = {
    "mission": "mission",
    "batch": "batch",
    "sampling_mode": "sampling mode",
    "preparation": "type",
    "use_class": "use",
    "mass": "mass",
    "pieces": "pieces",
    "location": "location",
    "notes": "notes",
}


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field of an existing sample the file changes (raw values: µg, batch number, mission code, enum value)."""

    field: str
    old: Any
    new: Any

    def _show(self, value: Any) -> str:
        if value is None or value == "":
            return "(blank)"
        if self.field == "mass":
            return format_mass(value)
        labels = {
            "preparation": catalogue.PREPARATION_LABELS,
            "sampling_mode": catalogue.SAMPLING_LABELS,
            "use_class": catalogue.USE_CLASS_LABELS,
        }.get(self.field)
        if labels is not None:
            for key, label in labels.items():
                if key.value == value:
                    return label
        text = str(value)
        return text if len(text) <= 40 else text[:39] + "…"

    def describe(self) -> str:
        return f"{_CHANGE_LABELS.get(self.field, self.field)}: {self._show(self.old)} → {self._show(self.new)}"


@dataclass(slots=True)
class PlannedAdd:
    row: int
    sample_number: str
    # sample_number, mission (code), mission_id, batch_number, use_class, sampling_mode,
    # preparation, mass_ug, pieces, location, notes
    values: dict[str, Any]


@dataclass(slots=True)
class PlannedChange:
    row: int
    sample_id: uuid.UUID
    sample_number: str
    changes: tuple[FieldChange, ...]

    def describe(self) -> str:
        return f"row {self.row}, {self.sample_number}: " + "; ".join(c.describe() for c in self.changes)


@dataclass(frozen=True)
class InputFileWarning:
    """Something to check in the file that does not stop the import."""

    location: Location
    problem: str

    @property
    def message(self) -> str:
        where = self.location.describe()
        return Msg("{where}: {problem}", where=where, problem=self.problem) if where else self.problem

    def __str__(self) -> str:
        return self.message


@dataclass
class ImportPlan:
    """What importing a file would do; nothing has been written."""

    file: str
    sheet: str | None
    batch_number: int | None = None
    create_batch: bool = False
    batch_mission_codes: tuple[str, ...] = ()  # missions linked to a batch that will be created
    adds: list[PlannedAdd] = field(default_factory=list)
    changes: list[PlannedChange] = field(default_factory=list)
    unchanged: list[int] = field(default_factory=list)  # row numbers
    errors: list[InputFileError] = field(default_factory=list)
    warnings: list[InputFileWarning] = field(default_factory=list)
    blank_rows: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def rows(self) -> int:
        return len(self.adds) + len(self.changes) + len(self.unchanged)

    def summary(self) -> str:
        parts = [
            f"{len(self.adds):,} to add",
            f"{len(self.changes):,} to change",
            f"{len(self.unchanged):,} unchanged",
            f"{len(self.errors):,} error{'s' if len(self.errors) != 1 else ''}",
        ]
        if self.warnings:
            parts.append(f"{len(self.warnings):,} warning{'s' if len(self.warnings) != 1 else ''}")
        text = ", ".join(parts) + "."
        if self.create_batch:
            text += f" Release batch {self.batch_number} will be created."
        return text


@dataclass
class ImportResult:
    added: int
    changed: int
    unchanged: int
    batch_created: bool = False
    batch_number: int | None = None

    def summary(self) -> str:
        text = f"{self.added:,} samples added, {self.changed:,} changed, {self.unchanged:,} unchanged."
        if self.batch_created:
            text += f" Release batch {self.batch_number} created."
        return text


_MISSION_NUMERALS = str.maketrans({"五": "5", "六": "6", "七": "7", "八": "8", "四": "4", "三": "3", "二": "2", "一": "1"})


def _mission_key(text: str) -> str:
    return _norm(unicodedata.normalize("NFKC", text).translate(_MISSION_NUMERALS))


def _mission_lookup(missions) -> dict[str, Any]:
    lookup = {}
    for m in missions:
        for name in (m.code, m.prefix, m.name, m.name_zh):
            if name:
                key = _mission_key(name)
                lookup.setdefault(key, m)
                if key.endswith("号"):
                    lookup.setdefault(key[:-1], m)
    return lookup


# Sample columns an import can set, and the field each comes from.
_COMPARED = ("mission", "batch", "sampling_mode", "preparation", "use_class", "mass", "pieces", "location", "notes")


@dataclass(slots=True)
class _Existing:
    id: uuid.UUID
    mission: str  # mission code
    batch: int | None
    sampling_mode: str
    preparation: str
    use_class: str
    mass: int
    pieces: int | None
    location: str
    notes: str


def _load_existing(session: Session, numbers: list[str], batch_numbers: dict, mission_codes: dict) -> dict[str, _Existing]:
    cols = (
        Sample.sample_number, Sample.id, Sample.mission_id, Sample.batch_id, Sample.sampling_mode, Sample.preparation,
        Sample.use_class, Sample.mass_ug, Sample.pieces, Sample.location, Sample.notes,
    )
    total = int(session.scalar(select(func.count()).select_from(Sample)) or 0)
    if total == 0 or not numbers:
        return {}
    if total <= 4 * len(numbers) + 1000:
        results = [session.execute(select(*cols))]
    else:
        unique = sorted(set(numbers))
        results = [
            session.execute(select(*cols).where(Sample.sample_number.in_(unique[i : i + _IN_CHUNK])))
            for i in range(0, len(unique), _IN_CHUNK)
        ]
    out = {}
    for result in results:
        for number, sid, mission_id, batch_id, mode, prep, use, mass, pieces, location, notes in result:
            out[number] = _Existing(
                sid, mission_codes.get(mission_id, str(mission_id)), batch_numbers.get(batch_id) if batch_id else None,
                mode, prep, use, mass, pieces, location or "", notes or "",
            )
    return out


def plan_import(
    session: Session,
    parsed: ParsedFile,
    *,
    batch_number: int | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> ImportPlan:
    """Compare the file with the catalogue and say what importing it would do; writes nothing.

    ``batch_number`` puts every row into that release batch (created on apply
    if missing); a row naming another batch is an error.
    """
    if batch_number is not None and not 0 < batch_number <= catalogue.MAX_COUNT:
        raise ValidationError(Msg("A release batch number is a positive whole number."), field="batch")
    with _gc_paused():
        return _plan(session, parsed, batch_number, progress, cancelled)


@dataclass(frozen=True, slots=True)
class _Mission:
    id: uuid.UUID
    code: str
    prefix: str


class _Memo:
    """Cell text → parsed value, parsed once per distinct text (lists repeat the same few words)."""

    __slots__ = ("parse", "values", "problems")

    def __init__(self, parse: Callable[[Any], Any]) -> None:
        self.parse = parse
        self.values: dict[Any, Any] = {}
        self.problems: dict[Any, str] = {}

    def __call__(self, raw: Any) -> Any:
        try:
            return self.values[raw]
        except KeyError:
            pass
        except TypeError:  # unhashable: not from a file, but be safe
            return self.parse(raw)
        problem = self.problems.get(raw)
        if problem is None:
            try:
                value = self.values[raw] = self.parse(raw)
                return value
            except _CellError as exc:
                problem = self.problems[raw] = exc.problem
        raise _CellError(problem)


def _plan(session: Session, parsed: ParsedFile, batch_number: int | None, progress: Progress, cancelled: Cancelled) -> ImportPlan:
    plan = ImportPlan(file=str(parsed.path), sheet=parsed.sheet, batch_number=batch_number, blank_rows=parsed.blank_rows)
    plan.errors.extend(parsed.problems)
    if parsed.problems:
        return plan

    file, sheet = str(parsed.path), parsed.sheet
    errors, warnings = plan.errors, plan.warnings
    columns = parsed.columns
    index = {name: i for i, name in enumerate(parsed.fields)}

    def err(row: int, name: str | None, problem: str) -> None:
        errors.append(InputFileError(Location(file, sheet, row, columns.get(name) if name else None), problem))

    def warn(row: int, name: str | None, problem: str) -> None:
        warnings.append(InputFileWarning(Location(file, sheet, row, columns.get(name) if name else None), problem))

    orm_missions = catalogue.missions(session)
    missions = [_Mission(m.id, m.code, (m.prefix or "").upper()) for m in orm_missions]
    by_code = {m.code: m for m in missions}
    mission_codes = {m.id: m.code for m in missions}
    names = {key: by_code[m.code] for key, m in _mission_lookup(orm_missions).items()}
    known_missions = ", ".join(f"{m.code} ({m.name_zh})" if m.name_zh else m.code for m in orm_missions)
    prefix_lengths = sorted({len(m.prefix) for m in missions if m.prefix}, reverse=True)
    by_prefix_map = {m.prefix: m for m in missions if m.prefix}

    def mission_named(raw: Any) -> _Mission:
        hit = names.get(_mission_key(str(raw)))
        if hit is None:
            raise _CellError(Msg("'{raw}' is not a known mission; known missions: {known_missions}.", raw=raw, known_missions=known_missions))
        return hit

    batches = {b.number: b for b in session.scalars(select(ReleaseBatch))}
    batch_numbers = {b.id: b.number for b in batches.values()}
    if batch_number is not None:
        plan.create_batch = batch_number not in batches

    i_num = index["sample_number"]
    i_mass = index["mass"]
    i_unit = index.get("mass_unit")
    i_mission = index.get("mission")
    i_batch = index.get("batch")
    i_pieces = index.get("pieces")
    memo_mission = _Memo(mission_named)
    memo_batch = _Memo(parse_batch)
    memo_pieces = _Memo(parse_pieces)

    def unit_named(raw: Any) -> MassUnit:
        try:
            return parse_unit(str(raw))
        except ValidationError as exc:
            raise _CellError(exc.message) from None

    memo_unit = _Memo(unit_named)
    word_fields = [
        (name, index[name], _Memo(lambda raw, m=m, name=name: _word(raw, m, name)))
        for name, m in (("sampling_mode", _SAMPLING_MAP), ("preparation", _PREPARATION_MAP), ("use_class", _USE_MAP))
        if name in index
    ]
    text_fields = [(name, index[name]) for name in ("location", "notes") if name in index]
    header_unit = parsed.mass_unit

    numbers = [n for n in (_text(r.cells[i_num]) for r in parsed.rows) if n]
    existing = _load_existing(session, numbers, batch_numbers, mission_codes)
    del numbers

    check_number = catalogue.check_sample_number
    check_values = catalogue.check_sample_values
    pattern = catalogue.SAMPLE_NUMBER_PATTERN
    powder, research = Preparation.POWDER.value, UseClass.RESEARCH.value
    unknown, scooped, drilled = SamplingMode.UNKNOWN.value, SamplingMode.SCOOPED.value, SamplingMode.DRILLED.value
    adds, unchanged, planned_changes = plan.adds, plan.unchanged, plan.changes
    seen: dict[str, int] = {}
    row_missions: set[str] = set()
    total = len(parsed.rows)
    for done, prow in enumerate(parsed.rows, start=1):
        if done % PROGRESS_EVERY == 0:
            _check_cancel(cancelled)
            if progress is not None:
                progress(done, total)
        row, cells = prow.row, prow.cells

        # sample number: required, unique in the file
        raw = cells[i_num]
        raw_number = raw.strip() if isinstance(raw, str) else _text(raw)
        if not raw_number:
            err(row, "sample_number", Msg(
                "no sample number; every row needs one (delete the row if it is not a sample)."))
            continue
        try:
            number, warning = check_number(raw_number)
        except ValidationError as exc:
            err(row, "sample_number", exc.message)
            continue
        first = seen.get(number)
        if first is not None:
            err(row, "sample_number", Msg(
                "sample {number} is also on row {first}; each sample may appear only once.",
                number=number, first=first))
            continue
        seen[number] = row
        if warning:
            warn(row, "sample_number", warning)
        old = existing.get(number)
        bad = False
        given: dict[str, Any] = {}

        # mass, with the unit from the cell, else the unit column, else the header
        raw = cells[i_mass]
        if raw is not None and not (isinstance(raw, str) and not raw.strip()):
            unit = header_unit
            if i_unit is not None:
                raw_unit = _text(cells[i_unit])
                if raw_unit is not None:
                    try:
                        unit = memo_unit(raw_unit)
                    except _CellError as exc:
                        err(row, "mass_unit", exc.problem)
                        bad = True
            if not bad:
                try:
                    given["mass"] = parse_mass(raw, default_unit=unit)
                except ValidationError as exc:
                    err(row, "mass", exc.message)
                    bad = True
        elif old is None:
            err(row, "mass", Msg("no mass given; a new sample needs its mass (e.g. 12.5 mg)."))
            bad = True

        # mission: from its column, else (for a new sample) from the sample-number prefix
        mission = None
        raw = _text(cells[i_mission]) if i_mission is not None else None
        if raw is not None:
            try:
                mission = memo_mission(raw)
            except _CellError as exc:
                err(row, "mission", exc.problem)
                bad = True
        upper = number.upper()
        prefixed = None
        for length in prefix_lengths:
            prefixed = by_prefix_map.get(upper[:length])
            if prefixed is not None:
                break
        if raw is None:
            if old is None:  # an existing sample keeps its mission unless the file names one
                mission = prefixed
                if mission is None:
                    err(
                        row, "mission" if i_mission is not None else "sample_number",
                        Msg(
                            "no mission given, and sample number {number} does not start with a known mission "
                            "prefix ({items}); add the mission (e.g. CE-5).",
                            number=number, items=', '.join(by_prefix_map)),
                    )
                    bad = True
        elif mission is not None and prefixed is not None and prefixed is not mission:
            warn(row, "mission", Msg(
                "the mission is {mission_code} but sample number {number} starts with {prefix}; check it.",
                mission_code=mission.code, number=number, prefix=prefixed.prefix))
        if mission is not None:
            given["mission"] = mission.code
            row_missions.add(mission.code)
        elif old is not None:
            row_missions.add(old.mission)

        # batch: the row's, else the one imported into; they must agree
        row_batch = None
        if i_batch is not None:
            raw = cells[i_batch]
            if raw is not None and not (isinstance(raw, str) and not raw.strip()):
                try:
                    row_batch = memo_batch(raw)
                except _CellError as exc:
                    err(row, "batch", exc.problem)
                    bad = True
        if row_batch is not None:
            if batch_number is not None and row_batch != batch_number:
                err(row, "batch", Msg("the row says batch {row_batch}, but the import is into batch {batch_number}.", row_batch=row_batch, batch_number=batch_number))
                bad = True
            elif row_batch not in batches and row_batch != batch_number:
                err(row, "batch", Msg(
                    "release batch {row_batch} does not exist; create it first, or import into batch {row_batch}.",
                    row_batch=row_batch))
                bad = True
            given["batch"] = row_batch
        elif batch_number is not None:
            given["batch"] = batch_number

        # words: sampling mode, type, use
        for name, i, memo in word_fields:
            raw = cells[i]
            if raw is None or (isinstance(raw, str) and not raw.strip()):
                continue
            try:
                given[name] = memo(raw.strip() if isinstance(raw, str) else raw)
            except _CellError as exc:
                err(row, name, exc.problem)
                bad = True

        if i_pieces is not None:
            raw = cells[i_pieces]
            if raw is not None and not (isinstance(raw, str) and not raw.strip()):
                try:
                    given["pieces"] = memo_pieces(raw)
                except _CellError as exc:
                    err(row, "pieces", exc.problem)
                    bad = True

        for name, i in text_fields:
            raw = cells[i]
            if raw is not None:
                value = raw.strip() if isinstance(raw, str) else _text(raw)
                if value:
                    given[name] = value
        if bad:
            continue

        if old is None:
            mode = given.get("sampling_mode")
            if mode is None:
                mode = unknown
                if pattern.match(number):  # CE5C… scooped, CE5Z… drilled
                    mode = scooped if number[3] == "C" else drilled
            prep = given.get("preparation", powder)
            mass = given["mass"]
            pieces = given.get("pieces")
            try:
                check_values(mass, pieces, prep)
            except ValidationError as exc:
                err(row, _column_for(exc.field, columns), exc.message)
                continue
            adds.append(PlannedAdd(row, number, {
                "sample_number": number,
                "mission": mission.code,
                "mission_id": mission.id,
                "batch_number": given.get("batch"),
                "use_class": given.get("use_class", research),
                "sampling_mode": mode,
                "preparation": prep,
                "mass_ug": mass,
                "pieces": pieces,
                "location": given.get("location", ""),
                "notes": given.get("notes", ""),
            }))
            continue

        changes = tuple(
            FieldChange(name, getattr(old, name), value)
            for name, value in given.items()
            if value != getattr(old, name)
        )
        if not changes:
            unchanged.append(row)
            continue
        changed = {c.field for c in changes}
        if changed & {"mass", "pieces", "preparation"}:
            try:
                check_values(
                    given.get("mass", old.mass), given.get("pieces", old.pieces), given.get("preparation", old.preparation)
                )
            except ValidationError as exc:
                err(row, _column_for(exc.field, columns), exc.message)
                continue
        if "mass" in changed:
            problem = catalogue.mass_change_problem(session, session.get(Sample, old.id), given["mass"])
            if problem:
                err(row, "mass", problem)
                continue
        planned_changes.append(PlannedChange(row, old.id, number, tuple(sorted(changes, key=lambda c: _COMPARED.index(c.field)))))
    if progress is not None:
        progress(total, total)
    if plan.create_batch:
        plan.batch_mission_codes = tuple(sorted(code for code in row_missions if code in by_code))
    return plan


def _column_for(field_name: str | None, columns: dict[str, str]) -> str | None:
    if field_name == "pieces" and "pieces" not in columns:
        return "preparation" if "preparation" in columns else None
    return field_name if field_name in columns else None


# --- applying ---------------------------------------------------------------------------

def apply_import(
    session: Session,
    plan: ImportPlan,
    *,
    progress: Progress = None,
    cancelled: Cancelled = None,
    chunk: int = APPLY_CHUNK,
) -> ImportResult:
    """Write ``plan`` in the caller's transaction (all or nothing).

    Raises :class:`UserError` for a plan with errors, :class:`ImportCancelled`
    when ``cancelled()`` turns true, and a :class:`UserError` when the
    catalogue changed since the preview; the caller's transaction then rolls
    back and nothing is written.
    """
    with _gc_paused():
        return _apply(session, plan, progress, cancelled, chunk)


def _apply(session: Session, plan: ImportPlan, progress: Progress, cancelled: Cancelled, chunk: int) -> ImportResult:
    if plan.errors:
        n = len(plan.errors)
        raise UserError(
            Msg("The file has {n:,} errors; nothing was imported. Fix them in the file and preview the import again.", n=n)
            if n != 1 else
            Msg("The file has 1 error; nothing was imported. Fix it in the file and preview the import again."))
    total = len(plan.adds) + len(plan.changes)
    done = 0
    _check_cancel(cancelled)
    if progress is not None:
        progress(0, total)

    created = False
    if plan.batch_number is not None and catalogue.batch_by_number(session, plan.batch_number) is None:
        catalogue.create_batch(session, plan.batch_number, mission_codes=list(plan.batch_mission_codes))
        created = True
    batch_ids = {number: bid for bid, number in session.execute(select(ReleaseBatch.id, ReleaseBatch.number))}

    def batch_id(number: int | None) -> uuid.UUID | None:
        if number is None:
            return None
        try:
            return batch_ids[number]
        except KeyError:
            raise UserError(Msg("Release batch {number} no longer exists; preview the import again.", number=number)) from None

    # --- changes: through the ORM, so the flush hook audits them -------------------
    missions = {m.code: m.id for m in catalogue.missions(session)}
    batch_numbers = {bid: n for n, bid in batch_ids.items()}
    mission_codes = {mid: code for code, mid in missions.items()}
    for start in range(0, len(plan.changes), chunk):
        _check_cancel(cancelled)
        part = plan.changes[start : start + chunk]
        loaded = {s.id: s for s in session.scalars(select(Sample).where(Sample.id.in_([c.sample_id for c in part])))}
        for planned in part:
            sample = loaded.get(planned.sample_id)
            if sample is None:
                raise UserError(Msg(
                    "Sample {sample_number} was deleted since the preview; preview the import again.",
                    sample_number=planned.sample_number))
            current = _current_values(sample, batch_numbers, mission_codes)
            for change in planned.changes:
                if current[change.field] != change.old:
                    raise UserError(
                        Msg(
                            "Sample {sample_number} was changed by someone else since the preview ({field}); "
                            "preview the import again.",
                            sample_number=planned.sample_number, field=change.field)
                    )
            for change in planned.changes:
                if change.field == "mass":
                    problem = catalogue.mass_change_problem(session, sample, change.new)
                    if problem:
                        raise UserError(Msg("Row {row}: {problem}", row=planned.row, problem=problem))
                    sample.mass_ug = change.new
                elif change.field == "mission":
                    sample.mission_id = missions[change.new]
                elif change.field == "batch":
                    sample.batch_id = batch_id(change.new)
                else:
                    setattr(sample, change.field, change.new)
        session.flush()
        done += len(part)
        if progress is not None:
            progress(done, total)

    # --- additions: bulk inserts, with one audit row per sample ------------------------
    if plan.adds:
        done = _insert_samples(session, plan, batch_id, missions, chunk, done, total, progress, cancelled)
    _check_cancel(cancelled)
    return ImportResult(len(plan.adds), len(plan.changes), len(plan.unchanged), created, plan.batch_number)


# The Sample columns an import writes, in this order; the audit record of an insert
# lists every column but the bookkeeping stamps, as the audit hook does.
_SAMPLE_COLUMNS = (
    "id", "created_at", "updated_at", "origin", "version", "sample_number", "mission_id", "batch_id", "use_class",
    "sampling_mode", "preparation", "mass_ug", "pieces", "consumed_ug", "lost_ug", "parent_id", "location",
    "status", "notes",
)
_AUDIT_COLUMNS = ("id", "at", "officer_id", "officer_name", "installation", "table_name", "row_id", "action", "changes", "note")
_AUDIT_SKIP = {"created_at", "updated_at", "origin", "version"}  # as lunar_desk.db.audit skips them
_IMPORT_CACHE_KIB = 65536  # SQLite page cache while inserting (the default 2 MB spills index pages)


def _audited_columns() -> tuple[str, ...]:
    return tuple(c.key for c in Sample.__table__.columns if c.key not in _AUDIT_SKIP)


def _uuid7_ints(n: int) -> list[int]:
    """``n`` RFC 9562 version-7 UUIDs as 128-bit ints, ascending: the same kind of id as
    :func:`lunar_desk.db.models.new_id`, made in bulk (``new_id`` costs microseconds each)."""
    ms = (time.time_ns() // 1_000_000) & 0xFFFF_FFFF_FFFF
    head = ms << 80 | 0x7 << 76 | 0x2 << 62  # timestamp, version 7, RFC variant
    rnd = os.urandom(10 * n)
    low = (1 << 62) - 1
    out = []
    for k in range(0, 10 * n, 10):
        r = int.from_bytes(rnd[k : k + 10], "big")  # 80 random bits: 12 for rand_a, 62 for rand_b
        out.append(head | (r >> 68) << 64 | (r & low))
    out.sort()
    return out


def _uuid_text(h: str) -> str:
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def _insert_changes(sid: str, number: str, mission: str, batch: str | None, use: str, mode: str, prep: str,
                    mass: int, pieces: int | None, location: str, status: str, notes: str) -> dict[str, list]:
    """What the audit hook records for an inserted sample: every column but the stamps, [None, value]."""
    return {
        "id": [None, sid],
        "sample_number": [None, number],
        "mission_id": [None, mission],
        "batch_id": [None, batch],
        "use_class": [None, use],
        "sampling_mode": [None, mode],
        "preparation": [None, prep],
        "mass_ug": [None, mass],
        "pieces": [None, pieces],
        "consumed_ug": [None, 0],
        "lost_ug": [None, 0],
        "parent_id": [None, None],
        "location": [None, location],
        "status": [None, status],
        "notes": [None, notes],
    }


# json.dumps() of _insert_changes(), with the values filled in by % (each already JSON-encoded)
_CHANGES_JSON = (
    '{"id": [null, %s], "sample_number": [null, %s], "mission_id": [null, %s], "batch_id": [null, %s], '
    '"use_class": [null, %s], "sampling_mode": [null, %s], "preparation": [null, %s], "mass_ug": [null, %s], '
    '"pieces": [null, %s], "consumed_ug": [null, 0], "lost_ug": [null, 0], "parent_id": [null, null], '
    '"location": [null, %s], "status": [null, %s], "notes": [null, %s]}'
)


def _insert_samples(session, plan, batch_id, missions, chunk, done, total, progress, cancelled) -> int:
    if set(_SAMPLE_COLUMNS) != {c.key for c in Sample.__table__.columns} or set(_AUDIT_COLUMNS) != {
        c.key for c in AuditLog.__table__.columns
    } or tuple(_insert_changes(*[None] * 12)) != _audited_columns():
        # a new column must be handled here, not silently left to its default
        raise RuntimeError("release import: the sample or audit_log columns changed; update _insert_samples")
    now = utcnow()
    stamp = make_entry(session, "sample", "", "insert", {})
    samples = _BulkWriter(session, Sample.__table__, _SAMPLE_COLUMNS)
    audits = _BulkWriter(session, AuditLog.__table__, _AUDIT_COLUMNS)
    s_now = samples.stored("created_at", now)
    origin = session.info.get("installation", "")
    available = SampleStatus.AVAILABLE.value
    a_now = audits.stored("at", now)
    officer = audits.stored("officer_id", stamp.officer_id)
    officer_name, installation, note = stamp.officer_name, stamp.installation, stamp.note
    stored_id, stored_changes = samples.converter("id"), audits.converter("changes")
    stored_audit_id = audits.converter("id")
    # Fast formatting where it provably gives what the column types would store:
    # the hex of a UUID, and json.dumps() of the audit record.
    probe = uuid.UUID(int=_uuid7_ints(1)[0])
    fast_ids = samples.raw and stored_id(probe) == probe.hex and stored_audit_id(probe) == probe.hex
    fast_json = audits.raw
    enc = _json_text
    # mission and batch ids: (stored value, audit text), once per mission / batch
    mission_values = {code: (samples.stored("mission_id", mid), str(mid)) for code, mid in missions.items()}
    batch_values: dict[int | None, tuple[Any, Any]] = {None: (None, None)}
    words: dict[Any, str] = {}  # value → its JSON text, for the few values that repeat

    def word(value: Any) -> str:
        text = words.get(value)
        if text is None:
            text = words[value] = enc(value)
        return text

    with samples.cache(_IMPORT_CACHE_KIB):
        try:
            for start in range(0, len(plan.adds), chunk):
                _check_cancel(cancelled)
                part = plan.adds[start : start + chunk]
                ids = _uuid7_ints(2 * len(part))
                rows, entries = [], []
                for k, add in enumerate(part):
                    v = add.values
                    if fast_ids:
                        sid_stored = f"{ids[2 * k]:032x}"
                        sid_text = _uuid_text(sid_stored)
                        aid_stored = f"{ids[2 * k + 1]:032x}"
                    else:
                        sid = uuid.UUID(int=ids[2 * k])
                        sid_stored, sid_text = stored_id(sid), str(sid)
                        aid_stored = stored_audit_id(uuid.UUID(int=ids[2 * k + 1]))
                    mission, mission_text = mission_values[v["mission"]]
                    number = v["batch_number"]
                    batch = batch_values.get(number)
                    if batch is None:
                        bid = batch_id(number)
                        batch = batch_values[number] = (samples.stored("batch_id", bid), str(bid))
                    sample_number, use, mode, prep, mass, pieces, location, notes = (
                        v["sample_number"], v["use_class"], v["sampling_mode"], v["preparation"], v["mass_ug"],
                        v["pieces"], v["location"], v["notes"],
                    )
                    rows.append((
                        sid_stored, s_now, s_now, origin, 1, sample_number, mission, batch[0], use,
                        mode, prep, mass, pieces, 0, 0, None, location, available, notes,
                    ))
                    if fast_json:
                        changes = _CHANGES_JSON % (
                            enc(sid_text), enc(sample_number), word(mission_text), word(batch[1]), word(use), word(mode),
                            word(prep), enc(mass), word(pieces), word(location), word(available), word(notes),
                        )
                        if start == 0 and k == 0:  # prove the template against the column's own serialiser once
                            reference = stored_changes(_insert_changes(
                                sid_text, sample_number, mission_text, batch[1], use, mode, prep, mass, pieces,
                                location, available, notes,
                            ))
                            if reference != changes:
                                fast_json, changes = False, reference
                    else:
                        changes = stored_changes(_insert_changes(
                            sid_text, sample_number, mission_text, batch[1], use, mode, prep, mass, pieces,
                            location, available, notes,
                        ))
                    entries.append((
                        aid_stored, a_now, officer, officer_name, installation, "sample", sid_text, "insert", changes, note,
                    ))
                samples.write(rows)
                audits.write(entries)
                done += len(rows)
                if progress is not None:
                    progress(done, total)
        except (IntegrityError, sqlite3.IntegrityError) as exc:
            raise UserError(
                Msg(
                    "Some samples in the file were added to the catalogue by someone else since the preview; "
                    "nothing was imported. Preview the import again."),
                details=str(getattr(exc, "orig", exc)),
            ) from exc
    return done


def _json_text(value: Any) -> str:
    """json.dumps() of a str, int or None (the C string encoder, without json.dumps' overhead)."""
    if isinstance(value, str):
        return _encode_str(value)
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return int.__repr__(value)
    return json.dumps(value)


class _BulkWriter:
    """Insert many rows (tuples in ``keys`` order) in the session's transaction.

    On SQLite the rows go straight to the driver's ``executemany``; the caller
    converts values with :meth:`stored` / :meth:`converter`, which use the
    columns' own bind processors, so the stored values are exactly what the
    ORM writes, without SQLAlchemy's per-row overhead.  Elsewhere
    (PostgreSQL) the values stay as they are and go through a Core insert.
    """

    def __init__(self, session: Session, table, keys: tuple[str, ...]) -> None:
        self.conn = session.connection()
        self.table = table
        self.keys = keys
        dialect = self.conn.dialect
        self.raw = dialect.name == "sqlite" and dialect.paramstyle == "qmark"
        if self.raw:
            quote = dialect.identifier_preparer
            self.sql = (
                f"INSERT INTO {quote.format_table(table)} ({', '.join(quote.format_column(table.c[k]) for k in keys)}) "
                f"VALUES ({', '.join('?' * len(keys))})"
            )

    def converter(self, key: str) -> Callable[[Any], Any]:
        """How the driver receives a value of column ``key`` (identity unless writing raw)."""
        if not self.raw:
            return lambda value: value
        proc = self.table.c[key].type._cached_bind_processor(self.conn.dialect)
        if proc is None:
            return lambda value: value
        return lambda value: None if value is None else proc(value)

    def stored(self, key: str, value: Any) -> Any:
        return self.converter(key)(value)

    @contextmanager
    def cache(self, kib: int) -> Iterator[None]:
        """A larger SQLite page cache on this connection while bulk inserting, restored afterwards."""
        if not self.raw:
            yield
            return
        before = self.conn.exec_driver_sql("PRAGMA cache_size").scalar()
        self.conn.exec_driver_sql(f"PRAGMA cache_size=-{int(kib)}")
        try:
            yield
        finally:
            self.conn.exec_driver_sql(f"PRAGMA cache_size={int(before)}")

    def write(self, rows: list[tuple]) -> None:
        if not rows:
            return
        if not self.raw:
            keys = self.keys
            self.conn.execute(insert(self.table), [dict(zip(keys, row, strict=True)) for row in rows])
            return
        cursor = self.conn.connection.cursor()
        try:
            cursor.executemany(self.sql, rows)
        finally:
            cursor.close()


def _current_values(sample: Sample, numbers: dict[uuid.UUID, int], codes: dict[uuid.UUID, str]) -> dict[str, Any]:
    return {
        "mission": codes.get(sample.mission_id),
        "batch": numbers.get(sample.batch_id) if sample.batch_id else None,
        "sampling_mode": sample.sampling_mode,
        "preparation": sample.preparation,
        "use_class": sample.use_class,
        "mass": sample.mass_ug,
        "pieces": sample.pieces,
        "location": sample.location or "",
        "notes": sample.notes or "",
    }
