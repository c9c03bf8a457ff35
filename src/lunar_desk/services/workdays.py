"""Chinese working days: the calendar the Loan Agreement's signing deadline
is counted in (10 working days after the decision).

Sources, strongest first:

1. :class:`~lunar_desk.db.models.CalendarDay` rows — the State Council's
   official arrangement as an officer entered it (Settings → Holiday
   calendar).  ``holiday`` makes a day a day off, ``workday`` makes it a
   working day (a make-up weekend day, or a correction of the library);
2. the ``holidays`` library's China calendar: public holidays, the days
   off swapped for make-up weekends, and the make-up working weekend days;
3. plain weekends.

A year is *announced* when the library knows its make-up working days or
an officer entered at least one day of it.  The State Council publishes a
year's arrangement only around November–December of the year before, and
the library then knows the statutory holidays only approximately, so a
deadline counted through a year that is not announced is *provisional*
and says so.

Counting starts on the day after ``start``: 10 working days after a
decision on Thursday 2026-12-10 end on Thursday 2026-12-24.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays
from sqlalchemy import select
from sqlalchemy.orm import Session

from lunar_desk.db.models import CalendarDay, CalendarDayKind
from lunar_desk.errors import NotFoundError, ValidationError
from lunar_desk.messages import Msg, MsgList

#: The Loan Agreement is signed within this many Chinese working days of the decision.
SIGNING_WORKING_DAYS = 10
SETTINGS_PLACE = Msg("Settings → Holiday calendar")
NOTE_MAX = 200
MAX_SPAN_DAYS = 3660  # a count that runs longer than ten years means the calendar is broken

WEEKDAYS = (Msg("Monday"), Msg("Tuesday"), Msg("Wednesday"), Msg("Thursday"), Msg("Friday"), Msg("Saturday"),
            Msg("Sunday"))

# The library's English names → readable (English, Chinese) festival names.
HOLIDAY_NAMES: dict[str, tuple[str, str]] = {
    "New Year's Day": (Msg("New Year's Day"), "元旦"),
    "Chinese New Year's Eve": (Msg("Spring Festival"), "春节"),
    "Chinese New Year (Spring Festival)": (Msg("Spring Festival"), "春节"),
    "Chinese New Year Extended Holiday": (Msg("Spring Festival"), "春节"),
    "Tomb-Sweeping Day": (Msg("Qingming Festival"), "清明节"),
    "Labor Day": (Msg("Labour Day"), "劳动节"),
    "Dragon Boat Festival": (Msg("Dragon Boat Festival"), "端午节"),
    "Mid-Autumn Festival": (Msg("Mid-Autumn Festival"), "中秋节"),
    "National Day": (Msg("National Day"), "国庆节"),
    "70th Anniversary of the Victory of the Chinese People's War of Resistance against Japanese Aggression "
    "and the World Anti-Fascist War": (Msg("Victory Day (70th anniversary)"), "抗战胜利70周年纪念日"),
}
#: The language the holidays library names the days in (its ``locale/en_US/LC_MESSAGES/CN.mo``, bundled).
HOLIDAYS_LANGUAGE = "en_US"
_SUBSTITUTED = re.compile(r"^Day off \(substituted from (\d{1,2})/(\d{1,2})/(\d{4})\)$")
_OBSERVED = re.compile(r"\s*\(observed\)$")

SOURCE_WEEKEND = "weekend"
SOURCE_LIBRARY = "calendar"  # the holidays library
SOURCE_OFFICER = "officer"  # a CalendarDay row


def weekday_name(d: date) -> str:
    return WEEKDAYS[d.weekday()]


# --- results ------------------------------------------------------------------------------


@dataclass(frozen=True)
class SkippedDay:
    """A day the count did not take as an ordinary day: not counted (weekend,
    holiday) or counted although it looks like a day off (a make-up working day)."""

    day: date
    reason: str  # "Sunday", "Spring Festival (public holiday)", "Saturday 2026-02-14 is a make-up working day (Spring Festival)"
    counted: bool = False  # True for a make-up working day: it counts as a working day
    source: str = SOURCE_WEEKEND  # weekend / calendar (the holidays library) / officer (entered in Settings)
    holiday: str = ""  # readable festival name, e.g. "Spring Festival" ("" for a plain weekend)
    holiday_zh: str = ""  # e.g. "春节"

    @property
    def weekday(self) -> str:
        return weekday_name(self.day)

    def text(self) -> str:
        """One line of the explanation, e.g. '2026-02-15 Sunday: not counted (Sunday (Spring Festival break))'."""
        if self.counted:
            return Msg("{day} {weekday}: counted — {reason}", day=self.day, weekday=self.weekday, reason=self.reason)
        return Msg("{day} {weekday}: not counted — {reason}", day=self.day, weekday=self.weekday, reason=self.reason)


@dataclass(frozen=True)
class WorkdayResult:
    start: date
    n: int
    deadline: date
    provisional: bool
    note: str  # "" or "provisional: the 2027 holiday arrangement has not been announced; …"
    skipped: list[SkippedDay] = field(default_factory=list)
    unannounced_years: tuple[int, ...] = ()

    @property
    def holidays_skipped(self) -> tuple[str, ...]:
        """The public holidays (as the library names them) whose days off were not counted, in order."""
        names: list[str] = []
        for s in self.skipped:
            if not s.counted and s.source == SOURCE_LIBRARY and s.holiday and s.holiday not in names:
                names.append(s.holiday)
        return tuple(names)

    def explanation(self) -> str:
        """How the deadline was counted, one line per day that is not an ordinary working day."""
        head = Msg("{n} Chinese working days counted from the day after {start} end on {weekday} {deadline}.",
                   n=self.n, start=self.start, weekday=weekday_name(self.deadline), deadline=self.deadline)
        lines = [head] + [s.text() for s in self.skipped]
        if self.unannounced_years:
            lines.append(provisional_note(self.unannounced_years, sentence=True))
        elif self.note:
            lines.append(self.note[0].upper() + self.note[1:] + ".")
        return MsgList(lines, "\n")


@dataclass(frozen=True)
class DayInfo:
    day: date
    working: bool
    reason: str | None  # None for an ordinary working day (Monday–Friday, no holiday)
    source: str = SOURCE_WEEKEND
    holiday: str = ""
    holiday_zh: str = ""


# --- the library, per year ---------------------------------------------------------------------


@dataclass(frozen=True)
class _LibraryYear:
    # day → (festival, festival_zh, make-up working day it was swapped for or None)
    days_off: dict[date, tuple[str, str, date | None]]
    # make-up working day → (festival, festival_zh) ("" when the library does not say)
    makeup: dict[date, tuple[str, str]]


def _readable(name: str) -> tuple[str, str]:
    parts = []
    for part in name.split("; "):
        key = _OBSERVED.sub("", part.strip())
        parts.append(HOLIDAY_NAMES.get(key, (key, "")))
    names = list(dict.fromkeys(p[0] for p in parts))
    en = names[0]
    for other in names[1:]:
        en = Msg("{first} and {second}", first=en, second=other)
    zh = "、".join(dict.fromkeys(p[1] for p in parts if p[1]))
    return en, zh


@lru_cache(maxsize=64)
def _library_year(year: int) -> _LibraryYear:
    # The names parsed below are the library's English ones. Without ``language`` the library picks
    # its language from LANG/LANGUAGE/LC_*, which a Windows laptop does not set: it then names the
    # days in Chinese ("休息日（由 … 调休）") and the swapped days are not recognised.
    cal = holidays.China(years={year, year + 1}, language=HOLIDAYS_LANGUAGE)
    named: dict[date, tuple[str, str]] = {}
    swapped: dict[date, date | None] = {}
    for day, name in cal.items():
        m = _SUBSTITUTED.match(name)
        if m:
            swapped[day] = date(int(m.group(3)), int(m.group(1)), int(m.group(2)))
        elif ";" in name and any(_SUBSTITUTED.match(p) for p in name.split("; ")):
            rest = "; ".join(p for p in name.split("; ") if not _SUBSTITUTED.match(p))
            named[day] = _readable(rest)
        else:
            named[day] = _readable(name)

    def festival_near(day: date) -> tuple[str, str]:
        """The festival of the holiday run a swapped day off belongs to (nearest named day, earlier first)."""
        for step in (-1, 1):
            d = day
            for _ in range(12):
                d += timedelta(days=step)
                if d in named:
                    return named[d]
                if d not in swapped and d.weekday() < 5:
                    break
        return (Msg("Public holiday"), "")

    days_off: dict[date, tuple[str, str, date | None]] = {}
    makeup: dict[date, tuple[str, str]] = {}
    for day, names in named.items():
        days_off[day] = (names[0], names[1], None)
    for day, source in swapped.items():
        en, zh = festival_near(day)
        days_off[day] = (en, zh, source)
        if source is not None:
            makeup[source] = (en, zh)
    for day in cal.weekend_workdays:
        makeup.setdefault(day, ("", ""))
    return _LibraryYear(
        days_off={d: v for d, v in days_off.items() if d.year == year},
        makeup={d: v for d, v in makeup.items() if d.year == year},
    )


def library_announced(year: int) -> bool:
    """The holidays library knows the year's official arrangement (it lists make-up working days)."""
    return bool(_library_year(year).makeup)


