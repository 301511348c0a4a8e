"""The matter set-up dialog: the court, the case, the order, the parties and their service.

It returns the updated ``Matter`` (``dataclasses.replace`` of the one given): events, ticks,
notes and calendar choices are kept as they are.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from meetconfer_gui.domain.dates import MONTHS, long_date
from meetconfer_gui.domain.deadlines import Service
from meetconfer_gui.domain.districts import DISTRICTS, District
from meetconfer_gui.domain.errors import DomainError
from meetconfer_gui.domain.matter import (
    UNKNOWN_COUNSEL,
    Matter,
    Order,
    OrderService,
    Party,
    Role,
)
from meetconfer_gui.domain.obligations import Perspective
from meetconfer_gui.ui.widgets import (
    Column,
    DateEdit,
    DraftModel,
    InlineMessage,
    ListEditor,
    NumberEdit,
    Severity,
    ValueDialog,
    add_row,
    capitalized,
    fit_to_screen,
    save_cancel_buttons,
    set_tab_order,
    tab_to_checked,
    with_weekday,
)

SERVICE_LABELS = {
    Service.ELECTRONIC: "Electronically (CM/ECF or e-mail)",
    Service.MAIL: "By mail (adds 3 days)",
    Service.PERSONAL: "In person (handed over)",
    Service.CLERK: "Left with the clerk (adds 3 days)",
    Service.CONSENTED: "Other means the party agreed to (adds 3 days)",
}
ROLE_LABELS = {Role.PLAINTIFF: "Plaintiff", Role.DEFENDANT: "Defendant"}
PERSPECTIVE_LABELS = {
    Perspective.PLAINTIFF: "The plaintiff, representing myself (pro se)",
    Perspective.DEFENSE: "Defense counsel or staff",
}


def district_text(d: District) -> str:
    """How a district reads in the court list: "caed - Eastern District of California"."""
    return f"{d.code} - {d.name}"


@dataclass(slots=True)
class PartyDraft:
    """A party and the order's service on it, as the form holds them."""

    id: str
    name: str = ""
    role: Role = Role.PLAINTIFF
    counsel: str = ""
    firm: str = ""
    bar_number: str = ""
    address: str = ""
    email: str = ""
    phone: str = ""
    inmate_number: str = ""
    served: bool = False
    served_on: date | None = None
    service: Service = Service.ELECTRONIC
    #: Nobody has said who speaks for the party (an imported order that names neither
    #: counsel nor "pro se"): kept so until a name is entered or the party is marked pro se.
    counsel_unknown: bool = False

    @classmethod
    def of(cls, party: Party, service: OrderService | None) -> PartyDraft:
        """The draft of a recorded party."""
        unknown = not party.representation_known
        return cls(party.id, party.name, party.role, "" if unknown else party.counsel,
                   party.firm, party.bar_number, party.address, party.email, party.phone,
                   party.inmate_number, service is not None,
                   service.served_on if service else None,
                   service.method if service else Service.ELECTRONIC, unknown)

    @property
    def unknown(self) -> bool:
        """Whether it is still not known who speaks for the party."""
        return self.counsel_unknown and not self.counsel.strip()

    def build(self) -> Party:
        """The domain value (raises DomainError if invalid)."""
        counsel = UNKNOWN_COUNSEL if self.unknown else self.counsel.strip()
        return Party(self.id, self.name.strip(), self.role, counsel,
                     self.firm.strip(), self.bar_number.strip(), self.address.strip(),
                     self.email.strip(), self.phone.strip(), self.inmate_number.strip())

    @property
    def represented(self) -> str:
        """Who speaks for the party, for the table."""
        if self.unknown:
            return "counsel not known"
        return "pro se" if not self.counsel.strip() else "counsel"

    @property
    def service_text(self) -> str:
        """The service, for the table."""
        if not self.served or self.served_on is None:
            return "not recorded"
        d = self.served_on
        return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}, {self.service.value}"


