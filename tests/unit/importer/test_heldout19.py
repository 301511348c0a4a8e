"""A nineteenth batch of held-out orders (orders_heldout19/), written after batch 18's fixes.

Written before the importer was run on them, in styles the earlier folders lack: an N.D.
Tex. judge's standing order on conference requirements (section signs down the caption; "at
least five (5) days before filing the motion"; "fourteen (14) days from the date the motion is
filed, rather than the twenty-one days Local Civil Rule 7.1(e) allows"); a D. Utah memorandum
decision on a short form discovery motion, whose background and analysis are full of dates
and periods ("within the five business days DUCivR 37-1(b)(4) allows"); an S.D. Ohio consent
decree with a reporting schedule ("By January 31 and July 31 of each year", "within thirty
(30) Days after the Effective Date", "ten (10) business days of the day Defendant first
becomes aware"); an N.D. Ga. MDL case management order on depositions ("no fewer than
twenty-one (21) days before the date of the deposition", "Any party may cross-notice",
"forty-eight (48) hours before the deposition", "thirty (30) days after being notified by the
officer"); and a United States Tax Court notice setting a case for trial with its standing
pretrial order ("at least thirty-one (31) days before the first day of the trial session",
signed "(Signed) Kathleen Kerrigan" above "Dated: Washington, D.C. / July 21, 2026").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.897 (26 of 29), precision 0.929 (26 of 28); every order date right; none of the
    D. Utah background's dates and periods reported. Missed: amended responses served
    "contemporaneously with the production" in the same sentence as the production ("and it
    must serve ...": joined to the production's item by batch 18's rule for a clause that
    only goes on with the one before); "Any party may cross-notice" (a hyphenated verb); the
    second date of "By January 31 and July 31 of each year". Wrong: "rather than the
    twenty-one days Local Civil Rule 7.1(e) allows" (the rule's time, set aside) and "for the
    preceding six-month period" (a span), both read as periods from the order's date.
    Seen but not scored, and read better after the fixes: a certificate's "will be struck"
    and "will ordinarily be denied" (warnings), a consent decree's definitions ("'Day'
    means"), title-case headings on their own lines ("Motions", "Stipulation of Facts")
    joined to the paragraph after them, "shall not exceed seven (7) hours of examination"
    (read as a period "of examination"), "a written demand by the United States" (the event
    cut at "by"), and a period counted back from the deposition chained to a step.
After the fixes: recall 1.000 (29 of 29), precision 1.000 (29 of 29), every order date right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT19 = Path(__file__).parent / "orders_heldout19"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED19: dict[str, tuple[date | None, list[Row]]] = {
    "ndtex_standing_order_conference.txt": (date(2026, 2, 6), [
        (5, False, B, T.FILING, None),  # request the conference "at least five (5) days before
        #                                  filing the motion"
        (3, True, A, T.FILING, None),  # "within three (3) business days of the request"
        (14, False, A, T.FILING, None),  # the response, "from the date the motion is filed"
        (7, False, A, T.FILING, None),  # the reply
        fixed(2026, 2, 27),  # reurge the motion
    ]),
    "dutah_short_form_discovery_motion.txt": (date(2026, 2, 3), [
        (21, False, A, T.ORDER_DATE, None),  # "within twenty-one (21) days of this order"
        (21, False, A, T.ORDER_DATE, None),  # amended responses "contemporaneously with the
        #                                       production"
        (14, False, A, T.FILING, None),  # the privilege log "after its production"
        (14, False, A, T.FILING, None),  # "fourteen (14) days after the privilege log is served"
    ]),
    "sdohio_consent_decree_reporting.txt": (date(2026, 9, 14), [
        (30, False, A, T.OTHER, None),  # "after the Effective Date"
        (270, False, A, T.OTHER, None),
        (90, False, A, T.OTHER, None),
        (45, False, A, T.FILING, None),  # "after receiving any comments from EPA"
        fixed(2027, 1, 31), fixed(2027, 7, 31),  # the first semi-annual reports
        (10, True, A, T.OTHER, None),  # "of the day Defendant first becomes aware"
        (30, False, A, T.FILING, None),  # "of a written demand"
    ]),
    "ndga_mdl_deposition_protocol_cmo.txt": (date(2026, 3, 9), [
        (21, False, B, T.OTHER, None),  # "before the date of the deposition"
        (7, False, B, T.OTHER, None),  # "may cross-notice ... no later than seven (7) days before"
        (7, False, A, T.FILING, None),  # objections "within seven (7) days of service of the
        #                                  notice"
        (5, False, A, T.FILING, None),  # "after the objections are served"
        (None, False, B, T.OTHER, None),  # "forty-eight (48) hours before the deposition"
        (30, False, A, T.OTHER, None),  # "after being notified by the officer"
    ]),
    "ustc_standing_pretrial_order.txt": (date(2026, 7, 21), [
        fixed(2026, 10, 19),  # the trial session
        (31, False, B, T.HEARING, None),  # "before the first day of the trial session"
        (45, False, B, T.HEARING, None),
        (14, False, B, T.HEARING, None),  # the pretrial memorandum
        (14, False, B, T.HEARING, None),  # exhibits exchanged
        (30, False, B, T.HEARING, None),  # "before the call of the trial calendar"
    ]),
}

OPTIONAL19: dict[str, list[Row]] = {
    # the stipulation "no later than the date of the calendar call": the session's first day
    "ustc_standing_pretrial_order.txt": [fixed(2026, 10, 19)],
}


@pytest.fixture(scope="module")
def results19() -> dict[str, ImportResult]:
    return import_batch(HELDOUT19, EXPECTED19)


def test_recall_and_precision(results19):
    assert_scores(results19, EXPECTED19, OPTIONAL19)


@pytest.mark.parametrize("name", sorted(EXPECTED19))
def test_order_date(results19, name):
    assert results19[name].order_date == EXPECTED19[name][0]
