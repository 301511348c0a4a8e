"""A court's legal holidays under FRCP 6(a)(6), each with its name, source and reach.

FRCP 6(a)(6) defines "legal holiday" as:

(A) the days set aside by statute for observing the eleven holidays it names (the observed
    day: a holiday on a Saturday is observed the Friday before, one on a Sunday the Monday
    after; 5 U.S.C. 6103(a)-(b) and Executive Order 11582);
(B) any day declared a holiday by the President or Congress;
(C) for periods measured after an event, any other day declared a holiday by the state where
    the district court sits.

The federal days are computed here from the statute rather than with ``holidays.US()``: the
result is the same on every weekday (a unit test checks it against the package for
1971-2060), and this keeps the ``holidays`` import (about 100 ms) off the path to the first
window. The package is used, lazily, for the states other than California, whose days are
marked "review".

Where readings differ (DOMAIN.md, "Disputed days"), a day is marked disputed: executive-order
closures, Inauguration Day in the D.C. area, and California statutory days its courts stay
open for. A disputed day counts only if the user switches it on for the matter; while it is
undecided the engine returns both readings, the earlier as the deadline to meet.
"""

from __future__ import annotations

import calendar as _cal
import functools
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum

from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.districts import STATES, District
from meetconfer_gui.domain.errors import DomainError


class Direction(StrEnum):
    """Whether a period is measured after an event or before one (FRCP 6(a)(5))."""

    AFTER = "after"
    BEFORE = "before"


class HolidayCategory(StrEnum):
    """Which branch of FRCP 6(a)(6) makes a day a legal holiday."""

    FEDERAL = "federal"  # 6(a)(6)(A): the statutory days, observed
    EXECUTIVE = "executive"  # 6(a)(6)(B): declared by the President or Congress
    STATE = "state"  # 6(a)(6)(C): declared by the state; periods after an event only


class Certainty(StrEnum):
    """How sure the reviewed data is that a day is a legal holiday."""

    SETTLED = "settled"
    DISPUTED = "disputed"  # courts and calculators read it both ways
    REVIEW = "review"  # a state day taken from the holidays package, not hand-reviewed


_RULE = {
    HolidayCategory.FEDERAL: "FRCP 6(a)(6)(A)",
    HolidayCategory.EXECUTIVE: "FRCP 6(a)(6)(B)",
    HolidayCategory.STATE: "FRCP 6(a)(6)(C)",
}


@dataclass(frozen=True, slots=True)
class CourtHoliday:
    """One day that is, or may be, a legal holiday in a court.

    Attributes:
        day: The date (the observed date for the federal days).
        name: "Veterans Day (observed)".
        source: The law or act behind it ("5 U.S.C. 6103(a)").
        category: The branch of FRCP 6(a)(6).
        certainty: Settled, disputed or for review.
        note: Why it is disputed, or other context.
        where: The state whose day it is, for state days ("California").
    """

    day: date
    name: str
    source: str
    category: HolidayCategory
    certainty: Certainty = Certainty.SETTLED
    note: str = ""
    where: str = ""

    def applies_to(self, direction: Direction) -> bool:
        """Return whether the day can be a legal holiday for a period in that direction.

        State days count only for periods measured after an event (FRCP 6(a)(6)(C)).
        """
        return self.category is not HolidayCategory.STATE or direction is Direction.AFTER

    @property
    def rule(self) -> str:
        """The branch of FRCP 6(a)(6) and the source, for a step's ``rule`` field."""
        return f"{_RULE[self.category]}; {self.source}"

    @property
    def uncertain(self) -> bool:
        """Whether the day counts only if the user says so."""
        return self.certainty is not Certainty.SETTLED

    def label(self) -> str:
        """Return the day as a skip step names it.

        Returns:
            E.g. "Veterans Day (observed), 5 U.S.C. 6103(a)" or "Cesar Chavez Day,
            California, counts only for periods after an event".
        """
        if self.category is HolidayCategory.STATE:
            text = f"{self.name}, {self.where}, counts only for periods after an event"
        else:
            text = f"{self.name}, {self.source}"
        if self.certainty is Certainty.DISPUTED:
            text += " (disputed)"
        elif self.certainty is Certainty.REVIEW:
            text += " (state day from the holidays package, not yet reviewed)"
        return text


