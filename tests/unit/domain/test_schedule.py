"""The order model and its schedule (issue 3)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import (
    Completion,
    ConferenceMethod,
    ConferenceSession,
    ContactAttempt,
    ContactMethod,
    ContactOutcome,
    DiscoveryRequest,
    Filing,
    LockedDate,
    Order,
    OrderService,
    Resolution,
    ResolutionStatus,
)
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Perspective,
    Stage,
    TriggerKind,
)
from meetconfer_gui.domain.ordertext import OrderText
from meetconfer_gui.domain.sample import sample_matter, sample_obligations, sample_order_text
from meetconfer_gui.domain.schedule import (
    AFTER_CONFERENCE,
    AFTER_SERVICE,
    Status,
    compute_schedule,
)

D = date.fromisoformat
TODAY = D("2017-10-10")
SAMPLE_IDS = [
    "contact", "opposition_vacated", "briefing_stayed", "meet_and_confer", "good_faith",
    "statement_prepare", "statement_content_a", "statement_content_b", "statement_content_c",
    "statement_sign", "statement_file", "no_further_filings", "further_order",
    "sanctions_warning",
]


def session(day: str, sid: str = "s1", method=ConferenceMethod.TELEPHONE, *, concluded=False):
    return ConferenceSession(sid, D(day), method, concluded=concluded)


def with_conference(*days: str, concluded: int | None = None):
    m = sample_matter()
    sessions = tuple(session(d, f"s{i}", concluded=(i == concluded))
                     for i, d in enumerate(days))
    return m.with_sessions(sessions, None)


class TestSampleTemplate:
    def test_all_fourteen_obligations_in_order(self):
        assert [o.id for o in sample_obligations()] == SAMPLE_IDS

    def test_every_quote_is_in_the_order(self):
        text = OrderText(sample_order_text())
        for ob in sample_obligations():
            assert ob.quotes, ob.id
            for q in ob.quotes:
                assert text.contains(q.text), (ob.id, q.text)
                assert text.locate(q.text) is not None

    @pytest.mark.parametrize(("oid", "page", "lines"), [
        ("contact", 1, (3, 4)), ("good_faith", 1, (7, 13)), ("statement_file", 1, (14, 15)),
        ("statement_content_a", 1, (19, 20)), ("statement_content_b", 1, (21, 22)),
        ("statement_content_c", 1, (23, 24)), ("no_further_filings", 1, (26, 27)),
        ("further_order", 1, (25, 26)), ("sanctions_warning", 2, None),
    ])
    def test_quote_references(self, oid, page, lines):
        ob = {o.id: o for o in sample_obligations()}[oid]
        assert ob.quote is not None
        assert ob.quote.page == page
        assert ob.quote.lines == lines

    def test_kinds(self):
        kinds = {o.id: o.kind for o in sample_obligations()}
        assert kinds["contact"] is Kind.DEADLINE
        assert kinds["statement_file"] is Kind.DEADLINE
        assert kinds["opposition_vacated"] is Kind.NOTICE
        assert kinds["no_further_filings"] is Kind.PROHIBITION
        assert kinds["sanctions_warning"] is Kind.WARNING
        assert kinds["statement_content_b"] is Kind.CONTENT
        assert kinds["good_faith"] is Kind.DUTY

    def test_day_counts_are_data(self):
        obs = {o.id: o for o in sample_obligations(contact_days=14, service_days=30)}
        m = replace(sample_matter(), obligations=tuple(obs.values()))
        assert compute_schedule(m, TODAY).item("contact").due == D("2017-10-18")
        changed = m.obligation("statement_file").with_rule_days(AFTER_SERVICE, 45)
        m2 = m.with_obligation(changed)
        assert compute_schedule(m2, TODAY).item("statement_file").due == D("2017-11-20")


class TestDoneWhen:
    """The examples of issue 3's "Done when"."""

    def test_sample(self):
        s = compute_schedule(sample_matter(), TODAY)
        assert s.deadlines_json() == {
            "contact": "2017-10-25", "joint_statement": "2017-11-03",
            "joint_statement_after_conference": None,
            "joint_statement_after_service": "2017-11-03", "conference_by": "2017-10-27"}
        assert s.statement is not None and s.statement.binding == AFTER_SERVICE

    def test_conference_oct_20(self):
        s = compute_schedule(with_conference("2017-10-20"), TODAY)
        assert s.item("statement_file").due == D("2017-10-27")
        assert s.item("statement_file").binding == AFTER_CONFERENCE
        assert s.conference_by is None

    def test_conference_oct_31_service_clock_binds(self):
        s = compute_schedule(with_conference("2017-10-31"), TODAY)
        st_ = s.item("statement_file")
        assert st_.clock(AFTER_CONFERENCE).due == D("2017-11-07")  # type: ignore[union-attr]
        assert st_.due == D("2017-11-03")
        assert st_.binding == AFTER_SERVICE
        assert "30 days after service" in st_.why and "binds" in st_.why

    def test_mail_service(self):
        m = sample_matter(service=Service.MAIL)
        s = compute_schedule(m, TODAY)
        assert s.item("statement_file").due == D("2017-11-06")
        assert s.conference_by == D("2017-10-30")

    def test_contact_overdue(self):
        s = compute_schedule(sample_matter(), D("2017-10-26"))
        assert s.item("contact").status is Status.OVERDUE


