"""Issue 20, items 2 and 3 on a real X display with real keys: the desk's server goes away
for longer than a minute (the agenda's timer fires meanwhile), a scanner types a badge at
8 ms per key + Enter, and no box takes that Enter: the badge is kept on the laptop and
arrives when the server is back. Then the server stops answering without refusing (a pulled
cable): the next scan is kept as well, the window never opens a box."""

from __future__ import annotations

import time

from smartnet_desktop.db import open_database
from smartnet_desktop.services import attendees, events
from smartnet_desktop.services.offline_queue import OfflineQueue
from tests.database_under_test import postgresql_only
from tests.real_window import real_display  # noqa: F401  (the fixture)
from tests.tcp_proxy import Proxy

pytestmark = postgresql_only


def _wait(condition, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_no_box_takes_a_scan_while_the_server_is_away(
    real_display,  # noqa: F811
    server_databases,
    tmp_path,
):
    from tests.ui.conftest import _demo_on_server

    url = _demo_on_server(server_databases)
    proxy, through_proxy = Proxy.to(url)
    engine, direct = open_database(url)
    gera = events.list_events(direct)[0].id  # the event the window opens on
    waiting = [r for r in attendees.list_attendees(direct, gera) if not r.checked_in_at]
    first, second = waiting[:2]
    app = real_display.start_app(["--db", through_proxy, "--lang", "en", "--desk", "Desk X"])
    title = app.active_window_name()
    assert "SmartNet" in title

    proxy.cut()
    time.sleep(65)  # the agenda's minute timer fires against the lost server
    real_display.scan(first.badge_code)
    kept = _wait(lambda: len(OfflineQueue(through_proxy).pending()) == 1, 5)
    real_display.screenshot(tmp_path / "offline.png")
    assert kept, app.output()
    assert app.window_names() == [title]  # no box appeared
    assert app.active_window_name() == title

    proxy.restore()
    assert _wait(lambda: not OfflineQueue(through_proxy).pending(), 20), app.output()
    rows = {r.registration_id: r for r in attendees.list_attendees(direct, gera)}
    assert rows[first.registration_id].checked_in_by == "Desk X"

    proxy.stall()  # packets dropped, nothing refused
    started = time.monotonic()
    real_display.scan(second.badge_code)
    assert _wait(lambda: len(OfflineQueue(through_proxy).pending()) == 1, 8), app.output()
    kept_after = time.monotonic() - started
    assert kept_after < 5.0  # kept at once (the window's own bound is 0.15 s per call)
    assert app.window_names() == [title]
    proxy.resume()
    assert _wait(lambda: not OfflineQueue(through_proxy).pending(), 20), app.output()
    rows = {r.registration_id: r for r in attendees.list_attendees(direct, gera)}
    assert rows[second.registration_id].checked_in_by == "Desk X"
    assert app.close() == 0
    engine.dispose()
