"""The desk's offline band counts the queued items the server refused for good and set
aside (issue 21, item 6): they are kept, and the rest of the queue was sent."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from smartnet_desktop.services import attendees
from smartnet_desktop.services.offline_queue import OfflineQueue


def test_the_band_says_how_many_were_set_aside(make_window, qtbot):
    window = make_window("en")
    desk = window.checkin_view
    qtbot.waitUntil(lambda: QApplication.focusWidget() is desk.search)
    sessions, event_id = window.context.sessions, window.current_event.id
    waiting = [r for r in attendees.list_attendees(sessions, event_id) if not r.checked_in_at]
    queue = OfflineQueue("postgresql+psycopg://desk@server.invalid/meeting")
    queue.add(waiting[0], "D" * 101)  # refused every time: no desk name is that long
    queue.add(waiting[1], "Desk 1")
    desk.offline._queue = queue  # as for a desk on a server that was away

    desk.offline.send_queue()  # off the GUI thread, through the operation runner
    qtbot.waitUntil(lambda: not desk.offline.sending(), timeout=20000)

    banner = desk.offline.banner
    assert not banner.isHidden()
    assert "set aside (kept on this computer): 1" in banner.text()
    assert "waiting" not in banner.text()  # the second one was sent
    said = desk.result.text()
    assert "set aside: 1" in said and "at most 100 characters" in said, said
    rows = {r.registration_id: r for r in attendees.list_attendees(sessions, event_id)}
    assert rows[waiting[1].registration_id].checked_in_by == "Desk 1"
