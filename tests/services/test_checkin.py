"""The desk's services: badge codes inside scanned texts, badges of other meetings,
walk-ins that never duplicate a person, undo limited to the desk's own check-ins."""

from __future__ import annotations

import pytest

from smartnet_desktop.domain.errors import AlreadyCheckedIn, NotFound
from smartnet_desktop.services import attendees, checkin, codes, consent, events
from smartnet_desktop.services.checkin import WalkInInput, WalkInOutcome


def test_codes_are_found_inside_scanned_texts():
    assert codes.codes_in("https://steckbriefe.example/gera#K6QQPG") == ["K6QQPG"]
    assert codes.codes_in("  k6qqpg ") == ["K6QQPG"]
    assert codes.codes_in("Müller") == []
    assert codes.codes_in("https://x.example/") == []


def test_qr_content_keeps_the_profile_and_adds_the_code_as_fragment():
    assert codes.qr_content("https://a.example/jena", "K6QQPG") == "https://a.example/jena#K6QQPG"
    assert codes.qr_content("https://a.example/jena#old", "K6QQPG").endswith("/jena#K6QQPG")
    assert codes.qr_content("", "K6QQPG") == "K6QQPG"


def test_find_badge_prefers_this_event_and_names_another_meeting(demo):
    sessions, gera, muehlhausen = demo
    row = attendees.list_attendees(sessions, gera, "weissbach")[0]
    here = checkin.find_badge(sessions, gera, f"https://x.example/p#{row.badge_code}")
    assert here.row.registration_id == row.registration_id and here.other_event is None
    at_muehlhausen = {r.person_id for r in attendees.list_attendees(sessions, muehlhausen)}
    assert row.person_id in at_muehlhausen  # registered there too: checked in there (item 1)
    kept = checkin.find_badge(sessions, muehlhausen, row.badge_code)
    assert kept.other_event is None and kept.old_badge_of.id == gera
    assert kept.row.person_id == row.person_id and kept.row.event_id == muehlhausen
    visitor = next(
        r for r in attendees.list_attendees(sessions, gera) if r.person_id not in at_muehlhausen
    )
    elsewhere = checkin.find_badge(sessions, muehlhausen, visitor.badge_code)
    assert elsewhere.other_event.id == gera and elsewhere.row.person_id == visitor.person_id
    assert checkin.find_badge(sessions, gera, "QQQQQQ") is None


def test_the_holder_of_another_meetings_badge_is_registered_and_checked_in(demo):
    sessions, gera, muehlhausen = demo
    here = {r.person_id for r in attendees.list_attendees(sessions, muehlhausen)}
    newcomer = next(r for r in attendees.list_attendees(sessions, gera) if r.person_id not in here)
    row = checkin.register_badge_holder(sessions, muehlhausen, newcomer.person_id, "Desk 1").value
    assert row.event_id == muehlhausen and row.checked_in_at and row.walk_in


def test_walk_in_outcomes_new_known_and_already_registered(demo):
    sessions, gera, muehlhausen = demo
    new = checkin.register_walk_in(
        sessions, gera, WalkInInput("Ada", "Neuhaus", "Stadt Jena"), "Desk 1"
    ).value
    assert new.outcome == WalkInOutcome.NEW_PERSON and new.row.walk_in
    registered = attendees.list_attendees(sessions, gera, "weissbach")[0]
    again = checkin.register_walk_in(
        sessions,
        gera,
        WalkInInput(registered.given_name, registered.family_name, registered.organization),
        "Desk 1",
    ).value
    assert again.outcome == WalkInOutcome.ALREADY_REGISTERED
    assert again.row.registration_id == registered.registration_id and not again.row.walk_in
    known = checkin.register_walk_in(
        sessions, muehlhausen, WalkInInput("Ada", "Neuhaus", "Stadt Jena"), "Desk 1"
    ).value
    assert known.outcome == WalkInOutcome.KNOWN_PERSON
    assert known.row.person_id == new.row.person_id  # the same person, not a duplicate


def test_walk_in_records_the_consent_answers_in_the_history(demo):
    sessions, gera, _ = demo
    result = checkin.register_walk_in(
        sessions,
        gera,
        WalkInInput(
            "Łucja",
            "Nowak",
            title="Dr.",
            role="Amtsleiterin",
            photo_objection=True,
            contact_sharing="object",
        ),
        "Desk 1",
    ).value
    row = result.row
    assert row.title == "Dr." and row.role == "Amtsleiterin"
    assert row.photo_objection and row.contact_sharing == "objected"
    kinds = [(h.kind, h.decision, h.channel) for h in consent.history(sessions, row.person_id)]
    assert kinds == [("photo", "object", "desk"), ("contact_sharing", "object", "desk")]


