"""A pooled PostgreSQL connection is checked before each use without asking the server
(issue 24 item 3): the pool's pre-ping sent ";" and waited for its answer, a second round
trip for every check-in. A server that drops a connection (restart, pg_terminate_backend,
a killed backend) tells the socket: its last words or the end of the stream wait there to
be read, while a healthy idle connection has nothing to read. Such a connection is
replaced, not used. A silent loss (a pulled cable) shows neither way; answer_within's
watchdog covers that for the statement itself, as it did for the pre-ping."""

from __future__ import annotations

import select

from sqlalchemy import Engine, event, exc


def check_without_round_trip(engine: Engine) -> None:
    """For make_engine: every checkout of `engine`'s pool runs _alive (psycopg only)."""
    event.listen(engine, "checkout", _alive)


def _alive(dbapi_connection, _record, _proxy) -> None:
    """Raising DisconnectionError makes the pool drop this connection and connect anew."""
    if dbapi_connection.closed or dbapi_connection.broken:
        raise exc.DisconnectionError("the connection is closed")
    if _something_to_read(dbapi_connection.pgconn.socket):
        # Nothing was asked: an idle connection with data waiting was ended by the server
        # (or holds a notice nobody reads); a new one costs less than finding out.
        raise exc.DisconnectionError("the server spoke unasked (it ended the connection)")


def _something_to_read(fd: int) -> bool:
    """Without waiting; poll where there is one (no descriptor limit), select on Windows."""
    if hasattr(select, "poll"):
        poller = select.poll()
        poller.register(fd, select.POLLIN | select.POLLPRI)
        return bool(poller.poll(0))  # POLLHUP and POLLERR are reported anyway
    readable, _w, failed = select.select([fd], [], [fd], 0)
    return bool(readable or failed)
