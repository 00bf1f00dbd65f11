"""The change sequence other desks follow: a desk that looked while an earlier entry was
still uncommitted meets it at its next look (on SQLite the later writer waits; on
PostgreSQL it does not, and the follower reads by transaction: test_change_feed.py)."""

from __future__ import annotations

import threading
import time

from smartnet_desktop.domain.models import ChangeRecord
from smartnet_desktop.services import audit, desk_sync


def test_an_earlier_change_committed_later_is_seen_at_the_next_look(demo):
    sessions, gera, _ = demo
    start = desk_sync.latest_change(sessions)
    first = sessions()
    first.begin()
    audit.record(first, "check_in", "Desk 1", gera, 1)
    first.flush()  # the first desk's entry has its id; its transaction is still open
    finished = threading.Event()

    def second_desk() -> None:
        with sessions.begin() as session:
            audit.record(session, "check_in", "Desk 2", gera, 2)
        finished.set()

    thread = threading.Thread(target=second_desk)
    thread.start()
    time.sleep(0.4)
    seen_meanwhile = desk_sync.changed_since(sessions, start)
    assert 1 not in seen_meanwhile.person_ids  # not committed yet
    first.commit()
    first.close()
    thread.join(10)
    assert finished.is_set()
    later = desk_sync.changed_since(sessions, seen_meanwhile.newest)
    assert seen_meanwhile.person_ids | later.person_ids == {1, 2}  # nothing skipped
    assert not later.whole_events
    changes = desk_sync.changed_since(sessions, start)
    assert changes.person_ids == {1, 2} and not changes.whole_events
    with sessions() as session:
        ids = session.query(ChangeRecord.person_id).order_by(ChangeRecord.id).all()
    assert [p for (p,) in ids][-2:] == [1, 2]
