"""A check-in made at a desk nudges the other desks through the desk's follower: the
check-in's own transaction sends no NOTIFY any more (issue 24 item 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import desk_sync
from tests.typing_helpers import key, type_keys
from tests.ui.test_checkin_desk import _desk, _row


def test_a_check_in_at_the_desk_nudges_the_other_desks(make_window, qtbot, monkeypatch):
    nudged = []
    monkeypatch.setattr(desk_sync.Follower, "nudge_others", lambda self: nudged.append(self))
    window, _view = _desk(make_window, qtbot)
    assert nudged == []
    type_keys("Müllersch")
    key(Qt.Key.Key_Return)
    assert _row(window, "mullerschon").checked_in_at is not None
    assert nudged == [window._live._follower]  # once, through this window's follower
    type_keys("nobody of that name")
    key(Qt.Key.Key_Return)
    assert len(nudged) == 1  # nothing written: nobody nudged
