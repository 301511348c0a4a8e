"""The general readings added for the twenty-sixth held-out batch, each on its own.

What the court will do keeps no period of its own ("the Court will enter an order requiring
Defendant to ... within thirty (30) days"), and a numbered heading in title case on its own
line ("III. Conclusion") is a heading.
"""

from __future__ import annotations

from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer.model import OtherReason
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order


def _read(body: str, closing: str = "Dated: February 11, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def test_what_the_court_will_order_has_no_period():
    items = _read("For these reasons, the Court will enter an order requiring Defendant to "
                  "complete its production within thirty (30) days and to serve a privilege "
                  "log within fourteen (14) days after completing the production.").obligations
    assert [(o.kind, o.days) for o in items] == [(Kind.NOTICE, None)]


def test_a_numbered_title_case_heading():
    result = _read("III. Conclusion\n\nThe motion is denied in all other respects.")
    headings = [o for o in result.other if o.source_sentence.startswith("III.")]
    assert headings and headings[0].reason is OtherReason.HEADING
