"""A seventh batch of held-out orders (orders_heldout7/), written after the sixth batch's fixes.

Written before the importer was run on them: an N.D. Cal. stipulation and order (the
lawyers' signature dates and a recital of an earlier order's date come before the judge's);
an E.D. Va. order in "ORDERED that ...; and it is further" paragraphs with "forthwith" and
"within the next 30 days"; an S.D. Ohio docket entry with a hearing, periods in court days
before it, and a parenthesised "(Status Report due by 10/2/2025.)"; and a C.D. Cal. order
denying a motion without prejudice, with no deadline at all (a vacated hearing, past dates,
a party's hypothetical promise, a permission to renew).

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 1.000 (8 of 8), precision 1.000 (8 of 8); every order date right. No fix needed.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT7 = Path(__file__).parent / "orders_heldout7"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED7: dict[str, tuple[date | None, list[Row]]] = {
    "ndcal_stipulation_and_order.txt": (date(2025, 7, 28), [
        fixed(2025, 8, 1),
        (10, False, A, T.FILING, None),  # "after the production is complete"
    ]),
    "edva_ordered_further.txt": (date(2025, 8, 8), [
        (30, False, A, T.ORDER_DATE, None),  # "within the next 30 days": no event named
        (14, False, A, T.OTHER, None),  # "after the deposition"
    ]),
    "sdohio_docket_hearing.txt": (date(2025, 8, 20), [
        fixed(2025, 9, 18),  # "Hearing on Motion set for 9/18/2025"
        (14, False, B, T.HEARING, None),  # "Opposition due fourteen (14) days before"
        (5, True, B, T.HEARING, None),
        fixed(2025, 10, 2),  # "(Status Report due by 10/2/2025.)"
    ]),
    "cdcal_denial_no_deadline.txt": (date(2025, 8, 12), []),
}

OPTIONAL7: dict[str, list[Row]] = {
    "ndcal_stipulation_and_order.txt": [fixed(2025, 7, 15)],  # the earlier order, recited
    "cdcal_denial_no_deadline.txt": [fixed(2025, 8, 27)],  # the hearing, vacated
}


@pytest.fixture(scope="module")
def results7() -> dict[str, ImportResult]:
    return import_batch(HELDOUT7, EXPECTED7)


def test_recall_and_precision(results7):
    assert_scores(results7, EXPECTED7, OPTIONAL7)


@pytest.mark.parametrize("name", sorted(EXPECTED7))
def test_order_date(results7, name):
    assert results7[name].order_date == EXPECTED7[name][0]
