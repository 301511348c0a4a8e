"""An order's text as printed, and its words as quoted.

A quote is checked against the order's text with the pleading-paper line numbers, page breaks
("///") and ``**`` marks taken out, white space collapsed and curly quotes read as straight
ones; otherwise it is verbatim (DOMAIN.md). ``locate`` maps a quote back to the raw text so
the window can highlight it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LINE_NUMBER = re.compile(r"^[ \t]*([1-9]|1[0-9]|2[0-8])(?:[ \t]+|$)")
_CURLY = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"',
                        "\u00a0": " ", "\u2013": "-", "\u2014": "-"})


def normalise(text: str) -> str:
    """Return ``text`` as quotes are compared: no marks, one space, straight quotes.

    Args:
        text: A quote or an order's words.

    Returns:
        The normalised text.
    """
    text = text.translate(_CURLY).replace("**", "")
    return " ".join(text.split())


@dataclass(frozen=True, slots=True)
class _Char:
    char: str
    raw: int


def _reading(raw: str) -> list[_Char]:
    """The order's characters as read, each with its offset in ``raw``."""
    out: list[_Char] = []
    offset = 0
    for line in raw.splitlines(keepends=True):
        body_start = 0
        m = _LINE_NUMBER.match(line)
        if m:
            body_start = m.end()
        body = line[body_start:]
        if body.strip() == "///":
            body_start, body = len(line), ""
        i = 0
        while i < len(body):
            if body.startswith("**", i):
                i += 2
                continue
            ch = body[i].translate(_CURLY)
            pos = offset + body_start + i
            if ch.isspace():
                if out and out[-1].char != " ":
                    out.append(_Char(" ", pos))
            else:
                out.append(_Char(ch, pos))
            i += 1
        if out and out[-1].char != " ":
            out.append(_Char(" ", offset + len(line) - 1))
        offset += len(line)
    return out


class OrderText:
    """The raw text of an order with its normalised reading, for finding quotes."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self._chars = _reading(raw)
        self.normalised = "".join(c.char for c in self._chars)

    def contains(self, quote: str) -> bool:
        """Return whether the order says ``quote`` (as DOMAIN.md compares quotes)."""
        return normalise(quote) in self.normalised

    def locate(self, quote: str) -> tuple[int, int] | None:
        """Return the span ``(start, end)`` of ``quote`` in the raw text, or None."""
        needle = normalise(quote)
        if not needle:
            return None
        at = self.normalised.find(needle)
        if at < 0:
            return None
        first = self._chars[at].raw
        last = self._chars[at + len(needle) - 1].raw
        return first, last + 1
