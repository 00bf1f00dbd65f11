"""The network's views in the window: the organisation list and the profile editor, the
survey's figures, the matches per topic."""

from __future__ import annotations

from PySide6.QtCore import Qt

from smartnet_desktop.services import matches, organizations, topics
from smartnet_desktop.ui.dialogs.profile_dialog import ProfileDialog


def _view(window, qtbot, name: str):
    row = next(
        i for i in range(window.navigation.count()) if window.navigation.item(i).text() == name
    )
    window.show_view(row)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == row)
    return window.stack.currentWidget()


def test_the_survey_view_shows_the_averages_of_2022_in_german(make_window, qtbot):
    window = make_window("de")
    view = _view(window, qtbot, "Umfrage")
    assert "3,23" in view.headline.text() and "3,07" in view.headline.text()
    assert view.processes.model().rowCount() == 6 and view.fields.model().rowCount() == 8
    assert view.support.model().rowCount() == 6


def test_matches_per_topic(make_window, qtbot):
    window = make_window("en")
    view = _view(window, qtbot, "Matches")
    view.topic.setCurrentIndex(view.topic.findData("Tourismus"))
    qtbot.waitUntil(lambda: not view.computing())  # ranked off the GUI thread
    pairs = {(view.model.text(r, 1), view.model.text(r, 2)) for r in range(view.model.rowCount())}
    assert pairs == {
        ("Stadt Weida", "Stadt Dingelstädt"),
        ("Stadt Weida", 'Zweckverband Allianz "Thüringer Becken"'),
    }


def test_a_profile_edited_in_the_dialog_changes_the_matches(make_window, qtbot):
    window = make_window("en")
    view = _view(window, qtbot, "Organisations")
    sessions = window.context.sessions
    jena = next(o for o in organizations.list_organizations(sessions) if o.slug == "jena-wfg")
    dialog = ProfileDialog(
        sessions,
        window.operations,
        organizations.profile(sessions, jena.id),
        topics.list_topics(sessions),
        view,
    )
    qtbot.addWidget(dialog)
    for i in range(dialog.needs.count()):
        item = dialog.needs.item(i)
        if item.text() == "Tourismus":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.website.setText("www.jena.de")  # no scheme: refused, the dialog stays open
    dialog.accept()
    assert "web address" in dialog.error.text() and dialog.result() == 0
    dialog.website.setText("https://www.jena.de")
    dialog.accept()
    assert dialog.result() == 1
    view.refresh()
    found = {(m.need, m.offer) for m in matches.potential_matches(sessions, "Tourismus")}
    assert ("Wirtschaftsförderungsgesellschaft Jena mbH", "Stadt Dingelstädt") in found
    saved = organizations.profile(sessions, jena.id)
    assert saved.organization.website == "https://www.jena.de"
    assert {s.topic for s in saved.statements if s.kind == "need"} == {
        "Internationalisierung",
        "Tourismus",
    }


def test_a_project_link_that_is_no_web_address_keeps_the_editor_open(make_window, qtbot):
    """A project line "title | topic | status | link" with javascript: never reaches the
    site: the editor says why and keeps what was typed."""
    window = make_window("de")
    view = _view(window, qtbot, "Organisationen")
    sessions = window.context.sessions
    gera = next(o for o in organizations.list_organizations(sessions) if o.slug == "gera")
    dialog = ProfileDialog(
        sessions,
        window.operations,
        organizations.profile(sessions, gera.id),
        topics.list_topics(sessions),
        view,
    )
    qtbot.addWidget(dialog)
    dialog.projects.setPlainText("Smarte Laterne | | | javascript:alert(document.cookie)")
    dialog.accept()
    assert "keine Webadresse" in dialog.error.text() and dialog.result() == 0
    assert [p.link for p in organizations.profile(sessions, gera.id).projects] != [
        "javascript:alert(document.cookie)"
    ]
    dialog.projects.setPlainText("Smarte Laterne | | | https://gera.example/laterne")
    dialog.accept()
    assert dialog.result() == 1
    links = [p.link for p in organizations.profile(sessions, gera.id).projects]
    assert links == ["https://gera.example/laterne"]


