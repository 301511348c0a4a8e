"""Counting a period under FRCP 6(a) and 6(d), with every step explained.

The method (FRCP 6(a)(1), as amended 2009; 6(d) as amended 2016):

1. Exclude the day of the event that triggers the period (6(a)(1)(A)).
2. Count every day, weekends and legal holidays included (6(a)(1)(B)); or, when the order or
   a local rule counts in court days, count only days that are none of these.
3. Include the last day; if it is a Saturday, Sunday or legal holiday, the period runs to the
   next day that is none of these (6(a)(1)(C)), forward for a period after an event and
   backward for one before an event (6(a)(5)).
4. If the clerk's office is inaccessible on the last day, the period runs to the first
   accessible day that is not a Saturday, Sunday or legal holiday, forward in both directions
   (6(a)(3); 2009 Committee Note).
5. After service by mail, by leaving with the clerk or by other consented means, 3 days are
   added after the period would otherwise expire under 6(a), and the result rolls again
   (6(d)). Electronic service adds nothing since December 1, 2016; before that it added 3
   days, so a period triggered by electronic service before then has two readings.

Where a disputed day decides the result, every reading is computed, the earliest is the
deadline to meet (``due``), and the latest is shown beside it with the reading behind it.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from meetconfer_gui.domain.calendars import (
    FIRST_YEAR,
    LAST_YEAR,
    CalendarChoices,
    Closure,
    CourtCalendar,
    CourtHoliday,
    Direction,
    court_calendar,
)
from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.errors import DomainError

#: Rule 6(d) stopped adding 3 days for electronic service on this date.
E_SERVICE_AMENDMENT = date(2016, 12, 1)
#: Rule 6(a)'s present method took effect on this date.
TIME_COMPUTATION_AMENDMENT = date(2009, 12, 1)
MAX_DAYS = 3650

# A batch counts the same few thousand days over and over: their words are made once.
# Both caches are bounded; the keys are dates, so every entry is a few dozen bytes.
_long = functools.lru_cache(maxsize=32768)(long_date)
_iso = functools.lru_cache(maxsize=32768)(date.isoformat)


class Service(StrEnum):
    """How the paper that starts a period was served (FRCP 5(b)(2))."""

    MAIL = "mail"  # 5(b)(2)(C): 6(d) adds 3 days
    ELECTRONIC = "electronic"  # 5(b)(2)(E): nothing added since Dec 1, 2016
    PERSONAL = "personal"  # 5(b)(2)(A)-(B): nothing added
    CLERK = "clerk"  # 5(b)(2)(D): 6(d) adds 3 days
    CONSENTED = "consented"  # 5(b)(2)(F): 6(d) adds 3 days

    @property
    def phrase(self) -> str:
        """How the method reads in a sentence."""
        return {
            Service.MAIL: "served by mail (FRCP 5(b)(2)(C))",
            Service.ELECTRONIC: "served electronically (FRCP 5(b)(2)(E))",
            Service.PERSONAL: "served personally (FRCP 5(b)(2)(A)-(B))",
            Service.CLERK: "served by leaving it with the clerk (FRCP 5(b)(2)(D))",
            Service.CONSENTED: "served by other means the party consented to (FRCP 5(b)(2)(F))",
        }[self]

    @property
    def adds_three_days(self) -> bool:
        """Whether FRCP 6(d) as in force today adds 3 days for this method."""
        return self in (Service.MAIL, Service.CLERK, Service.CONSENTED)


class StepKind(StrEnum):
    """The kinds of counting step (the JSON ``kind`` values of ../CLI.md)."""

    TRIGGER = "trigger"
    COUNT = "count"
    LANDED = "landed"
    SKIP = "skip"
    SERVICE_DAYS = "service_days"
    CLOSED = "closed"
    DUE = "due"


@dataclass(frozen=True, slots=True)
class Step:
    """One step of a count, in plain English, with the rule it applies."""

    day: date
    kind: StepKind
    text: str
    rule: str

    def to_json(self) -> dict[str, str]:
        """The step as ``{"date", "kind", "text", "rule"}``."""
        return {"date": _iso(self.day), "kind": self.kind._value_, "text": self.text,
                "rule": self.rule}


def _steps_json(steps: tuple[Step, ...]) -> list[dict[str, str]]:
    """``[step.to_json() for step in steps]``, inlined: a batch writes millions of steps."""
    return [{"date": _iso(s.day), "kind": s.kind._value_, "text": s.text, "rule": s.rule}
            for s in steps]


@dataclass(frozen=True, slots=True)
class PeriodRequest:
    """A period to count.

    Attributes:
        trigger: The day of the event that starts the period.
        days: How many days (1 or more).
        direction: After the event, or before it (a hearing).
        court_days: Count only days that are not weekends or legal holidays.
        service: How the triggering paper was served, when 6(d) may apply.
    """

    trigger: date
    days: int
    direction: Direction = Direction.AFTER
    court_days: bool = False
    service: Service | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.trigger, date):
            raise DomainError("the trigger must be a date")
        if not FIRST_YEAR <= self.trigger.year <= LAST_YEAR:
            # Also keeps the count inside the dates Python can represent (years 1-9999).
            raise DomainError(
                f"the trigger date {self.trigger.isoformat()} is outside the years this app "
                f"counts ({FIRST_YEAR}-{LAST_YEAR})")
        if isinstance(self.days, bool) or not isinstance(self.days, int):
            raise DomainError("the number of days must be a whole number, e.g. 21")
        if self.days < 1:
            raise DomainError(f"the number of days must be 1 or more, not {self.days}")
        if self.days > MAX_DAYS:
            raise DomainError(f"the number of days must be at most {MAX_DAYS}, not {self.days}")
        if self.service is not None and self.direction is Direction.BEFORE:
            raise DomainError(
                "a service method applies only to a period after service: Rule 6(d) adds days "
                "to periods that run after being served, never to periods before an event"
            )


@dataclass(frozen=True, slots=True)
class Reading:
    """One way of reading the law, and the date it gives."""

    due: date
    assumes: str
    steps: tuple[Step, ...]

    def to_json(self) -> dict[str, object]:
        """The reading as ``{"due", "assumes", "steps"}``."""
        return {"due": _iso(self.due), "assumes": self.assumes,
                "steps": _steps_json(self.steps)}


@dataclass(frozen=True, slots=True)
class PeriodResult:
    """A counted period: the deadline to meet, how it was counted, and any other reading.

    Attributes:
        request: What was counted.
        due: The deadline to meet: the earliest date any reading gives.
        steps: How ``due`` was counted, in order.
        readings: Every distinct reading, earliest first, when readings differ; else empty.
        notes: Cautions that do not change the date (counting under a rule changed since).
        state: The state whose days counted, or None.
    """

    request: PeriodRequest
    due: date
    steps: tuple[Step, ...]
    readings: tuple[Reading, ...] = ()
    notes: tuple[str, ...] = ()
    state: str | None = None

    @property
    def latest(self) -> date | None:
        """The latest date a reading gives, when readings differ."""
        return self.readings[-1].due if self.readings else None

    @property
    def disputed(self) -> bool:
        """Whether readings of the law give different dates."""
        return bool(self.readings)

    def explanation(self) -> str:
        """The steps as a paragraph a person reads."""
        return " ".join(s.text for s in self.steps)

    def to_json(self) -> dict[str, object]:
        """The result object of ``meetconfer count --json`` (../CLI.md)."""
        req = self.request
        out: dict[str, object] = {
            "due": _iso(self.due),
            "due_long": _long(self.due),
        }
        if self.readings:
            out["latest"] = _iso(self.readings[-1].due)
            out["readings"] = [r.to_json() for r in self.readings]
        out["steps"] = _steps_json(self.steps)
        out["trigger"] = _iso(req.trigger)
        out["days"] = req.days
        out["direction"] = req.direction._value_
        out["court_days"] = req.court_days
        out["state"] = self.state
        out["service"] = req.service._value_ if req.service is not None else None
        if self.notes:
            out["notes"] = list(self.notes)
        return out


_ROLL_AFTER = "FRCP 6(a)(1)(C)"
_ROLL_BEFORE = "FRCP 6(a)(1)(C), 6(a)(5)"
_DEFAULT_REASON = Closure(date.min).reason  # what a closure entered without a reason says
_SATURDAY = ("Saturday", "FRCP 6(a)(1)(C)")
_SUNDAY = ("Sunday", "FRCP 6(a)(1)(C)")
_NEXT_DAY = timedelta(days=1)
_PREVIOUS_DAY = timedelta(days=-1)
_NO_DAYS: frozenset[date] = frozenset()


# Steps are immutable values, so a step that depends only on a day (and the words it gives)
# is made once and shared by every count that passes that day. Bounded; keys are small.
_shared_step = functools.lru_cache(maxsize=16384)


@_shared_step
def _trigger_step(day: date) -> Step:
    return Step(day, StepKind.TRIGGER,
                f"The period starts from {_long(day)}; that day is not counted.",
                "FRCP 6(a)(1)(A)")


@_shared_step
def _due_step(day: date) -> Step:
    return Step(day, StepKind.DUE, f"Due {_long(day)}.", "FRCP 6(a)(4)")


@_shared_step
def _roll_step(day: date, what: str, name: str, towards: str, rule: str) -> Step:
    return Step(day, StepKind.SKIP,
                f"{_long(day)} is not a day {what} can end: {name}. "
                f"The period runs to the {towards} day.", rule)


@_shared_step
def _court_skip_step(day: date, name: str, rule: str) -> Step:
    return Step(day, StepKind.SKIP, f"{_long(day)} is not counted as a court day: {name}.",
                rule)


@dataclass(slots=True)
class _Pass:
    """One count under one set of assumptions."""

    due: date
    steps: list[Step]
    undecided: list[CourtHoliday]


class _Counter:
    """Counts one request under one set of assumptions about disputed days."""

    __slots__ = ("assume", "cal", "choices", "old_e_service", "req", "steps", "undecided")

    def __init__(self, req: PeriodRequest, cal: CourtCalendar, choices: CalendarChoices,
                 assume: frozenset[date], old_e_service: bool) -> None:  # noqa: FBT001
        self.req, self.cal, self.choices = req, cal, choices
        self.assume, self.old_e_service = assume, old_e_service
        self.steps: list[Step] = []
        self.undecided: list[CourtHoliday] = []

    def _blocker(self, day: date, direction: Direction) -> tuple[str, str] | None:
        """Why ``day`` cannot end a period (weekend or legal holiday), with the rule; else None."""
        wd = day.weekday()
        if wd >= 5:
            return _SATURDAY if wd == 5 else _SUNDAY
        holiday, undecided = self.cal.classify(day, direction, self.choices)
        if holiday is None:
            if undecided is None:
                return None
            if day not in self.assume:
                # a disputed day this reading does not count: note it for another reading
                if undecided not in self.undecided:
                    self.undecided.append(undecided)
                return None
            holiday = undecided
        return holiday.label(), holiday.rule

    def _roll(self, day: date, direction: Direction, what: str) -> date:
        """Move past weekends and legal holidays (6(a)(1)(C)), recording a step per day."""
        why = self._blocker(day, direction)
        if why is None:
            return day
        after = direction is Direction.AFTER
        delta = _NEXT_DAY if after else _PREVIOUS_DAY
        towards = "next" if after else "previous"
        roll_rule = _ROLL_AFTER if after else _ROLL_BEFORE
        while why is not None:
            name, rule = why
            # a weekend's own rule is the roll's rule: cite it once
            cited = roll_rule if rule == _ROLL_AFTER else f"{roll_rule}; {rule}"
            self.steps.append(_roll_step(day, what, name, towards, cited))
            day += delta
            why = self._blocker(day, direction)
        return day

    def _closure(self, day: date, direction: Direction) -> date:
        """Extend past closure days of the clerk's office, forward (6(a)(3))."""
        closed = self.choices.closed_days
        if day not in closed:
            return day
        while True:
            if day in closed:
                reason = next(c.reason for c in self.choices.closures if c.day == day)
                # the default reason says what the sentence says already
                aside = "" if reason == _DEFAULT_REASON else f" ({reason})"
                self.steps.append(Step(day, StepKind.CLOSED,
                                       f"The clerk's office was inaccessible on {_long(day)}"
                                       f"{aside}: the period is extended to the next "
                                       "accessible day, counting forward.",
                                       "FRCP 6(a)(3)(A)"))
                day += _NEXT_DAY
                continue
            why = self._blocker(day, direction)
            if why is None:
                return day
            self.steps.append(Step(day, StepKind.SKIP,
                                   f"{_long(day)} is not a day the period can end: "
                                   f"{why[0]}.", f"FRCP 6(a)(3)(A); {why[1]}"))
            day += _NEXT_DAY

    def _count_court_days(self, direction: Direction) -> date:
        """Count only days that are not weekends or legal holidays; return the last one."""
        req, cal = self.req, self.cal
        delta = _NEXT_DAY if direction is Direction.AFTER else _PREVIOUS_DAY
        blocker, append = self._blocker, self.steps.append
        listed = cal.listed_days()
        day, n, days, year = req.trigger, 0, req.days, 0
        while n < days:
            day += delta
            wd = day.weekday()
            if wd >= 5:  # most days left out are weekend days: no need to ask the calendar
                append(_court_skip_step(day, "Saturday" if wd == 5 else "Sunday",
                                        "FRCP 6(a)(1)(C)"))
                continue
            if day.year != year:
                year = day.year
                cal.holidays_on(day)  # builds the year's table (or refuses the year)
            if day not in listed:  # a weekday with no holiday at all: a court day
                n += 1
                continue
            why = blocker(day, direction)
            if why is None:
                n += 1
            else:
                append(_court_skip_step(day, why[0], why[1]))
        return day

    def run(self) -> _Pass:
        req = self.req
        d = req.direction
        self.steps.append(_trigger_step(req.trigger))
        if req.court_days:
            day = self._count_court_days(d)
            self.steps.append(Step(day, StepKind.COUNT,
                                   f"Counting {req.days} court days {d._value_} that day, "
                                   "leaving out Saturdays, Sundays and legal holidays, the last "
                                   f"is {_long(day)}.", "order or local rule counting court days"))
            self.steps.append(Step(day, StepKind.LANDED,
                                   f"The count lands on {_long(day)}.", "FRCP 6(a)(1)(C)"))
        else:
            sign = 1 if d is Direction.AFTER else -1
            day = req.trigger + timedelta(days=sign * req.days)
            plural = "day" if req.days == 1 else "days"
            self.steps.append(Step(day, StepKind.COUNT,
                                   f"Counting {req.days} {plural} {d._value_} that day, every "
                                   "day included, weekends and holidays too.",
                                   "FRCP 6(a)(1)(B)"))
            self.steps.append(Step(day, StepKind.LANDED,
                                   f"Day {req.days} is {_long(day)}.", "FRCP 6(a)(1)(C)"))
            day = self._roll(day, d, "the period")
        day = self._closure(day, d)
        service = req.service
        if service is not None and (service.adds_three_days or (
                service is Service.ELECTRONIC and self.old_e_service)):
            end_6a = day
            day = end_6a + timedelta(days=3)
            if service is Service.ELECTRONIC:
                why = ("under Rule 6(d) as it read before December 1, 2016, electronic service "
                       "added 3 days")
                rule = "FRCP 6(d) (before the 2016 amendment)"
            else:
                why = f"the paper was {service.phrase}"
                rule = "FRCP 6(d)"
            self.steps.append(Step(day, StepKind.SERVICE_DAYS,
                                   f"3 days are added after the period would otherwise end on "
                                   f"{_long(end_6a)}, because {why}: {_long(day)}.",
                                   rule))
            day = self._roll(day, Direction.AFTER, "the period")
            day = self._closure(day, Direction.AFTER)
        self.steps.append(_due_step(day))
        return _Pass(day, self.steps, self.undecided)


