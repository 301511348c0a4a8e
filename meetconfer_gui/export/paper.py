"""Which joint paper the order asks for, and what it must say, read from the matter's items.

The sample order asks for a "Joint Statement" saying (a)-(c) (FILING.md 2.3). Other orders
ask for a joint letter (S.D.N.Y., D.N.J.), a joint discovery letter brief (N.D. Cal.), a
joint stipulation (C.D. Cal. L.R. 37-2) or a joint status report (N.D. Ill., D. Me.), and say
what it must contain in their own words. The imported obligations hold those words: the
paper's title comes from the item that asks for it, and its sections from the items of kind
``content`` (or, without such items, from the purpose of the paper).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.domain.obligations import Actor, Kind, Obligation
from meetconfer_gui.export.courts import order_lines


class PaperKind(StrEnum):
    """The kinds of joint paper orders ask for."""

    STATEMENT = "statement"
    LETTER = "letter"
    LETTER_BRIEF = "letter brief"
    STIPULATION = "stipulation"
    STATUS_REPORT = "status report"
    NOTICE = "notice"
    NOTICE_OF_DISPUTE = "notice of dispute"  # the moving party's own paper (E.D. Tex.)


class Purpose(StrEnum):
    """What the paper is for: to put a dispute to the court, or to report on the status."""

    DISPUTE = "dispute"
    STATUS = "status"


class Section(StrEnum):
    """The sections the app can write from the matter's record."""

    CONFERENCE = "conference"  # the parties met and conferred, when and how
    STATUS = "status"  # resolved in full / in part / not at all
    AT_ISSUE = "at_issue"  # each request still at issue
    PROPOSALS = "proposals"  # each side's final compromise proposal
    ORDERED = "ordered"  # what the order required of the parties, and whether it was done
    CUSTOM = "custom"  # anything else the order asks for: a gap to fill


@dataclass(frozen=True, slots=True)
class PaperSection:
    """A section of the paper and the order's item it answers (None: the app's default)."""

    section: Section
    obligation: Obligation | None = None
    heading: str = ""


@dataclass(frozen=True, slots=True)
class Paper:
    """The paper to draft.

    Attributes:
        kind: Statement, letter, letter brief, stipulation, status report.
        purpose: Dispute or status.
        name: The paper's name as a sentence says it ("Joint Letter").
        obligation: The item that asks for it, if one does.
        sections: What it must say, in order.
        page_limit: The pages the order allows it ("not to exceed five pages"), or None.
    """

    kind: PaperKind
    purpose: Purpose
    name: str
    obligation: Obligation | None
    sections: tuple[PaperSection, ...]
    page_limit: int | None = None

    @property
    def joint(self) -> bool:
        """Whether all parties sign it (a notice of dispute is the moving party's alone)."""
        return self.kind is not PaperKind.NOTICE_OF_DISPUTE


# (pattern, kind, name); the first that matches an item's words wins. "Pretrial" statements
# and reports belong to the trial schedule, not to a discovery dispute.
_PAPERS: tuple[tuple[re.Pattern[str], PaperKind, str], ...] = (
    (re.compile(r"\bjoint\s+(?:discovery\s+)?letter[\s-]+brief", re.I), PaperKind.LETTER_BRIEF,
     "Joint Discovery Letter Brief"),
    (re.compile(r"\bjoint\s+(?:discovery\s+|status\s+)?letter\b", re.I), PaperKind.LETTER,
     "Joint Letter"),
    (re.compile(r"\bjoint\s+stipulation\b", re.I), PaperKind.STIPULATION, "Joint Stipulation"),
    (re.compile(r"\bjoint\s+(?:status\s+)?report\b", re.I), PaperKind.STATUS_REPORT,
     "Joint Status Report"),
    (re.compile(r"\bjoint\s+notice\b", re.I), PaperKind.NOTICE, "Joint Notice"),
    (re.compile(r"\bjoint\s+statement\b", re.I), PaperKind.STATEMENT, "Joint Statement"),
    # Not joint: the party seeking relief files it, the other side responds.
    (re.compile(r"\bnotice\s+of\s+(?:the\s+|a\s+)?(?:discovery\s+)?dispute\b", re.I),
     PaperKind.NOTICE_OF_DISPUTE, "Notice of Discovery Dispute"),
)
_PRETRIAL = re.compile(r"\bpre-?trial\b|\bRule\s+26\(f\)|\bscheduling\b|\bcase\s+management\b",
                       re.I)
