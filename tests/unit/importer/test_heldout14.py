"""A fourteenth batch of held-out orders (orders_heldout14/), written after batch 13's fixes.

Written before the importer was run on them, in courts and styles the earlier folders lack:
a W.D. Wash. order directing the LCR 37(a)(2) expedited joint motion on pleading paper
(numbered lines, "-1-" footers, the title repeated at each page's foot, an "A" e-signature;
"Within five (5) judicial days after receiving Plaintiff's portion", "within 21 days after the
Court rules"); an M.D. Ala. uniform scheduling order in "SECTION 1." paragraphs ("90 days prior
to the pretrial hearing date", "Trial is set for the term of court commencing on November 9,
2026", "Within 42 days prior to the pretrial hearing", "DONE this 2nd day of March, 2026"); a
D.S.D. order whose commands each open "ORDERED that" after "It is further", with lettered
items ending in ";" and "; and", and a notice of the right to object ("The parties have
fourteen (14) days after service of this order to file written objections"); and a W.D.
Okla. order in "IT IS THEREFORE ORDERED" / "IT IS FURTHER ORDERED" paragraphs ("within
forty-five days (45) of the date of this Order", "fourteen (14) calendar days before the
deposition", "forty-eight (48) hours before the deposition begins", a local rule's "replies
due within seven days after the response is filed" cited in passing).

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date. A document
production is a paper served (``filing``), as "from the date of that production" was in
batch 11.

Before any fix for this batch (first run):
    recall 0.870 (20 of 23), precision 1.000 (20 of 20); every order date right. Missed: "The
    parties have fourteen (14) days after service of this order to file written objections"
    ("have ... days ... to" was no command); "Trial is set for the term of court commencing on
    November 9, 2026" (a notice without its date); and "ten days before producing any
    document" read as another event where "production" is a paper served.
After the fixes: recall 1.000 (23 of 23), precision 1.000, every order date right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT14 = Path(__file__).parent / "orders_heldout14"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED14: dict[str, tuple[date | None, list[Row]]] = {
    "wdwash_lcr37_expedited_joint_motion.txt": (date(2026, 1, 28), [
        fixed(2026, 2, 4),  # Plaintiff's portion "no later than February 4, 2026"
        (5, True, A, T.FILING, None),  # "Within five (5) judicial days after receiving"
        (2, True, A, T.FILING, None),  # "within two (2) judicial days of receipt of"
        (21, False, A, T.OTHER, None),  # "within 21 days after the Court rules"
    ]),
    "mdala_uniform_scheduling_sections.txt": (date(2026, 3, 2), [
        fixed(2026, 10, 5),  # the pretrial hearing
        fixed(2026, 11, 9),  # "the term of court commencing on November 9, 2026"
        (90, False, B, T.HEARING, None),  # "90 days prior to the pretrial hearing date"
        fixed(2026, 7, 17),
        (14, False, A, T.OTHER, None),  # "an additional 14 days after the names are revealed"
        fixed(2026, 4, 17), fixed(2026, 5, 15),  # each side's experts
        (14, False, A, T.OTHER, None),  # "within fourteen (14) days after ... an impasse"
        (7, False, A, T.FILING, None),  # "seven (7) days after the motion is filed"
        (42, False, B, T.HEARING, None),  # "Within 42 days prior to the pretrial hearing"
        (60, False, B, T.OTHER, None),  # "no later than 60 days before the close of discovery"
    ]),
    "dsd_ordered_paragraphs_objections.txt": (date(2026, 2, 18), [
        (30, False, A, T.ORDER_DATE, None),  # "a. ... within 30 days from the date of"
        (30, False, A, T.ORDER_DATE, None),  # "b. ..."
        (10, False, B, T.FILING, None),  # "ten days before producing any document"
        (14, False, A, T.SERVICE, None),  # objections "after service of this order"
    ]),
    "wdokla_therefore_ordered_hours.txt": (date(2026, 2, 23), [
        (45, False, A, T.ORDER_DATE, None),  # "within forty-five days (45) of the date of"
        (14, False, B, T.OTHER, None),  # "fourteen (14) calendar days before the deposition"
        (None, False, B, T.OTHER, None),  # "forty-eight (48) hours before the deposition"
        (14, False, A, T.OTHER, None),  # "14 days after the deposition is concluded"
    ]),
}

OPTIONAL14: dict[str, list[Row]] = {
    "mdala_uniform_scheduling_sections.txt": [
        (14, False, A, T.FILING, None),  # the names revealed in a witness list served
        (14, False, A, T.CONFERENCE, None),  # the impasse ends the parties' conferring
    ],
    # a production is a paper served, or an event of its own
    "dsd_ordered_paragraphs_objections.txt": [(10, False, B, T.OTHER, None)],
}


@pytest.fixture(scope="module")
def results14() -> dict[str, ImportResult]:
    return import_batch(HELDOUT14, EXPECTED14)


def test_recall_and_precision(results14):
    assert_scores(results14, EXPECTED14, OPTIONAL14)


@pytest.mark.parametrize("name", sorted(EXPECTED14))
def test_order_date(results14, name):
    assert results14[name].order_date == EXPECTED14[name][0]
