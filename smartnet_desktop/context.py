"""What the window needs to talk to the data: the sessionmaker and where it points."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from smartnet_desktop.settings import Settings

if TYPE_CHECKING:  # the window's start shows before the database library is loaded
    from sqlalchemy.orm import Session, sessionmaker


@dataclass
class AppContext:
    """Made once per opened database in app.py; the UI passes `sessions` to services."""

    sessions: sessionmaker[Session]
    location: str
    settings: Settings
    is_demo: bool = False
