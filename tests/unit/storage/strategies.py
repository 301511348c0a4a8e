"""Hypothesis strategies for whole matters: events, completions, locks, notes, choices."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import assume
from hypothesis import strategies as st

from meetconfer_gui.domain.calendars import CalendarChoices, Closure, Direction
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
    Events,
    Filing,
    FurtherOrder,
    LockedDate,
    Matter,
    Order,
    OrderService,
    Party,
    Resolution,
    ResolutionStatus,
    Role,
)
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Perspective,
    Quote,
    Stage,
    TriggerKind,
)
from meetconfer_gui.domain.sample import sample_obligations

texts = st.text(max_size=12)
names = st.text(min_size=1, max_size=12).filter(lambda s: bool(s.strip()))
days = st.dates(date(2000, 1, 1), date(2040, 12, 31))
small_ids = st.from_regex(r"[a-z][a-z0-9_]{0,6}", fullmatch=True)
paths = st.from_regex(r"attachments/[0-9]{1,3}/[a-z]{1,8}\.(pdf|eml|txt)", fullmatch=True)


def _after(start: date, span: int = 400) -> st.SearchStrategy[date]:
    return st.integers(0, span).map(lambda n: start + timedelta(days=n))


@st.composite
def rules(draw: st.DrawFn) -> DateRule:
    trigger = draw(st.sampled_from(TriggerKind))
    direction = draw(st.sampled_from(Direction))
    try:
        return DateRule(
            clock=draw(small_ids), trigger=trigger, days=draw(st.integers(1, 90)),
            court_days=draw(st.booleans()), direction=direction,
            service_applies=draw(st.booleans()) if direction is Direction.AFTER else False,
            fixed=draw(st.none() | days) if trigger is not TriggerKind.FIXED_DATE else draw(days),
            after_obligation=draw(small_ids) if trigger is TriggerKind.OBLIGATION else
            draw(st.none() | small_ids))
    except DomainError:
        assume(False)
        raise


quotes = st.builds(Quote, texts, st.integers(1, 9),
                   st.none() | st.tuples(st.integers(1, 28), st.integers(1, 28)), texts)


@st.composite
def custom_obligations(draw: st.DrawFn, taken: set[str]) -> Obligation:
    oid = "c_" + draw(small_ids)
    assume(oid not in taken)
    taken.add(oid)
    return Obligation(
        id=oid, title=draw(names), who=draw(st.sampled_from(Actor)),
        kind=draw(st.sampled_from(Kind)), stage=draw(st.sampled_from(Stage)),
        quotes=tuple(draw(st.lists(quotes, max_size=2))),
        rules=tuple(draw(st.lists(rules(), max_size=2))), filing=draw(st.booleans()),
        titles=tuple(draw(st.lists(st.tuples(st.sampled_from(Perspective), names),
                                   max_size=2))),
        explain=draw(texts), linked_to=draw(st.none() | small_ids), custom=True,
        needs_record=draw(st.sampled_from(["", "contact", "conference", "filing", "order"])))


@st.composite
def matters(draw: st.DrawFn) -> Matter:
    """A valid matter with every kind of content the store must keep."""
    signed = draw(days)
    parties = (Party("plaintiff", draw(names), Role.PLAINTIFF, inmate_number=draw(texts)),
               Party("defendants", draw(names), Role.DEFENDANT, counsel=draw(texts),
                     firm=draw(texts), bar_number=draw(texts), address=draw(texts),
                     email=draw(texts), phone=draw(texts)))
    service = tuple(OrderService(p.id, draw(_after(signed, 30)), draw(st.sampled_from(Service)))
                    for p in draw(st.lists(st.sampled_from(parties), max_size=2, unique=True)))
    order = Order(signed, draw(texts), draw(st.none() | st.integers(1, 500)),
                  draw(st.none() | _after(signed, 5)), service, draw(names))
    base = sample_obligations() if draw(st.booleans()) else ()
    taken = {o.id for o in base}
    obligations = (*base, *draw(st.lists(custom_obligations(taken), max_size=3)))
    ids = [o.id for o in obligations] or ["none"]
    contacts = tuple(draw(st.lists(st.builds(
        ContactAttempt, small_ids, _after(signed), st.sampled_from(ContactMethod), texts,
        st.sampled_from(ContactOutcome), texts, st.lists(paths, max_size=2).map(tuple)),
        max_size=3)))
    sessions = tuple(draw(st.lists(st.builds(
        ConferenceSession, small_ids, _after(signed), st.sampled_from(ConferenceMethod),
        st.lists(names, max_size=2).map(tuple), st.none() | st.integers(1, 1440),
        st.booleans(), texts, st.lists(paths, max_size=2).map(tuple)), max_size=3)))
    status = draw(st.none() | st.sampled_from(ResolutionStatus))
    resolution = None
    if status is not None:
        requests = st.builds(DiscoveryRequest, names, texts, texts, texts, texts)
        at_issue = () if status is ResolutionStatus.FULL else tuple(
            draw(st.lists(requests, min_size=1 if status is ResolutionStatus.PART else 0,
                          max_size=2)))
        resolution = Resolution(status, at_issue, draw(st.booleans()), draw(texts))
    events = Events(contacts, sessions, resolution,
                    draw(st.none() | st.builds(Filing, _after(signed), st.none()
                                               | st.integers(1, 999), st.booleans())),
                    draw(st.none() | st.builds(FurtherOrder, _after(signed), st.none()
                                               | st.integers(1, 999), texts)))
    ticked = draw(st.lists(st.sampled_from(ids), unique=True, max_size=4))
    completions = tuple(Completion(i, draw(_after(signed)), draw(texts), draw(texts))
                        for i in ticked)
    locks = tuple(LockedDate(i, draw(days), draw(texts))
                  for i in draw(st.lists(st.sampled_from(ids), unique=True, max_size=2)))
    notes = tuple((i, draw(names)) for i in draw(st.lists(st.sampled_from(ids), unique=True,
                                                          max_size=3)))
    counted = draw(st.frozensets(days, max_size=3))
    not_counted = draw(st.frozensets(days, max_size=3)) - counted
    closures = tuple(Closure(d, draw(texts)) for d in sorted(draw(st.sets(days, max_size=2))))
    return Matter(
        id=draw(small_ids), name=draw(texts), district_code=draw(st.sampled_from(
            ["caed", "cand", "nysd", "txsd", "dcd"])),
        order=order, obligations=obligations, case_name=draw(texts),
        case_number=draw(texts), judge=draw(texts), motion_ecf=draw(st.none()
                                                                   | st.integers(1, 999)),
        motion_title=draw(texts), parties=parties, perspective=draw(st.sampled_from(Perspective)),
        events=events, completions=completions, locks=locks, notes=notes,
        choices=CalendarChoices(counted, not_counted, closures),
        due_soon_days=draw(st.integers(0, 90)), archived=draw(st.booleans()),
        hearing=draw(st.none() | days),
        not_applicable=tuple(draw(st.lists(st.sampled_from(ids), unique=True, max_size=2))))
