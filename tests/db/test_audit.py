"""The audit trail an officer relies on: every change to a record leaves
exactly one row saying who, where, what and old → new, in the same
transaction; nothing is logged for what was rolled back; the log cannot be
rewritten."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError, IntegrityError, StatementError

from lunar_desk.config import installation_id
from lunar_desk.db.models import AuditLog, Institution, MemberState, Person


def audit_rows(db, row_id=None) -> list[AuditLog]:
    with db.read() as s:
        q = select(AuditLog).order_by(AuditLog.at, AuditLog.id)
        if row_id is not None:
            q = q.where(AuditLog.row_id == str(row_id))
        return list(s.scalars(q))


def audit_count(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()


def add_state(db, name="Thailand", **kw) -> MemberState:
    with db.action() as s:
        state = MemberState(name=name, **kw)
        s.add(state)
    return state


def test_officer_is_the_test_officer(db):
    assert db.officer_name == "test-officer"
    assert db.officer_id is not None


def test_insert_writes_one_row_with_new_values_officer_and_installation(db, paths):
    state = add_state(db, "Thailand", iso3="THA", name_zh="泰国")
    rows = audit_rows(db, state.id)
    assert len(rows) == 1
    row = rows[0]
    assert row.action == "insert"
    assert row.table_name == "member_state"
    assert row.row_id == str(state.id)
    assert row.officer_name == "test-officer"
    assert row.officer_id == db.officer_id
    assert row.installation == db.installation == installation_id(paths.data_dir)
    assert row.changes["name"] == [None, "Thailand"]
    assert row.changes["iso3"] == [None, "THA"]
    assert row.changes["name_zh"] == [None, "泰国"]
    assert row.changes["id"] == [None, str(state.id)]
    assert not {"created_at", "updated_at", "origin"} & set(row.changes)
    assert row.at.tzinfo is not None


def test_update_writes_one_row_with_only_the_changed_fields_old_to_new(db):
    state = add_state(db, "Thailand", iso3="THA")
    with db.action() as s:
        st = s.get(MemberState, state.id)
        st.status = "signatory"
        st.notes = "Convention signed"
    rows = audit_rows(db, state.id)
    assert [r.action for r in rows] == ["insert", "update"]
    assert rows[1].changes == {"status": ["member", "signatory"], "notes": ["", "Convention signed"]}
    assert rows[1].officer_name == "test-officer"
    assert rows[1].installation == db.installation


def test_setting_a_field_to_its_current_value_logs_nothing(db):
    state = add_state(db, "Thailand", iso3="THA")
    before = audit_count(db)
    with db.action() as s:
        s.get(MemberState, state.id).iso3 = "THA"
    assert audit_count(db) == before


def test_delete_writes_one_row_with_the_old_values(db):
    state = add_state(db, "Pakistan", iso3="PAK")
    with db.action() as s:
        s.delete(s.get(MemberState, state.id))
    rows = audit_rows(db, state.id)
    assert [r.action for r in rows] == ["insert", "delete"]
    assert rows[1].changes["name"] == ["Pakistan", None]
    assert rows[1].changes["iso3"] == ["PAK", None]
    with db.read() as s:
        assert s.get(MemberState, state.id) is None


def test_several_records_in_one_action_each_get_their_row(db):
    with db.action(note="registered Iran") as s:
        iran = MemberState(name="Iran", iso3="IRN")
        s.add(iran)
        s.flush()
        inst = Institution(name="Iranian Space Research Center", member_state_id=iran.id)
        s.add(inst)
        s.flush()
        person = Person(name_latin="Reza Karimi", name_native="رضا کریمی", institution_id=inst.id)
        s.add(person)
    for record, table in ((iran, "member_state"), (inst, "institution"), (person, "person")):
        rows = audit_rows(db, record.id)
        assert [(r.action, r.table_name, r.note) for r in rows] == [("insert", table, "registered Iran")]
    assert audit_rows(db, person.id)[0].changes["name_native"] == [None, "رضا کریمی"]
    assert audit_rows(db, inst.id)[0].changes["member_state_id"] == [None, str(iran.id)]


def test_a_failed_action_leaves_neither_record_nor_audit_row(db):
    before = audit_count(db)
    with pytest.raises(RuntimeError):
        with db.action() as s:
            state = MemberState(name="Mongolia")
            s.add(state)
            s.flush()  # the audit row is written here, inside the transaction ...
            raise RuntimeError("officer pressed Cancel")  # ... and rolled back with it
    assert audit_count(db) == before
    with db.read() as s:
        assert s.get(MemberState, state.id) is None


def test_a_refused_write_leaves_no_audit_row(db):
    add_state(db, "Bangladesh")
    before = audit_count(db)
    with pytest.raises(IntegrityError):
        with db.action() as s:
            s.add(MemberState(name="Peru"))
            s.add(MemberState(name="Bangladesh"))  # unique name: the whole action fails
    assert audit_count(db) == before
    with db.read() as s:
        assert s.scalars(select(MemberState).where(MemberState.name == "Peru")).first() is None


def test_a_failed_update_keeps_the_old_value_and_logs_nothing(db):
    state = add_state(db, "Turkey")
    add_state(db, "Türkiye")
    before = audit_count(db)
    with pytest.raises(IntegrityError):
        with db.action() as s:
            s.get(MemberState, state.id).name = "Türkiye"
    assert audit_count(db) == before
    with db.read() as s:
        assert s.get(MemberState, state.id).name == "Turkey"


def test_insert_stamps_origin_and_utc_updated_at(db):
    start = datetime.now(UTC)
    state = add_state(db, "Peru")
    end = datetime.now(UTC)
    with db.read() as s:
        stored = s.get(MemberState, state.id)
        assert stored.origin == db.installation
        assert stored.updated_at.tzinfo is not None
        assert stored.updated_at.utcoffset().total_seconds() == 0
        assert start <= stored.updated_at <= end


def test_update_restamps_origin_and_updated_at_of_a_record_from_another_laptop(db):
    state = add_state(db, "Peru")
    other = str(uuid.uuid4())
    with db.engine.begin() as conn:  # as if received from another installation
        conn.execute(
            text("UPDATE member_state SET origin = :o, updated_at = '2024-05-01 08:00:00.000000' WHERE name = 'Peru'"),
            {"o": other},
        )
    with db.read() as s:
        stored = s.get(MemberState, state.id)
        assert stored.origin == other
        assert stored.updated_at == datetime(2024, 5, 1, 8, 0, tzinfo=UTC)
    start = datetime.now(UTC)
    with db.action() as s:
        s.get(MemberState, state.id).notes = "Visited Lima"
    with db.read() as s:
        stored = s.get(MemberState, state.id)
        assert stored.origin == db.installation
        assert stored.updated_at >= start
        created = stored.created_at
    # the stamps themselves are not changes the officer made
    assert audit_rows(db, state.id)[-1].changes == {"notes": ["", "Visited Lima"]}
    assert created <= stored.updated_at


def test_naive_timestamps_are_refused_and_nothing_is_written(db):
    before = audit_count(db)
    with pytest.raises(StatementError, match="naive datetime"):
        with db.action() as s:
            s.add(MemberState(name="Peru", created_at=datetime(2026, 1, 1)))
    assert audit_count(db) == before
    with db.read() as s:
        assert s.scalars(select(MemberState).where(MemberState.name == "Peru")).first() is None


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET officer_name = 'someone else'", "DELETE FROM audit_log"],
    ids=["update", "delete"],
)
def test_the_database_refuses_to_rewrite_the_audit_log(db, statement):
    add_state(db, "Thailand")
    rows = audit_rows(db)
    assert rows
    with pytest.raises(DBAPIError, match="append-only"):
        with db.engine.begin() as conn:
            conn.execute(text(statement))
    after = audit_rows(db)
    assert [(r.id, r.officer_name, r.changes) for r in after] == [(r.id, r.officer_name, r.changes) for r in rows]


def test_deleting_an_audit_row_through_a_session_fails_and_keeps_it(db):
    state = add_state(db, "Thailand")
    row_id = audit_rows(db, state.id)[0].id
    with pytest.raises(DBAPIError, match="append-only"):
        with db.action() as s:
            s.delete(s.get(AuditLog, row_id))
    with db.read() as s:
        assert s.get(AuditLog, row_id) is not None
