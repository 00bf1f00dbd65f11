"""A check-in's own transaction sends no NOTIFY (a notifying commit holds a database-wide
lock through its WAL flush, so the desks' commits queued there: issue 24 item 3); the desk
nudges the others afterwards through its follower, and a desk that is not nudged still
sees the check-in by its poll."""

from __future__ import annotations

import threading
import time

import psycopg
from sqlalchemy import select

from smartnet_desktop.db import engine_of
from smartnet_desktop.db_server import CHANGES_CHANNEL
from smartnet_desktop.domain.models import Registration
from smartnet_desktop.services import audit, checkin, desk_sync
from tests.database_under_test import postgresql_only


def _listener(sessions) -> psycopg.Connection:
    url = engine_of(sessions).url.set(drivername="postgresql")
    connection = psycopg.connect(url.render_as_string(hide_password=False), autocommit=True)
    connection.execute(f"LISTEN {CHANGES_CHANNEL}")
    return connection


def _heard(listener: psycopg.Connection, seconds: float) -> int:
    """How many NOTIFYs came within `seconds` (it returns at the first one)."""
    return sum(1 for _ in listener.notifies(timeout=seconds, stop_after=1))


def _not_checked_in(sessions, event_id: int, how_many: int) -> list[tuple[int, int]]:
    with sessions() as session:
        return session.execute(
            select(Registration.id, Registration.person_id)
            .where(Registration.event_id == event_id, Registration.checked_in_at.is_(None))
            .order_by(Registration.id)
            .limit(how_many)
        ).all()


@postgresql_only
def test_a_check_in_sends_no_notify_but_other_writers_still_do(demo):
    sessions, gera, _ = demo
    (registration, _person), *_ = _not_checked_in(sessions, gera, 1)
    listener = _listener(sessions)
    try:
        checkin.check_in(sessions, registration, "Desk 1", request_id="r-quiet-1")
        assert _heard(listener, 0.5) == 0  # the check-in's commit took no NOTIFY lock
        with sessions.begin() as session:  # any other writer of the sequence notifies
            audit.record(session, "check_in", "Desk 2", gera, 2)
        assert _heard(listener, 2) >= 1
    finally:
        listener.close()


@postgresql_only
def test_the_follower_nudges_the_other_desks(demo):
    sessions, _gera, _ = demo
    listener = _listener(sessions)
    follower = desk_sync.Follower(sessions, 0, lambda _c: None, lambda _r: None, poll_s=30)
    follower.start()
    try:
        time.sleep(0.3)  # listening and waiting its 30 s
        assert _heard(listener, 0.2) == 0
        started = time.monotonic()
        follower.nudge_others()
        assert _heard(listener, 2) >= 1
        assert time.monotonic() - started < 1  # woken at once, not after its poll
    finally:
        follower.stop()
        listener.close()


def _follower_seeing(sessions, person: int, poll_s: float):
    seen = threading.Event()

    def changes(found: desk_sync.Changes) -> None:
        if person in found.person_ids:
            seen.set()

    start = desk_sync.latest_change(sessions)
    follower = desk_sync.Follower(sessions, start, changes, lambda _r: None, poll_s=poll_s)
    follower.start()
    return follower, seen


@postgresql_only
def test_another_desk_sees_a_nudged_check_in_at_once(demo):
    sessions, gera, _ = demo
    (registration, person), *_ = _not_checked_in(sessions, gera, 1)
    other, seen = _follower_seeing(sessions, person, poll_s=30)  # only a NOTIFY wakes it
    here = desk_sync.Follower(sessions, 0, lambda _c: None, lambda _r: None, poll_s=30)
    here.start()
    try:
        time.sleep(0.5)  # both listening
        started = time.monotonic()
        checkin.check_in(sessions, registration, "Desk 1", request_id="r-nudged-1")
        here.nudge_others()  # what the desk's window does after a check-in
        assert seen.wait(5)
        assert time.monotonic() - started < 1
    finally:
        here.stop()
        other.stop()


@postgresql_only
def test_without_a_nudge_another_desk_sees_the_check_in_by_its_poll(demo):
    sessions, gera, _ = demo
    (registration, person), *_ = _not_checked_in(sessions, gera, 1)
    other, seen = _follower_seeing(sessions, person, poll_s=0.5)
    try:
        time.sleep(0.3)
        checkin.check_in(sessions, registration, "Command line", request_id="r-plain-1")
        assert seen.wait(1.5)  # "within a second": the 0.5 s poll, with room for the load
    finally:
        other.stop()


def test_a_nudge_on_sqlite_or_after_stop_is_harmless(demo):
    sessions, _gera, _ = demo
    follower = desk_sync.Follower(sessions, 0, lambda _c: None, lambda _r: None, poll_s=0.1)
    follower.start()
    follower.nudge_others()
    time.sleep(0.3)
    follower.stop()
    follower.nudge_others()  # nothing to send it through any more: nothing happens


@postgresql_only
def test_a_follower_looks_at_most_once_per_gap_however_many_changes_it_hears(demo, monkeypatch):
    sessions, gera, _ = demo
    looks = []
    asked = desk_sync.changed_since
    monkeypatch.setattr(
        desk_sync, "changed_since", lambda *a: looks.append(time.monotonic()) or asked(*a)
    )
    follower = desk_sync.Follower(sessions, 0, lambda _c: None, lambda _r: None, poll_s=30)
    follower.start()
    try:
        time.sleep(0.3)
        looks.clear()
        started = time.monotonic()
        for person in range(1, 41):  # 40 notifying changes as fast as they go
            with sessions.begin() as session:
                audit.record(session, "check_in", "Desk 2", gera, person)
        time.sleep(0.2)
        spent = time.monotonic() - started
    finally:
        follower.stop()
    assert looks  # it heard them
    assert len(looks) <= spent / desk_sync.LOOK_GAP_S + 2
