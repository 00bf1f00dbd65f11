"""A desk's line to the others on PostgreSQL: LISTEN for their nudges, NOTIFY them of its
own check-ins (services/desk_sync.Follower runs it on the follower's thread)."""

from __future__ import annotations

from sqlalchemy.engine import Engine

from smartnet_desktop.db_server import SERVER_TIMEOUT_S

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
