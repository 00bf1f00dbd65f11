"""F11 at the desk prints the personal sheet of the person just checked in on the desk's
printer (a PDF file stands in for it, as in the badge printing tests): the organisations
that fit theirs and are checked in today, with the QR code of each Steckbrief."""

from __future__ import annotations

import pypdfium2
import pytest
import zxingcpp
from PySide6.QtCore import Qt

from smartnet_desktop.services import checkin
from tests.sheet_fixtures import by_family_name
from tests.typing_helpers import press_enter, type_text
from tests.ui.test_badges_view import _desk_with_printer


def _checked_in_at_the_desk(window, desk, qtbot, family_name: str):
    type_text(desk.search, family_name)
    press_enter(desk.search)
    someone = by_family_name(window.context.sessions, window.current_event.id, family_name)
    qtbot.waitUntil(
        lambda: desk._shown is not None and desk._shown.person_id == someone.person_id,
        timeout=20000,
    )
    return someone


def test_f11_prints_the_sheet_of_the_person_just_checked_in(make_window, qtbot, tmp_path):
    window, desk = _desk_with_printer(make_window, f"file:{tmp_path}")
    sessions, gera = window.context.sessions, window.current_event.id
    here = by_family_name(sessions, gera, "Weißbach")  # Stadt Gera, checked in at another desk
    checkin.check_in(sessions, here.registration_id, "Desk 2")
    holder = _checked_in_at_the_desk(window, desk, qtbot, "Ackerbauer")

    qtbot.keyClick(desk.search, Qt.Key.Key_F11)
    assert desk.printing._print_job is not None  # off the GUI thread
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=60000)
    [sheet] = tmp_path.glob("*-sheet.pdf")
    assert str(sheet) in desk.result.text()
    document = pypdfium2.PdfDocument(sheet.read_bytes())
    assert len(document) == 1
    assert document[0].get_size() == pytest.approx((595.3, 841.9), abs=1)  # A4 stock: A4
    text = document[0].get_textpage().get_text_range()
    assert "Heute für Sie interessant" in text and holder.name in text
    assert "Heute hier: Jürgen Weißbach" in text and "Bauhaus.MobilityLab" not in text
    image = document[0].render(scale=150 / 72).to_pil().convert("RGB")
    assert [c.text for c in zxingcpp.read_barcodes(image)] == ["https://steckbriefe.example/gera"]
    assert list(tmp_path.glob("*.pdf")) == [sheet]  # no badge printed, nothing else


def test_f11_says_why_there_is_no_sheet(make_window, qtbot, tmp_path):
    window, desk = _desk_with_printer(make_window, f"file:{tmp_path}")
    _checked_in_at_the_desk(window, desk, qtbot, "Ackerbauer")  # none of the partners is here
    qtbot.keyClick(desk.search, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=60000)
    assert "no organisation that fits theirs is here yet" in desk.result.text()
    assert list(tmp_path.glob("*.pdf")) == []


def test_a_label_printer_takes_no_sheet(make_window, qtbot, tmp_path):
    window, desk = _desk_with_printer(make_window, f"file:{tmp_path}", "dymo-11356")
    _checked_in_at_the_desk(window, desk, qtbot, "Ackerbauer")
    qtbot.keyClick(desk.search, Qt.Key.Key_F11)
    assert desk.printing._print_job is None
    assert "too small for a sheet" in desk.result.text()
    assert list(tmp_path.glob("*.pdf")) == []


def test_f10_on_the_folded_stock_prints_the_sheet_inside_the_badge(make_window, qtbot, tmp_path):
    window, desk = _desk_with_printer(make_window, f"file:{tmp_path}", "a4-folded-sheet")
    sessions, gera = window.context.sessions, window.current_event.id
    here = by_family_name(sessions, gera, "Weißbach")
    checkin.check_in(sessions, here.registration_id, "Desk 2")
    holder = _checked_in_at_the_desk(window, desk, qtbot, "Ackerbauer")
    qtbot.keyClick(desk.search, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=60000)
    [badge] = tmp_path.glob("*.pdf")
    document = pypdfium2.PdfDocument(badge.read_bytes())
    text = document[0].get_textpage().get_text_range()
    assert holder.name.split()[-1] in text  # the badge outside
    assert "Heute für Sie interessant" in text and "Heute hier: Jürgen Weißbach" in text
    image = document[0].render(scale=150 / 72).to_pil().convert("RGB")
    lowest = image.crop((0, image.height * 2 // 3, image.width, image.height))
    assert [c.text for c in zxingcpp.read_barcodes(lowest)] == ["https://steckbriefe.example/gera"]
