"""Across matters: what is overdue and what is due this week in every open matter."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.obligations import who_label
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.storage.base import Repository, StoreError


class Urgency(StrEnum):
    """Why an item is on the agenda."""

    OVERDUE = "overdue"
    THIS_WEEK = "this week"

    @property
    def label(self) -> str:
        """In words."""
        return "Overdue" if self is Urgency.OVERDUE else "Due this week"


@dataclass(frozen=True, slots=True)
class AgendaEntry:
    """One open task of one matter, overdue or due within the week.

    Attributes:
        matter_id: The matter.
        matter_name: Its name.
        obligation_id: The item.
        title: The item's title, as the matter's reader sees it.
        who: Who must act, as the reader sees it ("you", "the other side ...").
        due: The date shown for it (its due date, or the date it must be done by).
        urgency: Overdue or due this week.
    """

    matter_id: str
    matter_name: str
    obligation_id: str
    title: str
    who: str
    due: date
    urgency: Urgency

    def days_left(self, today: date) -> int:
        """Days from ``today`` to the date (negative when overdue)."""
        return (self.due - today).days


def agenda(repo: Repository, today: date, *, days: int = 7) -> list[AgendaEntry]:
    """Every open task overdue on ``today`` or due in the ``days`` days from it.

    Archived matters are left out; a matter that cannot be read or dated is skipped (the
    matter list still shows it).

    Args:
        repo: The store.
        today: The day (never read from the clock here).
        days: How many days count as "this week" (today included).

    Returns:
        The entries, soonest first.
    """
    horizon = today + timedelta(days=days - 1)
    out: list[AgendaEntry] = []
    for summary in repo.list_matters():
        try:
            matter = repo.get(summary.id)
            schedule = compute_schedule(matter, today)
        except (StoreError, DomainError):
            continue
        for it in schedule.open_tasks():
            shown = it.date_shown
            if shown is None or shown > horizon:
                continue
            urgency = Urgency.OVERDUE if shown < today else Urgency.THIS_WEEK
            ob = it.obligation
            out.append(AgendaEntry(matter.id, matter.name, ob.id,
                                   ob.title_for(matter.perspective),
                                   who_label(ob.who, matter.perspective), shown, urgency))
    return sorted(out, key=lambda e: (e.due, e.matter_name.casefold(), e.obligation_id))
