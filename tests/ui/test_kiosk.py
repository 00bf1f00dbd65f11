"""Issue 27 on the kiosk's widgets: the flow from a scan to a printed PDF and a check-in,
keys that would leave it swallowed, the PIN, the equal unselected answer buttons, large
names, and nothing of the previous person after "Fertig" or 20 s without input."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QFontInfo

from smartnet_desktop.app import open_context
from smartnet_desktop.services import attendees, consent, kiosk_pin
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.i18n import install_translators
from smartnet_desktop.ui.kiosk.lock import swallowed
from smartnet_desktop.ui.kiosk.start import start_kiosk


@pytest.fixture(autouse=True)
def _left_afterwards():
    """Every kiosk of a test is left at its end (its key filter and follower stopped), and
    its language goes with it: the next test file's window speaks the language it chose."""
    yield
    for window in _OPEN:
        if not window.unlocked:
            window.leave()
    _OPEN.clear()
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator):
        app.removeTranslator(translator)


_OPEN = []


def _kiosk(qtbot, tmp_path, language="de"):
    app = QCoreApplication.instance()
    for translator in app.findChildren(QTranslator):  # another test's language
        app.removeTranslator(translator)
    installed = install_translators(app, language)
    settings = Settings(desk_name="Foyer", desk_printer=f"file:{tmp_path}/")
    settings.kiosk_pin = kiosk_pin.hash_pin("2468")
    context = open_context(None, settings)
    window = start_kiosk(context, None, language)
    qtbot.addWidget(window)
    window._test_translators = installed
    _OPEN.append(window)
    return window


def _unchecked(window):
    rows = attendees.list_attendees(window.context.sessions, window.meeting.id)
    return next(r for r in rows if r.checked_in_at is None)


