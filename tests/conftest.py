"""Shared fixtures: real SQLite files under tmp_path, Qt offscreen, settings kept apart."""

from __future__ import annotations

import os

# Before any Qt import: widgets render without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from smartnet_desktop.db import open_database  # noqa: E402
from smartnet_desktop.services.demo import load_demo  # noqa: E402
from tests import database_under_test  # noqa: E402
from tests.real_window import (  # noqa: E402, F401  (the real X display fixtures)
    real_display,
    real_display_of_size,
)


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings or data folder."""
    monkeypatch.setenv("SMARTNET_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SMARTNET_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def server_databases():
    """Fresh databases on the PostgreSQL test server (None when the suite runs on SQLite)."""
    if not database_under_test.on_postgresql:
        yield None
        return
    databases = database_under_test.ServerDatabases()
    yield databases
    databases.drop_all()


@pytest.fixture
def db_path(tmp_path, server_databases):
    """The test's database: a SQLite file path, or a server URL when the suite runs on
    PostgreSQL (tests about the SQLite file itself are marked `sqlite_only`)."""
    return database_under_test.location(tmp_path, server_databases)


@pytest.fixture
def empty_db_path(tmp_path, server_databases):
    """A database without any table yet (a new file, or a new server database)."""
    if server_databases is None:
        return tmp_path / "empty.db"
    return server_databases.create(empty=True)


@pytest.fixture
def sessions(db_path):
    engine, sessions = open_database(db_path)
    yield sessions
    engine.dispose()


@pytest.fixture
def demo(sessions):
    """The demo meeting loaded; returns (sessions, gera_event_id, muehlhausen_event_id)."""
    change = load_demo(sessions)
    gera, muehlhausen = sorted(change.event_ids)
    return sessions, gera, muehlhausen
