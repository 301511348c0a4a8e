"""An order's text as printed, and its words as quoted.

A quote is checked against the order's text with the pleading-paper line numbers, page breaks
("///") and ``**`` marks taken out, white space collapsed and curly quotes read as straight
ones; otherwise it is verbatim (DOMAIN.md). ``locate`` maps a quote back to the raw text so
the window can highlight it.
"""

from __future__ import annotations

import re

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


def _reading(raw: str) -> tuple[str, list[int]]:
    """The order's words as read (normalised), and each character's offset in ``raw``."""
    chars: list[str] = []
    offsets: list[int] = []
    offset = 0
    for line in raw.splitlines(keepends=True):
        m = _LINE_NUMBER.match(line)
        body_start = m.end() if m else 0
        body = line[body_start:]
        if body.strip() == "///":
            body = ""
        body = body.translate(_CURLY)
        i, n = 0, len(body)
        while i < n:
            ch = body[i]
            if ch == "*" and body.startswith("**", i):
                i += 2
                continue
            if ch.isspace():
                if chars and chars[-1] != " ":
                    chars.append(" ")
                    offsets.append(offset + body_start + i)
            else:
                chars.append(ch)
                offsets.append(offset + body_start + i)
            i += 1
        if chars and chars[-1] != " ":
            chars.append(" ")
            offsets.append(offset + len(line) - 1)
        offset += len(line)
    return "".join(chars), offsets


class OrderText:
    """The raw text of an order with its normalised reading, for finding quotes."""

    def __init__(self, raw: str) -> None:
        self.raw = raw
        self.normalised, self._offsets = _reading(raw)

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
        first = self._offsets[at]
        last = self._offsets[at + len(needle) - 1]
        return first, last + 1
