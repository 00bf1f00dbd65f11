"""Every statement that exists only on PostgreSQL, and what several desks on one server need
of the database layer: a lost server as one error, the advisory locks (their ids in one
table), the history rewrite of an erasure, what a desk relies on, the login's rights,
NOTIFY and LISTEN on the change sequence, pg_dump, sequences after a copy. A test keeps
PostgreSQL-only SQL out of every other module (tests/test_server_sql_home.py).

db.py picks this module or db_sqlite.py (same names) through db.statements; this module
needs nothing from db.py."""

from __future__ import annotations

import os
import re
import socket
import threading
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from enum import IntEnum
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import DateTime, Engine, Integer, String, bindparam, column, func, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from smartnet_desktop.domain.errors import DatabaseProblem


class AdvisoryLock(IntEnum):
    """Every advisory lock id the program takes, in one table (a new lock takes a new id
    here, so two purposes never share one). Transaction-level locks: they end with the
    transaction. A request's own lock (hold_request_lock) is keyed by hashtext(request id)
    instead; it may meet one of these ids only by a one-in-four-billion chance, which
    then costs a short wait and nothing else."""

    # One writer that decides on what it read (an import asking "who exists already?");
    # writes that are race-free by themselves take it shared.
    WRITE = 5007
    # No longer taken (it made entries of the change sequence visible in the order of their
    # ids; since migration 0018 desks follow it by transaction): kept here so that the id
    # is never given to another purpose (0015's function on an older database takes it).
    CHANGE_ORDER_RETIRED = 5008


# How long a desk waits for an unreachable server before it works offline.
SERVER_TIMEOUT_S = 3
# How long the window's own thread waits for one answer of the server: a server that stops
# answering without refusing (a pulled cable, a sleeping Wi-Fi) must not freeze the window.
WINDOW_ANSWER_S = 0.15


class _AnswerLimits:
    """Per thread, how long a connection of one engine waits for the server's answer (a
    thread not named here waits as long as the network does)."""

    def __init__(self) -> None:
        self.seconds: dict[int, float] = {}
        self.spare: list = []  # connections that arrived after their thread stopped waiting
        self.lock = threading.Lock()

    def here(self) -> float | None:
        return self.seconds.get(threading.get_ident())


_limits: weakref.WeakKeyDictionary[Engine, _AnswerLimits] = weakref.WeakKeyDictionary()


def answer_within(engine: Engine, seconds: float | None) -> None:
    """From now on this thread waits at most `seconds` for each answer of `engine`'s server
    (None: as long as it takes); then the connection is given up and the call fails as a
    lost server, so that the desk works offline. Not for SQLite, which has no server."""
    limits = _limits.get(engine)
    if limits is None:
        return
    if seconds is None:
        limits.seconds.pop(threading.get_ident(), None)
    else:
        limits.seconds[threading.get_ident()] = seconds


def bound_answers(engine: Engine) -> None:
    """For make_engine: connections of a PostgreSQL engine keep to answer_within's limits.
    Every wait of psycopg for the server goes through Connection.wait; a watchdog hangs the
    socket up when the limit passes, which psycopg reports as a lost connection."""
    if engine.dialect.name != "postgresql":
        return
    from sqlalchemy import event

    limits = _limits.setdefault(engine, _AnswerLimits())
    event.listen(engine, "do_connect", lambda *args: _connect(limits, *args))


def _hang_up(fd: int) -> None:
    try:
        copy = socket.socket(fileno=os.dup(fd))
    except OSError:
        return
    try:
        copy.shutdown(socket.SHUT_RDWR)
    except OSError:
        pass
    finally:
        copy.close()


def _bounded_connection_class():
    import psycopg

    class BoundedConnection(psycopg.Connection):
        answer_limits: _AnswerLimits | None = None

        def wait(self, gen, *args, **kwargs):
            limit = self.answer_limits.here() if self.answer_limits else None
            if limit is None:
                return super().wait(gen, *args, **kwargs)
            watchdog = threading.Timer(limit, _hang_up, (self.pgconn.socket,))
            watchdog.daemon = True
            watchdog.start()
            try:
                return super().wait(gen, *args, **kwargs)
            finally:
                watchdog.cancel()

    return BoundedConnection


