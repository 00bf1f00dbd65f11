"""A note typed under an agenda item is never lost (issue 26 follow-up): it is saved when
another item is chosen, when the field loses the focus and when the window closes, once
and by the desk's staff name; a save that fails keeps the text and says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy.orm import sessionmaker

from smartnet_desktop.db import make_engine
from smartnet_desktop.services import audit, polls
from smartnet_desktop.services.agenda_notes import item_note
from tests.database_under_test import sqlite_only
from tests.typing_helpers import type_text
from tests.ui.test_agenda_view import _gera_agenda

NOTE = "Fördermittel: Jürgen prüft die Maßnahme bis 31.03."


def _click_row(qtbot, view, row: int) -> None:
    rect = view.table.visualRect(view.model.index(row, 2))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _type_note(view, row: int) -> int:
    view.table.selectRow(row)
    view.record.tabs.setCurrentIndex(0)
    view.record.note.setFocus()
    type_text(view.record.note, NOTE)
    return view.selected_id()


def _note_entries(sessions):
    return [r for r in audit.list_entries(sessions) if r.action == "agenda_note"]


def test_a_note_is_saved_when_another_item_is_clicked_and_shown_on_coming_back(make_window, qtbot):
    _, view = _gera_agenda(make_window)
    item_id = _type_note(view, 1)
    _click_row(qtbot, view, 0)
    assert view.selected_id() != item_id
    assert item_note(view.database(), item_id) == NOTE
    assert view.record.note.toPlainText() == ""
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Down)  # back with the arrow key
    assert view.selected_id() == item_id
    assert view.record.note.toPlainText() == NOTE
    _click_row(qtbot, view, 2)  # unchanged: no second write
    [entry] = _note_entries(view.database())
    assert entry.actor == "Desk 1"
    view.undo()
    assert item_note(view.database(), item_id) == ""


def test_a_note_is_saved_when_the_field_loses_the_focus(make_window, qtbot):
    _, view = _gera_agenda(make_window)
    item_id = _type_note(view, 1)
    view.record.note.clearFocus()
    assert item_note(view.database(), item_id) == NOTE
    view.refresh()
    assert view.record.note.toPlainText() == NOTE
    assert len(_note_entries(view.database())) == 1


def test_a_note_is_saved_before_the_window_closes(make_window):
    window, view = _gera_agenda(make_window)
    sessions = view.database()
    item_id = _type_note(view, 2)
    window.close()
    assert item_note(sessions, item_id) == NOTE


# The failed save is made by a read-only SQLite file (the fault is the file's).
@sqlite_only
def test_a_save_that_fails_keeps_the_text_and_the_item_and_says_so(make_window, qtbot):
    window, view = _gera_agenda(make_window)
    item_id = _type_note(view, 1)
    writable = view.database()
    read_only = make_engine(window.context.location, read_only=True)
    view._sessions = sessionmaker(bind=read_only, expire_on_commit=False)
    try:
        _click_row(qtbot, view, 0)
        assert view.selected_id() == item_id  # the note stays with its item
        assert view.record.note.toPlainText() == NOTE
        assert view.record.note_problem.isVisible()
        assert view.record.note_problem.text().count(".") >= 1
        assert item_note(writable, item_id) == ""
    finally:
        view._sessions = writable
        read_only.dispose()
    qtbot.mouseClick(view.record.save_note_button, Qt.MouseButton.LeftButton)
    assert item_note(writable, item_id) == NOTE
    assert not view.record.note_problem.isVisible()


def test_poll_note_and_suggestion_writes_name_the_desk(make_window, qtbot):
    _, view = _gera_agenda(make_window)
    sessions, event_id = view.database(), view.current_event.id
    view.table.selectRow(1)
    panel = view.record
    panel.tabs.setCurrentIndex(1)
    type_text(panel.question, "Weiter so?")
    type_text(panel.options, "Ja; Nein")
    qtbot.keyClick(panel.options, Qt.Key.Key_Return)
    panel.tabs.setCurrentIndex(2)
    type_text(panel.suggestion_text, "Mehr Pausen")
    qtbot.keyClick(panel.suggestion_text, Qt.Key.Key_Return)
    panel.tabs.setCurrentIndex(0)
    panel.note.setFocus()
    type_text(panel.note, "Kurz")
    panel.save_note()
    entries = [r for r in audit.list_entries(sessions) if r.event_id == event_id]
    written = {
        (r.action, r.actor)
        for r in entries
        if r.action.startswith(("poll", "suggestion", "agenda_"))
    }
    assert {
        ("poll_add", "Desk 1"),
        ("suggestion_add", "Desk 1"),
        ("agenda_note", "Desk 1"),
    } <= written
    assert {actor for _action, actor in written} == {"Desk 1"}


def test_a_poll_is_deleted_after_asking_and_undo_brings_it_back(make_window, qtbot, monkeypatch):
    _, view = _gera_agenda(make_window)
    sessions, event_id = view.database(), view.current_event.id
    view.table.selectRow(1)
    poll_id = polls.add_poll(sessions, event_id, "Weiter so?", ["Ja", "Nein"]).value
    view.refresh()
    panel = view.record
    panel.tabs.setCurrentIndex(1)
    assert panel.poll_choice.currentData() == poll_id
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: next(answers))
    qtbot.mouseClick(panel.delete_poll_button, Qt.MouseButton.LeftButton)
    assert [p.poll_id for p in polls.event_polls(sessions, event_id)] == [poll_id]
    qtbot.mouseClick(panel.delete_poll_button, Qt.MouseButton.LeftButton)
    assert polls.event_polls(sessions, event_id) == []
    assert panel.poll_choice.count() == 0
    deleted = audit.list_entries(sessions, limit=1)[0]
    assert (deleted.action, deleted.actor) == ("poll_delete", "Desk 1")
    view.undo()
    assert [p.poll_id for p in polls.event_polls(sessions, event_id)] == [poll_id]
    assert panel.poll_choice.currentData() == poll_id


# The failed save is made by a read-only SQLite file (the fault is the file's).
@sqlite_only
def test_closing_with_a_note_that_cannot_be_saved_asks_first(make_window, monkeypatch):
    window, view = _gera_agenda(make_window)
    item_id = _type_note(view, 1)
    writable = view.database()
    read_only = make_engine(window.context.location, read_only=True)
    view._sessions = sessionmaker(bind=read_only, expire_on_commit=False)
    asked = []

    def answer(*_args, **_kwargs):
        asked.append(True)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    try:
        assert not window.close()  # the user chose to stay
        assert asked and window.isVisible()
        assert view.record.note.toPlainText() == NOTE
    finally:
        view._sessions = writable
        read_only.dispose()
    assert window.close()
    assert item_note(writable, item_id) == NOTE


def test_a_note_goes_to_its_own_database_when_another_is_opened(make_window, tmp_path):
    from smartnet_desktop.db import open_database
    from smartnet_desktop.services.demo import load_demo

    _, view = _gera_agenda(make_window)
    item_id = _type_note(view, 1)
    first = view.database()
    engine, other = open_database(tmp_path / "other.db")
    try:
        load_demo(other)
        view.set_sessions(other)
        view.refresh()
        assert item_note(first, item_id) == NOTE
        assert item_note(other, item_id) == ""  # the same id in the other file
        assert view.record.note.toPlainText() != NOTE
    finally:
        view.set_sessions(first)
        engine.dispose()
