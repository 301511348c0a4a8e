"""The general readings added for the twenty-third held-out batch, each on its own.

A table row with the current and the new date keeps neither in its label and reads the new
one; "The court, having considered ..., GRANTS ..." and "... remain as set" are notices; what
"this Court ordered" before is background.
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.obligations import Kind
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order


def _read(body: str, closing: str = "Dated: March 4, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def test_a_row_with_the_current_and_the_new_date():
    result = _read("     Event                     Current Deadline     New Deadline\n"
                   "     Fact Discovery Cut-Off    April 10, 2026       June 12, 2026\n"
                   "     Expert Discovery Cut-Off  May 22, 2026         July 24, 2026\n")
    got = [(o.what, o.fixed_date) for o in result.obligations if o.fixed_date]
    assert got == [("Fact Discovery Cut-Off", date(2026, 6, 12)),
                   ("Expert Discovery Cut-Off", date(2026, 7, 24))]
    assert any("2 dates" in n for n in result.obligations[-1].notes)


def test_court_grants_after_an_aside_and_dates_that_remain_set():
    result = _read("The court, having considered the parties' Stipulation (Dkt. 47), and "
                   "finding good cause, GRANTS the Stipulation. All other dates, including the "
                   "Final Pretrial Conference on September 14, 2026, remain as set.")
    assert [(o.kind, o.fixed_date) for o in result.obligations] == [
        (Kind.NOTICE, None), (Kind.NOTICE, date(2026, 9, 14))]
    assert not result.unclassified


def test_what_this_court_ordered_before_is_background():
    result = _read("On January 12, 2026, this Court ordered the parties to submit a Joint "
                   "Status Report within twenty-one days.")
    assert not result.obligations and not result.unclassified
