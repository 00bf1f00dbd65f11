"""Recording consent from any view: one call per user action.

`send` is the write itself (the desk runs it through the operation runner, wording errors
in its band). `photo` and `contact` (the attendee lists' context menus) return the Change
the service made, or None when nothing was recorded (errors shown in a box): transitional
until those views write through the runner too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.rows import AttendeeRow, Change
from smartnet_desktop.services import consent
from smartnet_desktop.services.requests import new_request_id
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


def photo(
    parent: QWidget, context: AppContext, row: AttendeeRow, objects: bool, all_events: bool = False
) -> Change | None:
    request_id = new_request_id()
    decision = "object" if objects else "withdraw"
    done = _run(parent, lambda: send(context, row, "photo", decision, request_id, all_events))
    return None if done is None else done.change


def contact(parent: QWidget, context: AppContext, row: AttendeeRow, decision: str) -> Change | None:
    request_id = new_request_id()
    done = _run(parent, lambda: send(context, row, "contact", decision, request_id))
    return None if done is None else done.change


def show_history(parent: QWidget, context: AppContext, row: AttendeeRow) -> None:
    from smartnet_desktop.ui.dialogs.consent_history_dialog import ConsentHistoryDialog

    rows = _run(parent, lambda: consent.history(context.sessions, row.person_id))
    if rows is None:
        return
    ConsentHistoryDialog(row.display_name, rows, parent).exec()
