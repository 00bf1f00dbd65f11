"""Matches › Netzwerk: the network as a picture (services/network_graph.py draws it with
Graphviz), for one topic or all, for everyone or for the organisations here today."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QLocale, Qt
from PySide6.QtSvgWidgets import QSvgWidget
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.services import network_graph
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import error_text, fill
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.views.matches_view import MatchesView
from smartnet_desktop.ui.views.network_views import _NetworkView
from smartnet_desktop.ui.views.topic_choice import TopicChoice


class NetworkGraphView(_NetworkView):
    """`current_event`: the window's meeting (or None), for "only those here today"."""

    def __init__(
        self, sessions, operations: Operations, current_event, parent: QWidget | None = None
    ) -> None:
        super().__init__(sessions, operations, parent)
        self._current_event = current_event
        self.svg = b""
        self.topic = TopicChoice()
        self.topic.currentIndexChanged.connect(lambda _i: self._draw())
        self.present = QCheckBox(self.tr("Only organisations here today"))
        self.present.toggled.connect(lambda _on: self._draw())
        save = QPushButton(self.tr("Save picture…"))
        save.clicked.connect(self.save)
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Topic:")))
        choose.addWidget(self.topic, 1)
        choose.addWidget(self.present)
        choose.addWidget(save)
        self.picture = QSvgWidget()
        # the picture keeps its proportions in a window of any shape
        self.picture.renderer().setAspectRatioMode(Qt.AspectRatioMode.KeepAspectRatio)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addLayout(choose)
        layout.addWidget(self.picture, 1)
        layout.addWidget(self.status)

    def refresh(self) -> None:
        self.topic.reload(self._sessions)
        self.present.setEnabled(self._current_event() is not None)
        self._draw()

    def _draw(self) -> None:
        """The picture, or the one sentence why there is none (Graphviz missing): said in
        the page, not in a box, as the page redraws whenever it is shown."""
        event = self._current_event()
        present = event.id if event is not None and self.present.isChecked() else None
        try:
            graph, self.svg = network_graph.picture(
                self._sessions, "svg", self.topic.currentData(), present, _language(self)
            )
        except SmartNetError as error:
            self.svg = b""
            self.picture.load(QByteArray())
            self.status.setText(error_text(error))
            return
        self.picture.load(QByteArray(self.svg))
        matches = sum(1 for e in graph.edges if e.kind == "match")
        self.status.setText(
            fill(
                self.tr("%1 organisations, %2 cooperations, %3 potential matches"),
                str(len(graph.nodes)),
                str(len(graph.edges) - matches),
                str(matches),
            )
        )

    def save(self) -> None:
        path = save_file_name(
            self,
            self.tr("Save picture"),
            "netzwerk.svg",
            self.tr("SVG (*.svg);;PDF (*.pdf);;PNG (*.png)"),
        )
        if not path:
            return
        event = self._current_event()
        present = event.id if event is not None and self.present.isChecked() else None
        if attempt(
            self,
            self.tr("Save picture"),
            lambda: network_graph.write_network_graph(
                self._sessions, Path(path), self.topic.currentData(), present, _language(self)
            ),
        ):
            self.status.setText(fill(self.tr("Picture written to %1"), path))


def _language(_widget: QWidget) -> str:
    """The picture's words follow the window's language."""
    return "de" if QLocale().language() == QLocale.Language.German else "en"


def add_network_tab(matches_view: MatchesView, graph_view: NetworkGraphView) -> QTabWidget:
    """Matches › Netzwerk: the Matches view's table becomes the tab "List" beside the tab
    "Network"; the view itself stays the window's page (its key, its empty-state hint)."""
    layout = matches_view.layout()
    tabs = QTabWidget()
    layout.insertWidget(layout.indexOf(matches_view.table), tabs, 1)
    tabs.addTab(matches_view.table, QCoreApplication.translate("NetworkGraphView", "List"))
    tabs.addTab(graph_view, QCoreApplication.translate("NetworkGraphView", "Network"))
    return tabs
