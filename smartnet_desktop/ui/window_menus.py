"""The window's menus as data: (menu, [(text, handler, key or None) or None for a line]).
MainWindow._build_menus makes the QActions from it. Keys are action ids of the key table
(smartnet_desktop/keys.py), never key names."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# lupdate finds the strings in translate("MainWindow", "..."), their context since ever.
translate = QCoreApplication.translate


def menu_table(window) -> list:
    return [
        (translate("MainWindow", "&File"), _file_menu(window)),
        (
            translate("MainWindow", "&View"),
            [
                (
                    window.navigation.item(row).text(),
                    lambda r=row: window.show_view(r),
                    ("view.show", row),
                )
                for row in range(window.navigation.count())
            ],
        ),
        (
            translate("MainWindow", "&Data protection"),
            _data_protection_menu(window.data_protection),
        ),
    ]


def _file_menu(window) -> list:
    events_do, protection = window.event_actions, window.data_protection
    return [
        (translate("MainWindow", "&New event…"), events_do.new_event, "event.new"),
        (translate("MainWindow", "Event &settings…"), lambda: events_do.edit_event("edit"), None),
        (
            translate("MainWindow", "&Duplicate event…"),
            lambda: events_do.edit_event("duplicate"),
            None,
        ),
        (
            translate("MainWindow", "Invite from a &previous event…"),
            events_do.invite_from_previous,
            None,
        ),
        (translate("MainWindow", "&Minutes…"), window.record_actions.edit_minutes, None),
        (
            translate("MainWindow", "Invi&tation to this meeting…"),
            window.record_actions.write_invitation,
            None,
        ),
        None,
        (translate("MainWindow", "&Open database…"), window.choose_database, "database.open"),
        (
            translate("MainWindow", "&Import registrations…"),
            events_do.import_registrations,
            "registrations.import",
        ),
        (
            translate("MainWindow", "&Export attendee list…"),
            events_do.export_attendees,
            "attendees.export",
        ),
        None,
        (translate("MainWindow", "&Back up now…"), protection.backup_now, "backup.now"),
        (translate("MainWindow", "&Restore from a backup…"), protection.restore_backup, None),
        None,
        (translate("MainWindow", "&Quit"), window.close, "app.quit"),
    ]


def _data_protection_menu(protection) -> list:
    return [
        (
            translate("MainWindow", "&Export everything about the selected person…"),
            protection.export_person_data,
            None,
        ),
        (translate("MainWindow", "E&rase the selected person…"), protection.erase_person, None),
        (translate("MainWindow", "&Purge data past the retention period…"), protection.purge, None),
        None,
        (translate("MainWindow", "&Audit log…"), protection.show_audit_log, None),
    ]
