"""How a court's papers look, by district: a reviewed table, not special cases in the writers.

The app was first written for one E.D. Cal. order (../shared/FILING.md), and much of what that
file describes is California or E.D. Cal. practice, not federal practice:

- pleading paper with lines numbered 1-28 and the filing attorney's identification block
  (name, State Bar number, address) at the top left of page one are California practice (the
  four California districts' local rules; FILING.md 2.1-2.2); other courts take plain paper
  and counsel's details in the signature block (Fed. R. Civ. P. 11(a));
- "(ECF Nos. 43, 48)" under the title, the "(PC)" prisoner-case suffix and the L.R. 131(f)
  form of a pro se party's "/s/" signature are E.D. Cal.'s;
- "CDCR No." is California's prison number; other states' departments number prisoners
  under their own names.

Which court the paper goes to is read from the matter: its district, and the first lines of
the order's own caption for a bankruptcy court ("UNITED STATES BANKRUPTCY COURT") and for a
division line ("HOUSTON DIVISION"), since a matter records only the district.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from meetconfer_gui.domain.districts import District
from meetconfer_gui.domain.matter import Matter

#: The four California districts: pleading paper and the attorney block on page one.
_CALIFORNIA = frozenset({"cand", "caed", "cacd", "casd"})

#: Labels of a prisoner's number by state (the department's usual abbreviation).
_INMATE_LABELS: dict[str, str] = {
    "CA": "CDCR No.",  # California Department of Corrections and Rehabilitation
    "TX": "TDCJ No.",  # Texas Department of Criminal Justice
    "IL": "IDOC No.",  # Illinois Department of Corrections
    "NY": "DIN",  # New York DOCCS Department Identification Number
    "FL": "DC No.",  # Florida Department of Corrections
}
_DEFAULT_INMATE_LABEL = "Inmate No."

#: Districts whose own local rule the signature forms cite (FILING.md 2.4).
_PRO_SE_SIGNATURE_RULE: dict[str, str] = {"caed": "E.D. Cal. L.R. 131(f)"}

#: Districts whose captions list the docket numbers of the motion and the order under the
#: title (FILING.md 2.2 item 3, from E.D. Cal. filings).
_ECF_IN_CAPTION = frozenset({"caed"})


class CourtKind:
    """The kinds of federal trial court an order can come from."""

    DISTRICT = "district"
    BANKRUPTCY = "bankruptcy"


@dataclass(frozen=True, slots=True)
class CourtStyle:
    """What a court's papers look like.

    Attributes:
        district: The district.
        kind: ``CourtKind.DISTRICT`` or ``CourtKind.BANKRUPTCY``.
        division: A division line the order's caption prints ("HOUSTON DIVISION"), or "".
        in_for: The order's caption says "IN THE UNITED STATES DISTRICT COURT / FOR THE
            ... DISTRICT OF ..." rather than the plain form.
        pleading_paper: Lines numbered 1-28 in the left margin (California).
        attorney_block: The filing attorney's identification block at the top of page one
            (California); elsewhere counsel's details go in the signature block.
        bar_label: How the attorney's bar number is labelled.
        bar_required: Whether a missing bar number is a gap to fill (California).
        inmate_label: The label of a prisoner's number ("CDCR No.").
        ecf_in_caption: "(ECF Nos. ...)" under the title, with gaps when unknown.
        pro_se_rule: The local rule a pro se party's "/s/" form follows, or "".
        prisoner_suffix: The case-number suffix that marks a prisoner case ("(PC)"), or "".
    """

    district: District
    kind: str = CourtKind.DISTRICT
    division: str = ""
    in_for: bool = False
    pleading_paper: bool = False
    attorney_block: bool = False
    bar_label: str = "Bar No."
    bar_required: bool = False
    inmate_label: str = _DEFAULT_INMATE_LABEL
    ecf_in_caption: bool = False
    pro_se_rule: str = ""
    prisoner_suffix: str = ""

    @property
    def court_title(self) -> str:
        """"UNITED STATES DISTRICT COURT" or "UNITED STATES BANKRUPTCY COURT"."""
        if self.kind == CourtKind.BANKRUPTCY:
            return "UNITED STATES BANKRUPTCY COURT"
        return "UNITED STATES DISTRICT COURT"

    @property
    def court_name(self) -> str:
        """The court in words: "United States Bankruptcy Court, Southern District of Texas"."""
        return f"{self.court_title.title()}, {self.district.name}"


_BANKRUPTCY = re.compile(r"\bBANKRUPTCY\s+COURT\b", re.IGNORECASE)
_DIVISION = re.compile(r"^\s*(?:FOR\s+THE\s+)?([A-Z][A-Za-z.'\- ]{1,40}?\s+DIVISION)\s*$",
                       re.IGNORECASE)
_HEAD_LINES = 15


_LINE_NUMBER = re.compile(r"^\s*\d{1,2}(?=\s{2,}|\s*$)")


def order_lines(text: str) -> list[str]:
    """The order's non-empty lines, without the numbers of pleading paper ("20   rights")."""
    lines = [_LINE_NUMBER.sub("", ln).rstrip() for ln in text.splitlines()]
    return [ln for ln in lines if ln.strip()]


