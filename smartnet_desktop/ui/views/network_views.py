"""The network's views: Organisations (the list and the profile editor, publishing) and
Survey (averages per process and field of action, the distribution of ratings, who wants
support and why); Matches is in matches_view.py, its picture in network_graph_view.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.domain.errors import InvalidImport
from smartnet_desktop.domain.outcome import Done
from smartnet_desktop.services import organizations, publishing, survey, topics
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.file_dialogs import existing_folder, open_file_name, save_file_name
from smartnet_desktop.ui.i18n import fill, problem_text
from smartnet_desktop.ui.keys import bind, labelled
from smartnet_desktop.ui.models.rows_model import Column, RowsTableModel
from smartnet_desktop.ui.operations import Operations, attempt


def _table(parent: QWidget, columns: list[Column]) -> QTableView:
    """A read-only table over a model of rows (the rows go in with `.model().set_rows`)."""
    table = QTableView()
    table.setModel(RowsTableModel(columns, parent))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setWordWrap(False)
    return table


def _button_row(parent: QWidget, entries) -> QHBoxLayout:
    row = QHBoxLayout()
    for text, slot, key in entries:  # key: an action id of the key table, or None
        button = QPushButton(labelled(text, key) if key else text)
        button.clicked.connect(lambda _=False, s=slot: s())
        row.addWidget(button)
        if key:
            bind(parent, key, slot)
    row.addStretch(1)
    return row


class _NetworkView(QWidget):
    """The network's data belong to no event: a view reads them whenever it is shown, and
    again after its own writes (which go through the window's operation runner; the Change
    a service returns names the attendees whose badges the write touched)."""

    def __init__(self, sessions, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._sessions = sessions
        self.operations = operations

    def set_sessions(self, sessions) -> None:
        self._sessions = sessions
        self.refresh()

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        raise NotImplementedError


class OrganizationsView(_NetworkView):
    def __init__(self, sessions, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(sessions, operations, parent)
        kinds = formatting.organization_kinds()
        self.table = _table(
            self,
            [
                (self.tr("Organisation"), lambda r: r.name),
                (self.tr("Kind"), lambda r: kinds.get(r.kind, r.kind)),
                (self.tr("Town / region"), lambda r: r.town),
                (self.tr("Offers"), lambda r: ", ".join(r.offers)),
                (self.tr("Needs"), lambda r: ", ".join(r.needs)),
                (self.tr("Profile address"), lambda r: r.url),
            ],
        )
        self.model: RowsTableModel = self.table.model()
        header = self.table.horizontalHeader()
        for column in (0, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        heading = self.tr("Organisations")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status)
        for entries in (
            [
                (self.tr("Edit profile…"), self.edit, "organisations.edit"),
                (self.tr("Topics…"), self.edit_topics, None),
                (self.tr("Import survey…"), self.import_survey, None),
            ],
            [
                (self.tr("Network's profile address…"), self.set_base_url, None),
                (self.tr("Publish profiles as website…"), self.write_site, None),
                (self.tr("Profiles as PDF…"), self.write_pdf, None),
            ],
        ):
            layout.addLayout(_button_row(self, entries))

    def refresh(self) -> None:
        rows = (
            attempt(
                self,
                self.tr("Organisations"),
                lambda: organizations.list_organizations(self._sessions),
            )
            or []
        )
        self.model.set_rows(rows)
        self.status.setText(fill(self.tr("%1 organisations"), str(len(rows))))

    def edit(self) -> None:
        from smartnet_desktop.ui.dialogs.profile_dialog import ProfileDialog

        row = self.table.currentIndex().row()
        chosen = self.model.row_at(row)
        if chosen is None:
            return
        profile = attempt(
            self, self.tr("Profile"), lambda: organizations.profile(self._sessions, chosen.id)
        )
        if profile is None:
            return
        dialog = ProfileDialog(
            self._sessions, self.operations, profile, topics.list_topics(self._sessions), self
        )
        if dialog.exec():
            self.refresh()
            self.table.selectRow(row)

    def edit_topics(self) -> None:
        from smartnet_desktop.ui.dialogs.topics_dialog import TopicsDialog

        if TopicsDialog(self._sessions, self.operations, self).exec():
            self.refresh()

    def import_survey(self) -> None:
        """Off the GUI thread through the runner; the status line says how far it is and,
        should the file be refused, why (no box for a background error). A survey tool's
        export first shows its columns when some name no topic (SurveyColumnsDialog)."""
        path = open_file_name(
            self, self.tr("Import survey"), "", self.tr("Tables (*.csv *.xlsx);;All files (*)")
        )
        if not path:
            return
        sessions = self._sessions
        self.status.setText(self.tr("Importing the survey…"))
        self.operations.run(
            lambda _progress: Done(survey.survey_columns(sessions, Path(path))),
            report=self.status.setText,
            refused=self._survey_refused,
            done=lambda columns: self._columns_read(Path(path), columns),
            background=True,
        )

    def _columns_read(self, path: Path, columns) -> None:
        mapping = None
        if columns is not None and any(c.role is None for c in columns):
            if not self.isVisible():  # rule 11: no dialog over the desk waiting for a scan
                self.status.setText(
                    self.tr("The survey has columns to map: import it again from here.")
                )
                return
            from smartnet_desktop.ui.dialogs.survey_columns_dialog import SurveyColumnsDialog

            names = [t.name for t in topics.list_topics(self._sessions)]
            dialog = SurveyColumnsDialog(columns, names, self)
            if not dialog.exec():
                self.status.setText(self.tr("The survey was not imported."))
                return
            mapping = dialog.mapping()
        self._import_survey_file(path, mapping)

    def _import_survey_file(self, path: Path, mapping: dict[str, str] | None) -> None:
        sessions = self._sessions
        self.operations.run(
            lambda progress: survey.import_survey(
                sessions, path, progress=progress, mapping=mapping
            ),
            report=self.status.setText,
            refused=self._survey_refused,
            done=self._survey_imported,
            background=True,
            progress=lambda done, total: self.status.setText(
                fill(self.tr("Importing the survey… %1 of %2 steps"), str(done), str(total))
            ),
        )

    def _survey_refused(self, error: BaseException) -> bool:
        if not isinstance(error, InvalidImport):
            return False  # worded by the runner on the status line
        lines = [problem_text(p) for p in error.problems[:20]]
        self.status.setText(self.tr("Nothing was imported:") + "\n" + "\n".join(lines))
        return True

    def _survey_imported(self, result) -> None:
        text = fill(
            self.tr("%1 new answers, %2 changed, %3 new organisations."),
            str(result.statements_new),
            str(result.statements_changed),
            str(len(result.organizations_new)),
        )
        for column in result.unmapped_columns:
            text += "\n" + fill(
                self.tr("Column %1 names no topic (left out): %2"),
                str(column["column"]),
                column["header"],
            )
        if result.unmapped:
            unknown = ", ".join(sorted({u["topic"] for u in result.unmapped}))
            text += "\n" + fill(self.tr("Not in the topic catalogue (skipped): %1"), unknown)
        self.refresh()
        self.status.setText(text)
        # The import ran in the background: staff may have gone to the desk meanwhile, where
        # a box would take the next scan's Enter. The line says it there; a box only here.
        if self.isVisible():
            QMessageBox.information(self, self.tr("Import survey"), text)

    def set_base_url(self) -> None:
        current = organizations.read_base_url(self._sessions)
        url, ok = QInputDialog.getText(
            self,
            self.tr("Network's profile address"),
            self.tr(
                "Profiles without an address of their own are published under this address + their short name:"
            ),
            text=current,
        )
        if ok:
            self.operations.run(
                lambda: organizations.set_base_url(self._sessions, url),
                report=lambda text: warn(self, self.tr("Profile address"), text),
                done=lambda _url: self.refresh(),
            )

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
    def __init__(self, sessions, operations: Operations, parent: QWidget | None = None) -> None:
        super().__init__(sessions, operations, parent)
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.processes = self._area_table(self.tr("Process"))
        self.fields = self._area_table(self.tr("Field of action"))
        self.chart = DistributionChart()
        self.legend = QLabel()
        yes, no = self.tr("yes"), self.tr("no")
        self.support = _table(
            self,
            [
                (self.tr("Organisation"), lambda r: r[0]),
                (self.tr("Support wanted"), lambda r: yes if r[1] == "yes" else no),
                (self.tr("Why"), lambda r: r[2]),
            ],
        )
        header = self.support.horizontalHeader()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        # "Unterstützung gewünscht" is wider than a default column: never cut it.
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
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

    def _area_table(self, heading: str) -> QTableView:
        """Per topic of one area: (name, average, count) rows."""
        table = _table(
            self,
            [
                (heading, lambda r: r[0]),
                (self.tr("Average"), lambda r: formatting.average_text(r[1])),
                (self.tr("Ratings"), lambda r: str(r[2])),
            ],
        )
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        return table

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
            table.model().set_rows(area.per_topic)
        self.chart.set_series(figures.processes.distribution, figures.fields.distribution)
        processes, fields = self.tr("processes"), self.tr("fields of action")
        self.legend.setText(
            f"<span style='color:#0b3d6e'>■</span> {processes} &nbsp; "
            f"<span style='color:#f9a825'>■</span> {fields}"
        )
        self.support.model().set_rows(figures.support)

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
