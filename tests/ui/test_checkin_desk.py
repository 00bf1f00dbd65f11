"""The welcome desk driven as staff would: type, Enter, scan, undo, walk-in."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import attendees
from tests.typing_helpers import press_enter, type_text


def _gera_window(make_window):
    window = make_window("en")
    gera = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(gera)
    window.show_view(0)
    return window, window.checkin_view


def _count(counter) -> int:
    return int(counter.value.text())


def test_typing_part_of_a_name_with_umlauts_and_enter_checks_in(make_window):
    window, desk = _gera_window(make_window)
    assert _count(desk.checked_in) == 0 and _count(desk.expected) == 40
    type_text(desk.search, "Müllersch")
    assert desk.model.rowCount() == 1
    press_enter(desk.search)
    assert _count(desk.checked_in) == 1 and _count(desk.expected) == 39
    assert "Müllerschön" in desk.confirmation.text()
    assert desk.search.text() == ""  # ready for the next arrival
    [row] = attendees.list_attendees(
        window.context.sessions, window.current_event.id, "mullerschon"
    )
    assert row.checked_in_at is not None and row.checked_in_by == "Desk 1"
    assert desk.latest.count() == 1 and "Müllerschön" in desk.latest.item(0).text()
    assert "1 checked in" in window.counts_label.text()


def test_scanned_code_checks_in_and_the_same_code_again_changes_nothing(make_window):
    window, desk = _gera_window(make_window)
    target = next(r for r in desk.model.rows() if r.family_name == "Nguyễn")
    type_text(desk.search, target.badge_code)  # a USB scanner types the code ...
    press_enter(desk.search)  # ... and Enter
    assert _count(desk.checked_in) == 1
    first = attendees.list_attendees(
        window.context.sessions, window.current_event.id, target.badge_code
    )[0]

    type_text(desk.search, target.badge_code)
    press_enter(desk.search)
    assert "already checked in" in desk.confirmation.text()
    assert "Desk 1" in desk.confirmation.text()
    assert _count(desk.checked_in) == 1
    again = attendees.list_attendees(
        window.context.sessions, window.current_event.id, target.badge_code
    )[0]
    assert again.checked_in_at == first.checked_in_at


def test_ctrl_z_undoes_the_last_check_in(make_window, qtbot):
    window, desk = _gera_window(make_window)
    type_text(desk.search, "Żółć")
    press_enter(desk.search)
    assert _count(desk.checked_in) == 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _count(desk.checked_in) == 0
    rows = attendees.list_attendees(window.context.sessions, window.current_event.id, "zolc")
    assert rows[0].checked_in_at is None


def test_several_matches_need_a_choice_with_the_arrow_keys(make_window, qtbot):
    window, desk = _gera_window(make_window)
    type_text(desk.search, "stadt gera")
    matches = desk.model.rowCount()
    assert matches > 1
    qtbot.keyClick(desk.search, Qt.Key.Key_Down)
    chosen = desk.model.row_at(desk.table.currentIndex().row())
    press_enter(desk.search)
    assert _count(desk.checked_in) == 1
    assert chosen.display_name in desk.confirmation.text()


def test_walk_in_is_registered_and_checked_in(make_window, qtbot, monkeypatch):
    window, desk = _gera_window(make_window)
    from smartnet_desktop.ui.dialogs import walk_in_dialog

    def fill_and_accept(dialog):
        type_text(dialog.given, "Ödön")
        type_text(dialog.family, "Ștefănescu")
        type_text(dialog.organization, "Stadt Mühlhausen")
        dialog.accept()
        return dialog.result() if dialog.result_row else 0

    monkeypatch.setattr(
        walk_in_dialog.WalkInDialog, "exec", lambda self: fill_and_accept(self) or 1
    )
    qtbot.keyClick(desk.search, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert (
        _count(desk.walk_ins) == 3
        and _count(desk.checked_in) == 1
        and _count(desk.registered) == 41
    )
    [row] = attendees.list_attendees(
        window.context.sessions, window.current_event.id, "odon stefanescu"
    )
    assert row.walk_in and row.checked_in_at is not None and row.organization == "Stadt Mühlhausen"
    assert "Ștefănescu" in desk.confirmation.text()


def test_consent_keys_record_for_the_person_just_checked_in(make_window, qtbot):
    window, desk = _gera_window(make_window)
    type_text(desk.search, "Träumer")
    press_enter(desk.search)
    qtbot.keyClick(desk.search, Qt.Key.Key_F7)
    qtbot.keyClick(desk.search, Qt.Key.Key_F8)
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, "traumer")
    assert row.photo_objection and row.contact_sharing == "granted"
    assert "NO PHOTOS" in desk.confirmation.text()
    assert _count(desk.checked_in) == 1  # consent changes nothing about the check-in
    from smartnet_desktop.services import consent

    history = consent.history(window.context.sessions, row.person_id)
    assert [(h.kind, h.decision, h.recorded_by, h.channel) for h in history][-2:] == [
        ("photo", "object", "Desk 1", "desk"),
        ("contact_sharing", "grant", "Desk 1", "desk"),
    ]
    qtbot.keyClick(desk.search, Qt.Key.Key_F9)
    assert (
        attendees.list_attendees(window.context.sessions, window.current_event.id, "traumer")[
            0
        ].contact_sharing
        == "objected"
    )
