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
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from meetconfer_gui.domain.districts import DISTRICTS
from meetconfer_gui.importer.layout import Layout, Line, LineRole
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
    # "DONE AND ORDERED in Chambers at West Palm Beach in the Southern District of
    # Florida, this 2nd day of March, 2026" (S.D. Fla.)
    r"(?:ORDERED|DONE(?: AND ORDERED)?|SIGNED)(?: (?:in|at) [^;]{1,120}?)? (?:on|this)|"
    r"(?:Ordered|Entered|Signed|Issued) by [^;]{1,80}? on|Entered (?:on|this)|Signed (?:on|this)|"
    r"docket entry was made by the Clerk on)\b|\(Filed on\b|"
    # A docket sheet's entry: "... Ordered by Magistrate Judge Michael D. Nelson. (JSF)
    # (Entered: 01/05/2026)"
    r"\(Entered:|"
    # "New Orleans, Louisiana, this 3rd day of December, 2025." (a place, then the day)
    # "At Wilmington this 5th day of August, 2021." (D. Del.)
    r"^(?-i:(?:At |In )?[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}(?:, [A-Z][a-z]+(?: [A-Z][a-z]+)?)?),? "
    r"(?:on )?this|"
    # "This 12th day of February 2026, the Court having conducted ..." (D. Del.)
    r"^this"
    r"(?= \d{1,2}(?:st|nd|rd|th) day of )", re.IGNORECASE)
# A notice of electronic filing: "The following transaction was entered on 3/10/2026 at 4:11
# PM EDT and filed on 3/10/2026": the date of a docket-text order signed without one.
_NEF_ENTERED = re.compile(r"\btransaction was entered(?: by [^;]{1,60}?)? on\b",
                          re.IGNORECASE)
_CASE_NUMBER = re.compile(
    r"(?:Case No\.?|CASE NO\.?|Case Number|Civil Action No\.?|CIVIL ACTION NO\.?|No\.|"
    r"NO\.|Civil No\.?|CIVIL NO\.?|Civ\. No\.?|CIV\. NO\.?|CASE NUMBER|Adv(?:ersary)?\.? "
    r"(?:Pro(?:c|ceeding)?\.? )?No\.?|ADV(?:ERSARY)?\.? (?:PRO(?:C|CEEDING)?\.? )?NO\.?|"
    r"Bankruptcy No\.?|BANKRUPTCY NO\.?|Docket No\.?|DOCKET NO\.?)(?: ?:)? ?"
    # "Civil Action No. 21-14502 (ZNQ) (TJB)": every judge's initials stay with the number.
    # "26-cv-20417-BLOOM/Elfenbein" (S.D. Fla.): the magistrate judge's name after a slash.
    r"([A-Z]{0,3}[-: ]?\d[\w:]*[-:][\w:\-]*\w(?:/[A-Za-z]{2,15}\b)?(?: ?\([A-Za-z]{1,8}\)){0,3})"
    # A number with no label: "1:23-cv-02291", "25-cv-1187 (JHR)" (S.D.N.Y., its right
    # column), "4:25cv312-MW".
    r"|(?<![\w-])((?:\d:)?\d{2}-?(?:cv|CV|Cv|civ|CIV|cr|CR|mc|MC|md|MD|bk|BK|ap|AP)-?\d{2,6}"
    r"(?:-[A-Za-z]{1,8})*(?:/[A-Za-z]{2,15})?(?: ?\([A-Za-z]{1,8}\)){0,3})(?![\w-])")
_PARTIES = re.compile(
    r"^(?P<p>.+?),? (?:an individual, )?(?:Plaintiffs?|Petitioners?)[,.]?(?: and "
    r"Counter-Defendants?,?)? (?:v\.|vs\.?|versus|V\.|VS\.?) (?P<d>.+?),? "
    r"(?:Defendants?|Respondents?)\b")

# The parties' side of a caption, read cell by cell (a cell is a column of a line).
_ROLE_WORD = (r"(?:Plaintiffs?|Petitioners?|Defendants?|Respondents?|Debtors?|Appellants?|"
              r"Appellees?|Movants?|Claimants?)")
_ROLE_PREFIX = r"(?:(?:Counter|Cross|Third[- ]Party|Involuntary)[- ])?"
_ROLE_CELL = re.compile(
    rf"^(?:and )?{_ROLE_PREFIX}{_ROLE_WORD}(?:(?:[-/ ,]+|,? and ){_ROLE_PREFIX}{_ROLE_WORD})*"
    r"[,.;]?$", re.IGNORECASE)
# "v.", "-v-", "-against-", "vs." on a line of their own (S.D.N.Y. writes "-against-").
_VERSUS_CELL = re.compile(r"^[-\u2013\u2014 ]*(?:v\.?|vs\.?|versus|against)[-\u2013\u2014 ]*$",
                          re.IGNORECASE)
