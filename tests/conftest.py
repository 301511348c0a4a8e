"""Shared test set-up: offscreen Qt, and the ``gui`` mark on every test that uses Qt."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

_QT_FIXTURES = {"qapp", "qtbot", "qtmodeltester"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Mark ``gui`` every test that asks for a Qt fixture (qutebrowser's trick, widened)."""
    for item in items:
        names = set(getattr(item, "fixturenames", ()))
        if names & _QT_FIXTURES or "tests/gui/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
