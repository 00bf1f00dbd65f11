"""The window's outputs of last session on a full disk: the minutes PDF, the network
picture, the invitation folder and the personal sheet of F11. The disk fills up half-way
through the write (tests/full_disk.py); what was there before stays byte for byte, no
temporary file is left, nothing is logged or frozen, and the user is told once, in the
window's language, that the disk is full and the earlier output unchanged."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from smartnet_desktop.services import audit, checkin, minutes
from smartnet_desktop.ui import record_actions
from smartnet_desktop.ui.dialogs import minutes_dialog
from smartnet_desktop.ui.dialogs.minutes_dialog import MinutesDialog
from smartnet_desktop.ui.views import network_graph_view
from tests.full_disk import FullDisk, snapshot
from tests.sheet_fixtures import by_family_name
from tests.ui.test_badges_view import _desk_with_printer
from tests.ui.test_desk_sheet_printing import _checked_in_at_the_desk
from tests.ui.test_record_window import _event

FULL = "Der Datenträger ist voll"
KEPT = "was dort vorher war, ist unverändert"


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the window opens, as its text."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(
            QMessageBox, kind, lambda _parent, _title, text, *_a, **_k: shown.append(text)
        )
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return shown


@pytest.fixture
def folder(tmp_path):
    made = tmp_path / "ausgabe"
    made.mkdir()
    return made


def _exports(sessions) -> int:
    return sum(1 for e in audit.list_entries(sessions, limit=1000) if e.action == "export")


def test_final_minutes_on_a_full_disk_keep_the_earlier_pdf_and_stay_a_draft(
    make_window, qtbot, folder, boxes, monkeypatch
):
    """Over the check-in desk, too: the dialog's user sees the box (the scanner's keys
    are the dialog's anyway while it is open)."""
    window = make_window("de")
    _event(window, "Gera")
    window.show_view(0)  # the desk behind the dialog
    sessions, event = window.context.sessions, window.current_event
    dialog = MinutesDialog(sessions, window.operations, event, "Desk 1", window)
    qtbot.addWidget(dialog)
    out = folder / "protokoll.pdf"
    out.write_bytes(b"%PDF-1.4 the minutes of an earlier run")
    monkeypatch.setattr(minutes_dialog, "save_file_name", lambda *_args: str(out))
    before, exports = snapshot(folder), _exports(sessions)
    disk = FullDisk(folder, room=4096).install(monkeypatch)
    dialog.final_button.click()
    assert disk.refused == 1
    assert snapshot(folder) == before
    assert len(boxes) == 1 and FULL in boxes[0] and KEPT in boxes[0], boxes
    assert minutes.final_minutes_pdf(sessions, event.id) is None  # still a draft
    assert not dialog.introduction.isReadOnly()
    assert _exports(sessions) == exports


@pytest.mark.skipif(shutil.which("neato") is None, reason="needs Graphviz")
def test_the_network_picture_on_a_full_disk_keeps_the_earlier_one(
    make_window, qtbot, folder, boxes, monkeypatch
):
    window = make_window("de")
    window.show_view(window.stack.indexOf(window.matches_view))
    window.matches_tabs.setCurrentWidget(window.network_graph_view)
    view = window.network_graph_view
    qtbot.waitUntil(lambda: view.picture.renderer().isValid(), timeout=10000)
    out = folder / "netzwerk.svg"
    out.write_text("<svg>the picture of an earlier run</svg>", encoding="utf-8")
    monkeypatch.setattr(network_graph_view, "save_file_name", lambda *_args: str(out))
    before = snapshot(folder)
    disk = FullDisk(folder, room=2048).install(monkeypatch)
    view.save()
    assert disk.refused == 1
    assert snapshot(folder) == before
    assert len(boxes) == 1 and FULL in boxes[0] and KEPT in boxes[0], boxes
    assert "netzwerk.svg" not in view.status.text()  # not "written to"


def test_an_invitation_on_a_full_disk_leaves_the_earlier_folder_as_it_was(
    make_window, folder, boxes, monkeypatch
):
    window = make_window("de")
    _event(window, "Mühlhausen")
    sessions = window.context.sessions
    monkeypatch.setattr(record_actions, "existing_folder", lambda *_args: str(folder))
    monkeypatch.setattr(
        QInputDialog, "getItem", lambda parent, title, label, items, *rest: (items[0], True)
    )
    window.record_actions.write_invitation()  # the earlier invitation, room enough
    assert boxes == [] and len(snapshot(folder)) == 4  # three files and the list of them
    before, exports = snapshot(folder), _exports(sessions)
    # Room for the calendar entry, not for the e-mail: the disk fills half-way.
    disk = FullDisk(folder, room=1500).install(monkeypatch)
    window.record_actions.write_invitation()
    assert disk.refused == 1
    assert snapshot(folder) == before
    # Said once: in a box, or on the status line while the desk is showing (as here).
    told = [*boxes, window.statusBar().currentMessage()]
    assert sum(FULL in t and KEPT in t for t in told) == 1, told
    assert _exports(sessions) == exports  # nothing left: nothing logged


def test_f11_on_a_full_disk_keeps_the_earlier_sheet_and_says_so_in_the_band(
    make_window, qtbot, folder, boxes, monkeypatch
):
    window, desk = _desk_with_printer(make_window, f"file:{folder}")
    sessions, gera = window.context.sessions, window.current_event.id
    here = by_family_name(sessions, gera, "Weißbach")
    checkin.check_in(sessions, here.registration_id, "Desk 2")
    _checked_in_at_the_desk(window, desk, qtbot, "Ackerbauer")
    qtbot.keyClick(desk.search, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=60000)
    [sheet] = folder.glob("*-sheet.pdf")  # the earlier sheet
    before = snapshot(folder)
    disk = FullDisk(folder, room=4096).install(monkeypatch)
    qtbot.keyClick(desk.search, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=60000)
    assert disk.refused == 1
    assert snapshot(folder) == before
    assert "disk is full" in desk.result.text() and "unchanged" in desk.result.text()
    assert boxes == []  # the desk's band, never a box that takes the scanner's Enter
