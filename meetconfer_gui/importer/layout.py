"""From an order's lines to its sentences, without the page furniture.

Court orders carry much that is not their text: pleading-paper line numbers (1-28 at the start
of each line, or in runs of their own where a PDF's margin was copied separately), "///" at the
foot of a page, ECF headers ("Case 1:13-cv-01820-DAD-BAM Document 48 Filed 10/04/17 Page 1 of
3") and other lines repeated on every page, the caption, the signature block, footnote markers,
words hyphenated at line ends and ``**`` emphasis. This module sorts every line into body,
caption, signature, blank or furniture, joins the body into paragraphs (a page break in the
middle of a sentence does not end it) and splits them into sentences, each with the lines of
the text as read it spans, its page and its printed line numbers.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import StrEnum

from meetconfer_gui.importer.reading import OrderText


class LineRole(StrEnum):
    """What a line of the text is."""

    BODY = "body"
    BLANK = "blank"
    FURNITURE = "furniture"  # line numbers, "///", page headers and footers
    CAPTION = "caption"
    SIGNATURE = "signature"
    FOOTNOTE = "footnote"  # read as its own paragraph, not inside the sentence it interrupts


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text as read, sorted.

    Attributes:
        number: 1-based line number in the text as read.
        text: The line cleaned: line number, marks and odd spaces taken out.
        role: What the line is.
        printed: The pleading-paper line number printed at its start, if any.
        page: The page it is on.
        columns: The line's columns where it has gaps of three or more spaces (a caption's
            parties on the left, case number and title on the right); the left column starts
            with "" when the line is indented far (the right column only).
    """

    number: int
    text: str
    role: LineRole
    printed: int | None
    page: int
    columns: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the order's body (or a list item, or a heading).

    Attributes:
        text: The sentence: white space collapsed, furniture out, otherwise verbatim.
        first: First line (1-based) of the text as read.
        last: Last line.
        page: Page of its first line.
        printed: First and last printed line numbers, where the lines have them.
        block: Index of its paragraph.
        enumerator: The item label it starts with ("(a)", "3"), or "".
        intro: Index of the sentence introducing the list it is an item of, or None.
        heading: Whether it is a heading rather than a sentence.
        row: Whether it is one row of a table of dates ("Discovery completed by    September
            15, 2025", "Fact Discovery Cut-Off ...... July 31, 2025"): a label and a date.
        letter: Whether it is in a party's letter the order is written on (a memo
            endorsement): the party's words, not the court's.
    """

    text: str
    first: int
    last: int
    page: int
    printed: tuple[int, int] | None
    block: int
    enumerator: str = ""
    intro: int | None = None
    heading: bool = False
    row: bool = False
    letter: bool = False


@dataclass(frozen=True, slots=True)
class Layout:
    """The order sorted: its lines, its sentences, its caption and signature lines.

    Attributes:
        lines: Every line of the text as read, sorted.
        sentences: The body's sentences, in order.
        ecf_document: The docket number in the ECF page header ("Document 48"), if any.
    """

    lines: tuple[Line, ...]
    sentences: tuple[Sentence, ...]
    ecf_document: int | None = None

    def lines_with(self, role: LineRole) -> tuple[Line, ...]:
        """The lines of one role, in order."""
        return tuple(ln for ln in self.lines if ln.role is role)


# --- cleaning one line -------------------------------------------------------------------

_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
_TRANSLATE: dict[int, str | None] = {
    **{ord(c): " " for c in "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
       "\u2009\u200a\u202f\u205f\u3000"},
    **{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad" + _SUPERSCRIPTS},
    **{i: " " for i in range(32)},
    0x7F: " ",
    0x2011: "-",
    0xFB00: "ff", 0xFB01: "fi", 0xFB02: "fl", 0xFB03: "ffi", 0xFB04: "ffl",
}
# A footnote number glued to the end of a word's punctuation: "dispute.2 The parties".
_FOOTNOTE = re.compile(r"(?<=[A-Za-z)\]\"\u201d\u2019])([.,;:])\d{1,2}(?=\s|$)")
_BRACKET_FOOTNOTE = re.compile(r"(?<=[\w.,;:])\[\d{1,2}\]")
# A reporter's star page inside the text of a printout: "each withheld reserve [*2]  entry"
# (Lexis), "[**14]".
_STAR_PAGE = re.compile(r" ?\[\*{1,2}\d{1,4}\] ?")
_SPACES = re.compile(r"\s+")
# Odd spaces read as spaces, to find a table's gaps; zero-width ones and soft hyphens out.
_TRANSLATE_GAPS: dict[int, str | None] = {
    **{ord(c): " " for c in "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008"
       "\u2009\u200a\u202f\u205f\u3000"},
    **{ord(c): None for c in "\u200b\u200c\u200d\u2060\ufeff\u00ad"},
}


_PIPE_ROW = re.compile(r"^\s*\|.*\|\s*$")


def _unpipe(raw: str, gap: str) -> str:
    """A table drawn in pipes ("| Completion of discovery | July 31, 2026 |"): its cells."""
    if not _PIPE_ROW.match(raw):
        return raw
    inner = raw.strip()[1:-1]
    return gap.join(cell.strip() for cell in inner.split("|"))


# A form's blank filled in: "on or before the ___3rd___ day of ___April___, 2026", "____14____
# days": the value without the rule it was written on.
_FILLED_BLANK = re.compile(r"_{2,}([^\s_](?:[^_]{0,40}?[^\s_])?)_{2,}")


def clean_line(raw: str) -> tuple[str, bool]:
    """Clean one line: odd spaces, emphasis marks, footnote markers and ligatures out.

    Args:
        raw: The line as read.

    Returns:
        The cleaned line (white space collapsed, stripped) and whether it ended in a soft
        hyphen (a word broken across lines by the typesetter).
    """
    soft = raw.rstrip().endswith("\u00ad")
    text = _unpipe(raw, " ").replace("**", "").translate(_TRANSLATE)
    text = _FOOTNOTE.sub(r"\1", text)
    text = _BRACKET_FOOTNOTE.sub("", text)
    text = _STAR_PAGE.sub(" ", text)
    text = _FILLED_BLANK.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip(), soft


# --- furniture ---------------------------------------------------------------------------

_LEADING_NUMBER = re.compile(r"^([1-9]|1[0-9]|2[0-8])(?: (?=\S)|$)")
_BARE_NUMBERS = re.compile(r"^(?:\d{1,3} ?)+$")
_SLASHES = re.compile(r"^(?:/ ?){3,}$")
_RULE_LINE = re.compile(r"^[_\-=*.\u00b7\u2022~ ]{3,}/?$")  # "______/" closes a caption
# E.D. Cal. and other chambers end orders with a file tag: "/bank2468.mtc", "DLB:10".
# A date alone on a line ("5/15/2026.", the end of a wrapped sentence) is no file tag.
_FILE_TAG = re.compile(
    r"^(?=.*[A-Za-z])(?:[A-Z]{2,4}:\d+ ?)?(?:[\w.\-]* ?/)+[\w.\-]+$|"
    r"^[\w\-]+\.(?:mtc|ord|wpd|ofc)$")
_FOOTNOTE_START = re.compile(
    r"^\s*(?:(?:[1-9]|1\d|2[0-8])\s+)?[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+")
_GLUED_MARK = re.compile(
    r"[A-Za-z)\]\"\u201d\u2019][.,;:](\d{1,2})(?=\s|$)|[\u00b9\u00b2\u00b3\u2074-\u2079]")
_ECF_HEADER = re.compile(
    r"^Case:? .{0,60}?\bDoc(?:ument|\.)? ?#?:? ?(\d{1,6})\b.{0,80}?\bPage ?(?:\d+ of \d+|ID)",
    re.IGNORECASE)
_PAGE_FOOTER = re.compile(
    r"^(?:(?:Page|PAGE|Pg\.) \d+(?: (?:of|OF) \d+)?|- ?\d+ ?-|\d+ of \d+|\[\d+\])$")
_FOOTER_WORDS = re.compile(r"\bPage \d+\b|^\d+$|\b\d+ of \d+\b", re.IGNORECASE)


def _numbered(texts: list[str]) -> bool:
    """Whether the text carries pleading-paper line numbers (runs of n, n+1, ...)."""
    steps = 0
    last = None
    for text in texts:
        m = _LEADING_NUMBER.match(text)
        if not m:
            continue
        value = int(m.group(1))
        if last is not None and 1 <= value - last <= 3:
            steps += 1
        last = value
    return steps >= 5


# --- caption and signature ---------------------------------------------------------------

_COURT_LINE = re.compile(
    r"\b(?:UNITED STATES (?:DISTRICT|BANKRUPTCY) COURT|DISTRICT COURT|SUPERIOR COURT|"
    r"(?:EASTERN|WESTERN|NORTHERN|SOUTHERN|CENTRAL|MIDDLE) DISTRICT OF|DISTRICT OF [A-Z]|"
    r"FOR THE [A-Z ]+ DISTRICT|[A-Z]+ DIVISION|COURT OF FEDERAL CLAIMS|"
    r"(?i:court of federal claims))\b")
_CAPTION_MARK = re.compile(
    r"(?:\bPlaintiffs?\b|\bPetitioners?\b|\bDefendants?\b|\bRespondents?\b|^v\.$|^vs\.?$|"
    r"\bCase No\b|\bCase Number\b|\bCivil Action\b|\bCIVIL ACTION\b|\bCASE NO\b|"
    r"^No\. ?[A-Z]{0,3} ?\d|\bRe: ?(?:Dkt|ECF|Doc)|\[Re:|\bJUDGE:|\bCourtroom\b|"
    r"\bHearing Date\b)")
_CASE_MARK_STRONG = re.compile(r"\bCase No\b|\bCASE NO\b|\bPlaintiffs?,|\bv\.$|^v\.|\bvs\.")
_JUDGE_TITLE = re.compile(
    r"^(?:(?:THE |The )?(?:HON(?:ORABLE|\.)|Hon(?:orable|\.)) )?(?:[A-Z][A-Za-z.'\-]*,? ){0,5}"
    r"(?:UNITED STATES|United States|U\. ?S\.) (?:(?:CHIEF|Chief|SENIOR|Senior) )?"
    r"(?:(?:MAGISTRATE|Magistrate|DISTRICT|District|BANKRUPTCY|Bankruptcy) )?(?:JUDGE|Judge)"
    r"[.,]?$"
    r"|^(?:(?:CHIEF|SENIOR|Chief|Senior) )?(?:(?:MAGISTRATE|DISTRICT|BANKRUPTCY|Magistrate|"
    r"District|Bankruptcy) )?(?:JUDGE|Judge)[.,]?$"
    # "Colin H Lindsay, Magistrate Judge": the name, a comma, the title.
    r"|^[A-Z][A-Za-z'\u2019\-]+(?: [A-Z]\.?| [A-Z][A-Za-z'\u2019\-]+){1,3}, (?:(?:CHIEF|SENIOR|"
    r"Chief|Senior) )?(?:MAGISTRATE|DISTRICT|BANKRUPTCY|Magistrate|District|Bankruptcy) "
    r"(?:JUDGE|Judge)[.,]?$")
# "Date filed: 06/30/2025", "Date of last filing: ..." head a docket sheet: the case's dates.
_DATE_OF_CASE = r"(?! ?(?i:filed|of (?:last )?filing|terminated|of last)\b)"
_DATED = re.compile(
    r"^(?:DATED|Dated|Date|DATE|Signed|SIGNED|Entered|ENTERED|ENTER(?= ?:))\b" + _DATE_OF_CASE +
    r" ?(?:this\b|on\b|at\b)?[:,.]? ?"
    r".{0,40}?(?:\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")
_DATED_LABEL = re.compile(r"^(?:DATED|Dated|Date|DATE|Signed|SIGNED|Entered|ENTERED|ENTER)"
                          + _DATE_OF_CASE + r" ?:")
_DATE_ONLY = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December) \d{1,2}, "
    r"\d{4}\.?$|^\d{1,2}/\d{1,2}/\d{2,4}$")
_SIGNED = re.compile(r"/s/|^By: ?/|^s/ ?[A-Z]", re.IGNORECASE)
# "Attorneys for Defendant" under a signature; but "Counsel for Plaintiff is directed to ..."
# starts a sentence.
_COUNSEL_FOR = re.compile(r"^(?:Attorneys?|Counsel) for\b", re.IGNORECASE)
_SENTENCE_VERB = re.compile(r"\b(?:shall|must|is|are|will|may|should|has|have)\b")
_CLOSING = re.compile(r"\bIT IS SO ORDERED\b|\bSO ORDERED\b", re.IGNORECASE)


def _upper_ratio(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return 0.0
    return sum(1 for c in letters if c.isupper()) / len(letters)


def _looks_like_body(text: str) -> bool:
    """A line of running text: several words, mostly lower case, no caption marks."""
    words = text.split()
    if len(words) < 6 or _upper_ratio(text) > 0.5:
        return False
    if " ) " in f" {text} " and text.count(")") > text.count("("):
        return False  # a two-column caption line: "Plaintiff, ) ORDER ..."
    marked = _CAPTION_MARK.search(text) or _CASE_MARK_STRONG.search(text)
    return not marked or len(words) >= 12


# --- tables of dates and parties' letters -------------------------------------------------

_MONTH_NAMES = (r"(?i:January|February|March|April|May|June|July|August|September|October|"
                r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|"
                r"Nov\.|Dec\.)")
# "9:00 a.m., Tuesday, September 15, 2026": a time may come first (D. Haw. dot leaders); a
# weekday may be cut short ("Thu., February 19, 2026", a Ninth Circuit time schedule order).
_ROW_DATE = (r"(?:\d{1,2}(?::\d{2})? ?[ap]\.?m\.?,? (?:on )?)?"
             rf"(?:(?:(?i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Tues|Wed|Thu|"
             rf"Thur|Thurs|Fri|Sat|Sun)\.),? )?"
             rf"{_MONTH_NAMES} \d{{1,2}}"
             rf"(?:st|nd|rd|th)?,? \d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})"
             r"(?:,? (?:at )?\d{1,2}(?::\d{2})? ?[ap]\.?m\.?)?")
# A row is short: longer lines are never read as rows (and the patterns stay linear).
_ROW_MAX = 160
# "Discovery completed by          September 15, 2025", "Fact Discovery Cut-Off ...... July
# 31, 2025", "Joinder of additional parties: 5/1/2025", or "July 31, 2025     Fact discovery
# cut-off": a label and a date with a wide gap, dot leaders or a colon between them. The date
# is found first, then the gap before it, so that no pattern backtracks over the gap.
_ROW_DATE_END = re.compile(rf"(?:{_ROW_DATE})\.?$")
_ROW_GAP_END = re.compile(r"(?:(?<=\S) {3,}|\t+| ?[.\u2026_\-]{3,} ?|(?<=[A-Za-z)]):) *$")
_ROW_DATE_FIRST = re.compile(rf"^(?:{_ROW_DATE})(?: {{3,}}|\t+| ?[.\u2026_\-]{{3,}} ?)(?=\S)")
# "ADR report filed          14 days after mediation", "Any reply brief: 21 days from service
# of response brief", "Mediation Report:    Within 7 days after mediation": a row whose
# deadline is a period.
_ROW_PERIOD = re.compile(
    r"(?:(?<=\S) {3,}|\t+| ?[.\u2026_]{3,} ?|(?<=[A-Za-z)]): +)"
    r"(?P<period>(?:(?:within|no later than|not later than|at least) )?"
    r"(?:\d{1,3}|[A-Za-z]+(?: \(\d{1,3}\))?) "
    r"(?:(?:court|business|calendar) )?(?:days?|weeks?) (?:before|after|prior to|following|"
    r"from)\b[^.;]{0,80})$", re.IGNORECASE)
# "Trial Term:      April 2027", "Jury Selection ....... March 2027": a court event set for a
# month with no day.
_ROW_MONTH = re.compile(
    r"(?:(?<=\S) {3,}|\t+| ?[.\u2026_]{3,} ?|(?<=[A-Za-z)]): +)(?:(?:the )?(?:month|term) of )?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December),? \d{4}\.?$", re.IGNORECASE)
_MONTH_EVENT = re.compile(
    r"\b(?:trial|term|hearing|conference|jury selection|calendar call|docket call)\b",
    re.IGNORECASE)
_NOT_A_ROW = re.compile(r"\b(?:dated?|signed|entered|filed|so ordered|/s/|case no|re)\b\W*$|"
                        r"^(?:dated?|signed|entered|filed|so ordered|case no)\b|/s/",
                        re.IGNORECASE)
_SALUTATION = re.compile(
    r"^Dear (?:(?:Chief |Magistrate |District |Senior )?Judge|Your Honor|Hon(?:orable|\.)?|"
    r"Justice|Madam|Sir)\b")  # not "Dear Counsel:": that is the court writing
_VALEDICTION = re.compile(
    r"^(?:Respectfully(?: submitted| yours)?|Sincerely(?: yours)?|Very truly yours|Yours "
    r"(?:truly|sincerely)|Regards|Best regards),?$", re.IGNORECASE)


def _row(raw: str, *, numbered: bool) -> bool:
    """Whether a raw line is one row of a table of dates: a short label and a date."""
    # A tab is a gap however wide it prints ("cut-off\tJune 1, 2026" can expand to one space).
    line = _unpipe(raw, "     ").replace("\t", "   ").translate(_TRANSLATE_GAPS).rstrip()
    if numbered:
        line = re.sub(r"^\s*\d{1,2}(?= )", "", line)
    line = line.strip()
    if len(line) > _ROW_MAX:
        return False
    label = ""
    end = _ROW_DATE_END.search(line)
    if end is not None:
        gap = _ROW_GAP_END.search(line, 0, end.start())
        if gap is not None and gap.end() == end.start():
            label = line[: gap.start()]
    date_first = False
    period = None
    if not label and end is None:
        period = _ROW_PERIOD.search(line)
        if period is not None:
            label = line[: period.start()]
    if not label and end is None and period is None:
        month = _ROW_MONTH.search(line)
        if month is not None and _MONTH_EVENT.search(line[: month.start()]):
            label = line[: month.start()]
    if not label:
        first = _ROW_DATE_FIRST.match(line)
        if first is None:
            return False
        label = line[first.end():]
        date_first = True
    label = label.strip(" .:\u2026_-")
    words = label.split()
    # A label after its date may wrap onto the lines below: "02/13/2026   Motions under F.R.
    # Civ. P. 12(b), together with supporting briefs," (S.D. W. Va.).
    ends = (".", ";") if date_first else (".", ";", ",")
    # "Answer filed   June 3, 2025" tells what happened; "ADR report filed   14 days after
    # mediation" can only be a deadline.
    not_a_row = _NOT_A_ROW.search(label) and not (
        period is not None and re.search(r"\bfiled\W*$", label, re.IGNORECASE))
    return (1 <= len(words) <= 14 and any(c.isalpha() for c in label)
            and not not_a_row and not label.endswith(ends))


def _letter_lines(texts: list[str], roles: list[LineRole]) -> tuple[set[int], set[int]]:
    """A party's letter the order is written on: its body lines, and its signature lines.

    From "Dear Judge ...:" to "Respectfully submitted," (and the signature under it, to the
    next blank line), when the court's own words come after it (a memo endorsement).
    """
    start = next((i for i, t in enumerate(texts) if _SALUTATION.match(t)), None)
    if start is None:
        return set(), set()
    end = next((i for i in range(start + 1, len(texts)) if _VALEDICTION.match(texts[i])), None)
    if end is None:
        return set(), set()
    closing = [i for i, t in enumerate(texts) if _CLOSING.search(t)]
    if not any(i > end for i in closing):
        return set(), set()
    body = set(range(start, end))
    signature = {end}
    i = end + 1
    while i < len(texts) and roles[i] in (LineRole.BODY, LineRole.SIGNATURE) and texts[i]:
        signature.add(i)
        i += 1
    return body, signature


# A docket sheet copied from CM/ECF: "12/18/2025 <tab> 41 <tab> MOTION to Compel ... (Entered:
# 12/18/2025)", one entry a line, under "Date Filed  #  Docket Text".
_DOCKET_ROW = re.compile(r"^\d{1,2}/\d{1,2}/\d{2,4} (?:# ?)?\d{1,6} (?=[A-Z])")
_DOCKET_HEADER = re.compile(r"^Date Filed #? ?(?:Docket Text|Description)$", re.IGNORECASE)
# The entries that are the court's: orders, minute entries, notices of hearing, the clerk's
# settings. "MOTION to Compel", "BRIEF in opposition", "NOTICE of Appearance" are a party's.
_COURT_ENTRY = re.compile(
    r"^(?:[A-Z][A-Za-z'\u2019/&.-]* ){0,4}(?:ORDER|Order|MINUTE ENTRY|Minute Entry|"
    r"ENDORSE\w*|Endorse\w*|JUDGMENT|Judgment)\b|^(?:NOTICE|Notice) (?:OF|of) "
    r"(?:HEARING|Hearing|(?:RE-?)?SCHEDULING|Rescheduling)\b|^(?:Set|Reset|SET|RESET)\b|"
    r"^(?:CLERK|Clerk)['\u2019]?s\b|^(?:MINUTES|Minutes) of\b|^(?:SCHEDULING|Scheduling)\b")


def _docket_entries(texts: list[str], roles: list[LineRole]) -> tuple[set[int], set[int]]:
    """A pasted docket sheet: each entry's first line, and the lines of a party's entries.

    A party's entry ("MOTION to Compel ... Responses due by 1/2/2026") is not the order: its
    dates are the clerk's notes on the party's paper.
    """
    starts = {i for i, t in enumerate(texts)
              if roles[i] is LineRole.BODY and _DOCKET_ROW.match(t)}
    party: set[int] = set()
    if not starts:
        return starts, party
    for i in sorted(starts):
        entry = _DOCKET_ROW.sub("", texts[i])
        if _COURT_ENTRY.match(entry):
            continue
        j = i
        while j < len(texts) and (j == i or (j not in starts and roles[j] is LineRole.BODY
                                             and texts[j])):
            party.add(j)
            j += 1
    return starts, party


# --- joining lines -----------------------------------------------------------------------

_ENUMERATOR = re.compile(
    r"^(?:\((?P<p>[a-z]|[ivx]{1,5}|\d{1,2}|[A-Z])\)|(?P<d>\d{1,2}|[a-z]|[ivx]{1,5}|[A-Z])\.|"
    r"(?P<h>\d{1,2})\))"  # "1) JOINDER OF PARTIES: ..." (a form's numbering)
    r" (?=\S)")
_TERMINAL = re.compile(r"[.:;!?][\"\u201d\u2019')\]]*$|; (?:and|or)$")
_HYPHEN_KEEP = frozenset({
    "in", "set", "non", "self", "cross", "e", "meet", "third", "pro", "ex", "anti", "wet",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "court",
    "well", "follow", "sign", "so", "pre", "multi", "de",
})
_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


# A heading in title case on a line of its own: "Stipulation of Facts", "Motions".
_SMALL = r"(?:of|and|the|for|to|in|on|between|a|an|or|by|with|&)"
_TITLE_LINE = re.compile(rf"^(?:(?:[IVX]{{1,5}}|\d{{1,2}}|[A-Z])\. +)?"
                         rf"(?:[A-Z][\w'\u2019/-]*(?: (?:[A-Z][\w'\u2019/-]*|{_SMALL})){{0,5}}|"
                         rf"\([A-Z][\w'\u2019/-]*(?: (?:[A-Z][\w'\u2019/-]*|{_SMALL})){{0,9}}\))$")


def _heading(text: str) -> bool:
    """A short heading line: "DISCUSSION", "I. BACKGROUND", "ORDER"."""
    words = text.split()
    if not words or len(words) > 7 or text.endswith((",", ";")):
        return False
    if _CLOSING.search(text):
        return True
    return _upper_ratio(text) > 0.85 and sum(c.isalpha() for c in text) >= 3


def _join_hyphen(left: str, right: str, words: set[str]) -> bool:
    """Whether ``left-`` + ``right`` is one word broken by the typesetter (drop the hyphen)."""
    m = re.search(r"([A-Za-z]+)-$", left)
    n = re.match(r"[A-Za-z]+", right)
    if not m or not n:
        return False
    head, tail = m.group(1), n.group(0)
    if tail[0].isupper() or head.lower() in _HYPHEN_KEEP:
        return False
    before = left[: m.start(1)]
    if before.endswith("-"):
        return False  # "meet-and-" + "confer": a compound already
    joined = (head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if joined in words:
        return True
    return hyphenated not in words


@dataclass(slots=True)
class _Block:
    pieces: list[tuple[int, str, int | None, int]]  # line, text, printed, page
    heading: bool = False
    row: bool = False


def _block_text(block: _Block, words: set[str]) -> tuple[str, list[int], list[int]]:
    """The block's text, and for each piece its start offset and index."""
    parts: list[str] = []
    starts: list[int] = []
    length = 0
    for i, (_, text, _, _) in enumerate(block.pieces):
        if i and parts:
            prev = parts[-1]
            split_word = bool(re.search(r"[A-Za-z]-$", prev)) and text[:1].isalpha()
            if prev.endswith("\u00ad") or (split_word and _join_hyphen(prev, text, words)):
                parts[-1] = prev[:-1]
                length -= 1
            elif split_word:
                pass  # a compound broken at its hyphen: "set-" + "up"
            else:
                parts.append(" ")
                length += 1
        starts.append(length)
        parts.append(text)
        length += len(text)
    if parts and parts[-1].endswith("\u00ad"):
        parts[-1] = parts[-1][:-1]
    return "".join(parts), starts, list(range(len(block.pieces)))


