"""The lunar sample certificate / 月球样品证书.

One landscape A4 page, issued on behalf of CLEP once the Loan Agreement is
signed, presented when the samples are collected and kept with them:
certificate number and date, the holder institution (both scripts, Member
State) and the responsible person (name in their own script), every sample
number with its mass (and pieces), the agreement number, the approved
purpose and the due date, and a signature and seal block for CLEP.

Rendered from a :class:`~lunar_desk.services.loan_view.LoanView` only.  The
content is shrunk to fit when a loan has many samples, so the certificate
is always one page.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepInFrame,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lunar_desk.documents.fonts import markup
from lunar_desk.documents.loan_agreement import AGREEMENT_TITLE, CNSA, due_date_text
from lunar_desk.documents.styles import (
    CERTIFICATE_PAGE,
    EMPTY,
    HEAD_SHADE,
    INK,
    PLAIN_TABLE,
    RULE,
    SHADE,
    build_pdf,
    certificate_style,
    certificate_styles,
    draw_certificate_frame,
    fmt_date,
    style_variant,
    styles,
    text_para,
)
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services.loan_view import LoanView
from lunar_desk.services.mass import format_mass

CERTIFICATE_TITLE = ("Lunar Sample Certificate", "月球样品证书")
PAGE = CERTIFICATE_PAGE
MARGIN_X = 24 * mm
MARGIN_TOP = 19 * mm
MARGIN_BOTTOM = 27 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X


def certificate_filename(view: LoanView) -> str:
    """A file name for the certificate: the certificate (else agreement) number made safe."""
    number = view.certificate_number or view.agreement_number
    return safe_file_name(f"{name_part(number, str(view.id))}-certificate.pdf")


def _style(name: str, base: ParagraphStyle, **kw) -> ParagraphStyle:
    return certificate_style("cert", name, base, **kw)


class _Seal(Flowable):
    """A dashed circle where the seal goes."""

    def __init__(self, diameter: float) -> None:
        super().__init__()
        self.width = self.height = diameter

    def draw(self) -> None:
        c = self.canv
        r = self.width / 2
        c.saveState()
        c.setStrokeColor(RULE)
        c.setDash(2, 2)
        c.setLineWidth(0.6)
        c.circle(r, r, r - 0.5)
        c.restoreState()


def _items_table(view: LoanView) -> Table:
    s = styles()
    head_style = _style("head", s.cell_head)
    cell = _style("cell", s.cell, fontSize=9, leading=12.5)

    def head(en: str, zh: str) -> Paragraph:
        return Paragraph(markup(f"{en}\n{zh}", bold=True), head_style)

    rows: list[list] = [[head("#", ""), head("Sample number", "样品编号"), head("Mission", "任务"),
                         head("Preparation", "样品类型"), head("Mass", "质量"), head("Pieces", "块数")]]
    for n, item in enumerate(view.items, start=1):
        mission = " · ".join(x for x in (item.mission_name or item.mission, item.mission_name_zh) if x)
        rows.append([
            text_para(str(item.position or n), cell),
            text_para(item.sample_number, cell, bold=True),
            text_para(mission, cell),
            text_para(item.preparation_label, cell),
            text_para(format_mass(item.mass_ug, "mg"), cell, bold=True),
            text_para("" if item.pieces is None else str(item.pieces), cell, empty=""),
        ])
    extra: list[tuple] = []
    if view.items:
        pieces = [i.pieces for i in view.items if i.pieces is not None]
        rows.append(["", text_para("Total / 合计", cell, bold=True), "", "",
                     text_para(format_mass(sum(i.mass_ug for i in view.items), "mg"), cell, bold=True),
                     text_para(str(sum(pieces)) if pieces else "", cell, bold=True, empty="")])
        extra = [("BACKGROUND", (0, -1), (-1, -1), SHADE), ("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE)]
    else:
        rows.append(["", text_para("No samples / 无样品", cell), "", "", "", ""])
        extra = [("SPAN", (1, 1), (-1, 1))]
    widths = [10 * mm, 66 * mm, 42 * mm, 38 * mm, 34 * mm, 20 * mm]
    table = Table(rows, colWidths=widths, repeatRows=1, hAlign="CENTER")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), s.cell.fontName, 9),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_SHADE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ]))
    return table


def _signature(view: LoanView) -> Table:
    s = styles()
    left = _style("sign", s.cell, fontSize=9, leading=12.5)
    issued = [
        text_para(f"Issued on behalf of {view.lender.name}", left, bold=True),
        text_para(f"{view.lender.name_zh}颁发" if view.lender.name_zh else "", left, bold=True, empty=""),
        Spacer(1, 10 * mm),
    ]
    line = [text_para(f"Signature / 签字 · Date / 日期: {fmt_date(view.certificate_date) or '____________'}",
                      _style("sign_small", s.small))]
    seal = [_Seal(21 * mm), text_para("Seal / 盖章", _style("seal", s.small))]
    table = Table([[issued, seal], [line, ""]], colWidths=[95 * mm, 40 * mm], hAlign="CENTER")
    table.setStyle(TableStyle([
        *PLAIN_TABLE,
        ("SPAN", (1, 0), (1, 1)),
        ("ALIGN", (1, 0), (1, 0), "CENTER"),
        ("VALIGN", (1, 0), (1, 0), "MIDDLE"),
        ("LINEABOVE", (0, 1), (0, 1), 0.6, INK),
        ("TOPPADDING", (0, 1), (0, 1), 2),
        ("LEFTPADDING", (1, 0), (1, 0), 8 * mm),
    ]))
    return table


def build_story(view: LoanView) -> list:
    """The flowables of the certificate, shrunk as needed to fit its one page."""
    s = styles()
    shared = certificate_styles("cert", title_space_before=4, spaceAfter=0)
    org, title_zh, title_en, line, lead = shared.org, shared.title_zh, shared.title_en, shared.line, shared.lead
    holder = _style("holder", s.body, fontSize=15, leading=21, spaceAfter=0)
    holder_local = _style("holder_local", s.body, fontSize=12.5, leading=18, spaceAfter=1)
    text = _style("text", s.body, fontSize=9.5, leading=13.5, spaceAfter=1)

    b = view.borrower
    person = view.responsible_person
    number = view.certificate_number or EMPTY
    issued_on = fmt_date(view.certificate_date) or EMPTY
    story: list = [
        text_para(view.lender.name_zh, org, bold=True, empty=""),
        text_para(view.lender.name, org, bold=True, empty=""),
        text_para(f"on behalf of the {CNSA[0]} / 受{CNSA[1]}委托", lead),
        Paragraph(markup(CERTIFICATE_TITLE[1]), title_zh),
        Paragraph(markup(CERTIFICATE_TITLE[0], bold=True), title_en),
        Spacer(1, 2 * mm),
        text_para(f"Certificate No. / 证书编号: {number}  ·  Date of issue / 颁发日期: {issued_on}", line, bold=True),
        Spacer(1, 3 * mm),
        text_para("This is to certify that / 兹证明", lead),
        text_para(b.name, holder, bold=True),
    ]
    if b.name_local and b.name_local.strip() != b.name.strip():
        story.append(text_para(b.name_local, holder_local, bold=True))
    place = ", ".join(x for x in (b.city, b.member_state) if x)
    if b.member_state_zh:
        place = f"{place} / {b.member_state_zh}" if place else b.member_state_zh
    story.append(text_para(place, line, empty=""))
    if person is not None:
        names = person.name_latin
        if person.name_native and person.name_native.strip() != person.name_latin.strip():
            names += f" · {person.name_native}"
        story.append(text_para(f"Responsible person / 样品负责人: {names}", line))
    purpose = (view.purpose or view.application_title).strip()
    due_en, due_zh = due_date_text(view)
    story += [
        Spacer(1, 2 * mm),
        text_para(
            f"holds on loan from the {CNSA[0]}, under {AGREEMENT_TITLE[0]} No. {view.agreement_number}, "
            f"the lunar samples listed below, for the approved purpose \u201c{purpose}\u201d "
            f"({view.application_reference}), to be returned by {due_en}.", text),
        text_para(
            f"依据{AGREEMENT_TITLE[1]}（编号 {view.agreement_number}）借用国家航天局下列月球样品，"
            f"用于经批准的用途（申请编号 {view.application_reference}），归还日期：{due_zh}。", text),
        Spacer(1, 3 * mm),
        _items_table(view),
        Spacer(1, 4 * mm),
        _signature(view),
    ]
    return [KeepInFrame(WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, story, mode="shrink", hAlign="CENTER")]


def _decorator(view: LoanView):
    s = styles()
    footer = markup(f"Coordinated by the {view.coordinator.name} / {view.coordinator.name_zh} · "
                    "Present this certificate when collecting the samples and keep it with them. / "
                    "领取样品时请出示本证书，并与样品一同保存。")

    def decorate(canvas, page: int, total: int) -> None:
        w, _ = PAGE
        draw_certificate_frame(canvas)
        p = Paragraph(footer, style_variant(s.small, "cert_footer", alignment=TA_CENTER))
        _, ph = p.wrapOn(canvas, w - 40 * mm, 20 * mm)
        p.drawOn(canvas, 20 * mm, 13.5 * mm)
        del ph

    return decorate


def render_certificate(view: LoanView, out: Path) -> Path:
    """Write the one-page lunar sample certificate of ``view`` to ``out`` (landscape A4 PDF, atomically)."""
    return build_pdf(
        Path(out),
        build_story(view),
        title=f"{view.certificate_number or view.agreement_number} — {CERTIFICATE_TITLE[0]} / {CERTIFICATE_TITLE[1]}",
        subject=f"Lunar sample certificate for agreement {view.agreement_number}",
        author="APSCO Secretariat for CLEP",
        decorate=_decorator(view),
        pagesize=PAGE,
        margins=(MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )


__all__ = ["CERTIFICATE_TITLE", "build_story", "certificate_filename", "render_certificate"]
