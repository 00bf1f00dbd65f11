"""SQLite's own statements behind db.py's calls that differ per database: the write lock,
the append-only triggers of the consent history, what a desk relies on beyond the tables,
and the guard around the migrations. db_server.py holds PostgreSQL's counterparts under the
same names; db.py picks one of the two (db.statements).

Needs nothing from db.py."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from smartnet_desktop import db_files
from smartnet_desktop.db_files import sqlite_file
from smartnet_desktop.domain.errors import DatabaseProblem


def hold_write_lock(session: Session, _shared: bool = False) -> None:
    """db.hold_write_lock on SQLite: a write as the transaction's first statement makes it
    the only writer (SQLite has one writer at a time, so shared or not is the same)."""
    session.execute(text("UPDATE alembic_version SET version_num = version_num"))


def protect_history(connection: Connection, table_name: str) -> None:
    """SQLite's triggers that refuse any statement rewriting a row of an append-only table:
    UPDATE, DELETE, and INSERT OR REPLACE or an upsert onto an existing id (REPLACE deletes
    the old row without firing DELETE triggers, so the INSERT itself has to be refused).
    Migrations 0003/0005/0007 made them (with their own copy of these statements, and the
    PostgreSQL guard); the erasure path lifts and restores them in one transaction."""
    refuse = f"BEGIN SELECT RAISE(ABORT, '{table_name} rows are append-only'); END"
    for action in ("UPDATE", "DELETE"):
        connection.execute(
            text(
                f"CREATE TRIGGER {table_name}_no_{action.lower()} BEFORE {action} "
                f"ON {table_name} {refuse}"
            )
        )
    connection.execute(
        text(
            f"CREATE TRIGGER {table_name}_no_replace BEFORE INSERT ON {table_name} "
            f"WHEN EXISTS (SELECT 1 FROM {table_name} WHERE id = NEW.id) {refuse}"
        )
    )


def unprotect_history(connection: Connection, table_name: str) -> None:
    for action in ("update", "delete", "replace"):
        connection.execute(text(f"DROP TRIGGER IF EXISTS {table_name}_no_{action}"))


@contextmanager
def history_rewrite_allowed(connection: Connection, tables: tuple[str, ...]) -> Iterator[None]:
    """db.history_rewrite_allowed on SQLite: the triggers are dropped and created again
    inside the transaction, so no other connection ever sees them missing."""
    for table_name in tables:
        unprotect_history(connection, table_name)
    yield
    for table_name in tables:
        protect_history(connection, table_name)


def server_features(connection: Connection) -> dict[str, bool]:
    """db.server_features on SQLite: the append-only guard (the search scans the keys: no
    index to check since migration 0015)."""
    names = set(connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    return {
        "history_guard": {"consent_events_no_update", "audit_entries_no_update"} <= names,
    }


def can_write(engine: Engine) -> bool:
    """db.can_write on SQLite: the file and its folder (journal, WAL) may be written."""
    path = sqlite_file(engine)
    return path is None or (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK))


def scrub(engine: Engine) -> bool:
    """db.scrub on SQLite: the file is rebuilt (db_files.scrub)."""
    return db_files.scrub(engine)


@contextmanager
def migration_transaction(connection: Connection, revision: str) -> Iterator[None]:
    """db.migrate's one transaction, with foreign keys off while the migrations run:
    Alembic's batch mode drops a rebuilt table, which would fire ON DELETE SET NULL and
    CASCADE on every row pointing at it (0011 once unlinked every person from their
    organisation this way). Whether the rows still fit together is asked before commit."""
    connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # a no-op inside a transaction
    connection.commit()
    try:
        with connection.begin():
            yield
            if connection.exec_driver_sql("PRAGMA foreign_key_check").first():
                raise DatabaseProblem("migration_broke_references", revision=revision)
    finally:
        connection.exec_driver_sql("PRAGMA foreign_keys=ON")
        connection.commit()


# db_server.check_in_call on SQLite: none. A desk's check-in runs statement by statement
# (services/checkin.py); SQLite has one writer at a time and no network round trips.
check_in_call = None


# db_server.change_position / changes_after on SQLite: one writer at a time, so an entry
# with a lower id is always committed before a higher one exists; the ids are the position.
def change_position(session: Session) -> int:
    return session.scalar(text("SELECT coalesce(max(id), 0) FROM changes"))


def changes_after(session: Session, position: int) -> tuple[int, list[tuple]]:
    found = session.execute(
        text("SELECT id, event_id, person_id FROM changes WHERE id > :after ORDER BY id"),
        {"after": position},
    ).all()
    newest = found[-1][0] if found else position
    return newest, [(event, person) for _id, event, person in found]
