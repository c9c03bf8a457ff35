"""The decision letter: the APSCO Secretariat tells a principal investigator
what CLEP's Expert Committee on Lunar Samples decided on an application.

A4, bilingual English/Chinese, rendered from a
:class:`~lunar_desk.services.review_view.DecisionLetterView` only:

* letterhead of the APSCO Secretariat, date and reference, the addressee (the
  PI's name in Latin and in their own script, institution in both scripts,
  Member State in English and Chinese), subject and outcome;
* the decision on every requested item (sample to be lent, approved mass and
  pieces, the committee's reason) with requested and approved totals;
* approved / partially approved: the next steps (sign the Lunar Sample Loan
  Agreement, Annex 4, within 10 working days — with the deadline when the view
  has one and always its note; certificate and collection) and the
  borrower's obligations;
* rejected: the committee's reasons and that a new application may be made in
  a later batch (no signing step);
* signature block; every page has the reference and "Page X of Y" at the foot.

Chinese paragraphs wrap between characters (``wordWrap="CJK"``) — only text
with Han characters and no Thai or Arabic script gets that, so Thai clusters
and right-to-left runs are never split.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, ListFlowable, ListItem, Paragraph, Spacer, Table, TableStyle

from lunar_desk.documents.fonts import ARABIC, HAN, SANS, SANS_BOLD, THAI_SCRIPT, char_script, markup
from lunar_desk.documents.styles import (
    CONTENT_WIDTH,
    EMPTY,
    INK,
    MARGIN_BOTTOM,
    MARGIN_X,
    PAGE_SIZE,
    RULE,
    SHADE,
    build_pdf,
    draw_paragraph,
    fmt_date,
    grid_table,
    label_table,
    para,
    styles,
)
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services.application_view import PersonView
from lunar_desk.services.mass import format_mass
from lunar_desk.services.review_view import DecidedItemView, DecisionLetterView

# ApplicationStatus values a letter can carry
APPROVED = "approved"
PARTIALLY_APPROVED = "partially_approved"
REJECTED = "rejected"
# DecisionOutcome values of an item
ITEM_APPROVED = "approved"
ITEM_REDUCED = "reduced"
ITEM_REJECTED = "rejected"

SIGNING_WORKING_DAYS = 10
LIST_INDENT = 6 * mm

SECRETARIAT = ("Asia-Pacific Space Cooperation Organization (APSCO) Secretariat", "亚太空间合作组织秘书处")
SECRETARIAT_PLACE = ("Beijing, China", "中国北京")
COMMITTEE = (
    "Expert Committee on Lunar Samples of the China Lunar Exploration and Space Program Center (CLEP)",
    "国家航天局探月与航天工程中心（CLEP）月球样品专家委员会",
)
#: where approved samples are collected (DOMAIN.md marks it "check": pass ``collection_place`` to override)
COLLECTION_PLACE = (
    "CLEP's lunar sample laboratory at the National Astronomical Observatories, Chinese Academy of Sciences "
    "(NAOC), Beijing",
    "位于北京中国科学院国家天文台的探月与航天工程中心月球样品实验室",
)
ACKNOWLEDGEMENT = "Lunar samples provided by the China National Space Administration (CNSA)"

OUTCOME_ZH = {APPROVED: "批准", PARTIALLY_APPROVED: "部分批准", REJECTED: "未批准"}
ITEM_OUTCOME_ZH = {ITEM_APPROVED: "批准", ITEM_REDUCED: "核减后批准", ITEM_REJECTED: "未批准"}

LETTER_TITLE = ("Decision letter", "评审决定函")


# --- text helpers -------------------------------------------------------------------------


def _needs_cjk_wrap(text: str) -> bool:
    scripts = {char_script(c) for c in text}
    return HAN in scripts and not scripts & {THAI_SCRIPT, ARABIC}


_derived_styles: dict[tuple[str, str], ParagraphStyle] = {}


def _derived(style: ParagraphStyle, suffix: str, **changes) -> ParagraphStyle:
    """A variant of ``style`` (cached by name and ``suffix``)."""
    key = (style.name, suffix)
    derived = _derived_styles.get(key)
    if derived is None:
        derived = _derived_styles[key] = ParagraphStyle(f"{style.name}_{suffix}", parent=style, **changes)
    return derived


def _style_for(text: str | None, style: ParagraphStyle, *, bold: bool = False) -> ParagraphStyle:
    """``style`` in its bold cut when ``bold`` (``markup(bold=True)`` leaves Latin runs in the style's
    font), breaking lines between Chinese characters when ``text`` is Chinese (see module doc)."""
    cjk = bool(text) and _needs_cjk_wrap(text)
    bold = bold and style.fontName == SANS
    if bold:
        style = _derived(style, "bold", fontName=SANS_BOLD)
    if cjk:
        style = _derived(style, "cjk", wordWrap="CJK")
    return style


def _p(text: str | None, style: ParagraphStyle, *, bold: bool = False, empty: str = EMPTY):
    return para(text, _style_for(text, style, bold=bold), bold=bold, empty=empty)


def _pair(en: str, zh: str, style: ParagraphStyle | None = None) -> list:
    """An English paragraph and its Chinese translation right under it."""
    style = style or styles().body
    return [_p(en, _derived(style, "tight", spaceAfter=1)), _p(zh, style)]


def _cell(text: str | None, *, bold: bool = False, empty: str = EMPTY, align: str = "left"):
    s = styles()
    style = {"left": s.cell, "right": s.cell_right, "center": s.cell_center}[align]
    return _p(text, style, bold=bold, empty=empty)


def _head(en: str, zh: str) -> Paragraph:
    return Paragraph(markup(f"{en}\n{zh}", bold=True), styles().cell_head)


def _heading(en: str, zh: str) -> Paragraph:
    return Paragraph(markup(f"{en} / {zh}", bold=True), styles().heading)


def _pieces(n: int | None) -> str:
    if n is None:
        return ""
    return f"{n} piece{'s' if n != 1 else ''}"


def _quantity(mass_ug: int | None, pieces: int | None) -> str:
    lines = [format_mass(mass_ug, "mg") if mass_ug is not None else "", _pieces(pieces)]
    return "\n".join(line for line in lines if line)


def _is_han(text: str) -> bool:
    return any(char_script(c) == HAN for c in text)


def _batch_en(view: DecisionLetterView) -> str:
    return f" of sample release batch {view.batch_number}" if view.batch_number is not None else ""


def _round_zh(view: DecisionLetterView) -> str:
    batch = f"第{view.batch_number}批样品" if view.batch_number is not None else "样品"
    name = f"（{view.round_name}）" if view.round_name else ""
    return f"{batch}评审{name}"


def letter_filename(view: DecisionLetterView) -> str:
    """A file name for the letter: the reference made safe for every file system, then "-decision.pdf"."""
    return safe_file_name(f"{name_part(view.reference, str(view.application_id))}-decision.pdf")


def is_approval(view: DecisionLetterView) -> bool:
    """True when the letter grants samples (approved or partially approved): it then has the signing step."""
    return view.outcome in (APPROVED, PARTIALLY_APPROVED)


# --- parts of the letter ------------------------------------------------------------------


def _letterhead() -> list:
    s = styles()
    name = ParagraphStyle("lh_name", parent=s.title, fontSize=13.5, leading=17)
    name_zh = ParagraphStyle("lh_name_zh", parent=s.subtitle, fontSize=13, leading=17, spaceAfter=1)
    return [
        Paragraph(markup(SECRETARIAT[0], bold=True), name),
        Paragraph(markup(SECRETARIAT[1], bold=True), name_zh),
        Paragraph(markup(f"{SECRETARIAT_PLACE[0]} · {SECRETARIAT_PLACE[1]}"), s.annex),
        _rule(),
    ]


#: an unruled layout table: the bundled font (never ReportLab's unembedded Helvetica) and no padding
_PLAIN = (
    ("FONT", (0, 0), (-1, -1), SANS, 8.5),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("LEFTPADDING", (0, 0), (-1, -1), 0),
    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
    ("TOPPADDING", (0, 0), (-1, -1), 0),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
)


def _rule(width: float = 0.8) -> Table:
    t = Table([[""]], colWidths=[CONTENT_WIDTH], rowHeights=[2 * mm])
    t.setStyle(TableStyle([*_PLAIN, ("LINEABOVE", (0, 0), (-1, 0), width, RULE)]))
    return t


def _addressee(view: DecisionLetterView, letter_date: date) -> Table:
    s = styles()
    line = ParagraphStyle("address", parent=s.body, spaceAfter=0.5)
    to: list = [Paragraph(markup("To / 致"), s.small)]
    pi: PersonView | None = view.pi
    if pi is not None:
        to.append(_p(pi.name_latin, line, bold=True))
        if pi.name_native and pi.name_native.strip() != pi.name_latin.strip():
            to.append(_p(pi.name_native, line, bold=True))
    else:
        to.append(_p("The Principal Investigator / 项目负责人", line, bold=True))
    to.append(_p(view.institution, line))
    if view.institution_local and view.institution_local.strip() != view.institution.strip():
        to.append(_p(view.institution_local, line))
    state = " / ".join(x for x in (view.member_state, view.member_state_zh) if x)
    if state:
        to.append(_p(state, line))

    facts = [
        ("Date / 日期", fmt_date(letter_date)),
        ("Reference / 编号", view.reference),
        ("Review round / 评审轮次", view.round_name),
        ("Batch / 批次", "" if view.batch_number is None else str(view.batch_number)),
    ]
    fact_rows = [[Paragraph(markup(label), s.small), _cell(value)] for label, value in facts if value]
    facts_table = Table(fact_rows, colWidths=[30 * mm, 42 * mm], hAlign="RIGHT")
    facts_table.setStyle(TableStyle([
        *_PLAIN,
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    left_width = CONTENT_WIDTH - 74 * mm
    table = Table([[to, facts_table]], colWidths=[left_width, 74 * mm], hAlign="LEFT")
    table.setStyle(TableStyle(_PLAIN))
    return table


def _subject(view: DecisionLetterView) -> list:
    s = styles()
    subject = ParagraphStyle("subject", parent=s.heading, spaceBefore=8, spaceAfter=3)
    zh_label = OUTCOME_ZH.get(view.outcome, "")
    outcome = f"{view.outcome_label} / {zh_label}" if zh_label else view.outcome_label
    box = label_table([("Decision / 评审决定", _cell(outcome, bold=True))], label_width=48 * mm)
    return [
        _p(f"Decision on your application {view.reference} / 关于申请 {view.reference} 的评审决定", subject,
           bold=True),
        _p(view.title, ParagraphStyle("subject_title", parent=s.body, textColor=s.muted.textColor), empty=""),
        box,
        Spacer(1, 4 * mm),
    ]


def _salutation(view: DecisionLetterView) -> list:
    pi = view.pi
    if pi is None:
        return _pair("Dear Principal Investigator,", "尊敬的项目负责人：")
    zh_name = pi.name_native if pi.name_native and _is_han(pi.name_native) else pi.name_latin
    return _pair(f"Dear {pi.name_latin},", f"尊敬的 {zh_name}：" if not _is_han(zh_name) else f"尊敬的{zh_name}：")


def _opening(view: DecisionLetterView) -> list:
    committee_en, committee_zh = COMMITTEE
    kind = f"{view.kind_label.lower()} " if view.kind_label else ""
    where = f"in review round {view.round_name}{_batch_en(view)}" if view.round_name else (
        f"in the review{_batch_en(view)}")
    app_en = f"your {kind}application \u201c{view.title}\u201d ({view.reference}), submitted by {view.institution}"
    if view.member_state:
        app_en += f" ({view.member_state})"
    app_zh = f"贵单位提交的申请 {view.reference}（\u201c{view.title}\u201d）"
    intro_en = f"On behalf of the {committee_en}, the APSCO Secretariat"
    intro_zh = f"亚太空间合作组织秘书处受{committee_zh}委托"
    if view.outcome == APPROVED:
        en = (f"{intro_en} is pleased to inform you that the committee has approved {app_en}, {where}. "
              "The samples approved for loan are listed below.")
        zh = f"{intro_zh}，很高兴地通知您：{app_zh}已在{_round_zh(view)}中获得批准。批准借用的样品见下表。"
    elif view.outcome == PARTIALLY_APPROVED:
        en = (f"{intro_en} is pleased to inform you that the committee has partially approved {app_en}, {where}: "
              "some of the samples requested are approved, some with a reduced mass or fewer pieces, and some "
              "are not approved. The decision on each item and the committee's reasons are given below.")
        zh = (f"{intro_zh}，很高兴地通知您：{app_zh}已在{_round_zh(view)}中获得部分批准：部分样品获批，"
              "部分样品的质量或块数有所核减，其余样品未获批准。各项决定及专家委员会的理由见下表。")
    elif view.outcome == REJECTED:
        en = (f"{intro_en} regrets to inform you that, after careful review, the committee has not approved "
              f"{app_en}, {where}. The committee's reasons are given below.")
        zh = f"{intro_zh}，很遗憾地通知您：经认真评审，{app_zh}未在{_round_zh(view)}中获得批准。专家委员会的理由见下文。"
    else:  # a status the letter does not know: state it plainly
        en = f"{intro_en} informs you of the committee's decision on {app_en}, {where}: {view.outcome_label}."
        zh = f"{intro_zh}，现将专家委员会对{app_zh}的评审决定通知如下：{view.outcome_label}。"
    return _pair(en, zh)


def _totals(items: tuple[DecidedItemView, ...]) -> tuple[int | None, int | None, int | None, int | None]:
    """(requested µg, approved µg, requested pieces, approved pieces); None where no item gives one,
    except that an approved total is 0 (not None) when something was requested and nothing granted."""

    def total(values) -> int | None:
        present = [v for v in values if v is not None]
        return sum(present) if present else None

    granted = [i for i in items if i.outcome != ITEM_REJECTED]
    req_ug = total(i.requested_mass_ug for i in items)
    req_pc = total(i.requested_pieces for i in items)
    ok_ug = total(i.approved_mass_ug for i in granted)
    ok_pc = total(i.approved_pieces for i in granted)
    return (
        req_ug,
        0 if ok_ug is None and req_ug is not None else ok_ug,
        req_pc,
        0 if ok_pc is None and req_pc is not None else ok_pc,
    )


def _decision_cell(item: DecidedItemView):
    zh = ITEM_OUTCOME_ZH.get(item.outcome, "")
    text = f"{item.outcome_label}\n{zh}" if zh else item.outcome_label
    return _cell(text, bold=item.outcome != ITEM_REJECTED)


def _items_table(view: DecisionLetterView) -> list:
    """Every item with its decision; the rejected letter leaves out the lending columns."""
    s = styles()
    lending = is_approval(view)
    if lending:
        head = [
            _head("#", ""),
            _head("Requested", "申请样品"),
            _head("Requested", "申请数量"),
            _head("Decision", "决定"),
            _head("Sample to be lent", "出借样品编号"),
            _head("Approved", "批准数量"),
            _head("Reason", "理由"),
        ]
        widths = [6 * mm, 33 * mm, 20 * mm, 21 * mm, 33 * mm, 20 * mm, 41 * mm]
    else:
        head = [
            _head("#", ""),
            _head("Requested", "申请样品"),
            _head("Requested", "申请数量"),
            _head("Decision", "决定"),
            _head("Reasons of the committee", "专家委员会的理由"),
        ]
        widths = [6 * mm, 38 * mm, 22 * mm, 22 * mm, 86 * mm]
    rows: list[list] = [head]
    extra: list[tuple] = []
    for n, item in enumerate(view.items, start=1):
        granted = item.outcome != ITEM_REJECTED
        row = [
            _cell(str(n), align="right"),
            _cell(item.requested),
            _cell(_quantity(item.requested_mass_ug, item.requested_pieces), align="right"),
            _decision_cell(item),
        ]
        if lending:
            row += [
                _cell(item.sample_number if granted else "", empty=EMPTY if granted else ""),
                _cell(_quantity(item.approved_mass_ug, item.approved_pieces) if granted else "", align="right",
                      bold=granted, empty=EMPTY if granted else ""),
            ]
        row.append(_cell(item.reason, empty=EMPTY))
        rows.append(row)
        if not granted and lending:
            extra.append(("TEXTCOLOR", (0, n), (-1, n), s.muted.textColor))
    if not view.items:
        rows.append(["", _cell("No items / 无申请样品")] + [""] * (len(head) - 2))
        extra.append(("SPAN", (1, 1), (-1, 1)))
    elif lending:
        req_ug, ok_ug, req_pc, ok_pc = _totals(view.items)
        rows.append([
            "",
            _cell("Total / 合计", bold=True),
            _cell(_quantity(req_ug, req_pc), align="right", bold=True, empty=""),
            "",
            "",
            _cell(_quantity(ok_ug, ok_pc), align="right", bold=True, empty=""),
            "",
        ])
        extra += [("LINEABOVE", (0, -1), (-1, -1), 0.9, RULE), ("BACKGROUND", (0, -1), (-1, -1), SHADE)]
    table = grid_table(rows, widths, extra=extra)
    out: list = [table]
    if lending and view.items:
        out.append(Spacer(1, 2 * mm))
        out += _totals_sentence(view)
    return out


def _totals_sentence(view: DecisionLetterView) -> list:
    req_ug, ok_ug, _req_pc, _ok_pc = _totals(view.items)
    if not req_ug:
        return []
    ok_ug = ok_ug or 0
    share = f"{ok_ug / req_ug:.0%}"
    en = f"In total, {format_mass(ok_ug, 'mg')} of the {format_mass(req_ug, 'mg')} requested is approved ({share})."
    zh = f"合计：申请 {format_mass(req_ug, 'mg')}，批准 {format_mass(ok_ug, 'mg')}（{share}）。"
    return _pair(en, zh)


def _deadline_text(view: DecisionLetterView) -> str:
    """The signing deadline (YYYY-MM-DD) when the view has one, and always the view's note."""
    note = view.signing_deadline_note.strip()
    if view.signing_deadline is not None:
        return view.signing_deadline.strftime("%Y-%m-%d") + (f" ({note})" if note else "")
    days = SIGNING_WORKING_DAYS
    fallback = f"{days} working days from the date of this letter / 自本函日期起{days}个工作日内"
    return f"{fallback}\n{note}" if note else fallback


