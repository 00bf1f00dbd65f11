"""Nothing modal takes the keyboard from a scanner (issue 20, item 2): errors of timers,
threads and background work reach the global error hook; while the desk shows (and for a
lost server, always) they go to the status line and the banner, never to a box whose focus
the next scan's Enter would take."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from smartnet_desktop.domain.errors import DatabaseProblem
from smartnet_desktop.services import attendees
from smartnet_desktop.ui import error_handling
from tests.typing_helpers import scan


@pytest.fixture
def boxes(monkeypatch):
    """Every message box the program opens is noted instead of shown (a box would wait for
    a key that no test sends)."""
    seen: list[str] = []
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(
            QMessageBox,
            name,
            lambda parent, title, text, *a, n=name, **k: (
                seen.append(f"{n}: {text}") or QMessageBox.StandardButton.Ok
            ),
        )
    return seen


@pytest.fixture
def hook(monkeypatch):
    """The program's own exception hook, as app.run_gui installs it."""
    monkeypatch.setattr("sys.excepthook", error_handling._report)


def at_desk(window, qtbot):
    window.activateWindow()
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checkin_view.search)
    return window.checkin_view


def waiting_row(window):
    return next(
        r
        for r in attendees.list_attendees(window.context.sessions, window.current_event.id)
        if not r.checked_in_at
    )


def _raise(error: BaseException):
    def fire() -> None:
        raise error

    return fire


@pytest.mark.qt_no_exception_capture
def test_errors_of_timers_go_to_the_status_line_while_the_desk_shows(
    make_window, qtbot, boxes, hook
):
    window = make_window("en")
    desk = at_desk(window, qtbot)
    row = waiting_row(window)

    QTimer.singleShot(0, _raise(RuntimeError("a timer's bug")))
    QTimer.singleShot(0, _raise(DatabaseProblem("busy")))
    qtbot.wait(200)
    assert boxes == []
    assert window.statusBar().currentMessage()  # said, without a box
    assert QApplication.focusWidget() is desk.search

    scan(row.badge_code)  # the scan's Enter checks in: no box took it
    assert "Checked in" in desk.result.text()
    fresh = attendees.list_attendees(window.context.sessions, row.event_id, row.badge_code)
    assert fresh[0].checked_in_at is not None


@pytest.mark.qt_no_exception_capture
def test_away_from_the_desk_an_error_is_still_a_box_but_a_lost_server_never(
    make_window, qtbot, boxes, hook
):
    window = make_window("en")
    window.show_view(1)  # the attendee list: staff are at the keyboard, not a scanner
    QTimer.singleShot(0, _raise(DatabaseProblem("busy")))
    qtbot.waitUntil(lambda: len(boxes) == 1)
    QTimer.singleShot(0, _raise(DatabaseProblem("server_unreachable", location="x", reason="y")))
    qtbot.wait(200)
    assert len(boxes) == 1
    assert "server" in window.statusBar().currentMessage()


def test_the_keyboard_reference_at_the_desk_leaves_the_keys_to_the_scanner(make_window, qtbot):
    """F1 at the desk: the reference shows without taking the keyboard; a badge scanned
    meanwhile is checked in (its Enter presses no OK, its letters land in no box)."""
    window = make_window("en")
    desk = at_desk(window, qtbot)
    row = waiting_row(window)
    QTest.keyClick(desk.search, Qt.Key.Key_F1)
    reference = next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and "Keyboard" in w.windowTitle()
    )
    assert QApplication.activeModalWidget() is None
    assert QApplication.focusWidget() is desk.search
    scan(row.badge_code)
    assert "Checked in" in desk.result.text()
    assert reference.isVisible()  # still there to read
    reference.close()


def test_print_at_check_in_without_a_printer_asks_nothing_after_a_scan(
    make_window, qtbot, monkeypatch
):
    """The desk prints at each check-in but no printer was chosen yet: the scan's Enter
    opens no printer dialog (the next scan's letters would choose a printer and its Enter
    press OK); the desk says how to choose one, and the next scan is checked in."""
    from smartnet_desktop.ui.dialogs.desk_printer_dialog import DeskPrinterDialog

    opened: list[str] = []
    monkeypatch.setattr(DeskPrinterDialog, "exec", lambda self: opened.append("printer") or 0)
    window = make_window("en")
    window.context.settings.desk_printer = ""
    window.desk_actions.print_on_check_in_action.trigger()
    assert window.context.settings.print_on_check_in
    desk = at_desk(window, qtbot)
    first, second = [
        r
        for r in attendees.list_attendees(window.context.sessions, window.current_event.id)
        if not r.checked_in_at
    ][:2]
    scan(first.badge_code)
    assert opened == [] and QApplication.activeModalWidget() is None
    assert "F10" in desk.print_status.text()
    scan(second.badge_code)
    assert "Checked in" in desk.result.text()
    fresh = attendees.list_attendees(window.context.sessions, second.event_id, second.badge_code)
    assert fresh[0].checked_in_at is not None
    QTest.keyClick(desk.search, Qt.Key.Key_F10)  # F10 is staff asking: then it may ask
    assert opened == ["printer"]


def test_badge_work_failing_after_a_switch_to_the_desk_opens_no_box(make_window, qtbot, boxes):
    """A badge render started in the Badges view ends with an error after staff went to
    the desk: said on the status line, not in a box that the next scan's Enter closes."""
    window = make_window("en")
    at_desk(window, qtbot)
    window.badges_view._failed(DatabaseProblem("busy"))
    assert boxes == []
    assert window.statusBar().currentMessage()
    window.show_view(1)
    window.badges_view._failed(DatabaseProblem("busy"))
    assert len(boxes) == 1  # away from the desk a box still says it
