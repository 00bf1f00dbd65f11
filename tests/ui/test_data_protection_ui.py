"""Data protection from the window: erase with a typed confirmation, purge warning, audit
log, and errors that never show a traceback."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox

from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import attendees
from smartnet_desktop.ui import error_handling
from tests.typing_helpers import type_text


def test_erase_needs_the_typed_family_name(make_window, monkeypatch):
    window = make_window("en")
    view = window.attendees_view
    type_text(view.search, "Żółć")
    view.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("wrong", True))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.data_protection.erase_person()
    assert attendees.list_attendees(window.context.sessions, window.current_event.id, "zolc")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Żółćińska", True))
    window.data_protection.erase_person()
    assert attendees.list_attendees(window.context.sessions, window.current_event.id, "zolc") == []
    assert "erased" in window.statusBar().currentMessage()


def test_purge_is_announced_when_due(make_window):
    window = make_window("en")  # the demo meetings of 2022 are past 24 months
    window.data_protection.warn_if_purge_due()
    assert "2 events due" in window.purge_action.text()
    assert "retention period" in window.statusBar().currentMessage()


def test_unexpected_errors_are_logged_not_shown_as_tracebacks(make_window, monkeypatch):
    window = make_window("en")
    window.show_view(1)  # away from the desk, where errors go to the status line instead
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: shown.append(text))
    try:
        raise RuntimeError("boom")
    except RuntimeError as error:
        error_handling._report(type(error), error, error.__traceback__)
    assert "Your data is safe" in shown[0] and "Traceback" not in shown[0]
    assert "RuntimeError: boom" in error_handling.log_file().read_text(encoding="utf-8")
    error_handling._report(DatabaseProblem, DatabaseProblem("read_only"), None)
    assert "cannot be written" in shown[1]


def test_a_damaged_database_offers_the_newest_backup(qtbot, tmp_path, monkeypatch):
    import os

    from smartnet_desktop.db import open_database
    from smartnet_desktop.db_files import backup_to_folder
    from smartnet_desktop.services.demo import load_demo

    db = tmp_path / "desk.db"
    engine, sessions = open_database(db)
    load_demo(sessions)
    backup_to_folder(sessions)
    engine.dispose()
    data = bytearray(db.read_bytes())
    data[4096:8192] = os.urandom(4096)
    db.write_bytes(bytes(data))
    try:
        open_database(db)
    except DatabaseProblem as problem:
        damaged = problem
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    reopened = error_handling.offer_restore(damaged, lambda: open_database(db))
    assert "damaged" in asked[0] and reopened is not None
    _engine, restored = reopened
    assert len(attendees.list_attendees(restored, 1)) == 40
    assert list((tmp_path / "backups").glob("desk-before-restore-*.db"))  # the damaged file is kept


def test_erasing_offers_to_clean_the_backups_too(make_window, monkeypatch, tmp_path):
    from smartnet_desktop.db import open_database
    from smartnet_desktop.db_files import backup_to_folder
    from smartnet_desktop.services.demo import load_demo

    location = tmp_path / "treffen.db"
    engine, sessions = open_database(location)
    load_demo(sessions)
    backup = backup_to_folder(sessions)
    engine.dispose()
    window = make_window("en", location=str(location))
    view = window.attendees_view
    type_text(view.search, "Żółć")
    view.table.selectRow(0)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Żółćińska", True))
    asked = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes,
    )
    assert "Żółćińska".encode() in backup.read_bytes()
    window.data_protection.erase_person()
    assert asked and "1 backups" in asked[0]
    assert "Żółćińska".encode() not in backup.read_bytes()
    assert "Erased from 1 backups" in window.statusBar().currentMessage()


def test_an_erasure_whose_file_could_not_be_rebuilt_says_the_person_was_erased(make_window):
    """Issue 20.9 in the window: the erasure committed, only the rebuild failed on a full
    disk; never "nothing was changed" (the service side: test_erasure_on_a_full_disk.py)."""
    from smartnet_desktop.ui.data_protection_actions import _erasure_report

    make_window("de")
    text = _erasure_report("disk_full")
    assert "Die Person wurde gelöscht" in text and "Datenträger ist zu voll" in text
    assert "nichts" not in text.lower()
    assert "Die Person wurde gelöscht" in _erasure_report("io_error")
