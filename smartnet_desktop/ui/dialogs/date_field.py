"""A date typed the way German staff type it (08.12.2026 or 8.12.26), shown back with a
four-digit year. QDateEdit's section editing turned "08.12.2026" into 26.12.2020."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit

from smartnet_desktop.domain.dates import parse_typed_date
from smartnet_desktop.domain.errors import InvalidInput


class DateField(QLineEdit):
    def __init__(self, value: date | None = None) -> None:
        super().__init__()
        self.setPlaceholderText(self.tr("DD.MM.YYYY"))
        self.editingFinished.connect(self._show_normalised)
        if value is not None:
            self.set_value(value)

    def set_value(self, value: date) -> None:
        self.setText(value.strftime("%d.%m.%Y"))

    def setDate(self, value: QDate) -> None:  # noqa: N802 (the QDateEdit name tests use)
        self.set_value(value.toPython())

    def value(self) -> date:
        """The typed date; InvalidInput (field "date") when it is none."""
        return parse_typed_date(self.text())

    def _show_normalised(self) -> None:
        try:
            self.set_value(self.value())
        except InvalidInput:
            pass  # left as typed; the dialog says what is wrong when it is submitted
