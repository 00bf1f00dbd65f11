"""A main window on a fresh demo database, in the language a test asks for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from smartnet_desktop.app import open_context
from smartnet_desktop.settings import Settings
from smartnet_desktop.ui.i18n import install_translators
from smartnet_desktop.ui.main_window import MainWindow


def _demo_on_server(server_databases) -> str:
    """The demo meeting in a fresh server database, when the suite runs on PostgreSQL."""
    from smartnet_desktop.db import open_database
    from smartnet_desktop.services.demo import load_demo

    url = server_databases.create()
    engine, sessions = open_database(url)
    load_demo(sessions)
    engine.dispose()
    return url


@pytest.fixture
def make_window(qtbot, tmp_path, server_databases):
    installed = []

    def make(language: str = "en", location: str | None = None, desk: str = "Desk 1") -> MainWindow:
        app = QCoreApplication.instance()
        installed.extend(install_translators(app, language))
        settings = Settings(desk_name=desk)
        if location is None and server_databases is not None:
            location = _demo_on_server(server_databases)
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
