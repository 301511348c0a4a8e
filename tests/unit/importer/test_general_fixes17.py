"""The general readings added for the seventeenth held-out batch, each on its own.

"On or before the later of (i) <date>, or (ii) <period>", "Any party may, within ...,
file", a rule cited by its Federal Rules number before "a party ... must", what courts
"have ordered" elsewhere, and an event that is its own task ("discovery shall close").
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from meetconfer_gui.importer.timing import deadline_dates
from tests.unit.importer.fixes_support import read_order


def _read(body: str, closing: str = "Dated: January 5, 2026"):
    return read_order(body, closing)


def test_the_later_of_a_date_or_a_period_gives_both():
    text = ("Responses to written discovery shall be served on or before the later of (i) March "
            "20, 2026, or (ii) thirty days after service of the discovery request.")
    assert [f.value for f, _ in deadline_dates(text, None)] == [date(2026, 3, 20)]
    items = _read(text).obligations
    assert sorted((o.days or 0, o.trigger, o.fixed_date) for o in items) == [
        (0, Trigger.FIXED_DATE, date(2026, 3, 20)), (30, Trigger.FILING, None)]
    assert all(o.what == "serve Responses to written discovery" for o in items)


def test_may_with_an_aside_before_its_verb():
    items = _read("Any party may, within fourteen (14) days after being served with a copy of "
                  "this Order/Opinion, file written objections.").obligations
    assert [(o.who, o.kind, o.days, o.direction, o.trigger) for o in items] == [
        ("any party", Kind.DEADLINE, 14, Direction.AFTER, Trigger.SERVICE)]


def test_a_federal_rule_describing_what_a_party_must_do_is_no_command():
    result = _read("Under Fed. R. Civ. P. 34(b)(2)(B), a party that objects must state whether "
                   "it is withholding documents on the basis of the objection.")
    assert not result.obligations


def test_what_courts_have_ordered_elsewhere_is_no_command():
    result = _read("In similar circumstances, courts in this Circuit have ordered production "
                   "within ten days.")
    assert not result.obligations
    assert not result.unclassified


def test_an_event_that_is_its_own_task_keeps_its_subject():
    items = _read("All fact discovery shall close on May 29, 2026.").obligations
    assert [(o.what, o.fixed_date) for o in items] == [
        ("All fact discovery shall close", date(2026, 5, 29))]
