"""The Chinese interface: every visible string has a finished translation, and the window shows it.

(a) the committed .ts is complete and keeps every placeholder;
(b) every string of the current code is in the committed .ts (lupdate into a scratch file);
(c) no visible-text Qt call gets a bare string literal instead of tr()/translate();
(d) with the Chinese translation installed, the window, its menus, tabs and dialogs show Chinese
    (with demo data: every dialog the menus and the tabs' "…" buttons open);
(e) counts follow the interface locale.
"""

from __future__ import annotations

import ast
import importlib.util
import re
from datetime import date
from pathlib import Path

import pytest
from demo_data import build_demo_file, opened_copy
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QTabWidget,
    QTreeWidget,
    QWidget,
)

from lunar_desk.config import resolve_paths
from lunar_desk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "src" / "lunar_desk" / "ui"
TS = ROOT / "resources" / "translations" / "lunar_desk_zh_CN.ts"
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![a-z])?(?::[^{}]*)?\}")  # {n}, {status!l}, {n:,}
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
ACCELERATOR = re.compile(r"&([^&\s])")
# Names and units that stay as they are in Chinese text
NON_LINGUISTIC = ("Lunar Desk", "APSCO", "CLEP", "CNSA", "DOI", "Excel", "PDF", "PNG", "Zip", "Ctrl+F", "mg", "µg", "g",
                  "KB", "MB", "YYYY-MM-DD", "MM-DD")


def _tool():
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- (a) the .ts is complete -----------------------------------------------------------------


def test_every_message_has_a_finished_translation_with_the_same_placeholders():
    messages = _tool().read_ts(TS)
    assert len(messages) > 500, "the .ts looks empty"
    problems = []
    for m in messages:
        where = f"[{m['context']}] {m['source']!r}"
        text = m["translation"]
        if not m["context"]:
            problems.append(f"{where} (comment {m['comment']!r}): lupdate found no context; call tr() / "
                            "QCoreApplication.translate() by name, never through an alias")
        elif m["type"] in ("vanished", "obsolete"):
            problems.append(f"{where}: obsolete entry (run tools/update_translations.py)")
        elif m["type"] == "unfinished" or not text.strip():
            problems.append(f"{where}: no finished translation")
        elif sorted(PLACEHOLDER.findall(m["source"])) != sorted(PLACEHOLDER.findall(text)):
            problems.append(f"{where}: placeholders differ in {text!r}")
        elif sorted(TAG.findall(m["source"])) != sorted(TAG.findall(text)):
            problems.append(f"{where}: HTML tags differ in {text!r}")
        elif ACCELERATOR.search(m["source"].replace("&&", "")) and not ACCELERATOR.search(text.replace("&&", "")):
            problems.append(f"{where}: the keyboard accelerator is lost in {text!r}")
        elif m["source"].count("\n") != text.count("\n"):
            problems.append(f"{where}: line breaks differ in {text!r}")
    assert not problems, "\n".join(problems)


def test_translations_are_chinese():
    untranslated = [m["source"] for m in _tool().read_ts(TS)
                    if re.search("[A-Za-z]", _strip(m["source"])) and not CJK.search(m["translation"])]
    assert not untranslated, f"translations without any Chinese: {untranslated}"


# --- (b) every string of the code is in the .ts ------------------------------------------------


def test_every_string_of_the_code_is_in_the_committed_ts():
    missing = _tool().missing_from_ts(TS)
    assert not missing, (
        "visible strings without a translation (run `python tools/update_translations.py`, then translate "
        "them in resources/translations/lunar_desk_zh_CN.ts):\n"
        + "\n".join(f"  [{ctx}] {src!r}" for ctx, src in missing)
    )


# --- (c) no bare literal reaches a visible-text call -------------------------------------------

