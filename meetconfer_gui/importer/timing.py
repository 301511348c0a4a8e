"""Reading the time in an order's words: periods, the events they count from, and dates.

- Periods: "twenty-one (21) days", "21 days", "14 (fourteen) days", "10 court days",
  "five (5) business days", "two weeks" (14 days), "a 14-day period"; months are read but
  have no day count. Where the words and the digits disagree ("twenty (21) days"), the
  reading that gives the earlier date is used and the item is flagged (DOMAIN.md: never
  silently move a deadline later).
- Events: "of the date of this order", "of service of this order", "of the parties'
  conference", "before the hearing", "after the opposition is filed", "thereafter".
- Dates: "May 2, 2014", "January 29th", "the 29th of January", "Friday, January 29, 2016",
  "1/29/2016", read with python-dateutil; a date without a year takes the order's year, or
  the next year when that day has already passed by the order's date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dateutil import parser as date_parser

from meetconfer_gui.domain.calendars import Direction, court_calendar
from meetconfer_gui.importer.model import Trigger

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
_UNIT_WORDS = "|".join(sorted(_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_BELOW_100 = (rf"(?:(?:{_TEN_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?"
              rf"|{_UNIT_WORDS})")
NUMBER_WORDS = rf"(?:(?:(?:one|two|three|a) hundred(?: (?:and )?{_BELOW_100})?)|{_BELOW_100})"


def words_to_int(text: str) -> int | None:
    """Read a number written in words ("twenty-one", "one hundred twenty").

    Args:
        text: The words.

    Returns:
        The number, or None if the words are not a number below 1000.
    """
    total = 0
    current = 0
    seen = False
    for word in re.split(r"[\s-]+", text.lower().strip()):
        if word in ("", "and"):
            continue
        if word == "a":
            current = 1
        elif word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        else:
            return None
        seen = True
    if not seen:
        return None
    return total + current


# dateutil's table of month names ("Sept", "sep", "September"), so spellings match its parser.
_PARSER_INFO = date_parser.parserinfo()

_ORDINAL_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90,
}
_ORDINAL_WORDS = (rf"(?:(?:{_TEN_WORDS})-(?:first|second|third|fourth|fifth|sixth|seventh|"
                  rf"eighth|ninth)|{'|'.join(sorted(_ORDINAL_UNITS, key=len, reverse=True))}|"
                  r"\d{1,3}(?:st|nd|rd|th))")


def ordinal_to_int(text: str) -> int | None:
    """Read an ordinal ("fourteenth", "twenty-first", "14th").

    Args:
        text: The ordinal.

    Returns:
        Its number, or None.
    """
    word = text.lower().strip()
    m = re.fullmatch(r"(\d{1,3})(?:st|nd|rd|th)", word)
    if m:
        return int(m.group(1))
    tens, _, unit = word.partition("-")
    if unit:
        return _TENS.get(tens, 0) + _ORDINAL_UNITS.get(unit, 0) or None
    return _ORDINAL_UNITS.get(word)


# "fourteen (14)days" and "seven(7) days" from OCR or a careless copy: no space is needed
# between the number and its unit. "the fourteenth day after entry of this Order": an
# ordinal day, counted like "fourteen days after" (only with an event after or before it).
_PERIOD = re.compile(
    rf"(?<![\w.#§(-])(?:(?P<w>{NUMBER_WORDS})(?: ?\( ?(?P<wd>\d{{1,3}}) ?\))?"
    rf"|(?P<d>\d{{1,3}})(?: ?\( ?(?P<dw>{NUMBER_WORDS}) ?\))?"
    rf"|(?<=\bthe )(?P<o>{_ORDINAL_WORDS})"
    # "within a week of this Order"
    r"|(?<=\bwithin )(?P<a>an?)(?= (?:week|month|day)\b)"
    # "by noon on the business day before the conference": one court day before it.
    r"|(?<=\bthe )(?P<t>)(?=(?:(?:court|business|judicial|working)[ -]+)?day (?:before|prior "
    r"to|preceding|after|following)\b))"
    r"(?:[ -]*(?P<q>court|business|calendar|judicial|working))?[ -]*"
    r"(?P<u>days?|weeks?|months?|hours?)"
    r"\b",
    re.IGNORECASE)

_BEFORE_WORDS = ("before", "prior to", "in advance of", "preceding", "ahead of")
_EVENT = re.compile(
    r"^(?:'s|s|['\u2019])? ?(?:time )?(?:\([^)]{0,40}\) ?)?(?:period )?(?:deadline )?"
    r"(?P<prep>of|after|from|following|before|prior to|in advance of|preceding|ahead of|"
    r"upon|since|subsequent to|beyond|thereafter|after that|following that)\b ?",
    re.IGNORECASE)
_EVENT_STOP = re.compile(
    # "within fifteen days from receipt of this order a certificate listing ...", "before the
    # conference a joint report": the task's object, after the event's last noun.
    r"(?:(?<=\border)|(?<=\bconference)|(?<=\bhearing))(?= (?:a|an)\b)|"
    # "(" opens an aside, but not a rule's subsection: "the Rule 26(f) conference".
    r"[,;:\u2014\u2013]| -- |\((?![a-z0-9]{1,3}\))|\.(?!\d)| and\b(?! confer| order\b| [Oo]rder\b)"
    # "the filing of the replies to the comments": "to" inside the event's own noun.
    r"| (?:to(?<!rise to)(?<!replies to)(?<!reply to)(?<!responses to)(?<!response to)"
    r"(?<!objections to)(?<!opposition to)(?<!comments to)|or|"
    r"in which|unless|which|"
    # "that" opens a clause ("that the parties ..."), but "that production" is the event.
    r"that(?= (?:the|a|an|any|all|it|they|he|she|its|their|his|her|this|these|those|such|no|"
    r"each|every|there|(?-i:[A-Z0-9])))|if|"
    # "by" opens a date or a manner ("by March 3", "by e-mail"), but "a written demand by the
    # United States", "after being notified by the officer" name the event's agent.
    r"shall|must|will|may|within|by(?! (?:the|an?|any|its|their|his|her|opposing|"
    r"counsel)\b)|whichever|defense|regarding|concerning|so that|so they|"
    # What the paper must say is no part of the event: "prior to the conference describing"
    r"describing|setting (?:out|forth)|stating|identifying|explaining|addressing|outlining|"
    r"in order to|"
    # "of the day Defendant first becomes aware of the violation": the day's own clause.
    r"lead(?! (?:trial )?counsels?[\'\u2019])|counsel for|(?<!\bday )(?<!\bdate )(?:plaintiffs?"
    r"(?![\'\u2019])|defendants?(?![\'\u2019])))\b",
    re.IGNORECASE)
#: An event that is news of something ("being notified by the officer", "learning"): the
#: "that" clause after it says what the news is, and belongs to the event.
_TOLD_THAT = re.compile(
    r"\b(?:notified|informed|advised|told|notice|notification|word|learn(?:s|ed|ing)?|"
    r"notif(?:y|ies)(?: (?:counsel|the parties|all parties|the court|plaintiffs?|defendants?))?|"
    r"(?:informs|advises|tells)(?: (?:counsel|the parties|all parties|the court|plaintiffs?|"
    r"defendants?))?|"
    r"aware|determin(?:es|ed|ing|ation)|certif(?:ies|ied|ying|ication)|confirm(?:s|ed|ing|"
    r"ation))(?: (?:by|from) (?:the |an? |its |their )?[\w' \u2019-]{1,40}?)?$",
    re.IGNORECASE)
_TOLD_STOP = re.compile(r"[,;:\u2014\u2013]| -- |\.(?!\d)| (?:shall|must|will|within|whichever|"
                        r"so that|in order to)\b", re.IGNORECASE)
#: The rest of an event the stop words cut short: "a scheduling conference is| to be held".
_EVENT_TAIL = re.compile(r" to be (?:held|set|heard|convened|conducted)\b", re.IGNORECASE)
_EVENT_RELATIVE = re.compile(
    r" (?:(?:upon|on|in|at|by) which|which (?:is|was|are|were|has|have)|that (?:is|was|are|"
    r"were|has|have|remains?)|when)\b[^,;.:()]{0,80}?(?=[,;.:()]|$| (?:and|or|shall|must)\b)",
    re.IGNORECASE)
_EVENT_WHICH = re.compile(r" which\b[^,;.:()]{0,80}?(?=[,;.:()]|$| (?:and|or|shall|must)\b)",
                          re.IGNORECASE)
_LEADING_WHEN = re.compile(
    r"(?:\b(?:within|no later than|not later than|no more than|not more than|at least|every|"
    r"on or before|by|"
    r"not less than|no fewer than|no less than|in|for|after|before|a|the|of) )+$",
    re.IGNORECASE)


_EXCLUDING = re.compile(
    r",? \(?(?:excluding|exclusive of|not counting|not including) (?:intermediate )?"
    r"(?:Saturdays|weekends)(?:,? (?:and )?Sundays)?(?:,? (?:and|or) (?:legal |court |federal )?"
    r"holidays)?\)?,?",
    re.IGNORECASE)
_NOTICE_OF = re.compile(r"(?:['\u2019]s?|s['\u2019])?(?P<word> (?:(?:prior|advance|written) )*"
                        r"notice\b)", re.IGNORECASE)
_HEREOF = re.compile(r" (?P<event>hereof|from (?:today|now|the date hereof))\b", re.IGNORECASE)
_EXTENDED_BY = re.compile(
    r"\b(?:extended|continued|postponed|enlarged|adjourned|moved|pushed back)"
    r"(?: (?:by|for))(?: (?:an additional|a further|another|an))? $", re.IGNORECASE)

# The time a rule gives, named as the rule's: "the twenty-one days Local Civil Rule 7.1(e)
# allows", "the fourteen days the rules provide".
_RULES_OWN = re.compile(
    r"(?: (?:that|which))? (?:(?:the )?(?:federal |local |civil )*(?:rules?|L\. ?R\.|LR|"
    r"[A-Z][A-Za-z.]*Civ\.? ?R\.?|DUCivR|LCvR|LCR)\b[^,;]{0,30}? )?(?:allows?|permits?|provides?|"
    r"gives?|affords?)\b")
_RATHER_THAN = re.compile(r"\b(?:rather than|instead of|in lieu of|in place of) (?:the )?$",
                          re.IGNORECASE)
_SPAN = re.compile(r"\b(?:(?:for|during|over|throughout|covering) (?:the |a |an |each |any )?"
                   r"|the )(?:preceding|prior|previous|past|last|entire|relevant) $",
                   re.IGNORECASE)
_HOURS_LEAD = re.compile(r"\b(?:within|no later than|not later than|at least|not less than|"
                         r"no less than|no fewer than|no more than)\b", re.IGNORECASE)


#: The event of "within the same thirty-day period": it ends when the period before it does.
SAME_PERIOD = "the same period"
#: The event of "every sixty (60) days": the time before.
EVERY_PERIOD = "the one before (it recurs)"


@dataclass(frozen=True, slots=True)
class Period:
    """A period read from the words.

    Attributes:
        days: Its length in days (weeks times 7), or None for months and hours.
        months: Its length in months, for a period in months.
        hours: Its length in hours, for a period in hours ("at least 48 hours before").
        court_days: Whether only court days count.
        direction: After or before the event.
        trigger: The event it counts from, or None when the words name none.
        event: The words naming the event ("the date of this order"), or "".
        start: Offset of the period's words in the text searched.
        end: End of the period's words, event included.
        conflict: A note when words and digits disagree, or "".
        chained: Whether it counts from the step before ("thereafter").
        words: The words of the period and its event, as written.
    """

    days: int | None
    months: int | None
    court_days: bool
    direction: Direction
    trigger: Trigger | None
    event: str
    start: int
    end: int
    conflict: str = ""
    chained: bool = False
    words: str = ""
    hours: int | None = None


def _hearing(event: str) -> bool:
    return bool(re.search(
        r"\bhearings?\b|\btrial\b(?! counsel)|\b(?:status|scheduling|pretrial|pre-trial|"
        r"settlement|case management|mandatory settlement|telephonic|discovery|initial|"
        r"assessment|mediation) conference\b|"
        r"\boral argument\b|\bcalendar call\b|\bthe court's conference\b|\bcourt conference\b|"
        r"\b(?:scheduled|court-ordered) conference\b|\bconference with the court\b|"
        # A court's call ("the discovery teleconference"), and the day a motion is taken
        # under submission without argument (E.D. La., W.D. La.: "the submission date").
        r"\bteleconference\b|\bsubmission date\b",
        event, re.IGNORECASE))


def classify_event(prep: str, event: str) -> Trigger:
    """The trigger the words name.

    Args:
        prep: The word before the event ("of", "after", "before").
        event: The event's words ("the date of service of this order").

    Returns:
        The trigger.
    """
    ev = event.lower()
    this_order = re.search(r"\b(?:this|the present|the instant|the court's|the) (?:(?:minute|"
                           r"text|electronic|memorandum|opinion|decision|letter|scheduling|"
                           r"discovery|docket|summary)(?: and| &)? )*order\b|"
                           r"\b(?:these|this) (?:findings|report)\b|"
                           r"\b(?:this|the present|the instant) (?:memorandum )?(?:opinion|"
                           r"decision|ruling)\b", ev)
    if _hearing(ev):
        return Trigger.HEARING
    if re.search(r"\bservice\b|\bserved\b|\bserves?\b|\bbeing served\b|\bmail(?:ing|ed)\b",
                 ev):
        if this_order or re.search(r"\bserved with (?:a copy of )?(?:this|the) order", ev):
            return Trigger.SERVICE
        return Trigger.FILING
    if this_order and re.search(r"\b(?:notice|notification|receipt)\b", ev):
        # "within fourteen (14) days from notice of this Order" (D.P.R.): the notice of
        # electronic filing serves it (Rule 5(b)(2)(E)); "of receipt of this order" likewise.
        return Trigger.SERVICE
    if this_order and re.search(
            r"\bentry\b|\bentered\b|\bdocket(?:ing|ed)?\b|\bfiling\b|\bfiled\b|"
            r"\belectronic(?:ally)?\b", ev):
        return Trigger.ORDER_ENTRY
    if this_order or re.search(r"\b(?:the date )?hereof\b|\btoday\b|\btoday's date\b|"
                               r"\bthe date of (?:this|the) order\b|\bsigning\b", ev):
        return Trigger.ORDER_DATE
    if re.search(r"^(?:the |any )?(?:(?:substantial|final|full|actual) )?(?:deadline|close|"
                 r"cut-?off|end|expiration|completion)\b|"
                 r"\bcourt(?:'s|\u2019s)? (?:rules|ruling|decision|decides|resolution)\b|"
                 r"\bruling\b|\bdecision\b", ev):
        return Trigger.OTHER
    if re.search(r"\b(?:from|by) (?:the )?(?:clerk|court)(?:['\u2019]s(?: office)?)?\b|"
                 r"\bclerk['\u2019]s office\b", ev):
        # "of receiving the email from the Clerk's Office confirming your registration": the
        # court's own notice, not a party's paper.
        return Trigger.OTHER
    if re.search(r"\bconfer(?:ence|ring|ral)?\b|\bmeet(?:ing)?\b|\bmet\b|\bcall\b|"
                 r"\bconsultation\b",
                 ev):
        return Trigger.CONFERENCE
    if re.search(r"\bfil(?:e|ed|es|ing)\b|\bsubmi(?:t|ts|tted|ssion)\b|\blodg(?:e|ed|ing)\b|"
                 r"\breceipt\b|\breceiv(?:e|ed|ing)\b|\bproduc(?:tion|e|es|ed|ing)\b|"
                 r"\bresponses?\b|"
                 r"\bdisclosures?\b|"
                 r"\bopposition\b|\breply\b|\bletter\b|\bstatement\b|\breport\b|"
                 r"\bstipulation\b|\bmotion\b|\banswer\b|\bcomplaint\b|\bbriefs?\b|"
                 r"\bpetition\b|\bpleading\b|"
                 # Another party's paper: "of the request", "of the written notice", "of
                 # receipt of the demand".
                 r"\brequests?\b|\bnotices?\b(?! date\b| period\b| deadline\b)|\bdemand\b|"
                 r"\bdesignations?\b", ev):
        return Trigger.FILING
    return Trigger.OTHER


def _value(words: str | None, digits: str | None) -> tuple[int | None, int | None]:
    w = words_to_int(words) if words else None
    d = int(digits) if digits else None
    return w, d


# A scan read by OCR: "fourteen (l4) days", "within 2l days", "l0:00 a.m.", "this 0rder".
_OCR_NUMBER = re.compile(r"(?<![A-Za-z0-9])(?=[0-9lIO]{0,2}[0-9])[0-9lIO]{2,4}(?![A-Za-z0-9])")
_OCR_ZERO = re.compile(r"(?<![A-Za-z0-9])0(?=[a-z]{3,}\b)|(?<=[A-Z])0(?=[A-Z]{2,})|"
                       r"(?<=[A-Z]{2})0(?=[A-Z])")
_OCR_DIGITS = str.maketrans("lIO", "110")


def read_ocr(text: str) -> str:
    """The text with a scan's usual misreadings of digits and letters put right.

    Same length as ``text`` (one character for one), so offsets found in it hold in ``text``:
    "l4" and "2l" read 14 and 21 where they stand as numbers, "0rder" reads "Order".

    Args:
        text: A sentence or line.

    Returns:
        The text as it would read without the misreadings.
    """
    if not any(c in text for c in "lIO0"):
        return text
    text = _OCR_NUMBER.sub(lambda m: m.group(0).translate(_OCR_DIGITS), text)
    return _OCR_ZERO.sub("O", text)


def find_periods(text: str) -> list[Period]:
    """Every period in ``text``, with the event it counts from.

    Args:
        text: A sentence or clause.

    Returns:
        The periods, in order.
    """
    out: list[Period] = []
    original = text
    text = read_ocr(text)
    for m in _PERIOD.finditer(text):
        w1, d1 = _value(m.group("w"), m.group("wd"))
        w2, d2 = _value(m.group("dw"), m.group("d"))
        if m.group("a") or m.group("t") is not None:
            w1 = 1
        if m.group("o"):
            if m.group("u").lower() != "day" or not re.match(
                    r" (?:after|following|from|before|prior to)\b", text[m.end():], re.I):
                continue  # "the first day of trial" is a day, not a period
            w1 = ordinal_to_int(m.group("o"))
        words = w1 if w1 is not None else w2
        digits = d1 if d1 is not None else d2
        words = words or None  # "(0) days" or "zero days" is no period
        digits = digits or None
        values = [v for v in (words, digits) if v is not None]
        if not values:
            continue
        unit = m.group("u").lower()
        unit_end = m.end()
        # "within five days, excluding weekends and legal holidays, of the date of this
        # order": court days, and the event after the aside.
        excluding = _EXCLUDING.match(text, unit_end)
        if excluding:
            unit_end = excluding.end()
        rest = text[unit_end:]
        e = _EVENT.match(rest)
        prep = ""
        event = ""
        end = unit_end
        chained = False
        told = ""
        notice = None if e else _NOTICE_OF.match(rest)
        if notice:
            # "at least 72 hours' notice of the persons who will attend": given before the
            # event it gives notice of. "notice" stays with the task.
            prep = "before"
            event = "the event it gives notice of"
            end = unit_end + notice.start("word")
        hereof = None if e or notice else _HEREOF.match(rest)
        if hereof:
            prep, event = "of", hereof.group("event")  # "no later than ten days hereof"
            end = unit_end + hereof.end()
        if e:
            prep = e.group("prep").lower()
            after_prep = rest[e.end():]
            stop = _EVENT_STOP.search(after_prep)
            if stop and re.match(r" or (?:the |any |an? )?(?:(?:date|day) of )?(?:service|filing|"
                                 r"receipt|entry)\b", after_prep[stop.start():], re.IGNORECASE):
                # "of the default or service of the response": the other event names it.
                stop = _EVENT_STOP.search(after_prep, stop.end())
            either = re.match(r" or (?:an? |the |any |its |their )?[\w'\u2019 -]{1,40}? (?:is|are|"
                              r"has been|have been) (?:filed|served|entered|docketed)\b",
                              after_prep[stop.start():], re.IGNORECASE) if stop else None
            if stop and either:
                # "after Orbital's answer or Rule 12 motion is filed": one event, either paper.
                stop = _EVENT_STOP.search(after_prep, stop.start() + either.end())
            told = ""
            if stop and _TOLD_THAT.search(after_prep[: stop.start()]) and re.match(
                    r" that\b", after_prep[stop.start():], re.IGNORECASE):
                # "after being notified by the officer that the transcript is available": what
                # one is told is the event's own clause, up to a comma; the event is the
                # telling, not what is told.
                told = after_prep[: stop.start()].strip()
                stop = _TOLD_STOP.search(after_prep, stop.end())
            event = after_prep[: stop.start() if stop else min(len(after_prep), 80)].strip()
            if len(event.split()) > (24 if told else 12):
                event = " ".join(event.split()[:24 if told else 12])
            end = unit_end + e.end() + len(event)
            tail = _EVENT_TAIL.match(text, end) if re.search(r"\b(?:is|are)$", event) else None
            if tail:  # "before a scheduling conference is to be held": the event's own words
                end = tail.end()
            relative = _EVENT_RELATIVE.match(text, end)
            if relative is None and re.search(r"\b(?:upon|on|in|at|by)$", event, re.I):
                relative = _EVENT_WHICH.match(text, end)  # "the date upon| which ..."
            if relative:
                # "of the date upon which the event giving rise to the dispute occurred", "of
                # the response that is in dispute": the event's own clause, up to a comma.
                event = f"{event} {relative.group(0).strip()}"
                end = relative.end()
            if prep in ("thereafter", "after that", "following that"):
                chained = True
        else:
            t = re.match(r"^ ?thereafter\b", rest, re.IGNORECASE)
            if t:
                chained = True
                prep = "thereafter"
                end = unit_end + t.end()
        direction = Direction.BEFORE if prep in _BEFORE_WORDS else Direction.AFTER
        conflict = ""
        if words is not None and digits is not None and words != digits:
            # Take the reading that gives the earlier date (DOMAIN.md).
            chosen = min(values) if direction is Direction.AFTER else max(values)
            conflict = (f"the words say {words} but the digits say {digits}: {chosen} (the "
                        "earlier date) is used; check the order")
        else:
            chosen = values[0]
        days: int | None = None
        months: int | None = None
        hours: int | None = None
        if unit.startswith("week"):
            days = chosen * 7
        elif unit.startswith("month"):
            months = chosen
        elif unit.startswith("hour"):
            hours = chosen
        else:
            days = chosen
        trigger: Trigger | None = None
        if notice:
            trigger = Trigger.OTHER
        elif event:
            trigger = classify_event(prep, told or event)
        elif not chained and re.search(r"\bthe same $", text[max(0, m.start() - 9):m.start()],
                                       re.IGNORECASE):
            # "within the same thirty-day period": the period the order just gave, same end.
            trigger = Trigger.OTHER
            event = SAME_PERIOD
        elif not chained and _EXTENDED_BY.search(text, max(0, m.start() - 60), m.start()):
            # "The deadline ..., currently set for April 3, 2026, is extended by thirty days":
            # counted from the date it extends, not from the order.
            trigger = Trigger.OTHER
            event = "the date it moves"
        start = m.start()
        window = max(0, start - 80)
        lead = _LEADING_WHEN.search(text, window, start)
        if lead:
            start = lead.start()
        if hours is not None and not prep and not _HOURS_LEAD.search(text[start:m.start()]):
            continue  # "four hours each": a limit, not a time to act in
        if hours is not None and re.search(
                r"\b(?:exceed(?:ing)?|limited to|a (?:maximum|total) of|up to)\s*$",
                text[max(0, m.start() - 30):m.start()], re.IGNORECASE):
            continue  # "shall not exceed seven (7) hours of examination": a limit
        if not prep and (_RULES_OWN.match(text, unit_end)
                         or _RATHER_THAN.search(text, max(0, m.start() - 30), m.start())):
            # "rather than the twenty-one days Local Civil Rule 7.1(e) allows": the rule's
            # time, named to be set aside, not this order's.
            continue
        if not prep and not chained and _SPAN.search(text, max(0, m.start() - 40), m.start()):
            continue  # "a report for the preceding six-month period": a span, not a time
        if re.search(r"\b(?:extensions?|continuances?|enlargements?) (?:of )?(?:up to|no more "
                     r"than|not more than|not to exceed|at most) $",
                     text[max(0, m.start() - 40):m.start()], re.IGNORECASE):
            continue  # "one extension of up to 30 days of any deadline": a most, not a time
        if re.search(r"\b\d{1,3} ?(?:to|or|-|\u2013) ?$", text[max(0, m.start() - 12):m.start()]):
            continue  # "generally 150 to 180 days from ...": a range, no time to act
        if text[m.start("u") - 1] == "-" and re.match(
                r"\s+(?:(?:jury|bench|evidentiary) )?(?:trial|hearing|conference|deposition|"
                r"session)s?\b", text[m.end():], re.IGNORECASE):
            continue  # "a three-day jury trial": how long, not when
        if not prep and (re.search(r"\b(?:every|each) $", text[max(0, m.start() - 6):m.start()])
                         or re.match(r"[ -]?intervals?\b", text[unit_end:], re.IGNORECASE)):
            # "at 90-day intervals": each after the one before, like "every 90 days".
            trigger, event = Trigger.OTHER, EVERY_PERIOD
            direction = Direction.AFTER
        court = (bool(m.group("q")) and m.group("q").lower() != "calendar") or bool(excluding)
        out.append(Period(days, months, court, direction, trigger, event, start, end, conflict,
                          chained, original[start:end].strip(), hours))
    return out


# --- dates -------------------------------------------------------------------------------

# Month and weekday names in any case: "NO LATER THAN FRIDAY, JUNE 6, 2025".
_MONTHS = (r"(?i:January|February|March|April|May|June|July|August|September|October|November|"
           r"December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)")
_WEEKDAY = (r"(?:(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|(?:Mon|Tue|Tues|"
            r"Wed|Thu|Thur|Thurs|Fri|Sat|Sun)\.),? )?")
DATE_PATTERN = re.compile(
    rf"{_WEEKDAY}(?:(?P<m1>{_MONTHS}) (?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\b(?:,? (?P<y1>\d{{4}}))?"
    rf"|(?:the )?(?P<d2>\d{{1,2}})(?:st|nd|rd|th)? (?:day )?of (?P<m2>{_MONTHS})"
    rf"(?:,? (?P<y2>\d{{4}}))?"
    rf"|(?P<d3>\d{{1,2}}) (?P<m3>{_MONTHS})(?:,? (?P<y3>\d{{4}}))?"
    r"|(?<![\d/])(?P<n1>\d{1,2})/(?P<n2>\d{1,2})/(?P<n3>\d{4}|\d{2})(?![\d/]))")


@dataclass(frozen=True, slots=True)
class FoundDate:
    """A date found in the words.

    Attributes:
        value: The date, or None when it has no year and the order's date is unknown.
        text: The words.
        start: Offset in the text searched.
        end: End offset.
        year_given: Whether the words give the year.
    """

    value: date | None
    text: str
    start: int
    end: int
    year_given: bool = field(kw_only=True)


def resolve_date(month: int, day: int, year: int | None, order_date: date | None) -> date | None:
    """A calendar date; without a year, the order's year or the next occurrence after it.

    Args:
        month: 1-12.
        day: 1-31.
        year: The year, if the words give one.
        order_date: The order's date.

    Returns:
        The date, or None if it is not a real date or its year cannot be known.
    """
    try:
        if year is not None:
            return date(year, month, day)
    except ValueError:
        return None
    if order_date is None:
        return None
    for year_ in (order_date.year, order_date.year + 1):
        try:
            candidate = date(year_, month, day)
        except ValueError:
            continue
        if candidate >= order_date:
            return candidate
    return None


def find_dates(text: str, order_date: date | None = None) -> list[FoundDate]:
    """Every calendar date written in ``text``.

    Args:
        text: The words.
        order_date: The order's date, for dates written without a year.

    Returns:
        The dates found, in order.
    """
    out: list[FoundDate] = []
    original = text
    text = read_ocr(text)
    for m in DATE_PATTERN.finditer(text):
        if m.group("n1"):
            numeric_year = int(m.group("n3"))
            if numeric_year < 100:
                numeric_year += 2000
            out.append(FoundDate(
                resolve_date(int(m.group("n1")), int(m.group("n2")), numeric_year, None),
                original[m.start():m.end()], m.start(), m.end(), year_given=True))
            continue
        month_word = m.group("m1") or m.group("m2") or m.group("m3")
        day_text = m.group("d1") or m.group("d2") or m.group("d3")
        year_text = m.group("y1") or m.group("y2") or m.group("y3")
        month = _PARSER_INFO.month(month_word.rstrip("."))
        if month is None:
            continue
        year = int(year_text) if year_text else None
        value = resolve_date(month, int(day_text), year, order_date)
        out.append(FoundDate(value, original[m.start():m.end()], m.start(), m.end(),
                             year_given=year is not None))
    return out


_DEADLINE_PREP = re.compile(
    r"(?:\b(?:(?:by )?(?:no later than|not later than|in no event later than)|by|on or before|"
    r"(?:to|through|until|up to) and including|"
    r"before|until|on|"
    r"through|as of|due)\b,?)(?: (?:\d{1,2}(?::\d{2})? ?[ap]\.?m\.?|noon|midnight)"
    r"(?: [A-Z][a-z]+ [Tt]ime)?,?(?: on)?)?"
    # "on or before the later of (i) March 20, 2026, or (ii) thirty days after ..."
    r"(?: the (?:later|earlier|sooner|latest|earliest) of:?(?: \((?:i|a|1)\))?)? ?$",
    re.IGNORECASE)
_SET_PREP = re.compile(
    r"\b(?:set|reset|continued|scheduled|rescheduled|moved|held|advanced|extended)"
    r"(?: (?:for|to|on|until|through)(?: and including)?)?"
    r"(?: hearing)?(?: on)? ?$|\b(?:hearing|conference|argument)(?: is| will be)?(?: set| held)?"
    r" (?:on|for) ?$"
    r"|\b(?:trial|hearing|conference)\b[^.;]{0,30}? to (?:begin|commence|start) on ?$"
    r"|\b(?:sets|schedules|set|scheduled)\b[^.;]{0,60}?\b(?:for|on|at) "
    r"\d{1,2}(?::\d{2})? ?[ap]\.?m\.?,? on ?$"
    # "an extension of time to and including April 14, 2025"; "reset ... from March 6, 2025
    # to March 20, 2025"
    r"|\bextension(?: of time)?(?: up)? (?:to|until|through)(?: and including)? ?$"
    r"|\bfrom [^;]{3,40}?\d{4} to ?$"
    # "Trial is set for the term of court commencing on November 9, 2026"
    r"|\b(?:set|scheduled|placed)\b[^.;]{0,40}?\b(?:term|docket|calendar|session)(?: of court)? "
    r"(?:commencing|beginning|starting)(?: on)? ?$"
    # "The Court will hold a discovery hearing by Zoom videoconference on March 20, 2025"
    r"|\b(?:hold|conduct|convene|appear (?:for|at))\b[^.;]{0,60}?\b(?:hearing|conference|"
    r"argument|trial)\b[^.;]{0,50}?\bon ?$"
    # "A settlement conference will be held before the Honorable ..., on July 14, 2026"
    r"|\b(?:hearing|conference|argument|trial|mediation)\b[^.;]{0,40}? (?:will|shall) (?:be "
    r"(?:held|conducted|convened)|take place|proceed)\b[^;]{0,100}?\bon ?$",
    re.IGNORECASE)


# "from January 1, 2023 through December 31, 2024": the end of a range, not a deadline.
# So is "the period June 1 through August 31, 2024": a date just before "through".
_RANGE_FROM = re.compile(rf"(?:\bfrom |\bperiod (?:of )?|\bbetween )?(?:\b{_MONTHS} \d{{1,2}}"
                         r"(?:st|nd|rd|th)?(?:,? \d{4})?|\b\d{1,2}/\d{1,2}/\d{2,4}) ?$")

# "The deadline for completing fact discovery ... shall be October 17, 2025."
_DEADLINE_IS = re.compile(r"\b(?:is|are|shall be|will be)(?: (?:extended|continued|reset|"
                          r"moved) (?:to|until))? $", re.IGNORECASE)
_DEADLINE_NOUN = re.compile(r"\b(?:deadlines?|cut-?off|last day|due date)\b", re.IGNORECASE)

# "the conference held on February 20, 2024": what happened on a date sets no deadline.
_PAST_ON = re.compile(
    r"(?<!\bbe )(?<!\bbeen )\b(?:held|filed|entered|conducted|served|issued|dated|occurred|"
    r"argued|heard|signed|made|received|sent|docketed|decided|took place)"
    # "Defendant filed a response on January 30, 2026": what was done, with its object.
    r"(?: (?:a|an|the|its|their|his|her|this|that)(?: [\w'\u2019-]+){1,3})? $", re.IGNORECASE)


_BARRED_AFTER = re.compile(
    r"\b(?:may|shall|will|can|must)(?: not)? be (?:filed|served|made|brought|noticed|"
    r"submitted|taken|propounded|added|amended|joined|raised|conducted)(?: [a-z]+)?"
    r",? after ?$", re.IGNORECASE)


_FIRST_OF_SERIES = re.compile(
    r"\b(?:(?:(?:on|by) )?(?:the [\w-]+ (?:(?:business|court|calendar) )?day of )?(?:every|each) "
    r"[^.;]{1,30}?|monthly|quarterly|weekly|bi-?weekly),? (?P<w>(?:beginning|"
    r"starting|commencing)(?: on)?) ?$", re.IGNORECASE)


#: "on the 15th of each month", "by the first business day of every month", "on the last
#: day of each calendar month": a date that recurs monthly.
_MONTHLY = re.compile(
    r"\b(?:(?:on or before|no later than|not later than|on|by) )?the (?P<n>\d{1,2}(?:st|nd|rd|"
    r"th)|[a-z]+(?:-[a-z]+)?|last) (?:(?P<q>business|court|calendar|working) )?(?:day )?"
    r"of (?:each|every|the) (?:calendar )?month\b(?:,? (?:thereafter|following|after that))?",
    re.IGNORECASE)
def is_monthly(words: str) -> bool:
    """Whether a date's words are :func:`monthly_dates`' ("on the 15th of each month")."""
    return bool(_MONTHLY.fullmatch(words))


#: The note a monthly date's item carries.
MONTHLY_NOTE = ("recurs monthly ({words}): the first such date after the order is given; "
                "the later ones follow each month")


_FROM_MONTH = re.compile(
    r"\b(?:beginning|starting|commencing)(?: (?:in|with))? (?:the month of )?(?P<m>(?i:January|"
    r"February|March|April|May|June|July|August|September|October|November|December))"
    r"(?!\s+\d{1,2}\b)(?:,? (?P<y>\d{4}))?", re.IGNORECASE)
_MONTH_NUMBER = {name: i for i, name in enumerate(
    ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}


def _next_monthly(m: re.Match[str], after: date) -> date | None:
    """The first day the monthly words name that falls after ``after``."""
    word = m.group("n").lower()
    last = word == "last"
    n = None if last else ordinal_to_int(word)
    if not last and (n is None or not 1 <= n <= 31):
        return None
    business = bool(m.group("q")) and m.group("q").lower() != "calendar"
    holidays = court_calendar(None)
    year, month = after.year, after.month
    for _ in range(3):
        days = [date(year, month, d) for d in range(1, 32) if _valid(year, month, d)]
        if business:
            days = [d for d in days if d.weekday() < 5 and not holidays.holidays_on(d)]
        pick = days[-1] if last else (days[n - 1] if n is not None and n <= len(days) else None)
        if pick is not None and pick > after:
            return pick
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return None


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def monthly_dates(text: str, order_date: date | None) -> list[tuple[FoundDate, str]]:
    """A date that recurs each month ("on the 15th of each month"): its first after the order.

    Read like "every sixty days, beginning ...": the item is dated by its first occurrence,
    and a note (:data:`MONTHLY_NOTE`) says it recurs. Words that give the first date
    themselves ("..., beginning March 15, 2026") are left to :func:`deadline_dates`.

    Args:
        text: The words.
        order_date: The order's date; without it the date is None.

    Returns:
        Each first date with the words that set it.
    """
    out: list[tuple[FoundDate, str]] = []
    for m in _MONTHLY.finditer(text):
        if re.match(r",? (?:beginning|starting|commencing)\b(?! in\b)", text[m.end():],
                    re.IGNORECASE):
            continue
        after = order_date
        month = _FROM_MONTH.search(text)
        if month and order_date:
            # "Beginning in April 2026, ... on the first business day of each month": the first
            # falls in that month.
            number = _MONTH_NUMBER[month.group("m")[:3].lower()]
            year = int(month.group("y")) if month.group("y") else (
                order_date.year + (number < order_date.month))
            after = max(order_date, date(year, number, 1).fromordinal(
                date(year, number, 1).toordinal() - 1))
        value = _next_monthly(m, after) if after else None
        words = " ".join(m.group(0).split())
        out.append((FoundDate(value, words, m.start(), m.end(), year_given=False), words))
    return out


#: "within 30 days after the end of each calendar quarter": a period from an end that recurs.
_PERIOD_END = re.compile(
    r"(?:the )?(?:end|close|last day) of (?:each|every) (?:calendar |fiscal )?(?P<u>quarter|"
    r"month)", re.IGNORECASE)

#: The note a date counted from each quarter's or month's end carries.
PERIOD_END_NOTE = ("recurs each {unit} ({words}): the first such date after the order is given; "
                   "the later ones follow each {unit}")


def is_period_end(words: str) -> bool:
    """Whether a date's words count from the end of each quarter or month."""
    return bool(_PERIOD_END.search(words))


