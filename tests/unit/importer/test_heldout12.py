"""A twelfth batch of held-out orders (orders_heldout12/), written after batch 11's fixes.

Written before the importer was run on them, in courts the earlier folders lack: a Bankruptcy
Court (D. Del.) order in a contested matter (numbered paragraphs after "Upon consideration of
...; and ...", "no later than 4:00 p.m. (prevailing Eastern Time) on", "not less than seven (7)
days prior to the Hearing", a footnote in the caption, "Dated: December 19th, 2025" beside the
judge's name in two columns); a W.D. Ky. order after a telephonic conference with sub-lettered
steps "(a) Not less than five (5) days before the conference" that mean the parties' own
meet-and-confer, "Within one month of the date of this Order", the date alone above "Colin H
Lindsay, Magistrate Judge"; an S.D. Ga. Rule 26(f) instruction order ("within twenty-one days
after the filing of the last answer ... or forty-five days after the first appearance ...,
whichever occurs first", "within seven days after the parties reach an impasse"); an N.D.
Fla. order on a motion to compel with ECF headers, "Page 2 of 4" running heads, a case-number
footer and footnotes that fall between "within" and "twenty-one days of this Order"; a D. Neb.
docket sheet pasted from CM/ECF (rows "12/18/2025 <tab> 41 <tab> MOTION to Compel ...
Responses due by 1/2/2026", one TEXT ORDER among a party's motion, briefs and a notice of
appearance); and a D. Mont. order in weeks ("within six weeks of the date of this Order", "by
noon Mountain Time on", a fact-discovery deadline "currently set for April 3, 2026, is extended
by thirty days").

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.886 (31 of 35), precision 0.838 (31 of 37); order date right in 4 of 6 (missed:
    the W.D. Ky. date alone above "Colin H Lindsay, Magistrate Judge"; the docket sheet's
    "Date of last filing: 01/06/2026" header taken for the order's date). Missed or wrong: "(a)
    Not less than five (5) days before the conference" and "(b) ... no fewer than two (2)
    business days before the conference" read as before the court's conference, though the
    paragraph they sit in is the parties' meet-and-confer; "after the substantial completion of
    their production" read as another paper's filing; "currently set for April 3, 2026, is
    extended by thirty days" read as 30 days after the order and April 3 as a date it sets; the
    motion's "Responses due by 1/2/2026" in the pasted docket sheet (a party's entry, not the
    order) read as a deadline. Judges: "Craig T." (cut from "the Honorable Craig T. /
    Goldblatt" in the body, the signature's name sitting beside "Dated:"), none for W.D. Ky. and
    for the docket text's "Ordered by Magistrate Judge Michael D. Nelson".
After the fixes: recall 1.000 (35 of 35), precision 1.000, every order date and judge right.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger
from tests.unit.importer.test_heldout import Row, assert_scores, fixed, import_batch

HELDOUT12 = Path(__file__).parent / "orders_heldout12"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED12: dict[str, tuple[date | None, list[Row]]] = {
    "bankr_ddel_contested_matter.txt": (date(2025, 12, 19), [
        fixed(2026, 1, 9),  # meet and confer "on or before January 9, 2026"
        fixed(2026, 1, 23),  # "no later than 4:00 p.m. (prevailing Eastern Time) on"
        (14, False, A, T.OTHER, None),  # "after the substantial completion of their production"
        (3, True, A, T.CONFERENCE, None),  # "after the conclusion of the meet and confer"
        fixed(2026, 2, 4),  # the Hearing "shall be held on"
        (7, False, B, T.HEARING, None),  # "not less than seven (7) days prior to the Hearing"
        (2, True, B, T.HEARING, None),  # "12:00 p.m. ... two (2) business days before the Hearing"
    ]),
    "wdky_sub_lettered_order.txt": (date(2026, 1, 14), [
        (5, False, B, T.CONFERENCE, None),  # "(a) Not less than five (5) days before the"
        (2, True, B, T.CONFERENCE, None),  # "(b) ... no fewer than two (2) business days before"
        fixed(2026, 2, 6),  # the conference "completed on or before"
        (None, False, A, T.ORDER_DATE, None),  # "Within one month of the date of this Order"
        fixed(2026, 2, 13),  # "no later than 5:00 p.m. Eastern Time on February 13, 2026"
        fixed(2026, 3, 10),  # the court's status conference
        (7, False, B, T.HEARING, None),  # "At least seven days prior to the March 10 conference"
    ]),
    "sdga_rule26_instruction_order.txt": (date(2026, 1, 8), [
        (21, False, A, T.FILING, None),  # "after the filing of the last answer"
        (45, False, A, T.OTHER, None),  # "after the first appearance ... of a defendant"
        (14, False, A, T.CONFERENCE, None),  # the Rule 26(f) report
        (14, False, A, T.CONFERENCE, None),  # initial disclosures
        (7, False, A, T.OTHER, None),  # "within seven days after the parties reach an impasse"
    ]),
    "ndfla_footnotes_page_breaks.txt": (date(2025, 11, 14), [
        fixed(2025, 12, 1),  # "on or before December / 1, 2025" across a line
        (21, False, A, T.ORDER_DATE, None),  # "within" [page break, footnote] "twenty-one days"
        (7, False, A, T.ORDER_DATE, None),  # confer "no later than seven days after the date"
        (14, False, A, T.ORDER_DATE, None),  # a motion for expenses "within fourteen days"
        (14, False, A, T.FILING, None),  # "within fourteen days after service of the motion"
    ]),
    "dneb_docket_sheet_paste.txt": (date(2026, 1, 5), [
        fixed(2026, 1, 16),  # "personally confer ... on or before 1/16/2026"
        (3, True, A, T.CONFERENCE, None),  # "within 3 business days after conferring"
        fixed(2026, 1, 30),  # "deadline to answer ... is extended to 1/30/2026"
    ]),
    "dmont_weeks_and_extension.txt": (date(2026, 2, 3), [
        (14, False, A, T.ORDER_DATE, None),  # "within two weeks of the date of this Order"
        (42, False, A, T.ORDER_DATE, None),  # "within six weeks of the date of this Order"
        (10, False, B, T.OTHER, None),  # "no fewer than ten days before the continued deposition"
        fixed(2026, 2, 13),  # "by noon Mountain Time on February 13, 2026"
        (7, False, A, T.OTHER, None),  # "within one week after the exchange"
        (30, False, A, T.OTHER, None),  # the April 3 deadline "is extended by thirty days"
        (14, False, A, T.ORDER_DATE, None),  # a motion for expenses
        (14, False, A, T.FILING, None),  # "within 14 days after the motion is filed"
    ]),
}

OPTIONAL12: dict[str, list[Row]] = {
    # the impasse ends the parties' conferring: either reading is a careful clerk's
    "sdga_rule26_instruction_order.txt": [(7, False, A, T.CONFERENCE, None)],
    # the exchange of search terms is a paper served on the other side
    "dmont_weeks_and_extension.txt": [(7, False, A, T.FILING, None)],
}


@pytest.fixture(scope="module")
def results12() -> dict[str, ImportResult]:
    return import_batch(HELDOUT12, EXPECTED12)


def test_recall_and_precision(results12):
    assert_scores(results12, EXPECTED12, OPTIONAL12)


@pytest.mark.parametrize("name", sorted(EXPECTED12))
def test_order_date(results12, name):
    assert results12[name].order_date == EXPECTED12[name][0]
