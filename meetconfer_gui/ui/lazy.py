"""Modules and Qt's enums loaded on first use, so the window paints before it needs them.

Importing the domain and the store costs about a third of a bare Qt window's start-up; the
window's frame needs none of it. ``lazy("meetconfer_gui.domain.schedule")`` returns the
module at once and runs it the first time one of its names is read (``importlib.util
.LazyLoader``). Each UI module binds the names it uses this way and imports them normally
under ``TYPE_CHECKING``, so type checking sees the real modules.

The same goes for the ``Qt`` namespace's enum types (``Qt``, ``set_enum``): the window's
frame is built and painted without them, and they are made when the matter loads.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtCore import QObject


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


class _QtNamespace:
    """``PySide6.QtCore.Qt``, created the first time one of its names is read.

    PySide6 makes the Python enum types of a class when the class is first read: for the
    ``Qt`` namespace that is 93 enums with 1,300 members, about 15 ms, more than a bare
    window's whole paint. The window's frame is built without them (``set_enum`` below), so
    they are made after the first paint, when the matter loads. Names read once are kept on
    this object, so later reads cost what a module attribute costs.
    """

    def __getattr__(self, name: str) -> object:
        from PySide6.QtCore import Qt

        value = getattr(Qt, name)
        setattr(self, name, value)
        return value


#: Bind as ``Qt`` under ``else:`` of ``if TYPE_CHECKING: from PySide6.QtCore import Qt``.
Qt = _QtNamespace()


def set_enum(obj: QObject, prop: str, key: str) -> None:
    """Set an enum or flags property of ``obj`` by its key name(s), as Qt Designer files do.

    ``set_enum(split, "orientation", "Vertical")`` is ``split.setOrientation(Qt.Orientation
    .Vertical)`` without reading ``Qt`` (see ``_QtNamespace``); flags join keys with ``|``.

    Raises:
        ValueError: ``obj`` has no such property, or ``key`` is not one of its values.
    """
    if not obj.setProperty(prop, key):
        raise ValueError(f"{type(obj).__name__}.{prop} cannot be set to {key!r}")
