"""The agenda of the current event: add, edit, delete, reorder by drag and drop or with
Alt+Up / Alt+Down, undo with Ctrl+Z, and the handout as PDF."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop import outputs
from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.rows import EventRow
from smartnet_desktop.keys import BUTTON, BY_ACTION
from smartnet_desktop.services import agenda, events
from smartnet_desktop.ui.dialogs.agenda_item_dialog import AgendaItemDialog
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import bind, labelled
from smartnet_desktop.ui.models.agenda_model import AgendaTableModel
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.views.agenda_record import AgendaRecord

SCOPE = "agenda"  # this room's steps on the window's undo stack


class AgendaView(QWidget):
    """Writes go through the window's operation runner: the service's Done says what to
    refresh (the window's apply_change reloads this view) and how to undo it."""

    def __init__(
        self,
        sessions,
        operations: Operations,
        parent: QWidget | None = None,
        staff: Callable[[], str] = lambda: "",
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._staff = staff  # the desk's name, the actor of every write of the record panel
        self.operations = operations
        self.current_event: EventRow | None = None
        self.undo_stack = operations.undo_stack.scoped(SCOPE)
        self.model = AgendaTableModel(self)
        self.model.reorderRequested.connect(self._reorder)
        self._build_table()
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #b00020;")

        heading = self.tr("Agenda")
        # Two rows of buttons, so that the German labels fit a 1024-pixel screen.
        editing, output = QHBoxLayout(), QHBoxLayout()
        for text, slot, key in (
            (self.tr("Add…"), self.add, "agenda.add"),
            (self.tr("Edit…"), self.edit, "agenda.edit"),
            (self.tr("Delete"), self.delete, "agenda.delete"),
            (self.tr("Up"), lambda: self.move(-1), "agenda.up"),
            (self.tr("Down"), lambda: self.move(1), "agenda.down"),
            (self.tr("Undo"), self.undo, "agenda.undo"),
            (self.tr("Handout as PDF…"), self.save_handout, "agenda.handout"),
        ):
            button = QPushButton(labelled(text, key) if BUTTON in BY_ACTION[key].how else text)
            button.clicked.connect(lambda _=False, s=slot: s())
            (output if key in ("agenda.undo", "agenda.handout") else editing).addWidget(button)
            bind(self, key, slot)
        editing.addStretch(1)
        output.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.warning)
        layout.addLayout(editing)
        layout.addLayout(output)
        self._add_record(layout)

        self._clock = QTimer(self)  # keeps the highlight on the item running now
        self._clock.timeout.connect(self._tick)
        self._clock.start(60_000)

    def _build_table(self) -> None:
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDragEnabled(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropOverwriteMode(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        # Time, duration, place and kind as wide as their contents; the title and the
        # speakers share the rest (a fixed speaker column left the title a stub at 1024 px).
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())

    def _add_record(self, layout: QVBoxLayout) -> None:
        """The meeting's record (issue 26): note, polls and suggestions under the agenda,
        following the selected item."""
        self.record = AgendaRecord(self)
        layout.addWidget(self.record, 1)
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.record.refresh(self.selected_id())
        )

    def set_sessions(self, sessions) -> None:
        self.record.leave_database()  # a typed note goes to the file it was typed for
        self._sessions = sessions
        self.undo_stack.clear()

    def set_event(self, event: EventRow | None) -> None:
        if self.current_event is None or event is None or event.id != self.current_event.id:
            self.undo_stack.clear()
        self.current_event = event
        self.refresh()

    def _tick(self) -> None:
        """A timer never raises: a server away meanwhile leaves the agenda as it was (the
        desk's banner says so); it is read again at the next tick."""
        try:
            self.refresh()
        except SmartNetError:
            return

    def refresh(self) -> None:
        selected = self.selected_id()
        rows = (
            agenda.list_agenda(self._sessions, self.current_event.id) if self.current_event else []
        )
        self.model.set_rows(
            rows, datetime.now(), self.current_event.date if self.current_event else None
        )
        problems = [r.title for r in rows if r.overlaps or r.past_end]
        self.warning.setText(
            fill(self.tr("Check the times of: %1"), ", ".join(problems)) if problems else ""
        )
        self.select(selected)
        self.record.refresh(self.selected_id())

    def database(self):
        """The session factory, for the record panel to pass to the services."""
        return self._sessions

    def staff(self) -> str:
        return self._staff()

    def write(self, call: Callable, done: Callable | None = None, report=None):
        """A write of the record panel through the runner, on the agenda's undo stack;
        its Done, or None when it was refused (worded to `report`, else in a box)."""
        return self.operations.run(call, report=report or self._report, scope=SCOPE, done=done)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.rows()[index.row()].id if index.isValid() else None

    def select(self, item_id: int | None) -> None:
        for row, item in enumerate(self.model.rows()):
            if item.id == item_id:
                self.table.selectRow(row)
                return

    def _report(self, text: str) -> None:
        warn(self, self.tr("Agenda"), text)
        self.refresh()  # show what is there after a refused change

    def _write(self, call: Callable, select_id: int | None = None) -> None:
        """One agenda write through the runner; the item `select_id` stays selected."""
        self.operations.run(
            call, report=self._report, scope=SCOPE, done=lambda _value: self.select(select_id)
        )

    def add(self) -> None:
        if not self.current_event:
            return
        index = self.table.currentIndex()
        position = index.row() + 1 if index.isValid() else None
        dialog = AgendaItemDialog(
            self._sessions, self.current_event.id, self.operations, position=position, parent=self
        )
        if dialog.exec() and dialog.saved_id:
            self.select(dialog.saved_id)

    def edit(self) -> None:
        item_id = self.selected_id()
        if not item_id:
            return
        dialog = AgendaItemDialog(
            self._sessions, self.current_event.id, self.operations, item_id, parent=self
        )
        if dialog.exec():
            self.select(item_id)

    def delete(self) -> None:
        item_id = self.selected_id()
        if item_id:
            self._write(lambda: agenda.delete_item(self._sessions, item_id))

    def move(self, step: int) -> None:
        item_id = self.selected_id()
        if not item_id or not self.current_event:
            return
        event_id = self.current_event.id
        self._write(lambda: agenda.move_item(self._sessions, event_id, item_id, step), item_id)

    def _reorder(self, order: list[int]) -> None:
        event_id = self.current_event.id
        self._write(lambda: agenda.reorder(self._sessions, event_id, order), self.selected_id())

    def undo(self) -> None:
        selected = self.selected_id()
        self.operations.undo(SCOPE, report=self._report, done=lambda _value: self.select(selected))

    def save_handout(self) -> None:
        if not self.current_event:
            return
        path = save_file_name(
            self, self.tr("Agenda handout"), "tagesordnung.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_handout(Path(path))

    def write_handout(self, path: Path) -> None:
        from PySide6.QtCore import QLocale

        from smartnet_desktop.reports.agenda import render_agenda

        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        upcoming = events.next_event(self._sessions, self.current_event.id)
        pdf = render_agenda(self.current_event, self.model.rows(), language, upcoming)
        attempt(self, self.tr("Agenda handout"), lambda: outputs.write_file(path, pdf))
