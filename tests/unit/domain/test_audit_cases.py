"""An independent audit of the deadline engine: cases checked by hand from the rule text.

Each case was worked out from FRCP 6 and 5 U.S.C. 6103 as ../shared/DOMAIN.md states them (a
calendar for the weekdays, nothing from the engine), then run through ``meetconfer count``
in-process, exactly as a user types it. ``latest`` is None where the law reads one way only:
the key must then be absent from the JSON, as ../shared/CLI.md says of optional keys.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest

from tests.unit.cli.helpers import run_cli

# (the options after `meetconfer count`, due, latest or None, why)
CASES: list[tuple[str, str, str | None, str]] = [
    # --- the sample order (DOMAIN.md) ------------------------------------------------------
    ("--from 2017-10-04 --days 21 --district caed", "2017-10-25", None,
     "21 days after Wed Oct 4 2017 is a Wednesday"),
    ("--from 2017-10-04 --days 30 --district caed --service mail", "2017-11-06", None,
     "day 30 Fri Nov 3; +3 by mail is Mon Nov 6"),
    # --- New Year's Day, observed ----------------------------------------------------------
    ("--from 2021-12-17 --days 14", "2022-01-03", None,
     "Fri Dec 31 2021 is New Year's Day 2022 observed (Jan 1 a Saturday); then the weekend"),
    ("--from 2022-01-14 --days 14 --before", "2021-12-30", None,
     "backward: Fri Dec 31 2021 (New Year's observed) rolls back to Thu Dec 30"),
    ("--from 2022-01-08 --days 7 --before", "2021-12-30", None,
     "backward: Sat Jan 1 2022, then Fri Dec 31 (observed), to Thu Dec 30"),
    ("--from 2027-12-21 --days 10", "2028-01-03", None,
     "Fri Dec 31 2027 is New Year's Day 2028 observed; then the weekend"),
    ("--from 2022-12-23 --days 10", "2023-01-03", None,
     "Jan 1 2023 a Sunday: observed Mon Jan 2"),
    ("--from 2016-12-26 --days 7", "2017-01-03", None,
     "Jan 1 2017 a Sunday: observed Mon Jan 2"),
    # --- Christmas, observed ---------------------------------------------------------------
    ("--from 2021-12-10 --days 14", "2021-12-27", None,
     "Christmas 2021 a Saturday: observed Fri Dec 24; then the weekend"),
    ("--from 2022-12-12 --days 14", "2022-12-27", None,
     "Christmas 2022 a Sunday: observed Mon Dec 26"),
    ("--from 2023-01-02 --days 7 --before", "2022-12-23", None,
     "backward: Mon Dec 26 2022 (observed) and the weekend, to Fri Dec 23"),
    ("--from 2016-11-26 --days 30", "2016-12-27", None,
     "Christmas 2016 a Sunday: observed Mon Dec 26"),
    # --- Independence Day, observed --------------------------------------------------------
    ("--from 2015-06-19 --days 14", "2015-07-06", None,
     "July 4 2015 a Saturday: observed Fri Jul 3; then the weekend"),
    ("--from 2021-06-25 --days 10", "2021-07-06", None,
     "July 4 2021 a Sunday: observed Mon Jul 5"),
    ("--from 2021-07-15 --days 10 --before", "2021-07-02", None,
     "backward: Mon Jul 5 2021 (observed) and the weekend, to Fri Jul 2"),
    ("--from 2026-06-12 --days 21", "2026-07-06", None,
     "July 4 2026 a Saturday: observed Fri Jul 3; then the weekend"),
    ("--from 2020-06-20 --days 14", "2020-07-06", None,
     "DOMAIN.md: Sat Jul 4 2020 runs forward past Sunday to Mon Jul 6"),
    ("--from 2020-07-18 --days 14 --before", "2020-07-02", None,
     "DOMAIN.md: backward past Fri Jul 3 2020 (observed) to Thu Jul 2"),
    # --- Veterans Day, observed ------------------------------------------------------------
    ("--from 2017-10-27 --days 14", "2017-11-13", None,
     "Nov 11 2017 a Saturday: observed Fri Nov 10; then the weekend"),
    ("--from 2018-10-29 --days 14", "2018-11-13", None,
     "Nov 11 2018 a Sunday: observed Mon Nov 12"),
    ("--from 2023-11-17 --days 7 --before", "2023-11-09", None,
     "backward: Fri Nov 10 2023 (observed) to Thu Nov 9"),
    # --- Juneteenth (from 2021) -------------------------------------------------------------
    ("--from 2020-06-05 --days 14", "2020-06-19", None,
     "Fri Jun 19 2020: Juneteenth was not yet a federal holiday"),
    ("--from 2019-06-05 --days 14", "2019-06-19", None,
     "Wed Jun 19 2019: not yet a holiday"),
    ("--from 2021-06-04 --days 14", "2021-06-21", None,
     "WORKED-EXAMPLES 10: Jun 19 2021 a Saturday, observed Fri Jun 18"),
    ("--from 2022-06-06 --days 14", "2022-06-21", None,
     "Jun 19 2022 a Sunday: observed Mon Jun 20"),
    ("--from 2027-06-11 --days 7", "2027-06-21", None,
     "Jun 19 2027 a Saturday: observed Fri Jun 18; then the weekend"),
    ("--from 2024-06-05 --days 14", "2024-06-20", None,
     "Wed Jun 19 2024 is Juneteenth"),
    # --- the Monday holidays and Thanksgiving ----------------------------------------------
    ("--from 2015-01-05 --days 14", "2015-01-20", None,
     "Mon Jan 19 2015 is Martin Luther King Jr.'s Birthday"),
    ("--from 2024-01-01 --days 14", "2024-01-16", None,
     "Mon Jan 15 2024 is Martin Luther King Jr.'s Birthday"),
    ("--from 2025-01-18 --days 30", "2025-02-18", None,
     "Mon Feb 17 2025 is Washington's Birthday"),
    ("--from 2030-05-13 --days 14", "2030-05-28", None,
     "Mon May 27 2030 is Memorial Day (last Monday of May)"),
    ("--from 2019-08-26 --days 7", "2019-09-03", None,
     "Mon Sep 2 2019 is Labor Day"),
    ("--from 2019-09-30 --days 14 --state CA", "2019-10-15", None,
     "Mon Oct 14 2019 is Columbus Day, a federal holiday in California federal courts too"),
    ("--from 2025-11-13 --days 14", "2025-11-28", None,
     "Thu Nov 27 2025 is Thanksgiving; the day after is a federal court day"),
    ("--from 2025-11-13 --days 14 --district caed", "2025-12-01", None,
     "California: the day after Thanksgiving also counts, after an event"),
    ("--from 2025-12-11 --days 14 --before --state CA", "2025-11-26", None,
     "backward: Thanksgiving Nov 27 2025 rolls back to Wed Nov 26"),
    ("--from 2025-12-12 --days 14 --before --state CA", "2025-11-28", None,
     "backward: the day after Thanksgiving is a state day, which does not count before an event"),
    ("--from 2024-12-05 --days 7 --before", "2024-11-27", None,
     "backward: Thanksgiving Nov 28 2024 to Wed Nov 27"),
    # --- weekends ----------------------------------------------------------------------------
    ("--from 2024-03-08 --days 1", "2024-03-11", None, "1 day after a Friday: Sat, to Mon"),
    ("--from 2024-03-11 --days 1 --before", "2024-03-08", None,
     "1 day before a Monday: Sun, back past Sat to Fri"),
    ("--from 2024-05-28 --days 1 --before", "2024-05-24", None,
     "backward: Memorial Day May 27 2024 and the weekend, to Fri May 24"),
    ("--from 2023-06-25 --days 14 --before", "2023-06-09", None,
     "backward: Sun Jun 11 2023 and Sat Jun 10 to Fri Jun 9"),
    ("--from 2024-09-23 --days 21 --before", "2024-08-30", None,
     "backward: Labor Day Sep 2 2024 and the weekend, to Fri Aug 30"),
    # --- Rule 6(d) ----------------------------------------------------------------------------
    ("--from 2024-05-13 --days 14 --service mail", "2024-05-31", None,
     "day 14 is Memorial Day May 27 2024, rolls to Tue May 28; then +3 is Fri May 31"),
    ("--from 2024-03-06 --days 14 --service mail", "2024-03-25", None,
     "day 14 Wed Mar 20 2024; +3 is Sat Mar 23, runs to Mon Mar 25"),
    ("--from 2024-08-20 --days 10 --service mail", "2024-09-03", None,
     "day 10 Fri Aug 30 2024; +3 is Labor Day Sep 2, runs to Tue Sep 3"),
    ("--from 2023-12-01 --days 21 --service clerk", "2023-12-26", None,
     "left with the clerk: day 21 Fri Dec 22 2023; +3 is Christmas, runs to Tue Dec 26"),
    ("--from 2024-03-06 --days 14 --service consented", "2024-03-25", None,
     "consented means add 3 like mail"),
    ("--from 2024-03-06 --days 14 --service personal", "2024-03-20", None,
     "personal service adds nothing"),
    ("--from 2024-03-06 --days 14 --service electronic", "2024-03-20", None,
     "electronic service adds nothing since Dec 1 2016"),
    ("--from 2023-01-07 --days 14 --service mail", "2023-01-26", None,
     "WORKED-EXAMPLES: Sat Jan 21 rolls to Mon Jan 23 first, then +3"),
    ("--from 2024-11-12 --days 14 --service mail", "2024-11-29", None,
     "day 14 Tue Nov 26 2024; +3 is Fri Nov 29, a federal court day"),
    ("--from 2024-11-12 --days 14 --service mail --state CA", "2024-12-02", None,
     "California: +3 lands on the day after Thanksgiving, runs to Mon Dec 2"),
    ("--from 2024-12-23 --days 14 --service mail", "2025-01-09", "2025-01-10",
     "day 14 Mon Jan 6 2025; +3 is Jan 9, the disputed day of mourning for President Carter"),
    ("--from 2013-06-21 --days 14 --service mail --closed 2013-07-05", "2013-07-11", None,
     "WORKED-EXAMPLES 5: the closure rolls day 14 to Mon Jul 8, then +3"),
    # --- electronic service before Dec 1 2016: two readings ------------------------------
    ("--from 2015-03-02 --days 14 --service electronic", "2015-03-16", "2015-03-19",
     "today's rule adds nothing (Mon Mar 16); the rule then in force added 3 (Thu Mar 19)"),
    ("--from 2016-11-30 --days 14 --service electronic", "2016-12-14", "2016-12-19",
     "the day before the amendment: Wed Dec 14; +3 is Sat Dec 17, runs to Mon Dec 19"),
    ("--from 2016-12-01 --days 14 --service electronic", "2016-12-15", None,
     "served on the day the amendment took effect: one reading"),
    ("--from 2016-11-18 --days 7 --service electronic --state CA", "2016-11-28", "2016-12-01",
     "WORKED-EXAMPLES 4: Fri Nov 25 2016 is the day after Thanksgiving in California"),
    # --- before Dec 1 2009 -----------------------------------------------------------------------
    ("--from 2007-08-22 --days 10", "2007-09-04", None,
     "WORKED-EXAMPLES 1: Sat Sep 1 2007, then Labor Day Sep 3"),
    ("--from 2007-09-11 --days 10 --before", "2007-08-31", None,
     "WORKED-EXAMPLES 2: counted backward"),
    ("--from 2008-03-03 --days 10", "2008-03-13", None,
     "counted under today's rule (with a note saying so)"),
    # --- court days --------------------------------------------------------------------------
    ("--from 2024-11-06 --days 5 --court-days", "2024-11-14", None,
     "Thu 7, Fri 8, (Veterans Day Mon 11 skipped), Tue 12, Wed 13, Thu 14"),
    ("--from 2024-07-12 --days 10 --court-days --before", "2024-06-27", None,
     "backward: 10 court days, skipping the weekends and Jul 4 2024"),
    ("--from 2024-11-27 --days 3 --court-days", "2024-12-03", None,
     "Thanksgiving skipped; Fri Nov 29 counts federally"),
    ("--from 2024-11-27 --days 3 --court-days --state CA", "2024-12-04", None,
     "California after an event: the day after Thanksgiving is skipped too"),
    ("--from 2024-12-03 --days 3 --court-days --before --state CA", "2024-11-27", None,
     "backward in California: Fri Nov 29 counts, Thanksgiving does not"),
    ("--from 2021-12-29 --days 3 --court-days", "2022-01-04", None,
     "Thu Dec 30; Fri Dec 31 2021 (New Year's observed) skipped; Mon Jan 3, Tue Jan 4"),
    ("--from 2024-11-06 --days 5 --court-days --service mail", "2024-11-18", None,
     "5 court days to Thu Nov 14; +3 calendar days is Sun Nov 17, runs to Mon Nov 18"),
    ("--from 2024-12-23 --days 2 --court-days", "2024-12-26", "2024-12-27",
     "the disputed Dec 24 2024 counts as a court day (Thu 26) or not (Fri 27)"),
    # --- closures of the clerk's office (Rule 6(a)(3)) ------------------------------------------
    ("--from 2024-02-01 --days 14 --closed 2024-02-15", "2024-02-16", None,
     "the last day Thu Feb 15 was closed: Fri Feb 16"),
    ("--from 2024-02-02 --days 14 --closed 2024-02-16", "2024-02-20", None,
     "closed Fri Feb 16; the weekend and Washington's Birthday Feb 19; Tue Feb 20"),
    ("--from 2024-02-01 --days 14 --closed 2024-02-15 2024-02-16", "2024-02-20", None,
     "two closed days, the weekend and Washington's Birthday"),
    ("--from 2024-02-01 --days 14 --closed 2024-02-14", "2024-02-15", None,
     "a closure on a day that is not the last day changes nothing"),
    ("--from 2024-04-06 --days 14 --closed 2024-04-22", "2024-04-23", None,
     "Sat Apr 20 rolls to Mon Apr 22, which was closed: Tue Apr 23"),
    ("--from 2024-03-15 --days 14 --before --closed 2024-03-01", "2024-03-04", None,
     "backward period, closed last day: extended forward past the weekend to Mon Mar 4"),
    ("--from 2024-12-13 --days 14 --before --state CA --closed 2024-11-29", "2024-12-02", None,
     "backward, closed Fri Nov 29 (a state day, no holiday before an event): forward to Mon"),
    ("--from 2007-09-11 --days 10 --before --closed 2007-08-31", "2007-09-04", None,
     "WORKED-EXAMPLES 3: forward even though counted backward"),
    # --- California days ------------------------------------------------------------------
    ("--from 2024-03-18 --days 14 --state CA", "2024-04-02", None,
     "Cesar Chavez Day Mar 31 2024 a Sunday: observed Mon Apr 1 in California"),
    ("--from 2024-03-18 --days 14", "2024-04-01", None,
     "federal days only: Mon Apr 1 2024 is a court day"),
    ("--from 2022-01-28 --days 14 --state CA", "2022-02-11", "2022-02-14",
     "Lincoln Day Feb 12 2022 a Saturday: the Friday closure before it is disputed"),
    ("--from 2022-09-09 --days 14 --state CA", "2022-09-26", None,
     "Native American Day (4th Friday of September) counts from 2022: Sep 23"),
    ("--from 2021-09-10 --days 14 --state CA", "2021-09-24", "2021-09-27",
     "Native American Day before 2022 is disputed: Fri Sep 24 2021"),
    ("--from 2025-08-26 --days 14 --state CA", "2025-09-09", "2025-09-10",
     "Admission Day Sep 9: California courts stay open; disputed"),
    ("--from 2025-09-23 --days 14 --before --state CA", "2025-09-09", None,
     "backward: no state day counts, disputed or not"),
    ("--from 2025-02-26 --days 14 --before --state CA", "2025-02-12", None,
     "backward: Lincoln Day Wed Feb 12 2025 is not skipped"),
    ("--from 2025-01-29 --days 14 --state ca", "2025-02-13", None,
     "after: Lincoln Day Wed Feb 12 2025 is skipped (state code in any case)"),
    ("--from 2020-01-29 --days 14 --district cand", "2020-02-13", None,
     "WORKED-EXAMPLES 9: Lincoln Day in California"),
    ("--from 2024-04-17 --days 7 --state CA", "2024-04-24", "2024-04-25",
     "Genocide Remembrance Day Apr 24 (from 2023): disputed"),
    ("--from 2023-04-14 --days 14 --before --state CA", "2023-03-31", None,
     "WORKED-EXAMPLES: Cesar Chavez Day not skipped backward"),
    ("--from 2023-03-17 --days 14 --state CA", "2023-04-03", None,
     "WORKED-EXAMPLES: Cesar Chavez Day Fri Mar 31 2023 skipped forward"),
    # --- California, year by year (Gov. Code 6700: a Sunday moves the day to Monday) --------
    ("--from 2017-01-30 --days 14 --district caed", "2017-02-14", None,
     "Lincoln Day Feb 12 2017 a Sunday: observed Mon Feb 13"),
    ("--from 2017-01-30 --days 14", "2017-02-13", None,
     "federal days only: Mon Feb 13 2017 is a court day"),
    ("--from 2021-01-29 --days 14 --district cacd", "2021-02-16", None,
     "Lincoln Day Fri Feb 12 2021, the weekend, Washington's Birthday Feb 15"),
    ("--from 2027-01-29 --days 14 --district casd", "2027-02-16", None,
     "Lincoln Day Fri Feb 12 2027, the weekend, Washington's Birthday Feb 15"),
    ("--from 2028-01-28 --days 14 --district cand", "2028-02-11", "2028-02-14",
     "Lincoln Day Feb 12 2028 a Saturday: the Friday closure is disputed"),
    ("--from 2018-03-16 --days 14 --state CA", "2018-03-30", "2018-04-02",
     "Cesar Chavez Day Mar 31 2018 a Saturday: the Friday closure is disputed"),
    ("--from 2029-03-16 --days 14 --state CA", "2029-03-30", "2029-04-02",
     "Cesar Chavez Day Mar 31 2029 a Saturday: the Friday closure is disputed"),
    ("--from 2019-03-18 --days 14 --state CA", "2019-04-02", None,
     "Cesar Chavez Day Mar 31 2019 a Sunday: observed Mon Apr 1"),
    ("--from 2030-03-18 --days 14 --state CA", "2030-04-02", None,
     "Cesar Chavez Day Mar 31 2030 a Sunday: observed Mon Apr 1"),
    ("--from 2015-11-13 --days 14 --state CA", "2015-11-30", None,
     "the day after Thanksgiving 2015 (Nov 27), then the weekend"),
    ("--from 2015-11-13 --days 14", "2015-11-27", None,
     "federal days only: the day after Thanksgiving is a court day"),
    ("--from 2020-11-13 --days 14 --state CA", "2020-11-30", None,
     "the day after Thanksgiving 2020 (Nov 27), then the weekend"),
    ("--from 2026-11-13 --days 14 --state CA", "2026-11-30", None,
     "the day after Thanksgiving 2026 (Nov 27), then the weekend"),
    ("--from 2030-11-15 --days 14 --state CA", "2030-12-02", None,
     "the day after Thanksgiving 2030 (Nov 29), then the weekend"),
    ("--from 2023-09-08 --days 14 --state CA", "2023-09-25", None,
     "Native American Day Fri Sep 22 2023"),
    ("--from 2026-09-11 --days 14 --state CA", "2026-09-28", None,
     "Native American Day Fri Sep 25 2026"),
    ("--from 2030-09-13 --days 14 --state CA", "2030-09-30", None,
     "Native American Day Fri Sep 27 2030 (fourth Friday)"),
    ("--from 2025-01-29 --days 14 --service mail --state CA", "2025-02-18", None,
     "Lincoln Day rolls day 14 to Thu Feb 13; +3 is Sun Feb 16; Washington's Birthday; Tue"),
    ("--from 2025-02-11 --days 3 --court-days --state CA", "2025-02-18", None,
     "court days: Lincoln Day and Washington's Birthday skipped: Thu 13, Fri 14, Tue 18"),
    # --- other states (the holidays package's days, marked review: the earlier date binds) --
    ("--from 2024-04-01 --days 14 --state MA", "2024-04-15", "2024-04-16",
     "Patriots' Day Mon Apr 15 2024 (Massachusetts): review day, both readings"),
    ("--from 2024-04-29 --days 14 --before --state MA", "2024-04-15", None,
     "backward: Patriots' Day is a state day, never counted before an event"),
    ("--from 2024-01-29 --days 14 --state NY", "2024-02-12", "2024-02-13",
     "Lincoln's Birthday Mon Feb 12 2024 (New York): review day, both readings"),
    ("--from 2023-02-16 --days 14 --state TX", "2023-03-02", "2023-03-03",
     "Texas Independence Day Thu Mar 2 2023: review day, both readings"),
    ("--from 2024-11-12 --days 14 --state NY", "2024-11-26", None,
     "no state day in reach: one reading"),
    # --- executive-order closures (disputed) ------------------------------------------------
    ("--from 2018-11-21 --days 14", "2018-12-05", "2018-12-06",
     "WORKED-EXAMPLES 6: the day of mourning for President Bush, Dec 5 2018"),
    ("--from 2018-12-19 --days 14 --before", "2018-12-04", "2018-12-05",
     "backward: if Dec 5 2018 is a holiday the period runs back to Dec 4, the earlier"),
    ("--from 2014-12-12 --days 14", "2014-12-26", "2014-12-29",
     "WORKED-EXAMPLES 7: Fri Dec 26 2014"),
    ("--from 2015-12-10 --days 14", "2015-12-24", None,
     "Dec 24 2015 was only a half-day closing (EO 13713): no holiday, no second reading"),
    ("--from 2016-01-07 --days 14 --before", "2015-12-24", None,
     "backward: the half-day closing of Dec 24 2015 does not roll the period back to Dec 23"),
    ("--from 2009-12-10 --days 14", "2009-12-24", None,
     "Dec 24 2009 was a half-day closing too"),
    ("--from 2018-12-10 --days 14", "2018-12-24", "2018-12-26",
     "Christmas Eve 2018 closure; then Christmas"),
    ("--from 2019-12-10 --days 14", "2019-12-24", "2019-12-26",
     "Christmas Eve 2019 closure; then Christmas"),
    ("--from 2020-01-07 --days 14 --before", "2019-12-23", "2019-12-24",
     "backward over the disputed Christmas Eve 2019"),
    ("--from 2020-12-10 --days 14", "2020-12-24", "2020-12-28",
     "Christmas Eve 2020 closure; Christmas Friday; the weekend"),
    ("--from 2024-12-17 --days 7", "2024-12-24", "2024-12-26",
     "Christmas Eve 2024 closure; then Christmas"),
    ("--from 2024-12-10 --days 30", "2025-01-09", "2025-01-10",
     "the day of mourning for President Carter, Jan 9 2025"),
    ("--from 2025-12-10 --days 14", "2025-12-24", "2025-12-29",
     "Dec 24 2025 and Dec 26 2025 both disputed: the latest reading counts both"),
    ("--from 2025-12-12 --days 14", "2025-12-26", "2025-12-29",
     "Fri Dec 26 2025 closure; then the weekend"),
    ("--from 2023-11-10 --days 14", "2023-11-24", None,
     "WORKED-EXAMPLES 8: a court's administrative leave is no legal holiday"),
    # --- Inauguration Day (D.C. area only, disputed) ----------------------------------------
    ("--from 2021-01-06 --days 14 --district dcd", "2021-01-20", "2021-01-21",
     "Inauguration Day Wed Jan 20 2021 in D.D.C."),
    ("--from 2017-01-06 --days 14 --district vaed", "2017-01-20", "2017-01-23",
     "Inauguration Day Fri Jan 20 2017 in E.D. Va.; then the weekend"),
    ("--from 2021-01-06 --days 14 --district caed", "2021-01-20", None,
     "Inauguration Day is no holiday outside the D.C. area"),
    ("--from 2025-01-06 --days 14 --district dcd", "2025-01-21", None,
     "Jan 20 2025 is Martin Luther King Jr.'s Birthday anyway: settled"),
    # --- large N, leap years ---------------------------------------------------------------
    ("--from 2023-03-01 --days 365", "2024-02-29", None, "365 days lands on leap day, a Thursday"),
    ("--from 2019-02-28 --days 366", "2020-03-02", None, "Sat Feb 29 2020 runs to Mon Mar 2"),
    ("--from 2024-07-04 --days 365", "2025-07-07", None,
     "Independence Day Fri Jul 4 2025, then the weekend"),
    ("--from 2020-01-01 --days 1000", "2022-09-27", None, "1000 days: Tue Sep 27 2022"),
    ("--from 2027-09-27 --days 1000 --before", "2024-12-31", None,
     "1000 days back: Tue Dec 31 2024"),
    ("--from 2024-01-30 --days 30", "2024-02-29", None, "Feb 29 2024, a Thursday"),
    ("--from 2024-03-14 --days 14 --before", "2024-02-29", None, "backward to Feb 29 2024"),
    ("--from 2024-02-28 --days 1", "2024-02-29", None, "the day after Feb 28 in a leap year"),
    # --- districts in other time zones (federal days the same everywhere) ------------------
    ("--from 2024-06-05 --days 14 --district hid", "2024-06-20", None,
     "Juneteenth in Hawaii"),
    ("--from 2024-06-05 --days 14 --district akd", "2024-06-20", None,
     "Juneteenth in Alaska"),
    ("--from 2024-06-05 --days 14 --district gud", "2024-06-20", None,
     "Juneteenth in Guam"),
]


def _run(capsys: pytest.CaptureFixture[str], argv: list[str]) -> tuple[int, str, str]:
    return run_cli(capsys, *argv)


def _check_shape(result: dict[str, Any]) -> None:
    """Every key ../shared/CLI.md promises, with its type; optional keys absent, not null."""
    for key in ("due", "trigger"):
        assert isinstance(result[key], str) and len(result[key]) == 10
    assert isinstance(result["days"], int) and not isinstance(result["days"], bool)
    assert result["direction"] in ("after", "before")
    assert result["state"] is None or isinstance(result["state"], str)
    assert result["service"] is None or isinstance(result["service"], str)
    kinds = {"trigger", "count", "landed", "skip", "service_days", "closed", "due"}
    assert result["steps"]
    for step in result["steps"]:
        assert set(step) >= {"date", "kind", "text", "rule"}
        assert step["kind"] in kinds
        assert all(isinstance(step[k], str) for k in ("date", "kind", "text", "rule"))
    assert result["steps"][0]["kind"] == "trigger"
    assert result["steps"][-1] == {**result["steps"][-1], "kind": "due", "date": result["due"]}
    if "latest" in result:
        assert result["latest"] is not None and result["latest"] > result["due"]
        readings = result["readings"]
        dues = [r["due"] for r in readings]
        assert dues == sorted(set(dues)) and len(dues) >= 2
        assert (dues[0], dues[-1]) == (result["due"], result["latest"])
        assert all(isinstance(r["assumes"], str) and r["assumes"] for r in readings)
    else:
        assert "readings" not in result
    for optional in ("latest", "readings", "notes", "cutoff"):
        assert result.get(optional, 0) is not None


@pytest.mark.parametrize(("options", "due", "latest", "why"), CASES,
                         ids=[f"{c[0]}" for c in CASES])
def test_audit_case(capsys, options, due, latest, why):
    argv = ["count", *options.split(), "--json"]
    status, out, err = _run(capsys, argv)
    assert (status, err) == (0, ""), why
    result = json.loads(out)
    _check_shape(result)
    assert result["due"] == due, why
    assert result.get("latest") == latest, why


def test_there_are_enough_cases():
    assert len(CASES) >= 60


@pytest.mark.parametrize(
    ("options", "echo"),
    [
        ("--from 2017-10-04 --days 21",
         {"trigger": "2017-10-04", "days": 21, "direction": "after", "state": None,
          "service": None}),
        ("--from 2017-10-04 --days 21 --no-state --before",
         {"direction": "before", "state": None, "service": None}),
        ("--from 2017-10-04 --days 21 --district caed --service mail",
         {"state": "CA", "service": "mail"}),
        ("--from 2017-10-04 --days 021 --state ny --service MAIL",
         {"days": 21, "state": "NY", "service": "mail"}),
    ],
)
def test_the_request_is_echoed(capsys, options, echo):
    status, out, err = _run(capsys, ["count", *options.split(), "--json"])
    assert (status, err) == (0, "")
    result = json.loads(out)
    assert {k: result[k] for k in echo} == echo


@pytest.mark.parametrize(
    ("trigger", "noted"),
    [("2008-03-03", True), ("2009-11-30", True), ("2009-12-01", False), ("2017-10-04", False)],
)
def test_periods_before_december_2009_carry_a_note(capsys, trigger, noted):
    """DOMAIN.md: before Dec 1 2009 the app counts under today's rule and says so."""
    status, out, _ = _run(capsys, ["count", "--from", trigger, "--days", "10", "--json"])
    assert status == 0
    notes = json.loads(out).get("notes", [])
    assert any("2009" in n for n in notes) is noted


