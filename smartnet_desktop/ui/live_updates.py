"""What other desks did, brought to the window: the change sequence is followed on a
thread of its own (services.desk_sync.Follower). The thread never touches a Qt object: it
hands its findings over through a queue that a timer on the GUI thread empties, so a
window closed meanwhile cannot be reached from the thread. A failure that is no lost server
goes to the error log with its traceback; the desk is not told it is offline."""

from __future__ import annotations

import queue

from PySide6.QtCore import QObject, QTimer, Signal

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.services import desk_sync
from smartnet_desktop.ui import error_handling

HAND_OVER_MS = 50


class LiveUpdates(QObject):
    changes = Signal(object)  # desk_sync.Changes
    reachable = Signal(bool)

    def __init__(self, sessions, parent: QObject | None = None, poll_s: float = 0.5) -> None:
        super().__init__(parent)
        try:
            after = desk_sync.latest_change(sessions)  # asked before the list is loaded
        except SmartNetError:
            after = 0
        found: queue.SimpleQueue = queue.SimpleQueue()
        self._found = found
        self._follower = desk_sync.Follower(
            sessions,
            after,
            lambda changes: found.put(("changes", changes)),
            lambda reachable: found.put(("reachable", reachable)),
            poll_s,
            on_unexpected=lambda error: found.put(("unexpected", error)),
        )
        follower = self._follower
        self.destroyed.connect(lambda *_: follower.stop(wait=False))
        self._timer = QTimer(self, interval=HAND_OVER_MS)
        self._timer.timeout.connect(self._hand_over)

    def start(self) -> None:
        self._follower.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self._follower.stop()

    def nudge_others(self) -> None:
        """After a check-in made here: the other desks look at once (a check-in's own
        transaction no longer notifies them; sent from the follower's thread)."""
        self._follower.nudge_others()

    def _hand_over(self) -> None:
        while not self._found.empty():
            kind, value = self._found.get()
            if kind == "unexpected":  # a fault, not a lost server: for whoever mends it
                error_handling.log_error(value)
                continue
            (self.changes if kind == "changes" else self.reachable).emit(value)
