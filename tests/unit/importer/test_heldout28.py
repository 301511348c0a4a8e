"""A twenty-eighth batch of held-out orders (orders_heldout28/), written after batch 27's fixes.

Written before the importer was run on it, in styles the folders lacked: an S.D. Tex.
(Galveston) "Order for Conference and Disclosure of Interested Parties" whose conference
date sits on a centred line of its own under the judge's name, signed by the clerk and
dated "Entered:" at the foot, with the parties' Rule 26(f) conference and the court's
conference in one sentence; a Ninth Circuit time schedule order (dates first, "Thu.,
February 19, 2026   Mediation Questionnaire due.", the clerk's "FILED / FEB 12 2026" stamp
beside the court's name); a W.D. Wash. Social Security scheduling order in which the
Commissioner acts and the periods count from papers served ("within 60 days after notice of
the action is served", "an extension of up to 30 days" that sets nothing); and an N.D. Ohio
MDL case management order with Roman-numeral sections, a monthly report "on the first
business day of each month" that begins "in April 2026", and "within seven (7) days
thereafter".

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.571 (12 of 21), precision 0.750 (12 of 16); every order date right (the Ninth
    Circuit's from its "FILED / FEB 12 2026" stamp). Missed: all five dated rows of the Ninth
    Circuit's table ("Thu., February 19, 2026": a weekday cut short was no date), and the
    one day "of receiving the email from the Clerk's Office" (read as a paper filed, and
    joined to its row); the S.D. Tex. conference date on centred lines under "before" (the
    judge's name read as a heading, the date as background); "not less than 10 days before
    the conference" read as the parties' Rule 26(f) conference, which the same sentence says
    comes first ("After the parties confer ..."); the first monthly report "Beginning in April
    2026" dated March 2, 2026 (the first after the order). Wrong besides: "one extension of
    up to 30 days of any deadline above" reported as a period. Unscored but seen: the
    certificate's task cut ("file with the clerk, associations of persons ...") because the
    event ran on past "receipt of this order" into "a certificate listing all persons"; "no
    party may delete data" read as a permission (the general fix for a permission with no
    time, test_general_fixes27.py) rather than a ban.
After the fixes: recall 1.000 (21 of 21), precision 1.000 (21 of 21).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT28 = Path(__file__).parent / "orders_heldout28"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED28: dict[str, tuple[date | None, list[Row]]] = {
    "sdtex_galveston_order_for_conference.txt": (date(2026, 2, 17), [
        fixed(2026, 4, 14),  # "Counsel shall appear for an initial ... conference ... on"
        (15, False, A, T.SERVICE, None),  # "within fifteen days from receipt of this order"
        (10, False, B, T.HEARING, None),  # "not less than 10 days before the conference"
        (14, False, A, T.ORDER_DATE, None),  # a pro se party's address and telephone number
    ]),
    "ca9_time_schedule_order.txt": (date(2026, 2, 12), [
        fixed(2026, 2, 19),  # Mediation Questionnaire due
        (1, False, A, T.OTHER, None),  # "within one day of receiving the email from the Clerk"
        fixed(2026, 3, 16), fixed(2026, 4, 14), fixed(2026, 5, 26), fixed(2026, 6, 25),
        (21, False, A, T.FILING, None),  # the optional reply brief
    ]),
    "wdwash_social_security_scheduling.txt": (date(2026, 3, 2), [
        (60, False, A, T.FILING, None),  # the record "after notice of the action is served"
        (30, False, A, T.FILING, None),  # opening brief "after the answer is filed"
        (30, False, A, T.FILING, None),  # response brief "after service of Plaintiff's brief"
        (14, False, A, T.FILING, None),  # reply brief
    ]),
    "ndohio_mdl_case_management_order_1.txt": (date(2026, 2, 18), [
        fixed(2026, 3, 24),  # "The Court will hold an initial case management conference on"
        (7, False, B, T.HEARING, None),  # the proposed agenda
        fixed(2026, 3, 10),  # leadership applications
        (7, False, A, T.FILING, None),  # responses "within seven (7) days thereafter"
        fixed(2026, 4, 1),  # the first monthly report: April's first business day
        (60, False, A, T.FILING, None),  # an answer to a directly filed complaint
    ]),
}

OPTIONAL28: dict[str, list[Row]] = {}


@pytest.fixture(scope="module")
def results28() -> dict[str, ImportResult]:
    return import_batch(HELDOUT28, EXPECTED28)


def test_recall_and_precision(results28):
    assert_scores(results28, EXPECTED28, OPTIONAL28)


@pytest.mark.parametrize("name", sorted(EXPECTED28))
def test_order_date(results28, name):
    assert results28[name].order_date == EXPECTED28[name][0]


def test_the_commissioner_is_the_defendant(results28):
    items = results28["wdwash_social_security_scheduling.txt"].obligations
    record = next(o for o in items if o.days == 60)
    assert record.who == "defendant"
