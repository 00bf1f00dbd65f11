"""The File menu's record of a meeting (issue 26 items 4 and 5): the minutes of the
current meeting, and the invitation to it for the people of a previous one.

A part with declared inputs, like event_actions.EventActions: the window (parent of its
dialogs, its status line), the operation runner and `state`, what the window shows now.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox

from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.file_dialogs import existing_folder
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations, attempt


class RecordActions(QObject):
    def __init__(self, window: QMainWindow, operations: Operations, state: Callable) -> None:
        super().__init__(window)
        self._window = window
        self._operations = operations
        self._state = state  # () -> event_actions.Shown

    def edit_minutes(self) -> None:
        shown = self._state()
        if shown.event is None:
            return
        by = shown.context.settings.desk()
        # the minutes' services load on use, not with the window (issue 24 item 5)
        from smartnet_desktop.ui.dialogs.minutes_dialog import MinutesDialog

        MinutesDialog(
            shown.context.sessions, self._operations, shown.event, by, self._window
        ).exec()

    def write_invitation(self) -> None:
        """Invites to the current meeting the people of a previous one who agreed to the
        distribution list: a new folder "einladung-<date>" in the folder chosen."""
        shown = self._state()
        if shown.event is None:
            return
        earlier = [e for e in shown.events if e.id != shown.event.id and e.date <= shown.event.date]
        if not earlier:
            QMessageBox.information(
                self._window,
                self.tr("Invitation"),
                self.tr("There is no earlier meeting whose people could be invited."),
            )
            return
        labels = [formatting.event_label(e) for e in earlier]
        label, ok = QInputDialog.getItem(
            self._window,
            self.tr("Invitation"),
            self.tr("Invite the people of this meeting who agreed to the distribution list:"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        folder = existing_folder(self._window, self.tr("Folder for the invitation"))
        if not folder:
            return
        from smartnet_desktop.services.invitation import write_invitation
        from smartnet_desktop.ui.dialogs.minutes_dialog import document_language

        source = earlier[labels.index(label)]
        out = Path(folder) / f"einladung-{shown.event.date:%Y-%m-%d}"
        sessions, event_id = shown.context.sessions, shown.event.id
        by = shown.context.settings.desk()
        done = attempt(
            self._window,
            self.tr("Invitation"),
            lambda: write_invitation(sessions, event_id, source.id, out, document_language(), by),
        )
        if done is not None:
            self._window.statusBar().showMessage(
                fill(
                    self.tr("Invitation for %1 people written to %2 (%3 left out without consent)"),
                    str(done.recipients),
                    str(done.folder),
                    str(done.left_out),
                ),
                12000,
            )
