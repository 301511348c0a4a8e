"""An independent audit of ``meetconfer deadlines`` (the sample order's schedule).

Every expected date below was computed by hand from the order's words and Rule 6 (with
``python3 -c 'import calendar; ...'`` for the weekdays) before the app was run; each case
carries its one-line reason. The order's words decide which clock counts from what:

- the contact period runs "within twenty-one (21) days of the date of this order" (p. 1 l. 3-4):
  from the order's date, never from service;
- the Joint Statement is due "Within seven (7) days of the parties' conference" (p. 1 l. 14) and
  "Within thirty (30) days of the date of service of this order" (IT IS ORDERED 3): the earlier
  binds; Rule 6(d)'s 3 days apply only to the second (a period after service);
- with several sessions the 7 days count from the first unless a later one is marked as
  concluding the conference (DOMAIN.md; the command line cannot mark one);
- ``conference_by`` is the last day a conference can be held so that its 7 days end no later
  than the 30-day date; null once a conference is recorded;
- where a disputed day (an executive-order closure, a California day its courts stay open for)
  decides the result, ``due`` is the earlier reading.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from tests.unit.cli.helpers import run_cli


def deadlines(capsys: Any, *args: str, today: str = "2000-01-01") -> dict[str, Any]:
    """``meetconfer deadlines --sample --json ARGS`` as a dict."""
    status, out, err = run_cli(capsys, "deadlines", "--sample", "--json", "--today", today,
                               *args)
    assert status == 0, err
    result: dict[str, Any] = json.loads(out)
    return result


def item(result: dict[str, Any], oid: str) -> dict[str, Any]:
    """One obligation of a result by id."""
    found: dict[str, Any] = next(o for o in result["obligations"] if o["id"] == oid)
    return found


def _d(contact: str, joint: str, after_conference: str | None, after_service: str,
       conference_by: str | None) -> dict[str, str | None]:
    """The ``deadlines`` object of a result."""
    return {"contact": contact, "joint_statement": joint,
            "joint_statement_after_conference": after_conference,
            "joint_statement_after_service": after_service, "conference_by": conference_by}


# (args, deadlines, binding, reason); --sample is the order of Wed 2017-10-04, served that day
# electronically on defense counsel.
SCHEDULES = [
    (['--order-date', '2017-10-04'],
     _d('2017-10-25', '2017-11-03', None, '2017-11-03', '2017-10-27'), 'after_service',
     'the sample: 21 days -> Wed 10-25; 30 days -> Fri 11-03; conference by Fri 10-27'),
    (['--order-date', '2017-10-04', '--service', 'mail'],
     _d('2017-10-25', '2017-11-06', None, '2017-11-06', '2017-10-30'), 'after_service',
     'mail adds 3 days after the 30 (Rule 6(d)): Fri 11-03 + 3 = Mon 11-06'),
    (['--order-date', '2017-10-04', '--service', 'clerk'],
     _d('2017-10-25', '2017-11-06', None, '2017-11-06', '2017-10-30'), 'after_service',
     'leaving it with the clerk adds 3 days like mail: Mon 11-06'),
    (['--order-date', '2017-10-04', '--service', 'consented'],
     _d('2017-10-25', '2017-11-06', None, '2017-11-06', '2017-10-30'), 'after_service',
     'other consented means add 3 days: Mon 11-06'),
    (['--order-date', '2017-10-04', '--service', 'personal'],
     _d('2017-10-25', '2017-11-03', None, '2017-11-03', '2017-10-27'), 'after_service',
     'personal service adds nothing: Fri 11-03'),
    (['--order-date', '2017-10-04', '--service', 'electronic'],
     _d('2017-10-25', '2017-11-03', None, '2017-11-03', '2017-10-27'), 'after_service',
     'electronic service after Dec 1 2016 adds nothing: Fri 11-03'),
    (['--order-date', '2017-10-02', '--service', 'mail'],
     _d('2017-10-23', '2017-11-06', None, '2017-11-06', '2017-10-30'), 'after_service',
     'day 30 Wed 11-01; by mail +3 = Sat 11-04 rolls to Mon 11-06'),
    (['--order-date', '2017-10-02'],
     _d('2017-10-23', '2017-11-01', None, '2017-11-01', '2017-10-25'), 'after_service',
     'day 30 Wed 11-01 by e-service; conference by Wed 10-25'),
    (['--order-date', '2017-10-08', '--service', 'mail'],
     _d('2017-10-30', '2017-11-13', None, '2017-11-13', '2017-11-06'), 'after_service',
     'mail: day 30 Tue 11-07, +3 = Fri 11-10 Veterans Day observed -> Mon 11-13'),
    (['--order-date', '2023-10-25'],
     _d('2023-11-15', '2023-11-27', None, '2023-11-27', '2023-11-20'), 'after_service',
     'day 30 Fri 11-24 (day after Thanksgiving, CA) -> Mon 11-27'),
    (['--order-date', '2023-10-25', '--service', 'mail'],
     _d('2023-11-15', '2023-11-30', None, '2023-11-30', '2023-11-23'), 'after_service',
     'mail: 30 rolls to Mon 11-27 first, then +3 = Thu 11-30'),
    (['--order-date', '2023-10-25', '--service', 'clerk'],
     _d('2023-11-15', '2023-11-30', None, '2023-11-30', '2023-11-23'), 'after_service',
     'clerk: same as mail, Thu 11-30'),
    (['--order-date', '2023-10-25', '--service', 'personal'],
     _d('2023-11-15', '2023-11-27', None, '2023-11-27', '2023-11-20'), 'after_service',
     'personal: Mon 11-27, no 3 days'),
    (['--order-date', '2017-10-04', '--served', '2017-10-10'],
     _d('2017-10-25', '2017-11-09', None, '2017-11-09', '2017-11-02'), 'after_service',
     'served Tue 10-10: contact stays Wed 10-25 (date of the order); 30 days -> Thu 11-09'),
    (['--order-date', '2017-10-04', '--served', '2017-10-10', '--service', 'mail'],
     _d('2017-10-25', '2017-11-13', None, '2017-11-13', '2017-11-06'), 'after_service',
     'served 10-10 by mail: Thu 11-09 + 3 = Sun 11-12 -> Mon 11-13'),
    (['--order-date', '2017-10-04', '--served', '2017-10-24'],
     _d('2017-10-25', '2017-11-27', None, '2017-11-27', '2017-11-20'), 'after_service',
     'served 10-24: day 30 Thanksgiving Thu 11-23, Fri 11-24 CA, weekend -> Mon 11-27'),
    (['--order-date', '2017-10-04', '--served', '2017-10-24', '--service', 'mail'],
     _d('2017-10-25', '2017-11-30', None, '2017-11-30', '2017-11-23'), 'after_service',
     'served 10-24 by mail: Mon 11-27 + 3 = Thu 11-30'),
    (['--order-date', '2017-10-04', '--served', '2017-10-24', '--service', 'personal'],
     _d('2017-10-25', '2017-11-27', None, '2017-11-27', '2017-11-20'), 'after_service',
     'served 10-24 personally: Mon 11-27'),
    (['--order-date', '2017-10-04', '--served', '2017-11-01'],
     _d('2017-10-25', '2017-12-01', None, '2017-12-01', '2017-11-24'), 'after_service',
     'served 11-01 (after the contact deadline): contact still 10-25; 30 -> Fri 12-01'),
    (['--order-date', '2023-03-01', '--served', '2023-03-01'],
     _d('2023-03-22', '2023-04-03', None, '2023-04-03', '2023-03-27'), 'after_service',
     'served 03-01 = order; day 30 Fri 03-31 Cesar Chavez Day -> Mon 04-03'),
    (['--order-date', '2023-02-20', '--served', '2023-03-10', '--service', 'mail'],
     _d('2023-03-13', '2023-04-13', None, '2023-04-13', '2023-04-06'), 'after_service',
     "order on Presidents' Day (trigger day excluded, fine); served 03-10 mail: 30 -> Sun "
     '04-09 -> Mon 04-10, +3 Thu 04-13'),
    (['--order-date', '2024-12-02', '--served', '2024-12-06'],
     _d('2024-12-23', '2025-01-06', None, '2025-01-06', '2024-12-30'), 'after_service',
     'served Fri 12-06: 30 -> Sun 01-05-2025 -> Mon 01-06; contact Mon 12-23'),
    (['--order-date', '2016-10-05'],
     _d('2016-10-26', '2016-11-04', None, '2016-11-04', '2016-10-28'), 'after_service',
     'e-service 2016-10-05: day 30 Fri 11-04 (older reading +3 Mon 11-07 only beside it)'),
    (['--order-date', '2016-11-18'],
     _d('2016-12-09', '2016-12-19', None, '2016-12-19', '2016-12-12'), 'after_service',
     'e-service Fri 2016-11-18: day 30 Sun 12-18 -> Mon 12-19; contact Fri 12-09'),
    (['--order-date', '2016-12-01'],
     _d('2016-12-22', '2017-01-03', None, '2017-01-03', '2016-12-27'), 'after_service',
     'e-service on 2016-12-01 (new rule): day 30 Sat 12-31, Mon 01-02-2017 NY observed -> '
     'Tue 01-03'),
    (['--order-date', '2016-10-05', '--service', 'mail'],
     _d('2016-10-26', '2016-11-07', None, '2016-11-07', '2016-10-31'), 'after_service',
     'mail before 2016 still +3: Fri 11-04 + 3 = Mon 11-07'),
    (['--order-date', '2008-10-01'],
     _d('2008-10-22', '2008-10-31', None, '2008-10-31', '2008-10-24'), 'after_service',
     "a pre-2009 order counted under today's rule: contact Wed 10-22, 30 -> Fri 10-31"),
    (['--order-date', '2017-10-24'],
     _d('2017-11-14', '2017-11-27', None, '2017-11-27', '2017-11-20'), 'after_service',
     'day 30 Thanksgiving 11-23, day after (CA) 11-24, weekend -> Mon 11-27; contact Tue '
     '11-14'),
    (['--order-date', '2023-11-02'],
     _d('2023-11-27', '2023-12-04', None, '2023-12-04', '2023-11-27'), 'after_service',
     'day 21 Thanksgiving 11-23 -> Fri CA -> weekend -> Mon 11-27; day 30 Sat 12-02 -> Mon '
     '12-04'),
    (['--order-date', '2023-03-10'],
     _d('2023-04-03', '2023-04-10', None, '2023-04-10', '2023-04-03'), 'after_service',
     'day 21 Fri 03-31 Cesar Chavez Day (CA, after an event) -> Mon 04-03; day 30 Sun 04-09'
     ' -> Mon 04-10'),
    (['--order-date', '2024-03-02'],
     _d('2024-03-25', '2024-04-02', None, '2024-04-02', '2024-03-26'), 'after_service',
     'day 30 Mon 04-01 Cesar Chavez observed (Mar 31 a Sunday) -> Tue 04-02; day 21 Sat '
     '03-23 -> Mon 03-25'),
    (['--order-date', '2026-03-10'],
     _d('2026-04-01', '2026-04-09', None, '2026-04-09', '2026-04-02'), 'after_service',
     'day 21 Tue 03-31-2026 Cesar Chavez Day -> Wed 04-01; day 30 Thu 04-09'),
    (['--order-date', '2026-01-22'],
     _d('2026-02-13', '2026-02-23', None, '2026-02-23', '2026-02-16'), 'after_service',
     'day 21 Thu 02-12-2026 Lincoln Day (CA) -> Fri 02-13; day 30 Sat 02-21 -> Mon 02-23'),
    (['--order-date', '2023-01-14'],
     _d('2023-02-06', '2023-02-14', None, '2023-02-14', '2023-02-07'), 'after_service',
     'day 30 Mon 02-13-2023 Lincoln Day observed (Feb 12 Sunday) -> Tue 02-14; day 21 Sat '
     '02-04 -> Mon 02-06'),
    (['--order-date', '2017-01-23'],
     _d('2017-02-14', '2017-02-22', None, '2017-02-22', '2017-02-15'), 'after_service',
     'day 21 Mon 02-13-2017 Lincoln observed -> Tue 02-14; day 30 Wed 02-22'),
    (['--order-date', '2023-09-01'],
     _d('2023-09-25', '2023-10-02', None, '2023-10-02', '2023-09-25'), 'after_service',
     'day 21 Fri 09-22-2023 Native American Day -> Mon 09-25; day 30 Sun 10-01 -> Mon 10-02'),
    (['--order-date', '2026-08-26'],
     _d('2026-09-16', '2026-09-28', None, '2026-09-28', '2026-09-21'), 'after_service',
     'day 30 Fri 09-25-2026 Native American Day -> Mon 09-28; day 21 Wed 09-16'),
    (['--order-date', '2022-09-02'],
     _d('2022-09-26', '2022-10-03', None, '2022-10-03', '2022-09-26'), 'after_service',
     'day 21 Fri 09-23-2022 first Native American Day -> Mon 09-26; day 30 Sun 10-02 -> Mon'
     ' 10-03'),
    (['--order-date', '2021-09-03'],
     _d('2021-09-24', '2021-10-04', None, '2021-10-04', '2021-09-27'), 'after_service',
     'day 21 Fri 09-24-2021 Native American Day before 2022 is disputed: due Fri 09-24; day'
     ' 30 Sun 10-03 -> Mon 10-04'),
    (['--order-date', '2026-11-06'],
     _d('2026-11-30', '2026-12-07', None, '2026-12-07', '2026-11-30'), 'after_service',
     'day 21 Fri 11-27-2026 day after Thanksgiving -> Mon 11-30; day 30 Sun 12-06 -> Mon '
     '12-07'),
    (['--order-date', '2025-10-29'],
     _d('2025-11-19', '2025-12-01', None, '2025-12-01', '2025-11-24'), 'after_service',
     'day 30 Fri 11-28-2025 day after Thanksgiving -> Mon 12-01; day 21 Wed 11-19'),
    (['--order-date', '2023-09-09'],
     _d('2023-10-02', '2023-10-10', None, '2023-10-10', '2023-10-03'), 'after_service',
     'day 30 Mon 10-09-2023 Columbus Day (federal, counts in CA) -> Tue 10-10; day 21 Sat '
     '09-30 -> Mon 10-02'),
    (['--order-date', '2025-09-22'],
     _d('2025-10-14', '2025-10-22', None, '2025-10-22', '2025-10-15'), 'after_service',
     'day 21 Mon 10-13-2025 Columbus Day -> Tue 10-14; day 30 Wed 10-22'),
    (['--order-date', '2017-10-20'],
     _d('2017-11-13', '2017-11-20', None, '2017-11-20', '2017-11-13'), 'after_service',
     'day 21 Fri 11-10-2017 Veterans Day observed -> Mon 11-13; day 30 Sun 11-19 -> Mon '
     '11-20'),
    (['--order-date', '2021-05-28'],
     _d('2021-06-21', '2021-06-28', None, '2021-06-28', '2021-06-21'), 'after_service',
     'day 21 Fri 06-18-2021 Juneteenth observed -> Mon 06-21; day 30 Sun 06-27 -> Mon 06-28'),
    (['--order-date', '2020-05-29'],
     _d('2020-06-19', '2020-06-29', None, '2020-06-29', '2020-06-22'), 'after_service',
     'day 21 Fri 06-19-2020: Juneteenth not yet a legal holiday -> Fri 06-19; day 30 Sun '
     '06-28 -> Mon 06-29'),
    (['--order-date', '2020-06-04'],
     _d('2020-06-25', '2020-07-06', None, '2020-07-06', '2020-06-29'), 'after_service',
     'day 30 Sat 07-04-2020 -> Sun -> Mon 07-06; day 21 Thu 06-25'),
    (['--order-date', '2021-12-01'],
     _d('2021-12-22', '2022-01-03', None, '2022-01-03', '2021-12-27'), 'after_service',
     "day 30 Fri 12-31-2021 New Year's Day observed -> weekend -> Mon 01-03-2022; day 21 "
     'Wed 12-22'),
    (['--order-date', '2023-08-14'],
     _d('2023-09-05', '2023-09-13', None, '2023-09-13', '2023-09-06'), 'after_service',
     'day 21 Mon 09-04-2023 Labor Day -> Tue 09-05; day 30 Wed 09-13'),
    (['--order-date', '2025-04-26'],
     _d('2025-05-19', '2025-05-27', None, '2025-05-27', '2025-05-20'), 'after_service',
     'day 30 Mon 05-26-2025 Memorial Day -> Tue 05-27; day 21 Sat 05-17 -> Mon 05-19'),
    (['--order-date', '2025-01-27'],
     _d('2025-02-18', '2025-02-26', None, '2025-02-26', '2025-02-19'), 'after_service',
     "day 21 Mon 02-17-2025 Washington's Birthday -> Tue 02-18; day 30 Wed 02-26"),
    (['--order-date', '2025-12-20'],
     _d('2026-01-12', '2026-01-20', None, '2026-01-20', '2026-01-13'), 'after_service',
     'day 30 Mon 01-19-2026 MLK Day -> Tue 01-20; day 21 Sat 01-10 -> Mon 01-12'),
    (['--order-date', '2023-12-15'],
     _d('2024-01-05', '2024-01-16', None, '2024-01-16', '2024-01-09'), 'after_service',
     'day 21 Fri 01-05-2024; day 30 Sun 01-14 -> Mon 01-15 MLK -> Tue 01-16'),
    (['--order-date', '2024-11-25'],
     _d('2024-12-16', '2024-12-26', None, '2024-12-26', '2024-12-19'), 'after_service',
     'day 30 Wed 12-25-2024 Christmas -> Thu 12-26; day 21 Mon 12-16'),
    (['--order-date', '2024-11-24'],
     _d('2024-12-16', '2024-12-24', None, '2024-12-24', '2024-12-17'), 'after_service',
     'day 30 Tue 12-24-2024 disputed closure: due is the earlier reading, Tue 12-24; day 21'
     ' Sun 12-15 -> Mon 12-16'),
    (['--order-date', '2025-12-03'],
     _d('2025-12-24', '2026-01-02', None, '2026-01-02', '2025-12-26'), 'after_service',
     'day 21 Wed 12-24-2025 disputed: due Wed 12-24; day 30 Fri 01-02-2026'),
    (['--order-date', '2025-11-26'],
     _d('2025-12-17', '2025-12-26', None, '2025-12-26', '2025-12-19'), 'after_service',
     'day 30 Fri 12-26-2025 disputed closure: due Fri 12-26; day 21 Wed 12-17'),
    (['--order-date', '2024-12-19'],
     _d('2025-01-09', '2025-01-21', None, '2025-01-21', '2025-01-14'), 'after_service',
     'day 21 Thu 01-09-2025 (Carter day of mourning, disputed): due Thu 01-09; day 30 Sat '
     '01-18 -> MLK Mon 01-20 -> Tue 01-21'),
    (['--order-date', '2018-11-05'],
     _d('2018-11-26', '2018-12-05', None, '2018-12-05', '2018-11-28'), 'after_service',
     'day 30 Wed 12-05-2018 (Bush day of mourning, disputed): due Wed 12-05; day 21 Mon '
     '11-26'),
    (['--order-date', '2022-01-12'],
     _d('2022-02-02', '2022-02-11', None, '2022-02-11', '2022-02-04'), 'after_service',
     'day 30 Fri 02-11-2022, the Friday before a Saturday Lincoln Day (disputed): due Fri '
     '02-11; day 21 Wed 02-02'),
    (['--order-date', '2018-03-09'],
     _d('2018-03-30', '2018-04-09', None, '2018-04-09', '2018-04-02'), 'after_service',
     'day 21 Fri 03-30-2018, Friday before a Saturday Cesar Chavez Day (disputed): due '
     '03-30; day 30 Sun 04-08 -> Mon 04-09'),
    (['--order-date', '2025-08-10'],
     _d('2025-09-02', '2025-09-09', None, '2025-09-09', '2025-09-02'), 'after_service',
     'day 30 Tue 09-09-2025 Admission Day (disputed, courts open): due Tue 09-09; day 21 '
     'Sun 08-31 -> Labor Day Mon 09-01 -> Tue 09-02'),
    (['--order-date', '2024-04-03'],
     _d('2024-04-24', '2024-05-03', None, '2024-05-03', '2024-04-26'), 'after_service',
     'day 21 Wed 04-24-2024 Genocide Remembrance Day (disputed): due 04-24; day 30 Fri '
     '05-03'),
    (['--order-date', '2024-12-30'],
     _d('2025-01-21', '2025-01-29', None, '2025-01-29', '2025-01-22'), 'after_service',
     'day 30 Wed 01-29-2025 Lunar New Year (disputed): due 01-29; day 21 Mon 01-20 MLK -> '
     'Tue 01-21'),
    (['--order-date', '2024-01-30'],
     _d('2024-02-20', '2024-02-29', None, '2024-02-29', '2024-02-22'), 'after_service',
     "leap year: day 30 Thu 02-29-2024; day 21 Tue 02-20 (Presidents' Day 02-19 is inside "
     'the period)'),
    (['--order-date', '2026-06-17'],
     _d('2026-07-08', '2026-07-17', None, '2026-07-17', '2026-07-10'), 'after_service',
     'day 30 Fri 07-17; day 21 Wed 07-08 (Jul 3 2026 observed holiday inside the period, no'
     ' effect)'),
    (['--order-date', '2026-06-12'],
     _d('2026-07-06', '2026-07-13', None, '2026-07-13', '2026-07-06'), 'after_service',
     'day 21 Fri 07-03-2026 Independence Day observed -> Mon 07-06; day 30 Sun 07-12 -> Mon'
     ' 07-13'),
    (['--order-date', '2026-05-20'],
     _d('2026-06-10', '2026-06-22', None, '2026-06-22', '2026-06-15'), 'after_service',
     'day 30 Fri 06-19-2026 Juneteenth -> Mon 06-22; day 21 Wed 06-10'),
    (['--order-date', '2027-11-05'],
     _d('2027-11-29', '2027-12-06', None, '2027-12-06', '2027-11-29'), 'after_service',
     'day 21 Fri 11-26-2027 day after Thanksgiving -> Mon 11-29; day 30 Sun 12-05 -> Mon '
     '12-06'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-20'],
     _d('2017-10-25', '2017-10-27', '2017-10-27', '2017-11-03', None), 'after_conference',
     'conference Fri 10-20: 7 days -> Fri 10-27 binds (earlier than 11-03); conference_by '
     'null'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-27'],
     _d('2017-10-25', '2017-11-03', '2017-11-03', '2017-11-03', None), 'after_conference',
     'conference Fri 10-27: 7 days ends Fri 11-03, the same day as the 30'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-28'],
     _d('2017-10-25', '2017-11-03', '2017-11-06', '2017-11-03', None), 'after_service',
     'conference Sat 10-28: 7 -> Sat 11-04 -> Mon 11-06; 30-day Fri 11-03 binds'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-31'],
     _d('2017-10-25', '2017-11-03', '2017-11-07', '2017-11-03', None), 'after_service',
     'conference Tue 10-31 -> Tue 11-07; the 30-day 11-03 binds'),
    (['--order-date', '2017-10-04', '--conference', '2017-11-10'],
     _d('2017-10-25', '2017-11-03', '2017-11-17', '2017-11-03', None), 'after_service',
     'conference 11-10 after the 30-day clock ended: 7 -> Fri 11-17; 11-03 binds'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-05'],
     _d('2017-10-25', '2017-10-12', '2017-10-12', '2017-11-03', None), 'after_conference',
     'conference the day after the order 10-05 -> Thu 10-12'),
    (['--order-date', '2017-10-04', '--service', 'mail',
      '--conference', '2017-11-03'],
     _d('2017-10-25', '2017-11-06', '2017-11-13', '2017-11-06', None), 'after_service',
     'mail: conference Fri 11-03 -> Fri 11-10 Veterans Day -> Mon 11-13; 30+3 Mon 11-06 '
     'binds'),
    (['--order-date', '2017-10-04', '--service', 'mail',
      '--conference', '2017-10-30'],
     _d('2017-10-25', '2017-11-06', '2017-11-06', '2017-11-06', None), 'after_conference',
     'mail: conference Mon 10-30 -> Mon 11-06 = the 30+3 day'),
    (['--order-date', '2017-10-04', '--served', '2017-11-01', '--conference', '2017-11-16'],
     _d('2017-10-25', '2017-11-27', '2017-11-27', '2017-12-01', None), 'after_conference',
     'served 11-01 -> 30 is Fri 12-01; conference Thu 11-16 -> Thanksgiving 11-23, Fri '
     '11-24 CA -> Mon 11-27 binds'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-13', '2017-10-20'],
     _d('2017-10-25', '2017-10-20', '2017-10-20', '2017-11-03', None), 'after_conference',
     'two sessions 10-13 and 10-20: the 7 days count from the first -> Fri 10-20'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-20', '2017-10-13'],
     _d('2017-10-25', '2017-10-20', '2017-10-20', '2017-11-03', None), 'after_conference',
     'sessions given out of order: the earliest, 10-13, counts -> Fri 10-20'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-25', '2017-11-01'],
     _d('2017-10-25', '2017-11-01', '2017-11-01', '2017-11-03', None), 'after_conference',
     'sessions 10-25 and 11-01: from the first -> Wed 11-01 binds before 11-03'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-11', '2017-10-18', '2017-10-31'],
     _d('2017-10-25', '2017-10-18', '2017-10-18', '2017-11-03', None), 'after_conference',
     'three sessions 10-11, 10-18, 10-31: from the first -> Wed 10-18'),
    (['--order-date', '2017-10-04', '--conference', '2017-10-31', '2017-11-02'],
     _d('2017-10-25', '2017-11-03', '2017-11-07', '2017-11-03', None), 'after_service',
     'sessions 10-31 and 11-02 both late: from the first -> Tue 11-07; 11-03 binds'),
    (['--order-date', '2023-11-02', '--conference', '2023-11-17'],
     _d('2023-11-27', '2023-11-27', '2023-11-27', '2023-12-04', None), 'after_conference',
     'conference Fri 11-17-2023 -> Fri 11-24 day after Thanksgiving -> Mon 11-27; 30-day '
     'Mon 12-04'),
    (['--order-date', '2024-03-02', '--conference', '2024-03-24'],
     _d('2024-03-25', '2024-04-02', '2024-04-02', '2024-04-02', None), 'after_conference',
     'conference Sun 03-24-2024 -> Sun 03-31 -> Mon 04-01 Cesar Chavez observed -> Tue '
     '04-02 = the 30-day date'),
    (['--order-date', '2020-06-04', '--conference', '2020-06-26'],
     _d('2020-06-25', '2020-07-06', '2020-07-06', '2020-07-06', None), 'after_conference',
     'conference Fri 06-26-2020 -> Fri 07-03 Independence Day observed -> Mon 07-06 = the '
     '30-day date'),
    (['--order-date', '2024-11-24', '--conference', '2024-12-17'],
     _d('2024-12-16', '2024-12-24', '2024-12-24', '2024-12-24', None), 'after_conference',
     'conference Tue 12-17-2024 -> Tue 12-24 (disputed closure): due Tue 12-24 (tie with '
     'the 30-day)'),
    (['--order-date', '2017-10-04', '--contact', '2017-10-10'],
     _d('2017-10-25', '2017-11-03', None, '2017-11-03', '2017-10-27'), 'after_service',
     'contact made 10-10: contact due still 10-25 (shown, done)'),
    (['--order-date', '2017-10-04', '--contact', '2017-10-30'],
     _d('2017-10-25', '2017-11-03', None, '2017-11-03', '2017-10-27'), 'after_service',
     'contact made late 10-30: due still 10-25'),
    (['--order-date', '2017-10-04', '--contact', '2017-10-16', '--conference', '2017-10-20'],
     _d('2017-10-25', '2017-10-27', '2017-10-27', '2017-11-03', None), 'after_conference',
     'contact 10-16 and conference 10-20: the 7 days still from the conference -> 10-27'),
    (['--order-date', '2017-10-24'],
     _d('2017-11-14', '2017-11-27', None, '2017-11-27', '2017-11-20'), 'after_service',
     'no conference: conference by Mon 11-20 (7 days later is Mon 11-27, the 30-day date)'),
    (['--order-date', '2017-10-04', '--service', 'mail'],
     _d('2017-10-25', '2017-11-06', None, '2017-11-06', '2017-10-30'), 'after_service',
     'mail: outer Mon 11-06 -> conference by Mon 10-30'),
    (['--order-date', '2023-12-15'],
     _d('2024-01-05', '2024-01-16', None, '2024-01-16', '2024-01-09'), 'after_service',
     'outer Tue 01-16-2024 -> conference by Tue 01-09'),
    (['--order-date', '2025-11-26'],
     _d('2025-12-17', '2025-12-26', None, '2025-12-26', '2025-12-19'), 'after_service',
     'outer Fri 12-26-2025 (earlier reading) -> conference by Fri 12-19'),
    (['--order-date', '2024-09-06'],
     _d('2024-09-30', '2024-10-07', None, '2024-10-07', '2024-09-30'), 'after_service',
     'day 21 Fri 09-27-2024 Native American Day -> Mon 09-30; day 30 Sun 10-06 -> Mon 10-07'),
    (['--order-date', '2025-08-27'],
     _d('2025-09-17', '2025-09-29', None, '2025-09-29', '2025-09-22'), 'after_service',
     'day 30 Fri 09-26-2025 Native American Day -> Mon 09-29; day 21 Wed 09-17'),
    (['--order-date', '2024-10-30'],
     _d('2024-11-20', '2024-12-02', None, '2024-12-02', '2024-11-25'), 'after_service',
     'day 30 Fri 11-29-2024 day after Thanksgiving -> Mon 12-02; day 21 Wed 11-20'),
    (['--order-date', '2018-10-22'],
     _d('2018-11-13', '2018-11-21', None, '2018-11-21', '2018-11-14'), 'after_service',
     'day 21 Mon 11-12-2018 Veterans Day observed (Nov 11 a Sunday) -> Tue 11-13; day 30 '
     'Wed 11-21'),
    (['--order-date', '2021-11-24'],
     _d('2021-12-15', '2021-12-27', None, '2021-12-27', '2021-12-20'), 'after_service',
     'day 30 Fri 12-24-2021 Christmas observed (Dec 25 a Saturday) -> Mon 12-27; day 21 Wed'
     ' 12-15'),
    (['--order-date', '2019-11-24'],
     _d('2019-12-16', '2019-12-24', None, '2019-12-24', '2019-12-17'), 'after_service',
     'day 30 Tue 12-24-2019 disputed closure: due 12-24; day 21 Sun 12-15 -> Mon 12-16'),
    (['--order-date', '2020-11-24'],
     _d('2020-12-15', '2020-12-24', None, '2020-12-24', '2020-12-17'), 'after_service',
     'day 30 Thu 12-24-2020 disputed closure: due 12-24; day 21 Tue 12-15'),
    (['--order-date', '2022-05-30'],
     _d('2022-06-21', '2022-06-29', None, '2022-06-29', '2022-06-22'), 'after_service',
     'day 21 Mon 06-20-2022 Juneteenth observed (Jun 19 a Sunday) -> Tue 06-21; day 30 Wed '
     '06-29'),
    (['--order-date', '2027-05-19'],
     _d('2027-06-09', '2027-06-21', None, '2027-06-21', '2027-06-14'), 'after_service',
     'day 30 Fri 06-18-2027 Juneteenth observed (Jun 19 a Saturday) -> Mon 06-21; day 21 '
     'Wed 06-09'),
    (['--order-date', '2028-01-12'],
     _d('2028-02-02', '2028-02-11', None, '2028-02-11', '2028-02-04'), 'after_service',
     'day 30 Fri 02-11-2028 before a Saturday Lincoln Day (disputed): due 02-11; day 21 Wed'
     ' 02-02'),
    (['--order-date', '2029-03-09'],
     _d('2029-03-30', '2029-04-09', None, '2029-04-09', '2029-04-02'), 'after_service',
     'day 21 Fri 03-30-2029 before a Saturday Cesar Chavez Day (disputed): due 03-30; day '
     '30 Sun 04-08 -> Mon 04-09'),
    (['--order-date', '2015-01-13'],
     _d('2015-02-03', '2015-02-13', None, '2015-02-13', '2015-02-06'), 'after_service',
     'day 30 Thu 02-12-2015 Lincoln Day -> Fri 02-13; day 21 Tue 02-03'),
    (['--order-date', '2030-10-25'],
     _d('2030-11-15', '2030-11-25', None, '2030-11-25', '2030-11-18'), 'after_service',
     'day 30 Sun 11-24-2030 -> Mon 11-25; day 21 Fri 11-15 (Veterans Day Mon 11-11 inside)'),
    (['--order-date', '2026-12-01'],
     _d('2026-12-22', '2026-12-31', None, '2026-12-31', '2026-12-24'), 'after_service',
     'day 30 Thu 12-31-2026 (not a holiday: Jan 1 2027 is a Friday) -> 12-31; day 21 Tue '
     '12-22'),
    (['--order-date', '2027-12-01'],
     _d('2027-12-22', '2028-01-03', None, '2028-01-03', '2027-12-27'), 'after_service',
     "day 30 Fri 12-31-2027 New Year's Day 2028 observed (Jan 1 a Saturday) -> Mon "
     '01-03-2028; day 21 Wed 12-22'),
    (['--order-date', '2017-10-04', '--served', '2017-10-06', '--service', 'mail'],
     _d('2017-10-25', '2017-11-09', None, '2017-11-09', '2017-11-02'), 'after_service',
     'served Fri 10-06 by mail: 30 -> Sun 11-05 -> Mon 11-06, +3 = Thu 11-09'),
    (['--order-date', '2017-10-04', '--served', '2017-10-06', '--service', 'mail',
      '--conference', '2017-10-27'],
     _d('2017-10-25', '2017-11-03', '2017-11-03', '2017-11-09', None), 'after_conference',
     'served 10-06 by mail; conference 10-27 -> Fri 11-03 binds before Thu 11-09'),
    (['--order-date', '2017-10-04', '--served', '2017-10-06', '--service', 'mail',
      '--conference', '2017-11-02'],
     _d('2017-10-25', '2017-11-09', '2017-11-09', '2017-11-09', None), 'after_conference',
     'served 10-06 by mail; conference Thu 11-02 -> Thu 11-09, the same day as 30+3'),
]


@pytest.mark.parametrize(("args", "expected", "binding", "reason"), SCHEDULES,
                         ids=[f"s{i:03d}" for i in range(len(SCHEDULES))])
def test_schedule(capsys: Any, args: list[str], expected: dict[str, str | None], binding: str,
                  reason: str) -> None:
    """The five dates and the binding clock, as computed by hand."""
    d = deadlines(capsys, *args)
    assert d["deadlines"] == expected, reason
    assert d["binding"] == binding, reason
    assert item(d, "contact")["due"] == expected["contact"], reason
    assert item(d, "statement_file")["due"] == expected["joint_statement"], reason


# The later reading beside the earlier one, where a disputed day decides (DOMAIN.md).
LATEST = [
    (["--order-date", "2024-11-24"], "statement_file", "2024-12-24", "2024-12-26",
     "day 30 Tue 12-24-2024 closure: if it counts, Christmas Wed follows -> Thu 12-26"),
    (["--order-date", "2025-12-03"], "contact", "2025-12-24", "2025-12-29",
     "day 21 Wed 12-24-2025; if Dec 24 and 26 count: 24, 25, 26, weekend -> Mon 12-29"),
    (["--order-date", "2025-11-26"], "statement_file", "2025-12-26", "2025-12-29",
     "day 30 Fri 12-26-2025 closure: if it counts -> Mon 12-29"),
    (["--order-date", "2018-11-05"], "statement_file", "2018-12-05", "2018-12-06",
     "day 30 Wed 12-05-2018, national day of mourning: if it counts -> Thu 12-06"),
    (["--order-date", "2024-12-19"], "contact", "2025-01-09", "2025-01-10",
     "day 21 Thu 01-09-2025, day of mourning: if it counts -> Fri 01-10"),
    (["--order-date", "2022-01-12"], "statement_file", "2022-02-11", "2022-02-14",
     "Fri 02-11-2022 before a Saturday Lincoln Day: if observed -> Sat, Sun -> Mon 02-14"),
    (["--order-date", "2018-03-09"], "contact", "2018-03-30", "2018-04-02",
     "Fri 03-30-2018 before a Saturday Cesar Chavez Day: if observed -> Mon 04-02"),
    (["--order-date", "2025-08-10"], "statement_file", "2025-09-09", "2025-09-10",
     "Tue 09-09-2025 Admission Day: if it counts -> Wed 09-10"),
    (["--order-date", "2021-09-03"], "contact", "2021-09-24", "2021-09-27",
     "Fri 09-24-2021 Native American Day before 2022: if it counts -> Mon 09-27"),
    (["--order-date", "2016-10-05"], "statement_file", "2016-11-04", "2016-11-07",
     "e-service before Dec 1 2016: the older Rule 6(d) adds 3 -> Mon 11-07"),
    (["--order-date", "2016-11-18"], "statement_file", "2016-12-19", "2016-12-22",
     "e-service Fri 2016-11-18: Mon 12-19, older reading +3 -> Thu 12-22"),
]


@pytest.mark.parametrize(("args", "oid", "due", "latest", "reason"), LATEST,
                         ids=[f"l{i:02d}" for i in range(len(LATEST))])
def test_disputed_reading(capsys: Any, args: list[str], oid: str, due: str, latest: str,
                          reason: str) -> None:
    """``due`` is the earlier reading; the later one is beside it."""
    it = item(deadlines(capsys, *args), oid)
    assert it["due"] == due, reason
    assert it.get("latest") == latest, reason


def test_no_dispute_no_latest(capsys: Any) -> None:
    """E-service on or after Dec 1 2016 and ordinary days give no second reading."""
    d = deadlines(capsys, "--order-date", "2016-12-01")
    assert "latest" not in item(d, "statement_file")
    assert "latest" not in item(deadlines(capsys), "statement_file")


# (today, contact, statement_file, meet_and_confer, statement_prepare) for the sample order
# with nothing recorded: contact due Wed 10-25, conference by Fri 10-27, Joint Statement Fri
# 11-03; "due soon" is 0-7 days ahead, overdue the day after.
STATUSES = [
    ("2017-09-01", "open", "open", "open", "open", "before the order: everything is open"),
    ("2017-10-10", "open", "open", "open", "open", "15, 24 and 17 days ahead"),
    ("2017-10-17", "open", "open", "open", "open", "contact 8 days ahead: not yet due soon"),
    ("2017-10-18", "due_soon", "open", "open", "open", "contact exactly 7 days ahead"),
    ("2017-10-20", "due_soon", "open", "due_soon", "open",
     "contact 5 days, conference-by 7 days, statement 14 days"),
    ("2017-10-25", "due_soon", "open", "due_soon", "open", "contact due today"),
    ("2017-10-26", "overdue", "open", "due_soon", "open", "contact a day late; statement 8 days"),
    ("2017-10-27", "overdue", "due_soon", "due_soon", "due_soon",
     "statement 7 days; conference-by today"),
    ("2017-10-28", "overdue", "due_soon", "overdue", "due_soon",
     "no conference by 10-27: the conference is overdue"),
    ("2017-11-03", "overdue", "due_soon", "overdue", "due_soon", "statement due today"),
    ("2017-11-04", "overdue", "overdue", "overdue", "overdue", "statement a day late"),
]


@pytest.mark.parametrize(("today", "contact", "statement", "confer", "prepare", "reason"),
                         STATUSES, ids=[f"t{i:02d}" for i in range(len(STATUSES))])
def test_statuses_as_today_moves(capsys: Any, today: str, contact: str, statement: str,
                                 confer: str, prepare: str, reason: str) -> None:
    """Statuses for the sample order with nothing recorded."""
    d = deadlines(capsys, today=today)
    assert item(d, "contact")["status"] == contact, reason
    assert item(d, "statement_file")["status"] == statement, reason
    assert item(d, "meet_and_confer")["status"] == confer, reason
    assert item(d, "statement_prepare")["status"] == prepare, reason
    assert item(d, "statement_content_c")["status"] == prepare, reason
    assert item(d, "statement_sign")["status"] == prepare, reason
    for notice in ("opposition_vacated", "briefing_stayed", "further_order",
                   "sanctions_warning", "no_further_filings"):
        assert item(d, notice)["status"] == "open", (notice, reason)
        assert item(d, notice)["due"] is None


EVENT_STATUSES = [
    (["--contact", "2017-10-30"], "2017-11-04", "contact", "done",
     "contact made late is still done"),
    (["--contact", "2017-10-10"], "2017-10-20", "contact", "done", "contact made on time"),
    (["--conference", "2017-10-20"], "2017-10-20", "meet_and_confer", "done",
     "a recorded conference completes the duty"),
    (["--conference", "2017-10-20"], "2017-10-20", "statement_file", "due_soon",
     "conference 10-20: statement Fri 10-27, 7 days ahead"),
    (["--conference", "2017-10-20"], "2017-10-19", "statement_file", "open",
     "statement Fri 10-27 is 8 days ahead"),
    (["--conference", "2017-10-20"], "2017-10-28", "statement_file", "overdue",
     "statement Fri 10-27 passed"),
    (["--conference", "2017-10-20"], "2017-10-28", "statement_sign", "overdue",
     "signing is due with the filing, 10-27"),
    (["--service", "mail"], "2017-11-04", "statement_file", "due_soon",
     "by mail the statement is due Mon 11-06"),
    (["--service", "mail"], "2017-11-07", "statement_file", "overdue", "Mon 11-06 passed"),
    (["--served", "2017-10-24"], "2017-11-04", "statement_file", "open",
     "served 10-24: statement Mon 11-27, 23 days ahead"),
    (["--served", "2017-10-24"], "2017-11-04", "contact", "overdue",
     "contact still counts from the order: Wed 10-25 passed"),
    (["--served", "2017-10-24"], "2017-11-20", "meet_and_confer", "due_soon",
     "conference by Mon 11-20, today"),
    (["--order-date", "2024-11-24"], "2024-12-25", "statement_file", "overdue",
     "due is the earlier reading, Tue 12-24-2024: a day later is overdue"),
    (["--order-date", "2024-11-24"], "2024-12-24", "statement_file", "due_soon",
     "due today on the earlier reading"),
]


@pytest.mark.parametrize(("args", "today", "oid", "status", "reason"), EVENT_STATUSES,
                         ids=[f"e{i:02d}" for i in range(len(EVENT_STATUSES))])
def test_status_with_events(capsys: Any, args: list[str], today: str, oid: str, status: str,
                            reason: str) -> None:
    """Statuses once contact, a conference or another service are recorded."""
    assert item(deadlines(capsys, *args, today=today), oid)["status"] == status, reason


@pytest.mark.parametrize("args", [[], ["--conference", "2017-10-20"], ["--service", "mail"]])
def test_perspective_changes_words_not_dates(capsys: Any, args: list[str]) -> None:
    """Plaintiff and defense see the same dates; who reads "you" changes."""
    p = deadlines(capsys, *args, "--perspective", "plaintiff")
    d = deadlines(capsys, *args, "--perspective", "defense")
    assert p["deadlines"] == d["deadlines"] and p["binding"] == d["binding"]
    assert [o["due"] for o in p["obligations"]] == [o["due"] for o in d["obligations"]]
    assert p["perspective"] == "plaintiff" and d["perspective"] == "defense"
    for oid in ("contact", "statement_file"):
        assert item(d, oid)["who_label"] == "you"
        assert item(p, oid)["who_label"].startswith("the other side")
        assert item(p, oid)["who"] == item(d, oid)["who"] == "defense counsel"
    assert item(p, "opposition_vacated")["who_label"] == "you"
    assert item(d, "opposition_vacated")["who_label"].startswith("the other side")
    assert item(p, "meet_and_confer")["who_label"] == "both sides"
    assert item(d, "contact")["title"].startswith("Contact plaintiff")
    assert "you" in item(p, "contact")["title"]


def test_default_perspective_is_plaintiff(capsys: Any) -> None:
    """The sample is read as the pro se plaintiff unless asked otherwise."""
    assert deadlines(capsys)["perspective"] == "plaintiff"


def test_why_before_any_conference(capsys: Any) -> None:
    """The 30-day clock binds; the why says the 7 days wait and by when to confer."""
    d = deadlines(capsys)
    assert d["binding"] == "after_service"
    assert "30 days" in d["why"] and "November 3, 2017" in d["why"]
    assert "conference" in d["why"]
    assert "October 27, 2017" in d["why"], "the why should say by when to hold the conference"


def test_why_conference_binds(capsys: Any) -> None:
    """Conference 10-20: the 7-day clock (10-27) binds before the 30-day one (11-03)."""
    d = deadlines(capsys, "--conference", "2017-10-20")
    assert d["binding"] == "after_conference"
    assert "October 27, 2017" in d["why"] and "November 3, 2017" in d["why"]
    assert "7 days" in d["why"]


def test_why_tie(capsys: Any) -> None:
    """Conference 10-27: both clocks end Fri 11-03."""
    d = deadlines(capsys, "--conference", "2017-10-27")
    assert "Both clocks end on Friday, November 3, 2017" in d["why"]


def test_why_names_the_session_counted(capsys: Any) -> None:
    """Two sessions: the why says the 7 days count from the first, and which date that is."""
    d = deadlines(capsys, "--conference", "2017-10-20", "2017-10-13")
    assert d["deadlines"]["joint_statement"] == "2017-10-20"
    assert "first" in d["why"] and "October 13, 2017" in d["why"]
    clock = next(c for c in item(d, "statement_file")["clocks"]
                 if c["name"] == "after_conference")
    assert "first session" in clock["basis"] and "October 13, 2017" in clock["basis"]


def test_why_single_conference_names_it(capsys: Any) -> None:
    """One session: the why says which conference date the 7 days count from."""
    d = deadlines(capsys, "--conference", "2017-10-31")
    assert "October 31, 2017" in d["why"]


def test_steps_contact_from_order_statement_from_service(capsys: Any) -> None:
    """Served 10-10 by mail: contact's trigger is the order's date, the statement's service."""
    d = deadlines(capsys, "--served", "2017-10-10", "--service", "mail")
    c = item(d, "contact")["steps"]
    s = item(d, "statement_file")["steps"]
    assert c[0]["kind"] == "trigger" and c[0]["date"] == "2017-10-04"
    assert s[0]["kind"] == "trigger" and s[0]["date"] == "2017-10-10"
    assert any(st["kind"] == "service_days" for st in s)
    assert s[-1] == {**s[-1], "kind": "due", "date": "2017-11-13"}
    assert not any(st["kind"] == "service_days" for st in c)