# A caption's border: dashes ending in "X" (S.D.N.Y.), ")" or "§" columns, "*" rows.
_BORDER = re.compile(r"^[-=_*xX)(\u00a7|:.\s]*$")
_NOT_PARTY = re.compile(
    r"^(?:\[?PROPOSED\]? )?(?:ORDER|MEMORANDUM|OPINION|NOTICE|STIPULAT|REPORT|MINUTE|"
    r"SCHEDULING|CASE MANAGEMENT|DISCOVERY|JUDGMENT)\b|^(?:Hon\.|HON\.|Honorable|HONORABLE|"
    r"The Honorable|Judge|JUDGE|Magistrate|MAGISTRATE|District Judge|Chapter|CHAPTER|"
    r"Adv(?:ersary)?\.? Pro|ADV(?:ERSARY)?\.? PRO|Jointly Administered|Related)\b")
_PARTIES_ANY = re.compile(
    rf"^(?P<p>.+?),? (?:an individual, )?{_ROLE_PREFIX}(?:Plaintiffs?|Petitioners?|"
    rf"Appellants?|Movants?|Claimants?)(?:(?:[-/ ,]+|,? and ){_ROLE_PREFIX}{_ROLE_WORD})*"
    r"[,.;]? (?:v\.|vs\.?|versus|V\.|VS\.?) (?P<d>.+?),? "
    rf"{_ROLE_PREFIX}(?:Defendants?|Respondents?|Appellees?)\b")
# "In re: GULF COAST MARINE SUPPLY, LLC, Debtor." (a bankruptcy case)
_IN_RE = re.compile(r"^(?P<n>In re:?|IN RE:?|In Re:?) (?P<who>.+?)(?:,? (?:Debtors?|DEBTORS?|"
                    r"Chapter \d+|CHAPTER \d+|Case No)\b|$)")
# "Re: Kessler Pharmaceuticals, Inc. v. Arcturus Generics LLC" (a letter order), a docket
# sheet's "8:25-cv-00377-JFB-MDN Prairie Wind Ag Supply, LLC v. Hollister Grain Systems, Inc.".
_BARE_PARTIES = re.compile(
    r"^(?P<p>[A-Z0-9][^:;]{1,120}?),? (?:v\.|vs\.?|V\.|VS\.?) (?P<d>[A-Z0-9][^:;]{1,120}?),?$")


def _clean_cell(cell: str) -> str:
    """A caption cell without its border marks (")" and "§" columns, a leading "Re:")."""
    text = " ".join(cell.split())
    text = re.sub(r"^(?:[)\u00a7|:*]+ ?)+", "", text)
    while text.endswith((")", "\u00a7", "|", "*")) and (
            text[-1] != ")" or text.count(")") > text.count("(")):
        text = text[:-1].rstrip()
    text = re.sub(r" ?[)\u00a7|]{1,2}(?= |$)(?<!\(\w\))", "", text) if text.count(
        ")") > text.count("(") else text
    text = re.sub(r"(?:^| ):(?= |$)", " ", text)  # a column of ":" (S.D. Ohio)
    text = re.sub(r"^(?:Re|RE|Re\.|Title|TITLE|Case Title|Case Name|CASE NAME):? ", "", text)
    # A title run into the parties' column when the copy lost its columns: "v. ORDER",
    # "INLAND EMPIRE HOSPITALITY, INC., ON MOTION TO COMPEL".
    text = re.sub(r"(?<=\S) (?:\[?PROPOSED\]? )?(?:ORDER|MEMORANDUM|OPINION)\b"
                  r"(?: [A-Z:'\u2019]+)*$", "", text)
    text = re.sub(r"(?<=,) (?:ON|RE:?|REGARDING|GRANTING|DENYING|FOR)(?: [A-Z'\u2019]+){0,6} "
                  r"(?:MOTION|STIPULATION|DISCOVERY|COMPEL|CONFERENCE)\b[A-Z ]*$", "", text)
    return " ".join(text.split()).strip()


def _party_tokens(lines: Sequence[Line]) -> list[str]:
    """The parties' words of caption lines, in reading order, with the role words.

    A left column's words are the parties'; from the right column only "Plaintiff," /
    "Defendant." and "v." are kept (S.D.N.Y. puts them there; its case number and title too).
    """
    tokens: list[str] = []
    in_title = False  # a title in the parties' column runs on over capital lines
    for ln in lines:
        cells = ln.columns or (ln.text,)
        for index, raw in enumerate(cells):
            cell = _clean_cell(raw)
            if not cell or _BORDER.fullmatch(cell):
                continue
            cell = " ".join(_CASE_NUMBER.sub(" ", cell).split()).strip()
            if not cell or _BORDER.fullmatch(cell):
                continue
            if _is_court(cell) or _names_district(cell) or re.search(
                    r"\b(?:Division|DIVISION)$|CM/ECF|\bDISTRICT COURT\b", cell):
                if index == 0:  # a court's name on the left: what came before is no caption
                    tokens.clear()
                continue
            if _VERSUS_CELL.fullmatch(cell):
                tokens.append("v.")
                in_title = False
            elif _ROLE_CELL.fullmatch(cell):
                tokens.append(cell)
                in_title = False
            elif index == 0 and _NOT_PARTY.match(cell):
                in_title = True
            elif index == 0 and not (in_title and cell.isupper()) and not re.fullmatch(
                    r"\(.*\)", cell):
                tokens.append(cell)
                in_title = False
    return tokens


