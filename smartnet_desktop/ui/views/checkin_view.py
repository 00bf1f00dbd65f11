"""The welcome desk: one search field that keeps the focus; Enter checks in.

Rules (each has a test in tests/ui/test_checkin_desk.py):
- Enter checks someone in only for a badge code of this event (alone or inside a scanned
  text such as the badge QR's profile address), the single match, or a row that staff
  picked with ↑/↓ or the mouse after the last keystroke. Otherwise nothing is written and
  the band says how many match.
- After every result the field keeps the focus and its text is selected, so that the next
  scan replaces it; after a check-in it is empty. Esc clears it. No dialog ever opens
  because of Enter or a scan. After an ambiguous Enter the text stays unselected, the
  cursor at its end, so that typing more narrows it (a scan typed after it still counts:
  its code is found inside the text).
- Every keystroke resets the band to the live count of the rows shown, or to "Ready" in
  the empty field: the band never speaks of a text that is no longer there.
- Ctrl+Z undoes typing while there is text; in the empty field it offers to undo this
  desk's last check-in, which Enter confirms (also after a restart: read from the database).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.rows import AttendeeRow, EventCounts, EventRow
from smartnet_desktop.services import codes, registry
from smartnet_desktop.services.attendees import matcher
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import bind, hint_line, key_of, labelled
from smartnet_desktop.ui.models.desk_model import DeskTableModel
from smartnet_desktop.ui.newcomer_marks import NewcomerMarks
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.views import desk_details, desk_others, desk_scans
from smartnet_desktop.ui.views.desk_log import PROBLEMS, DeskLog, DeskLogPanel
from smartnet_desktop.ui.views.desk_matches import DeskMatches
from smartnet_desktop.ui.views.desk_offline import DeskOffline
from smartnet_desktop.ui.views.desk_panels import Counters, Offer, Outcome, ResultBand, desk_table
from smartnet_desktop.ui.views.desk_printing import DeskPrinting
from smartnet_desktop.ui.views.desk_writes import SCOPE, DeskWrites

LATEST_SHOWN = 12
# A person types a key every 100 ms or so and sees the list follow each one; a scanner
# types one every few milliseconds: keys within this time of a filtering run are
# filtered together when it is over, so that a long scan never queues a run per key.
FILTER_COOLDOWN_MS = 30



class CheckinView(QWidget):
    countsShown = Signal(object)  # EventCounts as the desk shows them (the status bar too)
    checkedIn = Signal()  # a check-in made here committed: the other desks are nudged

    def __init__(
        self, context: AppContext, operations: Operations, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.current_event: EventRow | None = None
        # This desk's check-ins, labelled with the name, on the window's one undo stack.
        self.undo_stack = operations.undo_stack.scoped(SCOPE)
        self._picked = False  # a row was chosen with ↑/↓ or the mouse after the last key
        self._offer: Offer | None = None
        self._shown: AttendeeRow | None = None  # the person F7-F10 act on
        self._counts: EventCounts | None = None  # as the database counted them
        self._filter_timer = QTimer(self, singleShot=True, interval=FILTER_COOLDOWN_MS)
        self._filter_timer.timeout.connect(self._filter_now)
        self._filter_pending = False
        # People not registered here are looked up once the keys pause (desk_others).
        self._others_timer = QTimer(self, singleShot=True, interval=desk_others.QUIET_MS)
        self._others_timer.timeout.connect(lambda: desk_others.look_up(self))
        self._band_live = False  # the band shows the live count until the next result
        self.log = DeskLog(self)  # every Enter since the window opened, with its result
        self._entered: str | None = None  # the text of the Enter whose result comes next
        self.log_panel: DeskLogPanel | None = None
        self.here_matches = DeskMatches(self)  # "Heute hier und passend" after a check-in

        self.search = self._build_search()
        self.table, self.model = self._build_table()
        self.result = ResultBand()
        self.newcomers = NewcomerMarks(lambda: self.context.sessions)  # issue 26: "neu"
        self.result.is_new = self.newcomers.is_new
        self.counters = Counters()
        self.latest = QListWidget()
        self.latest.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.latest.setFixedWidth(230)
        self.desk_label = QLabel()
        self.print_status = QLabel()  # the badge printing in the background
        self.print_status.setObjectName("desk_print_status")
        self.consent_hint = QLabel(hint_line())
        self.consent_hint.setWordWrap(True)
        self.buttons = self._build_buttons()
        self._build_parts(operations)
        self._arrange()
        self._bind_keys()
        self._show_desk()
        self.offline.open_queue()

    # -- building ---------------------------------------------------------------------------
    def _build_parts(self, operations: Operations) -> None:
        """The desk's parts, each told in its constructor what it needs from the view."""
        context = lambda: self.context  # noqa: E731 - another database brings another one
        event = lambda: self.current_event  # noqa: E731
        self.offline = DeskOffline(
            context, operations, self.model, self._show, event, self.desk_name, self, self
        )
        self.offline_banner = self.offline.banner
        self.conflict_panel = self.offline.conflict_panel
        self.printing = DeskPrinting(
            context,
            operations,
            self._show,
            lambda: self._shown,
            event,
            self.print_status,
            self.back_from_dialog,
            self,
        )
        self.writes = DeskWrites(
            context,
            operations,
            self._show,
            lambda: self._shown,
            event,
            self.model.all_rows,
            self.desk_name,
            self.offline,
            self._checked_in,
        )
        self.set_server_reachable = self.offline.set_server_reachable  # the window's follower

    def _build_search(self) -> QLineEdit:
        search = QLineEdit()
        search.setObjectName("desk_search")
        search.setPlaceholderText(
            fill(self.tr("Type a name or scan a badge, then %1"), key_of("desk.check_in"))
        )
        big = QFont(search.font())
        big.setPointSize(16)
        search.setFont(big)
        search.setMinimumHeight(44)
        search.setClearButtonEnabled(True)
        search.textChanged.connect(self._typed)
        search.textEdited.connect(self._edited)  # keys only, not the desk's own clear()
        search.returnPressed.connect(self.check_in_current)
        search.installEventFilter(self)
        return search

    def _build_table(self) -> tuple[QTableView, DeskTableModel]:
        table, model = desk_table(self)
        table.clicked.connect(self._row_clicked)
        table.doubleClicked.connect(lambda index: self.writes.check_in(model.row_at(index.row())))
        return table, model

    def _build_buttons(self) -> dict[str, QPushButton]:
        buttons = {}
        for key, text, slot in (
            ("walk_in", labelled(self.tr("Walk-in…"), "desk.walk_in"), self.walk_in),
            ("undo", labelled(self.tr("Undo check-in"), "desk.undo"), self.undo_last),
            ("desk", self.tr("Desk name…"), self.change_desk_name),
        ):
            button = QPushButton(text)
            button.setObjectName(f"desk_{key}_button")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(slot)
            buttons[key] = button
        return buttons

    def _arrange(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.result, 1)
        top.addWidget(self.counters)
        top.addWidget(self.latest)
        bottom = QHBoxLayout()
        bottom.addWidget(self.desk_label)
        bottom.addWidget(self.print_status, 1)
        for button in self.buttons.values():
            bottom.addWidget(button)
        layout = QVBoxLayout(self)
        heading = self.tr("Check-in")
        layout.addWidget(QLabel(f"<h2>{heading}</h2>"))
        layout.addWidget(self.offline_banner)
        layout.addWidget(self.search)
        layout.addLayout(top)
        layout.addWidget(self.conflict_panel)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.consent_hint)
        layout.addLayout(bottom)

    def _bind_keys(self) -> None:
        for action, slot in (
            ("desk.walk_in", self.walk_in),
            ("desk.no_photos", lambda: self.writes.record_consent("photo", "object", False)),
            ("desk.no_photos_anywhere", lambda: self.writes.record_consent("photo", "object", True)),
            ("desk.contact_yes", lambda: self.writes.record_consent("contact", "grant")),
            ("desk.contact_no", lambda: self.writes.record_consent("contact", "object")),
            ("desk.print_badge", lambda: self.printing.print_badge()),
            ("desk.print_sheet", lambda: self.printing.print_sheet()),
            ("desk.log", self.show_log),
            ("desk.edit_details", lambda: desk_details.edit_shown(self)),
        ):
            bind(self, action, slot)

    # -- data from the window ----------------------------------------------------------------
    def set_context(self, context: AppContext) -> None:
        self.context = context
        self.undo_stack.clear()
        self._show_desk()
        self.offline.open_queue()

    def set_event(self, event: EventRow) -> None:
        if self.current_event is None or self.current_event.id != event.id:
            self.undo_stack.clear()
            self._shown = None
            self.result.clear()
            self.search.clear()
        self.current_event = event
        self.offline.show_pending()

    def set_rows(self, rows: list[AttendeeRow], fresh: list[AttendeeRow] | None = None) -> None:
        self.model.set_rows(rows, fresh)
        self.newcomers.update(self.current_event and self.current_event.id, rows, fresh is None)
        self._filter()
        latest = sorted(
            (r for r in rows if r.checked_in_at), key=lambda r: r.checked_in_at, reverse=True
        )
        self.latest.clear()
        for row in latest[:LATEST_SHOWN]:
            self.latest.addItem(f"{formatting.local_time(row.checked_in_at)}  {row.display_name}")

    def set_counts(self, counts: EventCounts) -> None:
        self._counts = counts
        self.show_counts()

    def show_counts(self) -> None:
        """The database's counters, with the check-ins still waiting on this laptop."""
        if self._counts is not None:
            shown = self.offline.with_pending(self._counts)
            self.counters.show_counts(shown)
            self.countsShown.emit(shown)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.focus_search()

    def focus_search(self) -> None:
        """Ctrl+1 and every result: the field has the focus, its text is selected."""
        self.search.setFocus()
        self.search.selectAll()

    def back_from_dialog(self) -> None:
        """After a dialog the window takes the keyboard back, so the next scan lands here."""
        self.window().activateWindow()
        self.focus_search()

    back = back_from_dialog  # as the offline part calls it

    def clear_search(self) -> None:
        self.search.clear()

    # -- keys in the field ------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo) and not self.search.text():
                self.undo_last()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.cancel()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _typed(self) -> None:
        self._offer = None
        self._picked = False
        if self._filter_timer.isActive() and self.search.text():
            self._filter_pending = True
        else:
            self._filter()
            self._filter_timer.start()

    def _edited(self) -> None:
        self._band_live = True
        self._show_live()

    def _show_live(self) -> None:
        desk_others.show_live(self)

    def cancel(self) -> None:
        """Esc: the field is emptied and a waiting question is answered with no."""
        if self._offer is not None:
            self._offer = None
            self.result.show_result(Outcome.INFO, self.tr("Cancelled; nothing was changed."))
        self.search.clear()
        self._filter_now()

    def _move_selection(self, step: int) -> None:
        self._filter_now()
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else max(0, min(count - 1, current + step))
        if not self.model.selectable(target):  # the separator: the row beyond it
            target = target + step if self.model.selectable(target + step) else current
        self.table.selectRow(target)
        self._picked = True

    def _row_clicked(self) -> None:
        self._picked = True
        self.search.setFocus()

    def _filter_now(self) -> None:
        """Applies keys that arrived during the cooldown (Enter and ↑/↓ need them), and a
        look-up of people not registered here that still waits for the keys to pause."""
        if self._filter_pending:
            self._filter_pending = False
            self._filter_timer.stop()
            self._filter()
        if self._others_timer.isActive():
            self._others_timer.stop()
            desk_others.look_up(self)

    def _filter(self) -> None:
        text = self.search.text()
        self.model.set_filter(matcher(text) if text.strip() else None)
        if desk_others.wanted(self, text):
            self._others_timer.start()
        else:
            self._others_timer.stop()
            self.model.set_others([])
        self.table.clearSelection()
        self.table.setCurrentIndex(QModelIndex())
        if self._band_live:
            self._show_live()

    # -- Enter -------------------------------------------------------------------------------
    def check_in_current(self) -> None:
        """Enter: answers a waiting question, or checks in a badge code of this event, the
        single match, or the row picked after the last keystroke; otherwise says why not."""
        if self.current_event is None:
            return
        self._entered = self.search.text().strip()  # logged with the result it brings
        if self._offer is not None:
            offer, self._offer = self._offer, None
            offer.accept()
            return
        text = self._entered
        if not text:
            self._entered = None
            return
        if codes.codes_in(text) and desk_scans.scanned(self, text):
            return
        self._filter_now()
        rows = self.model.rows()
        picked = self.table.currentIndex()
        if self._picked and picked.isValid() and self.model.is_other(picked.row()):
            self.writes.register_badge_holder(self.model.row_at(picked.row()))
        elif self._picked and picked.isValid():
            self.writes.check_in(self.model.row_at(picked.row()))
        elif len(rows) == 1:
            self.writes.check_in(rows[0])
        elif rows:
            self._show(
                Outcome.CHOOSE,
                fill(
                    self.tr("%1 registered people match. Choose with %2, then %3 — or type more."),
                    str(len(rows)),
                    key_of("desk.choose"),
                    key_of("desk.check_in"),
                ),
            )
            self.search.deselect()  # typing more narrows the text instead of replacing it
            self.search.end(False)
        elif desk_others.enter_on_others(self):
            return
        elif not any(desk_scans.scanned(self, meant) for meant in codes.layout_readings(text)):
            # Not found as typed: a scanner set to the other keyboard layout (Y<->Z, "#"->"§")
            # is read back; a name typed at the desk never has a scanner's form.
            if not desk_scans.offer_unregistered(self, text):
                self._show(Outcome.NOT_FOUND, fill(self.tr("Nobody matches “%1”."), text))

    def _checked_in(self, row: AttendeeRow, heading: str = "") -> None:
        """Made here: field emptied, person on the band (F7-F10), others nudged, badge if set."""
        self.search.clear()
        self.checkedIn.emit()
        heading = heading or self.tr("Checked in")
        self._show(Outcome.CHECKED_IN, f"{heading} {formatting.local_time(row.checked_in_at)}", row)
        if self.context.settings.print_on_check_in:
            self.printing.print_badge(may_ask=False)

    def _show(self, outcome: Outcome, headline: str, row: AttendeeRow | None = None) -> None:
        self._band_live = False
        self._shown = row
        if self._entered is not None:
            result = f"{headline} {row.display_name}" if row is not None else headline
            self.log.add(self._entered, outcome, result)
            self._entered = None
        settings = self.context.settings
        sound = settings.desk_sound or (settings.desk_error_sound and outcome in PROBLEMS)
        self.result.show_result(outcome, headline, row, sound)
        self.here_matches.shown(outcome, row)
        self.focus_search()

    def show_log(self) -> None:
        """The desk's log beside the field; the keyboard stays with the field."""
        if self.log_panel is None:
            self.log_panel = DeskLogPanel(self.log, self.back_from_dialog, self)
        self.log_panel.show()
        self.log_panel.raise_()
        self.back_from_dialog()

    # -- desk name ----------------------------------------------------------------------------
    def desk_name(self) -> str:
        return self.context.settings.desk()

    def change_desk_name(self) -> None:
        """Only on request: the computer's name serves until staff choose another."""
        name, ok = QInputDialog.getText(
            self,
            self.tr("Desk name"),
            self.tr("Name of this desk or of the staff member (stored with each check-in):"),
            text=self.desk_name(),
        )
        if ok and name.strip():
            self.context.settings.desk_name = name.strip()[:100]
            self.context.settings.save()
        self._show_desk()
        self.back_from_dialog()

    def _show_desk(self) -> None:
        self.desk_label.setText(fill(self.tr("Desk: %1"), self.desk_name()))

    # -- undo ---------------------------------------------------------------------------------
    def undo_last(self) -> None:
        """Offers to undo this desk's newest check-in, naming the person; Enter confirms."""
        if self.search.text():
            self.search.undo()
            return
        if not self.undo_stack and not self.writes.recall_last_check_in():
            self._show(Outcome.INFO, self.tr("There is nothing to undo at this desk."))
            return
        name = self.undo_stack.next_label()
        question = (
            self.tr("Undo the changed details of %1? %2: undo · %3: keep")
            if self.writes.next_undo_is_details()
            else self.tr("Undo the check-in of %1? %2: undo · %3: keep")
        )
        self._show(
            Outcome.CHOOSE,
            fill(
                question,
                name,
                key_of("desk.check_in"),
                key_of("desk.cancel"),
            ),
        )
        self._offer = Offer(self.writes.undo_now)

    # -- walk-ins, consent, badges ---------------------------------------------------------
    def walk_in(self) -> None:
        """Ctrl+N: the dialog registers and checks in through the runner (its reverse goes
        onto the desk's steps like any check-in); the band then says which of three things
        happened. A badge scanned into the dialog is checked in as at the desk."""
        if self.current_event is None:
            return
        from smartnet_desktop.ui.dialogs.walk_in_dialog import WalkInDialog

        dialog = WalkInDialog(
            self.writes.walk_in_writer(),
            self.context.sessions,
            self.current_event.id,
            registry.organization_names(self.context.sessions),
            self.search.text(),
            self,
        )
        if dialog.exec() and dialog.walk_in_result is not None:
            row = dialog.walk_in_result.row
            self.search.clear()
            when = formatting.local_time(row.checked_in_at)
            self._show(Outcome.CHECKED_IN, f"{dialog.outcome_text()} {when}", row)
        elif dialog.scanned_code:  # a badge scanned while the dialog was open: as at the desk
            self.back_from_dialog()
            self.search.setText(dialog.scanned_code)
            self.check_in_current()
            return
        self.back_from_dialog()
