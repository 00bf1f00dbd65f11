"""The agenda of the current event."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.services import agenda
from smartnet_desktop.ui.models.agenda_model import AgendaTableModel


class AgendaView(QWidget):
    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._event_id: int | None = None
        self.model = AgendaTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, 120)
        self.table.setColumnWidth(3, 260)
        layout = QVBoxLayout(self)
        heading = self.tr("Agenda")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.table, 1)

    def set_sessions(self, sessions) -> None:
        self._sessions = sessions

    def set_event(self, event_id: int | None) -> None:
        self._event_id = event_id
        self.refresh()

    def refresh(self) -> None:
        rows = agenda.list_agenda(self._sessions, self._event_id) if self._event_id else []
        self.model.set_rows(rows)