_PRINTOUT_HEAD = re.compile(
    r".*\d.*(?:\bLEXIS \d+|\bWL \d+|\b(?:Decided|Filed|Argued|Submitted)\b[;,.]?|"
    r"\bReporter\b)[ *,]*")


def _case_name_of(lines: Sequence[Line], *, bare: bool) -> str | None:
    """The case name the lines give ("PRIYA RAMANATHAN v. HARBORVIEW CAPITAL MANAGEMENT LP").

    Args:
        lines: The caption's lines (or the lines above the order's first sentence).
        bare: Also take a line "X v. Y" without role words (a letter's "Re:" line).
    """
    tokens = _party_tokens(lines)
    joined = " ".join(" ".join(tokens).split())
    # An adversary proceeding: "In re X, Debtor." above "Y, Plaintiff, v. Z, Defendant."
    debtor = re.match(r"^(?:In re|IN RE|In Re):? .+?,? (?:Debtors?|DEBTORS?)[.,]? (?=.*\b"
                      r"(?:Plaintiffs?|PLAINTIFFS?)\b)", joined)
    p = _PARTIES_ANY.search(joined[debtor.end():]) if debtor else None
    p = p or _PARTIES_ANY.search(joined)
    if p:
        plaintiff = p.group("p")
        # A printout's header ahead of the parties: "March 16, 2026, Decided; March 17, 2026,
        # Filed Reporter 2026 U.S. Dist. LEXIS 48812 MARGARET KESSLER": the parties follow.
        head = _PRINTOUT_HEAD.match(plaintiff)
        if head and plaintiff[head.end():].strip(" ,"):
            plaintiff = plaintiff[head.end():]
        return f"{plaintiff.strip(' ,')} v. {p.group('d').strip(' ,')}"
    for index, token in enumerate(tokens):
        if _IN_RE.match(token):  # "IN RE: PEACHTREE SMART THERMOSTAT / PRODUCTS LIABILITY ..."
            r = _IN_RE.match(" ".join(" ".join(tokens[index:]).split()))
            if r:
                return f"In re {r.group('who').strip(' ,.')}"
    if bare:
        for ln in lines:
            text = " ".join(_CASE_NUMBER.sub(" ", _clean_cell(ln.text)).split())
            b = _BARE_PARTIES.match(text)
            if b and not re.search(r"\b(?:In|See|Cf\.|cited)\b", b.group("p")):
                return f"{b.group('p').strip(' ,')} v. {b.group('d').strip(' ,')}"
    return None


def _top_lines(layout: Layout) -> list[Line]:
    """The lines above the order's first sentence.

    A caption the layout did not mark sits there: a notice of docket entry's, a letter's "Re:"
    block, a docket sheet's heading.
    """
    first_body = min((s.first for s in layout.sentences
                      if len(s.text.split()) >= 10 and not s.heading
                      and not re.search(r" v\. |\bCase No|\bPlaintiffs?,|\bRe: ", s.text)),
                     default=layout.lines[-1].number + 1 if layout.lines else 1)
    return [ln for ln in layout.lines[:40] if ln.number < first_body
            and ln.role not in (LineRole.BLANK, LineRole.FURNITURE)]


def _fill_caption(caption: Caption, layout: Layout) -> Caption:
    """Fill a caption's case name and number from the top lines and the ECF page header."""
    top = _top_lines(layout)
    name = caption.case_name or _case_name_of(top, bare=True)
    number = caption.case_number
    if number is None:
        for ln in top + [ln for ln in layout.lines if ln.role is LineRole.FURNITURE]:
            m = _CASE_NUMBER.search(ln.text)
            if m:
                number = (m.group(1) or m.group(2)).strip()
                break
    return replace(caption, case_name=name, case_number=number)


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


# A court reporter's certificate closes a transcript: its date is the transcript's, not the
# ruling's ("I certify that the foregoing is a correct transcript ...  March 4, 2026").
_REPORTER_CERTIFICATE = re.compile(
    r"^C ?E ?R ?T ?I ?F ?I ?C ?A ?T ?E$|\bcertify that the foregoing is a (?:true and )?"
    r"(?:correct|accurate|true) transcript\b|^(?:Official |Federal Official )?Court Reporter$",
    re.IGNORECASE)


