"""The Sample Return Application Form (Annex 5) / 样品归还申请表, pre-filled from a loan.

A4, bilingual English/Chinese, rendered from a
:class:`~lunar_desk.services.loan_view.LoanView` only:

1. the loan — agreement and certificate numbers, the borrower (both scripts,
   Member State), the responsible person, the approved purpose, collection
   and due dates (extensions, overdue days);
2. the balance of every sample as the Secretariat's records stand on the
   view's date: mass lent, already returned, consumed, destroyed or lost,
   and outstanding;
3. this return, for the borrower to fill in by hand: mass returned now,
   pieces, consumed, destroyed or lost, condition — with the rule that the
   three masses add up to the outstanding mass — and a notes box;
4. earlier returns and reported incidents, when there are any;
5. the declaration, and signature blocks of the borrower (returned by) and
   of CLEP's lunar sample laboratory (received and checked by).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from lunar_desk.documents.fonts import markup
from lunar_desk.documents.loan_agreement import AGREEMENT_TITLE, due_date_text
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
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services.loan_view import LoanItemView, LoanView
from lunar_desk.services.mass import format_mass

FORM_TITLE = ("Sample Return Application Form", "样品归还申请表")
ANNEX = ("Annex 5", "附件5")

DECLARATION = (
    "We declare that the samples and residues returned with this form are all that remains of the lunar samples "
    "lent under Agreement No. {agreement_number}, except what is stated above as consumed or as destroyed or lost; "
    "that the masses stated are true to the best of our knowledge; and that no part of the samples has been passed "
    "to any third party.",
    "我们声明：随本表归还的样品及残余物为依据协议（编号 {agreement_number}）所借月球样品的全部剩余部分，"
    "上表申报的消耗及损毁或丢失部分除外；所填质量据我们所知真实无误；样品的任何部分均未转交第三方。",
)

#: blank rows for the borrower to add a sample the form does not list
SPARE_ROWS = 1
FILL_ROW_HEIGHT = 11 * mm


def return_form_filename(view: LoanView) -> str:
    """A file name for the form: the agreement number made safe, then "-return-form.pdf"."""
    return safe_file_name(f"{name_part(view.agreement_number, str(view.id))}-return-form.pdf")


def _mg(ug: int | None) -> str:
    return format_mass(ug, "mg", with_unit=False) if ug is not None else ""


def _pieces_line(n: int | None) -> str:
    return "" if n is None else f"{n} pc{'s' if n != 1 else ''} / {n}块"


def _mass_pieces(ug: int | None, pieces: int | None, *, zero: bool = True) -> str:
    """Mass in mg (no unit: the column says so) with pieces on a second line."""
    mass = _mg(ug) if ug or zero else ""
    return "\n".join(x for x in (mass, _pieces_line(pieces)) if x)


def _title_block(view: LoanView) -> list:
    s = styles()
    number = style_variant(s.subtitle, "return_no", fontSize=11, leading=15, spaceBefore=2)
    return [
        Paragraph(markup(f"{ANNEX[0]} · CLEP lunar samples / {ANNEX[1]} · 嫦娥月球样品"), s.annex),
        Paragraph(markup(FORM_TITLE[0], bold=True), s.title),
        Paragraph(markup(FORM_TITLE[1], bold=True), s.subtitle),
        Paragraph(markup(f"Agreement No. / 协议编号: {view.agreement_number}", bold=True), number),
        Spacer(1, 2 * mm),
    ]


def _loan(view: LoanView, sec: Sections) -> list:
    b = view.borrower
    person = view.responsible_person
    agreement = [text_cell(f"{view.agreement_number} — {AGREEMENT_TITLE[0]} / {AGREEMENT_TITLE[1]}", bold=True)]
    if view.signed_on:
        agreement.append(_p_small(f"signed on / 签署日期 {fmt_date(view.signed_on)}"))
    borrower = text_lines(b.name, b.name_local, bold_first=True)
    borrower.append(text_cell(", ".join(x for x in (b.city, " / ".join(y for y in (b.member_state, b.member_state_zh)
                                                                         if y)) if x)))
    if person is not None:
        who = text_lines(person.name_latin, person.name_native, bold_first=True)
        contact = " · ".join(x for x in (person.position, person.email, person.phone) if x)
        if contact:
            who.append(_p_small(contact))
    else:
        who = [text_cell(None)]
    due_en, due_zh = due_date_text(view)
    due: list[Flowable] = [text_cell(due_en if due_en == due_zh else f"{due_en}\n{due_zh}", bold=True)]
    for ext in view.extensions:
        due.append(_p_small(f"extended from {fmt_date(ext.old_due_date) or EMPTY} to {fmt_date(ext.new_due_date)}"
                            f" / 延期至 {fmt_date(ext.new_due_date)}" + (f": {ext.reason}" if ext.reason else "")))
    if view.overdue and view.days_overdue:
        due.append(text_cell(f"Overdue by {view.days_overdue} days on {fmt_date(view.today)} / 已逾期{view.days_overdue}天",
                         bold=True))
    purpose = (view.purpose or view.application_title).strip()
    rows = [
        ("Agreement / 借用协议", agreement),
        ("Certificate No. / 证书编号", [text_cell(view.certificate_number)]),
        ("Borrower / 借用方", borrower),
        ("Responsible person / 样品负责人", who),
        ("Approved purpose / 批准用途", [text_cell(purpose), _p_small(view.application_reference)]),
        ("Collected on / 领取日期", [text_cell(fmt_date(view.collected_on))]),
        ("Due date / 归还日期", due),
    ]
    return [sec.heading("Loan", "借用信息"), label_table(rows, 52 * mm)]


def _p_small(text: str) -> Flowable:
    return text_para(text, styles().small)


def _balance(view: LoanView, sec: Sections) -> list:
    head = [
        head_cell("#", "", "right"),
        head_cell("Sample number", "样品编号"),
        head_cell("Preparation", "样品类型"),
        head_cell("Lent (mg)", "借出", "right"),
        head_cell("Returned (mg)", "已归还", "right"),
        head_cell("Consumed (mg)", "已消耗", "right"),
        head_cell("Destroyed or lost (mg)", "损毁或丢失", "right"),
        head_cell("Outstanding (mg)", "待结算", "right"),
    ]
    rows: list[list] = [head]
    for n, item in enumerate(view.items, start=1):
        rows.append([
            text_cell(str(item.position or n), align="right"),
            _number_cell(item),
            text_cell(item.preparation_label),
            text_cell(_mass_pieces(item.mass_ug, item.pieces), align="right"),
            text_cell(_mass_pieces(item.returned_ug, item.returned_pieces or None), align="right"),
            text_cell(_mg(item.consumed_ug), align="right"),
            text_cell(_mg(item.lost_ug), align="right"),
            text_cell(_mass_pieces(item.outstanding_ug, item.outstanding_pieces), align="right", bold=True),
        ])
    extra: list[tuple] = []
    if not view.items:
        rows.append(["", text_cell("No samples / 无样品")] + [""] * 6)
        extra.append(("SPAN", (1, 1), (-1, 1)))
    else:
        rows.append([
            "",
            text_cell("Total / 合计", bold=True),
            "",
            text_cell(_mg(view.loaned_ug), align="right", bold=True),
            text_cell(_mg(view.returned_ug), align="right", bold=True),
            text_cell(_mg(view.consumed_ug), align="right", bold=True),
            text_cell(_mg(view.lost_ug), align="right", bold=True),
            text_cell(_mg(view.outstanding_ug), align="right", bold=True),
        ])
        extra += [("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    widths = [7 * mm, 43 * mm, 20 * mm, 20 * mm, 20 * mm, 20 * mm, 21 * mm, CONTENT_WIDTH - 151 * mm]
    note = text_pair(f"As recorded by the APSCO Secretariat on {fmt_date(view.today)}. Masses in milligrams.",
                 f"以上为亚太空间合作组织秘书处截至{fmt_date(view.today)}的记录，质量单位为毫克。", styles().small)
    return [KeepTogether([sec.heading("Samples and balance so far", "样品及质量结算"), grid_table(rows, widths, extra=extra),
                          Spacer(1, 1 * mm), *note])]


def _number_cell(item: LoanItemView) -> list[Flowable]:
    cell: list[Flowable] = [text_cell(item.sample_number, bold=True)]
    if item.parent_sample_number and item.parent_sample_number != item.sample_number:
        cell.append(_p_small(f"split of / 分样自\n{item.parent_sample_number}"))
    return cell


def _this_return(view: LoanView, sec: Sections) -> list:
    s = styles()
    head = [
        head_cell("#", "", "right"),
        head_cell("Sample number", "样品编号"),
        head_cell("Outstanding (mg)", "待结算", "right"),
        head_cell("Returned now (mg)", "本次归还", "right"),
        head_cell("Pieces", "块数", "right"),
        head_cell("Consumed (mg)", "消耗", "right"),
        head_cell("Destroyed or lost (mg)", "损毁或丢失", "right"),
        head_cell("Condition of sample and container", "样品及容器状况"),
    ]
    rows: list[list] = [head]
    open_items = [i for i in view.items if not i.fully_accounted] or list(view.items)
    for n, item in enumerate(open_items, start=1):
        rows.append([
            text_cell(str(item.position or n), align="right"),
            _number_cell(item),
            text_cell(_mass_pieces(item.outstanding_ug, item.outstanding_pieces), align="right"),
            "", "", "", "", Spacer(1, FILL_ROW_HEIGHT),  # writing room (the row grows with its content)
        ])
    for _ in range(SPARE_ROWS):
        rows.append([""] * 7 + [Spacer(1, FILL_ROW_HEIGHT)])
    rows.append(["", text_cell("Total / 合计", bold=True),
                 text_cell(_mg(sum(i.outstanding_ug for i in open_items)), align="right", bold=True),
                 "", "", "", "", ""])
    widths = [7 * mm, 41 * mm, 20 * mm, 21 * mm, 14 * mm, 19 * mm, 20 * mm, CONTENT_WIDTH - 142 * mm]
    table = grid_table(rows, widths, extra=[
        ("BACKGROUND", (3, 1), (-1, -2), "#fffdf2"),
        ("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE),
        ("BACKGROUND", (0, -1), (2, -1), SHADE),
    ])
    rule = text_pair(
        "To be filled in by the borrower. For each sample: returned now + consumed + destroyed or lost = "
        "outstanding. Explain below how sample was consumed (methods) and any destroyed or lost mass.",
        "由借用方填写。每份样品：本次归还 + 消耗 + 损毁或丢失 = 待结算质量。请在下方说明样品的消耗方式（研究方法）"
        "以及损毁或丢失的情况。", s.small)
    notes = Table([[[text_para("Notes / 说明", s.cell_label, bold=True)]]], colWidths=[CONTENT_WIDTH],
                  rowHeights=[30 * mm])
    notes.setStyle(TableStyle([*PLAIN_TABLE, ("BOX", (0, 0), (-1, -1), 0.4, RULE),
                               ("LEFTPADDING", (0, 0), (-1, -1), 3), ("TOPPADDING", (0, 0), (-1, -1), 2)]))
    return [
        KeepTogether([sec.heading("This return", "本次归还"), *rule, Spacer(1, 1 * mm), table]),
        Spacer(1, 3 * mm),
        notes,
    ]


def _history(view: LoanView, sec: Sections) -> list:
    out: list = []
    if view.returns:
        head = [head_cell("Date", "日期"), head_cell("Received by", "接收人"), head_cell("Returned (mg)", "归还", "right"),
                head_cell("Consumed (mg)", "消耗", "right"), head_cell("Destroyed or lost (mg)", "损毁或丢失", "right"),
                head_cell("Samples, condition, notes", "样品、状况、备注")]
        rows: list[list] = [head]
        for r in view.returns:
            details = [f"{line.sample_number}: {line.condition}" if line.condition else line.sample_number
                       for line in r.lines]
            if r.notes:
                details.append(r.notes)
            rows.append([text_cell(fmt_date(r.returned_on)), text_cell(r.received_by),
                         text_cell(_mg(r.returned_ug), align="right"), text_cell(_mg(r.consumed_ug), align="right"),
                         text_cell(_mg(r.lost_ug), align="right"), text_lines(*details)])
        widths = [21 * mm, 34 * mm, 20 * mm, 20 * mm, 22 * mm, CONTENT_WIDTH - 117 * mm]
        out += [KeepTogether([sec.heading("Earlier returns", "此前归还记录"), grid_table(rows, widths)])]
    if view.incidents:
        head = [head_cell("Date", "日期"), head_cell("Kind", "类型"), head_cell("Description", "说明"),
                head_cell("Mass (mg)", "质量", "right"), head_cell("Status", "状态"), head_cell("Reported to CLEP", "报告日期")]
        rows = [head]
        for i in view.incidents:
            rows.append([text_cell(fmt_date(i.occurred_on)), text_cell(i.kind_label), text_cell(i.description),
                         text_cell(_mg(i.mass_affected_ug), align="right", empty=""), text_cell(i.status_label),
                         text_cell(fmt_date(i.reported_to_clep_on))])
        widths = [21 * mm, 22 * mm, CONTENT_WIDTH - 101 * mm, 18 * mm, 18 * mm, 22 * mm]
        out += [KeepTogether([sec.heading("Incidents reported", "已报告事件"), grid_table(rows, widths)])]
    return out


def _signatures(view: LoanView, sec: Sections) -> list:
    s = styles()
    en, zh = DECLARATION
    declaration = text_pair(en.format(agreement_number=view.agreement_number),
                        zh.format(agreement_number=view.agreement_number))
    person = view.responsible_person
    b = view.borrower
    returned_by: list[Flowable] = [text_para("Returned by the borrower / 归还方（借用方）", s.cell_label, bold=True),
                                   *text_lines(b.name, b.name_local)]
    if person is not None:
        returned_by += text_lines(person.name_latin, person.name_native, bold_first=True)
    received_by: list[Flowable] = [
        text_para("Received and checked by / 接收及核验方", s.cell_label, bold=True),
        *text_lines(view.lender.name, view.lender.name_zh),
        _p_small("lunar sample laboratory / 月球样品实验室"),
    ]
    half = (CONTENT_WIDTH - 8 * mm) / 2
    labels = ["Signature / 签字", "Name / 姓名:", "Date / 日期:", "Seal / 盖章"]
    rows: list[list] = [[returned_by, "", received_by], [Spacer(1, 13 * mm), "", Spacer(1, 13 * mm)]]
    for label in labels:
        rows.append([text_para(label, s.small if label.startswith(("Signature", "Seal")) else s.cell), "",
                     text_para(label, s.small if label.startswith(("Signature", "Seal")) else s.cell)])
    table = Table(rows, colWidths=[half, 8 * mm, half], hAlign="LEFT")
    table.setStyle(TableStyle([
        *PLAIN_TABLE,
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
        ("LINEABOVE", (0, 0), (0, 0), 0.9, INK),
        ("LINEABOVE", (2, 0), (2, 0), 0.9, INK),
        ("TOPPADDING", (0, 0), (-1, 0), 4),
        ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
        ("LINEBELOW", (2, 1), (2, 1), 0.6, INK),
        ("LINEBELOW", (0, 3), (0, 4), 0.3, RULE),
        ("LINEBELOW", (2, 3), (2, 4), 0.3, RULE),
    ]))
    return [KeepTogether([sec.heading("Declaration and signatures", "声明与签署"), *declaration, Spacer(1, 3 * mm),
                          table])]


def build_story(view: LoanView) -> list:
    """The flowables of the form (exposed for documents that embed it)."""
    sec = Sections()
    story = _title_block(view)
    story += _loan(view, sec)
    story += _balance(view, sec)
    story += _this_return(view, sec)
    story += _history(view, sec)
    story += _signatures(view, sec)
    return story


def _decorator(view: LoanView):
    s = styles()
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    top = PAGE_SIZE[1] - 10 * mm
    bottom = MARGIN_BOTTOM - 6 * mm
    half = width / 2
    header_left = PageText(f"{ANNEX[0]} · {FORM_TITLE[0]} / {FORM_TITLE[1]}", s.small, half * 1.3)
    header_right = PageText(f"Agreement No. {view.agreement_number}", s.small_right, half * 0.7)
    footer_left = PageText(f"{view.agreement_number} · {view.borrower.name}", s.small, width * 0.7)

    def decorate(canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        header_left.draw(canvas, MARGIN_X, top)
        header_right.draw(canvas, MARGIN_X + half * 1.3, top)
        canvas.line(MARGIN_X, top - 5 * mm, MARGIN_X + width, top - 5 * mm)
        canvas.line(MARGIN_X, bottom + 1.5 * mm, MARGIN_X + width, bottom + 1.5 * mm)
        footer_left.draw(canvas, MARGIN_X, bottom)
        PageText(f"Page {page} of {total} / 第{page}页，共{total}页", s.small_right, width * 0.3).draw(
            canvas, MARGIN_X + width * 0.7, bottom)
        canvas.restoreState()

    return decorate


def render_return_form(view: LoanView, out: Path) -> Path:
    """Write the Sample Return Application Form of ``view``, pre-filled, to ``out`` (A4 PDF, atomically)."""
    return build_pdf(
        Path(out),
        build_story(view),
        title=f"{view.agreement_number} — {FORM_TITLE[0]} / {FORM_TITLE[1]}",
        subject=f"{ANNEX[0]}: return of lunar samples lent under {view.agreement_number}",
        author="APSCO Secretariat for CLEP",
        decorate=_decorator(view),
    )


__all__ = ["DECLARATION", "FORM_TITLE", "build_story", "render_return_form", "return_form_filename"]
