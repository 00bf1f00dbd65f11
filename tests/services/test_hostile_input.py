"""Names with emoji, right-to-left text, combining and zero-width characters survive a round
trip through the database and are found by search."""

from __future__ import annotations

import json
import unicodedata
from datetime import date

import pytest

from smartnet_desktop.cli import main
from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import attendees, events, registry

NAMES = [
    ("Zoë 🎉", "Smiley😀Müller", "smiley"),
    ("محمد", "الأحمد", "الأحمد"),
    ("שרה", "כהן", "כהן"),
    ("Jose\u0301", "Nun\u0303ez", "nunez"),  # combining accents
    ("Ann\u200ba", "Zero\u200dWidth", "zerowidth"),  # zero-width space and joiner
    ("Ǆemal", "ǅurić", "dzuric"),
]


@pytest.mark.parametrize(("given", "family", "query"), NAMES)
def test_round_trip_and_search(sessions, given, family, query):
    event = events.create_event(sessions, EventInput("Treffen 🎉 ☕", date(2024, 1, 1), "Ort"))
    row = registry.add_attendee(
        sessions, event.id, registry.PersonInput(given_name=given, family_name=family)
    )
    [found] = attendees.list_attendees(sessions, event.id, query)
    assert found.person_id == row.person_id
    assert found.given_name == unicodedata.normalize("NFC", given)
    assert found.family_name == unicodedata.normalize("NFC", family)
    assert events.get_event(sessions, event.id).title == "Treffen 🎉 ☕"


def test_control_characters_are_refused(sessions):
    event = events.create_event(sessions, EventInput("T", date(2024, 1, 1), "Ort"))
    with pytest.raises(InvalidInput):
        registry.add_attendee(
            sessions, event.id, registry.PersonInput(given_name="A\x00B", family_name="C")
        )


def test_cli_takes_hostile_titles(capsys, db_path):
    title = "5. Treffen ‮ltr‬ 👩‍💻 e\u0301"
    assert (
        main(
            [
                "--db",
                str(db_path),
                "events",
                "add",
                "--title",
                title,
                "--date",
                "2024-01-01",
                "--venue",
                "Ort",
                "--json",
            ]
        )
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert created["title"] == unicodedata.normalize("NFC", title)
