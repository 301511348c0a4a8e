"""``meetconfer-gui``: the composition root. It builds the application, the store and the window.

Qt is imported only after the arguments are read, so ``--version`` and the "no display"
message need no Qt; dialogs, exports and the importer are imported by the window when used.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from meetconfer_gui import __version__

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication, QWidget

    from meetconfer_gui.domain.matter import Matter
    from meetconfer_gui.storage.base import Repository
    from meetconfer_gui.ui.main_window import MainWindow

EXIT_USAGE = 2
ORG, APP = "meetconfer", "meetconfer"
#: The desktop entry's name (packaging/linux/io.github.meetconfer.MeetConfer.desktop), so
#: Wayland and the taskbar match the window to its launcher and icon.
DESKTOP_FILE = "io.github.meetconfer.MeetConfer"
#: The offscreen screen a --screenshot renders on: a common laptop screen (1920x1080 at 96 dpi),
#: not Qt's default 800x800 square, which would narrow the dialogs (fit_to_screen keeps them on
#: the screen). A file shipped with the app, so a screenshot writes no temporary file.
SCREENSHOT_SCREEN = Path(__file__).resolve().parent / "data" / "screenshot-screen.json"
DIALOGS = ("welcome", "setup", "conference", "contact", "calendar", "matters", "import",
           "statement")
#: Set to print "painted <epoch> <cpu>" at the first paint and "loaded <epoch> <cpu>" once the
#: matter is shown, on stdout (bench/bench_startup.py); set to "stages" to print the stages
#: before the first paint too (bench/bench_package.py --stages).
PAINT_STAMP_ENV = "MEETCONFER_PAINT_STAMP"


def build_parser() -> argparse.ArgumentParser:
    """The window's options (../CLI.md, "The window")."""
    p = argparse.ArgumentParser(
        prog="meetconfer-gui",
        description="A court's meet-and-confer order as a checklist and a calendar. "
                    "It explains; it is not legal advice.")
    p.add_argument("--version", action="version", version=f"meetconfer-gui {__version__}")
    p.add_argument("--data-dir", metavar="DIR",
                   help="use the store in DIR (default: $MEETCONFER_DATA_DIR or the user's "
                        "data folder)")
    p.add_argument("--today", metavar="DATE", help="take DATE (YYYY-MM-DD) as today")
    p.add_argument("--screenshot", metavar="FILE.png",
                   help="render the window offscreen to FILE.png and exit")
    p.add_argument("--dark", action="store_true", help="use a dark palette")
    p.add_argument("--scale", type=float, metavar="FACTOR",
                   help="scale the interface (e.g. 1.5), as a high-DPI screen would")
    p.add_argument("--dialog", choices=DIALOGS,
                   help="with --screenshot: render this dialog over the window")
    p.add_argument("--quit-after-paint", action="store_true",
                   help="exit as soon as the window has painted with its matter "
                        "(offscreen; for benchmarks)")
    return p


def _fail(message: str) -> int:
    sys.stderr.write(f"meetconfer-gui: {message}\n")
    return EXIT_USAGE


def _has_display() -> bool:
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    platform: str = sys.platform
    if platform.startswith("linux") or "bsd" in platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _today(text: str | None) -> date:
    from meetconfer_gui.domain.dates import parse_iso_date

    if text:
        return parse_iso_date(text, "--today")
    return date.today()  # noqa: DTZ011 - the user's local date is what "today" means


def _os_user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "me"


def open_repo(data_dir: str | None, *, memory: bool = False) -> tuple[Repository, str, str]:
    """Open the store; returns (repository, a problem message or '', a label for it)."""
    from meetconfer_gui.storage.base import MemoryRepository

    if memory:
        return MemoryRepository(), "", "Sample in memory: changes are not kept"
    try:
        from meetconfer_gui.storage.recovery import open_store
    except ImportError:  # the SQLite store is not in this build
        return MemoryRepository(), "", "Store in memory: changes are not kept"
    repo, problem = open_store(data_dir)
    path = getattr(repo, "path", None)
    label = f"Store: {path}" if path else "Store in memory: changes are not kept"
    return repo, problem or "", label