def _assumption_text(assumed: list[CourtHoliday], ignored: list[CourtHoliday],
                     old_e_service: bool) -> str:  # noqa: FBT001
    parts: list[str] = []
    for h in assumed:
        parts.append(f"{h.name} ({_long(h.day)}) counts as a legal holiday")
    for h in ignored:
        parts.append(f"{h.name} ({_long(h.day)}) is not a legal holiday")
    if old_e_service:
        parts.append("Rule 6(d) as it read before December 1, 2016 applies "
                     "(3 days added for electronic service)")
    if not parts:
        return "Rule 6 as in force today"
    return "; ".join(parts)


_PRE_2009_NOTE = (
    "Counted under Rule 6 as amended December 1, 2009. Periods that began before then were "
    "counted under the earlier rule (for periods under 11 days, weekends and holidays were "
    "left out): check the rule in force.")


def count_period(req: PeriodRequest, cal: CourtCalendar | None = None,
                 choices: CalendarChoices | None = None) -> PeriodResult:
    """Count a period under FRCP 6, with every reading where the law is unsettled.

    Args:
        req: The period.
        cal: The court's calendar; federal legal holidays only if None.
        choices: The matter's decisions on disputed days and its closure days.

    Returns:
        The result: the deadline to meet, its steps, and the other readings if any.

    Raises:
        DomainError: If the dates fall outside the years the app counts.
    """
    cal = cal if cal is not None else court_calendar(None)
    choices = choices if choices is not None else _NO_CHOICES
    notes: list[str] = []
    if req.trigger < TIME_COMPUTATION_AMENDMENT:
        notes.append(_PRE_2009_NOTE)
    old_rule = req.service is Service.ELECTRONIC and req.trigger < E_SERVICE_AMENDMENT
    first = _Counter(req, cal, choices, _NO_DAYS, old_e_service=False).run()
    if not first.undecided and not old_rule:
        # One reading only (the common case): no disputed day met, no older rule to apply.
        return PeriodResult(req, first.due, tuple(first.steps), (), tuple(notes), cal.state)
    passes: list[tuple[_Pass, str]] = []
    for old in (False, True) if old_rule else (False,):
        assumed: list[CourtHoliday] = []
        while True:
            if old or assumed:
                p = _Counter(req, cal, choices, frozenset(h.day for h in assumed), old).run()
            else:
                p = first
            pending = [h for h in p.undecided if h.day not in {a.day for a in assumed}]
            ignored_seen = [h for h in p.undecided if h not in assumed]
            passes.append((p, _assumption_text(assumed, ignored_seen, old)))
            if not pending or len(assumed) > 20:
                break
            assumed.append(pending[0])
    dues = sorted({p.due for p, _ in passes})
    best = min(passes, key=lambda pa: (pa[0].due, len(pa[0].steps)))[0]
    readings: tuple[Reading, ...] = ()
    if len(dues) > 1:
        by_due: dict[date, Reading] = {}
        for p, text in passes:
            by_due.setdefault(p.due, Reading(p.due, text, tuple(p.steps)))
        readings = tuple(by_due[d] for d in dues)
        notes.append(
            f"Readings of the law differ: the deadline to meet is {_long(dues[0])}; "
            f"if {readings[-1].assumes}, it is {_long(dues[-1])}. Filing by the earlier "
            "date is never late.")
    if old_rule:
        notes.append("Electronic service before December 1, 2016: the present Rule 6(d) adds "
                     "no days; the rule then in force added 3. Both are shown.")
    return PeriodResult(req, best.due, tuple(best.steps), readings, tuple(notes), cal.state)


_NO_CHOICES = CalendarChoices()