def _order_date(layout: Layout) -> tuple[date | None, str]:
    lines = layout.lines
    certificate_at = min((ln.number for ln in lines
                          if _REPORTER_CERTIFICATE.search(ln.text.strip())), default=0)
    if certificate_at:
        lines = tuple(ln for ln in lines if ln.number < certificate_at)
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
        entered = _NEF_ENTERED.search(ln.text)
        if entered:
            hits = find_dates(ln.text[entered.end(): entered.end() + 40])
            if hits and hits[0].start <= 3 and hits[0].value is not None:
                return hits[0].value, ("the order's date was taken from the notice of "
                                       "electronic filing's entry date: check it")
    for ln in lines:
        # C.D. Cal. civil minutes: "Case No. 2:24-cv-08812-MAR    Date: February 10, 2025".
        m = _CAPTION_DATE.search(ln.text) if ln.role is LineRole.CAPTION else None
        if m:
            stated = find_dates(m.group(1))
            if stated and stated[0].value is not None:
                return stated[0].value, ""
    # A clerk's stamp beside the caption: "FILED" over "MAR 18 2026" (a court of appeals).
    for index, ln in enumerate(lines):
        if ln.role is not LineRole.CAPTION or (ln.columns or (ln.text,))[-1].strip() != "FILED":
            continue
        for below in lines[index + 1:index + 3]:
            stamp = (below.columns or (below.text,))[-1].strip()
            m = re.fullmatch(r"([A-Z][A-Za-z]{2})\.? (\d{1,2}),? (\d{4})", stamp)
            if m:
                stamped = find_dates(f"{m.group(1).capitalize()}. {m.group(2)}, {m.group(3)}")
                if stamped and stamped[0].value is not None:
                    return stamped[0].value, ("the order's date was taken from the clerk's "
                                              "'FILED' stamp: check it")
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


_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|"
           "Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
           "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|"
           "New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|"
           "Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|"
           "Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|Puerto Rico|"
           "District of Columbia|Guam")
# "Alexandria, Virginia      William B. Porter": where the order was signed, before the name.
_PLACE = re.compile(rf"^[A-Z][a-z]+(?: [A-Z][a-z]+)?, (?:{_STATES}) +(?=[A-Z])")


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
        name = re.sub(r"^(?:\(Signed\) |\(SIGNED\) )?(?:HON\.|Hon\.|HONORABLE|Honorable|"
                      r"The Honorable|THE HONORABLE)? ?", "", name)
        if not name and titles and not _TITLE.search(ln.text) and not re.match(
                r"(?:DATED|Dated|Date|Signed|Entered|By|Attorneys?|Counsel)\b", ln.text) \
                and len(ln.text) > 3 and not find_dates(ln.text):
            # "Alexandria, Virginia      William B. Porter": the place, then the name.
            own = _PLACE.sub("", ln.columns[-1] if len(ln.columns) >= 2 else ln.text)
            name = re.sub(r"^(?:HON\.|Hon\.|HONORABLE|Honorable|The Honorable|THE HONORABLE) ",
                          "", own.strip(" ,_"))
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
    # The court's own column, without a clerk's stamp beside it ("FILED / MAR 18 2026").
    court_parts = [ln.columns[0] if len(ln.columns) >= 2 and ln.columns[0] and (
        _is_court(ln.columns[0]) or ln.columns[0].startswith("FOR THE ")) else ln.text
        for ln in lines if _is_court(ln.text)]
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
    case_name = _case_name_of(lines[last_court + 1:], bare=False)
    if case_name is None:
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
    if judge is not None:  # "(Signed) Kathleen Kerrigan" (U.S. Tax Court)
        judge = re.sub(r"^\((?:Signed|SIGNED)\) ?", "", judge) or None
    notes = (date_note,) if date_note else ()
    caption = _caption(layout)
    if caption.case_name is None or caption.case_number is None:
        caption = _fill_caption(caption, layout)
    if not _names_district(caption.court) and not _OTHER_COURT.search(caption.court or ""):
        court = _court_line(layout)
        if court is not None:
            caption = replace(caption, court=court)
    return OrderFacts(order_date, judge, title, _motion_ecf(layout), layout.ecf_document,
                      caption, notes)


_DISTRICT_NAMES = tuple(d.name.lower() for d in DISTRICTS.values())
# A court that is no district court: a court of appeals' order names the district court it
# came from ("D.C. No. ... District of Oregon"), which is not the court that issued it.
_OTHER_COURT = re.compile(r"\bCOURT OF APPEALS\b|\bCIRCUIT\b|\bCOURT OF FEDERAL CLAIMS\b|"
                          r"\bTAX COURT\b|\bCOURT OF INTERNATIONAL TRADE\b|\bSUPREME COURT\b",
                          re.IGNORECASE)
# How far down a court's name may sit outside a caption: a notice of electronic filing's
# header, a letter's address block, a scraped docket page's heading.
_COURT_LINE_REACH = 60


def _names_district(court: str | None) -> bool:
    return district_code(court) is not None


