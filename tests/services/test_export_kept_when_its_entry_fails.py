"""An export whose audit entry cannot be committed (the database's disk fills up at the
commit) leaves the file of an earlier export of that name as it was: the new file takes
the name only after the entry is committed."""

from __future__ import annotations

import pytest
from sqlalchemy import event

from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.domain.models import AuditEntry
from smartnet_desktop.services import audit, exporting


def test_a_failed_commit_keeps_the_earlier_list(demo, tmp_path):
    sessions, gera, _ = demo
    earlier = tmp_path / "liste.csv"
    earlier.write_bytes(b"the earlier list")
    entries = len(audit.list_entries(sessions, limit=1000))

    def entry_flushed(session, _context, _instances):
        if any(isinstance(o, AuditEntry) for o in session.new):
            session.info["entry"] = True

    def full_at_commit(session):  # only the commit that carries the export's entry
        if session.info.pop("entry", False):
            raise DatabaseProblem("disk_full")

    event.listen(sessions, "before_flush", entry_flushed)
    event.listen(sessions, "before_commit", full_at_commit)
    try:
        with pytest.raises(DatabaseProblem):
            exporting.export_attendees(sessions, gera, earlier)
    finally:
        event.remove(sessions, "before_commit", full_at_commit)
        event.remove(sessions, "before_flush", entry_flushed)
    assert earlier.read_bytes() == b"the earlier list"
    assert [p.name for p in tmp_path.glob("*liste*")] == ["liste.csv"]
    assert len(audit.list_entries(sessions, limit=1000)) == entries
