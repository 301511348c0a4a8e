"""The schedule: every obligation's date and status, recomputed from the matter's events.

The Joint Statement has two clocks (the sample order, p. 1 lines 14-15 and IT IS ORDERED
paragraph 3): 7 days after the parties' conference, and 30 days after service of the order
on the filing party. Both are shown and the earlier binds. Before a conference is recorded
the app says by when it must be held to leave its 7 days (``conference_by``). A date locked
by hand (a court-granted extension) overrides both and is never recomputed.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from meetconfer_gui.domain.calendars import CourtCalendar, Direction, court_calendar
from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.deadlines import PeriodRequest, PeriodResult, Service, count_period
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import Completion, LockedDate, Matter, Role
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Perspective,
    TriggerKind,
    who_label,
)


class Status(StrEnum):
    """An item's status on a given day (../CLI.md ``status``)."""

    OPEN = "open"
    DONE = "done"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    NOT_APPLICABLE = "not_applicable"

    @property
    def label(self) -> str:
        """The status in words (never shown by colour alone)."""
        return {Status.OPEN: "Open", Status.DONE: "Done", Status.DUE_SOON: "Due soon",
                Status.OVERDUE: "Overdue", Status.NOT_APPLICABLE: "Not applicable"}[self]


AFTER_CONFERENCE = "after_conference"
AFTER_SERVICE = "after_service"


@dataclass(frozen=True, slots=True)
class Clock:
    """One clock of a deadline: the rule, the date it gives, and how.

    Attributes:
        rule: The rule.
        due: The date (None while its trigger has not happened).
        result: The count behind the date.
        basis: What it was counted from, in words, or what it waits for.
        projected: Counted from a date that has not happened yet (a chained deadline).
    """

    rule: DateRule
    due: date | None
    result: PeriodResult | None
    basis: str
    projected: bool = False

    @property
    def name(self) -> str:
        """The clock's stable name."""
        return self.rule.clock


@dataclass(frozen=True, slots=True)
class ScheduledItem:
    """An obligation with its date and status for one day.

    Attributes:
        obligation: The obligation.
        due: The deadline to meet (None for undated items).
        result: The count behind ``due`` (None for a locked or fixed date).
        clocks: Every clock of the item.
        binding: The clock that binds, "locked", or "".
        why: One sentence on which clock binds and why.
        status: Open, done, due soon, overdue, not applicable.
        completion: When and by whom it was done.
        lock: The date fixed by hand, if any.
        target: For an undated duty, the date it must be done by (a linked item's due).
        cutoff: For a filing, when the last day ends.
    """

    obligation: Obligation
    due: date | None
    result: PeriodResult | None
    clocks: tuple[Clock, ...]
    binding: str
    why: str
    status: Status
    completion: Completion | None
    lock: LockedDate | None
    target: date | None
    cutoff: str

    @property
    def id(self) -> str:
        """The obligation's id."""
        return self.obligation.id

    @property
    def latest(self) -> date | None:
        """The latest reading of the due date, where the law is unsettled."""
        return self.result.latest if self.result else None

    @property
    def date_shown(self) -> date | None:
        """The date the checklist shows: the due date, else the target."""
        return self.due or self.target

    def days_left(self, today: date) -> int | None:
        """Days from ``today`` to the date shown (negative when past)."""
        shown = self.date_shown
        return (shown - today).days if shown else None

    def clock(self, name: str) -> Clock | None:
        """A clock by name."""
        return next((c for c in self.clocks if c.name == name), None)


