"""The topic filter of the network's views (Matches and its picture): "all topics", then
the catalogue's topics; one widget so both choose the same way."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from smartnet_desktop.services import topics


class TopicChoice(QComboBox):
    """`currentData()`: the chosen topic's name, or None for all topics."""

    def reload(self, sessions) -> None:
        """The catalogue may have changed: read it again and keep the topic chosen (all
        topics when it is gone), without announcing a change of choice."""
        chosen = self.currentData()
        self.blockSignals(True)
        try:
            self.clear()
            self.addItem(self.tr("all topics"), None)
            for row in topics.list_topics(sessions):
                self.addItem(row.name, row.name)
            self.setCurrentIndex(max(0, self.findData(chosen)))
        finally:
            self.blockSignals(False)
