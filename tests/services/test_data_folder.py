"""Moving to another data folder: the records are copied whole and verified, the old folder stays as it
was, and a copy that fails or is cancelled leaves nothing behind in the new one."""

from __future__ import annotations

import pytest

from lunar_desk.config import INSTALLATION_FILE, resolve_paths
from lunar_desk.db.models import Person
from lunar_desk.db.startup import open_database
from lunar_desk.errors import UserError, ValidationError
from lunar_desk.services import attachments as att
from lunar_desk.services import data_folder, reference


class Stop(Exception):
    """What a Cancel button raises from the progress callback."""


@pytest.fixture
def records(db, tmp_path):
    """Two people, each with an attached CV (two files in the store)."""
    ids = []
    for i, (name, native) in enumerate((("Mohammad Rezaei", "محمد رضایی"), ("Batbayar Gantulga", "Батбаяр Гантулга"))):
        cv = tmp_path / f"cv-{i}.pdf"
        cv.write_bytes(f"%PDF-1.4 CV of {name}\n".encode() * (i + 1))
        with db.action() as s:
            person = reference.add_person(s, name, name_native=native)
            att.store_attachment(s, db.paths.attachments_dir, cv, owner_table="person", owner_id=person.id,
                                 kind="cv", person_id=person.id)
            ids.append(person.id)
    return ids


def tree(folder):
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


def test_copy_carries_the_database_installation_id_and_attachments(db, records, tmp_path):
    target = tmp_path / "D drive" / "LunarDesk"
    before = tree(db.paths.data_dir)
    progress = []
    result = data_folder.copy_data_folder(db.paths, target, lambda done, total: progress.append((done, total)))
    assert result.folder == target and result.attachments == 2
    assert progress[0] == (0, 3) and progress[-1] == (3, 3)
    assert tree(db.paths.data_dir) == before  # the old folder is untouched
    assert (target / INSTALLATION_FILE).read_text() == (db.paths.data_dir / INSTALLATION_FILE).read_text()

    moved, report = open_database(resolve_paths(target), officer_login="test-officer")
    try:
        assert not report.created
        with moved.read() as s:
            for person_id in records:
                cv = att.attachments_of(s, "person", person_id)[0]
                assert att.verify_attachment(moved.paths.attachments_dir, cv) is None  # file there, hash right
            assert s.get(Person, records[0]).name_native == "محمد رضایی"
        assert moved.installation == db.installation  # the moved records keep this laptop's identity
    finally:
        moved.dispose()


def test_cancel_midway_leaves_no_trace_in_the_new_folder(db, records, tmp_path):
    target = tmp_path / "new"

    def cancel_after_first_attachment(done, total):
        if done == 2:
            raise Stop()

    with pytest.raises(Stop):
        data_folder.copy_data_folder(db.paths, target, cancel_after_first_attachment)
    assert not target.exists()


def test_cancel_into_an_existing_folder_keeps_what_was_there(db, records, tmp_path):
    target = tmp_path / "existing"
    target.mkdir()
    (target / "notes.txt").write_text("mine")

    def cancel_at_the_end(done, total):
        if done == total:
            raise Stop()

    with pytest.raises(Stop):
        data_folder.copy_data_folder(db.paths, target, cancel_at_the_end)
    assert tree(target) == ["notes.txt"]


def test_a_damaged_attachment_stops_the_copy_and_names_the_file(db, records, tmp_path):
    with db.read() as s:
        cv = att.attachments_of(s, "person", records[1])[0]
        stored = att.attachment_path(db.paths.attachments_dir, cv)
    stored.write_bytes(b"overwritten by something else")
    target = tmp_path / "new"
    with pytest.raises(ValidationError) as err:
        data_folder.copy_data_folder(db.paths, target)
    assert str(stored) in str(err.value) and "checksum" in str(err.value)
    assert not target.exists()


def test_a_folder_with_a_database_is_used_as_it_is_never_overwritten(db, records, tmp_path):
    other = tmp_path / "colleague"
    data_folder.copy_data_folder(db.paths, other)
    choice = data_folder.check_choice(db.paths, other)
    assert choice.existing and choice.folder == other
    before = (other / "lunar-desk.sqlite").read_bytes()
    with pytest.raises(ValidationError, match="holds a Lunar Desk database already"):
        data_folder.copy_data_folder(db.paths, other)
    assert (other / "lunar-desk.sqlite").read_bytes() == before


def test_a_damaged_database_in_the_chosen_folder_is_refused(db, tmp_path):
    other = tmp_path / "broken"
    other.mkdir()
    (other / "lunar-desk.sqlite").write_bytes(b"this is not a database" * 100)
    with pytest.raises(UserError):
        data_folder.check_choice(db.paths, other)


@pytest.mark.parametrize("where, message", [
    (lambda paths, tmp: paths.data_dir, "in use already"),
    (lambda paths, tmp: paths.backups_dir, "inside the data folder in use"),
    (lambda paths, tmp: tmp / "a-file.txt", "is a file, not a folder"),
])
def test_unusable_choices_are_refused_with_the_reason(db, tmp_path, where, message):
    (tmp_path / "a-file.txt").write_text("x")
    with pytest.raises(ValidationError, match=message) as err:
        data_folder.check_choice(db.paths, where(db.paths, tmp_path))
    assert err.value.field == "data_folder"


def test_checking_a_new_folder_does_not_leave_it_behind(db, tmp_path):
    choice = data_folder.check_choice(db.paths, tmp_path / "not yet")
    assert not choice.existing and not (tmp_path / "not yet").exists()


def test_a_server_database_has_no_folder_to_move(tmp_path):
    paths = resolve_paths(tmp_path, "postgresql+psycopg://officer@office/lunar_desk")
    with pytest.raises(ValidationError, match="server database"):
        data_folder.check_choice(paths, tmp_path / "elsewhere")


def test_a_network_folder_is_refused_and_the_office_server_suggested(db, tmp_path, monkeypatch):
    share = tmp_path / "office share"
    share.mkdir()
    mounts = tmp_path / "mounts"
    mounts.write_text(f"/dev/sda1 / ext4 rw 0 0\n//fileserver/records {str(share).replace(' ', chr(92) + '040')} cifs rw 0 0\n",
                      encoding="utf-8")
    monkeypatch.setattr(data_folder, "MOUNTS", mounts)
    with pytest.raises(ValidationError, match="network drive") as err:
        data_folder.check_choice(db.paths, share / "LunarDesk")
    assert "Shared database" in str(err.value) and err.value.field == "data_folder"
    with pytest.raises(ValidationError, match="network drive"):
        data_folder.check_choice(db.paths, "//fileserver/records/LunarDesk")  # a UNC path
    assert data_folder.check_choice(db.paths, tmp_path / "local disk").existing is False  # same disk, not the share


def test_a_temporary_file_left_in_the_store_by_a_crash_is_not_copied(db, records, tmp_path):
    leftover = db.paths.attachments_dir / ".incoming-abc123"
    leftover.write_bytes(b"half a file")
    result = data_folder.copy_data_folder(db.paths, tmp_path / "new")
    assert result.attachments == 2
    assert all(len(p.name) == 64 for p in (tmp_path / "new" / "attachments").rglob("*") if p.is_file())
