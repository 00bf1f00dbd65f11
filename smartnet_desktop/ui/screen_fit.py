"""The main window opens inside the screen it opens on, title bar and status bar included.

A fixed 1280×800 (or a geometry remembered on a larger screen) put the status bar of a
1280×800 laptop below the screen's edge. The window's frame (the window manager's title
bar and borders) is known only once the window manager has framed the shown window, so
the window is fitted twice: before it is shown with a guessed frame (size only: the window
manager places it), and again when the real frame is known (size and place).
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The title bar and borders a window manager adds, until the real ones are known.
_GUESSED_FRAME = QMargins(4, 30, 4, 4)
_FRAME_WAIT_MS = 100
_FRAME_WAIT_TRIES = 30  # three seconds for a window manager to frame the window


def _screen_of(window: QWidget):
    """The screen under the window's centre, else the one Qt placed it on, else the first."""
    return (
        QGuiApplication.screenAt(window.frameGeometry().center())
        or window.screen()
        or QGuiApplication.primaryScreen()
    )


def _frame_margins(window: QWidget) -> QMargins | None:
    """The frame the window manager drew around the window; None while there is none yet."""
    frame, inner = window.frameGeometry(), window.geometry()
    if frame == inner:
        return None
    return QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )


def fitted_size(size: QSize, frame: QMargins, available: QRect) -> QSize:
    """`size` (the window without its frame) made small enough for its frame to fit."""
    return size.boundedTo(available.marginsRemoved(frame).size())


def fitted_position(frame_rect: QRect, available: QRect) -> QPoint:
    """Where the framed window's top-left corner goes so that it lies inside `available`."""
    left = min(max(frame_rect.left(), available.left()), available.right() - frame_rect.width() + 1)
    top = min(max(frame_rect.top(), available.top()), available.bottom() - frame_rect.height() + 1)
    return QPoint(max(left, available.left()), max(top, available.top()))


def _limit_minimum(window: QWidget, room: QSize) -> None:
    """A minimum size larger than the screen would hold the window over its edges."""
    window.setMinimumSize(window.minimumSize().boundedTo(room))


def fit_before_show(window: QWidget) -> None:
    """Before the first show: a size (default or remembered) that fits the screen with a
    usual frame; a remembered place is moved onto the screen."""
    screen = _screen_of(window)
    if screen is None:
        return
    available = screen.availableGeometry()
    _limit_minimum(window, available.marginsRemoved(_GUESSED_FRAME).size())
    size = fitted_size(window.size(), _GUESSED_FRAME, available)
    if size != window.size():
        window.resize(size)


def fit_shown(window: QWidget) -> bool:
    """Once framed: shrink and move the window so that its frame lies inside the available
    screen area (the desktop without task bars and docks). False while not framed yet."""
    frame = _frame_margins(window)
    if frame is None:
        return False
    screen = _screen_of(window)
    if screen is None or window.isMaximized() or window.isFullScreen():
        return True
    available = screen.availableGeometry()
    _limit_minimum(window, available.marginsRemoved(frame).size())
    size = fitted_size(window.size(), frame, available)
    if size != window.size():
        window.resize(size)
    framed = QRect(window.frameGeometry().topLeft(), size.grownBy(frame))
    place = fitted_position(framed, available)
    if place != framed.topLeft():
        window.move(place)  # move() places the frame's corner
    return True


def keep_on_screen_once_shown(window: QWidget, tries: int = _FRAME_WAIT_TRIES) -> None:
    """Fit the shown window when the window manager has framed it (without a window manager
    there is no frame, and the size fitted before the show stands)."""

    def attempt(left: int) -> None:
        if not fit_shown(window) and left > 0:
            QTimer.singleShot(_FRAME_WAIT_MS, window, lambda: attempt(left - 1))

    QTimer.singleShot(0, window, lambda: attempt(tries))
