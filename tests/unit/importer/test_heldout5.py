"""A fifth batch of held-out orders (orders_heldout5/), written after the fourth batch's fixes.

Written before the importer was run on them: an E.D. Cal. prisoner order on pleading paper
with the line number and one space before each line; a D. Kan. memorandum and order dated
"Dated June 13, 2025, at Kansas City, Kansas."; an S.D. Ohio order in roman-numbered
paragraphs with periods and dates in capitals mid-sentence; a D. Or. opinion and order; a
D. Colo. table of deadlines with "Completed" and "TBD" rows; C.D. Cal. civil minutes with an
order to show cause and a vacated hearing; and an N.D. Cal. order setting a courtroom
meet-and-confer session, with a notice due two court days before it.

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.929 (13 of 14), precision 1.000 (13 of 13); every order date right. Missed:
    "Plaintiff is ORDERED TO SHOW CAUSE in writing no later than July 7, 2025".
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT5 = Path(__file__).parent / "orders_heldout5"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED5: dict[str, tuple[date | None, list[Row]]] = {
    "edcal_prisoner_osc.txt": (date(2025, 6, 20), [
        (30, False, A, T.SERVICE, None),
        (14, False, A, T.FILING, None),  # "may file a reply": allowed, flagged, still dated
    ]),
    "dkan_memorandum_and_order.txt": (date(2025, 6, 13), [
        (21, False, A, T.ORDER_DATE, None),  # "of the date of this Memorandum and Order"
        fixed(2025, 7, 11),  # "IT IS FURTHER ORDERED that the parties confer ... and submit"
    ]),
    "sdohio_roman_caps.txt": (date(2025, 6, 4), [
        (7, False, A, T.ORDER_DATE, None),  # "within SEVEN (7) DAYS of the date of this Order"
        fixed(2025, 7, 1),  # "BY NO LATER THAN JULY 1, 2025"
    ]),
    "dor_opinion_and_order.txt": (date(2025, 7, 2), [
        (14, False, A, T.ORDER_DATE, None),  # "within 14 days of this Opinion and Order"
        (7, False, A, T.FILING, None),  # "within seven days after that production"
    ]),
    "dcolo_amended_schedule_table.txt": (date(2025, 7, 8), [
        fixed(2025, 8, 29), fixed(2025, 9, 26), fixed(2025, 10, 24),
    ]),
    "cdcal_osc_minutes.txt": (date(2025, 6, 26), [
        fixed(2025, 7, 7),  # show cause in writing
    ]),
    "ndcal_courtroom_meet_and_confer.txt": (date(2025, 9, 2), [
        fixed(2025, 9, 15),  # "ORDERS the parties to meet and confer, in person, on"
        (2, True, B, T.CONFERENCE, None),  # "two court days before the meet-and-confer session"
    ]),
}

OPTIONAL5: dict[str, list[Row]] = {
    "cdcal_osc_minutes.txt": [fixed(2025, 7, 10)],  # the hearing, vacated
}


@pytest.fixture(scope="module")
def results5() -> dict[str, ImportResult]:
    return import_batch(HELDOUT5, EXPECTED5)


def test_recall_and_precision(results5):
    assert_scores(results5, EXPECTED5, OPTIONAL5)


@pytest.mark.parametrize("name", sorted(EXPECTED5))
def test_order_date(results5, name):
    assert results5[name].order_date == EXPECTED5[name][0]
