"""Issue 22 item 4: a walk-in typed without umlauts ("Doris Froehlich") is shown as the
known person before anyone is created, and registering does not duplicate them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.domain.search import name_fold
from smartnet_desktop.services import attendees
from tests.typing_helpers import key, type_keys
from tests.ui.test_checkin_desk import _desk, _fill_walk_in, _focus


def _spelt_out(name: str) -> str:
    return name.replace("ö", "oe").replace("ä", "ae").replace("ü", "ue").replace("ß", "ss")


def test_walk_in_shows_the_known_person_spelt_without_umlauts(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    gera = next(e for e in window._events if "Gera" in e.title or "Gera" in e.venue)
    sessions = window.context.sessions
    here = {r.person_id for r in attendees.list_attendees(sessions, window.current_event.id)}
    known = next(
        r
        for r in attendees.list_attendees(sessions, gera.id)
        if r.person_id not in here and _spelt_out(r.family_name) != r.family_name
    )
    typed = f"{known.given_name} {_spelt_out(known.family_name)}"
    assert name_fold(typed) == name_fold(f"{known.given_name} {known.family_name}")
    type_keys(typed)  # one key event per character at the desk
    seen = {}

    def steps(dialog):
        seen["known"] = dialog.known.text() if dialog.known.isVisibleTo(dialog) else ""
        _focus(qtbot, dialog.organization)
        type_keys(known.organization, 0)
        key(Qt.Key.Key_Return)

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert known.family_name in seen["known"] and known.organization in seen["known"]
    [row] = attendees.list_attendees(
        sessions, window.current_event.id, person_ids=[known.person_id]
    )
    assert row.checked_in_at is not None  # the known person, not a new one
    assert "Known in the network" in desk.result.text()
    assert len(attendees.list_attendees(sessions, window.current_event.id)) == len(here) + 1


def test_the_walk_in_dialog_names_nobody_for_a_new_name(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("Zacharias Quellenwasser")
    seen = {}

    def steps(dialog):
        seen["known"] = dialog.known.isVisibleTo(dialog)
        dialog.reject()

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"known": False}


def test_the_desk_search_offers_a_known_person_not_registered_here(make_window, qtbot):
    """ "ulrike" said "nobody matches" although Ulrike came to the last meeting: typing now
    shows her as not registered, and Enter registers and checks her in."""
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    gera = next(e for e in window._events if "Gera" in e.title or "Gera" in e.venue)
    sessions = window.context.sessions
    here = {r.person_id for r in attendees.list_attendees(sessions, window.current_event.id)}
    known = next(r for r in attendees.list_attendees(sessions, gera.id) if r.person_id not in here)
    type_keys(f"{known.given_name} {known.family_name}")  # umlauts one key event each
    qtbot.waitUntil(lambda: known.person_id in [r.person_id for r in desk.model.others()])
    assert "not registered" in desk.result.text()
    assert known.family_name in desk.result.text()  # the card shows whom Enter registers
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: bool(
            attendees.list_attendees(
                sessions, window.current_event.id, person_ids=[known.person_id]
            )
        ),
        timeout=10000,
    )
    [row] = attendees.list_attendees(
        sessions, window.current_event.id, person_ids=[known.person_id]
    )
    assert row.checked_in_at is not None
    assert "Registered for this meeting and checked in" in desk.result.text()
