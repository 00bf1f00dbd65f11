"""Issue 21 item 1: the offline queue is sent off the GUI thread. While a slow server takes
the waiting check-ins, the desk keeps answering and checks the next person in; the waiting
ones arrive in the order people came. (A queue is made for the SQLite file here, so that
the test runs on both engines; the server's slowness is a slow check-in.)"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QTimer

from smartnet_desktop.services import attendees, checkin
from smartnet_desktop.services.offline_queue import OfflineQueue
from tests.typing_helpers import scan
from tests.ui.test_several_desks import _at_desk


class _Heartbeat:
    """The longest time the window's thread did not get round to its event loop."""

    def __init__(self) -> None:
        self.longest = 0.0
        self._last = time.monotonic()
        self._timer = QTimer(interval=10)
        self._timer.timeout.connect(self._beat)
        self._timer.start()

    def _beat(self) -> None:
        now = time.monotonic()
        self.longest = max(self.longest, now - self._last)
        self._last = now

    def stop(self) -> float:
        self._timer.stop()
        return self.longest


def test_the_queue_is_sent_off_the_gui_thread_in_order_while_the_desk_checks_in(
    make_window, qtbot, monkeypatch
):
    window = make_window("en", desk="Desk 1")
    desk = _at_desk(window, qtbot)
    gera = window.current_event.id
    sessions = window.context.sessions
    waiting = [r for r in attendees.list_attendees(sessions, gera) if not r.checked_in_at]
    kept, walk_up = waiting[:3], waiting[3]
    real_check_in, sent_order = checkin.check_in, []

    def slow_check_in(*args, **kwargs):
        if threading.current_thread() is not threading.main_thread():
            time.sleep(1.0)  # a slow server, for the sending only
            sent_order.append(args[1])
        return real_check_in(*args, **kwargs)

    monkeypatch.setattr(checkin, "check_in", slow_check_in)
    queue = OfflineQueue(window.context.location)
    for row in kept:
        queue.add(row, "Desk 1")
        time.sleep(0.01)  # distinct arrival times: the order people came
    desk.offline._queue = queue
    desk.offline.set_server_reachable(False)
    heartbeat = _Heartbeat()
    started = time.monotonic()
    desk.set_server_reachable(True)
    assert time.monotonic() - started < 1.5  # at once (generous): the sending runs elsewhere
    assert desk.offline.sending()
    scan(walk_up.badge_code)  # the desk is usable meanwhile
    assert "Checked in" in desk.result.text() and walk_up.family_name in desk.result.text()
    qtbot.waitUntil(lambda: not desk.offline.sending(), timeout=15000)
    # The sending took 3 s; the window's thread only refreshed what other desks (here: the
    # sending) changed. Generous for a loaded machine, far below the 3 s of a blocked one.
    assert heartbeat.stop() < 2.0
    assert sent_order == [r.registration_id for r in kept]
    assert queue.pending() == []
    rows = {r.registration_id: r for r in attendees.list_attendees(sessions, gera)}
    assert all(rows[r.registration_id].checked_in_by == "Desk 1" for r in kept)
    assert rows[walk_up.registration_id].checked_in_at is not None
    assert "Check-ins sent: 3" in desk.result.text()
    qtbot.waitUntil(lambda: not desk.offline_banner.isVisible(), timeout=5000)
    queue.close()
