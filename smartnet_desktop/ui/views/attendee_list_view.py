"""A searchable, sortable table of the current event's attendees with quick filters.

The Attendees, Photo consent, Contact sharing and Badges views are this table with other
columns, filters and actions; the main window hands every one of them the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services.attendees import matches
from smartnet_desktop.ui.models.attendee_model import AttendeeTableModel, Column

QuickFilter = tuple[str, Callable[[AttendeeRow], bool] | None]


class AttendeeListView(QWidget):
    """Subclasses give the heading, the columns and the quick filters."""

    rowActivated = Signal(object)  # AttendeeRow

    def __init__(
        self,
        heading: str,
        explanation: str,
        columns: Sequence[Column],
        quick_filters: Sequence[QuickFilter],
        base_filter: Callable[[AttendeeRow], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._base_filter = base_filter
        self._quick_filters = list(quick_filters)

        title = QLabel(f"<h2>{heading}</h2>")
        note = QLabel(explanation)
        note.setWordWrap(True)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search name, organisation, email or badge code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)

        self.quick = QComboBox()
        for label, _ in self._quick_filters:
            self.quick.addItem(label)
        self.quick.currentIndexChanged.connect(self._apply_filter)

        self.count = QLabel()

        self.model = AttendeeTableModel(columns, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.doubleClicked.connect(
            lambda index: self.rowActivated.emit(self.model.row_at(index.row()))
        )

        tools = QHBoxLayout()
        tools.addWidget(self.search, 3)
        tools.addWidget(self.quick, 1)
        tools.addWidget(self.count)
        self.actions_bar = QHBoxLayout()

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(note)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.actions_bar)
        self._size_columns(columns)

    def _size_columns(self, columns: Sequence[Column]) -> None:
        widths = {
            Column.NAME: 240,
            Column.ORGANIZATION: 260,
            Column.ROLE: 180,
            Column.EMAIL: 220,
            Column.PRINTED: 170,
            Column.CONTACT: 170,
        }
        for index, column in enumerate(columns):
            self.table.setColumnWidth(index, widths.get(column, 120))

    def set_rows(self, rows: list[AttendeeRow]) -> None:
        self.model.set_rows(rows)
        self._apply_filter()

    def selected_rows(self) -> list[AttendeeRow]:
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row_at(i.row()) for i in sorted(picked, key=lambda i: i.row())]

    def _apply_filter(self) -> None:
        text = self.search.text()
        _, quick = (
            self._quick_filters[self.quick.currentIndex()] if self._quick_filters else ("", None)
        )
        base = self._base_filter
        if not text.strip() and quick is None and base is None:
            self.model.set_filter(None)
        else:
            self.model.set_filter(
                lambda r: (
                    (base is None or base(r)) and (quick is None or quick(r)) and matches(r, text)
                )
            )
        total = (
            len(self.model.all_rows()) if base is None else sum(map(base, self.model.all_rows()))
        )
        # translate() with the base class's context: self.tr() in a subclass would look the
        # plural form up under the subclass's name.
        shown = QCoreApplication.translate(
            "AttendeeListView", "%n shown", "", self.model.rowCount()
        )
        self.count.setText(f"{shown} / {total}")
