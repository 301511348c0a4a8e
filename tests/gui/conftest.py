"""Fixtures for the main window's tests: a SQLite store in tmp_path, window state in INI."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QSettings

from meetconfer_gui.domain.matter import Matter
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.storage.base import Repository
from meetconfer_gui.ui.main_window import MainWindow

WINDOW_TODAY = date(2017, 10, 20)
USER = "Pat Tester"


def open_store(path) -> Repository:
    """The SQLite store in ``path`` (MemoryRepository only if the store is not in this build)."""
    try:
        from meetconfer_gui.storage.repository import open_repository
    except ImportError:  # pragma: no cover - the store landed with issue 5
        from meetconfer_gui.storage.base import MemoryRepository

        return MemoryRepository()
    return open_repository(path)


@pytest.fixture
def store_dir(tmp_path):
    return tmp_path / "store"


@pytest.fixture
def repo(store_dir) -> Iterator[Repository]:
    r = open_store(store_dir)
    yield r
    r.close()


@pytest.fixture
def window_settings(tmp_path) -> QSettings:
    return QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def sample(repo):
    return repo.create(sample_matter(), user=USER)


@pytest.fixture
def make_window(qtbot, repo, window_settings) -> Callable[..., MainWindow]:
    def make(matter: Matter | None = None, *, repository: Repository | None = None,
             perspective: Perspective = Perspective.PLAINTIFF,
             today: date = WINDOW_TODAY) -> MainWindow:
        r = repository if repository is not None else repo
        if matter is None:
            matter = r.create(sample_matter(perspective=perspective), user=USER)
        w = MainWindow(r, matter, today, settings=window_settings, user=USER,
                       store_label="Store: test")
        qtbot.addWidget(w)
        w.show()
        qtbot.waitExposed(w)
        return w

    return make
