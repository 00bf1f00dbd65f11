"""Recording consent from any view: one call per user action.

`send` is the write itself: the desk and the attendee lists' context menus run it through
the operation runner, which words refusals where the view says.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import consent
from smartnet_desktop.ui.operations import attempt


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConsentActions", text)


def _run(parent: QWidget, action):
    return attempt(parent, QCoreApplication.translate("ConsentActions", "Consent"), action)


def send(
    context: AppContext,
    row: AttendeeRow,
    kind: str,
    decision: str,
    request_id: str,
    all_events: bool = False,
) -> Done[None]:
    """One consent answer for `row`'s person: kind "photo" (decision "object" or
    "withdraw", for this event or all events) or "contact" ("grant", "object", ...).
    Raises the service's errors: the desk words them in its band or queues the answer."""
    if kind == "photo":
        return consent.record_photo(
            context.sessions,
            row.person_id,
            row.event_id,
            decision == "object",
            all_events,
            by=context.settings.desk(),
            request_id=request_id,
        )
    return consent.record_contact(
        context.sessions,
        row.person_id,
        decision,
        by=context.settings.desk(),
        event_id=row.event_id,
        request_id=request_id,
    )


def show_history(parent: QWidget, context: AppContext, row: AttendeeRow) -> None:
    from smartnet_desktop.ui.dialogs.consent_history_dialog import ConsentHistoryDialog

    rows = _run(parent, lambda: consent.history(context.sessions, row.person_id))
    if rows is None:
        return
    ConsentHistoryDialog(row.display_name, rows, parent).exec()