# --- the calendar ---------------------------------------------------------------------------------


class WorkCalendar:
    """The working-day calendar: officer entries over the library over weekends.

    Plain Python (no database); build it with :func:`calendar` from a
    session, or directly from ``(day, kind, note)`` entries.
    """

    def __init__(self, entries: Iterable[tuple[date, str, str]] = ()) -> None:
        self._entries: dict[date, tuple[str, str]] = {d: (kind, note) for d, kind, note in entries}
        self._entry_years = {d.year for d in self._entries}

    @classmethod
    def from_session(cls, session: Session) -> WorkCalendar:
        return cls((c.day, c.kind, c.note) for c in session.scalars(select(CalendarDay)))

    def announced(self, year: int) -> bool:
        return year in self._entry_years or library_announced(year)

    def _base(self, d: date) -> DayInfo:
        """The day from its sources, without the holiday-break note on weekends."""
        wd = weekday_name(d)
        lib = _library_year(d.year)
        entry = self._entries.get(d)
        if entry is not None:
            kind, note = entry
            if kind == CalendarDayKind.HOLIDAY:
                return DayInfo(d, False, Msg("{note} (holiday, entered under {place})", note=note, place=SETTINGS_PLACE),
                               SOURCE_OFFICER, note, "")
            if d.weekday() < 5 and d not in lib.days_off:
                return DayInfo(d, True, None, SOURCE_OFFICER)
            if d.weekday() >= 5:
                reason = Msg("{weekday} {day} is a make-up working day ({note}, entered under {place})",
                             weekday=wd, day=d, note=note, place=SETTINGS_PLACE)
            else:
                reason = Msg("{weekday} {day} is a working day ({note}, entered under {place})",
                             weekday=wd, day=d, note=note, place=SETTINGS_PLACE)
            return DayInfo(d, True, reason, SOURCE_OFFICER, note, "")
        if d in lib.days_off:
            en, zh, swapped_for = lib.days_off[d]
            if swapped_for is not None:
                reason = Msg("{holiday} (day off in exchange for working on {weekday} {day})",
                             holiday=en, weekday=weekday_name(swapped_for), day=swapped_for)
            else:
                reason = Msg("{holiday} (public holiday)", holiday=en)
            return DayInfo(d, False, reason, SOURCE_LIBRARY, en, zh)
        if d in lib.makeup:
            en, zh = lib.makeup[d]
            if en:
                reason = Msg("{weekday} {day} is a make-up working day ({holiday})", weekday=wd, day=d, holiday=en)
            else:
                reason = Msg("{weekday} {day} is a make-up working day", weekday=wd, day=d)
            return DayInfo(d, True, reason, SOURCE_LIBRARY, en, zh)
        if d.weekday() >= 5:
            return DayInfo(d, False, wd, SOURCE_WEEKEND)
        return DayInfo(d, True, None, SOURCE_WEEKEND)

    def day(self, d: date) -> DayInfo:
        """Whether ``d`` is a working day and why (a weekend inside a holiday run says which)."""
        if isinstance(d, datetime):
            d = d.date()
        info = self._base(d)
        if info.working or info.source != SOURCE_WEEKEND:
            return info
        # A weekend next to days off: part of that festival's break (e.g. Sunday 2026-02-15, Spring Festival).
        for step in (-1, 1):
            x = d
            for _ in range(12):
                x += timedelta(days=step)
                other = self._base(x)
                if other.working:
                    break
                if other.holiday:
                    return DayInfo(d, False, Msg("{reason} ({holiday} break)", reason=info.reason, holiday=other.holiday),
                                   SOURCE_WEEKEND,
                                   other.holiday, other.holiday_zh)
        return info

    def is_working_day(self, d: date) -> bool:
        return self._base(d).working

    def add_working_days(self, start: date, n: int) -> WorkdayResult:
        """The ``n``-th working day after ``start`` (counting from the next day), with every day explained."""
        if isinstance(start, datetime):
            start = start.date()
        if not isinstance(start, date):
            raise ValidationError(Msg("Give the date to count from."), field="start")
        if isinstance(n, bool) or not isinstance(n, int) or n < 0:
            raise ValidationError(Msg("The number of working days is a whole number, zero or more."), field="n")
        d = start
        counted = 0
        skipped: list[SkippedDay] = []
        while counted < n:
            d += timedelta(days=1)
            if (d - start).days > MAX_SPAN_DAYS:
                raise ValidationError(
                    Msg(
                        "Counting {n} working days from {start} found no working days for ten years: check the "
                        "entries under {SETTINGS_PLACE}.",
                        n=n, start=start, SETTINGS_PLACE=SETTINGS_PLACE),
                    field="calendar",
                )
            info = self.day(d)
            if info.working:
                counted += 1
            if info.reason is not None:
                skipped.append(SkippedDay(d, info.reason, info.working, info.source, info.holiday, info.holiday_zh))
        first = (start + timedelta(days=1)).year
        years = tuple(y for y in range(first, d.year + 1) if not self.announced(y)) if n > 0 else ()
        return WorkdayResult(start=start, n=n, deadline=d, provisional=bool(years), note=provisional_note(years),
                             skipped=skipped, unannounced_years=years)

    def working_days_between(self, after: date, until: date) -> int:
        """How many working days fall after ``after`` up to and including ``until`` (0 if ``until`` ≤ ``after``)."""
        n = 0
        d = after
        while d < until:
            d += timedelta(days=1)
            if self.is_working_day(d):
                n += 1
        return n


