"""The office-server set-up: the same schema, audit trail and guards on
PostgreSQL.  Each test works in its own fresh schema (see ``pg_url``)."""

from __future__ import annotations

from datetime import UTC

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlmodel import SQLModel

from lunar_desk.db import migrate
from lunar_desk.db.engine import make_engine
from lunar_desk.db.models import AuditLog, Institution, MemberState, Mission, Person
from lunar_desk.db.startup import open_database
from lunar_desk.errors import SchemaTooNew

APP_TABLES = set(SQLModel.metadata.tables)

NAMES = {
    "persian": ("Iran", "ایران", "سازمان فضایی ایران", "Reza Karimi", "رضا کریمی"),
    "thai": ("Thailand", "ประเทศไทย", "สำนักงานพัฒนาเทคโนโลยีอวกาศและภูมิสารสนเทศ", "Somchai Jaidee", "สมชาย ใจดี"),
    "chinese": ("China", "中国", "中国科学院地球化学研究所", "Li Wei", "李伟"),
    "mongolian": ("Mongolia", "Монгол Улс", "Шинжлэх Ухааны Академи", "Bat-Erdene Dorj", "Батэрдэнэ Дорж"),
}


@pytest.fixture
def pg_engine(pg_url):
    engine = make_engine(pg_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def pg_db(pg_paths):
    db, report = open_database(pg_paths, officer_login="test-officer")
    assert report.created
    try:
        yield db
    finally:
        db.dispose()


def test_each_test_starts_in_an_empty_schema(pg_engine):
    assert inspect(pg_engine).get_table_names() == []
    assert migrate.current_revision(pg_engine) is None


def test_migrations_reach_head(pg_engine):
    migrate.upgrade(pg_engine)
    assert migrate.current_revision(pg_engine) == migrate.SCHEMA_HEAD
    tables = set(inspect(pg_engine).get_table_names())
    assert tables == APP_TABLES | {"alembic_version"}
    migrate.upgrade(pg_engine)  # a second run changes nothing
    assert migrate.current_revision(pg_engine) == migrate.SCHEMA_HEAD
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM mission")).scalar_one() == 2


def test_models_match_the_migrated_schema(pg_engine):
    migrate.upgrade(pg_engine)
    with pg_engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        assert compare_metadata(ctx, SQLModel.metadata) == []


def test_open_database_on_a_server(pg_db, pg_paths):
    assert pg_db.officer_name == "test-officer"
    assert pg_paths.db_file is None
    assert not pg_paths.backups_dir.exists()  # server databases are backed up on the server
    with pg_db.read() as s:
        assert {m.code: m.name_zh for m in s.scalars(select(Mission))} == {"CE-5": "嫦娥五号", "CE-6": "嫦娥六号"}


@pytest.mark.parametrize("script", sorted(NAMES))
def test_non_latin_names_round_trip_with_their_audit_rows(pg_db, pg_paths, script):
    country, country_native, institute, person_latin, person_native = NAMES[script]
    with pg_db.action() as s:
        state = MemberState(name=country, name_zh=country_native)
        s.add(state)
        s.flush()
        inst = Institution(name=f"{country} institute", name_local=institute, member_state_id=state.id)
        s.add(inst)
        s.flush()
        person = Person(name_latin=person_latin, name_native=person_native, institution_id=inst.id)
        s.add(person)

    # Read back through a separate engine, as another officer's laptop would.
    other, _ = open_database(pg_paths, officer_login="second-officer")
    try:
        with other.read() as s:
            got_state = s.get(MemberState, state.id)
            got_inst = s.get(Institution, inst.id)
            got_person = s.get(Person, person.id)
            assert got_state.name_zh == country_native
            assert got_inst.name_local == institute
            assert got_person.name_native == person_native
            assert got_person.institution_id == inst.id and got_inst.member_state_id == state.id
            assert got_person.updated_at.tzinfo is not None
            assert got_person.updated_at.utcoffset() == UTC.utcoffset(None)
            assert got_person.origin == pg_db.installation

        with other.action() as s:
            p = s.get(Person, person.id)
            p.name_native = person_native + " (" + institute + ")"
            s.get(Institution, inst.id).name_local = institute[::-1]
    finally:
        other.dispose()

    with pg_db.read() as s:
        assert s.get(Person, person.id).name_native == person_native + " (" + institute + ")"
        assert s.get(Institution, inst.id).name_local == institute[::-1]
        rows = {
            (r.table_name, r.action): r
            for r in s.scalars(select(AuditLog).where(AuditLog.row_id.in_([str(state.id), str(inst.id), str(person.id)])))
        }
    assert set(rows) == {
        ("member_state", "insert"),
        ("institution", "insert"),
        ("person", "insert"),
        ("person", "update"),
        ("institution", "update"),
    }
    assert rows[("member_state", "insert")].changes["name_zh"] == [None, country_native]
    assert rows[("person", "insert")].officer_name == "test-officer"
    assert rows[("person", "update")].officer_name == "second-officer"
    assert rows[("person", "update")].changes == {"name_native": [person_native, person_native + " (" + institute + ")"]}
    assert rows[("institution", "update")].changes == {"name_local": [institute, institute[::-1]]}


def test_a_failed_action_leaves_no_audit_row(pg_db):
    with pg_db.engine.connect() as conn:
        before = conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one()
    with pytest.raises(DBAPIError):
        with pg_db.action() as s:
            s.add(MemberState(name="Peru"))
            s.add(MemberState(name="Peru"))
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == before
        assert conn.execute(text("SELECT count(*) FROM member_state")).scalar_one() == 0


@pytest.mark.parametrize(
    "statement",
    ["UPDATE audit_log SET officer_name = 'someone else'", "DELETE FROM audit_log"],
    ids=["update", "delete"],
)
def test_the_audit_log_is_append_only(pg_db, statement):
    with pg_db.action() as s:
        s.add(MemberState(name="Pakistan"))
    with pg_db.engine.connect() as conn:
        before = conn.execute(text("SELECT id, officer_name FROM audit_log ORDER BY id")).all()
    assert before
    with pytest.raises(DBAPIError, match="append-only"):
        with pg_db.engine.begin() as conn:
            conn.execute(text(statement))
    with pg_db.engine.connect() as conn:
        assert conn.execute(text("SELECT id, officer_name FROM audit_log ORDER BY id")).all() == before


def test_downgrade_to_base_and_upgrade_again(pg_engine):
    migrate.upgrade(pg_engine)
    with pg_engine.begin() as conn:
        command.downgrade(migrate.alembic_config(conn), "base")
    assert set(inspect(pg_engine).get_table_names()) == {"alembic_version"}
    assert migrate.current_revision(pg_engine) is None
    with pg_engine.connect() as conn:  # the trigger function went with the schema
        assert conn.execute(text("SELECT count(*) FROM pg_proc WHERE proname = 'audit_log_append_only'")).scalar_one() == 0

    migrate.upgrade(pg_engine)
    assert migrate.current_revision(pg_engine) == migrate.SCHEMA_HEAD
    with pg_engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO audit_log (id, at, officer_name, installation, table_name, row_id, action, changes) "
                "VALUES (gen_random_uuid(), now(), 'x', '', 't', '1', 'insert', '{}')"
            )
        )
    with pytest.raises(DBAPIError, match="append-only"):  # the guard is back
        with pg_engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_log"))


def test_a_server_database_from_a_newer_version_is_refused_untouched(pg_engine, pg_paths):
    migrate.upgrade(pg_engine)
    with pg_engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    with pytest.raises(SchemaTooNew):
        open_database(pg_paths, officer_login="test-officer")
    with pg_engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar_one() == "9999"
        assert conn.execute(text("SELECT count(*) FROM officer")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 0
