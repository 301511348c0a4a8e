"""A thirtieth batch of held-out orders (orders_heldout30/), written after batch 29's fixes.

Written before the importer was run on it, in styles the folders lacked: a W.D. Va. pretrial
order counted in ordinal days from a trial date it sets ("on or before the 150th day before
trial", "not later than the 60th day before trial"), its parties acting by name; a D. Minn.
order compelling a non-party to comply with a subpoena, in which the non-party (named in no
caption) must produce and the plaintiff must reimburse it "within 30 days after receiving
Helix's invoice"; a D.C. Circuit abeyance order on a petition for review ("Filed On: March
2, 2026", status reports "at 90-day intervals, beginning 90 days from the date of this
order", motions to govern "within 30 days of the Commission's order on rehearing"); and a
D. N. Mar. I. scheduling order in bullets with en dashes and weekdays ("Initial disclosures
- exchanged no later than Friday, March 13, 2026").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.684 (13 of 19), precision 0.867 (13 of 15); every order date right. Missed: the
    five bulleted dates of the D. N. Mar. I. order ("Initial disclosures - exchanged no
    later than Friday, March 13, 2026" read as background: a label, a dash and a participle
    were no command; "Settlement conference - Tuesday, November 17, 2026" unclassified); the
    W.D. Va. trial date ("a three-day jury trial to begin on January 11, 2027"). Wrong: "a
    three-day jury trial" read as three days from the order; "at 90-day intervals" read as
    90 days from the order beside the first report (a second report at the same time). The
    non-party ("Helix shall produce") read as all parties.
After the fixes: recall 1.000 (19 of 19), precision 1.000 (19 of 19).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT30 = Path(__file__).parent / "orders_heldout30"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED30: dict[str, tuple[date | None, list[Row]]] = {
    "wdva_pretrial_order_ordinal_days.txt": (date(2026, 2, 17), [
        fixed(2027, 1, 11),  # "a three-day jury trial to begin on January 11, 2027"
        (150, False, B, T.HEARING, None),  # Blue Ridge's experts
        (120, False, B, T.HEARING, None),  # Shenandoah's experts
        (75, False, B, T.HEARING, None),  # discovery completed
        (60, False, B, T.HEARING, None),  # dispositive motions
        (14, False, A, T.FILING, None),  # brief in opposition
        (7, False, A, T.FILING, None),  # reply brief
        (5, True, B, T.HEARING, None),  # jury instructions and exhibit list
    ]),
    "dminn_nonparty_subpoena_order.txt": (date(2026, 2, 10), [
        (21, False, A, T.ORDER_DATE, None),  # Helix produces the server logs
        (30, False, A, T.FILING, None),  # reimbursement "after receiving Helix's invoice"
        (10, False, A, T.FILING, None),  # an objection "after the production"
    ]),
    "cadc_abeyance_order.txt": (date(2026, 3, 2), [
        (90, False, A, T.ORDER_DATE, None),  # the first status report
        (30, False, A, T.OTHER, None),  # "of the Commission's order on rehearing"
    ]),
    "dnmi_bulleted_scheduling_order.txt": (date(2026, 2, 25), [
        fixed(2026, 3, 13), fixed(2026, 5, 4), fixed(2026, 10, 30),
        fixed(2026, 11, 17),  # the settlement conference
        (7, False, B, T.HEARING, None),  # confidential settlement statement
        fixed(2026, 12, 18),
    ]),
}

OPTIONAL30: dict[str, list[Row]] = {
    # the later status reports "at 90-day intervals"
    "cadc_abeyance_order.txt": [(90, False, A, T.OTHER, None)],
}


@pytest.fixture(scope="module")
def results30() -> dict[str, ImportResult]:
    return import_batch(HELDOUT30, EXPECTED30)


def test_recall_and_precision(results30):
    assert_scores(results30, EXPECTED30, OPTIONAL30)


@pytest.mark.parametrize("name", sorted(EXPECTED30))
def test_order_date(results30, name):
    assert results30[name].order_date == EXPECTED30[name][0]


def test_a_non_party_acts_by_its_name(results30):
    items = results30["dminn_nonparty_subpoena_order.txt"].obligations
    produce = next(o for o in items if o.days == 21)
    assert produce.who not in ("all parties", "plaintiff", "defendant")
    assert next(o for o in items if o.days == 30).who == "plaintiff"
    assert next(o for o in items if o.days == 10).who == "defendant"
