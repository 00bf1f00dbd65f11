"""Issue 22 item 10: a new meeting with nobody registered: the desk and every empty view
say what to do next, with the key that does it (read from the window's own actions)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.rows import Change, EventInput
from smartnet_desktop.keys import BY_ACTION
from smartnet_desktop.services import events
from smartnet_desktop.ui import empty_states
from smartnet_desktop.ui.empty_states import AGENDA_ADD, PHOTO_OBJECTION, WALK_IN
from smartnet_desktop.ui.keys import key_of


def _new_meeting(location: str, title: str = "6. Netzwerktreffen") -> int:
    engine, sessions = open_database(location)
    event = events.create_event(sessions, EventInput(title=title, date=date(2026, 12, 1))).value
    engine.dispose()
    return event.id


def _key(window, text: str) -> None:
    """Press the key named in a hint (as the menus show it, "Strg+7") on the window."""
    sequence = QKeySequence.fromString(text, QKeySequence.SequenceFormat.NativeText)
    combination = sequence[0]
    from PySide6.QtTest import QTest

    QTest.keyClick(window.focusWidget() or window, combination.key(), combination.keyboardModifiers())


def _hints(window) -> dict[str, str]:
    return {
        hint._view.objectName() or type(hint._view.parent().parent()).__name__ + str(n): hint.text()
        for n, hint in enumerate(window.empty_hints)
    }


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_new_empty_meeting_says_what_to_do_with_the_keys(make_window, tmp_path, qtbot, language):
    location = str(tmp_path / "new.db")
    _new_meeting(location)
    window = make_window(language, location=location)
    import_key = window.import_action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    assert import_key == ("Strg+I" if language == "de" else "Ctrl+I")

    band = window.checkin_view.result.headline.text()
    assert import_key in band and "Ready" not in band and "Bereit" not in band
    assert key_of(empty_states.WALK_IN) in band

    for hint in window.empty_hints:
        assert hint.text(), f"an empty view without a hint: {hint._view}"
        assert "()" not in hint.text() and "(," not in hint.text(), hint.text()
    assert "()" not in band
    attendees_hint = window.empty_hints[0].text()
    assert import_key in attendees_hint
    agenda = next(h for h in window.empty_hints if h._view is window.agenda_view.table)
    assert key_of(empty_states.AGENDA_ADD) in agenda.text()

    # The key a network view names takes the user where the survey is imported.
    window.show_view(window.stack.indexOf(window.matches_view))
    matches = next(h for h in window.empty_hints if h._view is window.matches_view.table)
    organisations_key = matches.text().split("(")[1].split(",")[0]
    _key(window, organisations_key)
    assert window.stack.currentWidget() is window.organizations_view


def test_the_keys_named_are_the_keys_the_views_bind(make_window):
    window = make_window("en")

    def bound(widget) -> set[str]:
        return {s.key().toString() for s in widget.findChildren(QShortcut)}

    first_key = {a: BY_ACTION[a].keys[0] for a in (WALK_IN, PHOTO_OBJECTION, AGENDA_ADD)}
    assert first_key[empty_states.WALK_IN] in bound(window.checkin_view)
    assert first_key[empty_states.PHOTO_OBJECTION] in bound(window.checkin_view)
    assert first_key[empty_states.AGENDA_ADD] in bound(window.agenda_view)


def test_the_desk_says_ready_again_once_people_are_registered(make_window, tmp_path, qtbot):
    window = make_window("en")  # the demo database: its meetings have people
    source = window.current_event.id
    new = _new_meeting(window.context.location)
    window.reload_events(prefer=new)
    assert window.current_event.id == new
    assert "Ctrl+I" in window.checkin_view.result.headline.text()
    assert "Ctrl+I" in window.empty_hints[0].text()

    events.invite_from(window.context.sessions, new, source)
    window.apply_change(Change(event_ids=frozenset({new})))
    assert window.checkin_view.result.headline.text().startswith("Ready")
    assert window.empty_hints[0].text() == ""

    # Typed into the attendee list's search, a name nobody has: the list says so.
    window.show_view(window.stack.indexOf(window.attendees_view))
    window.attendees_view.search.setFocus()
    qtbot.keyClicks(window.attendees_view.search, "zzzzqx")
    QApplication.processEvents()
    assert window.empty_hints[0].text() == "Nobody matches the search or the filter."


def test_a_hint_is_painted_where_the_rows_would_be(make_window, tmp_path, qtbot):
    location = str(tmp_path / "new.db")
    _new_meeting(location)
    window = make_window("en", location=location)
    window.resize(1024, 700)
    window.show_view(window.stack.indexOf(window.agenda_view))
    QApplication.processEvents()
    viewport = window.agenda_view.table.viewport()
    image = viewport.grab().toImage()
    background = image.pixelColor(2, 2)
    inked = sum(
        image.pixelColor(x, y) != background
        for x in range(0, image.width(), 3)
        for y in range(0, image.height(), 3)
    )
    assert inked > 50, "the agenda's empty table shows no sentence"
