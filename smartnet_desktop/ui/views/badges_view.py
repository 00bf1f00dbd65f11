"""Name badges of the current event: who has one printed, who still needs one."""

from __future__ import annotations

from smartnet_desktop.context import AppContext
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView


class BadgesView(AttendeeListView):
    def __init__(self, context: AppContext, parent=None) -> None:
        super().__init__(
            context,
            heading=self.tr("Badges"),
            explanation=self.tr(
                "Badge codes and printing state. Each badge carries a QR code that opens the "
                "organisation's profile."
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.BADGE_CODE,
                Column.PRINTED,
                Column.PHOTO,
                Column.STATUS,
            ],
            quick_filters=[
                (self.tr("Everyone"), None),
                (self.tr("Not yet printed"), lambda r: r.badge_printed_at is None),
                (
                    self.tr("Checked in without badge"),
                    lambda r: r.checked_in_at is not None and r.badge_printed_at is None,
                ),
            ],
            parent=parent,
        )
