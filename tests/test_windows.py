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
