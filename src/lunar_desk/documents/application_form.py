"""The application form PDF, laid out like the paper annexes:

* Annex 2 — Request Application Form of Research Samples / 研究样品申请表
* Annex 3 — Request Application Form of Samples for Public Beneficial
  Activities / 公益活动样品申请表

Bilingual English/Chinese headings; every name in Latin and in its own
script; long texts wrap and flow across pages; each page carries the
reference, status and batch at the top and "Page X of Y" at the bottom.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Spacer

from lunar_desk.documents.fonts import markup
from lunar_desk.documents.styles import (
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    build_pdf,
    cell_para,
    draw_paragraph,
    fmt_date,
    grid_table,
    label_table,
    lines_cell,
    para,
    styles,
    text_block,
)
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services.application_view import ApplicationView, PersonView
from lunar_desk.services.mass import format_mass

PUBLIC_BENEFIT = "public_benefit"  # ApplicationKind.PUBLIC_BENEFIT

RESEARCH_FORM = ("Annex 2", "Request Application Form of Research Samples", "研究样品申请表")
PUBLIC_FORM = (
    "Annex 3",
    "Request Application Form of Samples for Public Beneficial Activities",
    "公益活动样品申请表",
)

DECLARATION = (
    "We confirm that the information in this application is true and complete, and that any samples lent "
    "will be used only for the purpose stated, kept secure, not passed to third parties, and returned or "
    "accounted for as the Loan Agreement requires.\n"
    "我们确认本申请表所填信息真实完整；所借样品仅用于所述目的，妥善保管，不转交第三方，并按借用协议归还或说明去向。"
)


def form_titles(view: ApplicationView) -> tuple[str, str, str]:
    """(annex, English title, Chinese title) of the form for ``view``'s kind."""
    return PUBLIC_FORM if view.kind == PUBLIC_BENEFIT else RESEARCH_FORM


def form_filename(view: ApplicationView) -> str:
    """A file name for the form: the reference, made safe for every file system."""
    return safe_file_name(f"{name_part(view.reference, str(view.id))}.pdf")


class _Sections:
    """Numbers the section headings: "1. Applicant / 申请单位"."""

    def __init__(self) -> None:
        self.n = 0

    def heading(self, en: str, zh: str) -> Paragraph:
        self.n += 1
        return Paragraph(markup(f"{self.n}. {en} / {zh}", bold=True), styles().heading)


def _person_lines(person: PersonView | None) -> list[str]:
    if person is None:
        return []
    lines = [person.name_latin]
    if person.name_native and person.name_native != person.name_latin:
        lines.append(person.name_native)
    if person.email:
        lines.append(person.email)
    return lines


def _applicant(view: ApplicationView, sec: _Sections) -> list:
    rows = [
        ("Institution / 申请单位", lines_cell(view.institution, view.institution_local)),
        ("Member State / 成员国", lines_cell(view.member_state, view.member_state_zh)),
        (
            "Principal investigator / 项目负责人" if view.kind != PUBLIC_BENEFIT else "Responsible person / 负责人",
            lines_cell(*_person_lines(view.pi)),
        ),
        ("Submitted on / 提交日期", cell_para(fmt_date(view.submitted_on))),
    ]
    if view.forwarded_on:
        rows.append(("Forwarded to CLEP / 转交日期", cell_para(fmt_date(view.forwarded_on))))
    return [sec.heading("Applicant", "申请单位"), label_table(rows)]


def _team(view: ApplicationView, sec: _Sections, en: str, zh: str) -> list:
    s = styles()
    head = [
        Paragraph(markup(t, bold=True), s.cell_head)
        for t in (
            "#",
            "Name (Latin), e-mail\n姓名（拉丁字母）、电子邮箱",
            "Name (own script)\n姓名（本国文字）",
            "Role\n角色",
            "Institution, country\n单位、国家",
            "CV\n简历",
        )
    ]
    rows = [head]
    for i, member in enumerate(view.team, start=1):
        p = member.person
        name = [para(p.name_latin, s.cell)]
        if p.email:
            name.append(para(p.email, s.small))
        rows.append(
            [
                para(str(i), s.cell_right),
                name,
                cell_para(p.name_native, empty=""),
                cell_para(member.role_label),
                lines_cell(p.institution, p.institution_local, p.country),
                para("Yes 有" if member.has_cv else "No 无", s.cell_center),
            ]
        )
    extra = []
    if len(rows) == 1:
        rows.append(["", para("No team members listed / 未列出团队成员", s.cell), "", "", "", ""])
        extra = [("SPAN", (1, 1), (-1, 1))]
    widths = [6 * mm, 42 * mm, 32 * mm, 25 * mm, 57 * mm, 12 * mm]
    return [sec.heading(en, zh), grid_table(rows, widths, extra=extra)]


