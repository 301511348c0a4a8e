"""Counting periods under FRCP 6: hand-checked tables, the steps, the JSON, validation.

Each row was counted by hand from the rule text in ../shared/DOMAIN.md ("Counting a
period"): exclude the trigger day, count every day, roll a last day that is a Saturday,
Sunday or legal holiday (forward after an event, backward before one), extend forward past
closure days, add 3 days for mail/clerk/consented service after that and roll again. The
comments give the weekdays the count passes through.
"""

from __future__ import annotations

import json
from datetime import date

import pytest

from meetconfer_gui.domain.calendars import (
    CalendarChoices,
    Closure,
    Direction,
    court_calendar,
)
from meetconfer_gui.domain.deadlines import (
    MAX_DAYS,
    PeriodRequest,
    PeriodResult,
    Service,
    StepKind,
    count_period,
)
from meetconfer_gui.domain.districts import DISTRICTS
from meetconfer_gui.domain.errors import DomainError

A, B = Direction.AFTER, Direction.BEFORE
D = date.fromisoformat
MAIL, CLERK, CONSENTED = Service.MAIL, Service.CLERK, Service.CONSENTED
E, PERSONAL = Service.ELECTRONIC, Service.PERSONAL


def count(trigger: str, days: int, direction: Direction = A, state: str | None = None,
          service: Service | None = None, closed: tuple[str, ...] = (),
          court_days: bool = False) -> PeriodResult:
    choices = CalendarChoices(closures=tuple(Closure(D(c)) for c in closed))
    req = PeriodRequest(D(trigger), days, direction, court_days, service)
    return count_period(req, court_calendar(state), choices)


def check_due(result: PeriodResult, due: str, latest: str | None) -> None:
    assert result.due == D(due)
    assert result.latest == (D(latest) if latest else None)
    assert result.steps[-1].kind is StepKind.DUE
    assert result.steps[-1].day == D(due)


# --- backward periods never skip state days (FRCP 6(a)(6)(C)) -------------------------------

@pytest.mark.parametrize(
    ("trigger", "days", "state", "due"),
    [
        # Fri 2023-03-31 is Cesar Chavez Day: a state day, not skipped counting backward
        ("2023-04-14", 14, "CA", "2023-03-31"),
        # Fri 2023-11-24, the day after Thanksgiving: not skipped backward
        ("2023-12-04", 10, "CA", "2023-11-24"),
        # Mon 2023-02-13, Lincoln Day observed: not skipped backward
        ("2023-02-20", 7, "CA", "2023-02-13"),
        # Fri 2023-09-22, Native American Day: not skipped backward
        ("2023-10-06", 14, "CA", "2023-09-22"),
        # Thu 2023-11-23 is Thanksgiving (federal): skipped backward to Wed Nov 22
        ("2023-12-04", 11, "CA", "2023-11-22"),
        ("2023-12-04", 11, None, "2023-11-22"),
        # Sat 2020-07-04 -> Fri 07-03 is Independence Day observed -> Thu 07-02
        ("2020-07-18", 14, None, "2020-07-02"),
        ("2020-07-18", 14, "CA", "2020-07-02"),
        # Sun 2023-01-01 -> Sat Dec 31 -> Fri 2022-12-30 (New Year's observed Mon Jan 2)
        ("2023-01-15", 14, None, "2022-12-30"),
        # NY's review days do not count backward either: Mon 2024-02-12 Lincoln's Birthday
        ("2024-02-26", 14, "NY", "2024-02-12"),
    ],
)
def test_backward_period(trigger, days, state, due):
    result = count(trigger, days, B, state)
    check_due(result, due, None)
    assert result.request.direction is B


