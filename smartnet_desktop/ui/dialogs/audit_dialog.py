"""The audit log, newest first, with export."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.services import audit, exporting
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import error_text

SHOWN = 2000


class AuditDialog(QDialog):
    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1000, 560)
        rows = audit.list_entries(sessions, limit=SHOWN)
        self.table = QTableWidget(len(rows), 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("Who"),
                self.tr("What"),
                self.tr("Event"),
                self.tr("Person"),
                self.tr("Details"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        for index, row in enumerate(rows):
            values = [
                row.at.astimezone().strftime("%d.%m.%Y %H:%M:%S"),
                row.actor,
                row.action,
                str(row.event_id or ""),
                str(row.person_id or ""),
                json.dumps(row.details, ensure_ascii=False),
            ]
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        export = QPushButton(self.tr("Export…"))
        export.clicked.connect(self.export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(export, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def export(self) -> None:
        path = save_file_name(
            self,
            self.tr("Export audit log"),
            "protokoll.xlsx",
            self.tr("Excel workbook (*.xlsx);;CSV for Excel (*.csv)"),
        )
        if not path:
            return
        try:
            exporting.export_audit_log(self._sessions, Path(path))
        except (SmartNetError, OSError) as error:
            QMessageBox.warning(
                self,
                self.tr("Audit log"),
                error_text(error),
            )
