"""Under the agenda: the note of the selected item, its opinion polls (add, delete, record
votes or counts, results as bars, a projector view) and the meeting's suggestions. Every save
is one write through the window's operation runner, on the agenda's undo stack, in the name
of the desk's staff.

A typed note is never dropped silently: it is saved when another item is chosen, when the
field loses the focus and before the window closes; a save that fails keeps the text (and
its item selected) and says why under the field."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.services import agenda_notes, polls, suggestions
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.views.poll_chart import PollChart
from smartnet_desktop.ui.views.poll_projector import PollProjector


class AgendaRecord(QWidget):
    def __init__(self, view, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = view  # the AgendaView: sessions, event, runner, selected item
        self.item_id: int | None = None
        self.projector: PollProjector | None = None
        # Tabs, not three boxes side by side: the agenda must fit a 1024-pixel screen.
        self.tabs = QTabWidget()
        self.tabs.addTab(self._notes_box(), self.tr("Note on this item"))
        self.tabs.addTab(self._polls_box(), self.tr("Opinion poll"))
        self.tabs.addTab(self._suggestions_box(), self.tr("Suggestions for the meetings"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    # --- building -------------------------------------------------------------------
    def _notes_box(self) -> QWidget:
        box = QWidget()
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)
        self.note.installEventFilter(self)  # saved when the focus leaves it
        self.note_problem = QLabel()
        self.note_problem.setStyleSheet("color: #b00020;")
        self.note_problem.setWordWrap(True)
        self.note_problem.hide()
        self.save_note_button = QPushButton(self.tr("Save note"))
        self.save_note_button.clicked.connect(lambda: self.save_note())
        column = QVBoxLayout(box)
        column.addWidget(self.note, 1)
        column.addWidget(self.note_problem)
        column.addWidget(self.save_note_button)
        return box

    def _polls_box(self) -> QWidget:
        box = QWidget()
        self.question = QLineEdit()
        self.question.setPlaceholderText(self.tr("Question"))
        self.options = QLineEdit()
        self.options.setPlaceholderText(self.tr("Options, separated by ;"))
        self.hands = QCheckBox(self.tr("Show of hands"))
        add = QPushButton(self.tr("Add poll"))
        add.clicked.connect(self.add_poll)
        self.options.returnPressed.connect(self.add_poll)
        self.poll_choice = QComboBox()
        self.poll_choice.currentIndexChanged.connect(lambda _i: self._show_result())
        self.organisation = QComboBox()
        self.option = QComboBox()
        self.count = QSpinBox()
        self.count.setRange(0, polls.MAX_COUNT)
        self.record_button = QPushButton(self.tr("Record"))
        self.record_button.clicked.connect(self.record)
        projector = QPushButton(self.tr("Projector view"))
        projector.clicked.connect(self.show_projector)
        self.delete_poll_button = QPushButton(self.tr("Delete poll"))
        self.delete_poll_button.clicked.connect(self.delete_poll)
        self.chart = PollChart()
        # The form on the left, the bars beside it: low enough for a 700-pixel screen.
        sides = QHBoxLayout(box)
        column = QVBoxLayout()
        sides.addLayout(column, 1)
        sides.addWidget(self.chart, 1)
        column.addWidget(self.question)
        column.addWidget(self.options)
        row = QHBoxLayout()
        row.addWidget(self.hands)
        row.addWidget(add)
        column.addLayout(row)
        column.addWidget(self.poll_choice)
        voting = QHBoxLayout()
        for widget in (self.organisation, self.option, self.count, self.record_button):
            voting.addWidget(widget)
        column.addLayout(voting)
        row = QHBoxLayout()
        row.addWidget(projector)
        row.addWidget(self.delete_poll_button)
        column.addLayout(row)
        return box

    def _suggestions_box(self) -> QWidget:
        box = QWidget()
        self.suggestion_list = QListWidget()
        self.suggestion_list.currentItemChanged.connect(self._suggestion_chosen)
        self.suggestion_text = QLineEdit()
        self.suggestion_text.setPlaceholderText(self.tr("Suggestion"))
        self.suggestion_text.returnPressed.connect(self.add_suggestion)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add"), self.add_suggestion),
            (self.tr("Save change"), self.edit_suggestion),
            (self.tr("Remove"), self.remove_suggestion),
        ):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(button)
        column = QVBoxLayout(box)
        column.addWidget(self.suggestion_list, 1)
        column.addWidget(self.suggestion_text)
        column.addLayout(buttons)
        return box

    # --- reading --------------------------------------------------------------------
    def refresh(self, item_id: int | None) -> None:
        """Reads again. A note being typed is saved before another item's is shown; when
        that fails its item is selected again and the text stays."""
        if item_id != self.item_id and not self.save_note():
            self.view.select(self.item_id)
            return
        event = self.view.current_event
        sessions = self.view.database()
        if item_id != self.item_id or not self.note.document().isModified():
            stored = agenda_notes.item_note(sessions, item_id) if item_id else ""
            if stored != self.note.toPlainText():  # the cursor stays where it was
                self.note.setPlainText(stored)
            self.note.document().setModified(False)
        self.item_id = item_id
        self.note.setEnabled(item_id is not None)
        self.save_note_button.setEnabled(item_id is not None)
        chosen = self.poll_choice.currentData()
        self.results = polls.event_polls(sessions, event.id) if event else []
        self.poll_choice.blockSignals(True)
        self.poll_choice.clear()
        for result in self.results:
            if result.agenda_item_id in (None, item_id):
                self.poll_choice.addItem(result.question, result.poll_id)
        found = self.poll_choice.findData(chosen)
        self.poll_choice.setCurrentIndex(found if found >= 0 else self.poll_choice.count() - 1)
        self.poll_choice.blockSignals(False)
        present = polls.present_organisations(sessions, event.id) if event else []
        if [self.organisation.itemText(i) for i in range(self.organisation.count())] != present:
            self.organisation.clear()
            self.organisation.addItems(present)
        self._show_result()
        self._fill_suggestions(suggestions.list_suggestions(sessions, event.id) if event else [])

    def current_result(self):
        poll_id = self.poll_choice.currentData()
        return next((r for r in self.results if r.poll_id == poll_id), None)

    def _show_result(self) -> None:
        result = self.current_result()
        self.chart.set_result(result)
        labels = [o.option for o in result.options] if result else []
        if [self.option.itemText(i) for i in range(self.option.count())] != labels:
            self.option.clear()
            self.option.addItems(labels)
        counted = result is not None and result.mode == "count"
        self.organisation.setVisible(not counted)
        self.count.setVisible(counted)
        self.record_button.setEnabled(result is not None)
        self.delete_poll_button.setEnabled(result is not None)
        if self.projector is not None and result is not None:
            self.projector.set_result(result)

    def _fill_suggestions(self, rows) -> None:
        chosen = self.suggestion_list.currentItem()
        chosen_id = chosen.data(256) if chosen else None
        self.suggestion_list.blockSignals(True)
        self.suggestion_list.clear()
        for row in rows:
            item = QListWidgetItem(
                row.text + (f" ({row.organisation})" if row.organisation else "")
            )
            item.setData(256, row.id)
            item.setData(257, row.text)
            self.suggestion_list.addItem(item)
            if row.id == chosen_id:
                self.suggestion_list.setCurrentItem(item)
        self.suggestion_list.blockSignals(False)

    def _suggestion_chosen(self, item, _previous) -> None:
        self.suggestion_text.setText(item.data(257) if item else "")

    # --- writing --------------------------------------------------------------------
    def _write(self, call: Callable, done: Callable | None = None) -> None:
        self.view.write(call, done)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # Not for a popup (the field's own context menu): the user is still in the field.
        if (
            watched is self.note
            and event.type() == QEvent.Type.FocusOut
            and event.reason() != Qt.FocusReason.PopupFocusReason
        ):
            self.save_note()
        return super().eventFilter(watched, event)

    def save_note(self) -> bool:
        """One audited write, only when the text was changed. False when it could not be
        stored: the text stays in the field, marked as changed, and the panel says why."""
        item_id, text, by = self.item_id, self.note.toPlainText(), self.view.staff()
        if item_id is None or not self.note.document().isModified():
            return True
        self.note.document().setModified(False)  # the refresh after the write keeps the text
        saved = self.view.write(
            lambda: agenda_notes.set_note(self.view.database(), item_id, text, by),
            report=self._note_not_saved,
        )
        if saved is None:
            self.note.document().setModified(True)
            return False
        self.note_problem.hide()
        return True

    def _note_not_saved(self, reason: str) -> None:
        self.note_problem.setText(
            fill(self.tr("The note was not saved and stays in the field: %1"), reason)
        )
        self.note_problem.show()

    def leave_database(self) -> None:
        """Another database is opened: the note is saved where it was typed, and no item
        is known any more (the same id in the other file is another item)."""
        self.save_note()
        self.item_id = None
        self.note.clear()
        self.note.document().setModified(False)

    def keep_note_before_closing(self) -> bool:
        """Saves a changed note; if that fails, asks whether to close all the same."""
        if self.save_note():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Note not saved"),
            self.tr("The note on the agenda item could not be saved. Close and lose it?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def add_poll(self) -> None:
        event = self.view.current_event
        options = [o.strip() for o in self.options.text().split(";") if o.strip()]
        if event is None:
            return
        question, item_id, by = self.question.text(), self.item_id, self.view.staff()
        mode = "count" if self.hands.isChecked() else "organisation"

        def added(poll_id) -> None:
            self.question.clear()
            self.options.clear()
            self.refresh(self.item_id)
            self.poll_choice.setCurrentIndex(self.poll_choice.findData(poll_id))

        self._write(
            lambda: polls.add_poll(
                self.view.database(), event.id, question, options, item_id, mode, by
            ),
            added,
        )

    def record(self) -> None:
        result = self.current_result()
        if result is None:
            return
        option, by, sessions = self.option.currentText(), self.view.staff(), self.view.database()
        if result.mode == "count":
            hands = self.count.value()
            self._write(lambda: polls.count(sessions, result.poll_id, option, hands, by))
        else:
            org = self.organisation.currentText()
            self._write(lambda: polls.vote(sessions, result.poll_id, org, option, by))

    def delete_poll(self) -> None:
        result = self.current_result()
        if result is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete poll"),
            fill(
                self.tr("Delete the poll “%1” with its votes? Undo brings it back."),
                result.question,
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            poll_id, by = result.poll_id, self.view.staff()
            self._write(lambda: polls.delete_poll(self.view.database(), poll_id, by))

    def show_projector(self) -> None:
        result = self.current_result()
        if result is None:
            return
        if self.projector is None:
            self.projector = PollProjector(result, self)
            self.projector.destroyed.connect(lambda: setattr(self, "projector", None))
        self.projector.set_result(result)
        self.projector.showFullScreen()

    def add_suggestion(self) -> None:
        event, text, by = self.view.current_event, self.suggestion_text.text(), self.view.staff()
        if event is None:
            return
        self._write(
            lambda: suggestions.add_suggestion(self.view.database(), event.id, text, "", by),
            lambda _row: self.suggestion_text.clear(),
        )

    def _chosen_suggestion(self) -> int | None:
        item = self.suggestion_list.currentItem()
        return item.data(256) if item else None

    def edit_suggestion(self) -> None:
        chosen, text, by = self._chosen_suggestion(), self.suggestion_text.text(), self.view.staff()
        if chosen is not None:
            self._write(
                lambda: suggestions.edit_suggestion(self.view.database(), chosen, text, "", by)
            )

    def remove_suggestion(self) -> None:
        chosen, by = self._chosen_suggestion(), self.view.staff()
        if chosen is not None:
            self._write(lambda: suggestions.remove_suggestion(self.view.database(), chosen, by))
