"""From the items a user accepted in the import review to the obligations of a matter.

Items that match one of the built-in template's obligations (``suggested_id``) take the
template's plain-language title and notes, with the imported words and day counts; several
items with the same id become one obligation with several quotes and clocks (the Joint
Statement's "7 days after the conference" and "30 days after service" come out as two items
and are combined here into one obligation with two clocks, the earlier binding). Other
items become the user's own obligations, titled from the order's words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.matter import (
    UNKNOWN_COUNSEL,
    Matter,
    Order,
    OrderService,
    Party,
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
from meetconfer_gui.domain.sample import sample_obligations, sample_order_text
from meetconfer_gui.importer.metadata import (
    Represented,
    SideCounsel,
    display_case_name,
    district_code,
    representation,
)
from meetconfer_gui.importer.model import ImportResult, ProposedObligation, Trigger

_ACTORS = (
    (re.compile(r"\bdefense counsel|defendants?'? counsel|counsel for defendant", re.I),
     Actor.DEFENSE_COUNSEL),
    (re.compile(r"\bdefendants?\b", re.I), Actor.DEFENDANTS),
    (re.compile(r"\bplaintiffs?\b", re.I), Actor.PLAINTIFF),
    (re.compile(r"\bcourt\b|\bjudge\b|\bclerk\b", re.I), Actor.COURT),
    (re.compile(r"^\(content\)$"), Actor.NOBODY),
    (re.compile(r"^all$", re.I), Actor.ALL),
)

_TRIGGERS = {
    Trigger.ORDER_DATE: TriggerKind.ORDER_DATE,
    Trigger.ORDER_ENTRY: TriggerKind.ORDER_ENTRY,
    Trigger.SERVICE: TriggerKind.SERVICE,
    Trigger.CONFERENCE: TriggerKind.CONFERENCE,
    Trigger.HEARING: TriggerKind.HEARING,
    Trigger.FIXED_DATE: TriggerKind.FIXED_DATE,
}

_CLOCK_NAMES = {
    TriggerKind.ORDER_DATE: "after_order",
    TriggerKind.ORDER_ENTRY: "after_entry",
    TriggerKind.SERVICE: "after_service",
    TriggerKind.CONFERENCE: "after_conference",
    TriggerKind.HEARING: "before_hearing",
    TriggerKind.FIXED_DATE: "fixed",
}


def actor_for(who: str) -> Actor:
    """Map the importer's "who" to an actor (all parties when unsure)."""
    for pattern, actor in _ACTORS:
        if pattern.search(who.strip()):
            return actor
    return Actor.ALL_PARTIES


def _slug(text: str, taken: set[str]) -> str:
    words = re.findall(r"[a-z0-9]+", text.lower())[:5]
    base = "_".join(words) or "item"
    slug, n = base, 2
    while slug in taken:
        slug, n = f"{base}_{n}", n + 1
    taken.add(slug)
    return slug


_COURT_EVENT = re.compile(r"\b(conference|hearing)s?\b", re.IGNORECASE)
_NOT_SET = re.compile(r"\b(?:vacated?|adjourned|cancell?ed|continued|held on|was held|"
                      r"reset from)\b", re.IGNORECASE)


def court_event_date(items: Sequence[ProposedObligation], about: str = "",
                     signed: date | None = None) -> date | None:
    """The date of the court's conference or hearing the order itself sets, if one only.

    "Counsel for all parties are directed to appear for an initial pretrial conference with
    the Court on April 8, 2025" sets the conference that "No later than seven days before the
    conference, the parties shall file ... a joint letter" counts back from. A conference the
    order vacates or one already held does not count; two different dates for the same kind of
    event leave it undated.

    Args:
        items: The order's items.
        about: The words of the item counted from the event ("before the conference"): an
            event of the same name (conference, hearing) is preferred.
        signed: The order's date: an event before it is one already held.

    Returns:
        The date, or None when the order sets none or several.
    """
    events: list[tuple[str, date]] = []
    for it in items:
        if it.fixed_date is None or (signed is not None and it.fixed_date < signed):
            continue
        if it.trigger is not Trigger.FIXED_DATE and it.kind is not Kind.NOTICE:
            continue
        m = _COURT_EVENT.search(it.source_sentence)
        if m and not _NOT_SET.search(it.source_sentence) and re.search(
                r"\b(?:appear|attend|set|scheduled|will (?:hold|be held|conduct)|is held|"
                r"shall be held|take place)\b", it.source_sentence, re.IGNORECASE):
            events.append((m.group(1).lower(), it.fixed_date))
    wanted = {m.group(1).lower() for m in _COURT_EVENT.finditer(about)}
    same = {d for kind, d in events if kind in wanted}
    if len(same) == 1:
        return same.pop()
    every = {d for _, d in events}
    return every.pop() if len(every) == 1 and not same else None