# --- sentences ---------------------------------------------------------------------------

_ABBREVIATIONS = frozenset((
    "no", "nos", "v", "vs", "u.s", "u.s.c", "fed", "r", "civ", "p", "crim", "evid", "app",
    "cal", "inc", "co", "corp", "ltd", "llc", "l.l.c", "mr", "mrs", "ms", "dr", "hon", "e.g",
    "i.e", "al", "cir", "ct", "supp", "f", "f.2d", "f.3d", "f.4th", "dkt", "doc", "id", "see",
    "sec", "art", "para", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
    "nov", "dec", "l.r", "civ.l.r", "st", "pp", "ex", "exh", "cf", "approx", "dist", "ed",
    "cl", "rev", "stat", "ann", "gov", "proc", "n.d", "s.d", "e.d", "c.d", "w.d", "d", "ariz",
    "nev", "wash", "tex", "fla", "ill", "mich", "mass", "conn", "colo", "ore",
    # State abbreviations in a court's name ("D. Kan. Rule 37.1(b)", "M.D. Tenn.").
    "kan", "ala", "ark", "del", "ind", "ky", "la", "md", "minn", "miss", "mo", "mont",
    "neb", "okla", "pa", "tenn", "va", "vt", "wis", "wyo", "haw", "ga",
    # Ranks and titles before a name ("the M/V CAPT. JOE", "Officer Sgt. Ruiz", "Det. Lee").
    "capt", "lt", "sgt", "cpl", "col", "gen", "maj", "det", "ofc", "insp", "supt", "rep",
    "sen", "prof", "jr", "sr", "bankr", "adv",
))
# A sentence starts with a capital; or with "lf", a scan's misreading of "If".
_SENT_END = re.compile(
    r"[.!?][\"\u201d\u2019')\]]*(?= +(?:[\"\u201c\u2018(\[]?(?:[A-Z0-9\u00a7]|lf\b)|"
    # A form's check box starts a choice: "... June 30, 2026. [ ] The parties do not ..."
    r"\[[ xX\u2713\u2714]\] |[\u2610\u2611\u2612] ))")
