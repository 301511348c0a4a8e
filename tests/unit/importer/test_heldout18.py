"""An eighteenth batch of held-out orders (orders_heldout18/), written after batch 17's fixes.

Written before the importer was run on them, in styles the earlier folders lack: a D. Colo.
magistrate judge's discovery dispute procedures (no written motions; call chambers "within
three (3) business days after the conferral"; a joint chart e-mailed "two (2) business days
before" the conference, and the requests "At the same time as the chart"); a D. Mass.
scheduling order dated under its title, with dates as 2/6/2026, lettered sub-paragraphs and
Local Rule 37.1 ("available for the conference within seven (7) days of the request"); an
E.D. Pa. Rule 16 order whose table of deadlines is split by tabs and by dot leaders, with
"fewer than ten (10) days' notice" for a deposition and "noon on the business day before the
conference"; a D. Minn. stipulated protective order ("within thirty (30) days after the final
disposition of this action", "within the same thirty-day period", "may designate ... within
twenty-one (21) days after receipt of the final transcript"); and a Ninth Circuit mediation
assessment order dated by the clerk's FILED stamp.

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.750 (36 of 48), precision 0.857 (36 of 42); order date right in 4 of 5 (missed:
    the Ninth Circuit's "FILED / MAR 18 2026" stamp, which metadata.py reads, not this round's
    files). Missed or wrong: a date alone on a wrapped line ("must be served by / 5/15/2026.")
    taken for a chambers file tag; "no motions ... may be filed after 4/3/2026"; "A status
    conference will be held on" and "will be held before the Honorable ..., on July 14, 2026"
    (no date read); "after the conferral" (an unknown event), "of the request" and "of the
    written notice" (not another party's paper); "after the assessment conference" (the
    parties' conference, not the mediator's); "noon on the business day before the
    conference" (no number); "may designate ... within" and "Any reply ... may be filed
    within" (a permission with a verb not listed, and in the passive); "within the same
    thirty-day period" (read from the order's date); and the court's own "will usually
    schedule the conference within three business days" reported as a deadline.
After the fixes: recall 1.000 (48 of 48), precision 1.000 (48 of 48); the Ninth Circuit
order's date is read since metadata.py learned the clerk's FILED stamp (a separate change).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT18 = Path(__file__).parent / "orders_heldout18"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED18: dict[str, tuple[date | None, list[Row]]] = {
    "dcolo_magistrate_dispute_procedures.txt": (date(2026, 2, 17), [
        fixed(2026, 2, 24),  # "complete that conferral ... no later than February 24, 2026"
        (3, True, A, T.CONFERENCE, None),  # "within three (3) business days after the conferral"
        (2, True, B, T.HEARING, None),  # the joint chart
        (2, True, B, T.HEARING, None),  # the requests, "At the same time as the chart"
        (30, False, A, T.OTHER, None),  # "of the event giving rise to the dispute"
        fixed(2026, 3, 5),  # "a Telephonic Discovery Conference is SET for"
    ]),
    "dmass_lr371_scheduling_order.txt": (date(2026, 1, 21), [
        fixed(2026, 2, 6),
        fixed(2026, 4, 3),  # "no motions ... may be filed after 4/3/2026"
        fixed(2026, 5, 15), fixed(2026, 7, 31), fixed(2026, 9, 30),
        (7, False, A, T.FILING, None),  # "available for the conference within seven (7) days
        #                                 of the request"
        fixed(2026, 10, 7),  # the status conference
        (7, False, B, T.HEARING, None),
        fixed(2026, 10, 30), fixed(2026, 12, 1), fixed(2027, 1, 29),
        fixed(2027, 2, 26),
        (21, False, A, T.FILING, None),  # oppositions "within 21 days after service of the motion"
        fixed(2026, 3, 13),
        (30, False, A, T.FILING, None),  # "within thirty (30) days of receipt of the demand"
    ]),
    "edpa_policies_tab_dot_table.txt": (date(2026, 2, 3), [
        fixed(2026, 3, 6), fixed(2026, 3, 20),  # rows split by a tab
        fixed(2026, 6, 30), fixed(2026, 7, 31), fixed(2026, 8, 31), fixed(2026, 9, 30),
        fixed(2026, 10, 16),  # rows split by dot leaders
        (21, False, A, T.FILING, None),
        (7, False, A, T.FILING, None),  # "Any reply ... may be filed within seven (7) days"
        (1, True, B, T.HEARING, None),  # "noon on the business day before the conference"
        (10, False, B, T.OTHER, None),  # "may not be noticed on fewer than ten (10) days' notice"
        fixed(2026, 7, 14),  # the settlement conference
        (7, False, B, T.HEARING, None),
        (14, False, A, T.OTHER, None),  # "after the Court's ruling on dispositive motions"
        (14, False, A, T.OTHER, None),  # "after the deadline for filing them"
    ]),
    "dminn_stipulated_protective_order.txt": (date(2026, 3, 2), [
        (21, False, A, T.FILING, None),  # "may designate ... within twenty-one (21) days after
        #                                  receipt of the final transcript"
        (10, False, A, T.FILING, None),  # "within ten (10) days of the written notice"
        (14, False, A, T.CONFERENCE, None),  # "within fourteen (14) days after the meet-and-"
        (5, True, A, T.FILING, None),  # "within five (5) business days of receiving the notice"
        (30, False, A, T.OTHER, None),  # "after the final disposition of this action"
        (30, False, A, T.OTHER, None),  # the certification "within the same thirty-day period"
    ]),
    "ca9_mediation_assessment_order.txt": (date(2026, 3, 18), [
        fixed(2026, 4, 8),  # "A telephone assessment conference is scheduled for"
        (3, True, B, T.HEARING, None),  # "at least three (3) business days prior to the"
        (7, False, A, T.HEARING, None),  # "Within seven (7) days after the assessment conference"
        fixed(2026, 5, 4),
        (30, False, A, T.FILING, None),
        (21, False, A, T.FILING, None),
    ]),
}

OPTIONAL18: dict[str, list[Row]] = {}


@pytest.fixture(scope="module")
def results18() -> dict[str, ImportResult]:
    return import_batch(HELDOUT18, EXPECTED18)


def test_recall_and_precision(results18):
    assert_scores(results18, EXPECTED18, OPTIONAL18)


@pytest.mark.parametrize("name", sorted(EXPECTED18))
def test_order_date(results18, name):
    assert results18[name].order_date == EXPECTED18[name][0]