def _rule(item: ProposedObligation, ids: dict[int, str],
          items: Sequence[ProposedObligation], signed: date | None = None) -> DateRule | None:
    """The date rule of a dated item, or None when it cannot be dated automatically."""
    if item.trigger is Trigger.FIXED_DATE and item.fixed_date is not None:
        return DateRule("fixed", TriggerKind.FIXED_DATE, fixed=item.fixed_date)
    if item.days is None or item.trigger is None:
        return None
    if item.trigger is Trigger.HEARING and item.direction is Direction.AFTER:
        # "Within three days after the conference": counted forward from the court's event.
        # It follows a dated step of this order that the event is ("appear for the
        # conference on April 17"); else it counts from the event's date the sentence gives;
        # else it waits for the user to enter that date.
        target = item.chained_to
        if target is not None and target in ids and 0 <= target < len(items) and \
                items[target].kind in (Kind.DEADLINE, Kind.DUTY) and \
                items[target].fixed_date is not None and item.days:
            other = ids[target]
            return DateRule(f"after_{other}", TriggerKind.OBLIGATION, item.days,
                            item.court_days, after_obligation=other)
        event = item.event_date or item.fixed_date
        if event is None and target is not None and 0 <= target < len(items):
            event = items[target].fixed_date  # the notice that sets the conference
        if event is None:
            event = court_event_date(items, item.when_text or item.source_sentence, signed)
        return DateRule("after_hearing", TriggerKind.HEARING, item.days, item.court_days,
                        Direction.AFTER, fixed=event)
    if item.trigger is Trigger.HEARING:
        # Counted back from the hearing: the date the item's own sentence gives, else the
        # date of the hearing notice it points to; without one it waits for the user.
        hearing = item.event_date or item.fixed_date
        if hearing is None and item.chained_to is not None and 0 <= item.chained_to < len(
                items):
            hearing = items[item.chained_to].fixed_date
        if hearing is None:  # the conference the order sets elsewhere ("on April 8, 2025")
            hearing = court_event_date(items, item.when_text or item.source_sentence, signed)
        return DateRule("before_hearing", TriggerKind.HEARING, item.days, item.court_days,
                        Direction.BEFORE, fixed=hearing)
    chained_to_own_step = (
        item.chained_to is not None and item.chained_to in ids
        and ids[item.chained_to] not in ("meet_and_confer", "contact")
        and 0 <= item.chained_to < len(items)
        and items[item.chained_to].kind is Kind.DEADLINE)
    if item.chained_to is not None and item.chained_to in ids and (
            item.trigger not in (Trigger.CONFERENCE, Trigger.SERVICE, Trigger.ORDER_DATE,
                                 Trigger.ORDER_ENTRY)
            or (item.trigger is Trigger.CONFERENCE and chained_to_own_step)):
        # Counted from another step of this order ("seven days after the meet and confer"
        # that must itself happen within ten court days): from the day it is done, projected
        # from its deadline until then.
        other = ids[item.chained_to]
        return DateRule(f"after_{other}", TriggerKind.OBLIGATION, item.days, item.court_days,
                        after_obligation=other)
    kind = _TRIGGERS.get(item.trigger)
    if kind is None:
        return None
    direction = Direction.BEFORE if (kind is TriggerKind.HEARING or
                                     item.direction is Direction.BEFORE) else Direction.AFTER
    return DateRule(_CLOCK_NAMES[kind], kind, item.days, item.court_days, direction,
                    service_applies=kind is TriggerKind.SERVICE and direction is Direction.AFTER)


