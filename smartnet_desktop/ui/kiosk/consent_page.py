"""The meeting's two questions, asked of the attendee: the event's photo question and its
contact-sharing question, as stored, each with three equal buttons (Ja / Nein / Später
fragen). None is pre-selected: no button has the focus when a question appears, so that
an Enter or a space from the last page answers nothing.

The questions are free text per event, worded by the organiser; what an answer records is
fixed (services/kiosk.consent_call). So under Ja and Nein the page says, in large type, what
each records: a question worded the other way round cannot turn the records around unseen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from smartnet_desktop.services.kiosk import CONTACT, LATER, NO, PHOTO, YES
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.kiosk.style import NAME_PT, big_button, text_label


class ConsentPage(QWidget):
    answered = Signal(str)  # YES, NO or LATER

    def __init__(self) -> None:
        super().__init__()
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # holds the focus, not a button
        self.step = text_label()
        self.question = text_label(NAME_PT - 8, bold=True)
        self.question.setObjectName("kiosk_question")
        self.buttons, self.meanings = {}, {}
        row = QGridLayout()
        row.setHorizontalSpacing(24)
        for column, answer in enumerate((YES, NO, LATER)):
            button = big_button(f"kiosk_{answer}")
            button.clicked.connect(lambda _checked=False, a=answer: self.answered.emit(a))
            # Ignored: the stretch alone decides, so the three are equally wide whatever
            # their words (no answer looks larger, i.e. more expected, than another).
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            row.addWidget(button, 0, column)
            row.setColumnStretch(column, 1)
            self.buttons[answer] = button
            meaning = text_label()  # under its button, in the kiosk's large type
            meaning.setObjectName(f"kiosk_meaning_{answer}")
            meaning.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            meaning.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            row.addWidget(meaning, 1, column)
            self.meanings[answer] = meaning
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.step)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._number = 1
        self._kind: str | None = None  # PHOTO or CONTACT while a question is shown
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons[YES].setText(self.tr("Yes"))
        self.buttons[NO].setText(self.tr("No"))
        self.buttons[LATER].setText(self.tr("Ask me later"))
        self.step.setText(fill(self.tr("Question %1 of 2"), str(self._number)))
        meanings = {
            PHOTO: (self.tr("Yes – no photos of me"), self.tr("No – photos are fine")),
            CONTACT: (self.tr("Yes – on the distribution list"), self.tr("No – do not pass on")),
        }.get(self._kind, ("", ""))
        self.meanings[YES].setText(meanings[0])
        self.meanings[NO].setText(meanings[1])

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, number: int, kind: str, question: str) -> None:
        self._number, self._kind = number, kind
        self.retranslate()
        self.question.setText(question)
        self.setFocus()  # no button pre-selected

    def reset(self) -> None:
        self._kind = None
        self.question.clear()
        self.retranslate()
