"""Preferences an officer sets once: the backup policy and their own profile."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from lunar_desk.errors import ValidationError
from lunar_desk.services import settings
from lunar_desk.services.backups import daily_backup_if_due, list_backups
from lunar_desk.services.settings import BackupPolicy


def test_the_backup_policy_is_kept_and_bad_values_are_refused_by_field(db):
    with db.read() as s:
        assert settings.backup_policy(s) == BackupPolicy(7, 4, 12)
    with db.action() as s:
        settings.set_backup_policy(s, BackupPolicy(3, 2, 6))
    with db.read() as s:
        assert settings.backup_policy(s) == BackupPolicy(3, 2, 6)
    with pytest.raises(ValidationError) as err, db.action() as s:
        settings.set_backup_policy(s, BackupPolicy(0, 2, 6))
    assert err.value.field == "keep_daily"
    with db.read() as s:  # nothing half-written
        assert settings.backup_policy(s) == BackupPolicy(3, 2, 6)


def test_daily_backups_are_rotated_by_the_policy(db, paths):
    start = datetime(2026, 11, 1, 9, 0)
    for day in range(10):
        daily_backup_if_due(paths, now=start + timedelta(days=day), keep=(3, 0, 0))
    end = start + timedelta(days=10)
    kept = [b.created for b in list_backups(paths) if b.created < end]  # (opening the test db made today's)
    assert kept == [start + timedelta(days=d) for d in (9, 8, 7)]


def test_the_officer_profile_is_saved_and_validated(db):
    with db.action() as s:
        settings.set_officer_profile(s, db.officer_id, "Amina Rahman", "amina@apsco.int")
    with db.read() as s:
        assert settings.officer_profile(s, db.officer_id) == ("Amina Rahman", "amina@apsco.int")
    with pytest.raises(ValidationError) as err, db.action() as s:
        settings.set_officer_profile(s, db.officer_id, "Amina Rahman", "amina at apsco")
    assert err.value.field == "email"
    with pytest.raises(ValidationError) as err, db.action() as s:
        settings.set_officer_profile(s, db.officer_id, "  ", "")
    assert err.value.field == "name"