def test_undo_takes_back_only_this_desks_check_in(demo):
    sessions, gera, _ = demo
    row = attendees.list_attendees(sessions, gera, "schluter")[0]
    checkin.check_in(sessions, row.registration_id, "Desk 2")
    with pytest.raises(NotFound) as refused:
        checkin.undo_check_in(sessions, row.registration_id, "Desk 1")
    assert refused.value.code == "undo_other_desk" and refused.value.params["by"] == "Desk 2"
    assert checkin.undo_check_in(sessions, row.registration_id, "Desk 2").value.checked_in_at is None


def test_walk_ins_count_once_checked_in(demo):
    sessions, gera, _ = demo
    before = events.event_counts(sessions, gera)
    result = checkin.register_walk_in(sessions, gera, WalkInInput("Ada", "Neuhaus"), "Desk 1").value
    after = events.event_counts(sessions, gera)
    assert (after.registered, after.checked_in, after.walk_ins) == (
        before.registered + 1,
        before.checked_in + 1,
        before.walk_ins + 1,
    )
    checkin.undo_check_in(sessions, result.row.registration_id, "Desk 1")
    undone = events.event_counts(sessions, gera)
    assert undone.walk_ins == before.walk_ins and undone.expected == after.expected + 1


def test_a_retried_request_is_applied_once(demo):
    """A desk that sends a request again (no answer the first time, a replayed offline
    queue) with the same request id changes nothing the second time."""
    from smartnet_desktop.services import audit

    sessions, gera, _ = demo
    row = attendees.list_attendees(sessions, gera, "weissbach")[0]
    first = checkin.check_in_code(sessions, gera, row.badge_code, "Desk 1", "r-1").value
    again = checkin.check_in_code(sessions, gera, row.badge_code, "Desk 1", "r-1").value
    assert again.checked_in_at == first.checked_in_at  # no "already checked in" either
    with pytest.raises(AlreadyCheckedIn):  # a new request is a new check-in attempt
        checkin.check_in_code(sessions, gera, row.badge_code, "Desk 1", request_id="r-2")

    checkin.undo_check_in(sessions, row.registration_id, "Desk 1", request_id="u-1")
    again = checkin.undo_check_in(sessions, row.registration_id, "Desk 1", "u-1").value
    assert again.checked_in_at is None

    before = len(consent.history(sessions, row.person_id))
    for _ in range(2):
        consent.record_contact(sessions, row.person_id, "grant", by="Desk 1", request_id="c-1")
        consent.record_photo(sessions, row.person_id, gera, True, by="Desk 1", request_id="p-1")
    assert len(consent.history(sessions, row.person_id)) == before + 2

    walk_in = WalkInInput("Wanda", "Wiederholt", organization="Stadt Sömmerda")
    one = checkin.register_walk_in(sessions, gera, walk_in, "Desk 1", request_id="w-1").value
    two = checkin.register_walk_in(sessions, gera, walk_in, "Desk 1", request_id="w-1").value
    assert (one.row.registration_id, one.outcome) == (two.row.registration_id, two.outcome)
    assert len(attendees.list_attendees(sessions, gera, "wiederholt")) == 1

    actions = [e.action for e in audit.list_entries(sessions, row.person_id)]
    assert (actions.count("check_in"), actions.count("check_in_undone")) == (1, 1)


def test_a_check_in_says_what_it_touched_and_how_this_desk_takes_it_back(demo):
    """The window refreshes exactly the Change and pushes the Reverse, labelled with the
    person's name: an undo at this desk with a fresh request id each time it runs."""
    sessions, gera, _ = demo
    row = attendees.list_attendees(sessions, gera, "weissbach")[0]
    done = checkin.check_in(sessions, row.registration_id, "Desk 1")
    assert done.change.event_ids == {gera} and done.change.person_ids == {row.person_id}
    assert done.reverse.label == row.display_name
    undone = done.reverse.call()
    assert undone.value.checked_in_at is None and undone.reverse is None
    assert undone.change == done.change
    again = checkin.check_in(sessions, row.registration_id, "Desk 1")
    checkin.undo_check_in(sessions, row.registration_id, "Desk 1")
    checkin.check_in(sessions, row.registration_id, "Desk 2")
    with pytest.raises(NotFound) as refused:  # another desk's check-in is not ours to undo
        again.reverse.call()
    assert refused.value.code == "undo_other_desk"


def test_a_walk_in_spelt_without_umlauts_is_the_known_person(demo):
    """Issue 22 item 4: "Doris Froehlich" of Stadt Weida is the known Doris Fröhlich."""
    sessions, gera, muehlhausen = demo
    known = checkin.register_walk_in(
        sessions, gera, WalkInInput("Doris", "Fröhlich", "Stadt Weida"), "Desk 1"
    ).value
    again = checkin.register_walk_in(
        sessions, muehlhausen, WalkInInput("Doris", "Froehlich", "stadt weida"), "Desk 1"
    ).value
    assert again.outcome == WalkInOutcome.KNOWN_PERSON
    assert again.row.person_id == known.row.person_id
    [found] = attendees.list_attendees(sessions, muehlhausen, "Doris Fröhlich")
    assert found.person_id == known.row.person_id
