"""``meetconfer statement``, ``meetconfer ics`` and ``meetconfer report`` (../CLI.md).

A statement with facts missing is still written: each gap is marked ``[MISSING: ...]`` in
the text and listed on stderr, and the exit status is 0. The export modules (python-docx,
reportlab, icalendar) are imported inside ``run`` so other commands start fast.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from meetconfer_gui.commands.deadlines import add_event_options, load_matter, today_from
from meetconfer_gui.commands.paths import output_file
from meetconfer_gui.domain.dates import parse_iso_date
from meetconfer_gui.domain.errors import DomainError


def _source(p: argparse.ArgumentParser) -> None:
    src = p.add_mutually_exclusive_group(required=True)
    src.add_argument("--sample", action="store_true", help="the sample order (E.D. Cal., 2017)")
    src.add_argument("--matter", metavar="ID", help="a stored matter")
    add_event_options(p)


def add_parser(sub: Any) -> None:
    """Register ``statement``, ``ics`` and ``report``."""
    p = sub.add_parser(
        "statement", help="draft the Joint Statement as DOCX, PDF or text",
        description="Draft the joint paper the order asks for (joint statement, joint "
                    "letter, joint discovery letter brief, joint stipulation, joint status "
                    "report) from what the matter records, in the form of the matter's "
                    "court. Facts not recorded are marked [MISSING: ...] and listed on "
                    "stderr; the file is still written.")
    _source(p)
    p.add_argument("--resolution", choices=["full", "part", "none"],
                   help="how the conference ended (overrides the recorded one)")
    p.add_argument("--at-issue", metavar="REQUEST", action="append", default=[],
                   help='a request still at issue, e.g. "Request for Production No. 4" '
                        "(repeatable)")
    p.add_argument("--good-faith", action="store_true",
                   help="state that the parties conferred in good faith")
    p.add_argument("--separate", action="store_true",
                   help="the filer's separate statement: a party will not sign")
    p.add_argument("--pro-se-signing", choices=["131f", "authorized"], default="131f",
                   help="how a party without counsel signs: '131f' (default: counsel keeps "
                        "the original signature, the form of E.D. Cal. L.R. 131(f); cited only "
                        "in E.D. Cal. papers) or 'as authorized on' a date")
    p.add_argument("--authorized-on", metavar="DATE",
                   help="the day a signature was authorized (for 'as authorized on')")
    p.add_argument("--date", metavar="DATE", help="the date of the signatures (default today)")
    p.add_argument("--no-signature-page", action="store_true",
                   help="leave out the page a party without counsel signs by hand")
    p.add_argument("--further-action", metavar="TEXT",
                   help="text of a last section asking for further action")
    out = p.add_mutually_exclusive_group(required=True)
    out.add_argument("--docx", metavar="FILE", help="write a Word document")
    out.add_argument("--pdf", metavar="FILE", help="write a PDF laid out as pleading paper")
    out.add_argument("--text", metavar="FILE", help="write plain text ('-' for stdout)")
    p.set_defaults(run=run_statement)

    p = sub.add_parser(
        "ics", help="the deadlines as an iCalendar file",
        description="Write every dated deadline as an all-day event with reminders. Writing "
                    "over an earlier export continues its SEQUENCE numbers, so calendars "
                    "update the same events; deadlines that no longer apply are cancelled.")
    _source(p)
    p.add_argument("-o", "--output", metavar="FILE", required=True, help="the .ics file")
    p.add_argument("--alarm", metavar="DAYS", type=int, action="append",
                   help="a reminder DAYS days before (repeatable; default 7 and 1)")
    p.add_argument("--no-alarms", action="store_true", help="no reminders")
    p.set_defaults(run=run_ics)

    p = sub.add_parser("report", help="a printable status report (PDF)",
                       description="Write the matter's status report: the checklist, every "
                                   "deadline with its counting, the contact log, the "
                                   "conference and the history.")
    _source(p)
    p.add_argument("--pdf", metavar="FILE", required=True, help="the PDF file")
    p.set_defaults(run=run_report)


def statement_options(args: argparse.Namespace, today: Any) -> Any:
    """The ``StatementOptions`` the command's options ask for."""
    from meetconfer_gui.domain.matter import DiscoveryRequest, ResolutionStatus
    from meetconfer_gui.export.statement import SigningMode, StatementKind, StatementOptions

    status = ResolutionStatus(args.resolution) if args.resolution else None
    labels = [a.strip() for a in args.at_issue if a.strip()]
    if status is ResolutionStatus.FULL and labels:
        raise DomainError("'--resolution full' leaves no request at issue: drop --at-issue, "
                          "or use '--resolution part'")
    at_issue = tuple(DiscoveryRequest(label) for label in labels) if labels else None
    if status is not None and at_issue is None:
        at_issue = ()  # what was asked, not what an earlier record says
    return StatementOptions(
        kind=StatementKind.SEPARATE if args.separate else StatementKind.JOINT,
        pro_se_signing=SigningMode(args.pro_se_signing),
        dated=parse_iso_date(args.date, "--date") if args.date else today,
        authorized_on=(parse_iso_date(args.authorized_on, "--authorized-on")
                       if args.authorized_on else None),
        signature_page=False if args.no_signature_page else None,
        further_action=args.further_action or "",
        resolution_status=status, at_issue=at_issue,
        good_faith=True if args.good_faith else None)


