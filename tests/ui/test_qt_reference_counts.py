"""The Qt binding must not wear None down: PySide6 6.12 took one reference from None with
every call that returns nothing, and on Python 3.11 (where None is not immortal) a desk that
ran for a while aborted with "Fatal Python error: none_dealloc". pyproject.toml keeps that
version out; this test keeps any other such version out."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

CALLS = 2000


def test_calls_that_return_nothing_leave_none_alone(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for number in range(CALLS):
        label.setText(str(number))
        label.update()
        QCoreApplication.processEvents()
    lost = before - sys.getrefcount(None)
    assert lost < CALLS // 10, f"None lost {lost} references in {CALLS} rounds of Qt calls"
