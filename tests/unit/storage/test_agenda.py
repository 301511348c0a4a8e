"""The agenda across matters: overdue and due this week, archived matters left out."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from meetconfer_gui.domain.matter import Completion
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.agenda import Urgency, agenda
from meetconfer_gui.storage.base import MemoryRepository


def test_agenda_lists_overdue_and_this_week_only():
    repo = MemoryRepository()
    moore = repo.create(sample_matter(), user="ana")  # contact due Wed 2017-10-25
    old = repo.create(replace(sample_matter(order_date=date(2017, 9, 1)), name="Old"),
                      user="ana")
    repo.create(replace(sample_matter(order_date=date(2017, 9, 1)), name="Hidden",
                        archived=True), user="ana")
    repo.create(replace(sample_matter(order_date=date(2018, 1, 2)), name="Later"), user="ana")
    entries = agenda(repo, date(2017, 10, 24))
    assert {e.matter_name for e in entries} == {moore.name, old.name}
    contact = next(e for e in entries if e.matter_id == moore.id and e.obligation_id == "contact")
    assert (contact.due, contact.urgency, contact.days_left(date(2017, 10, 24))) == (
        date(2017, 10, 25), Urgency.THIS_WEEK, 1)
    assert all(e.urgency is Urgency.OVERDUE for e in entries if e.matter_id == old.id)
    assert entries == sorted(entries, key=lambda e: (e.due, e.matter_name, e.obligation_id))
    assert all(e.due <= date(2017, 10, 30) for e in entries)
    # ticking the item takes it off the agenda
    repo.save(moore.with_completion(Completion("contact", date(2017, 10, 20), "ana")),
              user="ana", action="tick", obligation="contact")
    after = agenda(repo, date(2017, 10, 24))
    assert not any(e.matter_id == moore.id and e.obligation_id == "contact" for e in after)