@dataclass(frozen=True, slots=True)
class Schedule:
    """Every item of a matter, dated and with its status on ``today``."""

    matter: Matter
    today: date
    items: tuple[ScheduledItem, ...]
    conference_by: date | None
    conference_by_result: PeriodResult | None
    warnings: tuple[str, ...]

    def item(self, obligation_id: str) -> ScheduledItem:
        """The item with that id."""
        for it in self.items:
            if it.id == obligation_id:
                return it
        raise DomainError(f"no item {obligation_id!r}")

    def find(self, obligation_id: str) -> ScheduledItem | None:
        """The item with that id, or None."""
        return next((it for it in self.items if it.id == obligation_id), None)

    @property
    def statement(self) -> ScheduledItem | None:
        """The Joint Statement's filing item."""
        return self.find("statement_file") or next(
            (it for it in self.items if it.clock(AFTER_CONFERENCE) and it.clock(AFTER_SERVICE)),
            None)

    def open_tasks(self) -> list[ScheduledItem]:
        """Tasks not done and applicable, most urgent first."""
        tasks = [it for it in self.items if it.obligation.kind.is_task
                 and it.status not in (Status.DONE, Status.NOT_APPLICABLE)]
        return sorted(tasks, key=lambda it: (it.date_shown or date.max, it.obligation.kind
                                             is not Kind.DEADLINE))

    def next_step(self) -> ScheduledItem | None:
        """The most urgent open item."""
        tasks = [it for it in self.open_tasks() if it.date_shown is not None]
        return tasks[0] if tasks else None

    def next_step_sentence(self) -> str:
        """The most urgent open item in one sentence, for the banner."""
        it = self.next_step()
        if it is None:
            if self.conference_by is not None:
                return (f"Hold the conference by {long_date(self.conference_by)} to leave the "
                        "7 days the order gives for the Joint Statement.")
            return "Nothing is due: every dated step is done or not applicable."
        persp = self.matter.perspective
        who = who_label(it.obligation.who, persp)
        title = it.obligation.title_for(persp)
        left = it.days_left(self.today)
        shown = it.date_shown
        assert shown is not None  # noqa: S101 - next_step only returns dated items
        if left is None:
            tail = ""
        elif left < 0:
            tail = f" - {-left} day{'s' if left != -1 else ''} overdue"
        elif left == 0:
            tail = " - due today"
        else:
            tail = f" - {left} day{'s' if left != 1 else ''} left"
        by = "by" if it.due else "in time for the Joint Statement, by"
        if it.obligation.kind is not Kind.DEADLINE and who != "you":
            title = f"{title} ({who})"
        return f"{title} {by} {long_date(shown)}{tail}"

    def deadlines_json(self) -> dict[str, str | None]:
        """The ``deadlines`` object of ``meetconfer deadlines --json``."""
        st = self.statement
        out: dict[str, str | None] = {}
        contact = self.find("contact")
        out["contact"] = _iso(contact.due if contact else None)
        out["joint_statement"] = _iso(st.due if st else None)
        ac = st.clock(AFTER_CONFERENCE) if st else None
        asv = st.clock(AFTER_SERVICE) if st else None
        out["joint_statement_after_conference"] = _iso(ac.due if ac else None)
        out["joint_statement_after_service"] = _iso(asv.due if asv else None)
        out["conference_by"] = _iso(self.conference_by)
        return out


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def _acting_party_id(matter: Matter, actor: Actor) -> str | None:
    role = Role.PLAINTIFF if actor is Actor.PLAINTIFF else Role.DEFENDANT
    parties = matter.parties_with(role)
    return parties[0].id if parties else None


def _phrase(c: Clock) -> str:
    """A clock's rule in words; a conference clock also says which session it counts from.

    "7 days after the parties' conference (counted from the first session, Friday, October 13,
    2017; ...)": with several sessions the 7 days run from the first unless a later one is
    marked as concluding the conference (DOMAIN.md), and the reader must see which was used.
    """
    text = c.rule.describe()
    if c.rule.trigger is TriggerKind.CONFERENCE and c.due is not None and c.basis:
        text += f" ({c.basis})"
    return text