class TestSchedule:
    def test_first_session_counts_unless_another_concluded(self):
        s = compute_schedule(with_conference("2017-10-16", "2017-10-20"), TODAY)
        assert s.item("statement_file").due == D("2017-10-23")
        s2 = compute_schedule(with_conference("2017-10-16", "2017-10-20", concluded=1), TODAY)
        assert s2.item("statement_file").due == D("2017-10-27")
        assert "concluding" in s2.item("statement_file").clock(  # type: ignore[union-attr]
            AFTER_CONFERENCE).basis

    def test_locked_date_overrides_both_clocks(self):
        m = with_conference("2017-10-20").with_lock(
            LockedDate("statement_file", D("2017-12-01"), "extension, ECF No. 52"))
        it = compute_schedule(m, TODAY).item("statement_file")
        assert it.due == D("2017-12-01")
        assert it.binding == "locked"
        assert "ECF No. 52" in it.why

    def test_statuses(self):
        m = sample_matter()
        assert compute_schedule(m, D("2017-10-10")).item("contact").status is Status.OPEN
        assert compute_schedule(m, D("2017-10-18")).item("contact").status is Status.DUE_SOON
        assert compute_schedule(m, D("2017-10-25")).item("contact").status is Status.DUE_SOON
        done = m.with_completion(Completion("contact", D("2017-10-12"), "Jane"))
        it = compute_schedule(done, D("2017-11-01")).item("contact")
        assert it.status is Status.DONE and it.completion and it.completion.by == "Jane"
        na = m.with_applicable("contact", False)
        assert compute_schedule(na, D("2017-11-01")).item("contact").status \
            is Status.NOT_APPLICABLE

    def test_due_soon_days_is_per_matter(self):
        m = replace(sample_matter(), due_soon_days=3)
        assert compute_schedule(m, D("2017-10-20")).item("contact").status is Status.OPEN
        assert compute_schedule(m, D("2017-10-22")).item("contact").status is Status.DUE_SOON

    def test_events_mark_items_done(self):
        m = sample_matter().with_contact(ContactAttempt(
            "c1", D("2017-10-11"), ContactMethod.TELEPHONE, "J. Roe", ContactOutcome.REACHED))
        m = m.with_sessions((session("2017-10-20"),), Resolution(ResolutionStatus.NONE))
        m = m.with_filing(Filing(D("2017-10-25"), 49))
        s = compute_schedule(m, D("2017-11-01"))
        assert s.item("contact").status is Status.DONE
        assert s.item("contact").completion.by == "J. Roe"  # type: ignore[union-attr]
        assert s.item("meet_and_confer").status is Status.DONE
        assert s.item("statement_file").status is Status.DONE
        assert s.item("statement_sign").status is Status.DONE

    def test_failed_attempts_do_not_count_as_contact(self):
        m = sample_matter().with_contact(ContactAttempt(
            "c1", D("2017-10-11"), ContactMethod.TELEPHONE, "J. Roe", ContactOutcome.NO_ANSWER))
        assert compute_schedule(m, D("2017-10-26")).item("contact").status is Status.OVERDUE

    def test_notices_are_not_tasks(self):
        s = compute_schedule(sample_matter(), D("2018-01-01"))
        assert s.item("sanctions_warning").status is Status.OPEN
        with pytest.raises(DomainError, match="not a task"):
            sample_matter().with_completion(Completion("sanctions_warning", TODAY, "x"))

    def test_video_session_warns(self):
        m = sample_matter().with_sessions(
            (session("2017-10-20", method=ConferenceMethod.VIDEO),), None)
        s = compute_schedule(m, TODAY)
        assert any("telephone or in person" in w for w in s.warnings)

    def test_filing_cutoff_in_court_time_zone(self):
        it = compute_schedule(sample_matter(), TODAY).item("statement_file")
        assert "11:59 p.m. Pacific" in it.cutoff

    def test_perspective_titles(self):
        m = sample_matter()
        ob = m.obligation("contact")
        assert ob.title_for(Perspective.PLAINTIFF) == (
            "Defense counsel must call you or set up an in-person meeting")
        assert "Contact plaintiff" in ob.title_for(Perspective.DEFENSE)
        assert all(o.explain for o in m.obligations)

    def test_next_step_sentence(self):
        s = compute_schedule(sample_matter(), D("2017-10-22"))
        assert s.next_step_sentence() == (
            "Defense counsel must call you or set up an in-person meeting by Wednesday, "
            "October 25, 2017 - 3 days left")

    def test_chained_deadline(self):
        chained = Obligation(
            "reply", "Plaintiff replies", Actor.PLAINTIFF, Kind.DEADLINE, Stage.AFTER,
            rules=(DateRule("after_contact", TriggerKind.OBLIGATION, 5,
                            after_obligation="contact"),), custom=True)
        m = sample_matter().with_obligation(chained)
        it = compute_schedule(m, TODAY).item("reply")
        assert it.due == D("2017-10-30")  # 5 days after the contact deadline Oct 25
        assert it.clocks[0].projected
        done = m.with_completion(Completion("contact", D("2017-10-11"), "x"))
        assert compute_schedule(done, TODAY).item("reply").due == D("2017-10-16")

    def test_hearing_counted_backward(self):
        ob = Obligation("brief", "File brief", Actor.PLAINTIFF, Kind.DEADLINE, Stage.AFTER,
                        rules=(DateRule("before_hearing", TriggerKind.HEARING, 14,
                                          direction=Direction.BEFORE),),
                        custom=True)
        m = replace(sample_matter().with_obligation(ob), hearing=D("2023-04-14"))
        assert compute_schedule(m, TODAY).item("brief").due == D("2023-03-31")

    def test_hearing_counted_forward(self):
        # "Within seven days after the hearing, the parties shall file a joint status report."
        ob = Obligation("report", "File a status report", Actor.ALL_PARTIES, Kind.DEADLINE,
                        Stage.AFTER, rules=(DateRule("after_hearing", TriggerKind.HEARING, 7,
                                                     fixed=D("2023-04-14")),), custom=True)
        it = compute_schedule(sample_matter().with_obligation(ob), TODAY).item("report")
        assert it.due == D("2023-04-21")
        assert it.clocks[0].rule.describe() == "7 days after the hearing"

    def test_fixed_date(self):
        ob = Obligation("status", "Status report", Actor.ALL_PARTIES, Kind.DEADLINE, Stage.AFTER,
                        rules=(DateRule("fixed", TriggerKind.FIXED_DATE, fixed=D("2017-12-02")),),
                        custom=True)
        it = compute_schedule(sample_matter().with_obligation(ob), TODAY).item("status")
        assert it.due == D("2017-12-02")

    def test_remove_only_custom(self):
        with pytest.raises(DomainError, match="not applicable"):
            sample_matter().without_obligation("contact")


