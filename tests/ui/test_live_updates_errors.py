"""The window's follower of the change sequence writes a fault it cannot classify to the
error log with its traceback, and does not report the desk offline (issue 21, item 6)."""

from __future__ import annotations

from smartnet_desktop.services import desk_sync
from smartnet_desktop.ui import error_handling
from smartnet_desktop.ui.live_updates import LiveUpdates


def test_an_unexpected_error_goes_to_the_error_log_not_offline(demo, qtbot, monkeypatch):
    sessions, _, _ = demo
    real = desk_sync.changed_since
    calls = {"n": 0}

    def changed_since(sessions_, after):
        calls["n"] += 1
        if calls["n"] == 1:
            raise ValueError("an answer this desk does not understand")
        return real(sessions_, after)

    monkeypatch.setattr(desk_sync, "changed_since", changed_since)
    live = LiveUpdates(sessions, poll_s=0.05)
    said = []
    live.reachable.connect(said.append)
    live.start()
    try:
        qtbot.waitUntil(lambda: bool(said), timeout=10_000)
        qtbot.waitUntil(lambda: error_handling.log_file().exists(), timeout=5_000)
    finally:
        live.stop()
    log = error_handling.log_file().read_text(encoding="utf-8")
    assert "Traceback" in log and "ValueError: an answer this desk does not understand" in log
    assert False not in said