def _text_section(sec: _Sections, en: str, zh: str, text: str) -> list:
    blocks = text_block(text)
    # keep the heading with the start of its text
    return [KeepTogether([sec.heading(en, zh), blocks[0]]), *blocks[1:]]


def _methods(view: ApplicationView, sec: _Sections) -> list:
    s = styles()
    head = [
        Paragraph(markup(t, bold=True), s.cell_head)
        for t in (
            "Method\n研究方法",
            "Instruments\n仪器设备",
            "Destructive?\n是否破坏性",
            "Justification\n说明",
        )
    ]
    rows = [head]
    for m in view.methods:
        rows.append(
            [
                cell_para(m.name),
                cell_para(m.instruments, empty=""),
                para("Yes 是" if m.destructive else "No 否", s.cell_center, bold=m.destructive),
                cell_para(m.justification, empty=""),
            ]
        )
    extra = []
    if len(rows) == 1:
        rows.append([para("No methods listed / 未列出研究方法", s.cell), "", "", ""])
        extra = [("SPAN", (0, 1), (-1, 1))]
    widths = [42 * mm, 46 * mm, 22 * mm, 64 * mm]
    return [sec.heading("Methods and instruments", "研究方法与仪器"), grid_table(rows, widths, extra=extra)]


def _items(view: ApplicationView, sec: _Sections) -> list:
    s = styles()
    head = [
        Paragraph(markup(t, bold=True), s.cell_head)
        for t in (
            "#",
            "Sample number or kind\n样品编号或类型",
            "Mission\n任务",
            "Mass (mg)\n质量（毫克）",
            "Pieces\n块数",
            "Justification\n申请理由",
        )
    ]
    rows = [head]
    total_ug = 0
    total_pieces = 0
    for i, item in enumerate(view.items, start=1):
        if item.sample_number:
            what = item.sample_number
            if item.preparation_label:
                what += f"\n{item.preparation_label}"
        else:
            what = item.preparation_label or "Any / 不限"
        if item.preferred_numbers:
            what += f"\nPreferred / 优先: {item.preferred_numbers}"
        rows.append(
            [
                para(str(i), s.cell_right),
                cell_para(what),
                cell_para(item.mission, empty=""),
                para(format_mass(item.mass_ug, "mg", with_unit=False), s.cell_right, empty=""),
                para("" if item.pieces is None else str(item.pieces), s.cell_right, empty=""),
                cell_para(item.justification, empty=""),
            ]
        )
        total_ug += item.mass_ug or 0
        total_pieces += item.pieces or 0
    extra = []
    if len(rows) == 1:
        rows.append(["", para("No samples requested / 未申请样品", s.cell), "", "", "", ""])
        extra = [("SPAN", (1, 1), (-1, 1))]
    else:
        rows.append(
            [
                "",
                Paragraph(markup("Total / 合计", bold=True), s.cell),
                "",
                para(format_mass(total_ug, "mg", with_unit=False), s.cell_right, bold=True),
                para(str(total_pieces) if total_pieces else "", s.cell_right, bold=True, empty=""),
                "",
            ]
        )
        extra = [("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE)]
    widths = [7 * mm, 47 * mm, 16 * mm, 22 * mm, 14 * mm, 68 * mm]
    return [sec.heading("Requested samples", "申请样品"), grid_table(rows, widths, extra=extra)]


def _activity_facts(view: ApplicationView, sec: _Sections) -> list:
    if view.activity_start and view.activity_end and view.activity_end != view.activity_start:
        dates = f"{fmt_date(view.activity_start)} – {fmt_date(view.activity_end)}"
    else:
        dates = fmt_date(view.activity_start or view.activity_end)
    audience = "" if view.audience_size is None else f"{view.audience_size:,}".replace(",", "\u202f")
    rows = [
        ("Venue / 地点", cell_para(view.venue)),
        ("Dates / 日期", cell_para(dates)),
        ("Expected audience / 观众人数", cell_para(audience)),
    ]
    return [sec.heading("Venue, dates and audience", "地点、日期与观众"), label_table(rows)]


def _attachments(view: ApplicationView, sec: _Sections) -> list:
    s = styles()
    if not view.attachments:
        return []
    head = [
        Paragraph(markup(t, bold=True), s.cell_head)
        for t in ("File\n文件", "Kind\n类型", "Person\n人员", "Size\n大小")
    ]
    rows = [head]
    for a in view.attachments:
        rows.append(
            [
                cell_para(a.name),
                cell_para(a.kind.replace("_", " "), empty=""),
                cell_para(a.person_name, empty=""),
                para(_size(a.size), s.cell_right),
            ]
        )
    widths = [80 * mm, 30 * mm, 44 * mm, 20 * mm]
    return [sec.heading("Attachments", "附件"), grid_table(rows, widths)]


def _size(n: int) -> str:
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / (1024 * 1024):.1f} MB"


def _declaration(view: ApplicationView, sec: _Sections) -> list:
    s = styles()
    rows = [
        ("Signature of the applicant / 申请人签字", para("", s.cell, empty="")),
        ("Seal of the institution / 单位盖章", para("", s.cell, empty="")),
        ("Date / 日期", para("", s.cell, empty="")),
    ]
    table = label_table(rows, label_width=62 * mm)
    table.setStyle([("BOTTOMPADDING", (0, 0), (-1, -1), 14)])
    return [
        KeepTogether(
            [sec.heading("Declaration", "声明"), *text_block(DECLARATION), Spacer(1, 3 * mm), table]
        )
    ]


def _title_block(view: ApplicationView) -> list:
    s = styles()
    annex, en, zh = form_titles(view)
    return [
        Paragraph(markup(f"{annex} · CLEP lunar samples / 嫦娥月球样品"), s.annex),
        Paragraph(markup(en, bold=True), s.title),
        Paragraph(markup(zh, bold=True), s.subtitle),
        Spacer(1, 2 * mm),
        para(view.title, s.annex, empty=""),
        Spacer(1, 2 * mm),
    ]


def build_story(view: ApplicationView) -> list:
    """The flowables of the form (exposed for documents that embed a form)."""
    sec = _Sections()
    story = _title_block(view)
    story += _applicant(view, sec)
    if view.kind == PUBLIC_BENEFIT:
        story += _team(view, sec, "Responsible persons", "负责人员")
        story += _text_section(sec, "Activity title", "活动名称", view.title)
        story += _text_section(sec, "Activity", "活动内容", view.activity)
        story += _activity_facts(view, sec)
        story += _items(view, sec)
        story += _text_section(sec, "Display and security arrangements", "展示与安保安排", view.display_arrangements)
        if view.sample_security.strip():
            story += _text_section(sec, "Sample security", "样品安全保障", view.sample_security)
    else:
        story += _team(view, sec, "Research team", "研究团队")
        story += _text_section(sec, "Research title", "研究题目", view.title)
        story += _text_section(sec, "Research objectives", "研究目标", view.objectives)
        story += _text_section(sec, "Research background", "研究背景", view.background)
        story += _methods(view, sec)
        story += _items(view, sec)
        story += _text_section(sec, "Expected results", "预期成果", view.expected_results)
        story += _text_section(sec, "Schedule", "进度安排", view.schedule)
        story += _text_section(sec, "Laboratory conditions", "实验室条件", view.lab_facilities)
        story += _text_section(sec, "Sample security", "样品安全保障", view.sample_security)
        story += _text_section(sec, "Prior work", "前期工作", view.prior_work)
    story += _attachments(view, sec)
    story += _declaration(view, sec)
    return story


def _decorator(view: ApplicationView):
    s = styles()
    annex, en, _zh = form_titles(view)
    batch = f"Batch {view.batch_number}" if view.batch_number is not None else "Batch —"
    header_left = markup(f"APSCO Secretariat · {annex}")
    header_right = markup(f"Ref. {view.reference} · {view.status_label} · {batch}")
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    top = PAGE_SIZE[1] - 10 * mm

    def decorate(canvas, page: int, total: int) -> None:
        canvas.saveState()
        half = width / 2
        draw_paragraph(canvas, header_left, s.small, MARGIN_X, top, half)
        draw_paragraph(canvas, header_right, s.small_right, MARGIN_X + half, top, half)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN_X, top - 5 * mm, MARGIN_X + width, top - 5 * mm)
        bottom = MARGIN_BOTTOM - 6 * mm
        canvas.line(MARGIN_X, bottom + 1.5 * mm, MARGIN_X + width, bottom + 1.5 * mm)
        draw_paragraph(canvas, markup(f"{view.reference} · {en}"), s.small, MARGIN_X, bottom, width * 0.75)
        draw_paragraph(canvas, markup(f"Page {page} of {total}"), s.small_right, MARGIN_X + width * 0.75, bottom,
                       width * 0.25)
        canvas.restoreState()

    return decorate


def render_application_form(view: ApplicationView, out: Path) -> Path:
    """Write the Annex 2 (research) or Annex 3 (public benefit) form of ``view`` to ``out`` (A4 PDF).

    Fonts are embedded as TrueType subsets; the file is written atomically.
    Returns ``out``.
    """
    annex, en, zh = form_titles(view)
    return build_pdf(
        Path(out),
        build_story(view),
        title=f"{view.reference} — {en} / {zh}",
        subject=f"{annex}: {view.title}",
        decorate=_decorator(view),
    )