#: What ``CourtCalendar.classify`` answers: (legal holiday or None, undecided day or None).
_Classified = tuple[CourtHoliday | None, CourtHoliday | None]
_NEITHER: _Classified = (None, None)


@dataclass(frozen=True, slots=True)
class Closure:
    """A day the clerk's office was inaccessible (FRCP 6(a)(3)), added by the user.

    A closure is not a legal holiday: it extends a period only when it is the period's last
    day (W.D. Ky. notice, Nov 2023; 2009 Committee Note).
    """

    day: date
    reason: str = "clerk's office inaccessible"


@dataclass(frozen=True, slots=True)
class CalendarChoices:
    """A matter's own decisions about its court calendar.

    Attributes:
        counted: Disputed or review days the user treats as legal holidays.
        not_counted: Days the user does not treat as legal holidays (any kind).
        closures: Days the clerk's office was inaccessible.
    """

    counted: frozenset[date] = frozenset()
    not_counted: frozenset[date] = frozenset()
    closures: tuple[Closure, ...] = ()
    closed_days: frozenset[date] = field(init=False, repr=False, compare=False)
    #: True when the user decided no day either way (the calendar's defaults apply).
    decides_nothing: bool = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "closed_days", frozenset(c.day for c in self.closures))
        object.__setattr__(self, "decides_nothing", not self.counted and not self.not_counted)
        both = self.counted & self.not_counted
        if both:
            first = min(both)
            raise DomainError(
                f"{long_date(first)} cannot both count and not count as a legal holiday"
            )

    def with_closure(self, closure: Closure) -> CalendarChoices:
        """Return these choices with one more closure day (replacing one on the same day)."""
        kept = tuple(c for c in self.closures if c.day != closure.day)
        return CalendarChoices(
            self.counted, self.not_counted, tuple(sorted((*kept, closure), key=lambda c: c.day))
        )

    def without_closure(self, day: date) -> CalendarChoices:
        """Return these choices without the closure on ``day``."""
        return CalendarChoices(
            self.counted, self.not_counted, tuple(c for c in self.closures if c.day != day)
        )

    def deciding(self, day: date, counts: bool | None) -> CalendarChoices:  # noqa: FBT001
        """Return these choices with the user's decision on ``day`` (None: undecided)."""
        counted = self.counted - {day}
        not_counted = self.not_counted - {day}
        if counts is True:
            counted |= {day}
        elif counts is False:
            not_counted |= {day}
        return CalendarChoices(counted, not_counted, self.closures)


_NO_CHOICES = CalendarChoices()

FIRST_YEAR = 1971  # the Uniform Monday Holiday Act's dates apply from 1971
LAST_YEAR = 2199

