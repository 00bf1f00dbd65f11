"""Attendees of the current event: the registry table."""

from __future__ import annotations

from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView


class AttendeesView(AttendeeListView):
    def __init__(self, parent=None) -> None:
        super().__init__(
            heading=self.tr("Attendees"),
            explanation=self.tr(
                "Everyone registered for this event. Type any part of a name, organisation, "
                "email or badge code; accents and case do not matter."
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.ROLE,
                Column.BADGE_CODE,
                Column.STATUS,
                Column.PRINTED,
                Column.PHOTO,
                Column.CONTACT,
                Column.EMAIL,
            ],
            quick_filters=[
                (self.tr("Everyone"), None),
                (self.tr("Checked in"), lambda r: r.checked_in_at is not None),
                (self.tr("Not yet checked in"), lambda r: r.checked_in_at is None),
                (self.tr("Walk-ins"), lambda r: r.walk_in),
                (self.tr("No photos"), lambda r: r.photo_objection),
            ],
            parent=parent,
        )
