"""A fifteenth batch of held-out orders (orders_heldout15/), written after batch 14's fixes.

Written before the importer was run on them, in courts and styles the earlier folders lack:
an E.D. Ark. order as OCR reads a scan ("fourteen (l4) days of the entry of this 0rder",
"within 2l days", "lf disputes remain", "C0OPERATIVE", a stray "|", "confer-" / "ence"
across lines), the kind a litigant in prison gets by mail and scans; an N.D. Miss. order
whose three commands share one sentence joined by semicolons ("on or before Feb. 27, 2026;")
and cites "L.U. Civ. R. 37(b)." after it, closed "SO ORDERED, this the 12th day of February,
2026"; a D.P.R. order ("by Jan. 30, 2026", "within fourteen (14) days from notice of this
Order", "In San Juan, Puerto Rico, this 23rd day of January 2026."); and an S.D. W. Va.
order and notice whose table sets each date first, labels wrapping below it, signed "ENTER:
January 29, 2026".

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date. "From notice of
this Order" is counted from its service: the notice of electronic filing serves it.

Before any fix for this batch (first run):
    recall 0.733 (11 of 15), precision 0.846 (11 of 13); order date right in 3 of 4 (missed:
    "ENTER: January 29, 2026", which was read as a deadline). Missed: both periods of the
    scan ("(l4)" and "2l" are no digits to a reader that expects them); the table's first row,
    whose label wraps after a comma; wrong: "from notice of this Order" read as from the
    order's date.
After the fixes: recall 1.000 (15 of 15), precision 1.000, every order date right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT15 = Path(__file__).parent / "orders_heldout15"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED15: dict[str, tuple[date | None, list[Row]]] = {
    "edark_ocr_scanned_order.txt": (date(2026, 2, 11), [
        (14, False, A, T.ORDER_ENTRY, None),  # "fourteen (l4) days of the entry of this 0rder"
        (21, False, A, T.ORDER_ENTRY, None),  # "within 2l days of the entry of this Order"
        (7, False, A, T.CONFERENCE, None),  # "seven days after the confer-" / "ence"
    ]),
    "ndmiss_single_paragraph_this_the.txt": (date(2026, 2, 12), [
        (10, False, A, T.ORDER_DATE, None),  # "within ten days of this order;"
        fixed(2026, 2, 27),  # "on or before Feb. 27, 2026;"
        (7, False, A, T.ORDER_DATE, None),  # "within seven days of the date of this order"
    ]),
    "dpr_notice_abbrev_dates.txt": (date(2026, 1, 23), [
        fixed(2026, 1, 30),  # "by / Jan. 30, 2026"
        (14, False, A, T.SERVICE, None),  # "within fourteen (14) days from notice of this Order"
        fixed(2026, 2, 13),  # "by Feb. 13, 2026"
    ]),
    "sdwva_order_and_notice_enter.txt": (date(2026, 1, 29), [
        fixed(2026, 2, 13), fixed(2026, 2, 27), fixed(2026, 3, 6), fixed(2026, 3, 13),
        fixed(2026, 3, 20),  # "Entry of scheduling order": the court's, dated all the same
        fixed(2026, 3, 27),
    ]),
}

OPTIONAL15: dict[str, list[Row]] = {
    # notice of the order is its entry on the docket, as well as its service
    "dpr_notice_abbrev_dates.txt": [(14, False, A, T.ORDER_ENTRY, None)],
}


@pytest.fixture(scope="module")
def results15() -> dict[str, ImportResult]:
    return import_batch(HELDOUT15, EXPECTED15)


def test_recall_and_precision(results15):
    assert_scores(results15, EXPECTED15, OPTIONAL15)


@pytest.mark.parametrize("name", sorted(EXPECTED15))
def test_order_date(results15, name):
    assert results15[name].order_date == EXPECTED15[name][0]
