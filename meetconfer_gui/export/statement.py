"""The Joint Statement the meet-and-confer order asks for, drafted from what the matter records.

The sample order (p. 1 lines 14-24) requires a Joint Statement, signed by all parties, saying
(a) that the parties met and conferred in good faith by phone or in person, and when; (b)
whether the motion was resolved in full or in part; (c) each request still at issue. The
draft follows ../shared/FILING.md section 2: the filer's identification block, the court's
title, the caption, an introduction citing the order, sections I-III (and an optional IV), a
signature block per party in the forms of E.D. Cal. L.R. 131, a printable signature page for
a party without counsel, and a certificate of service by mail.

A fact the matter does not record never becomes a sentence: it becomes a
``[MISSING: ...]`` marker in the text and an entry of ``StatementDraft.gaps``. Values in
square brackets (the sample's "[CDCR No.]") count as not recorded.

When a party will not sign, ``StatementKind.SEPARATE`` drafts the filer's own statement
saying so (Figueroa v. Clark, 1:19-cv-00968-ADA-BAM (PC), FILING.md section 1).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from pathlib import Path

from meetconfer_gui.domain.dates import MONTHS
from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    ConferenceSession,
    DiscoveryRequest,
    Matter,
    Party,
    ResolutionStatus,
    Role,
)
from meetconfer_gui.domain.obligations import Actor, Kind
from meetconfer_gui.export.courts import (
    CourtStyle,
    case_heading,
    court_style,
    in_re_caption,
    order_judge,
)
from meetconfer_gui.export.layout import PageLayout
from meetconfer_gui.export.names import case_display_name as _case_name
from meetconfer_gui.export.names import split_party_name as _split_name
from meetconfer_gui.export.paper import (
    Paper,
    PaperKind,
    PaperSection,
    Purpose,
    Section,
    motion_named,
    motion_title_for,
    paper_for,
)
from meetconfer_gui.export.textblocks import (
    Block,
    Column,
    Line,
    format_blocks,
    missing_in,
    parse_body,
)

JOINT_TITLE = "JOINT STATEMENT REGARDING MEET-AND-CONFER CONFERENCE"
JOINT_SHORT_TITLE = "Joint Statement re Meet-and-Confer Conference"
SIGNATURE_RULE = "_" * 30
RE_INDENT = " " * 4  # the second "Re:" line of a letter, under the first one's text
_PLACEHOLDER = re.compile(r"\[[^\]]*\]")
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


class SigningMode(StrEnum):
    """How a party without counsel signs a statement counsel files (FILING.md 2.4)."""

    RULE_131F = "131f"  # L.R. 131(f): "/s/ John Doe (original signature retained by ...)"
    AUTHORIZED = "authorized"  # "/s/ John Doe (as authorized on DATE)"; UNVERIFIED for pro se

    @property
    def label(self) -> str:
        """The mode in words."""
        if self is SigningMode.RULE_131F:
            return "L.R. 131(f): counsel keeps the original signature"
        return "As authorized on a date (L.R. 131(e) form)"


class StatementKind(StrEnum):
    """A joint statement, or the filer's separate statement when a party will not sign."""

    JOINT = "joint"
    SEPARATE = "separate"


class CourtTitleForm(StrEnum):
    """The two court-title forms seen in E.D. Cal. filings (FILING.md 2.2 item 2)."""

    PLAIN = "plain"  # UNITED STATES DISTRICT COURT / EASTERN DISTRICT OF CALIFORNIA
    IN_FOR = "in_for"  # IN THE UNITED STATES DISTRICT COURT / FOR THE EASTERN DISTRICT ...


class OutputFormat(StrEnum):
    """The file formats a statement is written in."""

    DOCX = "docx"
    PDF = "pdf"
    TEXT = "text"


@dataclass(frozen=True, slots=True)
class StatementOptions:
    """Choices for one draft.

    Attributes:
        kind: Joint statement, or the filer's separate statement.
        pro_se_signing: How a party without counsel signs (default L.R. 131(f)).
        dated: The date on the signature blocks (default: today).
        authorized_on: The day other counsel or a pro se party authorized a "/s/" signature.
        filer_id: The party who files (default: the first defendant with counsel).
        signature_page: Add a page for a party without counsel to sign by hand; None: add it
            for each such party whose original signature is needed (131(f) mode, or a party
            filing on paper itself).
        serve_by_mail: Parties served by mail; None: every party without counsel (not a
            CM/ECF user) other than the filer.
        mailed_on: The day of mailing (default: ``dated``).
        declarant: Who signs the certificate of service (default: the filer's counsel).
        executed_at: "City, ST" where the certificate is signed (default: from the filer's
            address).
        further_action: Text of an optional section asking for further action.
        sent_for_signature_on: Separate statement: the day the joint draft was sent.
        non_signer_note: Separate statement: what the party who did not sign said.
        court_title: Which court-title form to print; None: the form of the order's own
            caption (the plain one when it has none).
        division: An optional third court-title line ("FRESNO DIVISION").
        resolution_status: What-if override of the recorded resolution (command line).
        at_issue: What-if override of the requests at issue (command line).
        good_faith: What-if override of whether the parties conferred in good faith.
    """

    kind: StatementKind = StatementKind.JOINT
    pro_se_signing: SigningMode = SigningMode.RULE_131F
    dated: date | None = None
    authorized_on: date | None = None
    filer_id: str | None = None
    signature_page: bool | None = None
    serve_by_mail: tuple[str, ...] | None = None
    mailed_on: date | None = None
    declarant: str = ""
    executed_at: str = ""
    further_action: str = ""
    sent_for_signature_on: date | None = None
    non_signer_note: str = ""
    court_title: CourtTitleForm | None = None
    division: str = ""
    resolution_status: ResolutionStatus | None = None
    at_issue: tuple[DiscoveryRequest, ...] | None = None
    good_faith: bool | None = None


@dataclass(frozen=True, slots=True)
class Gap:
    """A fact the draft needs and the matter does not record.

    Attributes:
        label: What is missing, as the ``[MISSING: label]`` marker says it.
        hint: Where to record it.
    """

    label: str
    hint: str = ""

    @property
    def marker(self) -> str:
        """The marker in the text."""
        return f"[MISSING: {self.label}]"


@dataclass(frozen=True, slots=True)
class CaptionLine:
    """A line of the caption's left column, with its indent in inches."""

    text: str
    indent: float = 0.0