def _stage(kind: Kind, rule: DateRule | None) -> Stage:
    if kind is Kind.CONTENT:
        return Stage.STATEMENT
    if kind in (Kind.PROHIBITION, Kind.WARNING):
        return Stage.AFTER
    if rule is not None and rule.trigger is TriggerKind.CONFERENCE:
        return Stage.STATEMENT
    return Stage.BEFORE


def _title(item: ProposedObligation) -> str:
    what = item.what.strip().rstrip(".;,")
    # "file a reply" reads as a task for someone; "Plaintiff's opposition ... due" is already
    # a sentence of its own and must not become "Plaintiff must plaintiff's opposition".
    if item.kind in (Kind.DEADLINE, Kind.DUTY) and item.who not in ("all", "(content)") \
            and what[:1].islower() and "'s " not in what.split(" ", 2)[0] + " ":
        who = item.who[:1].upper() + item.who[1:]
        return f"{who} must {what[:1].lower() + what[1:]}"
    return what[:1].upper() + what[1:]


def _quote(item: ProposedObligation) -> Quote:
    return Quote(item.source_sentence, item.ref.page, item.ref.printed_lines,
                 item.ref.paragraph)


_WORD = re.compile(r"[a-z]+")
_STOP = frozenset((
    "the", "a", "an", "of", "to", "in", "by", "or", "and", "any", "all", "is", "be", "shall",
    "must", "this", "that", "with", "for", "on", "within", "days", "day", "their", "its", "as",
    "are",
))


def _words(text: str) -> set[str]:
    return {w for w in _WORD.findall(text.lower()) if w not in _STOP}


def _same_paper(mine: set[str], theirs: set[str]) -> bool:
    """Whether two tasks say nearly the same words ("file the joint statement ...")."""
    return bool(mine and theirs) and len(mine & theirs) / min(len(mine), len(theirs)) >= 0.75


def _like_template(item: ProposedObligation, template: Obligation) -> bool:
    """Whether the item says what the template item says (not just the same kind of thing).

    The template's plain-language title and notes ("Defense counsel must file the Joint
    Statement") are right only for an order worded like the sample; a "further joint letter"
    in another court's order keeps its own words.
    """
    if _names_another_actor(item, template):
        return False
    mine = _words(item.source_sentence)
    best = 0.0
    for q in template.quotes:
        theirs = _words(q.text)
        if mine and theirs:
            best = max(best, len(mine & theirs) / min(len(mine), len(theirs)))
    return best >= 0.6


_SAME_SIDE = {Actor.DEFENDANTS: Actor.DEFENSE_COUNSEL}


def _names_another_actor(item: ProposedObligation, template: Obligation) -> bool:
    """The order names who acts, and it is not the template's actor.

    "Counsel for Plaintiff and counsel for Defendant shall file a joint letter" is no "Defense
    counsel must file the Joint Statement".
    """
    who = item.who.strip().lower()
    if who in ("", "all", "counsel", "(content)") or template.who in (Actor.ALL, Actor.NOBODY):
        return False
    mine = actor_for(who)
    return _SAME_SIDE.get(mine, mine) != _SAME_SIDE.get(template.who, template.who)