_INLINE_ITEM = re.compile(
    r"[;:](?: (?:and|or))?(?= (?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.) \S)")
_MAX_SENTENCE = 3000
_LABEL_ONLY = re.compile(r" *(?:\d{1,2}|[A-Za-z]|[ivx]{1,5}|[IVX]{1,5})\.$")
_CITATION_ONLY = re.compile(
    r"^\(?(?:see |See )?(?:ECF|Doc\.?|Dkt\.?|Docket)(?: Nos?\.?)? ?[\d ,\-&and]+\.?\)?\.?$"
    # A local rule cited after the sentence it supports: "L.U. Civ. R. 37(b).", "See LR 37.1."
    r"|^(?:[Ss]ee |[Cc]f\. )?(?:L\. ?U\. ?Civ\. ?R\.|L\. ?Civ\. ?R\.|LCvR|LCR|L\. ?R\.|LR|"
    r"Local (?:Civil )?Rule) [\w.()\-]+?\.?$")


_TIME_ZONE = re.compile(
    r" \(?(?:Pacific|Eastern|Central|Mountain|Alaska|Hawaii|Atlantic|[PEMC][SD]T|PT|ET|CT|"
    r"MT)\b")


def _is_abbreviation(text: str, end: int) -> bool:
    """Whether the period at ``end`` closes an abbreviation or an initial, not a sentence."""
    if text[end] != ".":
        return False
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    token = text[start:end].lstrip("([\"\u201c'").lower()
    if not token:
        return False
    if token in _ABBREVIATIONS:
        return True
    if re.fullmatch(r"(?:[a-z]\.){1,3}[a-z]", token) and token not in ("a.m", "p.m"):
        return True  # dotted initials: "L.U. Civ. R. 37(b)", "N.D. Ga."
    if token in ("a.m", "p.m") and _TIME_ZONE.match(text, end + 1):
        return True  # "by 5:00 p.m. Pacific Time on March 17, 2025", "5:00 p.m. (ET) on"
    # An initial ("Barbara A. McAuliffe"), but not a closing "(a)." of a list.
    return len(token) == 1 and token.isalpha() and text[start:end].isupper()


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Split a paragraph into sentences (and inline list items).

    Args:
        text: A paragraph, white space collapsed.

    Returns:
        ``(start, end)`` spans of the sentences, stripped.
    """
    cuts: set[int] = {m.end() for m in _INLINE_ITEM.finditer(text)}
    ordered = sorted(cuts)
    for m in _SENT_END.finditer(text):
        if _is_abbreviation(text, m.start()):
            continue
        # Not the period of an item's own label: "1. The parties ..."
        at = bisect.bisect_right(ordered, m.start())
        begin = ordered[at - 1] if at else 0
        if _LABEL_ONLY.match(text, begin, m.end()):
            continue
        cuts.add(m.end())
        bisect.insort(ordered, m.end())
    # A "sentence" longer than any real one (a paste without full stops) is cut at spaces,
    # so that reading it stays linear.
    for a in range(0, len(text), _MAX_SENTENCE):
        if a and not any(a - _MAX_SENTENCE < c <= a for c in ordered):
            space = text.rfind(" ", a - _MAX_SENTENCE // 2, a)
            cuts.add(space if space > 0 else a)
    spans: list[tuple[int, int]] = []
    start = 0
    for cut in [*sorted(cuts), len(text)]:
        a, b = start, cut
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            if spans and _CITATION_ONLY.match(text[a:b]):
                spans[-1] = (spans[-1][0], b)
            else:
                spans.append((a, b))
        start = cut
    return spans


# --- the whole layout --------------------------------------------------------------------


def _pages_for_text(order: OrderText, printed: list[int | None], bare: list[int | None],
                    ecf: list[bool]) -> list[int]:
    """Page of each line: the reader's pages, or where line numbers start again at 1."""
    count = len(order.lines)
    if order.pages > 1:
        return [order.page_of(n) for n in range(1, count + 1)]
    pages = [1] * count
    page = 1
    highest = 0
    seen_text = False
    for i in range(count):
        value = printed[i] if printed[i] is not None else bare[i]
        if ecf[i] and seen_text:
            page += 1
            highest = 0
            seen_text = False
        elif value is not None:
            if value <= 2 and highest >= 5 and seen_text:
                page += 1
                seen_text = False
                highest = 0
            highest = max(highest, value)
        if printed[i] is not None or (bare[i] is None and order.lines[i].strip()):
            seen_text = True
        pages[i] = page
    return pages


