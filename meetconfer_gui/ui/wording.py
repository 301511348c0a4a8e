"""Words the window takes from the matter's own order rather than from the sample's.

The domain names the checklist's groups and the content items after the sample order's
"Joint Statement" (E.D. Cal.). An order from another court may ask for a "Joint Letter" or a
"joint report", or for no joint paper at all; a user reading "The Joint Statement" over the
items of a Joint Letter would look for a paper the order never mentions. These functions
give the window the order's own word, and the banner's sentence when the order sets no date.

No Qt here: the checklist model and the detail pane call it for every matter they show.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from meetconfer_gui.domain.matter import Matter
    from meetconfer_gui.domain.obligations import Actor, Kind, Perspective, Stage
    from meetconfer_gui.domain.schedule import Schedule

#: The sample's (and E.D. Cal.'s template's) name for the joint paper.
DEFAULT_FILING = "Joint Statement"
#: What the joint paper is called when the order names none.
GENERIC_FILING = "joint filing"

_FILING = re.compile(
    r"\bjoint\s+((?:discovery\s+|status\s+|case\s+management\s+)?"
    r"(?:statement|letter|report|stipulation|submission))\b", re.IGNORECASE)


def filing_name(matter: Matter) -> str:
    """What the order calls the paper the parties file together.

    First the name the draft of the paper takes (``export.paper.named_paper``: the item that
    asks for it, "Joint Letter", "Joint Discovery Letter Brief"), so the window and the
    document agree; then the sample's "Joint Statement" for a matter with its filing step;
    then the name the order's text uses most often; "joint filing" if it names none.

    Args:
        matter: The matter.

    Returns:
        The name, capitalised as a title unless it is the generic one.
    """
    from meetconfer_gui.export.paper import named_paper  # after the first paint: not at start

    named = named_paper(matter)
    if named:
        return named
    if any(ob.id == "statement_file" for ob in matter.obligations):
        return DEFAULT_FILING
    found = Counter(" ".join(m.group(1).split()).lower()
                    for m in _FILING.finditer(matter.order.text))
    if not found:
        return DEFAULT_FILING if not matter.order.text else GENERIC_FILING
    words = found.most_common(1)[0][0]
    return "Joint " + " ".join(w.capitalize() for w in words.split())


def stage_label(stage: Stage, filing: str, stages: Collection[Stage] = ()) -> str:
    """A checklist group's heading, naming the order's own joint paper.

    Args:
        stage: The group.
        filing: The order's name for its joint paper (``filing_name``).
        stages: The groups the checklist shows: with no conference among them, the first
            group is not "Before the conference" (an order that sets no meet-and-confer).
    """
    from meetconfer_gui.domain.obligations import Stage

    if stage is Stage.BEFORE and stages and Stage.CONFERENCE not in stages:
        return "What the order requires"
    if stage is Stage.STATEMENT:
        return f"The {filing}"
    if stage is Stage.AFTER and filing == GENERIC_FILING:
        # An order with no joint paper has no "filing" to be after: its prohibitions and
        # warnings hold for the rest of the case.
        return "For the rest of the case"
    return stage.label


def who_text(actor: Actor, perspective: Perspective, filing: str) -> str:
    """Who acts, as ``who_label`` says it, with the order's own name for the joint paper."""
    from meetconfer_gui.domain.obligations import Actor, who_label

    if actor is Actor.NOBODY:
        return f"the {filing}"
    return who_label(actor, perspective)


def kind_label(kind: Kind, filing: str) -> str:
    """An item's kind in words ("Deadline", "Joint Letter content")."""
    from meetconfer_gui.domain.obligations import Kind

    if kind is Kind.CONTENT:
        return f"{filing[:1].upper()}{filing[1:]} content"
    return kind.label


