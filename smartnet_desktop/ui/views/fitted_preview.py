"""A page shown whole, as large as its box allows: the badge preview.

A page image of a fixed size in a narrower box was cut on both sides at 1024×700
("etlef ckerbauer"); scaled to the box on every resize, the whole sheet stays in view.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QLabel, QSizePolicy


class FittedPreview(QLabel):
    def __init__(self, text: str, parent=None) -> None:
        super().__init__(text, parent)
        self._page = QPixmap()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # The page's own size must not widen the box: the box decides, the page follows.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)

    def set_page(self, image: QImage) -> None:
        self._page = QPixmap.fromImage(image)
        self._fit()

    def clear_page(self) -> None:
        self._page = QPixmap()
        self.setPixmap(QPixmap())

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        if self._page.isNull():
            return
        room = self.contentsRect().size()
        if room.width() < 2 or room.height() < 2:
            return
        self.setPixmap(
            self._page.scaled(
                room,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
        )