@dataclass(frozen=True, slots=True)
class Caption:
    """Page one above the body: identification block, court, caption box.

    Attributes:
        filer_block: The filer's identification lines, flush left, single-spaced.
        court: The court's title lines, centred, in capitals.
        parties: The left column of the caption box.
        case_line: "Case No. 1:13-cv-01820-DAD-BAM (PC)".
        title: The document's title in capitals.
        ecf_line: "(ECF Nos. 43, 48)".
        short_title: The title for the footer.
        case_number: The case number alone, for the footer.
        case_name: "Moore v. Gipson".
        case_notes: Lines around the case number in the right column: a bankruptcy case's
            chapter before it, "(Jointly Administered)" after it.
        letter: For a paper the order asks for as a letter: the letter's head (date, how
            sent, the judge's address, the "Re:" lines), printed instead of the court's
            title and the caption box.
        pleading_paper: Whether the court's papers use numbered lines (California); the
            writers pick the page layout from it when none is given.
    """

    filer_block: tuple[str, ...]
    court: tuple[str, ...]
    parties: tuple[CaptionLine, ...]
    case_line: str
    title: str
    ecf_line: str
    short_title: str
    case_number: str
    case_name: str = ""
    pleading_paper: bool = True
    case_notes: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
    letter: tuple[str, ...] = ()

    @property
    def footer(self) -> str:
        """Short title and case number, as AG filings print them above the page number."""
        return f"{self.short_title} ({self.case_number})"

    @property
    def right_column(self) -> tuple[str, ...]:
        """The caption box's right column: case number, title, ECF numbers."""
        before, after = self.case_notes
        head = (*before, self.case_line, *after)
        if not self.ecf_line:
            return (*head, "", self.title)
        return (*head, "", self.title, "", self.ecf_line)

    @property
    def is_letter(self) -> bool:
        """Whether page one is a letter's head rather than a caption."""
        return bool(self.letter)

    def to_text(self) -> str:
        """The caption as plain text (identification block, court, two-column box)."""
        if self.letter:
            return "\n".join([*self.filer_block, *([""] if self.filer_block else []),
                              *self.letter]) + "\n"
        out = [*self.filer_block, "", ""]
        out += [ln.center(76).rstrip() for ln in self.court]
        out.append("")
        left = [(" " * round(ln.indent * 8) + ln.text) for ln in self.parties]
        right: list[str] = []
        for part in self.right_column:
            right += _wrap_plain(part, 36) if part else [""]
        rows = max(len(left) * 2 - 1, len(right))
        spaced: list[str] = []
        for i, text in enumerate(left):
            spaced.append(text)
            if i < len(left) - 1:
                spaced.append("")
        for i in range(rows):
            lt = spaced[i] if i < len(spaced) else ""
            rt = right[i] if i < len(right) else ""
            out.append(f"{lt:<38})  {rt}".rstrip())
        out.append("-" * 38 + ")")
        return "\n".join(out) + "\n"


@dataclass(frozen=True, slots=True)
class SignatureBlock:
    """One party's signature block.

    Attributes:
        party_id: The party.
        dated: "Dated: October 27, 2017".
        lines: The block's lines, the "/s/" line among them.
    """

    party_id: str
    dated: str
    lines: tuple[str, ...]

    @property
    def signature(self) -> str:
        """The "/s/" (or blank signature) line."""
        return next((ln for ln in self.lines if ln.startswith(("/s/", "_"))), "")


@dataclass(frozen=True, slots=True)
class StatementDocument:
    """What a writer lays out: the caption and the (possibly edited) body text."""

    caption: Caption
    body: str

    @property
    def blocks(self) -> tuple[Block, ...]:
        """The body's blocks."""
        return parse_body(self.body)

    def to_text(self) -> str:
        """The whole document as plain text."""
        return self.caption.to_text() + "\n" + self.body

    @property
    def missing(self) -> list[str]:
        """Every ``[MISSING: ...]`` gap left in the caption or the body."""
        return missing_in(self.to_text())


@dataclass(frozen=True, slots=True)
class StatementDraft:
    """A drafted statement: structured parts, the body as blocks, and what is missing.

    Attributes:
        kind: Joint or separate.
        caption: Page one above the body.
        blocks: The body (introduction, sections, signatures, signature pages, certificate).
        signatures: The signature blocks.
        signature_pages: Parties given a page to sign by hand.
        served_by_mail: Parties the certificate of service covers.
        gaps: Facts not recorded, each marked ``[MISSING: ...]`` in the text.
        warnings: True statements the user should look at (a session held by video).
        options: The options used.
    """

    kind: StatementKind
    caption: Caption
    blocks: tuple[Block, ...]
    signatures: tuple[SignatureBlock, ...]
    signature_pages: tuple[str, ...]
    served_by_mail: tuple[str, ...]
    gaps: tuple[Gap, ...]
    warnings: tuple[str, ...]
    options: StatementOptions = field(default_factory=StatementOptions)

    @property
    def missing(self) -> list[str]:
        """The gaps' labels, as the markers in the text name them."""
        return [g.label for g in self.gaps]

    @property
    def has_certificate(self) -> bool:
        """Whether a certificate of service by mail is attached."""
        return bool(self.served_by_mail)

    def body_text(self) -> str:
        """The editable body as plain text (textblocks conventions)."""
        return format_blocks(self.blocks)

    def to_text(self) -> str:
        """The whole statement as plain text: caption, then body."""
        return self.document().to_text()

    def document(self, body: str | None = None) -> StatementDocument:
        """The document to write, with the user's edited body if given.

        Args:
            body: The body as edited; None keeps the drafted one.

        Returns:
            The caption and body.
        """
        return StatementDocument(self.caption, self.body_text() if body is None else body)


def legal_date(day: date) -> str:
    """A date as filings write it: ``October 27, 2017``.

    Args:
        day: The date.

    Returns:
        Month name, day and year.
    """
    return f"{MONTHS[day.month - 1]} {day.day}, {day.year}"


def _wrap_plain(text: str, width: int) -> list[str]:
    lines: list[str] = []
    cur = ""
    for word in text.split():
        if cur and len(cur) + 1 + len(word) > width:
            lines.append(cur)
            cur = word
        else:
            cur = f"{cur} {word}".strip()
    if cur:
        lines.append(cur)
    return lines or [""]