# Lines quoted in a forwarded e-mail start with ">"; so many of them mark the quoting.
_QUOTED_EMAIL_LINES = 3
_EMAIL_QUOTE = re.compile(r"^(?:> ?)+")


def analyse(order: OrderText) -> Layout:
    """Sort the order's lines and split its body into sentences.

    Args:
        order: The text as read.

    Returns:
        The layout.
    """
    count = len(order.lines)
    cleaned: list[str] = []
    soft: list[bool] = []
    for raw in order.lines:
        text, is_soft = clean_line(raw)
        cleaned.append(text)
        soft.append(is_soft)
    if sum(1 for t in cleaned if t.startswith(">")) >= _QUOTED_EMAIL_LINES:
        # A notice forwarded in an e-mail: "> Docket Text:", "> is ORDERED to serve ...".
        cleaned = [_EMAIL_QUOTE.sub("", t) for t in cleaned]

    numbered = _numbered(cleaned)
    printed: list[int | None] = [None] * count
    bare: list[int | None] = [None] * count
    last: int | None = None
    texts: list[str] = []
    for i, text in enumerate(cleaned):
        if _BARE_NUMBERS.match(text):
            values = [int(v) for v in text.split()]
            bare[i] = values[-1] if values[-1] <= 28 else None
            last = values[-1] if values[-1] <= 28 else last
            texts.append("")
            continue
        m = _LEADING_NUMBER.match(text) if numbered else None
        if m:
            value = int(m.group(1))
            if last is None or value == 1 or 0 < value - last <= 4 or value <= 2 < last:
                printed[i] = value
                last = value
                text = text[m.end():]
        texts.append(text)

    ecf_doc: int | None = None
    ecf = [False] * count
    for i, text in enumerate(texts):
        m = _ECF_HEADER.match(text)
        if m:
            ecf[i] = True
            if ecf_doc is None:
                ecf_doc = int(m.group(1))
    pages = _pages_for_text(order, printed, bare, ecf)

    roles = [LineRole.BODY] * count
    for i, text in enumerate(texts):
        if bare[i] is not None or _BARE_NUMBERS.match(cleaned[i]):
            roles[i] = LineRole.FURNITURE
        elif not text:
            roles[i] = LineRole.BLANK if not cleaned[i] else LineRole.FURNITURE
        elif (ecf[i] or _SLASHES.match(text) or _RULE_LINE.match(text)
              or _PAGE_FOOTER.match(text) or (_FILE_TAG.match(text) and " " not in text.strip())):
            roles[i] = LineRole.FURNITURE
    _mark_repeated(texts, roles, pages)
    _mark_email_headers(texts, roles)
    _mark_nef_header(texts, roles)
    _mark_caption(texts, roles, pages)
    _mark_signature(texts, roles)
    _mark_footnotes(order.lines, texts, roles, pages, numbered=numbered)
    letter, letter_signature = _letter_lines(texts, roles)
    for i in letter_signature:
        if roles[i] is LineRole.BODY:
            roles[i] = LineRole.SIGNATURE
    for i, text in enumerate(texts):
        if roles[i] is LineRole.BODY and _DOCKET_HEADER.match(text):
            roles[i] = LineRole.FURNITURE
    entries, party_entries = _docket_entries(texts, roles)
    letter |= party_entries
    rows = {i + 1 for i in range(count) if roles[i] is LineRole.BODY and i not in letter
            and _row(order.lines[i], numbered=printed[i] is not None)}

    words: set[str] = set()
    for i, text in enumerate(texts):
        if roles[i] is LineRole.BODY:
            words.update(w.lower() for w in _WORD.findall(text))

    lines = tuple(Line(i + 1, texts[i], roles[i], printed[i], pages[i],
                       _columns(order.lines[i], numbered=printed[i] is not None)
                       if roles[i] is LineRole.CAPTION else ())
                  for i in range(count))
    wraps = _row_wraps(order.lines, roles, rows)
    blocks = _blocks(lines, soft, rows, wraps, {i + 1 for i in entries})
    sentences = _sentences(blocks, words, {i + 1 for i in letter})
    return Layout(lines, tuple(sentences), ecf_doc)


