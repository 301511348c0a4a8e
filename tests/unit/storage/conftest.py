"""Fixtures for the store's tests: a store folder in tmp_path and a ticking clock."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from meetconfer_gui.storage.repository import SqliteRepository, open_repository


class TickingClock:
    """Each call is one second after the last, so history order is plain to see."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "store"


@pytest.fixture
def clock() -> TickingClock:
    return TickingClock()


@pytest.fixture
def repo(data_dir: Path, clock: TickingClock) -> Iterator[SqliteRepository]:
    r = open_repository(data_dir, clock=clock)
    yield r
    r.close()
