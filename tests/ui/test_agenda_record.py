"""The agenda view's record panel, typed into with real key events: the note under the
selected item, a poll with votes and its projector view, the suggestions list."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import attendees, checkin, polls, suggestions
from smartnet_desktop.services.agenda_notes import item_note
from tests.typing_helpers import type_text
from tests.ui.test_agenda_view import _gera_agenda


def test_a_typed_note_is_saved_under_the_selected_item(make_window, qtbot):
    _, view = _gera_agenda(make_window)
    view.table.selectRow(1)
    item_id = view.selected_id()
    view.record.tabs.setCurrentIndex(0)
    view.record.note.setFocus()
    type_text(view.record.note, "Förderung: Frist 31.03.")
    qtbot.mouseClick(view.record.save_note_button, Qt.MouseButton.LeftButton)
    assert item_note(view.database(), item_id) == "Förderung: Frist 31.03."
    view.table.selectRow(0)
    assert view.record.note.toPlainText() == ""
    view.table.selectRow(1)
    assert view.record.note.toPlainText() == "Förderung: Frist 31.03."
    view.undo()
    assert item_note(view.database(), item_id) == ""


def test_a_poll_typed_in_takes_votes_and_shows_on_the_projector(make_window, qtbot, tmp_path):
    _, view = _gera_agenda(make_window)
    sessions, event_id = view.database(), view.current_event.id
    row = attendees.list_attendees(sessions, event_id)[0]
    checkin.check_in(sessions, row.registration_id, "Desk 1")
    view.table.selectRow(2)
    panel = view.record
    panel.tabs.setCurrentIndex(1)
    type_text(panel.question, "Mehrwert für Kommunen?")
    type_text(panel.options, "Ja; Nein; Enthaltung")
    qtbot.keyClick(panel.options, Qt.Key.Key_Return)
    [result] = polls.event_polls(sessions, event_id)
    assert (
        result.question == "Mehrwert für Kommunen?" and result.agenda_item_id == view.selected_id()
    )
    assert panel.organisation.currentText() == row.organization
    panel.option.setCurrentIndex(1)
    qtbot.mouseClick(panel.record_button, Qt.MouseButton.LeftButton)
    votes = {o.option: o.votes for o in polls.results(sessions, result.poll_id).options}
    assert votes == {"Ja": 0, "Nein": 1, "Enthaltung": 0}
    assert panel.chart.result.total == 1
    panel.show_projector()
    projector = panel.projector
    assert projector.isFullScreen() or projector.isVisible()
    projector.resize(1280, 720)
    projector.grab().save(str(tmp_path / "projector.png"))
    assert projector.question.font().pointSize() >= 32
    qtbot.keyClick(projector, Qt.Key.Key_Escape)
    assert not projector.isVisible()


def test_suggestions_are_added_edited_and_removed_from_the_keyboard(make_window, qtbot):
    _, view = _gera_agenda(make_window)
    sessions, event_id = view.database(), view.current_event.id
    panel = view.record
    panel.tabs.setCurrentIndex(2)
    type_text(panel.suggestion_text, "Mehr Zeit für Austausch")
    qtbot.keyClick(panel.suggestion_text, Qt.Key.Key_Return)
    assert [s.text for s in suggestions.list_suggestions(sessions, event_id)] == [
        "Mehr Zeit für Austausch"
    ]
    assert panel.suggestion_text.text() == ""
    panel.suggestion_list.setCurrentRow(0)
    panel.suggestion_text.selectAll()
    type_text(panel.suggestion_text, "Hybride Treffen")
    panel.edit_suggestion()
    assert [s.text for s in suggestions.list_suggestions(sessions, event_id)] == ["Hybride Treffen"]
    panel.suggestion_list.setCurrentRow(0)
    panel.remove_suggestion()
    assert suggestions.list_suggestions(sessions, event_id) == []
    view.undo()
    assert [s.text for s in suggestions.list_suggestions(sessions, event_id)] == ["Hybride Treffen"]