def test_steps_follow_the_binding_clock(capsys: Any) -> None:
    """With a conference binding, the statement's steps count from the conference."""
    s = item(deadlines(capsys, "--conference", "2017-10-20"), "statement_file")["steps"]
    assert s[0]["date"] == "2017-10-20" and s[-1]["date"] == "2017-10-27"


@pytest.mark.parametrize(("args", "reason"), [
    (["--served", "2017-10-03"], "an order cannot be served before it is signed"),
    (["--order-date", "2017-10-04", "--served", "2017-09-30"], "served before the order"),
    (["--service", "fax"], "no such method"),
    (["--served", "2017-13-01"], "not a date"),
])
def test_bad_input(capsys: Any, args: list[str], reason: str) -> None:
    """One line on stderr, exit status 2, nothing on stdout."""
    status, out, err = run_cli(capsys, "deadlines", "--sample", "--json", "--today",
                               "2017-10-10", *args)
    assert status == 2, reason
    assert out == "" and err.strip() and err.count("\n") == 1 and "Traceback" not in err


def test_disputed_day_gives_its_readings(capsys: Any) -> None:
    """Day 30 on Tue 12-24-2024: both readings and what each assumes, as ``count`` gives."""
    it = item(deadlines(capsys, "--order-date", "2024-11-24"), "statement_file")
    assert [r["due"] for r in it["readings"]] == ["2024-12-24", "2024-12-26"]
    assert "December 24, 2024" in it["readings"][1]["assumes"]
    assert any("never late" in n for n in it["notes"])