def _court_line(layout: Layout) -> str | None:
    """A line near the top that is a court's or district's name, and little else.

    Failing that, a district's abbreviation near the top ("S.D.N.Y.", "N.D. Cal.", "SDNY"; not
    in a citation's parentheses), or a court's CM/ECF address ("ecf.innd.uscourts.gov"); then
    the district's name is returned.
    """
    for ln in layout.lines[:_COURT_LINE_REACH]:
        text = " ".join(ln.text.split())
        lower = text.lower()
        if not any(name in lower for name in _DISTRICT_NAMES):
            continue
        court = re.match(r"(?:united states (?:district|bankruptcy) court\b|(?:in )?the united "
                         r"states|for the\b)", lower)
        if text.endswith(".") and len(text.split()) > 12:
            continue  # a sentence that cites another court, not a heading
        if court or len(text.split()) <= 8:
            return _clean_court(text)
        # A CM/ECF page or e-mail heading: "CM/ECF LIVE - U.S. District Court for the Northern
        # District of Illinois", "Activity in Case ... -- U.S. District Court for the ...".
        within = re.search(r"\b(?:U\.S\.|United States) (?:District|Bankruptcy) Court\b.*$",
                           text, re.IGNORECASE)
        if within and re.search(r"CM/ECF|^Activity in Case\b| -- | - ", text) and not \
                text.endswith("."):  # a heading, not a sentence citing another court
            return _clean_court(within.group(0))
    for ln in layout.lines[:_ABBREVIATION_REACH]:
        code = _abbreviated_district(ln.text)
        if code is not None:
            return DISTRICTS[code].name
    for ln in layout.lines[:_COURT_LINE_REACH]:
        code = _ecf_host_district(ln.text)
        if code is not None:
            return DISTRICTS[code].name
    return None


def _clean_court(text: str) -> str:
    """A court line without a CM/ECF banner.

    "FOR THE Northern District of Illinois - CM/ECF NextGen 1.7.1.1" is "Northern District of
    Illinois".
    """
    text = re.sub(r"\s*(?:-+|\u2013|\u2014)?\s*CM/ECF\b.*$|\s*\[LIVE\]", "", text,
                  flags=re.IGNORECASE)
    return re.sub(r"^(?:FOR THE|For the) (?=[A-Z][a-z]+ District\b|District\b)", "", text).strip()


# How far down a district's abbreviation may name the court ("SDNY" in a header).
_ABBREVIATION_REACH = 15


def _abbreviation_pattern(abbreviation: str) -> str:
    """A district's abbreviation as a pattern: "S.D.N.Y.", "S. D. N. Y." and "SDNY"."""
    parts = re.findall(r"[A-Za-z]+\.?", abbreviation)
    dotted = r"\s?".join(re.escape(p.rstrip(".")) + (r"\." if p.endswith(".") else "")
                         for p in parts)
    dotted = dotted.removesuffix(r"\.") + r"\.?"
    forms = [dotted]
    if all(len(p.rstrip(".")) == 1 for p in parts) and len(parts) >= 4:
        forms.append("".join(p.rstrip(".") for p in parts))  # "SDNY", "EDNY"
    return r"(?<![A-Za-z.])(?:" + "|".join(forms) + r")(?![A-Za-z])"


_ABBREVIATIONS = tuple(sorted(
    ((re.compile(_abbreviation_pattern(d.abbreviation)), d.code) for d in DISTRICTS.values()),
    key=lambda pair: -len(pair[0].pattern)))
# "(S.D.N.Y. 2019)", "2020 WL 1234 (N.D. Cal. Mar. 3, 2020)": a citation, not the court.
_CITATION_AFTER = re.compile(r"[^()]{0,25}\b(?:1[89]|20)\d\d\)")
_ECF_HOST = re.compile(r"\b(?:ecf[._])?([a-z]{2}[a-z]{1,2})\.uscourts\.gov\b", re.IGNORECASE)


def _abbreviated_district(text: str) -> str | None:
    """The district a text names by its abbreviation, outside a citation."""
    found: list[tuple[int, int, str]] = []
    for pattern, code in _ABBREVIATIONS:
        for m in pattern.finditer(text):
            if not _CITATION_AFTER.match(text, m.end()):
                found.append((m.start(), -(m.end() - m.start()), code))
    return min(found)[2] if found else None


def _ecf_host_district(text: str) -> str | None:
    """The district of a court's web or CM/ECF address.

    "ecf.nysb.uscourts.gov" is the bankruptcy court of the Southern District of New York.
    """
    for m in _ECF_HOST.finditer(text):
        code = m.group(1).lower()
        if code in DISTRICTS:
            return code
        if code.endswith("b") and code[:-1] + "d" in DISTRICTS:
            return code[:-1] + "d"
    return None


