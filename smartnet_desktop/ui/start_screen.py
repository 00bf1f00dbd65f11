"""The first thing on screen: a small start window while the database opens.

Loading the database library, opening the file (or reaching a server over the network) and
building the window take a second or more on a staff laptop; with nothing on screen
meanwhile, people click the icon again. This shows before any of that is loaded, and goes
when the window is there (or before any dialog that opening the database may need).

On a SQLite desk it also shows the first screenful of attendees, read with sqlite3 alone
(services/first_glance.py) while SQLAlchemy and the window load (issue 24 item 5). The
preview takes no focus: the window takes keys and scans as it did before."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop import __version__

WIDTH, HEIGHT = 520, 170
PREVIEW_WIDTH, PREVIEW_HEIGHT = 900, 560  # with the first screenful under the picture
# The frameless start screen's name in the window system's lists (task bar, xdotool): tests
# that drive the real window wait for the main window, not for this.
TITLE = "SmartNet Desktop (Start)"
ACCENT = QColor("#1f5f8b")  # the calm blue of the desk's band


def start_screen() -> QWidget:
    """The start window, not yet shown: a picture in the middle of the screen.

    A plain frameless window rather than QSplashScreen, which waits up to a second for the
    window system to report it exposed (on some platforms it never does)."""
    screen = QWidget()
    screen.setWindowTitle(TITLE)
    screen.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    layout = QVBoxLayout(screen)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(0)
    picture = QLabel()
    picture.setPixmap(_picture())
    layout.addWidget(picture)
    screen.resize(WIDTH, HEIGHT)
    _centre(screen)
    return screen


def show_first_glance(screen: QWidget, glance) -> QTableWidget:
    """The first screenful (a services.first_glance.FirstGlance) under the picture, read-only;
    the table is returned (app.py notes when it is first painted)."""
    from smartnet_desktop.ui import formatting
    from smartnet_desktop.ui.i18n import fill

    layout = screen.layout()
    layout.itemAt(0).widget().setPixmap(_picture(PREVIEW_WIDTH))  # as wide as the table
    screen.setStyleSheet("background: white")
    heading = QLabel(
        fill(
            QCoreApplication.translate(
                "StartScreen",
                "%1 – %2 registered · %3 checked in (%4 walk-ins) · %5 still expected",
            ),
            glance.event_title,
            glance.registered,
            glance.checked_in,
            glance.walk_ins,
            glance.expected,
        )
    )
    heading.setContentsMargins(12, 6, 12, 6)
    layout.addWidget(heading)
    headers = [
        QCoreApplication.translate("StartScreen", "Name"),
        QCoreApplication.translate("StartScreen", "Organisation"),
        QCoreApplication.translate("StartScreen", "Badge code"),
        QCoreApplication.translate("StartScreen", "Status"),
        QCoreApplication.translate("StartScreen", "Photos"),
        QCoreApplication.translate("StartScreen", "Contact sharing"),
    ]
    table = QTableWidget(len(glance.rows), len(headers))
    table.setHorizontalHeaderLabels(headers)
    for number, row in enumerate(glance.rows):
        texts = (
            row.display_name,
            row.organization,
            row.badge_code,
            formatting.status_text(row),
            formatting.photo_text(row.photo_objection),
            formatting.contact_text(row.contact_sharing),
        )
        for column, text in enumerate(texts):
            table.setItem(number, column, QTableWidgetItem(text))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys and scans wait for the desk
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    layout.addWidget(table, 1)
    screen.resize(PREVIEW_WIDTH, PREVIEW_HEIGHT)
    _centre(screen)
    return table


def _centre(screen: QWidget) -> None:
    available = QGuiApplication.primaryScreen().availableGeometry()
    screen.move(available.center() - screen.rect().center())


def _picture(width: int = WIDTH) -> QPixmap:
    pixmap = QPixmap(width, HEIGHT)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    try:
        painter.setPen(QColor("#b0b0b0"))  # an edge: the window has no frame of its own
        painter.drawRect(0, 0, width - 1, HEIGHT - 1)
        painter.fillRect(0, 0, width, 8, ACCENT)
        title = QFont()
        title.setPointSize(22)
        title.setBold(True)
        painter.setFont(title)
        painter.setPen(ACCENT)
        painter.drawText(
            QRect(24, 28, width - 48, 44), Qt.AlignmentFlag.AlignLeft, "SmartNet Desktop"
        )
        small = QFont()
        small.setPointSize(10)
        painter.setFont(small)
        painter.setPen(QColor("#555555"))
        painter.drawText(
            QRect(24, 76, width - 48, 40),
            Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap,
            QCoreApplication.translate(
                "StartScreen", "The event desk of the network — version %1"
            ).replace("%1", __version__),
        )
        painter.drawText(
            QRect(24, HEIGHT - 40, width - 48, 24),
            Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("StartScreen", "Opening the database …"),
        )
    finally:
        painter.end()
    return pixmap
