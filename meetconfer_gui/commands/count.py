"""``meetconfer count``: count one period, or a batch of them, under FRCP 6."""

from __future__ import annotations

import argparse
import functools
import gc
import json
import re
import sys
from typing import Any, TextIO

from meetconfer_gui.domain.calendars import (
    CalendarChoices,
    Closure,
    CourtCalendar,
    Direction,
    court_calendar,
)
from meetconfer_gui.domain.dates import long_date, parse_iso_date
from meetconfer_gui.domain.deadlines import (
    MAX_DAYS,
    PeriodRequest,
    PeriodResult,
    Service,
    count_period,
)
from meetconfer_gui.domain.districts import district, state_code
from meetconfer_gui.domain.errors import DomainError

_SERVICES = ", ".join(s.value for s in Service)


def add_parser(sub: Any) -> None:
    """Register ``count`` and its options."""
    p = sub.add_parser(
        "count", help="count a period of days under FRCP 6",
        description="Count N days after (or before) a date under FRCP 6(a) and 6(d), on a "
                    "court's legal holidays, and say how.")
    p.add_argument("--from", dest="trigger", metavar="DATE",
                   help="the day of the event that starts the period (YYYY-MM-DD)")
    p.add_argument("--days", metavar="N", help="how many days (a whole number, 1 or more)")
    p.add_argument("--before", action="store_true",
                   help="count backward: N days before the event (e.g. a hearing)")
    p.add_argument("--court-days", action="store_true",
                   help="count only days that are not weekends or legal holidays")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--district", metavar="CODE",
                       help="the district court, e.g. caed (its state's days count)")
    where.add_argument("--state", metavar="XX", help="a state's days count (two letters)")
    where.add_argument("--no-state", action="store_true", help="federal legal holidays only")
    p.add_argument("--service", metavar="METHOD",
                   help=f"how the paper was served, for Rule 6(d): {_SERVICES}")
    p.add_argument("--closed", metavar="DATE", nargs="+", action="extend", default=[],
                   help="a day the clerk's office was inaccessible (Rule 6(a)(3)); repeatable")
    p.add_argument("--batch", metavar="FILE",
                   help="read one JSON request per line from FILE (- for standard input)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run)


_SERVICE_NAMES = {s.value: s for s in Service}
_DIRECTION_NAMES = {d.value: d for d in Direction}


def _service(value: object) -> Service | None:
    if value is None:
        return None
    if isinstance(value, str) and value in _SERVICE_NAMES:
        return _SERVICE_NAMES[value]
    if not isinstance(value, str):
        raise DomainError(f"service must be one of {_SERVICES}")
    try:
        return Service(value.strip().lower())
    except ValueError:
        raise DomainError(f"unknown service {value!r}: use one of {_SERVICES}") from None


def _calendar(district_code: object, state: object) -> CourtCalendar:
    if (district_code is None or isinstance(district_code, str)) and (
            state is None or isinstance(state, str)):
        return _calendar_for(district_code, state)
    return _find_calendar(district_code, state)


@functools.lru_cache(maxsize=512)
def _calendar_for(district_code: str | None, state: str | None) -> CourtCalendar:
    """``_find_calendar`` for hashable input (a batch names the same few courts)."""
    return _find_calendar(district_code, state)


def _find_calendar(district_code: object, state: object) -> CourtCalendar:
    if district_code is not None:
        if state is not None:
            raise DomainError("give a district or a state, not both")
        if not isinstance(district_code, str):
            raise DomainError("district must be a code such as caed")
        dist = district(district_code)
        return court_calendar(dist.state, dist)
    if state is not None:
        if not isinstance(state, str):
            raise DomainError("state must be a two-letter code such as CA")
        return court_calendar(state_code(state))
    return court_calendar(None)


_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")


def _days(value: object) -> int:
    if isinstance(value, bool):
        raise DomainError("days must be a whole number, e.g. 21")
    if isinstance(value, int):
        return value
    # ASCII digits only: str.isdigit() also accepts "²", which int() then rejects.
    if isinstance(value, str) and _WHOLE_NUMBER.fullmatch(text := value.strip()):
        if len(text) > 12:  # int() refuses very long digit strings; no period is that long
            raise DomainError(f"days {value!r} is out of range: the number of days must be "
                              f"1 to {MAX_DAYS}")
        return int(text)
    raise DomainError(f"days {value!r} is not a whole number: write e.g. --days 21")


def _closures(values: object) -> CalendarChoices:
    if values is None:
        return _NONE
    if isinstance(values, str) or not isinstance(values, list):
        raise DomainError("closed must be a list of dates, e.g. [\"2013-07-05\"]")
    days = []
    for v in values:
        if not isinstance(v, str):
            raise DomainError(f"closed day {v!r} is not a date: write YYYY-MM-DD")
        days.append(Closure(parse_iso_date(v, "closed day")))
    return CalendarChoices(closures=tuple(days)) if days else _NONE


_NONE = CalendarChoices()


def _direction(value: object) -> Direction:
    if value is None:
        return Direction.AFTER
    if isinstance(value, str) and value in _DIRECTION_NAMES:
        return _DIRECTION_NAMES[value]
    try:
        return Direction(str(value).strip().lower())
    except ValueError:
        raise DomainError(f"direction {value!r} must be 'after' or 'before'") from None


_FIELDS = frozenset({"trigger", "days", "direction", "state", "district", "service", "closed",
                     "court_days", "id"})
# A batch names the same dates many times; a bad date raises and is not kept.
_trigger_date = functools.lru_cache(maxsize=16384)(parse_iso_date)


def request_from_json(obj: object) -> tuple[PeriodRequest, CourtCalendar, CalendarChoices]:
    """Read one batch line's object into a request, its calendar and its closure days.

    Raises:
        DomainError: With a message naming the bad field.
    """
    if not isinstance(obj, dict):
        raise DomainError("each line must be a JSON object such as "
                          '{"trigger": "2017-10-04", "days": 21}')
    if not _FIELDS.issuperset(obj):
        unknown = sorted(set(obj) - _FIELDS)
        raise DomainError(f"unknown field {unknown[0]!r}; fields are {', '.join(sorted(_FIELDS))}")
    if "trigger" not in obj or "days" not in obj:
        raise DomainError("each request needs 'trigger' (YYYY-MM-DD) and 'days'")
    trigger = obj["trigger"]
    if not isinstance(trigger, str):
        raise DomainError("trigger must be a date string YYYY-MM-DD")
    court_days = obj.get("court_days", False)
    if not isinstance(court_days, bool):
        raise DomainError("court_days must be true or false")
    req = PeriodRequest(_trigger_date(trigger, "trigger"), _days(obj["days"]),
                        _direction(obj.get("direction")), court_days,
                        _service(obj.get("service")))
    return req, _calendar(obj.get("district"), obj.get("state")), _closures(obj.get("closed"))


def _print_text(result: PeriodResult, cal: CourtCalendar, out: TextIO) -> None:
    req = result.request
    unit = "court days" if req.court_days else "days"
    print(f"Due: {long_date(result.due)}", file=out)
    print(f"  {req.days} {unit} {req.direction.value} {long_date(req.trigger)}; "
          f"{cal.description}", file=out)
    if result.readings:
        print("", file=out)
        n = len(result.readings)
        ways, which = ("two ways", "earlier") if n == 2 else (f"{n} ways", "earliest")
        print(f"The law can be read {ways} here. Meet the {which} date:", file=out)
        for r in result.readings:
            print(f"  {long_date(r.due)}: if {r.assumes}", file=out)
    print("", file=out)
    print("How it was counted:", file=out)
    for i, s in enumerate(result.steps, 1):
        print(f"  {i}. {s.text} [{s.rule}]", file=out)
    for note in result.notes:
        print("", file=out)
        print(f"Note: {note}", file=out)


def run(args: argparse.Namespace) -> int:
    """Run ``meetconfer count``."""
    if args.batch is not None:
        if not args.json:
            raise DomainError("--batch prints JSON: add --json")
        if args.trigger or args.days:
            raise DomainError("--batch reads its requests from the file: drop --from and --days")
        # Each line names its own court, direction, service and closures: an option here would
        # be ignored, and every line counted otherwise than the user meant.
        ignored = [flag for flag, given in (
            ("--district", args.district is not None), ("--state", args.state is not None),
            ("--no-state", args.no_state), ("--before", args.before),
            ("--court-days", args.court_days), ("--service", args.service is not None),
            ("--closed", bool(args.closed))) if given]
        if ignored:
            raise DomainError(f"--batch takes every option from its lines: drop {ignored[0]} and "
                              "give each line its own (fields: state, district, direction, "
                              "service, closed, court_days)")
        return run_batch(args.batch)
    if args.trigger is None or args.days is None:
        raise DomainError("give --from DATE and --days N, e.g. --from 2017-10-04 --days 21")
    if args.service is not None and args.before:
        raise DomainError("--service applies only to periods after service: Rule 6(d) never "
                          "adds days to a period counted --before an event")
    req = PeriodRequest(parse_iso_date(args.trigger, "--from date"), _days(args.days),
                        Direction.BEFORE if args.before else Direction.AFTER, args.court_days,
                        _service(args.service))
    cal = _calendar(args.district, args.state)
    result = count_period(req, cal, _closures(args.closed))
    if args.json:
        out = result.to_json()
        if cal.district is not None:
            out["cutoff"] = cal.district.filing_cutoff
        sys.stdout.write(json.dumps(out) + "\n")
    else:
        _print_text(result, cal, sys.stdout)
        if cal.district is not None:
            print(f"\nIf the deadline is a filing, the last day ends "
                  f"{cal.district.filing_cutoff} (FRCP 6(a)(4)).")
    return 0


def run_batch(path: str) -> int:
    """Count one request per input line, writing one result line per input line, in order.

    A bad line gets ``{"error": ..., "line": N}`` in its place and the run goes on; at the
    end one line on stderr says how many lines were bad, and the exit status is 2.
    """
    stream: TextIO = (sys.stdin if path == "-"
                      else open(path, encoding="utf-8", errors="replace"))  # noqa: SIM115
    bad, first_bad = 0, ""
    out = sys.stdout
    dumps = json.dumps
    loads = json.loads
    # What exists now (modules, calendars) lives as long as the run: keep it out of the
    # cyclic collector's way. The run makes no cycles of its own. (Same idea as Instagram's
    # gc.freeze() before forking; about a fifth of a 100,000-line batch otherwise.)
    gc.freeze()
    try:
        for number, line in enumerate(stream, 1):
            if number == 1 and line.startswith("\ufeff"):
                line = line[1:]  # a byte order mark: Windows editors begin a file with one
            try:
                req, cal, choices = request_from_json(loads(line))
                text = dumps(count_period(req, cal, choices).to_json())
            except json.JSONDecodeError as err:
                error = f"not JSON: {err.msg} at column {err.colno}"
            except DomainError as err:
                error = str(err)
            except (ValueError, RecursionError) as err:  # e.g. a 5,000-digit number, [[[[...
                error = f"not usable JSON: {err}"
            else:
                out.write(text + "\n")
                continue
            bad += 1
            if not first_bad:
                first_bad = f"line {number}: {error}"
            out.write(dumps({"error": error, "line": number}) + "\n")
    finally:
        gc.unfreeze()
        if stream is not sys.stdin:
            stream.close()
    if bad:
        lines = "line was" if bad == 1 else "lines were"
        print(f"meetconfer: error: {bad} {lines} not counted (first, {first_bad}); each has "
              '{"error": ..., "line": N} in its place in the output', file=sys.stderr)
        return 2
    return 0
