"""The status report PDF, read back with pypdf."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime

from pypdf import PdfReader

from meetconfer_gui.domain.matter import ContactAttempt, ContactMethod, ContactOutcome
from meetconfer_gui.domain.schedule import compute_schedule
from meetconfer_gui.export.report import render_report, write_report
from meetconfer_gui.storage.base import HistoryEntry

WHEN = datetime(2017, 10, 24, 12, tzinfo=UTC)


def text_of(data: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(data)).pages)


def test_report_holds_the_matter(matter, tmp_path):
    m = matter.with_contact(ContactAttempt("c1", date(2017, 10, 12), ContactMethod.LETTER,
                                           "Jane Roe", ContactOutcome.SENT,
                                           "Letter proposing a call"))
    history = [HistoryEntry(datetime(2017, 10, 20, 14, tzinfo=UTC), "jroe", "conference",
                            "meet_and_confer", "call held, 40 minutes")]
    path = write_report(compute_schedule(m, date(2017, 10, 24)), tmp_path / "r.pdf", history,
                        generated=WHEN)
    text = text_of(path.read_bytes())
    for fact in ("Status report: Moore v. Gipson (sample order)",
                 "1:13-cv-01820-DAD-BAM (PC)", "Next step:", "Checklist",
                 "Before the conference", "Defense counsel must file the Joint Statement",
                 "Due soon", "Done",
                 "Deadlines and how each was counted", "FRCP 6(a)(1)(C)",
                 "Within seven (7) days", "Contact log", "Letter proposing a call",
                 "Conference", "Fri Oct 20, 2017", "telephone", "Mon Oct 23, 2017",
                 "Motion resolved in part", "Request for Production No. 4, Set One",
                 "Interrogatory No. 7, Set Two", "History", "call held, 40 minutes",
                 "Page 1"):
        assert fact in text, fact


def test_report_of_the_bare_sample(sample):
    text = text_of(render_report(compute_schedule(sample, date(2017, 10, 10)),
                                 generated=WHEN))
    assert "No contact attempt is recorded." in text
    assert "No conference session is recorded." in text
    assert "Last day to hold the conference: Friday, October 27, 2017" in text
    assert "No history was supplied" in text
    assert "does not give legal advice" in text
