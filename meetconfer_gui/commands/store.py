"""The store's commands (../CLI.md, "The store"): matters, matter, tick, history, backup, restore.

Every command takes the global ``--data-dir`` (or ``$MEETCONFER_DATA_DIR``). Commands that
only read open the store read-only; the others open it for writing and save each change in
one transaction with its history entry.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetconfer_gui.commands.paths import output_file, write_text_atomically
from meetconfer_gui.domain.errors import DomainError

if TYPE_CHECKING:
    from meetconfer_gui.domain.matter import Matter
    from meetconfer_gui.domain.obligations import Obligation
    from meetconfer_gui.storage.repository import SqliteRepository

#: How many times a change is retried when another program saved the matter meanwhile.
RETRIES = 5

_EXPORT_ADVICE = "give a file that 'meetconfer matter export' wrote, or export the matter again"


def add_parser(sub: Any) -> None:
    """Register the store's commands."""
    p = sub.add_parser("matters", help="list the matters in the store",
                       description="List the matters in the store, soonest deadline first.")
    p.add_argument("--all", action="store_true", help="include archived matters")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_matters)

    p = sub.add_parser("matter", help="create, export or import a matter")
    msub = p.add_subparsers(dest="matter_command", metavar="ACTION", required=True)
    new = msub.add_parser("new", help="create a matter; prints its id")
    src = new.add_mutually_exclusive_group(required=True)
    src.add_argument("--sample", action="store_true", help="from the sample order (E.D. Cal.)")
    src.add_argument("--import-order", metavar="FILE",
                     help="from an order's text or PDF, read by the importer")
    new.add_argument("--name", help="what to call the matter")
    new.add_argument("--district", metavar="CODE",
                     help="with --import-order: the court, e.g. nysd ('meetconfer districts' "
                          "lists the codes); default: the court the order names")
    new.add_argument("--perspective", choices=["plaintiff", "defense"],
                     help="with --import-order: whose view: plaintiff (pro se) or defense "
                          "(counsel or staff); default: the plaintiff's, or the defense's when "
                          "the order names counsel for the plaintiff")
    new.set_defaults(run=run_new)
    exp = msub.add_parser("export", help="write a matter, its history and files to one file")
    exp.add_argument("id", metavar="ID", help="the matter's id ('meetconfer matters')")
    exp.add_argument("-o", "--output", metavar="FILE", required=True, help="the file to write")
    exp.set_defaults(run=run_export)
    imp = msub.add_parser("import", help="add an exported matter as a new one; prints its id")
    imp.add_argument("file", metavar="FILE", help="a file 'meetconfer matter export' wrote")
    imp.set_defaults(run=run_import)

    p = sub.add_parser("tick", help="mark an item done (or open again with --undo)")
    p.add_argument("id", metavar="ID", help="the matter's id")
    p.add_argument("obligation", metavar="OBLIGATION_ID", help="the item's id, e.g. contact")
    p.add_argument("--date", metavar="DATE", help="the day it was done (default: today)")
    p.add_argument("--user", metavar="NAME", help="who did it (default: the store's user name)")
    p.add_argument("--undo", action="store_true", help="mark the item open again")
    p.set_defaults(run=run_tick)

    p = sub.add_parser("history", help="a matter's history: every tick, event and edit")
    p.add_argument("id", metavar="ID", help="the matter's id")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run_history)

    p = sub.add_parser("backup", help="copy the whole store to a file (safe while in use)")
    p.add_argument("file", metavar="FILE", help="the backup file to write")
    p.set_defaults(run=run_backup)

    p = sub.add_parser("restore", help="bring back a backup, after showing what it holds")
    p.add_argument("file", metavar="FILE", help="a file 'meetconfer backup' wrote")
    p.add_argument("--yes", action="store_true", help="do not ask before replacing the store")
    p.set_defaults(run=run_restore)


def _open(args: argparse.Namespace, *, read_only: bool = False) -> SqliteRepository:
    from meetconfer_gui.storage.repository import open_repository

    return open_repository(getattr(args, "data_dir", None), read_only=read_only)


def _today() -> date:
    return date.today()  # noqa: DTZ011 - the user's local date is what "today" means


