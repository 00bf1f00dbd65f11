"""The Matches view: per topic who needs, who offers, the score and why they fit; "here
today" keeps the pairs that can meet now."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.services import matches, topics
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.models.rows_model import RowsTableModel
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.views.network_views import _NetworkView, _table


class MatchesView(_NetworkView):
    """Per topic who needs, who offers, the score and why; with the meeting shown, being
    both here counts in the score, and "here today" keeps only pairs that can meet now,
    best first, following check-ins here and at other desks (the window's `presence_changed`)."""

    def __init__(self, sessions, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(sessions, operations, parent)
        self.event_id: int | None = None
        self.topic = QComboBox()
        self.topic.currentIndexChanged.connect(lambda _i: self._show_matches())
        self.here_today = QCheckBox(self.tr("here today"))
        self.here_today.setObjectName("matches_here_today")
        self.here_today.toggled.connect(lambda _on: self._show_matches())
        self.table = _table(
            self,
            [
                (self.tr("Topic"), lambda m: m.topic),
                (self.tr("Needs help"), lambda m: m.need),
                (self.tr("Offers help"), lambda m: m.offer),
                (self.tr("Why they fit"), _why),
                (self.tr("Points"), lambda m: str(m.points)),
                (self.tr("Here today"), _who_is_here),
            ],
        )
        self.model: RowsTableModel = self.table.model()
        header = self.table.horizontalHeader()
        for column in (1, 2, 3, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)  # points
        self.status = QLabel()
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Topic:")))
        choose.addWidget(self.topic, 1)
        choose.addWidget(self.here_today)
        layout = QVBoxLayout(self)
        heading = self.tr("Matches")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        self.set_event(None)

    def set_event(self, event_id: int | None) -> None:
        self.event_id = event_id
        self.here_today.setEnabled(event_id is not None)
        if self.isVisible():
            self._show_matches()

    def presence_changed(self) -> None:
        """Someone was checked in (or out) here or at another desk: the scores and who is
        here change. Read now only while shown (showing the view reads anyway)."""
        if self.isVisible() and self.event_id is not None:
            self._show_matches()

    def refresh(self) -> None:
        """The topics (the catalogue may have changed), then the matches of the one chosen."""
        chosen = self.topic.currentData()
        self.topic.blockSignals(True)
        self.topic.clear()
        self.topic.addItem(self.tr("all topics"), None)
        for row in topics.list_topics(self._sessions):
            self.topic.addItem(row.name, row.name)
        self.topic.setCurrentIndex(max(0, self.topic.findData(chosen)))
        self.topic.blockSignals(False)
        self._show_matches()

    def _show_matches(self) -> None:
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        here_only = self.here_today.isChecked() and self.event_id is not None
        found = (
            attempt(
                self,
                self.tr("Matches"),
                lambda: matches.potential_matches(
                    self._sessions,
                    self.topic.currentData(),
                    event_id=self.event_id,
                    present_only=here_only,
                    language=language,
                ),
            )
            or []
        )
        self.model.set_rows(found)
        self.table.resizeColumnToContents(0)
        text = self.tr("%1 matches here today") if here_only else self.tr("%1 potential matches")
        self.status.setText(fill(text, str(len(found))))


def _why(match) -> str:
    """The score in words, then what the two said in the survey."""
    return " — ".join(part for part in (match.why, match.reason) if part) or "–"


def _who_is_here(match) -> str:
    if not (match.need_here and match.offer_here):
        return "–"
    return f"{'; '.join(match.need_here)} ← {'; '.join(match.offer_here)}"
