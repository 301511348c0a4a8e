"""Names as papers print them, cleaned of what an imported caption may leave in them.

A caption read from an order's text may keep its typography in the names: the rules (§,
____, ----x) that frame a bankruptcy adversary caption, its "In re DEBTOR, Debtor." block,
and title case where the caption had capitals ("Maria Lopez V. Sunrise Hotels, Llc").
"""

from __future__ import annotations

import re

_CAPTION_RULES = re.compile(r"\s*(?:§|_{4,}|-{4,}x?)\s*")
_IN_RE = re.compile(r"^\s*in\s+re:?\s+(.+?),?\s*(?:debtors?\.?)?\s*$", re.I)


def split_party_name(name: str) -> tuple[str, str]:
    """A party's name as recorded, split into (name, debtor).

    A caption read from a bankruptcy adversary proceeding may keep its "In re DEBTOR,
    Debtor." block and the rules (§, ____) that frame it in the plaintiff's name; the name
    is the last part, the debtor the "In re" part.

    Args:
        name: The name as recorded.

    Returns:
        (the party's name, the debtor's name or '').
    """
    if not _CAPTION_RULES.search(name):
        return name, ""
    parts = [p.strip(" ,") for p in _CAPTION_RULES.split(name) if p.strip(" ,.")]
    debtor = ""
    for part in parts:
        found = _IN_RE.match(re.sub(r",?\s*debtors?\.?$", "", part, flags=re.I))
        if found:
            debtor = found.group(1).strip(" ,")
    named = [p for p in parts if not _IN_RE.match(p) and p.lower().strip(".") not in
             ("debtor", "debtors")]
    return (named[-1] if named else name), debtor


def party_display_name(name: str) -> str:
    """A party's name without caption debris ("IN RE: X, § Debtor. ____§ NAME" -> NAME).

    Args:
        name: The name as recorded.

    Returns:
        The name to print.
    """
    return split_party_name(name)[0]


def case_display_name(name: str) -> str:
    """A case name as captions write it.

    "v." and "et al." in lower case, "LLC" in capitals, and the caption's rules taken out
    ("In Re: X, § Debtor. ____§ A V. B" -> "A v. B").

    Args:
        name: The case name as recorded.

    Returns:
        The name to print.
    """
    if _CAPTION_RULES.search(name):
        parts = [p.strip(" ,") for p in _CAPTION_RULES.split(name) if p.strip(" ,.")]
        versus = [p for p in parts if re.search(r"\sv\.?\s", p, re.I)]
        name = versus[-1] if versus else parts[-1] if parts else name
    if " v. " not in name:  # "A V. B" from a caption put in title case; "John V. Doe" stays
        name = re.sub(r"\s+V\.?\s+", " v. ", name, count=1)
    name = re.sub(r"\b(Llc|Llp|Lp|Pllc|Plc)\b", lambda m: m.group(1).upper(), name)
    return re.sub(r"\bEt Al\.?", "et al.", name)
