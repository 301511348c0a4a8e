"""Deadlines as an iCalendar file (RFC 5545) the user's own calendar keeps up to date.

One all-day VEVENT per dated obligation (the Joint Statement once, at its binding date), plus
one for the last day to hold the conference while none is recorded (../shared/CLI.md). Each
event's DESCRIPTION holds the explanation: who acts, the counting steps with their rules,
and the order's own words with page and lines.

Calendars that honour UID and SEQUENCE (Outlook, Apple Calendar, Thunderbird) update an
event in place when a file is imported again. So:

- a UID is stable: ``<obligation id>-<matter id>@meetconfer``;
- SEQUENCE grows when the event's content changes. It cannot be derived from the content
  alone (a hash is not monotonic), so the caller passes the previous export's state
  (``previous``: uid -> ``EventState``, which ``CalendarExport.state`` returns and
  ``previous_state`` reads back from an earlier file). With no previous state every SEQUENCE
  is 0; an unchanged event keeps its number;
- an event the previous export held that no longer applies (the conference deadline once a
  conference is recorded, an item marked not applicable) is sent again with
  STATUS:CANCELLED and a higher SEQUENCE.

Deadlines are all-day events, except one whose order states a time of day beside its date
("by no later than 5:00 p.m. on Friday, March 22, 2024"): that one starts at the stated time
in the court's own time zone (a VTIMEZONE is included). The calendar names the court's zone
(X-WR-TIMEZONE) and each description says it, so "the last day ends at midnight" is read in
the court's time, not the user's.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import NamedTuple
from zoneinfo import ZoneInfo

from meetconfer_gui import __version__
from meetconfer_gui.domain.dates import MONTHS, long_date
from meetconfer_gui.domain.deadlines import Step
from meetconfer_gui.domain.obligations import Quote, who_label
from meetconfer_gui.domain.schedule import Schedule, ScheduledItem, Status
from meetconfer_gui.export.names import case_display_name

CONFERENCE_BY = "conference_by"
PRODID = f"-//meetconfer//meetconfer {__version__}//EN"
CONFIRMED, CANCELLED = "CONFIRMED", "CANCELLED"


class EventState(NamedTuple):
    """What an export said about one event, to number the next export's SEQUENCE.

    A plain ``(sequence, digest)`` pair is accepted wherever an ``EventState`` is.
    """

    sequence: int
    digest: str
    start: str = ""  # ISO date, to date a cancellation
    summary: str = ""


@dataclass(frozen=True, slots=True)
class CalendarEvent:
    """One VEVENT as exported.

    Attributes:
        uid: Stable id.
        obligation_id: The obligation (or ``conference_by``).
        summary: The title.
        description: The explanation.
        start: The all-day date.
        status: CONFIRMED or CANCELLED.
        sequence: The SEQUENCE number.
        digest: A digest of the content (what a change of SEQUENCE is judged by).
        at: The time of day the order states for the deadline, in the court's zone; None
            for an all-day event.
    """

    uid: str
    obligation_id: str
    summary: str
    description: str
    start: date
    status: str
    sequence: int
    digest: str
    at: datetime | None = None

    @property
    def state(self) -> EventState:
        """The event's state for the next export."""
        return EventState(self.sequence, self.digest, self.start.isoformat(), self.summary)


@dataclass(frozen=True, slots=True)
class CalendarExport:
    """An exported calendar: the file's bytes, its events and the state to keep."""

    data: bytes
    events: tuple[CalendarEvent, ...]
    state: dict[str, EventState] = field(default_factory=dict)

    def event(self, obligation_id: str) -> CalendarEvent | None:
        """The event of an obligation, if exported."""
        return next((e for e in self.events if e.obligation_id == obligation_id), None)


def event_uid(matter_id: str, obligation_id: str) -> str:
    """The stable UID of an obligation's event.

    Args:
        matter_id: The matter's store id.
        obligation_id: The obligation's id (or ``conference_by``).

    Returns:
        ``<obligation>-<matter>@meetconfer``, with characters other than letters, digits,
        ``.``, ``_`` and ``-`` replaced.
    """
    safe = re.sub(r"[^A-Za-z0-9._-]", "-", matter_id) or "matter"
    return f"{obligation_id}-{safe}@meetconfer"


_CLOCK = r"(\d{1,2})(?::(\d{2}))?\s*([ap])\.?\s*m\b\.?|\b(noon)\b"


