"""Modules loaded on first use, so the window can paint before the domain is imported.

Importing the domain and the store costs about a third of a bare Qt window's start-up; the
window's frame needs none of it. ``lazy("meetconfer_gui.domain.schedule")`` returns the
module at once and runs it the first time one of its names is read (``importlib.util
.LazyLoader``). Each UI module binds the names it uses this way and imports them normally
under ``TYPE_CHECKING``, so type checking sees the real modules.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType


def lazy(name: str) -> ModuleType:
    """Return module ``name``, loading it on first attribute access if not loaded yet.

    Args:
        name: The module's full name.

    Returns:
        The module (loaded or pending).

    Raises:
        ModuleNotFoundError: There is no such module.
    """
    found = sys.modules.get(name)
    if found is not None:
        return found
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        raise ModuleNotFoundError(f"no module named {name!r}", name=name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    return module
