"""Running ``meetconfer`` in-process for the command-line tests."""

from __future__ import annotations

from typing import Any

from meetconfer_gui.cli import main


def run_cli(capsys: Any, *args: str) -> tuple[int, str, str]:
    """Run ``meetconfer ARGS``; return (exit status, stdout, stderr).

    argparse's own exits (usage errors, ``--help``) are caught and give their status.
    """
    try:
        status = main(list(args))
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    out, err = capsys.readouterr()
    return status, out, err