def test_pre_2009_order_says_so(capsys: Any) -> None:
    """An order of 2008-10-01 is counted under today's rule, and the schedule says so."""
    d = deadlines(capsys, "--order-date", "2008-10-01")
    for oid in ("contact", "statement_file"):
        assert any("December 1, 2009" in n for n in item(d, oid)["notes"]), oid


def test_ordinary_schedule_has_no_readings(capsys: Any) -> None:
    """The sample's dates are undisputed: no readings, no notes."""
    it = item(deadlines(capsys), "statement_file")
    assert "readings" not in it and "notes" not in it


def test_why_gives_the_last_session_reading_beside(capsys: Any) -> None:
    """Sessions 10-11, 10-18, 10-31: due from the first (Wed 10-18); from the last, Tue 11-07.

    The order's "within seven (7) days of the parties' conference" with several sessions: the
    7 days run from the first unless a later one is marked as concluding it (DOMAIN.md), the
    earlier date; the reading from the last session is said beside it, not used.
    """
    d = deadlines(capsys, "--conference", "2017-10-11", "2017-10-18", "2017-10-31")
    assert d["deadlines"]["joint_statement"] == "2017-10-18"
    assert "first session, Wednesday, October 11, 2017, of 3 sessions" in d["why"]
    assert "if the last, Tuesday, October 31, 2017" in d["why"]
    assert "run to Tuesday, November 7, 2017" in d["why"]


