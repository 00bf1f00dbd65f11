"""Child process of the crash test: performs check-ins and consent changes as fast as it can
and prints one line per acknowledged commit, until it is killed."""

from __future__ import annotations

import random
import sys

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.errors import AlreadyCheckedIn
from smartnet_desktop.services import attendees, checkin, consent


def main(path: str, event_id: int, seed: int) -> None:
    _engine, sessions = open_database(path)
    rng = random.Random(seed)
    people = [r.person_id for r in attendees.list_attendees(sessions, event_id)]
    while True:
        waiting = [
            r for r in attendees.list_attendees(sessions, event_id) if r.checked_in_at is None
        ]
        if waiting and rng.random() < 0.5:
            row = rng.choice(waiting)
            try:
                checkin.check_in(sessions, row.registration_id, "Crash")
            except AlreadyCheckedIn:
                continue
            print(f"ACK checkin {row.registration_id}", flush=True)
        else:
            person = rng.choice(people)
            decision = rng.choice(["grant", "object", "withdraw"])
            consent.record_contact(sessions, person, decision, by="Crash")
            print(f"ACK consent {person} {decision}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