def _known(value: str) -> bool:
    """Whether a recorded value is a real one (not empty, not a "[placeholder]")."""
    return bool(value.strip()) and not _PLACEHOLDER.search(value)


_ROLE_NAMES = frozenset({"plaintiff", "plaintiffs", "defendant", "defendants"})


_GENERIC_COUNSEL = re.compile(r"^(?:(?:defense|defendants?'?s?|plaintiffs?'?s?)\s+)?"
                              r"(?:counsel|attorneys?|lawyers?)$", re.I)


def _known_counsel(name: str) -> bool:
    """Whether counsel's name is recorded.

    Not empty, not "[...]", and not "Defense counsel", which an import puts there to say
    only that the party has a lawyer.
    """
    return _known(name) and not _GENERIC_COUNSEL.match(name.strip())


def _placeholder_name(name: str) -> bool:
    """Whether a party's name is only its role ("Defendants"), as an import leaves it."""
    return name.strip(" ,.").lower() in _ROLE_NAMES


def _party_name(party: Party) -> str:
    return _split_name(party.name)[0]


def _plural(party: Party, side: tuple[Party, ...] = ()) -> bool:
    name = party.name.strip(" ,.").lower()
    return len(side) > 1 or "et al" in name or name in ("plaintiffs", "defendants")


def _role_word(role: Role, plural: bool) -> str:  # noqa: FBT001
    word = "Plaintiff" if role is Role.PLAINTIFF else "Defendant"
    return word + "s" if plural else word


def _possessive(word: str) -> str:
    return word + "'" if word.endswith("s") else word + "'s"


_SMALL_WORDS = frozenset({"a", "an", "and", "for", "in", "of", "on", "or", "re", "the", "to"})


def _title_case(text: str) -> str:
    """"Defendants' motion to compel" as a title: "Defendants' Motion to Compel"."""
    words = text.split()
    return " ".join(w.lower() if w.lower() in _SMALL_WORDS else w[:1].upper() + w[1:]
                    for w in words)


