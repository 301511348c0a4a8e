"""General readings added in the eighteenth round, each on its own.

A second clause that only qualifies the first ("..., but it shall be limited to four hours";
"... and shall note it for consideration") is part of the first item; what the court will or
must do is a notice, not the court's own duty or prohibition; a step done "at the same time
as", "contemporaneously with" or "together with" another is dated like it and chained to it;
and the appearances of counsel in minutes are background.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import OrderText, Trigger, extract
from meetconfer_gui.importer.model import OtherReason


def _read(body: str, closing: str = "Dated: January 5, 2026"):
    return extract(OrderText.from_string(
        f"ORDER\n\nThe Court held a conference on the dispute.\n\n{body}\n\n{closing}\n"))


def test_a_clause_that_limits_the_first_is_one_item():
    items = _read("The deposition of Dr. Ames shall go forward, but it shall be limited to "
                  "four hours.").obligations
    assert len(items) == 1
    assert "go forward" in items[0].what and "four hours" in items[0].what
    assert items[0].days is None and items[0].direction is None


def test_a_second_task_sharing_the_subject_without_a_date_joins_the_dated_one():
    items = _read("Plaintiff shall file the motion by March 3, 2026, and shall note it for "
                  "consideration on the Court's calendar.").obligations
    assert [(o.kind, o.who, o.fixed_date) for o in items] == [
        (Kind.DEADLINE, "plaintiff", date(2026, 3, 3))]
    assert "note it for consideration" in items[0].what


def test_two_tasks_each_with_a_template_stay_apart():
    items = _read("Lead counsel shall meet and confer in good faith, and shall sign the Joint "
                  "Statement.").obligations
    assert len(items) == 2


def test_what_the_court_will_or_must_do_is_a_notice():
    result = _read("If the parties fail to agree, the Court is required to enter a schedule of "
                   "its own. The court will not consider any motion filed without a "
                   "certification. The court will initiate the call.")
    assert [(o.kind, o.who) for o in result.obligations] == [(Kind.NOTICE, "court")] * 3
    assert not result.unclassified


def test_a_step_at_the_same_time_as_another_is_dated_like_it():
    items = _read("Defendant shall serve its privilege log within 14 days of this Order. "
                  "Defendant shall serve a declaration at the same time as the privilege "
                  "log.").obligations
    assert [(o.kind, o.days, o.direction, o.trigger, o.chained_to) for o in items] == [
        (Kind.DEADLINE, 14, Direction.AFTER, Trigger.ORDER_DATE, None),
        (Kind.DEADLINE, 14, Direction.AFTER, Trigger.ORDER_DATE, 0)]


def test_contemporaneously_with_and_together_with():
    items = _read("The parties shall file a joint status report within 30 days of entry of "
                  "this Order. Together with the joint status report, the parties shall file a "
                  "proposed protective order. Plaintiff shall produce the documents by "
                  "February 20, 2026. Plaintiff shall serve an amended response "
                  "contemporaneously with the production.").obligations
    got = [(o.days, o.trigger, o.fixed_date, o.chained_to) for o in items]
    assert got == [(30, Trigger.ORDER_ENTRY, None, None), (30, Trigger.ORDER_ENTRY, None, 0),
                   (None, Trigger.FIXED_DATE, date(2026, 2, 20), None),
                   (None, Trigger.FIXED_DATE, date(2026, 2, 20), 2)]
    assert "proposed protective order" in items[1].what


def test_the_appearances_in_minutes_are_background():
    result = _read("APPEARANCES:\n\nPlaintiff's counsel: Jane Roe, jroe@roelaw.com (by video)\n"
                   "Defendant's counsel: John Doe, jdoe@doefirm.com (by telephone)\n\n"
                   "PROCEEDINGS:\n\nPlaintiff shall file the motion by March 3, 2026.")
    assert not result.unclassified
    appearances = [o for o in result.other if "jroe@" in o.source_sentence]
    assert appearances and appearances[0].reason is OtherReason.BACKGROUND
