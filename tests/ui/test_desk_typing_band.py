"""Issue 22 items 2 and 3, driven with real key events one at a time: the band follows
every keystroke, and after an ambiguous Enter typing more narrows the text."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import focused, key, scan, type_keys
from tests.ui.test_checkin_desk import _checked_in, _desk, _row


def test_every_keystroke_resets_the_band_to_the_live_count(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("th")
    key(Qt.Key.Key_Return)  # ambiguous: "N people match"
    assert desk.result.outcome == Outcome.CHOOSE
    before = desk.model.registered_count()
    type_keys("ü")  # each key: the band follows the rows shown, in neutral colours
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.INFO)
    assert desk.model.registered_count() < before
    assert f"{desk.model.registered_count()} registered people match" in desk.result.text()
    key(Qt.Key.Key_Return)
    assert desk.result.outcome == Outcome.CHOOSE
    key(Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: desk.result.outcome == Outcome.INFO)
    assert f"{desk.model.registered_count()} registered people match" in desk.result.text()
    for _ in range(len(desk.search.text())):
        key(Qt.Key.Key_Backspace)
    qtbot.waitUntil(lambda: desk.result.outcome is None)
    assert "Ready" in desk.result.text()


def test_after_an_ambiguous_enter_typing_more_narrows(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("thüringer")
    key(Qt.Key.Key_Return)
    assert desk.result.outcome == Outcome.CHOOSE
    assert focused() is desk.search
    assert desk.search.selectedText() == ""
    assert desk.search.cursorPosition() == len("thüringer")
    rows = desk.model.rowCount()
    assert rows > 1
    first = desk.model.row_at(0)
    type_keys(" " + first.given_name[:3])  # narrows instead of replacing
    assert desk.search.text().startswith("thüringer ")


def test_a_scan_typed_after_an_ambiguous_enter_is_still_recognised(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "zolc")
    type_keys("thüringer")
    key(Qt.Key.Key_Return)
    assert _checked_in(window) == 0
    scan(target.badge_code)  # appended to the text, not replacing it
    assert _row(window, "zolc").checked_in_at is not None
    assert desk.result.outcome == Outcome.CHECKED_IN
    assert desk.search.text() == ""
