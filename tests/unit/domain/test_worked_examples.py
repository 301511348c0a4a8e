"""The published worked examples of ../shared/WORKED-EXAMPLES.md and DOMAIN.md."""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import (
    CalendarChoices,
    Closure,
    Direction,
    court_calendar,
)
from meetconfer_gui.domain.deadlines import PeriodRequest, Service, count_period

A, B = Direction.AFTER, Direction.BEFORE
D = date.fromisoformat


@pytest.mark.parametrize(
    ("trigger", "days", "direction", "state", "service", "closed", "due", "latest"),
    [
        # DOMAIN.md, the sample order
        ("2017-10-04", 21, A, "CA", None, (), "2017-10-25", None),
        ("2017-10-04", 30, A, "CA", None, (), "2017-11-03", None),
        ("2017-10-04", 30, A, "CA", Service.MAIL, (), "2017-11-06", None),
        ("2017-10-20", 7, A, "CA", None, (), "2017-10-27", None),
        # WORKED-EXAMPLES.md 1-3 (2009 Committee Note)
        ("2007-08-22", 10, A, None, None, (), "2007-09-04", None),
        ("2007-09-11", 10, B, None, None, (), "2007-08-31", None),
        ("2007-09-11", 10, B, None, None, ("2007-08-31",), "2007-09-04", None),
        # 4: the 2016 amendment of Rule 6(d)
        ("2016-11-18", 7, A, None, Service.ELECTRONIC, (), "2016-11-25", "2016-11-28"),
        ("2016-11-18", 7, A, "CA", Service.ELECTRONIC, (), "2016-11-28", "2016-12-01"),
        # 5: S.D. Fla. closure, then 6(d)
        ("2013-06-21", 14, A, None, Service.MAIL, ("2013-07-05",), "2013-07-11", None),
        # 6, 7: executive-order closures, disputed
        ("2018-11-21", 14, A, None, None, (), "2018-12-05", "2018-12-06"),
        ("2014-12-12", 14, A, None, None, (), "2014-12-26", "2014-12-29"),
        # 8: administrative leave is not a legal holiday
        ("2023-11-10", 14, A, None, None, (), "2023-11-24", None),
        # 9: Lincoln Day in California
        ("2020-01-29", 14, A, "CA", None, (), "2020-02-13", None),
        # 10: Juneteenth 2021 observed Friday June 18
        ("2021-06-04", 14, A, None, None, (), "2021-06-21", None),
        # principles: state days only after an event; 6(d) after the roll
        ("2023-04-14", 14, B, "CA", None, (), "2023-03-31", None),
        ("2023-03-17", 14, A, "CA", None, (), "2023-04-03", None),
        ("2023-01-07", 14, A, None, Service.MAIL, (), "2023-01-26", None),
        # DOMAIN.md: July 4, 2020 both ways
        ("2020-06-20", 14, A, None, None, (), "2020-07-06", None),
        ("2020-07-18", 14, B, None, None, (), "2020-07-02", None),
    ],
)
def test_worked_example(trigger, days, direction, state, service, closed, due, latest):
    choices = CalendarChoices(closures=tuple(Closure(D(c)) for c in closed))
    result = count_period(PeriodRequest(D(trigger), days, direction, service=service),
                          court_calendar(state), choices)
    assert result.due == D(due)
    assert result.latest == (D(latest) if latest else None)


@pytest.mark.parametrize(
    "day",
    ["2023-02-13", "2023-03-31", "2024-04-01", "2023-09-22", "2026-09-25", "2023-11-24",
     "2026-11-27", "2026-02-12", "2026-03-31"],
)
def test_california_court_holidays_count_after_an_event(day):
    """WORKED-EXAMPLES.md 11: each is a legal holiday for a forward period in California."""
    holiday, _ = court_calendar("CA").classify(D(day), A, CalendarChoices())
    assert holiday is not None
    assert (holiday.applies_to(A) and not holiday.applies_to(B)) or holiday.category == "federal"


def test_ninth_circuit_2009_jan_2_is_not_a_legal_holiday():
    """WORKED-EXAMPLES.md 12."""
    holiday, undecided = court_calendar("CA").classify(D("2009-01-02"), A, CalendarChoices())
    assert holiday is None and undecided is None
