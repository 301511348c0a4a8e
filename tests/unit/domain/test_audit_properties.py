"""More properties of every count (hypothesis), added by the engine audit.

test_properties.py already checks: the due date is a day a period can end; the due date is on
the right side of trigger +/- N; more days never give an earlier date after an event; a closure
never makes a deadline earlier; ``due`` <= ``latest``. These add:

- before an event, more days never give a later date (closures included);
- a state's days never reach a period before an event (FRCP 6(a)(6)(C)), and after an event
  they only ever make a deadline later;
- a roll past weekends and holidays is short: five days at most, even across disputed days;
- counting in court days leaves exactly N court days between the trigger and the due date;
- every skip step names a weekend day or a listed holiday;
- electronic service before Dec 1 2016: ``due`` is today's rule, the mail count is a reading;
- the JSON of any result has CLI.md's keys, optional ones absent rather than null.
- a later trigger never gives an earlier deadline, in either direction.
"""

from __future__ import annotations

import json
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from meetconfer_gui.domain.calendars import (
    CalendarChoices,
    Closure,
    Direction,
    court_calendar,
)
from meetconfer_gui.domain.deadlines import (
    E_SERVICE_AMENDMENT,
    PeriodRequest,
    PeriodResult,
    Service,
    StepKind,
    count_period,
)

A, B = Direction.AFTER, Direction.BEFORE
FAST = settings(max_examples=200, deadline=None)
NONE = CalendarChoices()

triggers = st.dates(min_value=date(2014, 1, 1), max_value=date(2031, 12, 31))
days = st.integers(min_value=1, max_value=120)
states = st.sampled_from([None, "CA", "CA", "NY", "MA", "TX"])
# A week of December has most of the disputed days (Christmas Eve, the day after Christmas):
# bias some triggers there.
december = st.builds(lambda y, d: date(y, 12, d), st.integers(2014, 2030), st.integers(1, 31))
any_trigger = st.one_of(triggers, december)


def _count(req: PeriodRequest, state: str | None,
           choices: CalendarChoices = NONE) -> PeriodResult:
    return count_period(req, court_calendar(state), choices)


def _closed(landing: date, offsets: list[int]) -> CalendarChoices:
    return CalendarChoices(closures=tuple(
        Closure(d) for d in sorted({landing + timedelta(days=o) for o in offsets})))


@FAST
@given(any_trigger, days, st.integers(min_value=1, max_value=30), states, st.booleans(),
       st.lists(st.integers(min_value=-40, max_value=3), max_size=3))
def test_more_days_never_give_a_later_date_before_an_event(trigger, n, more, state, court,
                                                            offsets):
    choices = _closed(trigger - timedelta(days=n), offsets)
    short = _count(PeriodRequest(trigger, n, B, court), state, choices)
    long = _count(PeriodRequest(trigger, n + more, B, court), state, choices)
    assert long.due <= short.due
    assert (long.latest or long.due) <= (short.latest or short.due)


@FAST
@given(any_trigger, days, st.sampled_from(["CA", "NY", "MA", "TX"]), st.booleans())
def test_state_days_never_reach_a_period_before_an_event(trigger, n, state, court):
    federal = _count(PeriodRequest(trigger, n, B, court), None)
    with_state = _count(PeriodRequest(trigger, n, B, court), state)
    assert (with_state.due, with_state.latest) == (federal.due, federal.latest)
    assert not any("counts only for periods after an event" in s.text
                   for s in with_state.steps)


@FAST
@given(any_trigger, days, st.sampled_from(["CA", "NY", "MA", "TX"]), st.booleans(),
       st.sampled_from([None, *Service]))
def test_state_days_only_make_a_period_after_an_event_later(trigger, n, state, court, service):
    req = PeriodRequest(trigger, n, A, court, service)
    federal, with_state = _count(req, None), _count(req, state)
    assert with_state.due >= federal.due
    assert (with_state.latest or with_state.due) >= (federal.latest or federal.due)


@FAST
@given(any_trigger, days, st.sampled_from([A, B]), states)
def test_a_roll_is_at_most_five_days(trigger, n, direction, state):
    """The longest run of days that cannot end a period is Dec 24-28 2025 (disputed days)."""
    result = _count(PeriodRequest(trigger, n, direction), state)
    sign = 1 if direction is A else -1
    landing = trigger + timedelta(days=sign * n)
    for due in (result.due, result.latest or result.due):
        assert 0 <= (due - landing).days * sign <= 5


