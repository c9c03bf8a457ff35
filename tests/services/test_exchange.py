"""Exchange bundles as officers rely on them: records entered on three laptops
come together without loss; a change made on both sides is a conflict shown
field by field, a change made on one side is simply taken; a damaged,
tampered, foreign-keyed or wrongly signed bundle is refused with the reason
and writes nothing; importing twice changes nothing; deletions and
attachment files travel."""

from __future__ import annotations

import json
import shutil
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlmodel import SQLModel

from lunar_desk.config import resolve_paths
from lunar_desk.db.migrate import SCHEMA_HEAD
from lunar_desk.db.models import (
    Application,
    ApplicationMethod,
    AuditLog,
    Institution,
    MemberState,
    Person,
    TeamMember,
)
from lunar_desk.db.models_sync import DeletedRecord, ExchangePeer
from lunar_desk.db.startup import open_database
from lunar_desk.errors import BundleError, ConfigError, ValidationError
from lunar_desk.services import applications as apps
from lunar_desk.services import exchange, recycle_bin, reference
from lunar_desk.services.applications import MethodData
from lunar_desk.services.attachments import attachment_path
from lunar_desk.services.exchange import Resolution

KEY = "Beijing office 2026 — lunar samples"
TODAY = date(2026, 11, 25)


@pytest.fixture
def laptops(template_db, tmp_path):
    """Three laptops (A, B, C), each with its own migrated database, installation and officer, sharing the key."""
    opened = {}
    for name, officer in (("A", "amina"), ("B", "bolat"), ("C", "chen")):
        paths = resolve_paths(tmp_path / name)
        paths.db_file.parent.mkdir(parents=True)
        shutil.copy(template_db, paths.db_file)
        db, _ = open_database(paths, officer_login=officer)
        with db.action() as s:
            exchange.set_exchange_key(s, KEY)
        opened[name] = db
    yield opened
    for db in opened.values():
        db.dispose()


def export(db, peer: str, out: Path, **kw) -> exchange.ExportResult:
    with db.action(note=f"exchange export to {peer}") as s:
        return exchange.export_changes(s, attachments_dir=db.paths.attachments_dir, out=out, peer_name=peer,
                                       schema=SCHEMA_HEAD, **kw)


def preview(db, path: Path, peer: str | None = None):
    with db.read() as s:
        bundle = exchange.open_bundle(s, path)
        return bundle, exchange.preview_import(s, bundle, peer)


def apply(db, bundle, plan, resolutions=None, rule=None):
    with db.action(note=f"exchange import from {plan.peer_name}") as s:
        return exchange.import_changes(s, bundle, plan, resolutions, rule, attachments_dir=db.paths.attachments_dir)


def send(src, dst, tmp_path: Path, *, src_name: str, dst_name: str, rule=None, resolutions=None):
    path = tmp_path / f"{src_name}-to-{dst_name}-{len(list(tmp_path.glob('*.zip')))}.zip"
    export(src, dst_name, path)
    bundle, plan = preview(dst, path, src_name)
    apply(dst, bundle, plan, resolutions, rule)
    return plan


def snapshot(db) -> dict:
    """Every row of every table (the whole database as an officer could see it, plus bookkeeping)."""
    out = {}
    with db.read() as s:
        for table in SQLModel.metadata.sorted_tables:
            out[table.name] = sorted(repr(tuple(r)) for r in s.execute(select(table)))
    return out


def records(db, model, **where):
    with db.read() as s:
        q = select(model)
        for k, v in where.items():
            q = q.where(getattr(model, k) == v)
        return list(s.scalars(q))


@pytest.fixture
def application_on_a(laptops):
    a = laptops["A"]
    with a.action() as s:
        iran = reference.add_member_state(s, "Iran", iso3="IRN")
        isa = reference.add_institution(s, "Iranian Space Agency", member_state_id=iran.id, name_local="سازمان فضایی ایران")
        pi = reference.add_person(s, "Mohammad Rezaei", name_native="محمد رضایی", institution_id=isa.id,
                                  email="rezaei@isa.ir")
        app = apps.create_application(s, "research", institution_id=isa.id, title="Regolith maturity", today=TODAY)
        apps.add_team_member(s, app.id, pi.id, "pi")
        apps.add_method(s, app.id, MethodData("TEM", "Titan G2"))
    return app.id, pi.id