def _connect(limits: _AnswerLimits, _dialect, _record, cargs, cparams):
    """A new connection; on a thread with a limit the connecting runs beside it, and one
    that arrives too late is kept for that thread's next attempt (a slow network still
    gets its connection, a dead one costs the window no more than the limit)."""
    import psycopg

    cls = _bounded_connection_class()
    limit = limits.here()
    if limit is None:
        connection = cls.connect(*cargs, **cparams)
        connection.answer_limits = limits
        return connection
    with limits.lock:
        while limits.spare:
            spare = limits.spare.pop()
            if not spare.closed:
                return spare
    outcome: dict = {}
    finished = threading.Event()

    def attempt() -> None:
        try:
            connection = cls.connect(*cargs, **cparams)
            connection.answer_limits = limits
            outcome["connection"] = connection
        except Exception as error:  # noqa: BLE001 - handed to the waiting thread
            outcome["error"] = error
        with limits.lock:
            finished.set()
            if outcome.get("abandoned") and "connection" in outcome:
                limits.spare.append(outcome["connection"])

    threading.Thread(target=attempt, name="connect", daemon=True).start()
    finished.wait(limit)
    with limits.lock:
        if not finished.is_set():
            outcome["abandoned"] = True
            raise psycopg.OperationalError(f"the server did not answer within {limit} s")
    if "error" in outcome:
        raise outcome["error"]
    return outcome["connection"]


def location_text(location) -> str:
    """A --db location as it may be shown: a URL's password masked, even in a URL too
    malformed to parse."""
    return re.sub(r"(://[^:/@\[\]]*:)[^@/]*@", r"\1***@", str(location))


# A desk whose network goes while it is inside a transaction (a laptop closed, Wi-Fi
# lost) must not hold its locks and the change feed's horizon for the two hours of the
# system's default keepalive: the server asks after 30 s and gives up after three more
# unanswered tries, ending that transaction; the desk's side notices the same way.
_KEEPALIVE_S = {"idle": 30, "interval": 10, "count": 3}


def server_connect_args(read_only: bool = False) -> dict:
    """psycopg's connection arguments for a server: a bounded connect, keepalives on both
    sides, and (read_only) a session in which the server refuses any write (a check, the
    source of a copy)."""
    settings = [f"-c tcp_keepalives_{name}={value}" for name, value in _KEEPALIVE_S.items()]
    if read_only:
        settings.append("-c default_transaction_read_only=on")
    return {
        "connect_timeout": SERVER_TIMEOUT_S,
        "keepalives": 1,
        **{f"keepalives_{name}": value for name, value in _KEEPALIVE_S.items()},
        "options": " ".join(settings),
    }


# The change sequence is followed by transaction (migration 0018): each entry keeps its
# writer's transaction id (the column's default: every writer does it), so desks write at
# once without an order lock. A desk's position is the horizon of its last look (the oldest
# transaction then still running: none older can commit any more) plus the entries it has
# already been told of from transactions at or after it. Each look reads the committed
# entries from the horizon on and reports those not told yet: an entry with a lower id that
# commits late is reported at the next look, and a transaction left open anywhere on the
# server (a desk that lost its network halfway, a forgotten psql BEGIN) holds back nobody.
# Not in the models: nothing else reads or writes it.
CHANGE_FEED_COLUMN = ("changes", "xact")
CHANGE_FEED_INDEX = "changes_by_transaction"
_ENTRIES = """
SELECT CAST(horizon AS text), c.id, c.event_id, c.person_id, c.xact >= horizon
FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS horizon) AS now
LEFT JOIN changes AS c ON c.xact >= {since}
ORDER BY c.id
"""
_SINCE_POSITION = _ENTRIES.format(since="CAST(CAST(:after AS text) AS xid8)")
_SINCE_HORIZON = _ENTRIES.format(since="horizon")


class FeedPosition(NamedTuple):
    """Where a desk stands in the change sequence on PostgreSQL (opaque to the desk)."""

    horizon: int
    told: frozenset[int]  # ids from transactions at or after the horizon, already reported


def change_position(session: Session) -> FeedPosition:
    """A desk's starting point: what has committed counts as told (the desk reads its list
    after this), younger transactions' entries come at a later look, whatever their ids."""
    return _position_after(session.execute(text(_SINCE_HORIZON)).all())


def changes_after(
    session: Session, position: FeedPosition | int
) -> tuple[FeedPosition, list[tuple]]:
    """The next position and the (event_id, person_id) of the committed entries not yet
    told since `position` (horizon and entries read in one snapshot; a bare number is a
    horizon with nothing told, 0 the beginning)."""
    if isinstance(position, int):
        position = FeedPosition(position, frozenset())
    found = session.execute(text(_SINCE_POSITION), {"after": str(position.horizon)}).all()
    new = [
        (event, person)
        for _h, id_, event, person, _young in found
        if id_ is not None and id_ not in position.told
    ]
    return _position_after(found), new


