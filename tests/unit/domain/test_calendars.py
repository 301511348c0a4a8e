"""Court calendars: hand-checked holiday dates, the federal set against ``holidays``, districts.

Every date below was checked by hand against 5 U.S.C. 6103 and Executive Order 11582 (federal
days, observed shifts), Cal. Gov. Code 6700 (California days) and DOMAIN.md's list of
disputed days. Weekdays are written beside each date so a reader can check the shift.
"""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import holidays
import pytest

from meetconfer_gui.domain.calendars import (
    FIRST_YEAR,
    CalendarChoices,
    Certainty,
    CourtHoliday,
    Direction,
    HolidayCategory,
    court_calendar,
)
from meetconfer_gui.domain.districts import DISTRICTS, STATES, district, state_code
from meetconfer_gui.domain.errors import DomainError

A, B = Direction.AFTER, Direction.BEFORE
D = date.fromisoformat
NO_CHOICES = CalendarChoices()


def _holiday(state: str | None, day: str, direction: Direction = A) -> CourtHoliday | None:
    holiday, _ = court_calendar(state).classify(D(day), direction, NO_CHOICES)
    return holiday


def _undecided(state: str | None, day: str, direction: Direction = A) -> CourtHoliday | None:
    holiday, undecided = court_calendar(state).classify(D(day), direction, NO_CHOICES)
    assert holiday is None
    return undecided


# --- federal days (FRCP 6(a)(6)(A)): every court, both directions --------------------------

FEDERAL = [
    # observed shifts: Saturday -> Friday before, Sunday -> Monday after
    ("2020-07-03", "Independence Day (observed)"),  # Jul 4 2020 is a Saturday; Fri Jul 3
    ("2021-07-05", "Independence Day (observed)"),  # Jul 4 2021 is a Sunday; Mon Jul 5
    ("2026-07-03", "Independence Day (observed)"),  # Jul 4 2026 is a Saturday; Fri Jul 3
    ("2021-12-24", "Christmas Day (observed)"),  # Dec 25 2021 is a Saturday; Fri Dec 24
    ("2022-12-26", "Christmas Day (observed)"),  # Dec 25 2022 is a Sunday; Mon Dec 26
    ("2016-12-26", "Christmas Day (observed)"),  # Dec 25 2016 is a Sunday
    ("2021-12-31", "New Year's Day (observed)"),  # Jan 1 2022 is a Saturday; Fri Dec 31 2021
    ("2010-12-31", "New Year's Day (observed)"),  # Jan 1 2011 is a Saturday
    ("2017-01-02", "New Year's Day (observed)"),  # Jan 1 2017 is a Sunday; Mon Jan 2
    ("2023-01-02", "New Year's Day (observed)"),  # Jan 1 2023 is a Sunday
    ("2021-06-18", "Juneteenth National Independence Day (observed)"),  # Sat Jun 19 2021
    ("2022-06-20", "Juneteenth National Independence Day (observed)"),  # Sun Jun 19 2022
    ("2023-06-19", "Juneteenth National Independence Day"),  # Monday
    ("2017-11-10", "Veterans Day (observed)"),  # Nov 11 2017 is a Saturday; Fri Nov 10
    ("2023-11-10", "Veterans Day (observed)"),  # Nov 11 2023 is a Saturday
    ("2018-11-12", "Veterans Day (observed)"),  # Nov 11 2018 is a Sunday; Mon Nov 12
    ("2019-11-11", "Veterans Day"),  # Monday
    ("1975-10-27", "Veterans Day"),  # 1971-1977: fourth Monday of October
    # the Monday holidays and Thanksgiving, 2024
    ("2024-01-15", "Martin Luther King Jr.'s Birthday"),  # third Monday of January
    ("2024-02-19", "Washington's Birthday"),  # third Monday of February
    ("2024-05-27", "Memorial Day"),  # last Monday of May
    ("2024-09-02", "Labor Day"),  # first Monday of September
    ("2024-10-14", "Columbus Day"),  # second Monday of October
    ("2024-11-28", "Thanksgiving Day"),  # fourth Thursday of November
    ("2017-11-23", "Thanksgiving Day"),
    ("2007-09-03", "Labor Day"),  # WORKED-EXAMPLES.md 1
]


