"""Asked once per desk, at its first F10: which printer, and which badge stock is in it.
Remembered in the settings; after that F10 prints without any dialog."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QLabel, QWidget

from smartnet_desktop.badges.layouts import Layout
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.file_dialogs import existing_folder
from smartnet_desktop.ui.printing import FILE_PRINTER


def system_printers() -> list[str]:
    """The printers the system knows: QPrinterInfo asks CUPS on Linux and macOS and the
    print spooler on Windows."""
    return [name for name in QPrinterInfo.availablePrinterNames() if name]


class DeskPrinterDialog(FormDialog):
    """`pdf_counts_printed`: whether a badge saved as a PDF is marked printed (the box
    starts as this desk left it, unticked unless staff ticked it)."""

    def __init__(
        self,
        layouts: dict[str, Layout],
        stock: str,
        parent: QWidget | None = None,
        pdf_counts_printed: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Printer of this desk"))
        self.printer = QComboBox()
        printers = system_printers()
        for name in printers:
            self.printer.addItem(name, name)
        self.printer.addItem(self.tr("PDF files in a folder (print later)"), FILE_PRINTER)
        default = QPrinterInfo.defaultPrinterName()
        self.printer.setCurrentIndex(max(0, self.printer.findData(default)))
        # Said where there is none, so that staff do not look for a printer in the list.
        self.no_printer = QLabel(
            self.tr(
                "No printer found on this computer. Set one up in the system's printer "
                "settings, or save the badges as PDF files to print later."
            )
        )
        self.no_printer.setWordWrap(True)
        self.no_printer.setStyleSheet("color: #b00020;")
        self.no_printer.setVisible(not printers)
        self.stock = QComboBox()
        language = QLocale().name()[:2]
        for name, layout in layouts.items():
            self.stock.addItem(layout.label_in(language), name)
        self.stock.setCurrentIndex(max(0, self.stock.findData(stock)))
        self.mark_pdf = QCheckBox(self.tr("Mark saved PDFs as printed"))
        self.mark_pdf.setChecked(pdf_counts_printed)
        self.printer.currentIndexChanged.connect(self._pdf_chosen)
        self._pdf_chosen()
        form = QFormLayout()
        form.addRow(self.tr("Printer"), self.printer)
        form.addRow(self.tr("Badge stock in it"), self.stock)
        form.addRow("", self.mark_pdf)
        self.finish(self.no_printer, form)
        self.chosen: tuple[str, str] | None = None

    def _pdf_chosen(self) -> None:
        self.mark_pdf.setEnabled(self.printer.currentData() == FILE_PRINTER)

    def accept(self) -> None:
        printer = self.printer.currentData()
        if printer == FILE_PRINTER:
            # The documents folder, not the database's: badges are not kept with the data.
            start = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            )
            folder = existing_folder(self, self.tr("Folder for the badges"), start)
            if not folder:
                return
            printer = f"{FILE_PRINTER}{folder}"
        self.chosen = (printer, self.stock.currentData())
        super().accept()

    def pdf_counts_printed(self) -> bool:
        return self.mark_pdf.isChecked() and self.printer.currentData() == FILE_PRINTER
