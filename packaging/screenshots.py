"""Render the documentation screenshots (``make screenshots``).

    python packaging/screenshots.py [OUT_DIR] [--today DATE] [--only NAME ...]

Runs ``python -m meetconfer_gui --screenshot OUT_DIR/<name>.png`` (CLI.md, "The window") for
the main window and each ``--dialog``, in the light and the ``--dark`` palette, with a fixed
``--today`` so the pictures do not change from run to run. Without ``--data-dir`` a screenshot
shows the sample order from memory and never touches the user's store. Names:
``main.png``, ``main-dark.png``, ``dialog-<dialog>.png``, ``dialog-<dialog>-dark.png``.
OUT_DIR defaults to ``docs``. Exit status 0 when every screenshot was written, 1 otherwise.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: The --dialog values of CLI.md, in the order the docs show them.
DIALOGS = ("welcome", "setup", "conference", "contact", "calendar", "matters", "import",
           "statement")
TODAY = "2017-10-10"  # the sample order (2017-10-04) with its first deadlines ahead
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def shots(only: set[str]) -> list[tuple[str, list[str]]]:
    """(file stem, extra arguments) for every screenshot, filtered by --only."""
    out: list[tuple[str, list[str]]] = []
    for stem, args in [("main", []), *((f"dialog-{d}", ["--dialog", d]) for d in DIALOGS)]:
        out.append((stem, args))
        out.append((f"{stem}-dark", [*args, "--dark"]))
    if only:
        out = [(stem, args) for stem, args in out
               if stem in only or stem.removesuffix("-dark") in only]
    return out


def main(argv: list[str] | None = None) -> int:
    """Write every screenshot; report the ones that failed."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", nargs="?", type=Path, default=ROOT / "docs")
    parser.add_argument("--today", default=TODAY, help=f"the date shown as today ({TODAY})")
    parser.add_argument("--only", nargs="+", default=[], metavar="NAME",
                        help="only these (main, dialog-setup, main-dark, ...)")
    args = parser.parse_args(argv)
    out_dir: Path = args.out_dir if args.out_dir.is_absolute() else Path.cwd() / args.out_dir
    out_dir.mkdir(parents=True, exist_ok=True)

    failed = []
    env = {k: v for k, v in os.environ.items() if k != "MEETCONFER_DATA_DIR"}
    for stem, extra in shots(set(args.only)):
        png = out_dir / f"{stem}.png"
        png.unlink(missing_ok=True)
        cmd = [sys.executable, "-m", "meetconfer_gui", "--screenshot", str(png),
               "--today", args.today, *extra]
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                              check=False, timeout=120)
        written = png.is_file() and png.read_bytes()[:8] == PNG_SIGNATURE
        if proc.returncode != 0 or not written:
            why = (proc.stderr.strip().splitlines() or ["no PNG written"])[-1]
            failed.append(stem)
            print(f"FAIL {png.relative_to(out_dir.parent)}: exit {proc.returncode}: {why}")
        else:
            print(f"ok   {png.relative_to(out_dir.parent)} ({png.stat().st_size} bytes)")
    if failed:
        print(f"screenshots.py: {len(failed)} failed: {', '.join(failed)}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
