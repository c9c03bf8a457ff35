"""Refresh the interface translations after changing visible strings.

    python tools/update_translations.py            # regenerate + lupdate (keeps every existing translation)
    python tools/update_translations.py --check    # exit 1 if a source string is missing from the .ts
    python tools/update_translations.py --compile DIR   # lrelease the .ts files into DIR (build step)

What it does:

1. writes ``src/lunar_desk/ui/service_texts.py``: the English labels the services
   hand to the UI (``*_LABELS`` tables, workflow steps, pre-check labels, review
   criteria, error titles) and the templates of their sentences (every
   ``Msg("...")``: errors, hold reasons, history lines), as ``QT_TRANSLATE_NOOP("ServiceText", ...)`` so lupdate
   finds them; the UI shows them through ``lunar_desk.ui.i18n.tr_label()``;
2. runs ``pyside6-lupdate`` over every ``src/lunar_desk/ui/**/*.py`` into
   ``resources/translations/lunar_desk_<code>.ts`` (``-no-obsolete -locations none``:
   strings that left the code are dropped, line numbers do not churn the diff).

New strings arrive as ``type="unfinished"``: translate them (Qt Linguist:
``pyside6-linguist resources/translations/lunar_desk_zh_CN.ts``, or by hand) and
remove the attribute.  ``tests/ui/test_translations.py`` fails until every string
of the code has a finished translation.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import pkgutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src"
UI = SRC / "lunar_desk" / "ui"
SERVICE_TEXTS = UI / "service_texts.py"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN",)
CONTEXT = "ServiceText"

if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


# --- the texts the services hand to the UI ---------------------------------------------------


def _modules(package: str):
    pkg = importlib.import_module(package)
    for info in pkgutil.iter_modules(pkg.__path__):
        if info.name.startswith("demo"):
            continue
        try:
            yield importlib.import_module(f"{package}.{info.name}")
        except Exception as exc:  # noqa: BLE001 - a module being written elsewhere must not stop the rest
            print(f"warning: {package}.{info.name} not read: {exc}", file=sys.stderr)


def _precheck_labels(path: Path) -> list[str]:
    """Labels of the pre-check items, written as literals: ``CheckItem("key", "Label", ...)`` anywhere,
    and inside ``precheck()`` ``add("key", "Label", ...)`` and ``..._label = "Label"``."""
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "CheckItem"
                and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
            found.append(node.args[1].value)
    for fn in ast.walk(tree):
        if not (isinstance(fn, ast.FunctionDef) and fn.name == "precheck"):
            continue
        for node in ast.walk(fn):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "add"
                    and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant) and isinstance(node.args[1].value, str)):
                found.append(node.args[1].value)
            if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
                    and any(isinstance(t, ast.Name) and t.id.endswith("_label") for t in node.targets)):
                found.append(node.value.value)
    return found


def service_texts() -> list[str]:
    """Every English label the services and sheets give the UI to show, sorted and unique."""
    from lunar_desk import errors

    texts: set[str] = set()
    for package in ("lunar_desk.services", "lunar_desk.sheets", "lunar_desk.documents"):  # (all UserError kinds get imported)
        for module in _modules(package):
            for name, value in vars(module).items():
                if name.endswith("LABELS") and not name.startswith("_") and isinstance(value, dict):
                    texts.update(v for v in value.values() if isinstance(v, str))
                elif isinstance(value, (tuple, list)) and value and all(isinstance(getattr(v, "label", None), str) for v in value):
                    texts.update(v.label for v in value)  # workflow tables: TRANSITIONS, STEPS
                elif name.endswith("CRITERIA") and isinstance(value, (tuple, list)):
                    texts.update(v[0] for v in value if isinstance(v, tuple) and isinstance(v[0], str))
                elif name == "_REQUIRED_TEXT" and isinstance(value, dict):
                    texts.update(row[1] for rows in value.values() for row in rows)
            source = Path(module.__file__)
            texts.update(_precheck_labels(source))

    def walk(cls):
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    texts.update(c.title for c in walk(errors.UserError) if isinstance(getattr(c, "title", None), str))
    texts.update(msg_templates())
    return sorted(t for t in texts if t.strip())


def msg_templates() -> list[str]:
    """The templates of every ``Msg("...", ...)`` written outside the UI (services, sheets, documents,
    the database layer, errors): the sentences the services say to the officer."""
    found = []
    for path in sorted((SRC / "lunar_desk").rglob("*.py")):
        if UI in path.parents or "__pycache__" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "Msg"
                    and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
                found.append(node.args[0].value)
    return found


def render_service_texts(texts: list[str]) -> str:
    lines = [
        '"""GENERATED by tools/update_translations.py: do not edit.',
        "",
        "The English labels the services give the UI, listed for lupdate; the UI shows",
        "them translated through ``lunar_desk.ui.i18n.tr_label()``.  Never imported at run time.",
        '"""',
        "",
        "from PySide6.QtCore import QT_TRANSLATE_NOOP",
        "",
        "TEXTS = (",
    ]
    lines += [f'    QT_TRANSLATE_NOOP("{CONTEXT}", {text!r}),' for text in texts]
    lines += [")", ""]
    return "\n".join(lines)


