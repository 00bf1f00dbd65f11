"""The main window on the demo meeting: views, event switching, language, remembered state."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt

from smartnet_desktop.app import open_context
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.main_window import MainWindow


def _names(view) -> set[str]:
    return {row.display_name for row in view.model.rows()}


def test_opens_on_the_demo_data_with_every_view_filled(make_window):
    window = make_window()
    assert window.pages.currentWidget() is window.workspace
    assert window.event_switcher.count() == 2
    assert window.attendees_view.model.rowCount() == 26  # the upcoming meeting comes first
    assert window.agenda_view.model.rowCount() == 3
    assert window.photo_view.model.rowCount() == 1  # the objection for all events
    assert window.contact_view.model.rowCount() == 26
    assert window.badges_view.model.rowCount() == 26
    assert window.checkin_view.model.rowCount() == 26
    assert "26" in window.counts_label.text()
    assert window.context.location in window.location_label.text()


def test_switching_the_event_switches_every_view(make_window):
    window = make_window()
    before = _names(window.attendees_view)
    gera = next(
        i
        for i in range(window.event_switcher.count())
        if "Gera" in window.event_switcher.itemText(i) or "4." in window.event_switcher.itemText(i)
    )
    window.event_switcher.setCurrentIndex(gera)
    assert window.current_event.town == "Gera"
    assert window.attendees_view.model.rowCount() == 40
    assert _names(window.attendees_view) > before
    assert window.agenda_view.model.rowCount() == 6
    assert window.agenda_view.model.rows()[0].title == "Begrüßung"
    assert window.photo_view.model.rowCount() == 3
    assert window.checkin_view.model.rowCount() == 40
    assert window.badges_view.model.rowCount() == 40
    assert "40" in window.counts_label.text()


def test_navigation_with_ctrl_numbers(make_window, qtbot):
    window = make_window()
    window.show_view(2)
    assert window.stack.currentWidget() is window.agenda_view
    window.show_view(5)
    assert window.stack.currentWidget() is window.badges_view


def test_german_texts_show_with_lang_de(make_window):
    window = make_window("de")
    labels = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert labels == [
        "Einchecken",
        "Teilnehmende",
        "Tagesordnung",
        "Fotos",
        "Kontaktweitergabe",
        "Namensschilder",
        "Organisationen",
        "Umfrage",
        "Matches",
    ]
    assert window.menuBar().actions()[0].text() == "&Datei"
    assert window.attendees_view.model.headerData(2, Qt.Orientation.Horizontal) == "Funktion"
    assert "angemeldet" in window.counts_label.text()
    assert window.attendees_view.count.text() == "26 angezeigt / 26"
    model = window.agenda_view.model
    assert model.data(model.index(0, 1)) == "20 Min."  # a plural form of the German translation


def test_english_texts_show_with_lang_en(make_window):
    window = make_window("en")
    assert window.navigation.item(0).text() == "Check-in"


def test_empty_database_shows_the_welcome_page(make_window, tmp_path):
    window = make_window(location=str(tmp_path / "empty.db"))
    assert window.pages.currentWidget() is window.welcome
    assert window.current_event is None


def test_last_event_and_geometry_are_remembered(qtbot, tmp_path):
    settings = Settings()
    context = open_context(None, settings)
    qsettings = QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    window = MainWindow(context, lambda where: open_context(where, settings), qsettings)
    qtbot.addWidget(window)
    window.show()
    window._load_initial()
    window.event_switcher.setCurrentIndex(1)
    chosen = window.current_event.id
    window.resize(900, 650)  # the default is 1280x800; offscreen clamps wider ones
    closed_size = window.size()
    window.close()
    assert qsettings.value("window/geometry") is not None

    again = MainWindow(context, lambda where: open_context(where, settings), qsettings)
    qtbot.addWidget(again)
    again._load_initial()
    assert again.current_event.id == chosen
    assert again.size() == closed_size


def test_language_choice_is_kept_for_the_next_start(make_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from smartnet_desktop.settings import Settings

    window = make_window("de")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    window.choose_language("en")
    assert Settings.load().language == "en"