def _columns(raw: str, *, numbered: bool) -> tuple[str, ...]:
    """A caption line's columns, split at gaps of three or more spaces (or a tab)."""
    expanded = raw.expandtabs(8)
    if numbered:
        expanded = re.sub(r"^\s*\d{1,2} ", "", expanded)
    indent = len(expanded) - len(expanded.lstrip())
    # A column of ")" or "*" (the Court of Federal Claims, E.D. La.) divides the caption.
    parts = [clean_line(p)[0] for p in re.split(r" {3,}|(?:^| )[)*](?= |$)", expanded.strip())]
    parts = [p for p in parts if p and p not in ("*", ")")]
    if indent >= 24 and len(parts) == 1:
        return ("", parts[0])
    return tuple(parts)


def _mark_repeated(texts: list[str], roles: list[LineRole], pages: list[int]) -> None:
    """Lines repeated at the top or foot of several pages (running headers, footers)."""
    edge: set[int] = set()
    by_page: dict[int, list[int]] = {}
    for i, role in enumerate(roles):
        if role is LineRole.BODY:
            by_page.setdefault(pages[i], []).append(i)
    for members in by_page.values():
        edge.update(members[:3])
        edge.update(members[-3:])
    keys: list[str | None] = []
    for i, text in enumerate(texts):
        if roles[i] is not LineRole.BODY or len(text) < 5:
            keys.append(None)
            continue
        keys.append(re.sub(r"\d+", "#", text.lower()))
    where: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        if key:
            where.setdefault(key, []).append(i)
    paged = len(by_page) >= 2
    for found in where.values():
        if len(found) < 2:
            continue
        if paged:
            repeated = len({pages[j] for j in found}) >= 2 and all(j in edge for j in found)
        else:
            text = texts[found[0]]
            repeated = len(found) >= 3 and len(text) <= 60 and (
                bool(_FOOTER_WORDS.search(text)) or _upper_ratio(text) > 0.8)
        if repeated:
            for j in found:
                roles[j] = LineRole.FURNITURE


