"""Sentences the services write for the officer, translatable after the fact.

A service that tells the officer something (an error, a hold reason, a line of a
loan's history) writes it as ``Msg("Loan {number} is overdue.", number=loan.agreement_number)``.
A :class:`Msg` *is* the English sentence (a ``str``), so logs, the CLI, tests and
any code that treats it as text keep working; it also keeps its ``template`` and
``values`` so the interface can show it in the officer's language: the UI looks
the template up in its translations and formats the translated template with the
same values (``lunar_desk.ui.i18n.tr_label``).  Services stay free of Qt.

Template rules (checked by ``tests/ui/test_translations.py``):

* the first argument is a literal string, so ``tools/update_translations.py``
  finds every template without running the code;
* placeholders are named: ``{number}``; ``{status!l}`` is the value in lower
  case (English puts labels mid-sentence in lower case; other scripts ignore it);
* a value that is itself a :class:`Msg`, or a label the interface translates
  (a status, a kind), is translated too, so sentences can be built from parts.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any


class _Formatter(string.Formatter):
    """``str.format`` plus the ``!l`` (lower case) conversion, dates as ISO 8601."""

    def convert_field(self, value: Any, conversion: str | None) -> Any:
        if conversion == "l":
            return str(value).lower()
        return super().convert_field(value, conversion)

    def format_field(self, value: Any, format_spec: str) -> str:
        if isinstance(value, (date, datetime)) and not format_spec:
            return value.isoformat()
        return super().format_field(value, format_spec)


FORMATTER = _Formatter()


def fill(template: str, values: Mapping[str, Any]) -> str:
    """``template`` with ``values`` put in, the way :class:`Msg` does it."""
    return FORMATTER.vformat(template, (), values)


def placeholders(template: str) -> set[str]:
    """The names a template uses: ``"{a} of {b!l}"`` → ``{"a", "b"}``."""
    return {field.split(".")[0].split("[")[0]
            for _, field, _, _ in FORMATTER.parse(template) if field is not None and field != ""}


class Msg(str):
    """An officer-readable sentence: the English text, plus how to write it in another language."""

    template: str
    values: dict[str, Any]

    def __new__(cls, template: str, /, **values: Any) -> Msg:
        self = super().__new__(cls, fill(template, values) if values else template)
        self.template = template
        self.values = values
        return self

    def __reduce__(self):  # pickling (background workers) keeps the template
        return (_rebuild, (self.template, self.values))

    def __repr__(self) -> str:
        return f"Msg({str.__repr__(self)})"


def _rebuild(template: str, values: dict[str, Any]) -> Msg:
    return Msg(template, **values)


class MsgList(str):
    """Several sentences shown together (``"; "`` or line breaks), each translatable on its own."""

    parts: tuple
    separator: str

    def __new__(cls, parts, separator: str = "; ") -> MsgList:
        parts = tuple(parts)
        self = super().__new__(cls, separator.join(str(p) for p in parts))
        self.parts = parts
        self.separator = separator
        return self

    def __reduce__(self):
        return (MsgList, (self.parts, self.separator))