class TestValidation:
    def test_conference_before_order(self):
        with pytest.raises(DomainError, match="before the order"):
            sample_matter().with_sessions((session("2017-10-01"),), None)

    def test_filing_before_conference(self):
        m = sample_matter().with_sessions((session("2017-10-20"),), None)
        with pytest.raises(DomainError, match="before the conference"):
            m.with_filing(Filing(D("2017-10-18")))

    def test_part_without_request(self):
        with pytest.raises(DomainError, match="in part"):
            Resolution(ResolutionStatus.PART)

    def test_full_with_requests(self):
        with pytest.raises(DomainError, match="in full"):
            Resolution(ResolutionStatus.FULL, (DiscoveryRequest("Interrogatory No. 7"),))

    def test_service_before_order(self):
        with pytest.raises(DomainError, match="before its date"):
            Order(D("2017-10-04"), service=(OrderService("plaintiff", D("2017-10-01"),
                                                         Service.MAIL),))

    def test_request_needs_label(self):
        with pytest.raises(DomainError, match="label"):
            DiscoveryRequest(" ")


_days = st.integers(min_value=0, max_value=60).map(lambda n: D("2017-10-04") + timedelta(n))
_events = st.lists(st.tuples(st.sampled_from(["session", "contact", "tick", "untick", "lock",
                                              "unlock", "filing"]), _days), max_size=8)


