"""What would break only on an officer's Windows laptop, caught on any platform.

Text files: on Windows, ``open()`` without ``encoding=`` uses the ANSI code page
(cp1252, cp936, …), so a Chinese or Persian name is mangled or raises; every
text file the code opens names its encoding (parsed, not grepped, like
``test_layering.py``).
"""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CHECKED = [ROOT / "src" / "lunar_desk", ROOT / "tools", ROOT / "benchmarks"]

# --- text files name their encoding -----------------------------------------------------------------------------

MODE_CHARS = set("rwxabt+")
SUBPROCESS = {"run", "Popen", "check_output", "check_call", "call"}
TEMPFILES = {"NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"}
FILE_HANDLERS = {"FileHandler", "RotatingFileHandler", "TimedRotatingFileHandler", "WatchedFileHandler"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return f"{_name(func.value)}.{func.attr}"
    if isinstance(func, ast.Call):
        return f"{_name(func.func)}()"
    return "?"


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _text_mode(mode: ast.expr | None, default: str) -> bool:
    """True when the mode is text (no 'b'); a mode that is not a literal is given the benefit of the doubt."""
    if mode is None:
        return "b" not in default
    return isinstance(mode, ast.Constant) and isinstance(mode.value, str) and "b" not in mode.value


def _is_mode(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) and set(node.value) <= MODE_CHARS


def unencoded_text_files(source: str) -> list[str]:
    """Calls that open a text file, or decode a process's output, in the platform's default encoding."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call) or _keyword(node, "encoding") is not None:
            continue
        name = _name(node.func)
        last = name.rsplit(".", 1)[-1]
        method = isinstance(node.func, ast.Attribute)
        bad = False
        if name in ("open", "io.open", "codecs.open"):  # open(file, mode="r")
            bad = _text_mode(node.args[1] if len(node.args) > 1 else _keyword(node, "mode"), "r")
        elif method and last == "open" and name.split(".")[0] not in ("os", "Image", "zipfile", "webbrowser"):
            # Path.open(mode="r"); zf.open(name), Image.open(file) take a file first, not a mode
            if node.args:
                bad = _is_mode(node.args[0]) and _text_mode(node.args[0], "r")
            else:
                bad = _text_mode(_keyword(node, "mode"), "r")
        elif method and last == "read_text":
            bad = not node.args
        elif method and last == "write_text":
            bad = len(node.args) < 2
        elif last == "TextIOWrapper":
            bad = len(node.args) < 2
        elif last in SUBPROCESS and (name.startswith("subprocess.") or name in SUBPROCESS):
            text = _keyword(node, "text") or _keyword(node, "universal_newlines")
            bad = text is not None and not (isinstance(text, ast.Constant) and not text.value)
        elif last in TEMPFILES:
            bad = _text_mode(node.args[0] if node.args else _keyword(node, "mode"), "w+b")
        elif last in FILE_HANDLERS:
            bad = True
        if bad:
            found.append((node.lineno, f"line {node.lineno}: {name}("))
    return [text for _, text in sorted(found)]


def test_the_finder_finds_text_files_without_an_encoding_and_nothing_else():
    source = (
        "open(path)\n"
        "open(path, 'w')\n"
        "Path(p).read_text()\n"
        "out.write_text(text)\n"
        "with path.open('a') as fh: pass\n"
        "subprocess.run(cmd, capture_output=True, text=True)\n"
        "tempfile.NamedTemporaryFile('w', suffix='.lst')\n"
        "logging.FileHandler(log_file)\n"
        "io.TextIOWrapper(raw)\n"
        # and what is fine:
        "open(path, 'rb')\n"
        "open(path, 'w', encoding='utf-8')\n"
        "Path(p).read_text(encoding='utf-8')\n"
        "out.write_text(text, 'utf-8')\n"
        "path.open('rb')\n"
        "zf.open('manifest.json')\n"
        "Image.open(buffer)\n"
        "os.open(path, os.O_RDONLY)\n"
        "subprocess.run(cmd, capture_output=True)\n"
        "subprocess.run(cmd, text=True, encoding='utf-8')\n"
        "tempfile.NamedTemporaryFile(suffix='.zip')\n"
        "p.read_bytes()\n"
    )
    assert unencoded_text_files(source) == [
        "line 1: open(", "line 2: open(", "line 3: Path().read_text(", "line 4: out.write_text(",
        "line 5: path.open(", "line 6: subprocess.run(", "line 7: tempfile.NamedTemporaryFile(",
        "line 8: logging.FileHandler(", "line 9: io.TextIOWrapper(",
    ]


def test_every_text_file_is_opened_with_an_explicit_encoding():
    offenders = []
    for folder in CHECKED:
        for path in sorted(folder.rglob("*.py")):
            offenders += [f"{path.relative_to(ROOT)} {hit}" for hit in unencoded_text_files(path.read_text(encoding="utf-8"))]
    assert offenders == [], "name the encoding (encoding='utf-8'): Windows would use its ANSI code page"


# --- a windowed program has no console -------------------------------------------------------------------------

# What LunarDesk.exe's Python looks like on Windows (PyInstaller, console=False): no standard streams at all.
# A failure is written to the file named by the first argument, since the child cannot print it.
WINDOWED = """
import sys, traceback
report, args = sys.argv[1], sys.argv[2:]
sys.stdin = sys.stdout = sys.stderr = sys.__stdin__ = sys.__stdout__ = sys.__stderr__ = None
try:
    from lunar_desk.cli import main
    code = main(args)
except SystemExit as exc:
    code = exc.code
except BaseException:
    with open(report, "w", encoding="utf-8") as fh:
        traceback.print_exc(file=fh)
    code = 99
raise SystemExit(code)
"""


def run_windowed(tmp_path: Path, *args: str) -> int:
    import os
    import subprocess
    import sys

    report = tmp_path / "traceback.txt"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONUTF8")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"), PYTHONFAULTHANDLER="")
    done = subprocess.run([sys.executable, "-c", WINDOWED, str(report), *args], cwd=tmp_path, env=env,
                          capture_output=True, timeout=600, check=False)
    crashed = report.read_text(encoding="utf-8") if report.exists() else ""
    assert done.returncode != 99, f"lunar-desk {' '.join(args)} raised without a console:\n{crashed}"
    return done.returncode


def test_the_window_opens_uses_every_tab_and_logs_to_a_file_without_a_console(tmp_path: Path):
    data = tmp_path / "data"
    assert run_windowed(tmp_path, "--smoke-test", "--lang", "zh_CN", "--data-dir", str(data)) == 0
    log = (data / "logs" / "lunar-desk.log").read_text(encoding="utf-8")
    assert "lunar_desk" in log  # the start-up was logged where support can read it


def test_version_help_and_a_bad_argument_do_not_crash_without_a_console(tmp_path: Path):
    assert run_windowed(tmp_path, "--version") == 0
    assert run_windowed(tmp_path, "--help") == 0
    assert run_windowed(tmp_path, "--no-such-option") == 2  # argparse's usage error, not a traceback


def test_headless_commands_with_progress_lines_do_not_crash_without_a_console(tmp_path: Path):
    """LunarDesk.exe accepts the sub-commands too; their progress asks stderr whether it is a terminal."""
    out = tmp_path / "demo"
    assert run_windowed(tmp_path, "demo", "--size", "20", "--out", str(out)) == 0
    assert (out / "lunar-desk.sqlite").is_file()
    assert run_windowed(tmp_path, "backup", "--data-dir", str(out)) == 0
    assert any((out / "backups").iterdir())


def test_cli_output_to_a_pipe_is_utf8_even_where_the_code_page_cannot_write_chinese(tmp_path: Path):
    """On Windows, output to a pipe or a file is in the ANSI code page (cp1252 here): a data folder
    named in Chinese made ``demo`` die on its last line; it writes UTF-8 instead."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHONUTF8")}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"), PYTHONIOENCODING="cp1252")
    out = tmp_path / "数据"
    done = subprocess.run([sys.executable, "-m", "lunar_desk", "demo", "--size", "20", "--out", str(out)], cwd=tmp_path,
                          env=env, capture_output=True, timeout=600, check=False)
    assert done.returncode == 0, done.stderr.decode("utf-8", "replace")
    assert "数据" in done.stdout.decode("utf-8")


