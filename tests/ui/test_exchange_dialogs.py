"""The exchange dialogs as an officer uses them: export a bundle, check one
(a refused bundle says why), decide a conflict field by field and see the
chosen value in the records; set the exchange key; test the shared database."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from sqlalchemy import select

from lunar_desk.config import resolve_paths
from lunar_desk.db.migrate import SCHEMA_HEAD
from lunar_desk.db.models import Person
from lunar_desk.db.models_sync import ExchangePeer
from lunar_desk.db.startup import open_database
from lunar_desk.services import exchange, reference

KEY = "Beijing office 2026 — lunar samples"


@pytest.fixture
def other(template_db, tmp_path, db):
    """A second laptop ("Li Wei's laptop") and the test database, sharing the exchange key."""
    paths = resolve_paths(tmp_path / "li")
    paths.db_file.parent.mkdir(parents=True)
    shutil.copy(template_db, paths.db_file)
    laptop, _ = open_database(paths, officer_login="li.wei")
    for d in (db, laptop):
        with d.action() as s:
            exchange.set_exchange_key(s, KEY)
    yield laptop
    laptop.dispose()


def export(src, peer, path):
    with src.action() as s:
        exchange.export_changes(s, attachments_dir=src.paths.attachments_dir, out=path, peer_name=peer,
                                schema=SCHEMA_HEAD)


@pytest.fixture
def conflicting_bundle(db, other, tmp_path):
    """Both laptops changed the same person's e-mail and position since they last exchanged."""
    with other.action() as s:
        person_id = reference.add_person(s, "Bat-Erdene Dorj", name_native="Батэрдэнэ Дорж",
                                         email="dorj@mas.ac.mn").id
    first = tmp_path / "first.zip"
    export(other, "Office", first)
    with db.read() as s:
        bundle = exchange.open_bundle(s, first)
        plan = exchange.preview_import(s, bundle, "Li Wei's laptop")
    with db.action() as s:
        exchange.import_changes(s, bundle, plan, attachments_dir=db.paths.attachments_dir)
    with db.action() as s:
        p = s.get(Person, person_id)
        p.email, p.position = "b.dorj@mas.ac.mn", "Researcher"
    with other.action() as s:
        p = s.get(Person, person_id)
        p.email, p.position = "dorj.b@mas.ac.mn", "Senior researcher"
    path = tmp_path / "second.zip"
    export(other, "Office", path)
    return path, person_id


def test_the_conflict_preview_applies_the_chosen_field_values(window, db, qtbot, conflicting_bundle, message_boxes):
    path, person_id = conflicting_bundle
    dialog = window.import_changes_dialog(path)
    qtbot.addWidget(dialog)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    assert "Signature and SHA-256 of every part verified" in dialog.status.text()
    assert dialog.tabs.tabText(0) == "Conflicts (1)"
    panel = dialog.conflicts
    assert panel.list.topLevelItem(0).text(0) == "person Bat-Erdene Dorj"
    assert panel.list.topLevelItem(0).text(1) == "to decide"
    rows = {panel.fields.item(r, 0).text(): r for r in range(panel.fields.rowCount())}
    assert set(rows) == {"Email", "Position"}
    email = rows["Email"]
    assert (panel.fields.item(email, 1).text(), panel.fields.item(email, 2).text()) == (
        "b.dorj@mas.ac.mn", "dorj.b@mas.ac.mn")

    dialog.apply()  # undecided: refused with a message, nothing written
    assert message_boxes[-1][1].startswith("1 conflict is not decided yet")  # (the dialog's own check)
    panel.fields.cellWidget(email, 3).setCurrentIndex(panel.fields.cellWidget(email, 3).findData("theirs"))
    assert panel.fields.item(email, 4).text() == "dorj.b@mas.ac.mn"
    assert panel.list.topLevelItem(0).text(1) == "to decide"  # the position is still open
    position = rows["Position"]
    panel.fields.cellWidget(position, 3).setCurrentIndex(panel.fields.cellWidget(position, 3).findData("mine"))
    assert panel.list.topLevelItem(0).text(1) == "mixed"

    changed = []
    window.changed.connect(changed.append)
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    with db.read() as s:
        p = s.get(Person, person_id)
        assert (p.email, p.position) == ("dorj.b@mas.ac.mn", "Researcher")
    assert message_boxes[-1][1].startswith("Imported from Li Wei's laptop")
    assert changed and changed[-1].everything


def test_an_edited_value_and_a_rule(window, db, qtbot, conflicting_bundle):
    path, person_id = conflicting_bundle
    dialog = window.import_changes_dialog(path)
    qtbot.addWidget(dialog)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=20_000)
    panel = dialog.conflicts
    rows = {panel.fields.item(r, 0).text(): r for r in range(panel.fields.rowCount())}
    email = rows["Email"]
    panel.fields.cellWidget(email, 3).setCurrentIndex(panel.fields.cellWidget(email, 3).findData("edit"))
    panel.fields.item(email, 4).setText("bat-erdene.dorj@mas.ac.mn")
    dialog.rule.setCurrentIndex(dialog.rule.findData("theirs"))  # the rest: take theirs
    assert dialog.left.text() == ""
    dialog.apply_button.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    with db.read() as s:
        p = s.get(Person, person_id)
        assert (p.email, p.position) == ("bat-erdene.dorj@mas.ac.mn", "Senior researcher")


def test_a_tampered_bundle_is_refused_with_the_reason(window, db, qtbot, conflicting_bundle, tmp_path):
    path, _ = conflicting_bundle
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(path) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            zout.writestr(item.filename, data.replace(b"Senior", b"Junior") if item.filename.startswith("records/") else data)
    dialog = window.import_changes_dialog(bad)
    qtbot.addWidget(dialog)
    dialog.check()
    qtbot.waitUntil(lambda: dialog.status.text().startswith("✗"), timeout=20_000)
    assert "does not match its SHA-256" in dialog.status.text()
    assert not dialog.apply_button.isEnabled() and not dialog.tabs.isEnabled()


