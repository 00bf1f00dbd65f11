"""Attendees of the current event: the registry table with add, edit, remove (undoable)
and merge of duplicates."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractItemView, QMessageBox

from smartnet_desktop.context import AppContext
from smartnet_desktop.domain.rows import AttendeeRow
from smartnet_desktop.services import registry
from smartnet_desktop.ui.dialogs.attendee_dialog import AttendeeDialog
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.keys import key_of
from smartnet_desktop.ui.models.attendee_model import Column
from smartnet_desktop.ui.newcomer_marks import NewcomerMarks
from smartnet_desktop.ui.operations import Operations
from smartnet_desktop.ui.views.attendee_list_view import AttendeeListView, consent_row_actions

SCOPE = "attendees"  # this room's steps on the window's undo stack


class AttendeesView(AttendeeListView):
    def __init__(self, context: AppContext, operations: Operations, parent=None) -> None:
        super().__init__(
            context,
            operations,
            heading=self.tr("Attendees"),
            explanation=self.tr(
                "Everyone registered for this event. Type any part of a name or organisation, "
                "an email address with its @, or a badge code; accents and case do not matter."
            ),
            columns=[
                Column.NAME,
                Column.ORGANIZATION,
                Column.ROLE,
                Column.BADGE_CODE,
                Column.STATUS,
                Column.PRINTED,
                Column.PHOTO,
                Column.CONTACT,
                Column.EMAIL,
                Column.NEW,
            ],
            quick_filters=[
                (self.tr("Everyone"), None),
                (self.tr("Checked in"), lambda r: r.checked_in_at is not None),
                (self.tr("Not yet checked in"), lambda r: r.checked_in_at is None),
                (self.tr("Walk-ins"), lambda r: r.walk_in),
                (self.tr("No photos"), lambda r: r.photo_objection),
                (self.tr("New"), lambda r: self.newcomers.is_new(r)),
            ],
            parent=parent,
        )
        self.undo_stack = operations.undo_stack.scoped(SCOPE)  # removals, newest last
        # "neu": at the first meeting of the series (issue 26 item 1)
        self.newcomers = NewcomerMarks(lambda: self.context.sessions)
        self.model.set_newcomers(self.newcomers.is_new, self.newcomers.organisation_is_new)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.rowActivated.connect(lambda row: self.edit(row))

        self.add_action(self.tr("Add…"), self.add, "attendees.add")
        self.add_action(self.tr("Edit…"), self.edit, "attendees.edit")
        self.add_action(self.tr("Remove"), self.remove_selected, "attendees.remove")
        self.add_action(self.tr("Undo removal"), self.undo_removal, "attendees.undo")
        self.add_action(self.tr("Merge duplicates…"), self.merge_selected)
        consent_row_actions(self)

    def set_context(self, context: AppContext) -> None:
        super().set_context(context)
        self.undo_stack.clear()

    def set_event(self, event_id: int) -> None:
        if event_id != self.event_id:
            self.undo_stack.clear()
        super().set_event(event_id)

    def set_rows(self, rows: list[AttendeeRow], fresh: list[AttendeeRow] | None = None) -> None:
        self.newcomers.update(self.event_id, rows, full=fresh is None)
        super().set_rows(rows, fresh)

    def add(self) -> None:
        if self.event_id is not None:
            AttendeeDialog(
                self.context.sessions, self.event_id, self.operations, parent=self
            ).exec()

    def edit(self, row: AttendeeRow | None = None) -> None:
        row = row or next(iter(self.selected_rows()), None)
        if row is not None:
            AttendeeDialog(
                self.context.sessions, self.event_id, self.operations, row.person_id, parent=self
            ).exec()

    def remove_selected(self) -> None:
        rows = self.selected_rows()
        if not rows:
            return
        names = ", ".join(r.display_name for r in rows[:5]) + (" …" if len(rows) > 5 else "")
        answer = QMessageBox.question(
            self,
            self.tr("Remove from this event"),
            fill(
                self.tr(
                    "Remove %1 from this event's list? The person stays in the network; "
                    "%2 brings the registration back."
                ),
                names,
                key_of("attendees.undo"),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions, ids = self.context.sessions, [r.registration_id for r in rows]
        self.write(lambda: registry.remove_registrations(sessions, ids), SCOPE)

    def undo_removal(self) -> None:
        self.operations.undo(SCOPE, report=lambda text: warn(self, self.heading, text))

    def merge_selected(self) -> None:
        rows = self.selected_rows()
        if len(rows) != 2:
            QMessageBox.information(
                self,
                self.tr("Merge duplicates"),
                self.tr("Select exactly two rows: the person to keep first."),
            )
            return
        keep, duplicate = rows
        answer = QMessageBox.question(
            self,
            self.tr("Merge duplicates"),
            fill(
                self.tr(
                    "Merge %2 into %1? %1 keeps the registrations, check-ins and consent history "
                    "of both."
                ),
                keep.display_name,
                duplicate.display_name,
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.write(
            lambda: registry.merge_persons(
                self.context.sessions, keep.person_id, duplicate.person_id
            )
        )
