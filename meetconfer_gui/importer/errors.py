"""The importer's one error: a file or text that cannot be read as an order."""

from __future__ import annotations

from meetconfer_gui.domain.errors import DomainError


class OrderImportError(DomainError):
    """An order cannot be read; the message says why and what to do, in one line.

    It is a :class:`~meetconfer_gui.domain.errors.DomainError`, so ``meetconfer`` prints it as
    one line on stderr and exits with status 2.
    """
