"""The change sequence other desks follow: entries become visible in the order of their
ids, so a desk that has read up to one id never meets an older one later."""

from __future__ import annotations

import threading
import time

from smartnet_desktop.domain.models import ChangeRecord
from smartnet_desktop.services import audit, desk_sync


def test_a_later_change_waits_until_an_earlier_one_is_committed(demo):
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
    assert not finished.is_set()  # it waits for the first to commit ...
    assert seen_meanwhile.newest == start  # ... and no desk sees a later id before it
    first.commit()
    first.close()
    thread.join(10)
    changes = desk_sync.changed_since(sessions, start)
    assert changes.person_ids == {1, 2} and not changes.whole_events
    with sessions() as session:
        ids = session.query(ChangeRecord.person_id).order_by(ChangeRecord.id).all()
    assert [p for (p,) in ids][-2:] == [1, 2]
