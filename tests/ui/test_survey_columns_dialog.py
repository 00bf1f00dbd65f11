"""The survey import in the window with a survey tool's export: the columns the catalogue
cannot place are mapped once, from the keyboard, in a dialog; the next export of the same
survey imports without asking."""

from __future__ import annotations

import csv
import io

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from smartnet_desktop.services.survey_columns import ColumnRole
from smartnet_desktop.ui.dialogs.survey_columns_dialog import SurveyColumnsDialog
from tests.typing_helpers import focused, type_text

COLUMNS = [
    ColumnRole(1, "Antwort ID", "ignore", "experience"),
    ColumnRole(2, "Organisation", "organization", "experience"),
    ColumnRole(3, "Erfahrung [Mobilität]", "experience:Mobilität", "experience"),
    ColumnRole(4, "Erfahrung [Smart Parking]", None, "experience"),
    ColumnRole(5, "Lieblingsfarbe", None, "experience"),
]
TOPICS = ["Bürgerbeteiligung", "Mobilität", "Tourismus"]


def test_each_unmapped_column_gets_a_combo_box_chosen_with_real_keys(qtbot):
    dialog = SurveyColumnsDialog(COLUMNS, TOPICS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.table.rowCount() == 5
    assert dialog.table.item(2, 1).text() == "Experience: Mobilität"
    assert set(dialog.boxes) == {"Erfahrung [Smart Parking]", "Lieblingsfarbe"}
    first = dialog.boxes["Erfahrung [Smart Parking]"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    assert first.currentData() == "ignore"
    type_text(focused(), "Mob")  # the topic's first letters, as staff type them
    assert first.currentText() == "Mobilität"
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.mapping() == {
        "Erfahrung [Smart Parking]": "experience:Mobilität",
        "Lieblingsfarbe": "ignore",
    }


def _export(path, rows):
    out = io.StringIO()
    csv.writer(out, delimiter=";").writerows(rows)
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


HEADER = ["Antwort ID", "Organisation", "Erfahrung [Mobilität]", "Erfahrung [Smart Parking]"]


def test_the_window_asks_once_and_remembers_for_the_next_export(
    make_window, qtbot, monkeypatch, tmp_path
):
    from smartnet_desktop.ui.views import network_views

    window = make_window("en")
    view = next(v for v in window.network_views if isinstance(v, network_views.OrganizationsView))
    window.show_view(window.stack.indexOf(view))
    qtbot.waitUntil(view.isVisible)
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    asked = []

    def choose_in_the_dialog():
        """Runs inside the dialog's own event loop (exec), as staff would use it."""
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SurveyColumnsDialog) or dialog in asked:
            return
        asked.append(dialog)
        box = dialog.boxes["Erfahrung [Smart Parking]"]
        try:
            type_text(box, "Mob")
            QTest.keyClick(box, Qt.Key.Key_Return)
        finally:
            if dialog.isVisible():  # a failure above must not leave the test waiting forever
                dialog.reject()

    watcher = QTimer()
    watcher.timeout.connect(choose_in_the_dialog)
    watcher.start(50)
    first = _export(tmp_path / "erste.csv", [HEADER, ["1", "Stadt Pößneck", "", "2"]])
    monkeypatch.setattr(network_views, "open_file_name", lambda *a, **k: str(first))
    view.import_survey()
    qtbot.waitUntil(lambda: bool(told), timeout=10000)
    assert isinstance(asked[0], SurveyColumnsDialog)
    assert "1 new answers" in told[0] and "names no topic" not in told[0]
    profile = _profile(window, "Stadt Pößneck")
    assert ("Mobilität", 2) in profile

    later = _export(tmp_path / "zweite.csv", [HEADER, ["2", "Stadt Jena", "", "5"]])
    monkeypatch.setattr(network_views, "open_file_name", lambda *a, **k: str(later))
    view.import_survey()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=10000)
    watcher.stop()
    assert len(asked) == 1  # not asked again
    assert ("Mobilität", 5) in _profile(window, "Stadt Jena")


def _profile(window, name):
    from smartnet_desktop.services import organizations

    found = next(
        o for o in organizations.list_organizations(window.context.sessions) if o.name == name
    )
    profile = organizations.profile(window.context.sessions, found.id)
    return {(s.topic, s.rating) for s in profile.statements if s.kind == "experience"}


def test_without_an_organisation_column_staff_can_name_one(qtbot):
    columns = [ColumnRole(1, "Stadt/Gemeinde", None, "experience"), *COLUMNS[2:4]]
    dialog = SurveyColumnsDialog(columns, TOPICS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    box = dialog.boxes["Stadt/Gemeinde"]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box)
    type_text(focused(), "Org")
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.mapping() == {
        "Stadt/Gemeinde": "organization",
        "Erfahrung [Smart Parking]": "ignore",
    }
