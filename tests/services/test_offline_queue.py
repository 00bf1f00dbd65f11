"""Check-ins kept on the laptop while the server is away survive the program ending and
are applied once when it is back; a person checked in elsewhere meanwhile is a conflict."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import attendees, checkin
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.services.offline_queue import OfflineQueue, for_location
from tests.database_under_test import postgresql_only
from tests.tcp_proxy import Proxy

SEND_AFTER_RESTART = """
import json, sys
from smartnet_desktop.db import open_database
from smartnet_desktop.services.offline_queue import OfflineQueue
url = sys.argv[1]
_engine, sessions = open_database(url)
sent = OfflineQueue(url).send(sessions)
print(json.dumps({"applied": [r.display_name for r in sent.applied],
                  "conflicts": [[c.name, c.checked_in_by] for c in sent.conflicts]}))
"""


def test_a_sqlite_file_has_no_offline_queue(tmp_path):
    assert for_location(str(tmp_path / "meeting.db")) is None


@postgresql_only
def test_queued_check_ins_survive_a_restart_and_are_applied_once(db_path):
    engine, direct = open_database(db_path)
    gera = min(load_demo(direct).event_ids)
    waiting = [r for r in attendees.list_attendees(direct, gera) if not r.checked_in_at][:4]
    proxy, through_proxy = Proxy.to(db_path)
    laptop_engine, laptop = open_database(through_proxy)

    proxy.cut()
    queue = OfflineQueue(through_proxy)
    for row in waiting:
        with pytest.raises(DatabaseProblem) as lost:
            checkin.check_in(laptop, row.registration_id, "Desk 1")
        assert lost.value.code == "server_unreachable"
        queue.add(row, "Desk 1")
    arrived = {q.registration_id: q.arrived_at for q in queue.pending()}
    queue.close()
    laptop_engine.dispose()  # the laptop is closed
    checkin.check_in(direct, waiting[3].registration_id, "Desk 2")  # meanwhile, elsewhere

    proxy.restore()
    for _attempt in range(2):  # started again; a second start sends nothing twice
        started = subprocess.run(
            [sys.executable, "-c", SEND_AFTER_RESTART, through_proxy],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert started.returncode == 0, started.stderr
        result = json.loads(started.stdout)
        if _attempt == 0:
            assert len(result["applied"]) == 3
            assert result["conflicts"] == [[waiting[3].display_name, "Desk 2"]]
        else:
            assert result == {"applied": [], "conflicts": []}
    rows = {r.registration_id: r for r in attendees.list_attendees(direct, gera)}
    for row in waiting[:3]:
        assert rows[row.registration_id].checked_in_by == "Desk 1"
        assert rows[row.registration_id].checked_in_at == arrived[row.registration_id]
    assert rows[waiting[3].registration_id].checked_in_by == "Desk 2"
    conflicts = OfflineQueue(through_proxy).conflicts(gera)
    assert [c.checked_in_by for c in conflicts] == ["Desk 2"]
    engine.dispose()


@postgresql_only
def test_queued_consent_answers_arrive_once_with_the_time_they_were_given(db_path):
    from smartnet_desktop.services import audit, consent

    engine, direct = open_database(db_path)
    gera = min(load_demo(direct).event_ids)
    photo, contact, arrived = [
        r for r in attendees.list_attendees(direct, gera) if not r.checked_in_at
    ][:3]
    proxy, through_proxy = Proxy.to(db_path)
    laptop_engine, laptop = open_database(through_proxy)
    before = {p.person_id: len(consent.history(direct, p.person_id)) for p in (photo, contact)}
    proxy.cut()
    queue = OfflineQueue(through_proxy)
    queue.add(arrived, "Desk 1")
    queue.add_consent(photo, "photo", "object", "Desk 1", "photo-request", all_events=True)
    queue.add_consent(contact, "contact", "grant", "Desk 1", "contact-request")
    said = {q.person_id: q.recorded_at for q in queue.pending_consents()}
    assert queue.send(laptop).still_offline
    proxy.restore()

    sent = queue.send(laptop)
    assert not sent.still_offline and len(sent.consents) == 2
    assert queue.send(laptop).consents == ()  # nothing twice
    for request_id, person in (("photo-request", photo), ("contact-request", contact)):
        OfflineQueue(through_proxy).add_consent(person, "photo", "object", "Desk 1", request_id)
    assert OfflineQueue(through_proxy).send(laptop).consents  # the same ids sent again ...
    new = {
        p.person_id: consent.history(direct, p.person_id)[before[p.person_id] :]
        for p in (photo, contact)
    }
    objection, granted = new[photo.person_id], new[contact.person_id]
    assert [(h.decision, h.scope) for h in objection] == [("object", "all_events")]  # ... once
    assert [h.decision for h in granted] == ["grant"]
    assert objection[0].recorded_at == said[photo.person_id]  # when it was said at the desk
    assert granted[0].recorded_at == said[contact.person_id]
    entries = {
        (e.action, e.person_id): e for e in audit.list_entries(direct) if e.actor == "Desk 1"
    }
    happened = entries["consent", photo.person_id].details["happened_at"]
    assert happened == said[photo.person_id].isoformat()
    check_in = entries["check_in", arrived.person_id]
    assert check_in.details["happened_at"] < check_in.at.isoformat()  # desk time, then sent
    laptop_engine.dispose()
    engine.dispose()
