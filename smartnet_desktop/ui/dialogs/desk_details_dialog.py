"""F2 at the desk: the shown person's details in a small dialog (the spelling of the name,
title, organisation, role, e-mail, and this meeting's note). Saved through the runner:
one transaction, audited old → new, Ctrl+Z undoes it. Bad input stays in the dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLineEdit, QWidget

from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services.attendee_details import NOTE_LENGTH, Details, details_of
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog


class DeskDetailsDialog(FormDialog):
    """`save(details, report)` writes through the runner and returns the new row (None when
    refused: `report` has put the reason in the dialog's red line)."""

    def __init__(self, row: AttendeeRow, save, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.saved: AttendeeRow | None = None
        self.setWindowTitle(self.tr("Details of %1").replace("%1", row.display_name))
        self.setMinimumWidth(460)
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        stored = details_of(row)
        for name, label in (
            ("note", self.tr("Note (this meeting)")),
            ("given_name", self.tr("First name")),
            ("family_name", self.tr("Last name")),
            ("title", self.tr("Academic title")),
            ("organization", self.tr("Organisation")),
            ("role", self.tr("Role")),
            ("email", self.tr("Email")),
        ):
            field = QLineEdit(getattr(stored, name))
            field.setObjectName(f"details_{name}")
            self.fields[name] = field
            form.addRow(label, field)
        self.fields["note"].setMaxLength(NOTE_LENGTH)
        self.fields["note"].setPlaceholderText(
            self.tr("e.g. VIP — tell the host; pays at the desk")
        )
        self.finish(form)
        self.fields["note"].setFocus()

    def details(self) -> Details:
        return Details(**{name: field.text() for name, field in self.fields.items()})

    def accept(self) -> None:
        row = self._save(self.details(), self.error.setText)
        if row is None:
            return
        self.saved = row
        super().accept()
