"""A third batch of held-out orders (orders_heldout3/), written after the second batch's fixes.

Written before the importer was run on them, to measure again how far the fixes carry: a
D. Minn. pretrial scheduling order (lettered paragraphs, "at least 7 days before filing the
motion"), an N.D. Ga. standing order, an E.D.N.Y. schedule in "Label: 5/1/2025" lines, a
D. Del. oral order (docket text), an M.D. Fla. order with a footnote holding a past date, a
C.D. Cal. order drawn as a pleading-paper PDF (``.lines``: the test renders it, with an ECF
header on each page, and imports the PDF), a D. Nev. order with tabs and a sentence in
capitals, a W.D. Tex. order in weeks with a limit in hours, and an N.D. Cal. order whose only
period is inside a quoted amendment of a protective order.

Rows as in test_heldout.py: days, court days, direction, trigger, fixed date.

Before any fix for this batch (first run):
    recall 0.724 (21 of 29), precision 0.955 (21 of 22); every order date right. Missed: a
    schedule written "Joinder of additional parties: 5/1/2025", a sentence in capitals, a
    motion deadline after "must be filed and served on or before", and "Responses to any such
    letter motion shall be filed within three business days" read as counted from the order.
After the fixes in the commit that follows it: recall 1.0, precision 1.0.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.importer import ImportResult, Trigger, import_order
from tests.unit.importer.pdfmaker import pleading_pdf
from tests.unit.importer.test_heldout import Row, assert_scores, fixed

HELDOUT3 = Path(__file__).parent / "orders_heldout3"
A, B = Direction.AFTER, Direction.BEFORE
T = Trigger

EXPECTED3: dict[str, tuple[date | None, list[Row]]] = {
    "dmn_pretrial_scheduling.txt": (date(2025, 4, 11), [
        fixed(2025, 4, 30), fixed(2025, 12, 15), fixed(2026, 1, 9),
        (7, False, B, T.FILING, None),  # "at least 7 days before filing the motion"
        fixed(2026, 3, 2),  # "are due March 2, 2026"
        (30, False, A, T.FILING, None),  # "30 days after service of Plaintiff's expert ..."
    ]),
    "ndga_standing_order.txt": (date(2025, 4, 28), [
        (5, True, A, T.FILING, None),  # "of receiving the requesting party's portion"
        (30, False, A, T.OTHER, None),  # "after the appearance of a defendant"
    ]),
    "edny_colon_schedule.txt": (date(2025, 3, 28), [
        fixed(2025, 5, 1), fixed(2025, 5, 15), fixed(2025, 9, 30), fixed(2025, 11, 14),
        fixed(2025, 10, 7),
        (3, True, A, T.FILING, None),  # responses to a letter motion: after it is filed
    ]),
    "dded_oral_order.txt": (date(2025, 5, 15), [
        (14, False, A, T.ORDER_DATE, None),
        fixed(2025, 5, 30),
    ]),
    "mdfla_order_footnote.txt": (date(2025, 3, 13), [
        (7, False, A, T.ORDER_DATE, None),
        fixed(2025, 4, 3),
        (14, False, A, T.ORDER_DATE, None),
    ]),
    "cdcal_rendered_pdf.lines": (date(2025, 5, 2), [
        (10, False, A, T.ORDER_DATE, None),
        (7, False, A, T.CONFERENCE, None),
        fixed(2025, 6, 10),  # "shall be noticed for hearing on June 10, 2025"
        (14, False, B, T.HEARING, None),
    ]),
    "dnev_tabs_caps.txt": (date(2025, 5, 22), [
        fixed(2025, 6, 6),  # in capitals
        fixed(2025, 6, 17),
        (5, True, B, T.HEARING, None),
    ]),
    "wdtex_weeks_hours_limit.txt": (date(2025, 5, 19), [
        (7, False, A, T.ORDER_DATE, None),  # "within one week of the date of this order"
        (14, False, A, T.OTHER, None),  # "two weeks after the deposition"
        fixed(2025, 6, 2),
    ]),
    "ndcal_protective_order.txt": (date(2025, 3, 31), []),
}

OPTIONAL3: dict[str, list[Row]] = {
    "dded_oral_order.txt": [fixed(2025, 5, 20)],  # the teleconference, cancelled
    # "Paragraph 13 is amended to read: 'Within 60 days after the final disposition ...'"
    "ndcal_protective_order.txt": [(60, False, A, T.OTHER, None)],
}


def load(name: str, tmp: Path) -> ImportResult:
    path = HELDOUT3 / name
    if path.suffix == ".lines":
        pdf = tmp / (path.stem + ".pdf")
        pdf.write_bytes(pleading_pdf(
            path.read_text(encoding="utf-8").splitlines(),
            header="Case 5:24-cv-02210-SSS-SHK Document 31 Filed 05/02/25 Page {page} of "
                   "{pages} Page ID #:{page}12"))
        path = pdf
    return import_order(path)[1]


@pytest.fixture(scope="module")
def results3(tmp_path_factory) -> dict[str, ImportResult]:
    tmp = tmp_path_factory.mktemp("heldout3")
    return {name: load(name, tmp) for name in EXPECTED3}


def test_recall_and_precision(results3):
    assert_scores(results3, EXPECTED3, OPTIONAL3)


@pytest.mark.parametrize("name", sorted(EXPECTED3))
def test_order_date(results3, name):
    assert results3[name].order_date == EXPECTED3[name][0]
