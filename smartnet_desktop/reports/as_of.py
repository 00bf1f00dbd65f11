"""The "Stand:" line of a publication: the day its data was read, as German or English
readers write a date (kept apart so that other outputs can word their date alike)."""

from __future__ import annotations

from datetime import date

from smartnet_desktop.reports.wording import QT_TRANSLATE_NOOP, words

AS_OF = QT_TRANSLATE_NOOP("Reports", "As of: {date}")


def day_text(day: date, language: str) -> str:
    """30.11.2026 in German, 30 November 2026 in English."""
    if language == "en":
        return f"{day.day} {day.strftime('%B')} {day.year}"
    return day.strftime("%d.%m.%Y")


def as_of_line(day: date, language: str) -> str:
    """ "Stand: 30.11.2026" / "As of: 30 November 2026"."""
    return words(language, AS_OF).format(date=day_text(day, language))