def _next_steps(view: DecisionLetterView, collection_place: tuple[str, str]) -> list:
    days = SIGNING_WORKING_DAYS
    sign_en = (f"Please sign the Lunar Sample Loan Agreement (Annex 4) and return it to the APSCO Secretariat "
               f"within {days} working days (counted as in China, with its public holidays and make-up working days).")
    sign_zh = f"请在{days}个工作日内（按中国法定工作日计算）签署《月球样品借用协议》（附件4）并交回亚太空间合作组织秘书处。"
    deadline = grid_table(
        [[_cell("Sign the Loan Agreement by\n借用协议签署截止日期", bold=True), _cell(_deadline_text(view), bold=True)]],
        [48 * mm, CONTENT_WIDTH - LIST_INDENT - 48 * mm],
        header_rows=0,
        extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)],
    )
    place_en, place_zh = collection_place
    collect_en = (f"Once the Agreement is signed, CLEP issues a lunar sample certificate for the approved samples. "
                  f"The samples are collected at {place_en}, on presentation of the certificate; the Secretariat "
                  "will agree the date of collection with you.")
    collect_zh = f"协议签署后，探月与航天工程中心将为获批样品颁发月球样品证书。请凭证书到{place_zh}领取样品，领取日期由秘书处与您商定。"
    steps = [
        [*_pair(sign_en, sign_zh), deadline, Spacer(1, 2 * mm)],
        _pair(collect_en, collect_zh),
    ]
    return [
        KeepTogether([_heading("Next steps", "后续步骤"), _numbered(steps[:1], start=1)]),
        _numbered(steps[1:], start=2),
    ]


