"""Who must not be photographed at the current event."""

from __future__ import annotations

from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView


class PhotoConsentView(AttendeeListView):
    def __init__(self, parent=None) -> None:
        super().__init__(
            heading=self.tr("Photo objections"),
            explanation=self.tr(
                "Attendees who object to being photographed at this event, for this event "
                "only or for all events. Photographers need this list."
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.BADGE_CODE,
                Column.STATUS,
                Column.PRINTED,
            ],
            quick_filters=[
                (self.tr("All objections"), None),
                (self.tr("Checked in"), lambda r: r.checked_in_at is not None),
            ],
            base_filter=lambda r: r.photo_objection,
            parent=parent,
        )
