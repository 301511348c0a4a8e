"""The window on orders unlike the sample: another court's joint paper, no dates, nothing found.

A newcomer opens an order from another court; each test drives the real window and checks
what it says, so that no label assumes the sample's E.D. Cal. Joint Statement and no empty
state reads as "all done" when the order simply set no date.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from PySide6.QtCore import Qt

from meetconfer_gui.domain.calendars import Direction
from meetconfer_gui.domain.matter import Order
from meetconfer_gui.domain.obligations import (
    Actor,
    DateRule,
    Kind,
    Obligation,
    Stage,
    TriggerKind,
)
from meetconfer_gui.domain.sample import sample_matter
from meetconfer_gui.ui.checklist_model import COL_DUE, COL_TITLE, COL_WHO
from tests.gui.conftest import USER

LETTER_ORDER = (
    "UNITED STATES DISTRICT COURT\nNORTHERN DISTRICT OF CALIFORNIA\n\n"
    "Lead trial counsel shall meet and confer in person. Within five days of the session "
    "the parties shall file a detailed Joint Letter. This Joint Letter shall include a "
    "description of every issue in dispute. Each party shall lodge a binder no later than "
    "three court days before the hearing.\n")
NO_DATE_ORDER = ("UNITED STATES DISTRICT COURT\nDISTRICT OF ARIZONA\n\nAll parties must "
                 "contact the Court to request a telephone conference. The parties shall not "
                 "file written discovery motions without leave of Court.\n")


def _ob(oid: str, title: str, kind: Kind, stage: Stage, who: Actor = Actor.ALL_PARTIES,
        rules: tuple[DateRule, ...] = ()) -> Obligation:
    return Obligation(oid, title, who, kind, stage, rules=rules)


def other_court_matter(text: str, obligations: tuple[Obligation, ...], name: str):
    """A matter as an import of another court's order makes it (no template items)."""
    base = sample_matter()
    order = Order(base.order.signed, text, None, None, base.order.service, "Order")
    return replace(base, name=name, district_code="cand", order=order,
                   obligations=obligations, case_name=name, case_number="23-cv-04410-JCS")


def letter_matter():
    hearing = DateRule("before_hearing", TriggerKind.HEARING, 3, court_days=True,
                       direction=Direction.BEFORE)
    return other_court_matter(LETTER_ORDER, (
        _ob("meet", "All parties must meet and confer in person", Kind.DEADLINE,
            Stage.CONFERENCE, rules=(DateRule("after_order", TriggerKind.ORDER_DATE, 10),)),
        _ob("letter_content", "The Joint Letter describes every issue in dispute",
            Kind.CONTENT, Stage.STATEMENT, Actor.NOBODY),
        _ob("binder", "Each party must lodge a binder", Kind.DEADLINE, Stage.AFTER,
            rules=(hearing,)),
    ), "Okonkwo Farms v. Greenleaf")


def no_date_matter():
    return other_court_matter(NO_DATE_ORDER, (
        _ob("call_court", "All parties must contact the Court to request a telephone "
            "conference", Kind.DUTY, Stage.BEFORE),
        _ob("no_motions", "The parties shall not file written discovery motions",
            Kind.PROHIBITION, Stage.AFTER, Actor.ALL),
    ), "Barraza v. Saguaro Valley")


def _stage_titles(w) -> list[str]:
    m = w.model
    return [m.data(m.index(r, COL_TITLE)) for r in range(m.rowCount())]


def test_another_courts_joint_letter_is_called_so(make_window, repo):
    """Groups, 'who acts' and the item's kind name the order's Joint Letter, not the sample's."""
    w = make_window(repo.create(letter_matter(), user=USER))
    assert "The Joint Letter (0 of 1 done)" in _stage_titles(w)
    assert not any("Joint Statement" in t for t in _stage_titles(w))
    content = w.model.index_of("letter_content", COL_WHO)
    assert w.model.data(content) == "the Joint Letter"
    w.select_item("letter_content")
    assert "Joint Letter content" in w.detail.meta.text()
    assert "Joint Statement" not in w.detail.meta.text()
    assert "the Joint Letter must say" in w.detail.summary.toPlainText()


def test_the_sample_still_says_joint_statement(make_window):
    w = make_window()
    assert "The Joint Statement (0 of 6 done)" in _stage_titles(w)
    content = w.model.index_of("statement_content_a", COL_WHO)
    assert w.model.data(content) == "the Joint Statement"


