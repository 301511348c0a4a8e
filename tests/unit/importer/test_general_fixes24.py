"""The general readings added for the twenty-fourth held-out batch, each on its own.

A cut-off date "is" a date; an event the order names by its own abbreviation ('An Initial
Pretrial Conference ("IPTC") was held on February 17, 2026') is counted from, dated; "Trial
shall commence on ..." is the court's event; "ORDER GRANTING ..." and "APPROVED AS AMENDED"
are notices.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order


def _read(body: str, closing: str = "Dated: February 19, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def test_a_cut_off_date_is_a_date():
    items = _read("The discovery cut-off date (defined as the last day to file responses to "
                  "discovery) is 31 August 2026.").obligations
    assert [(o.kind, o.fixed_date) for o in items] == [(Kind.DEADLINE, date(2026, 8, 31))]


def test_an_abbreviation_the_order_defines():
    items = _read('An Initial Pretrial Conference ("IPTC") was held on February 17, 2026. The '
                  "parties shall serve their initial disclosures within 21 days after the "
                  "IPTC. A settlement conference is set for August 4, 2026.").obligations
    first = items[0]
    assert (first.days, first.direction, first.trigger, first.event_date, first.chained_to) == (
        21, Direction.AFTER, Trigger.HEARING, date(2026, 2, 17), None)


def test_trial_shall_commence_is_the_courts_event():
    items = _read("Trial shall commence on 2 February 2027 at 9:00 a.m.").obligations
    assert [(o.kind, o.fixed_date) for o in items] == [(Kind.NOTICE, date(2027, 2, 2))]


def test_titles_in_capitals_are_notices():
    result = _read("ENDORSED ORDER GRANTING IN PART AND DENYING IN PART [22] MOTION TO COMPEL. "
                   'The parties\' proposed Case Management Plan ("CMP") (Dkt. 18) is APPROVED '
                   "AS AMENDED by the Court as set forth below.")
    assert [o.kind for o in result.obligations] == [Kind.NOTICE, Kind.NOTICE]
    assert not result.unclassified
