"""First run: no event yet. Offers to create one or to open the demo meeting."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    createEventRequested = Signal()
    demoRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        welcome = self.tr("Welcome to SmartNet Desktop")
        heading = QLabel(f"<h1>{welcome}</h1>")
        text = QLabel(
            self.tr(
                "This database holds no event yet. Create the next meeting of your network, "
                "or look around in the demo meeting (4th network meeting in Gera, 2022)."
            )
        )
        text.setWordWrap(True)
        text.setFixedWidth(560)  # a wrapped label in a centred layout otherwise shrinks to nothing
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setFixedHeight(text.heightForWidth(560) + 8)
        self.create_button = QPushButton(self.tr("Create event…"))
        self.demo_button = QPushButton(self.tr("Open the demo meeting"))
        for button in (self.create_button, self.demo_button):
            button.setMinimumHeight(44)
            button.setMinimumWidth(320)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.createEventRequested)
        self.demo_button.clicked.connect(self.demoRequested)

        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for widget in (heading, text, self.create_button, self.demo_button):
            layout.addWidget(widget, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
