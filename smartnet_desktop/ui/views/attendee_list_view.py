"""A searchable, sortable table of the current event's attendees with quick filters.

The Attendees, Photo consent, Contact sharing and Badges views are this table with other
columns, filters and actions; the main window hands every one of them the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.keys import BUTTON, BY_ACTION
from smartnet_desktop.services.attendees import matcher
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.keys import labelled, set_keys
from smartnet_desktop.ui.models.attendee_model import AttendeeTableModel, Column
from smartnet_desktop.ui.operations import Operations

QuickFilter = tuple[str, Callable[[AttendeeRow], bool] | None]


class AttendeeListView(QWidget):
    """Subclasses give the heading, the columns and the quick filters."""

    rowActivated = Signal(object)  # AttendeeRow

    def __init__(
        self,
        context: AppContext,
        operations: Operations,
        heading: str,
        explanation: str,
        columns: Sequence[Column],
        quick_filters: Sequence[QuickFilter],
        base_filter: Callable[[AttendeeRow], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.operations = operations  # the window's runner: every write of the view
        self.event_id: int | None = None
        self._base_filter = base_filter
        self._quick_filters = list(quick_filters)
        self.heading = heading
        self.model = AttendeeTableModel(columns, self)
        self.table = self._build_table()
        tools = self._build_tools()
        note = QLabel(explanation)
        note.setWordWrap(True)
        # Named places a subclass fills (the badge view: its options, a preview beside the
        # table, progress and status before the buttons), instead of patching by index.
        self.options_bar = QHBoxLayout()
        self.table_area = QSplitter()
        self.table_area.addWidget(self.table)
        self.status_area = QHBoxLayout()
        self.buttons_bar = QHBoxLayout()
        bottom = QHBoxLayout()
        bottom.addLayout(self.status_area, 1)
        bottom.addLayout(self.buttons_bar)

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(note)
        layout.addLayout(tools)
        layout.addLayout(self.options_bar)
        layout.addWidget(self.table_area, 1)
        layout.addLayout(bottom)
        self._size_columns(columns)
        self._apply_filter()  # the base filter holds before the first rows arrive

    def _build_tools(self) -> QHBoxLayout:
        """The search field, the quick filters and the count above the table."""
        self.search = QLineEdit()
        self.search.setPlaceholderText(
            self.tr("Search name, organisation, email (with @) or badge code")
        )
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._apply_filter)
        self.quick = QComboBox()
        for label, _ in self._quick_filters:
            self.quick.addItem(label)
        self.quick.currentIndexChanged.connect(self._apply_filter)
        self.count = QLabel()
        tools = QHBoxLayout()
        tools.addWidget(self.search, 3)
        tools.addWidget(self.quick, 1)
        tools.addWidget(self.count)
        return tools

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(
            lambda index: self.rowActivated.emit(self.model.row_at(index.row()))
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        return table

    def _size_columns(self, columns: Sequence[Column]) -> None:
        widths = {
            Column.NAME: 240,
            Column.ORGANIZATION: 260,
            Column.ROLE: 180,
            Column.EMAIL: 220,
            Column.PRINTED: 170,
            Column.CONTACT: 170,
            Column.REPRINT: 160,
        }
        for index, column in enumerate(columns):
            self.table.setColumnWidth(index, widths.get(column, 120))

    def set_context(self, context: AppContext) -> None:
        self.context = context

    def set_event(self, event_id: int) -> None:
        self.event_id = event_id

    def add_action(
        self, text: str, slot: Callable[[], None], key: str | None = None, button: bool = True
    ) -> QAction:
        """A button below the table (optional), a context-menu entry and the shortcut of
        `key`, an action id of the key table (its label shows the key where the table says)."""
        if key and BUTTON in BY_ACTION[key].how:
            text = labelled(text, key)
        action = QAction(text, self)
        if key:
            set_keys(action, key)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _=False: slot())
        self.table.addAction(action)
        if button:
            push = QPushButton(text)
            push.clicked.connect(action.trigger)
            self.buttons_bar.addWidget(push)
        return action

    def context_photo_scope(self, row: AttendeeRow) -> bool:
        """A withdrawal covers all events when the person objected for all events."""
        from smartnet_desktop.services.consent import objects_everywhere

        return objects_everywhere(self.context.sessions, row.person_id)

    def current_row(self) -> AttendeeRow | None:
        rows = self.selected_rows()
        return rows[0] if rows else None

    def write(self, call: Callable, scope: str | None = None, done=None):
        """Runs a write through the window's runner: the Change it returns is applied, its
        reverse goes onto `scope`'s undo steps, a refusal is told in a box (on the status
        line while the desk shows) titled with the view's heading."""
        return self.operations.run(
            call, report=lambda text: warn(self, self.heading, text), scope=scope, done=done
        )

    def set_rows(self, rows: list[AttendeeRow], fresh: list[AttendeeRow] | None = None) -> None:
        self.model.set_rows(rows, fresh)  # filtered with the filter already set
        self._show_count()

    def selected_rows(self) -> list[AttendeeRow]:
        picked = self.table.selectionModel().selectedRows()
        return [self.model.row_at(i.row()) for i in sorted(picked, key=lambda i: i.row())]

    def _apply_filter(self) -> None:
        text = self.search.text()
        _, quick = (
            self._quick_filters[self.quick.currentIndex()] if self._quick_filters else ("", None)
        )
        base = self._base_filter
        if not text.strip() and quick is None and base is None:
            self.model.set_filter(None)
        else:
            match = matcher(text)
            self.model.set_filter(
                lambda r: (base is None or base(r)) and (quick is None or quick(r)) and match(r)
            )
        self._show_count()

    def _show_count(self) -> None:
        base = self._base_filter
        total = (
            len(self.model.all_rows()) if base is None else sum(map(base, self.model.all_rows()))
        )
        # translate() with the base class's context: self.tr() in a subclass would look the
        # text up under the subclass's name. ("shown" has one form for every number in
        # German and English, so no plural form, which lupdate would not see here.)
        text = QCoreApplication.translate("AttendeeListView", "%1 shown")
        shown = text.replace("%1", str(self.model.rowCount()))
        self.count.setText(f"{shown} / {total}")