def district_code(court: str | None) -> str | None:
    """The district a court's name or abbreviation names.

    "United States District Court, Eastern District of California" is ``caed``; "S.D.N.Y.",
    "SDNY" and "N.D. Cal." are read too; a bankruptcy court is its district's
    ("United States Bankruptcy Court, District of Delaware" is ``ded``).

    Args:
        court: The court as the order names it.

    Returns:
        The district's code, or None when no district is named.
    """
    if not court:
        return None
    text = " ".join(court.lower().split())
    named = [d for d in DISTRICTS.values() if d.name.lower() in text]
    if named:  # "District of Kansas" is not "Eastern District of Arkansas": the longest wins
        return max(named, key=lambda d: len(d.name)).code
    return _abbreviated_district(" ".join(court.split())) or _ecf_host_district(court)


# Words a careful clerk keeps in capitals when a caption's ALL CAPS name is title-cased.
_KEEP_UPPER = frozenset({
    "LLC", "L.L.C.", "LLP", "L.L.P.", "LP", "L.P.", "PLLC", "P.L.L.C.", "PC", "P.C.", "PA", "P.A.",
    "N.A.", "NA", "USA", "U.S.A.", "US", "U.S.", "II", "III", "IV", "VI", "VII", "VIII", "IX",
    "XI", "XII", "AG", "SA", "S.A.", "NV", "N.V.", "BV", "B.V.", "PLC", "FSB", "F.S.B.", "IBM",
    "UPS", "AT&T", "ACLU", "NAACP", "FBI", "DEA", "ICE", "FDIC", "SEC", "IRS", "CIA", "DHS",
    "USPS", "EEOC", "HUD", "NLRB", "YMCA", "UAW", "AFL-CIO", "CEO", "LTD.",
})
_LOWER_WORDS = frozenset({"a", "an", "and", "as", "at", "by", "de", "del", "for", "in", "of",
                          "on", "or", "the", "to", "v.", "vs.", "et", "al.", "d/b/a", "a/k/a",
                          "f/k/a", "n/k/a", "ex", "rel.", "von", "van", "der", "la", "du"})
_CAPITALISED = {"LTD.": "Ltd.", "LTD": "Ltd.", "JR.": "Jr.", "SR.": "Sr.", "ST.": "St.",
                "DR.": "Dr.", "MR.": "Mr.", "MRS.": "Mrs.", "MS.": "Ms.", "CO-OP": "Co-op",
                "INT'L": "Int'l", "GMBH": "GmbH", "MFG.": "Mfg.", "BROS.": "Bros.",
                "ASS'N": "Ass'n", "DEP'T": "Dep't", "NAT'L": "Nat'l"}


def _title_word(word: str, *, first: bool, spellings: dict[str, str] | None = None) -> str:
    """One ALL CAPS word of a name as a clerk would write it.

    A word the order spells elsewhere in mixed case is written so: "OPTUMRX" is "OptumRx"
    if the body says "OptumRx".
    """
    core = word.strip("\"'(),;:\u201c\u201d")
    lead = word[:len(word) - len(word.lstrip("\"'(\u201c"))]
    trail = word[len(lead) + len(core):]
    if not core:
        return word
    upper = core.upper()
    if spellings and core.lower() in spellings:
        out = spellings[core.lower()]
    elif upper in _CAPITALISED:
        out = _CAPITALISED[upper]
    elif upper in _KEEP_UPPER or upper.rstrip(",.") in _KEEP_UPPER:
        out = core
    elif re.fullmatch(r"(?:[A-Z]\.){2,}[A-Z]?\.?|[A-Z]\.?", core):
        out = core  # initials: "J.", "N.A.", "U.S."
    elif re.fullmatch(r"[#\d][\w-]*", core):
        out = core.lower() if re.fullmatch(r"\d+(?:ST|ND|RD|TH)", core) else core
    elif not re.search(r"[AEIOUY]", core) and 2 <= len(core.strip(".")) <= 5 \
            and core.isalpha():
        out = core  # an acronym without vowels: "CVS", "NBC", "HSBC"
    elif core.lower() in _LOWER_WORDS and not first:
        out = core.lower()
    elif "-" in core:
        out = "-".join(_title_word(part, first=True) for part in core.split("-"))
    elif "/" in core:
        out = "/".join(_title_word(part, first=True) for part in core.split("/"))
    else:
        out = core[:1] + core[1:].lower()
        # "O'BRIEN" is O'Brien; "DEPARTMENT'S" is Department's.
        out = re.sub(r"^([A-Z])'([a-z])(?=[a-z]{2})", lambda m: f"{m[1]}'{m[2].upper()}", out)
        # "MCDONALD" is McDonald; "Mac" names are left alone (Macy, Mack, Machinery).
        out = re.sub(r"^Mc([a-z])(?=[a-z]*[aeiouy])", lambda m: f"Mc{m[1].upper()}", out)
    return lead + out + trail


def _spellings(text: str) -> dict[str, str]:
    """Words the order writes in an unusual mixed case ("OptumRx", "LaPorte", "McKesson")."""
    found: dict[str, str] = {}
    for word in re.findall(r"\b[A-Za-z][a-z]*[A-Z][A-Za-z]*[a-z][A-Za-z]*\b", text):
        if not word.isupper() and word[1:] != word[1:].lower():
            found.setdefault(word.lower(), word)
    return found


