"""The ``meetconfer`` command: every headless command of the app (../CLI.md).

No Qt is imported here or by any command. Each command lives in its own module under
``meetconfer_gui.commands`` with ``add_parser(subparsers)`` and ``run(args) -> int``; the
modules import their heavy dependencies inside ``run`` so ``meetconfer count`` starts fast.
Errors are one line on stderr naming the problem and what to do, exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence
from typing import NoReturn

from meetconfer_gui import __version__

#: Command modules under meetconfer_gui.commands, in the order ``--help`` lists them.
COMMAND_MODULES = (
    "count",
    "districts",
    "deadlines",
    "documents",
    "import_order",
    "store",
)

EXIT_USAGE = 2


class UsageError(Exception):
    """A problem with what the user asked for; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, as ../CLI.md asks."""

    def error(self, message: str) -> NoReturn:
        """Override ArgumentParser.error: one line, exit status 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def fail(message: str) -> int:
    """Print one error line and return the usage exit status."""
    print(f"meetconfer: error: {message}", file=sys.stderr)
    return EXIT_USAGE


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every command's options."""
    parser = _Parser(prog="meetconfer", description=(
        "Meet-and-confer orders as checklists: count deadlines under FRCP 6, keep matters, "
        "draft the Joint Statement. The app explains; it does not give legal advice."))
    parser.add_argument("--version", action="version", version=f"meetconfer {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="use the store in DIR (default: $MEETCONFER_DATA_DIR or the "
                             "user's data folder)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        module = importlib.import_module(f"meetconfer_gui.commands.{name}")
        module.add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command and return its exit status."""
    from meetconfer_gui.domain.errors import DomainError

    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return EXIT_USAGE
    try:
        return int(args.run(args))
    except (DomainError, UsageError) as err:
        return fail(str(err))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as err:
        where = f" ({err.filename})" if getattr(err, "filename", None) else ""
        return fail(f"{err.strerror or err}{where}: check the path and its permissions")


if __name__ == "__main__":
    sys.exit(main())
