"""Loan documents: one Lunar Sample Loan Agreement against a bare ReportLab document, and a batch of 100.

    python benchmarks/documents.py [--repeat 15] [--batch 100] [--pi fa] [--keep DIR]

1. *Agreement vs bare ReportLab.*  The agreement of a loan with three samples
   (Persian/Latin borrower and responsible person) is rendered with
   ``render_loan_agreement``.  The bare document has the same fonts and the
   same amount of text: the plain text of every paragraph and table cell of
   the agreement's story, each set as a plain ReportLab ``Paragraph`` in one
   bundled font (the CJK font when it has Chinese, Naskh for Arabic script,
   Thai for Thai, Noto Sans otherwise; HarfBuzz shaping on for Naskh and
   Thai only), tables kept as tables of the same shape and widths, on A4 with
   a plain page number — none of Lunar Desk's script-run markup, right-to-left
   layout, keep-togethers or "Page X of Y" second pass.  Both are written to
   disk; the two are timed alternately in the same run after a warm-up, and
   the medians compared.  Target: agreement ≤ 2 × bare.
2. *Batch.*  ``render_agreements`` writes 100 agreements (names in every
   script, 1–4 samples each) into a temporary folder: total and per document.

Prints one ``SUMMARY`` line at the end.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests" / "documents"))
from _common import fmt_ms, median, percentile, verdict  # noqa: E402

RATIO_TARGET = 2.0


def _plain_text(flowable) -> list:
    """The agreement's story as plain texts: (text, bold) for a paragraph, ("table", rows, widths) for a
    table whose cells are (text, bold) — bold when the cell's first paragraph is set in a bold font."""
    from reportlab.platypus import Paragraph, Table

    from lunar_desk.documents.fonts import SANS_BOLD
    from lunar_desk.documents.styles import RTLParagraph

    if flowable is None or isinstance(flowable, str):
        return [(flowable, False)] if flowable else []
    if isinstance(flowable, (list, tuple)):
        out = []
        for f in flowable:
            out += _plain_text(f)
        return out
    if isinstance(flowable, RTLParagraph):
        return [(flowable.text, flowable.bold)]
    if isinstance(flowable, Paragraph):
        text = flowable.getPlainText()
        return [(text, flowable.style.fontName == SANS_BOLD)] if text.strip() else []
    if isinstance(flowable, Table):
        rows = []
        for row in flowable._cellvalues:
            cells = []
            for cell in row:
                parts = [t for t in _plain_text(cell) if t and t[0] != "table"]
                cells.append((" ".join(t for t, _ in parts), bool(parts) and parts[0][1]))
            rows.append(cells)
        return [("table", rows, list(flowable._colWidths))]
    inner = getattr(flowable, "_content", None) or getattr(flowable, "_flowables", None)
    if inner is not None:
        return _plain_text(inner)
    return []


def _bare_font(text: str, bold: bool) -> tuple[str, bool]:
    from lunar_desk.documents import fonts

    scripts = {fonts.char_script(c) for c in text}
    if fonts.HAN in scripts:
        return fonts.CJK, False
    if fonts.ARABIC in scripts:
        return (fonts.NASKH_BOLD if bold else fonts.NASKH), True
    if fonts.THAI_SCRIPT in scripts:
        return (fonts.THAI_BOLD if bold else fonts.THAI), True
    return (fonts.SANS_BOLD if bold else fonts.SANS), False


def bare_story(texts: list) -> list:
    from xml.sax.saxutils import escape

    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table, TableStyle

    from lunar_desk.documents.fonts import SANS

    cache: dict[tuple[str, bool, float], ParagraphStyle] = {}

    def p(text: str, bold: bool, size: float = 9.5) -> Paragraph:
        font, shaped = _bare_font(text, bold)
        key = (font, shaped, size)
        if key not in cache:
            cache[key] = ParagraphStyle(f"bare{len(cache)}", fontName=font, fontSize=size, leading=size * 1.45,
                                        shaping=int(shaped), wordWrap="CJK" if font.endswith("CJK") else None)
        return Paragraph(escape(text), cache[key])

    story: list = []
    for item in texts:
        if item[0] == "table":
            _, rows, widths = item
            table = Table([[p(c, b, 8.5) if c else "" for c, b in row] for row in rows], colWidths=widths)
            table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), SANS, 8.5),
                                       ("GRID", (0, 0), (-1, -1), 0.4, "#9a9a9a"),
                                       ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(table)
        else:
            story.append(p(*item))
    return story


