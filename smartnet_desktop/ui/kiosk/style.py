"""The kiosk's look: calm, large and of high contrast (black on white, dark blue buttons),
for people standing a step away from the screen and for touch."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QPushButton, QSizePolicy

NAME_PT = 40  # names at least 32 pt (issue 27 item 1)
TEXT_PT = 24
BUTTON_PT = 26

SHEET = """
QWidget#kiosk { background: #ffffff; color: #111111; }
QLabel { color: #111111; }
QLabel#kiosk_message { color: #7a1f00; }
QLineEdit { font-size: 26pt; padding: 10px; border: 3px solid #111111; border-radius: 6px;
            background: #ffffff; color: #111111; }
QPushButton { font-size: 26pt; padding: 16px 28px; min-height: 64px; border-radius: 8px;
              background: #0b3d91; color: #ffffff; border: 3px solid #0b3d91; }
QPushButton:focus { border: 4px solid #ffb300; }
QPushButton:pressed { background: #062a66; }
QPushButton#kiosk_quiet { font-size: 14pt; padding: 6px 12px; min-height: 0;
                          background: #ffffff; color: #333333; border: 2px solid #888888; }
"""


def text_label(points: int = TEXT_PT, bold: bool = False) -> QLabel:
    label = QLabel()
    font = QFont()
    font.setPointSize(points)
    font.setBold(bold)
    label.setFont(font)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


def big_button(name: str) -> QPushButton:
    """A large button that never acts as a default: Enter from a scanner presses nothing."""
    button = QPushButton()
    button.setObjectName(name)
    button.setAutoDefault(False)
    button.setDefault(False)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return button


def quiet_button(name: str) -> QPushButton:
    """A small button for staff or the language, out of the way of the attendee's flow."""
    button = QPushButton()
    button.setObjectName("kiosk_quiet")
    button.setAccessibleName(name)
    button.setAutoDefault(False)
    return button