def provisional_note(years: Iterable[int], *, sentence: bool = False) -> str:
    """"provisional: the 2027 holiday arrangement has not been announced; …" ("" when every year is announced);
    ``sentence`` gives it as a sentence of its own ("Provisional: … publishes it.")."""
    years = sorted(set(years))
    if not years:
        return ""
    if len(years) == 1:
        if sentence:
            return Msg("Provisional: the {year} holiday arrangement has not been announced; enter it under {place} "
                       "when the State Council publishes it.", year=years[0], place=SETTINGS_PLACE)
        return Msg("provisional: the {year} holiday arrangement has not been announced; enter it under {place} "
                   "when the State Council publishes it", year=years[0], place=SETTINGS_PLACE)
    listed = Msg("{first} and {last}", first=", ".join(str(y) for y in years[:-1]), last=years[-1])
    if sentence:
        return Msg("Provisional: the {years} holiday arrangements have not been announced; enter them under {place} "
                   "when the State Council publishes them.", years=listed, place=SETTINGS_PLACE)
    return Msg("provisional: the {years} holiday arrangements have not been announced; enter them under {place} "
               "when the State Council publishes them", years=listed, place=SETTINGS_PLACE)


# --- with the database ---------------------------------------------------------------------------


def calendar(session: Session) -> WorkCalendar:
    """The calendar with every officer entry of this database."""
    return WorkCalendar.from_session(session)


