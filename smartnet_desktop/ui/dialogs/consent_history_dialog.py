"""A person's consent history, oldest first: who recorded what, when, and how."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.services.consent import ConsentRow
from smartnet_desktop.ui.i18n import fill


class ConsentHistoryDialog(QDialog):
    def __init__(self, name: str, rows: list[ConsentRow], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(fill(self.tr("Consent history: %1"), name))
        self.resize(860, 400)
        kinds = {"photo": self.tr("Photos"), "contact_sharing": self.tr("Contact sharing")}
        decisions = {
            "grant": self.tr("agreed"),
            "object": self.tr("objected"),
            "withdraw": self.tr("withdrawn"),
        }
        scopes = {"event": self.tr("this event"), "all_events": self.tr("all events")}
        channels = {
            "desk": self.tr("desk"),
            "form": self.tr("form"),
            "email": self.tr("email"),
            "phone": self.tr("phone"),
            "import": self.tr("import"),
        }
        self.table = QTableWidget(len(rows), 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("When"),
                self.tr("What"),
                self.tr("Decision"),
                self.tr("For"),
                self.tr("Recorded by"),
                self.tr("Channel"),
                self.tr("Note"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        for index, row in enumerate(rows):
            scope = scopes.get(row.scope, row.scope) if row.kind == "photo" else ""
            if row.kind == "photo" and row.scope == "event" and row.event_title:
                scope = row.event_title
            values = [
                row.recorded_at.astimezone().strftime("%d.%m.%Y %H:%M"),
                kinds.get(row.kind, row.kind),
                decisions.get(row.decision, row.decision),
                scope,
                row.recorded_by,
                channels.get(row.channel, row.channel),
                row.note,
            ]
            for column, value in enumerate(values):
                self.table.setItem(index, column, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if not rows:
            layout.addWidget(QLabel(self.tr("Nothing recorded: never asked, nothing is shared.")))
        layout.addWidget(self.table)
        layout.addWidget(buttons)
