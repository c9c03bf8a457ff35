"""Msg: the English sentence a service writes, keeping what the interface needs to translate it."""

from __future__ import annotations

import pickle
from datetime import date

import pytest

from lunar_desk.errors import InputFileError, Location, ValidationError
from lunar_desk.messages import Msg, MsgList, fill, placeholders


def test_a_msg_is_its_english_sentence():
    m = Msg("Loan {number} is {status!l} since {since}.", number="LSLA-2026-004", status="Overdue",
            since=date(2026, 3, 1))
    assert m == "Loan LSLA-2026-004 is overdue since 2026-03-01."
    assert isinstance(m, str)
    assert m.template == "Loan {number} is {status!l} since {since}."
    assert m.values["since"] == date(2026, 3, 1)
    assert placeholders(m.template) == {"number", "status", "since"}


def test_a_msg_without_values_keeps_braces_as_written():
    assert Msg("Use {braces} literally") == "Use {braces} literally"


def test_format_specs_and_dates_as_iso():
    assert fill("{n:,} of {d}", {"n": 12345, "d": date(2026, 1, 2)}) == "12,345 of 2026-01-02"


def test_pickling_keeps_the_template():
    """Background workers hand results across processes and threads: the translation must survive."""
    m = pickle.loads(pickle.dumps(Msg("{a} and {b}", a=Msg("one"), b=2)))
    assert m == "one and 2" and m.template == "{a} and {b}" and m.values["a"].template == "one"
    parts = pickle.loads(pickle.dumps(MsgList([Msg("x {n}", n=1), "y"], " / ")))
    assert parts == "x 1 / y" and parts.parts[0].template == "x {n}"


def test_a_missing_value_is_a_programming_error_not_a_silent_blank():
    with pytest.raises(KeyError):
        Msg("{a} and {b}", a=1)


def test_errors_keep_the_msg_for_the_interface():
    exc = ValidationError(Msg("The name has {n} characters.", n=301), field="name")
    assert exc.message.template == "The name has {n} characters." and str(exc) == "The name has 301 characters."


def test_located_file_errors_are_built_from_translatable_parts():
    exc = InputFileError(Location("/tmp/release.xlsx", "Sheet1", 7, "C"), Msg("'{v}' is not a mass.", v="x"))
    assert str(exc) == "release.xlsx, sheet 'Sheet1', row 7, column 'C': 'x' is not a mass."
    assert exc.message.template == "{where}: {problem}"
    where = exc.message.values["where"]
    assert [getattr(p, "template", p) for p in where.parts] == ["release.xlsx", "sheet '{sheet}'", "row {row}", "column '{column}'"]
