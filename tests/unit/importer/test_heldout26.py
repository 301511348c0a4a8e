"""A twenty-sixth batch of held-out orders (orders_heldout26/), written after batch 25's fixes.

Written before the importer was run on it, to stress precision: a W.D. Pa. memorandum
opinion whose history and discussion are full of dates and periods that set nothing ("were
due thirty days later, on October 8, 2025", "a two-week extension", "nineteen days after the
second conference", "it needs at least sixty days", "Rule 34(b)(2)(B) provides that
production must be completed no later than ...") and whose conclusion tells what the order
will require ("the Court will enter an order requiring Defendant to complete its production
within thirty (30) days") before the order itself says it, dated "AND NOW, this 11th day of
February, 2026".

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.500 (1 of 2), precision 0.333 (1 of 3) against the rows as first written; the
    order date right; none of the history's or discussion's dates and periods reported. The
    privilege log "within fourteen (14) days after completing the production" was first
    written as counted from another event (OTHER); batch 19's table counts "after its
    production" from a paper served (FILING), as the importer does, so the row was
    corrected to FILING before any fix: against it, recall 1.000 (2 of 2), precision 0.667
    (2 of 3). Wrong either way: the conclusion's "the Court will enter an order requiring
    Defendant to ... serve a privilege log within fourteen (14) days after completing the
    production", a preview of the order, reported with its period. Not scored: the heading
    "III. Conclusion" joined to the paragraph after it.
After the fixes: recall 1.000 (2 of 2), precision 1.000 (2 of 2).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, import_batch

HELDOUT26 = Path(__file__).parent / "orders_heldout26"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED26: dict[str, tuple[date | None, list[Row]]] = {
    "wdpa_memorandum_opinion_background.txt": (date(2026, 2, 11), [
        (30, False, A, T.ORDER_DATE, None),  # "within thirty (30) days of the date of this Order"
        (14, False, A, T.FILING, None),  # the privilege log "after completing the production"
    ]),
}

OPTIONAL26: dict[str, list[Row]] = {}


@pytest.fixture(scope="module")
def results26() -> dict[str, ImportResult]:
    return import_batch(HELDOUT26, EXPECTED26)


def test_recall_and_precision(results26):
    assert_scores(results26, EXPECTED26, OPTIONAL26)


@pytest.mark.parametrize("name", sorted(EXPECTED26))
def test_order_date(results26, name):
    assert results26[name].order_date == EXPECTED26[name][0]
