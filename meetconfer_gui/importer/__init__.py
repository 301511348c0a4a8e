"""Order import: an order's text or PDF to proposed obligations, each with its source words.

Qt-free and local (no network, no models). The import wizard and ``meetconfer import`` use:

>>> from meetconfer_gui.importer import read_order_text, extract
>>> order = read_order_text("order.pdf")          # or OrderText.from_string(pasted)
>>> result = extract(order)                        # ImportResult
>>> result.obligations[0].text_lines               # lines of order.lines to highlight

Every error is an :class:`OrderImportError` (a ``DomainError``) with a one-line message.
"""

from meetconfer_gui.importer.errors import OrderImportError
from meetconfer_gui.importer.extract import extract, import_order
from meetconfer_gui.importer.model import (
    LOW_CONFIDENCE,
    Caption,
    ImportResult,
    OtherReason,
    OtherSentence,
    ProposedObligation,
    SentenceRef,
    SourceKind,
    Trigger,
    UnclassifiedSentence,
)
from meetconfer_gui.importer.reading import (
    DEFAULT_LIMITS,
    OrderText,
    ReadLimits,
    decode_text,
    read_order_text,
)

__all__ = [
    "DEFAULT_LIMITS",
    "LOW_CONFIDENCE",
    "Caption",
    "ImportResult",
    "OrderImportError",
    "OrderText",
    "OtherReason",
    "OtherSentence",
    "ProposedObligation",
    "ReadLimits",
    "SentenceRef",
    "SourceKind",
    "Trigger",
    "UnclassifiedSentence",
    "decode_text",
    "extract",
    "import_order",
    "read_order_text",
]
