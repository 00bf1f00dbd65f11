"""Photo consent and contact sharing views: record, withdraw, lists, exports."""

from __future__ import annotations

from tests.typing_helpers import type_text


def _gera(make_window):
    window = make_window("en")
    index = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(index)
    return window


def _action(view, text):
    return next(a for a in view.table.actions() if a.text() == text)


def test_objection_from_the_attendee_list_appears_in_the_photo_view_and_withdrawal_removes_it(
    make_window,
):
    window = _gera(make_window)
    assert window.photo_view.model.rowCount() == 3
    type_text(window.attendees_view.search, "Musterfrau")
    window.attendees_view.table.selectRow(0)
    _action(window.attendees_view, "No photos at this event").trigger()
    assert window.photo_view.model.rowCount() == 4
    photo = window.photo_view
    type_text(photo.search, "Musterfrau")
    photo.table.selectRow(0)
    _action(photo, "Withdraw photo objection").trigger()
    photo.search.clear()
    assert window.photo_view.model.rowCount() == 3


def test_withdrawing_an_objection_for_all_events_clears_it_everywhere(make_window):
    window = _gera(make_window)
    photo = window.photo_view
    type_text(photo.search, "Ødegård")
    photo.table.selectRow(0)
    _action(photo, "Withdraw photo objection").trigger()
    photo.search.clear()
    assert "Ødegård" not in {r.family_name for r in photo.model.rows()}
    window.event_switcher.setCurrentIndex(1 - window.event_switcher.currentIndex())  # Mühlhausen
    assert photo.model.rowCount() == 0


def test_photographers_list_and_distribution_list_are_written(make_window, tmp_path):
    window = _gera(make_window)
    assert window.photo_view.write_list(tmp_path / "f.pdf") == 3
    assert (tmp_path / "f.pdf").read_bytes().startswith(b"%PDF")
    listing = window.contact_view.write_list(tmp_path / "v.vcf")
    assert len(listing.included) == 12 and listing.not_asked == 26 and listing.objected == 2
    assert (tmp_path / "v.vcf").read_text(encoding="utf-8").count("BEGIN:VCARD") == 12


def test_contact_buttons_record_the_answer(make_window):
    window = _gera(make_window)
    view = window.contact_view
    view.quick.setCurrentIndex(1)  # not asked yet
    before = view.model.rowCount()
    view.table.selectRow(0)
    _action(view, "Contact sharing: yes").trigger()
    assert view.model.rowCount() == before - 1
