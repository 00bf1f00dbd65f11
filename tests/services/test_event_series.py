"""Duplicating an event copies its agenda; inviting copies people, not their states."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.rows import AgendaItemInput, EventInput
from smartnet_desktop.services import agenda, attendees, checkin, events


def test_duplicate_copies_settings_and_agenda(demo):
    sessions, gera, _ = demo
    source = events.get_event(sessions, gera)
    copy = events.duplicate_event(
        sessions,
        gera,
        EventInput.from_row(source).__class__(
            **{
                **{f: getattr(EventInput.from_row(source), f) for f in EventInput.__slots__},
                "title": "6. Netzwerktreffen",
                "date": date(2023, 3, 9),
                "number": 6,
            }
        ),
    ).value
    assert copy.id != gera and copy.notices == source.notices
    assert [(i.title, i.start) for i in agenda.list_agenda(sessions, copy.id)] == [
        (i.title, i.start) for i in agenda.list_agenda(sessions, gera)
    ]
    assert attendees.list_attendees(sessions, copy.id) == []


def test_invite_copies_people_but_no_check_ins_printing_or_event_objections(demo):
    sessions, gera, _ = demo
    rows = attendees.list_attendees(sessions, gera)
    checkin.check_in(sessions, rows[0].registration_id, "Desk 1")
    new = events.create_event(
        sessions, EventInput("6. Netzwerktreffen", date(2023, 3, 9), "Jena")
    ).value
    assert events.invite_from(sessions, new.id, gera).value == 40
    invited = attendees.list_attendees(sessions, new.id)
    assert {r.person_id for r in invited} == {r.person_id for r in rows}
    assert all(
        r.checked_in_at is None and r.badge_printed_at is None and not r.walk_in for r in invited
    )
    assert {r.badge_code for r in invited}.isdisjoint({r.badge_code for r in rows})
    # Three objections in Gera; only the one "for all events" carries over.
    assert sum(r.photo_objection for r in rows) == 3
    assert [r.family_name for r in invited if r.photo_objection] == ["Ødegård"]
    assert events.invite_from(sessions, new.id, gera).value == 0  # nobody twice


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (AgendaItemInput(" "), "title"),
        (AgendaItemInput("X", -5), "duration"),
        (AgendaItemInput("X", 30, kind="party"), "kind"),
        (AgendaItemInput("X", 24 * 60 + 1), "duration"),
    ],
)
def test_bad_agenda_input_changes_nothing(demo, data, field):
    sessions, gera, _ = demo
    before = agenda.list_agenda(sessions, gera)
    with pytest.raises(InvalidInput) as caught:
        agenda.add_item(sessions, gera, data)
    assert caught.value.field == field
    assert agenda.list_agenda(sessions, gera) == before


def test_event_end_before_start_is_refused_on_edit(demo):
    sessions, gera, _ = demo
    source = events.get_event(sessions, gera)
    data = replace(EventInput.from_row(source), end_time=source.start_time.replace(hour=8))
    with pytest.raises(InvalidInput):
        events.update_event(sessions, gera, data)
    assert events.get_event(sessions, gera) == source
