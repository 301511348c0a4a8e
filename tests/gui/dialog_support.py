"""Checks the dialog tests share, and the dialogs as the screenshots show them.

Run as a script to save screenshots (the docs/dialog-*.png files) on an offscreen
1920x1080 screen::

    python -m tests.gui.dialog_support --save docs [--dark] [NAME...]

or, with ``--check``, to build each dialog and exit non-zero if a label, button or field is
narrower than it needs (the 150% scale test runs it under ``QT_SCALE_FACTOR=1.5``).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLabel,
    QWidget,
)

from meetconfer_gui.domain.calendars import Closure
from meetconfer_gui.domain.matter import (
    ConferenceMethod,
    ConferenceSession,
    ContactAttempt,
    ContactMethod,
    ContactOutcome,
    DiscoveryRequest,
    Matter,
    Resolution,
    ResolutionStatus,
)
from meetconfer_gui.domain.sample import sample_matter

TODAY = date(2017, 10, 30)


# --- checks ---------------------------------------------------------------------------------
def focusable(dialog: QWidget) -> list[QWidget]:
    """Every control a user can Tab to (the parts inside spin boxes and combos left out)."""
    out = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog) or not w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        parent = w.parentWidget()
        if isinstance(parent, QAbstractSpinBox | QComboBox):
            continue  # the line edit inside a spin box or an editable combo
        if isinstance(parent, QAbstractItemView) or (
                parent is not None and isinstance(parent.parentWidget(), QAbstractItemView)):
            continue  # a view's own viewport or header
        out.append(w)
    return out


def assert_accessible(dialog: QWidget) -> None:
    """Assert every focusable control has an accessible name (or a button's text)."""
    nameless = []
    for w in focusable(dialog):
        if w.accessibleName().strip():
            continue
        if isinstance(w, QAbstractButton) and w.text().replace("&", "").strip():
            continue
        nameless.append(f"{type(w).__name__} {w.objectName()!r}")
    assert not nameless, f"controls without an accessible name: {nameless}"


def assert_buddies(dialog: QWidget) -> None:
    """Assert every field label with a mnemonic ('&Date:') has a buddy."""
    missing = [lbl.text() for lbl in dialog.findChildren(QLabel)
               if "&" in lbl.text() and lbl.buddy() is None]
    assert not missing, f"labels without a buddy: {missing}"


def clipped(dialog: QWidget) -> list[str]:
    """Labels, buttons and fields narrower than their minimum size hint, in words."""
    out = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        if isinstance(w, QLabel) and w.wordWrap():
            # A wrapped label needs the height its text takes at its width.
            if w.heightForWidth(w.width()) > w.height() + 1:
                out.append(f"wrapped label {w.text()[:40]!r} too short")
            continue
        if isinstance(w, QLabel | QAbstractButton | QComboBox | QAbstractSpinBox):
            need = w.minimumSizeHint()
            if w.width() + 1 < need.width() or w.height() + 1 < need.height():
                text = w.text() if isinstance(w, QLabel | QAbstractButton) else ""
                out.append(f"{type(w).__name__} {text[:40]!r} is {w.size().toTuple()}, "
                           f"needs {need.toTuple()}")
    return out


def assert_tab_reaches(dialog: QWidget, widgets: list[QWidget]) -> None:
    """Assert pressing Tab from the first control visits each of ``widgets``."""
    start = focusable(dialog)[0]
    seen = [start]
    w: QWidget | None = start
    for _ in range(200):
        assert w is not None
        w = w.nextInFocusChain()
        if w is start:
            break
        if w is not None:
            seen.append(w)
    for target in widgets:
        assert target in seen, f"Tab never reaches {target.accessibleName()!r}"


def click_box(qtbot: Any, button: QAbstractButton) -> None:
    """Click a check box or radio button on its indicator (its middle may be empty space)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, button.height() // 2))


def hd_screen(folder: Path) -> str:
    """A ``QT_QPA_PLATFORM`` value for an offscreen 1920x1080 screen (the default is 800x800).

    Args:
        folder: Where to write the screen's configuration file.
    """
    config = folder / "screen.json"
    config.write_text(json.dumps({"screens": [{
        "name": "hd", "x": 0, "y": 0, "width": 1920, "height": 1080,
        "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    return f"offscreen:configfile={config}"


def check_scaled(tmp_path: Path, *names: str) -> None:
    """Build dialogs at 150% on a 1920x1080 screen (1280x720 logical) in a new process.

    The scale factor must be set before the QApplication exists, hence the subprocess.
    """
    env = dict(os.environ, QT_SCALE_FACTOR="1.5", QT_QPA_PLATFORM=hd_screen(tmp_path))
    proc = subprocess.run([sys.executable, "-m", "tests.gui.dialog_support", "--check", *names],
                          capture_output=True, text=True, env=env, check=False, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def run_modal(handler: Callable[[QDialog], None]) -> list[BaseException]:
    """Schedule ``handler`` on the next modal dialog; a failure rejects the dialog.

    Returns:
        A list the failure (if any) is appended to, for the test to re-raise.
    """
    errors: list[BaseException] = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(10, run)  # exec() has not shown it yet
            return
        try:
            handler(dialog)
        except BaseException as err:  # reported by the test after exec() returns
            errors.append(err)
            traceback.print_exc()
            dialog.reject()

    QTimer.singleShot(0, run)
    return errors


# --- the dialogs with content, as the screenshots show them -----------------------------------
def conference_matter() -> Matter:
    """The sample matter with two sessions, resolved in part."""
    return sample_matter().with_sessions((
        ConferenceSession("a", date(2017, 10, 18), ConferenceMethod.TELEPHONE,
                          ("Merrick Moore", "Deputy AG"), 35),
        ConferenceSession("b", date(2017, 10, 20), ConferenceMethod.VIDEO,
                          ("Merrick Moore", "Deputy AG"), 20, concluded=True),
    ), Resolution(ResolutionStatus.PART, (
        DiscoveryRequest("Request for Production No. 4", "Set One",
                         "Grievance records 2012-2013", "Relevant to exhaustion",
                         "Privacy; overbroad"),
        DiscoveryRequest("Interrogatory No. 7", "Set Two", "Names of officers on duty"),
    ), good_faith=True, notes="Agreed on RFP 1-3; RFP 4 and Interrogatory 7 remain."))


def contact_matter() -> Matter:
    """The sample matter with two contact attempts."""
    m = sample_matter()
    m = m.with_contact(ContactAttempt("c1", date(2017, 10, 10), ContactMethod.LETTER,
                                      "Deputy AG", ContactOutcome.SENT,
                                      "Letter proposing a call"))
    return m.with_contact(ContactAttempt("c2", date(2017, 10, 16), ContactMethod.TELEPHONE,
                                         "Deputy AG", ContactOutcome.REACHED,
                                         "Set the call for October 18"))


def build(name: str) -> QDialog:
    """Build one dialog, filled as the screenshots show it."""
    if name == "conference":
        from meetconfer_gui.ui.conference_dialog import ConferenceDialog
        conference = ConferenceDialog(conference_matter(), TODAY)
        conference.sessions.select(1)
        return conference
    if name == "welcome":
        from meetconfer_gui.ui.welcome_dialog import WelcomeDialog
        welcome = WelcomeDialog(date(2026, 11, 30))
        welcome.user_name.setText("Merrick Moore")  # not the login of the machine at hand
        return welcome
    if name == "setup":
        from meetconfer_gui.ui.setup_dialog import MatterSetupDialog
        return MatterSetupDialog(sample_matter())
    if name == "calendar":
        from meetconfer_gui.ui.calendar_dialog import CourtCalendarDialog
        m = sample_matter()
        m = m.with_choices(m.choices.with_closure(
            Closure(date(2017, 11, 8), "Clerk's office closed: power outage")))
        return CourtCalendarDialog(m, TODAY)
    if name == "contact":
        from meetconfer_gui.ui.contact_dialog import ContactLogDialog
        return ContactLogDialog(contact_matter(), TODAY, "jdoe")
    if name == "filing":
        from meetconfer_gui.ui.filing_dialog import FilingDialog
        return FilingDialog(conference_matter(), TODAY)
    if name == "further-order":
        from meetconfer_gui.ui.filing_dialog import FurtherOrderDialog
        return FurtherOrderDialog(conference_matter(), TODAY)
    raise SystemExit(f"unknown dialog {name!r}")


NAMES = ("conference", "welcome", "setup", "calendar", "contact", "filing", "further-order")


def main(argv: list[str] | None = None) -> int:
    """Save screenshots of dialogs, or check them for clipped text."""
    if "QT_QPA_PLATFORM" not in os.environ:  # a full-HD screen, as the docs show
        os.environ["QT_QPA_PLATFORM"] = hd_screen(Path(tempfile.mkdtemp()))
    parser = argparse.ArgumentParser()
    parser.add_argument("names", nargs="*", default=list(NAMES))
    parser.add_argument("--save", metavar="DIR")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    app = QApplication.instance() or QApplication([])
    assert isinstance(app, QApplication)
    app.setStyle("Fusion")
    if args.dark:
        from meetconfer_gui.ui.theme import apply_dark  # the app's own dark palette
        apply_dark(app)
    failed = False
    for name in args.names:
        dialog = build(name)
        dialog.show()
        app.processEvents()
        if args.save:
            path = os.path.join(args.save, f"dialog-{name}{'-dark' if args.dark else ''}.png")
            dialog.grab().save(path)
            print(path, dialog.size().toTuple())
        if args.check:
            problems = clipped(dialog)
            screen = dialog.screen()
            room = screen.availableGeometry().size() if screen else None
            if room is not None and (dialog.width() > room.width()
                                     or dialog.height() > room.height()):
                problems.append(f"{dialog.size().toTuple()} does not fit the screen's "
                                f"{room.toTuple()}")
            for p in problems:
                print(f"{name}: {p}")
            failed = failed or bool(problems)
        dialog.close()
        dialog.deleteLater()
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
