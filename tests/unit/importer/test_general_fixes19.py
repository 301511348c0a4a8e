"""The general readings added for the nineteenth held-out batch, each on its own.

The time a rule gives, named to be set aside ("rather than the twenty-one days Local Civil
Rule 7.1(e) allows"); a span, not a time to act ("a report for the preceding six-month
period"); dates listed after one "by" ("By January 31 and July 31 of each year"); "may
cross-notice"; a limit in hours ("shall not exceed seven (7) hours of examination"); a step
done "contemporaneously with" another in the same sentence stays a step of its own; the
agent of an event ("a written demand by the United States"); "will be struck" and "will
ordinarily be denied" are warnings; a definition is background; a heading in title case on a
line of its own; and a period counted back from an event is chained to no step.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from meetconfer_gui.importer.model import OtherReason
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order, timed

A, B = Direction.AFTER, Direction.BEFORE


def _read(body: str, closing: str = "Dated: September 14, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def _timed(body: str):
    return timed(_read(body))


def test_the_rules_own_time_set_aside_is_no_period():
    assert _timed("A response to a discovery motion is due fourteen (14) days from the date the "
                  "motion is filed, rather than the twenty-one days Local Civil Rule 7.1(e) "
                  "allows.") == [(14, False, A, Trigger.FILING, None)]


def test_a_span_is_no_time_to_act():
    assert _timed("By January 31 and July 31 of each year, Defendant shall submit a report for "
                  "the preceding six-month period.") == [
        (None, False, None, Trigger.FIXED_DATE, date(2027, 1, 31)),
        (None, False, None, Trigger.FIXED_DATE, date(2027, 7, 31))]


def test_may_cross_notice():
    items = _read("Any party may cross-notice a deposition no later than seven (7) days before "
                  "the deposition.").obligations
    assert [(o.who, o.what, o.days, o.direction) for o in items] == [
        ("any party", "cross-notice a deposition", 7, B)]


def test_a_limit_in_hours_of_examination():
    result = _read("Absent agreement, a deposition of a fact witness shall not exceed seven (7) "
                   "hours of examination on the record.")
    assert not result.obligations and not result.unclassified
    assert result.other[-1].reason is OtherReason.PAGE_LIMIT


def test_contemporaneously_in_the_same_sentence_is_its_own_step():
    items = _read("Defendant must produce the documents within twenty-one (21) days of this "
                  "order, and it must serve amended written responses contemporaneously with "
                  "the production.").obligations
    assert [(o.days, o.trigger) for o in items] == [(21, Trigger.ORDER_DATE)] * 2
    assert "amended written responses" in items[1].what


def test_the_agent_of_an_event_stays_in_the_event():
    items = _read("Stipulated penalties shall be paid within thirty (30) Days of a written "
                  "demand by the United States.").obligations
    assert [(o.days, o.trigger) for o in items] == [(30, Trigger.FILING)]
    assert "United States" not in items[0].what
    items = _read("Defendant shall notify the State within ten (10) business days of the day "
                  "Defendant first becomes aware of the violation.").obligations
    assert items[0].what == "notify the State"


def test_will_be_struck_and_will_be_denied_are_warnings():
    result = _read("A motion without a compliant certificate will be struck. Motions filed later "
                   "will ordinarily be denied.")
    assert [o.kind for o in result.obligations] == [Kind.WARNING, Kind.WARNING]


def test_a_definition_is_background():
    result = _read('"Day" means a calendar day unless expressly stated to be a business day.')
    assert not result.obligations and not result.unclassified


def test_a_title_case_heading_on_its_own_line():
    items = _read("Motions\n\nAny motion for continuance must be filed at least thirty-one (31) "
                  "days before the first day of the trial session.").obligations
    assert [(o.what, o.days, o.direction, o.trigger) for o in items] == [
        ("file any motion for continuance", 31, B, Trigger.HEARING)]


def test_a_period_counted_back_from_an_event_follows_no_step():
    items = _read("A party noticing a deposition shall serve the notice no fewer than "
                  "twenty-one (21) days before the date of the deposition. Any party may "
                  "cross-notice a deposition no later than seven (7) days before the "
                  "deposition.").obligations
    assert [o.chained_to for o in items] == [None, None]
