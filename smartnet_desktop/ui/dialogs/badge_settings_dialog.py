"""Printer offset, the look of the photo marker, and the custom sheet preset."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from smartnet_desktop.badges.layouts import CUSTOM_NAME, load_layouts, save_custom
from smartnet_desktop.domain.enums import DEFAULT_BADGE_LAYOUT
from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import error_text


def _millimetres(value: float, low: float, high: float) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(low, high)
    box.setDecimals(1)
    box.setSingleStep(0.5)
    box.setSuffix(" mm")
    box.setValue(value)
    return box


class BadgeSettingsDialog(FormDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.saved_layout: str | None = None
        self.setWindowTitle(self.tr("Badge settings"))
        self.offset_x = _millimetres(settings.printer_offset_mm[0], -20, 20)
        self.offset_y = _millimetres(settings.printer_offset_mm[1], -20, 20)
        self.marker_text = QLineEdit(settings.marker_text)
        self.marker_color = QLineEdit(settings.marker_color)
        self.marker_color.setInputMask(r"\#HHHHHH")
        printer = QGroupBox(self.tr("Printer offset (measure it on the calibration page)"))
        printer_form = QFormLayout(printer)
        printer_form.addRow(self.tr("x (to the right)"), self.offset_x)
        printer_form.addRow(self.tr("y (downwards)"), self.offset_y)
        marker = QGroupBox(self.tr("Photo-objection marker"))
        marker_form = QFormLayout(marker)
        marker_form.addRow(self.tr("Text"), self.marker_text)
        marker_form.addRow(self.tr("Colour"), self.marker_color)

        custom = load_layouts(Settings.custom_layout_path()).get(CUSTOM_NAME)
        values = custom or load_layouts()[DEFAULT_BADGE_LAYOUT]
        self.page_w, self.page_h = (
            _millimetres(values.page[0], 50, 500),
            _millimetres(values.page[1], 50, 500),
        )
        self.badge_w, self.badge_h = (
            _millimetres(values.badge[0], 40, 500),
            _millimetres(values.badge[1], 30, 500),
        )
        self.columns, self.rows = QSpinBox(), QSpinBox()
        for box, value in ((self.columns, values.columns), (self.rows, values.rows)):
            box.setRange(1, 10)
            box.setValue(value)
        self.margin_left, self.margin_top = (
            _millimetres(values.margin[0], 0, 200),
            _millimetres(values.margin[1], 0, 200),
        )
        self.gap_x, self.gap_y = (
            _millimetres(values.gap[0], 0, 100),
            _millimetres(values.gap[1], 0, 100),
        )
        layout_box = QGroupBox(self.tr("Custom sheet"))
        form = QFormLayout(layout_box)
        form.addRow(self.tr("Page width / height"), self._pair(self.page_w, self.page_h))
        form.addRow(self.tr("Badge width / height"), self._pair(self.badge_w, self.badge_h))
        form.addRow(self.tr("Columns / rows"), self._pair(self.columns, self.rows))
        form.addRow(self.tr("Margin left / top"), self._pair(self.margin_left, self.margin_top))
        form.addRow(self.tr("Gap between columns / rows"), self._pair(self.gap_x, self.gap_y))

        self.finish(printer, marker, layout_box)

    @staticmethod
    def _pair(first: QWidget, second: QWidget) -> QWidget:
        from PySide6.QtWidgets import QHBoxLayout

        holder = QWidget()
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(first)
        row.addWidget(second)
        return holder

    def custom_values(self) -> dict:
        return {
            "label": self.tr("Custom layout"),
            "page": [self.page_w.value(), self.page_h.value()],
            "badge": [self.badge_w.value(), self.badge_h.value()],
            "columns": self.columns.value(),
            "rows": self.rows.value(),
            "margin": [self.margin_left.value(), self.margin_top.value()],
            "gap": [self.gap_x.value(), self.gap_y.value()],
        }

    def accept(self) -> None:
        try:
            save_custom(self.custom_values(), Settings.custom_layout_path())
        except SmartNetError as error:
            self.error.setText(error_text(error))
            return
        self._settings.printer_offset_mm = [self.offset_x.value(), self.offset_y.value()]
        self._settings.marker_text = self.marker_text.text().strip() or Settings.marker_text
        color = self.marker_color.text()
        self._settings.marker_color = color if len(color) == 7 else Settings.marker_color
        self._settings.save()
        self.saved_layout = CUSTOM_NAME
        super().accept()