_FED = "5 U.S.C. 6103(a)"
_OBSERVED = "5 U.S.C. 6103(a); observed under Executive Order 11582"


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """Return the n-th given weekday of a month (n = -1 for the last)."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month, _cal.monthrange(year, month)[1])
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _federal_days(year: int) -> list[CourtHoliday]:
    """The eleven statutory holidays of 5 U.S.C. 6103(a) on the days they are observed."""
    fixed: list[tuple[str, date]] = [
        ("New Year's Day", date(year, 1, 1)),
        ("Independence Day", date(year, 7, 4)),
        ("Christmas Day", date(year, 12, 25)),
    ]
    if year >= 1978:  # Veterans Day returned to Nov 11 in 1978 (Pub. L. 94-97)
        fixed.append(("Veterans Day", date(year, 11, 11)))
    if year >= 2021:  # Juneteenth, Pub. L. 117-17, from June 17, 2021
        fixed.append(("Juneteenth National Independence Day", date(year, 6, 19)))
    days: list[CourtHoliday] = []
    for name, day in fixed:
        if day.weekday() == 5:
            days.append(CourtHoliday(day - timedelta(days=1), f"{name} (observed)", _OBSERVED,
                                     HolidayCategory.FEDERAL))
        elif day.weekday() == 6:
            days.append(CourtHoliday(day + timedelta(days=1), f"{name} (observed)", _OBSERVED,
                                     HolidayCategory.FEDERAL))
        else:
            days.append(CourtHoliday(day, name, _FED, HolidayCategory.FEDERAL))
    # New Year's Day of next year on a Saturday is observed on Friday, December 31.
    if date(year + 1, 1, 1).weekday() == 5:
        days.append(CourtHoliday(date(year, 12, 31), "New Year's Day (observed)", _OBSERVED,
                                 HolidayCategory.FEDERAL))
    # An observed day moved into the previous year belongs to that year's list.
    days = [d for d in days if d.day.year == year]
    mondays = [("Washington's Birthday", _nth_weekday(year, 2, 0, 3)),
               ("Memorial Day", _nth_weekday(year, 5, 0, -1)),
               ("Labor Day", _nth_weekday(year, 9, 0, 1)),
               ("Columbus Day", _nth_weekday(year, 10, 0, 2))]
    if year >= 1986:  # Pub. L. 98-144
        mondays.append(("Martin Luther King Jr.'s Birthday", _nth_weekday(year, 1, 0, 3)))
    if year < 1978:
        mondays.append(("Veterans Day", _nth_weekday(year, 10, 0, 4)))
    days += [CourtHoliday(d, n, _FED, HolidayCategory.FEDERAL) for n, d in mondays]
    days.append(CourtHoliday(_nth_weekday(year, 11, 3, 4), "Thanksgiving Day", _FED,
                             HolidayCategory.FEDERAL))
    return days


_EO_NOTE = (
    "an executive order closed federal agencies; some courts treated the day as a legal "
    "holiday under FRCP 6(a)(6)(B), others did not (Ninth Circuit notice, Dec 2018; "
    "Ninth Circuit notice, 2008)"
)

#: Executive-order closure days of federal agencies (reviewed; half-day closings left out:
#: Dec 24 2002, Dec 24 2009 and Dec 24 2015, by Executive Order 13713, closed only the last
#: half of the workday, and a half-day closing is no holiday).
EXECUTIVE_CLOSURES: tuple[tuple[date, str, str], ...] = (
    (date(1972, 12, 28), "National Day of Mourning for President Harry S. Truman",
     "Executive Order 11693"),
    (date(1973, 1, 25), "National Day of Mourning for President Lyndon B. Johnson",
     "Executive order (Jan 1973)"),
    (date(1994, 4, 27), "National Day of Mourning for President Richard Nixon", "Executive order"),
    (date(2001, 12, 24), "Christmas Eve closure", "Executive Order 13242"),
    (date(2003, 12, 26), "Day after Christmas closure", "Executive order (Dec 2003)"),
    (date(2004, 6, 11), "National Day of Mourning for President Ronald Reagan",
     "Executive Order 13340"),
    (date(2007, 1, 2), "National Day of Mourning for President Gerald R. Ford",
     "Executive Order 13420"),
    (date(2007, 12, 24), "Christmas Eve closure", "Executive order (Dec 2007)"),
    (date(2008, 12, 26), "Day after Christmas closure", "Executive order (Dec 2008)"),
    (date(2012, 12, 24), "Christmas Eve closure", "Executive order (Dec 2012)"),
    (date(2014, 12, 26), "Day after Christmas closure", "Executive order (Dec 2014)"),
    (date(2018, 12, 5), "National Day of Mourning for President George H. W. Bush",
     "Executive order (Dec 2018)"),
    (date(2018, 12, 24), "Christmas Eve closure", "Executive order (Dec 2018)"),
    (date(2019, 12, 24), "Christmas Eve closure", "Executive order (Dec 2019)"),
    (date(2020, 12, 24), "Christmas Eve closure", "Executive order (Dec 2020)"),
    (date(2024, 12, 24), "Christmas Eve closure", "Executive order (Dec 2024)"),
    (date(2025, 1, 9), "National Day of Mourning for President Jimmy Carter",
     "Executive order (Jan 2025)"),
    (date(2025, 12, 24), "Christmas Eve closure", "Executive order (Dec 2025)"),
    (date(2025, 12, 26), "Day after Christmas closure", "Executive order (Dec 2025)"),
)

_CA = "California"
_CA_SRC = "Cal. Gov. Code 6700; Cal. Code Civ. Proc. 135"
_CA_OPEN = (
    "California's statute names it, but California courts stay open; whether it is a legal "
    "holiday under FRCP 6(a)(6)(C) is unsettled"
)
_LUNAR_NEW_YEAR = {
    2023: (1, 22), 2024: (2, 10), 2025: (1, 29), 2026: (2, 17), 2027: (2, 6), 2028: (1, 26),
    2029: (2, 13), 2030: (2, 3), 2031: (1, 23), 2032: (2, 11), 2033: (1, 31), 2034: (2, 19),
    2035: (2, 8), 2036: (1, 28), 2037: (2, 15), 2038: (2, 4), 2039: (1, 24), 2040: (2, 12),
}
_DIWALI = {
    2026: (11, 8), 2027: (10, 29), 2028: (10, 17), 2029: (11, 5), 2030: (10, 26),
    2031: (11, 14), 2032: (11, 2), 2033: (10, 22), 2034: (11, 10), 2035: (10, 30),
}


def _ca_day(day: date, name: str, certainty: Certainty = Certainty.SETTLED,
            note: str = "", *, sunday_moves: bool = True) -> list[CourtHoliday]:
    """A California day; Gov. Code 6700(b) moves the days it lists from a Sunday to Monday."""
    if sunday_moves and day.weekday() == 6:
        return [CourtHoliday(day + timedelta(days=1), f"{name} (observed)", _CA_SRC,
                             HolidayCategory.STATE, certainty, note, _CA)]
    return [CourtHoliday(day, name, _CA_SRC, HolidayCategory.STATE, certainty, note, _CA)]


def _california_days(year: int) -> list[CourtHoliday]:
    """California's legal holidays beyond the federal ones (DOMAIN.md, reviewed)."""
    out: list[CourtHoliday] = []
    saturday_note = (
        "falls on a Saturday; California courts close the Friday before, which the statute "
        "does not clearly make a holiday"
    )
    named = [("Lincoln Day", date(year, 2, 12))]
    if year >= 2001:  # Cesar Chavez Day, added to Gov. Code 6700 in 2000
        named.append(("Cesar Chavez Day", date(year, 3, 31)))
    for name, day in named:
        out += _ca_day(day, name)
        if day.weekday() == 5:
            out.append(CourtHoliday(day - timedelta(days=1), f"{name} (Friday closure)", _CA_SRC,
                                    HolidayCategory.STATE, Certainty.DISPUTED, saturday_note, _CA))
    thanksgiving = _nth_weekday(year, 11, 3, 4)
    out.append(CourtHoliday(thanksgiving + timedelta(days=1), "Day after Thanksgiving", _CA_SRC,
                            HolidayCategory.STATE, where=_CA))
    if year >= 2022:
        out.append(CourtHoliday(_nth_weekday(year, 9, 4, 4), "Native American Day", _CA_SRC,
                                HolidayCategory.STATE, where=_CA))
    elif year >= 2015:  # Gov. Code 6700 named it from Jan 1, 2015 (AB 1973, Stats. 2014)
        out.append(CourtHoliday(_nth_weekday(year, 9, 4, 4), "Native American Day", _CA_SRC,
                                HolidayCategory.STATE, Certainty.DISPUTED,
                                "California courts first closed for it in 2022", _CA))
    out += _ca_day(date(year, 9, 9), "Admission Day", Certainty.DISPUTED, _CA_OPEN)
    if year in _LUNAR_NEW_YEAR:
        out += _ca_day(date(year, *_LUNAR_NEW_YEAR[year]), "Lunar New Year",
                       Certainty.DISPUTED, _CA_OPEN, sunday_moves=False)
    if year >= 2023:
        out += _ca_day(date(year, 4, 24), "Genocide Remembrance Day", Certainty.DISPUTED,
                       _CA_OPEN, sunday_moves=False)
    if year in _DIWALI:
        out += _ca_day(date(year, *_DIWALI[year]), "Diwali", Certainty.DISPUTED, _CA_OPEN,
                       sunday_moves=False)
    return out


