"""Load the modules the first import, export or PDF needs while the user reads the checklist.

The window imports the importer, the Joint Statement's writers and the PDF and Word libraries
when a dialog first needs them, which adds 50-80 ms each to that first click. Once the matter
is on screen, ``start`` imports them on a background thread, so the first click finds them
ready. Only pure-Python modules are loaded there (no Qt class is created off the main thread);
a module missing from a build is skipped. If the user opens a dialog while its module is being
loaded, Python's import lock makes the dialog wait for that one import, as it would anyway.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Sequence

#: In the order a user is likely to need them: importing an order, its PDF, then the documents.
MODULES: tuple[str, ...] = (
    "meetconfer_gui.importer",
    "meetconfer_gui.importer.review",
    "pypdf",
    "meetconfer_gui.export.statement",
    "meetconfer_gui.export.ics",
    "docx",
)

_started: list[threading.Thread] = []


def load(modules: Sequence[str] = MODULES) -> list[str]:
    """Import each module; return the names that could not be imported."""
    failed = []
    for name in modules:
        try:
            importlib.import_module(name)
        except Exception:  # a warm-up never fails the app; the dialog will say why
            failed.append(name)
    return failed


def start(modules: Sequence[str] = MODULES) -> threading.Thread | None:
    """Start loading ``modules`` on a daemon thread, once per process; return the thread."""
    if _started:
        return None
    thread = threading.Thread(target=load, args=(tuple(modules),), name="meetconfer-warmup",
                              daemon=True)
    _started.append(thread)
    thread.start()
    return thread
