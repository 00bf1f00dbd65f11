"""Dates as staff type them: 08.12.2026, 8.12.26, 8.12.2026 or 2026-12-08.

A two-digit year is in this century (26 is 2026), never 1926 or 0026.
"""

from __future__ import annotations

import re
from datetime import date

from smartnet_desktop.domain.errors import InvalidInput

_GERMAN = re.compile(r"^\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*\.\s*(\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$")


def parse_typed_date(text: str, field: str = "date") -> date:
    german, iso = _GERMAN.match(text or ""), _ISO.match(text or "")
    if german:
        day, month, year = (int(part) for part in german.groups())
        if year < 100:
            year += 2000
    elif iso:
        year, month, day = (int(part) for part in iso.groups())
    else:
        raise InvalidInput(field, "date_typed", value=(text or "").strip())
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(field, "date_typed", value=text.strip()) from None