def add_working_days(session: Session, start: date, n: int) -> WorkdayResult:
    """The ``n``-th Chinese working day after ``start`` (the day after ``start`` is the first counted)."""
    return calendar(session).add_working_days(start, n)


def is_working_day(session: Session, d: date) -> bool:
    return calendar(session).is_working_day(d)


def day_info(session: Session, d: date) -> DayInfo:
    return calendar(session).day(d)


def working_days_between(session: Session, after: date, until: date) -> int:
    return calendar(session).working_days_between(after, until)


def calendar_entries(session: Session, year: int) -> list[CalendarDay]:
    """The officer's entries for ``year``, by day."""
    q = select(CalendarDay).where(CalendarDay.day >= date(year, 1, 1), CalendarDay.day <= date(year, 12, 31))
    return list(session.scalars(q.order_by(CalendarDay.day)))


def _check_day(day) -> date:
    if isinstance(day, datetime):
        day = day.date()
    if not isinstance(day, date):
        raise ValidationError(Msg("Give the day as a date."), field="day")
    if not 2000 <= day.year <= 2100:
        raise ValidationError(Msg("{day} is outside the years the calendar covers (2000–2100).", day=day), field="day")
    return day


def set_calendar_day(session: Session, day: date, kind: str, note: str) -> CalendarDay:
    """Enter (or change) one day of the official arrangement: a ``holiday`` or a ``workday``."""
    day = _check_day(day)
    try:
        kind = CalendarDayKind(kind).value
    except ValueError:
        raise ValidationError(
            Msg(
                "'{kind}' is not a kind of calendar day; use holiday (a day off) or workday (a make-up working "
                "day).",
                kind=kind),
            field="kind",
        ) from None
    note = " ".join((note or "").split())
    if not note:
        raise ValidationError(
            Msg(
                "Say what the day is (e.g. 'Spring Festival 2027, State Council notice of 2026-11-20'); the note "
                "explains deadlines counted over it."),
            field="note",
        )
    if len(note) > NOTE_MAX:
        raise ValidationError(Msg("The note has {count} characters; at most {NOTE_MAX} fit.", count=len(note), NOTE_MAX=NOTE_MAX), field="note")
    row = session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
    if row is None:
        row = CalendarDay(day=day, kind=kind, note=note)
        session.add(row)
    else:
        row.kind = kind
        row.note = note
    session.flush()
    return row


