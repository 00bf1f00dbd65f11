"""Issue 27: the kiosk finds one person by badge code or full e-mail address, never by a
name or a part; answers are recorded with channel "kiosk"; corrections are audited as the
person's own; the desks see the kiosk's check-in in the change sequence."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from smartnet_desktop.domain.errors import NotFound
from smartnet_desktop.domain.models import AuditEntry
from smartnet_desktop.services import attendees, checkin, consent, desk_sync, kiosk, kiosk_pin


def _someone(sessions, event_id):
    return next(
        r
        for r in attendees.list_attendees(sessions, event_id)
        if r.checked_in_at is None and r.email
    )


def test_a_badge_code_or_the_full_email_finds_the_one_person(demo):
    sessions, gera, _other = demo
    row = _someone(sessions, gera)
    assert kiosk.identify(sessions, gera, row.badge_code).person_id == row.person_id
    assert kiosk.identify(sessions, gera, f"https://x.example/o#{row.badge_code}").person_id == (
        row.person_id
    )
    assert kiosk.identify(sessions, gera, f"  {row.email.upper()} ").person_id == row.person_id


@pytest.mark.parametrize("typed", ["family", "given", "email_part", "domain", "org"])
def test_names_and_parts_find_nobody(demo, typed):
    sessions, gera, _other = demo
    row = _someone(sessions, gera)
    text = {
        "family": row.family_name,
        "given": f"{row.given_name} {row.family_name}",
        "email_part": row.email.split("@")[0],
        "domain": "@" + row.email.split("@")[1],
        "org": row.organization,
    }[typed]
    with pytest.raises(NotFound) as refused:
        kiosk.identify(sessions, gera, text)
    assert refused.value.code == "kiosk_unknown"


def test_someone_registered_only_for_another_meeting_is_not_found(demo):
    sessions, gera, other = demo
    there = {r.person_id for r in attendees.list_attendees(sessions, other)}
    stranger = next(r for r in attendees.list_attendees(sessions, gera) if r.person_id not in there)
    with pytest.raises(NotFound):
        kiosk.identify(sessions, other, stranger.badge_code)
    with pytest.raises(NotFound):
        kiosk.identify(sessions, other, stranger.email)


def test_answers_are_recorded_with_channel_kiosk_and_later_records_nothing(demo):
    sessions, gera, _other = demo
    row = _someone(sessions, gera)
    kiosk.record_answer(sessions, row, kiosk.PHOTO, kiosk.YES, "Foyer", "r-1")
    kiosk.record_answer(sessions, row, kiosk.PHOTO, kiosk.YES, "Foyer", "r-1")  # a retry
    assert kiosk.record_answer(sessions, row, kiosk.CONTACT, kiosk.LATER, "Foyer") is None
    rows = consent.history(sessions, row.person_id)
    assert [(c.kind, c.decision, c.channel, c.recorded_by) for c in rows] == [
        ("photo", "object", "kiosk", "Kiosk Foyer")
    ]
    fresh = kiosk.identify(sessions, gera, row.badge_code)
    assert fresh.photo_objection  # the badge carries the marker
    kiosk.record_answer(sessions, row, kiosk.CONTACT, kiosk.YES, "Foyer")
    assert consent.history(sessions, row.person_id)[-1].decision == "grant"


def test_a_correction_is_audited_as_the_persons_own(demo):
    sessions, gera, _other = demo
    row = _someone(sessions, gera)
    done = kiosk.correct(sessions, row, "Ännchen", row.family_name, "Dr.", "Neue Org", "Foyer")
    assert (done.value.given_name, done.value.title, done.value.organization) == (
        "Ännchen",
        "Dr.",
        "Neue Org",
    )
    assert done.value.email == row.email and done.value.note == row.note
    with sessions.begin() as session:
        entry = session.scalars(
            select(AuditEntry).where(AuditEntry.action == "attendee_details_changed")
        ).all()[-1]
        assert entry.actor == "Kiosk Foyer"
        details = json.loads(entry.details)
    assert details["corrected_by"] == "attendee"
    assert details["changes"]["given_name"] == [row.given_name, "Ännchen"]


def test_the_desks_see_the_kiosks_check_in_in_the_change_sequence(demo):
    sessions, gera, _other = demo
    row = _someone(sessions, gera)
    before = desk_sync.latest_change(sessions)
    checkin.check_in(sessions, row.registration_id, kiosk.kiosk_name("Foyer"), "req-k1")
    checkin.check_in(sessions, row.registration_id, kiosk.kiosk_name("Foyer"), "req-k1")
    changes = desk_sync.changed_since(sessions, before)
    assert row.person_id in changes.person_ids and gera in changes.event_ids


def test_the_pin_is_kept_as_a_salted_hash_only():
    first, second = kiosk_pin.hash_pin("2468"), kiosk_pin.hash_pin("2468")
    assert first != second and "2468" not in first  # salted
    assert kiosk_pin.pin_matches("2468", first)
    assert not kiosk_pin.pin_matches("2469", first)
    assert not kiosk_pin.pin_matches("2468", "")
    assert not kiosk_pin.pin_matches("2468", "scrypt$x$y")


def test_an_answer_kept_offline_is_sent_with_channel_kiosk(demo, db_path):
    import sqlite3

    from smartnet_desktop.services.offline_queue import OfflineQueue

    sessions, gera, _other = demo
    row = _someone(sessions, gera)
    queue = OfflineQueue(str(db_path))
    queue.add_consent(row, "contact", "grant", kiosk.kiosk_name("Foyer"), "k-9", channel="kiosk")
    queue.add_consent(row, "photo", "object", "Desk 1", "d-9")  # the desk's, as before
    queue.send(sessions)
    answers = [(c.kind, c.channel) for c in consent.history(sessions, row.person_id)]
    assert answers == [("contact_sharing", "kiosk"), ("photo", "desk")]
    queue.close()
    # A queue file written before the kiosk existed gets the column, "desk" for its items.
    old = sqlite3.connect(queue.path)
    old.execute("ALTER TABLE pending_consents DROP COLUMN channel")
    old.commit()
    old.close()
    OfflineQueue(str(db_path)).add_consent(row, "photo", "withdraw", "Desk 1", "d-10")
