"""A matter as a JSON document, and back, exactly and with strict checks.

The document is versioned (``"format": "meetconfer-matter"``, ``"version": 1``) and holds every
field of every dataclass of a ``Matter``: enums by value, dates as ``YYYY-MM-DD``, tuples as
lists, sets as sorted lists. Loading checks every field against the domain's own type hints and
names the first bad one ("matter.events.contacts[2].on: ..."), so a truncated, hand-edited or
foreign file is refused with a message and nothing is written. An exported file also carries
a SHA-256 checksum of its content: a file changed after export is refused.

The encoding is derived from the dataclasses' fields, so a field added to the domain is
stored without touching this module; a field with a default may be missing from an older
document (it takes the default), any other missing or unknown key is an error.
"""

from __future__ import annotations

import dataclasses
import json
import re
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime
from enum import Enum
from functools import cache
from typing import Any, Union

from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.storage.base import HistoryEntry, StoreError

FORMAT = "meetconfer-matter"
VERSION = 1
EXPORT_FORMAT = "meetconfer-matter-export"

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}:\d{2}|Z)?")

JSONValue = Any  # a value json.dumps accepts: dict, list, str, int, float, bool or None


class CodecError(StoreError):
    """A document is not a valid matter; the message names the field."""


# --- encoding ---------------------------------------------------------------------------------
@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _init_fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def _encode(value: object) -> JSONValue:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in _init_fields(type(value))}
    if isinstance(value, frozenset):
        return [_encode(v) for v in sorted(value)]
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    raise TypeError(f"cannot store a {type(value).__name__}")  # a domain type not handled


def matter_to_dict(matter: Matter) -> dict[str, JSONValue]:
    """Encode a matter's fields as JSON-able values (the ``matter`` object of a document).

    Args:
        matter: The matter.

    Returns:
        A dict of plain values.
    """
    encoded = _encode(matter)
    assert isinstance(encoded, dict)  # noqa: S101 - a dataclass encodes as a dict
    return encoded


def to_document(matter: Matter) -> dict[str, JSONValue]:
    """A matter as a versioned document: ``{"format", "version", "matter"}``.

    Args:
        matter: The matter.

    Returns:
        The document, ready for ``json.dumps``.
    """
    return {"format": FORMAT, "version": VERSION, "matter": matter_to_dict(matter)}


def dumps(matter: Matter) -> str:
    """A matter as compact JSON text (the store keeps this).

    Args:
        matter: The matter.

    Returns:
        The JSON text of ``to_document(matter)``.
    """
    return json.dumps(to_document(matter), ensure_ascii=False, separators=(",", ":"))