def run_statement(args: argparse.Namespace) -> int:
    """Write the statement; list its gaps on stderr."""
    from meetconfer_gui.export.statement import OutputFormat, build_statement, write_statement

    if args.docx is not None:
        option, value, fmt, ext = "--docx", args.docx, OutputFormat.DOCX, "docx"
    elif args.pdf is not None:
        option, value, fmt, ext = "--pdf", args.pdf, OutputFormat.PDF, "pdf"
    else:
        option, value, fmt, ext = "--text", args.text, OutputFormat.TEXT, "txt"
    to_stdout = fmt is OutputFormat.TEXT and value == "-"
    path = None if to_stdout else output_file(value, option, f"statement.{ext}")
    matter = load_matter(args)
    today = today_from(args)
    draft = build_statement(matter, today, statement_options(args, today))
    if path is None:
        sys.stdout.write(draft.to_text())
    else:
        write_statement(draft, path, fmt)
        print(f"Wrote {value}")
    for gap in draft.gaps:
        hint = f" ({gap.hint})" if gap.hint else ""
        print(f"missing: {gap.label}{hint}", file=sys.stderr)
    for warning in draft.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if draft.gaps:
        n = len(draft.gaps)
        print(f"{n} fact{'s' if n != 1 else ''} missing: each is marked [MISSING: ...] in the "
              "text; fill them in before filing.", file=sys.stderr)
    return 0


def run_ics(args: argparse.Namespace) -> int:
    """Write the calendar file."""
    from meetconfer_gui.domain.schedule import compute_schedule
    from meetconfer_gui.export.ics import CANCELLED, write_ics

    out = output_file(args.output, "-o", "deadlines.ics")
    alarms: tuple[int, ...] = () if args.no_alarms else tuple(args.alarm or (7, 1))
    if any(a < 0 for a in alarms):
        raise DomainError("--alarm takes a number of days before the date, 0 or more")
    matter = load_matter(args)
    schedule = compute_schedule(matter, today_from(args))
    export = write_ics(schedule, out, alarm_days=alarms)
    cancelled = sum(1 for e in export.events if e.status == CANCELLED)
    live = len(export.events) - cancelled
    tail = f", {cancelled} cancelled" if cancelled else ""
    print(f"Wrote {args.output}: {live} event{'s' if live != 1 else ''}{tail}")
    return 0


def _history(args: argparse.Namespace) -> list[Any]:
    if not getattr(args, "matter", None):
        return []
    from meetconfer_gui.storage.repository import open_repository

    repo = open_repository(getattr(args, "data_dir", None), read_only=True)
    try:
        return list(repo.history(args.matter))
    finally:
        repo.close()


def run_report(args: argparse.Namespace) -> int:
    """Write the status report."""
    from meetconfer_gui.domain.schedule import compute_schedule
    from meetconfer_gui.export.report import write_report

    out = output_file(args.pdf, "--pdf", "report.pdf")
    matter = load_matter(args)
    schedule = compute_schedule(matter, today_from(args))
    write_report(schedule, out, _history(args))
    print(f"Wrote {args.pdf}")
    return 0
