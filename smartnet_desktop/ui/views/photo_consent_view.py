"""Who must not be photographed at the current event, and whether their badge shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale

from smartnet_desktop.context import AppContext
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView, consent_row_actions


class PhotoConsentView(AttendeeListView):
    def __init__(self, context: AppContext, operations: Operations, parent=None) -> None:
        super().__init__(
            context,
            operations,
            heading=self.tr("Photo objections"),
            explanation=fill(
                self.tr(
                    "Attendees who object to being photographed at this event, for this event "
                    "only or for all events. Photographers need this list. Record an objection "
                    "at the desk (%1) or from the attendee list (right-click)."
                ),
                key_of("desk.no_photos"),
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.BADGE_CODE,
                Column.REPRINT,
                Column.STATUS,
            ],
            quick_filters=[
                (self.tr("All objections"), None),
                (self.tr("Checked in"), lambda r: r.checked_in_at is not None),
                (self.tr("Badge needs a reprint"), lambda r: r.needs_reprint),
            ],
            base_filter=lambda r: r.photo_objection,
            parent=parent,
        )
        consent_row_actions(self, buttons=("withdraw", "history"))
        self.add_action(
            self.tr("Photographers' list (PDF)…"), lambda: self.export("pdf"), "photos.list"
        )
        self.add_action(self.tr("List as CSV…"), lambda: self.export("csv"))

    def export(self, kind: str) -> None:
        if self.event_id is None:
            return
        name = "fotografen-liste." + kind
        path = save_file_name(
            self,
            self.tr("Photographers' list"),
            name,
            "PDF (*.pdf)" if kind == "pdf" else "CSV (*.csv)",
        )
        if path:
            self.write_list(Path(path))

    def write_list(self, path: Path) -> int | None:
        from smartnet_desktop.services.consent_exports import export_photo_objections

        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        return attempt(
            self,
            self.tr("Photographers' list"),
            lambda: export_photo_objections(
                self.context.sessions,
                self.event_id,
                path,
                language,
                self.context.settings.marker_style(),
            ),
        )
