"""The desk's band after F11 at 1024×700 in German (seen on the real window): the sentence
"Bogen für … gespeichert als /a/long/path.pdf" was set in the 17 pt headline, the path
could not wrap, and the band cut the headline's top, the path's end and the card's last
lines off; the card also lost "Heute hier und passend", which belongs to the person whose
sheet was just printed."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import checkin
from tests.sheet_fixtures import by_family_name
from tests.ui.test_desk_sheet_printing import _checked_in_at_the_desk
from tests.ui.test_here_today import HERE


def _german_desk_printing_to(make_window, folder):
    window = make_window("de")
    gera = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(gera)
    settings = window.context.settings
    settings.desk_printer, settings.desk_stock = f"file:{folder}", "a4-insert-90x55"
    settings.desk_pdf_counts_printed = True
    window.show_view(0)
    window.resize(1024, 700)
    return window, window.checkin_view


def _clipped(label) -> list[str]:
    problems = []
    if label.minimumSizeHint().width() > label.width():
        problems.append(f"too wide: {label.minimumSizeHint().width()} > {label.width()}")
    if label.heightForWidth(label.width()) > label.height():
        problems.append(f"too tall: {label.heightForWidth(label.width())} > {label.height()}")
    return problems


def test_the_band_after_f11_shows_all_of_it_at_1024_by_700(make_window, qtbot, tmp_path):
    folder = tmp_path / "ausgabe_des_empfangs_fuer_den_ganzen_tag" / "drucker_im_foyer_links"
    folder.mkdir(parents=True)
    window, desk = _german_desk_printing_to(make_window, folder)
    sessions, gera = window.context.sessions, window.current_event.id
    checkin.check_in(sessions, by_family_name(sessions, gera, "Weißbach").registration_id, "Desk 2")
    _checked_in_at_the_desk(window, desk, qtbot, "Ackerbauer")
    qtbot.waitUntil(lambda: HERE in desk.result.text(), timeout=5000)

    qtbot.keyClick(desk.search, Qt.Key.Key_F11)
    qtbot.waitUntil(lambda: desk.printing._print_job is None, timeout=60000)
    [sheet] = folder.glob("*-sheet.pdf")
    band = desk.result
    assert f"Bogen für Detlef Ackerbauer gespeichert als {sheet}." in band.text()
    assert HERE in band.text()  # the matches of the person whose sheet it is stay
    qtbot.wait(50)  # the layout settles
    assert _clipped(band.headline) == [] and _clipped(band.card) == []
