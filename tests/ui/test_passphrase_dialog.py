"""The passphrase dialog, and encrypted copies from File → Backups…"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit
from sqlalchemy import select

from lunar_desk.db.backup import make_backup
from lunar_desk.db.models import MemberState
from lunar_desk.services.encryption import is_encrypted
from lunar_desk.ui.passphrase_dialog import PassphraseDialog

PASS = "Beijing office safe 7"


def _ok(dialog) -> bool:
    return dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_new_passphrase_needs_ten_characters_typed_twice(qtbot):
    dialog = PassphraseDialog(new=True)
    qtbot.addWidget(dialog)
    assert dialog.passphrase_edit.echoMode() == QLineEdit.EchoMode.Password
    assert dialog.repeat_edit.echoMode() == QLineEdit.EchoMode.Password
    assert not _ok(dialog) and dialog.error.text() == ""

    qtbot.keyClicks(dialog.passphrase_edit, "lunar")
    assert not _ok(dialog) and "at least 10 characters (5 so far)" in dialog.error.text()
    qtbot.keyClicks(dialog.passphrase_edit, " samples")
    assert not _ok(dialog) and "same passphrase again" in dialog.error.text()
    qtbot.keyClicks(dialog.repeat_edit, "lunar sample")
    assert not _ok(dialog)
    qtbot.keyClick(dialog.repeat_edit, Qt.Key.Key_S)
    assert _ok(dialog) and dialog.error.text() == ""
    assert dialog.passphrase() == "lunar samples"


def test_passphrase_for_opening_only_needs_to_be_typed(qtbot):
    dialog = PassphraseDialog(new=False, prompt="copy.enc is encrypted.")
    qtbot.addWidget(dialog)
    assert dialog.repeat_edit.isHidden()
    assert not _ok(dialog)
    qtbot.keyClicks(dialog.passphrase_edit, "short")  # an old copy may have any passphrase; a wrong one fails later
    assert _ok(dialog)


def _type_passphrase(qtbot, typed: list, repeat: str | None = None):
    """Stand-in for PassphraseDialog.exec: the officer types and presses OK."""

    def fake_exec(dialog):
        qtbot.keyClicks(dialog.passphrase_edit, PASS)
        if dialog.new:
            qtbot.keyClicks(dialog.repeat_edit, repeat or PASS)
        typed.append(_ok(dialog))
        if not _ok(dialog):
            return PassphraseDialog.DialogCode.Rejected
        dialog.accept()
        return dialog.result()

    return fake_exec


def test_encrypted_copy_is_written_from_the_backups_dialog_and_restores(qtbot, window, tmp_path, monkeypatch):
    import lunar_desk.ui.backups_dialog as module

    with window.db.action() as s:
        s.add(MemberState(name="Türkiye", iso3="TUR", name_zh="土耳其"))
    make_backup(window.paths, reason="manual")
    dialog = window.backups_dialog()
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    dialog.tree.setCurrentItem(next(r for r in rows if r.text(1) == "manual"))
    assert dialog.encrypt_button.isEnabled()

    out = tmp_path / "usb" / "mission.lunardesk-backup.enc"
    out.parent.mkdir()
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, title, default, *a: (offered.append(default), (str(out), ""))[1])
    typed: list[bool] = []
    monkeypatch.setattr(PassphraseDialog, "exec", _type_passphrase(qtbot, typed))

    qtbot.mouseClick(dialog.encrypt_button, Qt.MouseButton.LeftButton)
    assert typed == [True]
    assert offered[0].endswith("-manual.lunardesk-backup.enc")
    qtbot.waitUntil(lambda: dialog.operation is None, timeout=10_000)
    assert is_encrypted(out)
    assert str(out) in window.statusBar().currentMessage()

    # Restoring the copy from the file asks for the passphrase, then brings back the records.
    with window.db.action() as s:
        s.add(MemberState(name="Peru", iso3="PER", name_zh="秘鲁"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(out), ""))
    monkeypatch.setattr(module, "confirm", lambda *a, **k: True)
    assert dialog.restore_from_file() is not None
    assert typed == [True, True]
    qtbot.waitUntil(lambda: dialog.operation is None and window.db is not None, timeout=10_000)
    with window.db.read() as s:
        assert list(s.scalars(select(MemberState.name))) == ["Türkiye"]


def test_mismatched_repeat_writes_nothing(qtbot, window, tmp_path, monkeypatch):
    make_backup(window.paths, reason="manual")
    dialog = window.backups_dialog()
    qtbot.addWidget(dialog)
    out = tmp_path / "copy.enc"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    typed: list[bool] = []
    monkeypatch.setattr(PassphraseDialog, "exec", _type_passphrase(qtbot, typed, repeat="something else"))
    assert dialog.save_encrypted_copy() is None
    assert typed == [False] and not out.exists()


def test_wrong_passphrase_on_restore_is_shown_and_changes_nothing(qtbot, window, tmp_path, monkeypatch, message_boxes):
    import lunar_desk.ui.backups_dialog as module
    from lunar_desk.services.backups import encrypted_copy

    with window.db.action() as s:
        s.add(MemberState(name="Pakistan", iso3="PAK", name_zh="巴基斯坦"))
    enc = encrypted_copy(window.paths, make_backup(window.paths), tmp_path / "c.enc", "another passphrase")
    dialog = window.backups_dialog()
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(enc), ""))
    monkeypatch.setattr(module, "confirm", lambda *a, **k: True)
    monkeypatch.setattr(PassphraseDialog, "exec", _type_passphrase(qtbot, []))
    assert dialog.restore_from_file() is not None
    qtbot.waitUntil(lambda: dialog.operation is None and window.db is not None, timeout=10_000)
    assert any("passphrase is wrong" in text for _, text in message_boxes)
    with window.db.read() as s:
        assert list(s.scalars(select(MemberState.name))) == ["Pakistan"]
