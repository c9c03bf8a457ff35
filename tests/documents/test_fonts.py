"""Script runs and Paragraph markup (no PDF needed)."""

from __future__ import annotations

from lunar_desk.documents import fonts
from lunar_desk.documents.fonts import (
    ARABIC,
    CJK,
    HAN,
    LATIN,
    NASKH,
    NASKH_BOLD,
    NBSP,
    THAI,
    THAI_SCRIPT,
    glyph_name_text,
    is_rtl,
    markup,
    script_runs,
)


def test_persian_name_in_brackets_keeps_brackets_latin():
    assert script_runs("Zahra Hosseini (زهرا حسینی)") == [
        (LATIN, "Zahra Hosseini ("),
        (ARABIC, "زهرا حسینی"),
        (LATIN, ")"),
    ]


def test_chinese_run_and_latin_acronym():
    assert script_runs("中国科学院国家天文台 (NAOC)") == [(HAN, "中国科学院国家天文台"), (LATIN, " (NAOC)")]


def test_thai_marks_stay_in_thai_run():
    assert script_runs("สมชาย วงศ์สกุล") == [(THAI_SCRIPT, "สมชาย วงศ์สกุล")]


def test_cyrillic_and_latin_diacritics_use_sans():
    for text in ("Батбаяр Гантулга", "Çağla Yıldırım", "José Ñañez Quispe"):
        assert script_runs(text) == [(LATIN, text)]


def test_decomposed_input_is_composed():
    assert script_runs("Jose\u0301") == [(LATIN, "José")]


def test_markup_fonts_and_escaping():
    m = markup("R&D <lab> 王晓明")
    assert m.startswith("R&amp;D &lt;lab&gt; ")
    assert f'<font name="{CJK}">王晓明</font>' in m


def test_arabic_run_is_one_word_for_shaping():
    m = markup("عائشہ خان")
    assert m == f'<font name="{NASKH}">عائشہ{NBSP}خان</font>'
    assert f'<font name="{NASKH_BOLD}">' in markup("عائشہ خان", bold=True)


def test_numbers_inside_arabic_run_are_pre_reversed():
    # HarfBuzz reverses the whole right-to-left run; digits must read left to right afterwards
    assert "۲۱" in markup("دانشگاه ۱۲ تهران")


def test_thai_font_markup():
    assert markup("สมชาย") == f'<font name="{THAI}">สมชาย</font>'


def test_line_breaks():
    assert markup("a\nb") == "a<br/>b"


def test_is_rtl():
    assert is_rtl("زهرا حسینی")
    assert not is_rtl("Zahra (زهرا)")
    assert not is_rtl("123")


def test_glyph_names():
    assert glyph_name_text("uni0E49.small") == "\u0e49"
    assert glyph_name_text("uni0E260E45") == "\u0e26\u0e45"
    assert glyph_name_text("nikhahit_maiThothai") == "\u0e49\u0e4d"
    assert glyph_name_text("gid123") == ""


def test_shaping_is_available():
    # uharfbuzz is a dependency: without it Persian and Urdu would print unjoined
    assert fonts.shaping_available()


def test_rtl_paragraph_lines_keep_reading_order():
    text = "این پژوهش به بررسی هوازدگی فضایی نمونه‌های خاک ماه از سمت دور می‌پردازد"
    lines = fonts.rtl_line_markup(text, 120, 10)
    assert len(lines) >= 2
    # the first logical words are on the first line, the last ones on the last line
    assert "این" in lines[0] and "می‌پردازد" in lines[-1]
    for line in lines:
        assert fonts.text_width(line, 10) > 0


def _visible(markup_line: str) -> str:
    import re

    return re.sub(r"<[^>]+>", "", markup_line).replace(NBSP, " ")


def test_rtl_line_visual_order_mirrors_brackets_and_keeps_latin():
    (line,) = fonts.rtl_line_markup("دانشگاه (تهران) Chang'e-6 王晓明", 1000, 10)
    # left to right on the page: the Latin/Chinese stretch in its own order, then "(تهران)", then the first word
    assert _visible(line) == "Chang'e-6 王晓明 (تهران) دانشگاه"
