"""The kiosk's start from app.py (`smartnet-desktop --kiosk [--event ID] [--desk NAME]`):
refused in one line without a staff PIN, since a kiosk nobody can leave is no kiosk."""

from __future__ import annotations

from smartnet_desktop.context import AppContext
from smartnet_desktop.services import kiosk
from smartnet_desktop.ui.kiosk.window import KioskWindow

NO_PIN = "no kiosk PIN is set for this desk: set one with `smartnet-desktop kiosk pin --set`"


def start_kiosk(context: AppContext, event_id: int | None, language: str) -> KioskWindow:
    """The kiosk window, shown full screen. Raises SmartNetError for an unknown event."""
    event = kiosk.kiosk_event(context.sessions, event_id)
    window = KioskWindow(context, event, language)
    window.showFullScreen()
    window.activateWindow()
    return window