OBLIGATIONS = (
    ("Use the samples only for the approved purpose and keep them secure.", "样品仅用于批准的用途，并妥善保管。"),
    ("Do not pass the samples to third parties.", "不得将样品转交第三方。"),
    ("Report any loss of or damage to the samples at once.", "样品如有丢失或损坏，须立即报告。"),
    ("At the end of the loan, return unused sample and residues with the Sample Return Application Form "
     "(Annex 5), declaring the mass consumed.",
     "借用期满，须填写《样品归还申请表》（附件5），归还未使用的样品及残余物，并申报消耗的质量。"),
    (f"Every paper, patent or other output must carry the statement \u201c{ACKNOWLEDGEMENT}\u201d, cite the "
     "sample numbers used, and be reported to CLEP within three months.",
     f"所有论文、专利及其他成果须注明\u201c{ACKNOWLEDGEMENT}\u201d（月球样品由国家航天局提供），"
     "引用所用样品编号，并在三个月内报送探月与航天工程中心。"),
)


def _numbered(blocks: list[list], start: int = 1) -> ListFlowable:
    """Numbered steps ``start``, ``start + 1``… (one block of flowables each)."""
    s = styles()
    items = [ListItem(block, value=start + i) for i, block in enumerate(blocks)]
    return ListFlowable(items, bulletType="1", start=start, leftIndent=LIST_INDENT, bulletFontName=SANS,
                        bulletFontSize=s.body.fontSize, bulletColor=INK)


