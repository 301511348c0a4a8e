"""A seventeenth batch of held-out orders (orders_heldout17/), written after batch 16's fixes.

Written before the importer was run on them, in courts the earlier folders lack and to
stress precision: a D.R.I. memorandum and order whose background and analysis are full of
time that sets nothing ("a 30-day extension", "sixty-two days after the requests", "within
nine months of the scheduling conference", what "courts in this Circuit have ordered", what a
party "needs"), signed with the date under the title; an N.D. W. Va. "ORDER/OPINION" ("within
thirty (30) days of entry of this Order/Opinion", "Any party may, within fourteen (14) days
after being served with a copy of this Order/Opinion, file ... objections"); and a Bankruptcy
Court (N.D. Ill.) adversary scheduling order with lettered paragraphs ("Fed. R. Bankr. P.
7026", "on or before the later of (i) March 20, 2026, or (ii) thirty days after service of
the discovery request", "noticed for presentment ... at least seven days after it is filed").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.846 (11 of 13), precision 1.000 (11 of 11); every order date right; none of the
    background's periods reported. Missed: the date of "on or before the later of (i) March 20,
    2026" (the words between "on or before" and the date), and the objections after "Any party
    may, within ..., file" (an aside between "may" and its verb).
After the fixes: recall 1.000 (13 of 13), precision 1.000, every order date right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT17 = Path(__file__).parent / "orders_heldout17"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED17: dict[str, tuple[date | None, list[Row]]] = {
    "dri_memorandum_background_periods.txt": (date(2026, 1, 30), [
        (21, False, A, T.ORDER_ENTRY, None),  # "within twenty-one days of the entry of this Order"
        (14, False, A, T.ORDER_DATE, None),  # the affidavit of expenses "within fourteen days"
        (7, False, A, T.FILING, None),  # "within seven days after the affidavit is filed"
    ]),
    "ndwva_order_opinion_objections.txt": (date(2026, 2, 9), [
        (30, False, A, T.ORDER_ENTRY, None),  # "of entry of this Order/Opinion"
        fixed(2026, 3, 16),  # "appear for a status conference on March 16, 2026"
        (14, False, A, T.SERVICE, None),  # objections "after being served with a copy of this"
    ]),
    "bankr_ndill_later_of.txt": (date(2026, 1, 15), [
        fixed(2026, 1, 28), fixed(2026, 2, 20),
        fixed(2026, 3, 20),  # "on or before the later of (i) March 20, 2026, or (ii)"
        (30, False, A, T.FILING, None),  # "thirty days after service of the discovery request"
        (7, False, A, T.FILING, None),  # presented "at least seven days after it is filed"
        fixed(2026, 5, 29),
        fixed(2026, 6, 3),  # the continued status hearing
    ]),
}

OPTIONAL17: dict[str, list[Row]] = {
    # the amended response served "at the same time" as the production
    "dri_memorandum_background_periods.txt": [(21, False, A, T.ORDER_ENTRY, None)],
}


@pytest.fixture(scope="module")
def results17() -> dict[str, ImportResult]:
    return import_batch(HELDOUT17, EXPECTED17)


def test_recall_and_precision(results17):
    assert_scores(results17, EXPECTED17, OPTIONAL17)


@pytest.mark.parametrize("name", sorted(EXPECTED17))
def test_order_date(results17, name):
    assert results17[name].order_date == EXPECTED17[name][0]