def first_matter(repo: Repository, today: date, *, welcome: bool,
                 parent: QWidget | None = None) -> tuple[Matter, str]:
    """The matter to open and the user's name: the last one, or on first run the sample."""
    from meetconfer_gui.domain.obligations import Perspective
    from meetconfer_gui.storage.base import StoreError

    user = repo.setting("user_name") or _os_user()
    last = repo.setting("last_matter")
    if last:
        try:
            return repo.get(last), user
        except StoreError:
            pass
    listed = repo.list_matters()
    if listed:
        try:
            matter = repo.get(listed[0].id)
            _remember(repo, matter.id)
            return matter, user
        except StoreError:
            pass
    perspective, replay = Perspective.PLAINTIFF, False
    if welcome:
        import importlib

        try:
            welcome_mod = importlib.import_module("meetconfer_gui.ui.welcome_dialog")
        except ImportError:
            welcome_mod = None
        if welcome_mod is not None:
            choice = welcome_mod.WelcomeDialog.ask(parent, today)
            if choice is not None:
                perspective, replay = choice.perspective, choice.replay_today
                user = choice.user_name.strip() or user
    from meetconfer_gui.domain.sample import sample_matter

    matter = (sample_matter(perspective=perspective, order_date=today) if replay
              else sample_matter(perspective=perspective))
    if repo.read_only:
        return matter, user
    try:
        repo.set_setting("user_name", user)
        matter = repo.create(matter, user=user)
        _remember(repo, matter.id)
    except StoreError:
        pass
    return matter, user


def _remember(repo: Repository, matter_id: str) -> None:
    from meetconfer_gui.storage.base import StoreError

    try:
        if not repo.read_only:
            repo.set_setting("last_matter", matter_id)
    except StoreError:
        pass


def build_dialog(name: str, window: MainWindow) -> QWidget:
    """Construct (not exec) one dialog over the window, for --screenshot --dialog."""
    import importlib

    m, today = window.matter, window.today
    specs: dict[str, tuple[str, Callable[[Any], QWidget]]] = {
        "welcome": ("welcome_dialog", lambda mod: mod.WelcomeDialog(today, window)),
        "setup": ("setup_dialog", lambda mod: mod.MatterSetupDialog(m, window)),
        "conference": ("conference_dialog", lambda mod: mod.ConferenceDialog(m, today, window)),
        "contact": ("contact_dialog",
                    lambda mod: mod.ContactLogDialog(m, today, window.doc.user, window)),
        "calendar": ("calendar_dialog", lambda mod: mod.CourtCalendarDialog(m, today, window)),
        "matters": ("matters_dialog", lambda mod: mod.MattersDialog(window.repo, today, window)),
        "import": ("import_wizard", lambda mod: mod.ImportWizard(today, window)),
        "statement": ("statement_dialog", lambda mod: mod.StatementDialog(m, today, window)),
    }
    module, make = specs[name]
    full = f"meetconfer_gui.ui.{module}"
    try:
        mod = importlib.import_module(full)
    except ModuleNotFoundError as err:
        if err.name != full:
            raise
        raise LookupError(f"the {name} dialog is not available yet in this version") from None
    dialog: QWidget = make(mod)
    return dialog


def _composite(window: QWidget, dialog: QWidget | None) -> object:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QPainter, QPen

    shot = window.grab()
    if dialog is None:
        return shot
    over = dialog.grab()
    w_size, d_size = shot.deviceIndependentSize(), over.deviceIndependentSize()
    x = max(0.0, (w_size.width() - d_size.width()) / 2)
    y = max(0.0, (w_size.height() - d_size.height()) / 3)
    p = QPainter(shot)
    p.fillRect(QRectF(QPointF(0, 0), w_size), QColor(0, 0, 0, 70))
    p.drawPixmap(QPointF(x, y), over)
    p.setPen(QPen(QColor(0, 0, 0, 160), 1))
    p.drawRect(QRectF(x - 0.5, y - 0.5, d_size.width() + 1, d_size.height() + 1))
    p.end()
    return shot


