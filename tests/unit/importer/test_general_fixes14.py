"""The general readings added for the fourteenth held-out batch, each on its own.

"The parties have fourteen (14) days after service of this order to file objections", a
period before producing a paper, a trial term "commencing on" a date, and "DONE this ..." as
the closing.
"""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import OtherReason, Trigger
from meetconfer_gui.importer.timing import classify_event, set_dates
from tests.unit.importer.fixes_support import read_order


def _read(body: str, closing: str = "Dated: January 5, 2026"):
    return read_order(body, closing)


def test_the_parties_have_days_to_object():
    items = _read("The parties have fourteen (14) days after service of this order to file "
                  "written objections.").obligations
    assert [(o.kind, o.days, o.direction, o.trigger) for o in items] == [
        (Kind.DEADLINE, 14, Direction.AFTER, Trigger.SERVICE)]
    assert items[0].what.startswith("file written objections")


def test_time_a_party_has_had_is_no_deadline():
    items = _read("Defendant has had 90 days to respond to the requests.").obligations
    assert not [o for o in items if o.days is not None]


@pytest.mark.parametrize("event", ["producing any document withheld in part",
                                   "the documents are produced"])
def test_a_production_is_a_paper_served(event):
    assert classify_event("before", event) is Trigger.FILING


def test_a_trial_term_commencing_on_a_date_is_set():
    text = "Trial is set for the term of court commencing on November 9, 2026."
    assert [f.value for f in set_dates(text, None)] == [date(2026, 11, 9)]


def test_done_this_day_is_the_closing():
    result = _read("Discovery shall be completed on or before July 17, 2026.",
                   "DONE this 2nd day of March, 2026.\n\n/s/ Kelly Fitzgerald Pate\n"
                   "UNITED STATES MAGISTRATE JUDGE")
    assert result.order_date == date(2026, 3, 2)
    assert not result.unclassified
    assert any(o.reason is OtherReason.CLOSING for o in result.other)
