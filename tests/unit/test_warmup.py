"""The background warm-up of the modules dialogs need on first use (ui/warmup.py)."""

from __future__ import annotations

import sys

from meetconfer_gui.ui import warmup


def test_every_module_it_loads_exists():
    # They are pure Python (test_boundary.py keeps Qt out of importer/ and export/), so no
    # Qt class is created off the main thread.
    assert warmup.load() == []
    assert all(name in sys.modules for name in warmup.MODULES)


def test_a_missing_module_is_reported_not_raised():
    assert warmup.load(["meetconfer_gui.no_such_module", "json"]) == [
        "meetconfer_gui.no_such_module"]


def test_start_runs_once_per_process_on_a_daemon_thread(monkeypatch):
    monkeypatch.setattr(warmup, "_started", [])
    thread = warmup.start(["json"])
    assert thread is not None and thread.daemon and thread.name == "meetconfer-warmup"
    thread.join(10)
    assert not thread.is_alive()
    assert warmup.start(["json"]) is None