@pytest.mark.parametrize(
    ("trigger", "days", "state", "due"),
    [
        # the same days counted forward are skipped in California
        ("2023-03-17", 14, "CA", "2023-04-03"),  # Fri Mar 31 state day, Sat, Sun -> Mon
        ("2023-03-17", 14, None, "2023-03-31"),  # federal days only: Fri Mar 31 stands
        ("2023-11-17", 7, "CA", "2023-11-27"),  # Fri Nov 24 state day, weekend -> Mon Nov 27
        ("2023-11-17", 7, None, "2023-11-24"),
        ("2023-09-08", 14, "CA", "2023-09-25"),  # Fri Sep 22 Native American Day -> Mon
        ("2020-01-29", 14, "CA", "2020-02-13"),  # Wed Feb 12 2020 Lincoln Day -> Thu
        ("2020-01-29", 14, None, "2020-02-12"),
        ("2023-11-09", 14, "CA", "2023-11-27"),  # Thu Nov 23 Thanksgiving, Fri, Sat, Sun
        ("2023-11-09", 14, None, "2023-11-24"),  # federal only: Thu Nov 23 -> Fri Nov 24
    ],
)
def test_forward_period_skips_state_days(trigger, days, state, due):
    check_due(count(trigger, days, A, state), due, None)


# --- Rule 6(d): 3 days after the 6(a) end, then roll again -----------------------------------

@pytest.mark.parametrize(
    ("trigger", "days", "state", "service", "due"),
    [
        ("2017-10-04", 30, "CA", MAIL, "2017-11-06"),  # Fri Nov 3 + 3 = Mon Nov 6
        # day 14 is Sat Jan 21, rolls to Mon Jan 23, + 3 = Thu Jan 26
        ("2023-01-07", 14, None, MAIL, "2023-01-26"),
        # Wed Mar 15 + 3 = Sat Mar 18 -> Mon Mar 20
        ("2023-03-01", 14, None, MAIL, "2023-03-20"),
        ("2023-03-01", 14, None, CLERK, "2023-03-20"),
        ("2023-03-01", 14, None, CONSENTED, "2023-03-20"),
        ("2023-03-01", 14, None, PERSONAL, "2023-03-15"),
        ("2023-03-01", 14, None, E, "2023-03-15"),
        # Fri Sep 1 + 3 = Mon Sep 4 2023, Labor Day -> Tue Sep 5
        ("2023-08-18", 14, None, MAIL, "2023-09-05"),
        # Fri Dec 22 + 3 = Mon Dec 25 2023, Christmas -> Tue Dec 26
        ("2023-11-22", 30, None, CLERK, "2023-12-26"),
        # Tue Mar 28 + 3 = Fri Mar 31 2023, Cesar Chavez Day in California -> Mon Apr 3
        ("2023-03-07", 21, "CA", MAIL, "2023-04-03"),
        ("2023-03-07", 21, None, MAIL, "2023-03-31"),
        # Wed Nov 8 2023 + 3 = Sat Nov 11 -> Sun -> Mon Nov 13 (Fri Nov 10 was Veterans Day
        # observed, but it is behind the count)
        ("2023-10-25", 14, None, MAIL, "2023-11-13"),
        # 6(a) end Fri Nov 10 2023 is Veterans Day observed -> Mon Nov 13, + 3 = Thu Nov 16
        ("2023-10-27", 14, None, MAIL, "2023-11-16"),
    ],
)
def test_rule_6d(trigger, days, state, service, due):
    result = count(trigger, days, A, state, service)
    check_due(result, due, None)
    added = [s for s in result.steps if s.kind is StepKind.SERVICE_DAYS]
    if service.adds_three_days:
        assert len(added) == 1
        assert added[0].rule == "FRCP 6(d)"
    else:
        assert added == []


@pytest.mark.parametrize(
    ("trigger", "days", "state", "due", "latest"),
    [
        # before Dec 1, 2016 electronic service also added 3 days: two readings
        ("2016-03-01", 14, None, "2016-03-15", "2016-03-18"),  # Tue Mar 15; + 3 = Fri Mar 18
        ("2016-11-30", 7, None, "2016-12-07", "2016-12-12"),  # Wed Dec 7; + 3 Sat -> Mon
        ("2016-11-18", 7, None, "2016-11-25", "2016-11-28"),  # WORKED-EXAMPLES.md 4
        ("2016-11-18", 7, "CA", "2016-11-28", "2016-12-01"),
        # from Dec 1, 2016 electronic service adds nothing, one reading
        ("2016-12-01", 7, None, "2016-12-08", None),
        ("2017-03-01", 14, None, "2017-03-15", None),
        ("2023-01-07", 14, None, "2023-01-23", None),
    ],
)
def test_electronic_service_and_the_2016_amendment(trigger, days, state, due, latest):
    result = count(trigger, days, A, state, E)
    check_due(result, due, latest)
    if latest:
        assert len(result.readings) == 2
        assert result.readings[0].assumes == "Rule 6 as in force today"
        assert "before December 1, 2016" in result.readings[1].assumes
        assert any("Electronic service before December 1, 2016" in n for n in result.notes)
        old = [s for s in result.readings[1].steps if s.kind is StepKind.SERVICE_DAYS]
        assert old[0].rule == "FRCP 6(d) (before the 2016 amendment)"
    else:
        assert result.readings == ()
        assert not [s for s in result.steps if s.kind is StepKind.SERVICE_DAYS]


