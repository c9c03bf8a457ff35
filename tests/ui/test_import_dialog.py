"""Import preview and import through the dialog, as an officer does it."""

from __future__ import annotations

from openpyxl import Workbook
from sqlalchemy import func, select

from lunar_desk.db.models import Sample
from lunar_desk.ui.catalogue.import_dialog import ImportDialog


def release_list(path, rows, *, title=True):
    wb = Workbook()
    ws = wb.active
    ws.title = "第11批"
    if title:
        ws.append(["嫦娥五号月球样品第十一批发布清单"])
        ws.append([])
    ws.append(["样品编号", "质量（毫克）", "类型", "批次", "备注"])
    for r in rows:
        ws.append(list(r))
    wb.save(path)
    return path


def samples(db):
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(Sample))


def open_dialog(qtbot, db, settings, path, batch=0):
    dialog = ImportDialog(db, None, settings)
    qtbot.addWidget(dialog)
    dialog.batch.setValue(batch)
    dialog.set_file(path)
    qtbot.waitUntil(lambda: dialog.plan is not None or "could not" in dialog.summary.text(), timeout=15_000)
    return dialog


def test_preview_then_import_all_rows(qtbot, db, settings, tmp_path):
    path = release_list(tmp_path / "batch11.xlsx", [
        ("CE5C0400YJFM00406", "12.5", "粉末", 11, ""),
        ("CE5C0400YJFM00407", "0.8 g", "粉末", 11, "for outreach"),
        ("CE6Z0200YJYX00012", "150", "岩屑", 11, ""),
    ])
    dialog = open_dialog(qtbot, db, settings, path)
    assert "release batch 11 does not exist" in str(dialog.plan.errors[0])
    dialog = open_dialog(qtbot, db, settings, path, batch=11)  # the officer imports into batch 11, creating it
    plan = dialog.plan
    assert (len(plan.adds), len(plan.errors)) == (2, 1), [str(e) for e in plan.errors]  # chips need a piece count
    assert not dialog.import_button.isEnabled()
    assert dialog.errors.topLevelItem(0).text(0) == "6"  # the file row, counted with the title rows
    assert "piece" in dialog.errors.topLevelItem(0).text(2)
    assert samples(db) == 0

    path = release_list(tmp_path / "batch11-fixed.xlsx", [
        ("CE5C0400YJFM00406", "12.5", "粉末", 11, ""),
        ("CE5C0400YJFM00407", "0.8 g", "粉末", 11, "for outreach"),
    ])
    dialog = open_dialog(qtbot, db, settings, path, batch=11)
    assert dialog.import_button.isEnabled() and dialog.tabs.tabText(0) == "To add (2)"
    assert dialog.adds.topLevelItem(1).text(5) == "800 mg"
    imported = []
    dialog.imported.connect(imported.append)
    dialog.start_import()
    qtbot.waitUntil(lambda: bool(imported), timeout=15_000)
    assert samples(db) == 2
    assert list(db.paths.backups_dir.glob("*before-import*.sqlite")), "an automatic backup is taken before importing"

    again = open_dialog(qtbot, db, settings, path, batch=11)
    assert not again.import_button.isEnabled() and "already matches" in again.summary.text()


def test_column_mapping_is_adjustable_and_remembered(qtbot, db, settings, tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["Sample number", "Amount (mg)", "Kind"])
    ws.append(["CE5C0400YJFM00406", 12.5, "powder"])
    path = tmp_path / "odd-headers.xlsx"
    wb.save(path)
    dialog = open_dialog(qtbot, db, settings, path)
    assert not dialog.import_button.isEnabled()  # 'Amount (mg)' is not recognised as the mass
    combo = dialog.mapping_combos["Amount (mg)"]
    combo.setCurrentIndex(combo.findData("mass"))
    dialog.operation = None
    dialog.read()
    qtbot.waitUntil(lambda: dialog.plan is not None and len(dialog.plan.adds) == 1, timeout=15_000)
    assert dialog.import_button.isEnabled()
    done = []
    dialog.imported.connect(done.append)
    dialog.start_import()
    qtbot.waitUntil(lambda: bool(done), timeout=15_000)
    # the next file with the same headers opens with the officer's mapping
    wb2 = Workbook()
    ws2 = wb2.active
    ws2.append(["Sample number", "Amount (mg)", "Kind"])
    ws2.append(["CE5C0400YJFM00500", 3, "powder"])
    wb2.save(tmp_path / "next.xlsx")
    second = open_dialog(qtbot, db, settings, tmp_path / "next.xlsx")
    assert second.mapping_combos["Amount (mg)"].currentData() == "mass"
    assert len(second.plan.adds) == 1 and second.import_button.isEnabled()


def test_a_western_windows_csv_is_read_with_its_accents_and_the_dialog_says_how(qtbot, db, settings, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_bytes("Sample number,Mass (mg),Type,Notes\r\nCE5C0400YJFM00406,12.5,powder,Comisión Nacional\r\n"
                     .encode("cp1252"))
    dialog = open_dialog(qtbot, db, settings, path)
    assert dialog.plan.ok and dialog.plan.adds[0].values["notes"] == "Comisión Nacional"
    assert "Windows-1252" in dialog.summary.text()


def test_why_a_file_could_not_be_read_is_said_in_the_interface_language(qtbot, db, settings, tmp_path, qapp,
                                                                        message_boxes):
    """The summary line put the reader's refusal into the translated sentence as its English text."""
    import re

    from PySide6.QtCore import QLocale

    from lunar_desk.ui import i18n

    path = tmp_path / "release.xlsx"
    path.write_bytes(b"not a workbook")
    before = QLocale()
    try:
        assert i18n.install_translators(qapp, "zh_CN", cache=tmp_path / "qm") == "zh_CN"
        dialog = ImportDialog(db, None, settings)
        qtbot.addWidget(dialog)
        operation = dialog.set_file(path)
        qtbot.waitUntil(lambda: not operation.running(), timeout=15_000)
        text = dialog.summary.text()
    finally:
        i18n.remove_translators(qapp)
        QLocale.setDefault(before)
    assert dialog.plan is None and len(message_boxes) == 1
    reason = text.split("release.xlsx", 1)[-1]
    assert "not a readable" not in text and re.search(r"[\u4e00-\u9fff]", reason), text
