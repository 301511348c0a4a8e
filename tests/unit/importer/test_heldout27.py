"""A twenty-seventh batch of held-out orders (orders_heldout27/), written after batch 26's fixes
and the general fixes of test_general_fixes27.py.

Written before the importer was run on it, in styles the folders lacked: a D. Nev.
magistrate judge's order in the first person ("Before me is ...", "I direct Silver State to
produce ...", "I will hold a status conference on ...") with Roman-numeral sections and
"See ECF No. 52" after nearly every sentence, whose parties act by name; a W.D. Tex. (Waco)
order governing proceedings in a patent case, every date counted in weeks from a Case
Management Conference the court has not yet set ("7 weeks before the CMC"), with section
marks down the caption; a Fourth Circuit clerk's briefing order ("Opening brief due:
03/23/2026", "Any reply brief: 21 days from service of response brief", "FILED:" above the
caption, no judge); and a D. Haw. order compelling arbitration and staying the case, with
status reports "every 90 days, beginning 90 days from the date of this Order" and two of its
deadlines in footnotes whose numbers a PDF copy runs into the text ("arbitration.2").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.783 (18 of 23), precision 0.947 (18 of 19); every order date right (the Fourth
    Circuit's from its "FILED:" line). Missed: the first-person commands "I direct Silver
    State to produce ... within 21 days of the date of this order" and "I further direct the
    parties to meet and confer ... within 10 days" (unclassified), and "I will hold a status
    conference on March 30, 2026" (unclassified); "Opening claim construction briefs are due
    10 weeks after the CMC" (read as a party's statement: "Opening claim[s] ..."); the notice
    of readiness "within 7 days after Orbital's answer or Rule 12 motion is filed" counted
    from an unknown event ("Orbital's answer", cut at "or") and so wrong too. Unscored but
    seen: "Any reply brief: 21 days from service of response brief" (a row with a colon)
    joined to the paragraph after it; "the Clerk notifies counsel that the electronic brief
    has been accepted" cut at "that"; "file a joint status report, beginning, describing".
    The parties named by name ("Silver State", "Desert Linen", "Lumenwave", "Orbital") were
    read as their sides, from the caption (test_general_fixes27.py), on the first run.
After the fixes: recall 1.000 (23 of 23), precision 1.000 (23 of 23).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT27 = Path(__file__).parent / "orders_heldout27"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED27: dict[str, tuple[date | None, list[Row]]] = {
    "dnev_first_person_magistrate_order.txt": (date(2026, 2, 9), [
        (21, False, A, T.ORDER_DATE, None),  # "I direct Silver State to produce ... within 21"
        (14, False, A, T.FILING, None),  # privilege log "after it completes that production"
        (10, False, A, T.ORDER_DATE, None),  # "I further direct the parties to meet and confer"
        (7, False, A, T.CONFERENCE, None),  # notice "within 7 days after the parties confer"
        fixed(2026, 3, 30),  # "I will hold a status conference on March 30, 2026"
        (5, False, B, T.HEARING, None),  # joint status report before the status conference
    ]),
    "wdtex_waco_patent_order_governing.txt": (date(2026, 1, 20), [
        (7, False, A, T.FILING, None),  # notice of readiness after the answer is filed
        (7, False, B, T.HEARING, None),  # joint proposed scheduling order before the CMC
        (49, False, B, T.HEARING, None),  # infringement contentions "7 weeks before the CMC"
        (49, False, A, T.HEARING, None),  # invalidity contentions "7 weeks after the CMC"
        (3, True, A, T.FILING, None),  # "within 3 business days of receiving the ... summary"
        (14, False, A, T.OTHER, None),  # "2 weeks after the deadline for invalidity contentions"
        (70, False, A, T.HEARING, None),  # opening claim construction briefs
    ]),
    "ca4_briefing_order_civil.txt": (date(2026, 2, 10), [
        fixed(2026, 3, 23), fixed(2026, 3, 23), fixed(2026, 4, 22),
        (21, False, A, T.FILING, None),  # "Any reply brief: 21 days from service of response"
        (1, True, A, T.OTHER, None),  # paper copies after the Clerk notifies counsel
        (10, False, B, T.OTHER, None),  # a motion to extend "10 days before the deadline"
    ]),
    "dhaw_arbitration_stay_footnotes.txt": (date(2026, 3, 4), [
        (90, False, A, T.ORDER_DATE, None),  # the first status report
        (14, False, A, T.OTHER, None),  # "after the arbitrator issues a final award"
        (7, False, A, T.OTHER, None),  # footnote 2: "after the arbitrator is appointed"
        (30, False, A, T.OTHER, None),  # footnote 3: "may move to reopen ... after the award"
    ]),
}

OPTIONAL27: dict[str, list[Row]] = {
    # "Counsel may appear by telephone if they file a notice at least 2 court days before it"
    "dnev_first_person_magistrate_order.txt": [(2, True, B, T.HEARING, None)],
    # "The Markman hearing will be held approximately 23 weeks after the CMC"
    "wdtex_waco_patent_order_governing.txt": [(161, False, A, T.HEARING, None)],
    # the later status reports "every 90 days"
    "dhaw_arbitration_stay_footnotes.txt": [(90, False, A, T.OTHER, None)],
}


@pytest.fixture(scope="module")
def results27() -> dict[str, ImportResult]:
    return import_batch(HELDOUT27, EXPECTED27)


def test_recall_and_precision(results27):
    assert_scores(results27, EXPECTED27, OPTIONAL27)


@pytest.mark.parametrize("name", sorted(EXPECTED27))
def test_order_date(results27, name):
    assert results27[name].order_date == EXPECTED27[name][0]


def test_parties_named_by_name_act_for_their_side(results27):
    items = results27["dnev_first_person_magistrate_order.txt"].obligations
    produce = next(o for o in items if o.days == 21)
    log = next(o for o in items if o.days == 14)
    notice = next(o for o in items if o.days == 7)
    assert (produce.who, log.who, notice.who) == ("plaintiff", "plaintiff", "defendant")
    waco = results27["wdtex_waco_patent_order_governing.txt"].obligations
    assert next(o for o in waco if o.days == 49 and o.direction is B).who == "plaintiff"
    assert next(o for o in waco if o.days == 49 and o.direction is A).who == "defendant"
