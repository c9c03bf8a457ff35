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


# What a widget must never do with a session: query it or change it directly.
SESSION_METHODS = {"exec", "execute", "query", "scalar", "scalars", "get", "add", "delete", "merge", "flush"}


def session_calls(source: str) -> list[str]:
    """``name.method(`` calls on a session: a name bound by ``with <db>.read()/.action() as name``, or
    anything called ``session``. (Parsed, not grepped: ``import selected_data`` is no query.)"""
    tree = ast.parse(source)
    sessions = {"session"}
    for node in ast.walk(tree):
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                expr, target = item.context_expr, item.optional_vars
                if (isinstance(expr, ast.Call) and isinstance(expr.func, ast.Attribute)
                        and expr.func.attr in {"read", "action"} and isinstance(target, ast.Name)):
                    sessions.add(target.id)
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in SESSION_METHODS:
            owner = node.func.value
            name = owner.id if isinstance(owner, ast.Name) else owner.attr if isinstance(owner, ast.Attribute) else ""
            if name in sessions:
                found.append((node.lineno, f"line {node.lineno}: {name}.{node.func.attr}("))
    return [text for _, text in sorted(found)]


def test_the_query_finder_finds_queries_and_nothing_else():
    widget = (
        "from lunar_desk.ui.selection import selected_data\n"
        "def load(self):\n"
        "    with self.db.read() as s:\n"
        "        rows = s.exec(statement)\n"
        "    dialog.exec()\n"
        "    self.session.add(row)\n"
    )
    assert session_calls(widget) == ["line 4: s.exec(", "line 6: session.add("]
    assert session_calls("with self.db.read() as s:\n    teams = services.teams.list_teams(s)\n") == []


def test_no_queries_in_the_ui():
    offenders = []
    for path in (SRC / "ui").rglob("*.py"):
        offenders += [f"{path.relative_to(SRC)} {call}" for call in session_calls(path.read_text(encoding="utf-8"))]
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
