"""Where the data lives and the desk's preferences (a small JSON file, no Qt)."""

from __future__ import annotations

import json
import os
import socket
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

APP_NAME = "SmartNet Desktop"
APP_AUTHOR = "SmartNet"


def config_dir() -> Path:
    override = os.environ.get("SMARTNET_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP_NAME, APP_AUTHOR))


def data_dir() -> Path:
    override = os.environ.get("SMARTNET_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def default_database() -> Path:
    return data_dir() / "smartnet.db"


OLD_MARKER_RED = "#c62828"


@dataclass
class Settings:
    """Preferences kept between runs; unknown keys in the file are ignored."""

    language: str = ""  # "" follows the system locale
    desk_name: str = ""  # "" means the computer's name
    desk_sound: bool = False  # a short sound for each result at the desk
    desk_error_sound: bool = True  # two short sounds for an unknown code or a refusal
    desk_printer: str = ""  # chosen at the first F10: a printer name, or "file:PATH"
    desk_stock: str = ""  # the badge stock in that printer (a layout name)
    # A badge saved as a PDF is not printed yet: marked printed only when staff say so.
    desk_pdf_counts_printed: bool = False
    print_on_check_in: bool = False  # print the badge as soon as someone is checked in
    badge_ask_me_about: bool = False  # badges say what the holder's organisation offers
    printer_offset_mm: list[float] = field(default_factory=lambda: [0.0, 0.0])
    backups_to_keep: int = 10
    marker_color: str = "#3d4650"  # the photo marker: a calm dark slate (issue 23 item 3)
    marker_text: str = "Bitte nicht fotografieren"
    kiosk_pin: str = ""  # the staff PIN that leaves the kiosk: a salted scrypt hash (kiosk_pin.py)

    def desk(self) -> str:
        """The name stored with each check-in and consent record: the one set for this desk,
        or the computer's name, so that no dialog interrupts the first scan."""
        return self.desk_name or socket.gethostname() or "Desk"

    @staticmethod
    def path() -> Path:
        return config_dir() / "settings.json"

    @classmethod
    def load(cls) -> Settings:
        try:
            raw = json.loads(cls.path().read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        known = {f.name for f in fields(cls)}
        try:
            return cls(**{k: v for k, v in raw.items() if k in known})
        except TypeError:
            return cls()

    def save(self) -> None:
        target = self.path()
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_suffix(".tmp")
        temporary.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        temporary.replace(target)

    @staticmethod
    def custom_layout_path() -> Path:
        """The user's own badge sheet preset."""
        return config_dir() / "custom_badge_layout.json"

    def marker_style(self):
        from smartnet_desktop.badges.photo_marker import MarkerStyle

        # The red of earlier versions was their default, saved with every settings file,
        # not a choice: it gives way to the calmer default (issue 23 item 3).
        color = self.marker_color if self.marker_color not in ("", OLD_MARKER_RED) else None
        return MarkerStyle(color or MarkerStyle.color, self.marker_text or MarkerStyle.text)