def _obligations() -> list:
    s = styles()
    en_style = ParagraphStyle("obligation", parent=s.body, leftIndent=LIST_INDENT, bulletIndent=0, spaceAfter=1,
                              bulletFontName=SANS)
    zh_style = ParagraphStyle("obligation_zh", parent=s.body, leftIndent=LIST_INDENT, wordWrap="CJK")
    bullets = [[Paragraph(markup(en), en_style, bulletText="•"), Paragraph(markup(zh), zh_style)]
               for en, zh in OBLIGATIONS]
    intro = _pair("As the Loan Agreement sets out, the borrowing institution and its team undertake to:",
                  "按照借用协议，借用单位及其团队承诺：")
    # the heading never ends a page alone: it keeps its introduction and the first obligation
    # (KeepTogether is not nested: a nested one pushes the whole block to the next page)
    return [
        KeepTogether([_heading("Obligations of the borrower", "借用方义务"), *intro, *bullets[0]]),
        *(KeepTogether(b) for b in bullets[1:]),
    ]


def _rejection() -> list:
    return [KeepTogether([_heading("A new application", "重新申请"), *_pair("You may make a new application for lunar samples in a later release batch; the Secretariat "
                 "will gladly advise you on preparing it in the light of the committee's reasons.",
                 "欢迎您在后续批次中重新提出样品申请；秘书处愿根据专家委员会的意见，为申请的准备工作提供协助。")])]