# The consent entries of the lists' context menus: (group, text, answer); `answer(view,
# row)` is (kind, decision, for all events). lupdate reads the texts through the NOOP.
_CONSENT_ENTRIES = (
    (
        "photo",
        QT_TRANSLATE_NOOP("ConsentActions", "No photos at this event"),
        lambda view, row: ("photo", "object", False),
    ),
    (
        "photo-all",
        QT_TRANSLATE_NOOP("ConsentActions", "No photos at any event"),
        lambda view, row: ("photo", "object", True),
    ),
    (
        "withdraw",
        QT_TRANSLATE_NOOP("ConsentActions", "Withdraw photo objection"),
        lambda view, row: ("photo", "withdraw", view.context_photo_scope(row)),
    ),
    (
        "contact",
        QT_TRANSLATE_NOOP("ConsentActions", "Contact sharing: yes"),
        lambda view, row: ("contact", "grant", False),
    ),
    (
        "contact",
        QT_TRANSLATE_NOOP("ConsentActions", "Contact sharing: no"),
        lambda view, row: ("contact", "object", False),
    ),
)


def consent_row_actions(view: AttendeeListView, buttons: tuple[str, ...] = ()) -> None:
    """Context-menu entries that record consent for the selected row; the groups named in
    `buttons` ("photo", "withdraw", "contact", "history") also get a button."""
    from smartnet_desktop.services.requests import new_request_id
    from smartnet_desktop.ui import consent_actions as do

    def on_row(answer):
        """Recorded through the runner under one request id, so that a retry is not
        counted twice."""

        def run() -> None:
            row = view.current_row()
            if row is None:
                return
            kind, decision, all_events = answer(view, row)
            request_id = new_request_id()
            view.write(lambda: do.send(view.context, row, kind, decision, request_id, all_events))

        return run

    def translate(text: str) -> str:
        return QCoreApplication.translate("ConsentActions", text)

    for group, text, answer in _CONSENT_ENTRIES:
        view.add_action(translate(text), on_row(answer), None, group in buttons)
    view.add_action(
        translate(QT_TRANSLATE_NOOP("ConsentActions", "Consent history…")),
        lambda: view.current_row() and do.show_history(view, view.context, view.current_row()),
        "consent.history",
        "history" in buttons,
    )
