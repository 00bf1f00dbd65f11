"""Issue 22 item 9 with real key events: at 1280×800 and 1024×700, in German and English,
every view reached the way staff reach it (Ctrl+1 … Ctrl+9, one key event each) shows
every column heading whole, and the desk's band and hint line lie inside the window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from smartnet_desktop.keys import VIEW_COUNT
from tests.typing_helpers import type_keys
from tests.ui.test_views_fit import SIZES, cut_headings

_DIGITS = [getattr(Qt.Key, f"Key_{n}") for n in range(1, VIEW_COUNT + 1)]


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("size", SIZES)
def test_every_view_reached_by_its_key_fits(make_window, qtbot, language, size):
    window = make_window(language)
    window.resize(*size)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == size)
    window.activateWindow()
    problems, reached = {}, set()
    for digit in _DIGITS:
        QTest.keyClick(window, digit, Qt.KeyboardModifier.ControlModifier)
        QApplication.processEvents()
        view = window.stack.currentWidget()
        reached.add(view)
        cut = cut_headings(view)
        if cut:
            problems[type(view).__name__] = cut
    assert len(reached) == VIEW_COUNT  # each key led to its own view
    assert not problems, problems


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_desk_with_people_not_registered_fits_at_1024(make_window, qtbot, language):
    """The separator's words and the band's two counts stay inside the window."""
    from tests.ui.test_checkin_desk import _desk

    window, desk = _desk(make_window, qtbot, event="Mühlhausen", language=language)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: (window.width(), window.height()) == (1024, 700))
    type_keys("ulrike")
    qtbot.waitUntil(lambda: bool(desk.model.others()), timeout=5000)
    separator = desk.model.separator_row()
    rect = desk.table.visualRect(desk.model.index(separator, 0))
    text = desk.model.index(separator, 0).data()
    assert desk.table.fontMetrics().horizontalAdvance(text) < rect.width()
    for widget in (desk.result, desk.consent_hint, desk.search):
        right = widget.mapTo(window, widget.rect().bottomRight())
        assert right.x() <= window.width() and right.y() <= window.height(), widget.objectName()
    assert cut_headings(desk) == []
