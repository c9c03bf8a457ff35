"""Two officers on one database (two laptops on the office server, or two
windows on one file) never silently overwrite each other: the second save of
the same record is refused with who changed it and when, and nothing of the
refused save is written."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lunar_desk.db.locking import local_time
from lunar_desk.db.models import Application, AuditLog, MemberState
from lunar_desk.db.startup import open_database
from lunar_desk.errors import ConcurrentEditError
from lunar_desk.services import applications as apps
from lunar_desk.services import catalogue
from lunar_desk.services.catalogue import SampleData

TODAY = date(2026, 11, 25)


@pytest.fixture
def two_officers(db, paths):
    """``db`` acts as test-officer; a second Database (own engine) on the same file acts as Li Wei."""
    other, _ = open_database(paths, officer_login="li.wei")
    with other.action() as s:
        from lunar_desk.db.models import Officer

        s.scalars(select(Officer).where(Officer.login == "li.wei")).one().name = "Li Wei"
    other.officer_name = "Li Wei"
    try:
        yield db, other
    finally:
        other.dispose()


@pytest.fixture
def pg_officers(pg_paths):
    first, report = open_database(pg_paths, officer_login="test-officer")
    assert report.created
    second, _ = open_database(pg_paths, officer_login="li.wei")
    second.officer_name = "Li Wei"
    assert first.engine is not second.engine
    try:
        yield first, second
    finally:
        second.dispose()
        first.dispose()


def new_application(db) -> Application:
    with db.action() as s:
        return apps.create_application(s, "research", title="Space weathering of CE-5 glass beads", today=TODAY)


def audit_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


def check_form_save_is_refused(mine, theirs) -> None:
    app = new_application(mine)
    # Both officers open the form (each reads the application and its version) …
    with mine.read() as s:
        my_form = apps.application_fields(s, app.id)
        my_version = apps.get_application(s, app.id).version
    with theirs.read() as s:
        their_form = apps.application_fields(s, app.id)
        their_version = apps.get_application(s, app.id).version
    # … Li Wei saves first …
    their_form.title = "Space weathering of Chang'e-5 glass beads"
    with theirs.action() as s:
        apps.update_application(s, app.id, their_form, expected_version=their_version)
    with theirs.read() as s:
        saved_at = apps.get_application(s, app.id).updated_at
    before = audit_count(mine)
    # … minutes later the first officer saves, in a new transaction, what the form still shows.
    my_form.title = "Glass beads"
    my_form.objectives = "Measure nanophase iron."
    with pytest.raises(ConcurrentEditError) as caught, mine.action() as s:
        apps.update_application(s, app.id, my_form, expected_version=my_version)
    message = str(caught.value)
    assert message.startswith(f"This application {app.reference} was changed by Li Wei at {local_time(saved_at)}")
    assert "Reload to see their changes, then make yours again." in message
    assert caught.value.officer == "Li Wei"
    with mine.read() as s:
        current = apps.get_application(s, app.id)
        assert current.title == "Space weathering of Chang'e-5 glass beads"
        assert current.objectives == ""
    assert audit_count(mine) == before
    # After reloading (reading the version again) the save goes through.
    with mine.read() as s:
        fresh_version = apps.get_application(s, app.id).version
    with mine.action() as s:
        apps.update_application(s, app.id, my_form, expected_version=fresh_version)
    with theirs.read() as s:
        assert apps.get_application(s, app.id).title == "Glass beads"


def check_racing_transactions(mine, theirs) -> None:
    with mine.action() as s:
        state = MemberState(name="Mongolia", name_zh="蒙古")
        s.add(state)
    a = mine.session()
    b = theirs.session()
    try:
        mine_copy = a.get(MemberState, state.id)
        their_copy = b.get(MemberState, state.id)
        their_copy.notes = "Joined the programme in 2023."
        b.commit()
        mine_copy.notes = "Observer until 2023."
        with pytest.raises(ConcurrentEditError, match="This Member State Mongolia was changed by Li Wei at"):
            a.commit()
    finally:
        a.close()
        b.close()
    with mine.read() as s:
        assert s.get(MemberState, state.id).notes == "Joined the programme in 2023."


def test_a_stale_form_save_is_refused_with_who_and_when(two_officers):
    check_form_save_is_refused(*two_officers)


def test_two_transactions_racing_on_one_row_the_second_is_refused(two_officers):
    check_racing_transactions(*two_officers)


def test_database_action_turns_a_stale_update_into_the_officer_message(two_officers):
    mine, theirs = two_officers
    with mine.action() as s:
        state = MemberState(name="Peru")
        s.add(state)
    with pytest.raises(ConcurrentEditError, match="This Member State Peru was changed by Li Wei"), mine.action() as s:
        copy = s.get(MemberState, state.id)
        with theirs.action() as t:
            t.get(MemberState, state.id).iso3 = "PER"
        copy.iso3 = "PE"
    with mine.read() as s:
        assert s.get(MemberState, state.id).iso3 == "PER"


def test_a_record_deleted_meanwhile_says_so(two_officers):
    mine, theirs = two_officers
    with mine.action() as s:
        state = MemberState(name="Indonesia")
        s.add(state)
    deleted = "This Member State Indonesia was deleted by Li Wei"
    with pytest.raises(ConcurrentEditError, match=deleted), mine.action() as s:
        copy = s.get(MemberState, state.id)
        with theirs.action() as t:
            t.delete(t.get(MemberState, state.id))
        copy.status = "signatory"


def test_sample_edit_with_a_stale_version_is_refused(two_officers):
    mine, theirs = two_officers
    with mine.action() as s:
        sample = catalogue.create_sample(s, SampleData("CE5C0400YJFM00406", "CE-5", 100_000))
    with mine.read() as s:
        form = catalogue.sample_detail(s, sample.id)
    with theirs.action() as s:
        data = form.as_data()
        data.location = "NAOC main store, cabinet 4"
        catalogue.update_sample(s, sample.id, data, expected_version=form.version)
    stale = form.as_data()
    stale.notes = "Re-weighed."
    changed = "This sample CE5C0400YJFM00406 was changed by Li Wei"
    with pytest.raises(ConcurrentEditError, match=changed), mine.action() as s:
        catalogue.update_sample(s, sample.id, stale, expected_version=form.version)
    with mine.read() as s:
        now = catalogue.sample_detail(s, sample.id)
    assert (now.location, now.notes) == ("NAOC main store, cabinet 4", "")


def test_saving_twice_from_the_same_form_is_refused_the_second_time(db):
    """The form must reload after a save: saving again with the old version is someone's stale edit."""
    app = new_application(db)
    with db.read() as s:
        form = apps.application_fields(s, app.id)
        version = apps.get_application(s, app.id).version
    form.title = "First"
    with db.action() as s:
        apps.update_application(s, app.id, form, expected_version=version)
    form.title = "Second"
    with pytest.raises(ConcurrentEditError, match="was changed by test-officer"), db.action() as s:
        apps.update_application(s, app.id, form, expected_version=version)


# --- the office server -------------------------------------------------------------


def test_postgres_stale_form_save_is_refused(pg_officers):
    check_form_save_is_refused(*pg_officers)


def test_postgres_racing_transactions(pg_officers):
    check_racing_transactions(*pg_officers)
