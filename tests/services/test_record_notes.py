"""Notes under agenda items and the meeting's suggestions: saved per action, audited,
undoable, and read back in the shapes the minutes take."""

from __future__ import annotations

import pytest

from smartnet_desktop.domain.errors import InvalidInput, NotFound
from smartnet_desktop.services import agenda, audit, suggestions
from smartnet_desktop.services.agenda_notes import agenda_notes, item_note, set_note


def test_a_note_is_saved_under_its_item_and_undo_restores_the_text_before(demo):
    sessions, gera, _ = demo
    items = agenda.list_agenda(sessions, gera)
    set_note(sessions, items[1].id, "Erste Fassung", "Anna")
    done = set_note(sessions, items[1].id, "Zwei Zeilen:\nÖPNV & Förderung", "Anna")
    assert item_note(sessions, items[1].id) == "Zwei Zeilen:\nÖPNV & Förderung"
    with sessions.begin() as session:
        notes = agenda_notes(session, gera)
    assert [n.title for n in notes] == [i.title for i in items]
    assert notes[1].note == "Zwei Zeilen:\nÖPNV & Förderung" and notes[0].note == ""
    done.reverse.call()
    assert item_note(sessions, items[1].id) == "Erste Fassung"
    assert [r.action for r in audit.list_entries(sessions)].count("agenda_note") == 3


def test_a_note_with_a_control_character_or_for_a_gone_item_is_refused(demo):
    sessions, gera, _ = demo
    item = agenda.list_agenda(sessions, gera)[0].id
    with pytest.raises(InvalidInput):
        set_note(sessions, item, "böse\x1b[2J")
    agenda.delete_item(sessions, item)
    with pytest.raises(NotFound):
        set_note(sessions, item, "zu spät")


def test_suggestions_are_added_edited_removed_and_undone_in_order(demo):
    sessions, gera, muehlhausen = demo
    first = suggestions.add_suggestion(sessions, gera, "Mehr Zeit für Austausch", "Stadt Gera")
    second = suggestions.add_suggestion(sessions, gera, "Online-Teilnahme anbieten")
    suggestions.add_suggestion(sessions, muehlhausen, "Anderswo")
    suggestions.edit_suggestion(sessions, second.value.id, "Hybride Teilnahme anbieten")
    removed = suggestions.remove_suggestion(sessions, first.value.id)
    with sessions.begin() as session:
        assert [s.text for s in suggestions.suggestions_for_event(session, gera)] == [
            "Hybride Teilnahme anbieten"
        ]
    removed.reverse.call()  # back under its own id, so it keeps its place
    rows = suggestions.list_suggestions(sessions, gera)
    assert [(s.text, s.organisation) for s in rows] == [
        ("Mehr Zeit für Austausch", "Stadt Gera"),
        ("Hybride Teilnahme anbieten", ""),
    ]
    with pytest.raises(InvalidInput):
        suggestions.add_suggestion(sessions, gera, "  ")
    actions = [r.action for r in audit.list_entries(sessions)]
    assert {"suggestion_add", "suggestion_edit", "suggestion_remove"} <= set(actions)
