"""Capacity building: participants (never twice, Member State from their
institution), attendance, participation certificates numbered TC-<year>-NNN
for those who attended, materials, and counts per Member State."""

from __future__ import annotations

from datetime import date

import pytest
from results_world import build, text_pdf
from sqlalchemy import func, select

from lunar_desk.db.models_results import TrainingParticipant
from lunar_desk.errors import ValidationError
from lunar_desk.services import training, training_view
from lunar_desk.services.training import ActivityData, ParticipantData


@pytest.fixture
def w(db):
    return build(db)


def activity(db, title="NanoSIMS hands-on training", starts=date(2026, 4, 13), ends=date(2026, 4, 24)):
    with db.action() as s:
        return training.create_activity(s, ActivityData(title, "apparatus_training", "APSCO, CLEP", starts, ends,
                                                        "NAOC, Beijing")).id


def participants_count(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(TrainingParticipant))


def test_a_participant_listed_twice_is_refused_by_name_and_nothing_is_saved(db, w):
    a = activity(db)
    people = [ParticipantData(w.rezaei), ParticipantData(w.somchai), ParticipantData(w.batbayar),
              ParticipantData(w.somchai)]
    with pytest.raises(ValidationError, match="Somchai Wongsakul \\(สมชาย วงศ์สกุล\\) is listed twice") as info, \
            db.action() as s:
        training.add_participants(s, a, people)
    assert info.value.field == "participants" and "participants 2 and 4" in str(info.value)
    assert participants_count(db) == 0


def test_adding_someone_already_listed_is_refused_too(db, w):
    a = activity(db)
    with db.action() as s:
        training.add_participants(s, a, [ParticipantData(w.rezaei)])
    with pytest.raises(ValidationError, match="Mohammad Rezaei .* already a participant"), db.action() as s:
        training.add_participants(s, a, [ParticipantData(w.wang), ParticipantData(w.rezaei)])
    assert participants_count(db) == 1


def test_member_state_defaults_from_the_institution(db, w):
    a = activity(db)
    with db.action() as s:
        training.add_participants(s, a, [ParticipantData(w.batbayar), ParticipantData(w.rezaei, member_state_id=w.china)])
    with db.read() as s:
        view = training_view.activity_view(s, a)
    states = {p.name_latin: p.member_state for p in view.participants}
    assert states == {"Batbayar Gantulga": "Mongolia", "Mohammad Rezaei": "China"}


def test_certificates_go_to_those_who_attended_numbered_per_year(db, w):
    a = activity(db)
    b = activity(db, "Online course: Chang'e-5 spectra", date(2026, 10, 1), date(2026, 10, 3))
    with db.action() as s:
        made = training.add_participants(s, a, [ParticipantData(w.rezaei, attended=True), ParticipantData(w.somchai),
                                                ParticipantData(w.batbayar, attended=True)])
        absent = made[1].id
        training.add_participants(s, b, [ParticipantData(w.wang, attended=True)])
    with db.action() as s:
        issued = training.issue_certificates(s, a, date(2026, 4, 24))
        assert [(p.certificate_number, p.certificate_issued_on) for p in issued] == [
            ("TC-2026-001", date(2026, 4, 24)), ("TC-2026-002", date(2026, 4, 24))]  # Batbayar, then Rezaei
        assert [p.certificate_number for p in training.issue_certificates(s, b, date(2026, 10, 3))] == ["TC-2026-003"]
    with pytest.raises(ValidationError, match="not marked as having attended") as info, db.action() as s:
        training.issue_certificate(s, absent, date(2026, 4, 24))
    assert info.value.field == "attended"
    with pytest.raises(ValidationError, match="already has a certificate|Every participant"), db.action() as s:
        training.issue_certificates(s, a, date(2026, 4, 25))
    with db.action() as s:
        training.set_attended(s, absent, True)
        assert training.issue_certificate(s, absent, date(2027, 1, 4)).certificate_number == "TC-2027-001"
    with db.read() as s:
        rezaei = next(p for p in training_view.activity_view(s, a).participants if p.name_latin == "Mohammad Rezaei")
    with pytest.raises(ValidationError, match="TC-2026-002"), db.action() as s:
        training.set_attended(s, rezaei.id, False)


def test_counts_per_member_state(db, w):
    a = activity(db)
    b = activity(db, "Data analysis workshop", date(2026, 6, 1), date(2026, 6, 2))
    with db.action() as s:
        training.add_participants(s, a, [ParticipantData(w.rezaei, attended=True), ParticipantData(w.hosseini),
                                         ParticipantData(w.somchai, attended=True)])
        training.add_participants(s, b, [ParticipantData(w.hosseini, attended=True), ParticipantData(w.batbayar)])
        training.issue_certificates(s, a, date(2026, 4, 24))
    with db.read() as s:
        counts = {c.member_state: (c.participants, c.attended, c.certificates)
                  for c in training_view.counts_per_member_state(s)}
        only_b = {c.member_state: (c.participants, c.attended, c.certificates)
                  for c in training_view.counts_per_member_state(s, activity_id=b)}
    assert counts == {"Iran": (3, 2, 1), "Thailand": (1, 1, 1), "Mongolia": (1, 0, 0)}
    assert only_b == {"Iran": (1, 1, 0), "Mongolia": (1, 0, 0)}
    with db.read() as s:
        row = next(r for r in training_view.list_activities(s) if r.id == a)
    assert (row.participants, row.attended, row.certificates) == (3, 2, 2)


def test_bad_activity_dates_and_materials(db, w, tmp_path):
    with pytest.raises(ValidationError) as info, db.action() as s:
        training.create_activity(s, ActivityData("Workshop", "workshop", "APSCO", date(2026, 5, 2), date(2026, 5, 1)))
    assert info.value.field == "ends_on"
    a = activity(db)
    with db.action() as s:
        training.attach_material(s, db.paths.attachments_dir, a, text_pdf(tmp_path / "slides.pdf", ["NanoSIMS"]))
    with db.read() as s:
        assert [name for _, name, _ in training_view.activity_view(s, a).materials] == ["slides.pdf"]
