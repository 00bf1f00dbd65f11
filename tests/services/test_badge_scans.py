"""Issue 22 items 7 and 1: badge codes that survive a scanner set to the wrong keyboard
layout, and last meeting's badge of someone registered for this meeting too."""

from __future__ import annotations

import random

from smartnet_desktop.domain.models import Registration
from smartnet_desktop.services import attendees, checkin, codes


def test_new_codes_have_no_y_z_and_nothing_that_reads_as_another_character(sessions):
    made = [codes.random_code() for _ in range(3000)]
    with sessions.begin() as session:
        made += codes.new_codes(session, 2000)
    used = set("".join(made))
    assert not used & set("YZ0O1IL2S5B8"), sorted(used & set("YZ0O1IL2S5B8"))
    assert all(codes.looks_like_code(code) for code in made)


def test_codes_made_before_with_y_and_l_are_still_codes():
    assert codes.looks_like_code("K6QQPY") and codes.looks_like_code("LYNXAC")
    assert codes.codes_in("https://a.example/gera#K6QQPY") == ["K6QQPY"]


def test_a_code_or_badge_address_from_a_wrongly_set_scanner_reads_back():
    # A US scanner on a German computer: Y arrives as Z, ":" as "Ö", "/" as "-", "#" as "§".
    assert codes.layout_readings("K6QQPZ") == ["K6QQPY"]
    assert codes.layout_readings("httpsÖ--a.example-gera§K6QQPZ") == [
        "https://a.example/gera#K6QQPY"
    ]
    # A German scanner on a US computer: ":" arrives as ">", "/" as "&", "#" as "\".
    assert "https://a.example/gera#K6QQPY" in codes.layout_readings(
        "https>&&a.example&gera\\K6QQPZ"
    )
    # What a person types at the desk never reads as a code: names are not in capitals.
    assert codes.layout_readings("Zander") == []
    assert codes.layout_readings("zander") == []
    assert codes.layout_readings("Müller-Zeh") == []
    # Nothing to read back where nothing was swapped.
    assert codes.layout_readings("K6QQPG") == []


def _old_code_for(sessions, registration_id: int, code: str) -> None:
    """A badge printed before the alphabet lost Y."""
    with sessions.begin() as session:
        session.get(Registration, registration_id).badge_code = code


def test_an_old_code_scanned_on_the_other_layout_finds_its_holder(demo):
    sessions, gera, _muehlhausen = demo
    row = attendees.list_attendees(sessions, gera)[3]
    _old_code_for(sessions, row.registration_id, "K6QQPY")
    arrived = "httpsÖ--a.example-gera§K6QQPZ"
    assert checkin.find_badge(sessions, gera, arrived) is None  # as typed: nobody
    [meant] = codes.layout_readings(arrived)
    assert checkin.find_badge(sessions, gera, meant).row.registration_id == row.registration_id


def test_last_meetings_badge_of_someone_registered_here_is_this_meetings_registration(demo):
    sessions, fourth, fifth = demo
    at_fifth = {r.person_id: r for r in attendees.list_attendees(sessions, fifth)}
    old = next(r for r in attendees.list_attendees(sessions, fourth) if r.person_id in at_fifth)
    scan = checkin.find_badge(sessions, fifth, f"https://a.example/p#{old.badge_code}")
    assert scan.other_event is None
    assert scan.old_badge_of is not None and scan.old_badge_of.id == fourth
    assert scan.row.registration_id == at_fifth[old.person_id].registration_id
    assert scan.row.event_id == fifth
    done = checkin.check_in(sessions, scan.row.registration_id, "Desk 1").value
    assert done.event_id == fifth and done.checked_in_at is not None


def test_someone_not_registered_here_with_another_meetings_badge_is_still_asked(demo):
    sessions, fourth, fifth = demo
    at_fifth = {r.person_id for r in attendees.list_attendees(sessions, fifth)}
    old = next(r for r in attendees.list_attendees(sessions, fourth) if r.person_id not in at_fifth)
    scan = checkin.find_badge(sessions, fifth, old.badge_code)
    assert scan.other_event.id == fourth and scan.old_badge_of is None
    assert scan.row.registration_id == old.registration_id


def test_random_codes_are_spread_over_the_whole_alphabet():
    random.seed(0)
    used = set("".join(codes.random_code() for _ in range(2000)))
    assert used == set(codes.ALPHABET)


def test_many_codes_come_from_few_reads_of_the_systems_randomness(sessions, monkeypatch):
    """Issue 24 item 4: an import drew each of its 20,000 codes with a read of its own."""
    import os

    reads = []
    real = os.urandom
    monkeypatch.setattr(os, "urandom", lambda n: reads.append(n) or real(n))
    with sessions.begin() as session:
        made = codes.new_codes(session, 4000)
    assert len(set(made)) == 4000 and all(codes.looks_like_code(code) for code in made)
    assert set("".join(made)) == set(codes.ALPHABET)
    assert 1 <= len(reads) <= 5, len(reads)
