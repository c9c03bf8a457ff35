"""The layers stay layers: no Qt below the UI, no SQL in the UI (DESIGN.md)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "lunar_desk"
BELOW_UI = ["services", "db", "documents", "sheets"]


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", BELOW_UI)
def test_no_qt_below_the_ui(layer):
    offenders = [str(p.relative_to(SRC)) for p in (SRC / layer).rglob("*.py")
                 if any(name.split(".")[0] == "PySide6" for name in _imports(p))]
    assert offenders == []


def test_no_queries_in_the_ui():
    offenders = []
    for path in (SRC / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if any(s in text for s in ("session.exec(", "session.execute(", ".query(", "import select")):
            offenders.append(str(path.relative_to(SRC)))
    assert offenders == []


def test_ui_reaches_data_only_through_services():
    allowed_db = {"lunar_desk.db.engine", "lunar_desk.db.models", "lunar_desk.db.startup"}
    offenders = []
    for path in (SRC / "ui").rglob("*.py"):
        for name in _imports(path):
            if name.startswith("lunar_desk.db") and name not in allowed_db:
                offenders.append(f"{path.relative_to(SRC)}: {name}")
            if name.startswith("sqlalchemy") or name.startswith("sqlmodel"):
                offenders.append(f"{path.relative_to(SRC)}: {name}")
    assert offenders == []
