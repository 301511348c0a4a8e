"""What an import proposes: obligations with their source words, for the user to confirm.

Nothing here is final: the import wizard (and ``meetconfer import``) shows each proposed item
beside the order's words it came from, and the user accepts, edits or rejects it. Every item
keeps the sentence it was read from and that sentence's lines in the text as read, so nothing
is invented and nothing is dropped: a sentence is a proposed obligation, or listed as
unclassified for review, or listed under ``other`` with the reason it is not an obligation.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.obligations import Kind

#: Items below this confidence are flagged for a closer look.
LOW_CONFIDENCE = 0.7


class Trigger(StrEnum):
    """The event a period is counted from (../CLI.md ``trigger``)."""

    ORDER_DATE = "order_date"  # "of the date of this order"
    ORDER_ENTRY = "order_entry"  # "of the entry of this order", its e-filing or docketing
    SERVICE = "service"  # "of the date of service of this order"
    CONFERENCE = "conference"  # the parties' meet-and-confer conference or meeting
    HEARING = "hearing"  # a hearing or court conference, usually counted before it
    FILING = "filing"  # another paper's filing or service ("after the opposition is filed")
    FIXED_DATE = "fixed_date"  # "by May 2, 2014"
    OTHER = "other"  # anything else the words name ("of the district judge's ruling")

    @property
    def phrase(self) -> str:
        """The trigger in words ("the date of the order")."""
        return _TRIGGER_PHRASES[self]


_TRIGGER_PHRASES = {
    Trigger.ORDER_DATE: "the date of the order",
    Trigger.ORDER_ENTRY: "the entry of the order",
    Trigger.SERVICE: "service of the order",
    Trigger.CONFERENCE: "the parties' conference",
    Trigger.HEARING: "the hearing",
    Trigger.FILING: "another filing",
    Trigger.FIXED_DATE: "a date set by the order",
    Trigger.OTHER: "another event",
}


class SourceKind(StrEnum):
    """What the order was read from."""

    TEXT = "text"
    PDF = "pdf"


class OtherReason(StrEnum):
    """Why a sentence of the order is not an obligation."""

    HEADING = "heading"  # "DISCUSSION", "ORDER"
    CAPTION = "caption"  # court, parties, case number, title
    LIST_INTRO = "list_intro"  # "Accordingly, IT IS HEREBY ORDERED that:"
    CLOSING = "closing"  # "IT IS SO ORDERED."
    BACKGROUND = "background"  # what happened, or what the case is; no duty, date or warning
    RULE = "rule"  # a rule or case quoted or described ("Rule 37(a)(1) requires ...")
    PARTY_STATEMENT = "party_statement"  # a party's own promise or position
    PAGE_LIMIT = "page_limit"  # "shall not exceed 25 pages": a limit, not a task
    CITATION = "citation"  # "(ECF No. 43.)"

    @property
    def label(self) -> str:
        """The reason in words, for the review screen."""
        return _REASON_LABELS[self]


_REASON_LABELS = {
    OtherReason.HEADING: "a heading",
    OtherReason.CAPTION: "the caption",
    OtherReason.LIST_INTRO: "introduces the list that follows",
    OtherReason.CLOSING: "the closing words",
    OtherReason.BACKGROUND: "background: no duty, date or warning",
    OtherReason.RULE: "a rule or case quoted or described, not an order to the parties",
    OtherReason.PARTY_STATEMENT: "a party's own statement or promise, not the court's order",
    OtherReason.PAGE_LIMIT: "a page or length limit, not a task",
    OtherReason.CITATION: "a citation",
}


def _lines_json(lines: tuple[int, int] | None) -> list[int] | None:
    return None if lines is None else [lines[0], lines[1]]


@dataclass(frozen=True, slots=True)
class SentenceRef:
    """Where a sentence is: its lines in the text as read, and in the order as printed.

    Attributes:
        text_lines: First and last line (1-based) of the text as read.
        page: The page, where the text shows pages (PDF pages, form feeds, or pleading-paper
            line numbers starting again); 1 otherwise.
        printed_lines: First and last pleading-paper line number printed beside the
            sentence, or None where the text has none.
        paragraph: A label for numbered paragraphs: "IT IS ORDERED, paragraph 3", "(a)".
    """

    text_lines: tuple[int, int]
    page: int = 1
    printed_lines: tuple[int, int] | None = None
    paragraph: str = ""

    def __post_init__(self) -> None:
        first, last = self.text_lines
        if first < 1 or last < first:
            raise ValueError(f"bad line range {self.text_lines}")


@dataclass(frozen=True, slots=True)
class ProposedObligation:
    """One obligation read from an order, for the user to confirm.

    Attributes:
        who: Who must act, as the order names them, in lower case where it is a role
            ("defense counsel", "all parties", "plaintiff", "lead trial counsel", "court");
            "all" for a notice or warning addressed to nobody in particular, "(content)" for
            what a paper must contain.
        what: What must (or must not) be done, in the order's words where possible.
        kind: Deadline, duty, content, notice, prohibition or warning.
        days: The period's length in days, or None (no period, or a period in months).
        court_days: Whether only court days count ("10 court days", "five business days").
        direction: After the trigger, or before it (a hearing); None without a period.
        trigger: What starts the period, or ``FIXED_DATE``; None for undated items.
        fixed_date: The date for a fixed-date deadline (or the date a notice sets); None for
            a period, even one counted from a dated event.
        event_date: For a period counted back from a hearing the same sentence dates ("14
            days before the Final Pretrial Conference, which is set for February 9, 2026"),
            that hearing's date; the deadline itself is counted from it.
        source_sentence: The order's sentence with line numbers, page furniture and emphasis
            marks taken out and white space collapsed; otherwise verbatim.
        ref: Where the sentence is.
        confidence: 0.0-1.0: how sure the reading is.
        suggested_id: The built-in template's id this item matches (DOMAIN.md), if any.
        when_text: The words that set the time ("within twenty-one (21) days of the date
            of this order"), if any.
        chained_to: Index (in the result's obligations) of the item whose event starts this
            item's period ("within five days after the meeting"), if any.
        notes: Why the confidence is low, or what the user should check.
    """

    who: str
    what: str
    kind: Kind
    source_sentence: str
    ref: SentenceRef
    confidence: float
    days: int | None = None
    court_days: bool = False
    direction: Direction | None = None
    trigger: Trigger | None = None
    fixed_date: date | None = None
    suggested_id: str | None = None
    when_text: str | None = None
    chained_to: int | None = None
    notes: tuple[str, ...] = ()
    event_date: date | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence must be between 0 and 1, not {self.confidence}")
        if self.days is not None and self.days < 1:
            raise ValueError(f"days must be 1 or more, not {self.days}")

    @property
    def text_lines(self) -> tuple[int, int]:
        """First and last line (1-based) of the sentence in the text as read."""
        return self.ref.text_lines

    @property
    def flagged(self) -> bool:
        """Whether the confidence is low enough that the user should look twice."""
        return self.confidence < LOW_CONFIDENCE

    def to_json(self) -> dict[str, Any]:
        """The item as ../CLI.md's ``meetconfer import`` shape, plus the extra fields."""
        return {
            "who": self.who,
            "what": self.what,
            "kind": self.kind.value,
            "days": self.days,
            "court_days": self.court_days,
            "direction": None if self.direction is None else self.direction.value,
            "trigger": None if self.trigger is None else self.trigger.value,
            "fixed_date": None if self.fixed_date is None else self.fixed_date.isoformat(),
            "source_sentence": self.source_sentence,
            "text_lines": _lines_json(self.ref.text_lines),
            "confidence": round(self.confidence, 2),
            "flagged": self.flagged,
            "suggested_id": self.suggested_id,
            "when_text": self.when_text,
            "chained_to": self.chained_to,
            "page": self.ref.page,
            "printed_lines": _lines_json(self.ref.printed_lines),
            "paragraph": self.ref.paragraph,
            "notes": list(self.notes),
            "event_date": None if self.event_date is None else self.event_date.isoformat(),
        }


@dataclass(frozen=True, slots=True)
class UnclassifiedSentence:
    """A sentence that may hold an obligation the importer could not read: for review.

    Attributes:
        source_sentence: The sentence, cleaned as for obligations.
        ref: Where it is.
        note: What the importer saw in it ("names a period but no one to act").
    """

    source_sentence: str
    ref: SentenceRef
    note: str = ""

    @property
    def text_lines(self) -> tuple[int, int]:
        """First and last line (1-based) of the sentence in the text as read."""
        return self.ref.text_lines

    def to_json(self) -> dict[str, Any]:
        """The sentence as ../CLI.md's ``unclassified`` entries, plus where and why."""
        return {
            "source_sentence": self.source_sentence,
            "text_lines": _lines_json(self.ref.text_lines),
            "page": self.ref.page,
            "printed_lines": _lines_json(self.ref.printed_lines),
            "note": self.note,
        }


@dataclass(frozen=True, slots=True)
class OtherSentence:
    """A sentence the importer read as no obligation, with the reason (shown on request).

    Attributes:
        source_sentence: The sentence, cleaned as for obligations.
        ref: Where it is.
        reason: Why it is not an obligation.
    """

    source_sentence: str
    ref: SentenceRef
    reason: OtherReason

    @property
    def text_lines(self) -> tuple[int, int]:
        """First and last line (1-based) of the sentence in the text as read."""
        return self.ref.text_lines

    def to_json(self) -> dict[str, Any]:
        """The sentence, where it is, and why it is not an obligation."""
        return {
            "source_sentence": self.source_sentence,
            "text_lines": _lines_json(self.ref.text_lines),
            "page": self.ref.page,
            "reason": self.reason.value,
        }


@dataclass(frozen=True, slots=True)
class Caption:
    """What the caption says, where the text has one.

    Attributes:
        court: "United States District Court, Eastern District of California".
        case_number: "1:13-cv-01820-DAD-BAM (PC)".
        case_name: "MERRICK JOSE MOORE v. GIPSON, et al."
        title: The order's title ("ORDER REQUIRING PARTIES TO MEET AND CONFER ...").
        lines: First and last line of the caption in the text as read.
    """

    court: str | None = None
    case_number: str | None = None
    case_name: str | None = None
    title: str | None = None
    lines: tuple[int, int] | None = None


@dataclass(frozen=True, slots=True)
class ImportResult:
    """Everything read from one order.

    Attributes:
        order_date: The date the order was signed or dated, if found.
        judge: The judge who signed it ("Barbara A. McAuliffe"), if found.
        judge_title: "United States Magistrate Judge", if found.
        motion_ecf: The docket number of the motion the order is about ("ECF No. 43").
        order_ecf: The order's own docket number (from an ECF page header), if shown.
        obligations: The proposed obligations, in the order's order.
        unclassified: Sentences to review by hand.
        other: Sentences read as no obligation, each with its reason.
        caption: Court, case number, parties and title, where the text has a caption.
        notes: What the user should know about the reading ("decoded as Windows-1252").
    """

    order_date: date | None
    judge: str | None
    motion_ecf: int | None
    order_ecf: int | None
    obligations: tuple[ProposedObligation, ...]
    unclassified: tuple[UnclassifiedSentence, ...]
    other: tuple[OtherSentence, ...] = ()
    judge_title: str | None = None
    caption: Caption = field(default_factory=Caption)
    notes: tuple[str, ...] = ()

    @property
    def dated(self) -> tuple[ProposedObligation, ...]:
        """The obligations with a period or a fixed date."""
        return tuple(o for o in self.obligations if o.days is not None or o.fixed_date)

    def to_json(self) -> dict[str, Any]:
        """The result exactly in ../CLI.md's ``meetconfer import`` shape, plus extra fields."""
        cap = self.caption
        return {
            "order_date": None if self.order_date is None else self.order_date.isoformat(),
            "judge": self.judge,
            "motion_ecf": self.motion_ecf,
            "order_ecf": self.order_ecf,
            "obligations": [o.to_json() for o in self.obligations],
            "unclassified": [u.to_json() for u in self.unclassified],
            "other": [o.to_json() for o in self.other],
            "judge_title": self.judge_title,
            "court": cap.court,
            "case_number": cap.case_number,
            "case_name": cap.case_name,
            "title": cap.title,
            "notes": list(self.notes),
        }