# --- leap days ----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("trigger", "days", "direction", "due"),
    [
        ("2024-01-31", 29, A, "2024-02-29"),  # Thu Feb 29 2024
        ("2024-02-28", 1, A, "2024-02-29"),
        ("2023-02-28", 1, A, "2023-03-01"),  # no Feb 29 in 2023: Wed Mar 1
        ("2024-02-01", 30, A, "2024-03-04"),  # Sat Mar 2 -> Mon Mar 4
        ("2023-02-01", 30, A, "2023-03-03"),  # Fri Mar 3 2023
        ("2024-03-01", 1, B, "2024-02-29"),
        ("2024-03-07", 7, B, "2024-02-29"),
        ("2020-03-14", 14, B, "2020-02-28"),  # Sat Feb 29 2020 -> Fri Feb 28
        ("2020-02-15", 14, A, "2020-03-02"),  # Sat Feb 29 2020 -> Mon Mar 2
        ("2028-02-01", 28, A, "2028-02-29"),  # Tue Feb 29 2028
        ("2024-02-29", 365, A, "2025-02-28"),  # Fri Feb 28 2025
        ("2023-03-01", 366, B, "2022-02-28"),  # Mon Feb 28 2022
    ],
)
def test_leap_days(trigger, days, direction, due):
    check_due(count(trigger, days, direction), due, None)


# --- periods crossing a year ------------------------------------------------------------------

@pytest.mark.parametrize(
    ("trigger", "days", "direction", "state", "due", "latest"),
    [
        # Fri Dec 31 2021 is New Year's Day (2022) observed: Sat, Sun -> Mon Jan 3 2022
        ("2021-12-21", 10, A, None, "2022-01-03", None),
        ("2021-12-21", 10, A, "CA", "2022-01-03", None),
        # counted backward, Fri Dec 31 2021 rolls back to Thu Dec 30
        ("2022-01-10", 10, B, None, "2021-12-30", None),
        # Fri Dec 24 2021 is Christmas observed: forward to Mon Dec 27, backward to Thu Dec 23
        ("2021-12-10", 14, A, None, "2021-12-27", None),
        ("2022-01-07", 14, B, None, "2021-12-23", None),
        # Mon Jan 2 2023, New Year's Day observed -> Tue Jan 3
        ("2022-12-21", 12, A, None, "2023-01-03", None),
        ("2022-12-20", 14, A, None, "2023-01-03", None),
        # Sun Jan 5 2020 -> Mon Jan 6
        ("2019-12-06", 30, A, None, "2020-01-06", None),
        # Tue Dec 24 2019, an executive-order closure: disputed. Forward: Tue 24 or Thu 26
        ("2019-12-10", 14, A, None, "2019-12-24", "2019-12-26"),
        # backward: counting the closure gives the earlier date, Mon Dec 23
        ("2020-01-07", 14, B, None, "2019-12-23", "2019-12-24"),
        # Wed Dec 24 2025 and Fri Dec 26 2025 both closures: the latest reading counts both
        ("2025-12-10", 14, A, None, "2025-12-24", "2025-12-29"),
        # Tue Dec 31 2024 + 1 = Wed Jan 1 2025 -> Thu Jan 2
        ("2024-12-31", 1, A, None, "2025-01-02", None),
    ],
)
def test_periods_crossing_a_year(trigger, days, direction, state, due, latest):
    check_due(count(trigger, days, direction, state), due, latest)


