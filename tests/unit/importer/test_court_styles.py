"""Orders in the styles of more courts: S.D.N.Y., E.D. Pa., D.N.J., N.D. Ill., W.D. Tex.,
E.D. Va., D. Nev., M.D. Pa., N.D. Ga., D. Mass., D. Colo., E.D.N.Y., M.D. Fla. (the last two,
ndill_docket_text and sdny_conference_order, were written after the fixes, as a check).

Each row lists, by hand, every dated obligation the order holds (days, court days,
direction, trigger, fixed date). Issue 7's bar is measured over the whole set: at least 90%
of them found with the right time (recall), and at least 90% of the dated items reported
matching one of them (precision). ``OPTIONAL`` lists dates a careful reader could take
either way (a trial pool date, a recommended deadline): neither required nor counted wrong.
"""

from __future__ import annotations

from datetime import date

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.pdfmaker import ORDERS
from tests.unit.importer.test_heldout import assert_scores, import_batch

A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

Row = tuple[int | None, bool, Direction | None, Trigger | None, date | None]


def fixed(y: int, m: int, d: int) -> Row:
    return (None, False, None, T.FIXED_DATE, date(y, m, d))


# file: (order date or None when the order's words give none, [every dated obligation])
EXPECTED: dict[str, tuple[date | None, list[Row]]] = {
    "sdny_letter_motion.txt": (date(2023, 3, 14), [
        (7, False, A, T.ORDER_DATE, None),  # "within one week of this Order"
        fixed(2023, 3, 31),  # "by no later than March 31, 2023"
        (30, False, A, T.ORDER_DATE, None),
        fixed(2023, 4, 11),  # the status conference, scheduled
    ]),
    "edpa_scheduling.txt": (date(2023, 11, 9), [
        fixed(2024, 3, 1), fixed(2024, 4, 1), fixed(2024, 5, 1), fixed(2024, 5, 15),
        fixed(2024, 6, 14), fixed(2024, 7, 15),
        (21, False, A, T.FILING, None),  # "of service of the motion"
        fixed(2024, 8, 30),
        (14, False, A, T.FILING, None),  # "fourteen (14) days thereafter"
    ]),
    "dnj_letter_order.txt": (date(2023, 5, 11), [
        (10, False, A, T.ORDER_ENTRY, None),
        (14, False, A, T.ORDER_ENTRY, None),
        fixed(2023, 8, 31),  # fact discovery "extended to"
        fixed(2023, 6, 20),  # the status conference
    ]),
    "ndill_minute_entry.txt": (date(2024, 3, 27), [
        fixed(2024, 4, 10), fixed(2024, 4, 15), fixed(2024, 4, 29), fixed(2024, 4, 25),
        fixed(2024, 5, 2),  # "Status hearing set for 5/2/2024"
    ]),
    "wdtex_served_copy.txt": (date(2023, 8, 8), [
        (14, False, A, T.SERVICE, None),  # "after being served with a copy of this Order"
        (21, False, A, T.SERVICE, None),
    ]),
    "edva_rocket_docket.txt": (date(2024, 6, 14), [
        (5, False, A, T.ORDER_DATE, None),  # "within five (5) days": no event named
        fixed(2024, 6, 21),  # "forthwith, and in no event later than June 21, 2024"
        fixed(2024, 6, 28),
    ]),
    "dnev_prior_to_hearing.txt": (date(2024, 1, 4), [
        fixed(2024, 2, 6),  # "SETS an evidentiary hearing ... for 10:00 a.m. on"
        (21, False, B, T.HEARING, None),
        (14, False, B, T.HEARING, None),  # "may file": allowed, flagged, still dated
        (7, False, B, T.HEARING, None),
        (30, False, A, T.ORDER_DATE, None),  # "thirty days from the date of this order"
        (14, False, A, T.HEARING, None),
    ]),
    "mdpa_prisoner.txt": (date(2023, 10, 2), [
        (30, False, A, T.SERVICE, None),  # "from the date of service of this order"
        (45, False, A, T.ORDER_DATE, None),
        (7, False, A, T.OTHER, None),  # seven days after the footage is made available
    ]),
    "ndga_report_recommendation.txt": (date(2023, 7, 17), [
        (14, False, A, T.SERVICE, None),  # objections: "may file"
        (14, False, A, T.FILING, None),  # responses to objections
    ]),
    "dmass_business_days.txt": (date(2024, 1, 10), [
        (5, True, A, T.ORDER_DATE, None),  # "five (5) business days"
        fixed(2024, 1, 19),  # "on or before the close of business on"
    ]),
    "dcolo_minute_order.txt": (date(2023, 9, 12), [
        (30, False, A, T.FILING, None),  # "after they are served" (the interrogatories)
        (14, False, A, T.SERVICE, None),  # objections to this Minute Order
    ]),
    "edny_docket_text.txt": (date(2024, 4, 3), [
        (30, False, A, T.ORDER_DATE, None),
        fixed(2024, 5, 17), fixed(2024, 7, 31), fixed(2024, 6, 4),
    ]),
    "mdfla_confer_order.txt": (date(2024, 2, 23), [
        fixed(2024, 3, 15),
        (14, False, A, T.ORDER_ENTRY, None),
        (21, False, A, T.FILING, None),  # "after the joint notice is filed"
    ]),
    "ndill_docket_text.txt": (date(2024, 6, 11), [
        fixed(2024, 6, 25),  # "Defendant to produce ... by 6/25/2024"
        (7, False, A, T.ORDER_DATE, None),  # "Plaintiff to serve ... within 7 days"
        fixed(2024, 7, 9),  # "due by 7/9/24"
        fixed(2024, 6, 28), fixed(2024, 7, 12), fixed(2024, 7, 16),
    ]),
    "sdny_conference_order.txt": (date(2024, 2, 21), [
        (14, False, A, T.ORDER_DATE, None),  # "within two weeks of the date of this Order"
        (30, False, A, T.ORDER_ENTRY, None),
        fixed(2024, 3, 22),  # "by no later than 5:00 p.m. on Friday, March 22, 2024"
        fixed(2024, 4, 19),
        (21, False, A, T.FILING, None),
        (7, False, A, T.FILING, None),
    ]),
}

