"""Properties added by the second engine audit (hypothesis).

test_properties.py and test_audit_properties.py check where a due date may fall, monotony in
days and triggers, state days by direction, 6(d)'s gap, exact court-day counts when no
disputed day decides, and the JSON keys. These add:

- every reading (not only ``due``) ends on a weekday that is no settled legal holiday, and
  the readings are distinct, in order, from ``due`` to ``latest``;
- a closure day that cannot be the last day (strictly inside the period, on a weekend, or on a
  settled holiday) never changes ``due`` or ``latest`` (FRCP 6(a)(3) looks at the last day);
- counting in court days after an event is additive: N + M court days end where M court days
  after the end of N end;
- mail, clerk and consented service give the same result; electronic service since
  December 1, 2016 and personal service give the plain 6(a) result;
- a district's calendar gives the same results as its state's, except the D.C.-area
  districts (dcd, mdd, vaed), which differ only across an Inauguration Day;
- Inauguration Day is listed for the D.C. area on January 20 of each fourth year after 1965
  (Monday 21 when the 20th is a Sunday; a Saturday is not moved) and nowhere else;
- every federal holiday 1971-2199 falls on a weekday, each statutory name once a year;
- a batch gives, line for line, what one count at a time gives;
- the engine's ``due`` and ``latest`` equal those of an independent reference count written
  here from DOMAIN.md (federal and California days, disputed days read both ways, closures,
  court days, Rule 6(d) old and new).
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
from datetime import date, timedelta
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from meetconfer_gui.cli import main
from meetconfer_gui.domain.calendars import (
    FIRST_YEAR,
    CalendarChoices,
    Closure,
    CourtCalendar,
    Direction,
    HolidayCategory,
    court_calendar,
)
from meetconfer_gui.domain.deadlines import (
    E_SERVICE_AMENDMENT,
    PeriodRequest,
    PeriodResult,
    Service,
    count_period,
)
from meetconfer_gui.domain.districts import DISTRICTS

A, B = Direction.AFTER, Direction.BEFORE
FAST = settings(max_examples=150, deadline=None)
NONE = CalendarChoices()

# From 1972: 120 court days before (about 170 calendar days) stays inside the years the app
# counts (1971 on). June 1971 was too early: 105 court days before 1971-06-01 is in 1970.
triggers = st.dates(min_value=date(1972, 1, 1), max_value=date(2040, 11, 30))
# Most disputed days sit in late December and around January 20: bias some triggers there.
year_end = st.builds(lambda y, d: date(y, 12, 1) + timedelta(days=d),
                     st.integers(1971, 2039), st.integers(0, 50))
any_trigger = st.one_of(triggers, year_end)
days = st.integers(min_value=1, max_value=120)
states = st.sampled_from([None, "CA", "CA", "NY", "TX", "DC"])
directions = st.sampled_from([A, B])


def _cal(state: str | None, code: str | None = None) -> CourtCalendar:
    if code is not None:
        dist = DISTRICTS[code]
        return court_calendar(dist.state, dist)
    return court_calendar(state)


def _ends(result: PeriodResult) -> list[date]:
    return [r.due for r in result.readings] or [result.due]


def _settled_holiday(cal: CourtCalendar, day: date, direction: Direction) -> bool:
    holiday, _ = cal.classify(day, direction, NONE)
    return holiday is not None


@FAST
@given(any_trigger, days, directions, states, st.booleans(),
       st.sampled_from([None, *Service]))
def test_every_reading_ends_on_a_day_a_period_can_end(trigger, n, direction, state, court,
                                                      service):
    if direction is B:
        service = None
    cal = _cal(state)
    result = count_period(PeriodRequest(trigger, n, direction, court, service), cal)
    ends = _ends(result)
    assert ends == sorted(set(ends))
    assert ends[0] == result.due and ends[-1] == (result.latest or result.due)
    # 6(d) rolls forward whatever the direction would be; only after-periods take a service
    for end in ends:
        assert end.weekday() < 5
        assert not _settled_holiday(cal, end, direction)


@FAST
@given(any_trigger, days, directions, states, st.booleans(), st.data())
def test_a_closure_inside_the_period_changes_nothing(trigger, n, direction, state, court,
                                                     data):
    """Closures strictly between the trigger and day N (in calendar days) are never the last
    day, whether the count is in calendar or court days (N court days span N or more)."""
    if n < 2:
        return
    sign = 1 if direction is A else -1
    offsets = data.draw(st.lists(st.integers(min_value=1, max_value=n - 1), min_size=1,
                                 max_size=4))
    closures = CalendarChoices(closures=tuple(
        Closure(trigger + timedelta(days=sign * o)) for o in sorted(set(offsets))))
    cal = _cal(state)
    req = PeriodRequest(trigger, n, direction, court)
    plain, closed = count_period(req, cal), count_period(req, cal, closures)
    assert (closed.due, closed.latest) == (plain.due, plain.latest)


@FAST
@given(any_trigger, days, directions, states, st.booleans(),
       st.lists(st.integers(min_value=-10, max_value=10), min_size=1, max_size=5))
def test_a_closure_on_a_weekend_or_a_holiday_changes_nothing(trigger, n, direction, state,
                                                             court, offsets):
    cal = _cal(state)
    sign = 1 if direction is A else -1
    landing = trigger + timedelta(days=sign * n)
    candidates = {landing + timedelta(days=o) for o in offsets}
    blocked = sorted(d for d in candidates
                     if d.weekday() >= 5 or _settled_holiday(cal, d, direction))
    if not blocked:
        return
    req = PeriodRequest(trigger, n, direction, court)
    plain = count_period(req, cal)
    closed = count_period(req, cal, CalendarChoices(closures=tuple(Closure(d) for d in blocked)))
    assert (closed.due, closed.latest) == (plain.due, plain.latest)


@FAST
@given(any_trigger, st.integers(min_value=1, max_value=40), st.integers(min_value=1, max_value=40),
       st.sampled_from([None, "CA", "CA"]))
def test_court_days_after_an_event_add_up(trigger, n, m, state):
    """``due`` after an event is the reading that counts no disputed day (the earliest), so it
    is additive like plain counting; CA's reviewed days and the federal ones only."""
    cal = _cal(state)
    first = count_period(PeriodRequest(trigger, n, A, court_days=True), cal)
    both = count_period(PeriodRequest(trigger, n + m, A, court_days=True), cal)
    then = count_period(PeriodRequest(first.due, m, A, court_days=True), cal)
    assert both.due == then.due


