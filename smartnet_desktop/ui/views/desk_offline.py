"""The desk without its server (mixed into CheckinView): a banner says so at once, search
keeps working on the list already loaded, check-ins and consent answers (F7/F8/F9) are
kept on this computer with a "pending" mark and sent with their request ids when the server
is back; whoever was checked in elsewhere meanwhile is listed for staff. Counters, status
bar and the list of the latest check-ins count what waits here."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from smartnet_desktop.domain.enums import contact_state
from smartnet_desktop.domain.errors import DatabaseProblem, SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, Change
from smartnet_desktop.services import codes, offline_queue
from smartnet_desktop.services.requests import new_request_id
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.i18n import error_text, fill
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


class DeskOffline:
    """Needs from the view: context, current_event, model, search, _show(), changed,
    desk_name(), offline_banner and conflict_panel."""

    online = True
    _queue: offline_queue.OfflineQueue | None = None

    def open_queue(self) -> None:
        """The queue of this database (servers only: a file on this computer is never lost)."""
        if self._queue is not None:
            self._queue.close()
        self._queue = offline_queue.for_location(self.context.location)
        self._show_pending()

    def check_in_or_queue(self, row: AttendeeRow) -> None:
        """A check-in of a row of the loaded list, sent now, or kept here while offline."""
        request_id = new_request_id()
        if not self.online and self._queue is not None:
            self._queue_check_in(row, request_id)
            return
        self._write(
            lambda: self._send_check_in(row, request_id),
            row,
            offline=lambda: self._queue_check_in(row, request_id),
        )

    def scanned_offline(self, text: str) -> bool:
        """A badge of this event scanned while the server is away: found in the list loaded."""
        found = set(codes.codes_in(text))
        row = next((r for r in self.model.all_rows() if r.badge_code in found), None)
        if row is None:
            return False
        self.check_in_or_queue(row)
        return True

    def record_consent_or_queue(self, kind: str, decision: str, all_events: bool = False) -> None:
        """F7/Shift+F7/F8/F9 for the person shown: recorded now, or kept here while the server
        is away, like a check-in. Errors go to the band: no box takes the scanner's keys."""
        from smartnet_desktop.ui import consent_actions

        row = self._shown
        if row is None:
            return
        request_id = new_request_id()
        if self.online or self._queue is None:
            try:
                change = consent_actions.send(
                    self.context, row, kind, decision, request_id, all_events
                )
            except DatabaseProblem as problem:
                if problem.code != "server_unreachable" or self._queue is None:
                    self._show(Outcome.NOT_FOUND, error_text(problem), row)
                    return
            except SmartNetError as error:
                self._show(Outcome.NOT_FOUND, error_text(error), row)
                return
            else:
                self._after_consent(change)
                return
        self._queue_consent(row, kind, decision, all_events, request_id)

    def _queue_consent(
        self, row: AttendeeRow, kind: str, decision: str, all_events: bool, request_id: str
    ) -> None:
        try:
            self._queue.add_consent(row, kind, decision, self.desk_name(), request_id, all_events)
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error), row)
            return
        self.set_server_reachable(False)
        if kind == "photo":
            shown = dataclasses.replace(row, photo_objection=decision == "object")
        else:
            shown = dataclasses.replace(row, contact_sharing=contact_state(decision))
        self._show_pending(replace=shown)
        self._show(
            Outcome.INFO,
            translate(
                "DeskOffline", "Recorded — kept on this computer, sent when the server is back"
            ),
            shown,
        )

    def _send_check_in(self, row: AttendeeRow, request_id: str) -> AttendeeRow:
        from smartnet_desktop.services import checkin

        return checkin.check_in(
            self.context.sessions, row.registration_id, self.desk_name(), request_id=request_id
        )

    def _queue_check_in(self, row: AttendeeRow, request_id: str) -> None:
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
            queued = self._queue.add(row, self.desk_name(), request_id)
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error))
            return
        self.set_server_reachable(False)
        pending = dataclasses.replace(
            row, checked_in_at=queued.arrived_at, checked_in_by=self.desk_name()
        )
        self.search.clear()
        self._show_pending(replace=pending)
        self._show(
            Outcome.CHECKED_IN,
            fill(
                translate(
                    "DeskOffline",
                    "Checked in %1 — kept on this computer, sent when the server is back",
                ),
                formatting.local_time(queued.arrived_at),
            ),
            pending,
        )

    def with_pending(self, counts):
        """Counters as the desk sees them: a check-in kept here counts as checked in."""
        waiting = self.model.pending_count()
        if not waiting:
            return counts
        return dataclasses.replace(counts, checked_in=counts.checked_in + waiting)

    def _show_pending(self, replace: AttendeeRow | None = None) -> None:
        if replace is not None:
            rows = [
                replace if r.registration_id == replace.registration_id else r
                for r in self.model.all_rows()
            ]
            self.set_rows(rows, [replace])  # the latest check-ins list included
        waiting = self._queue.pending() if self._queue is not None else []
        self.model.set_pending(frozenset(q.registration_id for q in waiting))
        self._update_banner(len(waiting))
        self.show_counts()
        if self._queue is not None and self.current_event is not None:
            self.conflict_panel.show_conflicts(self._queue.conflicts(self.current_event.id))

    def set_server_reachable(self, reachable: bool) -> None:
        """Told by the window's follower of the change sequence; back online, the waiting
        check-ins are sent."""
        if self._queue is None or (reachable and self.online and self.offline_banner.isHidden()):
            return  # nothing new (the follower says so after every answer)
        self.online = reachable
        if reachable and (self._queue.pending() or self._queue.pending_consents()):
            self.send_queue()
        self._update_banner(len(self._queue.pending()))

    def send_queue(self) -> None:
        try:
            sent = self._queue.send(self.context.sessions)
        except SmartNetError as error:
            self._show(Outcome.NOT_FOUND, error_text(error))
            return
        if sent.still_offline:
            self.online = False
        self.model.set_pending(frozenset(q.registration_id for q in self._queue.pending()))
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
            event_ids = frozenset(r.event_id for r in sent.applied) | (
                frozenset({self.current_event.id}) if self.current_event else frozenset()
            )
            self.changed.emit(Change(event_ids=event_ids))
        self._show_pending()

    def conflicts_seen(self) -> None:
        if self._queue is not None and self.current_event is not None:
            self._queue.clear_conflicts(self.current_event.id)
        self._show_pending()
        self.back_from_dialog()

    def _update_banner(self, waiting: int) -> None:
        aside = len(self._queue.set_aside()) if self._queue is not None else 0
        if self.online and not waiting and not aside:
            self.offline_banner.hide()
            return
        if not self.online:
            text = translate(
                "DeskOffline",
                "No connection to the server. Search works on the list loaded; check-ins are "
                "kept on this computer (%1 waiting) and sent when the server is back.",
            )
        elif waiting:
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
        self.offline_banner.setText(" ".join(said))
        self.offline_banner.show()
