"""Creating the first event from the welcome page; bad input keeps the dialog open."""

from __future__ import annotations

from PySide6.QtCore import QDate

from smartnet_desktop.ui.dialogs.event_dialog import EventDialog
from tests.typing_helpers import type_text


def test_empty_title_is_refused_in_the_dialog_and_nothing_is_created(make_window, tmp_path):
    window = make_window("de", location=str(tmp_path / "neu.db"))
    dialog = EventDialog(window.context.sessions, window)
    dialog.accept()
    assert dialog.created is None and dialog.result() == 0
    assert "Titel" in dialog.error.text()  # translated field name and message
    assert "Bitte einen Wert eingeben" in dialog.error.text()


def test_created_event_replaces_the_welcome_page(make_window, tmp_path, monkeypatch):
    window = make_window("en", location=str(tmp_path / "neu.db"))
    assert window.pages.currentWidget() is window.welcome

    def fill(dialog):
        type_text(dialog.title, "5. Netzwerktreffen")
        type_text(dialog.venue, "Rathaus Mühlhausen")
        dialog.date.setDate(QDate(2022, 12, 8))
        dialog.accept()
        return 1

    monkeypatch.setattr(EventDialog, "exec", fill)
    window.welcome.create_button.click()
    assert window.pages.currentWidget() is window.workspace
    assert window.current_event.title == "5. Netzwerktreffen"
    assert window.current_event.venue == "Rathaus Mühlhausen"
    assert window.event_switcher.count() == 1


def test_settings_dialog_shows_and_saves_the_event(make_window):
    window = make_window("en")
    event = window.current_event
    dialog = EventDialog(window.context.sessions, window, event, "edit")
    assert dialog.title.text() == event.title and dialog.venue.text() == event.venue
    assert dialog.notices.toPlainText() == event.notices
    dialog.venue.setText("Rathaus Mühlhausen, Ratssaal")
    dialog.accept()
    assert dialog.created.id == event.id and dialog.created.venue == "Rathaus Mühlhausen, Ratssaal"
    assert dialog.created.title == event.title and dialog.created.date == event.date


def test_duplicate_dialog_copies_the_agenda_into_a_new_event(make_window, monkeypatch):
    window = make_window("en")
    source = window.current_event
    monkeypatch.setattr(
        EventDialog,
        "exec",
        lambda self: (self.date.setDate(QDate(2023, 3, 9)), self.accept(), 1)[-1],
    )
    window.edit_event("duplicate")
    assert window.event_switcher.count() == 3
    assert window.current_event.id != source.id and window.current_event.number == source.number + 1
    assert [r.title for r in window.agenda_view.model.rows()] == [
        "Begrüßung",
        "Berichte aus den Kommunen",
        "Get-together / Ausklang",
    ]
