"""The welcome desk driven as staff and scanners drive it: keys go to whatever has the
focus, at typing speed (60 ms a key) or scanner speed (8 ms a key, then Enter).

One test (or a few) per rule of the desk; see the docstring of ui/views/checkin_view.py.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from smartnet_desktop.services import attendees, checkin, events
from smartnet_desktop.ui.views.desk_panels import Outcome
from tests.typing_helpers import SCANNER_MS, focused, key, scan, type_keys


def _desk(make_window, qtbot, event="Gera", language="en", desk="Desk 1"):
    window = make_window(language, desk=desk)
    index = next(
        i
        for i in range(window.event_switcher.count())
        if event in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    window.activateWindow()
    key_to_desk = Qt.KeyboardModifier.ControlModifier
    QTest.keyClick(window, Qt.Key.Key_1, key_to_desk)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.checkin_view.search)
    return window, window.checkin_view


def _count(counter) -> int:
    return int(counter.value.text())


def _row(window, search: str):
    [row] = attendees.list_attendees(window.context.sessions, window.current_event.id, search)
    return row


def _checked_in(window) -> int:
    return events.event_counts(window.context.sessions, window.current_event.id).checked_in


# -- rule 1: Enter checks in only the certain person -----------------------------------------


def test_the_single_match_typed_with_umlauts_is_checked_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("Müllersch")
    key(Qt.Key.Key_Return)
    row = _row(window, "mullerschon")
    assert row.checked_in_at is not None and row.checked_in_by == "Desk 1"
    assert desk.result.outcome == Outcome.CHECKED_IN
    assert "Dr. Klaus Müllerschön" in desk.result.text()
    assert desk.search.text() == ""  # ready for the next arrival
    assert desk.latest.count() == 1 and "Müllerschön" in desk.latest.item(0).text()


@pytest.mark.parametrize("typed", ["thüringer", "ö", "ł"])
def test_enter_with_several_matches_writes_nothing_and_says_how_to_choose(
    make_window, qtbot, typed
):
    window, desk = _desk(make_window, qtbot)
    type_keys(typed)
    key(Qt.Key.Key_Return)
    assert _checked_in(window) == 0
    assert desk.result.outcome == Outcome.CHOOSE
    assert f"{desk.model.registered_count()} registered people match" in desk.result.text()
    assert "↑/↓" in desk.result.text()


def test_a_row_picked_with_the_arrow_keys_is_checked_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("thüringer")
    key(Qt.Key.Key_Down)
    key(Qt.Key.Key_Down)
    chosen = desk.model.row_at(desk.table.currentIndex().row())
    key(Qt.Key.Key_Return)
    assert _checked_in(window) == 1
    assert _row(window, chosen.badge_code).checked_in_at is not None
    assert chosen.display_name in desk.result.text()


def test_a_keystroke_after_picking_cancels_the_pick(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("stadt")
    key(Qt.Key.Key_Down)
    type_keys(" ")  # still several matches, and the pick is no longer current
    key(Qt.Key.Key_Return)
    assert _checked_in(window) == 0 and desk.result.outcome == Outcome.CHOOSE


def test_a_row_picked_with_the_mouse_is_checked_in_and_the_field_keeps_the_focus(
    make_window, qtbot
):
    window, desk = _desk(make_window, qtbot)
    type_keys("stadt gera")
    rect = desk.table.visualRect(desk.model.index(1, 0))
    QTest.mouseClick(desk.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = desk.model.row_at(1)
    assert focused() is desk.search
    key(Qt.Key.Key_Return)
    assert _row(window, chosen.badge_code).checked_in_at is not None


# -- rule 2: names and organisation; the email only with "@" ------------------------------


def test_typed_text_matches_names_and_organisation_not_the_mail_domain(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("beispiel")
    assert [r.family_name for r in desk.model.rows()] == ["Beispiel"]
    key(Qt.Key.Key_Escape)
    type_keys("gera")
    assert {r.organization for r in desk.model.rows()} == {"Stadt Gera"}
    key(Qt.Key.Key_Escape)
    mail = desk.model.all_rows()[0].email
    type_keys(mail.split("@")[0] + "@")
    assert [r.email for r in desk.model.rows()] == [mail]


# -- rule 3: one code for desk and profile ----------------------------------------------------


def test_the_qr_of_a_demo_badge_checks_its_holder_in(make_window, qtbot):
    import pypdfium2
    import zxingcpp

    from smartnet_desktop.badges.layouts import get_layout
    from smartnet_desktop.badges.render import render_badges
    from smartnet_desktop.services import badges

    window, desk = _desk(make_window, qtbot)
    event = window.current_event
    person = _row(window, "mullerschon")
    data = badges.badge_data(window.context.sessions, event.id, person_ids=[person.person_id])
    pdf = render_badges(data, get_layout(event.badge_layout)).pdf
    image = pypdfium2.PdfDocument(pdf)[0].render(scale=150 / 72).to_pil().convert("RGB")
    [decoded] = [code.text for code in zxingcpp.read_barcodes(image)]
    assert decoded.startswith("https://steckbriefe.example/gera#")  # opens the profile
    scan(decoded)
    assert _row(window, "mullerschon").checked_in_at is not None
    assert desk.result.outcome == Outcome.CHECKED_IN


def test_a_scanned_text_containing_a_code_checks_in_its_holder(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "weissbach")
    scan(f"https://example.org/profil?x=1#{target.badge_code}")
    assert _row(window, "weissbach").checked_in_at is not None


# -- rule 4: scanner-proof field -------------------------------------------------------------


def test_after_an_unknown_code_the_next_scan_replaces_it(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    scan("QQQQQQ")
    assert desk.result.outcome == Outcome.NOT_FOUND and _checked_in(window) == 0
    assert focused() is desk.search and desk.search.selectedText() == "QQQQQQ"
    target = _row(window, "seltenreich")
    scan(target.badge_code)
    assert _row(window, "seltenreich").checked_in_at is not None


def test_after_already_checked_in_the_field_is_selected_for_the_next_scan(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "nguyen")
    scan(target.badge_code)
    first = _row(window, "nguyen").checked_in_at
    scan(target.badge_code)
    assert desk.result.outcome == Outcome.ALREADY
    assert "Already checked in" in desk.result.text() and "Desk 1" in desk.result.text()
    assert "Nguyễn" in desk.result.text()
    assert _row(window, "nguyen").checked_in_at == first
    assert focused() is desk.search and desk.search.selectedText() == target.badge_code


def test_escape_clears_the_field_and_ctrl_1_brings_the_focus_back(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("Straß")
    key(Qt.Key.Key_Escape)
    assert desk.search.text() == "" and desk.model.rowCount() == 40
    window.attendees_view.search.setFocus()
    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert focused() is desk.search


def test_a_fresh_desk_opens_no_dialog_and_uses_the_computer_name(make_window, qtbot):
    import socket

    window, desk = _desk(make_window, qtbot, desk="")
    first, second = _row(window, "traumer"), _row(window, "probewitz")
    scan(first.badge_code)
    scan(second.badge_code)  # lands in the desk, not in a dialog
    assert QApplication.activeModalWidget() is None
    for search in ("traumer", "probewitz"):
        assert _row(window, search).checked_in_by == socket.gethostname()


# -- rule 5: undo -----------------------------------------------------------------------------


def test_ctrl_z_in_a_non_empty_field_undoes_typing_only(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    scan(_row(window, "zolc").badge_code)
    type_keys("Wei")
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _checked_in(window) == 1
    assert desk.search.text() != "Wei"  # the typing was undone


def test_ctrl_z_in_the_empty_field_asks_and_enter_confirms(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    scan(_row(window, "zolc").badge_code)
    scan(_row(window, "lindqvist").badge_code)
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _checked_in(window) == 2  # asked, not done
    assert "Åsa Lindqvist" in desk.result.text() and desk.result.outcome == Outcome.CHOOSE
    key(Qt.Key.Key_Return)
    assert _checked_in(window) == 1 and _row(window, "lindqvist").checked_in_at is None
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # each further undo asks again
    assert "Żółćińska" in desk.result.text() and _checked_in(window) == 1
    key(Qt.Key.Key_Escape)
    assert _checked_in(window) == 1 and _row(window, "zolc").checked_in_at is not None


def test_undo_never_takes_back_another_desks_check_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    target = _row(window, "schluter")
    scan(target.badge_code)
    checkin.undo_check_in(window.context.sessions, target.registration_id, "Desk 1")
    checkin.check_in(window.context.sessions, target.registration_id, "Desk 2")
    key(Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    key(Qt.Key.Key_Return)
    assert _row(window, "schluter").checked_in_by == "Desk 2"
    assert "Desk 2" in desk.result.text()


# -- rule 6: a result readable from a metre away -----------------------------------------------


def test_the_card_shows_title_organisation_photo_objection_and_contact_sharing(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    objector = next(r for r in desk.model.all_rows() if r.photo_objection)
    scan(objector.badge_code)
    text = desk.result.text()
    assert objector.display_name in text and objector.organization in text
    assert "NO PHOTOS" in text and "Contact sharing:" in text
    assert desk.result.headline.font().pointSize() >= 16


# -- rule 7: a badge of another meeting -----------------------------------------------------


def test_a_badge_of_another_meeting_says_which_and_offers_to_register(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    gera = next(e for e in window._events if "Gera" in e.venue or "Gera" in e.title)
    newcomer = next(
        r
        for r in attendees.list_attendees(window.context.sessions, gera.id)
        if not attendees.list_attendees(
            window.context.sessions, window.current_event.id, person_ids=[r.person_id]
        )
    )
    scan(newcomer.badge_code)
    assert desk.result.outcome == Outcome.NOT_FOUND
    assert "This badge is for the 4th meeting (30.08.2022)" in desk.result.text()
    assert _checked_in(window) == 0
    key(Qt.Key.Key_Return)
    [row] = attendees.list_attendees(
        window.context.sessions, window.current_event.id, person_ids=[newcomer.person_id]
    )
    assert row.checked_in_at is not None and row.walk_in


# -- rule 8: walk-ins ------------------------------------------------------------------------


def _focus(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _fill_walk_in(qtbot, steps):
    """Runs `steps(dialog)` once the modal walk-in dialog is up."""

    def when_open():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, when_open)
            return
        steps(dialog)

    QTimer.singleShot(0, when_open)


def test_walk_in_is_prefilled_has_consent_fields_and_enter_submits(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("Łukasz Weiß-Öztürk")
    seen = {}

    def steps(dialog):
        seen["given"], seen["family"] = dialog.given.text(), dialog.family.text()
        _focus(qtbot, dialog.organization)
        type_keys("Stadt Mühlhausen", 0)
        dialog.no_photos.setChecked(True)
        dialog.contact.setCurrentIndex(dialog.contact.findData("grant"))
        _focus(qtbot, dialog.role)
        type_keys("Digitallotsin", 0)
        key(Qt.Key.Key_Return)  # from the role field

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert seen == {"given": "Łukasz", "family": "Weiß-Öztürk"}
    row = _row(window, "lukasz weiss")
    assert row.walk_in and row.checked_in_at is not None and row.organization == "Stadt Mühlhausen"
    assert row.role == "Digitallotsin" and row.photo_objection and row.contact_sharing == "granted"
    assert "Walk-in registered and checked in" in desk.result.text()
    assert _count(desk.counters.walk_ins) == 1 and _count(desk.counters.registered) == 41


def test_walk_in_of_a_registered_person_only_checks_in_and_says_so(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    known = _row(window, "weissbach")
    type_keys("Jürgen Weißbach")

    def steps(dialog):
        _focus(qtbot, dialog.organization)
        type_keys(known.organization, 0)
        key(Qt.Key.Key_Return)

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert _count(desk.counters.registered) == 40  # nobody new
    assert "Was registered already: checked in" in desk.result.text()
    assert _row(window, "weissbach").checked_in_at is not None


def test_walk_in_of_someone_known_from_another_meeting_is_not_duplicated(make_window, qtbot):
    window, desk = _desk(make_window, qtbot, event="Mühlhausen")
    gera = next(e for e in window._events if "Gera" in e.title or "Gera" in e.venue)
    sessions = window.context.sessions
    newcomer = next(
        r
        for r in attendees.list_attendees(sessions, gera.id)
        if not attendees.list_attendees(sessions, window.current_event.id, person_ids=[r.person_id])
    )
    type_keys(f"{newcomer.given_name} {newcomer.family_name}")

    def steps(dialog):
        _focus(qtbot, dialog.organization)
        type_keys(newcomer.organization, 0)
        key(Qt.Key.Key_Return)

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [row] = attendees.list_attendees(
        sessions, window.current_event.id, person_ids=[newcomer.person_id]
    )
    assert row.checked_in_at is not None
    assert "Known in the network" in desk.result.text()


# -- rule 9: one definition of each counter -----------------------------------------------


def test_counters_agree_in_the_desk_the_status_bar_and_the_cli(make_window, qtbot, capsys):
    import json

    from smartnet_desktop.cli import main

    window, desk = _desk(make_window, qtbot)
    scan(_row(window, "traumer").badge_code)

    def steps(dialog):
        _focus(qtbot, dialog.given)
        type_keys("Ada", 0)
        _focus(qtbot, dialog.family)
        type_keys("Neuhaus", 0)
        key(Qt.Key.Key_Return)

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    shown = {
        name: _count(getattr(desk.counters, name))
        for name in ("registered", "checked_in", "walk_ins", "expected")
    }
    assert shown == {"registered": 41, "checked_in": 2, "walk_ins": 1, "expected": 39}
    status = window.counts_label.text()
    assert "41 registered" in status and "2 checked in (1 walk-ins)" in status
    assert "39 still expected" in status
    main(
        [
            "--db",
            window.context.location,
            "counts",
            "--event",
            str(window.current_event.id),
            "--json",
        ]
    )
    assert json.loads(capsys.readouterr().out) == shown


# -- rule 13: F1 ------------------------------------------------------------------------------


def test_f1_opens_the_keyboard_reference(make_window, qtbot):
    """At the desk it opens beside the field without taking the keyboard (issue 20: no box
    takes a scanner's keys; test_desk_keeps_the_keyboard.py scans while it is open)."""
    window, desk = _desk(make_window, qtbot)
    key(Qt.Key.Key_F1)
    (box,) = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Keyboard reference"
    ]
    seen = [box.text()]
    assert "Ctrl+Z" in seen[0] and "Esc" in seen[0] and "F10" in seen[0]
    assert focused() is desk.search
    box.close()


