"""Issue 20.1: a file dialog must not detach the window from its SQLite file.

Qt's file dialog used to read the first bytes of every file in the folder it shows (to
pick an icon); that open()+close() of the database file dropped SQLite's POSIX locks, the
next program deleted the live write-ahead log, and the window's later check-ins were lost.
Here every file dialog the window has is shown on the database's folder and closed; then
another process reads and writes; then the window writes and closes: everything is there.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrintDialog
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from smartnet_desktop.db import engine_of, open_database
from smartnet_desktop.services import attendees, events
from smartnet_desktop.services.demo import load_demo
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.database_under_test import sqlite_only
from tests.typing_helpers import scan

ROOT = Path(__file__).resolve().parents[2]
SHOWN_MS = 700  # long enough for the dialog to list (and once: sniff) the folder


class DialogCloser:
    """Shows each file dialog on `folder` for a while, then presses Esc; answers a
    question box (the distribution list asks first) with Yes, so the dialog behind it opens."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.seen: list[str] = []
        self._since: dict[int, float] = {}
        self.timer = QTimer()
        self.timer.timeout.connect(self._tick)
        self.timer.start(50)

    def _tick(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if not widget.isVisible():
                continue
            if isinstance(widget, QMessageBox):
                yes = widget.button(QMessageBox.StandardButton.Yes)
                (yes or widget.defaultButton() or widget.buttons()[0]).click()
            elif isinstance(widget, (QFileDialog, QPrintDialog)):
                shown = self._since.setdefault(id(widget), time.monotonic())
                if isinstance(widget, QFileDialog) and widget.directory().absolutePath() != str(
                    self.folder
                ):
                    widget.setDirectory(str(self.folder))
                if time.monotonic() - shown > SHOWN_MS / 1000:
                    self.seen.append(widget.windowTitle())
                    QTest.keyClick(widget, Qt.Key.Key_Escape)
                    widget.reject()


def _cli(db: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "smartnet_desktop", "--db", str(db), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )


def _every_file_dialog(window) -> list:
    """One opener per file dialog of the window (grep ui/ for file_dialogs to add one)."""
    from smartnet_desktop.badges.layouts import load_layouts
    from smartnet_desktop.ui.dialogs.audit_dialog import AuditDialog
    from smartnet_desktop.ui.dialogs.desk_printer_dialog import DeskPrinterDialog
    from smartnet_desktop.ui.printing import FILE_PRINTER

    def person_export():
        window.show_view(1)
        window.attendees_view.table.selectRow(0)
        window.data_protection.export_person_data()

    def audit_export():
        dialog = AuditDialog(window.context.sessions, window)
        dialog.export()
        dialog.deleteLater()

    def desk_printer_folder():
        dialog = DeskPrinterDialog(load_layouts(), "a4-insert", window)
        dialog.printer.setCurrentIndex(dialog.printer.findData(FILE_PRINTER))
        dialog.accept()
        dialog.deleteLater()

    return [
        window.choose_database,  # Ctrl+O
        window.event_actions.import_registrations,
        window.event_actions.export_attendees,
        window.desk_actions.save_checkin_list,
        person_export,
        window.data_protection.restore_backup,
        window.agenda_view.save_handout,
        lambda: window.photo_view.export("pdf"),
        lambda: window.photo_view.export("csv"),
        window.contact_view.export,
        window.organizations_view.import_survey,
        window.organizations_view.write_site,
        window.organizations_view.write_pdf,
        window.survey_view.write_report,
        window.badges_view.save_pdf,
        window.badges_view.save_calibration,
        window.badges_view.print_badges,  # the print dialog's file-name completer
        audit_export,
        desk_printer_folder,
    ]


@sqlite_only
def test_every_file_dialog_on_the_database_folder_keeps_every_write(
    make_window, qtbot, tmp_path, monkeypatch
):
    folder = tmp_path / "meeting"
    folder.mkdir()
    db = folder / "desk.db"
    engine, sessions = open_database(db)
    load_demo(sessions)
    gera = next(e for e in events.list_events(sessions) if "Gera" in e.venue).id
    first, second = attendees.list_attendees(sessions, gera)[:2]
    engine.dispose()
    monkeypatch.chdir(folder)  # dialogs that start from a bare file name show this folder
    monkeypatch.setenv("HOME", str(folder))  # the print dialog's completer lists home
    (folder / "backups").mkdir()

    window = make_window(location=str(db))
    window.event_switcher.setCurrentIndex(
        next(
            i
            for i in range(window.event_switcher.count())
            if window.event_switcher.itemData(i) == gera
        )
    )
    closer = DialogCloser(folder)
    openers = _every_file_dialog(window)
    for open_dialog in openers:
        open_dialog()
        qtbot.wait(20)
    closer.timer.stop()
    assert len(closer.seen) == len(openers), closer.seen  # each opener really showed its dialog

    # Another process reads and writes, and closes the file (this deleted the live log).
    by_cli = _cli(db, "checkin", "--event", str(gera), first.badge_code, "--by", "CLI")
    assert by_cli.returncode == 0, by_cli.stderr
    assert sorted(p.name for p in folder.iterdir() if p.name.startswith("desk.db")) == [
        "desk.db",
        "desk.db-shm",
        "desk.db-wal",
    ]  # the window's log is still there

    # The window writes: a scanned badge at the desk.
    window.show_view(0)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checkin_view.search)
    scan(second.badge_code)
    assert window.checkin_view.result.outcome == Outcome.CHECKED_IN
    window.close()
    engine_of(window.context.sessions).dispose()

    counted = _cli(db, "counts", "--event", str(gera), "--json")
    assert counted.returncode == 0, counted.stderr
    engine, sessions = open_database(db)
    try:
        done = {r.badge_code for r in attendees.list_attendees(sessions, gera) if r.checked_in_at}
    finally:
        engine.dispose()
    assert {first.badge_code, second.badge_code} <= done


