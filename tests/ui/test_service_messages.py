"""Sentences from the services reach the officer in the interface language.

The services write :class:`~lunar_desk.messages.Msg` (English text + template + values); the UI
translates the template and fills it.  A fake translator stands in for the .ts here, so these tests
check the mechanism; tests/ui/test_translations.py checks the real Chinese catalogue.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from fake_translation import TableTranslator

from lunar_desk import errors
from lunar_desk.errors import InputFileError, Location, ValidationError
from lunar_desk.messages import Msg, MsgList
from lunar_desk.ui.errors import show_error
from lunar_desk.ui.i18n import tr_error, tr_label

SRC = Path(__file__).resolve().parents[2] / "src" / "lunar_desk"


@pytest.fixture
def translated(qapp):
    table: dict[str, str] = {}
    translator = TableTranslator(table)
    qapp.installTranslator(translator)
    yield table
    qapp.removeTranslator(translator)


def test_a_sentence_is_translated_by_its_template_and_filled_with_its_values(translated):
    translated.update({"Loan {number} is {status!l} since {since}.": "借用 {number} 自 {since} 起{status!l}。",
                       "Overdue": "逾期"})
    m = Msg("Loan {number} is {status!l} since {since}.", number="LSLA-1", status="Overdue",
            since=__import__("datetime").date(2026, 3, 1))
    assert tr_label(m) == "借用 LSLA-1 自 2026-03-01 起逾期。"
    assert m == "Loan LSLA-1 is overdue since 2026-03-01."  # the English text is untouched


def test_parts_of_a_sentence_are_translated_too(translated):
    translated.update({"{where}: {problem}": "{where}：{problem}", "row {row}": "第 {row} 行",
                       "column '{column}'": "“{column}”列", "'{v}' is not a mass.": "“{v}”不是质量。"})
    exc = InputFileError(Location("/x/release.xlsx", None, 7, "C"), Msg("'{v}' is not a mass.", v="abc"))
    assert tr_error(exc) == "release.xlsx, 第 7 行, “C”列：“abc”不是质量。"


def test_a_list_of_sentences_translates_each(translated):
    translated.update({"one {n}": "一 {n}"})
    assert tr_label(MsgList([Msg("one {n}", n=1), Msg("two")], "; ")) == "一 1; two"


def test_a_translation_whose_placeholders_do_not_fit_falls_back_to_english(translated, caplog):
    translated.update({"Mass {mass} left.": "剩余 {masse}。"})
    assert tr_label(Msg("Mass {mass} left.", mass="3 mg")) == "Mass 3 mg left."
    assert "does not fit" in caplog.text


def test_names_and_numbers_are_not_looked_up(translated):
    translated.update({"{name} joined.": "{name} 已加入。"})
    assert tr_label(Msg("{name} joined.", name="Ali Rezaei")) == "Ali Rezaei 已加入。"


def test_the_error_dialog_shows_the_translated_refusal(translated, message_boxes, qtbot):
    translated.update({"The name has {count} characters; at most {limit} fit.": "名称有 {count} 个字符，最多 {limit} 个。",
                       "Please check the value": "请检查数值"})
    show_error(None, ValidationError(Msg("The name has {count} characters; at most {limit} fit.", count=301, limit=300)))
    assert message_boxes == [("请检查数值", "名称有 301 个字符，最多 300 个。")]


def test_other_exceptions_are_not_translated():
    assert tr_error(KeyError("x")) == "'x'"


# --- the code keeps the convention ------------------------------------------------------------------


def _user_error_names() -> set[str]:
    import importlib
    import pkgutil

    for package in ("lunar_desk.services", "lunar_desk.sheets", "lunar_desk.documents", "lunar_desk.db"):
        pkg = importlib.import_module(package)
        for info in pkgutil.iter_modules(pkg.__path__):
            importlib.import_module(f"{package}.{info.name}")

    def walk(cls):
        yield cls
        for sub in cls.__subclasses__():
            yield from walk(sub)

    return {c.__name__ for c in walk(errors.UserError)}


def _call_name(call: ast.Call) -> str | None:
    f = call.func
    return f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None


def _is_literal_text(node: ast.AST) -> bool:
    if isinstance(node, ast.IfExp):
        return _is_literal_text(node.body) or _is_literal_text(node.orelse)
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str) and bool(node.value))


def untranslatable_messages(path: Path, error_names: set[str]) -> list[str]:
    """Refusals written as bare literals or f-strings (the interface could not translate them), and
    ``Msg`` calls whose template is not a literal (the translation tools could not find it)."""
    found = []
    for call in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(call, ast.Call):
            continue
        name = _call_name(call)
        if name == "Msg" and isinstance(call.func, ast.Name):
            if not (call.args and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)):
                found.append(f"{path.name}:{call.lineno}: Msg() needs a literal template")
        elif name in error_names:
            index = 1 if name in ("InputFileError", "InputFileWarning") else 0
            args = call.args[index:index + 1] + [k.value for k in call.keywords if k.arg in ("message", "problem")]
            found += [f"{path.name}:{call.lineno}: {name}({ast.unparse(a)[:60]}…)" for a in args if _is_literal_text(a)]
    return found


def test_the_scan_finds_bare_refusals(tmp_path):
    sample = tmp_path / "service.py"
    sample.write_text(
        "def f(x):\n"
        "    raise ValidationError(f'{x} is wrong', field='x')\n"
        "    raise ValidationError('Wrong.' if x else Msg('Right.'))\n"
        "    raise NotFoundError(Msg('Gone {x}.', x=x))\n"
        "    raise InputFileError(loc, 'bad cell')\n"
        "    raise ValidationError(message)\n"
        "    return Msg(template)\n",
        encoding="utf-8")
    found = [f.split(": ", 1)[1] for f in untranslatable_messages(sample, {"ValidationError", "NotFoundError", "InputFileError"})]
    assert found == ["ValidationError(f'{x} is wrong'…)", "ValidationError('Wrong.' if x else Msg('Right.')…)",
                     "InputFileError('bad cell'…)", "Msg() needs a literal template"]


def test_every_refusal_of_the_services_is_translatable():
    names = _user_error_names()
    found = []
    for path in sorted(SRC.rglob("*.py")):
        rel = path.relative_to(SRC)
        if rel.parts[0] == "ui" or "migrations" in rel.parts or "__pycache__" in rel.parts or rel.name == "messages.py":
            continue
        found += untranslatable_messages(path, names)
    assert not found, "write these as Msg('template {name}', name=value):\n" + "\n".join(found)