_STATUS_WORDS = re.compile(r"\bstatus\b|\bupdat", re.I)

# What a content item asks for, by its words (the sample's template ids first).
_TEMPLATE_SECTIONS = {"statement_content_a": Section.CONFERENCE,
                      "statement_content_b": Section.STATUS,
                      "statement_content_c": Section.AT_ISSUE}
_CONTENT_WORDS: tuple[tuple[re.Pattern[str], Section], ...] = (
    (re.compile(r"compromise|proposal|\bposition", re.I), Section.PROPOSALS),
    (re.compile(r"met and conferred|meet and confer|\bconferred\b|\battest", re.I),
     Section.CONFERENCE),
    (re.compile(r"\bat issue\b|each (?:specific )?(?:discovery )?request|requests? (?:that )?"
                r"remain", re.I), Section.AT_ISSUE),
    (re.compile(r"resolv|dispute remains|remains? in dispute|part of the dispute|\boutcome\b",
                re.I),
     Section.STATUS),
)
# "file a joint status report stating whether any part of the dispute remains"
_SAYING = re.compile(r"\b(?:stating|setting forth|addressing|describing|identifying|"
                     r"explaining|updating the Court on|informing the Court (?:of|whether))\s+"
                     r"(.+?)(?=\s+(?:by|within|no later than|on or before|before)\b|[.;]|$)", re.I)
_CONFER = re.compile(r"\bconfer", re.I)


def _find_paper(matter: Matter) -> tuple[PaperKind, str, Obligation | None, str]:
    """The paper's kind, name, the item asking for it, and the sentence that does."""
    items = [o for o in matter.obligations
             if o.kind in (Kind.DEADLINE, Kind.DUTY) and o.id not in matter.not_applicable]
    # The template's own filing step first; then an item whose title names the paper; then
    # filings; then the order's words of any other task.
    ranked = sorted(items, key=lambda o: (o.id != "statement_file", not o.filing))
    for pattern, kind, name in _PAPERS:
        for titles_only in (True, False):
            for ob in ranked:
                texts = (ob.title,) if titles_only else tuple(q.text for q in ob.quotes)
                for text in texts:
                    sentence = _sentence_asking(pattern, text)
                    if sentence is not None:
                        if titles_only:  # the order's own sentence, if one says it
                            sentence = next((x for x in (_sentence_asking(pattern, q.text)
                                                         for q in ob.quotes) if x), sentence)
                        if kind is PaperKind.LETTER:  # "Joint Status Letter", as the order says
                            said = pattern.search(sentence)
                            if said is not None:
                                name = " ".join(w.capitalize() for w in said.group(0).split())
                        return kind, name, ob, sentence
    statement = next((o for o in items if o.id == "statement_file"), None)
    return PaperKind.STATEMENT, "Joint Statement", statement, ""


def _sentence_asking(pattern: re.Pattern[str], text: str) -> str | None:
    """The sentence of ``text`` that asks for the paper ``pattern`` names, if any."""
    for sentence in re.split(r"(?<=[.;])\s+", text):
        found = pattern.search(sentence)
        if found is None or _PRETRIAL.search(sentence):
            continue
        # A paper already filed ("the parties' joint letter dated May 3") is background,
        # not the one the order asks for.
        if re.search(r"\bdated\b|\bfiled\s+on\b", sentence[found.end():][:20], re.I):
            continue
        return sentence
    return None


def _content_section(ob: Obligation) -> Section:
    if ob.id in _TEMPLATE_SECTIONS:
        return _TEMPLATE_SECTIONS[ob.id]
    text = ob.title
    for pattern, section in _CONTENT_WORDS:
        if pattern.search(text):
            return section
    return Section.CUSTOM