# --- file names valid on Windows -------------------------------------------------------------------------------

HOSTILE = [
    "APSCO/LSA/2026/07", "LSA\\2026\\07", 'a<b>c:d"e|f?g*h', "NUL", "con", "Com1", "LPT9.pdf", "AUX .txt", "COM¹",
    "trailing dot.", "trailing space ", " . ", "...", "", "tab\there", "new\nline", "\x00\x1f\x7f", "CON.tar.gz",
    "月球样品/借用:协议?", "قرض نمونه‌های ماه", "x" * 400, "长" * 300, "e\u0301", "-_.", "ok-name.pdf",
]
DEVICES = {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"} | {f"{p}{n}" for p in ("COM", "LPT") for n in "123456789¹²³"}


def windows_problem(name: str) -> str | None:
    """Why Windows would refuse or alter ``name`` as a file name, or None."""
    if not name:
        return "empty"
    if any(c in '<>:"/\\|?*' or ord(c) < 32 or ord(c) == 127 for c in name):
        return "forbidden character"
    if name[-1] in ". ":
        return "trailing dot or space"
    if name.split(".", 1)[0].rstrip(" ").upper() in DEVICES:
        return "device name"
    if len(name.encode("utf-8")) > 200:
        return "too long"
    return None


def test_the_sanitiser_makes_every_hostile_name_valid_and_keeps_good_ones():
    from lunar_desk.filenames import is_reserved, safe_file_name

    problems = {text: windows_problem(safe_file_name(text)) for text in HOSTILE}
    assert {t: p for t, p in problems.items() if p} == {}
    assert safe_file_name("ok-name.pdf") == "ok-name.pdf"
    assert safe_file_name("李娜 CV (2026).pdf") == "李娜 CV (2026).pdf"  # every script and ordinary punctuation kept
    assert safe_file_name("e\u0301.pdf") == "\u00e9.pdf"  # NFC, as Windows and macOS would compare
    assert safe_file_name("a/b:c.pdf") == "a_b_c.pdf"
    assert safe_file_name("NUL.pdf") == "_NUL.pdf" and is_reserved("nul.txt") and not is_reserved("null.txt")
    assert safe_file_name("", "fallback.pdf") == "fallback.pdf" and safe_file_name(" . ", "x") == "x"
    long = safe_file_name("长" * 300 + ".pdf")
    assert long.endswith(".pdf") and len(long.encode("utf-8")) <= 200


def test_every_suggested_file_name_built_from_record_data_is_valid_on_windows(tmp_path: Path):
    import uuid
    from datetime import date
    from types import SimpleNamespace as View

    from lunar_desk.db.backup import backup_name
    from lunar_desk.documents.application_form import form_filename
    from lunar_desk.documents.attendance_list import file_name
    from lunar_desk.documents.certificate import certificate_filename
    from lunar_desk.documents.decision_letter import letter_filename
    from lunar_desk.documents.loan_agreement import agreement_filename
    from lunar_desk.documents.package import safe_name
    from lunar_desk.documents.return_form import return_form_filename
    from lunar_desk.sheets.inventory_template import default_file_name

    names = []
    for text in HOSTILE:
        uid = uuid.uuid4()
        loan = View(agreement_number=text, certificate_number=text or None, id=uid, due_on=date(2026, 12, 1))
        app = View(reference=text, id=uid, application_id=uid)
        names += [
            agreement_filename(loan), return_form_filename(loan), certificate_filename(loan), default_file_name(loan),
            form_filename(app), letter_filename(app), file_name(View(data=View(title=text)), "attendance"),
            safe_name(text), backup_name(text),
        ]
    bad = sorted({(n, windows_problem(n)) for n in names if windows_problem(n)})
    assert bad == []
    assert agreement_filename(View(agreement_number="APSCO/LSA/2026/07", id=1)) == "APSCO_LSA_2026_07-agreement.pdf"
    assert default_file_name(View(agreement_number="LSA/2026/7", due_on=date(2026, 12, 1))) == \
        "LSA_2026_7-inventory-2026-12-01.xlsx"


def test_an_email_draft_named_from_record_data_stays_in_its_folder(tmp_path: Path):
    from lunar_desk.services import email_draft

    draft = email_draft.Draft(to=("clep@example.org",), cc=(), subject="s", body="b", attachments=())
    out = tmp_path / "out"
    path = email_draft.write_draft(draft, out, "../APSCO/LSA:2026?.eml")
    assert path.parent == out and windows_problem(path.name) is None and path.suffix == ".eml"


# --- a file another program holds open ----------------------------------------------------------------------------


def refuse_replacing(monkeypatch, target: Path, times: int | None = None) -> list[int]:
    """Make ``os.replace(…, target)`` raise PermissionError, as Windows does while a program (a PDF reader,
    Excel, a scanner) holds ``target`` open: ``times`` times, or always. Returns the refusals counted."""
    import os

    import lunar_desk.filenames as filenames

    real = os.replace
    refusals = []

    def replace(src, dst, *a, **kw):
        if Path(dst) == Path(target) and (times is None or len(refusals) < times):
            refusals.append(1)
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real(src, dst, *a, **kw)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(filenames, "REPLACE_PAUSE", 0)
    return refusals


def test_a_file_held_for_a_moment_is_replaced_on_a_later_attempt(tmp_path: Path, monkeypatch):
    from lunar_desk.filenames import replace_file

    out, tmp = tmp_path / "agreement.pdf", tmp_path / ".agreement.pdf.part"
    out.write_bytes(b"old")
    tmp.write_bytes(b"new")
    refusals = refuse_replacing(monkeypatch, out, times=2)  # a virus scanner's short hold
    replace_file(tmp, out)
    assert out.read_bytes() == b"new" and len(refusals) == 2


def test_a_pdf_open_in_the_reader_is_refused_with_its_name_and_left_as_it_was(tmp_path: Path, monkeypatch):
    import pytest

    from lunar_desk.documents.styles import build_pdf, para, styles
    from lunar_desk.errors import UserError

    out = tmp_path / "LSA-2026-001-agreement.pdf"
    out.write_bytes(b"%PDF the version open in the reader")
    refuse_replacing(monkeypatch, out)
    with pytest.raises(UserError) as refused:
        build_pdf(out, [para("Loan agreement", styles().body)], title="t", subject="s", decorate=lambda c, n, total: None)
    assert str(out) in str(refused.value) and "open in another program" in str(refused.value)
    assert out.read_bytes() == b"%PDF the version open in the reader"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]  # no half-written file left behind