class _Builder:
    """Computes one schedule; resolves chained triggers once each."""

    def __init__(self, matter: Matter, today: date, cal: CourtCalendar) -> None:
        self.m, self.today, self.cal = matter, today, cal
        self.items: dict[str, ScheduledItem] = {}
        self._busy: set[str] = set()
        self.warnings: list[str] = []

    def _count(self, trigger: date, rule: DateRule, service: Service | None) -> PeriodResult:
        req = PeriodRequest(trigger, rule.days, rule.direction, rule.court_days,
                            service if rule.service_applies else None)
        return count_period(req, self.cal, self.m.choices)

    def _trigger(self, ob: Obligation, rule: DateRule) -> tuple[date | None, str, Service | None,
                                                               bool]:
        """(trigger date, basis in words, service method, projected)."""
        m, ev = self.m, self.m.events
        t = rule.trigger
        if t is TriggerKind.ORDER_DATE:
            signed = m.order.signed
            return signed, f"the date of the order, {long_date(signed)}", None, False
        if t is TriggerKind.ORDER_ENTRY:
            d = m.order.entered or m.order.signed
            return d, f"the order's entry on the docket, {long_date(d)}", None, False
        if t is TriggerKind.SERVICE:
            pid = _acting_party_id(m, ob.who)
            served = m.order.service_on(pid) if pid else None
            if served is None and m.order.service:
                served = min(m.order.service, key=lambda s: s.served_on)
            if served is None:
                return (m.order.signed, "the order's date (no service is recorded; service "
                        "cannot come earlier)", None, False)
            party = m.party(served.party_id)
            whom = f" on {party.name}" if party else ""
            return (served.served_on, f"service of the order{whom}, "
                    f"{long_date(served.served_on)}, {served.method.value}", served.method, False)
        if t is TriggerKind.CONTACT:
            made = ev.contact_made
            if made:
                return made.on, f"the first contact, {long_date(made.on)}", None, False
            return self._projected("contact", "the first contact")
        if t is TriggerKind.CONFERENCE:
            conf = ev.conference
            if conf is None:
                return None, "waiting for the conference to be recorded", None, False
            n = len(ev.sessions)
            if n > 1 and conf.concluded:
                which = (f"the session marked as concluding the conference, "
                         f"{long_date(conf.held_on)}, of {n} sessions")
            elif n > 1:
                last = max(s.held_on for s in ev.sessions)
                which = f"the first session, {long_date(conf.held_on)}, of {n} sessions"
                if last != conf.held_on:
                    alt = self._count(last, rule, None).due
                    which += (f"; if the last, {long_date(last)}, is marked as concluding the "
                              f"conference, the {rule.days} days run to {long_date(alt)}")
            else:
                which = f"the conference, {long_date(conf.held_on)}"
            return conf.held_on, which, None, False
        if t is TriggerKind.HEARING:
            hearing = m.hearing or rule.fixed
            if hearing is None:
                return None, "waiting for the hearing date", None, False
            return hearing, f"the hearing, {long_date(hearing)}", None, False
        if t is TriggerKind.OBLIGATION and rule.after_obligation:
            oid = rule.after_obligation
            try:
                name = f"'{m.obligation(oid).title_for(m.perspective)}'"
            except DomainError:
                name = f"'{oid}'"
            return self._projected(oid, name)
        return None, "no date", None, False

    def _projected(self, oid: str, what: str) -> tuple[date | None, str, Service | None, bool]:
        other = self.item(oid)
        if other is None:
            return None, f"{what} is not in this matter", None, False
        if other.completion:
            return other.completion.on, f"{what}, done {long_date(other.completion.on)}", None, \
                False
        if other.due:
            return (other.due, f"the deadline of {what}, {long_date(other.due)} (projected: "
                    "counted from the latest day it can happen)", None, True)
        return None, f"waiting for {what}", None, False

    def item(self, oid: str) -> ScheduledItem | None:
        if oid in self.items:
            return self.items[oid]
        if oid in self._busy:
            self.warnings.append(f"the steps chained to '{oid}' form a loop; one is left undated")
            return None
        try:
            ob = self.m.obligation(oid)
        except DomainError:
            return None
        self._busy.add(oid)
        it = self._schedule(ob)
        self._busy.discard(oid)
        self.items[oid] = it
        return it

    def _clock(self, ob: Obligation, rule: DateRule) -> Clock:
        if rule.trigger is TriggerKind.FIXED_DATE and rule.fixed is not None:
            return Clock(rule, rule.fixed, None, "a date set by the order (Rule 6(a) does not "
                         "move a date the court fixes)")
        trigger, basis, service, projected = self._trigger(ob, rule)
        if trigger is None:
            return Clock(rule, None, None, basis)
        result = self._count(trigger, rule, service)
        return Clock(rule, result.due, result, f"counted from {basis}", projected)

    def _done(self, ob: Obligation) -> Completion | None:
        c = self.m.completion(ob.id)
        if c:
            return c
        ev = self.m.events
        if ob.id == "contact" and ev.contact_made:
            return Completion(ob.id, ev.contact_made.on, ev.contact_made.by, "contact log")
        if ob.id == "meet_and_confer" and ev.conference:
            return Completion(ob.id, ev.conference.held_on, "", "conference recorded")
        if ob.id == "further_order" and ev.further_order:
            return Completion(ob.id, ev.further_order.on, "court", "further order recorded")
        if ev.filing and (ob.id == "statement_file" or ob.kind is Kind.CONTENT
                          or ob.id in ("statement_prepare", "statement_sign")):
            return Completion(ob.id, ev.filing.filed_on, "",
                              "Joint Statement filed" + (f", ECF No. {ev.filing.ecf}"
                                                         if ev.filing.ecf else ""))
        return None

    def _schedule(self, ob: Obligation) -> ScheduledItem:
        m = self.m
        clocks = tuple(self._clock(ob, r) for r in ob.rules)
        lock = m.lock(ob.id)
        dated = [c for c in clocks if c.due is not None]
        result: PeriodResult | None = None
        binding, why = "", ""
        due: date | None = None
        if lock:
            due, binding = lock.due, "locked"
            why = (f"The date was fixed by hand ({lock.reason}): {long_date(lock.due)}. It "
                   "overrides the order's clocks and is not recomputed.")
        elif dated:
            first = min(dated, key=lambda c: (c.due or date.max, c.name != AFTER_CONFERENCE))
            due, result, binding = first.due, first.result, first.name
            why = self._why(clocks, first)
        target = None
        if due is None and ob.linked_to:
            linked = self.item(ob.linked_to)
            if linked is not None:
                target = linked.due
        if due is None and ob.id == "meet_and_confer":
            target = None  # set from conference_by by the caller
        completion = self._done(ob)
        status = self._status(ob, due or target, completion)
        cutoff = m.district.filing_cutoff if ob.filing else ""
        return ScheduledItem(ob, due, result, clocks, binding, why, status, completion, lock,
                             target, cutoff)

    def _why(self, clocks: tuple[Clock, ...], first: Clock) -> str:
        if len(clocks) < 2 or first.due is None:
            return ""
        others = [c for c in clocks if c is not first]
        waiting = [c for c in others if c.due is None]
        if waiting and len(clocks) == 2:
            return (f"The clock of {first.rule.describe()} binds ({long_date(first.due)}): "
                    f"the clock of {waiting[0].rule.describe()} starts only when the "
                    "conference is recorded, and the earlier date always binds.")
        other = others[0]
        if other.due == first.due:
            return (f"Both clocks end on {long_date(first.due)}: "
                    f"{_phrase(first)}, and {_phrase(other)}.")
        other_due = long_date(other.due) if other.due else "a later date"
        return (f"The clock of {_phrase(first)} binds: it ends on "
                f"{long_date(first.due)}, before the clock of {_phrase(other)} "
                f"({other_due}), and the earlier date always binds.")

    def _status(self, ob: Obligation, shown: date | None, done: Completion | None) -> Status:
        if ob.id in self.m.not_applicable:
            return Status.NOT_APPLICABLE
        if done is not None:
            return Status.DONE
        if not ob.kind.is_task or shown is None:
            return Status.OPEN
        left = (shown - self.today).days
        if left < 0:
            return Status.OVERDUE
        if left <= self.m.due_soon_days:
            return Status.DUE_SOON
        return Status.OPEN