def _partial_note(view: DecisionLetterView) -> list:
    if not any(i.outcome == ITEM_REJECTED for i in view.items):
        return []
    return _pair("Samples that are not approved may be requested again in a later release batch.",
                 "未获批准的样品可在后续批次中重新申请。")


def _closing(view: DecisionLetterView, letter_date: date, signatory: str, signatory_title: str) -> list:
    s = styles()
    contact = [
        *_pair(f"Should you have any questions, please contact the APSCO Secretariat, quoting reference "
               f"{view.reference}.", f"如有疑问，请与亚太空间合作组织秘书处联系，并注明编号 {view.reference}。"),
        Spacer(1, 2 * mm),
        _p("Yours sincerely, / 此致敬礼！", s.body),
        Spacer(1, 1 * mm),
    ]
    left_width, right_width = 100 * mm, CONTENT_WIDTH - 100 * mm
    sign = [
        [[_p("For the APSCO Secretariat, on behalf of the CLEP Expert Committee on Lunar Samples", s.cell,
             bold=True),
          _p(f"{SECRETARIAT[1]}（受探月与航天工程中心月球样品专家委员会委托）", s.cell, bold=True)], ""],
        [Spacer(1, 12 * mm), ""],
        [_p(signatory or "Name / 姓名:", s.cell, bold=bool(signatory)), _p(f"Date / 日期: {fmt_date(letter_date)}", s.cell)],
        [_p(signatory_title or "Title / 职务:", s.cell), _p("Seal / 盖章", s.small)],
    ]
    block = Table(sign, colWidths=[left_width, right_width], hAlign="LEFT")
    block.setStyle(TableStyle([
        *_PLAIN,
        ("SPAN", (0, 0), (1, 0)),
        ("TOPPADDING", (0, 0), (-1, -1), 1),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ("LINEBELOW", (0, 1), (0, 1), 0.6, INK),
    ]))
    return [KeepTogether([*contact, block])]


