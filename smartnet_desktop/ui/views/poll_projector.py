"""The results of one poll full screen, for the projector: the question in big type over
the bars. F11 switches full screen on and off, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from smartnet_desktop.domain.record_rows import PollResult
from smartnet_desktop.ui.views.poll_chart import PollChart


class PollProjector(QWidget):
    def __init__(self, result: PollResult, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(result.question)
        self.setStyleSheet("background: white; color: black;")
        self.question = QLabel(result.question)
        self.question.setWordWrap(True)
        font = self.question.font()
        font.setPointSize(40)
        font.setBold(True)
        self.question.setFont(font)
        self.chart = PollChart(32)
        self.chart.set_result(result)
        self.total = QLabel()
        small = self.total.font()
        small.setPointSize(24)
        self.total.setFont(small)
        self.total.setText(self.tr("%n votes in all", "", result.total))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.addWidget(self.question)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.total)

    def set_result(self, result: PollResult) -> None:
        self.question.setText(result.question)
        self.chart.set_result(result)
        self.total.setText(self.tr("%n votes in all", "", result.total))

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)
