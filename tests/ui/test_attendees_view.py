"""Attendees view: add with the duplicate offer, edit, remove with undo, merge, import, export."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from smartnet_desktop.services import attendees
from smartnet_desktop.ui.dialogs.attendee_dialog import AttendeeDialog
from smartnet_desktop.ui.dialogs.import_dialog import ImportDialog
from tests.typing_helpers import type_text


def _gera(make_window):
    window = make_window("en")
    index = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.show_view(1)
    return window, window.attendees_view


def test_add_validates_then_registers(make_window, monkeypatch):
    window, view = _gera(make_window)

    def fill(dialog):
        type_text(dialog.given, "Zoë")
        type_text(dialog.email, "kein-at")
        dialog.accept()
        assert "not an email address" in dialog.error.text()  # the dialog stays open
        dialog.email.clear()
        type_text(dialog.family, "Großmann")
        dialog.organization.setCurrentText("Stadt Gera")
        dialog.accept()
        return 1

    monkeypatch.setattr(AttendeeDialog, "exec", fill)
    view.add()
    assert view.model.rowCount() == 41
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, "grossmann")
    assert row.organization == "Stadt Gera"


def test_an_existing_person_is_offered_instead_of_a_duplicate(make_window, monkeypatch):
    window, view = _gera(make_window)
    muehlhausen = next(
        i
        for i in range(window.event_switcher.count())
        if "Mühlhausen" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(muehlhausen)
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )

    def fill(dialog):
        type_text(dialog.given, "R.")
        type_text(dialog.family, "Lefèvre")
        type_text(dialog.email, "renee.lefevre@beispiel.example")
        dialog.accept()
        return 1

    monkeypatch.setattr(AttendeeDialog, "exec", fill)
    persons_before = len(attendees.list_attendees(window.context.sessions, window.current_event.id))
    view.add()
    assert "Renée Lefèvre" in asked[0]
    rows = attendees.list_attendees(window.context.sessions, window.current_event.id, "lefevre")
    assert [r.given_name for r in rows] == ["Renée"]  # the existing person, not "R."
    assert (
        len(attendees.list_attendees(window.context.sessions, window.current_event.id))
        == persons_before + 1
    )


def test_remove_asks_and_ctrl_z_brings_it_back(make_window, monkeypatch, qtbot):
    window, view = _gera(make_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    type_text(view.search, "nguyen")
    view.table.selectRow(0)
    code = view.selected_rows()[0].badge_code
    view.remove_selected()
    assert len(view.model.all_rows()) == 39
    view.undo_removal()
    assert len(view.model.all_rows()) == 40
    assert code in {r.badge_code for r in view.model.all_rows()}


def test_remove_cancelled_changes_nothing(make_window, monkeypatch):
    window, view = _gera(make_window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    view.table.selectRow(0)
    view.remove_selected()
    assert len(view.model.all_rows()) == 40


def test_import_dialog_previews_problems_and_imports_valid_rows(make_window, tmp_path, qtbot):
    window, _ = _gera(make_window)
    path = tmp_path / "liste.csv"
    path.write_bytes(
        "Vorname;Nachname;E-Mail;Hobby\nJürgen;Weißkopf;jw@x.example;Lesen\nAnna;Ohne;kaputt\n".encode(
            "cp1252"
        )
    )
    dialog = ImportDialog(
        window.context.sessions, window.operations, window.current_event.id, path, "Desk 1", window
    )
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert "not an email address" in dialog.table.item(1, 3).text()
    assert "Hobby" in dialog.summary.text()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing is written while a row is invalid ...
    dialog.skip_invalid.setChecked(True)  # ... unless the user skips it
    assert ok.isEnabled()
    with qtbot.waitSignal(dialog.accepted, timeout=10000):
        ok.click()
    assert dialog.result_data.registered == 1
    assert attendees.list_attendees(window.context.sessions, window.current_event.id, "weisskopf")


def test_import_dialog_explains_an_unreadable_file(make_window, tmp_path, qtbot):
    window, _ = _gera(make_window)
    path = tmp_path / "bild.csv"
    path.write_bytes(b"\x89PNG\x00\x00\x00")
    dialog = ImportDialog(
        window.context.sessions, window.operations, window.current_event.id, path, "Desk 1", window
    )
    qtbot.addWidget(dialog)
    assert "cannot be read" in dialog.summary.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
