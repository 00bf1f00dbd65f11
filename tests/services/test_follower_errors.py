"""The follower of the change sequence tells a lost database (the desk works offline) from
a fault it cannot classify: that one is handed on to be logged with its traceback, and the
desk is not told it is offline (issue 21, item 6)."""

from __future__ import annotations

import threading

from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import desk_sync, requests


def _follow(sessions, monkeypatch, failure: BaseException):
    """Runs a follower whose first two looks fail with `failure`; returns what it said."""
    said: dict[str, list] = {"reachable": [], "unexpected": []}
    looked = threading.Event()
    calls = {"n": 0}
    real = desk_sync.changed_since

    def changed_since(sessions_, after):
        calls["n"] += 1
        if calls["n"] <= 2:
            raise failure
        looked.set()
        return real(sessions_, after)

    monkeypatch.setattr(desk_sync, "changed_since", changed_since)
    follower = desk_sync.Follower(
        sessions,
        0,
        on_changes=lambda _changes: None,
        on_reachable=said["reachable"].append,
        poll_s=0.05,
        on_unexpected=said["unexpected"].append,
    )
    follower.start()
    try:
        assert looked.wait(10)
    finally:
        follower.stop()
    return said


def test_an_unexpected_error_is_handed_on_with_its_traceback_and_is_not_offline(demo, monkeypatch):
    sessions, _, _ = demo
    said = _follow(sessions, monkeypatch, KeyError("no such column in the answer"))
    assert False not in said["reachable"]  # the desk was never told it is offline
    assert said["reachable"][-1] is True
    assert len(said["unexpected"]) == 1  # once, not once per look
    error = said["unexpected"][0]
    assert isinstance(error, KeyError) and error.__traceback__ is not None


def test_a_lost_server_still_means_offline_and_is_not_logged(demo, monkeypatch):
    sessions, _, _ = demo
    said = _follow(sessions, monkeypatch, DatabaseProblem("server_unreachable", location="x"))
    assert said["reachable"][:1] == [False] and said["reachable"][-1] is True
    assert said["unexpected"] == []


def test_request_ids_live_with_the_requests_not_with_the_change_sequence():
    assert requests.new_request_id() != requests.new_request_id()
    assert not hasattr(desk_sync, "new_request_id")
    assert not hasattr(desk_sync, "applied_request")
