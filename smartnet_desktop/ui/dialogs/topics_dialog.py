"""The topic catalogue: each topic with its area and the other words surveys use for it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
)

from smartnet_desktop.services import topics
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations


class TopicsDialog(FormDialog):
    def __init__(self, sessions, operations: Operations, parent=None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._operations = operations  # every save through the window's runner
        self.setWindowTitle(self.tr("Topics"))
        self.resize(820, 520)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Topic"), self.tr("Area"), self.tr("Other words (separated by ;)")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self._ids: list[int | None] = []
        for row in topics.list_topics(sessions):
            self._add_row(row.id, row.name, row.area, "; ".join(row.synonyms))
        self.table.resizeColumnToContents(0)
        add, remove = QPushButton(self.tr("Add topic")), QPushButton(self.tr("Remove topic"))
        add.clicked.connect(lambda: self._add_row(None, "", "field", ""))
        remove.clicked.connect(self._remove)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        self.finish(self.table, buttons)

    def _add_row(self, topic_id: int | None, name: str, area: str, synonyms: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        box = QComboBox()
        for key in ("field", "process"):
            box.addItem(formatting.area_text(key), key)
        box.setCurrentIndex(box.findData(area))
        self.table.setCellWidget(row, 1, box)
        self.table.setItem(row, 2, QTableWidgetItem(synonyms))
        self._ids.append(topic_id)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        name = self.table.item(row, 0).text()
        asked = QMessageBox.question(
            self,
            self.tr("Remove topic"),
            fill(self.tr("Remove “%1” and every survey answer about it?"), name),
        )
        if asked != QMessageBox.StandardButton.Yes:
            return
        topic_id = self._ids.pop(row)
        self.table.removeRow(row)
        if topic_id is not None:
            sessions = self._sessions
            self._write(lambda: topics.remove_topic(sessions, topic_id))

    def accept(self) -> None:
        for row, topic_id in enumerate(self._ids):
            name = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            if not name and topic_id is None:
                continue
            words = (self.table.item(row, 2).text() if self.table.item(row, 2) else "").split(";")
            saved = self._write(
                self._saver(name, self.table.cellWidget(row, 1).currentData(), words, topic_id)
            )
            if saved is None:  # refused: worded in the red line, the row is selected
                self.table.selectRow(row)
                return
            self._ids[row] = saved.value.id
        super().accept()

    def _saver(self, name: str, area: str, words: list[str], topic_id: int | None):
        sessions = self._sessions
        return lambda: topics.save_topic(sessions, name, area, [w.strip() for w in words], topic_id)

    def _write(self, call):
        """A write through the window's runner; None after a refusal (in the red line)."""
        return self._operations.run(call, report=self.error.setText)
