"""The ``meetconfer`` command: every headless command of the app (../CLI.md).

No Qt is imported here or by any command. Each command lives in its own module under
``meetconfer_gui.commands`` with ``add_parser(subparsers)`` and ``run(args) -> int``; the
modules import their heavy dependencies inside ``run`` so ``meetconfer count`` starts fast.
Errors are one line on stderr naming the problem and what to do, exit status 2.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

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

DATA_DIR_HELP = "use the store in DIR (default: $MEETCONFER_DATA_DIR or the user's data folder)"

#: Set (to anything) to let an unexpected exception through with its traceback.
DEBUG_VAR = "MEETCONFER_DEBUG"

#: What to do about a store that cannot be read at all (its own message says only what it is).
CORRUPT_ADVICE = ("move that file out of the folder (meetconfer-gui does so itself when it "
                  "starts) and bring back a backup ('meetconfer restore FILE'), or use another "
                  "folder with --data-dir")


class UsageError(Exception):
    """A problem with what the user asked for; the message is shown as it is."""


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line, as ../CLI.md asks."""

    def error(self, message: str) -> NoReturn:
        """Override ArgumentParser.error: one line, exit status 2."""
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


class _CommandParser(_Parser):
    """A command's parser: it takes ``--data-dir`` too, after the command's name."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # SUPPRESS: given only here it sets args.data_dir; not given, the global one stays.
        self.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                          help=DATA_DIR_HELP)


def fail(message: str) -> int:
    """Print one error line and return the usage exit status."""
    one_line = " ".join(message.split())
    print(f"meetconfer: error: {one_line}", file=sys.stderr)
    return EXIT_USAGE


def _with_advice(err: Exception) -> str:
    """The error's message, with what to do added where it only says what went wrong."""
    message = str(err)
    if "meetconfer_gui.storage.base" in sys.modules:  # only a store can raise these
        from meetconfer_gui.storage.base import CorruptStoreError

        if isinstance(err, CorruptStoreError) and "restore" not in message.lower():
            message = f"{message}: {CORRUPT_ADVICE}"
    return message


def build_parser() -> argparse.ArgumentParser:
    """Build the parser with every command's options."""
    parser = _Parser(prog="meetconfer", description=(
        "Meet-and-confer orders as checklists: count deadlines under FRCP 6, keep matters, "
        "draft the Joint Statement. The app explains; it does not give legal advice."))
    parser.add_argument("--version", action="version", version=f"meetconfer {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help=DATA_DIR_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_CommandParser)
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
        return fail("no command given: 'meetconfer --help' lists them, e.g. "
                    "'meetconfer deadlines --sample'")
    if args.data_dir is not None and not args.data_dir.strip():
        return fail("--data-dir is empty: give a folder, or leave the option out to use "
                    "$MEETCONFER_DATA_DIR or the user's data folder")
    try:
        return int(args.run(args))
    except (DomainError, UsageError) as err:
        return fail(_with_advice(err))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except OSError as err:
        where = f" ({err.filename})" if getattr(err, "filename", None) else ""
        return fail(f"{err.strerror or err}{where}: check the path and its permissions")
    except ValueError as err:  # the domain's checks raise ValueError with a readable message
        return fail(str(err))
    except Exception as err:
        if os.environ.get(DEBUG_VAR):
            raise
        return fail(f"unexpected {type(err).__name__} ({err}): this is a bug in meetconfer; "
                    f"please report it with the command you ran (set {DEBUG_VAR}=1 to see "
                    "where it happened)")


if __name__ == "__main__":
    sys.exit(main())
