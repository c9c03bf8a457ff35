"""The one-folder bundle an officer installs, built here with the same ``build.spec``.

Built once for this module (a few minutes) with PyInstaller into a temporary
folder, then run headless as a separate program from an unrelated working
folder, so everything it needs must be inside it: ``--version``; ``check`` with
and without a database; ``demo``; and ``--smoke-test``, which opens the real
window offscreen in English or Chinese (``--lang``: the compiled translation),
registers the bundled fonts, creates or opens the database (running the bundled
Alembic migrations), builds and renders every tab (matplotlib's Qt canvas on the
dashboard), writes a loan agreement PDF (bundled fonts and clause template) and
quits by itself.

On Linux this proves the spec and the packaging of resources, migrations and
imports; the Windows build uses the same spec (see README).  PyInstaller comes
with the ``test`` extra: without it this module fails rather than skips.
"""

from __future__ import annotations

import ast
import importlib.util
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from lunar_desk import __version__
from lunar_desk.db.migrate import SCHEMA_HEAD

ROOT = Path(__file__).resolve().parents[1]
SPEC = ROOT / "build.spec"
EXE_SUFFIX = ".exe" if os.name == "nt" else ""
TABS = ("catalogue", "applications", "review", "loans")  # at least these; later tabs are rendered too


@dataclass(frozen=True)
class Bundle:
    folder: Path  # dist/LunarDesk
    work: Path  # PyInstaller's work folder (build logs, generated version resource)
    gui: Path  # LunarDesk(.exe): windowed
    cli: Path  # lunar-desk-cli(.exe): console, for the sub-commands
    log: str


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is not installed: install the test extras (pip install -e \".[test]\")")
    base = tmp_path_factory.mktemp("bundle")
    dist, work = base / "dist", base / "work"
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--distpath", str(dist), "--workpath", str(work), str(SPEC)],
        cwd=ROOT, capture_output=True, encoding="utf-8", errors="replace", timeout=1800, check=False,
        env={**os.environ, "PYTHONUTF8": "1"},  # the build machine's PyInstaller log, not the officer's laptop
    )
    log = build.stdout + build.stderr
    assert build.returncode == 0, f"pyinstaller build.spec failed:\n{log[-6000:]}"
    folder = dist / "LunarDesk"
    return Bundle(folder, work, folder / f"LunarDesk{EXE_SUFFIX}", folder / f"lunar-desk-cli{EXE_SUFFIX}", log)


def run(exe: Path, *args: str, cwd: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    """Run a bundled program as an officer's laptop would: no source tree, no screen."""
    # Nor what Windows does not set: no PYTHONUTF8/PYTHONIOENCODING (the programs set UTF-8 mode themselves),
    # no LANG/LANGUAGE/LC_* (libraries that read them, like holidays, fall back to their defaults).
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "LUNAR_DESK_RESOURCES", "PYTHONUTF8", "PYTHONIOENCODING",
                        "LANG", "LANGUAGE") and not k.startswith("LC_")}
    env.update(QT_QPA_PLATFORM="offscreen", LC_CTYPE="C.UTF-8")  # (C alone would switch UTF-8 mode on by itself)
    return subprocess.run([str(exe), *args], cwd=cwd, env=env, capture_output=True, encoding="utf-8", errors="replace",
                          timeout=timeout, check=False)


def shown(result: subprocess.CompletedProcess) -> str:
    return f"exit {result.returncode}\n--- stdout\n{result.stdout}\n--- stderr\n{result.stderr[-4000:]}"


def fact(result: subprocess.CompletedProcess, name: str) -> str:
    """One line of what ``--smoke-test`` reports, e.g. ``fact(r, "tabs rendered")``."""
    return result.stdout.split(f"  {name}: ", 1)[1].splitlines()[0]


def rendered_tabs(result: subprocess.CompletedProcess) -> list[str]:
    tabs = fact(result, "tabs rendered").split(", ")
    assert set(TABS) <= set(tabs), shown(result)
    return tabs


def test_bundle_holds_resources_migrations_and_only_the_qt_it_uses(bundle: Bundle):
    assert bundle.gui.is_file() and bundle.cli.is_file()
    internal = bundle.folder / "_internal"
    resources = [p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix not in (".py", ".pyc", ".ts", ".qm")
                 and "__pycache__" not in p.parts]
    assert any(p.suffix == ".ttf" for p in resources) and any(p.suffix == ".json" for p in resources)
    missing = [str(p.relative_to(ROOT)) for p in resources if not (internal / p.relative_to(ROOT)).is_file()]
    assert not missing, f"resources not in the bundle: {missing}"
    # translations: the .ts sources are compiled into .qm at build time
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        assert (internal / "resources" / "translations" / f"{ts.stem}.qm").is_file(), f"{ts.stem}.qm not in the bundle"

    # the holidays library's English names of the Chinese calendar (the working-day count parses them)
    assert (internal / "holidays" / "locale" / "en_US" / "LC_MESSAGES" / "CN.mo").is_file()

    migrations = ROOT / "src" / "lunar_desk" / "db" / "migrations"
    scripts = [migrations / "env.py", migrations / "script.py.mako", *(migrations / "versions").glob("*.py")]
    bundled = internal / "lunar_desk" / "db" / "migrations"
    missing = [p.name for p in scripts if not (bundled / p.relative_to(migrations)).is_file()]
    assert not missing, f"migrations not in the bundle: {missing}"

    names = [p.name for p in bundle.folder.rglob("*")]
    for used in ("QtCore", "QtGui", "QtWidgets"):
        assert any(n.startswith(used) for n in names), f"PySide6.{used} is missing"
    unused = sorted({n for n in names if re.search(r"Qt6?(WebEngine|3D|Quick|Qml|Multimedia|Network|Charts|Pdf|Designer)", n)})
    assert not unused, f"Qt modules the application does not use were bundled: {unused}"


