"""Every search example of the desk issue, end to end through the database and its index."""

from __future__ import annotations

from datetime import date

import pytest

from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, events, registry

PEOPLE = [
    ("Jörg", "Müller"),
    ("Ina", "Weiß"),
    ("Ayşe", "Öztürk"),
    ("Thi Lan", "Nguyễn"),
    ("Jan", "Żółć"),
    ("Kari", "Ødegård"),
    ("Ștefan", "Ionescu"),
]


@pytest.fixture
def registered(sessions):
    event = events.create_event(sessions, EventInput("Treffen", date(2023, 3, 1), "Jena"))
    for given, family in PEOPLE:
        registry.add_attendee(
            sessions, event.id, registry.PersonInput(given_name=given, family_name=family)
        )
    return sessions, event.id


@pytest.mark.parametrize(
    ("typed", "family"),
    [
        ("muller", "Müller"),
        ("weiss", "Weiß"),
        ("OZTURK", "Öztürk"),
        ("nguyen", "Nguyễn"),
        ("zolc", "Żółć"),
        ("odegard", "Ødegård"),
        ("stefan", "Ionescu"),
        ("Müller", "Müller"),
        ("mueller", "Müller"),
        ("jörg mül", "Müller"),
    ],
)
def test_search_ignores_case_and_accents(registered, typed, family):
    sessions, event_id = registered
    assert [r.family_name for r in attendees.list_attendees(sessions, event_id, typed)] == [family]


def test_badge_code_in_any_case_finds_its_owner(registered):
    sessions, event_id = registered
    row = attendees.list_attendees(sessions, event_id, "weiss")[0]
    assert [
        r.person_id for r in attendees.list_attendees(sessions, event_id, row.badge_code.lower())
    ] == [row.person_id]


def test_limit_keeps_the_first_rows_in_name_order(registered):
    sessions, event_id = registered
    everyone = attendees.list_attendees(sessions, event_id)
    assert attendees.list_attendees(sessions, event_id, limit=3) == everyone[:3]
