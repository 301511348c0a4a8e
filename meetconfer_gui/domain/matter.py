"""A matter: the case, the parties, the order, what has happened, and the user's choices.

A ``Matter`` is an immutable value. Every change returns a new matter (``with_...``), so
undo is a swap of two values and the store saves whole values.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from meetconfer_gui.domain.calendars import CalendarChoices
from meetconfer_gui.domain.dates import long_date
from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.districts import District, district
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.obligations import Obligation, Perspective


class Role(StrEnum):
    """A party's side."""

    PLAINTIFF = "plaintiff"
    DEFENDANT = "defendant"


#: Counsel's name when nobody has said who speaks for a party (an imported order that says
#: neither "pro se" nor who its counsel is). Not empty, so the party is not taken for pro
#: se; in brackets, so documents print a ``[MISSING: ...]`` gap until the user enters
#: counsel's name, or clears it for a party without counsel.
UNKNOWN_COUNSEL = "[counsel's name, or empty if pro se: not known]"


@dataclass(frozen=True, slots=True)
class Party:
    """A party and who speaks for it.

    Attributes:
        id: Stable id within the matter ("plaintiff", "defendants").
        name: As the caption names the party ("MERRICK JOSE MOORE"; "GIPSON, et al.").
        role: Plaintiff or defendant.
        counsel: The attorney's name; empty for a party without counsel (pro se);
            ``UNKNOWN_COUNSEL`` while nobody has said which.
        firm: The attorney's office or firm.
        bar_number: State Bar number of counsel.
        address: Mailing address (several lines).
        email: E-mail address.
        phone: Telephone.
        inmate_number: A prisoner's number (CDCR No.), for a pro se prisoner.
    """

    id: str
    name: str
    role: Role
    counsel: str = ""
    firm: str = ""
    bar_number: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    inmate_number: str = ""

    def __post_init__(self) -> None:
        if not self.name.strip():
            raise DomainError("each party needs a name")

    @property
    def pro_se(self) -> bool:
        """Whether the party represents itself."""
        return not self.counsel.strip()

    @property
    def representation_known(self) -> bool:
        """Whether it is recorded who speaks for the party (counsel, or nobody: pro se)."""
        return self.counsel.strip() != UNKNOWN_COUNSEL

    @property
    def represented_by(self) -> str:
        """Who speaks for the party, in words."""
        if self.pro_se:
            return "pro se (representing themselves)"
        if not self.representation_known:
            return "not known yet: enter counsel's name, or clear it if the party is pro se"
        return f"{self.counsel}, {self.firm}" if self.firm else self.counsel


@dataclass(frozen=True, slots=True)
class OrderService:
    """How the order was served on one party."""

    party_id: str
    served_on: date
    method: Service


@dataclass(frozen=True, slots=True)
class Order:
    """The meet-and-confer order.

    Attributes:
        signed: The date of the order ("Dated: October 4, 2017").
        text: Its full text.
        ecf: Its own docket number.
        entered: The day it was entered on the docket, if different.
        service: How it was served on each party.
        title: A short title.
    """

    signed: date
    text: str = ""
    ecf: int | None = None
    entered: date | None = None
    service: tuple[OrderService, ...] = ()
    title: str = "Order requiring the parties to meet and confer"

    def __post_init__(self) -> None:
        for s in self.service:
            if s.served_on < self.signed:
                raise DomainError(
                    f"the order was served on {long_date(s.served_on)}, before its date "
                    f"{long_date(self.signed)}: check both dates")
        if self.entered is not None and self.entered < self.signed:
            raise DomainError("the order cannot be entered before the day it was signed")
        if self.ecf is not None and self.ecf < 1:
            raise DomainError("an ECF number is a positive whole number")

    def service_on(self, party_id: str) -> OrderService | None:
        """How the order was served on a party, if recorded."""
        return next((s for s in self.service if s.party_id == party_id), None)


class ContactMethod(StrEnum):
    """How someone tried to reach the other side."""

    TELEPHONE = "telephone"
    IN_PERSON = "in person"
    LETTER = "letter"
    EMAIL = "email"
    VIDEO = "video"
    OTHER = "other"


class ContactOutcome(StrEnum):
    """What came of an attempt."""

    REACHED = "reached"  # contact made
    LEFT_MESSAGE = "left message"
    NO_ANSWER = "no answer"
    SENT = "sent"  # a letter or e-mail went out
    REFUSED = "refused"
    OTHER = "other"


@dataclass(frozen=True, slots=True)
class ContactAttempt:
    """One entry of the contact log."""

    id: str
    on: date
    method: ContactMethod
    by: str
    outcome: ContactOutcome
    notes: str = ""
    attachments: tuple[str, ...] = ()


