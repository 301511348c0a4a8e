"""Shared helpers of the general-fix tests (test_general_fixes*.py): a body read as an order."""

from __future__ import annotations

from meetconfer_gui.importer import ImportResult, OrderText, extract

#: An opening sentence that gives "the conference" something to refer to.
CONFERENCE_HELD = "The Court held a conference on the dispute.\n\n"

Timed = tuple[object, object, object, object, object]


def read_order(body: str, closing: str = "Dated: January 5, 2026", *, preamble: str = "",
               caption: str = "") -> ImportResult:
    """Import ``body`` as the text of an order titled ORDER and signed with ``closing``."""
    return extract(OrderText.from_string(f"{caption}ORDER\n\n{preamble}{body}\n\n{closing}\n"))


def timed(result: ImportResult) -> list[Timed]:
    """(days, court days, direction, trigger, fixed date) of each item the import dated."""
    return [(o.days, o.court_days, o.direction, o.trigger, o.fixed_date)
            for o in result.obligations
            if o.days is not None or o.fixed_date is not None or o.direction is not None]
