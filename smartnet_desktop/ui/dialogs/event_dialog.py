"""Create an event of the series. Errors are shown in the dialog; nothing is lost."""

from __future__ import annotations

from datetime import date, time, timedelta

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.enums import DEFAULT_BADGE_LAYOUT
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.domain.rows import EventInput, EventRow
from smartnet_desktop.services import events
from smartnet_desktop.ui.dialogs.date_field import DateField
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations


def _py_time(edit: QTimeEdit) -> time:
    value = edit.time()
    return time(value.hour(), value.minute())


# A date more than this many days ago is asked about once (a typing slip, usually).
PAST_DATE_DAYS = 30


class EventDialog(FormDialog):
    """New event; with `source` and mode "edit" its settings, with mode "duplicate" a copy
    (settings and agenda) for the next meeting."""

    def __init__(
        self,
        sessions,
        operations: Operations,
        parent: QWidget | None = None,
        source: EventRow | None = None,
        mode: str = "new",
    ) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self._operations = operations
        self._source = source
        self._mode = mode
        self._confirmed_dates: set[date] = set()
        self.created: EventRow | None = None
        self.setWindowTitle(
            {"edit": self.tr("Event settings"), "duplicate": self.tr("Duplicate event")}.get(
                mode, self.tr("New event")
            )
        )
        self.setMinimumWidth(680)
        self.finish(self._build_form())
        self._fields = {
            "title": self.title,
            "venue": self.venue,
            "town": self.town,
            "end_time": self.end,
            "number": self.number,
            "photo_question": self.photo_question,
            "contact_question": self.contact_question,
        }
        if source is not None:
            self._fill(EventInput.from_row(source))
            if mode == "duplicate":
                self.number.setValue(source.number + 1 if source.number else 0)
                self.date.set_value(date.today())

    def _build_form(self) -> QFormLayout:
        self._build_fields()
        form = QFormLayout()
        for label, field in (
            (self.tr("Number in the series"), self.number),
            (self.tr("Title"), self.title),
            (self.tr("Date"), self.date),
            (self.tr("Start"), self.start),
            (self.tr("End"), self.end),
            (self.tr("Venue"), self.venue),
            (self.tr("Town"), self.town),
            (self.tr("Address"), self.address),
            (self.tr("Host"), self.host),
            (self.tr("Organiser"), self.organiser),
            (self.tr("Notices"), self.notices),
            (self.tr("Keep personal data for"), self.retention),
            (self.tr("QR code on badges"), self.qr_content),
            (self.tr("Photo question"), self._photo_box()),
            (self.tr("Contact-sharing question"), self.contact_question),
        ):
            form.addRow(label, field)
        return form

    def _photo_box(self) -> QWidget:
        """The photo question with the hint beside it: the kiosk records "Ja" as an
        objection (services/kiosk.consent_call), so the question must be worded that way."""
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.photo_question)
        self.photo_hint = QLabel(
            self.tr(
                "At the kiosk, “Yes” records an objection to photos (“No” none): word the "
                "question so that “Yes” means “no photos of me”."
            )
        )
        self.photo_hint.setWordWrap(True)
        column.addWidget(self.photo_hint)
        return box

    def _build_fields(self) -> None:
        self.number = QSpinBox()
        self.number.setRange(0, 999)
        self.number.setSpecialValueText(self.tr("none"))
        self.title = QLineEdit()
        self.title.setPlaceholderText(
            self.tr("e.g. 5. Netzwerktreffen Smart Cities / Smart Regions")
        )
        self.date = DateField(date.today())
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
        self.qr_content = QComboBox()
        self.qr_content.addItem(
            self.tr("Organisation profile (Steckbrief), else badge code"), "profile"
        )
        self.qr_content.addItem(self.tr("Badge code"), "code")
        self.photo_question = QPlainTextEdit(events.DEFAULT_PHOTO_QUESTION)
        self.photo_question.setFixedHeight(54)
        self.contact_question = QPlainTextEdit(events.DEFAULT_CONTACT_QUESTION)
        self.contact_question.setFixedHeight(54)

    def _fill(self, data: EventInput) -> None:
        self.number.setValue(data.number or 0)
        self.title.setText(data.title)
        self.date.set_value(data.date)
        for edit, value in ((self.start, data.start_time), (self.end, data.end_time)):
            if value:
                edit.setTime(QTime(value.hour, value.minute))
        self.venue.setText(data.venue)
        self.town.setText(data.town)
        self.address.setText(data.address)
        self.host.setText(data.host)
        self.organiser.setText(data.organiser)
        self.notices.setPlainText(data.notices)
        self.retention.setValue(data.retention_months)
        self.qr_content.setCurrentIndex(max(0, self.qr_content.findData(data.qr_content)))
        self.photo_question.setPlainText(data.photo_question or "")
        self.contact_question.setPlainText(data.contact_question or "")

    def _past_date_confirmed(self, day: date) -> bool:
        """A date long past is usually a typing slip: asked once, unless it was there."""
        long_ago = day < date.today() - timedelta(days=PAST_DATE_DAYS)
        unchanged = self._source is not None and self._mode == "edit" and day == self._source.date
        if not long_ago or unchanged or day in self._confirmed_dates:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Date in the past"),
            fill(self.tr("%1 was long ago. Is this date right?"), day.strftime("%d.%m.%Y")),
        )
        if answer != QMessageBox.StandardButton.Yes:
            self.date.setFocus()
            return False
        self._confirmed_dates.add(day)
        return True

    def event_input(self) -> EventInput:
        return EventInput(
            title=self.title.text(),
            date=self.date.value(),
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
            badge_layout=self._source.badge_layout if self._source else DEFAULT_BADGE_LAYOUT,
            qr_content=self.qr_content.currentData(),
            photo_question=self.photo_question.toPlainText(),
            contact_question=self.contact_question.toPlainText(),
        )

    def accept(self) -> None:
        """Saves through the window's runner (which shows the event written); a refusal is
        worded in the dialog's red line, the cursor goes to the field, nothing is lost."""
        self._operations.run(
            self._save, report=self.error.setText, refused=self._focus_field, done=self._saved
        )

    def _save(self) -> Done:
        data = self.event_input()
        if not self._past_date_confirmed(data.date):
            return Done(None)  # back to the date: nothing written
        if self._mode == "edit":
            return events.update_event(self._sessions, self._source.id, data)
        if self._mode == "duplicate":
            return events.duplicate_event(self._sessions, self._source.id, data)
        return events.create_event(self._sessions, data)

    def _focus_field(self, error: BaseException) -> bool:
        widget = self._fields.get(getattr(error, "field", ""))
        if widget is not None:
            widget.setFocus()
        return False  # the runner words it in the red line

    def _saved(self, row: EventRow | None) -> None:
        if row is not None:
            self.created = row
            super().accept()
