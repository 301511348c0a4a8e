"""Benchmark the packaged app against a bare PySide6 window frozen the same way (issue 8).

The baseline is ``packaging/baseline_window.py`` (a ``QMainWindow`` with a ``QCalendarWidget``
and a 10-item list) built one-folder by ``packaging/meetconfer.spec -- --baseline``: the same
PyInstaller, excludes, Qt pruning and stripping as the app. Both folders are reused from
``dist/`` when present, else built (the app only if ``meetconfer_gui/app.py`` exists).

Reports, each as a ratio app / baseline from the same run:

- size: bytes of the one-folder app (``dist/meetconfer/``, both executables) over the
  baseline's folder; budget 1.3x;
- time to a painted window: from spawn to the first paint of ``meetconfer-gui --screenshot``
  (offscreen) over the same for ``baseline-window --screenshot``, each taken from the
  ``painted <epoch seconds>`` line both print when MEETCONFER_PAINT_STAMP is set; median of
  alternating runs on a store made by a first, untimed run; budget 1.3x. The time to exit
  (after writing the PNG) is printed too.

Skips with a message and exit status 0 when PyInstaller is not installed or a build cannot be
made. Usage: ``python bench/bench_package.py [--runs N] [--rebuild] [--strict]``; ``--strict``
exits 1 when a budget is exceeded.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
SPEC = ROOT / "packaging" / "meetconfer.spec"
EXE = ".exe" if sys.platform == "win32" else ""
APP_DIR = DIST / "meetconfer"
APP_GUI = APP_DIR / f"meetconfer-gui{EXE}"
BASE_DIR = DIST / "baseline"
BASE_GUI = BASE_DIR / f"baseline-window{EXE}"
SIZE_BUDGET = 1.3
TIME_BUDGET = 1.3
TODAY = "2017-10-10"
PAINT_STAMP_ENV = "MEETCONFER_PAINT_STAMP"


def folder_size(path: Path) -> int:
    """Bytes in the files under path; symlinks not followed."""
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build_baseline() -> str | None:
    """Build dist/baseline/; return why it failed, or None."""
    cmd = [sys.executable, "-m", "PyInstaller", str(SPEC), "--noconfirm", "--distpath",
           str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller-baseline"),
           "--log-level", "WARN", "--", "--baseline"]
    print("bench_package: building the baseline window (about 20 s)...", flush=True)
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=False)
    if proc.returncode != 0 or not BASE_GUI.is_file():
        return "PyInstaller failed on the baseline: " + proc.stderr.strip()[-300:]
    return None


def build_app() -> str | None:
    """Build dist/meetconfer/ with packaging/build.py; return why it could not, or None."""
    if not (ROOT / "meetconfer_gui" / "app.py").is_file():
        return "meetconfer_gui/app.py does not exist yet and dist/meetconfer/ is not built"
    print("bench_package: building the app (a few minutes)...", flush=True)
    proc = subprocess.run([sys.executable, str(ROOT / "packaging" / "build.py"), "--no-test",
                           "--no-onefile"], cwd=ROOT, capture_output=True, text=True,
                          check=False)
    if proc.returncode != 0 or not APP_GUI.is_file():
        return "packaging/build.py failed: " + proc.stderr.strip()[-300:]
    return None


def time_to_paint(exe: Path, store: Path, out: Path) -> tuple[float, float, dict[str, float]]:
    """Seconds from spawn to first paint and to exit of ``exe --screenshot``, and the stages.

    The first paint is the ``painted <epoch seconds>`` line both programs print when
    MEETCONFER_PAINT_STAMP is set; without it (an older build), the exit time is used for both.
    The app also prints the stages on the way (``args``, ``qt-imported``, ... ``loaded``),
    returned as seconds from spawn by name. Raises RuntimeError if the program fails.
    """
    cmd = [str(exe), "--screenshot", str(out), "--today", TODAY, "--data-dir", str(store)]
    env = {**os.environ, PAINT_STAMP_ENV: "stages"}
    env.pop("QT_QPA_PLATFORM", None)  # both choose offscreen themselves for --screenshot
    spawned = time.time()
    started = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False, timeout=120,
                          env=env)
    to_exit = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"{exe.name} --screenshot: exit {proc.returncode}: "
                           f"{proc.stderr.strip()[-300:]}")
    stages: dict[str, float] = {}
    for line in proc.stdout.splitlines():
        parts = line.split()
        try:
            if len(parts) >= 2:
                stages.setdefault(parts[0], float(parts[1]) - spawned)
            if len(parts) >= 3:  # CPU seconds of the process at that point
                stages.setdefault(f"{parts[0]}-cpu", float(parts[2]))
        except ValueError:
            continue
    to_paint = stages.get("painted", to_exit)
    return to_paint, to_exit, stages


def verdict(ratio: float, budget: float) -> str:
    """'within budget' or 'OVER BUDGET'."""
    return "within budget" if ratio <= budget else "OVER BUDGET"


def main(argv: list[str] | None = None) -> int:
    """Build or reuse both folders, measure, print the two ratios."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="timed runs of each (default 15)")
    parser.add_argument("--rebuild", action="store_true", help="rebuild the baseline")
    parser.add_argument("--strict", action="store_true", help="exit 1 when over a budget")
    args = parser.parse_args([] if argv is None else argv)

    if importlib.util.find_spec("PyInstaller") is None and not (
            APP_GUI.is_file() and BASE_GUI.is_file() and not args.rebuild):
        print("bench_package: skipped: PyInstaller is not installed "
              "(install it with: pip install -e '.[package]')")
        return 0
    if (args.rebuild or not BASE_GUI.is_file()) and (why := build_baseline()):
        print(f"bench_package: skipped: {why}")
        return 0
    if not APP_GUI.is_file() and (why := build_app()):
        print(f"bench_package: skipped: {why}")
        return 0

    info_file = DIST / "BUILD-INFO.json"
    info = json.loads(info_file.read_text(encoding="utf-8")) if info_file.is_file() else {}
    label = "app"
    if info.get("stand_in"):
        label = "STAND-IN app (dist/meetconfer holds packaging/baseline_window.py as its window)"
        print(f"bench_package: note: {label}; rebuild with packaging/build.py for real ratios")

    app_bytes, base_bytes = folder_size(APP_DIR), folder_size(BASE_DIR)
    size_ratio = app_bytes / base_bytes
    print(f"package size: {size_ratio:.2f}x baseline (one-folder app {app_bytes / 1e6:.1f} MB, "
          f"bare window {base_bytes / 1e6:.1f} MB; budget {SIZE_BUDGET}x: "
          f"{verdict(size_ratio, SIZE_BUDGET)})")

    with tempfile.TemporaryDirectory(prefix="meetconfer-bench-") as name:
        tmp = Path(name)
        app: list[tuple[float, float, dict[str, float]]] = []
        base: list[tuple[float, float, dict[str, float]]] = []
        try:
            # The first run of each makes the store and warms the disk cache: not timed.
            time_to_paint(APP_GUI, tmp / "app-store", tmp / "app.png")
            time_to_paint(BASE_GUI, tmp / "base-store", tmp / "base.png")
            for _ in range(max(1, args.runs)):  # alternate, so load changes hit both alike
                app.append(time_to_paint(APP_GUI, tmp / "app-store", tmp / "app.png"))
                base.append(time_to_paint(BASE_GUI, tmp / "base-store", tmp / "base.png"))
        except (RuntimeError, OSError, subprocess.TimeoutExpired) as err:
            print(f"bench_package: skipped the start-up measurement: {err}")
            return 0
    app_paint = statistics.median(t[0] for t in app) * 1000
    base_paint = statistics.median(t[0] for t in base) * 1000
    app_exit = statistics.median(t[1] for t in app) * 1000
    base_exit = statistics.median(t[1] for t in base) * 1000
    time_ratio = app_paint / base_paint
    print(f"package start-up: {time_ratio:.2f}x baseline (spawn to first paint, median of "
          f"{len(app)}: app {app_paint:.0f} ms, bare window {base_paint:.0f} ms; budget "
          f"{TIME_BUDGET}x: {verdict(time_ratio, TIME_BUDGET)})")
    cpu = [statistics.median(t[2]["painted-cpu"] for t in runs) * 1000 if all(
        "painted-cpu" in t[2] for t in runs) else 0.0 for runs in (app, base)]
    if cpu[0] and cpu[1]:
        print(f"package start-up, CPU time to first paint: {cpu[0] / cpu[1]:.2f}x baseline "
              f"(app {cpu[0]:.0f} ms, bare window {cpu[1]:.0f} ms; less affected by a busy "
              "machine than the wall-clock ratio above, for information)")
    print(f"package start-up to exit after --screenshot: {app_exit / base_exit:.2f}x baseline "
          f"(app {app_exit:.0f} ms, bare window {base_exit:.0f} ms; for information)")
    names = [name for name in app[0][2]
             if not name.endswith("-cpu") and all(name in t[2] for t in app)]
    if names:
        print("package start-up stages of the app (ms from spawn, medians): " + ", ".join(
            f"{name} {statistics.median(t[2][name] for t in app) * 1000:.0f}"
            for name in names))
    over = size_ratio > SIZE_BUDGET or time_ratio > TIME_BUDGET
    return 1 if over and args.strict else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