class ConferenceMethod(StrEnum):
    """How a conference session was held; the order names only telephone and in person."""

    TELEPHONE = "telephone"
    IN_PERSON = "in person"
    VIDEO = "video"
    WRITTEN = "letters or e-mail"
    OTHER = "other"

    @property
    def satisfies_order(self) -> bool:
        """Whether the method is one the sample order names (phone or in person)."""
        return self in (ConferenceMethod.TELEPHONE, ConferenceMethod.IN_PERSON)


@dataclass(frozen=True, slots=True)
class ConferenceSession:
    """One session of the parties' conference."""

    id: str
    held_on: date
    method: ConferenceMethod
    participants: tuple[str, ...] = ()
    minutes: int | None = None
    concluded: bool = False  # the user marks the session that concluded the conference
    notes: str = ""
    attachments: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if self.minutes is not None and not 0 < self.minutes <= 24 * 60:
            raise DomainError("a session's length must be between 1 minute and 24 hours")

    @property
    def warning(self) -> str:
        """Why the method may not satisfy the order, or ''."""
        if self.method.satisfies_order:
            return ""
        return (f"The session of {long_date(self.held_on)} was held by {self.method.value}; "
                "the order asks for a conference by telephone or in person.")


class ResolutionStatus(StrEnum):
    """Whether the meet and confer resolved the motion."""

    FULL = "full"
    PART = "part"
    NONE = "none"

    @property
    def label(self) -> str:
        """In words."""
        return {ResolutionStatus.FULL: "resolved in full",
                ResolutionStatus.PART: "resolved in part",
                ResolutionStatus.NONE: "not resolved"}[self]


@dataclass(frozen=True, slots=True)
class DiscoveryRequest:
    """A discovery request still at issue ("Request for Production No. 4, Set One")."""

    label: str
    set_name: str = ""
    description: str = ""
    plaintiff_position: str = ""
    defense_position: str = ""

    def __post_init__(self) -> None:
        if not self.label.strip():
            raise DomainError("each request at issue needs a label, e.g. "
                              "'Request for Production No. 4'")

    @property
    def full_label(self) -> str:
        """The label with its set."""
        return f"{self.label}, {self.set_name}" if self.set_name else self.label


@dataclass(frozen=True, slots=True)
class Resolution:
    """How the conference ended."""

    status: ResolutionStatus
    at_issue: tuple[DiscoveryRequest, ...] = ()
    good_faith: bool = False
    notes: str = ""

    def __post_init__(self) -> None:
        if self.status is ResolutionStatus.PART and not self.at_issue:
            raise DomainError("'resolved in part' needs at least one request still at issue: "
                              "add the requests the parties could not agree on")
        if self.status is ResolutionStatus.FULL and self.at_issue:
            raise DomainError("'resolved in full' leaves no request at issue: remove the "
                              "requests listed, or choose 'resolved in part'")


@dataclass(frozen=True, slots=True)
class Filing:
    """The Joint Statement as filed."""

    filed_on: date
    ecf: int | None = None
    separate: bool = False  # the filer's own statement, when a party would not sign


@dataclass(frozen=True, slots=True)
class FurtherOrder:
    """The court's order after the Joint Statement."""

    on: date
    ecf: int | None = None
    summary: str = ""


@dataclass(frozen=True, slots=True)
class Completion:
    """An item ticked off: when and by whom."""

    obligation_id: str
    on: date
    by: str
    note: str = ""


@dataclass(frozen=True, slots=True)
class LockedDate:
    """A due date fixed by hand (a court-granted extension): it is never recomputed."""

    obligation_id: str
    due: date
    reason: str = "set by the court"


@dataclass(frozen=True, slots=True)
class Events:
    """What has happened in the matter."""

    contacts: tuple[ContactAttempt, ...] = ()
    sessions: tuple[ConferenceSession, ...] = ()
    resolution: Resolution | None = None
    filing: Filing | None = None
    further_order: FurtherOrder | None = None

    @property
    def contact_made(self) -> ContactAttempt | None:
        """The first attempt that reached the other side."""
        made = [c for c in self.contacts if c.outcome is ContactOutcome.REACHED]
        return min(made, key=lambda c: c.on) if made else None

    @property
    def conference(self) -> ConferenceSession | None:
        """The session the 7-day clock counts from: the one marked concluded, else the first."""
        if not self.sessions:
            return None
        marked = [s for s in self.sessions if s.concluded]
        if marked:
            return max(marked, key=lambda s: s.held_on)
        return min(self.sessions, key=lambda s: s.held_on)


