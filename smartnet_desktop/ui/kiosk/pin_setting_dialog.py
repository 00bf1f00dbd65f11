"""Desk › Kiosk PIN…: the staff PIN that leaves this desk's kiosk, typed twice; only its
salted hash is kept in the desk's settings (services/kiosk_pin.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit

from smartnet_desktop.domain.errors import InvalidInput
from smartnet_desktop.services import kiosk_pin
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.i18n import error_text


class PinSettingDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.first, self.second = QLineEdit(), QLineEdit()
        for field in (self.first, self.second):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMaxLength(kiosk_pin.MAX_LENGTH)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Staff leave the self check-in kiosk with this PIN.")))
        form.addRow(self.tr("New PIN"), self.first)
        form.addRow(self.tr("The PIN again"), self.second)
        form.addRow(self.problem)
        form.addRow(buttons)

    def accept(self) -> None:
        if self.first.text() != self.second.text():
            self.problem.setText(self.tr("The two PINs differ."))
            return
        try:
            stored = kiosk_pin.hash_pin(self.first.text())
        except InvalidInput as error:
            self.problem.setText(error_text(error))
            return
        self.settings.kiosk_pin = stored
        self.settings.save()
        super().accept()
