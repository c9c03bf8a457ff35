from __future__ import annotations

from sqlalchemy import select

from lunar_desk.db.backup import make_backup
from lunar_desk.db.models import MemberState


def test_backups_dialog_lists_and_restores(qtbot, window, monkeypatch):
    import lunar_desk.ui.backups_dialog as module

    paths = window.paths
    with window.db.action() as s:
        s.add(MemberState(name="Pakistan", iso3="PAK", name_zh="巴基斯坦"))
    backup = make_backup(paths, reason="manual")
    with window.db.action() as s:
        s.add(MemberState(name="Peru", iso3="PER", name_zh="秘鲁"))

    assert window.backups_action.isEnabled()
    dialog = window.backups_dialog()
    qtbot.addWidget(dialog)
    rows = [dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())]
    assert {r.text(1) for r in rows} >= {"manual", "daily"}
    row = next(r for r in rows if r.text(1) == "manual")
    assert row.text(3) == "0"  # samples

    dialog.tree.setCurrentItem(row)
    monkeypatch.setattr(module, "confirm", lambda *a, **k: False)
    assert dialog.restore_selected() is None  # cancelled: nothing happens
    assert window.db is not None

    monkeypatch.setattr(module, "confirm", lambda *a, **k: True)
    old_db = window.db
    assert dialog.restore_selected() is not None
    qtbot.waitUntil(lambda: dialog.operation is None and window.db is not None, timeout=10_000)
    assert window.db is not old_db
    with window.db.read() as s:
        assert sorted(s.scalars(select(MemberState.name))) == ["Pakistan"]
    assert any(b.text(1) == "before-restore" for b in
               (dialog.tree.topLevelItem(i) for i in range(dialog.tree.topLevelItemCount())))
    assert "Restored from" in window.statusBar().currentMessage()
    assert backup.exists()
