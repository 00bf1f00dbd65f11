"""Loads the German (or English) translation of the window and of Qt's own dialogs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from smartnet_desktop.domain.errors import SmartNetError
from smartnet_desktop.messages import CONTEXT, format_error
from smartnet_desktop.paths import TRANSLATIONS

SUPPORTED = ("de", "en")


def choose_language(requested: str | None, saved: str | None) -> str:
    """--lang wins, then the saved preference, then the system locale; German by default."""
    for candidate in (requested, saved):
        if candidate in SUPPORTED:
            return candidate
    system = QLocale.system().name().split("_")[0]
    return system if system in SUPPORTED else "de"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """English is the source language; German loads our .qm and Qt's qtbase_de.qm."""
    QLocale.setDefault(
        QLocale(QLocale.Language.German if language == "de" else QLocale.Language.English)
    )
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    own = QTranslator(app)
    if own.load(str(TRANSLATIONS / f"smartnet_{language}.qm")):
        app.installTranslator(own)
        installed.append(own)
    qt_own = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{language}", qt_path):
        app.installTranslator(qt_own)
        installed.append(qt_own)
    return installed


def error_text(error: SmartNetError) -> str:
    """A domain error worded in the window's language."""
    return format_error(error, lambda text: QCoreApplication.translate(CONTEXT, text))