@settings(max_examples=150, deadline=None)
@given(_events, st.booleans())
def test_recompute_never_loses_a_lock_and_earlier_clock_binds(events, locked):
    m = sample_matter()
    lock_day = D("2018-01-15")
    if locked:
        m = m.with_lock(LockedDate("statement_file", lock_day))
    n = 0
    for what, day in events:
        n += 1
        try:
            if what == "session":
                m = m.with_sessions((*m.events.sessions, session(day.isoformat(), f"s{n}")),
                                    None)
            elif what == "contact":
                m = m.with_contact(ContactAttempt(f"c{n}", day, ContactMethod.TELEPHONE, "x",
                                                  ContactOutcome.REACHED))
            elif what == "tick":
                m = m.with_completion(Completion("good_faith", day, "x"))
            elif what == "untick":
                m = m.without_completion("good_faith")
            elif what == "filing":
                m = m.with_filing(Filing(day))
        except DomainError:
            continue
    it = compute_schedule(m, D("2017-11-01")).item("statement_file")
    if locked:
        assert it.due == lock_day and it.binding == "locked"
    else:
        dues = [c.due for c in it.clocks if c.due is not None]
        assert it.due == min(dues)
        assert it.clock(it.binding).due == it.due  # type: ignore[union-attr]


def test_with_contacts_replaces_the_log_in_date_order():
    a = ContactAttempt("a", D("2017-10-12"), ContactMethod.LETTER, "x", ContactOutcome.SENT)
    b = ContactAttempt("b", D("2017-10-09"), ContactMethod.TELEPHONE, "x",
                       ContactOutcome.REACHED)
    m = sample_matter().with_contacts((a, b))
    assert [c.id for c in m.events.contacts] == ["b", "a"]
    assert m.events.contact_made == b
    with pytest.raises(DomainError, match="before the order"):
        m.with_contacts((replace(a, on=D("2017-01-01")),))
