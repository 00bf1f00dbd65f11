"""The person's badge as it will print, their name large; "Stimmt" goes on, "Korrigieren"
opens their own name, title and organisation for a fix of the spelling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.ui.kiosk.style import NAME_PT, big_button, text_label
from smartnet_desktop.ui.views.fitted_preview import FittedPreview


class PreviewPage(QWidget):
    confirmed = Signal()
    corrected = Signal(str, str, str, str)  # given name, family name, title, organisation

    def __init__(self) -> None:
        super().__init__()
        self.name = text_label(NAME_PT, bold=True)
        self.name.setObjectName("kiosk_name")
        self.hint = text_label()
        self.badge = FittedPreview("")
        self.badge.setMinimumHeight(200)
        self.right = big_button("kiosk_right")
        self.right.clicked.connect(self.confirmed)
        self.fix = big_button("kiosk_fix")
        self.fix.clicked.connect(self._open_form)
        self.message = text_label()
        self.message.setObjectName("kiosk_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.right)
        buttons.addWidget(self.fix)
        looking = QWidget()
        look = QVBoxLayout(looking)
        look.addWidget(self.badge, 1)
        look.addLayout(buttons)
        self.form = _CorrectionForm(self._save, self._close_form)
        self.parts = QStackedWidget()
        self.parts.addWidget(looking)
        self.parts.addWidget(self.form)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 30, 60, 30)
        layout.addWidget(self.name)
        layout.addWidget(self.hint)
        layout.addWidget(self.parts, 1)
        layout.addWidget(self.message)
        self.retranslate()

    def retranslate(self) -> None:
        self.hint.setText(self.tr("This is your badge. Is everything right?"))
        self.right.setText(self.tr("That's right"))
        self.fix.setText(self.tr("Correct"))
        self.form.retranslate()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_person(self, row: AttendeeRow, badge: QImage | None) -> None:
        self.name.setText(row.display_name)
        self.form.fill_in(row)
        self.message.clear()
        if badge is None:
            self.badge.clear_page()
        else:
            self.badge.set_page(badge)
        self._close_form()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def reset(self) -> None:
        self.name.clear()
        self.message.clear()
        self.badge.clear_page()
        self.form.clear()
        self._close_form()

    def _open_form(self) -> None:
        self.parts.setCurrentWidget(self.form)
        self.form.given.setFocus()

    def _close_form(self) -> None:
        self.parts.setCurrentIndex(0)
        self.right.setFocus()

    def _save(self) -> None:
        form = self.form
        self.corrected.emit(
            form.given.text(), form.family.text(), form.title.text(), form.organization.text()
        )


class _CorrectionForm(QWidget):
    """The person's own name, title and organisation, nothing else."""

    def __init__(self, save, cancel) -> None:
        super().__init__()
        self.title, self.given = QLineEdit(), QLineEdit()
        self.family, self.organization = QLineEdit(), QLineEdit()
        for field, length in ((self.title, 100), (self.given, 100), (self.family, 100)):
            field.setMaxLength(length)
        self.organization.setMaxLength(200)
        self.save, self.cancel = big_button("kiosk_save"), big_button("kiosk_cancel")
        self.save.clicked.connect(save)
        self.cancel.clicked.connect(cancel)
        self.family.returnPressed.connect(save)
        self.organization.returnPressed.connect(save)
        self.labels = [text_label() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(
            self.labels, (self.title, self.given, self.family, self.organization), strict=True
        ):
            form.addRow(label, field)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save)
        buttons.addWidget(self.cancel)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addLayout(buttons)

    def retranslate(self) -> None:
        words = (self.tr("Title"), self.tr("Given name"), self.tr("Family name"))
        for label, text in zip(self.labels, (*words, self.tr("Organisation")), strict=True):
            label.setText(text)
        self.save.setText(self.tr("Save"))
        self.cancel.setText(self.tr("Back"))

    def fill_in(self, row: AttendeeRow) -> None:
        self.title.setText(row.title)
        self.given.setText(row.given_name)
        self.family.setText(row.family_name)
        self.organization.setText(row.organization)

    def clear(self) -> None:
        for field in (self.title, self.given, self.family, self.organization):
            field.clear()
