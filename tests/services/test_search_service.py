"""Every search example of the desk issue, end to end through the database and its index."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    event = events.create_event(sessions, EventInput("Treffen", date(2023, 3, 1), "Jena")).value
    for first, family in PEOPLE:
        registry.add_attendee(
            sessions, event.id, registry.PersonInput(given_name=first, family_name=family)
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


@pytest.mark.parametrize("typed", ["b anna", "de la cruz", "van de berg", "a b c", "x yz anna b"])
def test_short_words_before_long_ones_answer_instead_of_crashing(demo, typed):
    """Debian 12's SQLite 3.40 crashed the process on these through the trigram index."""
    sessions, gera, _ = demo
    rows = attendees.list_attendees(sessions, gera, typed)
    assert rows == [
        r for r in attendees.list_attendees(sessions, gera) if attendees.matches(r, typed)
    ]


def test_the_email_is_searched_only_when_the_text_holds_an_at(demo):
    sessions, gera, _ = demo
    everyone = attendees.list_attendees(sessions, gera)
    domain = everyone[0].email.split("@")[1].split(".")[0]
    assert all(domain in r.email for r in everyone)  # the demo shares one mail domain
    assert len(attendees.list_attendees(sessions, gera, domain)) < len(everyone)
    assert len(attendees.list_attendees(sessions, gera, "@" + domain)) == len(everyone)


_WORDS = st.sampled_from(
    [
        "a",
        "b",
        "de",
        "la",
        "anna",
        "müller",
        "ö",
        "ł",
        "stadt",
        "gera",
        "thüringer",
        '"',
        "'",
        "*",
        "OR",
        "NEAR",
        "AND",
        "(",
        ")",
        "%",
        "_",
        "\\",
        "-",
        "^",
        ":",
        "@",
        "🙂",
        "ß",
        "x@y",
    ]
)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(words=st.lists(st.one_of(_WORDS, st.text(max_size=4)), min_size=1, max_size=5))
def test_any_search_text_answers_like_the_in_memory_rule(demo, words):
    """Short words, quotes, FTS operators and emoji: the database search never crashes and
    finds exactly what the desk's in-memory rule finds."""
    sessions, gera, _ = demo
    typed = " ".join(words)
    found = attendees.list_attendees(sessions, gera, typed)
    everyone = attendees.list_attendees(sessions, gera)
    assert {r.registration_id for r in found} == {
        r.registration_id for r in everyone if attendees.matches(r, typed)
    }


def test_a_single_emoji_finds_the_organisation_that_has_it(sessions):
    event = events.create_event(sessions, EventInput("Treffen", date(2023, 3, 1), "Jena")).value
    registry.add_attendee(
        sessions,
        event.id,
        registry.PersonInput(given_name="Eva", family_name="Emsig", organization="Café ☕ Digital"),
    )
    [row] = attendees.list_attendees(sessions, event.id, "☕")
    assert row.family_name == "Emsig"
