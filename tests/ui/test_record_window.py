"""The minutes and the invitation in the window (issue 26 items 4 and 5): under File; the
minutes dialog keeps the organiser's text, shows the draft, freezes it when made final and
changes it again only after an explicit reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QInputDialog, QMessageBox

from smartnet_desktop.services import minutes
from smartnet_desktop.ui import record_actions
from smartnet_desktop.ui.dialogs import minutes_dialog
from smartnet_desktop.ui.dialogs.minutes_dialog import MinutesDialog


def _event(window, town: str):
    index = next(
        i for i in range(window.event_switcher.count()) if town in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)


def _file_menu_texts(window) -> list[str]:
    menu = window.menuBar().actions()[0].menu()
    return [a.text() for a in menu.actions()]


def test_file_menu_offers_minutes_and_invitation_in_german(make_window):
    texts = _file_menu_texts(make_window("de"))
    assert "Protokoll des &Treffens…" in texts
    assert "Ein&ladung zu diesem Treffen…" in texts


def test_minutes_draft_final_and_reopen(make_window, qtbot, tmp_path, monkeypatch):
    window = make_window("en")
    _event(window, "Gera")
    sessions, event = window.context.sessions, window.current_event
    dialog = MinutesDialog(sessions, window.operations, event, "Desk 1", window)
    qtbot.addWidget(dialog)
    assert dialog.pages.count() >= 2  # the preview: at least one page (and the stretch)
    dialog.introduction.setFocus()
    qtbot.keyClicks(dialog.introduction, "A friendly meeting")
    qtbot.keyClicks(dialog.closing, "Thanks to Gera")
    dialog.save_button.click()
    stored = minutes.gather_minutes(sessions, event.id)
    assert (stored.introduction, stored.closing) == ("A friendly meeting", "Thanks to Gera")

    out = tmp_path / "protokoll.pdf"
    monkeypatch.setattr(minutes_dialog, "save_file_name", lambda *args: str(out))
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    dialog.final_button.click()
    assert out.is_file() and minutes.final_minutes_pdf(sessions, event.id) == out.read_bytes()
    assert dialog.introduction.isReadOnly() and not dialog.save_button.isEnabled()
    assert dialog.reopen_button.isEnabled() and "Final since" in dialog.state.text()

    dialog.reopen_button.click()
    assert minutes.final_minutes_pdf(sessions, event.id) is None
    assert not dialog.introduction.isReadOnly() and dialog.save_button.isEnabled()


def test_invitation_from_the_window_goes_into_a_new_folder(make_window, tmp_path, monkeypatch):
    window = make_window("de")
    _event(window, "Mühlhausen")
    (tmp_path / "mine.txt").write_text("mine")
    monkeypatch.setattr(record_actions, "existing_folder", lambda *args: str(tmp_path))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *rest: (items[0], True)
    )
    window.record_actions.write_invitation()
    folder = tmp_path / "einladung-2022-12-08"
    assert {p.name for p in folder.iterdir()} >= {"einladung.ics", "verteiler.csv", "einladung.eml"}
    assert (tmp_path / "mine.txt").read_text() == "mine"
    assert "Einladung für 12 Personen" in window.statusBar().currentMessage()
    assert Path(folder / "einladung.eml").read_bytes().count(b"Bcc:") == 1
