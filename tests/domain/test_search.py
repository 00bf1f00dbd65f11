"""Accent- and case-proof search keys: every example of the desk issue."""

from __future__ import annotations

import pytest

from smartnet_desktop.domain.search import normalise, search_key


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("muller", "Müller"),
        ("weiss", "Weiß"),
        ("OZTURK", "Öztürk"),
        ("nguyen", "Nguyễn"),
        ("zolc", "Żółć"),
        ("odegard", "Ødegård"),
        ("stefan", "Ștefan"),
        ("mueller", "Müller"),
        ("lucja", "Łucja"),
    ],
)
def test_typed_text_is_found_in_the_key(typed, name):
    assert normalise(typed) in search_key(name)


def test_unrelated_text_is_not_found():
    assert normalise("meier") not in search_key("Müller", "Stadt Gera")


def test_zero_width_and_combining_characters_fold_away():
    assert normalise("Mu\u0308l\u200bler") == "muller"


def test_like_wildcards_in_a_search_are_taken_literally(demo):
    from smartnet_desktop.services import attendees, registry

    sessions, gera, _ = demo
    registry.add_attendee(
        sessions, gera, registry.PersonInput(given_name="100%", family_name="Digital_Amt")
    )
    assert [r.family_name for r in attendees.list_attendees(sessions, gera, "100%")] == [
        "Digital_Amt"
    ]
    assert [r.family_name for r in attendees.list_attendees(sessions, gera, "l_a")] == [
        "Digital_Amt"
    ]
    assert attendees.list_attendees(sessions, gera, "%") == attendees.list_attendees(
        sessions, gera, "100%"
    )
