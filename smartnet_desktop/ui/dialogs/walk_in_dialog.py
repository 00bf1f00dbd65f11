"""Walk-in: the person is registered and checked in at once, with their consent answers.

Prefilled from what staff already typed at the desk; Enter submits from any field. A person
the network knows already is registered (or, if registered, only checked in), never
created a second time, and the desk says which of the three happened.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.services import checkin, codes, known_people
from smartnet_desktop.services.checkin import WalkInOutcome, WalkInResult
from smartnet_desktop.services.requests import new_request_id
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import fill


def split_typed(text: str) -> tuple[str, str, str]:
    """(given name, family name, email) from the desk's search text: "Anna von Berg" gives
    ("Anna von", "Berg"), a single word is taken as the family name, an "@" as the email."""
    words = [w for w in text.split() if "@" not in w]
    email = next((w for w in text.split() if "@" in w), "")
    if not words:
        return "", "", email
    return " ".join(words[:-1]), words[-1], email


# How the dialog registers: (input, request id, report) -> the result, or None after the
# refusal was worded through `report` (the desk runs it through the operation runner).
WalkInWriter = Callable[[checkin.WalkInInput, str, Callable[[str], None]], WalkInResult | None]


class WalkInDialog(FormDialog):
    def __init__(
        self,
        write: WalkInWriter,
        sessions,
        event_id: int,
        organizations: list[str],
        typed: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._write = write
        self._sessions = sessions
        self._event_id = event_id
        self._request_id = new_request_id()
        self.walk_in_result: WalkInResult | None = None
        self.scanned_code = ""  # a badge scan typed here: the desk reads it again
        self.setWindowTitle(self.tr("Walk-in"))
        given, family, email = split_typed(typed)
        self.academic_title = QLineEdit()
        self.given = QLineEdit(given)
        self.family = QLineEdit(family)
        self.organization = self._organization_field(organizations)
        self.role = QLineEdit()
        self.email = QLineEdit(email)
        self.no_photos = QCheckBox(self.tr("Objects to being photographed at this meeting"))
        self.contact = QComboBox()
        for label, value in (
            (self.tr("not asked"), ""),
            (self.tr("yes, may be shared"), "grant"),
            (self.tr("no"), "object"),
        ):
            self.contact.addItem(label, value)
        form = QFormLayout()
        form.addRow(self.tr("Academic title"), self.academic_title)
        form.addRow(self.tr("First name"), self.given)
        form.addRow(self.tr("Last name"), self.family)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Email (optional)"), self.email)
        form.addRow(self.tr("Photos"), self.no_photos)
        form.addRow(self.tr("Contact sharing in the network"), self.contact)
        # Likely matches before anyone is created: the same folding as the desk's search.
        self.known = QLabel()
        self.known.setWordWrap(True)
        self.known.setObjectName("walk_in_known")
        self.given.textChanged.connect(self._show_known)
        self.family.textChanged.connect(self._show_known)
        self._show_known()
        buttons = self.finish(form, self.known)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Register and check in"))
        ok.setDefault(True)  # Enter in any field submits
        (self.given if not given else self.family if not family else self.organization).setFocus()

    def _organization_field(self, organizations: list[str]) -> QLineEdit:
        field = QLineEdit()
        completer = QCompleter(organizations, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        field.setCompleter(completer)
        # Before the completer's own filter; the field too, as keys sent to it directly
        # (no keyboard grab: offscreen, some X servers) bypass the popup.
        completer.popup().installEventFilter(self)
        field.installEventFilter(self)
        return field

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Enter while the completer offers organisations: the highlighted one (or the first
        offered) is taken and the dialog accepted at once; the completer alone would take
        the Enter for itself and leave the dialog open."""
        completer = self.organization.completer()
        if (
            watched in (completer.popup(), self.organization)
            and completer.popup().isVisible()
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            popup = completer.popup()
            index = popup.currentIndex()
            if not index.isValid():
                index = completer.completionModel().index(0, 0)
            if index.isValid():
                self.organization.setText(str(index.data()))
            popup.hide()
            self.accept()
            return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        self.scanned_code = self._scanned_badge()
        if self.scanned_code:  # a scan's Enter, not staff's: no person named by a code
            self.reject()
            return
        data = checkin.WalkInInput(
            given_name=self.given.text(),
            family_name=self.family.text(),
            organization=self.organization.text(),
            email=self.email.text(),
            title=self.academic_title.text(),
            role=self.role.text(),
            photo_objection=self.no_photos.isChecked(),
            contact_sharing=self.contact.currentData(),
        )
        # One id for the dialog: OK pressed again after an unanswered attempt (a lost
        # server) registers the person once. A refusal is worded on the dialog's red line.
        self.walk_in_result = self._write(data, self._request_id, self.error.setText)
        if self.walk_in_result is not None:
            super().accept()

    def _show_known(self) -> None:
        try:
            known = known_people.likely_persons(
                self._sessions, self.given.text(), self.family.text()
            )
        except SmartNetError:
            known = []  # no server: the registration itself will say so
        names = [f"{p.name} ({p.organization})" if p.organization else p.name for p in known]
        text = self.tr("Known in the network: %1. The same name and organisation is that person.")
        self.known.setText(fill(text, "; ".join(names)) if names else "")
        self.known.setVisible(bool(names))

    def _scanned_badge(self) -> str:
        """A scan of a badge of this meeting's holder typed into a field (a scanner types
        where the focus is), as the desk reads it (also from a scanner set to the other
        keyboard layout), or ""."""
        fields = (self.given, self.family, self.organization, self.email, self.role)
        for field in fields:
            for text in (field.text(), *codes.layout_readings(field.text())):
                try:
                    scan = checkin.find_badge(self._sessions, self._event_id, text)
                except SmartNetError:
                    return ""  # no server: the registration itself will say so
                if scan is not None and scan.other_event is None:
                    return text
        return ""

    def outcome_text(self) -> str:
        """What happened, in the words the desk shows."""
        outcome = self.walk_in_result.outcome if self.walk_in_result else None
        if outcome == WalkInOutcome.KNOWN_PERSON:
            return self.tr("Known in the network: registered and checked in")
        if outcome == WalkInOutcome.ALREADY_REGISTERED:
            return self.tr("Was registered already: checked in")
        return self.tr("Walk-in registered and checked in")
