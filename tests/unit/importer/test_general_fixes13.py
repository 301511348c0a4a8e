"""The general readings added for the thirteenth held-out batch, each on its own.

A sentence that opens "On or before ...", "X is to identify, within ...", a rank before a
name ("CAPT."), a range of dates before a deadline, a disclosure as a paper served, the Court
of Federal Claims' caption and "Judge" signature, civil minutes' "Presiding:", a dated
closing "at" a place, and an earlier order told as background.
"""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import OrderText, OtherReason, Trigger, extract
from meetconfer_gui.importer.timing import classify_event, deadline_dates
from tests.unit.importer.fixes_support import read_order


def _read(body: str, closing: str = "Dated: January 5, 2026"):
    return read_order(body, closing)


def test_a_sentence_opening_on_or_before_sets_a_deadline():
    text = ("On or before Friday, February 20, 2026, defendant SHALL PRODUCE the contracting "
            "officer's files.")
    assert [f.value for f, _ in deadline_dates(text, None)] == [date(2026, 2, 20)]
    assert deadline_dates("On January 20, 2026, the Court held a status conference.",
                          None) == []


def test_is_to_with_an_aside_is_a_command():
    items = _read("Plaintiff is to identify, within seven (7) days of receipt of the logs, the "
                  "specific entries it contends are inaccurate.").obligations
    assert [(o.who, o.kind, o.days, o.trigger) for o in items] == [
        ("plaintiff", Kind.DEADLINE, 7, Trigger.FILING)]


def test_a_rank_before_a_name_does_not_end_the_sentence():
    result = _read("Defendant is to produce the vessel logs for the M/V CAPT. JOE for the period "
                   "June 1 through August 31, 2024, on or before January 30, 2026.")
    dated = [(o.who, o.fixed_date) for o in result.obligations if o.fixed_date]
    assert dated == [("defendant", date(2026, 1, 30))]  # not August 31, 2024: a range


@pytest.mark.parametrize("event", ["Plaintiff's disclosure", "the parties' initial disclosures"])
def test_a_disclosure_is_a_paper_served(event):
    assert classify_event("after", event) is Trigger.FILING


_COFC = """              In the United States Court of Federal Claims

                                No. 25-1187C
                          (Filed: January 21, 2026)

*******************************************
                                          *
GRANITE PEAK CONSTRUCTORS, LLC,           *
                    Plaintiff,            *
        v.                                *
THE UNITED STATES,                        *
                    Defendant.            *
*******************************************

                                    ORDER

        The parties SHALL MEET AND CONFER within 14 days of the date of this Order.

        IT IS SO ORDERED.

                                              s/ Ryan T. Holte
                                              RYAN T. HOLTE
                                              Judge
"""


def test_a_court_of_federal_claims_caption_and_signature():
    result = extract(OrderText.from_string(_COFC))
    assert result.order_date == date(2026, 1, 21)
    assert result.judge == "RYAN T. HOLTE"
    assert result.judge_title == "Judge"
    assert result.caption.court == "In the United States Court of Federal Claims"
    assert result.caption.case_name == "GRANITE PEAK CONSTRUCTORS, LLC v. THE UNITED STATES"
    assert [(o.days, o.direction, o.trigger) for o in result.obligations] == [
        (14, Direction.AFTER, Trigger.ORDER_DATE)]


def test_civil_minutes_name_the_presiding_judge():
    text = ("MINUTES OF COURT:\n\n"
            "Date:   January 12, 2026      Presiding: Magistrate Judge Thomas P. LeBlanc\n\n"
            "Counsel are to confer within ten (10) days of today's date.\n")
    result = extract(OrderText.from_string(text))
    assert result.judge == "Thomas P. LeBlanc"
    assert result.order_date == date(2026, 1, 12)


def test_a_dated_closing_at_a_place_is_the_closing():
    result = _read("The parties shall exchange disclosures on or before February 27, 2026.",
                   "Dated at Burlington, in the District of Vermont, this 6th day of February "
                   "2026.\n\n/s/ Kevin J. Doyle\nUnited States Magistrate Judge")
    assert result.order_date == date(2026, 2, 6)
    assert not result.unclassified
    assert any(o.reason is OtherReason.CLOSING for o in result.other)


def test_an_earlier_order_told_is_background():
    result = _read("The Court previously ordered Defendant to supplement its answers by November "
                   "14, 2025 (Doc. 33), and Defendant did not do so. Counsel conferred by "
                   "telephone on December 2, 2025, but could not resolve the dispute.")
    assert not result.obligations
    assert not result.unclassified
