"""The Lunar Sample Loan Agreement (Annex 4) / 月球样品借用协议.

A4, bilingual English/Chinese, rendered from a
:class:`~lunar_desk.services.loan_view.LoanView` only:

1. the parties — the lender (CLEP, on behalf of CNSA), the borrowing
   institution in both scripts with its Member State, the responsible person
   with the name in their own script, the coordinating APSCO Secretariat;
2. the approved purpose (application title and reference, round, decision);
3. the samples lent (sample number, mission, preparation, mass in mg, pieces);
4. the loan period, the due date and the signing deadline (with its
   provisional note when the holiday arrangement is not yet announced);
5. the borrower's obligations as numbered clauses;
6. signature blocks of both parties with date lines.

The *text* of the preamble, the clauses and the signing paragraph is not in
this module: it is read from the editable template
``resources/templates/loan_agreement_clauses.json`` (English and Chinese for
each clause, with ``{placeholders}`` filled from the loan), so the Secretariat
can follow CLEP's current wording without a new release.  A template that
cannot be used raises :class:`AgreementTemplateError` (an officer-readable
message naming the file and the clause) before any file is written.

Every page carries the agreement number, "Page X of Y" and initials lines.
"""

from __future__ import annotations

import json
import string
import threading
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from lunar_desk.config import resources_dir
from lunar_desk.documents.fonts import HAN, char_script, markup
from lunar_desk.documents.styles import (
    CONTENT_WIDTH,
    EMPTY,
    INK,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_SIZE,
    PLAIN_TABLE,
    PageText,
    RULE,
    SHADE,
    Sections,
    build_pdf,
    fmt_date,
    grid_table,
    head_cell,
    label_table,
    style_variant,
    styles,
    text_cell,
    text_lines,
    text_pair,
    text_para,
)
from lunar_desk.errors import UserError
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services.loan_view import LoanItemView, LoanView, ResponsiblePersonView
from lunar_desk.services.mass import format_mass
from lunar_desk.messages import Msg

AGREEMENT_TITLE = ("Lunar Sample Loan Agreement", "月球样品借用协议")
ANNEX = ("Annex 4", "附件4")
CNSA = ("China National Space Administration (CNSA)", "国家航天局")
TEMPLATE_NAME = "loan_agreement_clauses.json"
TEMPLATE_FORMAT = "lunar-desk/loan-agreement-clauses"

#: the placeholders a template may use (filled per language by :func:`placeholder_values`)
PLACEHOLDERS = (
    "agreement_number",
    "application_reference",
    "purpose",
    "borrower",
    "borrower_zh",
    "member_state",
    "member_state_zh",
    "responsible_person",
    "sample_numbers",
    "sample_count",
    "total_mass",
    "loan_months",
    "loan_start",
    "due_date",
    "signing_deadline",
    "signing_days",
    "lender",
    "lender_zh",
)

Progress = Callable[[int, int], None] | None
Cancelled = Callable[[], bool] | None


class AgreementTemplateError(UserError):
    title = "Cannot use the loan agreement template"


# --- the clause template --------------------------------------------------------------------


@dataclass(frozen=True)
class Text:
    """An English text and its Chinese version (either may hold placeholders)."""

    en: str
    zh: str


@dataclass(frozen=True)
class Clause:
    key: str
    heading: Text
    text: Text


@dataclass(frozen=True)
class AgreementTemplate:
    path: Path
    preamble: Text
    obligations_intro: Text
    clauses: tuple[Clause, ...]
    signing: Text


def default_template_path() -> Path:
    return resources_dir() / "templates" / TEMPLATE_NAME


_FORMATTER = string.Formatter()


