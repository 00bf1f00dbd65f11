"""Typing into the window as a person or a USB scanner does.

qtbot.keyClicks aborts the whole process on any non-ASCII character (an assertion in Qt's
qasciikey.cpp), so every character is its own key event. Keys go to whatever widget has
the keyboard focus, as real keys do: a test that types into a widget directly would miss
a focus that wandered off.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

SCANNER_MS = 8  # a keyboard-wedge scanner: a key every few milliseconds, then Enter
TYPING_MS = 60  # a person typing


def type_text(widget, text: str, delay_ms: int = 0) -> None:
    for ch in text:
        QTest.sendKeyEvent(
            QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier
        )
        if delay_ms:
            QTest.qWait(delay_ms)


def press_enter(widget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def focused():
    widget = QApplication.focusWidget()
    assert widget is not None, "no widget has the keyboard focus"
    return widget


def type_keys(text: str, delay_ms: int = TYPING_MS) -> None:
    """Types into the focused widget, re-reading the focus before every key."""
    for ch in text:
        type_text(focused(), ch)
        QTest.qWait(delay_ms)


def key(key_code, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), key_code, modifiers)
    QTest.qWait(1)


def scan(text: str) -> None:
    """A scanner: the text at scanner speed, then Enter."""
    type_keys(text, SCANNER_MS)
    key(Qt.Key.Key_Return)
