"""The automatic backup of each start runs beside the desk, not on its thread: copying and
proving a large database would otherwise freeze the window just as people arrive."""

from __future__ import annotations

import threading

import pytest

from smartnet_desktop.db import open_database
from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import backups
from smartnet_desktop.services.demo import load_demo


@pytest.fixture
def meeting_file(tmp_path, server_databases):
    if server_databases is not None:
        pytest.skip("a server is backed up by whoever runs it, not at each desk's start")
    path = tmp_path / "meeting.db"
    engine, sessions = open_database(path)
    load_demo(sessions)
    engine.dispose()
    return path


def test_the_backup_at_start_runs_off_the_gui_thread_and_lands(make_window, meeting_file, qtbot, monkeypatch):
    window = make_window("en", location=str(meeting_file))
    threads = []
    real = backups.back_up
    monkeypatch.setattr(
        backups,
        "back_up",
        lambda *a, **k: threads.append(threading.current_thread()) or real(*a, **k),
    )
    window.data_protection.backup_at_start()
    qtbot.waitUntil(lambda: not window.operations.busy(), timeout=20000)
    assert threads and threads[0] is not threading.main_thread()
    assert list((meeting_file.parent / "backups").glob("*.db")) or list(
        backups.backups_folder(meeting_file).glob("*")
    )
    assert "2 events due" in window.purge_action.text()  # the purge check follows it


def test_a_failed_backup_at_start_is_said_in_the_status_line(make_window, meeting_file, qtbot, monkeypatch):
    window = make_window("en", location=str(meeting_file))

    def full_disk(*_args, **_kwargs):
        raise DatabaseProblem("backup_failed", location="x", reason="No space left on device")

    monkeypatch.setattr(backups, "back_up", full_disk)
    window.data_protection.backup_at_start()
    qtbot.waitUntil(lambda: not window.operations.busy(), timeout=20000)
    qtbot.waitUntil(lambda: "automatic backup failed" in window.statusBar().currentMessage())
