"""The network's three views: Organisations (the list and the profile editor, publishing),
Survey (averages per process and field of action, the distribution of ratings, who wants
support and why) and Matches (per topic: who needs, who offers, and why they fit)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.network_rows import AreaSummary
from smartnet_desktop.services import matches, organizations, publishing, survey, topics
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.file_dialogs import existing_folder, open_file_name, save_file_name
from smartnet_desktop.ui.i18n import error_text, fill, problem_text
from smartnet_desktop.ui.operations import attempt


def _table(headings: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headings))
    table.setHorizontalHeaderLabels(headings)
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    return table


def _fill(table: QTableWidget, rows: list[list[str]]) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            table.setItem(r, c, QTableWidgetItem(text))


def _button_row(parent: QWidget, entries) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot, keys in entries:
        button = QPushButton(text)
        button.clicked.connect(lambda _=False, s=slot: s())
        row.addWidget(button)
        if keys:
            shortcut = QShortcut(QKeySequence(keys), parent)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
    row.addStretch(1)
    return row


class _NetworkView(QWidget):
    """The network's data belong to no event: a view reads them whenever it is shown."""

    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions

    def set_sessions(self, sessions) -> None:
        self._sessions = sessions
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class OrganizationsView(_NetworkView):
    changed = Signal()

    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(sessions, parent)
        self._rows = []
        self.table = _table(
            [
                self.tr("Organisation"),
                self.tr("Kind"),
                self.tr("Town / region"),
                self.tr("Offers"),
                self.tr("Needs"),
                self.tr("Profile address"),
            ]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.status = QLabel()
        layout = QVBoxLayout(self)
        heading = self.tr("Organisations")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        layout.addLayout(
            _button_row(
                self,
                [
                    (self.tr("Edit profile… (F2)"), self.edit, "F2"),
                    (self.tr("Topics…"), self.edit_topics, None),
                    (self.tr("Import survey…"), self.import_survey, None),
                ],
            )
        )
        layout.addLayout(
            _button_row(
                self,
                [
                    (self.tr("Network's profile address…"), self.set_base_url, None),
                    (self.tr("Publish profiles as website…"), self.write_site, None),
                    (self.tr("Profiles as PDF…"), self.write_pdf, None),
                ],
            )
        )

    def refresh(self) -> None:
        self._rows = (
            attempt(
                self,
                self.tr("Organisations"),
                lambda: organizations.list_organizations(self._sessions),
            )
            or []
        )
        kinds = formatting.organization_kinds()
        _fill(
            self.table,
            [
                [
                    r.name,
                    kinds.get(r.kind, r.kind),
                    r.town,
                    ", ".join(r.offers),
                    ", ".join(r.needs),
                    r.url,
                ]
                for r in self._rows
            ],
        )
        self.status.setText(fill(self.tr("%1 organisations"), str(len(self._rows))))

    def edit(self) -> None:
        from smartnet_desktop.ui.dialogs.profile_dialog import ProfileDialog

        row = self.table.currentRow()
        if not 0 <= row < len(self._rows):
            return
        profile = attempt(
            self,
            self.tr("Profile"),
            lambda: organizations.profile(self._sessions, self._rows[row].id),
        )
        if profile is None:
            return
        if ProfileDialog(self._sessions, profile, topics.list_topics(self._sessions), self).exec():
            self.refresh()
            self.table.selectRow(row)
            self.changed.emit()

    def edit_topics(self) -> None:
        from smartnet_desktop.ui.dialogs.topics_dialog import TopicsDialog

        if TopicsDialog(self._sessions, self).exec():
            self.refresh()
            self.changed.emit()

    def import_survey(self) -> None:
        path = open_file_name(
            self, self.tr("Import survey"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if not path:
            return
        from smartnet_desktop.domain.errors import InvalidImport

        try:
            result = survey.import_survey(self._sessions, Path(path))
        except InvalidImport as error:
            lines = [problem_text(p) for p in error.problems[:20]]
            QMessageBox.warning(
                self,
                self.tr("Import survey"),
                self.tr("Nothing was imported:") + "\n" + "\n".join(lines),
            )
            return
        except (SmartNetError, OSError) as error:
            QMessageBox.warning(self, self.tr("Import survey"), error_text(error))
            return
        text = fill(
            self.tr("%1 new answers, %2 changed, %3 new organisations."),
            str(result.statements_new),
            str(result.statements_changed),
            str(len(result.organizations_new)),
        )
        if result.unmapped:
            unknown = ", ".join(sorted({u["topic"] for u in result.unmapped}))
            text += "\n" + fill(self.tr("Not in the topic catalogue (skipped): %1"), unknown)
        QMessageBox.information(self, self.tr("Import survey"), text)
        self.refresh()
        self.changed.emit()

    def set_base_url(self) -> None:
        with self._sessions() as session:
            current = organizations.base_url(session)
        url, ok = QInputDialog.getText(
            self,
            self.tr("Network's profile address"),
            self.tr(
                "Profiles without an address of their own are published under this address + their short name:"
            ),
            text=current,
        )
        if (
            ok
            and attempt(
                self,
                self.tr("Profile address"),
                lambda: organizations.set_base_url(self._sessions, url),
            )
            is not None
        ):
            self.refresh()
            self.changed.emit()  # badges show the new addresses

    def write_site(self) -> None:
        folder = existing_folder(self, self.tr("Folder for the website"))
        if not folder:
            return
        out = Path(folder) / "steckbriefe"
        pages = attempt(
            self, self.tr("Website"), lambda: publishing.write_site(self._sessions, out)
        )
        if pages is not None:
            self.status.setText(
                fill(self.tr("Website with %1 profiles written to %2"), str(len(pages)), str(out))
            )

    def write_pdf(self) -> None:
        path = save_file_name(
            self, self.tr("Profiles as PDF"), "steckbriefe.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            count = attempt(
                self,
                self.tr("Profiles as PDF"),
                lambda: publishing.write_steckbriefe(self._sessions, Path(path)),
            )
            if count is not None:
                self.status.setText(fill(self.tr("%1 profiles written to %2"), str(count), path))


class DistributionChart(QWidget):
    """How many ratings were 1 … 6: processes (blue) and fields of action (amber)."""

    COLOURS = (QColor("#0b3d6e"), QColor("#f9a825"))

    def __init__(self) -> None:
        super().__init__()
        self.setMinimumHeight(170)
        self._series: list[tuple[int, ...]] = []

    def set_series(self, *series: tuple[int, ...]) -> None:
        self._series = list(series)
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, height = self.width(), self.height()
        top, bottom, left = 10, 24, 30
        most = max([1, *(v for s in self._series for v in s)])
        slot = (width - left - 10) / 6
        bar = slot / (len(self._series) + 1) if self._series else slot
        painter.setPen(self.palette().text().color())
        for step in range(most + 1):
            y = height - bottom - (height - top - bottom) * step / most
            painter.drawText(QRectF(0, y - 8, left - 6, 16), Qt.AlignmentFlag.AlignRight, str(step))
        for rating in range(6):
            x = left + slot * rating
            painter.setPen(self.palette().text().color())
            painter.drawText(
                QRectF(x, height - bottom + 4, slot, bottom - 4),
                Qt.AlignmentFlag.AlignHCenter,
                str(rating + 1),
            )
            for n, series in enumerate(self._series):
                value = series[rating] if rating < len(series) else 0
                bar_height = (height - top - bottom) * value / most
                painter.fillRect(
                    QRectF(
                        x + bar * (n + 0.5), height - bottom - bar_height, bar * 0.9, bar_height
                    ),
                    self.COLOURS[n % 2],
                )
        painter.end()


class SurveyView(_NetworkView):
    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(sessions, parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.processes = _table([self.tr("Process"), self.tr("Average"), self.tr("Ratings")])
        self.fields = _table([self.tr("Field of action"), self.tr("Average"), self.tr("Ratings")])
        for table in (self.processes, self.fields):
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.chart = DistributionChart()
        self.legend = QLabel()
        self.support = _table([self.tr("Organisation"), self.tr("Support wanted"), self.tr("Why")])
        self.support.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.support.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # "Unterstützung gewünscht" is wider than a default column: never cut it.
        self.support.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        tables = QHBoxLayout()
        tables.addWidget(self.processes)
        tables.addWidget(self.fields)
        lower = QHBoxLayout()
        chart_box = QVBoxLayout()
        chart_box.addWidget(
            QLabel(self.tr("Distribution of ratings (1 = very much experience, 6 = none)"))
        )
        chart_box.addWidget(self.chart, 1)
        chart_box.addWidget(self.legend)
        lower.addLayout(chart_box, 1)
        lower.addWidget(self.support, 1)
        layout = QVBoxLayout(self)
        heading = self.tr("Survey")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.headline)
        layout.addLayout(tables, 1)
        layout.addLayout(lower, 1)
        layout.addLayout(
            _button_row(self, [(self.tr("Survey report as PDF…"), self.write_report, None)])
        )

    def refresh(self) -> None:
        figures = attempt(self, self.tr("Survey"), lambda: survey.summary(self._sessions))
        if figures is None:
            return
        self.headline.setText(
            fill(
                self.tr(
                    "%1 organisations answered. Average experience in processes: %2 · in fields of action: %3 (1 = very much, 6 = none)"
                ),
                str(figures.organizations),
                formatting.average_text(figures.processes.average),
                formatting.average_text(figures.fields.average),
            )
        )
        for table, area in ((self.processes, figures.processes), (self.fields, figures.fields)):
            _fill(table, self._area_rows(area))
        self.chart.set_series(figures.processes.distribution, figures.fields.distribution)
        processes, fields = self.tr("processes"), self.tr("fields of action")
        self.legend.setText(
            f"<span style='color:#0b3d6e'>■</span> {processes} &nbsp; "
            f"<span style='color:#f9a825'>■</span> {fields}"
        )
        yes, no = self.tr("yes"), self.tr("no")
        _fill(
            self.support,
            [
                [name, yes if wanted == "yes" else no, reasons]
                for name, wanted, reasons in figures.support
            ],
        )

    @staticmethod
    def _area_rows(area: AreaSummary) -> list[list[str]]:
        return [
            [name, formatting.average_text(average), str(count)]
            for name, average, count in area.per_topic
        ]

    def write_report(self) -> None:
        path = save_file_name(
            self, self.tr("Survey report as PDF"), "umfrageergebnisse.pdf", self.tr("PDF (*.pdf)")
        )
        if path:
            attempt(
                self,
                self.tr("Survey report"),
                lambda: publishing.write_survey_report(self._sessions, Path(path)),
            )


class MatchesView(_NetworkView):
    def __init__(self, sessions, parent: QWidget | None = None) -> None:
        super().__init__(sessions, parent)
        self.topic = QComboBox()
        self.topic.currentIndexChanged.connect(lambda _i: self._show_matches())
        self.table = _table(
            [
                self.tr("Topic"),
                self.tr("Needs help"),
                self.tr("Offers help"),
                self.tr("Why they fit"),
            ]
        )
        header = self.table.horizontalHeader()
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.status = QLabel()
        choose = QHBoxLayout()
        choose.addWidget(QLabel(self.tr("Topic:")))
        choose.addWidget(self.topic, 1)
        layout = QVBoxLayout(self)
        heading = self.tr("Matches")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addLayout(choose)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)

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
        found = (
            attempt(
                self,
                self.tr("Matches"),
                lambda: matches.potential_matches(self._sessions, self.topic.currentData()),
            )
            or []
        )
        _fill(
            self.table,
            [
                [
                    m.topic,
                    m.need,
                    m.offer,
                    m.reason or "–",
                ]
                for m in found
            ],
        )
        self.table.resizeColumnToContents(0)
        self.status.setText(fill(self.tr("%1 potential matches"), str(len(found))))
