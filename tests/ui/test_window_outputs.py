"""Issue 20, item 4 in the window: a save onto a FIFO, a device or a folder is refused with
one translated sentence, and what stood there stays (the same rule as every --out)."""

from __future__ import annotations

import os
import stat

from PySide6.QtWidgets import QMessageBox

from smartnet_desktop.services import attendees


def _event(window, town: str):
    index = next(
        i for i in range(window.event_switcher.count()) if town in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)


def _warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda parent, title, text, *rest: shown.append(text)
    )
    return shown


def test_the_agenda_handout_onto_a_fifo_is_refused_without_blocking(
    make_window, tmp_path, monkeypatch
):
    window = make_window("de")
    _event(window, "Gera")
    window.show_view(2)  # the agenda, where the handout is written (not the desk)
    assert window.stack.currentWidget() is window.agenda_view
    shown = _warnings(monkeypatch)
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    window.agenda_view.write_handout(fifo)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)
    assert len(shown) == 1 and "Pipe" in shown[0] and "nichts geschrieben" in shown[0]


def test_badges_saved_onto_a_folder_are_refused_and_nothing_is_marked_printed(
    make_window, qtbot, tmp_path, monkeypatch
):
    window = make_window("en")
    _event(window, "Gera")
    window.show_view(5)
    view = window.badges_view
    view.mark.setChecked(True)
    qtbot.waitUntil(lambda: view._task is None, timeout=10000)
    shown = _warnings(monkeypatch)
    folder = tmp_path / "badges.pdf"
    folder.mkdir()
    (folder / "mine.txt").write_text("mine", encoding="utf-8")
    view._with_badges(lambda data, result: view._write(folder, data, result))
    qtbot.waitUntil(lambda: bool(shown), timeout=20000)
    assert "is a folder" in shown[0]
    assert (folder / "mine.txt").read_text(encoding="utf-8") == "mine"
    rows = attendees.list_attendees(window.context.sessions, window.current_event.id)
    assert all(r.badge_printed_at is None for r in rows)
