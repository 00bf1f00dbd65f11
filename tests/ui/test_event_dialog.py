"""Creating the first event from the welcome page; bad input keeps the dialog open."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from smartnet_desktop.ui.dialogs.event_dialog import EventDialog
from tests.typing_helpers import type_text


@pytest.fixture
def past_dates_confirmed(monkeypatch):
    """Answers "Is this date right?" with yes, and counts the questions."""
    asked = []

    def yes(*args, **kwargs):
        asked.append(args)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    return asked


def test_empty_title_is_refused_in_the_dialog_and_nothing_is_created(make_window, tmp_path):
    window = make_window("de", location=str(tmp_path / "neu.db"))
    dialog = EventDialog(window.context.sessions, window.operations, window)
    dialog.accept()
    assert dialog.created is None and dialog.result() == 0
    assert "Titel" in dialog.error.text()  # translated field name and message
    assert "Bitte einen Wert eingeben" in dialog.error.text()


def test_created_event_replaces_the_welcome_page(
    make_window, tmp_path, monkeypatch, past_dates_confirmed
):
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
    dialog = EventDialog(window.context.sessions, window.operations, window, event, "edit")
    assert dialog.title.text() == event.title and dialog.venue.text() == event.venue
    assert dialog.notices.toPlainText() == event.notices
    dialog.venue.setText("Rathaus Mühlhausen, Ratssaal")
    dialog.accept()
    assert dialog.created.id == event.id and dialog.created.venue == "Rathaus Mühlhausen, Ratssaal"
    assert dialog.created.title == event.title and dialog.created.date == event.date


def test_duplicate_dialog_copies_the_agenda_into_a_new_event(
    make_window, monkeypatch, past_dates_confirmed
):
    window = make_window("en")
    source = window.current_event
    monkeypatch.setattr(
        EventDialog,
        "exec",
        lambda self: (self.date.setDate(QDate(2023, 3, 9)), self.accept(), 1)[-1],
    )
    window.event_actions.edit_event("duplicate")
    assert window.event_switcher.count() == 3
    assert window.current_event.id != source.id and window.current_event.number == source.number + 1
    assert [r.title for r in window.agenda_view.model.rows()] == [
        "Begrüßung",
        "Berichte aus den Kommunen",
        "Get-together / Ausklang",
    ]


@pytest.mark.parametrize("typed", ["08.12.2026", "8.12.26", "8.12.2026", "2026-12-08"])
def test_typed_dates_mean_what_german_staff_mean(make_window, tmp_path, typed):
    window = make_window("de", location=str(tmp_path / "neu.db"))
    dialog = EventDialog(window.context.sessions, window.operations, window)
    dialog.date.selectAll()
    type_text(dialog.date, typed)
    dialog.date.editingFinished.emit()
    assert dialog.date.text() == "08.12.2026"  # shown back with four digits
    type_text(dialog.title, "5. Netzwerktreffen")
    type_text(dialog.venue, "Mühlhausen")
    dialog.accept()
    assert dialog.created.date == date(2026, 12, 8)


def test_a_date_that_is_no_date_is_explained_and_nothing_is_created(make_window, tmp_path):
    window = make_window("de", location=str(tmp_path / "neu.db"))
    dialog = EventDialog(window.context.sessions, window.operations, window)
    dialog.date.setText("31.02.2026")
    type_text(dialog.title, "5. Netzwerktreffen")
    type_text(dialog.venue, "Mühlhausen")
    dialog.accept()
    assert dialog.created is None and "31.02.2026" in dialog.error.text()
    assert "08.12.2026" in dialog.error.text()  # how to type it, in German


def test_a_date_long_past_is_asked_about_once(make_window, tmp_path, monkeypatch):
    window = make_window("en", location=str(tmp_path / "neu.db"))
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers[len(asked) - 1]

    monkeypatch.setattr(QMessageBox, "question", question)
    dialog = EventDialog(window.context.sessions, window.operations, window)
    dialog.date.setText("8.12.20")
    type_text(dialog.title, "5. Netzwerktreffen")
    type_text(dialog.venue, "Mühlhausen")
    dialog.accept()
    assert dialog.created is None and len(asked) == 1 and "08.12.2020" in asked[0]
    dialog.accept()
    assert dialog.created is not None and dialog.created.date == date(2020, 12, 8)
    dialog.accept()  # asked once: the confirmed date is not asked again
    assert len(asked) == 2


def test_the_photo_question_says_that_yes_means_an_objection(make_window):
    """Follow-up 1 of issue 27: the kiosk records "Ja" as "no photos of me", so the
    question has to be worded that way; the hint beside it says so."""
    window = make_window("de")
    dialog = EventDialog(window.context.sessions, window.operations, window)
    hint = dialog.photo_hint.text()
    assert "„Ja“" in hint and "Widerspruch" in hint
    assert dialog.photo_hint.isVisibleTo(dialog)
    assert dialog.photo_hint.parentWidget() is dialog.photo_question.parentWidget()  # beside it
