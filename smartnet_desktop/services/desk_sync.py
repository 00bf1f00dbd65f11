"""What several desks on one database need to see each other: the change sequence each desk
follows to show what the others did (request ids applied once: services/requests.py)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session, sessionmaker

from smartnet_desktop.db import engine_of, statements
from smartnet_desktop.db_server import (
    SERVER_TIMEOUT_S,
    WINDOW_ANSWER_S,
    ChangeNudges,
    answer_within,
)
from smartnet_desktop.db_server_errors import is_connection_failure
from smartnet_desktop.domain.errors import DatabaseProblem


def answer_quickly_here(sessions: sessionmaker[Session]) -> None:
    """The window's thread: a server that stops answering costs it at most a moment, then
    the call fails as a lost server and the desk works offline (a SQLite file: nothing)."""
    answer_within(engine_of(sessions), WINDOW_ANSWER_S)


def latest_change(sessions: sessionmaker[Session]) -> Position:
    """A desk's starting point in the change sequence (asked before it reads what it
    shows). A position only the database layer reads: the newest id on SQLite, a
    transaction horizon and the entries told on PostgreSQL (db_server.change_position)."""
    with sessions() as session:
        return statements(session.get_bind()).change_position(session)


# Where a desk stands in the change sequence: opaque here (an id on SQLite, a
# db_server.FeedPosition on PostgreSQL), handed back to the next look as it came.
Position = object


@dataclass(frozen=True, slots=True)
class Changes:
    """What happened after a desk's last look: the position to ask from next time, the
    events and people touched (None among events: a change tied to no event)."""

    newest: Position
    event_ids: frozenset[int | None] = frozenset()
    person_ids: frozenset[int] = frozenset()
    whole_events: bool = False  # some change named no person (an import): reload it all

    @property
    def empty(self) -> bool:
        return not self.event_ids  # every entry names an event or None


def changed_since(sessions: sessionmaker[Session], after: Position) -> Changes:
    """A cheap query a desk can ask several times a second. Several desks write the
    sequence at once: an entry committed late is reported by a later look, never skipped
    (db_server.changes_after)."""
    with sessions() as session:
        newest, found = statements(session.get_bind()).changes_after(session, after)
    if not found:
        return Changes(newest)
    return Changes(
        newest=newest,
        event_ids=frozenset(event_id for event_id, _person in found),
        person_ids=frozenset(person for _event, person in found if person is not None),
        whole_events=any(person is None for _event, person in found),
    )


# The shortest time between two looks at the sequence: the window takes over what was
# found every 50 ms anyway (ui/live_updates.HAND_OVER_MS).
LOOK_GAP_S = 0.05


# What the follower takes for "the database cannot be reached just now": the desk works
# offline and the follower asks again. Anything else is a fault that needs a person (a bug,
# a broken disk): handed to `on_unexpected` to be logged, and the desk is not told it is
# offline because of it.
_UNREACHABLE = frozenset({"server_unreachable", "login_refused", "database_missing", "busy"})


def is_unreachable(error: BaseException) -> bool:
    if isinstance(error, DatabaseProblem):
        return error.code in _UNREACHABLE
    return is_connection_failure(error)  # ChangeNudges' own connection bypasses SQLAlchemy


class Follower:
    """Follows the change sequence on a thread of its own, so that a slow or lost server
    never holds up the desk: `on_changes(Changes)` for what other desks did,
    `on_reachable(bool)` whenever the server is lost or back, `on_unexpected(error)` for
    a failure that is no lost server (once until the next good answer). Woken at once by
    the server's NOTIFY where there is one, and asks at least every `poll_s` seconds.

    A check-in's own transaction sends no NOTIFY (migration 0018: a notifying commit holds
    a database-wide lock through its WAL flush, and the desks' commits queued there), so
    the desk calls `nudge_others()` after one: this thread sends the NOTIFY in a
    transaction of its own, and the check-in's call stays one round trip."""

    def __init__(
        self,
        sessions: sessionmaker[Session],
        after: Position,
        on_changes: Callable[[Changes], None],
        on_reachable: Callable[[bool], None],
        poll_s: float = 0.5,
        on_unexpected: Callable[[BaseException], None] | None = None,
    ) -> None:
        self._sessions = sessions
        self._on_unexpected = on_unexpected or (lambda _error: None)
        self._told: str | None = None  # the unexpected failure handed on last
        self._after = after
        self._on_changes = on_changes
        self._on_reachable = on_reachable
        self._poll_s = poll_s
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="desk-follower", daemon=True)
        self._nudge = threading.Event()
        # Wakes the thread from its wait (a nudge to send, or stop): one byte written here.
        self._woken, self._waker = socket.socketpair()
        self._waker.setblocking(False)
        self._woken.setblocking(False)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = True) -> None:
        self._stop.set()
        self._wake()
        if self._thread.ident is None:  # never started: nobody else closes them
            self._close_waker()
        elif wait and self._thread.is_alive():
            self._thread.join(timeout=SERVER_TIMEOUT_S + 2)

    def nudge_others(self) -> None:
        """After a check-in committed here: the other desks' followers look at once
        (sent by this follower's thread; the caller never waits for the server). Without a
        server (SQLite: ChangeNudges.nudge does nothing) or while it is away nothing is
        sent: the others see it by their poll."""
        self._nudge.set()
        self._wake()

    def _wake(self) -> None:
        try:
            self._waker.send(b"\0")
        except OSError:  # full (a wake is pending anyway) or closed (stopped)
            pass

    def _close_waker(self) -> None:
        self._woken.close()
        self._waker.close()

    def _run(self) -> None:
        # A server that stops answering without refusing is lost for this thread too.
        answer_within(engine_of(self._sessions), SERVER_TIMEOUT_S)
        nudges: ChangeNudges | None = None
        reachable: bool | None = None
        while not self._stop.is_set():
            try:
                if nudges is None:
                    nudges = ChangeNudges(engine_of(self._sessions))
                changes = changed_since(self._sessions, self._after)
            except Exception as error:  # noqa: BLE001 - classified right here
                if not is_unreachable(error):
                    self._unexpected(error)
                    self._stop.wait(min(1.0, self._poll_s * 2))
                    continue
                if nudges is not None:
                    nudges.close()
                    nudges = None
                if reachable is not False:
                    reachable = False
                    self._on_reachable(False)
                self._stop.wait(min(1.0, self._poll_s * 2))
                continue
            self._told = None
            # Said after every answer: the window may have found the server away by itself
            # (a call of its own that got no answer) while this thread still reached it.
            reachable = True
            self._on_reachable(True)
            self._after = changes.newest  # on PostgreSQL it moves with no entry too
            if not changes.empty:
                self._on_changes(changes)
            try:
                self._wait(nudges)
            except Exception as error:  # noqa: BLE001 - listening again on a new connection
                if not is_unreachable(error):
                    self._unexpected(error)
                nudges.close()
                nudges = None
        if nudges is not None:
            nudges.close()
        self._close_waker()

    def _wait(self, nudges: ChangeNudges) -> None:
        """Until another desk's change is heard or the poll is due. Woken only to send a
        nudge, it sends it and waits on: the sequence is asked once per change heard (its
        own nudge comes back to it, as a check-in's NOTIFY did), not twice."""
        started = time.monotonic()
        due = started + self._poll_s
        while not self._stop.is_set():
            heard = nudges.wait(max(0.0, due - time.monotonic()), self._woken)
            if heard:
                break
            if not self._send_nudge(nudges):
                return
        # At most one look per LOOK_GAP_S: with four busy desks a change is heard every
        # few milliseconds, and each look is a query on the server the check-ins share.
        # What is heard meanwhile is in the next look (it asks for all since the last one).
        gap_ends = started + LOOK_GAP_S
        while not self._stop.is_set() and (left := gap_ends - time.monotonic()) > 0:
            nudges.wait(left, self._woken)
            self._send_nudge(nudges)

    def _send_nudge(self, nudges: ChangeNudges) -> bool:
        """Sends the nudge asked for, if any (True then)."""
        try:
            while self._woken.recv(4096):
                pass
        except BlockingIOError:
            pass  # every wake read
        if not self._nudge.is_set() or self._stop.is_set():
            return False
        self._nudge.clear()  # cleared first: one asked meanwhile is sent next time
        nudges.nudge()
        return True

    def _unexpected(self, error: BaseException) -> None:
        """Handed on once, not at every look while the same fault lasts."""
        told = f"{type(error).__name__}: {error}"
        if told != self._told:
            self._told = told
            self._on_unexpected(error)