def test_round_trip_a_to_b_to_c_to_a_brings_everything_together(laptops, application_on_a, tmp_path):
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    app_id, person_id = application_on_a

    plan = send(a, b, tmp_path, src_name="A", dst_name="B")
    assert {ch.table for ch in plan.new} >= {"member_state", "institution", "person", "application", "team_member"}
    assert plan.conflicts == [] and plan.updated == []
    with b.action() as s:  # B works on the application
        f = apps.application_fields(s, app_id)
        f.objectives = "Measure nanophase iron in CE-5 soil."
        apps.update_application(s, app_id, f)
        apps.add_method(s, app_id, MethodData("Raman", "WITec alpha300"))

    plan = send(b, c, tmp_path, src_name="B", dst_name="C")
    assert plan.conflicts == []
    assert "application" in {ch.table for ch in plan.new}
    with c.action() as s:  # C corrects the person's e-mail
        s.get(Person, person_id).email = "m.rezaei@isa.ac.ir"

    plan = send(c, a, tmp_path, src_name="C", dst_name="A")
    assert plan.conflicts == []
    updated = {ch.table: ch for ch in plan.updated}
    assert set(updated) == {"application", "person"}
    assert [(f.field, f.mine, f.theirs) for f in updated["person"].fields] == [
        ("email", "rezaei@isa.ir", "m.rezaei@isa.ac.ir")]
    assert [ch.label for ch in plan.new if ch.table == "application_method"] == ["method Raman"]
    with a.read() as s:
        assert apps.get_application(s, app_id).objectives == "Measure nanophase iron in CE-5 soil."
        assert s.get(Person, person_id).email == "m.rezaei@isa.ac.ir"
        assert sorted(m.name for m in apps.methods(s, app_id)) == ["Raman", "TEM"]
    # The audit log on A records the merge, with who imported it and from where.
    notes = {e.note for e in records(a, AuditLog, row_id=str(person_id))}
    assert "exchange import from C" in notes
    with a.read() as s:
        peer = s.scalars(select(ExchangePeer).where(ExchangePeer.name == "C")).one()
        assert peer.last_import_at is not None and peer.last_bundle_sha256


def test_concurrent_edits_on_three_laptops_give_exactly_the_expected_conflicts(laptops, application_on_a, tmp_path):
    a, b, c = laptops["A"], laptops["B"], laptops["C"]
    _, person_id = application_on_a
    send(a, b, tmp_path, src_name="A", dst_name="B")
    send(b, c, tmp_path, src_name="B", dst_name="C")
    # Offline, all three edit the same person.
    with a.action() as s:
        s.get(Person, person_id).email = "a@isa.ir"
    with b.action() as s:
        s.get(Person, person_id).phone = "+98 21 1234 5678"
    with c.action() as s:
        s.get(Person, person_id).email = "c@isa.ir"

    # A → B: different fields changed on each side, so B merges without asking.
    plan = send(a, b, tmp_path, src_name="A", dst_name="B")
    assert plan.conflicts == []
    [merged] = [ch for ch in plan.updated if ch.table == "person"]
    assert {f.field: f.auto for f in merged.fields} == {"email": "theirs", "phone": "mine"}
    with b.read() as s:
        assert (s.get(Person, person_id).email, s.get(Person, person_id).phone) == ("a@isa.ir", "+98 21 1234 5678")

    # B → C: C changed the e-mail too: one conflict, on the e-mail only; the phone is simply taken.
    path = tmp_path / "b-to-c.zip"
    export(b, "C", path)
    bundle, plan = preview(c, path, "B")
    [conflict] = plan.conflicts
    assert conflict.table == "person" and conflict.conflict == "edited"
    assert [(f.field, f.mine, f.theirs) for f in conflict.open_fields] == [("email", "c@isa.ir", "a@isa.ir")]
    assert {f.field: f.auto for f in conflict.fields} == {"email": "", "phone": "theirs"}
    assert (conflict.mine_by, conflict.theirs_by) == ("chen", "bolat")  # B merged it
    assert conflict.mine_at is not None and conflict.theirs_at is not None
    with pytest.raises(ValidationError, match="1 conflict is not decided"):
        apply(c, bundle, plan)
    apply(c, bundle, plan, {conflict.key: Resolution(fields={"email": "mine"})})
    with c.read() as s:
        person = s.get(Person, person_id)
        assert (person.email, person.phone) == ("c@isa.ir", "+98 21 1234 5678")

    # C → A: C's state descends from A's edit (through B's merge), and C decided against it knowingly:
    # A is simply behind, no conflict to ask about again.
    plan = send(c, a, tmp_path, src_name="C", dst_name="A")
    assert plan.conflicts == []
    assert [ch.table for ch in plan.updated] == ["person"]
    # A → B brings C's decision to B without asking again; then everyone agrees and another round is quiet.
    plan = send(a, b, tmp_path, src_name="A", dst_name="B")
    assert [(ch.table, ch.kind) for ch in plan.changes if ch.table == "person"] == [("person", "update")]
    plan = send(b, c, tmp_path, src_name="B", dst_name="C")
    assert [ch for ch in plan.changes if ch.table == "person"] == []
    for db in (a, b, c):
        with db.read() as s:
            person = s.get(Person, person_id)
            assert (person.email, person.phone) in {("c@isa.ir", "+98 21 1234 5678")}


