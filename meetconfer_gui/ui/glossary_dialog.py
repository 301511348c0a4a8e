"""Help: the glossary, how deadlines are counted, and the About box (not legal advice)."""

from __future__ import annotations

import html

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui import __version__
from meetconfer_gui.domain.glossary import DISCLAIMER, GLOSSARY

COUNTING_HTML = """
<h3>How a deadline is counted (Federal Rule of Civil Procedure 6)</h3>
<ol>
<li><b>Start after the event.</b> The day of the event that starts the period (the order,
its service, the conference) is not counted. <small>FRCP 6(a)(1)(A)</small></li>
<li><b>Count every day</b>, Saturdays, Sundays and holidays included.
<small>FRCP 6(a)(1)(B)</small></li>
<li><b>Court days or business days</b>: when an order or a local rule says "court days" or
"business days", Saturdays, Sundays and legal holidays are left out of the count, and the
item's count says so. <small>the order or local rule</small></li>
<li><b>Include the last day</b>; if it is a Saturday, Sunday or legal holiday, the period runs
to the next day that is none of these (backward for a period counted before an event, such
as a hearing). <small>FRCP 6(a)(1)(C), 6(a)(5)</small></li>
<li><b>Legal holidays</b> are the federal holidays on their observed days, days the President
or Congress declares, and, for periods counted forward, the state's holidays (California for
the Eastern District of California). <small>FRCP 6(a)(6)</small></li>
<li><b>Clerk's office closed</b> on the last day: the period runs to the next accessible day.
Add such days in Edit &gt; Court calendar. <small>FRCP 6(a)(3)</small></li>
<li><b>Served by mail</b> (or by leaving it with the clerk, or by other means agreed to):
3 days are added at the end. Electronic and personal service add nothing.
<small>FRCP 6(d)</small></li>
<li><b>The last day ends</b> at midnight in the court's time zone for electronic filing, and
when the clerk's office closes for paper filing. <small>FRCP 6(a)(4)</small></li>
</ol>
<p>When readings of the law differ (a disputed holiday), the app gives the earlier date as the
deadline to meet and shows the later one beside it. Select an item in the checklist to see
its count step by step, and its days marked on the calendar.</p>
"""


def glossary_html() -> str:
    """The glossary as HTML."""
    rows = "".join(f"<dt><b>{html.escape(term)}</b></dt><dd>{html.escape(meaning)}</dd>"
                   for term, meaning in GLOSSARY)
    return f"<dl>{rows}</dl><p><i>{html.escape(DISCLAIMER)}</i></p>"


class GlossaryDialog(QDialog):
    """The words an order uses, and how its deadlines are counted, in two tabs."""

    def __init__(self, parent: QWidget | None = None, *, page: int = 0) -> None:
        super().__init__(parent)
        self.setWindowTitle("Glossary and counting rules - meetconfer")
        self.resize(640, 560)
        self.tabs = QTabWidget(self)
        glossary = QTextBrowser(self)
        glossary.setAccessibleName("Glossary")
        glossary.setHtml(glossary_html())
        counting = QTextBrowser(self)
        counting.setAccessibleName("How deadlines are counted")
        counting.setHtml(COUNTING_HTML)
        self.tabs.addTab(glossary, "&Glossary")
        self.tabs.addTab(counting, "&How deadlines are counted")
        self.tabs.setCurrentIndex(page)
        note = QLabel("This explains; it is not legal advice.", self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs)
        lay.addWidget(note)
        lay.addWidget(buttons)


def about_text() -> str:
    """The About box's text: the version and that it is not legal advice."""
    return (f"<h3>meetconfer {html.escape(__version__)}</h3>"
            "<p>A court's meet-and-confer order as a checklist and a calendar, with every "
            "deadline counted under Federal Rule of Civil Procedure 6 and explained.</p>"
            f"<p><b>Not legal advice.</b> {html.escape(DISCLAIMER)}</p>")


def show_about(parent: QWidget | None) -> None:
    """Show the About box."""
    QMessageBox.about(parent, "About meetconfer", about_text())
