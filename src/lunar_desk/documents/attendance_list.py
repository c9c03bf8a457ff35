"""The attendance list of a training activity / 培训签到表.

A4 landscape, bilingual: the activity (title, kind, dates, place,
organisers), then one row per participant with the name in Latin script and
in the person's own script, the institution (both scripts), the Member State
(English and Chinese), whether they attended, the certificate number and an
empty signature box.  Rendered from a
:class:`~lunar_desk.services.training_view.ActivityView` only.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Spacer

from lunar_desk.documents.fonts import markup
from lunar_desk.documents.styles import (
    RULE,
    SHADE,
    PageText,
    build_pdf,
    fmt_date,
    grid_table,
    head_cell,
    style_variant,
    styles,
    text_cell,
    text_lines,
)
from lunar_desk.filenames import name_part, safe_file_name
from lunar_desk.services.training_view import ActivityView

TITLE = ("Attendance List", "签到表")
PAGE = landscape(A4)
MARGIN_X = 15 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 18 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X
ORGANISERS = {
    "APSCO": ("Asia-Pacific Space Cooperation Organization (APSCO)", "亚太空间合作组织"),
    "CLEP": ("China Lunar Exploration and Space Program Center (CLEP)", "国家航天局探月与航天工程中心"),
}


def organisers_text(organisers: str) -> tuple[str, str]:
    """'APSCO, CLEP' in full, in English and in Chinese (unknown names as given)."""
    names = [n.strip() for n in organisers.replace("/", ",").replace("&", ",").split(",") if n.strip()]
    en = [ORGANISERS.get(n.upper(), (n, n))[0] for n in names]
    zh = [ORGANISERS.get(n.upper(), (n, n))[1] for n in names]
    return " and ".join(en), "、".join(zh)


def dates_text(starts: date, ends: date | None) -> str:
    if ends is None or ends == starts:
        return fmt_date(starts)
    return f"{fmt_date(starts)} – {fmt_date(ends)}"


def file_name(view: ActivityView, what: str) -> str:
    title = name_part(view.data.title, "training", keep="-_", replacement="-", max_chars=60)
    return safe_file_name(f"{title}-{name_part(what, 'list')}.pdf")


def _details(view: ActivityView) -> list:
    s = styles()
    d = view.data
    org_en, org_zh = organisers_text(d.organisers)
    rows = [
        ("Activity / 活动", d.title),
        ("Kind / 类型", f"{view.kind_label} / {view.kind_label_zh}"),
        ("Dates / 日期", dates_text(d.starts_on, d.ends_on)),
        ("Place / 地点", d.place),
        ("Organisers / 主办单位", f"{org_en} / {org_zh}"),
    ]
    label = style_variant(s.cell_label, "att_label")
    data = [[Paragraph(markup(k, bold=True), label), text_cell(v)] for k, v in rows]
    return [grid_table(data, [45 * mm, WIDTH - 45 * mm], header_rows=0,
                       extra=[("BACKGROUND", (0, 0), (0, -1), SHADE)])]


def _participants(view: ActivityView):
    rows: list[list] = [[head_cell("No.", "序号"), head_cell("Name", "姓名"), head_cell("Institution", "单位"),
                         head_cell("Member State", "成员国"), head_cell("Attended", "出席", "center"),
                         head_cell("Certificate No.", "证书编号"), head_cell("Signature", "签名")]]
    for n, p in enumerate(view.participants, start=1):
        state = " / ".join(x for x in (p.member_state, p.member_state_zh) if x)
        rows.append([
            text_cell(str(n), align="right"),
            text_lines(p.name_latin, p.name_native, bold_first=True),
            text_lines(p.institution, p.institution_local),
            text_cell(state),
            text_cell("Yes / 是" if p.attended else "", align="center", empty=""),
            text_cell(p.certificate_number, empty=""),
            Spacer(1, 10 * mm),  # room to sign
        ])
    if not view.participants:
        rows.append(["", text_cell("No participants listed yet / 尚无参加人员"), "", "", "", "", ""])
    widths = [11 * mm, 62 * mm, 74 * mm, 36 * mm, 19 * mm, 28 * mm]
    widths.append(WIDTH - sum(widths))
    return grid_table(rows, widths, extra=[("VALIGN", (0, 1), (-1, -1), "MIDDLE")])


def build_story(view: ActivityView) -> list:
    s = styles()
    title = style_variant(s.title, "att_title", fontSize=16, leading=21)
    n = len(view.participants)
    attended = sum(p.attended for p in view.participants)
    return [
        Paragraph(markup(f"{TITLE[0]} / {TITLE[1]}", bold=True), title),
        Spacer(1, 4 * mm),
        *_details(view),
        Spacer(1, 4 * mm),
        _participants(view),
        Spacer(1, 3 * mm),
        text_cell(f"Participants / 参加人数: {n} · Attended / 出席人数: {attended}"),
    ]


def _decorator(view: ActivityView):
    s = styles()
    top = PAGE[1] - 9 * mm
    bottom = MARGIN_BOTTOM - 7 * mm
    org_en, org_zh = organisers_text(view.data.organisers)
    header = PageText(f"{org_en} / {org_zh}", s.small, WIDTH)
    footer = PageText(f"{view.data.title} · {dates_text(view.data.starts_on, view.data.ends_on)}", s.small, WIDTH * 0.7)

    def decorate(canvas, page: int, total: int) -> None:
        canvas.saveState()
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        header.draw(canvas, MARGIN_X, top)
        canvas.line(MARGIN_X, top - 8 * mm, MARGIN_X + WIDTH, top - 8 * mm)
        canvas.line(MARGIN_X, bottom + 1.5 * mm, MARGIN_X + WIDTH, bottom + 1.5 * mm)
        footer.draw(canvas, MARGIN_X, bottom)
        PageText(f"Page {page} of {total} / 第{page}页，共{total}页", s.small_right, WIDTH * 0.3).draw(
            canvas, MARGIN_X + WIDTH * 0.7, bottom)
        canvas.restoreState()

    return decorate


def render_attendance_list(view: ActivityView, out: Path) -> Path:
    """Write the attendance list of ``view`` to ``out`` (A4 landscape PDF, atomically)."""
    return build_pdf(
        Path(out), build_story(view),
        title=f"{TITLE[0]} / {TITLE[1]} — {view.data.title}",
        subject=f"Attendance list of {view.data.title}",
        author="APSCO Secretariat",
        decorate=_decorator(view),
        pagesize=PAGE,
        margins=(MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )


__all__ = ["TITLE", "build_story", "dates_text", "file_name", "organisers_text", "render_attendance_list"]