def _position_after(found) -> FeedPosition:
    return FeedPosition(
        int(found[0][0]), frozenset(row[1] for row in found if row[1] is not None and row[4])
    )


def hold_request_lock(session: Session, request_id: str) -> None:
    """Two copies of one request (a retry while the first is still on its way) are applied
    one after the other, so the second sees the first; SQLite serialises writers anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:id))"), {"id": request_id})


def hold_write_lock(session: Session, shared: bool = False) -> None:
    """db.hold_write_lock on PostgreSQL: exclusive writers wait for each other and for the
    shared ones; shared ones (check-ins) do not wait for each other."""
    function = "pg_advisory_xact_lock_shared" if shared else "pg_advisory_xact_lock"
    session.execute(text(f"SELECT {function}({int(AdvisoryLock.WRITE)})"))


@contextmanager
def history_rewrite_allowed(connection: Connection, _tables: tuple[str, ...]) -> Iterator[None]:
    """db.history_rewrite_allowed on PostgreSQL: a transaction-local setting the guard's
    trigger function asks lets UPDATE through (DELETE and TRUNCATE stay refused)."""
    connection.execute(text(f"SELECT set_config('{ERASING}', 'on', true)"))
    yield
    connection.execute(text(f"SELECT set_config('{ERASING}', 'off', true)"))


def server_features(connection: Connection) -> dict[str, bool]:
    """db.server_features on PostgreSQL: the append-only guard, the trigram search index and
    the change notification."""
    triggers = set(connection.scalars(text("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")))
    index = connection.scalar(
        text("SELECT count(*) FROM pg_indexes WHERE indexname = 'person_search_trgm'")
    )
    return {
        "history_guard": {"consent_events_no_rewrite", "audit_entries_no_rewrite"} <= triggers,
        "search_index": bool(index),
        "change_notification": "changes_notify" in triggers,
    }


def scrub(_engine: Engine) -> bool:
    """db.scrub on PostgreSQL: the server keeps its own pages (its autovacuum reuses them);
    nothing of it lies in a file of this desk."""
    return True


@contextmanager
def migration_transaction(connection: Connection, _revision: str) -> Iterator[None]:
    """db.migrate's one transaction; PostgreSQL checks foreign keys as the migrations go
    (nothing to switch off, nothing to ask before commit)."""
    with connection.begin():
        yield


# Set for one transaction by the erasure path only (SET LOCAL ends with the transaction).
# The append-only trigger function of migrations 0003/0005/0007/0010 asks for this name.
ERASING = "smartnet.erasing"


# The channel the change sequence's trigger (migration 0010) notifies.
CHANGES_CHANNEL = "smartnet_changes"


class ChangeNudges:
    """PostgreSQL's LISTEN on the change channel, on a connection of its own: wait()
    returns as soon as another desk committed a change (True), `wake` (a socket) has
    something to read, or after `timeout` (False). nudge() tells the other desks to look.
    Elsewhere (SQLite) it only waits; the change sequence is asked after each wait anyway."""

    def __init__(self, engine: Engine) -> None:
        self._connection = None
        if engine.dialect.name == "postgresql":
            import psycopg

            url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._connection = psycopg.connect(
                url, autocommit=True, connect_timeout=SERVER_TIMEOUT_S
            )
            # It writes nothing but a nudge's commit record: no WAL flush to wait for while
            # the nudge holds NOTIFY's database-wide lock.
            self._connection.execute("SET synchronous_commit TO off")
            self._connection.execute(f"LISTEN {CHANGES_CHANNEL}")

    def wait(self, timeout: float, wake=None) -> bool:
        import select

        watched = [wake] if wake is not None else []
        if self._connection is None:
            select.select(watched, [], [], timeout)
            return False
        if self._heard():  # received while this connection sent a nudge
            return True
        socket = self._connection.fileno()
        readable, _, _ = select.select([socket, *watched], [], [], timeout)
        return socket in readable and self._heard()

    def _heard(self) -> bool:
        return any(True for _notice in self._connection.notifies(timeout=0))

    def nudge(self) -> None:
        """A transaction of its own that only notifies: the change it tells of has been
        committed by another connection already (so a desk woken by it finds it)."""
        if self._connection is not None:
            self._connection.execute("SELECT pg_notify(%s, '')", (CHANGES_CHANNEL,))

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None


def dump_server(engine: Engine, destination: Path) -> Path:
    """A PostgreSQL database's backup through pg_dump (custom format, for pg_restore),
    written under a temporary name and renamed when complete."""
    import shutil
    import subprocess

    pg_dump = shutil.which("pg_dump")
    if pg_dump is None:
        raise DatabaseProblem("backup_needs_pg_dump")
    from smartnet_desktop import outputs

    destination = outputs.file_target(destination)  # a folder, device or link is refused
    temporary = outputs.new_temporary(destination, parents=True)
    # The password goes through pg_dump's environment, which only its user can read; on
    # its command line every user of the machine would see it (ps, /proc/PID/cmdline).
    url = engine.url.set(drivername="postgresql")._replace(password=None)  # set() keeps a None
    environment = dict(os.environ)
    if engine.url.password is not None:
        environment["PGPASSWORD"] = str(engine.url.password)
    try:
        done = subprocess.run(
            [
                pg_dump,
                "--format=custom",
                "--no-owner",
                f"--file={temporary}",
                url.render_as_string(hide_password=False),
            ],
            capture_output=True,
            text=True,
            timeout=3600,
            env=environment,
        )
        if done.returncode != 0:
            reason = (done.stderr.strip().splitlines() or ["pg_dump failed"])[-1]
            raise DatabaseProblem("backup_failed", location=str(destination), reason=reason)
        outputs.put_in_place(temporary, destination)
    except OSError as error:
        raise DatabaseProblem(
            "backup_failed", location=str(destination), reason=str(error)
        ) from error
    finally:
        outputs.discard(temporary)
    return destination


def continue_sequences(connection: Connection, tables) -> None:
    """After rows were copied in with their ids: PostgreSQL's id sequences go on after the
    highest id (SQLite does so by itself)."""
    if connection.dialect.name != "postgresql":
        return
    for table_ in tables:
        if "id" not in table_.c or not table_.c.id.autoincrement:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table_.name}', 'id'), "
                f"coalesce((SELECT max(id) FROM {table_.name}), 0) + 1, false)"
            )
        )


# Each right asked on its own: has_table_privilege with a list ('SELECT,INSERT,UPDATE') is
# true when ANY of them is held, so a login that may only read passed. New rows also need
# the tables' id sequences.
_DESK_TABLES = ("registrations", "persons", "consent_events", "audit_entries", "changes")
_MAY_WRITE = f"""
SELECT (SELECT bool_and(has_table_privilege(current_user, t, p))
        FROM unnest(ARRAY{[*_DESK_TABLES, "applied_requests"]!r}) AS t,
             unnest(ARRAY['SELECT', 'INSERT', 'UPDATE']) AS p)
   AND (SELECT bool_and(has_sequence_privilege(current_user,
                                               pg_get_serial_sequence(t, 'id'), 'USAGE'))
        FROM unnest(ARRAY{list(_DESK_TABLES)!r}) AS t)
