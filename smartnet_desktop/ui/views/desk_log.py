"""The desk's log (a part of CheckinView): every Enter at the desk since the window opened,
scans and typed names alike, unknown codes and refusals too, with its time and result, so
that after a burst of scans where one failed staff see which. Kept in memory only (the
database holds the check-ins themselves); the key table's "desk.log" shows it beside the
search field without taking the keyboard, and it can be saved as CSV."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop import outputs
from smartnet_desktop.services.exporting import write_table
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.views.desk_panels import Outcome

translate = QCoreApplication.translate
PROBLEMS = frozenset({Outcome.NOT_FOUND, Outcome.ALREADY})  # red and amber results


@dataclass(frozen=True)
class LogEntry:
    at: datetime
    entered: str  # as typed or scanned
    outcome: Outcome
    result: str  # the band's headline, with the person's name where it named one


class DeskLog(QObject):
    added = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[LogEntry] = []

    def add(self, entered: str, outcome: Outcome, result: str) -> None:
        self.entries.append(LogEntry(datetime.now(UTC), entered, outcome, result))
        self.added.emit()

    def cells(self) -> list[list[str]]:
        """The log as a table with a header row, oldest first (the CSV file)."""
        header = [
            translate("DeskLog", "Time"),
            translate("DeskLog", "Entered"),
            translate("DeskLog", "Result"),
        ]
        return [header] + [
            [_time(e.at), e.entered, ("! " if e.outcome in PROBLEMS else "") + e.result]
            for e in self.entries
        ]


def _time(moment: datetime) -> str:
    return moment.astimezone().strftime("%H:%M:%S")  # a burst of scans within a minute


class DeskLogPanel(QDialog):
    """The log, newest first, problems in red. It never takes the keyboard: a badge scanned
    while it is open goes to the desk's field (and appears here at once)."""

    def __init__(
        self, log: DeskLog, back: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("desk_log")
        self.setWindowTitle(translate("DeskLog", "Desk log"))
        self._log, self._back = log, back
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("desk_log_table")
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        save = QPushButton(translate("DeskLog", "Save as CSV…"))
        save.setObjectName("desk_log_save")
        close = QPushButton(translate("DeskLog", "Close"))
        for button in (save, close):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        save.clicked.connect(self.save_csv)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        buttons.addWidget(save)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(720, 420)
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setWindowFlag(Qt.WindowType.WindowDoesNotAcceptFocus)
        log.added.connect(self.refill)
        self.refill()

    def refill(self) -> None:
        entries = list(reversed(self._log.entries))
        self.table.setHorizontalHeaderLabels(self._log.cells()[0])
        self.table.setRowCount(len(entries))
        red = QBrush(QColor("#b00020"))
        for row, entry in enumerate(entries):
            for column, text in enumerate((_time(entry.at), entry.entered, entry.result)):
                item = QTableWidgetItem(text)
                if entry.outcome in PROBLEMS:
                    item.setForeground(red)
                self.table.setItem(row, column, item)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        problems = sum(1 for e in entries if e.outcome in PROBLEMS)
        self.summary.setText(
            fill(
                translate("DeskLog", "%1 entries, %2 with a problem"),
                str(len(entries)),
                str(problems),
            )
        )

    def save_csv(self) -> None:
        path = save_file_name(
            self,
            translate("DeskLog", "Save the desk log"),
            "desk-log.csv",
            translate("DeskLog", "CSV for Excel (*.csv)"),
        )
        if path:
            if Path(path).suffix.lower() != ".csv":
                path += ".csv"
            try:
                with outputs.replacing(path) as temporary:
                    write_table(self._log.cells(), temporary, ".csv")
            except OSError as error:
                self.summary.setText(error_text(error))
        self._back()