def _watch_first_paint(app: QApplication, window: QWidget,
                       then: Callable[[], None]) -> object:
    """Call ``then`` once, right after the window's first paint."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class _FirstPaint(QObject):
        done = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if not self.done and event.type() == QEvent.Type.Paint:
                self.done = True
                _stamp("painted")
                QTimer.singleShot(0, then)
            return False

    watcher = _FirstPaint(app)
    window.installEventFilter(watcher)
    return watcher


#: Qt messages that say nothing to a user (offscreen has no window manager to tell).
_HARMLESS = ("This plugin does not support propagateSizeHints",
             "This plugin does not support raise",
             "This plugin does not support grabbing the keyboard")


def _install_message_filter() -> None:
    """Drop Qt's harmless offscreen chatter; pass every other message to stderr."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    def handler(mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
        if any(message.startswith(h) for h in _HARMLESS):
            return
        if mode == QtMsgType.QtDebugMsg:
            return
        sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the window; return the exit status."""
    args = build_parser().parse_args(argv)
    headless = bool(args.screenshot or args.quit_after_paint)
    if args.dialog and not args.screenshot:
        return _fail("--dialog needs --screenshot FILE.png")
    screen_config: str | None = None
    if args.screenshot:
        screen_config = _screen_config()
        os.environ["QT_QPA_PLATFORM"] = (f"offscreen:configfile={screen_config}"
                                         if screen_config else "offscreen")
    elif headless:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    elif not _has_display():
        return _fail("no display found (DISPLAY and WAYLAND_DISPLAY are unset): run it in a "
                     "desktop session, or use --screenshot FILE.png to render without one")
    if args.scale is not None:
        if not 0.5 <= args.scale <= 4:
            return _fail(f"--scale {args.scale} is out of range: use a factor from 0.5 to 4")
        os.environ["QT_SCALE_FACTOR"] = f"{args.scale:g}"
    try:
        today = _today(args.today)
    except ValueError as err:
        return _fail(str(err))

    _stamp("args", stage=True)
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    _stamp("qt-imported", stage=True)
    _install_message_filter()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "meetconfer-gui"])
    assert isinstance(app, QApplication)  # noqa: S101
    app.setOrganizationName(ORG)
    app.setApplicationName(APP)
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("meetconfer")
    app.setDesktopFileName(DESKTOP_FILE)
    from meetconfer_gui.ui import theme

    if args.dark:
        theme.apply_dark(app)
    else:
        theme.outline_if_dark(app)

    # A screenshot never touches the user's store or window state unless --data-dir says so.
    memory = headless and not args.data_dir
    _stamp("qapp", stage=True)
    from meetconfer_gui.ui.main_window import MainWindow

    # The window paints first; the store, the domain and the matter load right after.
    _stamp("window-imported", stage=True)
    settings = (QSettings(os.devnull, QSettings.Format.IniFormat) if headless
                else QSettings())
    window = MainWindow(None, None, today, settings=settings)
    _stamp("window-built", stage=True)
    opened: list[Repository] = []
    status = [0]

    def finish() -> None:
        if args.screenshot:
            status[0] = _screenshot(window, args.dialog, Path(args.screenshot))
        app.exit(status[0])

    def load() -> None:
        # Set once the window has painted: the window manager takes the new icon at once,
        # and the first paint does not wait for the icon's resources.
        app.setWindowIcon(theme.app_icon())
        repo, problem, label = open_repo(args.data_dir, memory=memory)
        opened.append(repo)
        matter, user = first_matter(repo, today, welcome=not headless, parent=window)
        window.load(repo, matter, user=user, store_label=label)
        if headless:
            window.repaint()  # the matter as it first shows, painted
            _stamp("loaded")
            # A screenshot waits for the work done right after (the order's words
            # highlighted); a benchmark stops at once.
            QTimer.singleShot(250 if args.screenshot else 0, finish)
        else:
            from meetconfer_gui.ui import warmup

            # A second after the matter shows, the importer and the writers load on a
            # background thread, so the first import or export opens at once.
            QTimer.singleShot(1000, warmup.start)
            if problem:
                from PySide6.QtWidgets import QMessageBox

                window.statusBar().showMessage(problem)
                QMessageBox.warning(window, "The store", problem)

    from PySide6.QtCore import QTimer

    watcher = _watch_first_paint(app, window, load)
    window.show()
    try:
        code = int(app.exec())
    finally:
        del watcher
        for repo in opened:
            repo.close()
    return status[0] or code


def _screen_config() -> str | None:
    """The offscreen screen's configuration file as the platform argument names it.

    None if it is missing from this build, or if its path would hold a ':' (Qt splits the
    platform's arguments at colons): on Windows the path is given relative to the current
    folder when it can be, since "C:" would end the argument.
    """
    if not SCREENSHOT_SCREEN.is_file():
        return None
    path = str(SCREENSHOT_SCREEN)
    if ":" in path:
        try:
            path = os.path.relpath(path)
        except ValueError:  # another drive than the current folder's
            return None
    return None if ":" in path else path


def _stamp(what: str, *, stage: bool = False) -> None:
    """Print "<what> <epoch seconds> <CPU seconds>" when a benchmark asks for it.

    Stages on the way to the first paint (arguments read, Qt imported, application made,
    window module imported, window built) only when the variable is "stages".
    """
    asked = os.environ.get(PAINT_STAMP_ENV)
    if asked and (not stage or asked == "stages"):
        sys.stdout.write(f"{what} {time.time():.6f} {time.process_time():.6f}\n")
        sys.stdout.flush()


def _screenshot(window: MainWindow, dialog_name: str | None, path: Path) -> int:
    from PySide6.QtWidgets import QApplication

    dialog = None
    if dialog_name:
        try:
            dialog = build_dialog(dialog_name, window)
        except LookupError as err:
            return _fail(str(err))
        dialog.show()
        QApplication.processEvents()
    shot = _composite(window, dialog)
    if dialog is not None:
        dialog.close()
    path.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(path)):  # type: ignore[attr-defined]
        return _fail(f"could not write {path}: check the folder exists and is writable")
    return 0


if __name__ == "__main__":
    sys.exit(main())
