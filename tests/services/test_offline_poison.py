"""An item of the offline queue that the server refuses with a domain error every time (a
poison item) is set aside with its error, kept and counted, instead of blocking every later
send (issue 21, item 6). Runs on both engines: the queue is a file on this computer, the
server's refusal is the real service's."""

from __future__ import annotations

import sqlite3

from smartnet_desktop.services import attendees
from smartnet_desktop.services.offline_queue import OfflineQueue

SERVER = "postgresql+psycopg://desk@server.invalid/meeting"


def _waiting(sessions, event_id, count):
    return [r for r in attendees.list_attendees(sessions, event_id) if not r.checked_in_at][:count]


def test_a_check_in_refused_for_good_is_set_aside_and_the_next_still_lands(demo):
    sessions, gera, _ = demo
    first, second = _waiting(sessions, gera, 2)
    queue = OfflineQueue(SERVER)
    queue.add(first, "D" * 101)  # refused every time: no desk name is that long
    queue.add(second, "Desk 1")

    sent = queue.send(sessions)

    assert [r.registration_id for r in sent.applied] == [second.registration_id]
    assert not sent.still_offline
    assert [q.registration_id for q in sent.set_aside] == [first.registration_id]
    # Kept, with its error, and no longer waiting (nor counted as checked in).
    assert queue.pending() == []
    aside = queue.set_aside(gera)
    assert [q.registration_id for q in aside] == [first.registration_id]
    assert aside[0].refusal.code == "too_long" and aside[0].refusal.params["field"] == "desk"
    rows = {r.registration_id: r for r in attendees.list_attendees(sessions, gera)}
    assert rows[second.registration_id].checked_in_by == "Desk 1"
    assert rows[first.registration_id].checked_in_at is None
    # The next send does not try it again, and nothing waits behind it.
    again = queue.send(sessions)
    assert again.applied == [] and again.set_aside == () and len(queue.set_aside()) == 1
    queue.close()


def test_a_consent_answer_refused_for_good_does_not_block_the_next(demo):
    sessions, gera, _ = demo
    first, second = _waiting(sessions, gera, 2)
    queue = OfflineQueue(SERVER)
    queue.add_consent(first, "contact", "perhaps", "Desk 1", "r-poison")  # no such answer
    queue.add_consent(second, "contact", "grant", "Desk 1", "r-good")

    sent = queue.send(sessions)

    assert [a.request_id for a in sent.consents] == ["r-good"]
    assert [a.request_id for a in sent.set_aside] == ["r-poison"]
    assert queue.pending_consents() == []
    assert queue.set_aside()[0].refusal.code == "unknown_value"
    queue.close()


def test_a_queue_file_of_an_older_version_is_still_read(tmp_path):
    """Queue files written before items could be set aside lack the column: it is added."""
    queue = OfflineQueue(SERVER)
    path = queue.path
    queue.close()
    path.unlink()
    old = sqlite3.connect(path)
    old.execute(
        "CREATE TABLE pending_check_ins (request_id VARCHAR(64) PRIMARY KEY, event_id INTEGER "
        "NOT NULL, registration_id INTEGER NOT NULL, name VARCHAR(400) NOT NULL, desk "
        "VARCHAR(100) NOT NULL, arrived_at VARCHAR NOT NULL)"
    )
    old.execute(
        "INSERT INTO pending_check_ins VALUES ('r1', 1, 7, 'Ada', 'Desk 1', "
        "'2026-11-30 20:00:00.000000')"
    )
    old.commit()
    old.close()
    queue = OfflineQueue(SERVER)
    assert [q.request_id for q in queue.pending()] == ["r1"] and queue.set_aside() == []
    queue.close()