def test_an_item_waiting_for_a_hearing_says_how_to_date_it(make_window, repo):
    w = make_window(repo.create(letter_matter(), user=USER))
    due = w.model.index_of("binder", COL_DUE)
    assert w.model.data(due) == "not dated yet"
    tip = w.model.data(due, Qt.ItemDataRole.ToolTipRole)
    assert "hearing" in tip and "Change how this item is dated" in tip
    w.select_item("binder")
    text = w.detail.summary.toPlainText()
    assert "Not dated yet" in text and "Change how this item is dated" in text


def test_an_order_with_no_date_does_not_say_all_done(make_window, repo):
    """The banner says the order sets no deadline and what to do, in a neutral colour."""
    w = make_window(repo.create(no_date_matter(), user=USER))
    assert "This order sets no deadline" in w.banner_text
    assert "1 item to do has no date" in w.banner_text
    assert "Add an item" in w.banner_text  # what to do when the court sets a date
    assert "every dated step is done" not in w.banner_text
    assert "(up to date)" not in w.banner_text
    # The window opens on the open item, not on an empty detail pane.
    assert w.current_item() is not None and w.current_item().id == "call_court"
    assert w.detail.title_text.startswith("All parties must contact the Court")
    assert "No date." in w.detail.summary.toPlainText()
    assert w.model.data(w.model.index_of("call_court", COL_DUE)) == "no date"
    assert w.model.data(w.model.index_of("no_motions", COL_DUE)) == ""  # nothing to date


def test_ticking_the_last_undated_item_leaves_no_open_count(make_window, repo, qtbot):
    w = make_window(repo.create(no_date_matter(), user=USER))
    w.select_item("call_court")
    w.tree.setFocus()
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert "This order sets no deadline, and nothing is left to do." in w.banner_text


def test_an_order_with_nothing_found_says_what_to_do(make_window, repo):
    w = make_window(repo.create(other_court_matter(NO_DATE_ORDER, (), "Empty order"),
                                user=USER))
    assert "Nothing to do was found in this order" in w.banner_text
    assert "Edit > Add an item" in w.banner_text
    assert w.model.rowCount() == 0
    assert w.detail.title_text == "Select an item in the checklist"
    assert "Nothing to do was found" in w.detail.summary.toPlainText()


def test_an_overdue_step_says_what_to_do_next(make_window):
    """Overdue: the banner says to tick it off if done, or lock the date if extended."""
    w = make_window(today=date(2017, 10, 30))
    assert "Next step (overdue):" in w.banner_text
    assert "Tick it off" in w.banner_text and "Lock due date (Ctrl+L)" in w.banner_text
    assert "Lock due date" in w.banner.text()


def test_the_banner_escapes_the_orders_words(make_window, repo):
    """A title with '<' or '&' reads as written, not as markup."""
    m = other_court_matter(NO_DATE_ORDER, (
        _ob("ampersand", "Serve R&D <records>", Kind.DEADLINE, Stage.BEFORE,
            rules=(DateRule("after_order", TriggerKind.ORDER_DATE, 10),)),), "Escapes")
    w = make_window(repo.create(m, user=USER))
    assert "R&amp;D &lt;records&gt;" in w.banner.text()
    assert "Serve R&D <records>" in w.banner_text


def test_the_status_bar_says_where_work_is_kept_and_what_that_means(qtbot, window_settings):
    """A store in memory reads as a sentence, with a tooltip on how to keep the work."""
    from meetconfer_gui.storage.base import MemoryRepository
    from meetconfer_gui.ui.main_window import MainWindow

    repo = MemoryRepository()
    w = MainWindow(repo, repo.create(sample_matter(), user=USER), date(2017, 10, 20),
                   settings=window_settings, user=USER)
    qtbot.addWidget(w)
    assert w.store_label_w.text() == "Store in memory: changes are not kept"
    assert "--data-dir" in w.store_label_w.toolTip()


def test_a_store_on_disk_says_it_saves_at_once(make_window):
    w = make_window()
    assert w.store_label_w.text() == "Store: test"
    assert "saved here at once" in w.store_label_w.toolTip()


