"""The welcome desk: one search field that keeps the focus, Enter checks in.

A USB barcode scanner types the badge code and Enter, so a scanned code is just another
search that matches exactly one badge.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
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
from smartnet_desktop.domain.errors import AlreadyCheckedIn, SmartNetError
from smartnet_desktop.domain.rows import AttendeeRow, Change, EventCounts, EventRow
from smartnet_desktop.services import checkin, registry
from smartnet_desktop.services.attendees import matches
from smartnet_desktop.ui import formatting
from smartnet_desktop.ui.dialogs.walk_in_dialog import WalkInDialog
from smartnet_desktop.ui.i18n import error_text
from smartnet_desktop.ui.models.attendee_model import AttendeeTableModel, Column

LATEST_SHOWN = 12


class _Counter(QFrame):
    def __init__(self, caption: str) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("0")
        font = self.value.font()
        font.setPointSize(22)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label = QLabel(caption)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(label)


class CheckinView(QWidget):
    changed = Signal(object)  # Change

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.current_event: EventRow | None = None
        self._undo: list[int] = []  # registration ids this desk checked in, newest last

        self.search = QLineEdit()
        self.search.setObjectName("desk_search")
        self.search.setPlaceholderText(
            self.tr("Type a name or scan a badge, then Enter  ·  Ctrl+N walk-in  ·  Ctrl+Z undo")
        )
        big = QFont(self.search.font())
        big.setPointSize(16)
        self.search.setFont(big)
        self.search.setMinimumHeight(44)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self.check_in_current)
        self.search.installEventFilter(self)

        self.model = AttendeeTableModel(
            [
                Column.NAME,
                Column.ORGANIZATION,
                Column.BADGE_CODE,
                Column.STATUS,
                Column.PHOTO,
                Column.CONTACT,
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the search field keeps the focus
        self.model.sort(0)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((220, 230, 80, 130, 90)):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(
            lambda index: self._check_in_row(self.model.row_at(index.row()))
        )

        self.confirmation = QLabel()
        self.confirmation.setObjectName("desk_confirmation")
        self.confirmation.setWordWrap(True)
        self.confirmation.setMinimumHeight(120)
        self.confirmation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.confirmation.setFrameShape(QFrame.Shape.StyledPanel)
        self.confirmation.setTextFormat(Qt.TextFormat.RichText)

        self.latest = QListWidget()
        self.latest.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.registered = _Counter(self.tr("registered"))
        self.checked_in = _Counter(self.tr("checked in"))
        self.walk_ins = _Counter(self.tr("walk-ins"))
        self.expected = _Counter(self.tr("still expected"))

        self.desk_label = QLabel()
        desk_button = QPushButton(self.tr("Change desk name…"))
        desk_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        desk_button.clicked.connect(lambda: self.ask_desk_name(force=True))
        walk_in_button = QPushButton(self.tr("Walk-in… (Ctrl+N)"))
        walk_in_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        walk_in_button.clicked.connect(self.walk_in)
        undo_button = QPushButton(self.tr("Undo last check-in (Ctrl+Z)"))
        undo_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        undo_button.clicked.connect(self.undo_last)

        counters = QHBoxLayout()
        for counter in (self.registered, self.checked_in, self.walk_ins, self.expected):
            counters.addWidget(counter)
        right = QVBoxLayout()
        right.addLayout(counters)
        right.addWidget(self.confirmation)
        right.addWidget(QLabel(self.tr("Latest check-ins")))
        right.addWidget(self.latest, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.desk_label, 1)
        buttons.addWidget(desk_button)
        buttons.addWidget(walk_in_button)
        buttons.addWidget(undo_button)

        grid = QGridLayout(self)
        heading = self.tr("Check-in")
        grid.addWidget(QLabel(f"<h2>{heading}</h2>"), 0, 0, 1, 2)
        grid.addWidget(self.search, 1, 0, 1, 2)
        grid.addWidget(self.table, 2, 0)
        grid.addLayout(right, 2, 1)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(1, 2)

        self.consent_hint = QLabel(
            self.tr(
                "F7 no photos · Shift+F7 no photos at any event · F8 contact sharing yes · F9 contact sharing no "
                "· F10 print badge"
            )
        )
        self.consent_hint.setWordWrap(True)
        right.insertWidget(2, self.consent_hint)
        self._shown: AttendeeRow | None = None  # the person in the confirmation panel
        self.printer = None  # chosen at the first F10, then reused
        for keys, slot in (
            ("Ctrl+N", self.walk_in),
            ("Ctrl+Z", self.undo_last),
            ("F7", lambda: self.record_photo(all_events=False)),
            ("Shift+F7", lambda: self.record_photo(all_events=True)),
            ("F8", lambda: self.record_contact("grant")),
            ("F9", lambda: self.record_contact("object")),
            ("F10", self.print_badge),
        ):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        self._show_desk()

    # -- data from the window ----------------------------------------------------------------
    def set_context(self, context: AppContext) -> None:
        self.context = context
        self._undo.clear()
        self._show_desk()

    def set_event(self, event: EventRow) -> None:
        if self.current_event is None or self.current_event.id != event.id:
            self._undo.clear()
            self.confirmation.clear()
            self.search.clear()
        self.current_event = event

    def set_rows(self, rows: list[AttendeeRow]) -> None:
        self.model.set_rows(rows)
        self._filter()
        latest = sorted(
            (r for r in rows if r.checked_in_at), key=lambda r: r.checked_in_at, reverse=True
        )
        self.latest.clear()
        for row in latest[:LATEST_SHOWN]:
            self.latest.addItem(
                f"{formatting.local_time(row.checked_in_at)}  {row.display_name}  ·  {row.organization}"
            )

    def set_counts(self, counts: EventCounts) -> None:
        self.registered.value.setText(str(counts.registered))
        self.checked_in.value.setText(str(counts.checked_in))
        self.walk_ins.value.setText(str(counts.walk_ins))
        self.expected.value.setText(str(counts.expected))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.search.setFocus()

    # -- the desk ---------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up and Down in the search field move through the matches; Ctrl+Z undoes the
        last check-in rather than the last keystroke (the field is cleared after each one)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.matches(QKeySequence.StandardKey.Undo):
                self.undo_last()
                return True
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self._move_selection(1 if event.key() == Qt.Key.Key_Down else -1)
                return True
        return super().eventFilter(watched, event)

    def _move_selection(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.table.currentIndex().row()
        target = 0 if current < 0 else max(0, min(count - 1, current + step))
        self.table.selectRow(target)

    def _filter(self) -> None:
        text = self.search.text()
        self.model.set_filter((lambda r: matches(r, text)) if text.strip() else None)
        if self.model.rowCount():
            self.table.selectRow(0)

    def desk_name(self) -> str:
        return self.context.settings.desk_name

    def ask_desk_name(self, force: bool = False) -> bool:
        """The staff or desk name is asked once and stored with every check-in."""
        if self.desk_name() and not force:
            return True
        name, ok = QInputDialog.getText(
            self,
            self.tr("Desk name"),
            self.tr("Name of this desk or of the staff member (stored with each check-in):"),
            text=self.desk_name() or self.tr("Desk 1"),
        )
        if ok and name.strip():
            self.context.settings.desk_name = name.strip()[:100]
            self.context.settings.save()
        self._show_desk()
        self.search.setFocus()
        return bool(self.desk_name())

    def _show_desk(self) -> None:
        name = self.desk_name() or self.tr("not set")
        self.desk_label.setText(self.tr("Desk: %1").replace("%1", name))

    def check_in_current(self) -> None:
        """Enter: an exact badge code, the single match, or the selected match."""
        if self.current_event is None:
            return
        text = self.search.text().strip()
        if not text:
            return
        rows = self.model.rows()
        exact = [r for r in rows if r.badge_code == text.upper()]
        if exact:
            target = exact[0]
        elif len(rows) == 1:
            target = rows[0]
        elif rows and self.table.currentIndex().isValid():
            target = self.model.row_at(self.table.currentIndex().row())
        else:
            self._show_problem(self.tr("Nobody matches “%1”.").replace("%1", text))
            return
        self._check_in_row(target)

    def _check_in_row(self, row: AttendeeRow) -> None:
        if not self.ask_desk_name():
            return
        try:
            done = checkin.check_in(self.context.sessions, row.registration_id, self.desk_name())
        except AlreadyCheckedIn as error:
            self._show_problem(error_text(error))
            self.search.selectAll()
            return
        except SmartNetError as error:
            self._show_problem(error_text(error))
            return
        self._undo.append(done.registration_id)
        self._confirm(done)
        self.search.clear()
        self.changed.emit(
            Change(event_ids=frozenset({done.event_id}), person_ids=frozenset({done.person_id}))
        )

    def print_badge(self) -> None:
        """F10: the badge of the person just checked in, on the event's badge stock. The
        printer is chosen once; later badges go straight to it."""
        if self._shown is None or self.current_event is None:
            return
        from PySide6.QtPrintSupport import QPrintDialog

        from smartnet_desktop.badges.layouts import get_layout
        from smartnet_desktop.badges.render import render_badges
        from smartnet_desktop.services import badges
        from smartnet_desktop.ui.pdf_pages import print_pdf

        settings = self.context.settings
        try:
            layout = get_layout(self.current_event.badge_layout, settings.custom_layout_path())
            data = badges.badge_data(
                self.context.sessions, self.current_event.id, "all", [self._shown.person_id]
            )
        except SmartNetError as error:
            self._show_problem(error_text(error))
            return
        if self.printer is None:
            from smartnet_desktop.ui.views.badges_view import BadgesView

            printer = BadgesView.printer_for(layout)
            if not QPrintDialog(printer, self).exec():
                return
            self.printer = printer
        result = render_badges(
            data, layout, settings.marker_style(), tuple(settings.printer_offset_mm)
        )
        if print_pdf(result.pdf, self.printer):
            self.changed.emit(badges.mark_printed(self.context.sessions, data))
            self.consent_hint.setText(
                self.tr("Badge printed for %1.").replace("%1", self._shown.display_name)
            )
        self.search.setFocus()

    def record_photo(self, all_events: bool) -> None:
        """F7: the person just checked in objects to photos (at this event or all events)."""
        from smartnet_desktop.ui import consent_actions

        if self._shown is not None:
            self._after_consent(
                consent_actions.photo(self, self.context, self._shown, True, all_events)
            )

    def record_contact(self, decision: str) -> None:
        """F8 / F9: the answer to the contact-sharing question."""
        from smartnet_desktop.ui import consent_actions

        if self._shown is not None:
            self._after_consent(consent_actions.contact(self, self.context, self._shown, decision))

    def _after_consent(self, change: Change | None) -> None:
        if change is None:
            return
        from smartnet_desktop.services.attendees import list_attendees

        shown = self._shown
        fresh = list_attendees(self.context.sessions, shown.event_id, person_ids=[shown.person_id])
        self.changed.emit(change)
        if fresh:
            self._confirm(fresh[0], self.tr("Recorded for"))
        self.search.setFocus()

    def _confirm(self, row: AttendeeRow, heading: str | None = None) -> None:
        self._shown = row
        no_photos = self.tr("NO PHOTOS")
        photo = (
            f"<span style='color:#b00020; font-weight:bold'>{no_photos}</span>"
            if row.photo_objection
            else self.tr("Photos: no objection recorded")
        )
        if heading is None:
            heading = self.tr("Checked in") + " " + formatting.local_time(row.checked_in_at)
        contact = self.tr("Contact sharing: %1").replace(
            "%1", formatting.contact_text(row.contact_sharing)
        )
        self.confirmation.setText(
            f"<p style='color:#1b5e20'>{heading}</p>"
            f"<p style='font-size:20pt; font-weight:bold'>{_html(row.display_name)}</p>"
            f"<p style='font-size:13pt'>{_html(row.organization)}</p><p>{photo}<br>{contact}</p>"
        )

    def _show_problem(self, message: str) -> None:
        self._shown = None
        self.confirmation.setText(f"<p style='color:#b00020; font-size:14pt'>{_html(message)}</p>")

    def undo_last(self) -> None:
        if not self._undo:
            self._show_problem(self.tr("There is nothing to undo."))
            return
        registration_id = self._undo.pop()
        try:
            row = checkin.undo_check_in(self.context.sessions, registration_id, self.desk_name())
        except SmartNetError as error:
            self._show_problem(error_text(error))
            return
        undone = self.tr("Check-in undone:")
        self.confirmation.setText(
            f"<p>{undone}</p><p style='font-size:16pt'>{_html(row.display_name)}</p>"
        )
        self.changed.emit(
            Change(event_ids=frozenset({row.event_id}), person_ids=frozenset({row.person_id}))
        )
        self.search.setFocus()

    def walk_in(self) -> None:
        if self.current_event is None or not self.ask_desk_name():
            return
        dialog = WalkInDialog(
            self.context.sessions,
            self.current_event.id,
            self.desk_name(),
            registry.organization_names(self.context.sessions),
            self,
        )
        if dialog.exec() and dialog.result_row:
            row = dialog.result_row
            self._undo.append(row.registration_id)
            self._confirm(
                row,
                self.tr("Walk-in registered and checked in")
                + " "
                + formatting.local_time(row.checked_in_at),
            )
            self.changed.emit(
                Change(event_ids=frozenset({row.event_id}), person_ids=frozenset({row.person_id}))
            )
        self.search.setFocus()


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
