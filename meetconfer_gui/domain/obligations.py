"""What an order requires: obligations, who must act, and the rule that dates each one."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.errors import DomainError


class Kind(StrEnum):
    """What sort of obligation an item is (../CLI.md ``kind``)."""

    DEADLINE = "deadline"
    DUTY = "duty"
    CONTENT = "content"  # what the Joint Statement must say
    NOTICE = "notice"
    PROHIBITION = "prohibition"
    WARNING = "warning"

    @property
    def is_task(self) -> bool:
        """Whether the item is something to do and tick off (notices and warnings are not)."""
        return self in (Kind.DEADLINE, Kind.DUTY, Kind.CONTENT)

    @property
    def label(self) -> str:
        """The kind as the checklist shows it."""
        return {Kind.DEADLINE: "Deadline", Kind.DUTY: "Duty",
                Kind.CONTENT: "Joint Statement content", Kind.NOTICE: "Notice",
                Kind.PROHIBITION: "Prohibition", Kind.WARNING: "Warning"}[self]


class Actor(StrEnum):
    """Who must act."""

    DEFENSE_COUNSEL = "defense counsel"
    DEFENDANTS = "defendants"
    PLAINTIFF = "plaintiff"
    ALL_PARTIES = "all parties"
    ALL = "all"
    COURT = "court"
    FILER = "filing party"
    NOBODY = "(content)"

    @property
    def side(self) -> str | None:
        """``plaintiff`` or ``defense`` for one side's duties; None for shared ones."""
        if self in (Actor.DEFENSE_COUNSEL, Actor.DEFENDANTS, Actor.FILER):
            return "defense"
        if self is Actor.PLAINTIFF:
            return "plaintiff"
        return None


class Perspective(StrEnum):
    """Whose eyes the app reads the order with."""

    PLAINTIFF = "plaintiff"  # a plaintiff representing themselves
    DEFENSE = "defense"  # defense counsel and staff

    @property
    def label(self) -> str:
        """The perspective in words."""
        if self is Perspective.PLAINTIFF:
            return "the plaintiff, representing myself"
        return "defense counsel or staff"


def who_label(actor: Actor, perspective: Perspective) -> str:
    """Say who must act, as the reader sees it ("you", "the other side (defense counsel)").

    Args:
        actor: Who the order names.
        perspective: The reader.

    Returns:
        A short phrase.
    """
    side = actor.side
    if side is None:
        return {Actor.ALL_PARTIES: "both sides", Actor.ALL: "everyone",
                Actor.COURT: "the court", Actor.NOBODY: "the Joint Statement"}.get(
                    actor, str(actor.value))
    if side == perspective.value:
        return "you"
    return f"the other side ({actor.value})"


class Stage(StrEnum):
    """The checklist's groups, in the life of the dispute."""

    BEFORE = "before"
    CONFERENCE = "conference"
    STATEMENT = "statement"
    AFTER = "after"

    @property
    def label(self) -> str:
        """The group's heading."""
        return {Stage.BEFORE: "Before the conference", Stage.CONFERENCE: "The conference",
                Stage.STATEMENT: "The Joint Statement", Stage.AFTER: "After the filing"}[self]


class TriggerKind(StrEnum):
    """What starts a period."""

    ORDER_DATE = "order_date"
    ORDER_ENTRY = "order_entry"
    SERVICE = "service"  # service of the order on the party that must act
    CONTACT = "contact"
    CONFERENCE = "conference"
    HEARING = "hearing"  # a date the court set: counted back from it, or on after it
    FIXED_DATE = "fixed_date"
    OBLIGATION = "obligation"  # another obligation: deadlines chain

    @property
    def phrase(self) -> str:
        """The trigger in words ("the date of the order")."""
        return {
            TriggerKind.ORDER_DATE: "the date of the order",
            TriggerKind.ORDER_ENTRY: "the entry of the order",
            TriggerKind.SERVICE: "service of the order",
            TriggerKind.CONTACT: "the first contact",
            TriggerKind.CONFERENCE: "the parties' conference",
            TriggerKind.HEARING: "the hearing",
            TriggerKind.FIXED_DATE: "a date set by the order",
            TriggerKind.OBLIGATION: "another step",
        }[self]


