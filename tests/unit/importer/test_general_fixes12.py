"""The general readings added for the twelfth held-out batch, each on its own.

"The conference" as the conference the order last named, an extension "by thirty days", a
pasted docket sheet's party entries, a judge signing "Name, Magistrate Judge" under the date
or beside "Dated:", and a party's deadline a notice moves.
"""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import OrderText, Trigger, extract
from meetconfer_gui.importer.timing import classify_event, find_periods, set_dates
from tests.unit.importer.fixes_support import read_order, timed


def _read(body: str, closing: str = "Dated: January 5, 2026"):
    return read_order(body, closing)


def _timed(result):
    return timed(result)


def test_the_conference_in_a_meet_and_confer_paragraph_is_the_parties():
    result = _read(
        "IT IS ORDERED:\n\n"
        "(1) Counsel shall meet and confer about the disputed requests. The conference shall\n"
        "take place in person. In advance of the conference:\n\n"
        "     (a) Not less than five (5) days before the conference, Plaintiff's counsel shall\n"
        "send a letter listing each request in dispute; and\n\n"
        "     (b) Defendants shall, no fewer than two (2) business days before the conference,\n"
        "provide a list of custodians.\n\n"
        "(2) A telephonic status conference is set for March 10, 2026, at 10:30 a.m.\n\n"
        "(3) At least seven days prior to the March 10 conference, the parties shall file a\n"
        "joint status report.\n")
    timed = _timed(result)
    assert (5, False, Direction.BEFORE, Trigger.CONFERENCE, None) in timed
    assert (2, True, Direction.BEFORE, Trigger.CONFERENCE, None) in timed
    assert (7, False, Direction.BEFORE, Trigger.HEARING, None) in timed


def test_the_conference_after_a_court_conference_is_set_stays_the_courts():
    result = _read(
        "1. A discovery conference is set for April 17, 2026. The parties shall meet and\n"
        "confer before then.\n\n"
        "2. No later than two days before the status conference, each party shall email a\n"
        "statement to chambers.\n\n"
        "3. No later than seven days before the conference, the parties shall file a joint\n"
        "report.\n")
    timed = _timed(result)
    assert (7, False, Direction.BEFORE, Trigger.HEARING, None) in timed
    assert not [t for t in timed if t[3] is Trigger.CONFERENCE]


@pytest.mark.parametrize("event", [
    "the substantial completion of their production", "the final completion of discovery",
    "the completion of the deposition"])
def test_the_completion_of_something_is_another_event(event):
    assert classify_event("after", event) is Trigger.OTHER


def test_an_extension_by_days_counts_from_the_date_it_moves():
    text = ("The deadline for completing fact discovery, currently set for April 3, 2026, is "
            "extended by thirty days.")
    periods = find_periods(text)
    assert [(p.days, p.trigger) for p in periods] == [(30, Trigger.OTHER)]
    assert set_dates(text, date(2026, 2, 3)) == []
    timed = _timed(_read(text))
    assert timed == [(30, False, Direction.AFTER, Trigger.OTHER, None)]


def test_a_date_that_remains_set_is_still_set():
    text = "The trial, currently set for June 1, 2026, remains set."
    assert [f.value for f in set_dates(text, None)] == [date(2026, 6, 1)]


def test_a_stay_for_days_is_counted_from_the_order():
    periods = find_periods("This action is stayed for thirty days.")
    assert [p.trigger for p in periods] == [None]


_DOCKET = (
    "8:25-cv-00377 Prairie Wind v. Hollister\n"
    "Date filed: 06/30/2025\n"
    "Date of last filing: 01/06/2026\n\n"
    "Date Filed\t#\tDocket Text\n"
    "12/18/2025\t41\tMOTION to Compel Discovery Responses by Plaintiff. Responses due by "
    "1/2/2026. (Vogt, Sarah) (Entered: 12/18/2025)\n"
    "01/05/2026\t44\tTEXT ORDER re [41] MOTION to Compel. The motion is denied without "
    "prejudice. Counsel shall personally confer on or before 1/16/2026. Ordered by Magistrate "
    "Judge Michael D. Nelson. (JSF) (Entered: 01/05/2026)\n"
    "01/06/2026\t45\tNOTICE of Appearance by Grant T. Hollis on behalf of Defendant. (Hollis, "
    "Grant) (Entered: 01/06/2026)\n")


def test_a_docket_sheet_reads_only_the_courts_entries():
    result = extract(OrderText.from_string(_DOCKET))
    assert _timed(result) == [(None, False, None, Trigger.FIXED_DATE, date(2026, 1, 16))]
    assert result.order_date == date(2026, 1, 5)
    assert result.judge == "Michael D. Nelson"
    motion = [o for o in result.other if "MOTION to Compel Discovery" in o.source_sentence]
    assert motion


def test_a_name_comma_title_under_a_date_alone():
    result = _read("Counsel shall meet and confer by February 6, 2026.",
                   "                         January 14, 2026\n\n"
                   "                 Colin H Lindsay, Magistrate Judge\n"
                   "                   United States District Court\n\ncc: Counsel of record")
    assert result.order_date == date(2026, 1, 14)
    assert result.judge == "Colin H Lindsay"


def test_a_name_beside_the_dated_line():
    result = _read("The parties shall meet and confer on or before January 9, 2026.",
                   "Dated: December 19th, 2025                      CRAIG T. GOLDBLATT\n"
                   "Wilmington, Delaware                            UNITED STATES BANKRUPTCY "
                   "JUDGE")
    assert result.order_date == date(2025, 12, 19)
    assert result.judge == "CRAIG T. GOLDBLATT"


@pytest.mark.parametrize(("sentence", "who", "what"), [
    ("Defendant's deadline to answer Plaintiff's Second Set of Interrogatories is extended to "
     "1/30/2026.", "defendant", "answer Plaintiff's Second Set of Interrogatories"),
    ("The deadline for Plaintiff to respond to the motion is extended to March 3, 2026.",
     "plaintiff", "respond to the motion"),
])
def test_a_partys_deadline_moved_is_that_partys_deadline(sentence, who, what):
    items = _read(sentence).obligations
    assert [(o.who, o.kind, o.what) for o in items] == [(who, Kind.DEADLINE, what)]