def _clause_sections(sentence: str) -> list[PaperSection]:
    """Sections asked for in the paper's own sentence ("... stating whether ...")."""
    found = _SAYING.search(sentence)
    if found is None:
        return []
    clause = found.group(1).strip()
    for pattern, section in _CONTENT_WORDS:
        if pattern.search(clause):
            return [PaperSection(section)]
    if re.search(r"status of discovery|discovery", clause, re.I):
        heading = re.sub(r"^(?:the\s+)?(?:status\s+of\s+)?(?:the\s+)?", "", clause, flags=re.I)
        return [PaperSection(Section.ORDERED, heading=f"STATUS OF {heading.upper()}")]
    return [PaperSection(Section.CUSTOM, heading=clause.upper(), obligation=None)]


_DEFAULT_MOTION = "Defendants' motion to compel"  # the matter model's default title
_MOTION = (r"((?i:(?:letter[- ])?motion(?:\s+(?:to|for)\s+(?:compel|a\s+protective\s+order|"
           r"sanctions))?))")
# "Seabreeze's motion to compel (Doc. 33)", "defendant's motion to compel [48]",
# "Plaintiff's letter-motion at ECF No. 74"
_OWNER_MOTION = re.compile(r"\b([A-Z][\w&.-]*'s?|(?:[Pp]laintiff|[Dd]efendant|[Dd]ebtor)s?'s?)"
                           r"\s+" + _MOTION)  # curly quotes are made straight first
# "the Motion of the Official Committee of Unsecured Creditors (the "Committee") to Compel"
_MOTION_OF = re.compile(r"\b[Mm]otion\s+of\s+(?:the\s+)?((?:[A-Z][\w&.-]*\s+(?:of\s+)?){0,6}?"
                        r"[A-Z][\w&.-]*)\s*(?:\([^)]{0,40}\)\s*)?to\s+[Cc]ompel")


def _possessive(name: str) -> str:
    return name + "'" if name.endswith("s") else name + "'s"


def motion_title_for(matter: Matter) -> str:
    """The motion as the order names it ("Seabreeze's motion to compel").

    A title the user set is kept. The model's default ("Defendants' motion to compel") is
    kept only where the order's words bear it out; otherwise the order's own phrase, the one
    nearest the motion's docket number, or "the motion".

    Args:
        matter: The matter.

    Returns:
        The motion's title in sentence case.
    """
    title = matter.motion_title.strip()
    text = " ".join(" ".join(order_lines(matter.order.text)).replace("\u2019", "'").split())
    if (title and title != _DEFAULT_MOTION) or not text:
        return title or "the motion"
    found: list[tuple[int, str]] = []
    for m in _OWNER_MOTION.finditer(text):
        owner = m.group(1).strip()
        if owner.lower().rstrip("'s") in ("the", "a", "any", "this", "its", "their", "his",
                                         "her", "that"):
            continue
        owner = owner.capitalize() if owner.isupper() else owner[:1].upper() + owner[1:]
        found.append((m.end(), f"{owner} {m.group(2).lower()}"))
    for m in _MOTION_OF.finditer(text):
        found.append((m.end(), f"the {_possessive(m.group(1).strip())} motion to compel"))
    if not found:
        return "the motion"
    ecf = matter.motion_ecf
    if ecf is not None:
        near = [(pos, phrase) for pos, phrase in found
                if re.search(rf"\b{ecf}\b", text[pos:pos + 60])]
        if near:
            return near[0][1]
    compel = [phrase for _, phrase in sorted(found) if "compel" in phrase]
    return (compel or [found[0][1]])[0]


def motion_named(matter: Matter) -> bool:
    """Whether the order is about a motion the matter can name.

    An imported matter keeps the model's default title ("Defendants' motion to compel") even
    when the order names no motion ("Defendant may file its motion to compel" names one not
    yet filed); then the paper speaks of the parties' discovery dispute instead.

    Args:
        matter: The matter.

    Returns:
        True for a matter without order text (built by hand), an order titled for a motion,
        or a motion the order names with its mover (a docket number alone may be the
        parties' letter's).
    """
    if not matter.order.text.strip() or "motion" in matter.order.title.lower():
        return True
    return motion_title_for(matter) != "the motion"