VISIBLE_CALLS = {
    # Qt setters and constructors that show their text argument
    "setText", "setWindowTitle", "addTab", "insertTab", "setTabText", "setTabToolTip", "addAction", "addMenu",
    "setTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText", "setSpecialValueText",
    "setPrefix", "setSuffix", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels",
    "setHeaderLabel", "showMessage", "addRow", "addItem", "addItems", "insertItem", "addButton", "setInformativeText",
    "setLabelText", "setCancelButtonText", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "QAction", "QMenu", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox",
    "QToolButton", "QMessageBox", "QProgressDialog", "QTreeWidgetItem", "QTableWidgetItem", "QListWidgetItem",
    # Lunar Desk helpers that show their text arguments
    "EmptyState", "add_button", "make_tree", "confirm", "CheckedDialog", "ActionDialog", "ReasonDialog",
    "with_progress", "refill_combo", "show_error", "UserError", "ValidationError",
}
MESSAGE_BOX_STATICS = {"information", "warning", "critical", "question", "about"}
TEXT_ARGUMENT = {"addItem": 0, "insertItem": 1}  # the other arguments are item data
NOT_TEXT_KEYWORDS = {"field", "required", "objectName"}  # identifiers, never shown
NOT_SCANNED = {"service_texts.py"}  # generated list of service labels for lupdate


URL = re.compile(r"\b[a-z][a-z0-9+.-]*://\S*")
EXTENSION = re.compile(r"(?<![\w*])\.[a-z0-9]{1,5}\b")  # ".zip" alone; "(*.zip)" filters still need their words


def _strip(text: str) -> str:
    text = EXTENSION.sub("", URL.sub("", PLACEHOLDER.sub("", TAG.sub("", text))))
    for token in NON_LINGUISTIC:
        text = re.sub(rf"(?<![A-Za-z]){re.escape(token)}(?![A-Za-z])", "", text)
    return text


def _linguistic(text: str) -> bool:
    return re.search("[A-Za-z]", _strip(text)) is not None


