"""The main window: event switcher, navigation between the views, menus, status bar.

Every write of every view goes through `self.operations` (ui/operations.py): the service
returns Done with the Change it made, the runner hands it to `apply_change`, which reloads
what it touched, so views never poke each other; reverses go onto `self.undo_stack`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from smartnet_desktop import __version__
from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.domain.rows import Change, EventRow
from smartnet_desktop.services import attendees, events
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.data_protection_actions import DataProtectionActions
from smartnet_desktop.ui.desk_actions import DeskActions
from smartnet_desktop.ui.event_actions import EventActions, Shown
from smartnet_desktop.ui.file_dialogs import save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import key_text, set_keys
from smartnet_desktop.ui.lazy_pages import LazyPages
from smartnet_desktop.ui.operations import Operations, attempt
from smartnet_desktop.ui.record_actions import RecordActions
from smartnet_desktop.ui.undo import UndoStack
from smartnet_desktop.ui.views.checkin_view import CheckinView
from smartnet_desktop.ui.views.welcome_page import WelcomePage
from smartnet_desktop.ui.window_menus import menu_table
from smartnet_desktop.ui.window_pages import (
    ATTENDEE_LISTS,
    NETWORK,
    PAGES,
    LazyViews,
    catch_up,
    page_factory,
)

ContextFactory = Callable[[str | None], AppContext]
# A large event shows this many rows of its list (and its latest check-ins) before the whole
# list is read: reading 20,000 rows was most of the start (issue 24 item 5).
FIRST_ROWS = 100


class MainWindow(LazyViews, QMainWindow):
    dataShown = Signal()  # the database's content is on screen (tests, start-up probe)
    firstRowsShown = Signal()  # a large event's first screenful is (start-up probe)

    def __init__(self, context: AppContext, open_context: ContextFactory, settings: QSettings):
        super().__init__()
        self.context = context
        self._open_context = open_context
        self._qsettings = settings
        self._events: list[EventRow] = []
        self._rows: list = []  # AttendeeRow of the current event, shared by the views
        self._rows_event: int | None = None  # the event self._rows belong to
        self._hints: dict[str, list] = {}  # each built view's empty-state hints
        self.current_event: EventRow | None = None
        self._live = None  # LiveUpdates: follows what other desks do
        # Every write of the window goes through one runner onto one undo stack.
        self.undo_stack = UndoStack()
        self.operations = Operations(self.apply_change, self.undo_stack, self)
        self.event_actions = EventActions(self, self.operations, self._shown)
        self.record_actions = RecordActions(self, self.operations, self._shown)

        self._build_views()
        self.data_protection = DataProtectionActions(
            self,
            lambda: self.context,
            self.operations,
            lambda: self.attendees_view.selected_rows(),
            self.show_view,
            self.statusBar().showMessage,
            self._replace_context,
        )
        self.desk_actions = DeskActions(
            self,
            lambda: self.context,
            lambda: self.current_event,
            self.checkin_view,
            lambda: self.stack.currentWidget() is self.checkin_view,
            self.statusBar().showMessage,
        )
        self._build_menus()
        self._build_status_bar()
        from smartnet_desktop.ui import empty_states

        empty_states.install(self)  # empty views say what to do next (each once built)
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        geometry = settings.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._update_title()
        from smartnet_desktop.ui import error_handling

        error_handling.report_quietly_with(self.report_quietly)

    def _shown(self) -> Shown:
        return Shown(self.context, self.current_event, self._events)

    def report_quietly(self, text: str, server_lost: bool) -> bool:
        """The error hook's way without a box (error_handling): a lost server is said by the
        desk's banner and the status line wherever the window is; any error while the desk
        shows goes to the status line, so that the scanner keeps the keyboard."""
        try:
            desk_showing = (
                self.isVisible()
                and self.pages.currentWidget() is self.workspace
                and self.stack.currentWidget() is self.checkin_view
            )
        except RuntimeError:  # the window is gone already
            return False
        if not (server_lost or desk_showing):
            return False
        if server_lost:
            self.checkin_view.set_server_reachable(False)
        self.statusBar().showMessage(text, 30000)
        return True

    # -- building --------------------------------------------------------------------------
    def _build_views(self) -> None:
        self.event_switcher = QComboBox()
        self.event_switcher.setMinimumWidth(520)
        self.event_switcher.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.event_switcher.setToolTip(self.tr("The event you are working on"))
        self.event_switcher.currentIndexChanged.connect(self._event_chosen)
        toolbar = QToolBar(self.tr("Event"))
        toolbar.setObjectName("event_toolbar")
        toolbar.setMovable(False)
        toolbar.addWidget(QLabel(self.tr("Event:") + " "))
        toolbar.addWidget(self.event_switcher)
        self.addToolBar(toolbar)
        self._build_rooms()
        self._build_navigation()

        self.welcome = WelcomePage()
        self.welcome.createEventRequested.connect(self.event_actions.new_event)
        self.welcome.demoRequested.connect(self.open_demo)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.welcome)
        self.pages.addWidget(self.workspace)
        self.setCentralWidget(self.pages)
        self.navigation.setCurrentRow(0)

    def _build_rooms(self) -> None:
        """The desk, built now; every other view is built when first shown or asked for
        (window_pages.py), which kept the window and the desk's first screenful waiting."""
        self.checkin_view = CheckinView(self.context, self.operations, self)
        self.checkin_view.countsShown.connect(self._show_counts)
        self.checkin_view.checkedIn.connect(self._nudge_other_desks)

    def _build_navigation(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(180)
        # A click here must not take the keyboard from the desk's search field.
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.navigation.setStyleSheet("QListWidget::item { padding: 8px; }")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.checkin_view)
        self._pages = LazyPages(self.stack, self._page_built)
        for name in PAGES[1:]:
            self._pages.add(name, page_factory(self, name))
        labels = [
            self.tr("Check-in"),
            self.tr("Attendees"),
            self.tr("Agenda"),
            self.tr("Photo consent"),
            self.tr("Contact sharing"),
            self.tr("Badges"),
            self.tr("Organisations"),
            self.tr("Survey"),
            self.tr("Matches"),
        ]
        for row, label in enumerate(labels):
            self.navigation.addItem(label)
            self.navigation.item(row).setToolTip(key_text("view.show", row))
        self.navigation.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.workspace = QWidget()
        row = QHBoxLayout(self.workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.navigation)
        row.addWidget(self.stack, 1)

    def _page_built(self, name: str, view) -> None:
        """A view built late gets what the others got: the event, the rows, its hint."""
        rows = self._rows if self._rows_event is not None else None
        self._hints[name] = catch_up(self, name, view, rows, self._rows_event)

    def _action(self, text: str, slot, key: str | tuple[str, int] | None = None) -> QAction:
        """`key`: an action id of the key table (or (id, n) for its n-th key), or None."""
        action = QAction(text, self)
        if key is not None:
            set_keys(action, *((key,) if isinstance(key, str) else key))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        actions = {}
        for number, (title, entries) in enumerate(menu_table(self)):
            if number == 2:  # the desk's own menu (desk_actions.py) follows View
                self.desk_actions.build_menu(self.menuBar())
            menu = self.menuBar().addMenu(title)
            for entry in entries:
                if entry is None:
                    menu.addSeparator()
                    continue
                text, handler, keys = entry
                actions[handler] = self._action(text, lambda _=False, h=handler: h(), keys)
                menu.addAction(actions[handler])
        self.new_event_action = actions[self.event_actions.new_event]
        self.purge_action = actions[self.data_protection.purge]
        self.data_protection.purge_action = self.purge_action
        self.import_action = actions[self.event_actions.import_registrations]
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.desk_actions.keyboard_reference_action())
        language_menu = help_menu.addMenu(self.tr("&Language / Sprache"))
        languages = QActionGroup(self)
        for code, label in (("de", "Deutsch"), ("en", "English")):
            action = self._action(label, lambda _=False, c=code: self.choose_language(c))
            action.setCheckable(True)
            action.setChecked(QLocale().name().startswith(code))
            languages.addAction(action)
            language_menu.addAction(action)
        help_menu.addSeparator()
        help_menu.addAction(self._action(self.tr("&About SmartNet Desktop"), self.about))

    def _build_status_bar(self) -> None:
        self.location_label = QLabel()
        self.counts_label = QLabel()
        self.statusBar().addWidget(self.location_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)

    # -- data ------------------------------------------------------------------------------
    def start(self) -> None:
        """Fill the window after it is shown, so that it appears at once."""
        self._follow_other_desks()
        QTimer.singleShot(0, self._load_initial)

    def _follow_other_desks(self) -> None:
        """What other desks do shows here within a second; a lost server is said at once.
        A server that stops answering holds the window up for a moment at most."""
        from smartnet_desktop.services.desk_sync import answer_quickly_here
        from smartnet_desktop.ui.live_updates import LiveUpdates

        answer_quickly_here(self.context.sessions)
        if self._live is not None:
            self._live.stop()
        self._live = LiveUpdates(self.context.sessions, self)
        self._live.changes.connect(self._other_desks_changed)
        self._live.reachable.connect(self.checkin_view.set_server_reachable)
        self._live.start()

    def _nudge_other_desks(self) -> None:
        if self._live is not None:  # a check-in's own transaction told no other desk
            self._live.nudge_others()

    def _other_desks_changed(self, changes) -> None:
        current = self.current_event.id if self.current_event else None
        if current is None or not ({current, None} & changes.event_ids):
            return
        try:
            if changes.whole_events:
                self.refresh_attendees()
            else:
                self.refresh_attendees(frozenset(changes.person_ids))
        except SmartNetError:  # the server went away meanwhile: the follower says so
            return

    def _load_initial(self) -> None:
        last = self._qsettings.value(f"last_event/{self.context.location}")
        self.reload_events(prefer=int(last) if last else None)

    def reload_events(self, prefer: int | None = None) -> None:
        self._events = events.list_events(self.context.sessions)
        keep = prefer or (self.current_event.id if self.current_event else None)
        self.event_switcher.blockSignals(True)
        self.event_switcher.clear()
        for event in self._events:
            self.event_switcher.addItem(formatting.event_label(event), event.id)
        index = next((i for i, e in enumerate(self._events) if e.id == keep), 0)
        self.event_switcher.setCurrentIndex(index if self._events else -1)
        self.event_switcher.blockSignals(False)
        self.location_label.setText(fill(self.tr("Database: %1"), self.context.location))
        self.event_switcher.setEnabled(bool(self._events))
        if not self._events:
            self.current_event = None
            for view in self._built("matches"):
                view.set_event(None)
            self.pages.setCurrentWidget(self.welcome)
            self.counts_label.clear()
            self.dataShown.emit()
            return
        self.pages.setCurrentWidget(self.workspace)
        self._switch_to(self._events[index])

    def _event_chosen(self, index: int) -> None:
        if 0 <= index < len(self._events):
            self._switch_to(self._events[index])

    def _switch_to(self, event: EventRow) -> None:
        self.current_event = event
        self._qsettings.setValue(f"last_event/{self.context.location}", event.id)
        for view in self._built("agenda"):
            view.set_event(event)
        self.checkin_view.set_event(event)
        for view in self._built("matches"):
            view.set_event(event.id)
        for view in self._built(*ATTENDEE_LISTS):
            view.set_event(event.id)
        if self._show_first_rows(event.id):
            QTimer.singleShot(0, self, self.refresh_attendees)  # the whole list next
        else:
            self.refresh_attendees()
        self._update_title()

    def _show_first_rows(self, event_id: int) -> bool:
        """The view on screen gets the first rows and the counters, when the event has more
        rows than that (the others wait for the whole list). False: a small event."""
        from smartnet_desktop.ui.views.checkin_view import LATEST_SHOWN

        view = self.stack.currentWidget()
        if view not in (*self._built(*ATTENDEE_LISTS), self.checkin_view):
            return False
        # One row more than shown tells whether there are more than FIRST_ROWS.
        rows = attendees.first_rows(self.context.sessions, event_id, FIRST_ROWS + 1, LATEST_SHOWN)
        if len(rows) <= FIRST_ROWS:
            return False
        view.set_rows(rows)
        self.refresh_counts()
        self.firstRowsShown.emit()
        return True

    def refresh_attendees(self, person_ids: frozenset[int] | None = None) -> None:
        """Reload the attendees, or only those of some people (a check-in touches one)."""
        if self.current_event is None:
            return
        event_id = self.current_event.id
        swapped = None
        if person_ids:
            # The table models sort, so the fresh rows can simply go at the end.
            fresh = attendees.list_attendees(self.context.sessions, event_id, person_ids=person_ids)
            kept = [r for r in self._rows if r.person_id not in person_ids]
            rows = kept + fresh
            # The same registrations, changed: the models may swap them in place.
            swapped = fresh if len(kept) + len(fresh) == len(self._rows) else None
        else:
            rows = attendees.list_attendees(self.context.sessions, event_id)
        self._rows, self._rows_event = rows, event_id
        for view in [*self._built(*ATTENDEE_LISTS), self.checkin_view]:
            view.set_rows(rows, swapped)
        for view in self._built("matches"):
            view.presence_changed()  # check-ins here and at other desks
        self.refresh_counts()
        self.dataShown.emit()

    def refresh_counts(self) -> None:
        """The desk adds what waits on this laptop and shows the counts (_show_counts)."""
        self.checkin_view.set_counts(
            events.event_counts(self.context.sessions, self.current_event.id)
        )

    def _show_counts(self, counts) -> None:
        """The status bar says what the desk's counters say."""
        self.counts_label.setText(
            fill(
                self.tr("%1 registered · %2 checked in (%3 walk-ins) · %4 still expected"),
                str(counts.registered),
                str(counts.checked_in),
                str(counts.walk_ins),
                str(counts.expected),
            )
        )

    def apply_change(self, change: Change) -> None:
        if change.events_changed:
            prefer = min(change.event_ids) if len(change.event_ids) == 1 else None
            self.reload_events(prefer=prefer)
            return
        current = self.current_event.id if self.current_event else None
        if change.agenda_changed and current in change.event_ids:
            for view in self._built("agenda"):
                view.refresh()
        if change.person_ids:
            self.refresh_attendees(change.person_ids)
        elif current in change.event_ids and not change.agenda_changed:
            self.refresh_attendees()

    # -- actions ---------------------------------------------------------------------------
    def show_view(self, row: int) -> None:
        if self.pages.currentWidget() is self.workspace:
            self.navigation.setCurrentRow(row)
            if self.stack.currentWidget() is self.checkin_view:
                self.checkin_view.focus_search()

    def open_demo(self) -> None:
        self._replace_context(None)

    def choose_database(self) -> None:
        path = save_file_name(
            self,
            self.tr("Open or create a database"),
            self.context.location,
            self.tr("SmartNet database (*.db *.sqlite);;All files (*)"),
            confirm_overwrite=False,
        )
        if path:
            self._replace_context(path)

    def _replace_context(self, location: str | None) -> None:
        context = attempt(self, self.tr("Database"), lambda: self._open_context(location))
        if context is None:
            return
        self.context = context
        # Views not built yet are built on the new database when shown.
        for view in self._built("agenda"):
            view.set_sessions(context.sessions)
        for view in self._built(*NETWORK):
            view.set_sessions(context.sessions)
        for view in self._built("matches"):
            view.graph_view.set_sessions(context.sessions)
        self.checkin_view.set_context(context)
        for view in self._built(*ATTENDEE_LISTS):
            view.set_context(context)
        self.current_event = None
        self._rows, self._rows_event = [], None
        self._follow_other_desks()
        self._load_initial()
        self._update_title()

    def choose_language(self, code: str) -> None:
        """Kept in the settings; the window is built in the new language at the next start."""
        self.context.settings.language = code
        self.context.settings.save()
        QMessageBox.information(
            self, "SmartNet Desktop", self.tr("The language changes at the next start.")
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About SmartNet Desktop"),
            fill(
                self.tr(
                    "<h3>SmartNet Desktop %1</h3><p>The event desk for the network meetings of "
                    "Smart Cities and Smart Regions: check-in, photo objections, contact sharing, "
                    "name badges with QR codes and the agenda.</p><p>Database: %2</p>"
                ),
                __version__,
                self.context.location,
            ),
        )

    def _update_title(self) -> None:
        title = "SmartNet Desktop"
        if self.current_event:
            title = f"{self.current_event.title} – {title}"
        if self.context.is_demo:
            title += " " + self.tr("(demo, changes are not kept)")
        self.setWindowTitle(title)

    def closeEvent(self, event) -> None:  # noqa: N802
        from smartnet_desktop.ui import error_handling

        for agenda in self._built("agenda"):
            if not agenda.record.keep_note_before_closing():
                event.ignore()  # a note that could not be stored: the user chose to stay
                return
        error_handling.forget_quiet_reporter(self.report_quietly)
        if self._live is not None:
            self._live.stop()
        for badges in self._built("badges"):
            badges.stop_work()  # a render thread left running would abort the exit
        self.operations.wait_for_background()
        self._qsettings.setValue("window/geometry", self.saveGeometry())
        self._qsettings.sync()
        super().closeEvent(event)
