"""The window's backup, restore and data-protection actions (a part of MainWindow):
automatic backup, restore, person export and erasure, retention purge, audit log. The
erasure and the purge write through the operation runner."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from smartnet_desktop.context import AppContext
from smartnet_desktop.ui.error_handling import warn
from smartnet_desktop.ui.file_dialogs import open_file_name, save_file_name
from smartnet_desktop.ui.i18n import fill
from smartnet_desktop.ui.operations import Operations, attempt

# The strings keep the window's translation context, where they have always been.
translate = QCoreApplication.translate


def _erasure_report(cleanup: str) -> str:
    """What happened: the erasure has committed; `cleanup` says why the file may still
    hold old copies of the data ("" when it does not)."""
    if not cleanup:
        return translate("MainWindow", "The person was erased.")
    if cleanup == "other_reader":
        return translate(
            "MainWindow",
            "The person was erased. Another program has the database open; the file is "
            "cleaned of the old data the next time an erasure runs without it.",
        )
    if cleanup == "disk_full":
        return translate(
            "MainWindow",
            "The person was erased. The disk is too full to rebuild the database file: old "
            "copies of the data stay in its free space until an erasure runs with room on "
            "the disk. Free some space.",
        )
    return fill(
        translate(
            "MainWindow",
            "The person was erased. The database file could not be cleaned of old copies of "
            "the data (%1); that happens the next time an erasure can clean it.",
        ),
        cleanup,
    )


class DataProtectionActions(QObject):
    """Inputs: the window (the parent of its boxes), the context (a getter: another
    database may be open by now), the runner, `selected_rows` (the Attendees view's),
    `show_view(index)`, `status(text, ms)` (the status line), `replace_context(location)`
    (a restored file is opened again). `purge_action` is set once the menu exists: its text
    counts the events due."""

    def __init__(
        self,
        window: QWidget,
        context: Callable[[], AppContext],
        operations: Operations,
        selected_rows: Callable[[], list],
        show_view: Callable[[int], None],
        status: Callable[[str, int], None],
        replace_context: Callable[[str], None],
    ) -> None:
        super().__init__(window)
        self._window, self._context, self.operations = window, context, operations
        self._selected_rows, self.show_view, self._status = selected_rows, show_view, status
        self._replace_context = replace_context
        self.purge_action: QAction | None = None

    @property
    def context(self) -> AppContext:
        return self._context()

    def backup_at_start(self) -> None:
        """The automatic, rotated backup of each start; quiet unless it fails. It runs off the
        GUI thread: copying and proving a large database (and loading the migration
        scripts it is checked against) would freeze the desk just as the first people come."""
        from smartnet_desktop.domain.outcome import Done
        from smartnet_desktop.services import backups

        context = self.context
        if context.is_demo or backups.on_server(context.sessions):
            return

        def failed(_text: str) -> None:
            self.warn_if_purge_due()  # first: the status line then keeps the failure
            self._status(
                translate("MainWindow", "The automatic backup failed; use File › Back up now."),
                15000,
            )

        self.operations.run(
            lambda _progress: Done(
                backups.back_up(context.sessions, context.settings.backups_to_keep)
            ),
            report=failed,
            done=lambda _path: self.warn_if_purge_due(),
            background=True,
        )

    def warn_if_purge_due(self) -> None:
        from smartnet_desktop.services.privacy import purge_due

        due = purge_due(self.context.sessions)
        if self.purge_action is None:
            return
        self.purge_action.setText(
            fill(
                translate("MainWindow", "&Purge data past the retention period (%1 events due)…"),
                str(len(due)),
            )
            if due
            else translate("MainWindow", "&Purge data past the retention period…")
        )
        if due:
            self._status(
                fill(
                    translate(
                        "MainWindow",
                        "The retention period of %1 events has passed: Data protection › Purge.",
                    ),
                    str(len(due)),
                ),
                30000,
            )

    def _selected_person(self):
        rows = self._selected_rows()
        if not rows:
            QMessageBox.information(
                self._window,
                translate("MainWindow", "Data protection"),
                translate("MainWindow", "Select the person in the Attendees view first."),
            )
            self.show_view(1)
            return None
        return rows[0]

    def export_person_data(self) -> None:
        from smartnet_desktop.services.privacy import export_person

        row = self._selected_person()
        if row is None:
            return
        path = save_file_name(
            self._window,
            translate("MainWindow", "Export everything about a person"),
            f"auskunft-{row.person_id}.json",
            "JSON (*.json)",
        )
        if path:
            attempt(
                self._window,
                translate("MainWindow", "Data protection"),
                lambda: export_person(
                    self.context.sessions, row.person_id, Path(path), self.context.settings.desk()
                ),
            )

    def erase_person(self) -> None:
        from smartnet_desktop.services.privacy import erase_person

        row = self._selected_person()
        if row is None:
            return
        name, ok = QInputDialog.getText(
            self._window,
            translate("MainWindow", "Erase a person"),
            fill(
                translate(
                    "MainWindow",
                    "This removes every personal detail of %1 from all events, for good. Consent "
                    "and audit records stay, with a placeholder.\n\nType the family name to confirm:",
                ),
                row.display_name,
            ),
        )
        if not ok:
            return
        if name.strip() != row.family_name:
            QMessageBox.information(
                self._window,
                translate("MainWindow", "Erase a person"),
                translate("MainWindow", "The name did not match; nothing was erased."),
            )
            return
        sessions, by = self.context.sessions, self.context.settings.desk()
        done = self.operations.run(
            lambda: erase_person(sessions, row.person_id, by),
            report=self._protection_refused(translate("MainWindow", "Data protection")),
        )
        if done is None:
            return
        self._status(_erasure_report(done.value.cleanup), 30000)
        self._offer_erasing_backups(row.person_id)

    def _protection_refused(self, title: str):
        """Where a refusal of an erasure or purge is worded: a box titled `title`, as for
        every output of this menu (on the status line while the desk waits for a scan)."""
        return lambda text: warn(self._window, title, text)

    def _offer_erasing_backups(self, person_id: int) -> None:
        """Backups keep an erased person until they rotate out; the request may need more."""
        from smartnet_desktop.services.privacy import backups_of, erase_from_backups

        count = len(backups_of(self.context.sessions))
        if not count:
            return
        answer = QMessageBox.question(
            self._window,
            translate("MainWindow", "Erase a person"),
            fill(
                translate(
                    "MainWindow",
                    "%1 backups still hold this person's data. Erase it from them as well?",
                ),
                str(count),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        cleaned = attempt(
            self._window,
            translate("MainWindow", "Data protection"),
            lambda: erase_from_backups(
                self.context.sessions, person_id, self.context.settings.desk()
            ),
        )
        if cleaned is not None:
            self._status(
                fill(translate("MainWindow", "Erased from %1 backups as well."), str(cleaned)),
                15000,
            )

    def purge(self) -> None:
        from smartnet_desktop.services.privacy import purge

        plan = purge(self.context.sessions, dry_run=True).value
        if not plan.event_ids:
            QMessageBox.information(
                self._window,
                translate("MainWindow", "Purge"),
                translate("MainWindow", "No event is past its retention period."),
            )
            return
        answer = QMessageBox.question(
            self._window,
            translate("MainWindow", "Purge"),
            fill(
                translate(
                    "MainWindow",
                    "%1 events are past their retention period. %2 registrations will be removed and "
                    "%3 people who are registered for no later event will be erased. Continue?",
                ),
                str(len(plan.event_ids)),
                str(plan.registrations),
                str(len(plan.people_erased)),
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        sessions, by = self.context.sessions, self.context.settings.desk()
        done = self.operations.run(
            lambda: purge(sessions, by=by),
            report=self._protection_refused(translate("MainWindow", "Purge")),
        )
        if done is not None:
            self.warn_if_purge_due()

    def show_audit_log(self) -> None:
        from smartnet_desktop.ui.dialogs.audit_dialog import AuditDialog

        AuditDialog(self.context.sessions, self._window).exec()

    def restore_backup(self) -> None:
        from smartnet_desktop.services import backups

        location = Path(self.context.location)
        if self.context.is_demo or not location.exists():
            QMessageBox.information(
                self._window,
                translate("MainWindow", "Restore"),
                translate("MainWindow", "Restoring works for a database file."),
            )
            return
        path = open_file_name(
            self._window,
            translate("MainWindow", "Restore from a backup"),
            str(backups.backups_folder(location)),
            translate("MainWindow", "SmartNet database (*.db)"),
        )
        if not path:
            return
        answer = QMessageBox.question(
            self._window,
            translate("MainWindow", "Restore"),
            translate(
                "MainWindow",
                "Replace the current data by this backup? The current database is kept in the backups folder.",
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        backups.close(self.context.sessions)
        kept = attempt(
            self._window,
            translate("MainWindow", "Restore"),
            lambda: backups.restore(location, Path(path)),
        )
        if kept is None:
            return
        self._replace_context(str(location))
        self._status(
            fill(translate("MainWindow", "Restored. The previous data was kept as %1"), str(kept)),
            15000,
        )

    def backup_now(self) -> None:
        from smartnet_desktop.services import backups

        path = attempt(
            self._window,
            translate("MainWindow", "Backup"),
            lambda: backups.back_up(self.context.sessions, self.context.settings.backups_to_keep),
        )
        if path is None:
            return
        self._status(fill(translate("MainWindow", "Backup saved: %1"), str(path)), 8000)