def remove_calendar_day(session: Session, day: date) -> None:
    """Remove the officer's entry for ``day``; the library (or the weekend) applies again."""
    day = _check_day(day)
    row = session.scalars(select(CalendarDay).where(CalendarDay.day == day)).first()
    if row is None:
        raise NotFoundError(Msg("There is no entry for {day} in the holiday calendar; the list will be refreshed.", day=day))
    session.delete(row)
    session.flush()


# --- a year at a glance (Settings → Holiday calendar) --------------------------------------------------


@dataclass(frozen=True)
class CalendarDayView:
    day: date
    weekday: str
    kind: str  # CalendarDayKind value: holiday / workday
    name: str  # "Spring Festival", or the officer's note
    name_zh: str
    source: str  # calendar (the library) / officer
    note: str  # the officer's note ("" for library days)
    overrides_library: bool  # an officer entry that differs from what the library says


@dataclass(frozen=True)
class YearCalendar:
    year: int
    announced: bool
    announced_by: str  # "library", "officer", "library and officer", or ""
    note: str  # "" or the provisional warning for the year
    days: tuple[CalendarDayView, ...]


def year_overview(session: Session, year: int) -> YearCalendar:
    """Every holiday and make-up working day of ``year``: the library's, with the officer's entries over them."""
    lib = _library_year(year)
    entries = {c.day: c for c in calendar_entries(session, year)}
    days: dict[date, CalendarDayView] = {}
    for d, (en, zh, _swapped) in lib.days_off.items():
        days[d] = CalendarDayView(d, weekday_name(d), CalendarDayKind.HOLIDAY.value, en, zh, SOURCE_LIBRARY, "", False)
    for d, (en, zh) in lib.makeup.items():
        days[d] = CalendarDayView(d, weekday_name(d), CalendarDayKind.WORKDAY.value, en or Msg("Make-up working day"), zh,
                                  SOURCE_LIBRARY, "", False)
    for d, c in entries.items():
        lib_kind = days[d].kind if d in days else (
            CalendarDayKind.HOLIDAY.value if d.weekday() >= 5 else CalendarDayKind.WORKDAY.value)
        days[d] = CalendarDayView(d, weekday_name(d), c.kind, c.note, "", SOURCE_OFFICER, c.note, c.kind != lib_kind)
    by = " and ".join(w for w, ok in (("library", library_announced(year)), ("officer", bool(entries))) if ok)
    return YearCalendar(year=year, announced=bool(by), announced_by=by, note="" if by else provisional_note([year]),
                        days=tuple(days[d] for d in sorted(days)))
