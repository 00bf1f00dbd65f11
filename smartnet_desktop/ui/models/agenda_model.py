"""Table model over the agenda rows of one event, times already computed by the service.

Rows can be dragged to a new place; the model does not move them itself but asks for the
new order (`reorderRequested`), which the view writes through the service and reloads.
"""

from __future__ import annotations

import json
from datetime import datetime

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from smartnet_desktop.domain.rows import AgendaRow

COLUMNS = 6
MIME_TYPE = "application/x-smartnet-agenda-ids"


class AgendaTableModel(QAbstractTableModel):
    reorderRequested = Signal(list)  # item ids in the new order

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AgendaRow] = []
        self._current: int | None = None  # item id running now (on the day of the event)

    def set_rows(self, rows: list[AgendaRow], now: datetime | None = None, event_date=None) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._current = None
        if now is not None and event_date == now.date():
            moment = now.time()
            self._current = next(
                (r.id for r in rows if r.start and r.end and r.start <= moment < r.end), None
            )
        self.endResetModel()

    def rows(self) -> list[AgendaRow]:
        return list(self._rows)

    def current_item(self) -> int | None:
        return self._current

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
                pin = " ⚑" if row.fixed_start else ""
                return f"{start} – {end}{pin}"
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
            if row.fixed_start:
                return self.tr("Fixed start time")
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and column == 0
            and (row.overlaps or row.past_end)
        ):
            return QBrush(QColor("#b00020"))
        if role == Qt.ItemDataRole.BackgroundRole and row.id == self._current:
            return QBrush(QColor("#fff3c4"))
        return None

    # -- drag and drop -------------------------------------------------------------------
    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if not index.isValid():
            return base | Qt.ItemFlag.ItemIsDropEnabled
        return base | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:  # noqa: N802
        ids = sorted(
            {self._rows[i.row()].id for i in indexes if i.isValid()},
            key=lambda item_id: next(n for n, r in enumerate(self._rows) if r.id == item_id),
        )
        data = QMimeData()
        data.setData(MIME_TYPE, json.dumps(ids).encode())
        return data

    def dropMimeData(self, data: QMimeData, action, row: int, column: int, parent) -> bool:  # noqa: N802
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME_TYPE):
            return False
        moved = json.loads(bytes(data.data(MIME_TYPE)).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._rows))
        order = [r.id for r in self._rows]
        before = order[:target]
        kept_before = [i for i in before if i not in moved]
        rest = [i for i in order if i not in moved and i not in kept_before]
        new_order = kept_before + moved + rest
        if new_order != order:
            self.reorderRequested.emit(new_order)
        return False  # the view reloads; Qt must not remove the dragged rows itself