def _mark_footnotes(raw: tuple[str, ...], texts: list[str], roles: list[LineRole],
                    pages: list[int], *, numbered: bool) -> None:
    """Footnotes: from a line starting with a footnote mark to the end of its page."""
    marks: dict[int, set[str]] = {}
    for i, line in enumerate(raw):
        if roles[i] is LineRole.BODY:
            for m in _GLUED_MARK.finditer(line):
                marks.setdefault(pages[i], set()).add(m.group(1) or m.group(0))
    last_of_page: dict[int, int] = {}
    for i, page in enumerate(pages):
        if roles[i] is LineRole.BODY:
            last_of_page[page] = i
    i = 0
    while i < len(raw):
        start = False
        if roles[i] is LineRole.BODY:
            if _FOOTNOTE_START.match(raw[i]):
                start = True
            elif not numbered:
                lead = re.match(r"^(\d{1,2}) [A-Z]", texts[i])
                near_end = last_of_page.get(pages[i], -1) - i < 8
                start = bool(lead and near_end and lead.group(1) in marks.get(pages[i], set()))
        if not start:
            i += 1
            continue
        page = pages[i]
        while i < len(raw) and pages[i] == page:
            if roles[i] is LineRole.BODY:
                roles[i] = LineRole.FOOTNOTE
            i += 1


