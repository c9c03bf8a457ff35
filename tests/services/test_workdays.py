"""Chinese working days: the Loan Agreement's 10-day signing deadline counted
over public holidays, the days off swapped for make-up weekends and the
make-up working weekends themselves; deadlines through a year whose
arrangement is not announced are provisional; an officer's entry of the
official arrangement overrides the library; every day not counted is
explained."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from lunar_desk.db.models import AuditLog, CalendarDay
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.services import review, workdays
from lunar_desk.services.workdays import WorkCalendar

LIB = WorkCalendar()  # the library and the weekends only

PROVISIONAL_2027 = (
    "provisional: the 2027 holiday arrangement has not been announced; enter it under Settings → Holiday calendar "
    "when the State Council publishes it"
)


def add(start: date, n: int = 10):
    return LIB.add_working_days(start, n)


def reasons(result) -> dict[date, tuple[str, bool]]:
    return {s.day: (s.reason, s.counted) for s in result.skipped}


# --- the library's calendar ------------------------------------------------------------------------------------


def test_an_ordinary_fortnight_skips_only_the_weekends():
    r = add(date(2026, 12, 10))  # Thursday
    assert r.deadline == date(2026, 12, 24)
    assert (r.provisional, r.note, r.unannounced_years) == (False, "", ())
    assert reasons(r) == {
        date(2026, 12, 12): ("Saturday", False), date(2026, 12, 13): ("Sunday", False),
        date(2026, 12, 19): ("Saturday", False), date(2026, 12, 20): ("Sunday", False),
    }
    # counting starts on the day after: one working day after a Friday is the Monday
    assert add(date(2026, 12, 11), 1).deadline == date(2026, 12, 14)
    assert add(date(2026, 12, 10), 0).deadline == date(2026, 12, 10)


def test_spring_festival_2026_skips_feb_15_to_23_and_counts_the_make_up_saturdays():
    r = add(date(2026, 2, 12))  # Thursday before the festival
    # Feb 13 (1), Sat Feb 14 make-up (2), Feb 24–27 (3–6), Sat Feb 28 make-up (7), Mar 2–4 (8–10)
    assert r.deadline == date(2026, 3, 4)
    assert not r.provisional
    got = reasons(r)
    assert got[date(2026, 2, 14)] == ("Saturday 2026-02-14 is a make-up working day (Spring Festival)", True)
    assert got[date(2026, 2, 28)] == ("Saturday 2026-02-28 is a make-up working day (Spring Festival)", True)
    not_counted = sorted(d for d, (_why, counted) in got.items() if not counted)
    assert not_counted == [date(2026, 2, d) for d in range(15, 24)] + [date(2026, 3, 1)]
    assert got[date(2026, 2, 15)] == ("Sunday (Spring Festival break)", False)
    for d in (16, 17, 18, 19):
        assert got[date(2026, 2, d)] == ("Spring Festival (public holiday)", False)
    assert got[date(2026, 2, 20)] == (
        "Spring Festival (day off in exchange for working on Saturday 2026-02-14)", False)
    assert got[date(2026, 2, 23)] == (
        "Spring Festival (day off in exchange for working on Saturday 2026-02-28)", False)
    assert got[date(2026, 3, 1)] == ("Sunday", False)
    festival = [s for s in r.skipped if s.day == date(2026, 2, 17)][0]
    assert (festival.holiday, festival.holiday_zh, festival.source) == ("Spring Festival", "春节", "calendar")
    assert r.holidays_skipped == ("Spring Festival",)


def test_national_day_2026_with_its_make_up_sunday_and_saturday():
    r = add(date(2026, 9, 17))
    # Sep 18 (1), Sun Sep 20 make-up (2), Sep 21–24 (3–6), [Mid-Autumn Sep 25], Sep 28–30 (7–9), [Oct 1–7], Oct 8 (10)
    assert r.deadline == date(2026, 10, 8)
    got = reasons(r)
    assert got[date(2026, 9, 20)] == ("Sunday 2026-09-20 is a make-up working day (National Day)", True)
    assert got[date(2026, 9, 25)] == ("Mid-Autumn Festival (public holiday)", False)
    assert got[date(2026, 9, 26)] == ("Saturday (Mid-Autumn Festival break)", False)
    assert [d for d in got if date(2026, 10, 1) <= d <= date(2026, 10, 7)] == [date(2026, 10, d) for d in range(1, 8)]
    assert got[date(2026, 10, 1)] == ("National Day (public holiday)", False)
    assert got[date(2026, 10, 4)] == ("Sunday (National Day break)", False)
    assert got[date(2026, 10, 7)] == ("National Day (day off in exchange for working on Saturday 2026-10-10)", False)
    # Saturday Oct 10 is a working day: three working days after Sep 30 are Oct 8, 9 and 10
    after = add(date(2026, 9, 30), 3)
    assert after.deadline == date(2026, 10, 10)
    assert reasons(after)[date(2026, 10, 10)] == ("Saturday 2026-10-10 is a make-up working day (National Day)", True)


def test_readable_holiday_names_in_english_and_chinese():
    assert LIB.day(date(2026, 4, 6)).reason == "Qingming Festival (public holiday)"
    labour = LIB.day(date(2026, 5, 1))
    assert (labour.reason, labour.holiday_zh, labour.working) == ("Labour Day (public holiday)", "劳动节", False)
    assert LIB.day(date(2026, 6, 19)).reason == "Dragon Boat Festival (public holiday)"
    assert LIB.day(date(2026, 6, 20)).reason == "Saturday (Dragon Boat Festival break)"
    assert LIB.day(date(2026, 1, 1)).holiday_zh == "元旦"
    assert LIB.day(date(2026, 2, 16)).reason == "Spring Festival (public holiday)"  # the library's "Chinese New Year's Eve"
    assert LIB.day(date(2026, 3, 3)) == workdays.DayInfo(date(2026, 3, 3), True, None)


def test_a_deadline_running_into_2027_is_provisional():
    r = add(date(2026, 12, 20))
    # Dec 21–25 (1–5), Dec 28–31 (6–9), [Jan 1 New Year, Jan 2–3 weekend], Jan 4 (10)
    assert r.deadline == date(2027, 1, 4)
    assert r.provisional and r.unannounced_years == (2027,)
    assert r.note == PROVISIONAL_2027
    assert reasons(r)[date(2027, 1, 1)] == ("New Year's Day (public holiday)", False)
    assert r.explanation().splitlines()[0] == (
        "10 Chinese working days counted from the day after 2026-12-20 end on Monday 2027-01-04.")
    assert r.explanation().splitlines()[-1].startswith("Provisional: the 2027 holiday arrangement has not been announced")
    # the library still knows 2027's statutory Spring Festival, only not its make-up days
    sf = add(date(2027, 2, 4), 3)
    assert sf.deadline == date(2027, 2, 15) and sf.provisional
    # ten working days ending on 2026-12-31 stay within the announced year
    assert not add(date(2026, 12, 17)).provisional
    assert workdays.provisional_note([2028, 2027]) == (
        "provisional: the 2027 and 2028 holiday arrangements have not been announced; enter them under "
        "Settings → Holiday calendar when the State Council publishes them")


def test_working_days_between_and_bad_counts():
    assert LIB.working_days_between(date(2026, 12, 17), date(2026, 12, 24)) == 5
    assert LIB.working_days_between(date(2026, 2, 12), date(2026, 3, 4)) == 10
    assert LIB.working_days_between(date(2026, 12, 24), date(2026, 12, 24)) == 0
    for bad in (-1, 1.5, True):
        with pytest.raises(ValidationError, match="whole number"):
            LIB.add_working_days(date(2026, 1, 5), bad)


# --- the officer's entries -------------------------------------------------------------------------------------


def entries(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(CalendarDay))


def audit_rows(db) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(AuditLog))


def test_officer_entries_override_the_library_and_announce_the_year(db):
    with db.read() as s:
        before = workdays.add_working_days(s, date(2026, 12, 20), 10)
        assert before.deadline == date(2027, 1, 4) and before.provisional
    with db.action() as s:
        # the 2027 arrangement as published: an extra day off on Monday Jan 4 ...
        workdays.set_calendar_day(s, date(2027, 1, 4), "holiday", "New Year 2027 (State Council notice)")
        # ... and Saturday Feb 20 a make-up working day
        workdays.set_calendar_day(s, date(2027, 2, 20), "workday", "Spring Festival 2027 make-up day")
    with db.read() as s:
        r = workdays.add_working_days(s, date(2026, 12, 20), 10)
        assert r.deadline == date(2027, 1, 5)
        assert (r.provisional, r.note) == (False, "")
        assert reasons(r)[date(2027, 1, 4)] == (
            "New Year 2027 (State Council notice) (holiday, entered under Settings → Holiday calendar)", False)
        assert [x.source for x in r.skipped if x.day == date(2027, 1, 4)] == ["officer"]
        assert workdays.is_working_day(s, date(2027, 2, 20))
        assert not workdays.is_working_day(s, date(2027, 1, 4))
        assert workdays.day_info(s, date(2027, 2, 20)).reason == (
            "Saturday 2027-02-20 is a make-up working day (Spring Festival 2027 make-up day, entered under "
            "Settings → Holiday calendar)")
        assert [c.day for c in workdays.calendar_entries(s, 2027)] == [date(2027, 1, 4), date(2027, 2, 20)]
        assert workdays.calendar_entries(s, 2026) == []
        # the decision letter's wording follows the calendar
        assert review.signing_deadline(s, date(2026, 12, 20)) == (
            date(2027, 1, 5), "10 Chinese working days after the date of this letter; New Year's Day holidays not counted")


def test_an_officer_workday_on_a_library_holiday_counts(db):
    with db.action() as s:
        workdays.set_calendar_day(s, date(2026, 10, 7), "workday", "Correction from the State Council notice")
        workdays.set_calendar_day(s, date(2026, 12, 26), "workday", "Extra make-up Saturday")
    with db.read() as s:
        r = workdays.add_working_days(s, date(2026, 9, 30), 1)
        assert r.deadline == date(2026, 10, 7)
        assert reasons(r)[date(2026, 10, 7)] == (
            "Wednesday 2026-10-07 is a working day (Correction from the State Council notice, entered under "
            "Settings → Holiday calendar)", True)
        assert workdays.add_working_days(s, date(2026, 12, 10), 10).deadline == date(2026, 12, 24)
        assert workdays.add_working_days(s, date(2026, 12, 17), 10).deadline == date(2026, 12, 30)  # was Dec 31
    with db.action() as s:
        workdays.remove_calendar_day(s, date(2026, 12, 26))
    with db.read() as s:
        assert workdays.add_working_days(s, date(2026, 12, 17), 10).deadline == date(2026, 12, 31)


def test_calendar_entries_are_validated_and_replaced_not_duplicated(db):
    before, audit_before = entries(db), audit_rows(db)
    for kwargs, match in (
        (dict(kind="vacation", note="x"), "not a kind of calendar day"),
        (dict(kind="holiday", note="   "), "Say what the day is"),
        (dict(kind="holiday", note="x" * 201), "at most 200"),
    ):
        with pytest.raises(ValidationError, match=match):
            with db.action() as s:
                workdays.set_calendar_day(s, date(2027, 1, 4), **kwargs)
    with pytest.raises(ValidationError, match="as a date"):
        with db.action() as s:
            workdays.set_calendar_day(s, "2027-01-04", "holiday", "text date")
    with pytest.raises(NotFoundError, match="no entry for 2027-01-04"):
        with db.action() as s:
            workdays.remove_calendar_day(s, date(2027, 1, 4))
    assert (entries(db), audit_rows(db)) == (before, audit_before)
    with db.action() as s:
        workdays.set_calendar_day(s, date(2027, 1, 4), "holiday", "First note")
    with db.action() as s:
        row = workdays.set_calendar_day(s, date(2027, 1, 4), "workday", "  Second   note ")
        assert (row.kind, row.note) == ("workday", "Second note")
    assert entries(db) == before + 1
    assert audit_rows(db) == audit_before + 2  # the insert and the update are in the audit log


def test_year_overview_for_the_settings_page(db):
    with db.read() as s:
        y26 = workdays.year_overview(s, 2026)
        assert (y26.announced, y26.announced_by, y26.note) == (True, "library", "")
        by_day = {d.day: d for d in y26.days}
        assert (by_day[date(2026, 2, 17)].kind, by_day[date(2026, 2, 17)].name, by_day[date(2026, 2, 17)].name_zh) == (
            "holiday", "Spring Festival", "春节")
        assert (by_day[date(2026, 2, 14)].kind, by_day[date(2026, 2, 14)].source) == ("workday", "calendar")
        y27 = workdays.year_overview(s, 2027)
        assert (y27.announced, y27.note) == (False, workdays.provisional_note([2027]))
        assert date(2027, 2, 8) in {d.day for d in y27.days}  # the statutory holidays are known
    with db.action() as s:
        workdays.set_calendar_day(s, date(2027, 2, 8), "workday", "Test override")
    with db.read() as s:
        y27 = workdays.year_overview(s, 2027)
        assert (y27.announced, y27.announced_by) == (True, "officer")
        entry = [d for d in y27.days if d.day == date(2027, 2, 8)][0]
        assert (entry.source, entry.kind, entry.note, entry.overrides_library) == ("officer", "workday", "Test override", True)


def test_the_decision_letter_hook_counts_the_deadline(db):
    with db.read() as s:
        assert review.signing_deadline(s, None)[0] is None
        assert review.signing_deadline(s, date(2026, 12, 10)) == (
            date(2026, 12, 24), "10 Chinese working days after the date of this letter")
        deadline, note = review.signing_deadline(s, date(2026, 2, 12))
        assert deadline == date(2026, 3, 4)
        assert note == "10 Chinese working days after the date of this letter; Spring Festival holidays not counted"
        deadline, note = review.signing_deadline(s, date(2026, 12, 20))
        assert deadline == date(2027, 1, 4)
        assert note.startswith("provisional:") and "2027 holiday arrangement" in note


# --- in the officer's language -------------------------------------------------------------------------------


def test_every_explanation_is_translatable_as_a_whole():
    """Each line of how a deadline was counted (weekday, festival, make-up day, provisional note) is a Msg
    built from Msg parts: translated, no English word is left; the English text is unchanged."""
    from translated_render import assert_translatable

    spring = add(date(2026, 2, 12))
    assert spring.explanation().splitlines()[0] == (
        "10 Chinese working days counted from the day after 2026-02-12 end on Wednesday 2026-03-04.")
    for day in spring.skipped:
        assert_translatable(day.reason)
        assert_translatable(day.text())
    assert_translatable(spring.explanation())
    festival = next(s for s in spring.skipped if s.day == date(2026, 2, 17))
    assert festival.holiday == "Spring Festival" and festival.holiday.template == "Spring Festival"
    assert festival.reason.values["holiday"] is festival.holiday  # the festival's name is translated with it
    late = add(date(2026, 12, 20))
    assert_translatable(late.note)
    assert_translatable(late.explanation())
    assert late.note.values["year"] == 2027
    assert_translatable(workdays.provisional_note([2028, 2027]))
    assert_translatable(workdays.provisional_note([2027, 2028], sentence=True))
    # an officer's note is theirs: kept as typed, the sentence around it is translated
    mine = WorkCalendar([(date(2027, 1, 4), "holiday", "State Council notice")]).day(date(2027, 1, 4))
    assert_translatable(mine.reason, data=["State Council notice"])


# --- whatever the laptop's locale -----------------------------------------------------------------------------


@pytest.mark.parametrize("env", [{}, {"LANG": "zh_CN.UTF-8"}, {"LANGUAGE": "zh_CN:zh"}, {"LC_ALL": "th_TH.UTF-8"}],
                         ids=["windows-no-locale-variables", "chinese-lang", "chinese-language", "thai-lc-all"])
def test_the_library_calendar_does_not_depend_on_the_locale_variables(monkeypatch, env):
    """A Windows laptop sets none of LANG/LANGUAGE/LC_*; a Linux one may set them to anything. The
    library would then name the days in Chinese or Thai, and the swapped days and festivals would
    not be recognised: the count and its explanation must be the same everywhere."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    workdays._library_year.cache_clear()
    try:
        r = add(date(2026, 2, 12))
        got = reasons(r)
    finally:
        workdays._library_year.cache_clear()
    assert r.deadline == date(2026, 3, 4)
    assert got[date(2026, 2, 14)] == ("Saturday 2026-02-14 is a make-up working day (Spring Festival)", True)
    assert got[date(2026, 2, 20)] == (
        "Spring Festival (day off in exchange for working on Saturday 2026-02-14)", False)
    assert r.holidays_skipped == ("Spring Festival",)
