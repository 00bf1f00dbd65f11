"""Issue 22 item 12: the desk's log lists every scan and typed Enter since the window
opened, unknown codes and refusals too, with time and result; F12 (the key table's
"desk.log") shows it without taking the keyboard; it is saved as CSV; an error sound is
on by default for problems and can be switched off."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from smartnet_desktop.keys import KEYS
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import focused, key, scan, type_keys
from tests.ui.test_checkin_desk import _desk, _row


def _log_key():
    [entry] = [k for k in KEYS if k.action == "desk.log"]
    assert entry.keys == ("F12",)
    return Qt.Key.Key_F12


def test_a_burst_of_scans_with_one_failure_shows_which(make_window, qtbot, monkeypatch, tmp_path):
    window, desk = _desk(make_window, qtbot)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    people = [_row(window, name) for name in ("zolc", "lindqvist", "traumer", "weissbach")]
    for row in people[:2]:
        scan(row.badge_code)
    assert beeps == []  # check-ins are silent unless the sound for each result is on
    scan("QQQQQQ")  # unknown code
    qtbot.waitUntil(lambda: len(beeps) == 2)  # the error sound: on by default
    scan(people[0].badge_code)  # a refusal: already checked in
    for row in people[2:]:
        scan(row.badge_code)
    type_keys("Müllersch")  # a typed name, one key at a time
    key(Qt.Key.Key_Return)

    key(_log_key())
    panel = desk.log_panel
    assert panel is not None and panel.isVisible()
    assert focused() is desk.search  # the log never takes the scanner's keys
    table = panel.table
    assert table.rowCount() == 7
    newest_first = [
        (table.item(r, 1).text(), table.item(r, 2).text()) for r in range(table.rowCount())
    ]
    assert newest_first[0][0] == "Müllersch" and "Müllerschön" in newest_first[0][1]
    entered = [e for e, _ in reversed(newest_first)]
    assert entered[2] == "QQQQQQ" and "QQQQQQ" in newest_first[4][1]
    assert "Already checked in" in newest_first[3][1]
    problems = [e.entered for e in desk.log.entries if e.outcome != Outcome.CHECKED_IN]
    assert problems == ["QQQQQQ", people[0].badge_code]

    scan(_row(window, "kuhnemund").badge_code)  # a scan while the log is open: to the desk
    assert _row(window, "kuhnemund").checked_in_at is not None
    assert table.rowCount() == 8

    target = tmp_path / "log.csv"
    monkeypatch.setattr(
        "smartnet_desktop.ui.views.desk_log.save_file_name", lambda *a, **k: str(target)
    )
    panel.findChild(QPushButton, "desk_log_save").click()
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle, delimiter=";"))
    assert rows[0] == ["Time", "Entered", "Result"] and len(rows) == 9
    assert rows[3][1] == "QQQQQQ" and rows[3][2].startswith("! ")
    assert focused() is desk.search


def test_the_error_sound_can_be_switched_off(make_window, qtbot, monkeypatch):
    window, desk = _desk(make_window, qtbot)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    assert window.context.settings.desk_error_sound
    window.desk_actions.desk_error_sound_action.trigger()
    assert not window.context.settings.desk_error_sound
    scan("QQQQQQ")
    QApplication.processEvents()
    assert beeps == [] and desk.result.outcome == Outcome.NOT_FOUND
