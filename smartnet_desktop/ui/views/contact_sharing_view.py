"""Whether each attendee's contact details may go into the network's distribution list."""

from __future__ import annotations

from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView


class ContactSharingView(AttendeeListView):
    def __init__(self, parent=None) -> None:
        super().__init__(
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