def test_no_file_dialog_is_made_outside_the_one_helper():
    """Every dialog that can show a folder goes through ui/file_dialogs.py."""
    ui = ROOT / "smartnet_desktop" / "ui"
    offenders = [
        str(path.relative_to(ui))
        for path in ui.rglob("*.py")
        if path.name != "file_dialogs.py"
        and any(
            name in path.read_text(encoding="utf-8") for name in ("QFileDialog", "QPrintDialog")
        )
    ]
    assert offenders == []


@sqlite_only
def test_a_lost_hold_is_said_in_the_desks_band_and_nothing_is_written_on(
    make_window, qtbot, tmp_path
):
    """The net under the root fix: when something in the window's process did open and
    close the file after all, and another program then removed the live log, the next
    scan is refused with a clear sentence instead of being "checked in" into a lost file."""
    db = tmp_path / "desk.db"
    engine, sessions = open_database(db)
    load_demo(sessions)
    gera = next(e for e in events.list_events(sessions) if "Gera" in e.venue).id
    first, second = attendees.list_attendees(sessions, gera)[:2]
    engine.dispose()
    window = make_window("de", location=str(db))
    window.event_switcher.setCurrentIndex(window.event_switcher.findData(gera))
    with open(db, "rb") as library:  # a library reading the header drops SQLite's locks
        library.read(16)
    by_cli = _cli(db, "checkin", "--event", str(gera), first.badge_code, "--by", "CLI")
    assert by_cli.returncode == 0, by_cli.stderr

    window.show_view(0)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checkin_view.search)
    scan(second.badge_code)
    band = window.checkin_view.result
    assert band.outcome != Outcome.CHECKED_IN
    assert "Verbindung zur Datenbankdatei" in band.headline.text()
    assert "nichts wurde gespeichert" in band.headline.text()
    window.close()
    engine_of(window.context.sessions).dispose()
    engine, sessions = open_database(db)
    try:
        done = {r.badge_code for r in attendees.list_attendees(sessions, gera) if r.checked_in_at}
    finally:
        engine.dispose()
    assert done == {first.badge_code}  # the other program's check-in is kept