def test_scan_preview_answers_print_and_check_in(qtbot, tmp_path):
    window = _kiosk(qtbot, tmp_path)
    row = _unchecked(window)
    qtbot.keyClicks(window.start.field, row.badge_code)
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.preview
    assert window.preview.name.text() == row.display_name
    assert QFontInfo(window.preview.name.font()).pointSize() >= 32
    qtbot.mouseClick(window.preview.right, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.consent
    buttons = list(window.consent.buttons.values())
    assert not any(b.hasFocus() or b.isDefault() or b.isChecked() for b in buttons)
    widths = {b.width() for b in buttons}
    assert max(widths) - min(widths) <= 2  # three equal buttons
    assert [b.text() for b in buttons] == ["Ja", "Nein", "Später fragen"]
    qtbot.mouseClick(window.consent.buttons["yes"], Qt.MouseButton.LeftButton)  # no photos
    qtbot.mouseClick(window.consent.buttons["later"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.done
    pdf = tmp_path / f"{row.badge_code}.pdf"
    qtbot.waitUntil(pdf.exists, timeout=20000)
    fresh = attendees.list_attendees(
        window.context.sessions, row.event_id, person_ids=[row.person_id]
    )[0]
    assert fresh.checked_in_at is not None and fresh.checked_in_by == "Kiosk Foyer"
    assert fresh.photo_objection
    history = consent.history(window.context.sessions, row.person_id)
    assert [(c.kind, c.channel) for c in history][-1] == ("photo", "kiosk")
    from pypdf import PdfReader

    assert "fotografieren" in PdfReader(str(pdf)).pages[0].extract_text()
    qtbot.mouseClick(window.done.finish, Qt.MouseButton.LeftButton)
    _nothing_of(window, row)


def test_a_kiosk_check_in_nudges_the_other_desks(qtbot, tmp_path, monkeypatch):
    from smartnet_desktop.services import desk_sync

    nudged = []
    monkeypatch.setattr(desk_sync.Follower, "nudge_others", lambda self: nudged.append(self))
    window = _kiosk(qtbot, tmp_path)
    row = _unchecked(window)
    qtbot.keyClicks(window.start.field, row.badge_code)
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    qtbot.mouseClick(window.preview.right, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.consent.buttons["yes"], Qt.MouseButton.LeftButton)
    assert nudged == []  # an answer's own transaction still notifies
    qtbot.mouseClick(window.consent.buttons["later"], Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.done
    assert nudged == [window.live._follower]


def _nothing_of(window, row):
    from PySide6.QtWidgets import QLabel, QLineEdit

    assert window.pages.currentWidget() is window.start
    texts = [w.text() for w in window.findChildren(QLabel) + window.findChildren(QLineEdit)]
    assert not any(row.family_name in t for t in texts)  # on no page, hidden or not
    assert window.preview.badge.pixmap().isNull()
    assert window.row is None


def test_a_typed_name_shows_nobody_and_says_go_to_the_desk(qtbot, tmp_path):
    window = _kiosk(qtbot, tmp_path)
    row = _unchecked(window)
    qtbot.keyClicks(window.start.field, row.family_name[:3])
    qtbot.keyClick(window.start.field, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.start
    assert "Empfang" in window.start.message.text()
    assert window.start.field.completer() is None
    _nothing_of(window, row)


def test_a_correction_shows_at_once_in_the_preview(qtbot, tmp_path):
    window = _kiosk(qtbot, tmp_path)
    row = _unchecked(window)
    window.identify(row.badge_code)
    qtbot.mouseClick(window.preview.fix, Qt.MouseButton.LeftButton)
    window.preview.form.given.setText("Ann")
    qtbot.mouseClick(window.preview.form.save, Qt.MouseButton.LeftButton)
    assert window.preview.name.text().startswith("Ann ") or " Ann " in window.preview.name.text()
    assert window.row.given_name == "Ann"


def test_leaving_keys_are_swallowed_and_only_the_pin_closes(qtbot, tmp_path):
    for key, modifiers in (
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
    ):
        assert swallowed(key, modifiers)
    assert not swallowed(Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier)
    window = _kiosk(qtbot, tmp_path)
    window.close()
    assert window.isVisible()  # Alt+F4 / the window manager's close is refused
    window.ask_pin()
    qtbot.keyClicks(window.pin.field, "1111")
    qtbot.keyClick(window.pin.field, Qt.Key.Key_Return)
    assert window.isVisible() and window.pin.message.text()
    qtbot.keyClicks(window.pin.field, "2468")
    qtbot.keyClick(window.pin.field, Qt.Key.Key_Return)
    assert not window.isVisible()


def test_idle_returns_to_the_start_with_nothing_left(qtbot, tmp_path):
    window = _kiosk(qtbot, tmp_path)
    assert window.lock.idle.interval() == 20_000
    row = _unchecked(window)
    window.identify(row.badge_code)
    window.ask_questions()
    window.lock.idle.setInterval(50)
    window.lock.idle.start()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.start, timeout=5000)
    _nothing_of(window, row)


def test_the_english_switch_and_back_to_german_for_the_next_person(qtbot, tmp_path):
    window = _kiosk(qtbot, tmp_path)
    qtbot.mouseClick(window.start.language, Qt.MouseButton.LeftButton)
    assert window.start.ok.text() == "OK" and "e-mail" in window.start.hint.text()
    window.reset()
    assert "E-Mail" in window.start.hint.text()


def test_the_pin_is_set_in_the_desk_settings_as_a_hash(qtbot, tmp_path):
    from smartnet_desktop.ui.kiosk.pin_setting_dialog import PinSettingDialog

    settings = Settings()
    dialog = PinSettingDialog(settings)
    qtbot.addWidget(dialog)
    dialog.first.setText("5555")
    dialog.second.setText("5556")
    dialog.accept()
    assert dialog.problem.text() and settings.kiosk_pin == ""
    dialog.second.setText("5555")
    dialog.accept()
    assert kiosk_pin.pin_matches("5555", settings.kiosk_pin)
    assert kiosk_pin.pin_matches("5555", Settings.load().kiosk_pin)  # saved, hashed
    assert "5555" not in Settings.path().read_text(encoding="utf-8")


def test_each_answer_says_in_large_type_what_it_records_whatever_the_wording(qtbot, tmp_path):
    """Follow-up 1: an organiser who asks "May we photograph you?" must not get every answer
    inverted: the words under Ja and Nein say what is recorded, and that is what is."""
    from dataclasses import replace

    window = _kiosk(qtbot, tmp_path)
    window.meeting = replace(window.meeting, photo_question="Dürfen wir Sie fotografieren?")
    row = _unchecked(window)
    window.identify(row.badge_code)
    window.ask_questions()
    meanings = window.consent.meanings
    assert window.consent.question.text() == "Dürfen wir Sie fotografieren?"
    assert meanings["yes"].text() == "Ja – keine Fotos von mir"
    assert meanings["no"].text() == "Nein – Fotos sind in Ordnung"
    assert meanings["later"].text() == ""  # "later" records nothing
    buttons = list(window.consent.buttons.values())
    assert [b.text() for b in buttons] == ["Ja", "Nein", "Später fragen"]
    assert not any(b.hasFocus() or b.isDefault() for b in buttons)
    for answer in ("yes", "no"):  # the kiosk's large type, under its own button
        assert QFontInfo(meanings[answer].font()).pointSize() >= 24
        button, meaning = window.consent.buttons[answer], meanings[answer]
        assert abs(button.mapTo(window, button.rect().center()).x()
                   - meaning.mapTo(window, meaning.rect().center()).x()) <= 2  # fmt: skip
        assert (
            meaning.mapTo(window, meaning.rect().topLeft()).y()
            >= button.mapTo(window, button.rect().bottomLeft()).y()
        )
    qtbot.mouseClick(window.consent.buttons["no"], Qt.MouseButton.LeftButton)
    assert meanings["yes"].text() == "Ja – in den Verteiler"
    assert meanings["no"].text() == "Nein – nicht weitergeben"
    qtbot.mouseClick(window.consent.buttons["yes"], Qt.MouseButton.LeftButton)
    fresh = attendees.list_attendees(
        window.context.sessions, row.event_id, person_ids=[row.person_id]
    )[0]
    assert not fresh.photo_objection  # "Nein – Fotos sind in Ordnung", as shown
    history = consent.history(window.context.sessions, row.person_id)
    assert (history[-1].kind, history[-1].decision) == ("contact_sharing", "grant")
    window.reset()
    assert all(m.text() == "" for m in meanings.values())


def test_the_english_meanings(qtbot, tmp_path):
    window = _kiosk(qtbot, tmp_path, "en")
    window.identify(_unchecked(window).badge_code)
    window.ask_questions()
    assert window.consent.meanings["yes"].text() == "Yes – no photos of me"
    assert window.consent.meanings["no"].text() == "No – photos are fine"


def test_the_staff_key_comes_from_the_key_table(qtbot, tmp_path):
    """Follow-up 4: Ctrl+Shift+L is the table's (keys.py), so the README names it."""
    from PySide6.QtGui import QShortcut

    from smartnet_desktop import keys
    from smartnet_desktop.ui.keys import ACTION_PROPERTY

    window = _kiosk(qtbot, tmp_path)
    bound = [
        (s.property(ACTION_PROPERTY), s.key().toString())
        for s in window.findChildren(QShortcut)
        if not s.key().isEmpty()
    ]
    assert bound == [("kiosk.staff", "Ctrl+Shift+L")]
    assert keys.BY_ACTION["kiosk.staff"].where == (keys.KIOSK,)
    readme = keys.README.read_text(encoding="utf-8")
    assert f"| Ctrl+Shift+L | {keys.BY_ACTION['kiosk.staff'].what}" in readme
    (staff,) = (s for s in window.findChildren(QShortcut) if not s.key().isEmpty())
    staff.activated.emit()  # the real key on a real display: tests/ui/test_real_kiosk.py
    assert window.pages.currentWidget() is window.pin
