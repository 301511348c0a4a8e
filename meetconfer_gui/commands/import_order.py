"""``meetconfer import``: read an order's text or PDF and list what it requires."""

from __future__ import annotations

import argparse
import json
import sys
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:
    from meetconfer_gui.importer import ImportResult, OrderText, ProposedObligation


def add_parser(sub: Any) -> None:
    """Register ``import``."""
    p = sub.add_parser(
        "import", help="read an order (.txt or .pdf) and list its obligations",
        description="Read a court order's text or PDF (text layer only) and propose its "
                    "obligations: who must do what, by when, with the order's own words and "
                    "lines. Nothing is saved; nothing leaves this computer.")
    p.add_argument("file", metavar="FILE",
                   help="the order: a .txt or .pdf file, or - to read text (or a PDF) from "
                        "standard input")
    p.add_argument("--json", action="store_true", help="print JSON (../CLI.md shape)")
    p.set_defaults(run=run)


def _lines(first: int, last: int) -> str:
    return f"line {first}" if first == last else f"lines {first}-{last}"


def _when(item: ProposedObligation) -> str:
    from meetconfer_gui.domain.dates import long_date

    if item.fixed_date is not None:
        said = f" (\"{item.when_text}\")" if item.when_text else ""
        return f"{long_date(item.fixed_date)}{said}"
    if item.days is not None:
        unit = "court days" if item.court_days else "days"
        if item.days == 1:
            unit = unit[:-1]
        direction = item.direction.value if item.direction is not None else "after"
        trigger = item.trigger.phrase if item.trigger is not None else "an event"
        said = f" (\"{item.when_text}\")" if item.when_text else ""
        event = (f"; {trigger} is on {long_date(item.event_date)}"
                 if item.event_date is not None else "")
        return f"{item.days} {unit} {direction} {trigger}{said}{event}"
    if item.when_text:
        return item.when_text
    return "no date of its own"


def print_summary(order: OrderText, result: ImportResult, out: TextIO) -> None:
    """Print the result for a person: each item with its time, lines and confidence."""
    from meetconfer_gui.domain.dates import long_date

    date_text = long_date(result.order_date) if result.order_date else "not found"
    pages = f", {order.pages} page{'s' if order.pages != 1 else ''}" if order.kind == "pdf" else ""
    print(f"Order read from {order.source}: {len(order.lines)} lines{pages}", file=out)
    print(f"  Dated: {date_text}", file=out)
    judge = result.judge or "not found"
    if result.judge and result.judge_title:
        judge += f", {result.judge_title}"
    print(f"  Judge: {judge}", file=out)
    motion = f"ECF No. {result.motion_ecf}" if result.motion_ecf is not None else "not found"
    print(f"  Motion: {motion}", file=out)
    if result.order_ecf is not None:
        print(f"  Order: ECF No. {result.order_ecf}", file=out)
    cap = result.caption
    for label, value in (("Court", cap.court), ("Case", cap.case_number),
                         ("Parties", cap.case_name), ("Title", cap.title)):
        if value:
            print(f"  {label}: {value}", file=out)
    print("", file=out)
    flagged = sum(1 for o in result.obligations if o.flagged)
    print(f"Proposed obligations ({len(result.obligations)}; {flagged} flagged for a closer "
          "look):", file=out)
    for number, item in enumerate(result.obligations, 1):
        mark = "!" if item.flagged else " "
        print(f"{mark}{number:3}. [{item.kind.value}] {item.who}: {item.what}", file=out)
        where = _lines(*item.text_lines)
        if item.ref.printed_lines:
            where += f" (p. {item.ref.page}, printed {_lines(*item.ref.printed_lines)})"
        elif item.ref.paragraph:
            where += f" (p. {item.ref.page}, {item.ref.paragraph})"
        extra = f"; template item '{item.suggested_id}'" if item.suggested_id else ""
        if item.chained_to is not None:
            extra += f"; counted from item {item.chained_to + 1}"
        low = " LOW: check it" if item.flagged else ""
        print(f"       when: {_when(item)}", file=out)
        print(f"       {where}; confidence {item.confidence:.2f}{low}{extra}", file=out)
        for note in item.notes:
            print(f"       note: {note}", file=out)
    if result.unclassified:
        print("", file=out)
        print(f"For you to read ({len(result.unclassified)}): the importer could not classify "
              "these sentences", file=out)
        for u in result.unclassified:
            print(f"  {_lines(*u.text_lines)}: {u.source_sentence}", file=out)
            if u.note:
                print(f"    ({u.note})", file=out)
    if result.other:
        print("", file=out)
        print(f"Not obligations ({len(result.other)}):", file=out)
        for o in result.other:
            text = o.source_sentence if len(o.source_sentence) <= 90 else (
                o.source_sentence[:87] + "...")
            print(f"  {_lines(*o.text_lines)} ({o.reason.label}): {text}", file=out)
    if result.notes:
        print("", file=out)
        for note in result.notes:
            print(f"Note: {note}", file=out)
    print("", file=out)
    print("This is a proposal: check each item against the order's words before relying on "
          "it. The app explains; it does not give legal advice.", file=out)


def run(args: argparse.Namespace) -> int:
    """Run ``meetconfer import``."""
    from meetconfer_gui.importer import DEFAULT_LIMITS, extract, read_order_text

    if args.file == "-":
        stream = getattr(sys.stdin, "buffer", None)
        data = (stream.read(DEFAULT_LIMITS.max_bytes + 1) if stream is not None
                else sys.stdin.read(DEFAULT_LIMITS.max_bytes + 1).encode("utf-8"))
        order = read_order_text(data, name="standard input")
    else:
        order = read_order_text(args.file)
    result = extract(order)
    if args.json:
        sys.stdout.write(json.dumps(result.to_json()) + "\n")
    else:
        # The order's words may hold characters a console's code page lacks: show "?" then.
        reconfigure = getattr(sys.stdout, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(errors="replace")
        print_summary(order, result, sys.stdout)
    return 0