def test_disputed_readings_name_what_they_assume():
    result = count("2018-11-21", 14)  # WORKED-EXAMPLES.md 6
    assert result.due == D("2018-12-05")
    assert result.latest == D("2018-12-06")
    early, late = result.readings
    assert early.due == D("2018-12-05")
    assert early.assumes == ("National Day of Mourning for President George H. W. Bush "
                             "(Wednesday, December 5, 2018) is not a legal holiday")
    assert late.due == D("2018-12-06")
    assert late.assumes == ("National Day of Mourning for President George H. W. Bush "
                            "(Wednesday, December 5, 2018) counts as a legal holiday")
    assert any("Thursday, December 6, 2018" in n for n in result.notes)
    # the deadline to meet is explained by the earlier reading's steps
    assert result.steps == early.steps


def test_a_users_choice_settles_a_disputed_day():
    req = PeriodRequest(D("2018-11-21"), 14)
    counted = CalendarChoices(counted=frozenset({D("2018-12-05")}))
    result = count_period(req, court_calendar(None), counted)
    assert (result.due, result.latest) == (D("2018-12-06"), None)
    ignored = CalendarChoices(not_counted=frozenset({D("2018-12-05")}))
    result = count_period(req, court_calendar(None), ignored)
    assert (result.due, result.latest) == (D("2018-12-05"), None)


# --- court days ---------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("trigger", "days", "direction", "state", "due"),
    [
        # Tue 7 .. Fri 10, Mon 13 .. Fri 17, Mon 20: the tenth court day
        ("2023-03-06", 10, A, None, "2023-03-20"),
        # Thu Nov 23 2023 Thanksgiving skipped; Fri 24 (1), Mon 27 .. Thu 30 (2-5)
        ("2023-11-22", 5, A, None, "2023-11-30"),
        # California: Fri Nov 24 skipped too; Mon 27 .. Fri Dec 1 (1-5)
        ("2023-11-22", 5, A, "CA", "2023-12-01"),
        # backward in California: Sun, Sat skipped, Fri 24 counts (state day, backward),
        # Thu 23 Thanksgiving skipped, Wed 22 (2), Tue 21 (3)
        ("2023-11-27", 3, B, "CA", "2023-11-21"),
        # Fri 2023-03-03 + 1 court day = Mon Mar 6
        ("2023-03-03", 1, A, None, "2023-03-06"),
        # from a Saturday: Mon Jan 9 2023 is the first court day
        ("2023-01-07", 1, A, None, "2023-01-09"),
        # Dec 2021: Fri 24 and Fri 31 are observed holidays
        ("2021-12-22", 5, A, None, "2021-12-30"),  # Thu 23 (1), Mon 27 .. Thu 30 (2-5)
        ("2021-12-22", 6, A, None, "2022-01-03"),  # Fri 31 skipped, Mon Jan 3 (6)
    ],
)
def test_court_days(trigger, days, direction, state, due):
    result = count(trigger, days, direction, state, court_days=True)
    check_due(result, due, None)
    kinds = [s.kind for s in result.steps]
    assert kinds[0] is StepKind.TRIGGER
    assert StepKind.COUNT in kinds and StepKind.LANDED in kinds
    assert "court days" in next(s.text for s in result.steps if s.kind is StepKind.COUNT)


def test_court_days_skip_steps_name_each_day():
    result = count("2023-11-22", 5, A, "CA", court_days=True)
    skips = [(s.day, s.text.split(": ", 1)[1]) for s in result.steps if s.kind is StepKind.SKIP]
    assert skips == [
        (D("2023-11-23"), "Thanksgiving Day, 5 U.S.C. 6103(a)."),
        (D("2023-11-24"), "Day after Thanksgiving, California, counts only for periods after "
                          "an event."),
        (D("2023-11-25"), "Saturday."),
        (D("2023-11-26"), "Sunday."),
    ]


def test_court_days_count_a_disputed_day_both_ways():
    # Fri Dec 20 2024 + 2 court days: Mon 23 (1), Tue 24 closure (2 or skipped), Thu 26
    result = count("2024-12-20", 2, A, None, court_days=True)
    check_due(result, "2024-12-24", "2024-12-26")


