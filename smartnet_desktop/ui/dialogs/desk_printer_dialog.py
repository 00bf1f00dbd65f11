"""Asked once per desk, at its first F10: which printer, and which badge stock is in it.
Remembered in the settings; after that F10 prints without any dialog."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QComboBox, QFormLayout, QWidget

from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.file_dialogs import existing_folder
from smartnet_desktop.ui.printing import FILE_PRINTER


class DeskPrinterDialog(FormDialog):
    def __init__(
        self, layouts: dict[str, Layout], stock: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printer of this desk"))
        self.printer = QComboBox()
        for name in QPrinterInfo.availablePrinterNames():
            self.printer.addItem(name, name)
        self.printer.addItem(self.tr("PDF files in a folder (print later)"), FILE_PRINTER)
        default = QPrinterInfo.defaultPrinterName()
        self.printer.setCurrentIndex(max(0, self.printer.findData(default)))
        self.stock = QComboBox()
        language = QLocale().name()[:2]
        for name, layout in layouts.items():
            self.stock.addItem(layout.label_in(language), name)
        self.stock.setCurrentIndex(max(0, self.stock.findData(stock)))
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Badge stock in it"), self.stock)
        self.finish(form)
        self.chosen: tuple[str, str] | None = None

    def accept(self) -> None:
        printer = self.printer.currentData()
        if printer == FILE_PRINTER:
            folder = existing_folder(self, self.tr("Folder for the badges"))
            if not folder:
                return
            printer = f"{FILE_PRINTER}{folder}"
        self.chosen = (printer, self.stock.currentData())
        super().accept()
