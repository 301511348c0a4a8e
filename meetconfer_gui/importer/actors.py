"""Who acts, named by name: the parties the caption names and the government's own words.

An order often names the actor rather than the role: "Acme shall produce ..." where the
caption reads "ACME WIDGETS, INC., Plaintiff, v. ...", "Commerce shall file the remand
results", "the Secretary shall lodge the administrative record", "the Government shall
respond". Read as the role the caption gives ("plaintiff", "defendant"), these are one
side's tasks, not everyone's.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE

#: The government, or an agency or officer acting for it, named as the actor. Capitalised
#: words only ("the Department shall"), so "the department store" commands nobody.
GOVERNMENT = re.compile(
    r"(?-i:\b(?:[Tt]he )?(?:Government|GOVERNMENT)\b(?!['\u2019]s? (?:counsel|attorneys?)\b)|"
    r"\b[Tt]he United States\b(?! (?:District|Court|Magistrate|Marshals?|Attorney|Code|"
    r"Constitution|Postal|Trustee)\b)|"
    r"\b[Tt]he (?:Secretary|Commissioner|Administrator|Agency|Department|Bureau|Corps|"
    r"Attorney General|Director|Commission|Board|Service)\b(?! of (?:the )?(?:Court|Clerk)\b)|"
    r"\bCommerce\b(?! Clause))")
GOVERNMENT_ACTOR = "the government"

_SUFFIX = re.compile(
    r",?\s+(?:et al\.?|Inc\.?|Incorporated|L\.?L\.?C\.?|L\.?L\.?P\.?|Ltd\.?|Limited|Corp\.?|"
    r"Corporation|Co\.?|Company|N\.A\.|P\.?C\.?|P\.?A\.?|S\.A\.|GmbH|AG|plc|L\.?P\.?|"
    r"Holdings?|Group|d/b/a .*|individually.*|in (?:his|her|their) official capacit.*)\s*$", _I)
# Words too common to stand for a party on their own.
_COMMON = frozenset((
    "the", "united", "states", "state", "city", "county", "town", "village", "national",
    "american", "first", "new", "north", "south", "east", "west", "great", "general", "in",
    "re", "matter", "of", "doe", "john", "jane", "estate", "people", "commonwealth", "board",
    "department", "secretary", "commissioner", "u.s.", "us", "usa", "district", "federal",
    "international", "global", "pacific", "atlantic", "central", "western", "eastern",
    "northern", "southern", "mid", "all", "other", "similarly", "situated", "and", "on",
    "behalf", "company", "corporation", "bank", "trust", "insurance", "services", "systems",
    "ex", "rel", "rel.", "mr.", "ms.", "dr.", "county,", "plaintiff", "defendant",
))
_GOVERNMENT_PARTY = re.compile(
    r"\bUnited States\b|\bU\.S\.A?\b|\bSecretary\b|\bCommissioner\b|\bDepartment\b|\bAgency\b|"
    r"\bAdministration\b|\bBureau\b|\bCorps of Engineers\b|\bAttorney General\b|"
    r"\bCommission\b|\bService\b", _I)


def _names(side: str) -> list[str]:
    """The words that stand for the parties on one side of "X v. Y"."""
    out: list[str] = []
    for part in re.split(r"\s*;\s*|,? (?:and|&) (?=[A-Z])|,\s+(?=[A-Z][a-z]+ [A-Z])", side):
        name = part.strip(" ,.")
        for _ in range(3):
            name = _SUFFIX.sub("", name).strip(" ,.")
        if not name or len(name) < 3:
            continue
        words = name.split()
        if len(words) > 1:
            out.append(name)
        first = words[0].strip(",.")
        if (len(first) >= 4 and first.lower() not in _COMMON and first[:1].isupper()
                and (len(words) == 1 or first.lower() != words[-1].lower())):
            out.append(first)
    return out


def caption_roles(case_name: str | None) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns for the parties the case name gives, each with its side.

    "Copperline Mining Corporation v. Basin Freight Logistics, LLC" gives "Copperline
    Mining" and "Copperline" for the plaintiff, "Basin Freight Logistics" and "Basin" for
    the defendant. A side that is the government (the United States, an agency or officer)
    also answers to "the Government", "the Secretary", "Commerce" and the like.

    Args:
        case_name: The caption's case name, "X v. Y", or None.

    Returns:
        (pattern, "plaintiff" or "defendant") pairs; none for "In re ..." or no case name.
    """
    if not case_name:
        return ()
    sides = re.split(r"\s+(?:v\.?|vs\.?|versus)\s+", case_name, maxsplit=1, flags=_I)
    if len(sides) != 2:
        return ()
    out: list[tuple[re.Pattern[str], str]] = []
    seen: set[str] = set()
    government: list[str] = []
    for text, side in zip(sides, ("plaintiff", "defendant"), strict=True):
        for name in _names(text):
            key = name.lower()
            if key in seen:
                # A word both sides share ("Acme" v. "Acme Holdings") stands for neither.
                out = [(p, s) for p, s in out if p.pattern.lower() != _pattern(name).lower()]
                continue
            seen.add(key)
            out.append((re.compile(_pattern(name), _I if name.isupper() else 0), side))
        if _GOVERNMENT_PARTY.search(text):
            government.append(side)
    if len(government) == 1:  # the government on both sides stands for neither
        out.append((GOVERNMENT, government[0]))
    return tuple(out)


def _pattern(name: str) -> str:
    words = [re.escape(w) for w in name.split()]
    return r"(?<![\w-])" + r"\s+".join(words) + r"(?![\w-])(?!['\u2019]s? counsel\b)"


# "non-party Helix Data Labs, LLC", "Acme Widgets, Inc.": a business named with its form.
_ENTITY = re.compile(
    r"(?<![\w-])((?-i:[A-Z][\w&'\u2019-]+)(?:\s(?-i:[A-Z][\w&'\u2019-]+)){0,4}),?\s+(?:LLC|"
    r"L\.L\.C\.|Inc\.|Corp\.|Corporation|Co\.|Ltd\.|L\.P\.|LLP|L\.L\.P\.|P\.A\.|P\.C\.|"
    r"N\.A\.|GmbH|S\.A\.|PLLC)(?![\w])")


def named_entities(text: str, known: tuple[tuple[re.Pattern[str], str], ...] = ()
                   ) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Patterns for businesses the order names but the caption does not, each acting as itself.

    "to compel non-party Helix Data Labs, LLC to comply with a subpoena ... Helix shall
    produce": Helix acts, under its own name, not as all parties.

    Args:
        text: The order's text.
        known: The caption's patterns: a name they match is a party's, read by side.

    Returns:
        (pattern, name) pairs, the name without its form ("Helix Data Labs").
    """
    out: list[tuple[re.Pattern[str], str]] = []
    seen: set[str] = set()
    for m in _ENTITY.finditer(text):
        name = re.sub(r"^(?:The|Non-?party|Nonparty|Defendant|Plaintiff|Third-party)\s+", "",
                      m.group(1).strip(), flags=_I)
        if not name or name.lower() in seen or any(p.search(name) for p, _ in known):
            continue
        seen.add(name.lower())
        for key in _names(name) or [name]:
            out.append((re.compile(_pattern(key)), name))
    return tuple(out)
