"""Add or edit a person of the network. A person who already exists (same email, or same
name and organisation) is offered instead of creating a duplicate."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import attendees, registry
from smartnet_desktop.services.attendee_details import NOTE_LENGTH, Details, update_details
from smartnet_desktop.services.registry import PersonInput
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations


class AttendeeDialog(FormDialog):
    """With `person_id` it edits that person; otherwise it registers someone for the event."""

    def __init__(
        self,
        sessions,
        event_id: int,
        operations: Operations,
        person_id: int | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._sessions = sessions
        self._operations = operations
        self._event_id = event_id
        self._person_id = person_id
        self.added: AttendeeRow | None = None
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("Add attendee"))
        self.setMinimumWidth(480)

        self.title = QLineEdit()
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organization = QComboBox()
        self.organization.setEditable(True)
        self.organization.addItem("")
        self.organization.addItems(registry.organization_names(sessions))
        self.organization.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organization.completer().setCompletionMode(
            self.organization.completer().CompletionMode.PopupCompletion
        )
        self.role = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.note = QLineEdit()  # the registration's note for the desk (editing only)
        self.note.setMaxLength(NOTE_LENGTH)
        self._registration = _registration(sessions, event_id, person_id)
        form = QFormLayout()
        form.addRow(self.tr("Academic title"), self.title)
        form.addRow(self.tr("First name"), self.given)
        form.addRow(self.tr("Last name"), self.family)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Role"), self.role)
        form.addRow(self.tr("Email"), self.email)
        form.addRow(self.tr("Phone (optional)"), self.phone)
        if self._registration is not None:
            form.addRow(self.tr("Note (this meeting)"), self.note)
            self.note.setText(self._registration.note)
        self.finish(form)
        self._fields = {
            "academic_title": self.title,
            "given_name": self.given,
            "name": self.given,
            "family_name": self.family,
            "organization": self.organization,
            "role": self.role,
            "email": self.email,
            "phone": self.phone,
            "note": self.note,
        }
        if person_id:
            self._fill(registry.person_input(sessions, person_id))

    def _fill(self, data: PersonInput) -> None:
        self.title.setText(data.title)
        self.given.setText(data.given_name)
        self.family.setText(data.family_name)
        self.organization.setCurrentText(data.organization)
        self.role.setText(data.role)
        self.email.setText(data.email)
        self.phone.setText(data.phone)

    def person_input(self) -> PersonInput:
        return PersonInput(
            given_name=self.given.text(),
            family_name=self.family.text(),
            title=self.title.text(),
            organization=self.organization.currentText(),
            role=self.role.text(),
            email=self.email.text(),
            phone=self.phone.text(),
        )

    def _details(self, data: PersonInput) -> Details:
        return Details(
            data.given_name,
            data.family_name,
            data.title,
            data.organization,
            data.role,
            data.email,
            self.note.text(),
            data.phone,
        )

    def _existing_choice(self, data: PersonInput) -> int | None | bool:
        """The id of an existing person the user picked, None for a new one, False to go back."""
        matches = registry.find_matches(self._sessions, data)
        if not matches:
            return None
        match = matches[0]
        reason = (
            self.tr("same email")
            if match.reason == "email"
            else self.tr("same name and organisation")
        )
        answer = QMessageBox.question(
            self,
            self.tr("Already in the network"),
            fill(
                self.tr(
                    "%1 (%2) is already in the network (%3). Register this person instead of "
                    "creating a new one?"
                ),
                match.name,
                match.organization or "–",
                reason,
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Cancel:
            return False
        return match.person_id if answer == QMessageBox.StandardButton.Yes else None

    def accept(self) -> None:
        """Saves through the window's runner, which refreshes what the service says it
        changed; a refusal (bad input, also while looking for the same person) is worded in
        the dialog's red line and the dialog stays open."""
        data, sessions, event_id = self.person_input(), self._sessions, self._event_id
        if self._registration is not None:  # audited old -> new, undoable (as F2 at the desk)
            registration_id, details = self._registration.registration_id, self._details(data)
            self._save(lambda: update_details(sessions, registration_id, details))
            return
        if self._person_id:
            person_id = self._person_id
            self._save(lambda: registry.update_person(sessions, person_id, data))
            return

        def register() -> Done:
            existing = self._existing_choice(data)
            if existing is False:
                return Done(None)  # back to the form: nothing written
            return registry.add_attendee(sessions, event_id, data, existing)

        self._save(register)

    def _save(self, call) -> None:
        self._operations.run(
            call, report=self.error.setText, refused=self._focus_field, done=self._saved
        )

    def _focus_field(self, error: BaseException) -> bool:
        """Puts the cursor where the refusal points; the runner words it (False)."""
        widget = self._fields.get(getattr(error, "field", ""))
        if widget is not None:
            widget.setFocus()
        return False

    def _saved(self, added: AttendeeRow | None) -> None:
        if added is None and not self._person_id:
            return  # the user went back to the form
        self.added = added
        super().accept()


def _registration(sessions, event_id: int, person_id: int | None) -> AttendeeRow | None:
    """The person's registration for the event, whose note the editor shows (None: adding)."""
    if not person_id:
        return None
    rows = attendees.list_attendees(sessions, event_id, person_ids=[person_id])
    return rows[0] if rows else None
