"""``meetconfer districts``: the 94 district codes, their states and time zones."""

from __future__ import annotations

import argparse
import json
from typing import Any

from meetconfer_gui.domain.districts import DISTRICTS


def add_parser(sub: Any) -> None:
    """Register ``districts``."""
    p = sub.add_parser("districts", help="list the district codes --district accepts")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Print every district."""
    rows = sorted(DISTRICTS.values(), key=lambda d: (d.state, d.code))
    if args.json:
        print(json.dumps([{"code": d.code, "name": d.name, "abbreviation": d.abbreviation,
                           "state": d.state, "timezone": d.timezone} for d in rows]))
        return 0
    for d in rows:
        print(f"{d.code:<5} {d.abbreviation:<14} {d.name} ({d.state}, {d.tz_label} time)")
    return 0
