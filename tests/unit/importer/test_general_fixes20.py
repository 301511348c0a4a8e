"""The general readings added for the twentieth held-out batch, each on its own.

A table row whose deadline is a period ("ADR report filed   14 days after mediation"), its
period wrapped onto the next line; "D. Kan." inside a sentence; an event named two ways
("of the default or service of the response"); what was done "on" a date with its object
("filed a response on January 30, 2026"); "has until" after a past clause; "will take place
... on"; "shall notify chambers immediately and file ... within three (3) days thereafter";
"and shall do so by <date>"; a quoted name in the task; a run-in heading with commas.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import Trigger
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order, timed

A, B = Direction.AFTER, Direction.BEFORE


def _read(body: str, closing: str = "Dated: February 5, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def _timed(body: str):
    return timed(_read(body))


def test_a_row_whose_deadline_is_a_period():
    result = _read(
        "     Supplementation of disclosures          40 days before the deadline\n"
        "                                             for completion of all discovery\n"
        "     Mediation completed                     July 17, 2026\n"
        "     ADR report filed                        14 days after mediation\n")
    got = [(o.what, o.days, o.direction, o.trigger, o.fixed_date) for o in result.obligations]
    assert got == [
        ("Supplementation of disclosures", 40, B, Trigger.OTHER, None),
        ("Mediation completed", None, None, Trigger.FIXED_DATE, date(2026, 7, 17)),
        ("ADR report filed", 14, A, Trigger.OTHER, None)]
    assert result.obligations[2].chained_to == 1  # after the mediation


def test_a_state_abbreviation_ends_no_sentence():
    items = _read("Under D. Kan. Rule 37.1(b), any motion to compel discovery must be filed "
                  "within 30 days of the default or service of the response.").obligations
    assert [(o.days, o.trigger) for o in items] == [(30, Trigger.FILING)]


def test_what_was_filed_on_a_date_sets_no_deadline():
    assert _timed("Defendant filed a response on January 30, 2026 (ECF No. 41), and Plaintiff "
                  "has until February 13, 2026, to file any reply.") == [
        (None, False, None, Trigger.FIXED_DATE, date(2026, 2, 13))]


def test_a_hearing_will_take_place_on_a_date():
    assert _timed("A hearing on the motion will take place in person on Thursday, March 5, "
                  "2026, at 10:00 a.m.") == [
        (None, False, None, Trigger.FIXED_DATE, date(2026, 3, 5))]


def test_the_second_task_counts_from_the_first():
    items = _read("If the parties resolve the motion, they shall notify chambers immediately "
                  "and file a stipulated order within three (3) days thereafter.").obligations
    assert [(o.what, o.days, o.trigger, o.chained_to) for o in items] == [
        ("notify chambers immediately", None, None, None),
        ("file a stipulated order", 3, Trigger.OTHER, 0)]


def test_do_so_by_a_date_dates_the_task_before():
    items = _read("Defendant shall answer Interrogatory Nos. 12 through 15, and shall do so by "
                  "March 31, 2026.").obligations
    assert [(o.who, o.what, o.fixed_date) for o in items] == [
        ("defendant", "answer Interrogatory Nos. 12 through 15", date(2026, 3, 31))]


def test_a_quoted_name_stays_in_the_task():
    items = _read('A hearing is set for March 5, 2026. No later than the second business day '
                  'before the hearing, the parties shall jointly file a "Joint List of Resolved '
                  'and Unresolved Issues."').obligations
    assert items[1].what == 'jointly file a "Joint List of Resolved and Unresolved Issues."'
    assert (items[1].days, items[1].court_days, items[1].direction) == (2, True, B)


def test_a_run_in_heading_with_commas():
    result = _read("Deadline for Joining Parties, Amending Pleadings, and Filing Supplemental "
                   "Pleadings.\n\nThe deadline is 60 days from the date of this Order.")
    assert not result.unclassified