def render_bare(texts: list, out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    from lunar_desk.documents.fonts import SANS, register_fonts

    register_fonts()

    def number(canvas, doc) -> None:
        canvas.setFont(SANS, 7.5)
        canvas.drawRightString(A4[0] - 18 * mm, 10 * mm, f"Page {doc.page}")

    doc = SimpleDocTemplate(str(out), pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=24 * mm,
                            bottomMargin=20 * mm, initialFontName=SANS)
    doc.build(bare_story(texts), onFirstPage=number, onLaterPages=number)
    return out


def batch_views(n: int) -> list:
    from doc_samples import loan_item, make_loan

    scripts = ["fa", "zh", "ur", "th", "mn", "tr", "es"]
    views = []
    for i in range(n):
        items = tuple(loan_item(k, f"CE{5 + k % 2}C0{k}00YJFM{i:03d}{k:02d}", 1_000 * (i + 1) + 250 * k,
                                mission="CE-5" if k % 2 else "CE-6", pieces=k if k % 2 else None)
                      for k in range(1, 2 + i % 4))
        views.append(make_loan(scripts[i % len(scripts)], agreement_number=f"LSA-2026-{i + 1:03d}", items=items))
    return views


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=15, help="timed renders of each document (default 15)")
    ap.add_argument("--batch", type=int, default=100, help="agreements in the batch (default 100)")
    ap.add_argument("--pi", default="fa", help="script of the single agreement's borrower: fa zh ur th mn tr es")
    ap.add_argument("--keep", type=Path, help="write the PDFs here (kept) instead of a temporary folder")
    args = ap.parse_args(argv)

    from doc_samples import make_loan

    from lunar_desk.documents.certificate import render_certificate
    from lunar_desk.documents.loan_agreement import build_story, load_template, render_agreements, render_loan_agreement
    from lunar_desk.documents.return_form import render_return_form

    with tempfile.TemporaryDirectory(prefix="lunar-docs-bench-") as tmp:
        out_dir = args.keep or Path(tmp)
        out_dir.mkdir(parents=True, exist_ok=True)
        view = make_loan(args.pi)
        agreement_pdf = out_dir / "agreement.pdf"
        bare_pdf = out_dir / "bare.pdf"

        t = time.perf_counter()
        render_loan_agreement(view, agreement_pdf)  # first render: font registration, template read, imports
        first_ms = (time.perf_counter() - t) * 1000
        texts = _plain_text(build_story(view, load_template()))
        chars = sum(sum(len(c) for r in x[1] for c, _ in r) if x[0] == "table" else len(x[0]) for x in texts)
        render_bare(texts, bare_pdf)  # warm-up

        agreement_ms: list[float] = []
        bare_ms: list[float] = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            render_loan_agreement(view, agreement_pdf)
            agreement_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            render_bare(texts, bare_pdf)
            bare_ms.append((time.perf_counter() - t) * 1000)
        cert_ms, return_ms = [], []
        for _ in range(max(3, args.repeat // 3)):
            t = time.perf_counter()
            render_certificate(view, out_dir / "certificate.pdf")
            cert_ms.append((time.perf_counter() - t) * 1000)
            t = time.perf_counter()
            render_return_form(view, out_dir / "return-form.pdf")
            return_ms.append((time.perf_counter() - t) * 1000)

        a_med, b_med = median(agreement_ms), median(bare_ms)
        ratio = a_med / b_med
        print(f"single agreement ({args.pi}, {len(view.items)} samples, {chars:,} characters of text, "
              f"{agreement_pdf.stat().st_size / 1024:.0f} KB; bare {bare_pdf.stat().st_size / 1024:.0f} KB), "
              f"{args.repeat} renders each, ms:")
        print(f"  {'':<26}{'median':>8}{'p90':>8}{'min':>8}")
        for name, xs in (("agreement", agreement_ms), ("bare ReportLab", bare_ms),
                         ("certificate", cert_ms), ("return form", return_ms)):
            print(f"  {name:<26}{fmt_ms(median(xs))}{fmt_ms(percentile(xs, 90))}{fmt_ms(min(xs))}")
        print(f"  first agreement in process (cold): {first_ms:.0f} ms")
        print(f"  ratio agreement / bare: {ratio:.2f}x (target <= {RATIO_TARGET:.0f}x) {verdict(ratio, RATIO_TARGET)}")

        views = batch_views(args.batch)
        batch_dir = out_dir / "batch"
        t = time.perf_counter()
        paths = render_agreements(views, batch_dir)
        batch_s = time.perf_counter() - t
        size_mb = sum(p.stat().st_size for p in paths) / 1024 / 1024
        per_doc = batch_s * 1000 / max(len(paths), 1)
        print(f"batch: {len(paths)} agreements in {batch_s:.2f} s = {per_doc:.1f} ms per document "
              f"({size_mb:.1f} MB in all)")
        if len(paths) != len(views):
            print(f"  ERROR: {len(views)} views but {len(paths)} files")
        print(f"SUMMARY agreement {a_med:.0f} ms vs bare ReportLab {b_med:.0f} ms = {ratio:.2f}x "
              f"(target <= {RATIO_TARGET:.0f}x: {verdict(ratio, RATIO_TARGET)}); "
              f"batch of {len(paths)}: {batch_s:.1f} s total, {per_doc:.0f} ms per agreement")
        return 0 if ratio <= RATIO_TARGET and len(paths) == len(views) else 1


if __name__ == "__main__":
    raise SystemExit(main())