def test_the_menu_and_the_filing_dialog_name_the_orders_joint_letter(make_window, repo, qtbot):
    """File > Joint Letter..., and Record filing speaks of the Joint Letter."""
    from meetconfer_gui.ui.filing_dialog import FilingDialog
    from meetconfer_gui.ui.statement_dialog import StatementDialog

    w = make_window(repo.create(letter_matter(), user=USER))
    assert w.act_statement.text() == "&Joint Letter..."
    assert w.act_statement in w.file_menu.actions()
    dlg = FilingDialog(w.matter, w.today)
    qtbot.addWidget(dlg)
    assert dlg.windowTitle() == "Joint Letter filed"
    assert "Record the Joint Letter as filed" in " ".join(
        lbl.text() for lbl in dlg.findChildren(type(w.banner)))
    assert dlg.ecf.accessibleName() == "ECF number of the Joint Letter"
    st = StatementDialog(w.matter, w.today)
    qtbot.addWidget(st)
    assert st.windowTitle().startswith("Joint Letter - ")
    from meetconfer_gui.export.statement import OutputFormat

    assert st.suggested_name(OutputFormat.PDF).endswith("- Joint Letter.pdf")
    sample = make_window()
    assert sample.act_statement.text() == "&Joint Statement..."


def _mnemonic_of(text: str) -> str:
    i = text.replace("&&", "").find("&")
    return text.replace("&&", "")[i + 1].lower() if i >= 0 else ""


def test_every_menu_item_has_its_own_alt_letter_and_quit_a_key(make_window, repo):
    """Alt+letter reaches each item of a menu (no two share a letter); Quit is Ctrl+Q."""
    for w in (make_window(), make_window(repo.create(letter_matter(), user=USER))):
        for menu in (w.file_menu, w.edit_menu, w.view_menu, w.help_menu):
            letters = [_mnemonic_of(a.text()) for a in menu.actions() if not a.isSeparator()]
            assert all(letters), [a.text() for a in menu.actions()]
            dupes = {c for c in letters if letters.count(c) > 1}
            assert not dupes, (menu.title(), dupes)
        assert not w.act_quit.shortcut().isEmpty()
        assert not w.act_prefs.shortcut().isEmpty()
        assert w.act_tick.text().endswith("\tSpace")  # the menu shows the list's key


def test_the_tick_hint_is_true_space_ticks_the_selected_item(make_window, qtbot):
    w = make_window()
    w.select_item("good_faith")
    w.activateWindow()
    w.tree.setFocus()
    assert w.model.data(w.model.index_of("good_faith", COL_DUE)) == "no date"
    qtbot.keyClick(w.tree, Qt.Key.Key_Space)
    assert w.model.data(w.model.index_of("good_faith", COL_DUE)) == ""  # done: nothing to date
    assert w.current_item() is not None and w.current_item().status.value == "done"


def test_help_explains_court_days_which_other_courts_orders_use(qtbot):
    """'Three court days before the hearing': Help > How deadlines are counted explains it."""
    from PySide6.QtWidgets import QTextBrowser

    from meetconfer_gui.ui.glossary_dialog import GlossaryDialog

    dlg = GlossaryDialog(None, page=1)
    qtbot.addWidget(dlg)
    dlg.show()
    page = dlg.tabs.currentWidget()
    assert isinstance(page, QTextBrowser)
    text = page.toPlainText()
    assert "Court days or business days" in text and "left out of the count" in text


