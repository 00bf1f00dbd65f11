"""Issue 22 item 6: undo survives a restart. This desk's last check-in of this meeting is
kept in the database (the registration's desk and time), so Ctrl+Z in the empty field of a
window opened again still offers it; another desk's check-ins are never offered."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import key, scan
from tests.ui.test_checkin_desk import _row


def _demo_file(tmp_path, server_databases) -> str:
    from smartnet_desktop.db import open_database
    from smartnet_desktop.services.demo import load_demo
    from tests.ui.conftest import _demo_on_server

    if server_databases is not None:
        return _demo_on_server(server_databases)
    location = tmp_path / "treffen.db"
    engine, sessions = open_database(location)
    load_demo(sessions)
    engine.dispose()
    return str(location)


def _open(make_window, qtbot, location, desk="Desk 1"):
    window = make_window("en", location=location, desk=desk)
    index = next(
        i for i in range(window.event_switcher.count()) if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checkin_view.search)
    return window, window.checkin_view


def test_ctrl_z_after_a_restart_offers_this_desks_last_check_in(
    make_window, qtbot, tmp_path, server_databases
):
    location = _demo_file(tmp_path, server_databases)
    window, desk = _open(make_window, qtbot, location)
    scan(_row(window, "zolc").badge_code)
    scan(_row(window, "lindqvist").badge_code)
    window.close()
    other, other_desk = _open(make_window, qtbot, location, desk="Desk 2")
    scan(_row(other, "traumer").badge_code)  # another desk's newer check-in
    other.close()

    again, desk = _open(make_window, qtbot, location)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert desk.result.outcome == Outcome.CHOOSE
    assert "Lindqvist" in desk.result.text() and "Träumer" not in desk.result.text()
    key(Qt.Key.Key_Return)
    assert _row(again, "lindqvist").checked_in_at is None
    assert _row(again, "zolc").checked_in_at is not None
    assert _row(again, "traumer").checked_in_at is not None
    assert "Check-in undone" in desk.result.text()
