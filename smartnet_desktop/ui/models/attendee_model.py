"""Table model over a list of AttendeeRow; filters and sorts in memory for speed.

A QSortFilterProxyModel calls back into Python once per row on every keystroke; with
20,000 attendees that is too slow for the desk, so the model keeps the visible list itself.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence
from enum import IntEnum
from functools import lru_cache

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.domain.search import name_sort_text, normalise
from smartnet_desktop.ui import formatting


class Column(IntEnum):
    NAME = 0
    ORGANIZATION = 1
    ROLE = 2
    BADGE_CODE = 3
    STATUS = 4
    PRINTED = 5
    PHOTO = 6
    CONTACT = 7
    EMAIL = 8
    PHONE = 9
    REPRINT = 10
    NEW = 11  # "neu": at the first meeting of the series (ui/newcomer_marks.py)


# Sorting 20,000 names after every check-in, and in each of the five lists at start-up,
# must stay cheap: fold each text only once; names sort by the key the database stores
# (rows arrive in that order already), folded here only for rows made without it.
_fold = lru_cache(maxsize=200_000)(normalise)


def _name_key(row: AttendeeRow) -> str:
    return row.sort_key or name_sort_text(row.family_name, row.given_name)


_SORT_KEYS: dict[Column, Callable[[AttendeeRow], object]] = {
    Column.NAME: _name_key,
    Column.ORGANIZATION: lambda r: _fold(r.organization),
    Column.ROLE: lambda r: _fold(r.role),
    Column.BADGE_CODE: lambda r: r.badge_code,
    Column.STATUS: lambda r: (r.checked_in_at is None, r.checked_in_at or 0, r.walk_in),
    Column.PRINTED: lambda r: (r.badge_printed_at is None, r.badge_printed_at or 0),
    Column.PHOTO: lambda r: not r.photo_objection,
    Column.CONTACT: lambda r: r.contact_sharing,
    Column.EMAIL: lambda r: r.email.casefold(),
    Column.PHONE: lambda r: r.phone,
    Column.REPRINT: lambda r: not r.needs_reprint,
}

ROW_ROLE = Qt.ItemDataRole.UserRole + 1


class AttendeeTableModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._all: list[AttendeeRow] = []
        self._visible: list[AttendeeRow] = []
        self._predicate: Callable[[AttendeeRow], bool] | None = None
        self._sort: tuple[Column, Qt.SortOrder] | None = None
        self._by_registration: dict[int, AttendeeRow] = {}
        self._pending: frozenset[int] = frozenset()  # registrations queued at an offline desk
        self._is_new: Callable[[AttendeeRow], bool] = lambda _row: False
        self._new_organisation: Callable[[AttendeeRow], bool] = lambda _row: False

    # -- content -------------------------------------------------------------------------
    def set_rows(self, rows: list[AttendeeRow], fresh: Sequence[AttendeeRow] | None = None) -> None:
        """All rows of the event. `fresh` (optional) are the rows among them that changed;
        when they keep their place in the order they are swapped in, because sorting
        20,000 rows after every check-in would keep the next person waiting."""
        if not (fresh and self._swap_in_place(fresh)):
            self._all = self._sorted(rows)
            self._by_registration = {r.registration_id: r for r in self._all}
        self._refilter()

    def _swap_in_place(self, fresh: Sequence[AttendeeRow]) -> bool:
        if self._sort is None or self._sort[1] != Qt.SortOrder.AscendingOrder:
            return False
        key = self._sort_key(self._sort[0])
        places = []
        for row in fresh:
            old = self._by_registration.get(row.registration_id)
            if old is None or key(old) != key(row):
                return False
            index = bisect.bisect_left(self._all, key(old), key=key)
            while index < len(self._all) and self._all[index] is not old:
                index += 1
            if index == len(self._all):
                return False
            places.append((index, row))
        for index, row in places:
            self._all[index] = row
            self._by_registration[row.registration_id] = row
        return True

    def _sorted(self, rows: list[AttendeeRow]) -> list[AttendeeRow]:
        if not self._sort:
            return list(rows)
        column, order = self._sort
        return sorted(rows, key=self._sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, column: Column) -> Callable[[AttendeeRow], object]:
        if column == Column.NEW:
            return lambda r: not self._is_new(r)
        return _SORT_KEYS[column]

    def set_newcomers(
        self,
        is_new: Callable[[AttendeeRow], bool],
        new_organisation: Callable[[AttendeeRow], bool] = lambda _row: False,
    ) -> None:
        """How the "neu" column knows a newcomer and a new organisation (shown at once)."""
        self._is_new, self._new_organisation = is_new, new_organisation
        self._refilter()

    def set_pending(self, registration_ids: frozenset[int]) -> None:
        self._pending = registration_ids
        self._refilter()

    def pending_count(self) -> int:
        """Pending check-ins among this event's rows (the queue holds every event's)."""
        return sum(1 for r in self._pending if r in self._by_registration)

    def set_filter(self, predicate: Callable[[AttendeeRow], bool] | None) -> None:
        self._predicate = predicate
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        predicate = self._predicate
        self._visible = self._all if predicate is None else [r for r in self._all if predicate(r)]
        self.endResetModel()

    def row_at(self, row: int) -> AttendeeRow:
        return self._visible[row]

    def rows(self) -> list[AttendeeRow]:
        return list(self._visible)

    def all_rows(self) -> list[AttendeeRow]:
        return list(self._all)

    def row_of_registration(self, registration_id: int) -> int:
        for index, row in enumerate(self._visible):
            if row.registration_id == registration_id:
                return index
        return -1

    # -- Qt overrides ----------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(self._columns):
            return None
        return self._header(self._columns[section])

    def _header(self, column: Column) -> str:
        return {
            Column.NAME: self.tr("Name"),
            Column.ORGANIZATION: self.tr("Organisation"),
            Column.ROLE: self.tr("Role"),
            Column.BADGE_CODE: self.tr("Badge code"),
            Column.STATUS: self.tr("Status"),
            Column.PRINTED: self.tr("Badge printed"),
            Column.PHOTO: self.tr("Photos"),
            Column.CONTACT: self.tr("Contact sharing"),
            Column.EMAIL: self.tr("Email"),
            Column.PHONE: self.tr("Phone"),
            Column.REPRINT: self.tr("Badge marker"),
            Column.NEW: self.tr("New"),
        }[column]

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if not index.isValid() or not 0 <= index.row() < len(self._visible):
            return None
        row = self._visible[index.row()]
        if role == ROW_ROLE:
            return row
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = self._columns[index.column()]
        if column == Column.STATUS and row.registration_id in self._pending:
            return formatting.status_text(row, pending=True)
        if column == Column.NEW:
            if not self._is_new(row):
                return ""
            return self.tr("new (org.)") if self._new_organisation(row) else self.tr("new")
        return self._display(row, column)

    @staticmethod
    def _display(row: AttendeeRow, column: Column) -> str:
        if column == Column.NAME:
            return row.display_name
        if column == Column.ORGANIZATION:
            return row.organization
        if column == Column.ROLE:
            return row.role
        if column == Column.BADGE_CODE:
            return row.badge_code
        if column == Column.STATUS:
            return formatting.status_text(row)
        if column == Column.PRINTED:
            return formatting.printed_text(row)
        if column == Column.PHOTO:
            return formatting.photo_text(row.photo_objection)
        if column == Column.CONTACT:
            return formatting.contact_text(row.contact_sharing)
        if column == Column.EMAIL:
            return row.email
        if column == Column.REPRINT:
            return formatting.marker_text(row)
        return row.phone

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self._sort = (self._columns[column], order)
        self._all = self._sorted(self._all)
        self._refilter()