def _import_survey(window, qtbot, monkeypatch, path):
    """The Import survey button with `path` chosen; the import's thread is recorded."""
    import threading

    from smartnet_desktop.services import survey
    from smartnet_desktop.ui.views import network_views

    view = _view(window, qtbot, "Organisations")
    threads, steps = [], []
    real = survey.import_survey

    def recording(*args, **kwargs):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(survey, "import_survey", recording)
    monkeypatch.setattr(network_views, "open_file_name", lambda *a, **k: str(path))
    view.import_survey()
    steps.append(view.status.text())
    qtbot.waitUntil(lambda: not window.operations.busy(), timeout=10000)
    return view, threads, steps


def test_the_survey_import_runs_off_the_gui_thread_and_shows_its_result(
    make_window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    from tests.services.test_network import LONG_FORM

    window = make_window("en")
    path = tmp_path / "umfrage.csv"
    path.write_text(LONG_FORM, encoding="utf-8")
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    before = len(organizations.list_organizations(window.context.sessions))
    view, threads, steps = _import_survey(window, qtbot, monkeypatch, path)
    assert threads == [False]  # the GUI thread kept answering meanwhile
    assert "Importing the survey" in steps[0]
    assert told and "new organisations" in told[0]
    names = {view.model.text(r, 0) for r in range(view.model.rowCount())}
    assert "Hochschule Nordhausen" in names and view.model.rowCount() > before


def test_a_survey_import_ending_while_the_desk_shows_opens_no_box(
    make_window, qtbot, monkeypatch, tmp_path
):
    """Rule 11: the desk waits for a scan; the result goes to the view's line, not a box."""
    from PySide6.QtWidgets import QMessageBox

    from smartnet_desktop.ui.views import network_views
    from tests.services.test_network import LONG_FORM

    window = make_window("en")
    path = tmp_path / "umfrage.csv"
    path.write_text(LONG_FORM, encoding="utf-8")
    boxes = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kwargs: boxes.append(args))
    view = _view(window, qtbot, "Organisations")
    monkeypatch.setattr(network_views, "open_file_name", lambda *a, **k: str(path))
    view.import_survey()
    window.show_view(window.stack.indexOf(window.checkin_view))  # to the desk meanwhile
    qtbot.waitUntil(lambda: not window.operations.busy(), timeout=10000)
    assert boxes == []
    assert "new organisations" in view.status.text()
    assert window.stack.currentWidget() is window.checkin_view


def test_a_refused_survey_is_explained_on_the_status_line_not_in_a_box(
    make_window, qtbot, monkeypatch, tmp_path
):
    from PySide6.QtWidgets import QMessageBox

    window = make_window("en")
    path = tmp_path / "kaputt.csv"
    path.write_text("Organisation;Thema;Art;Erfahrung\nStadt X;Tourismus;Bedarf;9\n", "utf-8")
    boxes = []
    for kind in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda *args, **kwargs: boxes.append(args))
    view, threads, _ = _import_survey(window, qtbot, monkeypatch, path)
    assert threads == [False] and boxes == []
    assert "Nothing was imported" in view.status.text()


def test_the_editor_chooses_whether_the_ratings_are_published(make_window, qtbot):
    """Issue 23 item 9: off by default; the editor's choice is saved with the profile."""
    window = make_window("de")
    view = _view(window, qtbot, "Organisationen")
    sessions = window.context.sessions
    weida = next(o for o in organizations.list_organizations(sessions) if o.slug == "weida")
    dialog = ProfileDialog(
        sessions,
        window.operations,
        organizations.profile(sessions, weida.id),
        topics.list_topics(sessions),
        view,
    )
    qtbot.addWidget(dialog)
    assert not dialog.publish_ratings.isChecked()
    assert dialog.publish_ratings.text().startswith("Diese Bewertungen")
    dialog.publish_ratings.setChecked(True)
    dialog.accept()
    assert dialog.result() == 1
    assert organizations.profile(sessions, weida.id).organization.publish_ratings