# -- consent keys (earlier rules, still held) -------------------------------------------------


def test_consent_keys_record_for_the_person_just_checked_in(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    type_keys("Träumer")
    key(Qt.Key.Key_Return)
    key(Qt.Key.Key_F7)
    key(Qt.Key.Key_F8)
    row = _row(window, "traumer")
    assert row.photo_objection and row.contact_sharing == "granted"
    assert "NO PHOTOS" in desk.result.text()
    assert _checked_in(window) == 1  # consent changes nothing about the check-in
    from smartnet_desktop.services import consent

    history = consent.history(window.context.sessions, row.person_id)
    assert [(h.kind, h.decision, h.recorded_by, h.channel) for h in history][-2:] == [
        ("photo", "object", "Desk 1", "desk"),
        ("contact_sharing", "grant", "Desk 1", "desk"),
    ]
    key(Qt.Key.Key_F9)
    assert _row(window, "traumer").contact_sharing == "objected"


def test_scanner_speed_and_typing_speed_give_the_same_result(make_window, qtbot):
    window, desk = _desk(make_window, qtbot)
    code = _row(window, "kuhnemund").badge_code
    type_keys(code, SCANNER_MS)
    key(Qt.Key.Key_Return)
    type_keys("Häberle", 60)
    key(Qt.Key.Key_Return)
    assert _row(window, "kuhnemund").checked_in_at is not None
    assert _row(window, "haberle").checked_in_at is not None


# -- rule 6 (sound) and rule 12 (paper fallback from the desk menu) ------------------------


def test_the_sound_switch_gives_one_sound_per_check_in_and_two_for_a_problem(
    make_window, qtbot, monkeypatch
):
    window, desk = _desk(make_window, qtbot)
    beeps = []
    monkeypatch.setattr(QApplication, "beep", lambda: beeps.append(1))
    scan(_row(window, "weissbach").badge_code)
    assert beeps == []  # off by default
    window.desk_actions.desk_sound_action.trigger()
    assert window.context.settings.desk_sound
    scan(_row(window, "dingsda").badge_code)
    assert len(beeps) == 1
    scan("QQQQQQ")
    qtbot.waitUntil(lambda: len(beeps) == 3)


def test_the_desk_menu_saves_the_paper_check_in_list(make_window, qtbot, monkeypatch, tmp_path):
    from pypdf import PdfReader

    window, desk = _desk(make_window, qtbot, language="de")
    target = tmp_path / "liste.pdf"
    monkeypatch.setattr(  # every file dialog of the window is made by ui/file_dialogs.py
        "smartnet_desktop.ui.desk_actions.save_file_name", lambda *a, **k: str(target)
    )
    [action] = [
        a
        for a in window.findChildren(type(window.desk_actions.desk_sound_action))
        if a.text().startswith("Check-in-&Liste")
    ]
    action.trigger()
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert "Check-in-Liste" in text and "Müllerschön, Dr. Klaus" in text
    assert "40" in window.statusBar().currentMessage()


def test_a_badge_scanned_into_the_open_walk_in_dialog_is_checked_in_not_registered(
    make_window, qtbot
):
    """Staff opened Ctrl+N, then a badge was scanned: the scanner types where the focus is,
    its Enter submits. No walk-in named by a badge code: the holder is checked in as at
    the desk."""
    window, desk = _desk(make_window, qtbot)
    holder = _row(window, "weissbach")
    type_keys("Anna")

    def steps(dialog):
        qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.given)
        scan(holder.badge_code)  # lands in the empty name field, which has the focus

    _fill_walk_in(qtbot, steps)
    key(Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.activeModalWidget() is None
    assert _count(desk.counters.registered) == 40  # nobody new
    assert _row(window, "weissbach").checked_in_at is not None
    assert "Checked in" in desk.result.text()
    assert QApplication.focusWidget() is desk.search
