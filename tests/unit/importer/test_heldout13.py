"""A thirteenth batch of held-out orders (orders_heldout13/), written after batch 12's fixes.

Written before the importer was run on them, in courts the earlier folders lack: a Court of
Federal Claims order (a caption boxed in asterisks, "(Filed: January 21, 2026)" its only date,
"On or before Friday, February 20, 2026, defendant SHALL PRODUCE", signed "Judge"); an N.D.
Iowa memorandum opinion whose background and discussion are full of periods and dates that
set nothing (Rule 34's 30 days, a party's proposed 60 days, an earlier order's date) before a
conclusion with "within twenty-" / "one (21) days"; a D. Vt. stipulated discovery schedule
with counsel's "DATED: February 4, 2026" signatures above "APPROVED and SO ORDERED" and
"Dated at Burlington, in the District of Vermont, this 6th day of February 2026"; W.D. La.
civil minutes ("Date:" and "Presiding:" in two columns, "Defendant is to produce the vessel
logs for the M/V CAPT. JOE for the period June 1 through August 31, 2024, on or before ...",
"Plaintiff is to identify, within seven (7) days of receipt of the logs, ..."); and a D.
Alaska order from chambers ("forthwith", "not fewer than three business days prior to the
deposition", "within 10 days after it is received from the court reporter").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.846 (22 of 26), precision 0.957 (22 of 23); order date right in 4 of 5 (missed:
    the Court of Federal Claims' "(Filed: January 21, 2026)", its caption not found since the
    court's name is in title case). Missed: "On or before Friday, February 20, 2026, defendant
    SHALL PRODUCE" (a sentence opening "On" was read as what happened on a date); the
    minutes' two commands with "is to", one split at "CAPT." and one whose verb takes a comma
    ("is to identify, within seven (7) days ..."). Wrong: "within 45 days after Plaintiff's
    disclosure" as another event rather than a paper served. Judges: none for "Judge" alone
    under the name, nor for the minutes' "Presiding: Magistrate Judge Thomas P. LeBlanc".
After the fixes: recall 1.000 (26 of 26), precision 1.000, every order date and judge right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT13 = Path(__file__).parent / "orders_heldout13"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED13: dict[str, tuple[date | None, list[Row]]] = {
    "cofc_joint_status_report_order.txt": (date(2026, 1, 21), [
        fixed(2026, 2, 20),  # "On or before Friday, February 20, 2026, defendant SHALL ..."
        (14, False, A, T.ORDER_DATE, None),  # "SHALL MEET AND CONFER ... within 14 days of"
        (7, False, A, T.CONFERENCE, None),  # "Within seven days after the meet and confer"
    ]),
    "ndiowa_discussion_and_conclusion.txt": (date(2026, 1, 9), [
        (14, False, A, T.ORDER_DATE, None),
        (21, False, A, T.ORDER_DATE, None),  # "within twenty-" / "one (21) days"
        fixed(2026, 3, 31),  # "The deadline to complete discovery is extended to"
    ]),
    "dvt_stipulated_schedule_counsel_dates.txt": (date(2026, 2, 6), [
        fixed(2026, 2, 27), fixed(2026, 3, 13), fixed(2026, 3, 27),
        (30, False, A, T.FILING, None),  # "after serving its written responses"
        fixed(2026, 8, 31), fixed(2026, 9, 30),
        (45, False, A, T.FILING, None),  # "within 45 days after Plaintiff's disclosure"
        fixed(2026, 12, 18),  # "completed by December 18, / 2026"
        (14, False, A, T.OTHER, None),  # "after the close of the discovery period"
        fixed(2027, 1, 29),
        fixed(2027, 4, 1),  # "ready for trial by April 1, 2027"
    ]),
    "wdla_minutes_of_court.txt": (date(2026, 1, 12), [
        fixed(2026, 1, 30),  # after "the period June 1 through August 31, 2024"
        (7, False, A, T.FILING, None),  # "within seven (7) days of receipt of the logs"
        (10, False, A, T.ORDER_DATE, None),  # "within ten (10) days of today's date"
        fixed(2026, 2, 6),  # "no later than 12:00 noon on February 6, 2026"
        fixed(2026, 2, 24),  # the follow-up status conference
    ]),
    "dak_order_from_chambers.txt": (date(2026, 2, 4), [
        (2, False, A, T.ORDER_DATE, None),  # "within 2 days of this order"
        (3, True, B, T.OTHER, None),  # "not fewer than three business days prior to the"
        (10, False, A, T.FILING, None),  # "within 10 days after it is received from the reporter"
        (7, False, A, T.ORDER_DATE, None),  # a motion for reconsideration "within 7 days"
    ]),
}

OPTIONAL13: dict[str, list[Row]] = {
    "cofc_joint_status_report_order.txt": [
        (3, True, B, T.OTHER, None),  # to extend, "before the deadline it seeks to extend"
        fixed(2026, 2, 20),  # the log as a second task of the same date
    ],
    # "The dispositive motion deadline of April 30, 2026, remains unchanged."
    "ndiowa_discussion_and_conclusion.txt": [fixed(2026, 4, 30)],
    # the deposition "which Plaintiff noticed for February 12, 2026"
    "dak_order_from_chambers.txt": [fixed(2026, 2, 12)],
}


@pytest.fixture(scope="module")
def results13() -> dict[str, ImportResult]:
    return import_batch(HELDOUT13, EXPECTED13)


def test_recall_and_precision(results13):
    assert_scores(results13, EXPECTED13, OPTIONAL13)


@pytest.mark.parametrize("name", sorted(EXPECTED13))
def test_order_date(results13, name):
    assert results13[name].order_date == EXPECTED13[name][0]