def test_after_an_export_the_status_bar_says_what_to_do_with_the_file(make_window, tmp_path,
                                                                     monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    w = make_window()
    target = tmp_path / "deadlines.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.act_ics.trigger()
    assert target.exists()
    message = w.statusBar().currentMessage()
    assert str(target) in message and "Outlook or your calendar app" in message
    assert "export again" in message
    backup = tmp_path / "copy.sqlite3"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    w.act_backup.trigger()
    assert backup.exists()
    assert "File > Restore from backup" in w.statusBar().currentMessage()


def test_the_calendar_legend_names_the_start_of_a_count_in_plain_words(make_window):
    """The legend says 'start', the day list says what the start day is."""
    w = make_window()
    w.select_item("contact")
    legend = w.calendar_view.legend.text()
    assert "<b>start</b>" in legend and "<b>trigger</b>" not in legend
    w.calendar_view.calendar.setSelectedDate(
        w.calendar_view.calendar.selectedDate().fromString("2017-10-04", "yyyy-MM-dd"))
    texts = [w.calendar_view.day_list.item(i).text()
             for i in range(w.calendar_view.day_list.count())]
    assert "Start of the selected item's count (this day is not counted)" in texts


def test_the_conference_dialog_counts_the_orders_own_days(qtbot):
    """'The 5 days for the Joint Letter', not the sample's '7 days for the Joint Statement'."""
    from meetconfer_gui.domain.matter import ConferenceMethod, ConferenceSession
    from meetconfer_gui.ui.conference_dialog import ConferenceDialog
    from tests.gui.dialog_support import conference_matter

    session = ConferenceSession("s1", date(2017, 10, 12), ConferenceMethod.IN_PERSON)
    letter = replace(letter_matter(), obligations=(*letter_matter().obligations, Obligation(
        "file_letter", "All parties must file a detailed Joint Letter", Actor.ALL_PARTIES,
        Kind.DEADLINE, Stage.STATEMENT, filing=True,
        rules=(DateRule("after_conference", TriggerKind.CONFERENCE, 5),))))
    dlg = ConferenceDialog(letter.with_sessions((session,), None), date(2017, 10, 20))
    qtbot.addWidget(dlg)
    dlg.show()
    assert dlg.clock_note.text().startswith("The 5 days for the Joint Letter count from")
    assert "Joint Statement" not in dlg.concluded.toolTip()
    sample = ConferenceDialog(conference_matter(), date(2017, 10, 30))
    qtbot.addWidget(sample)
    sample.show()
    assert sample.clock_note.text().startswith(
        "The 7 days for the Joint Statement count from")


def test_a_next_step_weeks_away_reads_due_later_as_the_legend_says(make_window):
    w = make_window(today=date(2017, 10, 10))
    assert w.banner_text.startswith("Next step (due later): Defense counsel must call you")
    assert "due later" in w.calendar_view.legend.text()


def test_the_welcome_says_how_to_bring_in_ones_own_order(qtbot):
    from PySide6.QtWidgets import QLabel

    from meetconfer_gui.ui.welcome_dialog import WelcomeDialog

    dlg = WelcomeDialog(date(2026, 11, 30))
    qtbot.addWidget(dlg)
    dlg.show()
    text = " ".join(lbl.text() for lbl in dlg.findChildren(QLabel))
    assert "File > Import order (Ctrl+I)" in text and "any federal court" in text
    from tests.gui.dialog_support import clipped

    assert not clipped(dlg)


def test_an_order_with_no_joint_paper_has_no_after_the_filing_group(make_window, repo):
    w = make_window(repo.create(no_date_matter(), user=USER))
    titles = _stage_titles(w)
    assert "For the rest of the case" in titles and "After the filing" not in titles
    assert "After the filing" in _stage_titles(make_window())  # the sample keeps its own


def test_an_order_with_no_conference_has_no_before_the_conference_group(make_window, repo):
    w = make_window(repo.create(no_date_matter(), user=USER))
    titles = _stage_titles(w)
    assert titles[0].startswith("What the order requires")
    assert not any(t.startswith("Before the conference") for t in titles)
    # The sample, which sets a conference, keeps the heading.
    assert _stage_titles(make_window())[0].startswith("Before the conference")


def test_the_orders_joint_letter_named_though_matched_to_the_samples_filing_step(
        make_window, repo):
    """An import matches a joint letter to the sample's filing step: the window and the
    document both call it a Joint Letter."""
    from meetconfer_gui.domain.obligations import Quote
    from meetconfer_gui.export.paper import paper_for

    base = sample_matter()
    sentence = ("No later than seven days after the parties confer, the parties shall file on "
                "ECF a joint letter describing the dispute.")
    text = ("UNITED STATES DISTRICT COURT\nSOUTHERN DISTRICT OF NEW YORK\n\n" + sentence + "\n")
    obligations = tuple(
        replace(ob, title="All parties must file a joint letter describing the dispute",
                quotes=(Quote(sentence, 1),)) if ob.id == "statement_file" else ob
        for ob in base.obligations)
    matter = replace(base, district_code="nysd", order=replace(base.order, text=text),
                     obligations=obligations)
    w = make_window(repo.create(matter, user=USER))
    titles = _stage_titles(w)
    assert any(t.startswith("The Joint Letter") for t in titles)
    assert not any("Joint Statement" in t for t in titles)
    assert paper_for(matter).name == "Joint Letter"