def _join(items: list[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2:
        return f"{items[0]} and {items[1]}"
    return ", ".join(items[:-1]) + f", and {items[-1]}"


_METHOD_PHRASE = {
    ConferenceMethod.TELEPHONE: "by telephone",
    ConferenceMethod.IN_PERSON: "in person",
    ConferenceMethod.VIDEO: "by video conference",
    ConferenceMethod.WRITTEN: "by exchanging letters or e-mail",
    ConferenceMethod.OTHER: "by another method",
}


class _Builder:
    """Builds one draft, collecting gaps as it writes."""

    def __init__(self, matter: Matter, today: date, options: StatementOptions) -> None:
        self.m = matter
        self.o = options
        self.dated = options.dated or today
        self.gaps: list[Gap] = []
        self.warnings: list[str] = []
        self.filer = self._filer()
        self.style: CourtStyle = court_style(matter)
        self.paper: Paper = paper_for(matter)

    # --- helpers --------------------------------------------------------------------
    def gap(self, label: str, hint: str = "") -> str:
        """Record a gap and return its marker."""
        g = Gap(label, hint)
        if all(x.label != label for x in self.gaps):
            self.gaps.append(g)
        return g.marker

    def value(self, value: str, label: str, hint: str = "") -> str:
        """The value if recorded, else a marker."""
        return value.strip() if _known(value) else self.gap(label, hint)

    def _filer(self) -> Party | None:
        m = self.m
        if self.o.filer_id:
            p = m.party(self.o.filer_id)
            if p is not None:
                return p
        for p in m.parties_with(Role.DEFENDANT):
            if not p.pro_se:
                return p
        return next((p for p in m.parties if not p.pro_se), m.parties[0] if m.parties else None)

    def side(self, role: Role) -> tuple[Party, ...]:
        return self.m.parties_with(role)

    def word(self, party: Party) -> str:
        """"Plaintiff", "Defendants" for one party as named."""
        return _role_word(party.role, _plural(party))

    def who(self, party: Party) -> str:
        """"Plaintiff MERRICK JOSE MOORE" ("Plaintiff" while only the role is known)."""
        if _placeholder_name(party.name):
            return self.word(party)
        return f"{self.word(party)} {_party_name(party)}"

    def counsel_label(self, party: Party) -> str:
        return f"counsel for {self.word(party)}"

    def unknown_representation(self, party: Party) -> str:
        """The gap for a party nobody has said is pro se or represented (an import)."""
        return self.gap(f"who represents {self.word(party)} (counsel's name, or pro se)",
                        "Case details: enter the party's counsel, or clear it if pro se")

    def counsel_name(self, party: Party) -> str:
        if not party.representation_known:
            return self.unknown_representation(party)
        if not _known_counsel(party.counsel):
            return self.gap(f"name of {self.counsel_label(party)}",
                            "Case details: the party's counsel")
        return party.counsel.strip()

    def inmate_line(self, party: Party) -> list[str]:
        suffix = self.style.prisoner_suffix
        prisoner = bool(suffix and suffix in self.m.case_number) or bool(
            party.inmate_number.strip())
        if not prisoner:
            return []
        label = self.style.inmate_label
        name = label.removesuffix(" No.")
        num = self.value(party.inmate_number, f"{name} number of {self.who(party)}",
                         f"Case details: the party's {name} number")
        return [f"{label} {num}"]

    def address_lines(self, party: Party, whose: str) -> list[str]:
        if _known(party.address):
            return [ln.strip() for ln in party.address.splitlines() if ln.strip()]
        return [self.gap(f"mailing address of {whose}", "Case details: the party's address")]

    @property
    def case_number(self) -> str:
        return self.value(self.m.case_number, "case number",
                          "Case details: copy it from the latest order")

    @property
    def case_label(self) -> str:
        """"Case No.", or the label the order's caption gives ("Civil Action No.")."""
        return case_heading(self.m).label

    def ecf(self, number: int | None, what: str) -> str:
        if number is None:
            return self.gap(f"ECF number of {what}", "Case details: the docket number")
        return str(number)

    def ecf_note(self, number: int | None, what: str) -> str:
        """" (ECF No. 48)", or '' for an unrecorded number where papers do not list them.

        E.D. Cal. papers cite the docket numbers, so there a missing one is a gap.
        """
        if number is None and not self.style.ecf_in_caption:
            return ""
        return f" (ECF No. {self.ecf(number, what)})"

    @property
    def order_ref(self) -> str:
        o = self.m.order
        return f"order of {legal_date(o.signed)}{self.ecf_note(o.ecf, 'the order')}"

    @property
    def motion_known(self) -> bool:
        """Whether the matter's motion is one the order is about (``motion_named``)."""
        return motion_named(self.m)

    @property
    def motion_ref(self) -> str:
        if not self.motion_known:
            ecf = self.m.motion_ecf
            return "the parties' discovery dispute" + (f" (ECF No. {ecf})" if ecf else "")
        return f"{self.motion_title}{self.ecf_note(self.m.motion_ecf, 'the motion')}"

    @property
    def motion_title(self) -> str:
        """The motion as the order names it ("Seabreeze's motion to compel")."""
        return motion_title_for(self.m)

    @property
    def motion_noun(self) -> str:
        if not self.motion_known:
            return "discovery dispute"
        return "motion to compel" if "compel" in self.motion_title.lower() else "motion"

    @property
    def joint_title(self) -> str:
        """The title the order's words ask for (the sample's when they name none)."""
        p = self.paper
        if p.kind is PaperKind.STATEMENT:
            return JOINT_TITLE
        if p.kind is PaperKind.NOTICE_OF_DISPUTE:
            return p.name.upper()
        if p.kind is PaperKind.LETTER_BRIEF:
            return "JOINT DISCOVERY LETTER BRIEF"
        if p.kind is PaperKind.STATUS_REPORT:
            return "JOINT STATUS REPORT"
        if p.purpose is Purpose.STATUS:
            if "STATUS" in p.name.upper():
                return p.name.upper()
            return f"{p.name.upper()} REGARDING THE STATUS OF DISCOVERY"
        subject = self.motion_title.upper() if self.motion_known else "DISCOVERY DISPUTE"
        if subject == "THE MOTION":
            subject = "DISCOVERY DISPUTE"
        if subject == "DISCOVERY DISPUTE" and "DISCOVERY" in p.name.upper():
            return p.name.upper()  # "JOINT DISCOVERY LETTER" says it already
        return f"{p.name.upper()} REGARDING {subject}"

    @property
    def joint_short_title(self) -> str:
        p = self.paper
        if p.kind is PaperKind.STATEMENT:
            return JOINT_SHORT_TITLE
        if p.kind in (PaperKind.LETTER_BRIEF, PaperKind.STATUS_REPORT,
                      PaperKind.NOTICE_OF_DISPUTE):
            return p.name
        if p.purpose is Purpose.STATUS:
            if "status" in p.name.lower():
                return p.name
            return f"{p.name} re Status of Discovery"
        subject = self.motion_title if self.motion_known else "Discovery Dispute"
        if subject == "the motion":
            subject = "Discovery Dispute"
        if subject == "Discovery Dispute" and "discovery" in p.name.lower():
            return p.name
        return f"{p.name} re {_title_case(subject)}"

    @property
    def paper_name(self) -> str:
        """"Joint Statement", "Joint Letter" ... as the introduction names the paper."""
        return self.paper.name

    @property
    def title(self) -> str:
        if self.o.kind is StatementKind.JOINT or not self.paper.joint:
            return self.joint_title
        return f"{self.filer_possessive.upper()} SEPARATE " + \
            self.joint_title.removeprefix("JOINT ")

    @property
    def short_title(self) -> str:
        if self.o.kind is StatementKind.JOINT or not self.paper.joint:
            return self.joint_short_title
        return f"{self.filer_possessive} Separate " + \
            self.joint_short_title.removeprefix("Joint ")

    @property
    def doc_name(self) -> str:
        """The title as a sentence names it."""
        return self.short_title.replace(" re ", " Regarding ")

    @property
    def filer_possessive(self) -> str:
        if self.filer is None:
            return "Filer's"
        return _possessive(self.word(self.filer))

    # --- caption ----------------------------------------------------------------------
    def filer_block(self) -> tuple[str, ...]:
        f = self.filer
        if f is None:
            return (self.gap("the filing party", "Case details: add the parties"),)
        if f.pro_se:
            lines = [_party_name(f), *self.inmate_line(f)]
            lines += self.address_lines(f, self.who(f))
            lines.append(f"{self.word(f)}, pro se")
            return tuple(lines)
        if not self.attorney_block:
            return ()  # counsel's details go in the signature block (Fed. R. Civ. P. 11(a))
        label = self.counsel_label(f)
        name = self.counsel_name(f)
        lines = [f"{name.upper() if _known_counsel(f.counsel) else name}"
                 f", State Bar No. {self.value(f.bar_number, f'State Bar number of {label}')}"]
        if f.firm.strip():
            lines.append(self.value(f.firm, f"office of {label}"))
        lines += self.address_lines(f, label)
        lines.append(f"Telephone: {self.value(f.phone, f'telephone of {label}')}")
        lines.append(f"E-mail: {self.value(f.email, f'e-mail of {label}')}")
        lines.append(f"Attorneys for {self.who(f)}")
        return tuple(lines)

    def court(self) -> tuple[str, ...]:
        name = self.m.district.name.upper()
        court = self.style.court_title
        form = self.o.court_title or (
            CourtTitleForm.IN_FOR if self.style.in_for else CourtTitleForm.PLAIN)
        if form is CourtTitleForm.IN_FOR:
            lines = [f"IN THE {court}", f"FOR THE {name}"]
        else:
            lines = [court, name]
        division = self.o.division.strip() or self.style.division
        if division:
            lines.append(division.upper())
        return tuple(lines)

    def caption_parties(self) -> tuple[CaptionLine, ...]:
        in_re = in_re_caption(self.m)
        if in_re is not None:  # a bankruptcy case's own papers: the case is the debtor's
            return (CaptionLine("In re:"), CaptionLine(f"{in_re.debtor},", 0.25),
                    CaptionLine(in_re.debtor_word, 1.5))
        out: list[CaptionLine] = []
        debtor = next((d for d in (_split_name(p.name)[1] for p in self.m.parties) if d), "")
        if debtor:
            out += [CaptionLine(f"In re {debtor},"), CaptionLine("Debtor.", 1.5)]
        for role in (Role.PLAINTIFF, Role.DEFENDANT):
            side = self.side(role)
            if side:
                first = _party_name(side[0]).strip()
                if _placeholder_name(first):
                    first = self.gap(f"{role.value}'s name",
                                     "Case details: the parties")
                if len(side) > 1 and "et al" not in first.lower():
                    first = f"{first}, et al."
                plural = _plural(side[0], side)
            else:
                first = self.gap(f"{role.value}'s name", "Case details: add the parties")
                plural = False
            out.append(CaptionLine(first.rstrip(",") + ","))
            end = "," if role is Role.PLAINTIFF else "."
            out.append(CaptionLine(_role_word(role, plural) + end, 1.5))
            if role is Role.PLAINTIFF:
                out.append(CaptionLine("v.", 0.75))
        return tuple(out)

    def ecf_line(self) -> str:
        """"(ECF Nos. 43, 48)" under the title.

        With gaps where the court's papers list them (E.D. Cal.); elsewhere only the numbers
        recorded, or '' for none.
        """
        o = self.m.order
        if self.style.ecf_in_caption:
            nums = [self.ecf(self.m.motion_ecf, "the motion"), self.ecf(o.ecf, "the order")]
        else:
            nums = [str(n) for n in (self.m.motion_ecf, o.ecf) if n is not None]
        if not nums:
            return ""
        return f"(ECF No{'s' if len(nums) > 1 else ''}. {', '.join(nums)})"

    @property
    def attorney_block(self) -> bool:
        """Counsel's identification block on page one (California papers, not letters)."""
        return self.style.attorney_block and not self.is_letter

    @property
    def is_letter(self) -> bool:
        """Whether the order asks for a letter (joint letter, joint discovery letter brief)."""
        return self.paper.kind in (PaperKind.LETTER, PaperKind.LETTER_BRIEF)

    def letter_head(self) -> tuple[str, ...]:
        """Date, "Via ECF", the judge's address and the "Re:" lines of a letter."""
        if not self.is_letter:
            return ()
        judge = order_judge(self.m)
        name = judge.name or self.gap("the judge's name", "Case details: the judge")
        title = judge.title or self.gap("the judge's title (e.g. United States Magistrate "
                                        "Judge)", "Write it in the draft")
        case = _case_name(self.value(self.m.case_name, "case name", "Case details"))
        return (legal_date(self.dated), "", "VIA ECF", "", f"The Honorable {name}", title,
                self.style.court_name.split(", ")[0], self.m.district.name, "",
                f"Re: {case}, {self.case_label} {self.case_number}",
                f"{RE_INDENT}{self.short_title}")

    def salutation(self) -> list[Block]:
        """"Dear Judge Liman:" at the head of a letter's body."""
        if not self.is_letter:
            return []
        surname = order_judge(self.m).surname or self.gap("the judge's name",
                                                          "Case details: the judge")
        return [Block.kept(Line(f"Dear Judge {surname}:"))]

    def caption(self) -> Caption:
        heading = case_heading(self.m)
        return Caption(
            letter=self.letter_head(), case_notes=(heading.before, heading.after),
            filer_block=self.filer_block(), court=self.court(),
            parties=self.caption_parties(),
            case_line=f"{heading.label} {self.case_number}",
            title=self.title, ecf_line=self.ecf_line(), short_title=self.short_title,
            case_number=self.case_number,
            case_name=_case_name(self.value(self.m.case_name, "case name", "Case details")),
            pleading_paper=self.style.pleading_paper and not self.is_letter)

    # --- body ---------------------------------------------------------------------------
    def party_phrase(self, party: Party) -> str:
        how = "proceeding pro se" if party.pro_se else "through counsel" \
            if party.representation_known else self.unknown_representation(party)
        return f"{self.who(party)}, {how},"

    def introduction(self) -> list[Block]:
        if not self.paper.joint:  # the filer's own paper: only the filer speaks
            f = self.filer
            filer = self.party_phrase(f) if f else self.gap("the filing party")
            verb = "submit" if f is None or _plural(f, self.side(f.role)) else "submits"
            return [Block.paragraph(
                f"{filer} {verb} this {self.paper_name} under the Court's {self.order_ref}"
                f", regarding {self.motion_ref}.")]
        if self.o.kind is StatementKind.JOINT:
            phrases = [self.party_phrase(p) for p in self.m.parties]
            if not phrases:
                phrases = [self.gap("the parties", "Case details: add the parties")]
            subject = _join(phrases)
            about = f"regarding {self.motion_ref}"
            if self.paper.purpose is Purpose.STATUS and not self.motion_known:
                about = "on the status of discovery"
            return [Block.paragraph(
                f"{subject} submit this {self.paper_name} under the Court's {self.order_ref}, "
                f"{about}.")]
        f = self.filer
        filer = self.party_phrase(f) if f else self.gap("the filing party")
        others = [p for p in self.m.parties if p is not f]
        who_not = _join([self.who(p) for p in others]) or self.gap("the party who did not sign")
        sent = (legal_date(self.o.sent_for_signature_on) if self.o.sent_for_signature_on else
                self.gap("date the proposed joint statement was sent for signature"))
        sender = "counsel" if f is not None and not f.pro_se else "the filer"
        out = [Block.paragraph(
            f"{filer} submit this separate statement under the Court's {self.order_ref}, "
            f"regarding {self.motion_ref}. The order requires a {self.paper_name.lower()} signed "
            f"by all parties. On {sent}, {sender} sent a proposed {self.paper_name.lower()} to "
            f"{who_not} for "
            f"signature. {who_not} did not sign it, so {self.word(f) if f else 'the filer'} "
            "file this statement to report on the meet-and-confer conference as the order "
            "requires.")]
        if self.o.non_signer_note.strip():
            out.append(Block.paragraph(self.o.non_signer_note))
        return out

    def section_conference(self) -> list[Block]:
        sessions = sorted(self.m.events.sessions, key=lambda s: (s.held_on, s.id))
        res = self.m.events.resolution
        good_faith = self.o.good_faith if self.o.good_faith is not None else (
            res.good_faith if res else False)
        about = f"regarding the {self.motion_noun}"
        if not sessions:
            return [Block.paragraph(self.gap(
                "date(s) and method of the meet-and-confer conference: no conference is "
                "recorded", "Record the conference: date and method of each session"))]
        gf = " in good faith" if good_faith else ""
        parts = [f"{_METHOD_PHRASE[s.method]} on {legal_date(s.held_on)}" for s in sessions]
        if len(sessions) == 1:
            text = f"The parties met and conferred{gf} {about} {parts[0]}."
        else:
            text = (f"The parties met and conferred{gf} {about} in {len(sessions)} sessions: "
                    + "; ".join(parts[:-1]) + f"; and {parts[-1]}.")
        text += self._participants(sessions)
        out = [Block.paragraph(text)]
        if not good_faith:
            out.append(Block.paragraph(self.gap(
                "a statement that the parties met and conferred in good faith (the order asks "
                "for one); confirm it in the conference record")))
        self.warnings += [s.warning for s in sessions if s.warning]
        return out

    @staticmethod
    def _participants(sessions: list[ConferenceSession]) -> str:
        out = ""
        for s in sessions:
            if s.participants:
                took = _join(list(s.participants))
                out += f" Taking part on {legal_date(s.held_on)}: {took}."
        return out

    def _resolution(self) -> tuple[ResolutionStatus | None, tuple[DiscoveryRequest, ...]]:
        res = self.m.events.resolution
        status = self.o.resolution_status or (res.status if res else None)
        at_issue = self.o.at_issue if self.o.at_issue is not None else (
            res.at_issue if res else ())
        return status, at_issue

    def section_status(self) -> list[Block]:
        status, _ = self._resolution()
        noun = self.motion_noun
        if status is None:
            return [Block.paragraph(self.gap(
                f"whether the {noun} was resolved in full, in part, or not at all",
                "Record how the conference ended"))]
        text = {
            ResolutionStatus.FULL: f"The parties resolved the {noun} in full through the "
                                   "meet-and-confer process. No discovery request from the "
                                   "motion remains at issue.",
            ResolutionStatus.PART: f"The parties resolved the {noun} in part through the "
                                   "meet-and-confer process. The discovery requests that "
                                   "remain at issue are listed below.",
            ResolutionStatus.NONE: f"The parties did not resolve the {noun} through the "
                                   "meet-and-confer process. The discovery requests that "
                                   "remain at issue are listed below.",
        }[status]
        out = [Block.paragraph(text)]
        res = self.m.events.resolution
        if res and res.notes.strip() and self.o.resolution_status in (None, res.status):
            out.append(Block.paragraph(res.notes))
        return out

    def section_at_issue(self) -> list[Block]:
        status, at_issue = self._resolution()
        asked = any(p.section is Section.STATUS for p in self.paper.sections)
        if status is ResolutionStatus.FULL or (status is None and asked):
            return []  # unknown status: its own gap says so; in full: nothing is at issue
        if not at_issue:
            return [Block.paragraph(self.gap(
                "each discovery request still at issue (e.g. Request for Production No. 4, "
                "Set One)", "Record the requests at issue with the conference"))]
        pl = self.side(Role.PLAINTIFF)
        df = self.side(Role.DEFENDANT)
        pl_word = _possessive(_role_word(Role.PLAINTIFF, bool(pl) and _plural(pl[0], pl)))
        df_word = _possessive(_role_word(Role.DEFENDANT, bool(df) and _plural(df[0], df)))
        # A letter, letter brief or stipulation puts the dispute to the court: each side's
        # position on each request is part of it.
        positions = self.paper.kind is not PaperKind.STATEMENT
        out: list[Block] = []
        for n, req in enumerate(at_issue, 1):
            text = f"{n}. {req.full_label}."
            if req.description.strip():
                text += f" {req.description.strip()}"
            out.append(Block.paragraph(text))
            for word, said in ((pl_word, req.plaintiff_position),
                               (df_word, req.defense_position)):
                if said.strip():
                    out.append(Block.paragraph(f"{word} position: {said.strip()}"))
                elif positions:
                    out.append(Block.paragraph(f"{word} position: " + self.gap(
                        f"{word} position on {req.label}",
                        "Record each side's position with the request")))
        return out

    def section_proposals(self) -> list[Block]:
        """Each side's final compromise proposal (N.D. Cal. joint letters ask for one)."""
        out: list[Block] = []
        for role in (Role.PLAINTIFF, Role.DEFENDANT):
            side = self.side(role)
            word = _role_word(role, bool(side) and _plural(side[0], side))
            out.append(Block.paragraph(
                f"{_possessive(word)} final compromise proposal: "
                + self.gap(f"{_possessive(word)} final compromise proposal",
                           "Write it in the draft before filing")))
        return out

    def section_ordered(self) -> list[Block]:
        """What the order required of the parties, each with its date and whether it is done."""
        from meetconfer_gui.domain.schedule import compute_schedule

        schedule = compute_schedule(self.m, self.dated)
        own = self.paper.obligation.id if self.paper.obligation else ""
        own_item = schedule.find(own) if own else None
        paper_due = own_item.due if own_item is not None else None
        out: list[Block] = []
        for ob in self.m.obligations:
            if ob.id == own or ob.id in self.m.not_applicable or ob.who in (
                    Actor.COURT, Actor.NOBODY) or ob.kind not in (Kind.DEADLINE, Kind.DUTY):
                continue
            item = schedule.find(ob.id)
            if item is None or item.due is None:
                continue  # a step without a date of its own (a reply, if a motion is filed)
            if paper_due is not None and item.due > paper_due:
                continue  # after the report: not something it can report on
            n = len(out) + 1
            done = self.m.completion(ob.id)
            if done is not None:
                state = f"Done on {legal_date(done.on)}."
            else:
                state = self.gap(f"status of item {n} ({ob.title.rstrip('.')})",
                                 "Tick the item off, or write its status in the draft")
            out.append(Block.paragraph(
                f"{n}. {ob.title.rstrip('.')} (due {legal_date(item.due)}): {state}"))
        if not out:
            out.append(Block.paragraph(self.gap(
                "the status of discovery the order asks about",
                "Write it in the draft before filing")))
        return out

    def section_custom(self, part: PaperSection) -> tuple[str, list[Block]]:
        """A section the app cannot write: its heading, and a gap saying what to write."""
        if part.obligation is not None:
            what = re.sub(r"^the joint \w+(?: \w+)? (?:shall|must|should|will) "
                          r"(?:include|state|set forth|contain|describe|identify)\s+", "",
                          part.obligation.title, flags=re.I).rstrip(".")
        else:
            what = part.heading.lower()
        heading = part.heading or what.upper()
        return heading, [Block.paragraph(self.gap(what, "Write it in the draft before filing"))]

    def sections(self) -> list[Block]:
        parts: list[tuple[str, list[Block]]] = []
        for part in self.paper.sections:
            if part.section is Section.CONFERENCE:
                parts.append(("MEET-AND-CONFER CONFERENCE", self.section_conference()))
            elif part.section is Section.STATUS:
                parts.append((f"STATUS OF THE {self.motion_noun.upper()}",
                              self.section_status()))
            elif part.section is Section.AT_ISSUE:
                at_issue = self.section_at_issue()
                if at_issue:
                    parts.append(("DISCOVERY REQUESTS REMAINING AT ISSUE", at_issue))
            elif part.section is Section.PROPOSALS:
                parts.append(("FINAL COMPROMISE PROPOSALS", self.section_proposals()))
            elif part.section is Section.ORDERED:
                parts.append((part.heading or "STATUS OF WHAT THE ORDER REQUIRED",
                              self.section_ordered()))
            else:
                parts.append(self.section_custom(part))
        if self.o.further_action.strip():
            parts.append(("REQUESTED FURTHER ACTION", [Block.paragraph(self.o.further_action)]))
        out: list[Block] = []
        for i, (heading, blocks) in enumerate(parts):
            out.append(Block.heading(f"{_ROMAN[i]}. {heading}"))
            out += blocks
        return out

    # --- signatures -----------------------------------------------------------------
    def authorized(self, whose: str) -> str:
        if self.o.authorized_on:
            return legal_date(self.o.authorized_on)
        return self.gap(f"date {whose} authorized the signature",
                        "Statement options: 'authorized on'")

    def signature(self, party: Party) -> SignatureBlock:
        f = self.filer
        lines: list[str] = []
        if not party.pro_se:
            name = self.counsel_name(party)
            if party.firm.strip():
                lines.append(self.value(party.firm, f"office of {self.counsel_label(party)}"))
            if party is f:
                lines.append(f"/s/ {name}")
            else:
                lines.append(f"/s/ {name} (as authorized on "
                             f"{self.authorized(self.counsel_label(party))})")
            if _known_counsel(party.counsel):  # else the "/s/" line's gap says it already
                lines.append(name.upper())
            if not self.attorney_block:
                lines += self.counsel_details(party)
            lines.append(f"Attorneys for {self.who(party)}")
        else:
            if party is f:
                lines.append(SIGNATURE_RULE)  # a party's own paper filing is signed by hand
            elif self.o.pro_se_signing is SigningMode.RULE_131F:
                if f is not None and not f.pro_se:
                    attorney = self.counsel_name(f)
                else:
                    attorney = self.gap("the attorney who keeps the original signature")
                lines.append(f"/s/ {_party_name(party)} (original signature retained by "
                             f"attorney {attorney})")
            else:
                lines.append(f"/s/ {_party_name(party)} (as authorized on "
                             f"{self.authorized(self.who(party))})")
            lines += [_party_name(party), *self.inmate_line(party),
                      f"{self.word(party)}, pro se"]
        return SignatureBlock(party.id, f"Dated: {legal_date(self.dated)}", tuple(lines))

    def counsel_details(self, party: Party) -> list[str]:
        """Bar number, address, telephone and e-mail under counsel's signature.

        Used where the court's papers carry no identification block on page one (Fed. R.
        Civ. P. 11(a) asks for the signer's address, e-mail and telephone).
        The filer's details are required (gaps when missing); other counsel's are printed
        when recorded.
        """
        label = self.counsel_label(party)
        filer = party is self.filer
        lines: list[str] = []
        if _known(party.bar_number) or (filer and self.style.bar_required):
            number = self.value(party.bar_number, f"{self.style.bar_label.removesuffix(' No.')}"
                                f" number of {label}")
            lines.append(f"{self.style.bar_label} {number}")
        if _known(party.address) or filer:
            lines += self.address_lines(party, label)
        if _known(party.phone) or filer:
            lines.append(f"Telephone: {self.value(party.phone, f'telephone of {label}')}")
        if _known(party.email) or filer:
            lines.append(f"E-mail: {self.value(party.email, f'e-mail of {label}')}")
        return lines

    def attestation(self) -> list[Block]:
        """The filer's attestation that the other "/s/" signatories concur.

        Not printed where a local rule form (E.D. Cal. L.R. 131) stands beside each signature.
        """
        f = self.filer
        if self.style.pro_se_rule or f is None or f.pro_se or len(self.signers()) < 2:
            return []
        return [Block.paragraph(
            f"ATTESTATION: I, {self.counsel_name(f)}, attest that each other signatory "
            f"listed above has concurred in the filing of this {self.paper_name}.")]

    def signers(self) -> list[Party]:
        if self.o.kind is StatementKind.SEPARATE or not self.paper.joint:
            return [self.filer] if self.filer else []
        return list(self.m.parties)

    def signature_page_parties(self) -> list[Party]:
        pros = [p for p in self.signers() if p.pro_se]
        if self.o.signature_page is False:
            return []
        if self.o.signature_page:
            return pros
        return [p for p in pros if p is self.filer
                or self.o.pro_se_signing is SigningMode.RULE_131F]

    def signature_page(self, party: Party) -> list[Block]:
        caption = f"{_case_name(self.value(self.m.case_name, 'case name'))}, " \
            f"{self.case_label} {self.case_number}"
        out = [Block.page_break(), Block.title(f"SIGNATURE PAGE OF {self.who(party)}"),
               Block.paragraph(f"{caption}: {self.doc_name}"
                               + (f" {self.ecf_line()}." if self.ecf_line() else ".")),
               Block.paragraph(f"I, {_party_name(party)}, sign the {self.doc_name} to which "
                               "this page belongs.")]
        f = self.filer
        if party is not f and f is not None and not f.pro_se:
            out.append(Block.paragraph(
                f"Return this signed page to {self.counsel_name(f)}, {self.counsel_label(f)}, "
                "who keeps the original signature"
                + (f" ({self.style.pro_se_rule})." if self.style.pro_se_rule else ".")))
        out.append(Block.kept(
            Line("Dated: ____________________"),
            Line(SIGNATURE_RULE, Column.RIGHT), Line(_party_name(party), Column.RIGHT),
            *(Line(x, Column.RIGHT) for x in self.inmate_line(party)),
            Line(f"{self.word(party)}, pro se", Column.RIGHT)))
        return out

    # --- certificate of service -------------------------------------------------------
    def mail_recipients(self) -> list[Party]:
        f = self.filer
        if self.o.serve_by_mail is not None:
            return [p for p in self.m.parties if p.id in self.o.serve_by_mail and p is not f]
        if f is not None and f.pro_se:
            return [p for p in self.m.parties if p is not f]
        return [p for p in self.m.parties if p.pro_se and p is not f]

    def executed_at(self) -> str:
        if self.o.executed_at.strip():
            return self.o.executed_at.strip()
        f = self.filer
        if f is not None and _known(f.address):
            last = [ln.strip() for ln in f.address.splitlines() if ln.strip()][-1]
            m = re.match(r"^(.+?),\s*([A-Z]{2})\b", last)
            if m:
                return f"{m.group(1)}, {m.group(2)}"
        return self.gap("city where the certificate of service is signed",
                        "Statement options: 'executed at'")

    def certificate(self, recipients: list[Party]) -> list[Block]:
        f = self.filer
        mailed = legal_date(self.o.mailed_on or self.dated)
        dated = legal_date(self.dated)
        out = [Block.page_break(), Block.title("CERTIFICATE OF SERVICE"),
               Block.kept(Line(f"Case Name: "
                               f"{_case_name(self.value(self.m.case_name, 'case name'))}"),
                          Line(f"{'Case No.' if self.case_label == 'No.' else self.case_label}:"
                               f" {self.case_number}"))]
        if f is not None and not f.pro_se:
            out.append(Block.paragraph(
                f"I hereby certify that on {dated}, I electronically filed the following "
                f"document with the Clerk of the Court by using the CM/ECF system: "
                f"{self.title}."))
            names = _join([self.who(p) for p in recipients])
            verb = "is not a registered CM/ECF user" if len(recipients) == 1 else \
                "are not registered CM/ECF users"
            out.append(Block.paragraph(
                f"I further certify that {names} {verb}. On {mailed}, I served the document "
                "by U.S. Mail, first-class postage prepaid, addressed as follows:"))
        else:
            out.append(Block.paragraph(
                f"I hereby certify that on {mailed}, I served the following document: "
                f"{self.title}, by U.S. Mail, first-class postage prepaid, addressed as "
                "follows:"))
        for p in recipients:
            if p.pro_se:
                lines = [_party_name(p), *self.inmate_line(p),
                         *self.address_lines(p, self.who(p))]
            else:
                lines = [self.counsel_name(p), *([p.firm] if _known(p.firm) else []),
                         *self.address_lines(p, self.counsel_label(p)),
                         f"Attorneys for {self.who(p)}"]
            out.append(Block.kept(*(Line(x, Column.INDENT) for x in lines)))
        out.append(Block.paragraph(
            "I declare under penalty of perjury that the foregoing is true and correct. "
            f"Executed on {dated}, at {self.executed_at()}."))
        if self.o.declarant.strip():
            declarant = self.o.declarant.strip()
        elif f is not None and not f.pro_se:
            declarant = self.counsel_name(f)
        elif f is not None:
            declarant = _party_name(f)
        else:
            declarant = self.gap("who signs the certificate of service")
        out.append(Block.kept(Line(SIGNATURE_RULE, Column.RIGHT),
                              Line(declarant, Column.RIGHT)))
        return out

    # --- the whole --------------------------------------------------------------------
    def build(self) -> StatementDraft:
        caption = self.caption()
        blocks = self.salutation() + self.introduction() + self.sections()
        signatures = [self.signature(p) for p in self.signers()]
        if not signatures:
            self.gap("a signer for each party", "Case details: add the parties")
        if self.is_letter:
            blocks.append(Block.kept(Line("Respectfully submitted,")))
        limit = self.paper.page_limit
        if limit is not None:
            self.warnings.append(
                f"The order limits the {self.paper_name.lower()} to {limit} "
                f"page{'s' if limit != 1 else ''}: check the length of the final draft.")
        for sig in signatures:
            blocks.append(Block.kept(Line(sig.dated),
                                     *(Line(x, Column.RIGHT) for x in sig.lines)))
        blocks += self.attestation()
        page_parties = self.signature_page_parties()
        for p in page_parties:
            blocks += self.signature_page(p)
        recipients = self.mail_recipients()
        if recipients:
            blocks += self.certificate(recipients)
        return StatementDraft(
            kind=self.o.kind, caption=caption, blocks=tuple(blocks),
            signatures=tuple(signatures), signature_pages=tuple(p.id for p in page_parties),
            served_by_mail=tuple(p.id for p in recipients), gaps=tuple(self.gaps),
            warnings=tuple(self.warnings), options=self.o)


def build_statement(matter: Matter, today: date,
                    options: StatementOptions | None = None) -> StatementDraft:
    """Draft the Joint Statement (or the filer's separate statement) from a matter.

    Args:
        matter: The matter, with its parties, order, conference sessions and resolution.
        today: The default date of the signature blocks (the domain never reads the clock).
        options: Signing mode, kind, dates and overrides.

    Returns:
        The draft; its ``gaps`` list every fact the text marks ``[MISSING: ...]``.
    """
    return _Builder(matter, today, options or StatementOptions()).build()


def layout_for(caption: Caption) -> PageLayout:
    """The default page layout for a caption's court.

    Pleading paper with numbered lines in California; elsewhere plain double-spaced pages
    without line numbers or rules.
    """
    if caption.pleading_paper:
        return PageLayout()
    return PageLayout(line_numbers=False, right_rule=None)


def write_statement(document: StatementDocument | StatementDraft, path: str | Path,
                    fmt: OutputFormat | str | None = None,
                    layout: PageLayout | None = None) -> Path:
    """Write a statement as DOCX, PDF or text.

    Args:
        document: A draft, or a caption with an edited body.
        path: The file to write.
        fmt: The format; None takes it from the file's extension (.docx, .pdf, else text).
        layout: A ``PageLayout`` for DOCX and PDF (None: the defaults).

    Returns:
        The path written.
    """
    doc = document.document() if isinstance(document, StatementDraft) else document
    out = Path(path)
    if fmt is None:
        ext = out.suffix.lower().lstrip(".")
        fmt = OutputFormat(ext) if ext in ("docx", "pdf") else OutputFormat.TEXT
    fmt = OutputFormat(fmt)
    page = layout or layout_for(doc.caption)
    if fmt is OutputFormat.DOCX:
        from meetconfer_gui.export.docx_writer import write_docx

        write_docx(doc, out, page)
    elif fmt is OutputFormat.PDF:
        from meetconfer_gui.export.pdf_writer import write_pdf

        write_pdf(doc, out, page)
    else:
        out.write_text(doc.to_text(), encoding="utf-8")
    return out