def _fields(text: str, where: str, path: Path) -> list[tuple[str, str | None]]:
    """(literal, placeholder name or None) parts of ``text``; refuses what the template may not use."""
    try:
        parsed = list(_FORMATTER.parse(text))
    except ValueError as exc:
        raise AgreementTemplateError(
            Msg(
                "The loan agreement template {path} has a stray brace in {where}: {exc}. Write {{{{ and }}}} for "
                "a literal brace.",
                path=path, where=where, exc=exc)) from None
    parts: list[tuple[str, str | None]] = []
    for literal, name, spec, conversion in parsed:
        if name is not None and (name not in PLACEHOLDERS or spec or conversion):
            shown = "{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}"
            raise AgreementTemplateError(
                Msg(
                    "The loan agreement template {path} uses an unknown placeholder {shown} in {where}. Known "
                    "placeholders: {items}.",
                    path=path, shown=shown, where=where, items=', '.join(('{' + p + '}' for p in PLACEHOLDERS))))
        parts.append((literal, name))
    return parts


def _text(data: object, where: str, path: Path, *, required: bool = True) -> Text:
    if data is None and not required:
        return Text("", "")
    if not isinstance(data, Mapping):
        raise AgreementTemplateError(
            Msg("The loan agreement template {path} needs {where} as an object with \"en\" and \"zh\" texts.", path=path, where=where))
    values = []
    for lang, name in (("en", "English"), ("zh", "Chinese")):
        value = data.get(lang)
        if not isinstance(value, str) or (required and not value.strip()):
            raise AgreementTemplateError(
                Msg("The loan agreement template {path} has no {name} text (\"{lang}\") for {where}.", path=path, name=name, lang=lang, where=where))
        _fields(value, Msg("the {name} text of {where}", name=name, where=where), path)
        values.append(value.strip())
    return Text(*values)


def _parse_template(path: Path, raw: bytes) -> AgreementTemplate:
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise AgreementTemplateError(Msg("The loan agreement template {path} is not UTF-8 text.", path=path)) from None
    except json.JSONDecodeError as exc:
        raise AgreementTemplateError(
            Msg(
                "The loan agreement template {path} is not valid JSON: {msg} at line {lineno}, column {colno}.",
                path=path, msg=exc.msg, lineno=exc.lineno, colno=exc.colno)) from None
    if not isinstance(data, dict):
        raise AgreementTemplateError(Msg("The loan agreement template {path} must hold a JSON object.", path=path))
    if data.get("format", TEMPLATE_FORMAT) != TEMPLATE_FORMAT:
        raise AgreementTemplateError(
            Msg("The loan agreement template {path} is a \"{get}\" file, not \"{TEMPLATE_FORMAT}\".", path=path, get=data.get('format'), TEMPLATE_FORMAT=TEMPLATE_FORMAT))
    raw_clauses = data.get("clauses")
    if not isinstance(raw_clauses, list) or not raw_clauses:
        raise AgreementTemplateError(Msg("The loan agreement template {path} has no \"clauses\" list.", path=path))
    clauses = []
    for n, raw_clause in enumerate(raw_clauses, start=1):
        if not isinstance(raw_clause, Mapping):
            raise AgreementTemplateError(Msg("Clause {n} of the loan agreement template {path} is not an object.", n=n, path=path))
        key = str(raw_clause.get("key") or n)
        where = Msg("clause {n} ({key})", n=n, key=key)
        heading = _text(raw_clause.get("heading"), Msg("the heading of {where}", where=where), path)
        clauses.append(Clause(key=key, heading=heading, text=_text(raw_clause, where, path)))
    return AgreementTemplate(
        path=path,
        preamble=_text(data.get("preamble"), Msg("the preamble"), path, required=False),
        obligations_intro=_text(data.get("obligations_intro"), Msg("the obligations introduction"), path,
                                required=False),
        clauses=tuple(clauses),
        signing=_text(data.get("signing"), Msg("the signing paragraph"), path, required=False),
    )


_template_cache: dict[Path, tuple[tuple[int, int], AgreementTemplate]] = {}
_template_lock = threading.Lock()


def load_template(path: Path | None = None) -> AgreementTemplate:
    """The clause template at ``path`` (default: the bundled one), checked; re-read when the file changes."""
    path = Path(path) if path is not None else default_template_path()
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        with _template_lock:
            cached = _template_cache.get(path)
            if cached and cached[0] == stamp:
                return cached[1]
        raw = path.read_bytes()
    except FileNotFoundError:
        raise AgreementTemplateError(Msg("The loan agreement template {path} does not exist.", path=path)) from None
    except OSError as exc:
        raise AgreementTemplateError(Msg("The loan agreement template {path} cannot be read: {strerror}.", path=path, strerror=exc.strerror)) from None
    template = _parse_template(path, raw)
    with _template_lock:
        _template_cache[path] = (stamp, template)
    return template


