"""Add or edit one agenda item; bad input is explained in the dialog and nothing changes."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QWidget,
)

from smartnet_desktop.domain.rows import AgendaItemInput
from smartnet_desktop.services import agenda
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.operations import Operations


class AgendaItemDialog(FormDialog):
    def __init__(
        self,
        sessions,
        event_id: int,
        operations: Operations,
        item_id: int | None = None,
        position: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._operations = operations
        self._event_id = event_id
        self._item_id = item_id
        self._position = position
        self.saved_id: int | None = None
        self.setWindowTitle(self.tr("Edit agenda item") if item_id else self.tr("New agenda item"))
        self.setMinimumWidth(480)

        self.title = QLineEdit()
        self.duration = QSpinBox()
        self.duration.setRange(-1, agenda.MAX_DURATION + 1)  # out-of-range values get a message
        self.duration.setValue(30)
        self.duration.setSuffix(self.tr(" min"))
        self.fixed = QCheckBox(self.tr("fixed start"))
        self.start = QTimeEdit(QTime(10, 0))
        self.start.setEnabled(False)
        self.fixed.toggled.connect(self.start.setEnabled)
        start_row = QHBoxLayout()
        start_row.addWidget(self.fixed)
        start_row.addWidget(self.start, 1)
        self.kind = QComboBox()
        for key, label in (
            ("talk", self.tr("Talk")),
            ("tour", self.tr("Tour")),
            ("discussion", self.tr("Discussion")),
            ("break", self.tr("Break")),
            ("networking", self.tr("Networking")),
        ):
            self.kind.addItem(label, key)
        self.speaker = QLineEdit()
        self.location = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setFixedHeight(80)

        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Duration"), self.duration)
        form.addRow(self.tr("Start"), start_row)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Speaker / responsible"), self.speaker)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Description"), self.description)
        self.finish(form)
        if item_id:
            self._fill(agenda.item_input(sessions, item_id))

    def _fill(self, data: AgendaItemInput) -> None:
        self.title.setText(data.title)
        self.duration.setValue(data.duration_minutes)
        self.fixed.setChecked(data.fixed_start is not None)
        if data.fixed_start:
            self.start.setTime(QTime(data.fixed_start.hour, data.fixed_start.minute))
        self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
        self.speaker.setText(data.speaker)
        self.location.setText(data.location)
        self.description.setPlainText(data.description)

    def item_input(self) -> AgendaItemInput:
        start = self.start.time()
        return AgendaItemInput(
            title=self.title.text(),
            duration_minutes=self.duration.value(),
            fixed_start=time(start.hour(), start.minute()) if self.fixed.isChecked() else None,
            description=self.description.toPlainText(),
            speaker=self.speaker.text(),
            location=self.location.text(),
            kind=self.kind.currentData(),
        )

    def accept(self) -> None:
        """Saves through the window's runner (its reverse goes onto the agenda's undo
        steps); a refusal is worded in the dialog's own red line and the dialog stays."""
        data, sessions = self.item_input(), self._sessions
        item_id, event_id, position = self._item_id, self._event_id, self._position

        def save():
            if item_id:
                return agenda.update_item(sessions, item_id, data)
            return agenda.add_item(sessions, event_id, data, position)

        self._operations.run(save, report=self.error.setText, scope="agenda", done=self._saved)

    def _saved(self, item_id: int) -> None:
        self.saved_id = item_id
        super().accept()
