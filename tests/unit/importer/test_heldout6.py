"""A sixth batch of held-out orders (orders_heldout6/), written after the fifth batch's fixes.

Written before the importer was run on them, mostly to test precision: a D. Conn. ruling with
background, a legal standard quoting Rule 34's thirty days, past dates and a party's broken
promise, and one deadline in its conclusion; a D. Ariz. order in bullets; a C.D. Cal. order
that first describes Local Rule 37's periods and then sets its own; an S.D. Cal. order with
periods before trial and before the final pretrial conference; and a one-line S.D.N.Y. CM/ECF
docket order.

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.692 (9 of 13), precision 0.750 (9 of 12); every order date right. Wrong: Local
    Rule 37's periods, described ("Under Local Rule 37-1, ... counsel for the opposing party
    must confer within ten days"), read as the court's; missed: "the Court orders that any
    joint stipulation be filed no later than 21 days before the hearing date, and that ...";
    and a period before a conference dated in the same sentence took that date as its own.
After the fixes in the commit that follows it: recall 1.0, precision 1.0.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT6 = Path(__file__).parent / "orders_heldout6"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED6: dict[str, tuple[date | None, list[Row]]] = {
    "dconn_ruling_long.txt": (date(2025, 7, 22), [
        (30, False, A, T.ORDER_DATE, None),  # "of the date of this Ruling"
    ]),
    "dariz_bullets.txt": (date(2025, 7, 16), [
        fixed(2025, 7, 25),
        (14, False, A, T.FILING, None),  # "of service of those requests"
        fixed(2025, 8, 8),
    ]),
    "cdcal_rules_described.txt": (date(2025, 7, 9), [
        (21, False, B, T.HEARING, None),
        (14, False, B, T.HEARING, None),
    ]),
    "sdcal_trial_relative.txt": (date(2025, 8, 4), [
        fixed(2026, 3, 2),  # "Trial is set for"
        (28, False, B, T.HEARING, None),  # before trial
        (14, False, B, T.HEARING, None),  # before the Final Pretrial Conference
        fixed(2026, 2, 9),  # the Final Pretrial Conference, "which is set for"
        (21, False, B, T.HEARING, None),
    ]),
    "sdny_cmecf_docket.txt": (date(2025, 7, 15), [
        fixed(2025, 8, 1), fixed(2025, 8, 8),
    ]),
}


@pytest.fixture(scope="module")
def results6() -> dict[str, ImportResult]:
    return import_batch(HELDOUT6, EXPECTED6)


def test_recall_and_precision(results6):
    assert_scores(results6, EXPECTED6, {})


@pytest.mark.parametrize("name", sorted(EXPECTED6))
def test_order_date(results6, name):
    assert results6[name].order_date == EXPECTED6[name][0]