def _head(text: str) -> list[str]:
    """The order's first non-empty lines: where its caption names the court."""
    return order_lines(text)[:_HEAD_LINES]


def court_kind(matter: Matter) -> str:
    """Whether the order is a district court's or a bankruptcy court's.

    Args:
        matter: The matter; its order's text is read.

    Returns:
        ``CourtKind.BANKRUPTCY`` if the order's caption names a bankruptcy court.
    """
    head = " ".join(_head(matter.order.text))
    return CourtKind.BANKRUPTCY if _BANKRUPTCY.search(head) else CourtKind.DISTRICT


_IN_FOR = re.compile(r"^\s*(?:IN\s+THE\s+UNITED\s+STATES\s+(?:DISTRICT|BANKRUPTCY)\s+COURT|"
                     r"FOR\s+THE\s+(?:[A-Z]+\s+)?DISTRICT\s+OF\b)", re.IGNORECASE)


def order_in_for(matter: Matter) -> bool:
    """Whether the order's caption uses the "IN THE ... / FOR THE ..." form of the title."""
    return any(_IN_FOR.match(line) for line in _head(matter.order.text)[:6])


def order_division(matter: Matter) -> str:
    """The division line of the order's caption ("HOUSTON DIVISION"), or ''."""
    for line in _head(matter.order.text):
        found = _DIVISION.match(line)
        if found:
            return " ".join(found.group(1).upper().split())
    return ""


@dataclass(frozen=True, slots=True)
class InReCaption:
    """The caption of a bankruptcy case's own papers (not an adversary proceeding).

    Attributes:
        debtor: "HARBORLINE LOGISTICS HOLDINGS, INC., et al."
        debtor_word: "Debtor." or "Debtors."

    The chapter and "(Jointly Administered)" go beside the case number (``case_heading``).
    """

    debtor: str
    debtor_word: str = "Debtor."


_ADVERSARY = re.compile(r"\bv\.\s|-v-|\bplaintiffs?\b|\badv(?:ersary|\.)\s*(?:pro|no)",
                        re.IGNORECASE)
_IN_RE = re.compile(r"^in\s+re:?\s*(.*)$", re.IGNORECASE)
_DEBTOR_WORD = re.compile(r"^(debtors?)\.?$", re.IGNORECASE)


def in_re_caption(matter: Matter) -> InReCaption | None:
    """The "In re DEBTOR, Debtors." caption of a bankruptcy case's order, if it has one.

    An adversary proceeding ("Plaintiff v. Defendant") returns None: its caption is the
    parties' one.

    Args:
        matter: The matter; its order's first lines are read.

    Returns:
        The caption, or None.
    """
    if court_kind(matter) != CourtKind.BANKRUPTCY:
        return None
    head = order_lines(matter.order.text)[:2 * _HEAD_LINES]
    if re.search(r"\sv\.?\s", matter.case_name, re.IGNORECASE) or any(
            _ADVERSARY.search(ln) for ln in head):
        return None
    left = [re.split(r"\)|§|\s{3,}", ln.strip())[0].strip() for ln in head]
    start = next((i for i, ln in enumerate(left) if _IN_RE.match(ln)), None)
    if start is None:
        return None
    found = _IN_RE.match(left[start])
    words = [found.group(1).strip()] if found else []
    word = "Debtor."
    for ln in left[start + 1:start + 8]:
        last = _DEBTOR_WORD.match(ln)
        if last:
            word = last.group(1).capitalize() + "."
            break
        words.append(ln)
    debtor = " ".join(w for w in words if w)
    debtor = re.sub(r",\s*\d+$", ",", debtor).strip(" ,")  # a footnote mark: "et al.,1"
    if not debtor:
        return None
    return InReCaption(debtor, word)