@dataclass(frozen=True, slots=True)
class DateRule:
    """The rule that dates a deadline: a period from a trigger, or a fixed date.

    Attributes:
        clock: A short stable name for this clock ("after_conference").
        trigger: What starts the period.
        days: Length of the period.
        court_days: Count only court days.
        direction: After the trigger, or before it (a hearing).
        service_applies: Rule 6(d) may add 3 days (the period runs from service).
        fixed: The date, for a fixed-date rule; the hearing date for a hearing rule.
        after_obligation: For a chained deadline, the obligation whose date starts it.
    """

    clock: str
    trigger: TriggerKind
    days: int = 0
    court_days: bool = False
    direction: Direction = Direction.AFTER
    service_applies: bool = False
    fixed: date | None = None
    after_obligation: str | None = None

    def __post_init__(self) -> None:
        if self.trigger is TriggerKind.FIXED_DATE:
            if self.fixed is None:
                raise DomainError("a fixed-date deadline needs its date")
            return
        if self.days < 1:
            raise DomainError(f"the number of days must be 1 or more, not {self.days}")
        if self.trigger is TriggerKind.OBLIGATION and not self.after_obligation:
            raise DomainError("a deadline counted from another step must name that step")
        if self.service_applies and self.direction is Direction.BEFORE:
            raise DomainError("Rule 6(d) adds days only to periods after service")

    def describe(self) -> str:
        """The rule in words: "21 days after the date of the order"."""
        if self.trigger is TriggerKind.FIXED_DATE and self.fixed is not None:
            return f"on {self.fixed.isoformat()} (a date set by the order)"
        unit = "court days" if self.court_days else "days"
        if self.days == 1:
            unit = unit[:-1]
        what = self.trigger.phrase
        if self.trigger is TriggerKind.OBLIGATION:
            what = f"the step '{self.after_obligation}'"
        return f"{self.days} {unit} {self.direction.value} {what}"

    def with_days(self, days: int) -> DateRule:
        """Return the rule with another number of days (the order says 14, not 21)."""
        return replace(self, days=days)


@dataclass(frozen=True, slots=True)
class Quote:
    """The order's own words behind an obligation.

    Attributes:
        text: The sentence, verbatim as the order reads once normalised.
        page: The page of the order.
        lines: First and last printed line numbers, or None where the text has none.
        paragraph: A paragraph label, e.g. "IT IS ORDERED, paragraph 3".
    """

    text: str
    page: int
    lines: tuple[int, int] | None = None
    paragraph: str = ""

    @property
    def reference(self) -> str:
        """Where the words are: "p. 1, lines 3-4" or "p. 2, IT IS ORDERED, paragraph 3"."""
        where = f"p. {self.page}"
        if self.lines:
            first, last = self.lines
            where += f", line {first}" if first == last else f", lines {first}-{last}"
        if self.paragraph:
            where += f", {self.paragraph}"
        return where


@dataclass(frozen=True, slots=True)
class Obligation:
    """One thing an order requires, announces or warns of.

    Attributes:
        id: Stable id (the store, the command line and exports use it).
        title: Plain-language title in the third person.
        who: Who must act.
        kind: Deadline, duty, content, notice, prohibition or warning.
        stage: The checklist group.
        quotes: The order's words, first the main one.
        rules: The clocks that date it; two for the Joint Statement (the earlier binds).
        filing: Whether meeting it means filing a paper with the court (a cut-off applies).
        titles: Titles per perspective, overriding ``title`` ("Defense counsel must call you").
        explain: Plain-language note for a person without a lawyer.
        linked_to: For an undated duty, the item whose date it must be done by.
        custom: Added by the user rather than taken from the template.
    """

    id: str
    title: str
    who: Actor
    kind: Kind
    stage: Stage
    quotes: tuple[Quote, ...] = ()
    rules: tuple[DateRule, ...] = ()
    filing: bool = False
    titles: tuple[tuple[Perspective, str], ...] = ()
    explain: str = ""
    linked_to: str | None = None
    custom: bool = False
    needs_record: str = field(default="")  # "contact", "conference", "filing", "order"

    def __post_init__(self) -> None:
        if not self.id or not self.id.replace("_", "").replace("-", "").isalnum():
            raise DomainError(f"an obligation id must be letters, digits and _, not {self.id!r}")
        if not self.title.strip():
            raise DomainError("an obligation needs a title")
        if self.rules and self.kind is not Kind.DEADLINE:
            object.__setattr__(self, "kind", Kind.DEADLINE)

    def title_for(self, perspective: Perspective) -> str:
        """The title as the reader sees it."""
        for p, text in self.titles:
            if p is perspective:
                return text
        return self.title

    @property
    def quote(self) -> Quote | None:
        """The main quote."""
        return self.quotes[0] if self.quotes else None

    def with_rule_days(self, clock: str, days: int) -> Obligation:
        """Return the obligation with one clock's days changed."""
        if not any(r.clock == clock for r in self.rules):
            raise DomainError(f"{self.id} has no clock {clock!r}")
        return replace(self, rules=tuple(r.with_days(days) if r.clock == clock else r
                                         for r in self.rules))