def banner(schedule: Schedule) -> tuple[str, str, str]:
    """The banner's label, its sentence, and a hint on what to do next ('' if none).

    The domain's sentence covers a dated next step; the window adds the cases a sample
    never shows: an order with nothing found in it, an order that sets no date, and open
    items left without one once every dated step is done. Each says what to do next.

    Args:
        schedule: The open matter's schedule.

    Returns:
        (label, sentence, hint): the label reads "Next step (<label>):".
    """
    from meetconfer_gui.domain.schedule import Status

    nxt = schedule.next_step()
    if nxt is not None:
        hint = ""
        if nxt.status is Status.OVERDUE:
            hint = ("Done already? Tick it off in the checklist. Did the court give more "
                    "time? Select it and choose Edit > Lock due date (Ctrl+L).")
        # "Open" says nothing about time; the calendar's legend calls such a day "due later".
        label = "due later" if nxt.status is Status.OPEN else nxt.status.label
        return label, schedule.next_step_sentence(), hint
    if not schedule.items:
        return ("nothing found",
                "Nothing to do was found in this order.",
                "Read the order's text on the right and add what it requires with Edit > "
                "Add an item (Ctrl+Shift+A), or import the order again (File > Import "
                "order).")
    if schedule.conference_by is not None:
        return "Up to date", schedule.next_step_sentence(), ""
    undated = [it for it in schedule.open_tasks() if it.date_shown is None]
    dated = [it for it in schedule.items if it.date_shown is not None]
    n = len(undated)
    items = f"{n} item{'s' if n != 1 else ''}"
    if not dated:
        if n:
            return ("no dates",
                    f"This order sets no deadline. {items} to do "
                    f"{'have' if n != 1 else 'has'} no date: tick each off when it is done.",
                    "If the court sets a date later, add it with Edit > Add an item "
                    "(Ctrl+Shift+A).")
        return ("no dates", "This order sets no deadline, and nothing is left to do.", "")
    if n:
        persp = schedule.matter.perspective
        if n <= 2:  # name them: "1 item" alone leaves the reader hunting for it
            named = " and ".join(f"'{it.obligation.title_for(persp)}'" for it in undated)
            still = (f"{named} {'are' if n != 1 else 'is'} still open: tick "
                     f"{'each' if n != 1 else 'it'} off when it is done.")
        else:
            still = f"{items} without a date are still open: tick each off when it is done."
        return ("Up to date", f"Every dated step is done or not applicable; {still}",
                _after_filing_hint(schedule))
    return "Up to date", schedule.next_step_sentence(), _after_filing_hint(schedule)


def _after_filing_hint(schedule: Schedule) -> str:
    """What comes once the joint paper is filed: the court's further order, and to record it.

    A pro se reader otherwise sees "up to date" and nothing about waiting for the court.
    """
    m = schedule.matter
    if m.events.filing is None or m.events.further_order is not None:
        return ""
    if not any(ob.needs_record == "order" for ob in m.obligations):
        return ""
    return (f"The {filing_name(m)} is filed: the court now reviews it and issues a further "
            "order. When it does, record its date with Edit > Record the court's further "
            "order (Ctrl+4).")


def conference_period(matter: Matter) -> str:
    """The period the conference starts, in words: "the 7 days for the Joint Statement".

    The sample's Joint Statement is due 7 days after the conference; another order counts
    another number of days, or counts nothing from the conference at all.

    Args:
        matter: The matter.

    Returns:
        The phrase, or "the periods counted from the conference" if the order sets none.
    """
    from meetconfer_gui.domain.calendars import Direction
    from meetconfer_gui.domain.obligations import TriggerKind

    for ob in matter.obligations:
        for rule in ob.rules:
            if rule.trigger is TriggerKind.CONFERENCE and rule.direction is Direction.AFTER:
                unit = "court days" if rule.court_days else "days"
                if rule.days == 1:
                    unit = unit[:-1]
                what = (f"the {filing_name(matter)}" if ob.filing or ob.id == "statement_file"
                        else f"'{ob.title}'")
                return f"the {rule.days} {unit} for {what}"
    return "the periods counted from the conference"
