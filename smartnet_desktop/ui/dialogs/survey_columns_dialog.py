"""The columns of a survey tool's export and what each means; for a column the topic
catalogue cannot place, a combo box: one of the topics, or "ignore". What staff choose is
remembered with the import, so the next export of the same survey asks nothing."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
)

from smartnet_desktop.services.survey_columns import IGNORE, ORGANIZATION, ColumnRole
from smartnet_desktop.ui.dialogs.form_dialog import FormDialog
from smartnet_desktop.ui.i18n import fill


class SurveyColumnsDialog(FormDialog):
    def __init__(self, columns: list[ColumnRole], topic_names: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Columns of the survey"))
        self.resize(760, 520)
        unmapped = [c for c in columns if c.role is None]
        intro = QLabel(
            fill(
                self.tr(
                    "%1 of the %2 columns name no topic of the catalogue. Choose a topic for "
                    "each, or leave it ignored; the choice is kept for the next file of this "
                    "survey."
                ),
                str(len(unmapped)),
                str(len(columns)),
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(columns), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Column"), self.tr("Imported as")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.boxes: dict[str, QComboBox] = {}  # header -> its choice
        # No column was taken for the organisation ("Stadt/Gemeinde"): staff may name it.
        needs_organization = not any(c.role == ORGANIZATION for c in columns)
        for row, column in enumerate(columns):
            self.table.setItem(row, 0, QTableWidgetItem(column.header))
            if column.role is not None:
                self.table.setItem(row, 1, QTableWidgetItem(self.role_text(column.role)))
                continue
            box = QComboBox()
            box.addItem(self.tr("ignore"), IGNORE)
            if needs_organization:
                box.addItem(self.role_text(ORGANIZATION), ORGANIZATION)
            for name in topic_names:  # the topic alone: typing its first letters finds it
                box.addItem(name, f"{column.kind}:{name}")
            self.table.setCellWidget(row, 1, box)
            self.boxes[column.header] = box
        self.finish(intro, self.table)
        first = next(iter(self.boxes.values()), None)
        if first is not None:  # the keyboard starts where there is something to choose
            first.setFocus()

    def role_text(self, role: str) -> str:
        kind, _, topic = role.partition(":")
        words = {
            "ignore": self.tr("ignored"),
            "organization": self.tr("Organisation"),
            "offers": self.tr("Offers (chosen from a list)"),
            "needs": self.tr("Needs (chosen from a list)"),
            "support": self.tr("Support wanted (yes/no)"),
            "support_reasons": self.tr("Why support is wanted"),
            "experience": self.tr("Experience: %1"),
            "offer": self.tr("Offer: %1"),
            "need": self.tr("Need: %1"),
        }
        return fill(words.get(kind, role), topic)

    def mapping(self) -> dict[str, str]:
        """What staff chose, header -> role ("ignore" included: it is a choice, too)."""
        return {header: box.currentData() for header, box in self.boxes.items()}
