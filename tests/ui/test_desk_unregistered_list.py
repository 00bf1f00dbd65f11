"""Issue 22 item 4 (rest), with real key events one at a time: while typing, the desk's list
shows people of the network who are not registered for this meeting below a separator,
greyed; the only one + Enter, or one picked with ↑/↓ + Enter, registers and checks them in
as one action that Ctrl+Z undoes; the band counts registered people and known people apart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from smartnet_desktop.services import attendees, audit, checkin, known_people
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import key, type_keys
from tests.ui.test_checkin_desk import _desk


def _ulrike_came_to_another_meeting(window) -> int:
    """The demo's Ulrike Thüringer came to the 4th meeting and is not registered for the 5th."""
    [ulrike] = [
        r
        for e in window._events
        if e.id != window.current_event.id
        for r in attendees.list_attendees(window.context.sessions, e.id, "Ulrike Thüringer")
    ]
    assert _registered_here(window, ulrike.person_id) == []
    return ulrike.person_id


def _registered_here(window, person_id: int):
    return attendees.list_attendees(
        window.context.sessions, window.current_event.id, person_ids=[person_id]
    )


def _wait_for_others(qtbot, desk, person_id: int) -> int:
    """The row of the person among those shown below the separator, once they are shown."""
    shown = lambda: [r.person_id for r in desk.model.others()]  # noqa: E731
    qtbot.waitUntil(lambda: person_id in shown(), timeout=5000)
    return desk.model.separator_row() + 1 + shown().index(person_id)


@pytest.mark.parametrize("typed", ["ulrike", "thüringer", "thueringer", "thuringer"])
def test_typing_shows_the_known_person_greyed_below_a_separator(make_window, qtbot, typed):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    person_id = _ulrike_came_to_another_meeting(window)
    type_keys(typed)  # a person's keys, umlauts one key event each
    row = _wait_for_others(qtbot, desk, person_id)
    model = desk.model
    separator = model.separator_row()
    assert separator == model.registered_count()
    assert "not registered — Enter: register and check in" in model.index(separator, 0).data()
    shown = model.index(row, 0)
    assert shown.data() == "Ulrike Thüringer"
    assert shown.data(Qt.ItemDataRole.ForegroundRole).color().name() == "#757575"  # greyed
    assert desk.table.columnSpan(separator, 0) == model.columnCount()
    if model.registered_count() == 0 and len(model.others()) == 1:
        assert "0 registered · 1 known, not registered — Enter: register" in desk.result.text()
        assert "Ulrike Thüringer" in desk.result.text()  # the card: whom Enter registers
    assert _registered_here(window, person_id) == []


def test_the_only_known_person_and_enter_registers_checks_in_and_undoes(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    person_id = _ulrike_came_to_another_meeting(window)
    type_keys("ulrike")
    key(Qt.Key.Key_Return)  # at once: the look-up waiting for a pause is done first
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.CHECKED_IN, timeout=5000)
    assert "Registered for this meeting and checked in" in desk.result.text()
    [row] = _registered_here(window, person_id)
    assert row.checked_in_at is not None and row.walk_in
    entries = audit.list_entries(window.context.sessions, person_id=person_id)
    assert any(
        e.action == "walk_in_registered" and e.event_id == window.current_event.id for e in entries
    )
    assert desk.search.text() == ""
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the desk's last check-in
    assert "Ulrike Thüringer" in desk.result.text()
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Check-in undone" in desk.result.text(), timeout=5000)
    [row] = _registered_here(window, person_id)
    assert row.checked_in_at is None


def test_a_known_person_picked_with_the_arrow_keys_below_registered_matches(make_window, qtbot):
    """Registered matches first; ↓ past them skips the separator to the greyed row."""
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    sessions, event_id = window.context.sessions, window.current_event.id
    # A family name of this meeting that few people outside it share (five are shown).
    family = next(
        r.family_name
        for r in attendees.list_attendees(sessions, event_id)
        if len(known_people.unregistered_matching(sessions, event_id, r.family_name, 50)) < 4
    )
    other = next(e for e in window._events if e.id != event_id)
    data = checkin.WalkInInput("Zoë", family, "Stadt Gotha")
    person_id = checkin.register_walk_in(sessions, other.id, data, "Desk 9").value.row.person_id
    type_keys(family)
    wanted = _wait_for_others(qtbot, desk, person_id)
    registered = desk.model.registered_count()
    assert registered >= 1
    assert f"{registered} registered " in desk.result.text()
    assert f"below, grey: {len(desk.model.others())} known, not registered" in desk.result.text()
    for _ in range(wanted + 1):
        key(Qt.Key.Key_Down)
        assert desk.table.currentIndex().row() != desk.model.separator_row()
    for _ in range(desk.table.currentIndex().row() - wanted):
        key(Qt.Key.Key_Up)
    assert desk.table.currentIndex().row() == wanted
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.CHECKED_IN, timeout=5000)
    [row] = _registered_here(window, person_id)
    assert row.checked_in_at is not None


def test_german_separator_and_band(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen", language="de")
    person_id = _ulrike_came_to_another_meeting(window)
    type_keys("ulrike")
    _wait_for_others(qtbot, desk, person_id)
    separator = desk.model.index(desk.model.separator_row(), 0).data()
    assert "nicht angemeldet — Enter: anmelden und einchecken" in separator
    assert "0 angemeldet · 1 bekannt, nicht angemeldet — Enter: anmelden" in desk.result.text()


def test_two_characters_ask_the_database_nothing(make_window, qtbot):
    """The per-keystroke cost stays bounded: under three characters no look-up runs."""
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    person_id = _ulrike_came_to_another_meeting(window)
    type_keys("ul")
    qtbot.wait(200)
    assert desk.model.others() == []
    type_keys("r")
    _wait_for_others(qtbot, desk, person_id)
