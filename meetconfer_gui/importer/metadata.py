"""The facts about an order itself: its date, judge, ECF numbers and caption.

- Date: "Dated: October 4, 2017", "DATED this 4th day of October, 2017", a date on the
  signature line or after "IT IS SO ORDERED"; failing those, the ECF header's "Filed" date.
- Judge: "/s/ Barbara A. McAuliffe" (or a bare name) by "UNITED STATES MAGISTRATE JUDGE".
- Motion: the ECF reference beside the word "motion" (or in the caption's "Re:" line):
  "(ECF No. 43)", "(Doc. 43)", "Dkt. No. 52"; other ECF numbers (a scheduling order's) are not
  taken.
- Order: the ECF page header's "Document 48".
- Court: the caption's court lines; failing those, a short line near the top that names a
  district ("Western District of New York" in a notice of electronic filing, the court's
  address in a letter the order is endorsed on).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from meetconfer_gui.domain.districts import DISTRICTS
from meetconfer_gui.importer.layout import Layout, LineRole
from meetconfer_gui.importer.model import Caption
from meetconfer_gui.importer.timing import find_dates

# "(ECF No. 43)", "Dkt. 52"; in docket text, "Motion to Compel [42]".
_ECF_REF = re.compile(
    r"\b(?:ECF|Doc(?:ument)?|Dkt|Docket)\.?(?: (?:Entry|Entries))?(?: ?(?:Nos?\.?|Numbers?|#))?"
    r":? ?(\d{1,6})\b|(?<=\w )\[(\d{1,6})\]")
_SLASH_S = re.compile(r"(?:/[sS]/|^[sS]/) ?([^/_]*?)(?: ?_+)?(?= {2,}|$| UNITED STATES| United "
                      r"States| U\.S\.| MAGISTRATE| Magistrate| DISTRICT JUDGE| District Judge)")
_TITLE = re.compile(
    r"\b((?:UNITED STATES|U\. ?S\.) (?:CHIEF |SENIOR )?(?:MAGISTRATE |DISTRICT |BANKRUPTCY )?"
    r"JUDGE|(?:CHIEF |SENIOR )?(?:MAGISTRATE|DISTRICT|BANKRUPTCY) JUDGE)\b"
    # A judge of the Court of Federal Claims signs "Judge" on a line of its own; "TILMAN E.
    # SELF, III, JUDGE" after the name.
    r"|^((?:CHIEF |SENIOR )?JUDGE)$|(?<=, )((?:CHIEF |SENIOR )?JUDGE)$", re.IGNORECASE)
_HONORABLE = re.compile(r"\b(?:HON\.|Hon\.|HONORABLE|Honorable) ([A-Z][A-Za-z.'\- ]{3,40}?)"
                        r"(?=,| United| UNITED|\)|$)")
_FILED = re.compile(r"\bFiled:? (\d{1,2}/\d{1,2}/\d{2,4})\b")
_CLOSING = re.compile(r"\bSO ORDERED\b", re.IGNORECASE)
_DATE_LINE = re.compile(
    r"^(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),? )?(?:January|February|"
    r"March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}$")
# "Date: February 10, 2025" (C.D. Cal. minutes); "(Filed: January 21, 2026)" (Court of Federal
# Claims).
_CAPTION_DATE = re.compile(r"\b(?:Date|DATE|Dated|DATED|Filed|FILED):? (.{6,30})$")
# The order dated in its words: "AND NOW, this 9th day of November, 2023", "IT IS on this 11th
# day of May, 2023", "ORDERED in Tampa, Florida on February 23, 2024", "Ordered by Magistrate
# Judge Lara K. Eshkenazi on 4/3/2024", "This docket entry was made by the Clerk on ...",
# "New Orleans, Louisiana, this 3rd day of December, 2025".
_DATING = re.compile(
    r"\b(?:AND NOW,? (?:on )?this|IT IS,? (?:on )?this|SO (?:ORDERED|RECOMMENDED),? (?:on )?this|"
    r"(?:ORDERED|DONE(?: AND ORDERED)?|SIGNED)(?: (?:in|at) [^;]{1,40}?)? (?:on|this)|"
    r"(?:Ordered|Entered|Signed|Issued) by [^;]{1,80}? on|Entered (?:on|this)|Signed (?:on|this)|"
    r"docket entry was made by the Clerk on)\b|\(Filed on\b|"
    # A docket sheet's entry: "... Ordered by Magistrate Judge Michael D. Nelson. (JSF)
    # (Entered: 01/05/2026)"
    r"\(Entered:|"
    # "New Orleans, Louisiana, this 3rd day of December, 2025." (a place, then the day)
    # "At Wilmington this 5th day of August, 2021." (D. Del.)
    r"^(?-i:(?:At |In )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?),? "
    r"(?:on )?this"
    r"(?= \d{1,2}(?:st|nd|rd|th) day of )", re.IGNORECASE)
_CASE_NUMBER = re.compile(
    r"(?:Case No\.?|CASE NO\.?|Case Number|Civil Action No\.?|CIVIL ACTION NO\.?|No\.|"
    r"NO\.|Civil No\.?|CASE NUMBER)(?: ?:)? ?"
    r"([A-Z]{0,3}[-: ]?\d[\w:]*[-:][\w:\-]*\w(?: ?\([A-Za-z]{1,6}\))?)"
    r"|\b(\d:\d{2}-[a-z]{2}-\d{3,6}(?:-[A-Z]{2,5})*(?: ?\([A-Z]{1,6}\))?)")
_PARTIES = re.compile(
    r"^(?P<p>.+?),? (?:an individual, )?(?:Plaintiffs?|Petitioners?)[,.]?(?: and "
    r"Counter-Defendants?,?)? (?:v\.|vs\.?|versus|V\.|VS\.?) (?P<d>.+?),? "
    r"(?:Defendants?|Respondents?)\b")


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """The facts read about the order.

    Attributes:
        order_date: Its date.
        judge: The judge's name as signed.
        judge_title: The judge's title in title case.
        motion_ecf: The motion's ECF number.
        order_ecf: The order's ECF number.
        caption: What the caption says.
        notes: How facts were found, where the user should check them.
    """

    order_date: date | None
    judge: str | None
    judge_title: str | None
    motion_ecf: int | None
    order_ecf: int | None
    caption: Caption
    notes: tuple[str, ...] = ()


def _title_case(title: str) -> str:
    return " ".join(w if w in ("U.S.", "U. S.") else w.capitalize()
                    for w in title.split()).replace("U. S.", "U.S.")


def _order_date(layout: Layout) -> tuple[date | None, str]:
    lines = layout.lines
    closing_at = max((ln.number for ln in lines if _CLOSING.search(ln.text)), default=0)
    title_at = [ln.number for ln in lines if ln.role is LineRole.SIGNATURE
                and _TITLE.search(ln.text)]
    best: tuple[int, int, date] | None = None
    for ln in lines:
        if ln.role not in (LineRole.SIGNATURE, LineRole.BODY):
            continue
        dated = re.match(r"(?:DATED|Dated|Date|DATE|Signed|SIGNED|Entered|ENTERED|ENTER(?= ?:))"
                         r"\b(?! ?(?i:"
                         r"filed|of (?:last )?filing|terminated|of last)\b)", ln.text)
        # "SO ORDERED    2/28/2025": an endorsement dates the closing line itself.
        if not (dated or ln.role is LineRole.SIGNATURE or (closing_at and ln.number >= closing_at
                                                          and ln.number - closing_at <= 6)):
            continue
        text = ln.text
        if ln.number == closing_at:
            # "... SO ORDERED by Magistrate Judge X on 6/10/2025": only a date after the
            # closing words dates the order (docket text is one long line).
            closing = list(_CLOSING.finditer(text))[-1]
            text = " " * closing.end() + text[closing.end():]
        for found in find_dates(text):
            if found.value is None:
                continue
            score = 1
            if dated:
                score += 3
            if closing_at and ln.number >= closing_at:
                score += 2
            if any(abs(ln.number - t) <= 4 for t in title_at):
                score += 2
            key = (score, ln.number, found.value)
            if best is None or key[:2] > best[:2]:
                best = key
    if best is not None:
        return best[2], ""
    for sentence in layout.sentences:
        if sentence.letter:
            continue  # a party's letter or docket entry is dated by the party
        for dating in _DATING.finditer(sentence.text):
            after = sentence.text[dating.end(): dating.end() + 60]
            hits = find_dates(after)
            if hits and hits[0].start <= 12 and hits[0].value is not None:
                return hits[0].value, ""
    for ln in lines:
        # C.D. Cal. civil minutes: "Case No. 2:24-cv-08812-MAR    Date: February 10, 2025".
        m = _CAPTION_DATE.search(ln.text) if ln.role is LineRole.CAPTION else None
        if m:
            stated = find_dates(m.group(1))
            if stated and stated[0].value is not None:
                return stated[0].value, ""
    # A letter order dated under its letterhead ("March 21, 2025" on a line of its own),
    # before "Dear Counsel:" or its first sentence.
    first_body = min((s.first for s in layout.sentences if len(s.text.split()) >= 8),
                     default=0)
    for ln in lines:
        if ln.number >= first_body or re.match(r"Dear\b", ln.text):
            break
        if ln.role in (LineRole.CAPTION, LineRole.BODY) and _DATE_LINE.match(ln.text):
            alone = find_dates(ln.text)
            if alone and alone[0].value is not None:
                return alone[0].value, ""
    for ln in lines:
        m = _FILED.search(ln.text) if ln.role is LineRole.FURNITURE else None
        if m:
            filed = find_dates(m.group(1))
            if filed and filed[0].value is not None:
                return filed[0].value, ("the order's date was taken from the ECF header's "
                                        "filing date: check it against the signature")
    return None, ""


# "Colin H Lindsay, Magistrate Judge": the name and title on one line.
_NAME_COMMA_TITLE = re.compile(
    r"^(?:/s/ ?)?([A-Z][A-Za-z'\u2019\-]+(?: [A-Z]\.?| [A-Z][A-Za-z'\u2019\-]+){1,3}),"
    r" (?=(?:(?:UNITED STATES|United States|U\. ?S\.) )?(?:(?:CHIEF|SENIOR|Chief|Senior) )?"
    r"(?:MAGISTRATE|DISTRICT|BANKRUPTCY|Magistrate|District|Bankruptcy) (?:JUDGE|Judge)\b)")
# "Dated: December 19th, 2025        CRAIG T. GOLDBLATT": the date, then the judge's name.
_NAME_AFTER_DATE = re.compile(
    r"^(?:[A-Z][A-Za-z'\u2019\-]+|[A-Z]\.)(?: (?:[A-Z][A-Za-z'\u2019\-]+|[A-Z]\.)){1,4}$")
# Civil minutes: "Presiding: Magistrate Judge Thomas P. LeBlanc".
_PRESIDING = re.compile(
    r"\bPresiding:? (?:the )?(?:Honorable )?(?:Chief |Senior )?(?:U\.S\. |United States )?"
    r"(?:Magistrate |District |Bankruptcy )?Judge "
    r"([A-Z][A-Za-z'\u2019\-]+(?: [A-Z]\.| [A-Z][A-Za-z'\u2019\-]+){1,3})")
# Docket text: "Signed by Magistrate Judge Ona T. Wang on 7/15/2025", "Ordered by Chief Judge
# ...".
_BY_JUDGE = re.compile(
    r"\b(?:Signed|Ordered|Entered|Issued|So Ordered) by (?:the )?(?:Honorable )?(?:Chief |Senior "
    r")?(?:U\.S\. |United States )?(?:Magistrate |District |Bankruptcy )?Judge "
    r"([A-Z][A-Za-z'\u2019\-]+(?: [A-Z]\.| [A-Z][A-Za-z'\u2019\-]+){1,3})")


def _judge(layout: Layout) -> tuple[str | None, str | None]:
    sig = [ln for ln in layout.lines if ln.role is LineRole.SIGNATURE]
    titles = [(ln.number, m.group(1) or m.group(2) or m.group(3)) for ln in sig
              if (m := _TITLE.search(ln.text))]
    title = _title_case(titles[-1][1]) if titles else None
    best: tuple[int, str] | None = None
    for ln in sig:
        m = _SLASH_S.search(ln.text)
        name = m.group(1).strip(" ,") if m else ""
        same_line = _NAME_COMMA_TITLE.match(ln.text) if not name else None
        if same_line:
            name = same_line.group(1)
        dated_name = re.match(r"(?:DATED|Dated|Date|DATE)\b", ln.text) if not name else None
        if dated_name:
            on = find_dates(ln.text)
            rest = ln.text[on[0].end:].strip(" ,.") if on else ""
            if _NAME_AFTER_DATE.match(rest) and not _TITLE.search(rest):
                name = rest
        name = re.sub(r"^(?:HON\.|Hon\.|HONORABLE|Honorable|The Honorable|THE HONORABLE) ", "",
                      name)
        if not name and titles and not _TITLE.search(ln.text) and not re.match(
                r"(?:DATED|Dated|Date|Signed|Entered|By|Attorneys?|Counsel)\b", ln.text) \
                and len(ln.text) > 3 and not find_dates(ln.text):
            name = re.sub(r"^(?:HON\.|Hon\.|HONORABLE|Honorable|The Honorable|THE HONORABLE) ",
                          "", ln.text.strip(" ,_"))
        if not name or len(name.split()) > 6 or not re.search(r"[A-Za-z]{2}", name):
            continue
        distance = min((abs(ln.number - t) for t, _ in titles), default=99)
        score = -distance
        if best is None or score > best[0]:
            best = (score, name)
    if best is not None and (titles and best[0] >= -4):
        return best[1], title
    for sentence in layout.sentences:
        by = _BY_JUDGE.search(sentence.text) if not sentence.letter else None
        if by:
            return by.group(1), title
    for ln in layout.lines:
        presiding = _PRESIDING.search(ln.text)
        if presiding:
            return presiding.group(1), title
    for ln in layout.lines:
        if ln.role in (LineRole.CAPTION, LineRole.SIGNATURE, LineRole.BODY):
            m = _HONORABLE.search(ln.text)
            if m:
                return m.group(1).strip(), title
    if best is not None:
        return best[1], title
    return None, title


def _motion_ecf(layout: Layout) -> int | None:
    scored: list[tuple[int, int, int]] = []
    order = 0
    texts: list[tuple[str, bool]] = []
    caption = " ".join(ln.text for ln in layout.lines if ln.role is LineRole.CAPTION)
    if caption:
        texts.append((caption, True))
    texts.extend((s.text, False) for s in layout.sentences)
    for text, in_caption in texts:
        for m in _ECF_REF.finditer(text):
            before = text[max(0, m.start() - 140): m.start()].lower()
            score = 0
            if "motion" in before:
                score += 3
                if re.search(r"motion (?:to|for) (?:compel|protective|discovery|sanction)",
                             before):
                    score += 2
            if re.search(r"joint (?:discovery )?(?:letter|statement|stipulation)|discovery "
                         r"dispute|\bre:? ?$|\[re", before):
                score += 2
            if in_caption:
                score += 2
            if re.search(r"(?:scheduling|case management|pretrial|prior|previous|earlier) order"
                         r"[^.]{0,30}$|\bjudgment\b[^.]{0,20}$|\bcomplaint\b[^.]{0,20}$", before):
                score -= 4
            order += 1
            scored.append((score, -order, int(m.group(1) or m.group(2))))
    if not scored:
        return None
    score, _, number = max(scored)
    return number if score >= 3 else None


def _is_court(text: str) -> bool:
    if re.search(r"\bcourt of federal claims\b", text, re.IGNORECASE):
        return True
    return text.isupper() and bool(re.search(
        r"\bCOURT\b|\bDISTRICT OF\b|\bDIVISION\b|FOR THE .* DISTRICT|^AT [A-Z ]+$", text))


def _caption(layout: Layout) -> Caption:
    lines = layout.lines_with(LineRole.CAPTION)
    if not lines:
        return Caption()
    court_parts = [ln.text for ln in lines if _is_court(ln.text)]
    court = ", ".join(dict.fromkeys(court_parts)) or None
    left: list[str] = []
    right: list[str] = []
    last_court = max((i for i, ln in enumerate(lines) if _is_court(ln.text)), default=-1)
    for index, ln in enumerate(lines):
        if _is_court(ln.text) or index < last_court:
            continue  # the court's name, and counsel's names above it
        if re.fullmatch(r"[*)\s]*", ln.text):
            continue  # a caption's border: "*" or ")" alone
        columns = ln.columns or (ln.text,)
        if len(columns) >= 2:
            if columns[0]:
                left.append(columns[0])
            right.extend(c for c in columns[1:] if c)
        else:
            left.append(columns[0])
    everything = " ".join(left + right)
    case_number = None
    m = _CASE_NUMBER.search(everything)
    if m:
        case_number = (m.group(1) or m.group(2)).strip()
    case_name = None
    parties = " ".join(t for t in left if not _CASE_NUMBER.search(t)
                       and not re.match(r"^(?:\[?PROPOSED\]? )?ORDER\b", t))
    p = _PARTIES.search(" ".join(parties.split()))
    if p:
        case_name = f"{p.group('p').strip(' ,')} v. {p.group('d').strip(' ,')}"
    title_lines: list[str] = []
    for column in (right, left) if right else (left,):
        for piece in column:
            if title_lines:
                if piece.isupper() and not _CASE_NUMBER.search(piece) and not re.search(
                        r"^v\.$|^(?:PLAINTIFFS?|DEFENDANTS?)[,.]?$", piece):
                    title_lines.append(piece)
                    continue
                break
            if re.match(r"^(?:[A-Z\[\] ]+ )?(?:ORDER|FINDINGS AND RECOMMENDATIONS?|STIPULATION|"
                        r"REPORT AND RECOMMENDATION)\b", piece) and piece.isupper():
                title_lines.append(piece)
        if title_lines:
            break
    title = " ".join(title_lines) or None
    return Caption(court, case_number, case_name, title, (lines[0].number, lines[-1].number))


def order_facts(layout: Layout) -> OrderFacts:
    """Read the order's date, judge, ECF numbers and caption.

    Args:
        layout: The sorted order.

    Returns:
        The facts found (each None where the text does not show it).
    """
    order_date, date_note = _order_date(layout)
    judge, title = _judge(layout)
    notes = (date_note,) if date_note else ()
    caption = _caption(layout)
    if not _names_district(caption.court):
        court = _court_line(layout)
        if court is not None:
            caption = replace(caption, court=court)
    return OrderFacts(order_date, judge, title, _motion_ecf(layout), layout.ecf_document,
                      caption, notes)


_DISTRICT_NAMES = tuple(d.name.lower() for d in DISTRICTS.values())
# How far down a court's name may sit outside a caption: a notice of electronic filing's
# header, a letter's address block, a scraped docket page's heading.
_COURT_LINE_REACH = 60


def _names_district(court: str | None) -> bool:
    text = " ".join((court or "").lower().split())
    return any(name in text for name in _DISTRICT_NAMES)


def _court_line(layout: Layout) -> str | None:
    """A line near the top that is a court's or district's name, and little else."""
    for ln in layout.lines[:_COURT_LINE_REACH]:
        text = " ".join(ln.text.split())
        lower = text.lower()
        if not any(name in lower for name in _DISTRICT_NAMES):
            continue
        court = re.match(r"(?:united states (?:district|bankruptcy) court\b|(?:in )?the united "
                         r"states|for the\b)", lower)
        if court or len(text.split()) <= 8:
            return text
    return None
