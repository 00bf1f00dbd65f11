"""Issue 22 items 1 and 7 at the desk, with real key events one at a time at scanner speed:
last meeting's badge of someone registered for this meeting too, and badges scanned by a
scanner set to the other keyboard layout (US on German and the reverse)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.domain.models import Registration
from smartnet_desktop.services import attendees
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import key, scan, type_keys
from tests.ui.test_checkin_desk import _checked_in, _desk, _row


def _set_code(window, registration_id: int, code: str) -> None:
    """A badge printed before codes lost Y (codes made then are on badges people keep)."""
    with window.context.sessions.begin() as session:
        session.get(Registration, registration_id).badge_code = code


def _kept_badge(window):
    """A 4th-meeting registration of someone registered for the shown (5th) meeting too."""
    sessions, here = window.context.sessions, window.current_event.id
    registered_here = {r.person_id: r for r in attendees.list_attendees(sessions, here)}
    fourth = next(e for e in window._events if e.number == 4)
    old = next(
        r for r in attendees.list_attendees(sessions, fourth.id) if r.person_id in registered_here
    )
    return old, registered_here[old.person_id]


def _checked_in_here(window, person_id: int):
    [row] = attendees.list_attendees(
        window.context.sessions, window.current_event.id, person_ids=[person_id]
    )
    return row


# -- item 1: last meeting's badge, registered here too -------------------------------------


def test_last_meetings_badge_checks_in_this_meetings_registration_at_once(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    old, here = _kept_badge(window)
    scan(f"https://steckbriefe.example/gera#{old.badge_code}")
    row = _checked_in_here(window, old.person_id)
    assert row.registration_id == here.registration_id and row.checked_in_at is not None
    assert not row.walk_in and _checked_in(window) == 1
    assert desk.result.outcome == Outcome.CHECKED_IN
    text = desk.result.text()
    assert "Old badge of the 4th meeting" in text and "F10" in text, text
    assert desk._shown.registration_id == here.registration_id  # what F10 prints
    assert desk.search.text() == ""
    # The next scan is not taken as an answer to anything.
    scan(old.badge_code)
    assert desk.result.outcome == Outcome.ALREADY and _checked_in(window) == 1


def test_last_meetings_badge_in_german(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen", language="de")
    old, here = _kept_badge(window)
    scan(old.badge_code)
    assert _checked_in_here(window, old.person_id).checked_in_at is not None
    text = desk.result.text()
    assert "Altes Namensschild vom 4. Treffen" in text and "F10" in text, text


# -- item 7: a scanner set to the other layout ---------------------------------------------


def test_an_old_code_with_y_from_a_us_scanner_on_a_german_computer_checks_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "weissbach")
    _set_code(window, target.registration_id, "K6QQPY")
    # The badge address as the German layout types a US scanner's keys: ":" -> "Ö",
    # "/" -> "-", "#" -> "§", "Y" -> "Z"; the "Ö" is one key event, as a real key.
    scan("httpsÖ--steckbriefe.example-gera§K6QQPZ")
    assert _row(window, "weissbach").checked_in_at is not None
    assert desk.result.outcome == Outcome.CHECKED_IN


def test_an_old_code_from_a_german_scanner_on_a_us_computer_checks_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "seltenreich")
    _set_code(window, target.registration_id, "AYKLMN")
    scan("https>&&steckbriefe.example&gera\\AZKLMN")
    assert _row(window, "seltenreich").checked_in_at is not None
    scan("AZKLMN")  # the bare code too: already checked in
    assert desk.result.outcome == Outcome.ALREADY


def test_new_codes_scan_the_same_on_either_layout(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "weissbach")
    _set_code(window, target.registration_id, "K6QQPG")  # from today's alphabet
    scan("httpsÖ--steckbriefe.example-gera§K6QQPG")
    assert _row(window, "weissbach").checked_in_at is not None


def test_a_name_typed_at_the_desk_is_never_read_as_a_swapped_code(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "weissbach")
    _set_code(window, target.registration_id, "YANDER")  # Zander, read as a swapped code
    type_keys("Zander")
    key(Qt.Key.Key_Return)
    assert desk.result.outcome == Outcome.NOT_FOUND and _checked_in(window) == 0
    assert "Zander" in desk.result.text()


def test_a_swapped_old_badge_scanned_into_the_walk_in_dialog_is_checked_in_with_the_note(
    make_window, qtbot
):
    """Ctrl+N was open when last meeting's badge (an old code with Y) came from a US scanner
    on the German computer: no walk-in named by it; checked in as at the desk."""
    from PySide6.QtWidgets import QApplication

    from tests.ui.test_checkin_desk import _count, _fill_walk_in

    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    old, here = _kept_badge(window)
    _set_code(window, old.registration_id, "K6QQPY")
    registered = _count(desk.counters.registered)

    def steps(dialog):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.given)
        scan("httpsÖ--steckbriefe.example-gera§K6QQPZ")

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert _count(desk.counters.registered) == registered  # nobody new
    assert _checked_in_here(window, old.person_id).checked_in_at is not None
    assert "Old badge of the 4th meeting" in desk.result.text()
