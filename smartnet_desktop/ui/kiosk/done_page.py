"""The last page: checked in, and where the badge is. "Fertig" (or 20 s without input)
returns to the start."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from smartnet_desktop.ui.kiosk.style import NAME_PT, big_button, text_label


class DonePage(QWidget):
    finished = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.heading = text_label(NAME_PT, bold=True)
        self.heading.setObjectName("kiosk_done")
        self.badge_state = text_label()
        self.badge_state.setObjectName("kiosk_badge_state")
        self.finish = big_button("kiosk_finish")
        self.finish.clicked.connect(self.finished)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addStretch(1)
        layout.addWidget(self.heading)
        layout.addSpacing(30)
        layout.addWidget(self.badge_state)
        layout.addStretch(1)
        layout.addWidget(self.finish)
        self.retranslate()

    def retranslate(self) -> None:
        self.finish.setText(self.tr("Done"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_done(self, heading: str, badge_state: str) -> None:
        self.heading.setText(heading)
        self.badge_state.setText(badge_state)
        self.finish.setFocus()

    def say_badge(self, text: str) -> None:
        self.badge_state.setText(text)

    def reset(self) -> None:
        self.heading.clear()
        self.badge_state.clear()