@FAST
@given(any_trigger, days, states, st.booleans())
def test_service_methods_that_add_three_days_agree(trigger, n, state, court):
    cal = _cal(state)

    def run(service: Service | None) -> tuple[date, date | None]:
        r = count_period(PeriodRequest(trigger, n, A, court, service), cal)
        return r.due, r.latest

    three = {run(s) for s in (Service.MAIL, Service.CLERK, Service.CONSENTED)}
    assert len(three) == 1
    plain = run(None)
    assert run(Service.PERSONAL) == plain
    electronic = run(Service.ELECTRONIC)
    if trigger >= E_SERVICE_AMENDMENT:
        assert electronic == plain
    else:  # the earlier rule is a reading; the deadline to meet is today's rule
        mail_due, mail_latest = three.pop()
        assert electronic[0] == plain[0]
        assert electronic[1] == (mail_latest or mail_due)


_DC_AREA = ("dcd", "mdd", "vaed")
_OTHER = sorted(set(DISTRICTS) - set(_DC_AREA))


@FAST
@given(any_trigger, days, directions, st.booleans(), st.sampled_from(_OTHER))
def test_a_district_counts_like_its_state(trigger, n, direction, court, code):
    req = PeriodRequest(trigger, n, direction, court)
    by_district = count_period(req, _cal(None, code))
    by_state = count_period(req, _cal(DISTRICTS[code].state))
    assert (by_district.due, by_district.latest) == (by_state.due, by_state.latest)


def _inauguration_days(first: date, last: date) -> bool:
    """Whether an Inauguration Day (Jan 20, or Jan 21 after a Sunday) lies in [first, last]."""
    for year in range(first.year, last.year + 1):
        if year > 1965 and (year - 1965) % 4 == 0:
            day = date(year, 1, 20)
            if day.weekday() == 6:
                day += timedelta(days=1)
            if day.weekday() < 5 and first <= day <= last:
                return True
    return False


@FAST
@given(st.one_of(any_trigger, st.builds(lambda y, d: date(y, 1, 1) + timedelta(days=d),
                                        st.integers(1972, 2040), st.integers(0, 40))),
       days, directions, st.booleans(), st.sampled_from(_DC_AREA))
def test_dc_area_districts_differ_only_across_inauguration_day(trigger, n, direction, court,
                                                               code):
    req = PeriodRequest(trigger, n, direction, court)
    by_district = count_period(req, _cal(None, code))
    by_state = count_period(req, _cal(DISTRICTS[code].state))
    if (by_district.due, by_district.latest) != (by_state.due, by_state.latest):
        ends = _ends(by_district) + _ends(by_state)
        span = (min(trigger, *ends) - timedelta(days=7), max(trigger, *ends) + timedelta(days=7))
        assert _inauguration_days(*span)


