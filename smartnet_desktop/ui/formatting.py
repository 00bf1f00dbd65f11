"""Short, translated wordings of states shown in several views."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QLocale

from smartnet_desktop.domain.rows import AttendeeRow, EventRow


def local_time(moment: datetime | None) -> str:
    return moment.astimezone().strftime("%H:%M") if moment else ""


def local_date(value) -> str:
    """Dates as the meeting's printed papers show them, with a four-digit year
    (30.08.2022), in both languages: the meetings take place in Germany."""
    return value.strftime("%d.%m.%Y") if value else ""


def ordinal(number: int) -> str:
    """4. in German, 4th in English."""
    if QLocale().language() == QLocale.Language.German:
        return f"{number}."
    suffix = (
        "th" if 10 <= number % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")
    )
    return f"{number}{suffix}"


def status_text(row: AttendeeRow, pending: bool = False) -> str:
    """`pending`: checked in at a desk without its server, not yet sent."""
    if pending:
        return QCoreApplication.translate("States", "pending {time}").format(
            time=local_time(row.checked_in_at)
        )
    if row.checked_in_at:
        text = QCoreApplication.translate("States", "checked in {time}").format(
            time=local_time(row.checked_in_at)
        )
        return QCoreApplication.translate("States", "walk-in, ") + text if row.walk_in else text
    return (
        QCoreApplication.translate("States", "walk-in")
        if row.walk_in
        else QCoreApplication.translate("States", "registered")
    )


def status_samples() -> list[str]:
    """Every form status_text can take, with the widest time, for sizing columns."""
    checked = QCoreApplication.translate("States", "checked in {time}").format(time="00:00")
    return [
        checked,
        QCoreApplication.translate("States", "walk-in, ") + checked,
        QCoreApplication.translate("States", "walk-in"),
        QCoreApplication.translate("States", "registered"),
        QCoreApplication.translate("States", "pending {time}").format(time="00:00"),
    ]


def contact_text(state: str) -> str:
    return {
        "granted": QCoreApplication.translate("States", "may be shared"),
        "objected": QCoreApplication.translate("States", "objected"),
    }.get(state, QCoreApplication.translate("States", "not asked"))


def photo_text(objection: bool) -> str:
    return QCoreApplication.translate("States", "no photos") if objection else ""


def printed_text(row: AttendeeRow) -> str:
    if not row.badge_printed_at:
        return ""
    return row.badge_printed_at.astimezone().strftime("%d.%m. %H:%M")


def event_label(event: EventRow) -> str:
    number = (
        f"{event.number}. "
        if event.number and not event.title.startswith(f"{event.number}.")
        else ""
    )
    place = f" · {event.venue}" if event.venue else ""
    return f"{number}{event.title} · {local_date(event.date)}{place}"


def marker_text(row: AttendeeRow) -> str:
    """Whether the printed badge shows the photo marker the person needs."""
    if row.badge_printed_at is None:
        return QCoreApplication.translate("States", "not printed yet")
    if row.needs_reprint:
        return QCoreApplication.translate("States", "reprint needed")
    return QCoreApplication.translate("States", "badge is right")


def organization_kinds() -> dict[str, str]:
    """The kinds of member organisations, in the order the profile editor offers them."""
    return {
        "municipality": QCoreApplication.translate("States", "Municipality"),
        "district": QCoreApplication.translate("States", "District"),
        "region": QCoreApplication.translate("States", "Association / region"),
        "research": QCoreApplication.translate("States", "University / research"),
        "economic_development": QCoreApplication.translate("States", "Economic development"),
        "representation": QCoreApplication.translate("States", "State / EU representation"),
        "company": QCoreApplication.translate("States", "Company"),
        "other": QCoreApplication.translate("States", "Other"),
    }


def area_text(area: str) -> str:
    if area == "process":
        return QCoreApplication.translate("States", "process")
    return QCoreApplication.translate("States", "field of action")


def average_text(value: float | None) -> str:
    """3,23 in German, 3.23 in English; a dash without ratings."""
    if value is None:
        return "–"
    return QLocale().toString(value, "f", 2)