@FAST
@given(any_trigger, days, states, st.sampled_from([None, *Service]))
def test_six_d_adds_three_days_and_a_short_roll(trigger, n, state, service):
    plain = _count(PeriodRequest(trigger, n, A), state)
    served = _count(PeriodRequest(trigger, n, A, service=service), state)
    gap = (served.due - plain.due).days
    if service is not None and service.adds_three_days:
        assert 3 <= gap <= 3 + 5
    else:
        assert gap == 0


@FAST
@given(any_trigger, st.integers(min_value=1, max_value=60), st.sampled_from([A, B]), states)
def test_court_days_leave_exactly_n_court_days(trigger, n, direction, state):
    result = _count(PeriodRequest(trigger, n, direction, court_days=True), state)
    if result.readings:  # a disputed day decides; each reading counts it its own way
        return
    cal = court_calendar(state)
    lo, hi = sorted((trigger, result.due))
    counted = 0
    day = lo + timedelta(days=1) if direction is A else lo
    last = hi if direction is A else hi - timedelta(days=1)
    while day <= last:
        holiday, undecided = cal.classify(day, direction, NONE)
        if day.weekday() < 5 and holiday is None and undecided is None:
            counted += 1
        day += timedelta(days=1)
    assert counted == n


@FAST
@given(any_trigger, days, st.sampled_from([A, B]), states, st.booleans())
def test_every_skip_names_a_weekend_or_a_listed_holiday(trigger, n, direction, state, court):
    cal = court_calendar(state)
    result = _count(PeriodRequest(trigger, n, direction, court), state)
    for reading_steps in (result.steps, *(r.steps for r in result.readings)):
        for s in reading_steps:
            if s.kind is StepKind.SKIP:
                assert s.day.weekday() >= 5 or cal.holidays_on(s.day), s


@FAST
@given(st.dates(min_value=date(2010, 1, 1), max_value=date(2018, 12, 31)), days, states)
def test_electronic_service_before_the_2016_amendment(trigger, n, state):
    """DOMAIN.md: today's reading is the deadline to meet; the older one (3 days) beside it."""
    e = _count(PeriodRequest(trigger, n, A, service=Service.ELECTRONIC), state)
    plain = _count(PeriodRequest(trigger, n, A), state)
    mail = _count(PeriodRequest(trigger, n, A, service=Service.MAIL), state)
    assert e.due == plain.due
    if trigger < E_SERVICE_AMENDMENT:
        assert mail.due in {r.due for r in e.readings}
        assert e.latest is not None and e.latest >= mail.due
    else:
        assert e.latest == plain.latest


@FAST
@given(any_trigger, days, st.sampled_from([A, B]), states, st.booleans(),
       st.sampled_from([None, *Service]))
def test_json_has_the_contract_keys(trigger, n, direction, state, court, service):
    """CLI.md: required keys with their types; optional keys absent, never null."""
    req = PeriodRequest(trigger, n, direction, court, service if direction is A else None)
    out = json.loads(json.dumps(_count(req, state).to_json()))
    assert isinstance(out["due"], str)
    assert out["trigger"] == trigger.isoformat()
    assert out["days"] == n
    assert out["direction"] == direction.value
    assert out["state"] == state
    assert out["service"] == (req.service.value if req.service else None)
    assert isinstance(out["steps"], list) and out["steps"]
    assert ("latest" in out) == ("readings" in out)
    for key in ("latest", "readings", "notes"):
        assert key not in out or out[key] is not None
    if "latest" in out:
        assert out["due"] < out["latest"]
        assert [r["due"] for r in out["readings"]][-1] == out["latest"]


@FAST
@given(any_trigger, days, st.integers(min_value=1, max_value=10), st.sampled_from([A, B]),
       states, st.booleans())
def test_a_later_trigger_never_gives_an_earlier_deadline(trigger, n, later, direction, state,
                                                         court):
    """Both directions; ``conference_by`` searches backward from the outer date relying on it."""
    first = _count(PeriodRequest(trigger, n, direction, court), state)
    second = _count(PeriodRequest(trigger + timedelta(days=later), n, direction, court), state)
    assert second.due >= first.due
    assert (second.latest or second.due) >= (first.latest or first.due)
