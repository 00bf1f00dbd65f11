"""Typing into widgets: qtbot.keyClicks aborts on non-ASCII (see TESTING.md)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest


def type_text(widget, text: str) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )


def press_enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)
