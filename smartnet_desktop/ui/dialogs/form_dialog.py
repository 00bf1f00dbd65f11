"""The frame every input dialog shares: the form, a red line for the error, OK and Cancel.
Bad input is explained in that line and the dialog stays open, so nothing typed is lost."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget


class FormDialog(QDialog):
    def finish(self, *parts: QLayout | QWidget) -> QDialogButtonBox:
        """Lays out `parts`, then the error line and the buttons; returns the buttons."""
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        return buttons
