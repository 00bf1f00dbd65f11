"""Walk-in: four fields, then the person is registered and checked in at once."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCompleter,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import checkin
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import error_text


class WalkInDialog(FormDialog):
    def __init__(
        self,
        sessions,
        event_id: int,
        desk: str,
        organizations: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._event_id = event_id
        self._desk = desk
        self.result_row: AttendeeRow | None = None
        self.setWindowTitle(self.tr("Walk-in"))
        self.given = QLineEdit()
        self.family = QLineEdit()
        self.organization = QLineEdit()
        completer = QCompleter(organizations, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.organization.setCompleter(completer)
        self.email = QLineEdit()
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.given)
        form.addRow(self.tr("Last name"), self.family)
        form.addRow(self.tr("Organisation"), self.organization)
        form.addRow(self.tr("Email (optional)"), self.email)
        buttons = self.finish(form)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Register and check in"))
        self.given.setFocus()

    def accept(self) -> None:
        data = checkin.WalkInInput(
            given_name=self.given.text(),
            family_name=self.family.text(),
            organization=self.organization.text(),
            email=self.email.text(),
        )
        try:
            self.result_row = checkin.register_walk_in(
                self._sessions, self._event_id, data, self._desk
            )
        except SmartNetError as error:
            self.error.setText(error_text(error))
            return
        super().accept()
