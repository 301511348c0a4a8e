"""Schedule audit through the domain API: what the command line cannot set.

A session marked as concluding the conference, a date locked by hand, an item marked not
applicable, another "due soon" window, the Joint Statement filed, a disputed day the user
counts, a closure day. Expected dates computed by hand for the sample order (Wed 2017-10-04,
served that day electronically on defense counsel) unless another is given.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from meetconfer_gui.domain.calendars import CalendarChoices, Closure
from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    ConferenceSession,
    Filing,
    LockedDate,
    Matter,
)
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.report import schedule_json
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.domain.schedule import Schedule, Status, compute_schedule

TODAY = date(2017, 10, 10)


def sessions(m: Matter, *days: date, concluded: date | None = None) -> Matter:
    """The matter with telephone sessions on those days, one perhaps marked concluding."""
    return m.with_sessions(tuple(
        ConferenceSession(f"s{i}", d, ConferenceMethod.TELEPHONE, concluded=d == concluded)
        for i, d in enumerate(days)), None)


def deadlines(s: Schedule) -> dict[str, str | None]:
    """The ``deadlines`` object."""
    return s.deadlines_json()


def test_marked_later_session_counts() -> None:
    """Sessions 10-13 and 10-20, the second marked concluding: 7 days -> Fri 10-27."""
    s = compute_schedule(sessions(sample_matter(), date(2017, 10, 13), date(2017, 10, 20),
                                  concluded=date(2017, 10, 20)), TODAY)
    assert deadlines(s)["joint_statement"] == "2017-10-27"
    assert deadlines(s)["conference_by"] is None
    st = s.item("statement_file")
    assert st.binding == "after_conference"
    assert "marked as concluding the conference, Friday, October 20, 2017" in st.why


def test_unmarked_sessions_count_from_the_first() -> None:
    """Sessions 10-20 and 10-13, none marked: from 10-13 -> Fri 10-20."""
    s = compute_schedule(sessions(sample_matter(), date(2017, 10, 20), date(2017, 10, 13)),
                         TODAY)
    assert deadlines(s)["joint_statement"] == "2017-10-20"


def test_lock_overrides_both_clocks_and_moves_conference_by() -> None:
    """Locked Fri 12-01: joint statement 12-01, binding locked; confer by Fri 11-24."""
    m = sample_matter().with_lock(LockedDate("statement_file", date(2017, 12, 1)))
    s = compute_schedule(m, TODAY)
    d = deadlines(s)
    assert d["joint_statement"] == "2017-12-01"
    assert d["joint_statement_after_service"] == "2017-11-03"
    assert d["conference_by"] == "2017-11-24"
    out = schedule_json(s)
    assert out["binding"] == "locked" and "fixed by hand" in str(out["why"])


def test_lock_with_a_conference() -> None:
    """Locked 12-01 and a conference 10-20 (7 days -> 10-27): the lock still decides."""
    m = sessions(sample_matter().with_lock(LockedDate("statement_file", date(2017, 12, 1))),
                 date(2017, 10, 20))
    d = deadlines(compute_schedule(m, TODAY))
    assert d["joint_statement"] == "2017-12-01"
    assert d["joint_statement_after_conference"] == "2017-10-27"
    assert d["conference_by"] is None


def test_not_applicable_wins_over_overdue() -> None:
    """Contact marked not applicable: its status says so even after 10-25."""
    m = sample_matter().with_applicable("contact", False)
    it = compute_schedule(m, date(2017, 11, 1)).item("contact")
    assert it.status is Status.NOT_APPLICABLE and it.due == date(2017, 10, 25)


def test_due_soon_window_of_the_matter() -> None:
    """Due soon in 3 days: contact (10-25) is open on 10-21, due soon on 10-22."""
    m = replace(sample_matter(), due_soon_days=3)
    assert compute_schedule(m, date(2017, 10, 21)).item("contact").status is Status.OPEN
    assert compute_schedule(m, date(2017, 10, 22)).item("contact").status is Status.DUE_SOON


def test_filing_completes_the_statement_items() -> None:
    """Filed 11-01: the filing, its content and signature items are done; nothing overdue."""
    m = sessions(sample_matter(), date(2017, 10, 25)).with_filing(Filing(date(2017, 11, 1), 52))
    s = compute_schedule(m, date(2017, 11, 20))
    for oid in ("statement_file", "statement_sign", "statement_prepare",
                "statement_content_a", "statement_content_b", "statement_content_c",
                "meet_and_confer"):
        assert s.item(oid).status is Status.DONE, oid
    assert s.item("contact").status is Status.OVERDUE  # no contact was recorded


def test_user_counts_a_disputed_day() -> None:
    """Order 2024-11-24: day 30 Tue 12-24; counted as a holiday, Christmas follows -> Thu 12-26."""
    m = sample_matter(order_date=date(2024, 11, 24))
    assert deadlines(compute_schedule(m, TODAY))["joint_statement"] == "2024-12-24"
    m = m.with_choices(CalendarChoices(counted=frozenset({date(2024, 12, 24)})))
    d = deadlines(compute_schedule(m, TODAY))
    assert d["joint_statement"] == "2024-12-26"
    assert d["conference_by"] == "2024-12-19"  # 7 days later is Thu 12-26


def test_closure_on_the_last_day() -> None:
    """The clerk's office closed Fri 11-03-2017: the 30 days run to Mon 11-06."""
    m = sample_matter().with_choices(CalendarChoices(closures=(Closure(date(2017, 11, 3)),)))
    assert deadlines(compute_schedule(m, TODAY))["joint_statement"] == "2017-11-06"


def test_closure_inside_the_period_does_nothing() -> None:
    """A closure on Thu 11-02-2017, not the last day: still Fri 11-03."""
    m = sample_matter().with_choices(CalendarChoices(closures=(Closure(date(2017, 11, 2)),)))
    assert deadlines(compute_schedule(m, TODAY))["joint_statement"] == "2017-11-03"


def test_perspective_in_the_domain() -> None:
    """The defense reads 'you' on the contact; the dates do not move."""
    p = compute_schedule(sample_matter(), TODAY)
    d = compute_schedule(sample_matter(perspective=Perspective.DEFENSE), TODAY)
    assert deadlines(p) == deadlines(d)
    assert schedule_json(d)["perspective"] == "defense"