@pytest.mark.parametrize(("day", "name"), FEDERAL)
@pytest.mark.parametrize("state", [None, "CA", "NY"])
@pytest.mark.parametrize("direction", [A, B])
def test_federal_day_is_a_legal_holiday_everywhere(day, name, state, direction):
    holiday = _holiday(state, day, direction)
    assert holiday is not None
    assert holiday.name == name
    assert holiday.day == D(day)
    assert holiday.category is HolidayCategory.FEDERAL
    assert holiday.certainty is Certainty.SETTLED
    assert holiday.source.startswith("5 U.S.C. 6103(a)")
    assert holiday.rule.startswith("FRCP 6(a)(6)(A); 5 U.S.C. 6103(a)")


NOT_FEDERAL = [
    "2020-07-04",  # Saturday: observed the day before, the Saturday itself is no holiday
    "2021-12-25",  # Saturday
    "2022-01-01",  # Saturday; observed Fri Dec 31 2021
    "2022-06-19",  # Sunday
    "2020-06-19",  # Juneteenth before it became a federal holiday (2021): a Friday
    "2019-06-19",  # Wednesday
    "2016-06-20",  # Monday
    "1985-01-21",  # third Monday of January before MLK Day (from 1986)
    "1977-11-11",  # Friday: Veterans Day was on the fourth Monday of October until 1978
    "2023-11-24",  # the day after Thanksgiving is not a federal holiday
    "2023-12-26",  # Tuesday after Christmas
    "2009-01-02",  # WORKED-EXAMPLES.md 12: Ninth Circuit closure, not a legal holiday
]


@pytest.mark.parametrize("day", NOT_FEDERAL)
def test_not_a_federal_legal_holiday(day):
    holiday, undecided = court_calendar(None).classify(D(day), A, NO_CHOICES)
    assert holiday is None
    assert undecided is None
    assert court_calendar(None).holidays_on(D(day)) == ()


@pytest.mark.parametrize("year", range(2000, 2021))
def test_no_juneteenth_before_2021(year):
    cal = court_calendar(None)
    names = [h.name for h in cal.between(date(year, 6, 1), date(year, 6, 30))]
    assert not [n for n in names if "Juneteenth" in n]


@pytest.mark.parametrize("year", range(2021, 2041))
def test_juneteenth_every_year_from_2021(year):
    names = [(h.day, h.name) for h in court_calendar(None).between(date(year, 6, 17),
                                                                    date(year, 6, 21))]
    juneteenth = [d for d, n in names if n.startswith("Juneteenth")]
    assert len(juneteenth) == 1
    assert juneteenth[0].weekday() < 5


def test_federal_days_equal_the_holidays_package_on_every_weekday_1971_2060():
    """Our statute-built set equals ``holidays.US()`` (default category), weekdays only.

    ``country_holidays("US")`` is ``holidays.US()``; the package ships no stub for ``US``.
    """
    package = holidays.country_holidays("US", years=range(FIRST_YEAR, 2061))
    cal = court_calendar(None)
    ours = {
        h.day
        for h in cal.between(date(FIRST_YEAR, 1, 1), date(2060, 12, 31))
        if h.category is HolidayCategory.FEDERAL
    }
    differ = []
    day, last = date(FIRST_YEAR, 1, 1), date(2060, 12, 31)
    weekdays = 0
    while day <= last:
        if day.weekday() < 5:
            weekdays += 1
            if (day in package) != (day in ours):
                differ.append((day, package.get(day)))
        day += timedelta(days=1)
    assert differ == []
    assert weekdays == 23_481  # 32,873 days from 1971 through 2060, 9,392 of them weekend days
    # 90 years of 10 or 11 days, a few per decade falling on no weekday at all
    assert 900 <= len(ours) <= 990


def test_every_federal_day_is_observed_on_a_weekday():
    cal = court_calendar(None)
    for h in cal.between(date(1971, 1, 1), date(2100, 12, 31)):
        if h.category is HolidayCategory.FEDERAL:
            assert h.day.weekday() < 5, h


# --- California's days (FRCP 6(a)(6)(C)): periods after an event only ----------------------