@dataclass(frozen=True, slots=True)
class Matter:
    """One case's meet-and-confer order and everything recorded about it.

    Attributes:
        id: Store id (a string).
        name: What the user calls it.
        district_code: The court (``caed``).
        case_name: "Moore v. Gipson".
        case_number: "1:13-cv-01820-DAD-BAM (PC)".
        judge: The judge who signed the order.
        motion_ecf: The motion's docket number.
        motion_title: "Defendants' motion to compel".
        parties: The parties.
        perspective: Whose eyes the app reads with.
        order: The order.
        obligations: What it requires (template items and the user's own).
        events: What has happened.
        completions: Items ticked off.
        locks: Due dates fixed by hand.
        notes: The user's notes per item.
        choices: Disputed days decided and closure days.
        due_soon_days: How many days ahead counts as "due soon".
        archived: Hidden from the active list.
        hearing: A hearing date, for periods counted before it.
        not_applicable: Items the user marked as not applying to this matter.
    """

    id: str
    name: str
    district_code: str
    order: Order
    obligations: tuple[Obligation, ...]
    case_name: str = ""
    case_number: str = ""
    judge: str = ""
    motion_ecf: int | None = None
    motion_title: str = "Defendants' motion to compel"
    parties: tuple[Party, ...] = ()
    perspective: Perspective = Perspective.PLAINTIFF
    events: Events = field(default_factory=Events)
    completions: tuple[Completion, ...] = ()
    locks: tuple[LockedDate, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    choices: CalendarChoices = field(default_factory=CalendarChoices)
    due_soon_days: int = 7
    archived: bool = False
    hearing: date | None = None
    not_applicable: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        district(self.district_code)
        ids = [o.id for o in self.obligations]
        if len(ids) != len(set(ids)):
            dup = next(i for i in ids if ids.count(i) > 1)
            raise DomainError(f"two obligations share the id {dup!r}")
        if not 0 <= self.due_soon_days <= 90:
            raise DomainError("'due soon' must be between 0 and 90 days")
        party_ids = {p.id for p in self.parties}
        for s in self.order.service:
            if party_ids and s.party_id not in party_ids:
                raise DomainError(f"the order's service names an unknown party {s.party_id!r}")

    # --- looking things up -------------------------------------------------------------
    @property
    def district(self) -> District:
        """The district court."""
        return district(self.district_code)

    def obligation(self, obligation_id: str) -> Obligation:
        """The obligation with that id."""
        for o in self.obligations:
            if o.id == obligation_id:
                return o
        raise DomainError(f"this matter has no item {obligation_id!r}")

    def completion(self, obligation_id: str) -> Completion | None:
        """The tick of an item, if ticked."""
        return next((c for c in self.completions if c.obligation_id == obligation_id), None)

    def lock(self, obligation_id: str) -> LockedDate | None:
        """The date fixed by hand for an item, if any."""
        return next((lk for lk in self.locks if lk.obligation_id == obligation_id), None)

    def note(self, obligation_id: str) -> str:
        """The user's note on an item."""
        return next((n for i, n in self.notes if i == obligation_id), "")

    def party(self, party_id: str) -> Party | None:
        """A party by id."""
        return next((p for p in self.parties if p.id == party_id), None)

    def parties_with(self, role: Role) -> tuple[Party, ...]:
        """The parties on one side."""
        return tuple(p for p in self.parties if p.role is role)

    # --- changes (each returns a new matter) -----------------------------------------
    def with_completion(self, completion: Completion) -> Matter:
        """Tick an item off."""
        ob = self.obligation(completion.obligation_id)
        if not ob.kind.is_task:
            raise DomainError(f"'{ob.title}' is a {ob.kind.value}, not a task to tick off")
        if completion.on < self.order.signed:
            raise DomainError(f"{long_date(completion.on)} is before the order's date "
                              f"{long_date(self.order.signed)}")
        kept = tuple(c for c in self.completions if c.obligation_id != completion.obligation_id)
        return replace(self, completions=(*kept, completion))

    def without_completion(self, obligation_id: str) -> Matter:
        """Mark an item open again."""
        return replace(self, completions=tuple(
            c for c in self.completions if c.obligation_id != obligation_id))

    def with_lock(self, lock: LockedDate | None, obligation_id: str = "") -> Matter:
        """Fix an item's due date by hand, or (lock None) release it."""
        oid = lock.obligation_id if lock else obligation_id
        self.obligation(oid)
        kept = tuple(lk for lk in self.locks if lk.obligation_id != oid)
        return replace(self, locks=(*kept, lock) if lock else kept)

    def with_applicable(self, obligation_id: str, applicable: bool) -> Matter:  # noqa: FBT001
        """Mark an item as (not) applying to this matter."""
        self.obligation(obligation_id)
        kept = tuple(i for i in self.not_applicable if i != obligation_id)
        return replace(self, not_applicable=kept if applicable else (*kept, obligation_id))

    def with_note(self, obligation_id: str, text: str) -> Matter:
        """Set the user's note on an item."""
        kept = tuple((i, n) for i, n in self.notes if i != obligation_id)
        return replace(self, notes=(*kept, (obligation_id, text)) if text.strip() else kept)

    def with_obligation(self, obligation: Obligation) -> Matter:
        """Add an obligation, or replace the one with its id."""
        obs = list(self.obligations)
        for i, o in enumerate(obs):
            if o.id == obligation.id:
                obs[i] = obligation
                break
        else:
            obs.append(obligation)
        return replace(self, obligations=tuple(obs))

    def without_obligation(self, obligation_id: str) -> Matter:
        """Remove a user-added obligation."""
        if not self.obligation(obligation_id).custom:
            raise DomainError("only items you added can be removed; mark an order's item "
                              "'not applicable' instead")
        return replace(self, obligations=tuple(o for o in self.obligations
                                               if o.id != obligation_id))

    def with_contact(self, attempt: ContactAttempt) -> Matter:
        """Add or replace a contact-log entry."""
        if attempt.on < self.order.signed:
            raise DomainError(f"the contact on {long_date(attempt.on)} is before the order of "
                              f"{long_date(self.order.signed)}: check the date")
        kept = tuple(c for c in self.events.contacts if c.id != attempt.id)
        contacts = tuple(sorted((*kept, attempt), key=lambda c: (c.on, c.id)))
        return replace(self, events=replace(self.events, contacts=contacts))

    def with_contacts(self, attempts: tuple[ContactAttempt, ...]) -> Matter:
        """Replace the whole contact log (each entry validated as in ``with_contact``)."""
        for a in attempts:
            if a.on < self.order.signed:
                raise DomainError(f"the contact on {long_date(a.on)} is before the order of "
                                  f"{long_date(self.order.signed)}: check the date")
        ordered = tuple(sorted(attempts, key=lambda c: (c.on, c.id)))
        return replace(self, events=replace(self.events, contacts=ordered))

    def without_contact(self, attempt_id: str) -> Matter:
        """Remove a contact-log entry."""
        return replace(self, events=replace(self.events, contacts=tuple(
            c for c in self.events.contacts if c.id != attempt_id)))

    def with_sessions(self, sessions: tuple[ConferenceSession, ...],
                      resolution: Resolution | None) -> Matter:
        """Record the conference: its sessions and how it ended."""
        for s in sessions:
            if s.held_on < self.order.signed:
                raise DomainError(f"a conference on {long_date(s.held_on)} is before the order "
                                  f"of {long_date(self.order.signed)}: check the date")
        filing = self.events.filing
        if filing and sessions and filing.filed_on < min(s.held_on for s in sessions):
            raise DomainError("the Joint Statement is recorded as filed before the conference: "
                              "check the dates")
        ordered = tuple(sorted(sessions, key=lambda s: (s.held_on, s.id)))
        return replace(self, events=replace(self.events, sessions=ordered,
                                            resolution=resolution))

    def with_filing(self, filing: Filing | None) -> Matter:
        """Record (or clear) the Joint Statement's filing."""
        if filing is not None:
            if filing.filed_on < self.order.signed:
                raise DomainError("the Joint Statement cannot be filed before the order")
            conf = self.events.conference
            first = min((s.held_on for s in self.events.sessions), default=None)
            if first is not None and filing.filed_on < first:
                raise DomainError(
                    f"the filing date {long_date(filing.filed_on)} is before the conference of "
                    f"{long_date(conf.held_on if conf else first)}: check the dates")
        return replace(self, events=replace(self.events, filing=filing))

    def with_further_order(self, further: FurtherOrder | None) -> Matter:
        """Record (or clear) the court's further order."""
        if further is not None and further.on < self.order.signed:
            raise DomainError("the further order cannot come before the order itself")
        return replace(self, events=replace(self.events, further_order=further))

    def with_choices(self, choices: CalendarChoices) -> Matter:
        """Set the matter's calendar choices (disputed days, closures)."""
        return replace(self, choices=choices)

    def with_details(self, **changes: object) -> Matter:
        """Change case details (name, number, judge, parties, perspective, order ...)."""
        return replace(self, **changes)  # type: ignore[arg-type]