def _conference_by(b: _Builder, st: ScheduledItem | None) -> tuple[date | None,
                                                                    PeriodResult | None]:
    """The last day a conference can be held so its clock ends by the service clock."""
    if st is None or b.m.events.sessions:
        return None, None
    outer = st.due
    conf_rule = next((c.rule for c in st.clocks if c.rule.trigger is TriggerKind.CONFERENCE),
                     None)
    if outer is None or conf_rule is None:
        return None, None
    day = outer
    floor = b.m.order.signed
    while day >= floor:
        res = b._count(day, conf_rule, None)
        if res.due <= outer:
            return day, res
        day -= timedelta(days=1)
    return None, None


def _why_waiting(st: ScheduledItem, conf_by: date) -> str:
    """The why before any conference: the 30-day clock binds, and by when to confer."""
    conf = st.clock(AFTER_CONFERENCE)
    svc = st.clock(AFTER_SERVICE)
    if conf is None or svc is None or st.due is None:
        return st.why
    return (f"The clock of {svc.rule.describe()} binds ({long_date(st.due)}): the clock of "
            f"{conf.rule.describe()} starts only when the conference is recorded, and it "
            f"ends by then only if the conference is held by {long_date(conf_by)}.")


def compute_schedule(matter: Matter, today: date) -> Schedule:
    """Date every obligation of a matter and give its status on ``today``.

    Args:
        matter: The matter.
        today: The day to compute statuses for (never read from the clock here).

    Returns:
        The schedule.
    """
    d = matter.district
    b = _Builder(matter, today, court_calendar(d.state, d))
    for ob in matter.obligations:
        b.item(ob.id)
    st = b.items.get("statement_file") or next(
        (it for it in b.items.values() if it.clock(AFTER_CONFERENCE) and it.clock(AFTER_SERVICE)),
        None)
    conf_by, conf_res = _conference_by(b, st)
    items = []
    for ob in matter.obligations:
        it = b.items[ob.id]
        if ob.id == "meet_and_confer" and conf_by is not None and it.due is None:
            status = b._status(ob, conf_by, it.completion)
            it = ScheduledItem(ob, None, conf_res, it.clocks, "", (
                f"Hold the conference by {long_date(conf_by)}: its 7-day clock then ends by "
                f"{long_date(st.due)}, the outer limit." if st and st.due else ""),
                status, it.completion, it.lock, conf_by, it.cutoff)
        elif st is not None and it is st and conf_by is not None and st.binding == AFTER_SERVICE:
            it = replace(it, why=_why_waiting(st, conf_by))
        items.append(it)
    warnings = [s.warning for s in matter.events.sessions if s.warning]
    warnings += b.warnings
    return Schedule(matter, today, tuple(items), conf_by, conf_res, tuple(warnings))


def describe_perspective(perspective: Perspective) -> str:
    """A sentence saying whose view the checklist takes."""
    return f"Reading the order as {perspective.label}."


__all__ = [
    "AFTER_CONFERENCE",
    "AFTER_SERVICE",
    "Clock",
    "Direction",
    "Schedule",
    "ScheduledItem",
    "Status",
    "compute_schedule",
]
