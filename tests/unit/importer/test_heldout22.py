"""A twenty-second batch of held-out orders (orders_heldout22/), written after batch 21's fixes.

Written before the importer was run on them, in styles the earlier folders lack: a D.N.J.
special master's order in an MDL ("IT IS on this 3rd day of February, 2026, ORDERED as
follows:", business days "after receipt of the hit report", "thirty (30) days thereafter",
objections under Rule 53(f)(2) "no later than twenty-one (21) days after the Order is
served"); a D.N.M. initial scheduling order ("shall \\"meet and confer\\" no later than
Tuesday, March 3, 2026", "is responsible for filing the JSR by", "The time allowed for
discovery is generally 150 to 180 days", "Entered:" under the signature); a D. Conn. order
memorializing rulings at a discovery conference, dated in the caption ("beginning no later
than March 9, 2026, and completing no later than March 30, 2026", "a joint interim status
report every sixty (60) days, with the first report due April 24, 2026", "at least fourteen
(14) days before that deadline expires"); and an M.D.N.C. order on Local Rule 37.1's
"personal consultation", dated by a line under the signature.

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.944 (17 of 18), precision 0.895 (17 of 19); every order date right. Missed: "is
    responsible for filing the JSR by Tuesday, March 17, 2026" (no command read). Wrong: the
    reports "every sixty (60) days" counted from the order's date, and "generally 150 to 180
    days from the date of the Rule 16 scheduling conference" (a range) read as a period.
    Seen but not scored, and read better after the fixes: "Should they reach an impasse,
    they shall ..." ("Should" read as the command); "Plaintiff may renew its Motion by no
    later than March 27, 2026, and that any renewed Motion shall attach a certificate" (the
    date given to the certificate); the subtitle "(Resolving Dispute Over ...)" joined to the
    first paragraph; "The Special Master heard argument ... on January 29, 2026" and "the
    Court will deny the Motion" left unclassified.
After the fixes: recall 1.000 (18 of 18), precision 1.000 (18 of 18).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT22 = Path(__file__).parent / "orders_heldout22"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED22: dict[str, tuple[date | None, list[Row]]] = {
    "dnj_special_master_order.txt": (date(2026, 2, 3), [
        (10, True, A, T.ORDER_ENTRY, None),  # the hit report
        (5, True, A, T.FILING, None),  # "after receipt of the hit report"
        (3, True, A, T.CONFERENCE, None),  # the joint letter "after the conference"
        fixed(2026, 4, 17),
        (30, False, A, T.OTHER, None),  # the privilege log "thirty (30) days thereafter"
        (21, False, A, T.SERVICE, None),  # objections "after the Order is served"
    ]),
    "dnm_initial_scheduling_order.txt": (date(2026, 2, 9), [
        fixed(2026, 3, 3),  # meet and confer
        fixed(2026, 3, 17),  # "is responsible for filing the JSR by"
        (14, False, A, T.CONFERENCE, None),  # "of the meet-and-confer session"
        fixed(2026, 3, 31),  # the Rule 16 scheduling conference
    ]),
    "dconn_order_on_discovery_and_status.txt": (date(2026, 2, 24), [
        fixed(2026, 3, 9), fixed(2026, 3, 30),
        fixed(2026, 4, 24),  # the first interim status report
        (14, False, B, T.OTHER, None),  # "before that deadline expires"
    ]),
    "mdnc_text_order_consultation.txt": (date(2026, 3, 2), [
        fixed(2026, 3, 13),
        fixed(2026, 3, 27),  # "Plaintiff may renew its Motion by no later than"
        (14, False, A, T.FILING, None), (7, False, A, T.FILING, None),
    ]),
}

OPTIONAL22: dict[str, list[Row]] = {
    # the later reports "every sixty (60) days": each after the one before
    "dconn_order_on_discovery_and_status.txt": [(60, False, A, T.OTHER, None)],
}


@pytest.fixture(scope="module")
def results22() -> dict[str, ImportResult]:
    return import_batch(HELDOUT22, EXPECTED22)


def test_recall_and_precision(results22):
    assert_scores(results22, EXPECTED22, OPTIONAL22)


@pytest.mark.parametrize("name", sorted(EXPECTED22))
def test_order_date(results22, name):
    assert results22[name].order_date == EXPECTED22[name][0]