def display_case_name(name: str, spelled_in: str = "") -> str:
    """A case name as a matter shows it.

    A name the caption writes in mixed case is kept as written ("Roberto Alvarez v. Charles
    Ryan, et al."); an ALL CAPS one is title-cased with care: "OPTUMRX, INC." is "Optumrx,
    Inc.", but "HARBORVIEW CAPITAL MANAGEMENT LP" keeps "LP", "SUNSHINE STATE BANK, N.A." its
    "N.A.", "JOHN K. LARKINS III" its "III", and "MCDERMOTT" becomes "McDermott". Each side of
    "v." is judged on its own.

    Args:
        name: The case name as the caption gives it.
        spelled_in: The order's text: a word it spells in mixed case elsewhere ("OptumRx")
            is written so.

    Returns:
        The name to show.
    """
    spellings = _spellings(spelled_in) if spelled_in else None
    sides = re.split(r"( v\. | vs\. | V\. | VS\. )", " ".join(name.split()))
    out: list[str] = []
    for side in sides:
        if side.strip().lower() in ("v.", "vs."):
            out.append(" v. ")
            continue
        # A trustee's capacity is no part of a case name.
        side = re.sub(r",? not individually,? but (?:solely )?as [^,]*$", "", side)
        # Mixed case is the order's own spelling; "and", "et al." and "McCORMICK" are not.
        mixed = [w for w in re.findall(r"[A-Za-z][\w'./&-]*", side) if any(
            c.islower() for c in re.sub(r"^Ma?c(?=[A-Z])", "", w))
            and w.lower().rstrip(",") not in _LOWER_WORDS and w not in ("al", "re", "In")]
        if mixed:
            out.append(side)
            continue
        words = side.split(" ")
        out.append(" ".join(_title_word(w, first=i == 0 or words[i - 1].endswith(("(", ",")),
                                        spellings=spellings)
                            for i, w in enumerate(words)))
    text = "".join(out)
    return re.sub(r"^In Re:? |^IN RE:? |^In re: ", "In re ", text)


class Represented(StrEnum):
    """What the order says of who speaks for one side."""

    PRO_SE = "pro se"
    COUNSEL = "counsel"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class SideCounsel:
    """Who speaks for one side, as far as the order says.

    Attributes:
        status: Pro se, counsel, or not said.
        counsel: Counsel's name, where the order gives it (a signature block, "Attorneys
            for Plaintiff").
        firm: Counsel's firm, where given.
        why: The order's words the reading rests on ("Plaintiff ... proceeding pro se").
    """

    status: Represented = Represented.UNKNOWN
    counsel: str = ""
    firm: str = ""
    why: str = ""


_SIDE = {"plaintiff": "plaintiff", "plaintiffs": "plaintiff", "petitioner": "plaintiff",
         "petitioners": "plaintiff", "defendant": "defendant", "defendants": "defendant",
         "respondent": "defendant", "respondents": "defendant", "defense": "defendant",
         # "Plaintiff is a state prisoner proceeding pro se": a prisoner is the one suing.
         "prisoner": "plaintiff", "inmate": "plaintiff"}
_PRO_SE = re.compile(r"\b(?:pro se|pro per|in propria persona|self-represented|representing "
                     r"(?:himself|herself|themselves|itself)|without (?:counsel|an attorney|a "
                     r"lawyer)|unrepresented)\b", re.IGNORECASE)
_PARTY_WORD = re.compile(r"\b(plaintiffs?|petitioners?|defendants?|respondents?|part(?:y|ies)|"
                         r"litigants?|prisoners?|inmates?)\b", re.IGNORECASE)
_COUNSEL_FOR = re.compile(
    r"\b(?:counsel|attorneys?|lawyers?) (?:of record )?for (?:the )?(?:named |individual )?"
    r"(plaintiffs?|petitioners?|defendants?|respondents?)\b"
    r"|\b(plaintiffs?|petitioners?|defendants?|respondents?)(?:'s|'|\u2019s|\u2019)? "
    r"(?:lead |trial |lead trial )?(?:counsel|attorneys?)\b"
    r"|\b(defense) (?:counsel|attorneys?)\b", re.IGNORECASE)
_COUNSEL_FOR_ALL = re.compile(
    r"\b(?:counsel|attorneys?) for (?:all|both|the) parties\b|\bthe parties'? (?:counsel|"
    r"attorneys)\b|\bthrough (?:their|its) counsel\b",
    re.IGNORECASE)
# "Defense counsel is directed to contact Plaintiff by telephone": counsel may speak directly
# only to a party without a lawyer (ABA Model Rule 4.2), so the party is pro se.
_CONTACT_PARTY = re.compile(
    r"\b(?:defense counsel|counsel for (?:the )?defendants?|defendants?(?:'|\u2019)s? counsel)"
    r"[^.;]{0,40}?\b(?:contact|call|telephone|write to) (?:the )?"
    r"plaintiff\b(?!(?:'|\u2019)s? (?:counsel|attorney))", re.IGNORECASE)
