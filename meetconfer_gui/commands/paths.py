"""The files the commands write: one check of the name the user gave, one atomic write."""

from __future__ import annotations

import contextlib
from pathlib import Path

from meetconfer_gui.domain.errors import DomainError


def output_file(value: str, option: str, example: str) -> Path:
    """The file an option names, refused at once if it cannot be a file to write.

    Args:
        value: What the user typed.
        option: The option, for the message ("--pdf").
        example: A file name to suggest ("statement.pdf").

    Returns:
        The path.

    Raises:
        DomainError: The name is empty, or it names a folder.
    """
    if not value.strip():
        raise DomainError(f"{option} needs a file name, e.g. {option} {example}")
    path = Path(value)
    if path.is_dir():
        raise DomainError(f"{option} {value} is a folder: give the name of the file to write, "
                          f"e.g. {option} {path / example}")
    return path


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` through a temporary file beside it.

    A failed write leaves neither a half-written file nor the temporary one.

    Args:
        path: The file to write.
        text: Its content (UTF-8).

    Raises:
        OSError: The file could not be written; the error names ``path``, not the temporary.
    """
    tmp = path.with_name(path.name + ".partial")
    try:
        tmp.write_text(text, encoding="utf-8")
        tmp.replace(path)
    except OSError as err:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise OSError(err.errno, err.strerror, str(path)) from None
