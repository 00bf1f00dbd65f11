"""Shared fixtures: real SQLite files under tmp_path, Qt offscreen, settings kept apart."""

from __future__ import annotations

import os

# Before any Qt import: widgets render without a screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

from smartnet_desktop.db import open_database  # noqa: E402
from smartnet_desktop.services.demo import load_demo  # noqa: E402


@pytest.fixture(autouse=True)
def _private_settings(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings or data folder."""
    monkeypatch.setenv("SMARTNET_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("SMARTNET_DATA_DIR", str(tmp_path / "data"))


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "smartnet.db"


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
