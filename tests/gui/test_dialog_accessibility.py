"""Every dialog, checked for keyboard and screen-reader use (built with qtbot, never exec()).

For each dialog (and each state that shows other controls: a wizard's pages, a tab, a filled
form) the checks are:

- every focusable control is named: an accessible name, or a label whose buddy it is;
- buttons say what they do (text or an accessible name);
- the focus chain reaches every enabled control, and no control keeps Tab for itself
  (an editable text box or a table that walks its cells with Tab);
- no mnemonic (``&x``) is used twice among the controls shown together;
- a message or coloured label says what it means in words, not by colour alone;
- Escape closes the dialog; Enter accepts where the dialog has one obvious action.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)

from meetconfer_gui.domain.sample import sample_matter, sample_order_text
from meetconfer_gui.storage.base import MemoryRepository
from meetconfer_gui.ui.widgets import InlineMessage, Severity, fit_to_screen
from tests.gui.dialog_support import TODAY, build

INPUTS = (QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QDateEdit, QSpinBox, QCheckBox,
          QRadioButton, QPushButton, QListView, QTableView, QTreeView)


@dataclass
class Case:
    """One dialog in one state: how to build it, and whether Enter should accept it."""

    build: Callable[[], QDialog]
    enter_accepts: bool = False


# --- the dialogs --------------------------------------------------------------------------
def _welcome() -> QDialog:
    from meetconfer_gui.ui.welcome_dialog import WelcomeDialog

    return WelcomeDialog(TODAY)


def _welcome_chosen() -> QDialog:
    from meetconfer_gui.domain.obligations import Perspective
    from meetconfer_gui.ui.welcome_dialog import WelcomeDialog

    d = WelcomeDialog(TODAY)
    d.user_name.setText("Pat Tester")
    d.perspective_buttons[Perspective.PLAINTIFF].setChecked(True)
    return d


def _setup() -> QDialog:
    return build("setup")


def _conference_empty() -> QDialog:
    from meetconfer_gui.ui.conference_dialog import ConferenceDialog

    return ConferenceDialog(sample_matter(), TODAY)


def _conference() -> QDialog:
    return build("conference")


def _contact() -> QDialog:
    d = build("contact")
    d.log.select(0)  # type: ignore[attr-defined]
    return d


def _calendar() -> QDialog:
    return build("calendar")


def _repo() -> MemoryRepository:
    repo = MemoryRepository()
    m = repo.create(sample_matter(), user="Ana")
    repo.set_setting("last_matter", m.id)
    return repo


def _matters() -> QDialog:
    from meetconfer_gui.ui.matters_dialog import MattersDialog

    return MattersDialog(_repo(), date(2017, 10, 24))


def _matters_archived() -> QDialog:
    d = _matters()
    d.toggle_archive()  # type: ignore[attr-defined]
    d.show_archived.setChecked(True)  # type: ignore[attr-defined]
    d.select("1")  # type: ignore[attr-defined]
    return d


def _agenda() -> QDialog:
    d = _matters()
    d.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    return d


def _history() -> QDialog:
    from meetconfer_gui.ui.history_dialog import HistoryDialog

    return HistoryDialog(_repo(), "1")


def _statement() -> QDialog:
    from meetconfer_gui.ui.statement_dialog import StatementDialog

    return StatementDialog(sample_matter(), TODAY, ask_path=lambda *_: "")


def _obligation_new() -> QDialog:
    from meetconfer_gui.ui.obligation_dialog import ObligationDialog

    return ObligationDialog(sample_matter(), TODAY)


def _obligation_edit() -> QDialog:
    from meetconfer_gui.ui.obligation_dialog import ObligationDialog

    m = sample_matter()
    return ObligationDialog(m, TODAY, m.obligation("contact"))


def _preferences() -> QDialog:
    from meetconfer_gui.ui.preferences_dialog import Preferences, PreferencesDialog

    return PreferencesDialog(Preferences("Pat Tester", 7), "Moore v. Gipson")


def _filing() -> QDialog:
    return build("filing")


def _further_order() -> QDialog:
    return build("further-order")


def _glossary() -> QDialog:
    from meetconfer_gui.ui.glossary_dialog import GlossaryDialog

    return GlossaryDialog()


def _wizard(page: int) -> Callable[[], QDialog]:
    def make() -> QDialog:
        from meetconfer_gui.ui.import_wizard import ImportWizard

        w = ImportWizard(TODAY)
        if page:
            w.source_page.text.setPlainText(sample_order_text())
            w.show()  # QWizard.next() only moves a shown wizard on
            for _ in range(page):
                w.next()
        return w

    return make


CASES = {
    "welcome": Case(_welcome),
    "welcome-chosen": Case(_welcome_chosen, enter_accepts=True),
    "setup": Case(_setup, enter_accepts=True),
    "conference-empty": Case(_conference_empty),
    "conference": Case(_conference),
    "contact": Case(_contact),
    "calendar": Case(_calendar),
    "matters": Case(_matters, enter_accepts=True),
    "matters-archived": Case(_matters_archived),
    "agenda": Case(_agenda),
    "history": Case(_history),
    "statement": Case(_statement),
    "obligation-new": Case(_obligation_new),
    "obligation-edit": Case(_obligation_edit, enter_accepts=True),
    "preferences": Case(_preferences, enter_accepts=True),
    "filing": Case(_filing),
    "further-order": Case(_further_order),
    "glossary": Case(_glossary),
    "import-source": Case(_wizard(0)),
    "import-review": Case(_wizard(1)),
    "import-details": Case(_wizard(2)),
}


@pytest.fixture(params=list(CASES), ids=list(CASES))
def case(request) -> tuple[str, Case]:
    name: str = request.param
    return name, CASES[name]


@pytest.fixture
def dialog(qtbot, case: tuple[str, Case]) -> QDialog:
    d = case[1].build()
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    return d


# --- what the checks look at ----------------------------------------------------------------
def _is_part(w: QWidget) -> bool:
    """A control's own parts: the line edit in a spin box or combo, a view's viewport."""
    parent = w.parentWidget()
    if isinstance(parent, QAbstractSpinBox | QComboBox):
        return True
    return isinstance(parent, QAbstractItemView) or (
        parent is not None and isinstance(parent.parentWidget(), QAbstractItemView))


def inputs(dialog: QWidget) -> list[QWidget]:
    """The inputs shown (enabled or not) that take focus by Tab."""
    return [w for w in dialog.findChildren(QWidget)
            if isinstance(w, INPUTS) and w.isVisibleTo(dialog) and not _is_part(w)
            and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def describe(w: QWidget) -> str:
    text = w.text() if isinstance(w, QAbstractButton | QLineEdit) else ""
    return f"{type(w).__name__}({w.objectName() or text or w.accessibleName()!r})"


def buddies(dialog: QWidget) -> set[QWidget]:
    """The widgets a label names (a label's buddy, or the widget a buddy box forwards to)."""
    out: set[QWidget] = set()
    for label in dialog.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is None or not label.text().replace("&", "").strip():
            continue
        out.add(buddy)
        proxy = buddy.focusProxy()
        while proxy is not None:
            out.add(proxy)
            proxy = proxy.focusProxy()
    return out


def mnemonics(dialog: QWidget) -> list[tuple[str, str]]:
    """(letter, text) of each mnemonic shown: labels with a buddy, buttons, groups, tabs."""
    texts: list[str] = []
    for w in dialog.findChildren(QWidget):
        if not w.isVisibleTo(dialog):
            continue
        if isinstance(w, QLabel) and w.buddy() is not None:
            texts.append(w.text())
        elif isinstance(w, QAbstractButton | QGroupBox):
            texts.append(w.text() if isinstance(w, QAbstractButton) else w.title())
        elif isinstance(w, QTabBar):
            texts += [w.tabText(i) for i in range(w.count()) if w.isTabVisible(i)]
    out = []
    for text in texts:
        m = re.search(r"(?<!&)&([^&\s])", text.replace("&&", ""))
        if m:
            out.append((m.group(1).lower(), text))
    return out


def chain(dialog: QWidget) -> list[QWidget]:
    """The focus chain from the dialog round to itself."""
    seen: list[QWidget] = []
    w = dialog.nextInFocusChain()
    while w is not None and w is not dialog and len(seen) < 2000:
        seen.append(w)
        w = w.nextInFocusChain()
    return seen


# --- the checks ----------------------------------------------------------------------------
def test_every_input_is_named(dialog):
    named_by_label = buddies(dialog)
    nameless = [describe(w) for w in inputs(dialog)
                if not w.accessibleName().strip() and w not in named_by_label
                and not (isinstance(w, QAbstractButton) and w.text().replace("&", "").strip())]
    assert not nameless, f"inputs with no accessible name and no label: {nameless}"


def test_buttons_say_what_they_do(dialog):
    silent = [describe(b) for b in dialog.findChildren(QAbstractButton)
              if b.isVisibleTo(dialog) and not _is_part(b)
              and not b.text().replace("&", "").strip() and not b.accessibleName().strip()]
    assert not silent, f"buttons with neither text nor an accessible name: {silent}"


def test_tab_reaches_every_enabled_input(dialog):
    in_chain = set(chain(dialog))
    missed = [describe(w) for w in inputs(dialog) if w.isEnabled() and w not in in_chain]
    assert not missed, f"Tab never reaches: {missed}"


def test_pressing_tab_goes_round_the_whole_dialog(qtbot, dialog):
    """Real Tab presses from the first control come back to it, through every other one.

    (A date takes three presses, one a part; one radio button stands for its group.)
    """
    _focus_first(qtbot, dialog)
    stops = [w for w in chain(dialog) if w in set(inputs(dialog)) and w.isEnabled()]
    start = stops[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited: list[QWidget] = []
    for _ in range(400):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        w = QApplication.focusWidget()
        if w is start and visited:  # back (not still in the start's own parts)
            break
        if w is not None and w is not start and (not visited or visited[-1] is not w):
            visited.append(w)
    else:
        loop = list(dict.fromkeys(describe(w) for w in visited[-12:]))
        pytest.fail(f"Tab never comes back to {describe(start)}; it goes round {loop}")
    missed = [describe(w) for w in stops
              if w is not start and w not in visited and not isinstance(w, QRadioButton)]
    assert not missed, f"Tab skips: {missed}"
    for r in (w for w in [start, *visited] if isinstance(w, QRadioButton)):
        parent = r.parentWidget() or dialog
        group = r.group().buttons() if r.group() else [
            b for b in parent.findChildren(QRadioButton) if b.autoExclusive()]
        assert r.isChecked() or not any(b.isChecked() for b in group), \
            f"Tab stops at {describe(r)}, not at the choice made"


def test_no_input_keeps_tab_for_itself(dialog):
    traps = []
    for w in inputs(dialog):
        if isinstance(w, QPlainTextEdit | QTextEdit) and not w.isReadOnly() \
                and not w.tabChangesFocus():
            traps.append(f"{describe(w)} types a tab character")
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation():
            traps.append(f"{describe(w)} walks its cells with Tab")
    assert not traps, f"Tab does not leave: {traps}"


def test_mnemonics_do_not_collide(dialog):
    found = mnemonics(dialog)
    twice = {k for k, n in Counter(k for k, _ in found).items() if n > 1}
    clashes = sorted((k, t) for k, t in found if k in twice)
    assert not clashes, f"the same Alt+letter for several controls: {clashes}"


def test_meaning_is_not_in_colour_alone(dialog):
    mute = []
    for msg in dialog.findChildren(InlineMessage):
        if msg.isVisibleTo(dialog) and (not msg.text().strip() or (
                msg.severity() is not Severity.OK and not msg.heading().strip())):
            mute.append(f"message {msg.heading()!r}: {msg.text()!r}")
    for label in dialog.findChildren(QLabel):
        styled = re.search(r"(^|[^-])(color|background)", label.styleSheet())
        if label.isVisibleTo(dialog) and styled and label.pixmap().isNull() \
                and not re.search(r"\w", label.text()):
            mute.append(f"coloured label {label.objectName()!r} with no words")
    assert not mute, f"shown by colour only: {mute}"


def _focus_first(qtbot, dialog: QDialog) -> QWidget:
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    w = QApplication.focusWidget()
    if w is None or not dialog.isAncestorOf(w):
        w = next(x for x in inputs(dialog) if x.isEnabled())
        w.setFocus(Qt.FocusReason.TabFocusReason)
    return w


def test_escape_closes(qtbot, dialog):
    target = _focus_first(qtbot, dialog)
    qtbot.keyClick(target, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected


def test_enter_accepts_where_sensible(qtbot, case, dialog):
    if not case[1].enter_accepts:
        pytest.skip("Enter has no single obvious action here")
    fields = [w for w in inputs(dialog) if isinstance(w, QLineEdit | QSpinBox)
              and w.isEnabled() and not w.isReadOnly()]
    assert fields, "no field to press Enter in"
    _focus_first(qtbot, dialog)
    fields[0].setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(fields[0], Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert getattr(dialog, "accepted_value", None) is not None \
        or getattr(dialog, "chosen_id", None) is not None


def test_the_default_button_is_the_dialogs_own_action(dialog):
    """Enter clicks the default button: it is the one that accepts, never Rename or Remove."""
    defaults = [b for b in dialog.findChildren(QPushButton) if b.isDefault()]
    assert len(defaults) <= 1, f"several default buttons: {[describe(b) for b in defaults]}"
    for b in defaults:
        assert re.match(r"(OK|Save|Save as Word\.\.\.|Open|Open the sample order|Done|Close"
                        r"|Next >|Finish)$", b.text().replace("&", "")), \
            f"Enter would click {describe(b)}"



def test_fitting_a_dialog_does_not_tie_the_screen_to_it(qtbot):
    """fit_to_screen never keeps the QScreen on the dialog's wrapper.

    ``QWidget.screen()`` does: PySide6 then deletes the QScreen itself when the dialog's
    wrapper is collected in a reference cycle, and a later dialog crashes (this suite crashed
    in QDialog's constructor until fit_to_screen stopped calling it).
    """
    screen = QGuiApplication.primaryScreen()
    before = sys.getrefcount(screen)
    d = QDialog()
    qtbot.addWidget(d)
    fit_to_screen(d, 300, 200)
    assert sys.getrefcount(screen) == before


def test_enter_in_the_matter_name_renames_and_keeps_the_list_open(qtbot):
    from meetconfer_gui.ui.matters_dialog import MattersDialog

    repo = _repo()
    d = MattersDialog(repo, date(2017, 10, 24))
    qtbot.addWidget(d)
    d.show()
    assert d.open_button.isDefault() and not d.rename_button.isDefault()
    d.name_edit.setText("Moore, renamed")
    qtbot.keyClick(d.name_edit, Qt.Key.Key_Return)
    assert repo.get("1").name == "Moore, renamed"
    assert d.isVisible() and d.chosen_id is None