def to_obligations(items: Sequence[ProposedObligation],
                   signed: date | None = None) -> tuple[Obligation, ...]:
    """Turn the accepted items into a matter's obligations.

    Args:
        items: The items the user accepted (and perhaps edited), in the order's order.
        signed: The order's date (a conference the order sets before it is one held).

    Returns:
        The obligations: template items merged by id, the rest as the user's own.
    """
    template = {o.id: o for o in sample_obligations()}
    taken: set[str] = set()
    ids: dict[int, str] = {}
    for i, item in enumerate(items):
        sid = item.suggested_id
        if sid in template and _like_template(item, template[sid]):
            ids[i] = sid
            taken.add(sid)
    # Items the importer took for the same template step, but worded or owned otherwise than
    # the template ("the parties shall file a joint statement" within 10 days of the
    # conference, and in any event within 45 days of service): one step of the order's own,
    # with both clocks, as the template's would have been.
    # (Two papers of one sentence read alike, "that any joint stipulation be filed ..., and
    # that any supplemental memorandum be filed ...", stay two.)
    own_ids: dict[str, tuple[str, set[str], str]] = {}
    for i, item in enumerate(items):
        if i in ids:
            continue
        sid = item.suggested_id
        first = own_ids.get(sid or "")
        if first is not None and sid not in taken and item.kind is Kind.DEADLINE and \
                item.source_sentence != first[2] and _same_paper(_words(item.what), first[1]):
            ids[i] = first[0]
            continue
        ids[i] = _slug(item.what or item.source_sentence, taken)
        if sid in template and template[sid].kind is Kind.DEADLINE \
                and item.kind is Kind.DEADLINE:
            own_ids.setdefault(sid, (ids[i], _words(item.what), item.source_sentence))
    merged: dict[str, Obligation] = {}
    order: list[str] = []
    for i, item in enumerate(items):
        oid = ids[i]
        # Notices, prohibitions and warnings may mention a date ("the hearing set for April
        # 7 is vacated"), but nobody has to act by it.
        rule = _rule(item, ids, items, signed) if item.kind in (Kind.DEADLINE, Kind.DUTY) \
            else None
        quote = _quote(item)
        if oid in merged:
            ob = merged[oid]
            quotes = ob.quotes if any(q.text == quote.text for q in ob.quotes) else (
                *ob.quotes, quote)
            rules = ob.rules
            if rule is not None and all(r.clock != rule.clock for r in rules):
                rules = (*rules, rule)
            merged[oid] = replace(ob, quotes=quotes, rules=rules)
            continue
        order.append(oid)
        base = template.get(oid)
        if base is not None:
            merged[oid] = replace(base, quotes=(quote,),
                                  rules=(rule,) if rule is not None else ())
        else:
            merged[oid] = Obligation(
                oid, _title(item), actor_for(item.who), item.kind, _stage(item.kind, rule),
                (quote,), (rule,) if rule is not None else (), custom=True,
                filing=bool(re.search(r"\bfile\b|\bfiled\b", item.what, re.I)))
    rank = {oid: i for i, oid in enumerate(template)}
    # Template items in the template's order (the life of the dispute), the order's own
    # items after them in the order's order.
    obligations = sorted((merged[oid] for oid in order),
                         key=lambda ob: (rank.get(ob.id, len(rank)), order.index(ob.id)))
    # A deadline counted from an event the app cannot date stays a deadline, undated: the
    # checklist shows it without a date and the user can fix one by hand.
    return tuple(obligations)


def district_for(court: str | None) -> str | None:
    """The district code a caption's court names ("Eastern District of California", "S.D.N.Y.").

    A bankruptcy court maps to its district. None when no district is named.
    """
    return district_code(court)


def court_of(result: ImportResult, text: str) -> str | None:
    """The district an imported order comes from, or None when it does not say.

    The caption's court, else a district named near the top ("S.D.N.Y.", a CM/ECF address);
    the built-in sample order, which has no caption, is E.D. Cal.'s (DOMAIN.md).

    Args:
        result: What the importer read.
        text: The order's text as read.

    Returns:
        The district's code, or None.
    """
    code = district_for(result.caption.court)
    if code is None and " ".join(text.split()) == " ".join(sample_order_text().split()):
        code = "caed"
    return code


#: The court a matter gets when the order names none and the user chose none. Whoever makes
#: the matter must say so (the wizard asks; ``matter new`` prints a note).
FALLBACK_DISTRICT = "caed"

#: What counsel is called when the order mentions but does not name them: documents print
#: a gap for the name.
GENERIC_COUNSEL = {Role.PLAINTIFF: "Plaintiff's counsel", Role.DEFENDANT: "Defense counsel"}


def _party(party_id: str, name: str, role: Role, said: SideCounsel, text: str) -> Party:
    """A party as the order shows it: pro se, counsel (named or not), or not known."""
    if said.status is Represented.PRO_SE:
        return Party(party_id, name, role)
    if said.status is Represented.COUNSEL:
        counsel = display_case_name(said.counsel, text) if said.counsel else \
            GENERIC_COUNSEL[role]
        firm = display_case_name(said.firm, text) if said.firm else ""
        return Party(party_id, name, role, counsel=counsel, firm=firm)
    return Party(party_id, name, role, counsel=UNKNOWN_COUNSEL)


