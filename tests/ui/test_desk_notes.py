"""Issue 22 item 13 with real key events one at a time: a registration's note is in the band
at check-in; F2 edits the shown person's details and note in a small dialog (saved through
the runner, audited old -> new), and Ctrl+Z in the empty field offers to undo it."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from smartnet_desktop.services import attendees, audit
from smartnet_desktop.services.attendee_details import details_of, update_details
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import key, scan, type_keys
from tests.ui.test_checkin_desk import _desk, _fill_walk_in, _focus


def _first(window):
    return attendees.list_attendees(window.context.sessions, window.current_event.id)[0]


def test_the_note_is_in_the_band_at_check_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    row = _first(window)
    note = "VIP — Gastgeber informieren"
    update_details(
        window.context.sessions, row.registration_id, replace(details_of(row), note=note)
    )
    scan(row.badge_code)  # scanner speed, then Enter
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.CHECKED_IN, timeout=5000)
    assert f"Note: {note}" in desk.result.text()


def test_f2_edits_the_shown_person_and_ctrl_z_undoes_it(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    row = _first(window)
    sessions = window.context.sessions
    scan(row.badge_code)
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.CHECKED_IN, timeout=5000)
    seen = {}

    def steps(dialog):
        note = dialog.fields["note"]
        qtbot.waitUntil(
            lambda: (
                QApplication.focusWidget() is not None
                and QApplication.focusWidget().window() is dialog
            )
        )
        seen["note_has_focus"] = QApplication.focusWidget() is note
        type_keys("zahlt vor Ort · Größe L", 0)  # into the focused note field, ö and ß one key each
        _focus(qtbot, dialog.fields["family_name"])
        key(Qt.Key.Key_End)
        type_keys("-Müller", 0)
        key(Qt.Key.Key_Return)  # saves and closes

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_F2)
    assert seen == {"note_has_focus": True}
    [saved] = attendees.list_attendees(
        sessions, window.current_event.id, person_ids=[row.person_id]
    )
    assert saved.note == "zahlt vor Ort · Größe L"
    assert saved.family_name == f"{row.family_name}-Müller"
    assert "Details saved" in desk.result.text()
    assert "Note: zahlt vor Ort · Größe L" in desk.result.text()
    [entry] = [
        e for e in audit.list_entries(sessions, person_id=row.person_id)
        if e.action == "attendee_details_changed"
    ]  # fmt: skip
    assert entry.actor == "Desk 1"
    assert entry.details["changes"] == {
        "family_name": [row.family_name, f"{row.family_name}-Müller"],
        "note": ["", "zahlt vor Ort · Größe L"],
    }
    assert desk.search.hasFocus()  # the next scan lands in the field
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "Undo the changed details of" in desk.result.text()
    key(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Details restored" in desk.result.text(), timeout=5000)
    [back] = attendees.list_attendees(sessions, window.current_event.id, person_ids=[row.person_id])
    assert back.note == "" and back.family_name == row.family_name
    assert back.checked_in_at is not None  # only the edit was undone, not the check-in


def test_f2_with_nobody_shown_says_what_to_do(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    key(Qt.Key.Key_F2)
    assert "F2 edits the details of the person shown" in desk.result.text()


def test_f2_in_german_and_a_refusal_stays_in_the_dialog(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, language="de")
    row = _first(window)
    scan(row.badge_code)
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.CHECKED_IN, timeout=5000)
    seen = {}

    def steps(dialog):
        seen["title"] = dialog.windowTitle()
        _focus(qtbot, dialog.fields["email"])
        key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        type_keys("kein-at-zeichen", 0)
        key(Qt.Key.Key_Return)  # refused: the dialog stays open and says why
        seen["open"] = dialog.isVisible()
        seen["error"] = dialog.error.text()
        dialog.reject()

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_F2)
    assert seen["title"].startswith("Angaben von")
    assert seen["open"] and seen["error"]
    [same] = attendees.list_attendees(
        window.context.sessions, window.current_event.id, person_ids=[row.person_id]
    )
    assert same.email == row.email


def test_the_attendee_editor_shows_and_saves_the_note_audited(make_window, qtbot, monkeypatch):
    """The note in the attendee editor too; its save is audited old -> new like F2's."""
    from smartnet_desktop.ui.dialogs.attendee_dialog import AttendeeDialog
    from tests.typing_helpers import type_text

    window, _desk_view = _desk(make_window, qtbot)
    sessions = window.context.sessions
    row = _first(window)
    update_details(sessions, row.registration_id, replace(details_of(row), note="zahlt vor Ort"))
    seen = {}

    def fill(dialog):
        seen["note"] = dialog.note.text()
        dialog.note.clear()
        type_text(dialog.note, "VIP — Gastgeber informieren")  # one key event per character
        dialog.accept()
        return 1

    monkeypatch.setattr(AttendeeDialog, "exec", fill)
    window.attendees_view.edit(row)
    assert seen == {"note": "zahlt vor Ort"}
    [saved] = attendees.list_attendees(
        sessions, window.current_event.id, person_ids=[row.person_id]
    )
    assert saved.note == "VIP — Gastgeber informieren"
    changes = [
        e.details["changes"] for e in audit.list_entries(sessions, person_id=row.person_id)
        if e.action == "attendee_details_changed"
    ]  # fmt: skip
    assert changes[0] == {"note": ["zahlt vor Ort", "VIP — Gastgeber informieren"]}