CALIFORNIA = [
    ("2020-02-12", "Lincoln Day"),  # Wednesday; WORKED-EXAMPLES.md 9
    ("2026-02-12", "Lincoln Day"),  # Thursday
    ("2023-02-13", "Lincoln Day (observed)"),  # Feb 12 2023 is a Sunday; Monday after
    ("2017-02-13", "Lincoln Day (observed)"),  # Feb 12 2017 is a Sunday
    ("2023-03-31", "Cesar Chavez Day"),  # Friday
    ("2026-03-31", "Cesar Chavez Day"),  # Tuesday
    ("2024-04-01", "Cesar Chavez Day (observed)"),  # Mar 31 2024 is a Sunday
    ("2019-04-01", "Cesar Chavez Day (observed)"),  # Mar 31 2019 is a Sunday
    ("2017-11-24", "Day after Thanksgiving"),  # Thanksgiving Thu Nov 23, 2017
    ("2023-11-24", "Day after Thanksgiving"),
    ("2026-11-27", "Day after Thanksgiving"),
    ("2016-11-25", "Day after Thanksgiving"),  # WORKED-EXAMPLES.md 4
    ("2022-09-23", "Native American Day"),  # fourth Friday of September, settled from 2022
    ("2023-09-22", "Native American Day"),
    ("2026-09-25", "Native American Day"),
]


@pytest.mark.parametrize(("day", "name"), CALIFORNIA)
def test_california_day_counts_after_an_event(day, name):
    holiday = _holiday("CA", day, A)
    assert holiday is not None
    assert holiday.name == name
    assert holiday.category is HolidayCategory.STATE
    assert holiday.certainty is Certainty.SETTLED
    assert holiday.where == "California"
    assert holiday.source == "Cal. Gov. Code 6700; Cal. Code Civ. Proc. 135"
    assert holiday.label() == f"{name}, California, counts only for periods after an event"


@pytest.mark.parametrize(("day", "name"), CALIFORNIA)
def test_california_day_does_not_count_before_an_event(day, name):
    holiday, undecided = court_calendar("CA").classify(D(day), B, NO_CHOICES)
    assert holiday is None
    assert undecided is None
    # and a court with no state days never lists it
    assert _holiday(None, day, A) is None
    assert name in [h.name for h in court_calendar("CA").holidays_on(D(day))]


@pytest.mark.parametrize(
    ("thanksgiving", "day_after"),
    [("2017-11-23", "2017-11-24"), ("2020-11-26", "2020-11-27"), ("2023-11-23", "2023-11-24"),
     ("2024-11-28", "2024-11-29"), ("2030-11-28", "2030-11-29")],
)
def test_california_thanksgiving_and_the_day_after(thanksgiving, day_after):
    ca = court_calendar("CA")
    first = _holiday("CA", thanksgiving, A)
    second = _holiday("CA", day_after, A)
    assert first is not None and first.name == "Thanksgiving Day"
    assert second is not None and second.name == "Day after Thanksgiving"
    # backward: Thanksgiving (federal) still counts, the day after (state) does not
    assert ca.classify(D(thanksgiving), B, NO_CHOICES)[0] == first
    assert ca.classify(D(day_after), B, NO_CHOICES) == (None, None)


def test_california_keeps_columbus_day_and_drops_susan_b_anthony_day():
    """DOMAIN.md: the package's CA calendar drops Columbus Day and adds a school observance."""
    columbus = _holiday("CA", "2023-10-09", A)
    assert columbus is not None and columbus.name == "Columbus Day"
    assert columbus.category is HolidayCategory.FEDERAL
    assert court_calendar("CA").classify(D("2023-02-15"), A, NO_CHOICES) == (None, None)


def test_lincoln_day_after_2009_still_counts_in_california():
    """The package stops Lincoln Day after 2009; Gov. Code 6700 still lists it."""
    for year in (2010, 2015, 2020, 2025, 2030):
        day = date(year, 2, 12)
        if day.weekday() == 6:
            day += timedelta(days=1)
        if day.weekday() == 5:
            continue
        holiday, _ = court_calendar("CA").classify(day, A, NO_CHOICES)
        assert holiday is not None and holiday.name.startswith("Lincoln Day"), year


