"""What keeps the kiosk a kiosk: the keys that would close or leave it are swallowed
(Esc, Ctrl+Q, Ctrl+W, Alt+F4, F1-F12), and any input restarts the idle timer that returns
the screen to the start after 20 s, so that nothing of one person stays for the next."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer

IDLE_MS = 20_000

_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.TouchBegin,
    QEvent.Type.Wheel,
}
_SWALLOWED = {
    Qt.Key.Key_Escape,
    Qt.Key.Key_F1, Qt.Key.Key_F2, Qt.Key.Key_F3, Qt.Key.Key_F4, Qt.Key.Key_F5,
    Qt.Key.Key_F6, Qt.Key.Key_F7, Qt.Key.Key_F8, Qt.Key.Key_F9, Qt.Key.Key_F10,
    Qt.Key.Key_F11, Qt.Key.Key_F12, Qt.Key.Key_Menu,
}  # fmt: skip
_SWALLOWED_WITH_CTRL = {Qt.Key.Key_Q, Qt.Key.Key_W}


def swallowed(key: int, modifiers: Qt.KeyboardModifier) -> bool:
    """Whether a key press must not reach the kiosk (it would close or leave it)."""
    if key in _SWALLOWED:
        return True
    if modifiers & Qt.KeyboardModifier.ControlModifier and key in _SWALLOWED_WITH_CTRL:
        return True
    return bool(modifiers & Qt.KeyboardModifier.AltModifier) and key == Qt.Key.Key_F4


class KioskLock(QObject):
    """Installed on the application: sees every key before any widget does."""

    def __init__(self, on_idle, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_MS)
        self.idle.timeout.connect(on_idle)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        kind = event.type()
        if kind in _INPUT:
            self.idle.start()  # any input: the person is still there
        if kind in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return swallowed(event.key(), event.modifiers())
        return False
