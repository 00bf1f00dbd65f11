"""The first thing on screen: a small start window while the database opens.

Loading the database library, opening the file (or reaching a server over the network) and
building the window take a second or more on a staff laptop; with nothing on screen
meanwhile, people click the icon again. This shows before any of that is loaded, and goes
when the window is there (or before any dialog that opening the database may need)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QLabel

from smartnet_desktop import __version__

WIDTH, HEIGHT = 520, 170
# The frameless start screen's name in the window system's lists (task bar, xdotool): tests
# that drive the real window wait for the main window, not for this.
TITLE = "SmartNet Desktop (Start)"
ACCENT = QColor("#1f5f8b")  # the calm blue of the desk's band


def start_screen() -> QLabel:
    """The start window, not yet shown: a picture in the middle of the screen.

    A plain frameless window rather than QSplashScreen, which waits up to a second for the
    window system to report it exposed (on some platforms it never does)."""
    screen = QLabel()
    screen.setWindowTitle(TITLE)
    screen.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    screen.setPixmap(_picture())
    screen.resize(WIDTH, HEIGHT)
    available = QGuiApplication.primaryScreen().availableGeometry()
    screen.move(available.center() - screen.rect().center())
    return screen


def _picture() -> QPixmap:
    pixmap = QPixmap(WIDTH, HEIGHT)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("#b0b0b0"))  # an edge: the window has no frame of its own
        painter.drawRect(0, 0, WIDTH - 1, HEIGHT - 1)
        painter.fillRect(0, 0, WIDTH, 8, ACCENT)
        title = QFont()
        title.setPointSize(22)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(ACCENT)
        painter.drawText(
            QRect(24, 28, WIDTH - 48, 44), Qt.AlignmentFlag.AlignLeft, "SmartNet Desktop"
        )
        small = QFont()
        small.setPointSize(10)
        painter.setFont(small)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRect(24, 76, WIDTH - 48, 40),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate(
                "StartScreen", "The event desk of the network — version %1"
            ).replace("%1", __version__),
        )
        painter.drawText(
            QRect(24, HEIGHT - 40, WIDTH - 48, 24),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("StartScreen", "Opening the database …"),
        )
    finally:
        painter.end()
    return pixmap
