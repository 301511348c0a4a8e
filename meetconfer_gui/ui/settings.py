"""Window state kept in QSettings: geometry, splitters, which panes show.

Preferences the Qt-free code needs (the user's name, "due soon" days, the last matter)
live in the store, not here. ``app.py`` sets the organisation and application names
before the first ``QSettings()``; tests pass a QSettings on an INI file in ``tmp_path``.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

GROUP = "MainWindow"


class UiSettings(NamedTuple):
    """The main window's remembered state, with its defaults.

    A NamedTuple rather than a dataclass: it is read before the window first paints, and a
    dataclass costs start-up time (the ``dataclasses`` module and the code it generates).
    """

    geometry: bytes = b""
    window_state: bytes = b""
    main_splitter: bytes = b""
    left_splitter: bytes = b""
    detail_splitter: bytes = b""
    header_state: bytes = b""
    show_calendar: bool = True
    show_detail: bool = True


def _to_bytes(value: object) -> bytes:
    if isinstance(value, QByteArray):
        return bytes(value.data())
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    return b""


def _to_bool(value: object, default: bool) -> bool:  # noqa: FBT001
    if value is None:
        return default
    if isinstance(value, bool):
        return value
    return str(value).strip().lower() in ("1", "true", "yes")


def load(store: QSettings) -> UiSettings:
    """Read the window state (defaults where nothing or nonsense is stored)."""
    defaults = UiSettings()
    read: dict[str, bytes | bool] = {}
    store.beginGroup(GROUP)
    try:
        for name in UiSettings._fields:
            raw = store.value(name)
            if raw is None:
                continue
            default = getattr(defaults, name)
            read[name] = (_to_bool(raw, default) if isinstance(default, bool)
                          else _to_bytes(raw))
    finally:
        store.endGroup()
    return defaults._replace(**read)  # type: ignore[arg-type]


def save(store: QSettings, values: UiSettings) -> None:
    """Write the window state."""
    store.beginGroup(GROUP)
    try:
        for name in UiSettings._fields:
            value = getattr(values, name)
            store.setValue(name, QByteArray(value) if isinstance(value, bytes) else value)
    finally:
        store.endGroup()
    store.sync()
