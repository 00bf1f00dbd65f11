"""The window's keys come from the one key table (smartnet_desktop/keys.py): every menu
entry, view shortcut and button label; the desk's hint line; the F1 reference."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from smartnet_desktop.keys import (
    BUTTON,
    BY_ACTION,
    HINT,
    KEYS,
    KIOSK,
    MENU,
    PLACES,
    SHORTCUT,
    WINDOW,
)
from smartnet_desktop.ui import keys as ui_keys
from smartnet_desktop.ui.event_actions import EventActions
from smartnet_desktop.ui.views.contact_sharing_view import ContactSharingView


def _bound(window) -> list[tuple[str | None, list[str]]]:
    """(the table's action id or None, its keys) of every QAction and QShortcut with a key."""
    found = []
    for action in window.findChildren(QAction):
        keys = [s.toString() for s in action.shortcuts() if not s.isEmpty()]
        if keys:
            found.append((action.property(ui_keys.ACTION_PROPERTY), keys))
    for shortcut in window.findChildren(QShortcut):
        if not shortcut.key().isEmpty():
            found.append((shortcut.property(ui_keys.ACTION_PROPERTY), [shortcut.key().toString()]))
    return found


def _every_view_built(window):
    """The views are built when first shown (issue 24 item 5); a view's keys act only while
    the focus is in it, so a view not built yet has none to miss. Built, all are checked."""
    for row in range(window.navigation.count()):
        window.show_view(row)
    return window


def test_every_key_of_the_window_comes_from_the_table(make_window):
    window = _every_view_built(make_window("en"))
    bound = _bound(window)
    assert len(bound) > 30
    for action, keys in bound:
        assert action in BY_ACTION, (action, keys)  # made by ui/keys.py from the table
        assert set(keys) <= set(BY_ACTION[action].keys), (action, keys)
    made = {action for action, _ in bound}
    for entry in KEYS:  # and the table binds nothing that the window lacks
        if entry.how & {MENU, SHORTCUT} and entry.where != (KIOSK,):  # the kiosk's: its own
            assert entry.action in made, entry.action


def test_the_menus_keys_are_the_tables(make_window):
    window = make_window("en")
    in_menus = {}
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not action.shortcut().isEmpty():
                in_menus.setdefault(action.property(ui_keys.ACTION_PROPERTY), []).append(
                    action.shortcut().toString()
                )
    assert in_menus == {e.action: list(e.keys) for e in KEYS if MENU in e.how}
    assert window.navigation.count() == len(BY_ACTION["view.show"].keys)


def test_button_labels_show_the_tables_key(make_window):
    window = _every_view_built(make_window("en"))
    labels = {b.text() for b in window.findChildren(QPushButton)}
    for action in ("attendees.edit", "agenda.up", "desk.walk_in", "organisations.edit"):
        assert any(label.endswith(f"({ui_keys.shown(BY_ACTION[action])})") for label in labels)
    assert "Up (Alt+↑)" in labels and "Walk-in… (Ctrl+N)" in labels


def test_the_desk_hint_line_is_made_from_the_table(make_window):
    window = make_window("de")
    hint = window.checkin_view.consent_hint.text()
    assert hint == ui_keys.hint_line()
    for entry in (e for e in KEYS if HINT in e.how):
        assert ui_keys.shown(entry) in hint
    assert "Umschalt+F7 keine Fotos bei allen Treffen" in hint  # German words and key names


def _reference(window) -> QMessageBox:
    QTest.keyClick(window.checkin_view.search, Qt.Key.Key_F1)
    (box,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.objectName() == "keyboard_reference"
    ]
    return box


def test_f1_lists_every_entry_of_the_table(make_window, qtbot):
    """Before the table F1 said Ctrl+1 … Ctrl+6 for nine views, and knew no view's keys."""
    window = make_window("en")
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    box = _reference(window)
    text = box.text()
    for entry in (e for e in KEYS if e.where != (KIOSK,)):  # the kiosk's own window: README
        assert f"<b>{ui_keys.shown(entry)}</b>" in text.replace("&amp;", "&"), entry.action
        assert ui_keys._where(entry).replace("'", "&#x27;") in text, entry.action
    for place in set(PLACES) - {KIOSK}:
        assert PLACES[place] in text
    assert "Ctrl+1 … Ctrl+9" in text and "Ctrl+6<" not in text
    assert box.sizeHint().width() < 1000 and box.sizeHint().height() < 720  # a 1024×768 laptop
    box.close()


def test_f1_in_german_names_keys_and_places_in_german(make_window):
    window = make_window("de")
    QTest.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    box = _reference(window)
    assert "Strg+1 … Strg+9" in box.text() and "Am Empfang" in box.text()
    assert "Einfg" in box.text() and "Ctrl+" not in box.text()
    assert box.sizeHint().width() < 1000 and box.sizeHint().height() < 720  # German is longer
    box.close()


def test_the_attendee_and_distribution_list_keys_each_do_one_thing(make_window, monkeypatch, qtbot):
    """Ctrl+E was the File menu's attendee export and the contact view's distribution list:
    in that view Qt found two actions for the key and ran neither."""
    ran = []
    monkeypatch.setattr(EventActions, "export_attendees", lambda self: ran.append("attendees"))
    monkeypatch.setattr(ContactSharingView, "export", lambda self: ran.append("distribution"))
    window = make_window("en")
    window.show_view(window.stack.indexOf(window.contact_view))
    window.activateWindow()
    window.contact_view.table.setFocus()
    qtbot.waitUntil(lambda: window.contact_view.table.hasFocus())
    for action in ("attendees.export", "contacts.export"):
        (keys,) = BY_ACTION[action].keys
        QTest.keySequence(window.contact_view.table, QKeySequence(keys))
    assert ran == ["attendees", "distribution"]


def test_window_keys_are_not_bound_again_by_a_view(make_window):
    window = make_window("en")
    everywhere = {k for e in KEYS if WINDOW in e.where for k in e.keys}
    for shortcut in window.findChildren(QShortcut):
        assert shortcut.key().toString() not in everywhere


def test_buttons_say_only_keys_of_the_table():
    assert all(BUTTON not in e.how or SHORTCUT in e.how or "handled" in e.how for e in KEYS)
