"""An eighth batch of held-out orders (orders_heldout8/), written after the seventh batch.

Written before the importer was run on them, on more ways to write a date or an event: an
M.D.N.C. order ("on or before the 15th day of August, 2025", "within 10 days of the filing
of this Order", "by 12:00 p.m. (noon) on Monday, September 8, 2025", dated below the
signature); an S.D. Ill. prisoner order ("within fourteen days of being served with this
Order", "within 30 days from the date this Order is mailed to him", and a date range that is
no deadline); and a D. Mass. order ("ALLOWED", "at 5:00 p.m. ET on Friday, September 12,
2025", "within seven days after the parties' Local Rule 37.1 conference, and in no event
later than October 10, 2025").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.800 (8 of 10), precision 0.727 (8 of 11); order date right in 1 of 3 (a date
    printed alone under the judge's name and title was not read). Wrong: "from January 1, 2023
    through December 31, 2024" read as a deadline; "from the date this Order is mailed" not
    read as service; "the parties' Local Rule 37.1 conference" cut at "37." (no conference).
After the fixes in the commit that follows it: recall 1.0, precision 1.0, every date right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT8 = Path(__file__).parent / "orders_heldout8"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED8: dict[str, tuple[date | None, list[Row]]] = {
    "mdnc_further_ordered.txt": (date(2025, 8, 1), [
        fixed(2025, 8, 15),
        (10, False, A, T.ORDER_ENTRY, None),  # "of the filing of this Order"
        fixed(2025, 9, 8),
    ]),
    "sdill_prisoner_mailed.txt": (date(2025, 7, 21), [
        (14, False, A, T.SERVICE, None),  # "of being served with this Order"
        (30, False, A, T.SERVICE, None),  # "from the date this Order is mailed to him"
        (7, False, A, T.OTHER, None),  # "after a transfer or other change in address"
    ]),
    "dmass_allowed.txt": (date(2025, 8, 29), [
        fixed(2025, 10, 31),  # "extended to"
        fixed(2025, 9, 12),  # "at 5:00 p.m. ET on Friday, September 12, 2025"
        (7, False, A, T.CONFERENCE, None),
        fixed(2025, 10, 10),  # "and in no event later than"
    ]),
}


@pytest.fixture(scope="module")
def results8() -> dict[str, ImportResult]:
    return import_batch(HELDOUT8, EXPECTED8)


def test_recall_and_precision(results8):
    assert_scores(results8, EXPECTED8, {})


@pytest.mark.parametrize("name", sorted(EXPECTED8))
def test_order_date(results8, name):
    assert results8[name].order_date == EXPECTED8[name][0]