def test_inauguration_day_is_listed_in_the_dc_area_only() -> None:
    for year in range(FIRST_YEAR, 2200):
        jan20 = date(year, 1, 20)
        expected: date | None = None
        if (year - 1965) % 4 == 0:  # a Saturday stays listed (and can end nothing)
            expected = jan20 + timedelta(days=1) if jan20.weekday() == 6 else jan20
        for code in ("dcd", "mdd", "vaed", "vawd", "caed"):
            cal = _cal(None, code)
            found = [h.day for h in cal.between(date(year, 1, 19), date(year, 1, 22))
                     if h.name == "Inauguration Day"
                     and h.category is HolidayCategory.EXECUTIVE]
            want = [expected] if expected is not None and code in _DC_AREA else []
            assert found == want, (year, code)


_NAMES = ("New Year's Day", "Martin Luther King Jr.'s Birthday", "Washington's Birthday",
          "Memorial Day", "Juneteenth National Independence Day", "Independence Day",
          "Labor Day", "Columbus Day", "Veterans Day", "Thanksgiving Day", "Christmas Day")


def test_every_federal_holiday_is_a_weekday_once_a_year() -> None:
    cal = court_calendar(None)
    for year in range(FIRST_YEAR, 2199):  # 2199's Dec 31 may belong to 2200's New Year
        held = [h for h in cal.between(date(year, 1, 1), date(year, 12, 31))
                if h.category is HolidayCategory.FEDERAL]
        assert all(h.day.weekday() < 5 for h in held), year
        names = [h.name.removesuffix(" (observed)") for h in held]
        for name in _NAMES:
            expected = 1
            if name == "Martin Luther King Jr.'s Birthday" and year < 1986:
                expected = 0
            if name == "Juneteenth National Independence Day" and year < 2021:
                expected = 0
            if name == "New Year's Day":  # observed on Dec 31 when Jan 1 is a Saturday
                expected = (date(year, 1, 1).weekday() != 5) + (
                    date(year + 1, 1, 1).weekday() == 5)
            assert names.count(name) == expected, (year, name)
        veterans = next(h.day for h in held if h.name.startswith("Veterans Day"))
        assert veterans.month == (10 if year < 1978 else 11), year


_batch_lines = st.fixed_dictionaries(
    {"trigger": any_trigger.map(date.isoformat), "days": days},
    optional={
        "direction": st.sampled_from(["after", "before"]),
        "court_days": st.booleans(),
        "service": st.sampled_from([s.value for s in Service]),
        "state": st.sampled_from(["CA", "ny", "TX"]),
        "closed": st.lists(any_trigger.map(date.isoformat), max_size=2),
    },
)


def _cli(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        try:
            status = main(argv)
        except SystemExit as exc:
            status = exc.code if isinstance(exc.code, int) else 1
    return status, out.getvalue()


@settings(max_examples=25, deadline=None)
@given(st.lists(_batch_lines, min_size=1, max_size=8))
def test_a_batch_gives_what_single_counts_give(lines: list[dict[str, Any]]) -> None:
    fd, path = tempfile.mkstemp(suffix=".jsonl")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(line) + "\n" for line in lines)
        status, out = _cli(["count", "--batch", path, "--json"])
    finally:
        os.unlink(path)
    results = [json.loads(x) for x in out.splitlines()]
    assert len(results) == len(lines)
    bad = 0
    for line, result in zip(lines, results, strict=True):
        argv = ["count", "--from", line["trigger"], "--days", str(line["days"]), "--json"]
        if line.get("direction") == "before":
            argv.append("--before")
        if line.get("court_days"):
            argv.append("--court-days")
        if "service" in line:
            argv += ["--service", line["service"]]
        if "state" in line:
            argv += ["--state", line["state"]]
        if line.get("closed"):
            argv += ["--closed", *line["closed"]]
        single_status, single = _cli(argv)
        if "error" in result:
            bad += 1
            assert single_status == 2 and single == ""
        else:
            assert single_status == 0
            assert json.loads(single) == result
    assert status == (2 if bad else 0)


# --- an independent reference count, written from ../shared/DOMAIN.md's rule text ------------
# Federal days and California's days are computed here again, without the engine's tables
# (only the lunar calendar's dates are borrowed); disputed days are read both ways, none or
# all counted, and the earliest and latest results must be the engine's ``due`` and
# ``latest``. (Checked on 120,000 random requests while auditing; hypothesis keeps it so.)

_ONE = timedelta(days=1)


def _nth(year: int, month: int, weekday: int, n: int) -> date:
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year, month + 1, 1) - _ONE if month < 12 else date(year, 12, 31)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _observed(day: date) -> date:
    return day - _ONE if day.weekday() == 5 else day + _ONE if day.weekday() == 6 else day


