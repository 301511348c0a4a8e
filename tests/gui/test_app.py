"""``meetconfer-gui`` as a program: screenshots, no display, options, the first run."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date

import pytest
from PySide6.QtGui import QImage

from meetconfer_gui import __version__
from meetconfer_gui.app import build_parser, first_matter
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.domain.sample import SAMPLE_ORDER_DATE
from meetconfer_gui.storage.base import MemoryRepository


def run_gui(*args: str, env: dict[str, str] | None = None, timeout: float = 60):
    base = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM",)}
    base.update(env or {})
    return subprocess.run([sys.executable, "-m", "meetconfer_gui", *args], env=base,
                          capture_output=True, text=True, timeout=timeout, check=False)


@pytest.mark.slow
def test_screenshot_writes_a_png(tmp_path):
    out = tmp_path / "shot.png"
    result = run_gui("--screenshot", str(out), "--today", "2017-10-20",
                     "--data-dir", str(tmp_path / "store"))
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 880)
    assert (tmp_path / "store").is_dir()  # the sample was created in the given store


@pytest.mark.slow
def test_screenshot_dark_scaled_with_a_dialog(tmp_path):
    out = tmp_path / "shot.png"
    result = run_gui("--screenshot", str(out), "--today", "2017-10-20", "--dark",
                     "--scale", "1.5", "--dialog", "conference")
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    # The 1920x1080 screenshot screen at 150% is 1280x720: the window fits it (default_size).
    assert (image.width(), image.height()) == (1896, 1008)
    assert image.pixelColor(5, image.height() // 2).lightness() < 100  # dark, and dimmed


@pytest.mark.slow
def test_no_display_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "meetconfer_gui", "--data-dir",
                             str(tmp_path)], env=env, capture_output=True, text=True,
                            timeout=60, check=False)
    if sys.platform.startswith("linux"):
        assert result.returncode == 2
        assert result.stderr.count("\n") == 1 and "no display" in result.stderr


def test_version_and_bad_options(tmp_path):
    assert run_gui("--version").stdout.strip() == f"meetconfer-gui {__version__}"
    bad = run_gui("--screenshot", str(tmp_path / "x.png"), "--today", "2017-13-01")
    assert bad.returncode == 2 and bad.stderr.count("\n") == 1 and "--today" in bad.stderr
    assert run_gui("--dialog", "conference").returncode == 2
    args = build_parser().parse_args(["--screenshot", "x.png", "--dialog", "welcome"])
    assert args.dialog == "welcome"


def test_first_run_creates_the_sample_then_reopens_it(qtbot):
    repo = MemoryRepository()
    matter, user = first_matter(repo, date(2017, 10, 20), welcome=False)
    assert matter.order.signed == SAMPLE_ORDER_DATE
    assert repo.setting("last_matter") == matter.id
    assert repo.setting("user_name") == user
    again, _ = first_matter(repo, date(2017, 10, 21), welcome=False)
    assert again.id == matter.id and len(repo.list_matters()) == 1


def test_first_run_welcome_closed_keeps_the_defaults(qtbot):
    from meetconfer_gui.ui.welcome_dialog import WelcomeDialog
    from tests.gui.dialog_support import run_modal

    def answer(dlg) -> None:
        assert isinstance(dlg, WelcomeDialog)
        dlg.done(0)  # closing the welcome keeps the defaults

    errors = run_modal(answer)
    repo = MemoryRepository()
    matter, _ = first_matter(repo, date(2026, 3, 2), welcome=True)
    assert not errors
    assert matter.perspective is Perspective.PLAINTIFF
    assert matter.order.signed == SAMPLE_ORDER_DATE


@pytest.mark.slow
def test_later_runs_reopen_the_last_matter(tmp_path):
    from meetconfer_gui.storage.repository import open_repository

    store = tmp_path / "store"
    for _ in range(2):
        result = run_gui("--quit-after-paint", "--today", "2017-10-20", "--data-dir", str(store))
        assert result.returncode == 0, result.stderr
        assert result.stdout == "" and result.stderr == ""
    repo = open_repository(store)
    try:
        matters = repo.list_matters()
        assert len(matters) == 1
        assert repo.setting("last_matter") == matters[0].id
    finally:
        repo.close()
    stamped = run_gui("--quit-after-paint", "--data-dir", str(store),
                      env={"MEETCONFER_PAINT_STAMP": "1"})
    assert stamped.stdout.startswith("painted ")


def _pyside_drops_none() -> bool:
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(1000):
        label.update()
    return sys.getrefcount(None) < before - 500


def test_pyside_keeps_references_to_none(qapp):
    """PySide6-Essentials 6.12.0 on Python 3.11 drops a reference to None on every call that
    returns nothing, so a long session aborts ('none_dealloc'): pyproject pins <6.12."""
    assert not _pyside_drops_none()
