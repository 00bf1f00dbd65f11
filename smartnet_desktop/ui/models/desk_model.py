"""The desk's list: this meeting's matches, then a separator row and, greyed, the people of
the network who match but are not registered for this meeting (issue 22 item 4).

The registered rows keep the fast in-memory filter of AttendeeTableModel; the few others
(at most a handful) come from the database and are set beside them."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.models.attendee_model import ROW_ROLE, AttendeeTableModel, Column

_GREY = QBrush(QColor("#757575"))


class DeskTableModel(AttendeeTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(columns, parent)
        self._others: list[AttendeeRow] = []

    def set_others(self, rows: Sequence[AttendeeRow]) -> None:
        """People not registered for this meeting, shown below the separator."""
        if not rows and not self._others:
            return
        self.beginResetModel()
        self._others = list(rows)
        self.endResetModel()

    def _refilter(self) -> None:
        # A longer text only narrows: the others shown are narrowed at once with the same
        # rule, until the database's answer for the new text replaces them.
        predicate = self._predicate
        self._others = [] if predicate is None else [r for r in self._others if predicate(r)]
        super()._refilter()

    def others(self) -> list[AttendeeRow]:
        return list(self._others)

    def registered_count(self) -> int:
        return len(self._visible)

    def separator_row(self) -> int:
        """The row of the separator, -1 without people below it."""
        return len(self._visible) if self._others else -1

    def is_other(self, row: int) -> bool:
        return bool(self._others) and row > len(self._visible)

    def row_at(self, row: int) -> AttendeeRow:
        if row < len(self._visible):
            return self._visible[row]
        return self._others[row - len(self._visible) - 1]

    def selectable(self, row: int) -> bool:
        return 0 <= row < self.rowCount() and row != self.separator_row()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        if parent.isValid():
            return 0
        return len(self._visible) + (len(self._others) + 1 if self._others else 0)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and index.row() == self.separator_row():
            return Qt.ItemFlag.NoItemFlags
        return super().flags(index)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or index.row() < len(self._visible):
            return super().data(index, role)
        if index.row() == self.separator_row():
            return self._separator(index.column(), role)
        row = self.row_at(index.row())
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ForegroundRole:
            return _GREY
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self._columns[index.column()]
        if column in (Column.NAME, Column.ORGANIZATION):
            return self._display(row, column)
        return ""  # another meeting's badge code and status say nothing here

    def _separator(self, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole:
            return _GREY
        if role != Qt.ItemDataRole.DisplayRole or column != 0:
            return None
        return "— " + self.tr("not registered — %1: register and check in").replace(
            "%1", key_of("desk.check_in")
        )