def _package_state_days(state: str, year: int, federal: set[date]) -> list[CourtHoliday]:
    """Other states' days as the holidays package models them, marked for review."""
    import warnings

    import holidays  # imported here: about 100 ms, needed only for these states

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        days = holidays.country_holidays("US", subdiv=state, years=year, language="en_US")
    state_name = STATES[state]
    out = []
    for day, names in sorted(days.items()):
        if day in federal or day.year != year:
            continue
        for name in str(names).split("; "):
            out.append(CourtHoliday(day, name, f"{state_name} (holidays package)",
                                    HolidayCategory.STATE, Certainty.REVIEW,
                                    "taken from the holidays package; check the state's statute",
                                    state_name))
    return out


_DC_AREA = frozenset({"dcd", "mdd", "vaed"})


def _inauguration_day(year: int) -> list[CourtHoliday]:
    """Inauguration Day, a holiday for federal employees in the D.C. area (5 U.S.C. 6103(c)).

    The statute names "January 20 of each fourth year after 1965": 1969, 1973, ... (in 1973,
    2001 and 2029 a Saturday, which is not moved; a Sunday moves to the Monday).
    """
    if year <= 1965 or (year - 1965) % 4:
        return []
    day = date(year, 1, 20)
    if day.weekday() == 6:
        day += timedelta(days=1)
    return [CourtHoliday(day, "Inauguration Day", "5 U.S.C. 6103(c)", HolidayCategory.EXECUTIVE,
                         Certainty.DISPUTED,
                         "a holiday for federal employees in the D.C. area; not among the days "
                         "FRCP 6(a)(6)(A) names")]


