"""The File menu's work on events: a new event, its settings, a duplicate, inviting the
people of a previous event, importing registrations and exporting the attendee list.

A part with declared inputs, not a mixin: the window it works in (parent of its dialogs,
its status line), the operation runner every write goes through (which refreshes what the
service says it changed), and `state`, which says what the window shows right now.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.services import events
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.file_dialogs import open_file_name, save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations, attempt


@dataclass(frozen=True)
class Shown:
    """What the window shows when an action starts."""

    context: AppContext
    event: EventRow | None
    events: list[EventRow]


class EventActions(QObject):
    def __init__(
        self, window: QMainWindow, operations: Operations, state: Callable[[], Shown]
    ) -> None:
        super().__init__(window)
        self._window = window
        self._operations = operations
        self._state = state

    def _say(self, text: str) -> None:
        self._window.statusBar().showMessage(text, 8000)

    def new_event(self) -> None:
        # the dialogs load on use, not with the window (issue 24 item 5)
        from smartnet_desktop.ui.dialogs.event_dialog import EventDialog

        EventDialog(self._state().context.sessions, self._operations, self._window).exec()

    def edit_event(self, mode: str) -> None:
        from smartnet_desktop.ui.dialogs.event_dialog import EventDialog

        shown = self._state()
        if shown.event is not None:
            EventDialog(
                shown.context.sessions, self._operations, self._window, shown.event, mode
            ).exec()

    def invite_from_previous(self) -> None:
        shown = self._state()
        if shown.event is None:
            return
        others = [e for e in shown.events if e.id != shown.event.id]
        if not others:
            QMessageBox.information(
                self._window, self.tr("Invite"), self.tr("There is no other event yet.")
            )
            return
        labels = [formatting.event_label(e) for e in others]
        label, ok = QInputDialog.getItem(
            self._window,
            self.tr("Invite from a previous event"),
            self.tr("Register the people of this event for the current one:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        source, sessions, event_id = (
            others[labels.index(label)],
            shown.context.sessions,
            shown.event.id,
        )
        self._operations.run(
            lambda: events.invite_from(sessions, event_id, source.id),
            report=lambda text: warn(self._window, self.tr("Invite"), text),
            done=lambda count: self._say(
                fill(self.tr("%1 people registered from %2"), str(count), source.title)
            ),
        )

    def import_registrations(self) -> None:
        shown = self._state()
        if shown.event is None:
            return
        path = open_file_name(
            self._window,
            self.tr("Import registrations"),
            "",
            self.tr("Registration lists (*.csv *.xlsx *.txt)"),
        )
        if not path:
            return
        # the import's services load on use, not with the window (issue 24 item 5)
        from smartnet_desktop.ui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(
            shown.context.sessions,
            self._operations,
            shown.event.id,
            path,
            shown.context.settings.desk(),
            self._window,
        )
        if dialog.exec() and dialog.result_data:
            result = dialog.result_data
            QMessageBox.information(
                self._window,
                self.tr("Import registrations"),
                fill(
                    self.tr(
                        "%1 registered (%2 new in the network), %3 were already registered, %4 rows skipped."
                    ),
                    str(result.registered),
                    str(result.new_people),
                    str(result.already_registered),
                    str(len(result.skipped)),
                ),
            )

    def export_attendees(self) -> None:
        """A file written, nothing changed: a read through `attempt`, not a write."""
        shown = self._state()
        if shown.event is None:
            return
        path = save_file_name(
            self._window,
            self.tr("Export attendee list"),
            "teilnehmende.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not path:
            return
        from smartnet_desktop.services.exporting import export_attendees

        sessions, event_id = shown.context.sessions, shown.event.id
        count = attempt(
            self._window,
            self.tr("Export"),
            lambda: export_attendees(sessions, event_id, Path(path)),
        )
        if count is not None:
            self._say(fill(self.tr("%1 attendees written to %2"), str(count), path))
