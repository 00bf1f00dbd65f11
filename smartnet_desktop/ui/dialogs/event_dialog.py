"""Create an event of the series. Errors are shown in the dialog; nothing is lost."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.domain.rows import EventInput, EventRow
from smartnet_desktop.services import events
from smartnet_desktop.ui.i18n import error_text


def _py_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


class EventDialog(QDialog):
    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.created: EventRow | None = None
        self.setWindowTitle(self.tr("New event"))
        self.setMinimumWidth(520)

        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("none"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("e.g. 5. Netzwerktreffen Smart Cities / Smart Regions")
        )
        self.date = QDateEdit(QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.start = QTimeEdit(QTime(10, 0))
        self.end = QTimeEdit(QTime(16, 0))
        self.venue = QLineEdit()
        self.town = QLineEdit()
        self.address = QLineEdit()
        self.host = QLineEdit()
        self.organiser = QLineEdit()
        self.notices = QPlainTextEdit()
        self.notices.setPlaceholderText(self.tr("Shown on the agenda handout, one notice per line"))
        self.notices.setFixedHeight(70)
        self.retention = QSpinBox()
        self.retention.setRange(0, 120)
        self.retention.setValue(24)
        self.retention.setSuffix(self.tr(" months"))

        form = QFormLayout()
        form.addRow(self.tr("Number in the series"), self.number)
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Venue"), self.venue)
        form.addRow(self.tr("Town"), self.town)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("Host"), self.host)
        form.addRow(self.tr("Organiser"), self.organiser)
        form.addRow(self.tr("Notices"), self.notices)
        form.addRow(self.tr("Keep personal data for"), self.retention)

        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fields = {
            "title": self.title,
            "venue": self.venue,
            "town": self.town,
            "end_time": self.end,
            "number": self.number,
        }

    def event_input(self) -> EventInput:
        return EventInput(
            title=self.title.text(),
            date=self.date.date().toPython(),
            venue=self.venue.text(),
            number=self.number.value() or None,
            town=self.town.text(),
            address=self.address.text(),
            host=self.host.text(),
            organiser=self.organiser.text(),
            start_time=_py_time(self.start),
            end_time=_py_time(self.end),
            notices=self.notices.toPlainText(),
            retention_months=self.retention.value(),
        )

    def accept(self) -> None:
        try:
            self.created = events.create_event(self._sessions, self.event_input())
        except InvalidInput as error:
            self.error.setText(error_text(error))
            widget = self._fields.get(error.field)
            if widget is not None:
                widget.setFocus()
            return
        super().accept()