def run_matters(args: argparse.Namespace) -> int:
    """Print the matters, soonest next deadline first."""
    from meetconfer_gui.storage.base import sort_by_next_due
    from meetconfer_gui.storage.db import resolve_data_dir, store_file
    from meetconfer_gui.storage.repository import check_folder

    folder = resolve_data_dir(args.data_dir)
    check_folder(folder)
    if not store_file(folder).is_file():
        rows = []  # no store yet: nothing to list, and nothing is created
    else:
        repo = _open(args, read_only=True)
        try:
            rows = sort_by_next_due(repo.list_matters(include_archived=args.all))
        finally:
            repo.close()
    if args.json:
        print(json.dumps([{
            "id": r.id, "name": r.name, "case_number": r.case_number,
            "updated": r.updated.isoformat(timespec="seconds"), "archived": r.archived,
            "next_due": r.next_due.isoformat() if r.next_due else None} for r in rows]))
        return 0
    if not rows:
        print("No matters yet: 'meetconfer matter new --sample' creates one.")
        return 0
    width = max(len(r.id) for r in rows)
    for r in rows:
        due = r.next_due.isoformat() if r.next_due else "-" * 10
        flag = "  (archived)" if r.archived else ""
        print(f"{r.id:>{width}}  {due}  {r.name}  [{r.case_number or 'no case number'}]{flag}")
    return 0


def _matter_from_order(path: str, name: str | None, district_code: str | None = None,
                       perspective: str | None = None) -> Matter:
    """A new matter from an order's file, through the importer and its review step.

    Every proposed item is accepted, as the wizard does before the user unticks any; items
    of the built-in template keep its plain-language titles. What the command had to assume
    (the court, the order's date, the user's side) is said on stderr, one line each.
    """
    from meetconfer_gui.domain.districts import DISTRICTS, district
    from meetconfer_gui.domain.obligations import Perspective
    from meetconfer_gui.importer.extract import import_order
    from meetconfer_gui.importer.metadata import Represented, representation
    from meetconfer_gui.importer.review import (
        FALLBACK_DISTRICT,
        court_of,
        district_for,
        matter_from_import,
    )

    if district_code is not None:
        code = district_code.strip().lower()
        if code not in DISTRICTS:  # "SDNY", "S.D.N.Y." or a district's name will do
            code = district_for(district_code) or code
        try:
            district(code)
        except DomainError:
            raise DomainError(f"--district {district_code!r} is not a district code: "
                              "'meetconfer districts' lists them (e.g. nysd, cand)") from None
        district_code = code
    order_text, result = import_order(path)
    notes = list(result.notes)
    today = _today()
    if district_code is None and court_of(result, order_text.text) is None:
        fallback = district(FALLBACK_DISTRICT)
        said = f" (it names '{result.caption.court}')" if result.caption.court else ""
        notes.append(f"the court was not found in the order{said}: the matter uses "
                     f"{fallback.abbreviation} ({fallback.code}) for its holidays and documents; "
                     "give --district CODE ('meetconfer districts' lists them), or change it in "
                     "the window (Edit > Matter details)")
    if result.order_date is None:
        notes.append("the order's date was set to today; correct it")
    side = Perspective(perspective) if perspective else None
    if side is None and representation(order_text.text, result.caption.case_number)[
            "plaintiff"].status is Represented.COUNSEL:
        side = Perspective.DEFENSE
        notes.append("the order names counsel for the plaintiff, so the matter reads it as "
                     "defense counsel or staff: give --perspective plaintiff to change that")
    matter = matter_from_import(
        result, order_text.text, result.obligations, today=today, district_code=district_code,
        name=name or (None if result.caption.case_name else Path(path).stem),
        perspective=side)
    for note in notes:
        print(f"meetconfer: note: {note}", file=sys.stderr)
    return replace(matter, id="new")


def run_new(args: argparse.Namespace) -> int:
    """Create a matter and print its id."""
    if args.sample:
        from meetconfer_gui.domain.sample import sample_matter

        if args.district is not None or args.perspective is not None:
            raise DomainError("--district and --perspective go with --import-order: the "
                              "sample's court and view are fixed (change them in the window)")
        matter = sample_matter("new")
        if args.name:
            matter = replace(matter, name=args.name)
    else:
        matter = _matter_from_order(args.import_order, args.name, args.district,
                                    args.perspective)
    repo = _open(args)
    try:
        stored = repo.create(matter, user=repo.setting("user_name"))
    finally:
        repo.close()
    print(stored.id)
    return 0


def run_export(args: argparse.Namespace) -> int:
    """Write a matter to one JSON file."""
    out = output_file(args.output, "-o", f"matter-{args.id}.json")
    repo = _open(args, read_only=True)
    try:
        text = repo.export_matter(args.id)
    finally:
        repo.close()
    write_text_atomically(out, text)
    return 0


def run_import(args: argparse.Namespace) -> int:
    """Add the matter of an export file as a new matter and print its id."""
    if not args.file.strip():
        raise DomainError("matter import needs a file, e.g. 'meetconfer matter import "
                          "matter-1.json' (one that 'meetconfer matter export' wrote)")
    try:
        text = Path(args.file).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        raise DomainError(f"{args.file} is not a meetconfer matter file (it is not text): "
                          f"{_EXPORT_ADVICE}") from None
    from meetconfer_gui.storage.codec import CodecError

    repo = _open(args)
    try:
        matter = repo.import_matter(text, user=repo.setting("user_name"))
    except CodecError as err:
        said = str(err)
        advice = ("" if "export the matter again" in said or "update the app" in said
                  else f": {_EXPORT_ADVICE}")
        raise DomainError(f"cannot import {args.file}: {said}{advice}") from None
    finally:
        repo.close()
    print(matter.id)
    return 0


