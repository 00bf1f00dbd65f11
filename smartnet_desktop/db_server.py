"""PostgreSQL's own statements and what several desks on one server need of the database
layer: a lost server as one error, advisory locks, the append-only trigger, the trigram
index, NOTIFY and LISTEN on the change sequence, pg_dump, sequences after a copy.

Beside db.py (engine, migrations, SQLite), which uses it; it needs nothing from db.py."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from smartnet_desktop.domain.errors import DatabaseProblem

_CHANGE_ORDER_LOCK = 5008


# How long a desk waits for an unreachable server before it works offline.
SERVER_TIMEOUT_S = 3


def translate_lost_server(context) -> None:
    """A server that cannot be reached (stopped, network gone) is one error the desk
    understands: it then works offline. Other errors stay what they are."""
    if context.is_disconnect or _is_connection_failure(context.original_exception):
        engine = context.engine  # None for a failure of the connection pool itself
        raise DatabaseProblem(
            "server_unreachable",
            location=engine.url.render_as_string(hide_password=True) if engine else "",
            reason=str(context.original_exception).splitlines()[0],
        ) from context.original_exception


def _is_connection_failure(error: BaseException) -> bool:
    try:
        import psycopg
    except ModuleNotFoundError:
        return False
    return isinstance(error, psycopg.OperationalError) and error.sqlstate in (
        None,
        "57P01",
        "57P02",
        "57P03",
        "08000",
        "08001",
        "08003",
        "08004",
        "08006",
    )


def hold_change_order_lock(session: Session) -> None:
    """Entries of the change sequence become visible in the order of their ids: a desk that
    has read up to id 105 must never later meet a 103 that committed late (it would miss
    it). On PostgreSQL the next writer gets its id only after this transaction commits;
    SQLite has one writer at a time anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock({_CHANGE_ORDER_LOCK})"))


def hold_request_lock(session: Session, request_id: str) -> None:
    """Two copies of one request (a retry while the first is still on its way) are applied
    one after the other, so the second sees the first; SQLite serialises writers anyway."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:id))"), {"id": request_id})


# Set for one transaction by the erasure path only (SET LOCAL ends with the transaction).
# The append-only trigger function of migrations 0003/0005/0007/0010 asks for this name.
ERASING = "smartnet.erasing"


# The channel the change sequence's trigger (migration 0010) notifies.
CHANGES_CHANNEL = "smartnet_changes"


class ChangeNudges:
    """PostgreSQL's LISTEN on the change channel, on a connection of its own: wait()
    returns as soon as another desk committed a change (True) or after `timeout` (False).
    Elsewhere (SQLite) it only waits; the change sequence is asked after each wait anyway."""

    def __init__(self, engine: Engine) -> None:
        self._connection = None
        if engine.dialect.name == "postgresql":
            import psycopg

            url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
            self._connection = psycopg.connect(
                url, autocommit=True, connect_timeout=SERVER_TIMEOUT_S
            )
            self._connection.execute(f"LISTEN {CHANGES_CHANNEL}")

    def wait(self, timeout: float) -> bool:
        if self._connection is None:
            import time

            time.sleep(timeout)
            return False
        for _notice in self._connection.notifies(timeout=timeout, stop_after=1):
            return True
        return False

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
    url = engine.url.set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        done = subprocess.run(
            [pg_dump, "--format=custom", "--no-owner", f"--file={temporary}", url],
            capture_output=True,
            text=True,
            timeout=3600,
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
