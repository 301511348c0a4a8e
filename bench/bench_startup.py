"""Start-up: time from spawning the process to the first paint of the window, offscreen.

Compares ``meetconfer-gui`` (reopening the last matter of a store, as every run after the
first does) with a bare PySide6 window (a QMainWindow with a QCalendarWidget and a 10-item
list). Both run in fresh processes with the same mechanism: the child prints
``painted <epoch seconds> <CPU seconds>`` from an event filter on its window's first Paint
event; the parent subtracts the time it spawned the child. Issue 4 asks for a ratio of at
most 1.5.

The window paints first and loads the store, the domain and the matter right after, so it
also prints ``loaded ...`` once the matter has been painted: that second ratio (the checklist
on screen) is reported beside the first, so neither hides the other.

Usage: ``python bench/bench_startup.py [RUNS]`` (default 11 runs each, interleaved).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIMIT = 1.5

BASELINE = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (QApplication, QCalendarWidget, QHBoxLayout, QListWidget,
                               QMainWindow, QWidget)
app = QApplication(sys.argv[:1])
window = QMainWindow()
central = QWidget()
layout = QHBoxLayout(central)
layout.addWidget(QCalendarWidget())
items = QListWidget()
items.addItems([f"Item {n}" for n in range(1, 11)])
layout.addWidget(items)
window.setCentralWidget(central)
window.resize(800, 500)

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, app.quit)
        return False

watcher = FirstPaint()
window.installEventFilter(watcher)
window.show()
app.exec()
"""


_PYCACHE = tempfile.mkdtemp(prefix="meetconfer-bench-pyc-")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    # As installed: byte-code cached (in a temporary folder, so the tree stays clean).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = _PYCACHE
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["MEETCONFER_PAINT_STAMP"] = "1"
    env.pop("QT_SCALE_FACTOR", None)
    return env


def time_to_paint(cmd: list[str], what: str = "painted") -> tuple[float, float]:
    """Seconds from spawning ``cmd`` to its stamp ``what``, and the CPU seconds used by then."""
    return time_to_stamps(cmd)[what]


def time_to_stamps(cmd: list[str]) -> dict[str, tuple[float, float]]:
    """Each stamp the child prints: seconds from spawning it, and its CPU seconds by then."""
    start = time.time()
    out = subprocess.run(cmd, capture_output=True, text=True, env=_env(), cwd=ROOT,
                         timeout=120, check=False)
    stamps = {}
    for line in out.stdout.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[0] in ("painted", "loaded"):
            stamps[parts[0]] = (float(parts[1]) - start, float(parts[2]))
    if out.returncode != 0 or "painted" not in stamps:
        raise RuntimeError(f"{cmd[1:3]} failed ({out.returncode}): {out.stderr.strip()[-400:]}")
    stamps.setdefault("loaded", stamps["painted"])
    return stamps


def main(argv: list[str] | None = None) -> int:
    """Measure both, interleaved, and print the median ratio."""
    args = argv or []  # run_all.py calls main() with its own command line left alone
    runs = int(args[0]) if args and args[0].isdigit() else 11
    with tempfile.TemporaryDirectory() as store:
        time_to_paint([sys.executable, "-c", BASELINE])  # writes the byte-code caches
        app = [sys.executable, "-m", "meetconfer_gui", "--quit-after-paint",
               "--today", "2017-10-20", "--data-dir", store]
        base = [sys.executable, "-c", BASELINE]
        time_to_stamps(app)  # the first run creates the sample matter; later runs reopen it
        time_to_stamps(base)  # warm the file cache for both
        app_runs, base_times = [], []
        for _ in range(runs):
            base_times.append(time_to_paint(base))
            app_runs.append(time_to_stamps(app))
    shutil.rmtree(_PYCACHE, ignore_errors=True)

    def med(values: list[tuple[float, float]], part: int) -> float:
        return statistics.median(v[part] for v in values) * 1000

    base_ms, base_cpu = med(base_times, 0), med(base_times, 1)
    painted = [r["painted"] for r in app_runs]
    loaded = [r["loaded"] for r in app_runs]
    ratio = med(painted, 0) / base_ms
    verdict = "ok" if ratio <= LIMIT else f"over the {LIMIT}x limit"
    print(f"startup: meetconfer-gui paints in {med(painted, 0):.0f} ms, bare window "
          f"{base_ms:.0f} ms (medians of {runs}); ratio {ratio:.2f}x baseline ({verdict}); "
          f"CPU {med(painted, 1) / base_cpu:.2f}x")
    print(f"startup: the matter's checklist is painted at {med(loaded, 0):.0f} ms: "
          f"{med(loaded, 0) / base_ms:.2f}x baseline (CPU {med(loaded, 1) / base_cpu:.2f}x)")
    return 0  # a measurement, not a gate: a busy machine moves it; the verdict is printed


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