def write_service_texts() -> bool:
    """Regenerate ``service_texts.py``; True if it changed."""
    text = render_service_texts(service_texts())
    old = SERVICE_TEXTS.read_text(encoding="utf-8") if SERVICE_TEXTS.exists() else None
    if old != text:
        SERVICE_TEXTS.write_text(text, encoding="utf-8")
        return True
    return False


# --- lupdate ------------------------------------------------------------------------------------


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if "__pycache__" not in p.parts)


def lupdate_exe() -> str:
    from lunar_desk.ui.i18n import qt_tool

    exe = qt_tool("lupdate")
    if exe is None:
        raise SystemExit("lupdate not found: it ships with PySide6-Essentials (pyside6-lupdate)")
    return str(exe)


def run_lupdate(ts: Path, *, sources: list[Path] | None = None) -> str:
    """lupdate ``sources`` (default: all UI modules) into ``ts``, keeping its translations."""
    files = sources if sources is not None else ui_sources()
    with tempfile.NamedTemporaryFile("w", suffix=".lst", delete=False, encoding="utf-8") as lst:
        lst.write("\n".join(str(f) for f in files))
    try:
        done = subprocess.run(
            [lupdate_exe(), "-no-obsolete", "-locations", "none", "-source-language", "en",
             "-target-language", ts.stem.removeprefix("lunar_desk_"), f"@{lst.name}", "-ts", str(ts)],
            stdin=subprocess.DEVNULL, capture_output=True, encoding="utf-8", errors="replace", check=False,
        )
    finally:
        Path(lst.name).unlink(missing_ok=True)
    if done.returncode != 0:
        raise SystemExit(f"lupdate failed:\n{done.stdout}\n{done.stderr}")
    return done.stdout


def read_ts(ts: Path) -> list[dict]:
    """The messages of a .ts file: context, source, translation, type ("" when finished), numerus."""
    import xml.etree.ElementTree as ET

    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms = [f.text or "" for f in translation.iter("numerusform")] if translation is not None else []
            out.append({
                "context": name,
                "source": message.findtext("source") or "",
                "comment": message.findtext("comment") or "",
                "translation": "" if translation is None else (translation.text or "") if not forms else forms[0],
                "forms": forms,
                "type": "" if translation is None else translation.get("type", ""),
                "numerus": message.get("numerus") == "yes",
            })
    return out


def missing_from_ts(ts: Path) -> list[tuple[str, str]]:
    """Source strings of the current code (context, text) that ``ts`` does not contain:
    lupdate the code into an empty .ts and compare."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / ts.name
        write_service_texts_to = Path(tmp) / "service_texts.py"
        write_service_texts_to.write_text(render_service_texts(service_texts()), encoding="utf-8")
        sources = [p for p in ui_sources() if p != SERVICE_TEXTS] + [write_service_texts_to]
        run_lupdate(fresh, sources=sources)
        wanted = {(m["context"], m["source"]) for m in read_ts(fresh)}
    have = {(m["context"], m["source"]) for m in read_ts(ts)} if ts.exists() else set()
    return sorted(wanted - have)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if the .ts files miss a source string")
    parser.add_argument("--compile", metavar="DIR", help="compile the .ts files (and Qt's own) into DIR")
    args = parser.parse_args(argv)
    if args.compile:
        from lunar_desk.ui.i18n import compile_translations

        for path in compile_translations(Path(args.compile)):
            print(path)
        return 0
    if args.check:
        problems = []
        if SERVICE_TEXTS.read_text(encoding="utf-8") != render_service_texts(service_texts()):
            problems.append(f"{SERVICE_TEXTS.relative_to(ROOT)} is out of date")
        for code in LANGUAGES:
            missing = missing_from_ts(TRANSLATIONS / f"lunar_desk_{code}.ts")
            problems += [f"{code}: not in the .ts: [{ctx}] {src!r}" for ctx, src in missing]
        print("\n".join(problems) or "translations are up to date with the code")
        return 1 if problems else 0
    if write_service_texts():
        print(f"updated {SERVICE_TEXTS.relative_to(ROOT)}")
    for code in LANGUAGES:
        ts = TRANSLATIONS / f"lunar_desk_{code}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        print(run_lupdate(ts).strip())
    return 0


if __name__ == "__main__":
    sys.exit(main())
