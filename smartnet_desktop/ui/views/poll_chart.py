"""The results of one poll as horizontal bars (the agenda view's panel and, in big type,
the projector view). Paints plain PollResult rows; reads nothing itself."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from smartnet_desktop.domain.record_rows import PollResult

BAR = QColor("#1f5fa8")


class PollChart(QWidget):
    def __init__(self, point_size: int = 10, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.result: PollResult | None = None
        self.point_size = point_size
        self.setMinimumHeight(point_size * 8)

    def set_result(self, result: PollResult | None) -> None:
        self.result = result
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt's name)
        if self.result is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(self.font())
        font.setPointSize(self.point_size)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        options = self.result.options
        row = max(metrics.height() * 1.6, (self.height() - 8) / max(1, len(options)))
        label_width = max(metrics.horizontalAdvance(o.option) for o in options) + 16
        number_width = metrics.horizontalAdvance("0000") + 16
        bar_space = max(10.0, self.width() - label_width - number_width - 8)
        most = max([o.votes for o in options] + [1])
        for index, option in enumerate(options):
            top = 4 + index * row
            painter.setPen(self.palette().color(self.foregroundRole()))
            painter.drawText(
                QRectF(0, top, label_width - 8, row),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                option.option,
            )
            length = bar_space * option.votes / most
            painter.fillRect(QRectF(label_width, top + row * 0.2, length, row * 0.6), BAR)
            painter.drawText(
                QRectF(label_width + length + 8, top, number_width, row),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(option.votes),
            )
        painter.end()
