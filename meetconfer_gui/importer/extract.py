"""From an order's text to proposed obligations: the importer's entry points."""

from __future__ import annotations

import os

from meetconfer_gui.importer.classify import classify
from meetconfer_gui.importer.layout import LineRole, analyse
from meetconfer_gui.importer.metadata import order_facts
from meetconfer_gui.importer.model import ImportResult, OtherReason, OtherSentence, SentenceRef
from meetconfer_gui.importer.reading import DEFAULT_LIMITS, OrderText, ReadLimits, read_order_text


def extract(order: OrderText) -> ImportResult:
    """Read the order's date, judge, ECF numbers and every obligation.

    Deterministic and local: the same text always gives the same result, and nothing leaves
    the machine. Every sentence of the body ends up in ``obligations`` (as one or more
    items), ``unclassified`` or ``other``; a sentence holding an obligation and a part the
    importer could not read is in both ``obligations`` and ``unclassified``.

    Args:
        order: The text as read (:func:`read_order_text` or :meth:`OrderText.from_string`).

    Returns:
        The proposed obligations with their sources, for the user to confirm.
    """
    layout = analyse(order)
    facts = order_facts(layout)
    found = classify(layout.sentences, facts.order_date, facts.caption.case_name)
    other = list(found.other)
    caption = layout.lines_with(LineRole.CAPTION)
    if caption:
        text = " ".join(ln.text for ln in caption)
        other.insert(0, OtherSentence(text, SentenceRef((caption[0].number, caption[-1].number),
                                                        caption[0].page), OtherReason.CAPTION))
    notes = list(order.notes) + list(facts.notes)
    if facts.order_date is None:
        notes.append("the order's date was not found: enter it, since periods count from it")
    if not found.obligations:
        notes.append("no obligations were found: check that this is the order's text")
    return ImportResult(
        order_date=facts.order_date,
        judge=facts.judge,
        motion_ecf=facts.motion_ecf,
        order_ecf=facts.order_ecf,
        obligations=tuple(found.obligations),
        unclassified=tuple(found.unclassified),
        other=tuple(other),
        judge_title=facts.judge_title,
        caption=facts.caption,
        notes=tuple(notes),
    )


def import_order(source: str | os.PathLike[str] | bytes, *, name: str | None = None,
                 limits: ReadLimits = DEFAULT_LIMITS) -> tuple[OrderText, ImportResult]:
    """Read an order's file (or bytes) and extract from it, in one call.

    Args:
        source: A ``.txt`` or ``.pdf`` path, or the file's bytes.
        name: What to call the source in messages.
        limits: Bounds on what is read.

    Returns:
        The text as read (for showing the order beside each item) and the result.

    Raises:
        OrderImportError: If the file cannot be read as an order.
    """
    order = read_order_text(source, name=name, limits=limits)
    return order, extract(order)
