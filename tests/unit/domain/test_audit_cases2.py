"""A second, independent audit of the deadline engine: more cases checked by hand.

Aimed at what the first audit (test_audit_cases.py) left thin: 1971-2040 holiday history
(New Year's Day observed on Friday, December 31; Veterans Day on the fourth Monday of October
before 1978; no Martin Luther King Jr. Day before 1986; Juneteenth from 2021; Inauguration Day
in the D.C.-area districts only), long periods across year ends, backward periods (state
days ignored), court days across holiday clusters, Rule 6(d)'s third day on a weekend or a
holiday, closure days (last day or not), districts outside California, and batch mode.

Each expected date was worked out from FRCP 6 and 5 U.S.C. 6103 as ../shared/DOMAIN.md
states them, with ``calendar.month`` for the weekdays, before running the app. Other states'
days are the ``holidays`` package's (DOMAIN.md: marked for review, so disputed by design).
``latest`` is None where the law reads one way only (the JSON key must then be absent).

Disagreements found while writing these (see the commit messages):
- Inauguration Day of 1977 and 1981 was missing for dcd/mdd/vaed: 5 U.S.C. 6103(c) makes it a
  D.C.-area holiday "each fourth year after 1965", but the table began in 1985 (app fixed).
- The national days of mourning for Presidents Truman (Thu Dec 28, 1972, Executive Order
  11693) and Johnson (Thu Jan 25, 1973) were missing from the executive closure days
  (app fixed).
- ``--state DC`` counted Inauguration Day only as a D.C. day from the holidays package (so
  only after an event), while ``--district dcd``, the same court, also counted it before an
  event (app fixed: D.C. has one district court).
- California's Native American Day was listed (disputed) for Fri Sep 26, 2014, but AB 1973
  (Stats. 2014, ch. 537) added it to Gov. Code 6700 only from January 1, 2015 (app fixed).
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.unit.cli.helpers import run_cli

# (the options after `meetconfer count`, due, latest or None, why)
CASES: list[tuple[str, str, str | None, str]] = [
    # --- New Year's Day observed on Friday, December 31 (5 U.S.C. 6103(b), EO 11582) -------
    ("--from 1971-01-01 --days 1", "1971-01-04", None,
     "first year counted: Sat Jan 2 1971, Sun, to Mon Jan 4"),
    ("--from 1971-12-17 --days 14", "1972-01-03", None,
     "Fri Dec 31 1971 is New Year's Day 1972 observed (Jan 1 a Saturday); weekend; Mon Jan 3"),
    ("--from 1976-12-17 --days 14", "1977-01-03", None,
     "Fri Dec 31 1976: New Year's Day 1977 observed; weekend; Mon Jan 3 1977"),
    ("--from 1983-01-07 --days 7 --before", "1982-12-30", None,
     "backward: Fri Dec 31 1982 (New Year's 1983 observed) back to Thu Dec 30"),
    ("--from 1999-12-01 --days 30", "2000-01-03", None,
     "Fri Dec 31 1999: New Year's Day 2000 observed; weekend; Mon Jan 3 2000"),
    ("--from 2033-01-14 --days 14 --before", "2032-12-30", None,
     "backward: Fri Dec 31 2032 (New Year's 2033 observed) back to Thu Dec 30 2032"),
    ("--from 2038-12-17 --days 14", "2039-01-03", None,
     "Fri Dec 31 2038: New Year's Day 2039 (a Saturday) observed; weekend; Mon Jan 3 2039"),
    ("--from 2040-12-15 --days 14", "2040-12-31", None,
     "Sat Dec 29 2040, Sun, Mon Dec 31 (Jan 1 2041 is a Tuesday: nothing observed)"),
    ("--from 2021-12-14 --days 14 --service mail", "2022-01-03", None,
     "day 14 Tue Dec 28 2021; +3 is Fri Dec 31 (New Year's observed); weekend; Mon Jan 3"),
    ("--from 2010-12-28 --days 3 --court-days", "2011-01-03", None,
     "court days: Dec 29 (1), Dec 30 (2), Fri Dec 31 2010 observed, weekend, Mon Jan 3 (3)"),
    ("--from 2021-10-02 --days 90", "2022-01-03", None,
     "90 days: Fri Dec 31 2021 (observed); weekend; Mon Jan 3 2022"),
    ("--from 2028-03-31 --days 90 --before", "2027-12-30", None,
     "90 before: Sat Jan 1 2028, back past Fri Dec 31 2027 (observed) to Thu Dec 30"),
    ("--from 2027-01-01 --days 365", "2028-01-03", None,
     "365 days: Sat Jan 1 2028, Sun, Mon Jan 3 (forward: Dec 31 2027 does not matter)"),
    # --- Christmas observed ------------------------------------------------------------------
    ("--from 1982-12-10 --days 14", "1982-12-27", None,
     "Fri Dec 24 1982: Christmas (a Saturday) observed; weekend; Mon Dec 27"),
    ("--from 2004-12-17 --days 7 --court-days", "2004-12-29", None,
     "court days: Dec 20-23 (4), Fri Dec 24 observed, weekend, Dec 27 28 29 (7)"),
    ("--from 2010-12-23 --days 3 --court-days", "2010-12-29", None,
     "court days: Fri Dec 24 2010 observed, weekend, Dec 27 (1) 28 (2) 29 (3)"),
    ("--from 2023-12-20 --days 10 --court-days", "2024-01-05", None,
     "Dec 21 22 (2), Dec 25 skipped, Dec 26-29 (6), Jan 1 skipped, Jan 2-5 (10)"),
    # --- Veterans Day: fourth Monday of October 1971-1977, November 11 from 1978 --------------
    ("--from 1971-10-11 --days 14", "1971-10-26", None,
     "Mon Oct 25 1971 is Veterans Day (4th Monday of October); Tue Oct 26"),
    ("--from 1975-10-13 --days 14", "1975-10-28", None,
     "Mon Oct 27 1975 is Veterans Day; Tue Oct 28"),
    ("--from 1975-10-28 --days 14", "1975-11-11", None,
     "Tue Nov 11 1975 was no federal holiday (Veterans Day was Oct 27)"),
    ("--from 1977-10-31 --days 7 --before", "1977-10-21", None,
     "backward: Mon Oct 24 1977 (Veterans Day) and the weekend, to Fri Oct 21"),
    ("--from 1977-11-25 --days 14 --before", "1977-11-11", None,
     "Fri Nov 11 1977 was no federal holiday"),
    ("--from 1977-10-20 --days 2 --court-days", "1977-10-25", None,
     "court days: Fri Oct 21 (1), weekend, Mon Oct 24 Veterans Day, Tue Oct 25 (2)"),
    ("--from 1978-10-27 --days 14", "1978-11-13", None,
     "Nov 11 1978 a Saturday: observed Fri Nov 10; weekend; Mon Nov 13"),
    ("--from 1978-10-09 --days 14", "1978-10-23", None,
     "Mon Oct 23 1978 (4th Monday of October) is no longer Veterans Day"),
    # --- Martin Luther King Jr.'s Birthday from 1986 ------------------------------------------
    ("--from 1985-01-07 --days 14", "1985-01-21", None,
     "Mon Jan 21 1985, third Monday of January, before the holiday began (1986)"),
    ("--from 1986-01-06 --days 14", "1986-01-21", None,
     "Mon Jan 20 1986: the first Martin Luther King Jr. Day; Tue Jan 21"),
    ("--from 1983-01-31 --days 14 --before", "1983-01-17", None,
     "Mon Jan 17 1983 was no holiday"),
    ("--from 1985-01-18 --days 1 --court-days", "1985-01-21", None,
     "court days: the weekend, then Mon Jan 21 1985 is a court day"),
    ("--from 1986-01-17 --days 1 --court-days", "1986-01-21", None,
     "court days: the weekend and Mon Jan 20 1986 (MLK Day), then Tue Jan 21"),
    ("--from 2023-10-15 --days 90", "2024-01-16", None,
     "90 days: Sat Jan 13 2024, Sun, Mon Jan 15 (MLK Day), Tue Jan 16"),
    # --- Juneteenth from 2021 -------------------------------------------------------------------
    ("--from 2021-07-02 --days 14 --before", "2021-06-17", None,
     "backward: Fri Jun 18 2021 (Juneteenth observed in its first year) to Thu Jun 17"),
    ("--from 2021-06-16 --days 2 --court-days", "2021-06-21", None,
     "court days: Thu Jun 17 (1), Fri Jun 18 observed, weekend, Mon Jun 21 (2)"),
    ("--from 2020-07-03 --days 14 --before", "2020-06-19", None,
     "Fri Jun 19 2020: not yet a federal holiday"),
    ("--from 2023-06-12 --days 5 --court-days", "2023-06-20", None,
     "court days: Jun 13-16 (4), weekend, Mon Jun 19 Juneteenth, Tue Jun 20 (5)"),
    ("--from 2025-06-02 --days 14 --service mail", "2025-06-20", None,
     "day 14 Mon Jun 16; +3 Thu Jun 19 2025 is Juneteenth; Fri Jun 20"),
    ("--from 2032-06-04 --days 14", "2032-06-21", None,
     "Jun 19 2032 a Saturday: observed Fri Jun 18; weekend; Mon Jun 21"),
    ("--from 2033-07-04 --days 14 --before", "2033-06-17", None,
     "backward: Jun 19 2033 a Sunday, observed Mon Jun 20; back past the weekend to Fri Jun 17"),
    ("--from 2040-06-05 --days 14", "2040-06-20", None,
     "Tue Jun 19 2040 is Juneteenth; Wed Jun 20"),
    # --- Inauguration Day: D.C.-area districts only, disputed; Sunday moves to Monday ---------
    ("--from 1977-01-06 --days 14 --district dcd", "1977-01-20", "1977-01-21",
     "Thu Jan 20 1977, Inauguration Day (5 U.S.C. 6103(c), each 4th year after 1965)"),
    ("--from 1981-02-03 --days 14 --before --district dcd", "1981-01-19", "1981-01-20",
     "backward: Tue Jan 20 1981 is Inauguration Day (disputed, both directions); Mon Jan 19"),
    ("--from 1977-02-03 --days 14 --before --district vaed", "1977-01-19", "1977-01-20",
     "backward: Thu Jan 20 1977 disputed; Wed Jan 19 (a Virginia day, ignored backward)"),
    ("--from 1981-02-03 --days 14 --before --district caed", "1981-01-20", None,
     "Inauguration Day is no holiday outside the D.C. area"),
    ("--from 2021-02-03 --days 14 --before --state DC", "2021-01-19", "2021-01-20",
     "--state DC is D.D.C.'s calendar: Wed Jan 20 2021 disputed backward too; Tue Jan 19"),
    ("--from 2021-02-03 --days 14 --before --state VA", "2021-01-20", None,
     "--state VA names no district: Inauguration Day as a Virginia day does not count "
     "backward"),
    ("--from 1985-01-07 --days 14 --district vaed", "1985-01-21", "1985-01-22",
     "Jan 20 1985 a Sunday: Inauguration Day observed Mon Jan 21 (disputed); Tue Jan 22"),
    ("--from 1985-02-04 --days 14 --before --district mdd", "1985-01-18", "1985-01-21",
     "backward: Mon Jan 21 1985 (Inauguration, disputed), back past the weekend to Fri Jan 18"),
    ("--from 2013-01-07 --days 14 --district dcd", "2013-01-22", None,
     "Jan 20 2013 a Sunday: Mon Jan 21 is also MLK Day, a settled holiday; Tue Jan 22"),
    ("--from 2017-02-03 --days 14 --before --district mdd", "2017-01-19", "2017-01-20",
     "backward: Fri Jan 20 2017 disputed; Thu Jan 19"),
    ("--from 2017-01-06 --days 14 --district nysd", "2017-01-20", None,
     "S.D.N.Y. is outside the D.C. area: Fri Jan 20 2017 is an ordinary day"),
    ("--from 2017-01-06 --days 14 --no-state", "2017-01-20", None,
     "federal days only: Inauguration Day is not among them"),
    ("--from 2029-01-06 --days 14 --district dcd", "2029-01-22", None,
     "Jan 20 2029 a Saturday: not moved (6103(c) moves only a Sunday); Mon Jan 22"),
    ("--from 2033-01-06 --days 14 --district dcd", "2033-01-20", "2033-01-21",
     "Thu Jan 20 2033 disputed in D.D.C.; Fri Jan 21"),
    ("--from 2037-01-06 --days 14 --district caed", "2037-01-20", None,
     "Tue Jan 20 2037 is no holiday in E.D. Cal."),
    ("--from 2025-01-24 --days 4 --before --district dcd", "2025-01-17", None,
     "backward: Mon Jan 20 2025 is MLK Day (settled); Fri Jan 17"),
    # --- executive-order closures: disputed --------------------------------------------------
    ("--from 1972-12-14 --days 14", "1972-12-28", "1972-12-29",
     "Thu Dec 28 1972: day of mourning for President Truman (EO 11693), disputed"),
    ("--from 1973-01-11 --days 14", "1973-01-25", "1973-01-26",
     "Thu Jan 25 1973: day of mourning for President Johnson, disputed"),
    ("--from 1973-01-11 --days 14 --before", "1972-12-27", "1972-12-28",
     "backward: Dec 28 1972 counted rolls back to Wed Dec 27; not counted, Dec 28"),
    ("--from 1994-04-13 --days 14", "1994-04-27", "1994-04-28",
     "Wed Apr 27 1994: day of mourning for President Nixon, disputed"),
    ("--from 2025-12-31 --days 5 --before", "2025-12-23", "2025-12-26",
     "backward: Fri Dec 26 2025 disputed; counted, back past Christmas and Dec 24 (disputed)"),
    ("--from 2024-12-27 --days 2 --court-days --before", "2024-12-23", "2024-12-24",
     "court days back: Dec 26 (1), Christmas, Tue Dec 24 disputed (2) or Mon Dec 23 (2)"),
    # --- long periods across year ends ---------------------------------------------------------
    ("--from 2024-07-05 --days 180", "2025-01-02", None,
     "180 days: Wed Jan 1 2025, New Year's Day; Thu Jan 2"),
    ("--from 2019-12-31 --days 365", "2020-12-30", None,
     "365 days in a leap year: Wed Dec 30 2020"),
    ("--from 2020-11-01 --days 60", "2020-12-31", None,
     "60 days: Thu Dec 31 2020 (Jan 1 2021 a Friday: nothing observed on Dec 31)"),
    ("--from 2024-10-27 --days 60 --service mail", "2024-12-30", None,
     "day 60 Thu Dec 26 2024; +3 Sun Dec 29; Mon Dec 30"),
    ("--from 2025-01-02 --days 365 --before", "2024-01-03", None,
     "365 before Jan 2 2025 (Feb 29 2024 between): Wed Jan 3 2024"),
    ("--from 2026-06-30 --days 180 --before", "2025-12-31", None,
     "180 before: Thu Jan 1 2026, New Year's Day, back to Wed Dec 31 2025"),
    ("--from 2026-09-28 --days 60 --state CA", "2026-11-30", None,
     "60 days: Fri Nov 27 2026, day after Thanksgiving (CA); weekend; Mon Nov 30"),
    ("--from 2026-09-28 --days 60", "2026-11-27", None,
     "federal only: Fri Nov 27 2026 is a day the period can end"),
    ("--from 2025-07-03 --days 180", "2025-12-30", None, "180 days: Tue Dec 30 2025"),
    ("--from 2024-10-01 --days 90 --state CA", "2024-12-30", None, "90 days: Mon Dec 30 2024"),
    ("--from 2025-10-28 --days 60 --state CA", "2025-12-29", None,
     "60 days: Sat Dec 27 2025, Sun, Mon Dec 29"),
    ("--from 2022-07-05 --days 365 --before", "2021-07-02", None,
     "365 before: Mon Jul 5 2021 (Independence Day observed), back past the weekend to Fri"),
    ("--from 2020-02-29 --days 365", "2021-03-01", None,
     "365 days from leap day: Sun Feb 28 2021; Mon Mar 1"),
    ("--from 2025-06-17 --days 180 --service mail", "2025-12-18", None,
     "day 180 Sun Dec 14 2025, to Mon Dec 15; +3 Thu Dec 18"),
    ("--from 2040-11-09 --days 14 --state CA", "2040-11-26", None,
     "Fri Nov 23 2040, day after Thanksgiving (CA); weekend; Mon Nov 26"),
    ("--from 2040-11-09 --days 14", "2040-11-23", None,
     "federal only: Fri Nov 23 2040"),
    # --- backward periods: roll back; state days ignored -----------------------------------------
    ("--from 2025-05-30 --days 4 --before", "2025-05-23", None,
     "backward: Mon May 26 2025 Memorial Day and the weekend, to Fri May 23"),
    ("--from 2024-09-05 --days 3 --before", "2024-08-30", None,
     "backward: Mon Sep 2 2024 Labor Day and the weekend, to Fri Aug 30"),
    ("--from 2024-12-02 --days 3 --before --state CA", "2024-11-29", None,
     "backward: Fri Nov 29 2024 (CA day after Thanksgiving) is ignored before an event"),
    ("--from 2023-11-24 --days 1 --before --state CA", "2023-11-22", None,
     "backward: Thu Nov 23 2023 Thanksgiving; Wed Nov 22"),
    ("--from 2026-04-14 --days 14 --before --district caed", "2026-03-31", None,
     "backward: Tue Mar 31 2026 Cesar Chavez Day is ignored before an event"),
    ("--from 2026-02-26 --days 14 --before --district cand", "2026-02-12", None,
     "backward: Thu Feb 12 2026 Lincoln Day is ignored before an event"),
    ("--from 2026-09-23 --days 14 --before --state CA", "2026-09-09", None,
     "backward: Wed Sep 9 2026 Admission Day (disputed state day) is ignored before an event"),
    ("--from 2025-03-18 --days 14 --before --district laed", "2025-03-04", None,
     "backward: Tue Mar 4 2025 Mardi Gras (a Louisiana day) is ignored before an event"),
    # --- court days across holiday clusters ------------------------------------------------------
    ("--from 2025-11-25 --days 3 --court-days", "2025-12-01", None,
     "Nov 26 (1), Thanksgiving, Fri Nov 28 (2), weekend, Mon Dec 1 (3)"),
    ("--from 2025-11-25 --days 3 --court-days --district caed", "2025-12-02", None,
     "Nov 26 (1), Thanksgiving and the day after (CA), weekend, Dec 1 (2), Dec 2 (3)"),
    ("--from 2026-11-24 --days 3 --court-days --state CA", "2026-12-01", None,
     "Nov 25 (1), Nov 26 27 skipped, weekend, Nov 30 (2), Dec 1 (3)"),
    ("--from 2026-12-01 --days 3 --court-days --before --state CA", "2026-11-25", None,
     "back: Nov 30 (1), weekend, Fri Nov 27 counts backward (2), Thanksgiving, Nov 25 (3)"),
    ("--from 2025-12-22 --days 5 --court-days", "2025-12-30", "2026-01-02",
     "Dec 24 and 26 2025 disputed: 23 24 26 29 30; or 23 26 29 30 31; or 23 29 30 31 Jan 2"),
    ("--from 2026-01-05 --days 5 --court-days --before", "2025-12-23", "2025-12-26",
     "back: Jan 2, Dec 31 30 29, then Dec 26 (5); counting Dec 26 and 24: Dec 23"),
    ("--from 2024-02-09 --days 2 --court-days --state CA", "2024-02-14", None,
     "weekend, Mon Feb 12 2024 Lincoln Day (CA), Feb 13 (1), Feb 14 (2)"),
    ("--from 2024-02-09 --days 2 --court-days", "2024-02-13", None,
     "federal only: Mon Feb 12 (1), Tue Feb 13 (2)"),
    ("--from 2025-11-24 --days 3 --court-days --service mail", "2025-12-01", None,
     "Nov 25 26 (2), Thanksgiving, Fri Nov 28 (3); +3 Mon Dec 1"),
    ("--from 2025-11-24 --days 3 --court-days --service mail --state CA", "2025-12-04", None,
     "Nov 25 26 (2), Nov 27 28 skipped, weekend, Dec 1 (3); +3 Thu Dec 4"),
    ("--from 2015-11-20 --days 3 --court-days --service electronic", "2015-11-25", "2015-11-30",
     "Nov 23 24 25 (3); before Dec 2016 e-service added 3: Sat Nov 28, to Mon Nov 30"),
    # --- Rule 6(d): 3 days after the rolled date; the third day rolls --------------------------
    ("--from 2024-04-03 --days 14 --service mail", "2024-04-22", None,
     "day 14 Wed Apr 17; +3 Sat Apr 20; Mon Apr 22"),
    ("--from 2024-05-10 --days 14 --service clerk", "2024-05-28", None,
     "day 14 Fri May 24; +3 Mon May 27 Memorial Day; Tue May 28"),
    ("--from 2024-08-15 --days 14 --service consented", "2024-09-03", None,
     "day 14 Thu Aug 29; +3 Sun Sep 1; Mon Sep 2 Labor Day; Tue Sep 3"),
    ("--from 2024-08-15 --days 14 --service electronic", "2024-08-29", None,
     "electronic service after Dec 1 2016 adds nothing: Thu Aug 29"),
    ("--from 2024-08-15 --days 14 --service personal", "2024-08-29", None,
     "personal service adds nothing: Thu Aug 29"),
    ("--from 2025-06-05 --days 14 --service mail", "2025-06-23", None,
     "day 14 Thu Jun 19 Juneteenth, to Fri Jun 20; +3 Mon Jun 23"),
    ("--from 2025-03-14 --days 14 --service mail --state CA", "2025-04-01", None,
     "day 14 Fri Mar 28; +3 Mon Mar 31 Cesar Chavez Day (CA, after an event); Tue Apr 1"),
    ("--from 2025-03-14 --days 14 --service mail", "2025-03-31", None,
     "federal only: +3 is Mon Mar 31 2025"),
    ("--from 2026-11-10 --days 14 --service mail --state CA", "2026-11-30", None,
     "day 14 Tue Nov 24; +3 Fri Nov 27 (CA day after Thanksgiving); weekend; Mon Nov 30"),
    ("--from 2024-09-13 --days 14 --service personal --state CA", "2024-09-30", None,
     "Fri Sep 27 2024 Native American Day (CA, settled from 2022); weekend; Mon Sep 30"),
    ("--from 2025-12-09 --days 14 --service mail", "2025-12-26", "2025-12-29",
     "day 14 Tue Dec 23; +3 Fri Dec 26 2025 (disputed closure); counted: Mon Dec 29"),
    ("--from 2024-12-10 --days 14 --service mail", "2024-12-27", "2024-12-30",
     "day 14 Tue Dec 24 (disputed): +3 Fri Dec 27; counted: Dec 26 +3 Sun Dec 29, Mon Dec 30"),
    ("--from 2016-06-01 --days 14 --service electronic", "2016-06-15", "2016-06-20",
     "Wed Jun 15 2016; the pre-Dec-2016 reading adds 3: Sat Jun 18, to Mon Jun 20"),
    ("--from 2016-11-10 --days 14 --service electronic", "2016-11-25", "2016-11-28",
     "Thanksgiving Nov 24 2016, to Fri Nov 25; old reading +3: Mon Nov 28"),
    ("--from 2016-12-01 --days 30 --service electronic", "2017-01-03", None,
     "served on Dec 1 2016: today's rule only; Sat Dec 31, Sun, Mon Jan 2 observed, Tue Jan 3"),
    ("--from 2009-12-01 --days 7 --service electronic", "2009-12-08", "2009-12-11",
     "Tue Dec 8 2009; old reading +3: Fri Dec 11"),
    ("--from 2014-12-12 --days 14 --service electronic", "2014-12-26", "2015-01-02",
     "Fri Dec 26 2014 disputed; old rule with it counted: Mon Dec 29 +3 Thu Jan 1, to Fri Jan 2"),
    # --- closures (FRCP 6(a)(3)): the last day only; forward, even backward ------------------
    ("--from 2024-06-20 --days 10 --before --closed 2024-06-10", "2024-06-11", None,
     "backward, last day Mon Jun 10 closed: forward to Tue Jun 11"),
    ("--from 2024-06-23 --days 1 --before --closed 2024-06-21", "2024-06-24", None,
     "Sat Jun 22 rolls back to Fri Jun 21, closed: forward past the weekend to Mon Jun 24"),
    ("--from 2024-07-15 --days 12 --before --closed 2024-07-03", "2024-07-05", None,
     "backward, Wed Jul 3 closed: forward past Jul 4 to Fri Jul 5"),
    ("--from 2024-12-09 --days 12 --before --state CA --closed 2024-11-27", "2024-11-29", None,
     "backward, Wed Nov 27 closed: forward past Thanksgiving; Fri Nov 29 is a CA day, which "
     "does not reach a period measured before an event"),
    ("--from 2024-11-13 --days 14 --state CA --closed 2024-11-27", "2024-12-02", None,
     "Wed Nov 27 closed: Thanksgiving, the day after (CA), the weekend; Mon Dec 2"),
    ("--from 2024-11-13 --days 14 --closed 2024-11-20", "2024-11-27", None,
     "a closure in the middle of the period changes nothing: Wed Nov 27"),
    ("--from 2024-06-01 --days 14 --closed 2024-06-15", "2024-06-17", None,
     "Sat Jun 15 rolls to Mon Jun 17; a closure on the Saturday changes nothing"),
    ("--from 2024-06-01 --days 14 --closed 2024-06-17", "2024-06-18", None,
     "Sat Jun 15 rolls to Mon Jun 17, closed: Tue Jun 18"),
    ("--from 2024-01-02 --days 14 --closed 2024-01-16 2024-01-17 2024-01-18", "2024-01-19", None,
     "closed three days running from the last day: Fri Jan 19"),
    ("--from 2024-12-10 --days 13 --closed 2024-12-23", "2024-12-24", "2024-12-26",
     "Mon Dec 23 closed: Tue Dec 24 (disputed); counted: Christmas, then Thu Dec 26"),
    ("--from 2024-03-04 --days 7 --closed 2024-03-04", "2024-03-11", None,
     "a closure on the trigger day changes nothing: Mon Mar 11"),
    ("--from 2024-03-04 --days 5 --court-days --closed 2024-03-11", "2024-03-12", None,
     "court days Mar 5-8 (4), Mon Mar 11 (5) closed: Tue Mar 12"),
    ("--from 2024-03-04 --days 5 --court-days --closed 2024-03-06", "2024-03-11", None,
     "a closure in the middle of a court-day count changes nothing: Mon Mar 11"),
    ("--from 2024-04-01 --days 14 --service mail --closed 2024-04-15", "2024-04-19", None,
     "Mon Apr 15 closed: Tue Apr 16; +3 Fri Apr 19"),
    ("--from 2024-04-01 --days 14 --service mail --closed 2024-04-18", "2024-04-19", None,
     "Mon Apr 15; +3 Thu Apr 18, closed: Fri Apr 19"),
    ("--from 2024-04-01 --days 14 --service mail --closed 2024-04-16", "2024-04-18", None,
     "Apr 16 lies between the 6(a) end and the 6(d) end: no effect; Thu Apr 18"),
    ("--from 2024-04-01 --days 14 --service mail --closed 2024-04-15 2024-04-19", "2024-04-22",
     None, "Apr 15 closed: Apr 16; +3 Fri Apr 19 closed; weekend; Mon Apr 22"),
    # --- districts in other states and territories (package days: review, so disputed) ------
    ("--from 2025-01-29 --days 14 --district nysd", "2025-02-12", "2025-02-13",
     "Wed Feb 12 2025 Lincoln's Birthday (New York)"),
    ("--from 2025-01-29 --days 14 --district NYSD", "2025-02-12", "2025-02-13",
     "district codes are read in any case"),
    ("--from 2024-10-22 --days 14 --district nyed", "2024-11-05", "2024-11-06",
     "Tue Nov 5 2024 Election Day (New York)"),
    ("--from 2025-03-17 --days 14 --district txsd", "2025-03-31", "2025-04-01",
     "Mon Mar 31 2025 Cesar Chavez Day (Texas)"),
    ("--from 2025-02-17 --days 14 --district ilnd", "2025-03-03", "2025-03-04",
     "Mon Mar 3 2025 Casimir Pulaski Day (Illinois)"),
    ("--from 2025-02-18 --days 14 --district laed", "2025-03-04", "2025-03-05",
     "Tue Mar 4 2025 Mardi Gras (Louisiana)"),
    ("--from 2025-04-07 --days 14 --district mad", "2025-04-21", "2025-04-22",
     "Mon Apr 21 2025 Patriots' Day (Massachusetts)"),
    ("--from 2025-05-28 --days 14 --district hid", "2025-06-11", "2025-06-12",
     "Wed Jun 11 2025 Kamehameha Day (Hawaii)"),
    ("--from 2025-10-03 --days 14 --district akd", "2025-10-17", "2025-10-20",
     "Fri Oct 17 2025 Alaska Day observed (Oct 18 a Saturday); weekend; Mon Oct 20"),
    ("--from 2025-11-14 --days 14 --district gand", "2025-11-28", "2025-12-01",
     "Fri Nov 28 2025, a Georgia state holiday; weekend; Mon Dec 1"),
    ("--from 2024-11-15 --days 14 --district flsd", "2024-11-29", "2024-12-02",
     "Fri Nov 29 2024, Friday after Thanksgiving (Florida)"),
    ("--from 2025-10-21 --days 14 --district vaed", "2025-11-04", "2025-11-05",
     "Tue Nov 4 2025 Election Day (Virginia)"),
    ("--from 2025-04-02 --days 14 --district dcd", "2025-04-16", "2025-04-17",
     "Wed Apr 16 2025 D.C. Emancipation Day"),
    ("--from 2024-12-23 --days 14 --district prd", "2025-01-06", "2025-01-07",
     "Mon Jan 6 2025 Epiphany (Puerto Rico)"),
    ("--from 2025-04-04 --days 14 --district prd", "2025-04-18", "2025-04-21",
     "Fri Apr 18 2025 Good Friday (Puerto Rico); weekend; Mon Apr 21"),
    ("--from 2025-06-05 --days 14 --district prd", "2025-06-20", None,
     "Thu Jun 19 2025 Juneteenth in Puerto Rico too; Fri Jun 20"),
    ("--from 2025-03-17 --days 14 --district vid", "2025-03-31", "2025-04-01",
     "Mon Mar 31 2025 Transfer Day (Virgin Islands)"),
    ("--from 2025-07-07 --days 14 --district gud", "2025-07-21", "2025-07-22",
     "Mon Jul 21 2025 Liberation Day (Guam)"),
    ("--from 2025-03-10 --days 14 --district nmid", "2025-03-24", "2025-03-25",
     "Mon Mar 24 2025 Commonwealth Covenant Day (Northern Mariana Islands)"),
    ("--from 2025-04-01 --days 14 --service mail --district txsd", "2025-04-18", "2025-04-22",
     "day 14 Tue Apr 15; +3 Fri Apr 18 Good Friday (Texas, review); counted: weekend, Mon Apr "
     "21 San Jacinto Day (Texas, review); both counted: Tue Apr 22"),
    ("--from 2025-03-03 --days 14 --district wawd", "2025-03-17", None,
     "no Washington day in March: Mon Mar 17 2025"),
    ("--from 2025-03-03 --days 14 --state pr", "2025-03-17", None,
     "state codes in any case; no Puerto Rico day on Mon Mar 17 2025"),
    # --- more holidays by year, in every direction -----------------------------------------
    ("--from 2022-12-30 --days 4 --before --state CA", "2022-12-23", None,
     "backward: Mon Dec 26 2022 (Christmas observed, federal) and the weekend, to Fri Dec 23"),
    ("--from 2024-12-02 --days 2 --court-days --before", "2024-11-27", None,
     "court days back: Fri Nov 29 (1), Thanksgiving, Wed Nov 27 (2)"),
    ("--from 2024-11-14 --days 14 --service mail --state CA", "2024-12-05", None,
     "Thanksgiving Nov 28, the day after (CA), weekend: Mon Dec 2; +3 Thu Dec 5"),
    ("--from 2024-11-14 --days 14 --service mail", "2024-12-02", None,
     "federal only: Thanksgiving to Fri Nov 29; +3 Mon Dec 2"),
    ("--from 2024-11-25 --days 2 --court-days --state CA --closed 2024-11-27", "2024-12-02",
     None, "court days Nov 26 27; Nov 27 closed: Thanksgiving, Nov 29 (CA), weekend; Mon Dec 2"),
    ("--from 2025-09-29 --days 14 --district caed", "2025-10-14", None,
     "Mon Oct 13 2025 Columbus Day is a federal holiday in California's federal courts"),
    ("--from 2025-10-20 --days 7 --before --district caed", "2025-10-10", None,
     "backward: Columbus Day Oct 13 2025 and the weekend, to Fri Oct 10"),
    ("--from 2026-02-11 --days 3 --court-days --district caed", "2026-02-18", "2026-02-19",
     "Feb 12 Lincoln Day (CA), Feb 13 (1), Feb 16 Presidents Day, Tue Feb 17 Lunar New Year "
     "(disputed) (2), Feb 18 (3); or Feb 18 (2), Feb 19 (3)"),
    ("--from 2026-05-08 --days 14 --service mail", "2026-05-26", None,
     "day 14 Fri May 22; +3 Mon May 25 Memorial Day; Tue May 26"),
    ("--from 2030-09-05 --days 3 --court-days --before", "2030-08-30", None,
     "court days back: Sep 4 (1), Sep 3 (2), Labor Day Sep 2, weekend, Fri Aug 30 (3)"),
    ("--from 2030-11-11 --days 14 --service mail", "2030-11-29", None,
     "day 14 Mon Nov 25; +3 Thu Nov 28 Thanksgiving; Fri Nov 29"),
    ("--from 2026-04-10 --days 14 --state CA", "2026-04-24", "2026-04-27",
     "Fri Apr 24 2026 Genocide Remembrance Day (CA statute, courts open: disputed)"),
    ("--from 2022-04-10 --days 14 --state CA", "2022-04-25", None,
     "Sun Apr 24 2022, before Genocide Remembrance Day was a state day: Mon Apr 25"),
    ("--from 2027-01-23 --days 14 --state CA", "2027-02-08", None,
     "Sat Feb 6 2027 (Lunar New Year on a Saturday, not moved); Sun; Mon Feb 8"),
    ("--from 2027-10-15 --days 14 --state CA", "2027-10-29", "2027-11-01",
     "Fri Oct 29 2027 Diwali (CA statute from 2026, courts open: disputed)"),
    ("--from 2029-10-29 --days 14", "2029-11-13", None,
     "Nov 11 2029 a Sunday: Veterans Day observed Mon Nov 12; Tue Nov 13"),
    ("--from 2027-07-12 --days 7 --before", "2027-07-02", None,
     "backward: Jul 4 2027 a Sunday, observed Mon Jul 5; back past the weekend to Fri Jul 2"),
    ("--from 2023-06-14 --days 365 --closed 2024-06-13", "2024-06-14", None,
     "365 days (Feb 29 between): Thu Jun 13 2024, closed: Fri Jun 14"),
    ("--from 2024-12-16 --days 10 --court-days --state CA", "2024-12-31", "2025-01-02",
     "Dec 17-20 (4), Dec 23 (5), Dec 24 disputed (6), Dec 26 27 30 31 (10); or, Dec 24 "
     "counted, Jan 2 2025"),
    ("--from 2024-03-04 --days 5 --court-days --service consented --closed 2024-03-14",
     "2024-03-15", None, "court days to Mon Mar 11; +3 Thu Mar 14, closed: Fri Mar 15"),
    ("--from 2022-01-07 --days 7 --before --state CA", "2021-12-30", None,
     "backward: Fri Dec 31 2021 is federal (New Year's observed), so it counts backward too"),
    ("--from 2024-12-25 --days 1", "2024-12-26", None,
     "a trigger on a holiday is simply not counted: Thu Dec 26"),
    ("--from 2024-06-15 --days 1 --court-days", "2024-06-17", None,
     "court days from a Saturday: Sunday skipped, Mon Jun 17 (1)"),
    ("--from 2024-06-21 --days 2 --court-days --before", "2024-06-18", None,
     "court days back: Jun 20 (1), Juneteenth Jun 19, Tue Jun 18 (2)"),
    ("--from 1989-01-06 --days 14 --district vaed", "1989-01-20", "1989-01-23",
     "Fri Jan 20 1989 Inauguration Day (disputed); weekend; Mon Jan 23"),
    ("--from 1993-01-27 --days 7 --before --district mdd", "1993-01-19", "1993-01-20",
     "backward: Wed Jan 20 1993 Inauguration Day (disputed); Tue Jan 19"),
    ("--from 2005-01-19 --days 1 --court-days --district dcd", "2005-01-20", "2005-01-21",
     "court days: Thu Jan 20 2005 Inauguration Day (disputed) (1), or Fri Jan 21"),
    # --- disputed days meeting rolls, closures and Rule 6(d) ---------------------------------
    ("--from 2025-12-10 --days 14 --service mail", "2025-12-29", "2026-01-02",
     "day 14 Wed Dec 24 2025 (disputed): +3 Sat Dec 27, to Mon Dec 29; Dec 24 counted: Dec 26 "
     "(disputed) +3 Mon Dec 29; both counted: Mon Dec 29 +3 Thu Jan 1, to Fri Jan 2"),
    ("--from 2026-01-03 --days 7 --before", "2025-12-23", "2025-12-26",
     "backward: Sat Dec 27 2025, back to Fri Dec 26 (disputed); counted: past Christmas and "
     "Dec 24 (disputed) to Tue Dec 23"),
    ("--from 2024-12-10 --days 14 --closed 2024-12-24", "2024-12-26", None,
     "Tue Dec 24 2024 closed (and disputed): either way the period runs past Christmas to Thu "
     "Dec 26"),
    ("--from 2024-06-20 --days 14 --closed 2024-07-04", "2024-07-05", None,
     "Thu Jul 4 2024 is a holiday already; the closure adds nothing: Fri Jul 5"),
    ("--from 2024-03-15 --days 3 --court-days --before --closed 2024-03-12", "2024-03-13", None,
     "court days back: Mar 14 13 12; Tue Mar 12 closed: forward to Wed Mar 13"),
    ("--from 2025-09-05 --days 3 --court-days --state CA", "2025-09-10", "2025-09-11",
     "court days: Sep 8 (1), Tue Sep 9 Admission Day (disputed) (2), Sep 10 (3); or Sep 11"),
    ("--from 2025-09-12 --days 3 --court-days --before --state CA", "2025-09-09", None,
     "court days back: Sep 11 10 9; Admission Day, a state day, does not count backward"),
    ("--from 2021-01-22 --days 2 --court-days --before --district dcd", "2021-01-19",
     "2021-01-20",
     "court days back: Jan 21 (1), Wed Jan 20 Inauguration Day (disputed) (2), or Tue Jan 19"),
    ("--from 2016-11-17 --days 2 --court-days --service electronic --state CA", "2016-11-21",
     "2016-11-28",
     "court days: Nov 18, Mon Nov 21; old reading +3 Thu Nov 24 Thanksgiving, Fri Nov 25 (CA), "
     "weekend, Mon Nov 28"),
    ("--from 2029-08-26 --days 14 --state CA", "2029-09-10", "2029-09-11",
     "Sun Sep 9 2029; Mon Sep 10 is Admission Day observed (disputed); or Tue Sep 11"),
    ("--from 2028-02-25 --days 14 --before --state CA", "2028-02-11", None,
     "backward: Fri Feb 11 2028 (the Friday before Lincoln Day on a Saturday) is a state "
     "question: not before an event"),
    ("--from 2015-09-11 --days 14 --state CA", "2015-09-25", "2015-09-28",
     "Fri Sep 25 2015 Native American Day (CA statute from 2015; courts open until 2022)"),
    ("--from 2014-09-12 --days 14 --state CA", "2014-09-26", None,
     "Fri Sep 26 2014: Native American Day was not yet in Gov. Code 6700 (AB 1973 took effect "
     "Jan 1 2015)"),
]


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def _check(result: dict[str, Any], due: str, latest: str | None, why: str) -> None:
    assert result["due"] == due, why
    assert result.get("latest") == latest, why
    assert result["steps"][-1]["kind"] == "due" and result["steps"][-1]["date"] == due
    if latest is None:
        assert "readings" not in result and "latest" not in result
    else:
        dues = [r["due"] for r in result["readings"]]
        assert dues[0] == due and dues[-1] == latest and dues == sorted(set(dues))


@pytest.mark.parametrize(("options", "due", "latest", "why"), CASES,
                         ids=[c[0] for c in CASES])
def test_audit_case(capsys: pytest.CaptureFixture[str], options: str, due: str,
                    latest: str | None, why: str) -> None:
    status, out, err = _run(capsys, ["count", *options.split(), "--json"])
    assert (status, err) == (0, ""), why
    _check(json.loads(out), due, latest, why)


def test_there_are_enough_cases() -> None:
    assert len(CASES) >= 120
    assert len({c[0] for c in CASES}) == len(CASES)


# Batch mode: good and bad lines mixed; each line's result in its place, in order.
BATCH: list[tuple[dict[str, Any] | str, str | None, str | None]] = [
    ({"trigger": "2024-08-15", "days": 14, "service": "consented"}, "2024-09-03", None),
    ("not json", None, None),
    ({"trigger": "2024-06-20", "days": 10, "direction": "before", "closed": ["2024-06-10"]},
     "2024-06-11", None),
    ({"trigger": "2024-06-20", "days": 10, "direction": "before", "service": "mail"},
     None, None),  # Rule 6(d) never applies before an event
    ({"trigger": "2025-11-25", "days": 3, "court_days": True, "district": "caed"},
     "2025-12-02", None),
    ({"trigger": "2025-01-29", "days": 14, "district": "nysd"}, "2025-02-12", "2025-02-13"),
    ({"trigger": "2025-01-29", "days": 14, "district": "xxd"}, None, None),
    ({"trigger": "1981-02-03", "days": 14, "direction": "before", "district": "dcd"},
     "1981-01-19", "1981-01-20"),
    ({"trigger": "2024-02-30", "days": 14}, None, None),
    ({"trigger": "2024-03-04", "days": 5, "court_days": True, "closed": ["2024-03-11"]},
     "2024-03-12", None),
    ({"trigger": "2024-01-01", "days": 14, "state": "CA", "district": "caed"}, None, None),
    ({"trigger": "2016-11-10", "days": 14, "service": "electronic"}, "2016-11-25", "2016-11-28"),
    ({"trigger": "2024-03-04", "days": 0}, None, None),
    ({"trigger": "2021-12-14", "days": 14, "service": "mail", "state": "ca"}, "2022-01-03", None),
]


def test_batch_mixes_good_and_bad_lines(capsys: pytest.CaptureFixture[str],
                                        tmp_path: Any) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("".join((line if isinstance(line, str) else json.dumps(line)) + "\n"
                            for line, _, _ in BATCH), encoding="utf-8")
    status, out, err = _run(capsys, ["count", "--batch", str(path), "--json"])
    assert status == 2
    assert err.count("\n") == 1 and "line 2" in err and "Traceback" not in err
    lines = [json.loads(x) for x in out.splitlines()]
    assert len(lines) == len(BATCH)
    for number, (result, (_, due, latest)) in enumerate(zip(lines, BATCH, strict=True), 1):
        if due is None:
            assert set(result) == {"error", "line"} and result["line"] == number
            assert isinstance(result["error"], str) and result["error"]
        else:
            _check(result, due, latest, f"batch line {number}")
