"""The kiosk's first page: scan your badge or booking code, or type your full e-mail
address. Nothing typed here ever lists a name: an unknown entry gets one calm sentence."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.kiosk import camera
from smartnet_desktop.ui.kiosk.style import NAME_PT, big_button, quiet_button, text_label


class StartPage(QWidget):
    entered = Signal(str)  # what was scanned or typed, on Enter or "OK"
    languageWanted = Signal()
    staffWanted = Signal()

    def __init__(self, event_title: str) -> None:
        super().__init__()
        self._event_title = event_title
        self.welcome = text_label(NAME_PT, bold=True)
        self.hint = text_label()
        self.field = QLineEdit()
        self.field.setObjectName("kiosk_code")
        self.field.setMaxLength(400)
        self.field.returnPressed.connect(self._enter)
        # The next person starts typing: the sentence said to the one before goes.
        self.field.textEdited.connect(lambda _text: self.message.clear())
        self.ok = big_button("kiosk_ok")
        self.ok.clicked.connect(self._enter)
        self.message = text_label()
        self.message.setObjectName("kiosk_message")
        # The laptop's camera reads a badge held up to it, where there is one (issue 27
        # item 2); a code it finds goes the way a scanned one goes. No camera: none of this.
        self.scanner, self.camera_hint = None, None
        if camera.camera_available():
            self.scanner = camera.CameraScanner(self)
            self.scanner.found.connect(self.entered)
            self.camera_hint = text_label()
            self.camera_hint.setObjectName("kiosk_camera_hint")
        self.language = quiet_button("kiosk_language")
        self.language.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.language.clicked.connect(self.languageWanted)
        self.staff = quiet_button("kiosk_staff")
        self.staff.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff.clicked.connect(self.staffWanted)
        entry = QHBoxLayout()
        entry.addWidget(self.field, 4)
        entry.addWidget(self.ok, 1)
        corner = QHBoxLayout()
        corner.addWidget(self.language)
        corner.addStretch(1)
        corner.addWidget(self.staff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 20)
        layout.addStretch(1)
        layout.addWidget(self.welcome)
        layout.addSpacing(20)
        layout.addWidget(self.hint)
        layout.addSpacing(30)
        layout.addLayout(entry)
        if self.camera_hint is not None:
            layout.addSpacing(10)
            layout.addWidget(self.camera_hint)
        layout.addSpacing(20)
        layout.addWidget(self.message)
        layout.addStretch(2)
        layout.addLayout(corner)
        self.retranslate()

    def retranslate(self) -> None:
        self.welcome.setText(fill(self.tr("Welcome to %1"), self._event_title))
        self.hint.setText(
            self.tr("Please scan your badge or booking code, or type your full e-mail address.")
        )
        self.field.setPlaceholderText(self.tr("Code or e-mail address"))
        if self.camera_hint is not None:
            self.camera_hint.setText(self.tr("Or hold your badge up to the camera."))
        self.ok.setText(self.tr("OK"))
        # The switch names the language it switches to, in that language.
        self.language.setText(self.tr("English"))
        self.staff.setText(self.tr("Staff"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _enter(self) -> None:
        text = self.field.text().strip()
        self.field.clear()  # what was typed never stays on the screen
        if text:
            self.entered.emit(text)

    def say(self, text: str) -> None:
        self.message.setText(text)

    def reset(self) -> None:
        self.field.clear()
        self.message.clear()
        self.field.setFocus()