def _date_patterns(day: date) -> list[str]:
    """Ways an order writes a date: "March 22, 2024", "22 March 2024", "3/22/2024"."""
    month = MONTHS[day.month - 1]
    return [rf"{month}\s+{day.day},?\s+{day.year}", rf"{day.day}\s+{month},?\s+{day.year}",
            rf"0?{day.month}/0?{day.day}/(?:{day.year}|{day.year % 100:02d})\b"]


def stated_time(quotes: Sequence[Quote], day: date) -> time | None:
    """The time of day an order states beside a deadline's date, if any.

    Only a time written right before the date ("by 5:00 p.m. on Friday, March 22, 2024") or
    right after it ("March 22, 2024, at noon") counts: a time elsewhere in the sentence may
    belong to something else (a conference "at 11:00 a.m.").

    Args:
        quotes: The order's words for the item.
        day: The deadline's date.

    Returns:
        The time, or None.
    """
    for q in quotes:
        text = " ".join(q.text.split())
        for pattern in _date_patterns(day):
            for when in (rf"(?:{_CLOCK})[^.;]{{0,30}}?{pattern}",
                         rf"{pattern}[^.;]{{0,12}}?(?:{_CLOCK})"):
                found = re.search(when, text, re.I)
                if found is None:
                    continue
                hour, minute, half, noon = found.group(1, 2, 3, 4)
                if noon:
                    return time(12, 0)
                h = int(hour) % 12 + (12 if half.lower() == "p" else 0)
                m = int(minute or 0)
                if 0 <= h < 24 and 0 <= m < 60:
                    return time(h, m)
    return None


def _zone_line(schedule: Schedule) -> str:
    d = schedule.matter.district
    line = f"Court's time zone: {d.tz_label} ({d.timezone})"
    return line + (f"; {d.tz_note}" if d.tz_note else "")


def _quote_line(q: Quote) -> str:
    return f'The order ({q.reference}): "{q.text}"'


def _steps(steps: Sequence[Step]) -> list[str]:
    return [f"- {s.day.isoformat()}: {s.text}" + (f" [{s.rule}]" if s.rule else "")
            for s in steps]


def _case(schedule: Schedule) -> str:
    m = schedule.matter
    parts = [case_display_name(m.case_name) or m.name]
    if m.case_number:
        parts.append(m.case_number)
    return ", ".join(parts) + f" ({m.district.abbreviation})"


def _describe_item(schedule: Schedule, it: ScheduledItem) -> str:
    m = schedule.matter
    ob = it.obligation
    due = it.due
    assert due is not None  # noqa: S101 - only dated items are exported
    lines = [ob.title_for(m.perspective), f"Case: {_case(schedule)}",
             f"Who: {who_label(ob.who, m.perspective)}", f"Due: {long_date(due)}"]
    if it.latest and it.latest != due:
        lines.append(f"Another reading of the law gives {long_date(it.latest)}; the earlier "
                     "date is the one to meet.")
    if it.why:
        lines.append(it.why)
    if len(it.clocks) > 1:
        lines.append("Clocks:")
        for c in it.clocks:
            when = long_date(c.due) if c.due else "not started"
            mark = " (binds)" if c.name == it.binding else ""
            lines.append(f"- {c.rule.describe()}: {when}{mark}; {c.basis}")
    if it.result and it.result.steps:
        lines.append("How it was counted:")
        lines += _steps(it.result.steps)
    if it.cutoff:
        lines.append(f"Filing cut-off: {it.cutoff}.")
    lines.append(_zone_line(schedule))
    if it.completion:
        by = f" by {it.completion.by}" if it.completion.by else ""
        lines.append(f"Done {long_date(it.completion.on)}{by}.")
    lines += [_quote_line(q) for q in ob.quotes]
    if ob.explain:
        lines.append(f"In plain words: {ob.explain}")
    return "\n".join(lines)


def _describe_conference_by(schedule: Schedule, day: date) -> str:
    lines = ["Last day to hold the meet-and-confer conference", f"Case: {_case(schedule)}",
             f"Hold it by: {long_date(day)}", _zone_line(schedule)]
    meet = schedule.find("meet_and_confer")
    st = schedule.statement
    if meet is not None and meet.why:
        lines.append(meet.why)
    elif st is not None and st.due:
        lines.append(f"A conference on this day leaves the Joint Statement's clock ending by "
                     f"{long_date(st.due)}.")
    if schedule.conference_by_result and schedule.conference_by_result.steps:
        lines.append("How it was counted (from a conference on this day):")
        lines += _steps(schedule.conference_by_result.steps)
    quotes = list(meet.obligation.quotes) if meet else []
    if st is not None:
        quotes += [q for q in st.obligation.quotes if q not in quotes][:1]
    lines += [_quote_line(q) for q in quotes]
    if meet is not None and meet.obligation.explain:
        lines.append(f"In plain words: {meet.obligation.explain}")
    return "\n".join(lines)