_JUDGE_TITLES = re.compile(
    r"\b(Chief\s+)?(?:United\s+States|U\.\s?S\.)\s+(District|Magistrate|Bankruptcy)\s+Judge\b|"
    r"\b(Chief\s+)?(District|Magistrate|Bankruptcy)\s+Judge\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Judge:
    """The judge a letter is addressed to.

    Attributes:
        name: "Lewis J. Liman" (title case if the order prints capitals), or "".
        title: "United States District Judge", or "" if the order does not say.
        surname: "Liman", for "Dear Judge Liman:".
    """

    name: str
    title: str
    surname: str


def _judge_name(name: str) -> str:
    name = " ".join(name.replace("Hon.", "").replace("Honorable", "").split()).strip(" ,")
    if name.isupper():
        name = " ".join(w if len(w) <= 2 and w.endswith(".") else w.capitalize()
                        for w in name.split())
        name = re.sub(r"\bMc([a-z])", lambda m: "Mc" + m.group(1).upper(), name)
    return name


def order_judge(matter: Matter) -> Judge:
    """The judge who signed the order, with the title the order gives.

    Args:
        matter: The matter: its ``judge`` and the order's text.

    Returns:
        The judge; the title is the one printed nearest after the judge's name, else the
        first in the order, else '' (the caller marks it missing).
    """
    name = _judge_name(matter.judge)
    text = " ".join(" ".join(order_lines(matter.order.text)).split())
    title = ""
    at = text.lower().find(matter.judge.strip().lower()) if matter.judge.strip() else -1
    found = _JUDGE_TITLES.search(text, max(at, 0)) or _JUDGE_TITLES.search(text)
    if found is not None:
        chief = "Chief " if (found.group(1) or found.group(3)) else ""
        kind = (found.group(2) or found.group(4)).capitalize()
        title = f"{chief}United States {kind} Judge"
    words = [w for w in name.replace(",", " ").split()
             if w.rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")]
    return Judge(name, title, words[-1] if words else "")


_CASE_LABEL = re.compile(r"(civil\s+action\s+no|civ\.?\s+no|civil\s+no|case\s+no|docket\s+no|"
                         r"case\s+number|no)\.?\s*:?\s*$", re.IGNORECASE)
_LABELS = {"civil action no": "Civil Action No.", "civ no": "Civ. No.", "civ. no": "Civ. No.",
           "civil no": "Civil No.", "case no": "Case No.", "docket no": "Docket No.",
           "case number": "Case No.", "no": "No."}
_ADVERSARY_NO = re.compile(r"\bADV(?:ERSARY|\.)?\s*(?:PRO(?:CEEDING|C)?\.?\s*)?NO\.?\s*:?\s*"
                           r"([0-9][\w-]*(?:\s*\([A-Z]{2,4}\))?)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class CaseHeading:
    """How the order's caption labels the case number, and the lines around it.

    Attributes:
        label: "Case No.", "Civil Action No.", "No." ... as the order prints it.
        before: Lines above the number (a bankruptcy case's "Chapter 11").
        after: Lines under it ("Adversary No. 25-03112", "(Jointly Administered)").
    """

    label: str = "Case No."
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()


def case_heading(matter: Matter) -> CaseHeading:
    """The case number's label and companion lines, as the order's own caption prints them.

    Args:
        matter: The matter: its case number and its order's first lines.

    Returns:
        The heading; "Case No." when the order's caption does not show the number.
    """
    head = "\n".join(order_lines(matter.order.text)[:2 * _HEAD_LINES])
    label = "Case No."
    first = matter.case_number.split()[0] if matter.case_number.split() else ""
    at = head.find(first) if first else -1
    if at > 0:
        found = _CASE_LABEL.search(head[max(0, at - 25):at])
        if found is not None:
            key = " ".join(found.group(1).lower().split())
            label = _LABELS.get(key, label)
    before: tuple[str, ...] = ()
    after: list[str] = []
    if court_kind(matter) == CourtKind.BANKRUPTCY:
        chapter = re.search(r"\bChapter\s+(\d+)\b", head, re.IGNORECASE)
        if chapter:
            before = (f"Chapter {chapter.group(1)}",)
        adversary = _ADVERSARY_NO.search(head)
        if adversary and adversary.group(1) not in matter.case_number:
            after.append(f"Adv. Pro. No. {adversary.group(1)}")
        if re.search(r"jointly\s+administered", head, re.IGNORECASE):
            after.append("(Jointly Administered)")
    return CaseHeading(label, before, tuple(after))


def court_style(matter: Matter) -> CourtStyle:
    """The style of the court the matter's papers are filed in.

    Args:
        matter: The matter.

    Returns:
        The court's style, from the district tables and the order's caption.
    """
    d = matter.district
    california = d.code in _CALIFORNIA
    return CourtStyle(
        district=d, kind=court_kind(matter), division=order_division(matter),
        in_for=order_in_for(matter),
        pleading_paper=california, attorney_block=california,
        bar_label="State Bar No." if california else "Bar No.", bar_required=california,
        inmate_label=_INMATE_LABELS.get(d.state, _DEFAULT_INMATE_LABEL),
        ecf_in_caption=d.code in _ECF_IN_CAPTION,
        pro_se_rule=_PRO_SE_SIGNATURE_RULE.get(d.code, ""),
        prisoner_suffix="(PC)" if d.code == "caed" else "")