def _first_after_period_end(unit: str, days: int, after: date) -> date | None:
    """The first date ``days`` after a quarter's (or month's) end that falls after ``after``."""
    months = (3, 6, 9, 12) if unit.lower() == "quarter" else tuple(range(1, 13))
    for year in (after.year - 1, after.year, after.year + 1):
        for month in months:
            nxt = date(year + (month == 12), month % 12 + 1, 1)
            due = date.fromordinal(nxt.toordinal() - 1 + days)
            if due > after:
                return due
    return None


def period_end_dates(periods: list[Period], order_date: date | None
                     ) -> tuple[list[Period], list[tuple[FoundDate, str]]]:
    """Periods counted from each quarter's or month's end, dated like a monthly schedule.

    "within 30 days after the end of each calendar quarter" recurs: the item is dated by its
    first such date after the order, with :data:`PERIOD_END_NOTE`.

    Args:
        periods: The periods found.
        order_date: The order's date; without it the date is None.

    Returns:
        The other periods, and each recurring one as a date with its words.
    """
    keep: list[Period] = []
    found: list[tuple[FoundDate, str]] = []
    for p in periods:
        m = _PERIOD_END.fullmatch(p.event.strip())
        if m is None or p.days is None or p.court_days or p.direction is not Direction.AFTER:
            keep.append(p)
            continue
        value = _first_after_period_end(m.group("u"), p.days, order_date) if order_date else None
        words = " ".join(p.words.split())
        found.append((FoundDate(value, words, p.start, p.end, year_given=False), words))
    return keep, found


