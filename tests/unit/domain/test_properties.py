"""Properties every count must have, whatever the dates (hypothesis).

- The due date is never a Saturday, Sunday, a settled legal holiday in force for the period's
  direction, or a day the clerk's office was closed.
- After an event, the due date is never before trigger + N; before an event, never after
  trigger - N unless a closure day extended it forward (FRCP 6(a)(3)).
- After an event, more days never give an earlier date.
- Adding a closure day never makes a deadline earlier.
- ``due`` <= ``latest``; the steps run from the trigger to the due date.
"""

from __future__ import annotations

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
    PeriodRequest,
    PeriodResult,
    Service,
    StepKind,
    count_period,
)

A, B = Direction.AFTER, Direction.BEFORE
FAST = settings(max_examples=200, deadline=None)

triggers = st.dates(min_value=date(2008, 1, 1), max_value=date(2035, 12, 31))
days = st.integers(min_value=1, max_value=90)
states = st.sampled_from([None, "CA", "CA", "NY"])
services = st.sampled_from([None, *Service])
# offsets from the plain landing day, where closures can matter
near = st.lists(st.integers(min_value=-3, max_value=10), max_size=3)


@st.composite
def requests(draw: st.DrawFn) -> PeriodRequest:
    direction = draw(st.sampled_from([A, B]))
    service = draw(services) if direction is A else None
    return PeriodRequest(draw(triggers), draw(days), direction, draw(st.booleans()), service)


def _closures(req: PeriodRequest, offsets: list[int]) -> CalendarChoices:
    sign = 1 if req.direction is A else -1
    landing = req.trigger + timedelta(days=sign * req.days)
    return CalendarChoices(closures=tuple(
        Closure(d) for d in sorted({landing + timedelta(days=o) for o in offsets})))


def _count(req: PeriodRequest, state: str | None, choices: CalendarChoices) -> PeriodResult:
    return count_period(req, court_calendar(state), choices)


@FAST
@given(requests(), states, near)
def test_due_is_a_day_the_period_can_end(req, state, offsets):
    choices = _closures(req, offsets)
    result = _count(req, state, choices)
    due = result.due
    assert due.weekday() < 5
    holiday, _ = court_calendar(state).classify(due, req.direction, choices)
    assert holiday is None, holiday
    assert due not in choices.closed_days
    # the steps run from the trigger to the due date
    assert result.steps[0].kind is StepKind.TRIGGER
    assert result.steps[0].day == req.trigger
    assert result.steps[-1].kind is StepKind.DUE
    assert result.steps[-1].day == due
    weekday = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")[due.weekday()]
    assert result.steps[-1].text.startswith(f"Due {weekday}, ")


@FAST
@given(requests(), states, near)
def test_due_is_on_the_right_side_of_the_trigger(req, state, offsets):
    result = _count(req, state, _closures(req, offsets))
    n = timedelta(days=req.days)
    if req.direction is A:
        assert result.due >= req.trigger + n
        if req.service is not None and req.service.adds_three_days:
            assert result.due >= req.trigger + n + timedelta(days=3)
    elif not any(s.kind is StepKind.CLOSED for s in result.steps):
        assert result.due <= req.trigger - n
    else:
        assert result.due > req.trigger - n - timedelta(days=60)


@FAST
@given(requests(), states, st.integers(min_value=1, max_value=30), near)
def test_more_days_never_give_an_earlier_date_after_an_event(req, state, more, offsets):
    req = PeriodRequest(req.trigger, req.days, A, req.court_days, req.service)
    choices = _closures(req, offsets)
    longer = PeriodRequest(req.trigger, req.days + more, A, req.court_days, req.service)
    assert _count(longer, state, choices).due >= _count(req, state, choices).due


@FAST
@given(requests(), states, near, st.integers(min_value=-3, max_value=10))
def test_a_closure_day_never_makes_a_deadline_earlier(req, state, offsets, extra):
    before = _closures(req, offsets)
    sign = 1 if req.direction is A else -1
    landing = req.trigger + timedelta(days=sign * req.days)
    closed = landing + timedelta(days=extra)
    after = before.with_closure(Closure(closed))
    assert _count(req, state, after).due >= _count(req, state, before).due
    # closing the due date itself moves the deadline later
    due = _count(req, state, before).due
    assert _count(req, state, before.with_closure(Closure(due))).due > due


@FAST
@given(requests(), states, near)
def test_due_is_never_after_latest(req, state, offsets):
    result = _count(req, state, _closures(req, offsets))
    if result.latest is None:
        assert result.readings == ()
    else:
        assert result.due <= result.latest
        assert result.due < result.latest  # readings are given only when they differ
        assert [r.due for r in result.readings] == sorted({r.due for r in result.readings})
        assert result.readings[0].due == result.due
        assert result.readings[-1].due == result.latest


@FAST
@given(triggers, days, states)
def test_court_days_are_never_fewer_than_calendar_days(trigger, n, state):
    calendar = _count(PeriodRequest(trigger, n, A), state, CalendarChoices())
    court = _count(PeriodRequest(trigger, n, A, court_days=True), state, CalendarChoices())
    assert court.due >= calendar.due
    back = _count(PeriodRequest(trigger, n, B, court_days=True), state, CalendarChoices())
    assert back.due <= trigger - timedelta(days=n)
