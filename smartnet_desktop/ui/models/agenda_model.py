"""Table model over the agenda rows of one event, times already computed by the service."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from smartnet_desktop.domain.rows import AgendaRow

COLUMNS = 6


class AgendaTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []

    def set_rows(self, rows: list[AgendaRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[AgendaRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else COLUMNS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [
            self.tr("Time"),
            self.tr("Duration"),
            self.tr("Title"),
            self.tr("Speaker / responsible"),
            self.tr("Location"),
            self.tr("Kind"),
        ]
        return headers[section] if 0 <= section < COLUMNS else None

    def kind_text(self, kind: str) -> str:
        return {
            "talk": self.tr("Talk"),
            "tour": self.tr("Tour"),
            "discussion": self.tr("Discussion"),
            "break": self.tr("Break"),
            "networking": self.tr("Networking"),
        }.get(kind, kind)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                start = row.start.strftime("%H:%M") if row.start else ""
                end = row.end.strftime("%H:%M") if row.end else ""
                return f"{start} – {end}"
            if column == 1:
                return self.tr("%n min", "", row.duration_minutes)
            return [None, None, row.title, row.speaker, row.location, self.kind_text(row.kind)][
                column
            ]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            if row.overlaps:
                return self.tr("Overlaps the previous item")
            if row.past_end:
                return self.tr("Runs past the end of the event")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 0
            and (row.overlaps or row.past_end)
        ):
            return QBrush(QColor("#b00020"))
        return None
