"""Date formatting and parsing shared by every layer (no locale, no clock)."""

from __future__ import annotations

from datetime import date

from meetconfer_gui.domain.errors import DomainError

WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July",
    "August", "September", "October", "November", "December",
)


def long_date(day: date) -> str:
    """Return a date the way a person reads it: ``Wednesday, October 25, 2017``.

    Args:
        day: The date.

    Returns:
        Weekday, month name, day and year, independent of the machine's locale.
    """
    return f"{WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}, {day.year}"


def short_date(day: date) -> str:
    """Return ``Wed Oct 25, 2017``: a compact date with its weekday.

    Args:
        day: The date.

    Returns:
        The short form used in tables.
    """
    return f"{WEEKDAYS[day.weekday()][:3]} {MONTHS[day.month - 1][:3]} {day.day}, {day.year}"


def parse_iso_date(text: str, what: str = "date") -> date:
    """Parse a ``YYYY-MM-DD`` date, raising a readable error otherwise.

    Args:
        text: The text to read.
        what: What the date is, for the message ("trigger date").

    Returns:
        The date.

    Raises:
        DomainError: If the text is not a real calendar date in that form.
    """
    value = text.strip()
    try:
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError(value)
        return date.fromisoformat(value)
    except ValueError:
        raise DomainError(
            f"{what} {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2017-10-04"
        ) from None