# --- closure days (FRCP 6(a)(3)): extend forward, both directions ---------------------------

@pytest.mark.parametrize(
    ("trigger", "days", "direction", "state", "service", "closed", "due"),
    [
        ("2023-03-01", 14, A, None, None, ("2023-03-15",), "2023-03-16"),  # Wed -> Thu
        ("2023-03-03", 14, A, None, None, ("2023-03-17",), "2023-03-20"),  # Fri -> Mon
        ("2023-03-01", 14, A, None, None, ("2023-03-15", "2023-03-16"), "2023-03-17"),
        ("2023-03-01", 14, A, None, None, ("2023-03-14",), "2023-03-15"),  # not the last day
        ("2023-03-01", 14, A, None, None, ("2023-03-16",), "2023-03-15"),
        # a closure on the Saturday the count lands on changes nothing: it rolls to Monday
        ("2023-03-04", 14, A, None, None, ("2023-03-18",), "2023-03-20"),
        # backward periods are extended forward too (2009 Committee Note)
        ("2007-09-11", 10, B, None, None, ("2007-08-31",), "2007-09-04"),
        ("2023-03-29", 14, B, None, None, ("2023-03-15",), "2023-03-16"),
        # backward in California: Fri Mar 31 2023 is a state day, which does not count
        # before an event, so the extension stops there
        ("2023-04-13", 14, B, "CA", None, ("2023-03-30",), "2023-03-31"),
        # forward in California the extension skips it: Thu Mar 30 closed -> Mon Apr 3
        ("2023-03-16", 14, A, "CA", None, ("2023-03-30",), "2023-04-03"),
        # closure, then Rule 6(d): Fri Jul 5 2013 closed -> Mon Jul 8, + 3 = Thu Jul 11
        ("2013-06-21", 14, A, None, MAIL, ("2013-07-05",), "2013-07-11"),
        # 6(d) landing on a closure: Wed Mar 15 + 3 = Sat 18 -> Mon 20, closed -> Tue 21
        ("2023-03-01", 14, A, None, MAIL, ("2023-03-20",), "2023-03-21"),
        # court days with a closure on the last court day
        ("2023-03-06", 10, A, None, None, ("2023-03-20",), "2023-03-21"),
    ],
)
def test_closure_days(trigger, days, direction, state, service, closed, due):
    court = trigger == "2023-03-06"
    result = count(trigger, days, direction, state, service, closed, court_days=court)
    check_due(result, due, None)
    closed_steps = [s for s in result.steps if s.kind is StepKind.CLOSED]
    for step in closed_steps:
        assert step.rule == "FRCP 6(a)(3)(A)"
        assert "inaccessible" in step.text
        assert step.day.isoformat() in closed


def test_an_administrative_leave_day_counts_only_as_a_closure():
    # WORKED-EXAMPLES.md 8: Fri Nov 24 2023, federal days only
    check_due(count("2023-11-10", 14), "2023-11-24", None)
    check_due(count("2023-11-10", 14, closed=("2023-11-24",)), "2023-11-27", None)


# --- notes --------------------------------------------------------------------------------------

def test_a_period_before_december_2009_carries_a_note():
    old = count("2007-08-22", 10)
    assert old.due == D("2007-09-04")  # WORKED-EXAMPLES.md 1, counted under today's rule
    assert len(old.notes) == 1
    assert "Rule 6 as amended December 1, 2009" in old.notes[0]
    assert "weekends and holidays were left out" in old.notes[0]
    assert count("2009-12-01", 10).notes == ()
    assert count("2009-11-30", 10).notes != ()


# --- the steps ---------------------------------------------------------------------------------