def fill(text: str, values: Mapping[str, str]) -> str:
    """``text`` with its ``{placeholders}`` replaced (values are never re-parsed)."""
    return "".join(literal + (values[name] if name is not None else "")
                   for literal, name in _fields(text, Msg("a text"), Path("(template)")))


# --- values of the placeholders -----------------------------------------------------------------


def _is_han(text: str) -> bool:
    return any(char_script(c) == HAN for c in text)


def _zh_name(local: str, latin: str) -> str:
    """The name to use inside Chinese text: the local name when it is Chinese, else the Latin one
    (a Persian or Thai name would stop the Chinese paragraph from wrapping between characters)."""
    return local if local and _is_han(local) else latin


def _person_en(person: ResponsiblePersonView | None) -> str:
    return person.name_latin if person else ""


def due_date_text(view: LoanView) -> tuple[str, str]:
    """(English, Chinese) of the due date: the date, or how it will be set when the samples are collected."""
    if view.due_date is not None:
        return fmt_date(view.due_date), fmt_date(view.due_date)
    months = view.loan_months
    return (f"the date {months} months after the samples are collected",
            f"样品领取之日起{months}个月")


def signing_deadline_text(view: LoanView) -> tuple[str, str]:
    """(English, Chinese) of the signing deadline, marked provisional when it is (the note is shown apart)."""
    day = fmt_date(view.signing_deadline)
    if view.deadline_provisional:
        return f"{day} (provisional)", f"{day}（暂定）"
    return day, day


def placeholder_values(view: LoanView) -> tuple[dict[str, str], dict[str, str]]:
    """The values of every placeholder for the English and for the Chinese texts."""
    numbers = [item.sample_number for item in view.items]
    due_en, due_zh = due_date_text(view)
    deadline_en, deadline_zh = signing_deadline_text(view)
    start = fmt_date(view.collected_on)
    person = view.responsible_person
    b = view.borrower
    common = {
        "agreement_number": view.agreement_number,
        "application_reference": view.application_reference,
        "purpose": (view.purpose or view.application_title).strip(),
        "sample_count": str(len(view.items)),
        "total_mass": format_mass(sum(i.mass_ug for i in view.items), "mg"),
        "loan_months": str(view.loan_months),
        "signing_days": str(view.deadline_working_days),
    }
    en = {
        **common,
        "borrower": b.name,
        "borrower_zh": _zh_name(b.name_local, b.name),
        "member_state": b.member_state,
        "member_state_zh": b.member_state_zh or b.member_state,
        "responsible_person": _person_en(person),
        "sample_numbers": ", ".join(numbers) or EMPTY,
        "loan_start": start or "the date of collection",
        "due_date": due_en,
        "signing_deadline": deadline_en,
        "lender": view.lender.name,
        "lender_zh": view.lender.name_zh or view.lender.name,
    }
    zh = {
        **en,
        "borrower": b.name,
        "responsible_person": _zh_name(person.name_native, person.name_latin) if person else "",
        "sample_numbers": "、".join(numbers) or EMPTY,
        "loan_start": start or "样品领取之日",
        "due_date": due_zh,
        "signing_deadline": deadline_zh,
    }
    return en, zh


# --- text helpers -------------------------------------------------------------------------------


def _p(text: str | None, style: ParagraphStyle, *, bold: bool = False, empty: str = EMPTY) -> Flowable:
    return text_para(text, style, bold=bold, empty=empty)


def _pieces(n: int | None) -> str:
    return "" if n is None else str(n)


def _mg(ug: int | None) -> str:
    return format_mass(ug, "mg", with_unit=False) if ug is not None else ""


def _mission(item: LoanItemView) -> str:
    return item.mission or item.mission_name


def _state(view: LoanView) -> str:
    b = view.borrower
    return " / ".join(x for x in (b.member_state, b.member_state_zh) if x)