class CourtCalendar:
    """The legal holidays of one court: federal days, its state's days, disputed days.

    A calendar is built once per court and reused (``court_calendar``); each year's table is
    made the first time it is asked for and kept.
    """

    def __init__(self, state: str | None, district: District | None = None) -> None:
        self.state = state
        self.district = district
        self._years: dict[int, dict[date, tuple[CourtHoliday, ...]]] = {}
        # classify() with no user decisions, per direction, for every listed day of the
        # years built so far: counting looks days up here instead of re-deciding them.
        self._plain_after: dict[date, _Classified] = {}
        self._plain_before: dict[date, _Classified] = {}

    @property
    def description(self) -> str:
        """Which holidays this calendar applies, in words."""
        if self.state is None:
            return "federal legal holidays only"
        where = STATES[self.state]
        days = f"federal legal holidays and {where}'s state holidays"
        if self.state != "CA":  # taken from the holidays package, not reviewed by hand
            days += " (listed for review)"
        if self.district is not None:
            return f"{self.district.name}: {days}"
        return days

    def _year(self, year: int) -> dict[date, tuple[CourtHoliday, ...]]:
        table = self._years.get(year)
        if table is None:
            table = self._build(year)
            self._years[year] = table
            for day in table:
                self._plain_after[day] = self._decide(day, Direction.AFTER, _NO_CHOICES)
                self._plain_before[day] = self._decide(day, Direction.BEFORE, _NO_CHOICES)
        return table

    def _build(self, year: int) -> dict[date, tuple[CourtHoliday, ...]]:
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise DomainError(
                f"the year {year} is outside the years this app counts ({FIRST_YEAR}-{LAST_YEAR})"
            )
        days = _federal_days(year)
        days += [CourtHoliday(d, n, s, HolidayCategory.EXECUTIVE, Certainty.DISPUTED, _EO_NOTE)
                 for d, n, s in EXECUTIVE_CLOSURES if d.year == year]
        # The District of Columbia has one district court: --state DC means D.D.C.
        in_dc_area = (self.district.code in _DC_AREA if self.district is not None
                      else self.state == "DC")
        if in_dc_area:
            days += _inauguration_day(year)
        if self.state == "CA":
            days += _california_days(year)
        elif self.state is not None:
            federal = {d.day for d in days if d.category is HolidayCategory.FEDERAL}
            days += _package_state_days(self.state, year, federal)
        table: dict[date, list[CourtHoliday]] = {}
        for h in days:
            table.setdefault(h.day, []).append(h)
        return {d: tuple(hs) for d, hs in table.items()}

    def listed_days(self) -> Container[date]:
        """Every day with some holiday listed, in the years built so far (read only).

        A weekday not in it is a court day whatever the direction and the user's choices:
        counting in court days asks ``classify`` only about the days in it. Build a year
        first (``holidays_on`` any day of it) before relying on the answer for that year.
        """
        return self._plain_after.keys()

    def holidays_on(self, day: date) -> tuple[CourtHoliday, ...]:
        """Every holiday listed on a day, whatever its direction or certainty."""
        return self._year(day.year).get(day, ())

    def between(self, first: date, last: date) -> list[CourtHoliday]:
        """Every holiday listed from ``first`` to ``last`` inclusive, in date order."""
        out: list[CourtHoliday] = []
        for year in range(first.year, last.year + 1):
            for day, hs in sorted(self._year(year).items()):
                if first <= day <= last:
                    out.extend(hs)
        return out

    def classify(self, day: date, direction: Direction,
                 choices: CalendarChoices) -> tuple[CourtHoliday | None, CourtHoliday | None]:
        """Say whether a day is a legal holiday for a period in ``direction``.

        Args:
            day: The day.
            direction: The period's direction.
            choices: The matter's decisions on disputed days.

        Returns:
            ``(holiday, undecided)``: the holiday that makes the day a legal holiday (or
            None), and, when it is not one, an undecided uncertain holiday on it (or None).

        Raises:
            DomainError: If the day's year is outside the years the app counts.
        """
        if day.year not in self._years:
            self._year(day.year)
        if choices.decides_nothing:  # the common case: answered from the table
            plain = self._plain_after if direction is Direction.AFTER else self._plain_before
            return plain.get(day, _NEITHER)
        return self._decide(day, direction, choices)

    def _decide(self, day: date, direction: Direction, choices: CalendarChoices) -> _Classified:
        """classify() from the year's table, for a year already built."""
        found = self._years[day.year].get(day)
        if not found:
            return _NEITHER
        undecided = None
        for h in found:
            if not h.applies_to(direction) or day in choices.not_counted:
                continue
            if not h.uncertain or day in choices.counted:
                return h, None
            undecided = undecided or h
        return None, undecided


# 94 districts + 55 states + federal-only: every court fits, so none is ever rebuilt.
@functools.lru_cache(maxsize=256)
def court_calendar(state: str | None, district: District | None = None) -> CourtCalendar:
    """Return the shared calendar of a court (built once, kept for the process).

    Args:
        state: Two-letter state code, or None for federal legal holidays only.
        district: The district, when known (adds D.C.-area days for its courts).

    Returns:
        The calendar.
    """
    return CourtCalendar(state, district)
