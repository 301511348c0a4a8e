"""The calendar file, read back with icalendar: events, dates, alarms, UIDs and SEQUENCE."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from icalendar import Calendar

from meetconfer_gui.domain.matter import ConferenceMethod, ConferenceSession, Matter
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.export.ics import (
    CANCELLED,
    CONFERENCE_BY,
    EventState,
    build_calendar,
    event_uid,
    previous_state,
    state_from_json,
    state_to_json,
    write_ics,
)

TODAY = date(2017, 10, 10)
STAMP = datetime(2017, 10, 10, 12, tzinfo=UTC)


def held(matter: Matter, day: date) -> Matter:
    return matter.with_sessions(
        (ConferenceSession("s", day, ConferenceMethod.TELEPHONE),), None)


def vevents(data: bytes) -> dict[str, Any]:
    cal = Calendar.from_ical(data)
    return {str(e["uid"]): e for e in cal.walk("VEVENT")}


def test_calendar_properties(sample):
    cal: Any = Calendar.from_ical(
        build_calendar(compute_schedule(sample, TODAY), stamp=STAMP).data)
    assert str(cal["version"]) == "2.0"
    assert str(cal["method"]) == "PUBLISH"
    assert str(cal["prodid"]).startswith("-//meetconfer//")


def test_one_event_per_dated_obligation_plus_conference_by(sample):
    schedule = compute_schedule(sample, TODAY)
    events = vevents(build_calendar(schedule, stamp=STAMP).data)
    dated = {it.id: it.due for it in schedule.items if it.due is not None}
    assert set(dated) == {"contact", "statement_file"}
    expected: dict[str, date | None] = {event_uid("sample", oid): due
                                        for oid, due in dated.items()}
    expected[event_uid("sample", CONFERENCE_BY)] = schedule.conference_by
    assert {uid: e["dtstart"].dt for uid, e in events.items()} == expected
    for e in events.values():
        assert isinstance(e["dtstart"].dt, date) and not isinstance(e["dtstart"].dt, datetime)
        assert e["dtend"].dt - e["dtstart"].dt == timedelta(days=1)
        assert e["dtstamp"].dt == STAMP
        assert str(e["status"]) == "CONFIRMED"
    js = events["statement_file-sample@meetconfer"]
    assert js["dtstart"].dt == schedule.item("statement_file").due == date(2017, 11, 3)


def test_description_explains_and_quotes(sample):
    events = vevents(build_calendar(compute_schedule(sample, TODAY), stamp=STAMP).data)
    desc = str(events["statement_file-sample@meetconfer"]["description"])
    assert "FRCP 6(a)(1)(C)" in desc and "How it was counted:" in desc
    assert 'The order (p. 1, lines 14-15): "Within seven (7) days' in desc
    assert "IT IS ORDERED, paragraph 3" in desc
    conf = str(events["conference_by-sample@meetconfer"]["description"])
    assert "Hold it by: Friday, October 27, 2017" in conf
    assert 'The order (p. 2, IT IS ORDERED, paragraph 1)' in conf


def test_alarms_default_and_configurable(sample):
    schedule = compute_schedule(sample, TODAY)
    e = vevents(build_calendar(schedule, stamp=STAMP).data)["contact-sample@meetconfer"]
    triggers = sorted(a["trigger"].dt for a in e.subcomponents)
    assert triggers == [timedelta(days=-7, hours=9), timedelta(days=-1, hours=9)]
    assert all(str(a["action"]) == "DISPLAY" for a in e.subcomponents)
    e2 = vevents(build_calendar(schedule, alarm_days=(3,), alarm_hour=None,
                                stamp=STAMP).data)["contact-sample@meetconfer"]
    assert [a["trigger"].dt for a in e2.subcomponents] == [timedelta(days=-3)]
    e3 = vevents(build_calendar(schedule, alarm_days=(), stamp=STAMP).data)
    assert all(not e.subcomponents for e in e3.values())


def test_uids_stable_and_sequences_unchanged_across_exports(sample):
    first = build_calendar(compute_schedule(sample, TODAY), stamp=STAMP)
    again = build_calendar(compute_schedule(sample, date(2017, 10, 12)),
                           previous=first.state, stamp=STAMP + timedelta(days=2))
    assert set(vevents(first.data)) == set(vevents(again.data))
    assert all(e.sequence == 0 for e in first.events)
    assert all(e.sequence == 0 for e in again.events)  # "today" is not content


def test_changed_conference_changes_only_the_affected_event(sample):
    a = build_calendar(compute_schedule(held(sample, date(2017, 10, 20)), TODAY), stamp=STAMP)
    b = build_calendar(compute_schedule(held(sample, date(2017, 10, 23)), TODAY),
                       previous=a.state, stamp=STAMP)
    ea, eb = vevents(a.data), vevents(b.data)
    assert set(ea) == set(eb) == {"contact-sample@meetconfer",
                                  "statement_file-sample@meetconfer"}
    js = "statement_file-sample@meetconfer"
    assert ea[js]["dtstart"].dt == date(2017, 10, 27)
    assert eb[js]["dtstart"].dt == date(2017, 10, 30)
    assert (int(ea[js]["sequence"]), int(eb[js]["sequence"])) == (0, 1)
    contact = "contact-sample@meetconfer"
    assert int(eb[contact]["sequence"]) == 0
    assert ea[contact].to_ical().replace(b"\r\n ", b"") == \
        eb[contact].to_ical().replace(b"\r\n ", b"")
    # Passing the same state again does not bump it twice.
    c = build_calendar(compute_schedule(held(sample, date(2017, 10, 23)), TODAY),
                       previous=b.state, stamp=STAMP)
    assert [e.sequence for e in c.events] == [e.sequence for e in b.events]


def test_conference_recorded_cancels_conference_by(sample):
    before = build_calendar(compute_schedule(sample, TODAY), stamp=STAMP)
    after = build_calendar(compute_schedule(held(sample, date(2017, 10, 20)), TODAY),
                           previous=before.state, stamp=STAMP)
    events = vevents(after.data)
    uid = event_uid("sample", CONFERENCE_BY)
    assert str(events[uid]["status"]) == CANCELLED
    assert int(events[uid]["sequence"]) == 1
    assert events[uid]["dtstart"].dt == date(2017, 10, 27)
    assert str(events[uid]["summary"]).startswith("Cancelled: ")
    assert not events[uid].subcomponents  # no reminders for a cancelled event
    js = "statement_file-sample@meetconfer"
    assert int(events[js]["sequence"]) == 1  # its date moved to October 27
    # Without a previous export there is nothing to cancel.
    fresh = vevents(build_calendar(compute_schedule(held(sample, date(2017, 10, 20)), TODAY),
                                   stamp=STAMP).data)
    assert uid not in fresh


def test_not_applicable_item_is_cancelled(sample):
    before = build_calendar(compute_schedule(sample, TODAY), stamp=STAMP)
    m = sample.with_applicable("contact", False)
    after = build_calendar(compute_schedule(m, TODAY), previous=before.state, stamp=STAMP)
    ev = after.event("contact")
    assert ev is not None and ev.status == CANCELLED and ev.sequence == 1
    assert ev.start == date(2017, 10, 25)
    assert "not applying" in ev.description


def test_previous_state_from_the_file_and_json(sample, tmp_path):
    path = tmp_path / "deadlines.ics"
    first = write_ics(compute_schedule(sample, TODAY), path, stamp=STAMP)
    state = previous_state(path.read_bytes())
    assert state == first.state
    assert state_from_json(state_to_json(state)) == state
    second = write_ics(compute_schedule(held(sample, date(2017, 10, 20)), TODAY), path,
                       stamp=STAMP)  # continues from the file it replaces
    seq = {e.obligation_id: (e.sequence, e.status) for e in second.events}
    assert seq == {"contact": (0, "CONFIRMED"), "statement_file": (1, "CONFIRMED"),
                   CONFERENCE_BY: (1, CANCELLED)}


@pytest.mark.parametrize("previous", [{"contact-sample@meetconfer": (4, "stale")},
                                      {"contact-sample@meetconfer": EventState(4, "stale")}])
def test_previous_as_pairs(sample, previous):
    export = build_calendar(compute_schedule(sample, TODAY), previous=previous, stamp=STAMP)
    ev = export.event("contact")
    assert ev is not None and ev.sequence == 5


def test_uid_of_an_odd_matter_id():
    assert event_uid("a b/c", "contact") == "contact-a-b-c@meetconfer"
