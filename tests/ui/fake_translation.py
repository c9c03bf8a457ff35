"""A stand-in translation for tests of service sentences shown in the UI.

Every service text the translation tool collects (labels and ``Msg`` templates)
is "translated" by upper-casing its words (placeholders kept), the way a real
translation replaces every English word; text the tool does not know stays as
it is.  What the UI then shows must have no lower-case English word left
except inside the values (titles, file names, the CNSA statement): a sentence
shown without ``tr_label``, glued with English, or built with ``+`` fails.
"""

from __future__ import annotations

import importlib.util
import re
import string
from pathlib import Path

from PySide6.QtCore import QTranslator

from lunar_desk.messages import Msg, MsgList
from lunar_desk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
_known: set[str] | None = None


def known_texts() -> set[str]:
    global _known
    if _known is None:
        spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
        tool = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(tool)
        _known = set(tool.service_texts())
    return _known


def upper_template(template: str) -> str:
    out = []
    for literal, field, spec, conversion in string.Formatter().parse(template):
        out.append(literal.upper().replace("{", "{{").replace("}", "}}"))
        if field is not None:
            out.append("{" + field + (f"!{conversion}" if conversion else "") + (f":{spec}" if spec else "") + "}")
    return "".join(out)


class _FakeCore:
    """Replaces ``QCoreApplication`` inside :mod:`lunar_desk.ui.i18n` (``tr_label`` only uses ``translate``)."""

    @staticmethod
    def translate(context: str, text: str, *args) -> str:
        if context == i18n.SERVICE_CONTEXT and text in known_texts():
            return upper_template(text)
        return text


def install(monkeypatch) -> None:
    monkeypatch.setattr(i18n, "QCoreApplication", _FakeCore)


def values_of(text) -> list[str]:
    """The plain values inside a service text (names, titles, numbers), which no translation changes."""
    if isinstance(text, MsgList):
        return [v for p in text.parts for v in values_of(p)]
    if isinstance(text, Msg):
        return [v for value in text.values.values() for v in values_of(value)]
    return [] if text in known_texts() else [str(text)]


def english_left(service_text, shown: str) -> list[str]:
    """Lower-case English words in ``shown`` that are not part of ``service_text``'s values."""
    for value in sorted(values_of(service_text), key=len, reverse=True):
        shown = shown.replace(value, "")
    return re.findall(r"[a-z]{2,}", shown)


class TableTranslator(QTranslator):
    """Translates the service texts of ``table`` (English → anything) and nothing else."""

    def __init__(self, table: dict[str, str]):
        super().__init__()
        self.table = table

    def translate(self, context, source, disambiguation=None, n=-1):
        return self.table.get(source) if context == i18n.SERVICE_CONTEXT else None

    def isEmpty(self):
        return False
