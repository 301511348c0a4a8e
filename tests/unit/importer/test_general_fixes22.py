"""The general readings added for the twenty-second held-out batch, each on its own.

"Every sixty (60) days" recurs (each after the one before); "generally 150 to 180 days" is a
range; "is responsible for filing the JSR by ..." is a command (the exception set off by ",
or ..., " names no one); a sentence that starts "Should they ..." states a condition;
"..., and that any renewed Motion shall ..." is a clause of its own; "may renew its Motion by
no later than <date>" keeps the date out of the task; a parenthesised subtitle on its own
line is a heading; "The Special Master heard argument on <date>" is what happened; "the Court
will deny the Motion" is a notice, while "If Plaintiff fails to ..., the Court may dismiss"
stays a deadline.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order

A, B = Direction.AFTER, Direction.BEFORE


def _read(body: str, closing: str = "Dated: February 9, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def test_every_sixty_days_recurs():
    items = _read("The parties shall file a joint interim status report every sixty (60) days, "
                  "with the first report due April 24, 2026.").obligations
    assert [(o.days, o.trigger, o.fixed_date) for o in items] == [
        (60, Trigger.OTHER, None), (None, Trigger.FIXED_DATE, date(2026, 4, 24))]
    assert "every" not in items[0].what


def test_a_range_of_days_is_no_period():
    result = _read("The parties shall fill in the blanks for proposed dates, bearing in mind "
                   "that the time allowed for discovery is generally 150 to 180 days from the "
                   "date of the Rule 16 scheduling conference.")
    assert [o.days for o in result.obligations] == [None]


def test_responsible_for_filing_is_a_command():
    items = _read("Plaintiff, or Defendant in removed cases, is responsible for filing the JSR "
                  "by Tuesday, March 17, 2026.").obligations
    assert [(o.who, o.what, o.fixed_date) for o in items] == [
        ("plaintiff", "file the JSR", date(2026, 3, 17))]


def test_should_first_is_a_condition():
    items = _read("Should they reach an impasse, they shall jointly contact chambers by e-mail "
                  "to request a further conference.").obligations
    assert [o.what for o in items] == [
        "jointly contact chambers by e-mail to request a further conference"]


def test_and_that_starts_a_clause_and_may_keeps_its_date_out():
    items = _read("IT IS FURTHER ORDERED that Plaintiff may renew its Motion by no later than "
                  "March 27, 2026, and that any renewed Motion shall attach a certificate in "
                  "compliance with Local Rule 37.1(a).").obligations
    assert [(o.kind, o.what, o.fixed_date) for o in items] == [
        (Kind.DEADLINE, "renew its Motion", date(2026, 3, 27)),
        (Kind.DUTY, "attach a certificate in compliance with Local Rule 37.1", None)]


def test_a_subtitle_in_parentheses_is_a_heading():
    result = _read("SPECIAL MASTER ORDER NO. 3\n(Resolving Dispute Over Custodians and Search "
                   "Terms)\n\nThis matter comes before the undersigned Special Master on the "
                   "parties' letter briefs. The Special Master heard argument by "
                   "videoconference on January 29, 2026.")
    assert not result.unclassified and not result.obligations


def test_the_court_will_deny_and_if_plaintiff_fails():
    result = _read("Because counsel relied only on letters, the Court will deny the Motion "
                   "without prejudice. If Plaintiff fails to file a response by March 20, 2026, "
                   "the Court may dismiss this action.")
    assert [(o.kind, o.fixed_date) for o in result.obligations] == [
        (Kind.NOTICE, None), (Kind.DEADLINE, date(2026, 3, 20))]