def test_export_dialog_writes_the_bundle_for_a_new_peer(window, db, qtbot, tmp_path, message_boxes):
    with db.action() as s:
        exchange.set_exchange_key(s, KEY)
        reference.add_member_state(s, "Türkiye", iso3="TUR")
    dialog = window.export_changes_dialog()
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()  # no peer named yet
    dialog.peer.setCurrentText("Office server")
    assert "New peer" in dialog.last.text()
    out = tmp_path / "for-office.zip"
    dialog.out.setText(str(out))
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    assert out.is_file() and dialog.result.counts["member_state"] >= 1
    assert "records and" in message_boxes[-1][1]
    with db.read() as s:
        assert s.scalars(select(ExchangePeer.name)).all() == ["Office server"]


def test_exchange_key_dialog_sets_the_key_masked(window, db, qtbot, message_boxes):
    dialog = window.exchange_key_dialog()
    qtbot.addWidget(dialog)
    assert dialog.key.echoMode() == dialog.key.EchoMode.Password
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    dialog.key.setText(KEY)
    dialog.repeat.setText(KEY + "x")
    assert not ok.isEnabled() and "differ" in dialog.error.text()
    dialog.repeat.setText(KEY)
    assert ok.isEnabled()
    ok.click()
    with db.read() as s:
        fingerprint = exchange.exchange_key_fingerprint(s)
    assert fingerprint and fingerprint in message_boxes[-1][1]
    assert KEY not in message_boxes[-1][1]


def test_shared_database_dialog_tests_the_connection_and_saves_it(window, qtbot, tmp_path, pg_server_url):
    from lunar_desk.ui.shared_db_dialog import saved_database_url

    settings = QSettings(str(tmp_path / "shared.ini"), QSettings.Format.IniFormat)
    window.settings = settings
    dialog = window.shared_database_dialog()
    qtbot.addWidget(dialog)
    dialog.url.setText(pg_server_url)
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert "Connected to PostgreSQL" in dialog.result.text()
    dialog.url.setText("postgresql+psycopg://officer@127.0.0.1:1/lunar_desk")
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
    assert dialog.result.text().startswith("✗ The server at 127.0.0.1:1 does not answer")
    dialog.url.setText(pg_server_url)
    dialog.save()
    assert saved_database_url(settings) == pg_server_url


def test_an_encrypted_bundle_goes_out_and_comes_in_through_the_dialogs(window, db, other, qtbot, tmp_path,
                                                                      message_boxes, monkeypatch):
    """Export → encrypted .zip.enc (asked for a new passphrase); import on the other laptop asks for it:
    a wrong one is refused with the reason and nothing is imported, the right one previews and applies,
    and closing the dialog removes the decrypted copy."""
    from lunar_desk.db.models import MemberState
    from lunar_desk.services.encryption import is_encrypted
    from lunar_desk.ui.exchange import export_dialog, import_dialog
    from lunar_desk.ui.exchange.import_dialog import ImportDialog

    passphrase = "sea of tranquillity, 1969"
    with db.action() as s:
        reference.add_member_state(s, "Thailand", iso3="THA")
    dialog = window.export_changes_dialog()
    qtbot.addWidget(dialog)
    dialog.peer.setCurrentText("Li Wei's laptop")
    dialog.out.setText(str(tmp_path / "for-li.zip"))
    dialog.encrypt.setChecked(True)
    assert dialog.out.text().endswith("for-li.zip.enc")
    asked = []
    monkeypatch.setattr(export_dialog, "ask_passphrase", lambda parent, new, prompt: asked.append(new) or passphrase)
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=20_000)
    out = tmp_path / "for-li.zip.enc"
    assert asked == [True] and is_encrypted(out) and not zipfile.is_zipfile(out)
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("for-li")] == [out.name]  # no plain copy left

    answers = iter(["not the passphrase", passphrase])
    monkeypatch.setattr(import_dialog, "ask_passphrase", lambda parent, new, prompt: next(answers))
    incoming = ImportDialog(other, None, out)
    qtbot.addWidget(incoming)
    incoming.check()
    qtbot.waitUntil(lambda: incoming.status.text().startswith("✗"), timeout=20_000)
    assert "passphrase is wrong" in incoming.status.text() and not incoming.apply_button.isEnabled()
    incoming.check()
    qtbot.waitUntil(lambda: incoming.plan is not None, timeout=20_000)
    plain_folder = Path(incoming._plain.name)
    assert plain_folder.is_dir()
    incoming.apply_button.click()
    qtbot.waitUntil(lambda: incoming.result is not None, timeout=20_000)
    with other.read() as s:
        assert "Thailand" in s.scalars(select(MemberState.name)).all()
    incoming.done(0)
    assert not plain_folder.exists()


def test_cancelling_the_passphrase_checks_nothing(window, db, other, qtbot, tmp_path, monkeypatch):
    from lunar_desk.services.encryption import encrypt_file
    from lunar_desk.ui.exchange import import_dialog
    from lunar_desk.ui.exchange.import_dialog import ImportDialog

    plain = tmp_path / "plain.zip"
    export(other, "Office", plain)
    sealed = encrypt_file(plain, tmp_path / "sealed.zip.enc", "sea of tranquillity, 1969")
    monkeypatch.setattr(import_dialog, "ask_passphrase", lambda parent, new, prompt: None)
    dialog = ImportDialog(db, None, sealed)
    qtbot.addWidget(dialog)
    assert dialog.check() is None and dialog.plan is None and dialog.operation is None