def test_newest_wins_rule_takes_the_later_change(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    _, person_id = application_on_a
    send(a, b, tmp_path, src_name="A", dst_name="B")
    with b.action() as s:
        s.get(Person, person_id).position = "Associate professor"
    with a.action() as s:  # later
        s.get(Person, person_id).position = "Professor"
    plan = send(b, a, tmp_path, src_name="B", dst_name="A", rule="newest")
    assert [ch.table for ch in plan.conflicts] == ["person"]
    with a.read() as s:
        assert s.get(Person, person_id).position == "Professor"


def test_an_edited_value_settles_a_conflict(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    app_id, _ = application_on_a
    send(a, b, tmp_path, src_name="A", dst_name="B")
    for db, title in ((a, "Regolith maturity (A)"), (b, "Regolith maturity (B)")):
        with db.action() as s:
            s.get(Application, app_id).title = title
    path = tmp_path / "b.zip"
    export(b, "A", path)
    bundle, plan = preview(a, path, "B")
    [conflict] = plan.conflicts
    apply(a, bundle, plan, {conflict.key: Resolution(choice="edit", values={"title": "Regolith maturity of CE-5 soil"})})
    with a.read() as s:
        assert s.get(Application, app_id).title == "Regolith maturity of CE-5 soil"


def test_importing_the_same_bundle_twice_changes_nothing(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    path = tmp_path / "a.zip"
    export(a, "B", path)
    bundle, plan = preview(b, path, "A")
    apply(b, bundle, plan)
    before = snapshot(b)
    bundle, plan = preview(b, path, "A")
    assert plan.already_imported_at is not None
    assert plan.nothing_to_do and plan.unchanged > 0
    result = apply(b, bundle, plan)
    assert (result.new, result.updated, result.deleted) == (0, 0, 0)
    assert snapshot(b) == before


def test_records_just_received_are_not_sent_back(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    app_id, _ = application_on_a
    send(a, b, tmp_path, src_name="A", dst_name="B")
    with b.action() as s:
        s.get(Application, app_id).notes = "Checked at the office."
    result = export(b, "A", tmp_path / "back.zip")
    assert result.counts == {"application": 1}  # only what B changed, not the records A sent
    result = export(b, "C", tmp_path / "to-c.zip")
    assert result.counts["person"] == 1 and result.counts["application"] == 1  # C has nothing yet


# --- refused bundles -------------------------------------------------------------------------


def rewrite(src: Path, dst: Path, change) -> None:
    """Copy a bundle, passing every member through ``change(name, data) -> data``."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            zout.writestr(item.filename, change(item.filename, zin.read(item.filename)))


def assert_refused(db, path: Path, match: str) -> None:
    before = snapshot(db)
    with pytest.raises(BundleError, match=match) as caught:
        bundle, plan = preview(db, path, "A")
        apply(db, bundle, plan)
    assert "Nothing was written." in str(caught.value) or "nothing" in str(caught.value).lower()
    assert snapshot(db) == before


@pytest.fixture
def bundle_from_a(laptops, application_on_a, tmp_path) -> Path:
    path = tmp_path / "from-a.zip"
    export(laptops["A"], "B", path)
    return path


def test_a_changed_record_is_refused(laptops, bundle_from_a, tmp_path):
    bad = tmp_path / "tampered.zip"

    def change(name, data):
        return data.replace(b"Regolith maturity", b"Regolith MATURITY") if name == "records/application.json" else data

    rewrite(bundle_from_a, bad, change)
    assert_refused(laptops["B"], bad, "records/application.json does not match its SHA-256")


def test_a_changed_manifest_is_refused(laptops, bundle_from_a, tmp_path):
    bad = tmp_path / "manifest.zip"

    def change(name, data):
        if name != "manifest.json":
            return data
        manifest = json.loads(data)
        manifest["officer"] = "somebody else"
        return json.dumps(manifest).encode()

    rewrite(bundle_from_a, bad, change)
    assert_refused(laptops["B"], bad, "signature does not match: the bundle was changed after it was written")


def test_a_truncated_bundle_is_refused(laptops, bundle_from_a, tmp_path):
    cut = tmp_path / "cut.zip"
    data = bundle_from_a.read_bytes()
    cut.write_bytes(data[: len(data) * 2 // 3])
    assert_refused(laptops["B"], cut, "damaged or was cut short")


def test_a_bundle_with_a_part_removed_is_refused(laptops, bundle_from_a, tmp_path):
    bad = tmp_path / "missing.zip"
    with zipfile.ZipFile(bundle_from_a) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            if item.filename != "records/person.json":
                zout.writestr(item.filename, zin.read(item.filename))
    assert_refused(laptops["B"], bad, "the part records/person.json is missing")


def test_a_bundle_signed_with_another_key_is_refused(laptops, bundle_from_a):
    b = laptops["B"]
    with b.action() as s:
        exchange.set_exchange_key(s, "a different passphrase entirely", replace=True)
    assert_refused(b, bundle_from_a, "signed with a different exchange key")


def test_an_unknown_format_version_is_refused(laptops, bundle_from_a, tmp_path):
    from lunar_desk.services import exchange_bundle as fmt

    bad = tmp_path / "v9.zip"
    key = fmt.derive_key(KEY)

    def change(name, data):
        if name == "manifest.json":
            manifest = json.loads(data)
            manifest["format_version"] = 9
            return fmt.canonical_json(manifest)
        return data

    rewrite(bundle_from_a, bad, change)
    with zipfile.ZipFile(bad, "a") as zf:  # re-signed with the right key, so only the version is wrong
        manifest_bytes = zf.read("manifest.json")
    rewrite(bad, tmp_path / "v9-signed.zip",
            lambda name, data: fmt.sign(key, manifest_bytes).encode() if name == "signature.txt" else data)
    assert_refused(laptops["B"], tmp_path / "v9-signed.zip", "exchange format version 9")


def test_references_to_records_neither_in_the_bundle_nor_here_are_refused(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    with a.read() as s:
        newest = max(x.updated_at for x in s.scalars(select(TeamMember)))
    with a.action() as s:  # a later person at the Iranian Space Agency, which B has never received
        isa = s.scalars(select(Institution)).one()
        reference.add_person(s, "Zahra Hosseini", name_native="زهرا حسینی", institution_id=isa.id)
    path = tmp_path / "since.zip"
    export(a, "B", path, since=newest)
    assert_refused(b, path, "refers to a institution .* that is neither in the bundle nor in this database")


def test_exporting_needs_the_exchange_key(db, tmp_path):
    with pytest.raises(ConfigError, match="No exchange key is set"):
        export(db, "Office server", tmp_path / "x.zip")
    assert not (tmp_path / "x.zip").exists()


def test_the_key_is_never_written_to_the_audit_log_and_changing_it_needs_confirmation(db):
    with db.action() as s:
        fingerprint = exchange.set_exchange_key(s, KEY)
    with pytest.raises(ValidationError, match="already set"), db.action() as s:
        exchange.set_exchange_key(s, "another passphrase here")
    with db.read() as s:
        logged = json.dumps([e.changes for e in s.scalars(select(AuditLog))], ensure_ascii=False)
        assert exchange.exchange_key_fingerprint(s) == fingerprint
    assert KEY not in logged and fingerprint in logged


# --- deletions, attachments, duplicates -------------------------------------------------------------


def test_deletions_travel_and_a_deletion_of_a_record_changed_here_is_a_conflict(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    app_id, _ = application_on_a
    with a.action() as s:
        zahra = reference.add_person(s, "Zahra Hosseini")
        member = apps.add_team_member(s, app_id, zahra.id, "member")
        apps.add_method(s, app_id, MethodData("SIMS", "Cameca IMS 1280"))
    send(a, b, tmp_path, src_name="A", dst_name="B")
    with a.read() as s:
        sims = next(m for m in apps.methods(s, app_id) if m.name == "SIMS")
    with a.action() as s:
        apps.remove_team_member(s, member.id)
        apps.remove_method(s, sims.id)
    with b.action() as s:  # meanwhile B edits the method A removes
        s.get(ApplicationMethod, sims.id).instruments = "Cameca IMS 1280-HR"

    path = tmp_path / "deletions.zip"
    export(a, "B", path)
    bundle, plan = preview(b, path, "A")
    assert [(ch.table, ch.label) for ch in plan.deleted] == [("team_member", "team member")]
    [conflict] = plan.conflicts
    assert (conflict.table, conflict.conflict, conflict.label) == ("application_method", "deleted_there", "method SIMS")
    apply(b, bundle, plan, {conflict.key: Resolution(choice="mine")})
    assert records(b, TeamMember, id=member.id) == []
    assert [m.instruments for m in records(b, ApplicationMethod, id=sims.id)] == ["Cameca IMS 1280-HR"]
    with b.read() as s:  # B's recycle bin can give the team member back
        assert [e.table for e in recycle_bin.contents(s)] == ["team_member"]

    # B's decision to keep the method travels back: A gets the method again, with B's change.
    plan = send(b, a, tmp_path, src_name="B", dst_name="A")
    assert plan.conflicts == []
    assert [m.instruments for m in records(a, ApplicationMethod, id=sims.id)] == ["Cameca IMS 1280-HR"]


def test_a_record_restored_from_the_recycle_bin_comes_back_on_the_other_laptop(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    app_id, _ = application_on_a
    send(a, b, tmp_path, src_name="A", dst_name="B")
    with a.read() as s:
        [tem] = apps.methods(s, app_id)
    with a.action() as s:
        apps.remove_method(s, tem.id)
    plan = send(a, b, tmp_path, src_name="A", dst_name="B")
    assert [c.label for c in plan.deleted] == ["method TEM"]
    with a.read() as s:
        [entry] = recycle_bin.contents(s)
    with a.action() as s:
        recycle_bin.restore(s, entry.id)
    plan = send(a, b, tmp_path, src_name="A", dst_name="B")
    assert plan.conflicts == [] and [c.label for c in plan.new] == ["method TEM"]
    assert [m.name for m in records(b, ApplicationMethod, id=tem.id)] == ["TEM"]
    with b.read() as s:
        assert recycle_bin.contents(s) == []  # B's bin entry is marked restored too


def test_attachments_travel_and_are_hash_checked(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    app_id, person_id = application_on_a
    cv = tmp_path / "cv-rezaei.pdf"
    cv.write_bytes(b"%PDF-1.4 CV of Mohammad Rezaei " * 100)
    with a.action() as s:
        att = apps.attach_file(s, a.paths.attachments_dir, app_id, cv, kind="cv", person_id=person_id)
    path = tmp_path / "with-file.zip"
    export(a, "B", path)

    bad = tmp_path / "bad-file.zip"
    rewrite(path, bad, lambda name, data: data.replace(b"Rezaei", b"Rezai!") if name.startswith("files/") else data)
    assert_refused(b, bad, f"the part files/{att.sha256} does not match its SHA-256")
    assert not attachment_path(b.paths.attachments_dir, att.sha256).exists()

    bundle, plan = preview(b, path, "A")
    result = apply(b, bundle, plan)
    assert result.files == 1
    stored = attachment_path(b.paths.attachments_dir, att.sha256)
    assert stored.read_bytes() == cv.read_bytes()
    with b.read() as s:
        [copy] = apps.application_attachments(s, app_id)
        assert (copy.sha256, copy.person_id, copy.name) == (att.sha256, person_id, "cv-rezaei.pdf")


def test_the_same_number_on_two_laptops_renumbers_one_and_the_same_thing_merges(laptops, tmp_path):
    a, b = laptops["A"], laptops["B"]
    send(a, b, tmp_path, src_name="A", dst_name="B")
    made = {}
    for name, db in (("A", a), ("B", b)):  # offline, each enters Thailand and a first application of 2026
        with db.action() as s:
            thailand = reference.add_member_state(s, "Thailand", iso3="THA")
            gistda = reference.add_institution(s, f"GISTDA ({name})", member_state_id=thailand.id)
            made[name] = (thailand.id, gistda.id, apps.create_application(s, "research", institution_id=gistda.id,
                                                                          title=f"Application from {name}",
                                                                          today=TODAY).id)
    path = tmp_path / "dups.zip"
    export(b, "A", path)
    bundle, plan = preview(a, path, "B")
    [dup] = plan.conflicts
    assert dup.conflict == "duplicate" and dup.label == "application APSCO-R-2026-001"
    assert dup.proposal == "APSCO-R-2026-002"
    thai = [ch for ch in plan.changes if ch.table == "member_state"]
    assert thai == [] or all(ch.local_id == str(made["A"][0]) for ch in thai)
    apply(a, bundle, plan, rule="mine")
    with a.read() as s:
        refs = {x.title: x.reference for x in s.scalars(select(Application))}
        assert refs == {"Application from A": "APSCO-R-2026-001", "Application from B": "APSCO-R-2026-002"}
        assert [m.name for m in s.scalars(select(MemberState).where(MemberState.name == "Thailand"))] == ["Thailand"]
        gistda_b = s.get(Institution, made["B"][1])
        assert gistda_b.member_state_id == made["A"][0]  # B's Thailand is ours
    # The renumbering travels back to B; B's Thailand record is kept there and A's is known as the same.
    send(a, b, tmp_path, src_name="A", dst_name="B")
    with b.read() as s:
        refs = {x.title: x.reference for x in s.scalars(select(Application))}
        assert refs == {"Application from A": "APSCO-R-2026-001", "Application from B": "APSCO-R-2026-002"}


def test_deleted_here_changed_there_can_be_kept_deleted(laptops, application_on_a, tmp_path):
    a, b = laptops["A"], laptops["B"]
    app_id, _ = application_on_a
    send(a, b, tmp_path, src_name="A", dst_name="B")
    with a.read() as s:
        [tem] = apps.methods(s, app_id)
    with a.action() as s:
        apps.remove_method(s, tem.id)
    with b.action() as s:
        s.get(ApplicationMethod, tem.id).instruments = "JEOL ARM200F"
    path = tmp_path / "b.zip"
    export(b, "A", path)
    bundle, plan = preview(a, path, "B")
    [conflict] = plan.conflicts
    assert conflict.conflict == "deleted_here"
    apply(a, bundle, plan, rule="mine")
    assert records(a, ApplicationMethod, id=tem.id) == []
    # The deletion goes back to B, where the method is then deleted too (B changed nothing since).
    plan = send(a, b, tmp_path, src_name="A", dst_name="B")
    assert [ch.label for ch in plan.deleted] == ["method TEM"]
    assert records(b, ApplicationMethod, id=tem.id) == []
    with b.read() as s:
        assert s.scalars(select(DeletedRecord).where(DeletedRecord.row_id == str(tem.id))).first() is not None


# --- the office server ----------------------------------------------------------------------------


def test_a_laptop_and_the_postgres_office_server_exchange_both_ways(laptops, application_on_a, pg_paths, tmp_path):
    a = laptops["A"]
    app_id, person_id = application_on_a
    server, report = open_database(pg_paths, officer_login="office")
    try:
        assert report.created
        with server.action() as s:
            exchange.set_exchange_key(s, KEY)
        plan = send(a, server, tmp_path, src_name="Amina's laptop", dst_name="Office server")
        assert plan.conflicts == [] and len(plan.new) >= 6
        with server.action() as s:  # at the office
            s.get(Person, person_id).position = "Head of planetary science"
        with a.action() as s:  # on mission
            s.get(Person, person_id).position = "Deputy head"
            s.get(Application, app_id).notes = "Met the PI in Tehran."
        path = tmp_path / "server-to-a.zip"
        export(server, "Amina's laptop", path)
        bundle, plan = preview(a, path, "Office server")
        [conflict] = plan.conflicts
        assert [(f.field, f.mine, f.theirs) for f in conflict.open_fields] == [
            ("position", "Deputy head", "Head of planetary science")]
        apply(a, bundle, plan, {conflict.key: Resolution(choice="theirs")})
        plan = send(a, server, tmp_path, src_name="Amina's laptop", dst_name="Office server")
        assert plan.conflicts == []
        assert {ch.table for ch in plan.updated} == {"application"}
        with server.read() as s:
            assert s.get(Person, person_id).position == "Head of planetary science"
            assert s.get(Application, app_id).notes == "Met the PI in Tehran."
    finally:
        server.dispose()


# --- in the officer's language -------------------------------------------------------------------------------


def test_summaries_conflicts_and_notes_are_translatable(laptops, tmp_path):
    """The export and import summaries, the preview's counts, what kind of conflict it is and the notes
    under a record are Msg sentences: translated, only the records' names stay as they are."""
    from translated_render import assert_translatable

    a, b = laptops["A"], laptops["B"]
    first = tmp_path / "first.zip"
    assert_translatable(export(a, "B", first).summary(), data=["first.zip"])
    for name, db in (("A", a), ("B", b)):
        with db.action() as s:
            thailand = reference.add_member_state(s, "Thailand", iso3="THA")
            gistda = reference.add_institution(s, f"GISTDA ({name})", member_state_id=thailand.id)
            apps.create_application(s, "research", institution_id=gistda.id, title=f"Application from {name}",
                                    today=TODAY)
    path = tmp_path / "dups.zip"
    result = export(b, "A", path, since=datetime(2026, 1, 1, tzinfo=UTC))
    assert result.summary().startswith(f"{result.records} records (since 2026-01-01 ")
    assert_translatable(result.summary(), data=["dups.zip"])
    bundle, plan = preview(a, path, "B")
    assert_translatable(plan.summary())
    [dup] = plan.conflicts
    assert_translatable(dup.conflict_text)
    records = ["APSCO-R-2026-001", "Thailand"]  # the record's own number or name; its noun is translated
    assert_translatable(dup.note, data=records)
    merged = [c.note for c in plan.changes if c.note]
    assert merged and all(assert_translatable(n, data=records) for n in merged)
    # the preview's field names are listed for the translators, every one the plan shows
    from lunar_desk.services.exchange_merge import FIELD_LABELS, field_label

    shown = {field_label(f.field) for c in plan.changes for f in c.fields}
    assert "Reference" in shown and shown <= set(FIELD_LABELS.values())
    imported = apply(a, bundle, plan, rule="mine")
    assert imported.summary().startswith("from B: ")
    assert_translatable(imported.summary())  # "B" is a single letter: no English left
