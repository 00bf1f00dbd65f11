"""Which database engine the suite runs against.

Without SMARTNET_TEST_POSTGRESQL every test uses a SQLite file under tmp_path. With it set
to a server URL (`postgresql+psycopg://postgres@127.0.0.1:PORT/postgres`, as .ci/run
does), each test that asks for "the database" gets its own fresh PostgreSQL database,
copied from a template migrated once per run, and dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

SERVER = os.environ.get("SMARTNET_TEST_POSTGRESQL", "")
TEMPLATE = "smartnet_test_template"

on_postgresql = bool(SERVER)

# Tests of what only a SQLite file has (its bytes, its backups, its pragmas).
sqlite_only = pytest.mark.skipif(on_postgresql, reason="about the SQLite file itself")
# Tests that need a server (several desks, LISTEN/NOTIFY, pg_dump).
postgresql_only = pytest.mark.skipif(
    not on_postgresql, reason="needs SMARTNET_TEST_POSTGRESQL (a PostgreSQL server)"
)


def _admin():
    return create_engine(make_url(SERVER), isolation_level="AUTOCOMMIT")


def _url(name: str) -> str:
    return make_url(SERVER).set(database=name).render_as_string(hide_password=False)


_template_ready = False


def _ensure_template() -> None:
    global _template_ready
    if _template_ready:
        return
    from smartnet_desktop.db import open_database

    admin = _admin()
    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{TEMPLATE}" WITH (FORCE)'))
        connection.execute(text(f'CREATE DATABASE "{TEMPLATE}"'))
    engine, _sessions = open_database(_url(TEMPLATE))  # migrated to the newest revision
    engine.dispose()
    admin.dispose()
    _template_ready = True


class ServerDatabases:
    """Fresh databases on the test server for one test; all dropped at its end."""

    def __init__(self) -> None:
        self.names: list[str] = []

    def create(self, empty: bool = False) -> str:
        """A new database at the newest schema (or without any table when `empty`)."""
        if not empty:
            _ensure_template()
        name = f"t_{uuid.uuid4().hex[:16]}"
        admin = _admin()
        with admin.connect() as connection:
            template = "" if empty else f' TEMPLATE "{TEMPLATE}"'
            connection.execute(text(f'CREATE DATABASE "{name}"{template}'))
        admin.dispose()
        self.names.append(name)
        return _url(name)

    def drop_all(self) -> None:
        if not self.names:
            return
        admin = _admin()
        with admin.connect() as connection:
            for name in self.names:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def location(tmp_path: Path, databases: ServerDatabases | None, name: str = "smartnet.db"):
    """Where a test's database lives: a SQLite file, or a fresh server database."""
    if databases is None:
        return tmp_path / name
    return databases.create()


def _engine(location):
    from sqlalchemy.pool import NullPool

    from smartnet_desktop.db import database_url

    return create_engine(database_url(location), poolclass=NullPool)


def counts(location, tables) -> tuple:
    """Rows per table, read past the program (as another tool would)."""
    engine = _engine(location)
    with engine.connect() as connection:
        found = tuple(
            connection.execute(text(f"SELECT count(*) FROM {name}")).scalar() for name in tables
        )
    engine.dispose()
    return found


def rows(location, table_name: str) -> list[tuple]:
    """A table's rows in key order, typed through the models (so that a SQLite file and a
    server compare equal: dates as dates, flags as booleans)."""
    from sqlalchemy import select

    from smartnet_desktop.domain.models import Base

    table = Base.metadata.tables[table_name]
    engine = _engine(location)
    with engine.connect() as connection:
        found = [
            tuple(r) for r in connection.execute(select(table).order_by(*table.primary_key.columns))
        ]
    engine.dispose()
    return found


def every_table_as_text(location) -> dict[str, str]:
    """The content of every table of the database, flattened to one text per table."""
    from sqlalchemy import inspect

    engine = _engine(location)
    with engine.connect() as connection:
        names = inspect(connection).get_table_names()
        if engine.dialect.name == "sqlite":  # also the search index's shadow tables
            names = [
                r[0]
                for r in connection.execute(
                    text("SELECT name FROM sqlite_master WHERE type='table'")
                )
            ]
        found = {
            name: " ".join(
                " ".join(str(v) for v in row)
                for row in connection.execute(text(f'SELECT * FROM "{name}"'))
            )
            for name in names
        }
    engine.dispose()
    return found
