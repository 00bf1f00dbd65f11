"""The Matches view: per topic who needs, who offers, the score and why they fit; "here
today" keeps the pairs that can meet now."""

from __future__ import annotations

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.services import matches
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.models.rows_model import RowsTableModel
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.views.network_views import _NetworkView, _table
from smartnet_desktop.ui.views.topic_choice import TopicChoice
from smartnet_desktop.ui.workers import BackgroundTask


class MatchesView(_NetworkView):
    """Per topic who needs, who offers, the score and why; with the meeting shown, being
    both here counts in the score, and "here today" keeps only pairs that can meet now,
    best first, following check-ins here and at other desks (the window's `presence_changed`).

    Ranking a big survey takes a while (56,000 matches: half a second), so it runs off the
    GUI thread; the rows shown stay until the new ones come, the status line says they are
    being computed, and a result asked for before the last change is dropped."""

    def __init__(self, sessions, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(sessions, operations, parent)
        self.event_id: int | None = None
        self._asked = 0  # counts the reasons to rank again; a result of an older one is stale
        self._ranking: BackgroundTask | None = None
        self.topic = TopicChoice()
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
        self.topic.reload(self._sessions)
        self._show_matches()

    def computing(self) -> bool:
        """A ranking runs: the rows shown may be older than the filter."""
        return self._ranking is not None

    def _show_matches(self) -> None:
        """Rank again for the filter as it is now; while a ranking runs, its result will be
        dropped and the ranking started afresh when it ends (one ranking at a time)."""
        self._asked += 1
        self.status.setText(self.tr("Computing the matches…"))
        if self._ranking is None:
            self._rank()

    def _rank(self) -> None:
        asked = self._asked
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        here_only = self.here_today.isChecked() and self.event_id is not None
        topic, event_id, sessions = self.topic.currentData(), self.event_id, self._sessions
        self._ranking = self.operations.run(
            lambda _progress: Done(
                matches.potential_matches(
                    sessions, topic, event_id=event_id, present_only=here_only, language=language
                )
            ),
            report=self.status.setText,
            done=lambda found: self._ranked(asked, here_only, found),
            background=True,
        )
        # a refusal was worded on the status line (a bug was logged): ready for the next
        self._ranking.error.connect(lambda _error: self._ended(asked))

    def _ended(self, asked: int) -> None:
        self._ranking = None
        if asked != self._asked:  # the filter changed meanwhile: rank for the new one
            self._rank()

    def _ranked(self, asked: int, here_only: bool, found: list) -> None:
        if asked == self._asked:
            self.model.set_rows(found)
            self.table.resizeColumnToContents(0)
            text = (
                self.tr("%1 matches here today") if here_only else self.tr("%1 potential matches")
            )
            self.status.setText(fill(text, str(len(found))))
        self._ended(asked)


def _why(match) -> str:
    """The score in words, then what the two said in the survey."""
    return " — ".join(part for part in (match.why, match.reason) if part) or "–"


def _who_is_here(match) -> str:
    if not (match.need_here and match.offer_here):
        return "–"
    return f"{'; '.join(match.need_here)} ← {'; '.join(match.offer_here)}"
