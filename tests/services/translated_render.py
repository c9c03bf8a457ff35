"""Render a service sentence the way the interface does (``lunar_desk.ui.i18n.tr_label``), with a fake
translation that replaces every word the code wrote by ``~``: whatever English is left afterwards was
glued on outside a template (an f-string, a ``+``, a ``", ".join``) and would stay English on screen.

Shared by the tests of the texts of exchange, review, applications and working days.
"""

from __future__ import annotations

import ast
import re
import string
from pathlib import Path

from lunar_desk.messages import FORMATTER, Msg, MsgList, fill

SRC = Path(__file__).resolve().parents[2] / "src" / "lunar_desk"


def _literal_templates() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        if "ui" in path.relative_to(SRC).parts:
            continue
        for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "Msg"
                    and call.args and isinstance(call.args[0], ast.Constant)):
                found.add(call.args[0].value)
    return found


TEMPLATES = _literal_templates()


def _fake_translation(template: str) -> str:
    """The template with its words replaced by ``~`` and its placeholders kept."""
    out = []
    for literal, name, spec, conversion in string.Formatter().parse(template):
        if literal:
            out.append(re.sub(r"[A-Za-z]+", "~", literal).replace("{", "{{").replace("}", "}}"))
        if name is not None:
            out.append("{" + name + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)


def render(text, labels=frozenset()) -> str:
    """``text`` as the interface shows it under the fake translation (``labels``: plain labels it translates)."""
    if isinstance(text, MsgList):
        return text.separator.join(render(p, labels) if isinstance(p, str) else str(p) for p in text.parts)
    if isinstance(text, Msg):
        assert text.template in TEMPLATES, f"not a literal Msg template of the code: {text.template!r}"
        values = {k: render(v, labels) if isinstance(v, str) else v for k, v in text.values.items()}
        return FORMATTER.vformat(_fake_translation(text.template), (), values)
    return "~" if text in labels else str(text)


def assert_translatable(text, labels=frozenset(), *, data=()) -> str:
    """``text`` is a Msg (or MsgList) that gives back its English text and leaves no English word once
    translated, except the words of ``data`` (names, references, numbers the officer typed)."""
    assert isinstance(text, (Msg, MsgList)), repr(text)
    if isinstance(text, Msg):
        assert fill(text.template, text.values) == text
    shown = render(text, labels)
    for word in data:
        shown = shown.replace(word, "")
    left = re.findall(r"[A-Za-z]{2,}", shown)
    assert not left, f"English left in {str(text)!r}: {left} ({shown!r})"
    return shown
