"""A bare PySide6 window: the yardstick for the packaged app's size and start-up (issue 8).

A ``QMainWindow`` with a ``QCalendarWidget`` and a 10-item list, nothing else. ``bench/
bench_package.py`` freezes it exactly as the app is frozen (``packaging/meetconfer.spec
-- --baseline``) and compares folder size and time to a painted window. Until
``meetconfer_gui/app.py`` exists, ``packaging/build.py --stand-in`` also builds it in place
of the window so the build and the smoke test can be exercised.

Options (the subset of ``meetconfer-gui``'s that the bench and the smoke test use):
    --screenshot FILE.png   render offscreen, save the window after its first paint, exit 0
    --quit-after-paint      exit 0 right after the first paint (offscreen), save nothing
    --data-dir DIR          accepted and ignored (the stand-in keeps no store)
    --today DATE            accepted and ignored
    --version               print the version and exit

With ``MEETCONFER_PAINT_STAMP`` set it prints ``painted <epoch seconds> <CPU seconds>`` at the
first paint,
as ``meetconfer-gui`` does, so the bench can time spawn-to-paint on both.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Sequence

VERSION = "baseline"
PAINT_STAMP_ENV = "MEETCONFER_PAINT_STAMP"


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="baseline-window", description=__doc__.splitlines()[0])
    parser.add_argument("--screenshot", metavar="FILE.png")
    parser.add_argument("--quit-after-paint", action="store_true")
    parser.add_argument("--data-dir", metavar="DIR")
    parser.add_argument("--today", metavar="DATE")
    parser.add_argument("--version", action="version", version=f"%(prog)s {VERSION}")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Show the window; with --screenshot or --quit-after-paint, exit after the first paint."""
    args = _parse(argv)
    headless = bool(args.screenshot or args.quit_after_paint)
    if headless:
        # Chosen before the QApplication exists, as meetconfer-gui --screenshot does.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import (
        QApplication,
        QCalendarWidget,
        QHBoxLayout,
        QListWidget,
        QMainWindow,
        QWidget,
    )

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline window")
    central = QWidget()
    layout = QHBoxLayout(central)
    layout.addWidget(QCalendarWidget())
    items = QListWidget()
    items.addItems([f"Item {n}" for n in range(1, 11)])
    layout.addWidget(items)
    window.setCentralWidget(central)
    window.resize(800, 500)

    class _FirstPaint(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                if os.environ.get(PAINT_STAMP_ENV):
                    print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
                QTimer.singleShot(0, finish)
            return False

    def finish() -> None:
        if args.screenshot and not window.grab().save(args.screenshot):
            print(f"baseline-window: could not write {args.screenshot}", file=sys.stderr)
            app.exit(1)
            return
        app.exit(0)

    watcher = _FirstPaint()
    if headless:
        window.installEventFilter(watcher)
    window.show()
    return int(app.exec())


if __name__ == "__main__":
    sys.exit(main())
