"""``meetconfer deadlines``: the schedule of the sample order or a stored matter."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING, Any

from meetconfer_gui.domain.dates import parse_iso_date
from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    ConferenceSession,
    ContactAttempt,
    ContactMethod,
    ContactOutcome,
    Matter,
    OrderService,
)
from meetconfer_gui.domain.obligations import Perspective

if TYPE_CHECKING:
    from meetconfer_gui.domain.schedule import Schedule


def add_parser(sub: Any) -> None:
    """Register ``deadlines``."""
    p = sub.add_parser("deadlines", help="the schedule of an order: every deadline and status")
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--sample", action="store_true", help="the sample order (E.D. Cal., 2017)")
    src.add_argument("--matter", metavar="ID", help="a stored matter")
    add_event_options(p)
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run)


def add_event_options(p: argparse.ArgumentParser) -> None:
    """Options that apply what-if events to a matter (shared with the documents commands)."""
    p.add_argument("--order-date", metavar="DATE", help="the order's date")
    p.add_argument("--served", metavar="DATE", help="the day the order was served")
    p.add_argument("--service", metavar="METHOD",
                   help="how it was served on the filing party: "
                        + ", ".join(s.value for s in Service))
    p.add_argument("--contact", metavar="DATE", help="the day contact was made")
    p.add_argument("--conference", metavar="DATE", nargs="+", action="extend", default=[],
                   help="a conference session (repeatable; the first starts the 7 days)")
    p.add_argument("--today", metavar="DATE", help="compute statuses for this day")
    p.add_argument("--perspective", choices=[p.value for p in Perspective],
                   help="whose view: plaintiff (pro se) or defense")


def today_from(args: argparse.Namespace) -> date:
    """``--today`` or the local date (the only place the clock is read)."""
    if getattr(args, "today", None):
        return parse_iso_date(args.today, "--today")
    return date.today()  # noqa: DTZ011 - the user's local date is what "today" means


def load_matter(args: argparse.Namespace) -> Matter:
    """The sample matter or a stored one, with the what-if options applied."""
    from meetconfer_gui.domain.sample import sample_matter

    if getattr(args, "sample", False):
        order_date = parse_iso_date(args.order_date, "--order-date") if args.order_date else None
        matter = sample_matter() if order_date is None else sample_matter(order_date=order_date)
    else:
        from meetconfer_gui.storage.repository import open_repository

        repo = open_repository(getattr(args, "data_dir", None), read_only=True)
        try:
            matter = repo.get(args.matter)
        finally:
            repo.close()
        if args.order_date:
            matter = _with_order_date(matter, parse_iso_date(args.order_date, "--order-date"),
                                      parse_iso_date(args.served, "--served")
                                      if args.served else None)
    return apply_events(matter, args)


def _with_order_date(matter: Matter, signed: date, served: date | None) -> Matter:
    """A stored matter with another order date, its service moved in the same step.

    As for ``--sample`` ("served that day"), a service recorded on the order's own date moves
    with it; ``--served`` sets every record. Both change together, so a new date later than the
    old service is not refused as "served before the order" before ``--served`` is applied.
    """
    old = matter.order.signed
    service = tuple(replace(s, served_on=served or (signed if s.served_on == old
                                                    else s.served_on))
                    for s in matter.order.service)
    return replace(matter, order=replace(matter.order, signed=signed, service=service))


def apply_events(matter: Matter, args: argparse.Namespace) -> Matter:
    """Apply --served/--service/--contact/--conference/--perspective to a matter."""
    if args.served or args.service:
        served = parse_iso_date(args.served, "--served") if args.served else None
        method = None
        if args.service:
            try:
                method = Service(args.service.strip().lower())
            except ValueError:
                raise DomainError(f"unknown service {args.service!r}: use one of "
                                  + ", ".join(s.value for s in Service)) from None
        records = matter.order.service or tuple(
            OrderService(p.id, matter.order.signed, Service.ELECTRONIC) for p in matter.parties)
        filer = next((p.id for p in matter.parties if p.role.value == "defendant"), None)
        new = []
        for s in records:
            s2 = s
            if served:
                s2 = replace(s2, served_on=served)
            if method and (s.party_id == filer or filer is None):
                s2 = replace(s2, method=method)
            new.append(s2)
        matter = replace(matter, order=replace(matter.order, service=tuple(new)))
    if args.contact:
        matter = matter.with_contact(ContactAttempt(
            "cli-contact", parse_iso_date(args.contact, "--contact"), ContactMethod.TELEPHONE,
            "defense counsel", ContactOutcome.REACHED))
    if args.conference:
        sessions = tuple(
            ConferenceSession(f"cli-{i}", parse_iso_date(d, "--conference"),
                              ConferenceMethod.TELEPHONE)
            for i, d in enumerate(args.conference, 1))
        matter = matter.with_sessions((*matter.events.sessions, *sessions),
                                      matter.events.resolution)
    if args.perspective:
        matter = replace(matter, perspective=Perspective(args.perspective))
    return matter


def _add_readings(out: dict[str, object], schedule: Schedule) -> None:
    """Give each dated obligation its readings and notes, as ``count`` gives them.

    ``latest`` alone says that another date exists, not the reading behind it ("if the closure
    of December 24, 2024 counts as a legal holiday ..."), nor that a period begun before
    December 1, 2009 was counted under today's rule (DOMAIN.md).
    """
    obligations = out.get("obligations")
    if not isinstance(obligations, list):
        return
    for row, it in zip(obligations, schedule.items, strict=True):
        res = it.result
        if res is None or it.binding == "locked" or not isinstance(row, dict):
            continue
        if res.readings:
            row["readings"] = [r.to_json() for r in res.readings]
        if res.notes:
            row["notes"] = list(res.notes)


def run(args: argparse.Namespace) -> int:
    """Print the schedule."""
    from meetconfer_gui.domain.report import schedule_json, schedule_text
    from meetconfer_gui.domain.schedule import compute_schedule

    matter = load_matter(args)
    schedule = compute_schedule(matter, today_from(args))
    if args.json:
        out = schedule_json(schedule)
        _add_readings(out, schedule)
        print(json.dumps(out))
    else:
        print(schedule_text(schedule))
    return 0
