"""A twenty-ninth batch of held-out orders (orders_heldout29/), written after batch 28's fixes.

Written before the importer was run on it, in styles the folders lacked: an E.D. Tex.
(Marshall) docket control order, a table whose dates come first, in two columns (the
original date and an amended one), its events starred ("*File Dispositive Motions") and its
labels wrapping, followed by "Additional Requirements" under run-in headings ("Mediation:",
"Lead Counsel:"); an S.D. Fla. order appointing a receiver in an SEC case, in which the
Commission, the Receiver and the defendants act by name ("Coral Key shall deliver", "the
Commission may file a response") and a report is due "within thirty (30) days after the
end of each calendar quarter"; a D.N.D. scheduling order whose deadlines sit in a
"Schedule A" after the judge's signature; and an E.D.N.Y. memorandum and order screening a
pro se complaint ("Plaintiff is granted thirty (30) days from the date of this Memorandum
and Order to file", "The Court further directs the Corporation Counsel for the City of New
York to ... within forty-five (45) days"), dated below the signature with the place.

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.920 (23 of 25), precision 0.958 (23 of 24); every order date right. Missed:
    "The Court further directs the Corporation Counsel for the City of New York to ... within
    forty-five (45) days" (a command to someone named by office, not by role); the amended
    date of "May 11, 2026   May 26, 2026   Deadline to Complete Expert Discovery" (the
    original read, and so wrong too). Seen besides: the Receiver and the Commission read as
    all parties (a receiver had no role; "the Commission" was not among the government's
    words); "the United States Marshals Service" read as the government; "The claims
    against Officer Martinez shall proceed" given to the defendant; the case name read as
    "/Elfenbein SECURITIES AND EXCHANGE COMMISSION v. ..." (the S.D. Fla. case number's
    magistrate judge after a slash ran into it).
After the fixes: recall 1.000 (25 of 25), precision 1.000 (25 of 25).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT29 = Path(__file__).parent / "orders_heldout29"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED29: dict[str, tuple[date | None, list[Row]]] = {
    "edtex_marshall_docket_control_order.txt": (date(2026, 2, 9), [
        fixed(2026, 10, 5),  # jury selection
        fixed(2026, 9, 8),  # pretrial conference
        fixed(2026, 8, 17), fixed(2026, 8, 10), fixed(2026, 6, 22),
        fixed(2026, 5, 26),  # the amended date stands
        fixed(2026, 4, 6),
        (30, False, B, T.HEARING, None),  # mediation before the Pretrial Conference
        (14, False, A, T.FILING, None),  # meet and confer after a motion to strike is filed
        (7, False, B, T.OTHER, None),  # a motion to amend "before the earliest date affected"
    ]),
    "sdfla_sec_receivership_order.txt": (date(2026, 2, 23), [
        (5, True, A, T.ORDER_ENTRY, None),  # Coral Key delivers the books and records
        (30, False, A, T.ORDER_ENTRY, None),  # Vellano's sworn statement of assets
        (30, False, A, T.OTHER, None),  # "after the end of each calendar quarter"
        (14, False, A, T.FILING, None),  # the Commission's response "after it is filed"
        (60, False, A, T.ORDER_ENTRY, None),  # the proposed claims procedure
    ]),
    "dnd_scheduling_order_schedule_a.txt": (date(2026, 2, 13), [
        (30, False, A, T.OTHER, None),  # confer "after the close of fact discovery"
        (7, False, A, T.CONFERENCE, None),  # report "within 7 days thereafter"
        fixed(2026, 3, 6), fixed(2026, 5, 15), fixed(2026, 11, 30), fixed(2026, 12, 15),
        fixed(2027, 1, 29), fixed(2027, 3, 31),
    ]),
    "edny_pro_se_memorandum_and_order.txt": (date(2026, 2, 20), [
        (30, False, A, T.ORDER_DATE, None),  # an amended complaint
        (45, False, A, T.ORDER_DATE, None),  # Corporation Counsel's name and address
    ]),
}

OPTIONAL29: dict[str, list[Row]] = {}


@pytest.fixture(scope="module")
def results29() -> dict[str, ImportResult]:
    return import_batch(HELDOUT29, EXPECTED29)


def test_recall_and_precision(results29):
    assert_scores(results29, EXPECTED29, OPTIONAL29)


@pytest.mark.parametrize("name", sorted(EXPECTED29))
def test_order_date(results29, name):
    assert results29[name].order_date == EXPECTED29[name][0]


def test_the_commission_and_the_defendants_by_name(results29):
    items = results29["sdfla_sec_receivership_order.txt"].obligations
    assert next(o for o in items if o.days == 5).who == "defendant"
    assert next(o for o in items if o.days == 14).who == "plaintiff"


def test_a_case_number_with_the_magistrate_judge_after_a_slash(results29):
    caption = results29["sdfla_sec_receivership_order.txt"].caption
    assert caption.case_number == "26-cv-20417-BLOOM/Elfenbein"
    assert caption.case_name is not None
    assert caption.case_name.startswith("SECURITIES AND EXCHANGE COMMISSION v. ")