def build_story(
    view: DecisionLetterView,
    *,
    letter_date: date | None = None,
    signatory: str = "",
    signatory_title: str = "",
    collection_place: tuple[str, str] = COLLECTION_PLACE,
) -> list:
    """The flowables of the letter (exposed for documents that embed it)."""
    letter_date = letter_date or view.decided_on or date.today()
    story: list = _letterhead()
    story.append(Spacer(1, 3 * mm))
    story.append(_addressee(view, letter_date))
    story += _subject(view)
    story += _salutation(view)
    story += _opening(view)
    if is_approval(view):
        story.append(_heading("Decision on each item", "各项样品的决定"))
    else:
        story.append(_heading("Decision and reasons of the committee", "专家委员会的决定与理由"))
    story += _items_table(view)
    if is_approval(view):
        story += _partial_note(view)
        story += _next_steps(view, collection_place)
        story += _obligations()
    elif view.outcome == REJECTED:
        story += _rejection()
    story.append(Spacer(1, 4 * mm))
    story += _closing(view, letter_date, signatory, signatory_title)
    return story


def _decorator(view: DecisionLetterView, letter_date: date):
    s = styles()
    width = PAGE_SIZE[0] - 2 * MARGIN_X
    top = PAGE_SIZE[1] - 10 * mm
    header_left = markup(f"APSCO Secretariat · {LETTER_TITLE[0]} / {LETTER_TITLE[1]}")
    header_right = markup(f"Ref. {view.reference} · {fmt_date(letter_date)}")
    footer_left = markup(f"{view.reference} · Decision on your application / 评审决定")

    def decorate(canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        if page > 1:  # page 1 carries the letterhead
            half = width / 2
            draw_paragraph(canvas, header_left, s.small, MARGIN_X, top, half)
            draw_paragraph(canvas, header_right, s.small_right, MARGIN_X + half, top, half)
            canvas.line(MARGIN_X, top - 5 * mm, MARGIN_X + width, top - 5 * mm)
        bottom = MARGIN_BOTTOM - 6 * mm
        canvas.line(MARGIN_X, bottom + 1.5 * mm, MARGIN_X + width, bottom + 1.5 * mm)
        draw_paragraph(canvas, footer_left, s.small, MARGIN_X, bottom, width * 0.7)
        draw_paragraph(canvas, markup(f"Page {page} of {total} / 第{page}页，共{total}页"), s.small_right,
                       MARGIN_X + width * 0.7, bottom, width * 0.3)
        canvas.restoreState()

    return decorate


def render_decision_letter(
    view: DecisionLetterView,
    out: Path,
    *,
    letter_date: date | None = None,
    signatory: str = "",
    signatory_title: str = "",
    collection_place: tuple[str, str] = COLLECTION_PLACE,
) -> Path:
    """Write the bilingual decision letter of ``view`` to ``out`` (A4 PDF, atomically); returns ``out``.

    ``letter_date`` defaults to the decision date (then today); ``signatory`` and
    ``signatory_title`` fill the signature block (blank lines to sign by hand
    otherwise); ``collection_place`` is (English, Chinese) of where samples
    are collected.  Fonts are embedded as TrueType subsets.
    """
    letter_date = letter_date or view.decided_on or date.today()
    return build_pdf(
        Path(out),
        build_story(view, letter_date=letter_date, signatory=signatory, signatory_title=signatory_title,
                    collection_place=collection_place),
        title=f"{view.reference} — {LETTER_TITLE[0]} / {LETTER_TITLE[1]}",
        subject=f"Decision on application {view.reference}: {view.outcome_label}",
        decorate=_decorator(view, letter_date),
    )


__all__ = [
    "ACKNOWLEDGEMENT",
    "COLLECTION_PLACE",
    "SIGNING_WORKING_DAYS",
    "build_story",
    "is_approval",
    "letter_filename",
    "render_decision_letter",
]
