"""The general readings added for the twenty-first held-out batch, each on its own.

A form filled in ("the ___3rd___ day of ___April___, 2026", "____14____ days"), numbered
"1)", with capital run-in headings and check boxes; "will have seven calendar days to
respond" (from the paper responded to); "replies are due ..." as a clause of its own; "the
replies to the comments" as one event; "There will be no reply"; "THIS CAUSE is before the
Court"; "The court expects the parties to ...".
"""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind
from meetconfer_gui.importer import Trigger
from tests.unit.importer.fixes_support import CONFERENCE_HELD, read_order

A, B = Direction.AFTER, Direction.BEFORE


def _read(body: str, closing: str = "Dated: January 28, 2026"):
    return read_order(body, closing, preamble=CONFERENCE_HELD)


def test_a_form_filled_in():
    result = _read(
        "1)  JOINDER OF PARTIES: Any application to join any person as a party to this action\n"
        "    shall be made on or before the ___3rd___ day of ___April___, 2026.\n\n"
        "2)  [X] The parties consent to mediation. The mediation shall be completed on or\n"
        "    before June 30, 2026. [ ] The parties do not consent to mediation.\n\n"
        "3)  STATUS REPORT: The parties shall file a joint status report ____14____ days after\n"
        "    the close of discovery.")
    got = [(o.what, o.days, o.fixed_date) for o in result.obligations]
    assert got == [
        ("make any application to join any person as a party to this action", None,
         date(2026, 4, 3)),
        ("complete the mediation", None, date(2026, 6, 30)),
        ("file a joint status report", 14, None)]
    assert not result.unclassified


def test_days_to_respond_count_from_the_paper():
    items = _read("The party seeking discovery may file a motion to compel, and the opposing "
                  "party will have seven calendar days to respond.").obligations
    timed = [(o.days, o.trigger) for o in items if o.days]
    assert timed == [(7, Trigger.FILING)]


def test_replies_due_are_a_clause_of_their_own():
    items = _read("Responses are due 21 days after service of the motion, and replies are due "
                  "10 days after service of the response.").obligations
    assert [(o.what, o.days) for o in items] == [("Responses due", 21), ("replies due", 10)]


def test_the_replies_to_the_comments_are_one_event():
    items = _read("The parties shall file the joint appendix within fourteen (14) days after "
                  "the filing of the replies to the comments.").obligations
    assert [(o.what, o.days, o.trigger) for o in items] == [
        ("file the joint appendix", 14, Trigger.FILING)]


def test_court_side_statements():
    result = _read("THIS CAUSE is before the Court upon the Order of Referral (ECF No. 19). "
                   "There will be no reply unless the court asks for one. The court expects the "
                   "parties to work out discovery disputes without the court's help.")
    assert [(o.kind, o.who) for o in result.obligations] == [
        (Kind.NOTICE, "all"), (Kind.DUTY, "all parties")]
    assert not result.unclassified