DISPUTED_CA = [
    ("2021-09-24", "Native American Day"),  # before 2022 California courts stayed open
    ("2018-09-28", "Native American Day"),
    ("2021-09-09", "Admission Day"),  # Thursday
    ("2025-09-09", "Admission Day"),  # Tuesday
    ("2018-09-10", "Admission Day (observed)"),  # Sep 9 2018 is a Sunday
    ("2025-01-29", "Lunar New Year"),
    ("2026-02-17", "Lunar New Year"),
    ("2023-04-24", "Genocide Remembrance Day"),  # Monday
    ("2025-04-24", "Genocide Remembrance Day"),
    ("2022-02-11", "Lincoln Day (Friday closure)"),  # Feb 12 2022 is a Saturday
    ("2018-03-30", "Cesar Chavez Day (Friday closure)"),  # Mar 31 2018 is a Saturday
]


@pytest.mark.parametrize(("day", "name"), DISPUTED_CA)
def test_disputed_california_day(day, name):
    undecided = _undecided("CA", day, A)
    assert undecided is not None
    assert undecided.name == name
    assert undecided.certainty is Certainty.DISPUTED
    assert undecided.label().endswith("(disputed)")
    # not a state day at all before an event
    assert court_calendar("CA").classify(D(day), B, NO_CHOICES) == (None, None)
    # the user's choice decides it
    counted = CalendarChoices(counted=frozenset({D(day)}))
    assert court_calendar("CA").classify(D(day), A, counted)[0] == undecided
    ignored = CalendarChoices(not_counted=frozenset({D(day)}))
    assert court_calendar("CA").classify(D(day), A, ignored) == (None, None)


def test_lunar_new_year_and_genocide_remembrance_day_only_from_2023():
    ca = court_calendar("CA")
    assert ca.classify(D("2022-02-01"), A, NO_CHOICES) == (None, None)  # Lunar New Year 2022
    assert ca.classify(D("2022-04-25"), A, NO_CHOICES) == (None, None)
    assert [h.name for h in ca.holidays_on(D("2022-04-24"))] == []


# --- executive-order closures (FRCP 6(a)(6)(B)): disputed, every court -----------------------

EXECUTIVE = [
    ("2018-12-05", "National Day of Mourning for President George H. W. Bush"),
    ("2018-12-24", "Christmas Eve closure"),
    ("2019-12-24", "Christmas Eve closure"),
    ("2020-12-24", "Christmas Eve closure"),
    ("2024-12-24", "Christmas Eve closure"),
    ("2025-01-09", "National Day of Mourning for President Jimmy Carter"),
    ("2025-12-24", "Christmas Eve closure"),
    ("2025-12-26", "Day after Christmas closure"),
    ("2014-12-26", "Day after Christmas closure"),  # WORKED-EXAMPLES.md 7
    ("2008-12-26", "Day after Christmas closure"),  # WORKED-EXAMPLES.md 12
]


@pytest.mark.parametrize(("day", "name"), EXECUTIVE)
@pytest.mark.parametrize("state", [None, "CA"])
@pytest.mark.parametrize("direction", [A, B])
def test_executive_closure_is_disputed(day, name, state, direction):
    undecided = _undecided(state, day, direction)
    assert undecided is not None
    assert undecided.name == name
    assert undecided.category is HolidayCategory.EXECUTIVE
    assert undecided.certainty is Certainty.DISPUTED
    assert undecided.rule.startswith("FRCP 6(a)(6)(B)")


@pytest.mark.parametrize("day", ["2021-12-23", "2022-12-23", "2023-12-26", "2017-12-26",
                                 "2024-12-26"])
def test_no_closure_listed_where_no_executive_order_closed(day):
    assert court_calendar(None).classify(D(day), A, NO_CHOICES) == (None, None)


def test_inauguration_day_is_disputed_in_the_dc_area_only():
    dcd, caed = DISTRICTS["dcd"], DISTRICTS["caed"]
    dc = court_calendar(dcd.state, dcd)
    holiday, undecided = dc.classify(D("2021-01-20"), A, NO_CHOICES)
    assert holiday is None
    assert undecided is not None and undecided.name == "Inauguration Day"
    assert court_calendar(caed.state, caed).classify(D("2021-01-20"), A, NO_CHOICES) == (
        None, None)
    # 2025: Inauguration Day fell on MLK Day, a settled federal holiday
    holiday, _ = dc.classify(D("2025-01-20"), A, NO_CHOICES)
    assert holiday is not None and holiday.name == "Martin Luther King Jr.'s Birthday"


