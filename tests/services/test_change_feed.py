"""Several desks write the change sequence at once without waiting for each other (issue 24
item 3), and a desk following it still misses nothing: an entry with a lower id that
commits after a later one was read is reported at the next look."""

from __future__ import annotations

import threading
import time

from sqlalchemy import select, text

from smartnet_desktop.db_server import check_in_call, check_in_values
from smartnet_desktop.domain.models import Registration, utc_now
from smartnet_desktop.services import audit, checkin, desk_sync
from tests.database_under_test import postgresql_only


def _finished_within(seconds: float, work) -> bool:
    """Runs `work` on a thread of its own: did it finish (it must not wait for the
    transaction the test holds open)?"""
    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    thread.join(seconds)
    return not thread.is_alive()


@postgresql_only
def test_a_change_committed_late_is_not_missed(demo):
    sessions, gera, _ = demo
    start = desk_sync.latest_change(sessions)
    first = sessions()
    first.begin()
    audit.record(first, "check_in", "Desk 1", gera, 1)
    first.flush()  # the first desk's entry has the lower id; its transaction stays open

    def second_desk() -> None:
        with sessions.begin() as session:
            audit.record(session, "check_in", "Desk 2", gera, 2)

    assert _finished_within(5, second_desk)  # no desk waits for another one's commit
    seen = desk_sync.changed_since(sessions, start)
    first.commit()
    first.close()
    later = desk_sync.changed_since(sessions, seen.newest)
    assert seen.person_ids | later.person_ids == {1, 2}
    assert desk_sync.changed_since(sessions, later.newest).empty  # and each is told once


@postgresql_only
def test_check_ins_of_four_desks_do_not_queue_and_the_follower_sees_all(demo):
    sessions, gera, _ = demo
    with sessions() as session:
        registrations = session.execute(
            select(Registration.id, Registration.person_id)
            .where(Registration.event_id == gera, Registration.checked_in_at.is_(None))
            .order_by(Registration.id)
            .limit(4)
        ).all()
    assert len(registrations) == 4
    seen: set[int] = set()
    everyone = threading.Event()

    def changes(found: desk_sync.Changes) -> None:
        seen.update(found.person_ids)
        if seen >= {person for _id, person in registrations}:
            everyone.set()

    follower = desk_sync.Follower(
        sessions, desk_sync.latest_change(sessions), changes, lambda _r: None, poll_s=0.1
    )
    follower.start()
    try:
        # The first desk's check-in is done by the server function but not yet committed.
        first = sessions()
        first.begin()
        now = utc_now()
        arguments = check_in_values(None, registrations[0][0], "", None, "Desk 1", None, now, now, "}")
        call = check_in_call()
        outcome = first.execute(select(call.c.outcome).select_from(call), arguments).scalar()
        assert outcome == "checked_in"
        for desk, (registration_id, _person) in enumerate(registrations[1:], start=2):
            assert _finished_within(
                5, lambda r=registration_id, d=desk: checkin.check_in(sessions, r, f"Desk {d}")
            )
        time.sleep(0.3)  # the follower has looked meanwhile
        first.commit()
        first.close()
        assert everyone.wait(10), f"the follower saw only {sorted(seen)}"
    finally:
        follower.stop()


@postgresql_only
def test_a_transaction_left_open_elsewhere_holds_back_no_desk(demo):
    """A transaction that stays open on the server (a desk that lost its network halfway
    through a write, a forgotten psql BEGIN, another program's database) must not stop the
    desks seeing each other: what has committed is reported at the next look, once."""
    sessions, gera, _ = demo
    start = desk_sync.latest_change(sessions)
    stuck = sessions()
    stuck.begin()
    stuck.execute(text("SELECT pg_current_xact_id()"))  # it has a transaction id: it writes
    try:
        with sessions.begin() as session:
            audit.record(session, "check_in", "Desk 2", gera, 2)
        seen = desk_sync.changed_since(sessions, start)
        assert seen.person_ids == {2}
        assert desk_sync.changed_since(sessions, seen.newest).empty  # told once
        with sessions.begin() as session:
            audit.record(session, "check_in", "Desk 3", gera, 3)
        later = desk_sync.changed_since(sessions, seen.newest)
        assert later.person_ids == {3}
    finally:
        stuck.rollback()
        stuck.close()
    assert desk_sync.changed_since(sessions, later.newest).empty  # nothing again once it ends
