"""Import of registrations: a preview of the column mapping and of every row's problems
before anything is written; the import itself runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QProgressBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.messages import CONTEXT, FIELDS, problem_line
from smartnet_desktop.services.importing import ImportPlan, ImportResult, plan_import, run_import
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.operations import Operations


def _translate(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


class ImportDialog(QDialog):
    def __init__(
        self,
        sessions,
        operations: Operations,
        event_id: int,
        path: Path,
        desk: str,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._sessions = sessions
        self._operations = operations
        self._event_id = event_id
        self._path = Path(path)
        self._desk = desk
        self.plan: ImportPlan | None = None
        self.result_data: ImportResult | None = None
        self.setWindowTitle(self.tr("Import registrations"))
        self.resize(900, 600)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Line"), self.tr("Name"), self.tr("Organisation"), self.tr("Problems")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(1, 220)
        self.table.setColumnWidth(2, 220)
        self.skip_invalid = QCheckBox(self.tr("Import the valid rows and skip the others"))
        self.skip_invalid.toggled.connect(self._update_buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.start_import)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.skip_invalid)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self._preview()

    def _preview(self) -> None:
        try:
            self.plan = plan_import(self._path)
        except SmartNetError as error:
            problems = getattr(error, "problems", None) or []
            text = problem_line(problems[0], _translate) if problems else error_text(error)
            self.summary.setText(
                f"<b>{self._path.name}</b><br><span style='color:#b00020'>{text}</span>"
            )
            self.skip_invalid.hide()
            self._update_buttons()
            return
        plan = self.plan
        mapping = ", ".join(
            f"{header} → {_translate(FIELDS.get(name, name))}"
            for header, name in plan.mapping.items()
        )
        invalid = len(plan.rows) - len(plan.valid_rows)
        lines = [
            f"<b>{self._path.name}</b>",
            fill(self.tr("Columns: %1"), mapping),
            fill(self.tr("%1 rows, %2 with problems."), str(len(plan.rows)), str(invalid)),
        ]
        if plan.unknown_columns:
            lines.append(fill(self.tr("Ignored columns: %1"), ", ".join(plan.unknown_columns)))
        self.summary.setText("<br>".join(lines))
        self.table.setRowCount(len(plan.rows))
        for index, row in enumerate(plan.rows):
            name = (
                " ".join(p for p in (row.person.given_name, row.person.family_name) if p)
                if row.person
                else ""
            )
            problems = "; ".join(problem_line({**p, "line": 0}, _translate) for p in row.problems)
            values = [str(row.line), name, row.person.organization if row.person else "", problems]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if row.problems:
                    item.setForeground(Qt.GlobalColor.darkRed)
                self.table.setItem(index, column, item)
        self.skip_invalid.setVisible(invalid > 0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        plan = self.plan
        usable = plan is not None and bool(plan.valid_rows)
        ok.setEnabled(usable and (not plan.problems or self.skip_invalid.isChecked()))

    def start_import(self) -> None:
        """The import runs off the GUI thread through the window's runner, which refreshes
        the attendees it registered; the bar follows its parts; a refusal is worded here."""
        sessions, event_id, path, desk = self._sessions, self._event_id, self._path, self._desk
        skip = self.skip_invalid.isChecked()
        self.buttons.setEnabled(False)
        self.progress.show()
        self._operations.run(
            lambda progress: run_import(sessions, event_id, path, skip, by=desk, progress=progress),
            report=self._failed,
            done=self._done,
            background=True,
            progress=self._progressed,
        )

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)

    def _done(self, result: ImportResult) -> None:
        self.result_data = result
        self.progress.hide()
        self.accept()

    def _failed(self, text: str) -> None:
        self.progress.hide()
        self.buttons.setEnabled(True)
        self.summary.setText(self.summary.text() + f"<br><span style='color:#b00020'>{text}</span>")
