from __future__ import annotations

from datetime import date, time

import pytest

from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.domain.rows import EventInput
from smartnet_desktop.services import events


def test_created_event_is_listed_newest_first(sessions):
    older = events.create_event(
        sessions, EventInput("4. Netzwerktreffen", date(2022, 8, 30), "Gera")
    ).value
    newer = events.create_event(
        sessions, EventInput("5. Netzwerktreffen", date(2022, 12, 8), "Mühlhausen")
    ).value
    assert [e.id for e in events.list_events(sessions)] == [newer.id, older.id]
    assert events.get_event(sessions, newer.id).venue == "Mühlhausen"


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (EventInput("  ", date(2022, 12, 8)), "title"),
        (EventInput("X", date(2022, 12, 8), start_time=time(15), end_time=time(10)), "end_time"),
        (EventInput("X", date(2022, 12, 8), retention_months=-1), "retention_months"),
        (EventInput("X" * 301, date(2022, 12, 8)), "title"),
    ],
)
def test_bad_event_input_is_refused_and_nothing_is_written(sessions, data, field):
    with pytest.raises(InvalidInput) as caught:
        events.create_event(sessions, data)
    assert caught.value.field == field
    assert events.list_events(sessions) == []


def test_unknown_event_is_not_found(sessions):
    with pytest.raises(NotFound):
        events.get_event(sessions, 99)


def test_counts_of_the_demo_meeting(demo):
    sessions, gera, _ = demo
    counts = events.event_counts(sessions, gera)
    assert (counts.registered, counts.checked_in, counts.walk_ins, counts.photo_objections) == (
        40,
        0,
        0,  # the demo's two walk-ins are not checked in: "of them walk-ins" counts none
        3,
    )
    assert counts.expected == 40


def test_an_event_without_a_date_is_refused_with_its_field(sessions):
    """It once reached the database as a NOT NULL violation (a traceback for the user)."""
    with pytest.raises(InvalidInput) as refused:
        events.create_event(sessions, EventInput("5. Netzwerktreffen", None, "Mühlhausen"))
    assert (refused.value.field, refused.value.code) == ("date", "required")