_ATTORNEYS_FOR = re.compile(r"^(?:Attorneys?|Counsel) for (?:the )?(?:named )?(Plaintiffs?|"
                            r"Petitioners?|Defendants?|Respondents?)\b", re.IGNORECASE)
_FIRM = re.compile(r"\b(?:LLP|L\.L\.P\.|LLC|L\.L\.C\.|PLLC|P\.C\.|P\.A\.|LAW|Law|"
                   r"ASSOCIATES|Associates|GROUP|Group|OFFICES?|Offices?)\b|&")


def _side_word(word: str) -> str | None:
    return _SIDE.get(word.lower())


def _named_counsel(text: str) -> dict[str, tuple[str, str]]:
    """Counsel named above "Attorneys for Plaintiff" (a caption's attorney block, a signature)."""
    lines = [re.split(r"\s{3,}", ln.strip())[-1].strip() for ln in text.splitlines()]
    found: dict[str, tuple[str, str]] = {}
    for i, line in enumerate(lines):
        m = _ATTORNEYS_FOR.match(line)
        side = _side_word(m.group(1)) if m else None
        if side is None or side in found:
            continue
        name = firm = ""
        for above in reversed(lines[max(0, i - 5):i]):
            if not above or re.match(r"(?:Dated|DATED|Date)\b", above):
                break
            if _ATTORNEYS_FOR.match(above):
                break
            signed = re.match(r"^(?:By:? ?)?/s/ ?(.+)$", above)
            sbn = re.match(r"^([A-Z][A-Za-z.'\u2019\- ]{3,60}?),? (?:\((?:SBN|Bar No\.?|State "
                           r"Bar No\.?)[^)]*\)|Esq\.?)$", above)
            if signed and not name:
                name = signed.group(1).strip()
            elif sbn and not name:
                name = sbn.group(1).strip()
            elif _FIRM.search(above) and not firm and not re.search(r"@|\d{3}", above):
                firm = above
        if name:
            found[side] = (name, firm)
    return found


def representation(text: str, case_number: str | None = None) -> dict[str, SideCounsel]:
    """Who speaks for each side ("plaintiff", "defendant"), as far as the order says.

    In order of weight: the order's words that a side is pro se ("Plaintiff is a state
    prisoner proceeding pro se"); counsel it names ("/s/ John Smith ... Attorneys for
    Plaintiff"); counsel it mentions ("counsel for Defendant", "defense counsel"); an E.D. Cal.
    case number marked "(PC)" or "(PS)" (a pro se case); counsel told to contact the other side's
    party directly (possible only for a party without a lawyer); "counsel for all parties".
    Otherwise the side's representation is unknown.

    Args:
        text: The order's text.
        case_number: The case number, if found.

    Returns:
        Each side's reading.
    """
    flat = " ".join(text.split())
    sides: dict[str, SideCounsel] = {}

    def settle(side: str, status: Represented, why: str, counsel: str = "",
               firm: str = "") -> None:
        if side not in sides:
            sides[side] = SideCounsel(status, counsel, firm, " ".join(why.split())[:160])

    for m in _PRO_SE.finditer(flat):
        stop = flat.rfind(". ", 0, m.start())
        sentence_start = max(stop + 2 if stop >= 0 else 0, m.start() - 90)
        before = list(_PARTY_WORD.finditer(flat, sentence_start, m.start()))
        after = _PARTY_WORD.match(flat, m.end() + 1) if m.end() + 1 < len(flat) else None
        word = after.group(1) if after else (before[-1].group(1) if before else "")
        side = _side_word(word)
        if side is not None:
            settle(side, Represented.PRO_SE, flat[sentence_start:m.end() + 12])
    for side, (name, firm) in _named_counsel(text).items():
        settle(side, Represented.COUNSEL, f"{name}, attorney for the {side}", name, firm)
    for m in _COUNSEL_FOR.finditer(flat):
        side = _side_word(m.group(1) or m.group(2) or m.group(3))
        if side is not None:
            settle(side, Represented.COUNSEL, m.group(0))
    if case_number and re.search(r"\((?:PC|PS|HC)\)", case_number):
        settle("plaintiff", Represented.PRO_SE, f"the case number {case_number} marks a pro se "
               "case")
    contact = _CONTACT_PARTY.search(flat)
    if contact:
        settle("plaintiff", Represented.PRO_SE, contact.group(0))
    both = _COUNSEL_FOR_ALL.search(flat)
    if both:
        for side in ("plaintiff", "defendant"):
            settle(side, Represented.COUNSEL, both.group(0))
    for side in ("plaintiff", "defendant"):
        settle(side, Represented.UNKNOWN, "")
    return sides