def test_steps_of_the_sample_contact_deadline():
    caed = DISTRICTS["caed"]
    result = count_period(PeriodRequest(D("2017-10-04"), 21), court_calendar("CA", caed))
    assert [(s.day, s.kind, s.rule) for s in result.steps] == [
        (D("2017-10-04"), StepKind.TRIGGER, "FRCP 6(a)(1)(A)"),
        (D("2017-10-25"), StepKind.COUNT, "FRCP 6(a)(1)(B)"),
        (D("2017-10-25"), StepKind.LANDED, "FRCP 6(a)(1)(C)"),
        (D("2017-10-25"), StepKind.DUE, "FRCP 6(a)(4)"),
    ]
    assert result.steps[0].text == ("The period starts from Wednesday, October 4, 2017; that "
                                    "day is not counted.")
    assert result.steps[2].text == "Day 21 is Wednesday, October 25, 2017."
    assert result.steps[-1].text == "Due Wednesday, October 25, 2017."
    assert result.state == "CA"


def test_skip_steps_name_saturday_sunday_and_the_holiday():
    result = count("2020-06-20", 14)  # Sat Jul 4 2020
    skips = [s for s in result.steps if s.kind is StepKind.SKIP]
    assert [s.day for s in skips] == [D("2020-07-04"), D("2020-07-05")]
    assert "Saturday" in skips[0].text
    assert "Sunday" in skips[1].text
    assert skips[0].rule == "FRCP 6(a)(1)(C)"  # cited once (audit: it was cited twice)
    assert "The period runs to the next day." in skips[0].text
    assert result.due == D("2020-07-06")


def test_skip_step_for_an_observed_federal_day():
    result = count("2023-10-27", 14)  # Fri Nov 10 2023, Veterans Day observed
    skips = [s for s in result.steps if s.kind is StepKind.SKIP]
    assert [s.day for s in skips] == [D("2023-11-10"), D("2023-11-11"), D("2023-11-12")]
    assert "Veterans Day (observed)" in skips[0].text
    assert "5 U.S.C. 6103" in skips[0].text
    assert skips[0].rule.startswith("FRCP 6(a)(1)(C); FRCP 6(a)(6)(A); 5 U.S.C. 6103(a)")
    assert result.due == D("2023-11-13")
    assert result.steps[-1].text == "Due Monday, November 13, 2023."


def test_skip_step_for_a_california_day():
    result = count("2023-03-17", 14, state="CA")
    skip = next(s for s in result.steps if s.kind is StepKind.SKIP)
    assert skip.day == D("2023-03-31")
    assert "Cesar Chavez Day, California, counts only for periods after an event" in skip.text
    assert "FRCP 6(a)(6)(C)" in skip.rule


def test_backward_skip_steps_run_to_the_previous_day():
    result = count("2020-07-18", 14, B)
    skips = [s for s in result.steps if s.kind is StepKind.SKIP]
    assert [s.day for s in skips] == [D("2020-07-04"), D("2020-07-03")]
    assert "The period runs to the previous day." in skips[0].text
    assert "Independence Day (observed)" in skips[1].text
    assert skips[0].rule.startswith("FRCP 6(a)(1)(C), 6(a)(5)")
    assert "Counting 14 days before that day" in result.steps[1].text


@pytest.mark.parametrize(
    ("service", "words"),
    [(MAIL, "served by mail"), (CLERK, "served by leaving it with the clerk"),
     (CONSENTED, "served by other means the party consented to")],
)
def test_service_days_step_names_the_method(service, words):
    result = count("2017-10-04", 30, service=service)
    step = next(s for s in result.steps if s.kind is StepKind.SERVICE_DAYS)
    assert step.day == D("2017-11-06")
    assert words in step.text
    assert "Friday, November 3, 2017" in step.text
    assert step.rule == "FRCP 6(d)"
    assert result.steps[-1].text == "Due Monday, November 6, 2017."


def test_steps_are_in_order():
    result = count("2023-03-01", 14, A, None, MAIL, ("2023-03-20",))
    assert [s.kind for s in result.steps] == [
        StepKind.TRIGGER, StepKind.COUNT, StepKind.LANDED, StepKind.SERVICE_DAYS,
        StepKind.SKIP, StepKind.SKIP, StepKind.CLOSED, StepKind.DUE,
    ]
    assert [s.day for s in result.steps] == [
        D("2023-03-01"), D("2023-03-15"), D("2023-03-15"), D("2023-03-18"),
        D("2023-03-18"), D("2023-03-19"), D("2023-03-20"), D("2023-03-21"),
    ]
    assert result.explanation().startswith("The period starts from Wednesday, March 1, 2023")