def run_tick(args: argparse.Namespace) -> int:
    """Mark an item done, or open again."""
    from meetconfer_gui.domain.dates import long_date, parse_iso_date
    from meetconfer_gui.domain.matter import Completion
    from meetconfer_gui.storage.base import ConflictError
    from meetconfer_gui.storage.repository import require_store

    today = _today()
    on = parse_iso_date(args.date, "--date") if args.date else today
    if on > today:
        raise DomainError(f"--date {on.isoformat()} is after today ({long_date(today)}): "
                          "tick an item once it is done")
    require_store(args.data_dir)  # a tick needs a matter: never create an empty store for it
    repo = _open(args)
    try:
        user = args.user or repo.setting("user_name")
        for attempt in range(RETRIES):
            matter = repo.get(args.id)
            ob = _task(matter, args.obligation)
            if not args.undo and on < matter.order.signed:
                raise DomainError(
                    f"--date {on.isoformat()}: {long_date(on)} is before the order's date "
                    f"{long_date(matter.order.signed)}: give the day the item was done")
            if args.undo:
                if matter.completion(ob.id) is None:
                    print(f"'{ob.title}' is already open.")
                    return 0
                changed = matter.without_completion(ob.id)
                action, detail = "untick", f"marked open again: {ob.title}"
            else:
                changed = matter.with_completion(Completion(ob.id, on, user))
                action, detail = "tick", f"done on {long_date(on)}: {ob.title}"
            try:
                repo.save(changed, user=user, action=action, obligation=ob.id, detail=detail)
                break
            except ConflictError:
                if attempt == RETRIES - 1:
                    raise
    finally:
        repo.close()
    print(f"{'Opened again' if args.undo else 'Done'}: {ob.title}")
    return 0


def _task(matter: Matter, obligation_id: str) -> Obligation:
    """The obligation to tick: it must exist and be a task (not a notice or a warning)."""
    ids = [o.id for o in matter.obligations]
    if obligation_id not in ids:
        raise DomainError(f"matter {matter.id} has no item {obligation_id!r}: "
                          f"'meetconfer deadlines --matter {matter.id}' lists its items; the "
                          f"ids are {', '.join(ids)}")
    ob = matter.obligation(obligation_id)
    if not ob.kind.is_task:
        raise DomainError(f"'{ob.title}' ({ob.id}) is a {ob.kind.value}, not a task to tick "
                          "off: only deadlines, duties and content items are ticked")
    return ob


def run_history(args: argparse.Namespace) -> int:
    """Print a matter's history, oldest first."""
    repo = _open(args, read_only=True)
    try:
        # The history stays readable when the matter's document is damaged or deleted;
        # every matter has at least its "create" entry, so none means no such matter.
        entries = repo.history(args.id)
        if not entries:
            repo.get(args.id)  # says so if there is no such matter
    finally:
        repo.close()
    if args.json:
        print(json.dumps([h.to_json() for h in entries], ensure_ascii=False))
        return 0
    for h in entries:
        item = f" [{h.obligation}]" if h.obligation else ""
        detail = f": {h.detail}" if h.detail else ""
        print(f"{h.at.isoformat(sep=' ', timespec='seconds')}  {h.user}  {h.action}{item}"
              f"{detail}")
    return 0


def run_backup(args: argparse.Namespace) -> int:
    """Copy the store to a file."""
    repo = _open(args, read_only=True)
    try:
        summary = repo.backup(Path(args.file))
    finally:
        repo.close()
    print(f"Backed up: {summary.describe()}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    """Show what a backup holds, then (once confirmed) make it the store."""
    from meetconfer_gui.storage.repository import describe_backup

    summary = describe_backup(Path(args.file))
    print(summary.describe())
    if not args.yes:
        if not sys.stdin.isatty():
            raise DomainError("restoring replaces the store's content: add --yes to confirm "
                              "(the store as it is now is kept beside it)")
        answer = input("Replace the store's content with this backup? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("Nothing was changed.")
            return 0
    repo = _open(args)
    try:
        after = repo.restore_backup(Path(args.file))
    finally:
        repo.close()
    print(f"Restored: the store now holds {after.matters} matter"
          f"{'s' if after.matters != 1 else ''}; the store as it was is kept in "
          f"{repo.data_dir} (meetconfer-before-restore-*.sqlite3).")
    return 0