def _batch(view: LoanView) -> str:
    parts = [view.round_name]
    if view.batch_number is not None:
        parts.append(f"batch {view.batch_number} / 第{view.batch_number}批")
    return " · ".join(p for p in parts if p)


def agreement_filename(view: LoanView) -> str:
    """A file name for the agreement: the agreement number made safe for every file system."""
    return safe_file_name(f"{name_part(view.agreement_number, str(view.id))}-agreement.pdf")


# --- parts of the agreement ---------------------------------------------------------------------


def _title_block(view: LoanView) -> list:
    s = styles()
    number = ParagraphStyle("agreement_no", parent=s.subtitle, fontSize=11, leading=15, spaceBefore=2)
    return [
        Paragraph(markup(f"{ANNEX[0]} · CLEP lunar samples / {ANNEX[1]} · 嫦娥月球样品"), s.annex),
        Paragraph(markup(AGREEMENT_TITLE[0], bold=True), s.title),
        Paragraph(markup(AGREEMENT_TITLE[1], bold=True), s.subtitle),
        Paragraph(markup(f"Agreement No. / 协议编号: {view.agreement_number}", bold=True), number),
        Spacer(1, 3 * mm),
    ]


def _parties(view: LoanView, sec: Sections) -> list:
    b = view.borrower
    person = view.responsible_person
    lender = text_lines(view.lender.name, view.lender.name_zh, bold_first=True)
    lender.append(_p(f"on behalf of the {CNSA[0]} / 受{CNSA[1]}委托", styles().small))
    borrower = text_lines(b.name, b.name_local, bold_first=True)
    if b.city:
        borrower.append(text_cell(b.city))
    borrower.append(text_cell(_state(view)))
    if person is not None:
        who = text_lines(person.name_latin, person.name_native, bold_first=True)
        contact = " · ".join(x for x in (person.position, person.email, person.phone) if x)
        if contact:
            who.append(_p(contact, styles().small))
    else:
        who = [text_cell(None, empty="To be named by the borrower / 由借用方指定")]
    rows = [
        ("Lender / 出借方", lender),
        ("Borrower / 借用方", borrower),
        ("Responsible person / 样品负责人", who),
        ("Coordinated by / 协调方", text_lines(view.coordinator.name, view.coordinator.name_zh)),
    ]
    return [sec.heading("Parties", "协议双方"), label_table(rows)]


def _preamble(template: AgreementTemplate, en: Mapping[str, str], zh: Mapping[str, str]) -> list:
    if not (template.preamble.en or template.preamble.zh):
        return []
    return [Spacer(1, 2 * mm), *text_pair(fill(template.preamble.en, en), fill(template.preamble.zh, zh))]


def _purpose(view: LoanView, sec: Sections) -> list:
    application = view.application_reference
    if view.application_kind_label:
        application += f" ({view.application_kind_label})"
    rows = [
        ("Approved purpose / 批准用途", [text_cell((view.purpose or view.application_title), bold=True)]),
        ("Application / 申请编号", [text_cell(application)]),
    ]
    purpose, title = view.purpose.strip(), view.application_title.strip()
    if purpose and title and purpose != title:
        rows.append(("Application title / 申请题目", [text_cell(view.application_title)]))
    batch = _batch(view)
    if batch:
        rows.append(("Review round / 评审轮次", [text_cell(batch)]))
    rows.append(("Decision of CLEP / 评审决定日期", [text_cell(fmt_date(view.decision_date))]))
    return [sec.heading("Approved purpose", "批准用途"), label_table(rows)]