def parties_from_import(result: ImportResult, text: str,
                        perspective: Perspective | None = None) -> tuple[Party, ...]:
    """The plaintiff and the defendants, each with who speaks for them as far as known.

    The order's words decide ("Plaintiff is a state prisoner proceeding pro se", "/s/ Anita
    Patel ... Attorneys for Plaintiff", "counsel for Defendant"); the user's own side fills a
    gap: a plaintiff representing themselves is pro se, defense staff's side has counsel.
    What neither says stays unknown (``UNKNOWN_COUNSEL``): documents mark it as a gap.

    Args:
        result: What the importer read.
        text: The order's text.
        perspective: The user's side, if the user said it.

    Returns:
        The plaintiff, then the defendants.
    """
    case_name = display_case_name((result.caption.case_name or "").strip(), text)
    plaintiff, defendant = "Plaintiff", "Defendants"
    if " v. " in case_name:
        left, right = case_name.split(" v. ", 1)
        plaintiff, defendant = left.strip(" ,") or plaintiff, right.strip(" ,") or defendant
    said = representation(text, result.caption.case_number)
    if perspective is Perspective.PLAINTIFF and said["plaintiff"].status is not \
            Represented.COUNSEL:
        said["plaintiff"] = SideCounsel(Represented.PRO_SE, why="you represent yourself")
    if perspective is Perspective.DEFENSE and said["defendant"].status is Represented.UNKNOWN:
        said["defendant"] = SideCounsel(Represented.COUNSEL, why="you are defense counsel")
    return (_party("plaintiff", plaintiff, Role.PLAINTIFF, said["plaintiff"], text),
            _party("defendants", defendant, Role.DEFENDANT, said["defendant"], text))


def matter_from_import(result: ImportResult, text: str,
                       accepted: Sequence[ProposedObligation], *, today: date,
                       district_code: str | None = None, name: str | None = None,
                       perspective: Perspective | None = None,
                       order_date: date | None = None) -> Matter:
    """Build a new matter from an import the user confirmed.

    Args:
        result: What the importer read.
        text: The order's text as read.
        accepted: The items the user accepted.
        today: Today, used as the order's date when none was found or given.
        district_code: The court; from the caption when not given; ``FALLBACK_DISTRICT``
            (E.D. Cal.) otherwise, which the caller must tell the user.
        name: What to call the matter.
        perspective: Whose view, if the user said (the plaintiff's otherwise); the user's
            own side's representation follows from it where the order is silent.
        order_date: The order's date as the user confirmed it.

    Returns:
        The matter (id empty: the store gives it one).
    """
    cap = result.caption
    signed = order_date or result.order_date or today
    code = district_code or court_of(result, text) or FALLBACK_DISTRICT
    case_name = display_case_name((cap.case_name or "").strip(), text)
    parties = parties_from_import(result, text, perspective)
    # A party without counsel is served on paper (Rule 5(b)(2)(C)); counsel, and a party
    # whose representation is not known, electronically: the earlier date, never a later one.
    order = Order(signed, text, ecf=result.order_ecf, service=tuple(
        OrderService(p.id, signed, Service.MAIL if p.pro_se else Service.ELECTRONIC)
        for p in sorted(parties, key=lambda p: p.role is Role.PLAINTIFF)),
        title=(cap.title or "Order").strip().capitalize()[:200])
    obligations = to_obligations(accepted, signed)
    if not obligations:
        obligations = sample_obligations()
    title = name or case_name or f"Imported order of {signed:%B %d, %Y}"
    return Matter(id="", name=title, district_code=code, order=order, obligations=obligations,
                  case_name=case_name, case_number=cap.case_number or "",
                  judge=display_case_name(result.judge or "", text),
                  motion_ecf=result.motion_ecf, parties=parties,
                  perspective=perspective or Perspective.PLAINTIFF)