# --- decoding ---------------------------------------------------------------------------------
def _type_name(tp: Any) -> str:
    if isinstance(tp, type) and issubclass(tp, Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    return {str: "text", int: "a whole number", bool: "true or false", float: "a number",
            date: "a date YYYY-MM-DD"}.get(tp, getattr(tp, "__name__", str(tp)))


def _short(value: object) -> str:
    text = json.dumps(value, ensure_ascii=False) if not isinstance(value, str) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


Decoder = Callable[[object, str], object]


def _expect_list(value: object, path: str) -> list[object]:
    if not isinstance(value, list):
        raise CodecError(f"{path}: expected a list, found {_short(value)}")
    return value


@cache
def _decoder(tp: Any) -> Decoder:
    """A function that checks and decodes a value of type ``tp`` (built once per type)."""
    origin = typing.get_origin(tp)
    if origin in (Union, types.UnionType):
        args = typing.get_args(tp)
        (inner,) = [a for a in args if a is not type(None)]
        sub = _decoder(inner)
        if type(None) not in args:
            return sub
        return lambda v, p: None if v is None else sub(v, p)
    if origin is tuple:
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            item = _decoder(args[0])
            return lambda v, p: tuple(item(x, f"{p}[{i}]")
                                      for i, x in enumerate(_expect_list(v, p)))
        subs = [_decoder(a) for a in args]

        def fixed(v: object, p: str) -> object:
            items = _expect_list(v, p)
            if len(items) != len(subs):
                raise CodecError(f"{p}: expected a list of {len(subs)}, found {len(items)}")
            return tuple(d(x, f"{p}[{i}]") for i, (d, x) in enumerate(zip(subs, items,
                                                                         strict=True)))
        return fixed
    if origin is frozenset:
        (inner,) = typing.get_args(tp)
        item = _decoder(inner)

        def as_set(v: object, p: str) -> object:
            items = [item(x, f"{p}[{i}]") for i, x in enumerate(_expect_list(v, p))]
            if len(set(items)) != len(items):
                raise CodecError(f"{p}: a value is listed twice")
            return frozenset(items)
        return as_set
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return lambda v, p: _decode_dataclass(tp, v, p)
    if isinstance(tp, type) and issubclass(tp, Enum):
        enum = tp

        def as_enum(v: object, p: str) -> object:
            try:
                return enum(v)
            except ValueError:
                raise CodecError(f"{p}: {_short(v)} is not {_type_name(enum)}") from None
        return as_enum
    if tp is date:
        return _as_date
    if tp is bool:
        return _as_bool
    if tp is int:
        return _as_int
    if tp is str:
        return _as_str
    raise TypeError(f"cannot read a {_type_name(tp)}")  # a domain type the codec lacks


def _as_date(value: object, path: str) -> object:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise CodecError(f"{path}: expected a date YYYY-MM-DD, found {_short(value)}")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CodecError(f"{path}: {value!r} is not a real date") from None


def _as_bool(value: object, path: str) -> object:
    if not isinstance(value, bool):
        raise CodecError(f"{path}: expected true or false, found {_short(value)}")
    return value


def _as_int(value: object, path: str) -> object:
    if isinstance(value, bool) or not isinstance(value, int):
        raise CodecError(f"{path}: expected a whole number, found {_short(value)}")
    return value


def _as_str(value: object, path: str) -> object:
    if not isinstance(value, str):
        raise CodecError(f"{path}: expected text, found {_short(value)}")
    return value


@cache
def _plan(cls: type) -> tuple[frozenset[str], tuple[tuple[str, bool, Decoder], ...]]:
    """A dataclass's field names and, per field: its name, whether required, its decoder."""
    hints = _hints(cls)
    fields = _init_fields(cls)
    return frozenset(f.name for f in fields), tuple(
        (f.name, f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING,
         _decoder(hints[f.name])) for f in fields)


def _decode_dataclass(cls: type, value: object, path: str) -> object:
    if not isinstance(value, dict):
        raise CodecError(f"{path}: expected an object, found {_short(value)}")
    names, plan = _plan(cls)
    if not names.issuperset(value):
        unknown = sorted(set(value) - names)
        raise CodecError(f"{path}.{unknown[0]}: unknown field (is the file from another "
                         "program, or a newer version of meetconfer?)")
    kwargs: dict[str, object] = {}
    for name, required, decode in plan:
        if name not in value:
            if required:
                raise CodecError(f"{path}.{name}: missing")
            continue
        kwargs[name] = decode(value[name], f"{path}.{name}")
    try:
        return cls(**kwargs)
    except ValueError as err:  # the domain's own checks (DomainError is a ValueError)
        raise CodecError(f"{path}: {err}") from None


def matter_from_dict(obj: object, path: str = "matter") -> Matter:
    """Decode and check the ``matter`` object of a document.

    Args:
        obj: The decoded JSON value.
        path: How messages name the object.

    Returns:
        The matter.

    Raises:
        CodecError: A field is missing, unknown, of the wrong type or out of range; the
            message names it.
    """
    matter = _decode_dataclass(Matter, obj, path)
    assert isinstance(matter, Matter)  # noqa: S101 - _decode_dataclass builds the class given
    return matter


def _check_header(doc: Mapping[str, object], fmt: str, what: str) -> None:
    if doc.get("format") != fmt:
        found = doc.get("format")
        raise CodecError(f"this is not a meetconfer {what} (format is {_short(found)}, "
                         f"expected {fmt!r})")
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise CodecError(f"version: expected a whole number, found {_short(version)}")
    if version > VERSION:
        raise CodecError(f"the {what} was written by a newer version of meetconfer (format "
                         f"version {version}; this one reads up to {VERSION}): update the app")
    if version < 1:
        raise CodecError(f"version: {version} is not a valid format version")


def from_document(doc: object) -> Matter:
    """Read a document made by ``to_document``.

    Args:
        doc: The decoded JSON value.

    Returns:
        The matter.

    Raises:
        CodecError: The document is not a matter of a known version, or a field is bad.
    """
    if not isinstance(doc, dict):
        raise CodecError("this is not a meetconfer matter (expected a JSON object)")
    _check_header(doc, FORMAT, "matter")
    extra = sorted(set(doc) - {"format", "version", "matter"})
    if extra:
        raise CodecError(f"{extra[0]}: unknown field")
    if "matter" not in doc:
        raise CodecError("matter: missing")
    return matter_from_dict(doc["matter"])


def _parse_json(text: str, what: str) -> object:
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise CodecError(f"the {what} is not complete JSON (line {err.lineno}, column "
                         f"{err.colno}: {err.msg}); it may be truncated or damaged") from None


def loads(text: str) -> Matter:
    """Read a matter from the JSON text ``dumps`` wrote.

    Args:
        text: The JSON text.

    Returns:
        The matter.

    Raises:
        CodecError: The text is not valid JSON or not a valid matter.
    """
    return from_document(_parse_json(text, "matter"))


# --- export files: a matter, its history and its attachments ---------------------------------
def _checksum(payload: Mapping[str, object]) -> str:
    canonical = json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    import hashlib  # only exports and imports need it, not start-up

    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _history_to_json(h: HistoryEntry) -> dict[str, JSONValue]:
    return {"at": h.at.isoformat(), "user": h.user, "action": h.action,
            "obligation": h.obligation, "detail": h.detail}


def _history_from_json(obj: object, path: str) -> HistoryEntry:
    if not isinstance(obj, dict):
        raise CodecError(f"{path}: expected an object, found {_short(obj)}")
    keys = {"at", "user", "action", "obligation", "detail"}
    if set(obj) != keys:
        bad = sorted(set(obj) ^ keys)[0]
        raise CodecError(f"{path}.{bad}: {'unknown field' if bad in obj else 'missing'}")
    at = obj["at"]
    if not isinstance(at, str) or not _DATETIME.fullmatch(at):
        raise CodecError(f"{path}.at: expected a time YYYY-MM-DDTHH:MM:SS, found {_short(at)}")
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        raise CodecError(f"{path}.at: {at!r} is not a real time") from None
    for key in ("user", "action", "detail"):
        if not isinstance(obj[key], str):
            raise CodecError(f"{path}.{key}: expected text, found {_short(obj[key])}")
    ob = obj["obligation"]
    if ob is not None and not isinstance(ob, str):
        raise CodecError(f"{path}.obligation: expected text or null, found {_short(ob)}")
    return HistoryEntry(when, obj["user"], obj["action"], ob, obj["detail"])


@dataclasses.dataclass(frozen=True, slots=True)
class AttachmentData:
    """A file carried in an export: its path in the matter and its bytes (base64).

    Attributes:
        path: The path the matter's entries use (relative to the store folder).
        data: The file's bytes, base64-encoded.
        sha256: Checksum of the bytes.
    """

    path: str
    data: str
    sha256: str


@dataclasses.dataclass(frozen=True, slots=True)
class ExportFile:
    """What an export file holds.

    Attributes:
        matter: The matter (its id is the one it had in the store it came from).
        history: Its history, oldest first.
        attachments: Copies of the files its contact log and sessions refer to.
    """

    matter: Matter
    history: tuple[HistoryEntry, ...] = ()
    attachments: tuple[AttachmentData, ...] = ()


def export_text(export: ExportFile) -> str:
    """The JSON text of an export file, with its checksum.

    Args:
        export: The matter, its history and its attachments.

    Returns:
        Indented JSON text.
    """
    payload: dict[str, JSONValue] = {
        "format": EXPORT_FORMAT, "version": VERSION,
        "matter": matter_to_dict(export.matter),
        "history": [_history_to_json(h) for h in export.history],
        "attachments": [{"path": a.path, "sha256": a.sha256, "data": a.data}
                        for a in export.attachments],
    }
    payload["checksum"] = _checksum(payload)
    return json.dumps(payload, ensure_ascii=False, indent=1) + "\n"


def _attachment_from_json(obj: object, path: str) -> AttachmentData:
    if not isinstance(obj, dict) or set(obj) != {"path", "sha256", "data"}:
        raise CodecError(f"{path}: expected an object with path, sha256 and data")
    for key in ("path", "sha256", "data"):
        if not isinstance(obj[key], str):
            raise CodecError(f"{path}.{key}: expected text, found {_short(obj[key])}")
    rel = obj["path"]
    if rel.startswith(("/", "\\")) or ".." in re.split(r"[/\\]", rel) or ":" in rel:
        raise CodecError(f"{path}.path: {rel!r} must be a path inside the store folder")
    return AttachmentData(rel, obj["data"], obj["sha256"])


def read_export(text: str) -> ExportFile:
    """Read and check an export file in full; nothing is written.

    Args:
        text: The file's text.

    Returns:
        The matter, its history and its attachments.

    Raises:
        CodecError: The file is truncated, changed after export, of another program or
            version, or a field is bad; the message says which.
    """
    doc = _parse_json(text, "file")
    if not isinstance(doc, dict):
        raise CodecError("this is not a meetconfer matter file (expected a JSON object)")
    if doc.get("format") == FORMAT:  # a bare matter document is accepted too
        return ExportFile(from_document(doc))
    _check_header(doc, EXPORT_FORMAT, "matter file")
    keys = {"format", "version", "matter", "history", "attachments", "checksum"}
    if set(doc) != keys:
        bad = sorted(set(doc) ^ keys)[0]
        raise CodecError(f"{bad}: {'unknown field' if bad in doc else 'missing'}")
    payload = {k: v for k, v in doc.items() if k != "checksum"}
    if doc["checksum"] != _checksum(payload):
        raise CodecError("the file was changed after it was exported (its checksum does not "
                         "match): export the matter again from the computer it came from")
    matter = matter_from_dict(doc["matter"])
    history, attachments = doc["history"], doc["attachments"]
    if not isinstance(history, list):
        raise CodecError("history: expected a list")
    if not isinstance(attachments, list):
        raise CodecError("attachments: expected a list")
    return ExportFile(
        matter,
        tuple(_history_from_json(h, f"history[{i}]") for i, h in enumerate(history)),
        tuple(_attachment_from_json(a, f"attachments[{i}]") for i, a in enumerate(attachments)))


def attachment_paths(matter: Matter) -> tuple[str, ...]:
    """Every attachment path the matter's contact log and sessions refer to, in order.

    Args:
        matter: The matter.

    Returns:
        The relative paths, each once.
    """
    seen: dict[str, None] = {}
    for c in matter.events.contacts:
        seen.update(dict.fromkeys(c.attachments))
    for s in matter.events.sessions:
        seen.update(dict.fromkeys(s.attachments))
    return tuple(seen)


def map_attachments(matter: Matter, rename: Callable[[str], str]) -> Matter:
    """The matter with every attachment path passed through ``rename``.

    Args:
        matter: The matter.
        rename: Old path to new path.

    Returns:
        The matter with its entries pointing at the new paths.
    """
    ev = matter.events
    contacts = tuple(dataclasses.replace(c, attachments=tuple(rename(a) for a in c.attachments))
                     for c in ev.contacts)
    sessions = tuple(dataclasses.replace(s, attachments=tuple(rename(a) for a in s.attachments))
                     for s in ev.sessions)
    return dataclasses.replace(matter, events=dataclasses.replace(
        ev, contacts=contacts, sessions=sessions))
