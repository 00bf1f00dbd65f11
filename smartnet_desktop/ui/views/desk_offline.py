"""The desk without its server (a part of CheckinView): a banner says so at once, search
keeps working on the list already loaded, check-ins and consent answers (F7/F8/F9) are
kept on this computer with a "pending" mark and sent with their request ids when the server
is back, off the GUI thread, oldest first; whoever was checked in elsewhere meanwhile is
listed for staff. Counters, status bar and the list of the latest check-ins count what
waits here."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.enums import contact_state
from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, EventCounts, EventRow
from smartnet_desktop.services import offline_queue
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.models.attendee_model import AttendeeTableModel
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.views.desk_panels import Outcome

translate = QCoreApplication.translate


class ConflictPanel(QWidget):
    """Check-ins sent after an outage that the server did not take, until staff have seen
    them."""

    def __init__(self, on_seen) -> None:
        super().__init__()
        self.setObjectName("desk_conflicts")
        self.heading = QLabel()
        self.heading.setStyleSheet("color: #8a5a00; font-weight: bold;")
        self.items = QListWidget()
        self.items.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.items.setMaximumHeight(90)
        self.seen = QPushButton(translate("DeskOffline", "Seen"))
        self.seen.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.seen.clicked.connect(on_seen)
        row = QHBoxLayout()
        row.addWidget(self.heading, 1)
        row.addWidget(self.seen)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.items)
        self.hide()

    def show_conflicts(self, conflicts: list[offline_queue.Conflict]) -> None:
        self.items.clear()
        for conflict in conflicts:
            if conflict.checked_in_at is None:
                text = translate("DeskOffline", "%1 (%2 here): no longer registered")
                self.items.addItem(
                    fill(text, conflict.name, formatting.local_time(conflict.arrived_at))
                )
            else:
                text = translate("DeskOffline", "%1 (%2 here): checked in at %3 by %4 meanwhile")
                self.items.addItem(
                    fill(
                        text,
                        conflict.name,
                        formatting.local_time(conflict.arrived_at),
                        formatting.local_time(conflict.checked_in_at),
                        conflict.checked_in_by or "?",
                    )
                )
        self.heading.setText(
            fill(
                translate("DeskOffline", "Not taken by the server (made offline): %1"),
                str(len(conflicts)),
            )
        )
        self.setVisible(bool(conflicts))


def offline_banner() -> QLabel:
    banner = QLabel()
    banner.setObjectName("desk_offline_banner")
    banner.setWordWrap(True)
    banner.setStyleSheet("background: #b71c1c; color: white; font-weight: bold; padding: 6px;")
    banner.hide()
    return banner


class DeskOffline(QObject):
    """The desk's offline queue. Inputs: the context (a getter: another database brings
    another queue), the operation runner, the desk's list model, `show` (the band: outcome,
    headline, row), `event` (a getter), `desk_name`, and what the view does when the list
    changes here: `set_rows(rows, fresh)`, `show_counts()`, `clear_search()`, `back()`."""

    def __init__(
        self,
        context: Callable[[], AppContext],
        operations: Operations,
        model: AttendeeTableModel,
        show: Callable[..., None],
        event: Callable[[], EventRow | None],
        desk_name: Callable[[], str],
        view: _ViewHooks,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context, self._operations, self._model = context, operations, model
        self._show, self._event, self._desk_name, self._view = show, event, desk_name, view
        self.online = True
        self._queue: offline_queue.OfflineQueue | None = None
        self._sending = None  # the background task sending the queue (one at a time)
        self.banner = offline_banner()
        self.conflict_panel = ConflictPanel(self.conflicts_seen)

    def open_queue(self) -> None:
        """The queue of this database (servers only: a file on this computer is never lost)."""
        if self._queue is not None:
            self._queue.close()
        self.online = True
        self._queue = offline_queue.for_location(self._context().location)
        self.show_pending()

    def keeps_writes(self) -> bool:
        """The server is known to be away: writes go into the queue without trying it."""
        return not self.online and self._queue is not None

    def can_queue(self) -> bool:
        return self._queue is not None

    def queue_consent(
        self, row: AttendeeRow, kind: str, decision: str, all_events: bool, request_id: str
    ) -> None:
        try:
            self._queue.add_consent(row, kind, decision, self._desk_name(), request_id, all_events)
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error), row)
            return
        self.set_server_reachable(False)
        if kind == "photo":
            shown = dataclasses.replace(row, photo_objection=decision == "object")
        else:
            shown = dataclasses.replace(row, contact_sharing=contact_state(decision))
        self.show_pending(replace=shown)
        self._show(
            Outcome.INFO,
            translate(
                "DeskOffline", "Recorded — kept on this computer, sent when the server is back"
            ),
            shown,
        )

    def queue_check_in(self, row: AttendeeRow, request_id: str) -> None:
        if self._queue is None:  # no server: there is no offline
            return
        if row.checked_in_at is not None:
            self._show(
                Outcome.ALREADY,
                fill(
                    translate("DeskOffline", "Already checked in at %1 by %2."),
                    formatting.local_time(row.checked_in_at),
                    row.checked_in_by or "?",
                ),
                row,
            )
            return
        try:
            queued = self._queue.add(row, self._desk_name(), request_id)
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error))
            return
        self.set_server_reachable(False)
        pending = dataclasses.replace(
            row, checked_in_at=queued.arrived_at, checked_in_by=self._desk_name()
        )
        self._view.clear_search()
        self.show_pending(replace=pending)
        text = translate(
            "DeskOffline", "Checked in %1 — kept on this computer, sent when the server is back"
        )
        self._show(
            Outcome.CHECKED_IN, fill(text, formatting.local_time(queued.arrived_at)), pending
        )

    def with_pending(self, counts: EventCounts) -> EventCounts:
        """Counters as the desk sees them: a check-in kept here counts as checked in."""
        waiting = self._model.pending_count()
        if not waiting:
            return counts
        return dataclasses.replace(counts, checked_in=counts.checked_in + waiting)

    def show_pending(self, replace: AttendeeRow | None = None) -> None:
        if replace is not None:
            rows = [
                replace if r.registration_id == replace.registration_id else r
                for r in self._model.all_rows()
            ]
            self._view.set_rows(rows, [replace])  # the latest check-ins list included
        waiting = self._queue.pending() if self._queue is not None else []
        self._model.set_pending(frozenset(q.registration_id for q in waiting))
        self._update_banner(len(waiting))
        self._view.show_counts()
        event = self._event()
        if self._queue is not None and event is not None:
            self.conflict_panel.show_conflicts(self._queue.conflicts(event.id))

    def set_server_reachable(self, reachable: bool) -> None:
        """Told by the window's follower of the change sequence; back online, the waiting
        check-ins are sent."""
        if self._queue is None or (reachable and self.online and self.banner.isHidden()):
            return  # nothing new (the follower says so after every answer)
        self.online = reachable
        if reachable and (self._queue.pending() or self._queue.pending_consents()):
            self.send_queue()
        self._update_banner(len(self._queue.pending()))

    def send_queue(self) -> None:
        """Sends what waits, off the GUI thread: a slow server does not stop the desk, whose
        new check-ins go straight to the server meanwhile. One sending at a time, and the
        queue sends oldest first, so the order in which people arrived is kept."""
        if self._sending is not None or self._queue is None:
            return
        queue, sessions = self._queue, self._context().sessions
        task = self._operations.run(
            lambda _progress: offline_queue.send_waiting(queue, sessions),
            report=lambda text: self._show(Outcome.NOT_FOUND, text),
            done=lambda sent: self._sent(sent) if queue is self._queue else None,
            background=True,
        )
        task.done.connect(self._idle)
        task.error.connect(self._idle)
        self._sending = task

    def _idle(self, _outcome=None) -> None:
        """The sending ended without a result (refused or a bug): the banner counts again."""
        if self._sending is not None:
            self._sending = None
            if self._queue is not None:
                self._update_banner(len(self._queue.pending()))

    def sending(self) -> bool:
        return self._sending is not None

    def _sent(self, sent: offline_queue.Sent) -> None:
        self._sending = None
        if sent.still_offline:
            self.online = False
        if sent.applied or sent.conflicts or sent.consents or sent.set_aside:
            said = fill(
                translate(
                    "DeskOffline", "Server reachable again. Check-ins sent: %1 · conflicts: %2"
                ),
                str(len(sent.applied)),
                str(len(sent.conflicts)),
            )
            if sent.set_aside:  # the first refusal named; the band counts them all
                said += " · " + fill(
                    translate("DeskOffline", "set aside: %1 (%2: %3)"),
                    str(len(sent.set_aside)),
                    sent.set_aside[0].name,
                    error_text(sent.set_aside[0].refusal),
                )
            self._show(
                Outcome.INFO if not (sent.conflicts or sent.set_aside) else Outcome.ALREADY, said
            )
        self.show_pending()

    def conflicts_seen(self) -> None:
        event = self._event()
        if self._queue is not None and event is not None:
            self._queue.clear_conflicts(event.id)
        self.show_pending()
        self._view.back()

    def _update_banner(self, waiting: int) -> None:
        aside = len(self._queue.set_aside()) if self._queue is not None else 0
        # While the queue is being sent the banner stays: the check-ins may be gone from
        # the queue while the consent answers are still on their way.
        if self.online and not waiting and not aside and self._sending is None:
            self.banner.hide()
            return
        if not self.online:
            text = translate(
                "DeskOffline",
                "No connection to the server. Search works on the list loaded; check-ins are "
                "kept on this computer (%1 waiting) and sent when the server is back.",
            )
        elif waiting or self._sending is not None:
            text = translate("DeskOffline", "Check-ins made offline, waiting to be sent: %1")
        else:
            text = ""
        said = [fill(text, str(waiting))] if text else []
        if aside:  # refused by the server for good: kept here, never sent again by itself
            said.append(
                fill(
                    translate(
                        "DeskOffline",
                        "Refused by the server and set aside (kept on this computer): %1",
                    ),
                    str(aside),
                )
            )
        self.banner.setText(" ".join(said))
        self.banner.show()


class _ViewHooks(Protocol):
    """What the desk's view does for the offline part (CheckinView has these)."""

    def set_rows(self, rows: list[AttendeeRow], fresh: list[AttendeeRow]) -> None: ...
    def show_counts(self) -> None: ...
    def clear_search(self) -> None: ...
    def back(self) -> None: ...
