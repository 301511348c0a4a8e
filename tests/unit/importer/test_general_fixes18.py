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
from meetconfer_gui.importer import Trigger
from meetconfer_gui.importer.model import OtherReason
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order, timed


def _read(body: str, closing: str = "Dated: January 5, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


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
        (Kind.DEADLINE, 14, Direction.AFTER, Trigger.ORDER_DATE, None)]
    assert any("privilege log" in n for n in items[1].notes)


def test_contemporaneously_with_and_together_with():
    items = _read("The parties shall file a joint status report within 30 days of entry of "
                  "this Order. Together with the joint status report, the parties shall file a "
                  "proposed protective order. Plaintiff shall produce the documents by "
                  "February 20, 2026. Plaintiff shall serve an amended response "
                  "contemporaneously with the production.").obligations
    got = [(o.days, o.trigger, o.fixed_date, o.chained_to) for o in items]
    assert got == [(30, Trigger.ORDER_ENTRY, None, None), (30, Trigger.ORDER_ENTRY, None, None),
                   (None, Trigger.FIXED_DATE, date(2026, 2, 20), None),
                   (None, Trigger.FIXED_DATE, date(2026, 2, 20), None)]
    assert "proposed protective order" in items[1].what


def test_the_appearances_in_minutes_are_background():
    result = _read("APPEARANCES:\n\nPlaintiff's counsel: Jane Roe, jroe@roelaw.com (by video)\n"
                   "Defendant's counsel: John Doe, jdoe@doefirm.com (by telephone)\n\n"
                   "PROCEEDINGS:\n\nPlaintiff shall file the motion by March 3, 2026.")
    assert not result.unclassified
    appearances = [o for o in result.other if "jroe@" in o.source_sentence]
    assert appearances and appearances[0].reason is OtherReason.BACKGROUND


# --- readings added for the eighteenth held-out batch ------------------------------------


def _timed(body: str):
    return timed(_read(body))


A, B = Direction.AFTER, Direction.BEFORE


def test_a_date_alone_on_a_wrapped_line_is_no_file_tag():
    items = _read("a.  All requests for production must be served by\n    5/15/2026.\n"
                  "b.  All requests for admission must be served by 7/31/2026.").obligations
    assert [o.fixed_date for o in items] == [date(2026, 5, 15), date(2026, 7, 31)]


def test_events_named_by_other_words():
    assert _timed("The parties shall jointly call chambers within three (3) business days "
                  "after the conferral.") == [(3, True, A, Trigger.CONFERENCE, None)]
    assert _timed("Counsel shall make themselves available for the conference within seven "
                  "(7) days of the request.") == [(7, False, A, Trigger.FILING, None)]
    assert _timed("The parties shall meet and confer within ten (10) days of the written "
                  "notice.") == [(10, False, A, Trigger.FILING, None)]


def test_the_business_day_before_is_one_court_day():
    assert _timed("A discovery conference is set for May 4, 2026. Counsel shall submit, no later "
                  "than noon on the business day before the conference, a joint letter.") == [
        (None, False, None, Trigger.FIXED_DATE, date(2026, 5, 4)),
        (1, True, B, Trigger.HEARING, None)]


def test_an_assessment_conference_the_order_schedules_is_the_courts():
    got = _timed("A telephone assessment conference is scheduled for April 8, 2026. Within "
                 "seven (7) days after the assessment conference, counsel for appellant shall "
                 "e-mail the mediator a statement.")
    assert got[1] == (7, False, A, Trigger.HEARING, None)


def test_no_paper_may_be_filed_after_a_date():
    items = _read("Except for good cause shown, no motions seeking leave to add new parties or "
                  "to amend the pleadings may be filed after 4/3/2026.").obligations
    assert [o.fixed_date for o in items] == [date(2026, 4, 3)]


def test_a_conference_held_before_a_judge_on_a_date():
    items = _read("A settlement conference will be held before the Honorable Lynne A. Sitarski, "
                  "United States Magistrate Judge, on July 14, 2026, at 10:00 a.m.").obligations
    assert [(o.kind, o.fixed_date) for o in items] == [(Kind.NOTICE, date(2026, 7, 14))]


def test_may_designate_and_may_be_filed_are_deadlines():
    assert _timed("A party may designate deposition testimony as Confidential by written notice "
                  "within twenty-one (21) days after receipt of the final transcript.") == [
        (21, False, A, Trigger.FILING, None)]
    items = _read("Any reply, limited to ten pages, may be filed within seven (7) days after "
                  "service of the response.").obligations
    assert [(o.what, o.days, o.trigger) for o in items] == [
        ("file any reply", 7, Trigger.FILING)]


def test_the_same_period_ends_with_the_period_before():
    got = _timed("Within thirty (30) days after the final disposition of this action, each "
                 "party shall destroy all Confidential material. Counsel shall deliver a "
                 "certification of the destruction within the same thirty-day period.")
    assert got == [(30, False, A, Trigger.OTHER, None)] * 2


def test_the_courts_own_time_is_no_deadline():
    assert _timed("The Court will usually schedule the conference within three business "
                  "days.") == []


def test_a_limit_in_hours_joins_its_task():
    result = _read("Each deposition shall go forward as noticed, but the deposition of any "
                   "party's corporate designee shall not exceed seven hours on the record.")
    assert len(result.obligations) == 1 and not result.unclassified
    assert "seven hours" in result.obligations[0].what


def test_set_by_separate_order_is_a_notice():
    result = _read("The final pretrial conference and trial date will be set by separate "
                   "order.")
    assert [o.kind for o in result.obligations] == [Kind.NOTICE]
    assert not result.unclassified


def test_a_date_set_off_at_the_end_belongs_to_both_clauses():
    items = _read("Plaintiff's trial experts must be designated, and the information "
                  "contemplated by Fed. R. Civ. P. 26(a)(2) must be disclosed, by "
                  "10/30/2026.").obligations
    assert [(o.who, o.fixed_date) for o in items] == [("plaintiff", date(2026, 10, 30))]
    assert items[0].what.startswith("designate Plaintiff's trial experts, and disclose")


def test_a_second_passive_command_with_its_own_subject_is_its_own_item():
    items = _read("Dispositive motions must be filed by 2/26/2027, and oppositions must be "
                  "filed within 21 days after service of the motion.").obligations
    assert [(o.what, o.days, o.fixed_date) for o in items] == [
        ("file Dispositive motions", None, date(2027, 2, 26)), ("file oppositions", 21, None)]


def test_a_ruling_to_be_memorialized_is_the_courts():
    items = _read("The court will ordinarily rule from the bench, and any ruling shall be "
                  "memorialized in a courtroom minute order.").obligations
    assert {o.kind for o in items} == {Kind.NOTICE}
