"""Staff leave the kiosk with the PIN set for this desk (`kiosk pin --set`); only its
salted hash is stored (services/kiosk_pin.py). A page of the kiosk, not a dialog: the
screen stays full and locked while it is asked."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from smartnet_desktop.ui.kiosk.style import big_button, text_label


class PinPage(QWidget):
    entered = Signal(str)
    cancelled = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.hint = text_label()
        self.field = QLineEdit()
        self.field.setObjectName("kiosk_pin")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(64)
        self.field.returnPressed.connect(self._enter)
        self.message = text_label()
        self.message.setObjectName("kiosk_message")
        self.ok, self.back = big_button("kiosk_pin_ok"), big_button("kiosk_pin_back")
        self.ok.clicked.connect(self._enter)
        self.back.clicked.connect(self.cancelled)
        buttons = QHBoxLayout()
        buttons.addWidget(self.ok)
        buttons.addWidget(self.back)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(200, 40, 200, 40)
        layout.addStretch(1)
        layout.addWidget(self.hint)
        layout.addWidget(self.field)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("Staff only: enter the PIN to leave the kiosk."))
        self.ok.setText(self.tr("Leave the kiosk"))
        self.back.setText(self.tr("Back"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _enter(self) -> None:
        pin = self.field.text()
        self.field.clear()
        self.entered.emit(pin)

    def wrong(self) -> None:
        self.message.setText(self.tr("That is not the PIN."))
        self.field.setFocus()

    def reset(self) -> None:
        self.field.clear()
        self.message.clear()
        self.field.setFocus()