def test_windows_version_resources_are_generated_from_the_package_version(bundle: Bundle):
    for exe in (bundle.gui, bundle.cli):
        name = exe.stem
        text = (bundle.work / "build" / f"version_info-{name}.txt").read_text(encoding="utf-8")
        tree = ast.parse(text, mode="eval")  # PyInstaller evaluates this file on Windows
        assert isinstance(tree.body, ast.Call) and tree.body.func.id == "VSVersionInfo"
        assert f"StringStruct('ProductVersion', '{__version__}')" in text
        assert f"StringStruct('FileVersion', '{__version__}')" in text
        assert f"StringStruct('OriginalFilename', '{name}.exe')" in text


def test_both_programs_print_the_version(bundle: Bundle, tmp_path: Path):
    for exe in (bundle.cli, bundle.gui):
        result = run(exe, "--version", cwd=tmp_path)
        assert result.returncode == 0, shown(result)
        assert result.stdout.strip() == f"Lunar Desk {__version__}"


def test_check_of_an_empty_data_folder_says_there_is_no_database(bundle: Bundle, tmp_path: Path):
    result = run(bundle.cli, "check", "--data-dir", str(tmp_path / "empty"), cwd=tmp_path)
    assert result.returncode == 1, shown(result)
    assert "There is no database" in result.stdout


def test_window_creates_and_migrates_a_fresh_database_then_check_is_healthy(bundle: Bundle, tmp_path: Path):
    data = tmp_path / "fresh"
    result = run(bundle.gui, "--smoke-test", "--lang", "en", "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 0, shown(result)
    assert "Smoke test passed." in result.stdout
    rendered_tabs(result)
    assert fact(result, "language") == "en" and fact(result, "tab labels").startswith("Catalogue | Applications")
    assert fact(result, "utf-8 mode") == "1"  # build.spec's X utf8: no ANSI code page on Windows
    assert fact(result, "log file") == str(data / "logs" / "lunar-desk.log")
    assert f"(schema {SCHEMA_HEAD})" in result.stdout
    assert "no loan in the database" in result.stdout

    check = run(bundle.cli, "check", "--data-dir", str(data), cwd=tmp_path)
    assert check.returncode == 0, shown(check)
    assert f"Schema version: {SCHEMA_HEAD} (current)" in check.stdout and "Healthy." in check.stdout


def test_demo_data_opens_in_chinese_every_tab_renders_and_a_pdf_embeds_the_fonts(bundle: Bundle, tmp_path: Path):
    data, shots = tmp_path / "demo", tmp_path / "shots"
    demo = run(bundle.cli, "demo", "--size", "60", "--out", str(data), cwd=tmp_path)
    assert demo.returncode == 0, shown(demo)
    assert "60 samples" in demo.stdout and "applications" in demo.stdout
    check = run(bundle.cli, "check", "--data-dir", str(data), cwd=tmp_path)
    assert check.returncode == 0 and "Mass ledger: balanced" in check.stdout, shown(check)

    result = run(bundle.gui, "--smoke-test", "--lang", "zh_CN", "--smoke-test-shots", str(shots), "--data-dir", str(data),
                 cwd=tmp_path)
    assert result.returncode == 0, shown(result)
    assert "Smoke test passed." in result.stdout
    assert fact(result, "language") == "zh_CN"
    labels = fact(result, "tab labels")
    assert len(re.findall(r"[\u4e00-\u9fff]", labels)) >= 8, f"tabs not in Chinese: {labels}"
    fonts = sorted((ROOT / "resources" / "fonts").glob("*.ttf"))
    assert f"fonts: {len(fonts)} files" in result.stdout

    from PIL import Image

    for index, tab in enumerate(rendered_tabs(result), start=1):
        with Image.open(shots / f"tab-{index}-{tab}.png") as image:
            assert image.width >= 800 and image.height >= 500
            colours = image.convert("RGB").getcolors(maxcolors=1_000_000)
            assert colours is not None and len(colours) > 50, f"the {tab} tab rendered blank"

    pdf = (shots / "loan-agreement.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and b"/FontFile2" in pdf  # TrueType fonts embedded
    for font in (b"NotoSans-Regular", b"DroidSansFallback"):  # Latin text and the Chinese half of the form
        assert re.search(rb"/BaseFont /[A-Z]{6}\+" + font, pdf), f"{font.decode()} not embedded"


def test_smoke_test_fails_loudly_on_a_damaged_database(bundle: Bundle, tmp_path: Path):
    data = tmp_path / "damaged"
    data.mkdir()
    (data / "lunar-desk.sqlite").write_bytes(b"\x00not a database" * 400)
    result = run(bundle.gui, "--smoke-test", "--data-dir", str(data), cwd=tmp_path)
    assert result.returncode == 1, shown(result)
    assert "SMOKE TEST FAILED" in result.stderr and "lunar-desk.sqlite" in result.stderr
    assert (data / "lunar-desk.sqlite").read_bytes() == b"\x00not a database" * 400