def _digest(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:20]


def _cancel_reason(schedule: Schedule, obligation_id: str) -> str:
    m = schedule.matter
    if obligation_id == CONFERENCE_BY:
        # No date here: moving the conference must not touch this event again.
        return "A conference is recorded: the last day to hold one no longer applies."
    if obligation_id in m.not_applicable:
        return "Marked as not applying to this matter."
    it = schedule.find(obligation_id)
    if it is None:
        return "This item is no longer part of the matter."
    return "This item no longer has a date."


def _sequence(previous: EventState | None, digest: str) -> int:
    if previous is None:
        return 0
    return previous.sequence if previous.digest == digest else previous.sequence + 1


def build_calendar(schedule: Schedule, *,
                   previous: Mapping[str, EventState | tuple[int, str]] | None = None,
                   alarm_days: Sequence[int] = (7, 1), alarm_hour: int | None = 9,
                   stamp: datetime | None = None) -> CalendarExport:
    """Build the calendar of a schedule.

    Args:
        schedule: The computed schedule.
        previous: The last export's state (uid -> ``EventState`` or ``(sequence, digest)``);
            None or empty for a first export (every SEQUENCE 0).
        alarm_days: Reminders, in days before each date (7 and 1 by default).
        alarm_hour: The hour of the reminder on that day (9 a.m.); None: at midnight.
        stamp: DTSTAMP (default: now, UTC).

    Returns:
        The calendar's bytes, its events and the state to pass next time.
    """
    from icalendar import Alarm, Calendar, Event

    m = schedule.matter
    prev = {uid: EventState(*value) for uid, value in (previous or {}).items()}
    now = (stamp or datetime.now(UTC)).astimezone(UTC)
    days = tuple(sorted({int(d) for d in alarm_days if int(d) >= 0}, reverse=True))
    events: list[CalendarEvent] = []
    short = case_display_name(m.case_name) or m.name

    zone = ZoneInfo(m.district.timezone)
    # (obligation id, summary, description, day, time of day or None)
    wanted: list[tuple[str, str, str, date, datetime | None]] = []
    for it in schedule.items:
        if it.due is None or it.status is Status.NOT_APPLICABLE:
            continue
        title = it.obligation.title_for(m.perspective)
        prefix = "Done: " if it.completion else ""
        description = _describe_item(schedule, it)
        clock = stated_time(it.obligation.quotes, it.due) if not it.lock else None
        at = datetime.combine(it.due, clock, zone) if clock is not None else None
        if at is not None:
            half = "a.m." if at.hour < 12 else "p.m."
            description += (f"\nThe order states a time: {at.hour % 12 or 12}:{at.minute:02d} "
                            f"{half} {m.district.tz_label} time.")
        wanted.append((it.id, f"{prefix}{short}: {title}", description, it.due, at))
    if schedule.conference_by is not None:
        wanted.append((CONFERENCE_BY, f"{short}: last day to hold the meet-and-confer "
                       "conference", _describe_conference_by(schedule, schedule.conference_by),
                       schedule.conference_by, None))

    alarms_sig = f"{days}@{alarm_hour}"
    for oid, summary, description, day, at in wanted:
        uid = event_uid(m.id, oid)
        when = at.isoformat() if at is not None else day.isoformat()
        digest = _digest(summary, when, description, CONFIRMED, alarms_sig)
        events.append(CalendarEvent(uid, oid, summary, description, day, CONFIRMED,
                                    _sequence(prev.get(uid), digest), digest, at))

    current = {e.uid for e in events}
    by_uid = {event_uid(m.id, ob.id): ob.id for ob in m.obligations}
    by_uid[event_uid(m.id, CONFERENCE_BY)] = CONFERENCE_BY
    for uid, state in prev.items():
        if uid in current:
            continue
        oid = by_uid.get(uid, uid.split("@")[0])
        found = schedule.find(oid)
        if found is not None and found.due is not None:
            day = found.due
        elif state.start:
            day = date.fromisoformat(state.start)
        else:
            day = schedule.today
        base = state.summary.removeprefix("Cancelled: ") or oid
        summary = f"Cancelled: {base}"
        description = _cancel_reason(schedule, oid)
        digest = _digest(summary, day.isoformat(), description, CANCELLED)
        events.append(CalendarEvent(uid, oid, summary, description, day, CANCELLED,
                                    _sequence(state, digest), digest))

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", f"{m.name} - deadlines")
    cal.add("x-wr-timezone", m.district.timezone)
    for ev in events:
        vevent = Event()
        vevent.add("uid", ev.uid)
        vevent.add("dtstamp", now)
        if ev.at is not None:
            vevent.add("dtstart", ev.at)
            vevent.add("dtend", ev.at)  # a deadline: a moment, not a span
        else:
            vevent.add("dtstart", ev.start)
            vevent.add("dtend", ev.start + timedelta(days=1))
        vevent.add("summary", ev.summary)
        vevent.add("description", ev.description)
        vevent.add("sequence", ev.sequence)
        vevent.add("status", ev.status)
        vevent.add("transp", "TRANSPARENT")
        vevent.add("x-meetconfer-obligation", ev.obligation_id)
        vevent.add("x-meetconfer-digest", ev.digest)
        if ev.status == CONFIRMED:
            for n in days:
                alarm = Alarm()
                alarm.add("action", "DISPLAY")
                when = "today" if n == 0 else f"in {n} day{'s' if n != 1 else ''}"
                alarm.add("description", f"{ev.summary} - {when} ({long_date(ev.start)})")
                offset = timedelta(days=-n)
                if alarm_hour is not None and ev.at is None:
                    offset += timedelta(hours=alarm_hour)
                alarm.add("trigger", offset)
                vevent.add_component(alarm)
        cal.add_component(vevent)
    timed = [ev.at for ev in events if ev.at is not None]
    if timed:
        first = min(timed).date().replace(month=1, day=1)
        cal.add_missing_timezones(first_date=first, last_date=first.replace(year=first.year + 2))
    return CalendarExport(cal.to_ical(), tuple(events), {e.uid: e.state for e in events})


