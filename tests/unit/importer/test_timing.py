"""Periods, events and dates in an order's words."""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import Trigger
from meetconfer_gui.importer.timing import (
    deadline_dates,
    find_dates,
    find_periods,
    resolve_date,
    words_to_int,
)

A, B = Direction.AFTER, Direction.BEFORE


@pytest.mark.parametrize(("words", "value"), [
    ("seven", 7), ("twenty-one", 21), ("twenty one", 21), ("thirty", 30), ("fourteen", 14),
    ("one hundred twenty", 120), ("a hundred", 100), ("ninety-nine", 99), ("banana", None),
])
def test_words_to_int(words, value):
    assert words_to_int(words) == value


@pytest.mark.parametrize(("text", "days", "court", "direction", "trigger"), [
    ("within twenty-one (21) days of the date of this order", 21, False, A, Trigger.ORDER_DATE),
    ("within 21 days of the date of this order", 21, False, A, Trigger.ORDER_DATE),
    ("within fourteen days of this Order", 14, False, A, Trigger.ORDER_DATE),
    ("within 14 (fourteen) days after entry of this order", 14, False, A, Trigger.ORDER_ENTRY),
    ("within 10 court days of the filing of this order", 10, True, A, Trigger.ORDER_ENTRY),
    ("within five (5) business days after the meet and confer", 5, True, A,
     Trigger.CONFERENCE),
    ("within thirty (30) days of the date of service of this order", 30, False, A,
     Trigger.SERVICE),
    ("within two weeks of service of this order", 14, False, A, Trigger.SERVICE),
    ("within one week of the parties' conference", 7, False, A, Trigger.CONFERENCE),
    ("no later than seven (7) days before the hearing", 7, False, B, Trigger.HEARING),
    ("at least 14 days prior to the Status Conference", 14, False, B, Trigger.HEARING),
    ("within 7 calendar days after the opposition is filed", 7, False, A, Trigger.FILING),
    ("within seven (7) days of receipt", 7, False, A, Trigger.FILING),
    ("within 14 days after the close of fact discovery", 14, False, A, Trigger.OTHER),
    ("within the 14-day period", 14, False, A, None),
])
def test_periods(text, days, court, direction, trigger):
    (period,) = find_periods(text)
    assert (period.days, period.court_days, period.direction, period.trigger) == (
        days, court, direction, trigger)
    assert not period.conflict


@pytest.mark.parametrize("text", [
    "Rule 26(f) requires a conference", "a brief of 25 pages", "ECF No. 12 was filed",
    "at 10:00 a.m. in Courtroom 8", "Case No. 1:13-cv-01820", "on October 4, 2017",
    "Requests for Production Nos. 1 through 12", "zero days", "(0) days",
])
def test_distractor_numbers_are_no_periods(text):
    assert find_periods(text) == []


def test_words_and_digits_disagree():
    (after,) = find_periods("within twenty (21) days of the date of this order")
    assert after.days == 20  # the earlier date
    assert "20" in after.conflict and "21" in after.conflict
    (before,) = find_periods("no later than twenty (21) days before the hearing")
    assert before.days == 21  # counted back: the larger number gives the earlier date


def test_months_have_no_day_count():
    (period,) = find_periods("within two months of the date of this order")
    assert (period.days, period.months) == (None, 2)


def test_thereafter():
    (period,) = find_periods("may file a reply within seven days thereafter")
    assert period.chained
    assert period.trigger is None


@pytest.mark.parametrize(("text", "order_date", "value"), [
    ("May 2, 2014", None, date(2014, 5, 2)),
    ("Friday, January 29, 2016", None, date(2016, 1, 29)),
    ("1/29/2016", None, date(2016, 1, 29)),
    ("10/4/17", None, date(2017, 10, 4)),
    ("the 29th of January", date(2015, 12, 15), date(2016, 1, 29)),
    ("the 29th day of January, 2016", None, date(2016, 1, 29)),
    ("January 29th", date(2016, 1, 4), date(2016, 1, 29)),
    ("January 8", date(2015, 12, 15), date(2016, 1, 8)),  # next occurrence
    ("December 20", date(2015, 12, 15), date(2015, 12, 20)),  # the order's year
    ("Sept. 4, 2017", None, date(2017, 9, 4)),
    ("29 January 2016", None, date(2016, 1, 29)),
    ("January 8", None, None),  # no year and no order date: unknown
    ("February 30, 2016", None, None),  # no such day
])
def test_dates(text, order_date, value):
    (found,) = find_dates(text, order_date)
    assert found.value == value


def test_may_the_verb_is_no_month():
    assert find_dates("No additional filings may be made until 2 weeks") == []


@pytest.mark.parametrize(("text", "words"), [
    ("shall serve responses on or before January 29, 2016.", "on or before January 29, 2016"),
    ("shall file it by May 2, 2014", "by May 2, 2014"),
    ("submit a letter by no later than June 10, 2016 describing", "by no later than June 10, "
                                                                   "2016"),
    ("file it by 5:00 p.m. on Friday, January 29, 2016", "by 5:00 p.m. on Friday, January 29, "
                                                        "2016"),
])
def test_deadline_dates(text, words):
    ((_, found_words),) = deadline_dates(text, None)
    assert found_words == words


def test_past_dates_are_no_deadlines():
    assert deadline_dates("On December 1, 2015, Defendants filed a motion", None) == []


def test_resolve_date_leap_day():
    assert resolve_date(2, 29, None, date(2015, 3, 1)) == date(2016, 2, 29)
    assert resolve_date(2, 29, None, date(2016, 3, 1)) is None  # 2017 has none
