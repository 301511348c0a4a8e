"""The matter codec: exact round trips, and strict refusal of bad documents and files."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

from meetconfer_gui.domain.matter import Completion, ContactAttempt, ContactMethod, ContactOutcome
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage import codec
from meetconfer_gui.storage.base import HistoryEntry, StoreError
from tests.unit.storage.strategies import matters

FAST = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


@FAST
@given(matters())
def test_document_round_trip_is_exact(matter):
    text = codec.dumps(matter)
    back = codec.loads(text)
    assert back == matter
    assert codec.dumps(back) == text  # the encoding is stable too


@FAST
@given(matters())
def test_export_file_round_trip_keeps_history(matter):
    history = (HistoryEntry(datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "ana", "tick",
                            "contact", "ticked"),
               HistoryEntry(datetime(2026, 1, 3, 3, 4, 5, 123, tzinfo=UTC), "ben", "edit",
                            None, ""))
    read = codec.read_export(codec.export_text(codec.ExportFile(matter, history)))
    assert read.matter == matter
    assert [(h.at, h.user, h.action, h.obligation, h.detail) for h in read.history] == \
        [(h.at, h.user, h.action, h.obligation, h.detail) for h in history]


def test_document_shape_is_versioned_with_enums_by_value_and_iso_dates():
    m = sample_matter().with_completion(Completion("contact", date(2017, 10, 10), "ana"))
    doc = json.loads(codec.dumps(m))
    assert doc["format"] == "meetconfer-matter"
    assert doc["version"] == 1
    assert doc["matter"]["order"]["signed"] == "2017-10-04"
    assert doc["matter"]["perspective"] == "plaintiff"
    assert doc["matter"]["completions"] == [
        {"obligation_id": "contact", "on": "2017-10-10", "by": "ana", "note": ""}]
    assert doc["matter"]["obligations"][0]["who"] == "defense counsel"
    assert "closed_days" not in doc["matter"]["choices"]  # derived, not stored


def _doc() -> dict[str, Any]:
    m = sample_matter().with_contact(ContactAttempt(
        "c1", date(2017, 10, 9), ContactMethod.TELEPHONE, "ana", ContactOutcome.REACHED))
    doc: dict[str, Any] = json.loads(codec.dumps(m))
    return doc


def _set(path: str, value: object):
    def change(doc: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        node: Any = doc
        for key in parents:
            node = node[int(key)] if key.isdigit() else node[key]
        if value is KeyError:
            del node[last]
        else:
            node[int(last) if last.isdigit() else last] = value
    return change


BAD = [
    # (change, words the message must contain)
    (_set("format", "something-else"), "not a meetconfer matter"),
    (_set("version", 2), "newer version"),
    (_set("version", "1"), "version"),
    (_set("matter.name", KeyError), "matter.name: missing"),
    (_set("matter.name", 5), "matter.name: expected text"),
    (_set("matter.archived", 0), "matter.archived: expected true or false"),
    (_set("matter.due_soon_days", "7"), "matter.due_soon_days: expected a whole number"),
    (_set("matter.due_soon_days", 500), "'due soon' must be between 0 and 90"),
    (_set("matter.perspective", "judge"), "matter.perspective: 'judge' is not one of"),
    (_set("matter.order.signed", "2017-02-30"), "matter.order.signed: '2017-02-30' is not a real"),
    (_set("matter.order.signed", "20171004"), "matter.order.signed: expected a date"),
    (_set("matter.events.contacts.0.method", "pigeon"), "matter.events.contacts[0].method"),
    (_set("matter.events.contacts.0.surprise", 1), "matter.events.contacts[0].surprise: unknown"),
    (_set("matter.obligations.2.quotes.0.lines", [1, 2, 3]),
     "matter.obligations[2].quotes[0].lines: expected a list of 2"),
    (_set("matter.district_code", "zzzz"), "matter:"),
    (_set("matter.choices.counted", ["2017-01-01", "2017-01-01"]), "listed twice"),
    (_set("matter.notes", [["contact"]]), "matter.notes[0]: expected a list of 2"),
    (_set("extra", True), "extra: unknown field"),
]


@pytest.mark.parametrize(("change", "words"), BAD)
def test_bad_documents_are_refused_naming_the_field(change, words):
    doc = _doc()
    change(doc)
    with pytest.raises(StoreError) as info:
        codec.loads(json.dumps(doc))
    assert words in str(info.value)


def test_missing_field_with_a_default_takes_it():
    doc = _doc()
    del doc["matter"]["hearing"], doc["matter"]["not_applicable"]
    m = codec.loads(json.dumps(doc))
    assert m.hearing is None and m.not_applicable == ()


def test_truncated_and_tampered_export_files_are_refused():
    text = codec.export_text(codec.ExportFile(sample_matter()))
    for cut in (10, len(text) // 2, len(text) - 3):
        with pytest.raises(StoreError, match=r"truncated|checksum|missing"):
            codec.read_export(text[:cut])
    tampered = text.replace('"Barbara A. McAuliffe"', '"Someone Else"')
    assert tampered != text
    with pytest.raises(StoreError, match="changed after it was exported"):
        codec.read_export(tampered)
    with pytest.raises(StoreError, match="not a meetconfer matter"):
        codec.read_export('{"hello": 1}')
    with pytest.raises(StoreError, match="not complete JSON"):
        codec.read_export("")


def test_attachment_paths_must_stay_inside_the_store():
    doc = json.loads(codec.export_text(codec.ExportFile(sample_matter())))
    doc["attachments"] = [{"path": "../../etc/passwd", "sha256": "x", "data": ""}]
    payload = {k: v for k, v in doc.items() if k != "checksum"}
    doc["checksum"] = codec._checksum(payload)
    with pytest.raises(StoreError, match="inside the store folder"):
        codec.read_export(json.dumps(doc))