def previous_state(data: bytes | str) -> dict[str, EventState]:
    """Read the state of an earlier export back from its file.

    Args:
        data: The earlier ``.ics`` file's content.

    Returns:
        uid -> state, for every VEVENT (an event without meetconfer's digest counts as
        changed next time).
    """
    from icalendar import Calendar

    cal = Calendar.from_ical(data)
    out: dict[str, EventState] = {}
    for ev in cal.walk("VEVENT"):
        uid = str(ev.get("uid", ""))
        if not uid:
            continue
        seq = int(ev.get("sequence", 0))
        digest = str(ev.get("x-meetconfer-digest", ""))
        start = ev.get("dtstart")
        day = start.dt if start is not None else None
        iso = day.isoformat()[:10] if isinstance(day, date) else ""
        out[uid] = EventState(seq, digest, iso, str(ev.get("summary", "")))
    return out


def write_ics(schedule: Schedule, path: str | Path, *, alarm_days: Sequence[int] = (7, 1),
              alarm_hour: int | None = 9, stamp: datetime | None = None,
              previous: Mapping[str, EventState | tuple[int, str]] | None = None,
              ) -> CalendarExport:
    """Write the calendar to a file, continuing the SEQUENCE numbers of the file it replaces.

    Args:
        schedule: The computed schedule.
        path: The ``.ics`` file. If it exists and ``previous`` is None, its events are the
            previous state, so exporting over the same file updates the same events.
        alarm_days: Reminders, in days before each date.
        alarm_hour: The hour of the reminders.
        stamp: DTSTAMP (default: now).
        previous: The previous state, if the caller keeps it.

    Returns:
        The export.
    """
    out = Path(path)
    if previous is None and out.is_file():
        try:
            previous = previous_state(out.read_bytes())
        except ValueError:
            previous = None  # not a calendar we can read: start afresh
    export = build_calendar(schedule, previous=previous, alarm_days=alarm_days,
                            alarm_hour=alarm_hour, stamp=stamp)
    out.write_bytes(export.data)
    return export


def state_to_json(state: Mapping[str, EventState]) -> dict[str, list[object]]:
    """The state as JSON-ready data (for a store to keep between exports).

    Args:
        state: uid -> state.

    Returns:
        uid -> [sequence, digest, start, summary].
    """
    return {uid: list(s) for uid, s in state.items()}


def state_from_json(data: Mapping[str, Sequence[object]]) -> dict[str, EventState]:
    """Read state written by ``state_to_json``.

    Args:
        data: uid -> [sequence, digest, start, summary].

    Returns:
        uid -> state.
    """
    out: dict[str, EventState] = {}
    for uid, v in data.items():
        items = [*list(v), "", "", "", ""]
        out[uid] = EventState(int(str(items[0] or 0)), str(items[1]), str(items[2]),
                              str(items[3]))
    return out
