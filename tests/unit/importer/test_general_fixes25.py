"""The general readings added for the twenty-fifth held-out batch, each on its own.

"The Notice Date" is a date, not a notice served; the first of a series ("every 60 days,
beginning May 29, 2026"); petitioners, respondents, class counsel, class members and a
settlement administrator act; "and respondent's reply, if any, shall be served and filed
within fourteen days thereafter" is a clause of its own and one task; "respondent will be
directed to" tells what the order goes on to do.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order


def _read(body: str, closing: str = "Dated: March 9, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def test_the_notice_date_is_no_paper_served():
    items = _read('Within thirty (30) days of entry of this Order (the "Notice Date"), the '
                  "Settlement Administrator shall disseminate notice to the Class. Any Class "
                  "Member who wishes to object must file a written objection no later than "
                  "sixty (60) days after the Notice Date.").obligations
    assert [(o.who, o.days, o.trigger) for o in items] == [
        ("the settlement administrator", 30, Trigger.ORDER_ENTRY),
        ("class members", 60, Trigger.OTHER)]


def test_the_first_of_a_series():
    items = _read("The parties shall file a joint status report every 60 days, beginning May "
                  "29, 2026.").obligations
    assert [o.fixed_date for o in items if o.fixed_date] == [date(2026, 5, 29)]


def test_petitioner_and_respondent_act():
    items = _read("Respondent is directed to file a response within sixty days from the date "
                  "of this order. If the response is a motion, petitioner's opposition shall be "
                  "served and filed within thirty days after service of the motion, and "
                  "respondent's reply, if any, shall be served and filed within fourteen days "
                  "thereafter.").obligations
    assert [(o.who, o.days) for o in items] == [
        ("respondent", 60), ("petitioner", 30), ("respondent", 14)]
    assert items[2].what == "serve and file respondent's reply"


def test_will_be_directed_is_a_notice():
    result = _read("Since petitioner may be entitled to relief, respondent will be directed to "
                   "file a response to the petition.")
    assert [o.kind for o in result.obligations] == [Kind.NOTICE]