def _bare_literals(node: ast.AST):
    """String literals in ``node`` that reach the screen as they are (not through tr/translate)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        if _linguistic(node.value):
            yield node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        if _linguistic(text):
            yield text
    elif isinstance(node, ast.BinOp):
        yield from _bare_literals(node.left)
        yield from _bare_literals(node.right)
    elif isinstance(node, ast.IfExp):
        yield from _bare_literals(node.body)
        yield from _bare_literals(node.orelse)
    elif isinstance(node, (ast.List, ast.Tuple)):
        for element in node.elts:
            yield from _bare_literals(element)
    elif isinstance(node, ast.Dict):  # {key: (label, widget)}: the keys are identifiers
        for value in node.values:
            yield from _bare_literals(value)
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("format", "join"):
        yield from _bare_literals(node.func.value)  # "Text {n}".format(...) is still untranslated text


def _call_name(call: ast.Call) -> str | None:
    func = call.func
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        if func.attr in MESSAGE_BOX_STATICS:
            return func.attr if isinstance(func.value, ast.Name) and func.value.id == "QMessageBox" else None
        return func.attr
    return None


def untranslated_literals(path: Path) -> list[str]:
    found = []
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call):
            continue
        name = _call_name(call)
        if name not in VISIBLE_CALLS and name not in MESSAGE_BOX_STATICS:
            continue
        if name in TEXT_ARGUMENT:
            args = call.args[TEXT_ARGUMENT[name]:TEXT_ARGUMENT[name] + 1]
        else:
            args = [*call.args, *(k.value for k in call.keywords if k.arg not in NOT_TEXT_KEYWORDS)]
        for arg in args:
            for text in _bare_literals(arg):
                where = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
                found.append(f"{where}:{call.lineno}: {name}({text!r})")
    return found


def test_the_literal_scan_catches_bare_strings(tmp_path):
    sample = tmp_path / "sample.py"
    source = (
        "def f(self, n, box):\n"
        "    self.button.setText('Save')\n"
        "    self.label.setText(f'{n} samples')\n"
        "    self.tabs.addTab(page, 'Loans' if n else self.tr('Loans'))\n"
        "    QMessageBox.warning(self, 'Careful', self.tr('ok'))\n"
        "    make_tree(['Name', self.tr('Mass')])\n"
        "    self.label.setText('Showing {n}'.format(n=n))\n"
        "    self.label.setText(self.tr('Fine {n}').format(n=n))\n"
        "    self.label.setText(f'<b>{n}</b> · {n} mg')\n"
        "    log.warning('not shown to officers %s', n)\n"
        "    self.setWindowTitle('Lunar Desk')\n"
        "    self.suffix.setText('.zip')\n"
        "    self.url.setPlaceholderText('postgresql+psycopg://officer@server/db')\n"
        "    combo.addItem(self.tr('Holiday'), 'holiday')\n"
        "    raise ValidationError(self.tr('Bad'), field='mass')\n"
        "    ActionDialog(self.tr('T'), '', {'number': ('Certificate number:', w)}, required=('number',))\n"
    )
    sample.write_text(source, encoding="utf-8")
    found = untranslated_literals(sample)
    texts = [f.split(": ", 1)[1] for f in found]
    assert texts == [
        "setText('Save')", "setText('{} samples')", "addTab('Loans')", "warning('Careful')", "make_tree('Name')",
        "setText('Showing {n}')", "ActionDialog('Certificate number:')",
    ]


def test_no_visible_string_literal_bypasses_translation():
    found = []
    for path in sorted(UI.rglob("*.py")):
        if path.name not in NOT_SCANNED and "__pycache__" not in path.parts:
            found += untranslated_literals(path)
    assert not found, "wrap these in self.tr(...) or QCoreApplication.translate(...):\n" + "\n".join(found)


# --- (d) the window in Chinese -------------------------------------------------------------------


@pytest.fixture
def chinese(qapp, tmp_path):
    """The Chinese translators installed (compiled from the committed .ts), removed again afterwards."""
    before = QLocale()
    try:
        assert i18n.install_translators(qapp, "zh_CN", cache=tmp_path / "qm-cache") == "zh_CN"
        yield
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)


@pytest.fixture
def chinese_window(chinese, qtbot, db, settings):
    from lunar_desk.ui.main_window import MainWindow

    w = MainWindow(db.paths, settings)
    qtbot.addWidget(w)
    w.show()
    w.attach(db)
    return w


def _shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) for every text an officer reads in ``root``: labels, buttons, group titles,
    placeholders, inner tab titles, column headers, the "All …" choices of filter combos."""
    out: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        kind = type(w).__name__
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((kind, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((kind, w.title()))
        elif isinstance(w, QLineEdit):
            out.append((f"{kind} placeholder", w.placeholderText()))
        elif isinstance(w, QAbstractSpinBox):
            out.append((f"{kind} special value", w.specialValueText()))
        if isinstance(w, QTabWidget):
            out += [(f"{kind} tab", w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QComboBox):
            out += [(f"{kind} choice", w.itemText(i)) for i in range(w.count()) if w.itemData(i) is None]
        if isinstance(w, QTreeWidget):
            header = w.headerItem()
            out += [(f"{kind} header", header.text(c)) for c in range(header.columnCount())]
        elif isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, (QTreeWidget, QListView)):
            model = w.model()
            out += [(f"{kind} header", str(model.headerData(c, _horizontal()) or "")) for c in range(model.columnCount())]
    return out


def _horizontal():
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal


def _not_chinese(texts: list[tuple[str, str]]) -> list[str]:
    return [f"{where}: {text!r}" for where, text in texts if _linguistic(text) and not CJK.search(text)]


def test_menus_tabs_and_every_tab_show_chinese(chinese_window):
    w = chinese_window
    problems = []
    own_names = set(w.language_actions.values())  # each language is named in itself: "English"

    def walk(menu, path):
        for action in menu.actions():
            if action.isSeparator() or action in own_names or not action.text():
                continue
            if not CJK.search(action.text()):
                problems.append(f"menu {path} → {action.text()!r}")
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")

    for action in w.menuBar().actions():
        if not CJK.search(action.text()):
            problems.append(f"menu {action.text()!r}")
        walk(action.menu(), action.text())
    for i in range(w.tabs.count()):
        if not CJK.search(w.tabs.tabText(i)):
            problems.append(f"tab {w.tabs.tabText(i)!r}")
    assert w.data_tabs, "the tabs were not built"
    for tab in w.data_tabs:
        problems += [f"{tab.objectName()}: {p}" for p in _not_chinese(_shown_texts(tab))]
    problems += [f"status bar: {p}" for p in _not_chinese([("database", w.db_label.text())])]
    assert not problems, "shown in English under the Chinese interface:\n" + "\n".join(problems)


def test_dialogs_show_chinese_with_qt_standard_buttons_translated(chinese_window, db):
    from lunar_desk.services.mass import MassUnit
    from lunar_desk.ui.applications.dialogs import (
        ItemDialog,
        MemberDialog,
        MethodDialog,
    )
    from lunar_desk.ui.catalogue.import_dialog import ImportDialog
    from lunar_desk.ui.catalogue.sample_dialog import SampleDialog
    from lunar_desk.ui.review.dialogs import NewRoundDialog, ReviewersDialog

    w = chinese_window
    dialogs = [
        w.about_dialog(), w.holiday_calendar(), w.backups_dialog(), SampleDialog(db, None, MassUnit.MG, w),
        ImportDialog(db, w, w.settings), NewRoundDialog(db, w), ReviewersDialog(db, w), MethodDialog(None, w),
        ItemDialog(db, None, w), MemberDialog(db, w),
    ]
    problems = []
    for dialog in dialogs:
        name = type(dialog).__name__
        if not CJK.search(dialog.windowTitle()):
            problems.append(f"{name} title {dialog.windowTitle()!r}")
        problems += [f"{name}: {p}" for p in _not_chinese(_shown_texts(dialog))]
        for box in dialog.findChildren(QDialogButtonBox):
            for button in box.buttons():
                if not CJK.search(button.text().replace("&", "")):
                    problems.append(f"{name} standard button {button.text()!r}")
        dialog.deleteLater()
    assert not problems, "shown in English under the Chinese interface:\n" + "\n".join(problems)


DEMO_DAY = date(2026, 11, 25)


@pytest.fixture(scope="module")
def demo_file(template_db, tmp_path_factory):
    return build_demo_file(tmp_path_factory.mktemp("zh-demo"), template_db, size=60, seed=11, today=DEMO_DAY)


@pytest.fixture
def demo_db(demo_file, tmp_path):
    yield from opened_copy(demo_file, resolve_paths(tmp_path / "demo"))


def _english_sources() -> set[str]:
    """The English source strings that have a Chinese translation: shown as they are, they were not translated."""
    return {m["source"] for m in _tool().read_ts(TS) if m["translation"] != m["source"] and _linguistic(m["source"])}


def _texts_and_tips(root: QWidget) -> list[tuple[str, str]]:
    """What :func:`_shown_texts` finds, plus tooltips, tab tooltips and column header tooltips."""
    from PySide6.QtCore import Qt

    out = _shown_texts(root)
    for w in [root, *root.findChildren(QWidget)]:
        kind = type(w).__name__
        out.append((f"{kind} tooltip", w.toolTip()))
        if isinstance(w, QTabWidget):
            out += [(f"{kind} tab tooltip", w.tabToolTip(i)) for i in range(w.count())]
        if isinstance(w, QAbstractItemView) and w.model() is not None and not isinstance(w, (QTreeWidget, QListView)):
            model = w.model()
            out += [(f"{kind} header tooltip", str(model.headerData(c, _horizontal(), Qt.ItemDataRole.ToolTipRole) or ""))
                    for c in range(model.columnCount())]
    return out


def _opens_a_dialog(text: str) -> bool:
    return text.replace("&", "").rstrip().endswith(("…", "..."))


def test_every_dialog_the_menus_and_buttons_open_shows_chinese(chinese, demo_db, settings, qtbot, monkeypatch,
                                                                tmp_path):
    """With demo data, every "…" menu item and every "…" button of every tab (first row selected) opens its
    dialog; no text, tooltip, placeholder or column header in the tabs and those dialogs is an English
    source string left untranslated, every dialog title and message box is Chinese."""
    from ui_walk import Answers

    from lunar_desk.ui.main_window import MainWindow

    answers = Answers(tmp_path / "files").install(monkeypatch)  # every dialog recorded and cancelled

    w = MainWindow(demo_db.paths, settings)
    qtbot.addWidget(w)
    w.show()
    w.attach(demo_db)
    english = _english_sources()
    problems: list[str] = []

    def check(name: str, root: QWidget) -> None:
        problems.extend(f"{name}: {kind}: {text!r}" for kind, text in _texts_and_tips(root) if text in english)

    for index in range(w.tabs.count()):
        tab = w.tabs.widget(index)
        w.tabs.setCurrentIndex(index)
        views = [v for v in tab.findChildren(QAbstractItemView) if v.isVisible() and v.model() is not None]
        if views and views[0].model().rowCount() > 0:
            views[0].setCurrentIndex(views[0].model().index(0, 0))
        check(tab.objectName(), tab)
        for button in tab.findChildren(QAbstractButton):
            if button.isEnabled() and _opens_a_dialog(button.text()) and button.menu() is None:
                answers.where = f"{tab.objectName()} → {button.text()}"
                button.click()
                QApplication.processEvents()

    def walk(menu, path):
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{path} → {action.text()}")
            elif action.isEnabled() and _opens_a_dialog(action.text()):
                answers.where = f"{path} → {action.text()}"
                action.trigger()
                QApplication.processEvents()

    for action in w.menuBar().actions():
        walk(action.menu(), action.text())

    opened = answers.opened
    assert len(opened) >= 30, [f"{path}: {type(d).__name__}" for path, d in opened]  # the walk really opened them
    assert not answers.crashes, answers.crashes
    for path, dialog in opened:
        name = f"{path} ({type(dialog).__name__})"
        problems += [f"{name} title: {p}" for p in _not_chinese([("title", dialog.windowTitle())])]
        check(name, dialog)
        dialog.deleteLater()
    problems += [f"message box {title!r}: {text!r}" for _, title, text in answers.boxes
                 if not CJK.search(title + text)]
    assert not problems, "English source strings shown under the Chinese interface:\n" + "\n".join(problems)


def test_the_suggested_clep_summary_file_name_is_chinese(chinese_window, db, settings):
    from lunar_desk.services import demo
    from lunar_desk.ui.reports.export_dialog import ExportSummaryDialog

    with db.action() as s:
        demo.fill_reference(s)  # the release batches
    dialog = ExportSummaryDialog(db, chinese_window, settings, today=lambda: date(2026, 11, 25))
    dialog.period.set_period(date(2026, 10, 1), date(2026, 12, 31), 10)
    name = Path(dialog.file.text()).name
    assert name == "探月与航天工程中心汇总 2026-10-01 至 2026-12-31 第 10 批.xlsx", name
    dialog.deleteLater()


def test_dates_follow_the_chinese_locale(chinese_window):
    dialog = chinese_window.holiday_calendar()
    days = [dialog.days.topLevelItem(i).text(1) for i in range(dialog.days.topLevelItemCount())]
    assert days, "no holiday listed for this year"
    assert all(day.startswith("星期") for day in days), days
    assert QLocale().language() == QLocale.Language.Chinese


def test_refusals_from_the_services_are_shown_in_chinese(chinese, message_boxes, qtbot):
    """A service refusal (a Msg) and a located file problem reach the officer in Chinese, values kept."""
    from lunar_desk.errors import InputFileError, Location, ValidationError
    from lunar_desk.messages import Msg
    from lunar_desk.services.mass import parse_mass
    from lunar_desk.ui.errors import show_error

    with pytest.raises(ValidationError) as refused:
        parse_mass("1,200")
    show_error(None, refused.value)
    located = InputFileError(Location("release.xlsx", "Sheet1", 7, "C"), Msg("A sample number is required."))
    show_error(None, located)
    (title, text), (_, located_text) = message_boxes
    assert CJK.search(title) and CJK.search(text) and "1,200" in text, (title, text)
    assert not re.search("[A-Za-z]{3,}", text.replace("mg", "")), text
    assert CJK.search(located_text) and "release.xlsx" in located_text and "7" in located_text, located_text
    assert not re.search("(sheet|row|column|sample number)", located_text), located_text


# --- numbers in the interface locale -------------------------------------------------------------


@pytest.fixture
def default_locale():
    """Restores the default QLocale after a test sets one (the system locale of an officer's laptop)."""
    before = QLocale()
    yield QLocale.setDefault
    QLocale.setDefault(before)


@pytest.mark.parametrize("locale, expected", [("en_GB", "1,234,567"), ("zh_CN", "1,234,567"),
                                              ("en_CH", "1'234'567"), ("en_IN", "12,34,567")])
def test_counts_are_grouped_the_interface_locale_s_way(default_locale, locale, expected):
    from lunar_desk.messages import Msg

    default_locale(QLocale(locale))
    assert i18n.format_count(1234567) == expected
    assert i18n.format_count(12) == "12"
    refusal = Msg("The file has {n:,} errors; nothing was imported. Fix them in the file and preview the import "
                  "again.", n=1234567)
    assert expected in i18n.tr_label(refusal)  # a count a service writes {n:,} is grouped the same way
    assert "row 1234567" == i18n.tr_label(Msg("row {n}", n=1234567))  # a plain {n} (a row, a year) is not


def test_a_service_count_in_a_chinese_sentence_keeps_its_grouping(chinese):
    from lunar_desk.messages import Msg

    text = i18n.tr_label(Msg("The file has {n:,} errors; nothing was imported. Fix them in the file and preview the "
                             "import again.", n=1283))
    assert CJK.search(text) and "1,283" in text, text


def _fill_catalogue(db, n):
    from lunar_desk.services import demo

    with db.action() as s:
        demo.fill_reference(s)
        demo.fill_samples(s, n, seed=7)


def test_the_catalogue_count_follows_the_locale_of_an_english_laptop(window, db, qtbot, default_locale):
    default_locale(QLocale("en_CH"))  # an English interface keeps the system's own English locale
    _fill_catalogue(db, 1200)
    tab = window.catalogue
    tab.update_counts()
    qtbot.waitUntil(lambda: "1'200" in tab.count_label.text(), timeout=5000)
    assert tab.count_label.text().startswith("Showing 1'200 of 1'200 samples"), tab.count_label.text()


def test_the_catalogue_count_in_chinese(chinese_window, db, qtbot):
    _fill_catalogue(db, 1200)
    tab = chinese_window.catalogue
    tab.update_counts()
    qtbot.waitUntil(lambda: "1,200" in tab.count_label.text(), timeout=5000)
    assert tab.count_label.text().startswith("显示 1,200 / 1,200 个样品"), tab.count_label.text()


# --- the language choice ----------------------------------------------------------------------------


def test_language_choice_is_stored_and_offered_in_the_settings_menu(window, settings, message_boxes):
    assert i18n.chosen_language(QSettings(str(Path(settings.fileName()).with_name("other.ini")),
                                          QSettings.Format.IniFormat)) == i18n.system_language()
    window.language_actions["zh_CN"].trigger()
    assert settings.value(i18n.SETTINGS_KEY) == "zh_CN" and window.language_actions["zh_CN"].isChecked()
    assert message_boxes and "next time" in message_boxes[-1][1]  # applies at the next start
    reread = QSettings(settings.fileName(), QSettings.Format.IniFormat)
    assert i18n.chosen_language(reread) == "zh_CN"
    assert i18n.chosen_language(reread, override="en") == "en"  # lunar-desk --lang en
    window.choose_language("en")
    assert settings.value(i18n.SETTINGS_KEY) == "en" and window.language_actions["en"].isChecked()
    with pytest.raises(ValueError):
        i18n.set_language(settings, "xx")


@pytest.mark.parametrize("code, expected", [("zh", "zh_CN"), ("zh-CN", "zh_CN"), ("zh_Hans_CN", "zh_CN"),
                                            ("en_GB", "en"), ("en", "en"), ("fr", None), ("", None)])
def test_language_codes_are_normalised(code, expected):
    assert i18n.normalise(code) == expected


def test_compiled_translations_for_the_bundle(tmp_path):
    from PySide6.QtCore import QTranslator

    written = i18n.compile_translations(tmp_path / "translations")
    names = {p.name for p in written}
    assert {"lunar_desk_zh_CN.qm", "qtbase_zh_CN.qm"} <= names
    translator = QTranslator()
    assert translator.load(str(tmp_path / "translations" / "lunar_desk_zh_CN.qm"))
    assert translator.translate("MainWindow", "&File") == "文件(&F)"


def test_a_source_install_compiles_once_and_again_after_the_ts_changes(tmp_path, monkeypatch):
    cache = tmp_path / "cache"
    first = i18n.compiled_translation("zh_CN", cache)
    assert first.is_file() and i18n.compiled_translation("zh_CN", cache) == first
    folder = tmp_path / "resources" / "translations"
    folder.mkdir(parents=True)
    (folder / TS.name).write_text(TS.read_text(encoding="utf-8").replace("文件", "档案"), encoding="utf-8")
    monkeypatch.setattr(i18n, "translations_dir", lambda: folder)
    second = i18n.compiled_translation("zh_CN", cache)
    assert second != first and not first.exists()  # the stale one is cleaned up


def test_without_lrelease_the_window_stays_english_and_says_why(qapp, tmp_path, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "qt_tool", lambda name: None)
    before = QLocale()
    try:
        assert i18n.install_translators(qapp, "zh_CN", cache=tmp_path / "empty-cache") == "en"
        assert i18n.current_language() == "en"
        assert QApplication.translate("MainWindow", "&File") == "&File"
        assert "stays in English" in caplog.text and "lrelease" in caplog.text
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)
