"""Participation certificates of a training activity / 培训结业证书.

One landscape A4 page per certified participant: the certificate number
(TC-2026-001) and date, the participant's name in Latin script and in their
own script (Persian and Urdu shaped right to left, Thai, Mongolian
Cyrillic, Chinese), their institution and Member State, the activity (kind,
dates, place), and signature blocks of the organisers.  Rendered from a
:class:`~lunar_desk.services.training_view.ActivityView` only.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    KeepInFrame,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from lunar_desk.documents.attendance_list import ORGANISERS, dates_text, organisers_text
from lunar_desk.documents.fonts import markup
from lunar_desk.documents.styles import (
    CERTIFICATE_PAGE,
    EMPTY,
    INK,
    PLAIN_TABLE,
    build_pdf,
    certificate_style,
    certificate_styles,
    draw_certificate_frame,
    fmt_date,
    styles,
    text_para,
)
from lunar_desk.services.training_view import ActivityView, ParticipantView

TITLE = ("Certificate of Participation", "培训证书")
PAGE = CERTIFICATE_PAGE
MARGIN_X = 26 * mm
MARGIN_TOP = 22 * mm
MARGIN_BOTTOM = 24 * mm
WIDTH = PAGE[0] - 2 * MARGIN_X


def _style(name: str, base, **kw):
    return certificate_style("tcert", name, base, **kw)


def _signatures(view: ActivityView) -> Table:
    """One signature block per organiser: room to sign, a line, the organiser's names."""
    s = styles()
    cell = _style("sign", s.cell, fontSize=9, leading=12.5)
    names = [n.strip().upper() for n in view.data.organisers.replace("/", ",").split(",") if n.strip()] or ["APSCO"]
    gap = 14 * mm
    width = min(95 * mm, (WIDTH - gap * (len(names) - 1)) / len(names))
    room, labels, widths = [], [], []
    for i, n in enumerate(names):
        en, zh = ORGANISERS.get(n, (n, ""))
        if i:
            room.append("")
            labels.append("")
            widths.append(gap)
        room.append(Spacer(1, 16 * mm))
        labels.append([text_para(en, cell, bold=True), text_para(zh, cell, empty=""),
                       text_para("Signature and seal / 签字盖章", _style("sig_small", s.small))])
        widths.append(width)
    table = Table([room, labels], colWidths=widths, hAlign="CENTER")
    table.setStyle(TableStyle([*PLAIN_TABLE, ("TOPPADDING", (0, 1), (-1, 1), 2),
                               *[("LINEABOVE", (i, 1), (i, 1), 0.6, INK) for i in range(0, len(widths), 2)]]))
    return table


def _page(view: ActivityView, p: ParticipantView) -> list:
    s = styles()
    shared = certificate_styles("tcert", title_space_before=2)
    org, title_zh, title_en, line, lead = shared.org, shared.title_zh, shared.title_en, shared.line, shared.lead
    name = _style("name", s.body, fontSize=22, leading=30, spaceAfter=0)
    native = _style("native", s.body, fontSize=18, leading=27, spaceAfter=2)
    text = _style("text", s.body, fontSize=10.5, leading=15, spaceAfter=2)
    d = view.data
    org_en, org_zh = organisers_text(d.organisers)
    place = f" at {d.place}" if d.place else ""
    story = [
        text_para(org_zh, org, bold=True, empty=""),
        text_para(org_en, org, bold=True, empty=""),
        Paragraph(markup(TITLE[1]), title_zh),
        Paragraph(markup(TITLE[0], bold=True), title_en),
        Spacer(1, 2 * mm),
        text_para(f"Certificate No. / 证书编号: {p.certificate_number or EMPTY}  ·  Date of issue / 颁发日期: "
                  f"{fmt_date(p.certificate_issued_on) or EMPTY}", line, bold=True),
        Spacer(1, 4 * mm),
        text_para("This is to certify that / 兹证明", lead),
        text_para(p.name_latin, name, bold=True),
    ]
    if p.name_native and p.name_native.strip() != p.name_latin.strip():
        story.append(text_para(p.name_native, native, bold=True))
    affiliation = " · ".join(x for x in (p.institution, p.institution_local if p.institution_local != p.institution
                                         else "") if x)
    state = " / ".join(x for x in (p.member_state, p.member_state_zh) if x)
    if affiliation:
        story.append(text_para(affiliation, line))
    if state:
        story.append(text_para(state, line))
    dates = dates_text(d.starts_on, d.ends_on)
    story += [
        Spacer(1, 3 * mm),
        text_para(f"participated in the {view.kind_label.lower()} \u201c{d.title}\u201d{place}, {dates}, "
                  f"organised by {org_en}.", text),
        text_para(f"参加了{org_zh}于{dates}{('在' + d.place) if d.place else ''}举办的{view.kind_label_zh}"
                  f"\u201c{d.title}\u201d。", text),
        Spacer(1, 6 * mm),
        _signatures(view),
    ]
    return [KeepInFrame(WIDTH, PAGE[1] - MARGIN_TOP - MARGIN_BOTTOM, story, mode="shrink", hAlign="CENTER")]


def _decorate(canvas, page: int, total: int) -> None:
    draw_certificate_frame(canvas)


def certified(view: ActivityView) -> list[ParticipantView]:
    """The participants who have a certificate, by certificate number."""
    return sorted((p for p in view.participants if p.certificate_number), key=lambda p: p.certificate_number)


def render_certificates(view: ActivityView, out: Path, participant_ids=None) -> Path:
    """Write one certificate page per certified participant (or those of ``participant_ids``) to ``out``.

    Raises ValueError when none of them has a certificate number yet."""
    chosen = [p for p in certified(view) if participant_ids is None or p.id in set(participant_ids)]
    if not chosen:
        raise ValueError("no participant with a certificate")
    story: list = []
    for n, p in enumerate(chosen):
        if n:
            story.append(PageBreak())
        story += _page(view, p)
    return build_pdf(
        Path(out), story,
        title=f"{TITLE[0]} / {TITLE[1]} — {view.data.title}",
        subject=f"Participation certificates of {view.data.title}",
        author="APSCO Secretariat",
        decorate=_decorate,
        pagesize=PAGE,
        margins=(MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM),
    )


__all__ = ["TITLE", "certified", "render_certificates"]