# --- the JSON of ``meetconfer count --json`` (../shared/CLI.md) -------------------------------

STEP_KINDS = {"trigger", "count", "landed", "skip", "service_days", "closed", "due"}


def _valid_steps(steps: object) -> None:
    assert isinstance(steps, list) and steps
    for step in steps:
        assert set(step) == {"date", "kind", "text", "rule"}
        assert D(step["date"]).isoformat() == step["date"]
        assert step["kind"] in STEP_KINDS
        assert step["text"] and step["rule"]


def test_json_of_an_undisputed_result():
    out = json.loads(json.dumps(count("2017-10-04", 30, state="CA", service=MAIL).to_json()))
    assert out["due"] == "2017-11-06"
    assert "latest" not in out
    assert "readings" not in out
    assert out["trigger"] == "2017-10-04"
    assert out["days"] == 30
    assert out["direction"] == "after"
    assert out["state"] == "CA"
    assert out["service"] == "mail"
    _valid_steps(out["steps"])
    assert [s["kind"] for s in out["steps"]] == ["trigger", "count", "landed", "service_days",
                                                 "due"]
    assert out["steps"][-1] == {"date": "2017-11-06", "kind": "due",
                                "text": "Due Monday, November 6, 2017.", "rule": "FRCP 6(a)(4)"}
    assert "notes" not in out
    assert None not in (out.get("latest", 0), out.get("readings", 0))


def test_json_echoes_null_state_and_service():
    out = count("2023-04-14", 14, B).to_json()
    assert out["state"] is None
    assert out["service"] is None
    assert out["direction"] == "before"
    assert out["due"] == "2023-03-31"


def test_json_of_a_disputed_result():
    out = json.loads(json.dumps(count("2014-12-12", 14).to_json()))  # WORKED-EXAMPLES.md 7
    assert out["due"] == "2014-12-26"
    assert out["latest"] == "2014-12-29"
    assert [r["due"] for r in out["readings"]] == ["2014-12-26", "2014-12-29"]
    for reading in out["readings"]:
        assert isinstance(reading["assumes"], str) and reading["assumes"]
        _valid_steps(reading["steps"])
    assert out["readings"][1]["assumes"] == (
        "Day after Christmas closure (Friday, December 26, 2014) counts as a legal holiday")
    assert out["steps"] == out["readings"][0]["steps"]


# --- validation ---------------------------------------------------------------------------------

@pytest.mark.parametrize("days", [0, -1, -30])
def test_days_below_one_are_refused(days):
    with pytest.raises(DomainError, match="1 or more"):
        PeriodRequest(D("2017-10-04"), days)


def test_days_must_be_a_whole_number():
    with pytest.raises(DomainError, match="whole number"):
        PeriodRequest(D("2017-10-04"), True)
    with pytest.raises(DomainError, match="whole number"):
        PeriodRequest(D("2017-10-04"), 2.5)  # type: ignore[arg-type]
    with pytest.raises(DomainError, match=f"at most {MAX_DAYS}"):
        PeriodRequest(D("2017-10-04"), MAX_DAYS + 1)
    assert PeriodRequest(D("2017-10-04"), MAX_DAYS).days == MAX_DAYS


@pytest.mark.parametrize("service", list(Service))
def test_service_with_a_backward_period_is_refused(service):
    with pytest.raises(DomainError, match="Rule 6\\(d\\)"):
        PeriodRequest(D("2017-10-04"), 14, B, service=service)


@pytest.mark.parametrize(
    ("trigger", "direction"),
    [("0001-01-05", B), ("9999-12-30", A), ("1970-06-01", A), ("2200-01-01", B)],
)
def test_triggers_outside_the_calendar_years_are_refused(trigger, direction):
    with pytest.raises(DomainError, match="outside the years"):
        count(trigger, 5, direction)


def test_a_count_running_past_the_calendar_years_is_refused():
    with pytest.raises(DomainError, match="outside the years"):
        count("2199-12-20", 30)
    with pytest.raises(DomainError, match="outside the years"):
        count("1971-01-05", 30, B)