@pytest.mark.parametrize(
    "options",
    [
        "--from 2024-03-06 --days 14 --service mail --before",
        "--from 2024-03-06 --days 14 --service electronic --before",
        "--from 2024-03-06 --days 0",
        "--from 2024-03-06 --days 2.5",
        "--from 2024-02-30 --days 3",
        "--from 2024-03-06 --days 3 --state XX",
        "--from 2024-03-06 --days 3 --district cazz",
        "--from 2024-03-06 --days 3 --service fax",
        "--from 2024-03-06 --days 3 --closed 2024-13-01",
    ],
)
def test_bad_requests_fail_in_one_line(capsys, options):
    """CLI.md: one line on stderr, exit status 2, nothing on stdout."""
    status, out, err = _run(capsys, ["count", *options.split(), "--json"])
    assert status == 2
    assert out == ""
    assert err.count("\n") == 1 and "Traceback" not in err


def test_steps_cite_a_rule_once_and_say_a_reason_once(capsys):
    """Audit: a weekend roll cited "FRCP 6(a)(1)(C); FRCP 6(a)(1)(C)", and a closure step read
    "inaccessible on ... (clerk's office inaccessible)"."""
    status, out, _ = _run(capsys, ["count", "--from", "2024-12-13", "--days", "14", "--before",
                                   "--closed", "2024-11-29", "--json"])
    assert status == 0
    steps = json.loads(out)["steps"]
    for step in steps:
        parts = step["rule"].split("; ")
        assert len(parts) == len(set(parts)), step
    closed = next(s for s in steps if s["kind"] == "closed")
    assert closed["text"].count("inaccessible") == 1
    status, out, _ = _run(capsys, ["count", "--from", "2020-07-18", "--days", "14", "--before",
                                   "--json"])
    rules = [s["rule"] for s in json.loads(out)["steps"] if s["kind"] == "skip"]
    assert rules[0] == "FRCP 6(a)(1)(C), 6(a)(5)"  # Sun Jul 5 2020, backward


def test_no_half_day_closing_is_an_executive_closure_day():
    """DOMAIN.md: ``holidays.US(categories=(GOVERNMENT,))`` lists half-day closings, which are
    not holidays (Dec 24 2015 was one, and the table had it as a full day)."""
    import holidays
    from holidays.constants import GOVERNMENT

    from meetconfer_gui.domain.calendars import EXECUTIVE_CLOSURES

    listed = holidays.country_holidays("US", categories=(GOVERNMENT,), years=range(1990, 2031))
    half_days = {d for d, name in listed.items() if "half-day" in name}
    assert half_days >= {date(2002, 12, 24), date(2009, 12, 24), date(2015, 12, 24)}
    assert not half_days & {d for d, _, _ in EXECUTIVE_CLOSURES}