def test_other_states_days_come_from_the_package_marked_review():
    ny = court_calendar("NY")
    holiday, undecided = ny.classify(D("2024-02-12"), A, NO_CHOICES)
    assert holiday is None
    assert undecided is not None and undecided.name == "Lincoln's Birthday"
    assert undecided.certainty is Certainty.REVIEW
    assert undecided.where == "New York"
    assert "not yet reviewed" in undecided.label()
    assert ny.classify(D("2024-02-12"), B, NO_CHOICES) == (None, None)
    # federal days are ours, never duplicated as review days
    assert [h.category for h in ny.holidays_on(D("2024-07-04"))] == [HolidayCategory.FEDERAL]


def test_a_calendar_is_built_once_and_shared():
    assert court_calendar("CA") is court_calendar("CA")
    assert court_calendar(None) is court_calendar(None)
    caed = DISTRICTS["caed"]
    assert court_calendar("CA", caed) is court_calendar("CA", caed)


def test_years_outside_the_table_are_refused():
    with pytest.raises(DomainError, match="outside the years"):
        court_calendar(None).holidays_on(date(1970, 7, 3))
    with pytest.raises(DomainError, match="outside the years"):
        court_calendar(None).holidays_on(date(2200, 7, 3))


def test_choices_cannot_both_count_and_ignore_a_day():
    with pytest.raises(DomainError, match="cannot both count and not count"):
        CalendarChoices(counted=frozenset({D("2018-12-05")}),
                        not_counted=frozenset({D("2018-12-05")}))


# --- the district table -----------------------------------------------------------------------

def test_exactly_94_districts():
    assert len(DISTRICTS) == 94
    assert len({d.name for d in DISTRICTS.values()}) == 94
    assert len({d.abbreviation for d in DISTRICTS.values()}) == 94


def test_every_district_maps_to_a_known_state_with_a_valid_time_zone():
    for code, dist in DISTRICTS.items():
        assert code == dist.code == dist.code.lower()
        assert dist.state in STATES, code
        assert ZoneInfo(dist.timezone).key == dist.timezone
        assert dist.tz_label


def test_every_state_and_territory_has_a_district():
    assert {d.state for d in DISTRICTS.values()} == set(STATES)
    assert len(STATES) == 55  # 50 states, D.C., Puerto Rico, Virgin Islands, Guam, N. Mariana


@pytest.mark.parametrize(
    ("code", "state", "zone"),
    [("caed", "CA", "America/Los_Angeles"), ("cand", "CA", "America/Los_Angeles"),
     ("nysd", "NY", "America/New_York"), ("dcd", "DC", "America/New_York"),
     ("prd", "PR", "America/Puerto_Rico"), ("azd", "AZ", "America/Phoenix"),
     ("hid", "HI", "Pacific/Honolulu"), ("gud", "GU", "Pacific/Guam"),
     ("nmid", "MP", "Pacific/Saipan"), ("vid", "VI", "America/St_Thomas")],
)
def test_district_codes(code, state, zone):
    dist = district(code.upper())
    assert dist.state == state
    assert dist.timezone == zone


def test_caed_is_the_eastern_district_of_california():
    caed = district("caed")
    assert caed.name == "Eastern District of California"
    assert caed.abbreviation == "E.D. Cal."
    assert caed.state == "CA"
    assert caed.tz_label == "Pacific"
    assert caed.court_name == "United States District Court, Eastern District of California"


def test_unknown_codes_are_refused():
    with pytest.raises(DomainError, match="unknown district 'cae'"):
        district("cae")
    with pytest.raises(DomainError, match="unknown state 'XX'"):
        state_code("XX")
    assert state_code(" ca ") == "CA"


def test_every_court_keeps_its_calendar():
    """The shared calendars are never evicted, so no period rebuilds a holiday table."""
    first = court_calendar("CA")
    for dist in DISTRICTS.values():
        court_calendar(dist.state, dist)
    for code in STATES:
        court_calendar(code)
    assert court_calendar("CA") is first