def test_why_two_sessions_same_day(capsys: Any) -> None:
    """Two sessions on one day: nothing to choose between."""
    d = deadlines(capsys, "--conference", "2017-10-20", "2017-10-20")
    assert d["deadlines"]["joint_statement"] == "2017-10-27"
    assert "if the last" not in d["why"]


@pytest.mark.parametrize(("args", "due", "latest", "reason"), [
    (["--order-date", "2016-11-15", "--served", "2016-12-02"], "2017-01-03", None,
     "served electronically Fri 12-02-2016, after the amendment: day 30 Sun 01-01-2017, "
     "Mon 01-02 New Year's observed -> Tue 01-03; no older reading"),
    (["--order-date", "2016-11-28", "--served", "2016-11-30"], "2016-12-30", "2017-01-03",
     "served electronically Wed 11-30-2016, the day before: Fri 12-30; older rule +3 = "
     "Mon 01-02 (observed holiday) -> Tue 01-03"),
])
def test_e_service_around_the_2016_amendment(capsys: Any, args: list[str], due: str,
                                             latest: str | None, reason: str) -> None:
    """The older Rule 6(d) reading follows the service date, not the order's."""
    d = deadlines(capsys, *args)
    it = item(d, "statement_file")
    assert it["due"] == due == d["deadlines"]["joint_statement_after_service"], reason
    assert it.get("latest") == latest, reason