_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20,
            "twenty-five": 25, "thirty": 30}
_PAGE_LIMIT = re.compile(r"\b(?:not\s+(?:to\s+)?exceed(?:ing)?|no\s+(?:more|longer)\s+than|"
                         r"not\s+more\s+than|limited\s+to|up\s+to|maximum\s+of)\s+"
                         r"(\d+|[a-z]+(?:-[a-z]+)?)\s*(?:\(\d+\)\s*)?pages?\b", re.I)


def page_limit(sentence: str) -> int | None:
    """The page limit a sentence sets ("a joint letter, not to exceed five (5) pages").

    Args:
        sentence: The order's sentence asking for the paper.

    Returns:
        The number of pages, or None.
    """
    found = _PAGE_LIMIT.search(sentence)
    if found is None:
        return None
    word = found.group(1).lower()
    return int(word) if word.isdigit() else _NUMBERS.get(word)


def named_paper(matter: Matter) -> str | None:
    """The joint paper's name as the matter's items ask for it ("Joint Letter"), or None.

    None when no item names a paper: ``paper_for`` then drafts the sample's Joint Statement.
    The window names the paper with this too, so the checklist, the dialogs and the document
    always agree (ui/wording.py).
    """
    _kind, name, _ob, sentence = _find_paper(matter)
    return name if sentence else None


def paper_for(matter: Matter) -> Paper:
    """The paper the matter's order asks for and the sections it must have.

    Args:
        matter: The matter with its imported (or template) obligations.

    Returns:
        The paper. Without any item asking for a joint paper, the sample's Joint Statement.
    """
    kind, name, ob, sentence = _find_paper(matter)
    status = kind is PaperKind.STATUS_REPORT or bool(
        kind is PaperKind.LETTER and sentence and _STATUS_WORDS.search(sentence)
        and not re.search(r"\bdisput", sentence, re.I))
    purpose = Purpose.STATUS if status else Purpose.DISPUTE
    contents = [o for o in matter.obligations
                if o.kind is Kind.CONTENT and o.id not in matter.not_applicable]
    sections: list[PaperSection] = []
    if contents:
        for c in contents:
            sections.append(PaperSection(_content_section(c), c))
        if purpose is Purpose.DISPUTE and not any(
                s.section is Section.STATUS for s in sections) and \
                any(s.section is Section.AT_ISSUE for s in sections):
            sections.insert(0, PaperSection(Section.STATUS))
    else:
        confer = any(_CONFER.search(o.title) and o.who is not Actor.COURT
                     for o in matter.obligations if o.id not in matter.not_applicable)
        if confer or purpose is Purpose.DISPUTE:
            sections.append(PaperSection(Section.CONFERENCE))
        if kind is PaperKind.NOTICE_OF_DISPUTE:  # filed only when the dispute remains
            sections.append(PaperSection(Section.AT_ISSUE))
        elif purpose is Purpose.DISPUTE:
            sections += [PaperSection(Section.STATUS), PaperSection(Section.AT_ISSUE)]
        else:
            asked = _clause_sections(sentence)
            sections += asked
            if not any(s.section is Section.ORDERED for s in sections):
                sections.append(PaperSection(Section.ORDERED))
    if purpose is Purpose.DISPUTE and kind in (PaperKind.LETTER, PaperKind.LETTER_BRIEF,
                                               PaperKind.STIPULATION) and not any(
            s.section is Section.AT_ISSUE for s in sections):
        sections.append(PaperSection(Section.AT_ISSUE))
    seen: set[object] = set()
    unique: list[PaperSection] = []
    for s in sections:
        key: object = s.section if s.section is not Section.CUSTOM else (s.obligation, s.heading)
        if key not in seen:
            seen.add(key)
            unique.append(s)
    limit = page_limit(sentence)
    if limit is None and ob is not None:
        limit = next((n for n in (page_limit(t) for t in (ob.title, *(q.text for q in
                                                                       ob.quotes))) if n), None)
    return Paper(kind, purpose, name, ob, tuple(unique), limit)