def _items(view: LoanView, sec: Sections) -> list:
    s = styles()
    head = [
        head_cell("#", "", "right"),
        head_cell("Sample number", "样品编号"),
        head_cell("Mission", "任务"),
        head_cell("Preparation", "样品类型"),
        head_cell("Mass (mg)", "质量（毫克）", "right"),
        head_cell("Pieces", "块数", "right"),
    ]
    rows: list[list] = [head]
    for n, item in enumerate(view.items, start=1):
        number: list[Flowable] = [text_cell(item.sample_number, bold=True)]
        if item.parent_sample_number and item.parent_sample_number != item.sample_number:
            number.append(_p(f"split of / 分样自\n{item.parent_sample_number}", s.small))
        mission = text_lines(_mission(item), item.mission_name_zh)
        rows.append([
            text_cell(str(item.position or n), align="right"),
            number,
            mission,
            text_lines(item.preparation_label, item.sampling_mode_label),
            text_cell(_mg(item.mass_ug), align="right", bold=True),
            text_cell(_pieces(item.pieces), align="right", empty=""),
        ])
    extra: list[tuple] = []
    if not view.items:
        rows.append(["", text_cell("No samples / 无样品"), "", "", "", ""])
        extra.append(("SPAN", (1, 1), (-1, 1)))
    else:
        pieces = [i.pieces for i in view.items if i.pieces is not None]
        rows.append([
            "",
            text_cell("Total / 合计", bold=True),
            text_cell(f"{len(view.items)} sample{'s' if len(view.items) != 1 else ''}\n{len(view.items)}份", empty=""),
            "",
            text_cell(_mg(sum(i.mass_ug for i in view.items)), align="right", bold=True),
            text_cell(str(sum(pieces)) if pieces else "", align="right", bold=True, empty=""),
        ])
        extra += [("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    widths = [8 * mm, 58 * mm, 26 * mm, 36 * mm, 28 * mm, CONTENT_WIDTH - 156 * mm]
    table = grid_table(rows, widths, extra=extra)
    heading = sec.heading("Samples lent", "借用样品")
    if len(rows) <= 8:
        return [KeepTogether([heading, table])]
    # a long table starts where it is (its header repeats on each page), with room for a few rows
    # under the heading; a heading kept with the whole table would leave the page before it empty
    heading.style = style_variant(heading.style, "free", keepWithNext=0)
    return [CondPageBreak(40 * mm), heading, table]


def _period(view: LoanView, sec: Sections) -> list:
    s = styles()
    months = view.loan_months
    if view.collected_on is not None:
        period = (f"{months} months from collection on {fmt_date(view.collected_on)}\n"
                  f"自{fmt_date(view.collected_on)}领取之日起{months}个月")
    else:
        period = f"{months} months from the collection of the samples\n自样品领取之日起{months}个月"
    due_en, due_zh = due_date_text(view)
    due = due_en if due_en == due_zh else f"{due_en[0].upper()}{due_en[1:]}\n{due_zh}"
    due_cell: list[Flowable] = [text_cell(due, bold=view.due_date is not None)]
    for ext in view.extensions:
        old = fmt_date(ext.old_due_date) or EMPTY
        line = f"Extended from {old} to {fmt_date(ext.new_due_date)} / 延期至 {fmt_date(ext.new_due_date)}"
        if ext.reason:
            line += f": {ext.reason}"
        due_cell.append(_p(line, s.small))
    deadline_en, _ = signing_deadline_text(view)
    deadline: list[Flowable] = [text_cell(
        f"{deadline_en} — within {view.deadline_working_days} working days of the decision\n"
        f"{view.deadline_working_days}个工作日内（自评审决定之日起）", bold=True)]
    if view.deadline_note.strip():
        note = view.deadline_note.strip()
        if view.deadline_provisional:
            note = f"{note}\n暂定日期：相关年度节假日安排尚未公布"
        deadline.append(_p(note, s.cell))
    rows = [
        ("Loan period / 借用期限", [text_cell(period)]),
        ("Return by (due date) / 归还日期", due_cell),
        ("Sign this Agreement by / 协议签署截止日期", deadline),
    ]
    if view.signed_on is not None:
        rows.append(("Signed on / 签署日期", [text_cell(fmt_date(view.signed_on))]))
    return [KeepTogether([sec.heading("Loan period and signing", "借用期限与签署"), label_table(rows, 56 * mm)])]


def _clauses(template: AgreementTemplate, en: Mapping[str, str], zh: Mapping[str, str], sec: Sections) -> list:
    s = styles()
    heading = style_variant(s.subheading, "clause", spaceBefore=5, spaceAfter=1, keepWithNext=1)
    body_en = style_variant(s.body, "clause_en", leftIndent=7 * mm, spaceAfter=1)
    body_zh = style_variant(s.body, "clause_zh", leftIndent=7 * mm, spaceAfter=2)
    out: list = [sec.heading("Obligations of the borrower", "借用方义务")]
    if template.obligations_intro.en or template.obligations_intro.zh:
        out += text_pair(fill(template.obligations_intro.en, en), fill(template.obligations_intro.zh, zh))
    for n, clause in enumerate(template.clauses, start=1):
        title = f"{sec.n}.{n} {fill(clause.heading.en, en)} / {fill(clause.heading.zh, zh)}"
        out.append(KeepTogether([
            _p(title, heading, bold=True),
            _p(fill(clause.text.en, en), body_en),
            _p(fill(clause.text.zh, zh), body_zh),
        ]))
    if template.signing.en or template.signing.zh:
        out.append(Spacer(1, 2 * mm))
        out += text_pair(fill(template.signing.en, en), fill(template.signing.zh, zh))
    return out


def _signature_block(title_en: str, title_zh: str, names: list[Flowable], *, with_position: bool = True) -> list:
    s = styles()
    rows: list[list] = [
        [_p(f"{title_en} / {title_zh}", s.cell_label, bold=True)],
        [names],
        [Spacer(1, 13 * mm)],
        [_p("Signature / 签字", s.small)],
        [_p("Name / 姓名:", s.cell)],
    ]
    if with_position:
        rows.append([_p("Title / 职务:", s.cell)])
    rows += [[_p("Date / 日期:", s.cell)], [_p("Seal / 盖章", s.small)]]
    return rows


def _signatures(view: LoanView, sec: Sections) -> list:
    half = (CONTENT_WIDTH - 8 * mm) / 2
    lender = _signature_block(
        "For the Lender", "出借方",
        [*text_lines(view.lender.name, view.lender.name_zh),
         _p(f"on behalf of the {CNSA[0]} / 受{CNSA[1]}委托", styles().small)])
    person = view.responsible_person
    b = view.borrower
    borrower_names = text_lines(b.name, b.name_local)
    if person is not None:
        borrower_names.append(_p("Responsible person / 样品负责人:", styles().small))
        borrower_names += text_lines(person.name_latin, person.name_native, bold_first=True)
    borrower = _signature_block("For the Borrower", "借用方", borrower_names)
    # pad the shorter block so the signature lines of both parties align
    while len(lender) < len(borrower):
        lender.append([""])
    rows = [[left[0], "", right[0]] for left, right in zip(lender, borrower)]
    table = Table(rows, colWidths=[half, 8 * mm, half], hAlign="LEFT")
    sign_row = 2
    table.setStyle(TableStyle([
        *PLAIN_TABLE,
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEBELOW", (0, sign_row), (0, sign_row), 0.6, INK),
        ("LINEBELOW", (2, sign_row), (2, sign_row), 0.6, INK),
        ("LINEBELOW", (0, 4), (0, 6), 0.3, RULE),
        ("LINEBELOW", (2, 4), (2, 6), 0.3, RULE),
        ("LINEABOVE", (0, 0), (0, 0), 0.9, INK),
        ("LINEABOVE", (2, 0), (2, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
    ]))
    intro = text_pair("In witness whereof, the parties have signed this Agreement in two originals, one for each "
                      "party.", "本协议一式两份，双方各执一份，经双方签字盖章后生效。")
    return [KeepTogether([sec.heading("Signatures", "签署"), *intro, Spacer(1, 2 * mm), table])]


def build_story(view: LoanView, template: AgreementTemplate | None = None) -> list:
    """The flowables of the agreement (exposed for documents that embed it)."""
    template = template or load_template()
    en, zh = placeholder_values(view)
    sec = Sections()
    story = _title_block(view)
    story += _parties(view, sec)
    story += _preamble(template, en, zh)
    story += _purpose(view, sec)
    story += _items(view, sec)
    story += _period(view, sec)
    story += _clauses(template, en, zh, sec)
    story += _signatures(view, sec)
    return story


def _decorator(view: LoanView):
    s = styles()
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    top = PAGE_SIZE[1] - 10 * mm
    bottom = MARGIN_BOTTOM - 6 * mm
    half = width / 2
    header_left = PageText(f"{ANNEX[0]} · {AGREEMENT_TITLE[0]} / {AGREEMENT_TITLE[1]}", s.small, half * 1.3)
    header_right = PageText(f"No. {view.agreement_number}", s.small_right, half * 0.7)
    initials = PageText("Initials / 签字缩写:  Lender / 出借方 ______   Borrower / 借用方 ______", s.small, width * 0.6)

    def decorate(canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        header_left.draw(canvas, MARGIN_X, top)
        header_right.draw(canvas, MARGIN_X + half * 1.3, top)
        canvas.line(MARGIN_X, top - 5 * mm, MARGIN_X + width, top - 5 * mm)
        canvas.line(MARGIN_X, bottom + 1.5 * mm, MARGIN_X + width, bottom + 1.5 * mm)
        initials.draw(canvas, MARGIN_X, bottom)
        PageText(f"{view.agreement_number} · Page {page} of {total} / 第{page}页，共{total}页", s.small_right,
                 width * 0.4).draw(canvas, MARGIN_X + width * 0.6, bottom)
        canvas.restoreState()

    return decorate


def render_loan_agreement(view: LoanView, out: Path, *, clauses_path: Path | None = None) -> Path:
    """Write the bilingual Lunar Sample Loan Agreement of ``view`` to ``out`` (A4 PDF, atomically).

    The preamble, clauses and signing paragraph come from the template at
    ``clauses_path`` (default ``resources/templates/loan_agreement_clauses.json``);
    :class:`AgreementTemplateError` when it cannot be used.  Returns ``out``.
    """
    template = load_template(clauses_path)
    return _render(view, Path(out), template)


def _render(view: LoanView, out: Path, template: AgreementTemplate) -> Path:
    return build_pdf(
        out,
        build_story(view, template),
        title=f"{view.agreement_number} — {AGREEMENT_TITLE[0]} / {AGREEMENT_TITLE[1]}",
        subject=f"{ANNEX[0]}: loan of lunar samples to {view.borrower.name} ({view.application_reference})",
        author="APSCO Secretariat for CLEP",
        decorate=_decorator(view),
    )


def unique_filenames(names: Iterable[str]) -> list[str]:
    """``names`` with a "-2", "-3"… before the extension of repeats (case-insensitively, as Windows compares)."""
    seen: set[str] = set()
    out = []
    for name in names:
        stem, dot, ext = name.rpartition(".")
        if not dot:
            stem, ext = name, ""
        candidate, n = name, 1
        while candidate.lower() in seen:
            n += 1
            candidate = f"{stem}-{n}{dot}{ext}"
        seen.add(candidate.lower())
        out.append(candidate)
    return out


def render_agreements(
    views: Sequence[LoanView],
    out_dir: Path,
    *,
    clauses_path: Path | None = None,
    progress: Progress = None,
    cancelled: Cancelled = None,
) -> list[Path]:
    """Write the agreement of every loan of a round into ``out_dir``, one file per view
    (``<agreement number>-agreement.pdf``; a repeated name gets "-2"…).

    The template is read and checked once, before any file is written.
    ``progress(done, total)`` is called after each file; when ``cancelled()``
    turns true the batch stops and the files written so far are returned
    (each one complete: files are written atomically).
    """
    template = load_template(clauses_path)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    names = unique_filenames(agreement_filename(v) for v in views)
    written: list[Path] = []
    total = len(views)
    for done, (view, name) in enumerate(zip(views, names), start=1):
        if cancelled is not None and cancelled():
            break
        written.append(_render(view, out_dir / name, template))
        if progress is not None:
            progress(done, total)
    return written


__all__ = [
    "AGREEMENT_TITLE",
    "AgreementTemplate",
    "AgreementTemplateError",
    "Clause",
    "PLACEHOLDERS",
    "agreement_filename",
    "build_story",
    "default_template_path",
    "fill",
    "load_template",
    "placeholder_values",
    "render_agreements",
    "render_loan_agreement",
]