"""


def can_write(engine: Engine) -> bool:
    """db.can_write on PostgreSQL: the login's rights, asked without writing anything."""
    with engine.connect() as connection:
        return login_may_write(connection)


def login_may_write(connection: Connection) -> bool:
    """Whether the login may write what a desk writes (asked without writing anything)."""
    return bool(connection.scalar(text(_MAY_WRITE)))


def check_in_call():
    """A desk's check-in on PostgreSQL as one call of the server-side function migration
    0015 made (one round trip instead of a dozen: issue 24 item 3): by registration id, or
    by badge code or person id at an event. A FROM item with the columns outcome and
    registration_id; its arguments are bound at execution (check_in_values), so a desk
    builds the statement once and SQLAlchemy compiles it once (building and compiling it
    for every check-in cost the desk process about a millisecond of CPU each)."""
    return func.smartnet_check_in(
        bindparam("event_id", type_=Integer),
        bindparam("registration_id", type_=Integer),
        bindparam("code", type_=String),
        bindparam("person_id", type_=Integer),
        bindparam("by", type_=String),
        bindparam("request_id", type_=String),
        bindparam("now", type_=DateTime),
        bindparam("at", type_=DateTime),
        bindparam("details", type_=String),
    ).table_valued(column("outcome", String), column("registration_id", Integer))


def check_in_values(
    event_id: int | None,
    registration_id: int | None,
    code: str,
    person_id: int | None,
    by: str,
    request_id: str | None,
    now: datetime,
    at: datetime,
    details: str,
) -> dict:
    """check_in_call's arguments. `now`: the rows' own time, `at`: when the person arrived
    (both UTC, stored naive as UTCDateTime does); `details`: the audit row's JSON after its
    badge code."""
    return {
        "event_id": event_id,
        "registration_id": registration_id,
        "code": code,
        "person_id": person_id,
        "by": by,
        "request_id": request_id,
        "now": now.astimezone(UTC).replace(tzinfo=None),
        "at": at.astimezone(UTC).replace(tzinfo=None),
        "details": details,
    }