OPTIONAL: dict[str, list[Row]] = {
    "edpa_scheduling.txt": [fixed(2024, 9, 23)],  # placed in the trial pool
    "ndga_report_recommendation.txt": [(21, False, A, T.OTHER, None)],  # only recommended
    "mdfla_confer_order.txt": [(14, False, A, T.ORDER_ENTRY, None)],  # the joint notice
}


@pytest.fixture(scope="module")
def results() -> dict[str, ImportResult]:
    return import_batch(ORDERS, EXPECTED)


def test_recall_and_precision(results):
    assert_scores(results, EXPECTED, OPTIONAL)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_order_date(results, name):
    assert results[name].order_date == EXPECTED[name][0]


def test_forthwith_and_months_are_flagged_without_a_day_count(results):
    result = results["dmass_business_days.txt"]
    forthwith = [o for o in result.obligations if "forthwith" in o.source_sentence]
    assert forthwith and forthwith[0].days is None and forthwith[0].flagged
    month = [o for o in result.obligations if "one month" in o.source_sentence]
    assert month and month[0].days is None and month[0].flagged
    assert month[0].trigger is T.ORDER_DATE


def test_optional_rights_are_flagged(results):
    result = results["ndga_report_recommendation.txt"]
    objections = [o for o in result.dated if "objections" in o.what]
    assert objections and all(o.flagged for o in objections)


def test_distractors_are_no_deadlines(results):
    for name, days in (("wdtex_served_copy.txt", 10), ("dmass_business_days.txt", 10),
                       ("dcolo_minute_order.txt", 10), ("dcolo_minute_order.txt", 21),
                       ("dcolo_minute_order.txt", 25)):
        assert days not in {o.days for o in results[name].obligations}, name