def test_restoring_over_a_database_another_program_holds_open_changes_nothing(paths, migrated_file, monkeypatch):
    import pytest

    from lunar_desk.db.backup import make_backup
    from lunar_desk.errors import UserError
    from lunar_desk.services.backups import restore_backup

    backup = make_backup(paths, reason="manual")
    before = migrated_file.read_bytes()
    refuse_replacing(monkeypatch, migrated_file)
    with pytest.raises(UserError, match="in use by another program"):
        restore_backup(paths, backup)
    assert migrated_file.read_bytes() == before
    assert not list(migrated_file.parent.glob("*.restoring"))


def test_a_stale_translation_another_instance_has_loaded_does_not_stop_the_start(tmp_path: Path, monkeypatch):
    """A source install compiles the .ts into the cache and removes the stale .qm; on Windows a
    second Lunar Desk that has the stale one loaded makes that removal fail."""
    from lunar_desk.ui import i18n

    cache = tmp_path / "cache"
    first = i18n.compiled_translation("zh_CN", cache)
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    ts = i18n.ts_file("zh_CN")
    (folder / ts.name).write_text(ts.read_text(encoding="utf-8").replace("文件", "档案"), encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    real_unlink = Path.unlink

    def unlink(self, *a, **kw):
        if self == first:
            raise PermissionError(13, "The process cannot access the file because it is being used by another process")
        return real_unlink(self, *a, **kw)

    monkeypatch.setattr(Path, "unlink", unlink)
    second = i18n.compiled_translation("zh_CN", cache)
    assert second != first and second.is_file() and first.exists()  # kept, removed at a later start


def test_qt_warnings_reach_the_log_when_there_is_no_console(monkeypatch, caplog):
    import logging

    from PySide6.QtCore import qInstallMessageHandler, qWarning

    from lunar_desk.ui import app

    monkeypatch.setattr(app, "has_console", lambda stream: False)
    app.log_qt_messages()
    try:
        with caplog.at_level(logging.INFO, logger="qt"):
            qWarning("QFont::setPointSizeF: Point size <= 0 (0.000000), must be greater than 0")
    finally:
        qInstallMessageHandler(None)
    assert [(r.name, r.levelname) for r in caplog.records if "Point size" in r.getMessage()] == [("qt", "WARNING")]
