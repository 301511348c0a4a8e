"""Matters the export tests share: the sample as shipped, and one with every fact recorded."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    ConferenceSession,
    DiscoveryRequest,
    Matter,
    Party,
    Resolution,
    ResolutionStatus,
    Role,
)
from meetconfer_gui.domain.sample import sample_matter

TODAY = date(2017, 10, 26)
RFP4 = DiscoveryRequest(
    "Request for Production No. 4", "Set One", "Plaintiff's medical records from 2012 to 2014.",
    "His legal property, including the records, was misplaced after transfers.",
    "A supplemental response is due by November 30, 2017.")
ROG7 = DiscoveryRequest("Interrogatory No. 7", "Set Two",
                        "Names of witnesses to the incident of March 3, 2013.")
PLAINTIFF = Party("plaintiff", "MERRICK JOSE MOORE", Role.PLAINTIFF,
                  address="California State Prison, Corcoran\nP.O. Box 3461\n"
                          "Corcoran, CA 93212", inmate_number="V-12345")
DEFENDANTS = Party("defendants", "GIPSON, et al.", Role.DEFENDANT, counsel="Jane Roe",
                   firm="Office of the Attorney General of California", bar_number="123456",
                   address="2550 Mariposa Mall, Room 5090\nFresno, CA 93721",
                   email="jane.roe@doj.ca.gov", phone="(559) 555-0100")


def filled(*, method: ConferenceMethod = ConferenceMethod.IN_PERSON,
           second: date = date(2017, 10, 23)) -> Matter:
    """The sample with the parties' details, two sessions, resolved in part."""
    m = replace(sample_matter(), parties=(PLAINTIFF, DEFENDANTS))
    return m.with_sessions((
        ConferenceSession("s1", date(2017, 10, 20), ConferenceMethod.TELEPHONE,
                          ("Merrick Jose Moore", "Jane Roe"), 40),
        ConferenceSession("s2", second, method),
    ), Resolution(ResolutionStatus.PART, (RFP4, ROG7), good_faith=True))


@pytest.fixture
def matter() -> Matter:
    return filled()


@pytest.fixture
def sample() -> Matter:
    return sample_matter()
