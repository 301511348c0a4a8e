"""The general readings added for the fifteenth held-out batch, each on its own.

A scan's misread digits ("fourteen (l4) days", "2l days", "this 0rder"), a period "from
notice of this Order", a date-first table whose labels wrap, "ENTER:" as the order's date, a
place-and-day closing, and a local rule cited after its sentence.
"""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import OrderText, OtherReason, Trigger, extract
from meetconfer_gui.importer.layout import split_sentences
from meetconfer_gui.importer.timing import classify_event, find_dates, find_periods, read_ocr


@pytest.mark.parametrize(("scanned", "read"), [
    ("within fourteen (l4) days of the entry of this 0rder",
     "within fourteen (14) days of the entry of this Order"),
    ("within 2l days", "within 21 days"),
    ("at l0:00 a.m. on Jan. 3l, 2O26", "at 10:00 a.m. on Jan. 31, 2026"),
    ("DELTA RICE MILLING C0OPERATIVE", "DELTA RICE MILLING COOPERATIVE"),
])
def test_a_scans_misreadings_are_read_right(scanned, read):
    assert read_ocr(scanned) == read


@pytest.mark.parametrize("text", [
    "Part II of Rule 26", "I will not", "Exhibit IO", "Case No. 4:25-cv-00618-KGB",
    "Officer O'Neil", "ECF No. 10",
])
def test_ordinary_words_and_numbers_are_left_alone(text):
    assert read_ocr(text) == text


def test_a_scanned_period_keeps_its_own_words():
    periods = find_periods("serve responses within fourteen (l4) days of the entry of this 0rder.")
    assert [(p.days, p.trigger) for p in periods] == [(14, Trigger.ORDER_ENTRY)]
    assert periods[0].words == "within fourteen (l4) days of the entry of this 0rder"
    dates = find_dates("by Jan. 3l, 2026")
    assert [(d.value, d.text) for d in dates] == [(date(2026, 1, 31), "Jan. 3l, 2026")]


def test_lf_after_a_period_starts_a_sentence():
    text = "The parties shall confer. lf disputes remain, they shall file a report."
    assert len(split_sentences(text)) == 2


@pytest.mark.parametrize("event", ["notice of this Order", "receipt of this order"])
def test_notice_of_the_order_is_its_service(event):
    assert classify_event("from", event) is Trigger.SERVICE


_WVA = """ORDER AND NOTICE

     It is ORDERED that the following dates are hereby fixed as the time by or on which
certain events must occur:

02/13/2026     Motions under F.R. Civ. P. 12(b), together with supporting briefs,
               memoranda, affidavits, or other such matter in support thereof.

03/13/2026     Scheduling conference at 10:00 a.m. at the courthouse, unless
               canceled. Lead counsel directed to appear.

03/27/2026     Last day to serve F.R. Civ. P. 26(a)(1) disclosures.

                                        ENTER:   January 29, 2026

                                        Irene C. Berger
                                        United States District Judge
"""


def test_a_date_first_table_with_wrapped_labels_and_enter():
    result = extract(OrderText.from_string(_WVA))
    assert result.order_date == date(2026, 1, 29)
    assert [o.fixed_date for o in result.obligations if o.fixed_date] == [
        date(2026, 2, 13), date(2026, 3, 13), date(2026, 3, 27)]
    first = next(o for o in result.obligations if o.fixed_date == date(2026, 2, 13))
    assert first.what.endswith("in support thereof")
    assert not result.unclassified


def test_a_place_and_day_closing_is_the_closing():
    result = extract(OrderText.from_string(
        "ORDER\n\nDefendant shall supplement its answer within fourteen (14) days from notice "
        "of this Order.\n\nIn San Juan, Puerto Rico, this 23rd day of January 2026.\n\n"
        "s/Giselle Lopez-Soler\nUnited States Magistrate Judge\n"))
    assert result.order_date == date(2026, 1, 23)
    assert [(o.days, o.direction, o.trigger) for o in result.obligations] == [
        (14, Direction.AFTER, Trigger.SERVICE)]
    assert not result.unclassified
    assert any(o.reason is OtherReason.CLOSING for o in result.other)


def test_a_local_rule_cited_after_a_sentence_joins_it():
    text = ("Any further discovery dispute must be presented to the court by telephone. L.U. "
            "Civ. R. 37(b). The request for sanctions is denied.")
    spans = split_sentences(text)
    first, _ = spans
    assert text[first[0]:first[1]].endswith("L.U. Civ. R. 37(b).")



def test_a_time_of_day_still_ends_a_sentence():
    text = "The hearing is set for June 3, 2026 at 10:00 a.m. The hearing will be held by video."
    assert len(split_sentences(text)) == 2