_NEF_TITLE = re.compile(r"^(?:Notice of Electronic Filing|NOTICE OF ELECTRONIC FILING)$")
_NEF_TEXT = re.compile(r"^(?:Docket Text|DOCKET TEXT):\s*")
# How far down a notice of electronic filing's header may run before its "Docket Text:".
_NEF_REACH = 40


def _mark_nef_header(texts: list[str], roles: list[LineRole]) -> None:
    """A CM/ECF notice of electronic filing: the header above "Docket Text:" is the caption.

    "U.S. District Court / Western District of New York / Notice of Electronic Filing / The
    following transaction was entered ... / Case Name: ... / Document Number: ..." names the
    court and the case; the order is the docket text under it.
    """
    head = texts[:_NEF_REACH]
    if not any(_NEF_TITLE.match(t.strip()) for t in head):
        return
    label = next((i for i, t in enumerate(head) if _NEF_TEXT.match(t.strip())), None)
    if label is None:
        return
    for i in range(label):
        if roles[i] is LineRole.BODY:
            roles[i] = LineRole.CAPTION
    rest = _NEF_TEXT.sub("", texts[label].strip())
    if rest:
        texts[label] = rest
    else:
        roles[label] = LineRole.FURNITURE


_EMAIL_HEADER = re.compile(r"^(?:From|Sent|To|Cc|CC|Bcc|Subject|Importance|Attachments): ")
_EMAIL_RULE = re.compile(r"^-{2,} ?(?:Original Message|Forwarded message|Begin forwarded message)"
                         r" ?-{0,}:?$", re.IGNORECASE)


def _mark_email_headers(texts: list[str], roles: list[LineRole]) -> None:
    """An e-mail's headers ("From:", "Sent:", "To:", "Subject:") around a forwarded order.

    Only where two or more stand together, so a letter's "To: All Counsel" stays.
    """
    for i, text in enumerate(texts):
        if _EMAIL_RULE.match(text):
            roles[i] = LineRole.FURNITURE
            continue
        if not _EMAIL_HEADER.match(text):
            continue
        near = [j for j in (i - 1, i + 1) if 0 <= j < len(texts)
                and _EMAIL_HEADER.match(texts[j])]
        if near:
            roles[i] = LineRole.FURNITURE


def _mark_caption(texts: list[str], roles: list[LineRole], pages: list[int]) -> None:
    """The caption: court, parties, case number and title, before the first body line."""
    candidates = [i for i, r in enumerate(roles) if r is LineRole.BODY and pages[i] == 1][:60]
    if not candidates:
        return
    marks = 0
    end = None
    for i in candidates:
        text = texts[i]
        if _looks_like_body(text) and not _heading(text) and not _COURT_LINE.search(text):
            end = i
            break
        if _COURT_LINE.search(text) or _CASE_MARK_STRONG.search(text):
            marks += 2
        elif _CAPTION_MARK.search(text):
            marks += 1
    if end is None or marks < 2:
        return
    for i in candidates:
        if i >= end:
            break
        roles[i] = LineRole.CAPTION


def _mark_signature(texts: list[str], roles: list[LineRole]) -> None:
    """Date lines, "/s/" lines, the judge's name and title, counsel's signature blocks."""
    body = [i for i, r in enumerate(roles) if r is LineRole.BODY]
    for pos, i in enumerate(body):
        text = texts[i]
        after_label = pos > 0 and bool(
            _DATED_LABEL.match(texts[body[pos - 1]]) or _CLOSING.search(texts[body[pos - 1]])
            # "United States Magistrate Judge" then "August 1, 2025" on a line of its own
            or _JUDGE_TITLE.match(texts[body[pos - 1]])
            or (pos > 1 and _JUDGE_TITLE.match(texts[body[pos - 2]])
                and len(texts[body[pos - 1]].split()) <= 4))
        counsel_for = bool(_COUNSEL_FOR.match(text)) and len(text.split()) <= 8 and not (
            _SENTENCE_VERB.search(text))
        if (_DATED.match(text) or _SIGNED.search(text) or _DATED_LABEL.match(text) or counsel_for
                or (after_label and _DATE_ONLY.match(text))):
            roles[i] = LineRole.SIGNATURE
        elif _JUDGE_TITLE.match(text):
            roles[i] = LineRole.SIGNATURE
            # The judge's name on the line above, when it is short and is no sentence.
            if pos > 0:
                j = body[pos - 1]
                above = texts[j]
                short = len(above.split()) <= 6 and not above.endswith((":", ";"))
                sentence = above.endswith(".") and not re.search(
                    r"\b(?:[A-Z]|Jr|JR|Sr|SR)\.$", above)
                if short and not sentence and not _CLOSING.search(above):
                    roles[j] = LineRole.SIGNATURE
                    # An e-signature glyph ("A", "s/") on the line above the name.
                    if pos > 1 and len(texts[body[pos - 2]]) <= 3:
                        roles[body[pos - 2]] = LineRole.SIGNATURE


