"""Whether each attendee's contact details may go into the network's distribution list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from smartnet_desktop.context import AppContext
from smartnet_desktop.services.consent import distribution_list
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView, consent_row_actions


class ContactSharingView(AttendeeListView):
    def __init__(self, context: AppContext, operations: Operations, parent=None) -> None:
        super().__init__(
            context,
            operations,
            heading=self.tr("Contact sharing"),
            explanation=self.tr(
                "May the organiser pass the contact details on in the network's distribution "
                "list? Only a recorded yes shares anything; never asked shares nothing."
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.CONTACT,
                Column.EMAIL,
                Column.PHONE,
            ],
            quick_filters=[
                (self.tr("Everyone"), None),
                (self.tr("Not asked yet"), lambda r: r.contact_sharing == "not_asked"),
                (self.tr("May be shared"), lambda r: r.contact_sharing == "granted"),
                (self.tr("Objected"), lambda r: r.contact_sharing == "objected"),
            ],
            parent=parent,
        )
        consent_row_actions(self, buttons=("contact", "history"))
        self.add_action(self.tr("Export distribution list…"), self.export, "contacts.export")

    def export(self) -> None:
        listing = attempt(
            self, self.tr("Distribution list"), lambda: distribution_list(self.context.sessions)
        )
        if listing is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Distribution list"),
            fill(
                self.tr(
                    "%1 people of the network may be shared and will be exported.\n"
                    "Left out: %2 never asked, %3 objected.\n\nContinue?"
                ),
                str(len(listing.included)),
                str(listing.not_asked),
                str(listing.objected),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        path = save_file_name(
            self,
            self.tr("Distribution list"),
            "netzwerkverteiler.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv);;vCard (*.vcf)"),
        )
        if path:
            self.write_list(Path(path))

    def write_list(self, path: Path):
        from smartnet_desktop.services.consent_exports import export_contacts

        return attempt(
            self,
            self.tr("Distribution list"),
            lambda: export_contacts(self.context.sessions, path),
        )
