"""A main window on a fresh demo database, in the language a test asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from smartnet_desktop.app import open_context
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.i18n import install_translators
from smartnet_desktop.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, tmp_path):
    installed = []

    def make(language: str = "en", location: str | None = None, desk: str = "Desk 1") -> MainWindow:
        app = QCoreApplication.instance()
        installed.extend(install_translators(app, language))
        settings = Settings(desk_name=desk)
        context = open_context(location, settings)
        qsettings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
        window = MainWindow(context, lambda where: open_context(where, settings), qsettings)
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.dataShown, timeout=5000):
            window.start()
        return window

    yield make
    app = QCoreApplication.instance()
    for translator in installed:
        app.removeTranslator(translator)
