"""The meeting's two questions, asked of the attendee: the event's photo question and its
contact-sharing question, as stored, each with three equal buttons (Ja / Nein / Später
fragen). None is pre-selected: no button has the focus when a question appears, so that
an Enter or a space from the last page answers nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QSizePolicy, QVBoxLayout, QWidget

from smartnet_desktop.services.kiosk import LATER, NO, YES
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
        self.buttons = {}
        row = QHBoxLayout()
        for answer in (YES, NO, LATER):
            button = big_button(f"kiosk_{answer}")
            button.clicked.connect(lambda _checked=False, a=answer: self.answered.emit(a))
            # Ignored: the stretch alone decides, so the three are equally wide whatever
            # their words (no answer looks larger, i.e. more expected, than another).
            button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            row.addWidget(button, 1)
            self.buttons[answer] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.step)
        layout.addStretch(1)
        layout.addWidget(self.question)
        layout.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(1)
        self._number = 1
        self.retranslate()

    def retranslate(self) -> None:
        self.buttons[YES].setText(self.tr("Yes"))
        self.buttons[NO].setText(self.tr("No"))
        self.buttons[LATER].setText(self.tr("Ask me later"))
        self.step.setText(fill(self.tr("Question %1 of 2"), str(self._number)))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def ask(self, number: int, question: str) -> None:
        self._number = number
        self.retranslate()
        self.question.setText(question)
        self.setFocus()  # no button pre-selected

    def reset(self) -> None:
        self.question.clear()
