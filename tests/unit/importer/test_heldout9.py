"""A ninth batch of held-out orders (orders_heldout9/), written after the eighth batch's fixes.

Written before the importer was run on them: a D. Utah memorandum decision ("fourteen (14)
calendar days", a party's representation the court "expects" it to keep "by the same date",
"by the end of the day on Friday, October 3, 2025"); an E.D. Wis. order in "(1) ... ;"
paragraphs (a deposition on a date, "at least 72 hours before the deposition", "seven days
after the deposition"); a W.D. Mo. order granting an unopposed motion that cites a local
rule's fourteen days in a parenthetical; and a D.N.H. procedural order ("within ten days of
this order", a permitted response "within five days after the joint statement is filed"),
dated under the signature and followed by "cc: Counsel of record".

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

HELDOUT9 = Path(__file__).parent / "orders_heldout9"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED9: dict[str, tuple[date | None, list[Row]]] = {
    "dutah_short_form.txt": (date(2025, 9, 8), [
        (14, False, A, T.ORDER_DATE, None),  # "fourteen (14) calendar days of the date"
        fixed(2025, 10, 3),
    ]),
    "edwis_numbered_parens.txt": (date(2025, 9, 11), [
        fixed(2025, 10, 15),  # "shall proceed on October 15, 2025"
        (None, False, B, T.OTHER, None),  # "at least 72 hours before the deposition"
        (7, False, A, T.OTHER, None),  # "seven days after the deposition"
    ]),
    "wdmo_granted_unopposed.txt": (date(2025, 9, 15), [
        (21, False, A, T.ORDER_DATE, None),
    ]),
    "dnh_procedural_order.txt": (date(2025, 9, 18), [
        (10, False, A, T.ORDER_DATE, None),
        (5, False, A, T.FILING, None),  # "may file": allowed, flagged, still dated
    ]),
}

OPTIONAL9: dict[str, list[Row]] = {
    # the court "expects" the 2023 sales summaries "by the same date" (14 days)
    "dutah_short_form.txt": [(14, False, A, T.ORDER_DATE, None)],
}


@pytest.fixture(scope="module")
def results9() -> dict[str, ImportResult]:
    return import_batch(HELDOUT9, EXPECTED9)


def test_recall_and_precision(results9):
    assert_scores(results9, EXPECTED9, OPTIONAL9)


@pytest.mark.parametrize("name", sorted(EXPECTED9))
def test_order_date(results9, name):
    assert results9[name].order_date == EXPECTED9[name][0]