class MatterSetupDialog(ValueDialog[Matter]):
    """Edit the court, the case, the order, the parties and how the order was served.

    Args:
        matter: The matter to edit.
        parent: The parent widget.

    Attributes:
        accepted_value: The updated matter, once the dialog is accepted.
    """

    def __init__(self, matter: Matter, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Matter details")  # as Edit > Matter details names it
        self._matter = matter
        self._loading = False

        # --- the case ---
        self.court = QComboBox()
        self.court.setEditable(True)
        self.court.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for d in sorted(DISTRICTS.values(), key=lambda d: (d.state, d.code)):
            self.court.addItem(district_text(d), d.code)
        completer = QCompleter(self.court.model(), self.court)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.court.setCompleter(completer)
        self.court.setToolTip("Type part of the code or the name (caed, Eastern District of "
                              "California); an abbreviation typed in full (E.D. Cal.) works too")
        court_edit = self.court.lineEdit()
        if court_edit is not None:  # an editable combo always has one
            court_edit.setPlaceholderText("Type to search the 94 district courts")
        # Wide enough for the longest court, so a chosen court is never cut off.
        self.court.setMinimumContentsLength(
            max(len(self.court.itemText(i)) for i in range(self.court.count())))
        self.court.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.court.setCurrentIndex(self.court.findData(matter.district_code))
        self.matter_name = QLineEdit(matter.name)
        self.case_name = QLineEdit(matter.case_name)
        self.case_name.setPlaceholderText("e.g. Moore v. Gipson")
        self.case_number = QLineEdit(matter.case_number)
        self.case_number.setPlaceholderText("e.g. 1:13-cv-01820-DAD-BAM (PC)")
        self.judge = QLineEdit(matter.judge)
        self.motion_title = QLineEdit(matter.motion_title)
        self.motion_ecf = self._ecf_box(matter.motion_ecf)

        case_box = QGroupBox("The case")
        case_form = QFormLayout(case_box)
        add_row(case_form, "&Court:", self.court, "Court (district)")
        add_row(case_form, "Case &name:", self.case_name)
        add_row(case_form, "Case n&umber:", self.case_number)
        add_row(case_form, "&Judge:", self.judge)
        add_row(case_form, "&Motion:", self.motion_title, "Motion title")
        add_row(case_form, "Motion &ECF No.:", self.motion_ecf, "Motion ECF number")
        add_row(case_form, "Matter name in the app:", self.matter_name, "Matter name")

        # --- the order ---
        self.order_date = DateEdit(matter.order.signed, "Date of the order")
        self.order_ecf = self._ecf_box(matter.order.ecf)
        order_box = QGroupBox("The order")
        order_form = QFormLayout(order_box)
        add_row(order_form, "Date of the &order:", with_weekday(self.order_date),
                "Date of the order", buddy=self.order_date)
        add_row(order_form, "Order EC&F No.:", self.order_ecf, "Order ECF number")
        # "ECF" is the federal courts' filing system: a person without a lawyer meets the
        # word here first, so the form says where to find the number.
        self.ecf_note = QLabel(
            "An ECF No. is the number the court's docket gives each paper. It is printed in "
            "the line at the top of every page (\"Document 43\" or \"ECF No. 43\"); leave "
            "it empty if you do not have it.")
        self.ecf_note.setObjectName("ecfNote")
        self.ecf_note.setWordWrap(True)
        order_form.addRow(self.ecf_note)

        # --- the user's side ---
        who_box = QGroupBox("You are")
        who = QVBoxLayout(who_box)
        self.perspective_group = QButtonGroup(self)
        self.perspective_buttons: dict[Perspective, QRadioButton] = {}
        for i, (p, text) in enumerate(PERSPECTIVE_LABELS.items()):
            button = QRadioButton(text)
            button.setAccessibleName(text)
            self.perspective_group.addButton(button, i)
            self.perspective_buttons[p] = button
            who.addWidget(button)
        self.perspective_buttons[matter.perspective].setChecked(True)
        tab_to_checked(*self.perspective_buttons.values())
        self.perspective_warning = InlineMessage()
        who.addWidget(self.perspective_warning)

        # --- the parties ---
        columns: list[Column[PartyDraft]] = [
            Column("Name", lambda p: p.name, stretch=True),
            Column("Side", lambda p: f"{ROLE_LABELS[p.role]}, {p.represented}"),
            Column("Order served", lambda p: p.service_text),
        ]
        self.parties_model: DraftModel[PartyDraft] = DraftModel(
            columns, [PartyDraft.of(p, matter.order.service_on(p.id)) for p in matter.parties],
            self)
        self.parties = ListEditor(self.parties_model, "party", self._new_party, (0,))
        self.parties.table.setAccessibleName("Parties")
        self.parties.empty_label.setText("No party yet: add the plaintiff and the defendants.")

        self.party_name = QLineEdit()
        self.party_name.setPlaceholderText("As the caption names the party")
        self.party_role = QComboBox()
        for role, text in ROLE_LABELS.items():
            self.party_role.addItem(text, role)
        self.counsel = QLineEdit()
        self.counsel.setPlaceholderText("Leave empty if the party represents itself")
        self.pro_se_note = QLabel()
        self.pro_se_note.setWordWrap(True)
        self.mark_pro_se = QPushButton("Mar&k as pro se")
        self.mark_pro_se.setToolTip("The party has no lawyer and represents itself")
        self.mark_pro_se.setAccessibleName("Mark the party as pro se (representing itself)")
        self.mark_pro_se.setVisible(False)
        note_row = QWidget()
        note_lay = QHBoxLayout(note_row)
        note_lay.setContentsMargins(0, 0, 0, 0)
        note_lay.addWidget(self.pro_se_note, 1)
        note_lay.addWidget(self.mark_pro_se)
        self.firm = QLineEdit()
        self.bar_number = QLineEdit()
        self.address = QPlainTextEdit()
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.address.fontMetrics().lineSpacing() * 3 + 12)
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.inmate_number = QLineEdit()
        self.inmate_number.setPlaceholderText("Only if in prison, e.g. BOP or CDCR No.")
        self.served = QCheckBox("The order &was served on this party")
        self.served.setAccessibleName("The order was served on this party")
        self.served_on = DateEdit(matter.order.signed, "Date the order was served")
        self.service_method = QComboBox()
        for s, text in SERVICE_LABELS.items():
            self.service_method.addItem(text, s)

        self.party_form = QWidget()
        pform = QFormLayout(self.party_form)
        pform.setContentsMargins(0, 0, 0, 0)
        add_row(pform, "N&ame:", self.party_name, "Party name")
        add_row(pform, "S&ide:", self.party_role, "Party's side")
        add_row(pform, "Coun&sel:", self.counsel, "Counsel's name")
        pform.addRow("", note_row)
        add_row(pform, "Fi&rm:", self.firm, "Counsel's firm or office")
        add_row(pform, "&Bar number:", self.bar_number, "Counsel's bar number")
        add_row(pform, "A&ddress:", self.address, "Mailing address")
        add_row(pform, "E-mai&l:", self.email, "E-mail address")
        add_row(pform, "&Phone:", self.phone, "Telephone")
        add_row(pform, "Inma&te (prisoner) number:", self.inmate_number,
                "Prisoner (inmate) number, only for a party in prison")
        pform.addRow(self.served)
        add_row(pform, "Ser&ved on:", with_weekday(self.served_on), "Date the order was served",
                buddy=self.served_on)
        add_row(pform, "Service met&hod:", self.service_method, "How the order was served")
        self.parties.focus_after_add = self.party_name

        parties_box = QGroupBox("The parties and service of the order")
        right = QVBoxLayout(parties_box)
        right.addWidget(self.parties, 1)
        right.addWidget(self.party_form)

        # --- bottom ---
        self.message = InlineMessage()
        self.buttons, self.ok_button = save_cancel_buttons(self, "Save the matter")

        left = QVBoxLayout()
        left.addWidget(case_box)
        left.addWidget(order_box)
        left.addWidget(who_box)
        left.addStretch(1)
        columns_row = QHBoxLayout()
        columns_row.addLayout(left, 2)
        columns_row.addWidget(parties_box, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns_row, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)

        set_tab_order(
            self.court, self.case_name, self.case_number, self.judge, self.motion_title,
            self.motion_ecf, self.matter_name, self.order_date, self.order_ecf,
            *self.perspective_buttons.values(), self.parties.table, self.parties.add_button,
            self.parties.remove_button, self.party_name, self.party_role, self.counsel,
            self.mark_pro_se, self.firm, self.bar_number, self.address, self.email, self.phone,
            self.inmate_number, self.served, self.served_on, self.service_method,
            self.ok_button, self.buttons.button(QDialogButtonBox.StandardButton.Cancel))

        # --- wiring ---
        for edit in (self.matter_name, self.case_name, self.case_number, self.judge,
                     self.motion_title):
            edit.textChanged.connect(self._revalidate)
        self.court.currentTextChanged.connect(self._revalidate)
        self.motion_ecf.valueChanged.connect(self._revalidate)
        self.order_ecf.valueChanged.connect(self._revalidate)
        self.order_date.value_changed.connect(self._revalidate)
        self.perspective_group.idToggled.connect(self._on_perspective_group_toggled)
        self.parties.current_changed.connect(self._on_parties_current_changed)
        self.parties.rows_changed.connect(self._revalidate)
        for line in (self.party_name, self.counsel, self.firm, self.bar_number, self.email,
                     self.phone, self.inmate_number):
            line.textEdited.connect(self._on_party_field_edited)
        self.address.textChanged.connect(self._on_party_field_edited)
        self.mark_pro_se.clicked.connect(self._on_mark_pro_se_clicked)
        self.party_role.currentIndexChanged.connect(self._on_party_field_edited)
        self.served.toggled.connect(self._on_party_field_edited)
        self.served_on.value_changed.connect(self._on_party_field_edited)
        self.service_method.currentIndexChanged.connect(self._on_party_field_edited)

        self.parties.select(0 if self.parties_model.rowCount() else -1)
        self._on_parties_current_changed(self.parties.current_row())
        self._revalidate()
        fit_to_screen(self, 1100, 660)

    @staticmethod
    def _ecf_box(value: int | None) -> NumberEdit:
        box = NumberEdit(value)
        box.setToolTip("The docket number the court's electronic filing system gave it")
        return box

    def _new_party(self) -> PartyDraft:
        roles = {p.role for p in self.parties_model.rows()}
        role = Role.DEFENDANT if Role.PLAINTIFF in roles else Role.PLAINTIFF
        return PartyDraft(f"party-{uuid.uuid4().hex[:8]}", role=role)

    # --- reading the form ---
    def district_code(self) -> str | None:
        """The court chosen, or None if the text names none."""
        text = self.court.currentText().strip()
        index = self.court.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            return str(self.court.itemData(index))
        lowered = text.lower()
        for d in DISTRICTS.values():  # a bare code or abbreviation typed in full
            if lowered in (d.code, d.abbreviation.lower(), d.name.lower()):
                return d.code
        return None

    def perspective(self) -> Perspective:
        """The user's side."""
        for p, button in self.perspective_buttons.items():
            if button.isChecked():
                return p
        return self._matter.perspective

    def _build(self) -> Matter:
        code = self.district_code()
        if code is None:
            raise DomainError("choose the court from the list (type part of its name)")
        drafts = self.parties_model.rows()
        parties = tuple(d.build() for d in drafts)
        served = [OrderService(d.id, d.served_on, d.service) for d in drafts
                  if d.served and d.served_on is not None]
        # Keep the recorded order of the service entries; new ones follow.
        before = [s.party_id for s in self._matter.order.service]
        service = tuple(sorted(served, key=lambda s: (
            before.index(s.party_id) if s.party_id in before else len(before))))
        order: Order = replace(self._matter.order, signed=self.order_date.value(),
                               ecf=self.order_ecf.value() or None, service=service)
        name = self.matter_name.text().strip() or self.case_name.text().strip()
        return replace(self._matter, name=name, district_code=code,
                       case_name=self.case_name.text().strip(),
                       case_number=self.case_number.text().strip(),
                       judge=self.judge.text().strip(),
                       motion_title=self.motion_title.text().strip(),
                       motion_ecf=self.motion_ecf.value() or None, parties=parties,
                       perspective=self.perspective(), order=order)

    def problems(self) -> list[str]:
        """Why the entries cannot be saved yet, in words; empty when they can."""
        out: list[str] = []
        if self.district_code() is None:
            out.append("Choose the court from the list: type part of its name, code or "
                       "abbreviation (e.g. caed or E.D. Cal.).")
        if not (self.case_name.text().strip() or self.matter_name.text().strip()):
            out.append("Enter the case name (e.g. Moore v. Gipson).")
        signed = self.order_date.value()
        drafts = self.parties_model.rows()
        for n, d in enumerate(drafts, 1):
            if not d.name.strip():
                out.append(f"Party {n} needs a name, as the caption gives it.")
        for role, side in ((Role.PLAINTIFF, "plaintiff's"), (Role.DEFENDANT, "defense")):
            if not any(d.role is role for d in drafts):
                out.append(f"Add a party on the {side} side.")
        for d in drafts:
            if d.served and d.served_on is not None and d.served_on < signed:
                who = d.name.strip() or "a party"
                out.append(f"The order is recorded as served on {who} on "
                           f"{long_date(d.served_on)}, before its date {long_date(signed)}: "
                           "check both dates.")
        out += self._events_before(signed)
        if not out:
            try:
                self._build()
            except DomainError as err:
                out.append(capitalized(str(err)))
        return out

    def _events_before(self, signed: date) -> list[str]:
        ev = self._matter.events
        days = [("a contact", c.on) for c in ev.contacts]
        days += [("a conference session", s.held_on) for s in ev.sessions]
        if ev.filing:
            days.append(("the Joint Statement's filing", ev.filing.filed_on))
        early = [(what, day) for what, day in days if day < signed]
        if not early:
            return []
        what, day = min(early, key=lambda e: e[1])
        return [f"The matter records {what} on {long_date(day)}, before the order's date "
                f"{long_date(signed)}: check the order's date."]

    # --- keeping the form in step ---
    @Slot()
    def _revalidate(self) -> None:
        problems = self.problems()
        n = self.parties_model.rowCount()
        code = self.district_code()
        court = DISTRICTS[code].abbreviation if code else ""
        self.message.set_problems(
            problems, f"{self.case_name.text().strip()} ({court}); {n} "
                      f"part{'ies' if n != 1 else 'y'}; order of "
                      f"{long_date(self.order_date.value())}.")
        self.ok_button.setEnabled(not problems)
        self._update_perspective_warning()

    def _update_perspective_warning(self) -> None:
        drafts = self.parties_model.rows()
        text = ""
        if self.perspective() is Perspective.PLAINTIFF:
            counseled = [d for d in drafts if d.role is Role.PLAINTIFF and d.counsel.strip()]
            if counseled and len(counseled) == len([d for d in drafts
                                                    if d.role is Role.PLAINTIFF]):
                text = ("Counsel is listed for the plaintiff: if a lawyer represents you, "
                        "the plaintiff is not pro se.")
        self.perspective_warning.set_message(text, Severity.WARNING)

    @Slot(int, bool)
    def _on_perspective_group_toggled(self, _id: int, checked: bool) -> None:  # noqa: FBT001
        if checked:
            self._revalidate()

    @Slot(int)
    def _on_parties_current_changed(self, row: int) -> None:
        self.party_form.setEnabled(row >= 0)
        self._loading = True
        try:
            d = (self.parties_model.row(row) if row >= 0
                 else PartyDraft("", served_on=self.order_date.value()))
            self.party_name.setText(d.name)
            self.party_role.setCurrentIndex(self.party_role.findData(d.role))
            self.counsel.setText(d.counsel)
            self.firm.setText(d.firm)
            self.bar_number.setText(d.bar_number)
            self.address.setPlainText(d.address)
            self.email.setText(d.email)
            self.phone.setText(d.phone)
            self.inmate_number.setText(d.inmate_number)
            self.served.setChecked(d.served)
            self.served_on.set_value(d.served_on or self.order_date.value())
            self.service_method.setCurrentIndex(self.service_method.findData(d.service))
        finally:
            self._loading = False
        self._update_party_state()

    def _update_party_state(self) -> None:
        served = self.served.isChecked()
        self.served_on.setEnabled(served)
        self.service_method.setEnabled(served)
        row = self.parties.current_row()
        unknown = (row >= 0 and self.parties_model.row(row).counsel_unknown
                   and not self.counsel.text().strip())
        self.mark_pro_se.setVisible(unknown)
        if unknown:
            self.counsel.setPlaceholderText("Not known yet: counsel's name")
            self.pro_se_note.setText("The order does not say who speaks for this party: enter "
                                     "counsel's name, or mark the party as pro se.")
        else:
            self.counsel.setPlaceholderText("Leave empty if the party represents itself")
            pro_se = not self.counsel.text().strip()
            self.pro_se_note.setText("Pro se: the party represents itself." if pro_se
                                     else "Represented by counsel.")

    @Slot()
    def _on_mark_pro_se_clicked(self) -> None:
        row = self.parties.current_row()
        if row < 0:
            return
        self.parties_model.row(row).counsel_unknown = False
        self.counsel.clear()
        self.parties_model.refresh(row)
        self._update_party_state()
        self._revalidate()
        self.counsel.setFocus()

    @Slot()
    def _on_party_field_edited(self) -> None:
        row = self.parties.current_row()
        self._update_party_state()
        if self._loading or row < 0:
            return
        d = self.parties_model.row(row)
        d.name = self.party_name.text()
        d.role = Role(self.party_role.currentData())
        d.counsel = self.counsel.text()
        d.firm = self.firm.text()
        d.bar_number = self.bar_number.text()
        d.address = self.address.toPlainText()
        d.email = self.email.text()
        d.phone = self.phone.text()
        d.inmate_number = self.inmate_number.text()
        d.served = self.served.isChecked()
        d.served_on = self.served_on.value()
        d.service = Service(self.service_method.currentData())
        self.parties_model.refresh(row)
        self._revalidate()

    # --- closing ---
    @classmethod
    def ask(cls, parent: QWidget | None, matter: Matter) -> Matter | None:
        """Show the dialog and wait.

        Args:
            parent: The window it belongs to.
            matter: The matter to edit.

        Returns:
            The updated matter, or None if the user cancelled.
        """
        return cls(matter, parent)._run()


__all__ = ["PERSPECTIVE_LABELS", "ROLE_LABELS", "SERVICE_LABELS", "MatterSetupDialog",
           "PartyDraft", "district_text"]
