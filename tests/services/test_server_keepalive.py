"""A desk whose network goes inside a transaction must not hold its locks and the change
feed's horizon for the system's two-hour keepalive: every server connection asks the server
to probe after 30 s and give up after three unanswered probes (and probes from its own side)."""

from __future__ import annotations

from sqlalchemy import text

from smartnet_desktop.db import open_database
from tests.database_under_test import postgresql_only


@postgresql_only
def test_server_connections_are_probed_after_half_a_minute(db_path):
    engine, sessions = open_database(str(db_path))
    try:
        with sessions() as session:
            shown = {
                name: session.scalar(text(f"SHOW tcp_keepalives_{name}"))
                for name in ("idle", "interval", "count")
            }
    finally:
        engine.dispose()
    assert shown == {"idle": "30", "interval": "10", "count": "3"}  # seconds