def _ref_federal(year: int) -> set[date]:
    days = {_observed(date(year, 1, 1)), _observed(date(year + 1, 1, 1)),
            _observed(date(year, 7, 4)), _observed(date(year, 12, 25)), _nth(year, 2, 0, 3),
            _nth(year, 5, 0, -1), _nth(year, 9, 0, 1), _nth(year, 10, 0, 2),
            _nth(year, 11, 3, 4),
            _observed(date(year, 11, 11)) if year >= 1978 else _nth(year, 10, 0, 4)}
    if year >= 1986:
        days.add(_nth(year, 1, 0, 3))
    if year >= 2021:
        days.add(_observed(date(year, 6, 19)))
    return {d for d in days if d.year == year}


_REF_EXECUTIVE = {date(*t) for t in [
    (1972, 12, 28), (1973, 1, 25), (1994, 4, 27), (2001, 12, 24), (2003, 12, 26),
    (2004, 6, 11), (2007, 1, 2), (2007, 12, 24), (2008, 12, 26), (2012, 12, 24),
    (2014, 12, 26), (2018, 12, 5), (2018, 12, 24), (2019, 12, 24), (2020, 12, 24),
    (2024, 12, 24), (2025, 1, 9), (2025, 12, 24), (2025, 12, 26)]}


def _ref_california(year: int) -> tuple[set[date], set[date]]:
    from meetconfer_gui.domain.calendars import _DIWALI, _LUNAR_NEW_YEAR

    settled: set[date] = set()
    disputed: set[date] = set()
    for day in [date(year, 2, 12)] + ([date(year, 3, 31)] if year >= 2001 else []):
        settled.add(day + _ONE if day.weekday() == 6 else day)
        if day.weekday() == 5:
            disputed.add(day - _ONE)
    settled.add(_nth(year, 11, 3, 4) + _ONE)
    if year >= 2022:
        settled.add(_nth(year, 9, 4, 4))
    elif year >= 2015:
        disputed.add(_nth(year, 9, 4, 4))
    admission = date(year, 9, 9)
    disputed.add(admission + _ONE if admission.weekday() == 6 else admission)
    if year in _LUNAR_NEW_YEAR:
        disputed.add(date(year, *_LUNAR_NEW_YEAR[year]))
    if year >= 2023:
        disputed.add(date(year, 4, 24))
    if year in _DIWALI:
        disputed.add(date(year, *_DIWALI[year]))
    return settled, disputed


def _ref_blocked(day: date, after: bool, state: str | None, assume: bool) -> bool:
    if day.weekday() >= 5 or day in _ref_federal(day.year):
        return True
    if assume and day in _REF_EXECUTIVE:
        return True
    if state == "CA" and after:  # FRCP 6(a)(6)(C): state days only after an event
        settled, disputed = _ref_california(day.year)
        return day in settled or (assume and day in disputed)
    return False


def _ref_run(req: PeriodRequest, state: str | None, closed: frozenset[date], assume: bool,
             old_rule: bool) -> date:
    after = req.direction is A
    step = _ONE if after else -_ONE
    if req.court_days:
        day, counted = req.trigger, 0
        while counted < req.days:
            day += step
            counted += not _ref_blocked(day, after, state, assume)
    else:
        day = req.trigger + step * req.days
        while _ref_blocked(day, after, state, assume):
            day += step

    def extend(day: date, after: bool) -> date:  # FRCP 6(a)(3): forward from a closed last day
        if day in closed:
            while day in closed or _ref_blocked(day, after, state, assume):
                day += _ONE
        return day

    day = extend(day, after)
    service = req.service
    if service is not None and (service.adds_three_days or (
            service is Service.ELECTRONIC and old_rule)):
        day += 3 * _ONE
        while _ref_blocked(day, True, state, assume):
            day += _ONE
        day = extend(day, True)
    return day


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.dates(min_value=date(1974, 1, 1), max_value=date(2039, 12, 31)),
                 year_end.filter(lambda d: d.year >= 1974)),
       st.one_of(st.sampled_from([1, 2, 3, 7, 10, 14, 21, 30, 60, 90, 180, 365]), days),
       directions, st.booleans(), st.sampled_from([None, *Service]),
       st.sampled_from([None, "CA"]),
       st.lists(st.integers(min_value=-6, max_value=7), max_size=3))
def test_the_engine_agrees_with_an_independent_reference(trigger, n, direction, court,
                                                         service, state, offsets):
    if direction is B:
        service = None
    req = PeriodRequest(trigger, n, direction, court, service)
    landing = trigger + timedelta(days=n if direction is A else -n)
    closed = frozenset(landing + timedelta(days=o) for o in offsets)
    result = count_period(req, court_calendar(state),
                          CalendarChoices(closures=tuple(Closure(d) for d in sorted(closed))))
    old = [False, True] if (service is Service.ELECTRONIC
                            and trigger < E_SERVICE_AMENDMENT) else [False]
    ends = {_ref_run(req, state, closed, assume, o) for assume in (False, True) for o in old}
    expected = (min(ends), max(ends) if len(ends) > 1 else None)
    assert (result.due, result.latest) == expected