def deadline_dates(text: str, order_date: date | None) -> list[tuple[FoundDate, str]]:
    """Dates in ``text`` introduced as deadlines ("by May 2, 2014", "on or before ...").

    Args:
        text: The words.
        order_date: The order's date, for dates without a year.

    Returns:
        Each date with the words that set it ("on or before January 29, 2016").
    """
    out: list[tuple[FoundDate, str]] = []
    for found in find_dates(text, order_date):
        before = text[max(0, found.start - 60): found.start]
        if out and re.fullmatch(r",? (?:and|or) |, ", text[out[-1][0].end:found.start]):
            # "By January 31 and July 31 of each year": the listed dates share the "by".
            out.append((found, found.text))
            continue
        m = _DEADLINE_PREP.search(before)
        if m is None and _DEADLINE_IS.search(before) and _DEADLINE_NOUN.search(
                text[: found.start]):
            m = _DEADLINE_IS.search(before)
        if m is None:
            # "a joint status report every 60 days, beginning May 29, 2026": the first one.
            m = _FIRST_OF_SERIES.search(before)
        if m is None and _BARRED_AFTER.search(before) and re.search(
                r"\b(?:no|not|only)\b", text[: found.start], re.IGNORECASE):
            # "no motions ... may be filed after 4/3/2026": the last day is the date.
            m = _BARRED_AFTER.search(before)
        if m and m.group(0).lower().lstrip().startswith(("through", "to ", "until")) and \
                _RANGE_FROM.search(before[: m.start()]):
            continue  # "records from January 1, 2023 through December 31, 2024": a range
        if m and not (re.fullmatch(r"On,? ?", m.group(0)) and not before[: m.start()].strip()) \
                and not (re.fullmatch(r"on,? ?", m.group(0).lower().lstrip())
                         and _PAST_ON.search(before[: m.start()])):
            words = before[m.start():] + found.text
            out.append((found, " ".join(words.split())))
    taken = [(f.start, f.end) for f, _ in out]
    out.extend(item for item in monthly_dates(text, order_date)
               if not any(a < item[0].end and item[0].start < b for a, b in taken))
    out.sort(key=lambda item: item[0].start)
    return out


# "currently set for April 3, 2026": the date being moved, unless it "remains set".
_WAS_SET = re.compile(r"\b(?:currently|presently|previously|originally|formerly|now)(?: (?:set|"
                      r"scheduled|calendared|due))?(?: (?:for|on))? ?$", re.IGNORECASE)
_STILL_SET = re.compile(r"[^.;]{0,80}?\b(?:remains?|shall remain|will remain|is not changed|"
                        r"stands)\b", re.IGNORECASE)


def set_dates(text: str, order_date: date | None) -> list[FoundDate]:
    """Dates a notice sets ("the hearing is set for March 3, 2016").

    Args:
        text: The words.
        order_date: The order's date.

    Returns:
        The dates.
    """
    out = []
    for found in find_dates(text, order_date):
        before = text[max(0, found.start - 150): found.start]
        if _WAS_SET.search(before) and not _STILL_SET.search(text, found.end):
            continue  # "the deadline, currently set for April 3, 2026, is extended": the old date
        if _SET_PREP.search(before[-40:]) or _SET_PREP.search(before):
            out.append(found)
    return out