def _row_wraps(raw: tuple[str, ...], roles: list[LineRole], rows: set[int]) -> set[int]:
    """Lines that carry on a table row's label onto the next line.

    "May 29, 2026   Motions to amend pleadings or join" over "additional parties": short, no
    sentence, no date, and set at the column where the row's label starts.
    """
    wraps: set[int] = set()
    for number in sorted(rows):
        line = raw[number - 1].replace("\t", "   ").rstrip()
        first = _ROW_DATE_FIRST.match(line.strip())
        indent = len(line) - len(line.lstrip())
        column = indent + first.end() if first else indent
        period = None if first or _ROW_DATE_END.search(line) else _ROW_PERIOD.search(line)
        if period is not None:
            column = period.start("period")  # the period wraps under itself
        follow = number + 1
        while follow <= len(raw) and follow not in rows and roles[follow - 1] is LineRole.BODY:
            text = raw[follow - 1].replace("\t", "   ").rstrip()
            at = len(text) - len(text.lstrip())
            words = text.split()
            # Under a date set first, the label's column holds its wrapped lines, sentences
            # and all ("... Charleston, before the undersigned, unless" / "canceled. Lead
            # counsel directed to appear.").
            limit = 14 if first else 8
            if abs(at - column) > 1 or not 1 <= len(words) <= limit or (
                    text.endswith(".") and not first) or (
                    not first and not words[0][:1].islower()) or _ROW_DATE_END.search(text):
                break
            wraps.add(follow)
            follow += 1
    return wraps


# A line that stops on a word no sentence ends on: what follows finishes it.
_OPEN_END = re.compile(r"\b(?:before|on|at|to|of|the|for|by|with|from|upon|and|a|an)\s*$",
                       re.IGNORECASE)


def _blocks(lines: tuple[Line, ...], soft: list[bool], rows: set[int],
            wraps: set[int], entries: set[int] | None = None) -> list[_Block]:
    """Join body lines into paragraphs; a page break inside a sentence does not end it.

    A row of a table of dates is a block of its own, with the lines its label wraps onto; an
    entry of a pasted docket sheet (``entries``: its first line) starts a block.
    """
    entries = entries or set()
    blocks: list[_Block] = []
    current: _Block | None = None
    gap = False  # a blank line (or a caption or signature line) since the last body line
    prev_text = ""
    for line in lines:
        if line.role in (LineRole.FURNITURE, LineRole.FOOTNOTE):
            continue
        if line.role is not LineRole.BODY:
            if line.role is not LineRole.BLANK and current is not None:
                blocks.append(current)
                current = None
                prev_text = ""
            gap = True
            continue
        text = line.text
        if line.number in wraps and blocks and blocks[-1].row:
            blocks[-1].pieces.append((line.number, text, line.printed, line.page))
            continue
        if line.number in rows:
            if current is not None:
                blocks.append(current)
                current = None
            blocks.append(_Block([(line.number, text, line.printed, line.page)], row=True))
            prev_text = ""
            gap = True
            continue
        starts_item = bool(_ENUMERATOR.match(text))
        if gap and current is not None and len(current.pieces) == 1 and _TITLE_LINE.match(
                prev_text) and not _SENTENCE_VERB.search(prev_text):
            current.heading = True  # "Stipulation of Facts" alone, then the paragraph
        ended = bool(_TERMINAL.search(prev_text)) or (current is not None and current.heading)
        # "Counsel shall appear for a conference before" and then, centred on lines of their
        # own, "JUDGE ANDREW M. EDISON / on April 14, 2026": the sentence goes on.
        going_on = (current is not None and not current.heading and not starts_item
                    and bool(_OPEN_END.search(prev_text)))
        is_heading = _heading(text) and not going_on and (current is None or gap or ended)
        new_block = not going_on and (current is None or is_heading or (current.heading)
                     or line.number in entries
                     or (starts_item and (ended or gap))
                     or (gap and ended))
        if new_block:
            if current is not None:
                blocks.append(current)
            current = _Block([], heading=is_heading)
        assert current is not None  # noqa: S101 - for mypy: a block was just opened
        shown = text + ("\u00ad" if soft[line.number - 1] else "")
        current.pieces.append((line.number, shown, line.printed, line.page))
        prev_text = text
        gap = False
    if current is not None:
        blocks.append(current)
    note: _Block | None = None
    for line in lines:
        if line.role is LineRole.FOOTNOTE and line.text:
            starts = bool(_FOOTNOTE_START.match(line.text)) or note is None or (
                note.pieces[-1][3] != line.page)
            if starts and note is not None:
                blocks.append(note)
                note = None
            if note is None:
                note = _Block([])
            text = re.sub(r"^\d{1,2} (?=[A-Z])", "", line.text) if not note.pieces else line.text
            note.pieces.append((line.number, text, line.printed, line.page))
    if note is not None:
        blocks.append(note)
    return blocks


def _sentences(blocks: list[_Block], words: set[str], letter: set[int]) -> list[Sentence]:
    out: list[Sentence] = []
    intro: int | None = None
    for index, block in enumerate(blocks):
        text, starts, _ = _block_text(block, words)
        if block.row:
            number, _, printed_at, page = block.pieces[0]
            printed_row = (printed_at, printed_at) if printed_at is not None else None
            out.append(Sentence(text, number, number, page, printed_row, index, row=True))
            intro = None
            continue
        first_is_item = bool(_ENUMERATOR.match(text))
        if not first_is_item:
            intro = None
        for a, b in split_sentences(text):
            piece_a = bisect.bisect_right(starts, a) - 1
            piece_b = bisect.bisect_right(starts, b - 1) - 1
            first_line = block.pieces[piece_a][0]
            last_line = block.pieces[piece_b][0]
            numbers = [p[2] for p in block.pieces[piece_a:piece_b + 1] if p[2] is not None]
            printed = (numbers[0], numbers[-1]) if numbers else None
            sentence_text = text[a:b]
            m = _ENUMERATOR.match(sentence_text)
            label = ""
            if m:
                label = f"({m.group('p')})" if m.group("p") else m.group("d") or m.group("h")
            out.append(Sentence(
                sentence_text, first_line, last_line, block.pieces[piece_a][3], printed, index,
                label, intro if label else None, block.heading, letter=first_line in letter))
        if out and out[-1].text.endswith(":") and out[-1].block == index:
            intro = len(out) - 1
    return out
